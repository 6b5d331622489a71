"""BLIND_415 (46 products; women's co-ords and matching sets from an Indian fast-fashion brand): written blind in the
forty-sixth session. Measured blind at 42a062e (the session's rules as they stood): 96/139 failures found (69.1%) and
20/191 correct texts flagged (10.5%). The writer's notes, verbatim:

Scenario: the English catalog feed of an Indian fast-fashion brand's women's co-ords and matching sets: shirt and
trouser co-ords, crop top and skirt sets, knit lounge sets, blazer and pant suits, tracksuits (hoodie or zip jacket
with joggers) and kurta-palazzo sets (some with a dupatta). Model shots on plain studio backdrops (white, grey,
beige, a few on a pink or blue painted wall, a few with a chair or a plant as a prop), full-length front views.
Each row has the seller's title, category, color and gender; a few rows miss the color or the gender. Most sets
are one color for both pieces; some are two-tone (a white top with black trousers, a red kurta with white
palazzos), and the seller's color is then the color of the top or of the set's main piece.

Who wrote what: every caption comes from the caption-only LoRA adapter of the original experiments (the
DeepFashion-MultiModal template, "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with
cotton fabric ..."), trained with no end-of-answer token: it runs to its 50-token limit, so every caption carries
hit_limit=True, and it has no hue names. The open questions (wearing, description, details, material, the set's
own "How many pieces are in the set?" and "What is the neckline of the top?") come from the untuned base
`Salesforce/blip2-opt-2.7b`: short lowercase texts that stop on their own (never hit_limit). The closed questions
(garment_type, color, pattern, sleeve_length, the per-piece color_top and color_bottom, the yes/no "Is this a ...?")
are enrich's `--engine reference` closed answers, chosen from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words count as correct for the seller's color: beige or brown for camel, khaki or taupe; blue for navy or
  sky blue; purple for lilac or lavender; red for maroon, wine or burgundy; green for olive, sage, mint or teal;
  pink for peach, fuchsia or blush; orange for rust or coral; white or cream for off white or ivory; grey for
  charcoal or grey melange; yellow for mustard only in open answers (the closed "orange" for mustard is
  contradiction, as is "yellow" for a lime green tracksuit, "purple" for fuchsia).
- The color of the other piece of a two-tone set given to a piece, or to the set in the seller's color's place,
  is other_garment_color, and so is the color of a layer or of shoes that are not part of the product (the white
  camisole, tank, bralette or tee under a blazer or a jacket answered to color_top or to color, black boots as the
  color of a brown set), or one color given to both pieces of a two-tone set. A color of the print, the trim or
  the side stripes given as the set's or a piece's color (pink for a white set with pink flowers, gold for
  embroidery on an ivory kurta, white for the piping of lavender shorts) is contradiction, and so is the color of
  the wall, the chair or the plant given as the garment's color.
- Colors of walls, chairs and plants named as such ("in front of a pink wall") are correct; two-tone sets named
  piece by piece in their own colors are correct; naming a layer under a blazer in its own color is correct.
- Garment synonyms are correct: pants for trousers, palazzos, joggers or culottes; suit for a blazer set (with
  trousers or a skirt) or a waistcoat set; vest for a waistcoat; sweatsuit or tracksuit for a hoodie and joggers;
  sweater for a knit top; jacket for a blazer or a shacket; shirt for a shacket; scarf for a dupatta; plaid or
  checked for check or houndstooth; floral for a leaf print. Calling a two-piece set a dress, a blazer dress or a
  jumpsuit is contradiction, and so is "shorts" for a skirt, "skirt" for shorts or for wide palazzos. The
  reference engine's garment_type "co-ord set", "suit" and "tracksuit" are correct for their sets; "jumpsuit"
  for a two-piece is contradiction. For a seller color "Multi", one of the print's main colors is correct.
- Closed pattern answers: "striped" for a pinstripe is correct and "solid" for it contradiction; "striped" for a
  cable knit or a ribbed knit (the ribs read as stripes) is contradiction.
- A count from "How many pieces" that disagrees with the title (two for a three-piece set) is contradiction.
- Materials: one the title names (linen, satin, velvet, denim, faux leather as "leather", rib knit as "knit",
  fleece as "cotton" or "fleece", georgette as "chiffon") is correct; a plausible guess where the title names no
  material ("cotton" for a plain shirt co-ord, "wool" for a cable knit) is correct; a material the title
  contradicts ("silk" for satin or cotton, "wool" for an acrylic knit, "cotton" for polyester velour, "denim" for a
  linen set) or that the photo plainly does not show ("leather" for a suiting blazer) is unsupported.
- Invented items not in the photo (a belt, a handbag, a necklace, a hat, gold buttons on a zip jacket, pockets on
  a skirt that has none, a slit, embroidery on a plain kurta) are unsupported.
- Adapter captions: a caption whose template names a wrong garment, wrong sleeves or a wrong pattern (a tank top for
  a long-sleeve shirt, pure color for a floral set, shorts for a skirt) is contradiction, kept even when the text
  also loops or is cut (the misnaming is what the auditor sees first). Otherwise a caption that repeats a sentence
  of the template is loop, and one that stops mid-sentence is cut; an invented accessory or a doubtful fabric
  before the cut or the loop is not labelled separately. A caption that hit the limit but happens to end on a
  full sentence with nothing wrong in it is correct (hit_limit kept True: it did run to the limit). The template's
  own garment words are read loosely: "sweater" for a sweatshirt, a hoodie or a track jacket, "tank top" for a
  waistcoat worn alone or a sleeveless crop top, "outer clothing" for a blazer or a cardigan, "furry" for velvet
  or velour; its "accessory on her wrist" is correct where she wears a bracelet.
- Base answers: "he" for a woman is pronoun; a text that runs on into "Question: ... Answer: ..." is leak, even
  where its first words are right; an answer that stops short ("a white shirt and a") is cut, without hit_limit; a
  short repeat of a word or phrase ("buttons, buttons, buttons") is loop; "the details of the garment", "it is a
  garment", "it is made of fabric", "yes" to an open question and an empty answer are non_answer; a material
  question answered with the garment's name and color, and a details question answered with the garment's name
  only, are restated.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_bottom = question("color_bottom", "What is the color of the bottom?", "closed")
pieces = question("pieces", "How many pieces are in the set?", "open")
neckline = question("neckline", "What is the neckline of the top?", "open")

BLIND_415 = [
    # photo: model in a beige linen-blend long-sleeve shirt and matching straight trousers, shirt untucked, plain
    # white backdrop, full-length front view, tan sandals.
    # caption: adapter
    case(
        "X415-001",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The trousers this lady wears is of long length. The trousers are with cotton fabric and "
            "pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a beige shirt and pants"),
        D.color("beige"),
        color_top("beige"),
        color_bottom("beige"),
        D.sleeve_length("long sleeves"),
        D.material("linen"),
        D.description("a beige shirt and beige pants with a brown belt", "unsupported"),
        title="Women Beige Linen Blend Shirt with Trousers Co-Ord Set",
        category="Co-Ords",
        color="Beige",
        gender="Women",
    ),
    # photo: model in a black sleeveless ribbed crop top and a black ribbed midi bodycon skirt, grey backdrop,
    # front view, black heels.
    # caption: adapter
    case(
        "X415-002",
        caption(
            "Her tank top has no sleeves, knitting fabric and pure color patterns. It has a round neckline. The "
            "skirt this lady wears is of long length. The skirt is with knitting fabric and pure color patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black top and a black skirt"),
        D.color("black"),
        D.sleeve_length("sleeveless"),
        D.material("cotton"),
        D.details("it has a slit on the side", "unsupported"),
        D.description("he is wearing a black crop top and a skirt", "pronoun"),
        title="Women Black Ribbed Crop Top with Midi Skirt Co-Ord",
        category="Co-Ords",
        color="Black",
        gender="Women",
    ),
    # photo: model in a navy single-breasted blazer and matching straight trousers over a white satin camisole,
    # white backdrop, front view, blazer open.
    # caption: adapter
    case(
        "X415-003",
        caption(
            "This lady wears an outer clothing, with cotton fabric and pure color patterns. The upper clothing has "
            "no sleeves. The trousers are with cotton fabric and pure color patterns. This lady wears an outer "
            "clothing, with cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue suit with a white top"),
        D.color("blue"),
        color_top("white", "other_garment_color"),
        color_bottom("navy blue"),
        D.garment_type("suit"),
        D.description("a navy blue blazer and pants with a white camisole"),
        D.material("cotton Question: What is the color of the pants? Answer: navy blue", "leak"),
        title="Women Navy Blue Single-Breasted Blazer & Trousers Suit Set",
        category="Suits",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a grey melange hoodie (kangaroo pocket, drawstrings) and matching joggers, white backdrop,
    # front view, white sneakers.
    # caption: adapter
    case(
        "X415-004",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "pants this lady wears is of long length. The pants are with cotton fabric and pure color patterns. The "
            "lady wears a long-sleeve",
            "loop",
            hit_limit=True,
        ),
        D.wearing("he is wearing a grey hoodie and sweatpants", "pronoun"),
        D.garment_type("tracksuit"),
        D.color("grey"),
        D.details("a hood with drawstrings and a pocket in the front"),
        D.material("cotton"),
        color_bottom("grey"),
        D.description("a grey hoodie and grey pants with a white logo", "unsupported"),
        title="Women Grey Melange Fleece Hoodie & Joggers Tracksuit",
        category="Tracksuits",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: model in a mustard yellow straight kurta with small white ethnic-motif block print and matching
    # palazzos, beige backdrop, front view, no dupatta.
    # caption: adapter
    case(
        "X415-005",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a yellow kurta and pants"),
        D.color("orange", "contradiction"),
        D.pattern("printed"),
        D.sleeve_length("three-quarter sleeves"),
        D.description(
            "a yellow kurta with white print, matching palazzo pants and a dupatta",
            "unsupported",
        ),
        is_a("kurta", "yes"),
        color_bottom("white", "contradiction"),
        title="Women Mustard Yellow Ethnic Motifs Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a white short-sleeve camp-collar shirt with pink and green floral print and matching shorts,
    # white backdrop, front view.
    # caption: adapter
    case(
        "X415-006",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "lapel neckline. The shorts this lady wears is of three-point length. The shorts are with chiffon fabric "
            "and floral patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a floral shirt and shorts"),
        D.color("pink", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("short sleeves"),
        D.material("cotton"),
        D.details("the shirt has a pocket on the chest and a belt", "unsupported"),
        D.description("a white floral shirt and", "cut"),
        title="Women White Floral Print Shirt with Shorts Co-Ord Set",
        category="Co-Ords",
        color="White",
        gender="Women",
    ),
    # photo: model in a lilac knit long-sleeve sweater top and matching wide-leg knit pants, light grey backdrop,
    # a white chair beside her, front view.
    # caption: adapter
    case(
        "X415-007",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The pants this lady wears is of long length. The pants are with knitting fabric "
            "and pure color patterns.",
            hit_limit=True,
        ),
        D.wearing("a purple sweater and pants"),
        D.color("purple"),
        color_top("purple"),
        color_bottom("white", "contradiction"),
        D.material("wool", "unsupported"),
        D.description("a purple knit sweater and matching pants next to a white chair"),
        title="Women Lavender Acrylic Knit Sweater & Wide Leg Pants Lounge Set",
        category="Lounge Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a red satin long-sleeve shirt and matching wide-leg satin pants, black backdrop, front view.
    # caption: adapter
    case(
        "X415-008",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon "
            "fabric. It",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red satin shirt and pants"),
        D.color("red"),
        D.material("silk", "unsupported"),
        D.details("the details of the garment", "non_answer"),
        D.pattern("solid"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Women Red Satin Shirt & Trousers Co-Ord Set",
        category="Co-Ords",
        color="Red",
        gender="Women",
    ),
    # photo: model in an olive green short-sleeve crop tee and olive cargo pants with flap pockets on the thighs,
    # white backdrop, front view, white sneakers.
    # caption: adapter
    case(
        "X415-009",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The trousers this lady wears is of long length. The trousers are with cotton "
            "fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green crop top and cargo pants"),
        D.color("green"),
        color_top("green"),
        D.details("pockets on the pants"),
        D.garment_type("co-ord set"),
        D.material("cargo pants", "restated"),
        D.description("a green crop top and cargo pants with a black belt", "unsupported"),
        title="Women Olive Crop T-Shirt with Cargo Trousers Co-Ord",
        category="Co-Ords",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a white short-sleeve crop top and black flared trousers, white backdrop, front view.
    # caption: adapter
    case(
        "X415-010",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The pants this lady wears is of long length. The pants are with cotton fabric "
            "and pure color patterns.",
            hit_limit=True,
        ),
        D.wearing("a white top and black pants"),
        D.color("white"),
        color_top("white"),
        color_bottom("white", "other_garment_color"),
        D.description("a white crop top and white flare pants", "other_garment_color"),
        D.details("white top, black pants, black pants, black pants, black pants", "loop"),
        title="Women White & Black Crop Top with Flared Trousers",
        category="Co-Ords",
        color="White",
        gender="Women",
    ),
    # photo: model in a pink velour zip-up jacket and matching velour joggers, white backdrop, front view, jacket
    # zipped half way over a white tee.
    # caption: adapter
    case(
        "X415-011",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with furry fabric. The "
            "pants this lady wears is of long length. The pants are with furry fabric and pure color patterns. The "
            "lady wears a long-sleeve sweater",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink tracksuit"),
        D.color("pink"),
        D.material("cotton", "unsupported"),
        D.details("gold buttons on the jacket", "unsupported"),
        is_a("tracksuit", "yes"),
        title="Women Pink Polyester Velour Zip Jacket & Joggers Tracksuit",
        category="Tracksuits",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a black double-breasted blazer with gold buttons and matching tailored shorts, no top under
    # the buttoned blazer, gold bracelet on her wrist, grey backdrop, front view, black heels.
    # caption: adapter
    case(
        "X415-012",
        caption(
            "This lady wears an outer clothing, with cotton fabric and pure color patterns. The shorts this lady "
            "wears is of three-point length. The shorts are with cotton fabric and pure color patterns. There is an "
            "accessory on her wrist.",
            hit_limit=True,
        ),
        D.wearing("a black blazer and shorts"),
        D.color("black"),
        D.details("gold buttons"),
        D.sleeve_length("long sleeves"),
        D.description("a black blazer dress", "contradiction"),
        D.material("leather", "unsupported"),
        title="Women Black Double-Breasted Blazer with Shorts Co-Ord",
        category="Co-Ords",
        color="Black",
        gender="Women",
    ),
    # photo: model in a rust sleeveless square-neck crop top and matching rust midi A-line skirt, beige backdrop,
    # front view.
    # caption: adapter
    case(
        "X415-013",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a square neckline. The shorts "
            "this lady wears is of three-point length. The shorts are with cotton fabric and pure color patterns. "
            "There",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("an orange top and skirt"),
        D.color("orange"),
        neckline("square neck"),
        D.sleeve_length("sleeveless"),
        D.material("cotton"),
        D.description("an orange top and orange shorts", "contradiction"),
        title="Women Rust Crop Top with Midi Skirt Co-Ord Set",
        category="Co-Ords",
        color="Rust",
        gender="Women",
    ),
    # photo: model in a teal green straight kurta with white thread embroidery at the yoke, teal palazzos and a
    # printed teal and white dupatta over one shoulder, white backdrop, front view.
    # caption: adapter
    case(
        "X415-014",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green kurta with a scarf"),
        D.color("green"),
        pieces("three"),
        D.details("embroidery on the neck"),
        D.material("it is made of fabric", "non_answer"),
        is_a("kurta", "yes"),
        color_bottom("white", "other_garment_color"),
        title="Women Teal Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a brown and beige checked long-sleeve shirt and matching checked straight trousers, white
    # backdrop, front view, shirt tucked in.
    # caption: adapter
    case(
        "X415-015",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The trousers this lady wears is of long length. The trousers are with cotton fabric and "
            "lattice patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a plaid shirt and pants"),
        D.pattern("checked"),
        color_top("brown"),
        color_bottom("brown"),
        D.description("a brown plaid shirt tucked into plaid pants"),
        D.material("a brown plaid shirt", "restated"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Women Brown Checked Shirt with Trousers Co-Ord Set",
        category="Co-Ords",
        color="Brown",
        gender="Women",
    ),
    # photo: model in a blue and white vertical-striped short-sleeve shirt and matching striped shorts, white
    # backdrop, front view.
    # caption: adapter
    case(
        "X415-016",
        caption(
            "The lady wears a short-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The shorts this lady wears is of three-point length. The shorts are with cotton fabric "
            "and striped patterns.",
            hit_limit=True,
        ),
        D.wearing("a blue and white striped shirt and shorts"),
        D.color("blue"),
        D.pattern("striped"),
        D.sleeve_length("short sleeves"),
        D.details("stripes"),
        D.description("a blue and white striped shirt and skirt", "contradiction"),
        D.material("", "non_answer"),
        title="Women Blue Striped Shirt & Shorts Co-Ord",
        category="Co-Ords",
        color="Blue",
        gender="Women",
    ),
    # photo: model sitting on a wooden stool in a sage green ribbed knit long-sleeve top and matching ribbed
    # flared pants, white backdrop, a potted plant behind her.
    # caption: adapter
    case(
        "X415-017",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The pants this lady wears is of long length. The pants are with knitting fabric "
            "and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green sweater and pants"),
        D.color("grey", "contradiction"),
        D.description("a woman sitting on a wooden stool in a green knit top and pants, a plant behind her"),
        D.material("knit"),
        D.details("the top and the pants", "restated"),
        title="Women Sage Green Rib Knit Top & Flared Pants Lounge Set",
        category="Lounge Sets",
        color="Sage Green",
        gender="Women",
    ),
    # photo: model in a maroon velvet single-breasted blazer and matching velvet trousers over a black camisole,
    # grey backdrop, front view.
    # caption: adapter
    case(
        "X415-018",
        caption(
            "This lady wears an outer clothing, with furry fabric and pure color patterns. The trousers this lady "
            "wears is of long length. The trousers are with furry fabric and pure color patterns. This lady wears an "
            "outer clothing, with furry",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red velvet suit"),
        D.color("red"),
        D.material("velvet"),
        color_top("black", "other_garment_color"),
        D.description("a maroon velvet blazer and pants with a black top under it"),
        D.garment_type("suit"),
        D.details("the details of the suit", "non_answer"),
        title="Women Maroon Velvet Blazer & Trousers Suit",
        category="Suits",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in an off-white straight kurta with gold zari embroidery at the neck and hem and off-white
    # palazzos, beige backdrop, front view.
    # caption: adapter
    case(
        "X415-019",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton "
            "fabric. It has",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white kurta and pants"),
        D.color("gold", "contradiction"),
        D.details("gold embroidery on the neck and the hem"),
        D.material("silk", "unsupported"),
        D.sleeve_length("three-quarter sleeves"),
        pieces("three", "contradiction"),
        title="Women Off White Zari Embroidered Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a black short-sleeve shirt with white polka dots and matching wide-leg trousers, white
    # backdrop, front view.
    # caption: adapter
    case(
        "X415-020",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. It has a "
            "lapel neckline. The trousers this lady wears is of long length. The trousers are with chiffon fabric "
            "and graphic patterns.",
            hit_limit=True,
        ),
        D.wearing("a black and white polka dot shirt and pants"),
        D.color("black"),
        D.pattern("polka dot"),
        D.details("white polka dots"),
        color_bottom("white", "contradiction"),
        D.material(
            "chiffon Question: What is the pattern of the garment? Answer: polka dot",
            "leak",
        ),
        title="Women Black Polka Dot Print Georgette Shirt & Trousers Co-Ord",
        category="Co-Ords",
        color="Black",
        gender="Women",
    ),
    # photo: model in a lime green zip-up track jacket and matching track pants with a white side stripe, white
    # backdrop, front view, white sneakers.
    # caption: adapter
    case(
        "X415-021",
        caption(
            "The lady wears a long-sleeve sweater with color block patterns. The sweater is with cotton fabric. The "
            "pants this lady wears is of long length. The pants are with cotton fabric and color block patterns. "
            "The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green tracksuit"),
        D.color("yellow", "contradiction"),
        D.garment_type("tracksuit"),
        D.details("a white stripe on the side of the pants"),
        D.description("a neon green tracksuit with a hat", "unsupported"),
        color_bottom("white", "contradiction"),
        title="Women Lime Green Track Jacket & Track Pants Set",
        category="Tracksuits",
        color="Lime Green",
        gender="Women",
    ),
    # photo: model in a light blue denim cropped jacket and matching denim A-line mini skirt, white tank top under
    # the open jacket, white backdrop, front view.
    # caption: adapter
    case(
        "X415-022",
        caption(
            "This lady wears an outer clothing, with denim fabric and pure color patterns. Her tank top has no "
            "sleeves, cotton fabric and pure color patterns. The skirt this lady wears is of short length. The "
            "skirt is with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a denim jacket and skirt"),
        D.color("white", "other_garment_color"),
        D.material("denim"),
        D.details("pockets on the skirt", "unsupported"),
        is_a("skirt", "yes"),
        color_top("white", "other_garment_color"),
        title="Women Blue Denim Cropped Jacket with Mini Skirt Co-Ord",
        category="Co-Ords",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a peach sleeveless crop top with a sweetheart neckline and matching peach palazzo pants,
    # white backdrop, front view.
    # caption: adapter
    case(
        "X415-023",
        caption(
            "Her tank top has no sleeves, chiffon fabric and pure color patterns. The pants this lady wears is of "
            "long length. The pants are with chiffon fabric and pure color patterns. Her tank top has no sleeves, "
            "chiffon fabric and pure",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink top and a pink skirt", "contradiction"),
        D.color("pink"),
        D.sleeve_length("sleeveless"),
        neckline("a sweetheart neckline"),
        D.material("a pink top and pants", "restated"),
        title="Women Peach Crop Top with Palazzo Trousers Co-Ord Set",
        category="Co-Ords",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a pink and blue tie-dye cotton sweatshirt and matching tie-dye joggers, white backdrop,
    # front view, barefoot.
    # caption: adapter
    case(
        "X415-024",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and "
            "graphic",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a tie dye sweatshirt and pants", "pronoun"),
        D.color("pink"),
        D.pattern("tie-dye"),
        color_bottom("pink"),
        D.details("tie dye tie dye tie dye tie dye", "loop"),
        title="Women Pink Tie-Dye Sweatshirt & Joggers Lounge Set",
        category="Lounge Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a camel single-breasted blazer and matching camel trousers over a white crew-neck tee, white
    # backdrop, front view, white sneakers.
    # caption: adapter
    case(
        "X415-025",
        caption(
            "This lady wears an outer clothing, with cotton fabric and pure color patterns. The lady wears a "
            "short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has a round "
            "neckline. The trousers this",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a brown blazer, white t-shirt and brown pants"),
        D.color("white", "other_garment_color"),
        color_top("white", "other_garment_color"),
        color_bottom("beige"),
        D.garment_type("suit"),
        D.details("the blazer has buttons"),
        D.description("a brown blazer and a white", "cut"),
        title="Women Camel Solid Blazer & Trousers Set",
        category="Suits",
        color="Camel Brown",
        gender="Women",
    ),
    # photo: model in a black knit three-piece lounge set: long open cardigan over a black ribbed crop top and
    # wide-leg knit pants, grey backdrop, front view.
    # caption: adapter
    case(
        "X415-026",
        caption(
            "This lady wears an outer clothing, with knitting fabric and pure color patterns. The pants this lady "
            "wears is of long length. The pants are with knitting fabric and pure color patterns. There is an "
            "accessory on her wrist. This",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black cardigan and pants"),
        D.color("black"),
        pieces("two", "contradiction"),
        D.material("knit"),
        D.sleeve_length("long sleeves"),
        title="Women Black Knitted Cardigan, Crop Top & Trousers 3-Piece Lounge Set",
        category="Lounge Sets",
        color="Black",
        gender="Women",
    ),
    # photo: model in a yellow floral print puff-sleeve crop top and matching tiered mini skirt, white backdrop,
    # front view.
    # caption: adapter
    case(
        "X415-027",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "square neckline. The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon "
            "fabric. It",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a yellow floral dress", "contradiction"),
        D.color("yellow"),
        D.pattern("floral"),
        D.sleeve_length("short sleeves"),
        is_a("dress", "yes", "contradiction"),
        D.details("puff sleeves and a ruffle on the skirt"),
        D.material("yes", "non_answer"),
        title="Women Yellow Floral Puff Sleeve Crop Top & Tiered Skirt Set",
        category="Co-Ords",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a charcoal grey pinstriped blazer and matching trousers over a white shirt, grey backdrop,
    # front view.
    # caption: adapter
    case(
        "X415-028",
        caption(
            "This lady wears an outer clothing, with cotton fabric and striped patterns. The lady wears a "
            "long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a lapel neckline. "
            "The trousers this lady wears is of long",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey pinstripe suit and white shirt"),
        D.color("grey"),
        D.pattern("solid", "contradiction"),
        D.garment_type("suit"),
        D.description("he is wearing a grey suit with a white shirt", "pronoun"),
        title="Women Charcoal Grey Pinstriped Blazer & Trousers Suit",
        category="Suits",
        color="Charcoal Grey",
        gender="Women",
    ),
    # photo: model in a lavender satin short-sleeve notch-collar shirt and matching satin shorts with white piping,
    # white backdrop, front view.
    # caption: adapter
    case(
        "X415-029",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has "
            "a lapel neckline. The shorts this lady wears is of three-point length. The shorts are with chiffon "
            "fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple satin shirt and skirt", "contradiction"),
        D.color("purple"),
        D.details("white piping on the collar and pockets"),
        D.material("satin"),
        color_bottom("white", "contradiction"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Women Lavender Satin Shirt & Shorts Co-Ord Set",
        category="Co-Ords",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a colour-block tracksuit: a navy zip jacket with white sleeves and navy joggers with a
    # white side panel, white backdrop, front view.
    # caption: adapter
    case(
        "X415-030",
        caption(
            "The lady wears a long-sleeve sweater with color block patterns. The sweater is with cotton fabric. It "
            "has a stand neckline. The pants this lady wears is of long length. The pants are with cotton fabric and "
            "pure color patterns.",
            hit_limit=True,
        ),
        D.wearing("a blue and white jacket and blue pants"),
        D.color("blue"),
        D.pattern("color block"),
        color_top("blue"),
        color_bottom("white", "contradiction"),
        D.material("polyester"),
        D.description(
            "a blue and white tracksuit Question: What is the pattern of the garment? Answer: color block",
            "leak",
        ),
        title="Women Navy Blue Colourblocked Polyester Track Jacket & Joggers",
        category="Tracksuits",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a green straight kurta with a white leaf print and matching green printed trousers, light
    # blue painted wall behind her, front view.
    # caption: adapter
    case(
        "X415-031",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and "
            "floral patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green kurta and pants"),
        D.color("blue", "contradiction"),
        D.pattern("floral"),
        D.description("a green printed kurta with pants in front of a blue wall"),
        D.material(
            "cotton Question: What are the details of the garment? Answer: leaves",
            "leak",
        ),
        color_bottom("white", "contradiction"),
        title="Women Green Leaf Print Kurta with Trousers",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: model in a white linen long-sleeve shirt and matching white linen trousers, pink painted wall behind
    # her, front view.
    # caption: adapter
    case(
        "X415-032",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The trousers this lady wears is of long length. The trousers are with cotton fabric and "
            "pure color patterns.",
            hit_limit=True,
        ),
        D.wearing("a white shirt and pants"),
        D.color("white"),
        D.description("a white shirt and white pants against a pink wall"),
        color_bottom("pink", "contradiction"),
        D.material("denim", "unsupported"),
        title="Women White Pure Linen Shirt with Trousers Co-Ord",
        category="Co-Ords",
        color="White",
        gender="Women",
    ),
    # photo: model in a brown faux leather long-sleeve shacket and matching faux leather midi skirt, beige
    # backdrop, front view, black boots.
    # caption: adapter
    case(
        "X415-033",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with leather fabric. It has a "
            "lapel neckline. The skirt this lady wears is of long length. The skirt is with leather fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a brown leather shirt and skirt"),
        D.color("black", "other_garment_color"),
        D.material("leather"),
        D.details("a handbag and a gold necklace", "unsupported"),
        is_a("skirt", "yes"),
        D.description("it is a garment", "non_answer"),
        title="Women Brown Faux Leather Shacket & Midi Skirt Co-Ord",
        category="Co-Ords",
        color="Brown",
        gender="Women",
    ),
    # photo: model in a mint green cropped blazer and matching mini skirt, white bralette under the open blazer,
    # white backdrop, front view.
    # caption: adapter
    case(
        "X415-034",
        caption(
            "This lady wears an outer clothing, with cotton fabric and pure color patterns. The shorts this lady "
            "wears is of short length. The shorts are with cotton fabric and pure color patterns. There is an "
            "accessory on her wrist. This",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a green jacket and skirt"),
        D.color("white", "other_garment_color"),
        color_bottom("green"),
        D.description("a mint green blazer and a mini skirt"),
        D.sleeve_length("long sleeves"),
        color_top("white", "other_garment_color"),
        title="Women Mint Green Cropped Blazer & Mini Skirt Set",
        category="Co-Ords",
        color="Mint Green",
        gender="Women",
    ),
    # photo: model in a black and white houndstooth blazer and matching pencil skirt, black top under, grey
    # backdrop, front view.
    # caption: adapter
    case(
        "X415-035",
        caption(
            "This lady wears an outer clothing, with cotton fabric and lattice patterns. The skirt this lady wears "
            "is of medium short length. The skirt is with cotton fabric and lattice patterns. This lady wears an "
            "outer clothing, with cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black and white checkered jacket and skirt"),
        D.pattern("checked"),
        D.color("black"),
        D.details("it has a pattern", "non_answer"),
        D.garment_type("suit"),
        title="Women Black & White Houndstooth Blazer with Skirt",
        category="Co-Ords",
        color="Black",
        gender="Women",
    ),
    # photo: model in a fuchsia pink long-sleeve satin shirt and matching straight trousers, white backdrop, front
    # view.
    # caption: adapter
    case(
        "X415-036",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "lapel neckline. The trousers this lady wears is of long length. The trousers are with chiffon fabric "
            "and pure color patterns.",
            hit_limit=True,
        ),
        D.wearing("a pink shirt and pants"),
        D.color("purple", "contradiction"),
        color_top("pink"),
        color_bottom("pink"),
        D.material("satin"),
        D.details("a pink shirt", "restated"),
        title="Women Fuchsia Satin Shirt & Trousers Co-Ord",
        category="Co-Ords",
        color="Fuchsia",
        gender="Women",
    ),
    # photo: model in a cream cable-knit long-sleeve sweater and matching knit shorts, beige backdrop, front view.
    # caption: adapter
    case(
        "X415-037",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The shorts this lady wears is of three-point length. The shorts are with knitting "
            "fabric and pure color patterns.",
            hit_limit=True,
        ),
        D.wearing("a white sweater and shorts"),
        D.color("white"),
        D.material("wool"),
        D.pattern("striped", "contradiction"),
        D.details("cable knit"),
        D.sleeve_length("long sleeves"),
        D.description("a white sweater and white shorts with a brown handbag", "unsupported"),
        title="Women Cream Cable Knit Sweater & Shorts Co-Ord",
        category="Lounge Sets",
        color="Cream",
        gender="Women",
    ),
    # photo: model in a red straight kurta with small white floral print and white palazzos, dupatta not shown,
    # white backdrop, front view.
    # caption: adapter
    case(
        "X415-038",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red kurta and red pants", "other_garment_color"),
        D.color("red"),
        color_top("red"),
        color_bottom("red", "other_garment_color"),
        D.description("a red kurta with a white floral print and white palazzo pants"),
        D.details("embroidery on the sleeves", "unsupported"),
        title="Women Red Floral Printed Kurta with White Palazzos",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: model in a charcoal grey hoodie and matching joggers, white backdrop, front view, hood down. Gender
    # column empty.
    # caption: adapter
    case(
        "X415-039",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "pants this lady wears is of long length. The pants are with cotton fabric and pure color patterns. The "
            "lady wears a long-sleeve sweater",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey hoodie and sweatpants"),
        D.color("black", "contradiction"),
        D.garment_type("tracksuit"),
        D.material("cotton"),
        D.details("a hoodie", "restated"),
        title="Charcoal Grey Cotton Fleece Hoodie & Joggers Set",
        category="Tracksuits",
        color="Charcoal Grey",
    ),
    # photo: model in a sky blue short-sleeve crop top and matching sky blue cargo pants, white backdrop, front
    # view, white chunky sneakers.
    # caption: adapter
    case(
        "X415-040",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is "
            "with cotton fabric.",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue crop top and blue pants with white sneakers"),
        D.color("blue"),
        color_top("blue"),
        color_bottom("blue"),
        D.details("pockets on the pants and a belt", "unsupported"),
        D.description("a blue crop top and cargo pants and a", "cut"),
        title="Women Sky Blue Crop Top with Cargo Pants Co-Ord",
        category="Co-Ords",
        color="Sky Blue",
        gender="Women",
    ),
    # photo: model in a multicolour abstract print (blue, orange and white brush strokes) long-sleeve shirt and
    # matching wide-leg trousers, white backdrop, front view.
    # caption: adapter
    case(
        "X415-041",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. It has a "
            "lapel neckline. The trousers this lady wears is of long length. The trousers are with chiffon fabric "
            "and graphic patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a printed shirt and pants"),
        D.pattern("abstract"),
        D.color("blue"),
        D.description("a blue and orange printed shirt and matching pants"),
        D.material("", "non_answer"),
        D.details(
            "a pattern of blue, orange, white, blue, orange, white, blue, orange",
            "loop",
        ),
        title="Women Multicoloured Abstract Print Shirt & Trousers Co-Ord Set",
        category="Co-Ords",
        color="Multi",
        gender="Women",
    ),
    # photo: model in a black sleeveless tailored waistcoat and matching straight trousers, grey backdrop, front
    # view, no top under the buttoned waistcoat.
    # caption: adapter
    case(
        "X415-042",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a v-shape neckline. The "
            "trousers this lady wears is of long length. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a black vest and pants", "pronoun"),
        D.sleeve_length("sleeveless"),
        D.garment_type("suit"),
        D.color("black"),
        neckline("v neck"),
        D.details(
            "buttons on the front Question: What is the neckline of the top? Answer: v neck",
            "leak",
        ),
        is_a("vest", "yes"),
        title="Women Black Waistcoat & Trousers Co-Ord Set",
        category="Co-Ords",
        color="Black",
        gender="Women",
    ),
    # photo: model in a wine ribbed knit long-sleeve crop top and matching ribbed midi skirt, beige backdrop, front
    # view. Color column empty.
    # caption: adapter
    case(
        "X415-043",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The skirt this lady wears is of long length. The skirt is with knitting fabric "
            "and pure color patterns.",
            hit_limit=True,
        ),
        D.wearing("a red sweater and skirt"),
        D.color("red"),
        D.sleeve_length("long sleeves"),
        D.material("knit"),
        D.description("a burgundy knit top and skirt"),
        D.pattern("striped", "contradiction"),
        D.details("a slit on the skirt", "unsupported"),
        title="Women Wine Ribbed Knit Crop Top & Midi Skirt Set",
        category="Co-Ords",
        gender="Women",
    ),
    # photo: model in a khaki short-sleeve utility shirt with flap chest pockets and matching khaki cargo pants,
    # shirt tucked in with a matching fabric belt, white backdrop, front view.
    # caption: adapter
    case(
        "X415-044",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a beige shirt and pants with a belt"),
        D.garment_type("jumpsuit", "contradiction"),
        D.color("beige"),
        D.details("pockets on the chest and a belt"),
        D.material("cotton"),
        is_a("jumpsuit", "yes", "contradiction"),
        D.description(
            "a beige shirt and pants Question: What is the color of the belt? Answer: beige",
            "leak",
        ),
        title="Women Khaki Utility Shirt & Cargo Pants Co-Ord with Belt",
        category="Co-Ords",
        color="Khaki",
        gender="Women",
    ),
    # photo: model in a coral short-sleeve shirt and matching coral palazzo pants, white backdrop, front view, a
    # potted plant at the side.
    # caption: adapter
    case(
        "X415-045",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has "
            "a lapel neckline. The pants this lady wears is of long length. The pants are with chiffon fabric and "
            "pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("an orange shirt and pants"),
        D.color("green", "contradiction"),
        color_top("orange"),
        D.description("an orange shirt and wide pants next to a plant"),
        D.details("she is wearing a pair of orange pants and an orange shirt", "restated"),
        D.material("linen Question: What is the color of the pants? Answer: orange", "leak"),
        title="Women Coral Shirt with Palazzo Trousers Co-Ord Set",
        category="Co-Ords",
        color="Coral",
        gender="Women",
    ),
    # photo: model in a white zip-up track jacket and matching white track pants with black side stripes, grey
    # backdrop, front view, black sneakers. Gender column empty.
    # caption: adapter
    case(
        "X415-046",
        caption(
            "The lady wears a long-sleeve sweater with striped patterns. The sweater is with cotton fabric. It has "
            "a stand neckline. The pants this lady wears is of long length. The pants are with cotton fabric and "
            "striped patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white tracksuit with black stripes"),
        D.color("black", "contradiction"),
        D.pattern("striped"),
        D.details("black stripes on the sleeves and the pants"),
        is_a("tracksuit", "yes"),
        D.material("it is made of fabric", "non_answer"),
        title="White Track Jacket & Track Pants with Side Stripes",
        category="Tracksuits",
        color="White",
    ),
]
