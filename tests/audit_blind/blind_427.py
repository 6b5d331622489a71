"""BLIND_427 (46 products; women's ethnic and western wear, model shots, night-run sample): written blind in the forty-
sixth session. Measured blind at 0917e5c (the session's rules as they stood): 111/124 failures found (89.5%) and
6/158 correct texts flagged (3.8%). The writer's notes, verbatim:

Scenario: a Myntra-like women's catalog drawn at random from one night's run of enrich: kurtas, kurta sets (kurta with
trousers, palazzos or sharara and a dupatta), tops, tshirts, dresses, jeans, trousers, palazzos, skirts, sarees,
sweaters and co-ord sets, all worn by a model, mostly on plain studio backdrops, some against coloured walls, a brick
wall, a wooden door, plants or a stool. Single-piece products are usually worn with other garments (a tee tucked into
a skirt, a kurti over palazzos, a blazer over a shirt with the trousers sold). Each row has the seller's title,
category, color and gender; two rows miss the gender and one misses the color, as real feeds do.

Who wrote what: every caption comes from the caption-only LoRA adapter of the original experiments (the DeepFashion
template, with pattern words and no hue names); it was trained with no end-of-answer token, so each caption runs to
its 50-token limit and carries hit_limit=True. The open questions (wearing, description, details, material) come from
the untuned base `Salesforce/blip2-opt-2.7b`: short lowercase texts that stop on their own (never hit_limit). The
closed questions (garment_type, color, pattern, sleeve_length, the per-piece colors of kurta, pants, dupatta, top,
skirt, jeans, shirt, blouse, and the yes/no "Is this a ...?") are enrich's `--engine reference` answers, chosen from
candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Adapter captions: a caption that repeats a sentence of the template is loop; one that stops mid-sentence is cut; one
  that happens to end on a full stop at its limit, with content true to the photo, is correct (hit_limit kept). Where
  the template misnames the garment (a kurta set or a saree as "dress", a saree as "shirt" and "skirt") or contradicts
  its pattern ("pure color patterns" for a floral or bandhani print), that is what the auditor sees first:
  contradiction, hit_limit kept. An invented accessory or wrong fabric in a caption that is also cut is labelled cut.
- The adapter calling a kurta a "shirt" or palazzos "trousers" counts as correct (its classes have nothing closer);
  "medium-sleeve" for three-quarter sleeves is correct.
- Shade words count as correct: blue for navy or teal blue, green for teal, red for maroon or wine/burgundy, yellow for
  mustard, pink for peach or fuchsia, purple for lavender or mauve, orange for rust, white or cream for off white,
  beige for cream, tan for beige. Synonyms count as correct: sari for saree, scarf for dupatta, pants for trousers,
  palazzos or sharara, sweater for a cardigan or a knit top, kurta "suit" for a kurta set, t-shirt/shirt for a tee,
  "holes" for broderie anglaise or schiffli cutwork, polka dot for bandhani dots.
- A color of the print, border, trim or wall given as the garment's color (black for black lettering on a white tee,
  gold for a zari border, silver for mirror work, pink for a lavender top in front of a pink wall) is contradiction;
  a color that no piece has (white pants in a peach co-ord with white flowers, brown for sage pants beside a wooden
  stool) is contradiction. The color of another piece worn in the photo (the tucked-in top, the kurti over the sold
  palazzos, the blouse of a saree, the pants of a kurta set) given to the product or to the asked piece is
  other_garment_color; "a black suit" for beige trousers worn under a black blazer is other_garment_color too.
- Wrong closed answers that are no other piece's color are contradiction (navy as black, pleats as striped,
  sleeveless for long sleeves, long sleeves for three-quarter ones, "dress" for a kurta, "jacket" for a cardigan,
  "shorts" for a mini skirt, "no" to "Is this a t-shirt?").
- Base answers: "a ... dress" for a kurta or an anarkali kurta set is contradiction (the seller says kurta). Invented
  items (a belt, a necklace, a zipper, a pocket, a side slit, ripped knees on clean-look jeans) are unsupported. A
  material neither named nor visible (silk on a cotton kurta or on a georgette saree, rayon on a pure cotton one,
  leather on a knit cardigan, polyester on plain trousers) is unsupported; wool for a visibly knitted sweater, cotton
  for a cotton-look kurta, shirt or saree, denim for jeans, velvet, mesh and linen named by the title are correct.
- Base answers that run on into "Question: ... Answer: ..." are leak even where the first words are right. A base
  answer that stops early ("it is made of", "the jeans are") is cut, without hit_limit. A base answer repeating a
  phrase three or more times is loop, without hit_limit. An empty answer, "not sure", "they are jeans", "it is a
  t-shirt" or "the dress is a dress" for the details or material question is non_answer; a details or material
  question answered only with the garment's name and color ("black pants", "the pants are blue", "it is a green
  dress") is restated.
- "he" for the woman is pronoun. Mentions of walls, plants, doors and the rug in an answer that also describes the
  garment correctly are correct.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
color_top = question("color_top", "What is the color of the top?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_blouse = question("color_blouse", "What is the color of the blouse?", "closed")

BLIND_427 = [
    # photo: model in a navy blue straight cotton kurta with a small white floral print, three-quarter sleeves, round
    # neck, worn with white leggings; plain white backdrop, front view, full length.
    # caption: adapter
    case(
        "X427-001",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue kurta with white flowers and white leggings"),
        D.color("blue"),
        D.pattern("floral"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("cotton"),
        title="Women Navy Blue Floral Printed Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a maroon straight kurta with a gold embroidered yoke, maroon trousers and a pink dupatta over
    # both shoulders; beige wall backdrop, front view.
    # caption: adapter
    case(
        "X427-002",
        caption(
            "The lady wears a long-sleeve dress with complicated patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The lady wears a long-sleeve dress with",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a red kurta with gold embroidery and a pink dupatta"),
        color_kurta("maroon"),
        color_dupatta("maroon", "other_garment_color"),
        D.details("gold embroidery on the neck"),
        D.material("silk", "unsupported"),
        title="Women Maroon Embroidered Pure Cotton Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a white round-neck tee with black "BE KIND" lettering, tucked into blue jeans; grey backdrop.
    # caption: adapter
    case(
        "X427-003",
        caption(
            "The upper clothing has short sleeves, cotton fabric and graphic patterns. It has a crew neckline. The "
            "lower clothing is of long length. The fabric is denim and it has solid color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and blue jeans"),
        D.color("black", "contradiction"),
        D.pattern("graphic"),
        D.sleeve_length("short sleeves"),
        D.details("a black logo on the front and a pocket", "unsupported"),
        title="Women White Typography Printed Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a mustard sleeveless A-line midi dress with a square neck, a thin gold bangle on her wrist;
    # white wall with a potted green plant beside her.
    # caption: adapter (ends on a full stop at its limit)
    case(
        "X427-004",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is square. The dress is of long length. There is an accessory on her wrist.",
            hit_limit=True,
        ),
        D.wearing("a yellow dress"),
        D.color("yellow"),
        D.description("a yellow dress with a green plant in the background"),
        D.details("the dress has a square neck and a belt", "unsupported"),
        D.sleeve_length("sleeveless"),
        title="Women Mustard Yellow Solid A-Line Midi Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in light blue skinny jeans and a black short-sleeve crop top; white studio backdrop, full length.
    # caption: adapter
    case(
        "X427-005",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. The pants are with denim fabric and pure color patterns. The lady wears a short-sleeve "
            "T-shirt with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black top and jeans"),
        D.color("black", "other_garment_color"),
        color_jeans("blue"),
        D.details("they are jeans", "non_answer"),
        is_a("pair of jeans", "yes"),
        title="Women Blue Skinny Fit High-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a pink Banarasi saree with a wide gold zari border, pallu over the left shoulder, matching pink
    # short-sleeve blouse; standing beside a carved wooden door.
    # caption: adapter
    case(
        "X427-006",
        caption(
            "The lady wears a sleeveless dress with complicated patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. There is an accessory on her wrist. The lady wears",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a pink sari"),
        D.color("gold", "contradiction"),
        D.material("silk"),
        D.details("the saree has a gold border"),
        D.description("he is wearing a pink saree with a gold border", "pronoun"),
        title="Women Pink & Gold-Toned Zari Silk Blend Banarasi Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: model in black flared palazzos with a white printed short kurti over them; grey backdrop.
    # caption: adapter
    case(
        "X427-007",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is round. The trousers are with cotton fabric and pure color patterns. There is "
            "an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white top and black pants"),
        D.color("white", "other_garment_color"),
        D.garment_type("palazzos"),
        D.details("the pants are wide"),
        D.material("black pants", "restated"),
        title="Women Black Solid Flared Palazzos",
        category="Palazzos",
        color="Black",
        gender="Women",
    ),
    # photo: model in a lavender top with short puff sleeves, tucked into white trousers; a pink painted wall behind.
    # caption: adapter (ends on a full stop at its limit)
    case(
        "X427-008",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        D.wearing("a purple top and white pants"),
        D.color("pink", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.description("a purple top with puffy sleeves"),
        D.details("puff sleeves Question: what is the color of the top? Answer: purple", "leak"),
        title="Women Lavender Solid Puff Sleeve Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a grey melange cable-knit pullover over a white collared shirt (collar and cuffs showing),
    # black trousers; white backdrop.
    # caption: adapter
    case(
        "X427-009",
        caption(
            "The upper clothing has long sleeves, wool fabric and pure color patterns. It has a lapel neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper "
            "clothing has long sleeves, wool",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey sweater over a white shirt"),
        D.color("white", "other_garment_color"),
        D.material("wool"),
        D.details("cable knit with a white collar and a white collar and a white collar", "loop"),
        D.sleeve_length("long sleeves"),
        title="Women Grey Melange Cable Knit Pullover",
        category="Sweaters",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: model in an olive green pleated midi skirt with a white tee tucked in and white sneakers; beige backdrop.
    # caption: adapter
    case(
        "X427-010",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The T-shirt is with "
            "cotton fabric and its neckline is round. The skirt is with chiffon fabric and pure color patterns. The "
            "lady wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and a green skirt with a black belt", "unsupported"),
        color_skirt("green"),
        D.pattern("striped", "contradiction"),
        D.details("pleated"),
        D.material("it is made of", "cut"),
        title="Women Olive Green Solid Pleated A-Line Midi Skirt",
        category="Skirts",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a peach co-ord set with a small white floral print: short-sleeve top and straight trousers;
    # white backdrop.
    # caption: adapter
    case(
        "X427-011",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns and a long trousers. The shirt is with cotton "
            "fabric. The trousers are with cotton fabric and floral patterns. There is an accessory on her wrist. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink top and pants"),
        color_top("peach"),
        color_pants("white", "contradiction"),
        D.pattern("floral"),
        D.description("a pink top and pants with a floral print"),
        title="Women Peach Floral Printed Top with Trousers Co-Ord Set",
        category="Co-Ords",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a teal blue A-line kurta with mustard ethnic motifs, three-quarter sleeves, cream palazzos;
    # white room with a potted plant and a jute rug on the floor.
    # caption: adapter
    case(
        "X427-012",
        caption(
            "The lady wears a medium-sleeve shirt with complicated patterns. The shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a medium-sleeve shirt with complicated patterns. The shirt is with "
            "cotton fabric",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue kurta and white pants"),
        D.garment_type("dress", "contradiction"),
        D.color("green"),
        D.details("yellow flowers on the front"),
        D.material("rayon", "unsupported"),
        title="Women Teal Blue Ethnic Motifs Printed Pure Cotton A-Line Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: model in beige straight formal trousers with a black blazer over a white shirt; grey studio backdrop.
    # caption: adapter
    case(
        "X427-013",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. This lady "
            "also wears an outer clothing",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black suit", "other_garment_color"),
        D.color("beige"),
        is_a("pair of trousers", "yes"),
        D.details("the pants have pockets"),
        D.material("cotton Question: what is the color of the trousers? Answer: beige", "leak"),
        title="Women Beige Solid Straight Fit Formal Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: model in a red wrap maxi dress with white flowers, long sleeves, self tie at the waist; garden with a
    # wooden bench behind her.
    # caption: adapter
    case(
        "X427-014",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a red floral dress"),
        D.color("white", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("long sleeves"),
        D.description("a red and white floral dress with a belt"),
        title="Women Red & White Floral Print Wrap Maxi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: model in a black oversized drop-shoulder tee (short sleeves reaching the elbow), grey joggers; white wall.
    # caption: adapter (ends on a full stop at its limit)
    case(
        "X427-015",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns.",
            hit_limit=True,
        ),
        D.wearing("a black t-shirt and grey sweatpants"),
        D.color("black"),
        D.details("it is a t-shirt", "non_answer"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Women Black Solid Oversized Drop-Shoulder T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in a green kurta with a white block print, white palazzos and a green dupatta printed in white;
    # white backdrop.
    # caption: adapter
    case(
        "X427-016",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is round. The trousers are with cotton fabric and pure color patterns. The lady "
            "also wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green and white dress", "contradiction"),
        color_kurta("green"),
        color_pants("green", "other_garment_color"),
        color_dupatta("green"),
        D.material("cotton"),
        D.details("a white print on the kurta and the dupatta"),
        title="Women Green Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: model in a white broderie anglaise (eyelet) short-sleeve top, blue jeans; white backdrop.
    # caption: adapter
    case(
        "X427-017",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white top and jeans"),
        D.color("white"),
        D.description("a white top with holes in it"),
        D.details("embroidery on the front and sleeves"),
        D.material("cotton"),
        D.sleeve_length("short sleeves"),
        title="Women White Broderie Anglaise Cotton Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: model in black wide-leg high-rise jeans with a beige short-sleeve knit top tucked in; studio backdrop.
    # caption: adapter
    case(
        "X427-018",
        caption(
            "The upper clothing has short sleeves, knitting fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. The female is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a beige sweater and black jeans", "pronoun"),
        color_jeans("black"),
        D.color("black"),
        D.details("wide leg, wide leg, wide leg, wide leg", "loop"),
        D.garment_type("jeans"),
        title="Women Black Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: model in a yellow georgette saree with a red printed border, red short-sleeve blouse; white wall.
    # caption: adapter
    case(
        "X427-019",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with chiffon fabric and",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a yellow sari with a red border"),
        D.color("red", "other_garment_color"),
        D.material("silk", "unsupported"),
        D.details("red border"),
        D.description("she is wearing a yellow saree"),
        title="Women Yellow Georgette Saree with Printed Border",
        category="Sarees",
        color="Yellow",
    ),
    # photo: model in a navy shirt dress with white polka dots, short sleeves, collar, button placket, fabric tie belt;
    # white backdrop.
    # caption: adapter
    case(
        "X427-020",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is lapel. The dress is of medium length. There is an accessory on her wrist. The lady has a "
            "belt",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and white polka dot dress"),
        D.color("black", "contradiction"),
        D.pattern("polka dot"),
        D.details("buttons down the front and a collar and buttons down the front and a collar", "loop"),
        D.sleeve_length("short sleeves"),
        title="Women Navy Blue Polka Dot Print Shirt Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in an off white chikankari embroidered kurta (white thread), long sleeves, blue jeans; beige
    # backdrop.
    # caption: adapter
    case(
        "X427-021",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. The pants are with denim fabric. The lady wears a long-sleeve shirt with pure color patterns and "
            "a long",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white kurta and jeans"),
        D.color("cream"),
        D.garment_type("kurta"),
        D.details("white embroidery on the front"),
        D.material("cotton"),
        D.description("he is wearing a white kurta with embroidery", "pronoun"),
        title="Women Off White Chikankari Embroidered Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: model in rust palazzos with small white printed motifs and a black short kurti over them; studio.
    # caption: adapter
    case(
        "X427-022",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. The trousers are with cotton fabric and graphic patterns. There is an accessory on her "
            "wrist. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black top and orange pants"),
        D.color("orange"),
        color_pants("black", "other_garment_color"),
        D.pattern("printed"),
        D.details("", "non_answer"),
        title="Women Rust Orange Printed Flared Palazzos",
        category="Palazzos",
        color="Rust",
        gender="Women",
    ),
    # photo: model in a red self-design button-front knit cardigan over a white tee, blue jeans; white backdrop.
    # caption: adapter
    case(
        "X427-023",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a v-shape neckline. "
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. This lady "
            "also wears an outer clothing, with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red cardigan and jeans"),
        D.color("red"),
        D.garment_type("jacket", "contradiction"),
        D.details("buttons on the front"),
        D.material("leather", "unsupported"),
        title="Women Red Self Design Cardigan",
        category="Sweaters",
        color="Red",
        gender="Women",
    ),
    # photo: model in a black and white vertically striped short-sleeve shirt with matching shorts; white backdrop.
    # caption: adapter (ends on a full stop at its limit)
    case(
        "X427-024",
        caption(
            "The lady wears a short-sleeve shirt with striped patterns and a short pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and striped patterns.",
            hit_limit=True,
        ),
        D.wearing("a black and white striped shirt and shorts"),
        D.color("black"),
        D.pattern("striped"),
        D.details("stripes"),
        D.description(
            "a woman wearing a black and white striped shirt and shorts Question: what is the color of the shirt? "
            "Answer: black",
            "leak",
        ),
        title="Women Black & White Striped Shirt with Shorts Co-Ord Set",
        category="Co-Ords",
        color="Black",
        gender="Women",
    ),
    # photo: model in a fuchsia sleeveless crop top with a front tie knot, white high-waist jeans; bright blue wall,
    # no jewellery.
    # caption: adapter
    case(
        "X427-025",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric and its neckline is v-shape. The pants are with denim fabric and pure color patterns. The "
            "lady has",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink top and white jeans"),
        D.color("blue", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.details("the top is tied in the front"),
        D.description("a pink crop top with a necklace", "unsupported"),
        title="Women Fuchsia Pink Solid Tie-Up Crop Top",
        category="Tops",
        color="Fuchsia",
        gender="Women",
    ),
    # photo: model in navy ankle-length cigarette trousers with a white shirt tucked in; studio backdrop.
    # caption: adapter
    case(
        "X427-026",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. The trousers are with cotton fabric. The lady wears a long-sleeve shirt with pure color "
            "patterns and a",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white shirt and blue pants"),
        D.color("blue"),
        color_pants("white", "other_garment_color"),
        D.details("the pants are blue", "restated"),
        D.material("polyester", "unsupported"),
        title="Women Navy Blue Solid Cigarette Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a black flared mini skirt with small red and pink roses, white long-sleeve blouse tucked in,
    # a thin watch on her wrist; red brick wall.
    # caption: adapter
    case(
        "X427-027",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a short skirt. The shirt is with cotton "
            "fabric. The skirt is with chiffon fabric and floral patterns. There is an accessory on her wrist. The "
            "lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and a black skirt"),
        color_skirt("red", "contradiction"),
        D.pattern("floral"),
        D.details("red roses on the skirt"),
        D.description("a black skirt with red flowers and a brick wall"),
        is_a("skirt", "yes"),
        title="Women Black Floral Print Flared Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in a pink straight cotton-look kurta with gold gotta patti lace at the hem and sleeve ends,
    # three-quarter sleeves, pink pants; studio backdrop.
    # caption: adapter
    case(
        "X427-028",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink dress", "contradiction"),
        D.color("pink"),
        D.details("gold lace on the sleeves and the hem"),
        D.material("silk", "unsupported"),
        D.sleeve_length("three-quarter sleeves"),
        title="Women Pink Solid Straight Kurta with Gotta Patti",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a lavender tee with a white cartoon cat print, denim shorts; white wall.
    # caption: adapter
    case(
        "X427-029",
        caption(
            "The upper clothing has short sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "lower clothing is of short length. The upper clothing has short sleeves, cotton fabric and graphic "
            "patterns. It has",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a purple t-shirt with a cat on it"),
        D.color("white", "contradiction"),
        D.pattern("graphic"),
        D.details("a cat"),
        D.description("a purple t-shirt with a cat on it and a cat on it and a cat on it", "loop"),
        title="Women Lavender Graphic Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in an emerald green ribbed bodycon midi dress with long sleeves, a watch on her wrist; grey studio.
    # caption: adapter (ends on a full stop at its limit)
    case(
        "X427-030",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric and its "
            "neckline is round. The dress is of long length. There is an accessory on her wrist.",
            hit_limit=True,
        ),
        D.wearing("a green dress"),
        D.color("green"),
        D.material("it is a green dress", "restated"),
        D.details("a slit on the side", "unsupported"),
        title="Women Green Ribbed Bodycon Midi Dress",
        category="Dresses",
        gender="Women",
    ),
    # photo: model in light blue clean-look mom fit jeans with a white tank top; pink wall backdrop.
    # caption: adapter
    case(
        "X427-031",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. There "
            "is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white tank top and blue jeans and blue jeans and blue jeans", "loop"),
        color_jeans("white", "other_garment_color"),
        D.details("ripped knees", "unsupported"),
        D.material("denim"),
        title="Women Light Blue Mom Fit Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a yellow flared anarkali kurta with a pink floral print, yellow trousers and a pink dupatta;
    # outdoor garden.
    # caption: adapter
    case(
        "X427-032",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a round "
            "neckline. The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a yellow dress with pink flowers", "contradiction"),
        color_kurta("yellow"),
        color_dupatta("pink"),
        color_pants("pink", "other_garment_color"),
        D.pattern("floral"),
        D.details("the dress has a flared skirt and a", "cut"),
        title="Women Yellow Floral Printed Anarkali Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a blue and white gingham checked shirt-style top, long sleeves rolled to the elbow, a chest
    # pocket, worn untucked over black trousers (no belt visible); studio.
    # caption: adapter
    case(
        "X427-033",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. There "
            "is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and white checkered shirt and black pants"),
        D.pattern("checked"),
        D.sleeve_length("long sleeves"),
        D.color("black", "other_garment_color"),
        D.details("a pocket on the chest and a black belt", "unsupported"),
        D.material("cotton"),
        title="Women Blue & White Checked Shirt Style Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a cream ribbed turtleneck pullover and brown checked trousers; beige backdrop.
    # caption: adapter
    case(
        "X427-034",
        caption(
            "The upper clothing has long sleeves, knitting fabric and pure color patterns. The neckline of it is "
            "stand. The lower clothing is of long length. The upper clothing has long sleeves, knitting fabric and "
            "pure color patterns.",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white sweater and brown pants"),
        D.color("beige"),
        D.details("a turtle neck"),
        D.sleeve_length("long sleeves"),
        D.description(
            "a white sweater and brown plaid pants Question: what is the material of the sweater? Answer: wool", "leak"
        ),
        title="Women Cream Ribbed Turtle Neck Pullover",
        category="Sweaters",
        color="Cream",
        gender="Women",
    ),
    # photo: model in a blue saree with a green paisley print, green short-sleeve blouse; plain white backdrop.
    # caption: adapter
    case(
        "X427-035",
        caption(
            "The lady wears a short-sleeve dress with complicated patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a short-sleeve dress with complicated patterns. The dress is with cotton",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue and green saree"),
        D.color("blue"),
        D.pattern("printed"),
        color_blouse("blue", "other_garment_color"),
        D.material("the saree is made of", "cut"),
        title="Women Blue & Green Paisley Printed Saree",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a sage green linen shirt and wide trousers co-ord, white sneakers; cream wall with a wooden
    # stool beside her.
    # caption: adapter
    case(
        "X427-036",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with linen "
            "fabric and its neckline is lapel. The trousers are with linen fabric and pure color patterns. The lady "
            "wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green shirt and pants"),
        D.material("linen"),
        color_shirt("green"),
        color_pants("brown", "contradiction"),
        D.details("the shirt has a collar and buttons"),
        D.description("a green shirt and pants Question: what is the material? Answer: linen", "leak"),
        title="Women Sage Green Linen Shirt with Trousers Co-Ord Set",
        category="Co-Ords",
        color="Green",
        gender="Women",
    ),
    # photo: model in a black kurta with multicolour thread embroidery on the yoke, white churidar; studio backdrop.
    # No zipper anywhere visible.
    # caption: adapter
    case(
        "X427-037",
        caption(
            "The lady wears a long-sleeve shirt with complicated patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. This",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black dress with colorful embroidery", "contradiction"),
        D.color("black"),
        color_pants("black", "other_garment_color"),
        D.details("the kurta has embroidery on the neck and a zipper", "unsupported"),
        D.material("cotton"),
        title="Women Black Thread Work Embroidered Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: model in a wine velvet fit and flare knee-length dress with long sleeves; dark grey backdrop.
    # caption: adapter
    case(
        "X427-038",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length. The lady wears a long-sleeve dress with pure color "
            "patterns.",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red velvet dress"),
        D.color("red"),
        D.material("velvet"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details("the dress is a dress", "non_answer"),
        title="Women Wine Velvet Fit and Flare Dress",
        category="Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: model in a navy and white horizontally striped round-neck tee, white trousers; studio backdrop.
    # caption: adapter
    case(
        "X427-039",
        caption(
            "The upper clothing has short sleeves, cotton fabric and striped patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and white striped shirt and white pants"),
        D.color("blue"),
        D.pattern("striped"),
        D.sleeve_length("short sleeves"),
        D.details("the shirt is striped and the pants are white"),
        is_a("t-shirt", "no", "contradiction"),
        title="Women Navy Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in white schiffli cutwork palazzos with a blue printed kurta over them; studio backdrop.
    # caption: adapter
    case(
        "X427-040",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is v-shape. The trousers are with cotton fabric and pure color patterns. There "
            "is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue kurta and white pants"),
        D.color("blue", "other_garment_color"),
        D.details("the pants have holes at the bottom"),
        D.material("not sure", "non_answer"),
        title="Women White Schiffli Embroidered Palazzos",
        category="Palazzos",
        color="White",
    ),
    # photo: model in a blue denim A-line mini skirt with a front button placket, black sleeveless top tucked in;
    # white backdrop.
    # caption: adapter
    case(
        "X427-041",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a short skirt. The tank top is with "
            "cotton fabric. The skirt is with denim fabric and pure color patterns. There is an accessory on her "
            "wrist. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black top and a denim skirt"),
        color_skirt("blue"),
        D.material("denim"),
        D.details("buttons on the front"),
        D.garment_type("shorts", "contradiction"),
        title="Women Blue Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a mauve kurta with silver mirror work at the neck, mauve sharara and a mauve net dupatta over
    # one arm; studio backdrop.
    # caption: adapter
    case(
        "X427-042",
        caption(
            "The lady wears a long-sleeve shirt with complicated patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is round. The pants are with chiffon fabric and pure color patterns. The lady "
            "also",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple kurta and pants"),
        color_kurta("purple"),
        D.color("silver", "contradiction"),
        D.details("mirror work on the neck"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.description("he is wearing a purple suit", "pronoun"),
        title="Women Mauve Mirror Work Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Mauve",
        gender="Women",
    ),
    # photo: model in a black sheer mesh long-sleeve top over a black bralette (visible through it), tan trousers;
    # studio backdrop.
    # caption: adapter
    case(
        "X427-043",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "chiffon fabric. The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The "
            "shirt is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black mesh top and tan pants"),
        D.color("black"),
        D.material("mesh"),
        D.sleeve_length("long sleeves"),
        D.details("sheer sleeves and a black bra"),
        title="Women Black Sheer Mesh Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in grey straight fit jeans with a white shirt half-tucked; bright yellow wall backdrop.
    # caption: adapter
    case(
        "X427-044",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns. The lady "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and grey jeans"),
        color_jeans("yellow", "contradiction"),
        D.color("grey"),
        D.details("the jeans are", "cut"),
        D.material("denim"),
        title="Women Grey Straight Fit Jeans",
        category="Jeans",
        color="Grey",
        gender="Women",
    ),
    # photo: model in an orange bandhani-print kurta (white dot clusters), three-quarter sleeves, white palazzos;
    # studio backdrop.
    # caption: adapter
    case(
        "X427-045",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is round. The trousers are with cotton fabric and pure color patterns. "
            "There",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("an orange kurta and white pants"),
        D.pattern("polka dot"),
        D.color("orange"),
        D.details("white dots all over"),
        D.material("the kurta is orange", "restated"),
        D.sleeve_length("three-quarter sleeves"),
        title="Women Orange Bandhani Printed Pure Cotton Kurta",
        category="Kurtas",
        color="Orange",
        gender="Women",
    ),
    # photo: model in a mustard ribbed crop sweater and a black mini skirt; white backdrop with a white chair.
    # caption: adapter
    case(
        "X427-046",
        caption(
            "The upper clothing has long sleeves, knitting fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of short length. The fabric is cotton and it has pure color patterns. The female",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow sweater and a black skirt"),
        D.color("black", "other_garment_color"),
        D.material("wool"),
        D.details("the sweater is yellow", "restated"),
        D.garment_type("sweater"),
        title="Women Mustard Ribbed Crop Sweater",
        category="Sweaters",
        color="Mustard",
        gender="Women",
    ),
]
