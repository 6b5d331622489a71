"""BLIND_345 (46 products; women's ethnic kurtis, kurtas, tunics and kaftan tops with leggings or jeans): written blind
in the forty-fourth session. Measured blind at 646a186 (the session's rules as they stood): 105/130 failures found
(80.8%) and 10/165 correct texts flagged (6.1%). The writer's notes, verbatim:

Scenario: an Indian marketplace feed of women's ethnic tops: printed and solid kurtis, A-line, anarkali and straight
kurtas, shirt-style kurtas, short tunics and kaftan tops. The model wears them with leggings or jeans (one kurta with
a sleeveless jacket over it); photos are front views on a white studio backdrop or in gardens (trees, flowers, a
bench, a swing, a brick or grey wall, a cup of tea in hand). Seller colors are the feed's free-form names (Mustard,
Navy Blue, Maroon, Teal, Off White, Peach, Rust, Burgundy, Lavender, Coral, Multi...). Each row has the seller's
title, category, color and gender; a few miss the color or the gender.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase) unless the photo
comment says the caption adapter wrote them; the caption adapter (DeepFashion template, "The lady wears a
long-sleeve shirt with pure color patterns. The shirt is with cotton fabric ...") has no end token, runs to its
limit (50 tokens for captions, 30 for answers) and carries hit_limit=True; asked a question it returns its template.
Open answers (wearing, description, details, material) come from the base model unless the comment names the
adapter; the base model stops on its own (never hit_limit). Closed answers (garment_type, color, pattern,
sleeve_length, the experiments' "What is the color of the kurta / leggings / jeans / top?" and "Is this a ...?") are
enrich's `--engine reference` picks from candidate sets: never a loop or a cut, but often the wrong candidate.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: yellow for mustard, blue for navy, sky blue or teal, green for
  teal or olive, red or maroon for maroon and burgundy, orange for rust or coral, pink for peach or coral, white for
  off white, purple for lavender. Purple for burgundy (a wine red) and pink for maroon are contradiction, orange
  for mustard, yellow for coral and black for navy are contradiction, and so is a color no piece has (black
  for blue jeans).
- The color of the print, the trim or the backdrop given as the garment's color (gold for a maroon kurta with gold
  foil print, pink for a yellow kurta in front of pink bougainvillea) is contradiction. The color of the other piece
  in the photo (the leggings' white for the kurta, the kurta's color for the leggings or the jeans) is
  other_garment_color, even where the print shares that color.
- Garment synonyms are correct: shirt, top, tunic or kurti for a kurta/kurti (the adapter knows no "kurta" and says
  shirt), pants or trousers for leggings, kaftan or top for a kaftan top. "dress" for a kurta, tunic or kaftan top
  worn over leggings or jeans is contradiction (it names a one-piece garment); so is "yes" to "Is this a dress?".
- A layered outfit (a sleeveless jacket over a kurta) named piece by piece is correct; "sleeveless" from the
  reference engine for that kurta (its own sleeves are three-quarter) is contradiction.
- The reference engine's wrong sleeve and pattern candidates are contradiction: long or short sleeves for
  three-quarter, long for short kaftan sleeves; striped for chikankari or tie-dye, solid for a foil print or a
  patchwork, paisley or floral where the print is something else. Full sleeves as "long sleeves", leaves as
  "floral", a dabu or motif print as "printed", chikankari as "embroidered" and a gold yoke on a plain body as
  "solid" are correct.
- Materials: a material the title names is correct, chiffon for georgette is correct, cotton on a cotton title is
  correct; a different material than the title names (silk or polyester for cotton, silk for rayon) is unsupported.
- Invented items not in the photo (a dupatta, a necklace, gold buttons, a pocket, a belt, mirror work) are
  unsupported. Mirror work, side slits, tassels, pockets and lace that the photo shows are correct.
- One color for every garment (base "grey kurta and grey pants" for a white kurta with black leggings, in front of
  a grey wall) is contradiction; a monochrome outfit (black kurta, black leggings; all-white chikankari) answered
  with one color is correct.
- Adapter texts: a text that repeats a sentence of the template is loop; one that stops mid-sentence without
  repeating is cut; its template for the material question is restated (even when it names a fabric); where its
  template names the kurta or tunic a "dress", the misnaming is what the auditor sees first (contradiction,
  hit_limit kept). An adapter text that invents an accessory before being cut is labelled cut.
- Base answers: an early stop mid-phrase ("it is made of", "a pink kurta and") is cut without hit_limit; an empty
  answer, "yes" to an open question, "the details of the kurta", "the kurta has details", "it is a kurta" are
  non_answer; a material question answered with the garment's name or color is restated; an answer running on into
  "Question: ... Answer: ..." is leak even when its first words are right; "man", "he" for the woman is pronoun.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, wearing


def kurta(text, failure=None):
    return color_of("kurta", text, failure)


def leggings(text, failure=None):
    return color_of("leggings", text, failure)


def jeans(text, failure=None):
    return color_of("jeans", text, failure)


def top(text, failure=None):
    return color_of("top", text, failure)


def she(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="she", hit_limit=hit_limit)


BLIND_345 = [
    # photo: model in a mustard straight cotton kurta with a small white floral block print, three-quarter sleeves,
    # round neck, white leggings; white studio backdrop, front view. All base / reference.
    case(
        "X345-001",
        caption("a woman in a yellow kurta and white leggings"),
        D.wearing("a yellow kurta with a white dupatta", "unsupported"),
        D.garment_type("kurta"),
        kurta("yellow"),
        D.pattern("floral"),
        leggings("yellow", "other_garment_color"),
        title="Women Mustard Yellow Floral Printed Straight Cotton Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: navy blue flared A-line cotton kurta with a white geometric print, three-quarter sleeves, blue jeans;
    # garden with trees behind. caption: adapter
    case(
        "X345-002",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long-sleeve dress with graphic patterns. The dress is with",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue kurta and jeans"),
        D.color("black", "contradiction"),
        jeans("black", "contradiction"),
        D.sleeve_length("three-quarter sleeves"),
        D.material("cotton"),
        title="Women Navy Blue Geometric Printed A-Line Cotton Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: maroon straight rayon kurta with an all-over gold foil print, round neck, black leggings; white
    # backdrop, front view. No jewellery. description: adapter
    case(
        "X345-003",
        caption("a woman wearing a red kurta with gold print"),
        kurta("gold", "contradiction"),
        leggings("black"),
        D.material("silk", "unsupported"),
        D.details("gold print on the kurta and gold bangles", "unsupported"),
        is_a("kurta", "yes"),
        D.description(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. The lady wears "
            "a long-sleeve shirt with graphic patterns. The shirt",
            "loop",
            hit_limit=True,
        ),
        title="Women Maroon Foil Printed Straight Rayon Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: off-white cotton kurti with blue floral thread embroidery at the yoke, blue jeans; garden, green trees
    # behind. No dupatta.
    case(
        "X345-004",
        caption("a woman in a white kurta standing in a garden"),
        D.wearing("a white top and blue jeans"),
        D.color("white"),
        jeans("white", "other_garment_color"),
        D.details("embroidery on the neck"),
        D.material("cotton fabric Question: what is the pattern of the kurta? Answer: floral", "leak"),
        D.description("a white kurta with a white dupatta", "unsupported"),
        title="Women Off White Yoke Design Embroidered Cotton Kurti",
        category="Kurtis",
        color="Off White",
        gender="Women",
    ),
    # photo: short multicolour kaftan top with an abstract print, wide batwing short sleeves, v neck, black jeans;
    # white backdrop. caption and details: adapter
    case(
        "X345-005",
        caption(
            "The lady wears a short-sleeve shirt with color block patterns. The shirt is with chiffon fabric. It has "
            "a v-shape neckline. The lady wears a long pants. The pants are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("kaftan"),
        D.color("multicolor"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details(
            "The shirt is with chiffon fabric and color block patterns. It has a v-shape neckline. The shirt is with "
            "chiffon fabric and color block",
            "loop",
            hit_limit=True,
        ),
        jeans("black"),
        title="Women Multicolour Abstract Printed Kaftan Top",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: teal solid A-line kurta with a white lace border at the hem, three-quarter sleeves, white leggings;
    # garden, flower beds behind.
    case(
        "X345-006",
        caption("a woman in a green dress standing in a garden", "contradiction"),
        D.wearing("a green kurta and white leggings"),
        kurta("green"),
        D.pattern("floral", "contradiction"),
        D.details("lace at the bottom"),
        leggings("white"),
        D.material("silk", "unsupported"),
        title="Women Teal Solid A-Line Kurta with Lace Detail",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: peach short cotton tunic with white chikankari embroidery, three-quarter sleeves, blue jeans; white
    # backdrop, front view.
    case(
        "X345-007",
        caption("a woman in a pink top and jeans"),
        D.garment_type("top"),
        top("blue", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        D.material("cotton"),
        D.description("a pink top with white embroidery"),
        title="Women Peach Chikankari Embroidered Pure Cotton Tunic",
        category="Tunics",
        color="Peach",
        gender="Women",
    ),
    # photo: black straight kurta with a white geometric print, full sleeves, white leggings; white backdrop.
    # details: adapter
    case(
        "X345-008",
        caption("a woman in a black and white kurta"),
        D.wearing(
            "a black kurta with white leggings Question: what is the color of the leggings? Answer: white", "leak"
        ),
        kurta("black"),
        leggings("black", "other_garment_color"),
        D.pattern("geometric"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The shirt is with cotton fabric and graphic patterns. It has a round neckline. The shirt is with cotton "
            "fabric and graphic patterns. It has",
            "loop",
            hit_limit=True,
        ),
        title="Women Black Geometric Printed Straight Kurta with Full Sleeves",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: white cotton kurta with a blue floral print, three-quarter sleeves, red leggings; model sitting on a
    # wooden garden bench.
    case(
        "X345-009",
        caption("a woman sitting on a bench in a white floral kurta"),
        D.color("red", "other_garment_color"),
        leggings("red"),
        D.pattern("floral"),
        she("he is wearing a white kurta with blue flowers", "pronoun"),
        D.material("it is made of", "cut"),
        title="Women White Floral Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: rust orange straight kurta, tie-up neck with tassels, three-quarter sleeves, blue jeans; white
    # backdrop. caption and description: adapter
    case(
        "X345-010",
        caption(
            "The female is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a v-shape neckline. The female wears a long trousers. The trousers are with denim",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a long-sleeve shirt with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        kurta("orange"),
        D.details("tassels on the neck"),
        jeans("orange", "other_garment_color"),
        is_a("kurta", "yes"),
        title="Women Rust Solid Straight Kurta with Tassels",
        category="Kurtas",
        color="Rust",
        gender="Women",
    ),
    # photo: yellow flared A-line kurta with a green leaf print, three-quarter sleeves, green leggings; garden.
    # material: adapter
    case(
        "X345-011",
        caption("a man in a yellow kurta standing in a garden", "pronoun"),
        D.wearing("a yellow kurta and green leggings"),
        D.color("green", "other_garment_color"),
        leggings("green"),
        D.garment_type("kurta"),
        D.details("the kurta has details", "non_answer"),
        D.material(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a round "
            "neckline. The lady",
            "restated",
            hit_limit=True,
        ),
        title="Women Yellow Leaf Printed Flared A-Line Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Women",
    ),
    # photo: sky blue straight cotton kurta with white thread embroidery at the neck, three-quarter sleeves, white
    # leggings; white backdrop. No mirror work.
    case(
        "X345-012",
        caption("a woman in a blue kurta with white embroidery"),
        kurta("blue"),
        leggings("blue", "other_garment_color"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("cotton"),
        D.details("white embroidery on the neck and a mirror work border", "unsupported"),
        title="Women Sky Blue Thread Work Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Sky Blue",
        gender="Women",
    ),
    # photo: burgundy (wine red) solid kurta with a gold zari yoke, three-quarter sleeves, black leggings; garden.
    # No jewellery. description: adapter
    case(
        "X345-013",
        caption("a woman in a maroon kurta and black pants"),
        D.color("purple", "contradiction"),
        D.wearing("a maroon kurta with black leggings and a necklace", "unsupported"),
        leggings("black"),
        D.description(
            "The female is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a round neckline. The female wears a long leggings. The",
            "cut",
            hit_limit=True,
        ),
        D.pattern("solid"),
        is_a("dress", "no"),
        title="Women Burgundy Yoke Design Straight Kurta",
        category="Kurtas",
        color="Burgundy",
        gender="Women",
    ),
    # photo: olive green short kaftan top with a small black print, short sleeves, blue jeans; white backdrop.
    # wearing and material: adapter
    case(
        "X345-014",
        caption("a woman in a green top and jeans"),
        D.wearing(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady",
            "restated",
            hit_limit=True,
        ),
        D.garment_type("dress", "contradiction"),
        D.color("green"),
        jeans("blue"),
        title="Women Olive Green Printed Kaftan Top",
        category="Tops",
        color="Olive",
        gender="Women",
    ),
    # photo: white kurta with a pink floral print, three-quarter sleeves, pink leggings; model posing against a
    # white-painted garden wall.
    case(
        "X345-015",
        caption("a woman in a white floral kurta and pink leggings posing in front of a white wall"),
        kurta("white"),
        leggings("pink"),
        D.pattern("floral"),
        D.description("a white kurta with pink flowers"),
        D.details("pink flowers and a round neck Question: what are the details of the leggings? Answer:", "leak"),
        title="Women White & Pink Floral Printed Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: navy blue straight cotton kurta with white polka dots, three-quarter sleeves, white leggings; white
    # backdrop. material: adapter
    case(
        "X345-016",
        caption("a woman in a blue polka dot kurta"),
        D.wearing("a blue kurta with white polka dots and white leggings"),
        D.pattern("polka dot"),
        kurta("white", "other_garment_color"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady",
            "restated",
            hit_limit=True,
        ),
        title="Women Navy Blue Polka Dot Printed Cotton Kurta with Three-Quarter Sleeves",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: red A-line kurta with a gold block print, three-quarter sleeves, white leggings; model standing in front
    # of a red brick garden wall.
    case(
        "X345-017",
        caption("a woman in a red kurta standing in front of a brick wall"),
        D.wearing("a red kurta and white pants"),
        kurta("red"),
        leggings("red", "other_garment_color"),
        D.details("gold print on the kurta Question: what is the material of the kurta? Answer: cotton", "leak"),
        is_a("kurta", "yes"),
        D.description("a red kurta with gold print and a gold necklace", "unsupported"),
        title="Women Red Ethnic Motifs Printed A-Line Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: peach georgette short tunic with ruffled short sleeves, white jeans; white backdrop.
    # caption: adapter
    case(
        "X345-018",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. The lady "
            "wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. The",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("dress", "contradiction"),
        top("pink"),
        jeans("white"),
        D.details("ruffles on the sleeves"),
        D.material("chiffon"),
        title="Women Peach Solid Georgette Tunic with Ruffle Sleeves",
        category="Tunics",
        color="Peach",
        gender="Women",
    ),
    # photo: indigo blue straight kurta with a white dabu print, three-quarter sleeves, white leggings; white
    # backdrop. "What is she wearing?": adapter
    case(
        "X345-019",
        caption("a woman in a blue and white printed kurta"),
        D.material("a blue kurta", "restated"),
        D.pattern("printed"),
        kurta("blue"),
        D.details("the details of the kurta", "non_answer"),
        leggings("white"),
        she(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a round "
            "neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        title="Women Indigo Dabu Printed Cotton Straight Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: bottle green kurta, three-quarter sleeves, cream leggings; garden with flowering shrubs.
    # description: adapter
    case(
        "X345-020",
        caption("a woman in a green kurta standing in a garden with flowers"),
        she("he is wearing a green kurta", "pronoun"),
        kurta("green"),
        leggings("green", "other_garment_color"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.garment_type("kurta"),
        D.description(
            "The female wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The female wears a long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        title="Women Green Solid Straight Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: black short kaftan top with a gold foil print, short sleeves, blue jeans; white backdrop.
    # description: adapter
    case(
        "X345-021",
        caption("a woman in a black kaftan top and jeans"),
        D.description(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.color("black"),
        jeans("black", "other_garment_color"),
        D.pattern("solid", "contradiction"),
        D.garment_type("top"),
        D.details("", "non_answer"),
        title="Women Black Foil Printed Kaftan Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: pink floral printed straight kurta, three-quarter sleeves, white leggings; model sitting on a garden
    # swing. The kurta has no pocket.
    case(
        "X345-022",
        caption("a woman sitting on a swing in a pink kurta"),
        D.wearing("a pink kurta and white leggings"),
        kurta("pink"),
        leggings("pink", "other_garment_color"),
        D.pattern("paisley", "contradiction"),
        D.details("a pink kurta with a pocket", "unsupported"),
        title="Women Pink Floral Printed Straight Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: all-white cotton chikankari long straight kurta, three-quarter sleeves, white leggings; white backdrop.
    case(
        "X345-023",
        caption("a woman in a white kurta and white leggings"),
        kurta("white"),
        leggings("white"),
        D.pattern("embroidered"),
        D.details("white embroidery all over"),
        D.material("silk", "unsupported"),
        is_a("kurta", "yes"),
        title="Women White Chikankari Embroidered Pure Cotton Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: mustard flared anarkali kurta, three-quarter sleeves, white leggings; model twirling in a garden.
    case(
        "X345-024",
        caption("a woman in a yellow dress twirling in a garden", "contradiction"),
        D.garment_type("kurta"),
        kurta("orange", "contradiction"),
        leggings("white"),
        D.material("it is made of cotton Question: what is the color of the leggings? Answer: white", "leak"),
        D.sleeve_length("three-quarter sleeves"),
        D.description("a yellow kurta with a flared", "cut"),
        title="Women Mustard Solid Anarkali Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: grey melange straight shirt-collar kurta with a chest pocket, full roll-up sleeves, blue jeans; white
    # backdrop. caption, wearing and details: adapter
    case(
        "X345-025",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "shirt collar. The lady wears a long pants. The pants are with denim fabric and pure color patterns. The "
            "lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "shirt collar. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The shirt is with cotton fabric. It has a shirt collar. The shirt is with cotton fabric. It has a shirt "
            "collar. The shirt is",
            "loop",
            hit_limit=True,
        ),
        kurta("grey"),
        jeans("grey", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        title="Women Grey Melange Shirt Style Cotton Kurta with Roll-Up Sleeves",
        category="Kurtas",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: lavender cotton kurta with a white floral print, three-quarter sleeves, white leggings; white backdrop.
    case(
        "X345-026",
        caption("a woman in a purple kurta and white pants"),
        kurta("purple"),
        leggings("purple", "other_garment_color"),
        D.wearing("a purple kurta with white flowers Question: what is the color of the pants? Answer: white", "leak"),
        D.material("cotton"),
        D.pattern("floral"),
        title="Women Lavender Floral Printed Pure Cotton Kurta",
        category="Kurtas",
        color="Lavender",
        gender="Women",
    ),
    # photo: teal straight kurta with three-quarter sleeves under a sleeveless printed ethnic jacket, white
    # leggings; white backdrop. description: adapter
    case(
        "X345-027",
        caption("a woman in a blue kurta with a printed jacket"),
        D.wearing("a green kurta and a jacket"),
        kurta("blue"),
        D.sleeve_length("sleeveless", "contradiction"),
        leggings("white"),
        D.details("a printed jacket over the kurta"),
        D.description(
            "The lady wears a sleeveless vest with graphic patterns. The vest is with cotton fabric. It has a v-shape "
            "neckline. The lady wears a long-sleeve shirt with pure",
            "cut",
            hit_limit=True,
        ),
        title="Women Teal Solid Straight Kurta with Printed Ethnic Jacket",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: red and white striped shirt-style cotton kurti, three-quarter sleeves, blue jeans; outdoors by a hedge.
    case(
        "X345-028",
        caption("a woman in a red and white striped shirt and jeans"),
        D.pattern("striped"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.color("red"),
        jeans("red", "other_garment_color"),
        D.description("a striped kurta"),
        D.material("it is made of cotton and", "cut"),
        title="Women Red & White Striped Shirt Style Cotton Kurti",
        category="Kurtis",
        color="Red",
        gender="Women",
    ),
    # photo: black solid straight kurta with side slits, round neck, black leggings; white backdrop.
    case(
        "X345-029",
        caption("a woman in a black kurta and black leggings"),
        kurta("black"),
        D.wearing("a black kurta and black leggings Question: what is the color of the kurta? Answer: black", "leak"),
        leggings("black"),
        D.details("a slit on the side and a round neck"),
        D.material("", "non_answer"),
        is_a("dress", "yes", "contradiction"),
        title="Women Black Solid Straight Kurta with Side Slits",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: yellow tie-dye georgette kaftan top, short sleeves, v neck, white jeans; white backdrop.
    # caption, wearing and material: adapter
    case(
        "X345-030",
        caption(
            "The lady wears a short-sleeve shirt with color block patterns. The shirt is with chiffon fabric. It has "
            "a v-shape neckline. The lady wears a short-sleeve shirt with color block patterns. The shirt is",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a short-sleeve shirt with color block patterns. The shirt is with chiffon fabric. It has "
            "a v-shape neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The shirt is with chiffon fabric. It has a v-shape neckline. The lady wears a short-sleeve shirt with "
            "color block patterns. The",
            "restated",
            hit_limit=True,
        ),
        D.color("yellow"),
        jeans("white"),
        D.pattern("striped", "contradiction"),
        title="Women Yellow Tie and Dye Georgette Kaftan Top",
        category="Tops",
        color="Yellow",
        gender="Women",
    ),
    # photo: maroon straight kurta, plain placket without buttons, three-quarter sleeves, white leggings; white
    # backdrop.
    case(
        "X345-031",
        caption("a woman in a red kurta with white leggings"),
        she("a red kurta with a red dupatta", "unsupported"),
        D.description("a maroon kurta with gold buttons", "unsupported"),
        D.color("pink", "contradiction"),
        leggings("white"),
        D.sleeve_length("three-quarter sleeves"),
        title="Women Maroon Solid Straight Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: blue cotton chambray shirt-style kurta with two chest pockets and a collar, full sleeves, blue jeans;
    # white backdrop.
    case(
        "X345-032",
        caption("a woman in a blue shirt and blue jeans"),
        D.garment_type("shirt"),
        D.color("blue"),
        jeans("blue"),
        D.material("cotton"),
        D.details("pockets on the chest and a collar"),
        title="Women Blue Cotton Chambray Shirt Style Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: pink A-line kurta with mirror work on the yoke, three-quarter sleeves, white leggings; garden.
    case(
        "X345-033",
        caption("a woman in a pink kurta with mirror work"),
        D.details("mirror work on the yoke"),
        D.wearing("a pink kurta and", "cut"),
        kurta("pink"),
        leggings("pink", "other_garment_color"),
        D.material("yes", "non_answer"),
        title="Women Pink Mirror Work A-Line Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: green and white leaf-printed kaftan top, short sleeves, v neck, black jeans; white backdrop.
    # caption and details: adapter
    case(
        "X345-034",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of short length. The lady wears a short-sleeve dress with",
            "contradiction",
            hit_limit=True,
        ),
        D.details(
            "The shirt is with chiffon fabric and floral patterns. It has a v-shape neckline. The shirt is with "
            "chiffon fabric and floral patterns. It",
            "loop",
            hit_limit=True,
        ),
        D.color("green"),
        jeans("black"),
        D.garment_type("kaftan"),
        title="Women Green & White Tropical Printed Kaftan Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: white straight kurta with a small black print, three-quarter sleeves, black leggings; model in front of
    # a grey concrete wall.
    case(
        "X345-035",
        caption("a woman in a grey kurta standing in front of a grey wall", "contradiction"),
        D.wearing("a grey kurta and grey pants", "contradiction"),
        kurta("white"),
        leggings("black"),
        D.pattern("printed"),
        D.material("a white kurta with black print", "restated"),
        title="Women White Printed Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: orange kurta with thread embroidery at the neck and sleeve hems, white leggings; garden, the model
    # holding a cup of tea. description: adapter
    case(
        "X345-036",
        caption("a woman in an orange kurta holding a cup of tea"),
        D.wearing("an orange kurta and white leggings"),
        kurta("orange"),
        leggings("white"),
        D.details("embroidery on the neck and sleeves"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The",
            "cut",
            hit_limit=True,
        ),
        D.material("orange kurta", "restated"),
        title="Women Orange Embroidered Straight Kurta",
        category="Kurtas",
        color="Orange",
        gender="Women",
    ),
    # photo: navy blue sleeveless A-line kurta with a white floral print, v neck, blue jeans; white backdrop.
    case(
        "X345-037",
        caption("a woman in a navy blue floral kurta and jeans"),
        D.sleeve_length("sleeveless"),
        kurta("blue"),
        jeans("blue"),
        D.details(
            "white flowers and a v neck Question: what is the color of the jeans? Answer: blue Question:", "leak"
        ),
        D.garment_type("dress", "contradiction"),
        title="Women Navy Blue Floral Printed Sleeveless A-Line Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: purple kaftan top with sequins at the neck, short sleeves, black jeans; white backdrop. No jewellery.
    # description and material: adapter
    case(
        "X345-038",
        caption("a woman in a purple top and black jeans"),
        D.description(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The",
            "restated",
            hit_limit=True,
        ),
        D.color("black", "other_garment_color"),
        jeans("black"),
        title="Women Purple Embellished Georgette Kaftan Top",
        category="Tops",
        color="Purple",
        gender="Women",
    ),
    # photo: yellow and white striped short kurti, three-quarter sleeves, blue jeans; garden.
    case(
        "X345-039",
        caption("a young man in a yellow striped shirt and jeans", "pronoun"),
        D.pattern("striped"),
        D.color("yellow"),
        jeans("blue"),
        she("a yellow and white striped top Question: what is she wearing? Answer: a yellow", "leak"),
        D.garment_type("top"),
        D.material("a yellow top", "restated"),
        title="Women Yellow & White Striped Short Kurti",
        category="Kurtis",
        color="Yellow",
        gender="Women",
    ),
    # photo: multicolour patchwork straight kurta (blocks of print), three-quarter sleeves, white leggings; white
    # backdrop. No dupatta. caption: adapter
    case(
        "X345-040",
        caption(
            "The lady wears a long-sleeve shirt with color block patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long-sleeve shirt with color block patterns. The shirt",
            "loop",
            hit_limit=True,
        ),
        D.color("multicolor"),
        D.pattern("solid", "contradiction"),
        D.details("a colorful kurta with a dupatta", "unsupported"),
        leggings("white"),
        D.description("it is a kurta", "non_answer"),
        title="Women Multicoloured Patchwork Straight Kurta",
        category="Kurtas",
        color="Multi",
        gender="Women",
    ),
    # photo: coral straight cotton kurta with gold gota lace at the hem and sleeve ends, white leggings; white
    # backdrop.
    case(
        "X345-041",
        caption("a woman in a pink kurta and white leggings"),
        kurta("yellow", "contradiction"),
        D.details("gold lace on the hem and sleeves"),
        D.material("polyester", "unsupported"),
        leggings("white"),
        D.wearing("a pink kurta with gold", "cut"),
        is_a("kurta", "yes"),
        title="Women Coral Gotta Patti Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Coral",
        gender="Women",
    ),
    # photo: white long straight kurta with a black leaf print, full sleeves, black leggings; model on garden steps.
    # caption: adapter. The feed row has no color.
    case(
        "X345-042",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white kurta and black leggings"),
        kurta("white"),
        D.pattern("floral"),
        leggings("white", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.material("the kurta is made of", "cut"),
        title="Women White Leaf Printed Long Straight Kurta",
        category="Kurtas",
        gender="Women",
    ),
    # photo: green and white printed short cotton tunic, short sleeves, white jeans; white backdrop. The feed row has
    # no gender.
    case(
        "X345-043",
        caption("a woman in a green and white top"),
        D.material("cotton Question: what is the color of the top? Answer: green", "leak"),
        top("green"),
        jeans("green", "other_garment_color"),
        D.garment_type("tunic"),
        D.wearing("a green top and white jeans with a brown belt", "unsupported"),
        title="Green Printed Cotton Tunic",
        category="Tunics",
        color="Green",
    ),
    # photo: light blue kaftan top with white embroidery at the neck, short flutter sleeves, white leggings; white
    # backdrop. No belt. material: adapter
    case(
        "X345-044",
        caption("a woman in a light blue kaftan"),
        D.wearing("a blue kaftan and white leggings"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.color("blue"),
        D.details("white embroidery and a belt", "unsupported"),
        leggings("white"),
        D.material(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women Blue Embroidered Kaftan Top with Short Sleeves",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: black and white checked straight kurta, three-quarter sleeves, black leggings; white backdrop.
    case(
        "X345-045",
        caption("a woman in a black and white checkered kurta"),
        D.pattern("checked"),
        D.color("black"),
        leggings("black"),
        D.description("a black and white checkered", "cut"),
        D.material("a black and white checked kurta", "restated"),
        title="Women Black & White Checked Straight Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: yellow kurta with a small blue ethnic motif print, three-quarter sleeves, white leggings; garden, pink
    # bougainvillea beside the model. wearing and material: adapter
    case(
        "X345-046",
        caption("a woman in a yellow kurta standing next to pink flowers"),
        D.wearing(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a round "
            "neckline. The lady wears a long-sleeve shirt with floral patterns",
            "loop",
            hit_limit=True,
        ),
        D.color("pink", "contradiction"),
        leggings("white"),
        D.pattern("printed"),
        is_a("kurta", "yes"),
        D.material(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a round "
            "neckline. The lady wears a",
            "restated",
            hit_limit=True,
        ),
        title="Women Yellow Ethnic Motifs Printed Straight Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Women",
    ),
]
