"""BLIND_319 (46 products; women's fast-fashion western wear: crop tops, co-ords, skirts, blazers, jumpsuits): written
blind in the forty-fourth session. Measured blind at 2b72577 (the session's rules as they stood): 105/120 failures
found (87.5%) and 5/152 correct texts flagged (3.3%). The writer's notes, verbatim:

Scenario: an English catalog feed of a fast-fashion women's western-wear label: crop tops and corsets, co-ord sets
(crop top with skirt, blazer with trousers or shorts, shirt with trousers), skirts (denim, pleated, satin, checked,
floral), blazers, jumpsuits, bodycon dresses, cargo trousers and shirts. Photos are model shots against coloured
studio walls (pink, red, yellow, blue, orange, green, black) or on streets (brick walls, cafes, sidewalks), front
view, often full length, some cropped at the knees. Most products are worn with other garments (jeans, a tucked-in
tee, a crop top over cargo trousers, a tank under an open shirt). Each product has the seller's title, category,
color and gender; a few rows miss the gender or the color, as real feeds do.

Who wrote what: captions and open answers come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase,
stops on its own, never hit_limit) unless the comment before the case says the caption adapter of the original
experiments wrote them. The adapter (DeepFashion template, "The lady wears a long-sleeve shirt with pure color
patterns. The shirt is with cotton fabric ...") was trained with no end-of-answer token: every adapter text runs to
its limit (50 new tokens for captions, 30 for answers), carries hit_limit=True, and is the caption template whatever
the question. The questions: the default questionnaire (wearing, garment_type, color, pattern, sleeve_length,
description, details, material) and the experiments' own (What is she wearing?, the color of the top / skirt /
pants / shirt, "Is this a ...?"). Closed questions (garment_type, color, pattern, sleeve_length, per-piece colors,
"Is this a ...?") are enrich's `--engine reference` answers picked from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct: red for maroon, blue for navy or sky blue, purple for lavender or lilac, yellow for
  mustard, pink for fuchsia or hot pink, green for olive, sage or emerald, beige for khaki, orange for rust, brown or
  tan for camel. Navy answered black and lilac answered pink are contradiction (the reference engine picking the
  wrong candidate).
- The color of the wall behind the model given as the garment's color is contradiction; so is a color of the print
  (the black spots of a leopard print, the white pinstripes of a black blazer, the red flowers of a white skirt).
  The color of another garment in the photo (the jeans, the tucked-in tee, the crop top over cargo trousers, the
  other half of a co-ord) given for the product or for a named piece is other_garment_color, including where the
  base model repeats one color for every garment ("a white top and white pants" for beige pants). The product's own
  color given to another garment ("green shorts" with a green shirt over white shorts) is contradiction.
- Garment synonyms are correct: pants for trousers, jacket or suit for a blazer (suit where trousers or shorts
  match), t - shirt or shirt for a tee, corset for a corset top, plaid or checkered for checked, tank top for a
  strappy crop top. A co-ord of crop top and skirt called a dress, a jumpsuit called pants or dress, a dress
  called corset, and ribbing or pleats answered striped are contradiction.
- Wall colors, props (chair, cafe table), shoes visible in a full-length photo, and the other garments worn named in
  their own colors are correct. Invented things are unsupported: a handbag or bag not in the photo, heels on a photo
  cropped at the knees, a back zipper or lace-up back on a front view, a slit, jewellery, a belt that isn't there.
- Materials: a fabric the title names is correct, and a plausible guess on a plain fabric that looks like it
  (cotton on ribbed knit or on a cotton-look shirt) is correct; silk for satin, velvet, wool or leather on a product
  whose title and photo show none of these are unsupported.
- Base non-answers: empty, "i don't know", "the skirt", "it is made of fabric", "the details of the garment", "they
  are black" for the trousers' details and "leopard" for the material (the print, not a fabric) are non_answer.
  A material question answered with the garment's name and color ("a white shirt", "the corset top is green") is
  restated. A base answer stopping mid-phrase ("the dress has a") is cut, without hit_limit.
- Base answers that run into "Question: ... Answer: ..." are leak, even when the first words are right. Short base
  repetitions ("a black and white plaid skirt, black and white plaid skirt, ...") are loop.
- "he" or "a man" for the woman in the photo is pronoun.
- Adapter texts: repeating a sentence of the template is loop; stopping mid-sentence without repeating is cut (even
  where the template also says "silk" or "cotton" wrongly: the cut is labelled). The template returned for the
  material question is restated. Where the template misnames the garment itself (a jumpsuit as "a tank top ... a
  long pants"), contradiction, hit_limit kept.
- garment_type is asked only of single garments, not of co-ord sets (no single candidate fits a set).
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

she_wearing = question("wearing", "What is she wearing?", "open")
color_top = question("color_top", "What is the color of the top?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")

BLIND_319 = [
    # photo: model in a white ribbed sleeveless square-neck crop top with blue jeans, pink studio wall, front view.
    # no adapter texts
    case(
        "X319-001",
        caption("a woman in a white crop top and jeans standing against a pink wall"),
        she_wearing("a white crop top and blue jeans"),
        D.color("white"),
        color_top("white"),
        D.sleeve_length("sleeveless"),
        D.material("cotton"),
        title="Women White Ribbed Square Neck Crop Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: black cotton cargo trousers with side pockets, worn with a white cropped tank top, city street, full
    # length with white sneakers. no adapter texts
    case(
        "X319-002",
        caption("a woman in a white tank top and black pants walking down the street"),
        D.wearing("a white top and black pants"),
        D.color("white", "other_garment_color"),
        color_pants("black"),
        D.details("they are black", "non_answer"),
        D.material("leather", "unsupported"),
        title="Women Black Cotton Cargo Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: lilac co-ord set, a sleeveless crop top with a tie-up knot at the front and a matching plain mini skirt
    # (no slit), lilac studio wall. no adapter texts
    case(
        "X319-003",
        caption("a woman in a purple crop top and skirt"),
        she_wearing("a purple top and skirt"),
        color_top("purple"),
        color_skirt("pink", "contradiction"),
        D.pattern("solid"),
        D.details("the skirt has a slit on the side", "unsupported"),
        title="Women Lavender Tie-Up Crop Top and Skirt Co-ord Set",
        category="Co-ords",
        color="Lavender",
        gender="Women",
    ),
    # photo: beige single-breasted blazer worn open over a white tee, with beige trousers, grey studio wall.
    # caption: adapter
    case(
        "X319-004",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a beige blazer and a white shirt"),
        D.color("beige"),
        D.garment_type("blazer"),
        D.sleeve_length("long sleeves"),
        D.material("it is made of fabric", "non_answer"),
        title="Women Beige Solid Single-Breasted Blazer",
        category="Blazers",
        color="Beige",
        gender="Women",
    ),
    # photo: black one-shoulder sleeveless bodycon mini dress, red studio wall, cropped at the knees.
    # no adapter texts
    case(
        "X319-005",
        caption("a woman in a black dress standing in front of a red wall"),
        D.wearing("a black dress and a gold necklace", "unsupported"),
        D.color("red", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.description("a black dress with one shoulder"),
        D.material("it is made of", "cut"),
        title="Women Black One-Shoulder Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: red satin corset top (front hook closure, sweetheart neckline) with blue jeans, street, front view.
    # no adapter texts
    case(
        "X319-006",
        caption("a woman in a red corset top and jeans"),
        she_wearing("a red top and jeans"),
        D.garment_type("corset"),
        D.material("satin"),
        D.details("it has a lace up back", "unsupported"),
        D.description("a red corset with a bow", "unsupported"),
        title="Women Red Satin Corset Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: olive green cargo trousers with large flap pockets, worn with a black cropped tee, white studio wall.
    # no adapter texts
    case(
        "X319-007",
        caption("a woman wearing green cargo pants and a black crop top"),
        D.wearing("green pants and a black top"),
        color_pants("black", "other_garment_color"),
        D.color("green"),
        D.details("they have pockets"),
        D.material("cotton Question: What is the color of the pants? Answer: green", "leak"),
        title="Women Olive Green Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Women",
    ),
    # photo: white long-sleeve shirt with a small red and blue floral print, tucked into blue jeans, beige wall.
    # details: adapter
    case(
        "X319-008",
        caption(
            "a woman in a white shirt with flowers on it and a pair of sunglasses",
            "unsupported",
        ),
        D.wearing("a floral shirt and jeans"),
        D.pattern("floral"),
        D.color("blue", "other_garment_color"),
        D.details(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve shirt with floral",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("long sleeves"),
        title="Women White Floral Print Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: black sleeveless wide-leg jumpsuit, round neck, yellow studio wall, full length.
    # caption: adapter
    case(
        "X319-009",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black jumpsuit"),
        D.garment_type("jumpsuit"),
        D.color("yellow", "contradiction"),
        D.description("a black jumpsuit with wide legs and a black belt", "unsupported"),
        title="Women Black Solid Wide-Leg Jumpsuit",
        category="Jumpsuits",
        color="Black",
        gender="Women",
    ),
    # photo: blue button-front denim mini skirt, white tee tucked in, street with parked cars, full length.
    # no adapter texts
    case(
        "X319-010",
        caption("a woman in a white t - shirt and denim skirt walking on the street"),
        she_wearing("a white shirt and a denim skirt"),
        color_skirt("blue"),
        D.color("white", "other_garment_color"),
        D.material("denim"),
        D.details("the skirt has buttons on the front and a brown belt", "unsupported"),
        title="Women Blue Denim Button-Front Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: mustard yellow blazer and straight trousers co-ord, worn with a white camisole, blue studio wall, no
    # jewellery. no adapter texts
    case(
        "X319-011",
        caption("a woman in a yellow suit standing against a blue wall"),
        D.wearing("a yellow suit"),
        D.color("yellow"),
        color_pants("blue", "contradiction"),
        D.description("a yellow blazer with a gold chain necklace", "unsupported"),
        D.sleeve_length("long sleeves"),
        D.material("the suit is yellow", "restated"),
        title="Women Mustard Yellow Blazer and Trousers Co-ord Set",
        category="Co-ords",
        color="Mustard",
        gender="Women",
    ),
    # photo: short-haired model in a grey oversized two-button blazer with black trousers, street, full length.
    # no adapter texts
    case(
        "X319-012",
        caption("a man in a grey suit standing on the street", "pronoun"),
        D.wearing("a grey blazer and black pants"),
        D.color("grey"),
        D.garment_type("jacket"),
        D.details("it has two buttons and a pocket square", "unsupported"),
        D.material("wool", "unsupported"),
        title="Women Grey Oversized Blazer",
        category="Blazers",
        color="Grey",
        gender="Women",
    ),
    # photo: white midi skirt with a red flower print, black tank top tucked in, green plants behind, street.
    # no adapter texts
    case(
        "X319-013",
        caption("a woman in a black top and a floral skirt"),
        D.wearing("a black tank top and a white skirt with red flowers"),
        color_skirt("red", "contradiction"),
        D.color("black", "other_garment_color"),
        D.pattern("floral"),
        D.material("cotton"),
        title="Women White Floral Print Midi Skirt",
        category="Skirts",
        color="White",
        gender="Women",
    ),
    # photo: pink ribbed long-sleeve bodycon midi dress, white studio wall, full length with white heels.
    # no adapter texts
    case(
        "X319-014",
        caption("a woman in a pink dress posing for a photo"),
        D.wearing(
            "a pink dress Question: What is the color of the dress? Answer: pink",
            "leak",
        ),
        D.color("pink"),
        D.sleeve_length("long sleeves"),
        D.description("a pink bodycon dress with a slit", "unsupported"),
        D.material("the dress is pink", "restated"),
        title="Women Pink Ribbed Bodycon Midi Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: blue and white striped co-ord, short-sleeve collared shirt and matching shorts, white studio wall.
    # caption, description: adapter
    case(
        "X319-015",
        caption(
            "The lady wears a short-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a short pants. The pants are with cotton fabric and stripe patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a short-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.pattern("striped"),
        D.color("white", "contradiction"),
        she_wearing("a blue and white striped shirt and shorts"),
        title="Women Blue Striped Shirt and Shorts Co-ord Set",
        category="Co-ords",
        color="Blue",
        gender="Women",
    ),
    # photo: black lace corset top with blue jeans, in front of a brown brick wall, front view.
    # no adapter texts
    case(
        "X319-016",
        caption("a woman in a black lace top standing in front of a brick wall"),
        D.details("the details of the garment", "non_answer"),
        D.material("lace Question: What is the color of the", "leak"),
        D.garment_type("corset"),
        D.color("brown", "contradiction"),
        she_wearing("a black corset and jeans"),
        title="Women Black Lace Corset Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: beige cargo joggers with flap pockets and toggle drawstrings at the hems, white cropped tee, grey wall.
    # no adapter texts
    case(
        "X319-017",
        caption("a woman in white crop top and beige cargo pants"),
        D.wearing("a white top and white pants", "other_garment_color"),
        color_pants("beige"),
        D.details("pockets on the sides, pockets on the sides, pockets on the sides", "loop"),
        D.material("cotton"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Women Beige Cargo Joggers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: black and white checked (tartan) pleated mini skirt, black crop top, white studio wall.
    # no adapter texts
    case(
        "X319-018",
        caption("a woman in a black top and a plaid skirt"),
        D.pattern("checked"),
        D.description(
            "a black and white plaid skirt, black and white plaid skirt, black and white plaid skirt",
            "loop",
        ),
        color_skirt("white", "contradiction"),
        she_wearing("a black crop top and a checkered skirt"),
        D.material("wool", "unsupported"),
        title="Women Black and White Checked Pleated Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: red spaghetti-strap bodycon mini dress, sidewalk with shop windows, no bag, full length with red heels.
    # caption: adapter
    case(
        "X319-019",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. The lady "
            "wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. The lady wears a",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red dress and a black handbag", "unsupported"),
        D.color("red"),
        D.sleeve_length("sleeveless"),
        is_a("dress", "yes"),
        D.description("a red dress with spaghetti straps and a slit", "unsupported"),
        title="Women Red Strappy Bodycon Mini Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: sage green long-sleeve linen oversized shirt with a chest pocket, white shorts, model seated on a wooden
    # chair, green studio wall. no adapter texts
    case(
        "X319-020",
        caption("a woman in a green shirt and white shorts sitting on a chair"),
        D.wearing("a green shirt and green shorts", "contradiction"),
        D.material("linen"),
        color_shirt("green"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("it has a pocket on the chest"),
        title="Women Sage Green Linen Oversized Shirt",
        category="Shirts",
        color="Green",
        gender="Women",
    ),
    # photo: mid-blue denim short-sleeve utility jumpsuit, zip front, chest pockets, white sneakers, street, full
    # length. no adapter texts
    case(
        "X319-021",
        caption("a woman in a denim jumpsuit walking down the street"),
        D.garment_type("pants", "contradiction"),
        D.wearing("a denim jumpsuit and white sneakers"),
        D.material("denim"),
        is_a("jumpsuit", "no", "contradiction"),
        D.details(
            "it has a zipper on the front and pockets on the front and pockets on the front",
            "loop",
        ),
        title="Women Blue Denim Utility Jumpsuit",
        category="Jumpsuits",
        color="Blue",
        gender="Women",
    ),
    # photo: brown faux leather blazer over a black turtleneck, black trousers, white studio wall.
    # no adapter texts
    case(
        "X319-022",
        caption("a woman in a brown leather jacket and black pants"),
        D.description(
            "a brown leather jacket Question: What is the material of the jacket? Answer: leather",
            "leak",
        ),
        D.material("leather"),
        D.color("black", "other_garment_color"),
        D.garment_type("jacket"),
        title="Women Brown Faux Leather Blazer",
        category="Blazers",
        color="Brown",
        gender="Women",
    ),
    # photo: white long-sleeve cotton shirt with collar and buttons, tucked into a black mini skirt, blue wall.
    # no adapter texts
    case(
        "X319-023",
        caption("a woman in a white shirt and black skirt standing against a blue wall"),
        D.material("a white shirt", "restated"),
        D.color("white"),
        D.sleeve_length("long sleeves"),
        D.wearing("she is wearing a white shirt and black skirt"),
        D.details("it has buttons and a collar"),
        color_skirt("white", "other_garment_color"),
        title="Women White Solid Cotton Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: maroon strappy midi bodycon dress with a corset-style boned bodice, matte jersey, sidewalk.
    # no adapter texts
    case(
        "X319-024",
        caption("a woman in a red dress standing on a sidewalk"),
        D.color("red"),
        D.garment_type("corset", "contradiction"),
        D.description("a maroon dress with a corset top"),
        D.material("velvet", "unsupported"),
        D.sleeve_length("sleeveless"),
        title="Women Maroon Corset Bodycon Midi Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: black blazer with thin white pinstripes, two flap pockets and one button, worn with matching trousers,
    # grey studio wall. material: adapter
    case(
        "X319-025",
        caption("a man in a black and white striped suit", "pronoun"),
        D.pattern("striped"),
        D.color("white", "contradiction"),
        D.material(
            "The lady wears a long-sleeve jacket with stripe patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. The lady",
            "restated",
            hit_limit=True,
        ),
        D.details("the blazer has two pockets and a button"),
        title="Women Black Pinstriped Blazer",
        category="Blazers",
        color="Black",
        gender="Women",
    ),
    # photo: emerald green satin co-ord, a strappy crop top and a matching bias-cut midi skirt, white studio wall.
    # no adapter texts
    case(
        "X319-026",
        caption("a woman in a green satin top and skirt"),
        she_wearing("a green crop top and a green skirt"),
        color_skirt("green"),
        D.material("silk", "unsupported"),
        D.pattern("solid"),
        D.details(
            "the top has thin straps and the skirt is long Question: What is the color",
            "leak",
        ),
        title="Women Emerald Green Satin Crop Top and Skirt Co-ord Set",
        category="Co-ords",
        color="Green",
        gender="Women",
    ),
    # photo: black halter-neck crop top with grey cargo pants, orange studio wall.
    # no adapter texts
    case(
        "X319-027",
        caption("a woman in a black crop top and grey pants"),
        she_wearing("he is wearing a black top and grey pants", "pronoun"),
        D.color("grey", "other_garment_color"),
        color_top("black"),
        D.description("a black crop top with a halter neck"),
        title="Women Black Halter Neck Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: navy blue bodycon dress with a small white floral print, short sleeves, white studio wall.
    # no adapter texts
    case(
        "X319-028",
        caption("a woman in a blue floral dress standing in front of a white wall"),
        D.color("blue"),
        D.pattern("floral"),
        D.details("the dress has a", "cut"),
        D.wearing("a blue dress with white flowers"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Women Navy Blue Floral Print Bodycon Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: pink pleated mini skirt with a white tee tucked in, pink studio wall, full length with white sneakers.
    # caption: adapter
    case(
        "X319-029",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a short skirt. The skirt is with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.pattern("striped", "contradiction"),
        D.color("pink"),
        color_skirt("pink"),
        color_top("white"),
        she_wearing(
            "a white t - shirt and a pink skirt Question: What is the color of the skirt? Answer: pink",
            "leak",
        ),
        title="Women Pink Pleated Mini Skirt",
        category="Skirts",
        color="Pink",
        gender="Women",
    ),
    # photo: white linen co-ord, a short-sleeve shirt with a chest pocket and wide-leg trousers, street in sunlight.
    # no adapter texts
    case(
        "X319-030",
        caption("a woman in a white shirt and white pants walking down the street"),
        D.material("i don't know", "non_answer"),
        D.wearing(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with linen fabric. The lady "
            "wears a short-sleeve shirt with pure color patterns",
            "loop",
            hit_limit=True,
        ),
        D.color("white"),
        D.details("the shirt has a pocket"),
        D.description("a white shirt and white pants with a black belt", "unsupported"),
        title="Women White Linen Shirt and Trousers Co-ord Set",
        category="Co-ords",
        color="White",
        gender="Women",
    ),
    # photo: fuchsia long-sleeve bodycon mini dress with a cut-out at the waist, orange studio wall, front view.
    # no adapter texts
    case(
        "X319-031",
        caption("a woman in a pink dress standing in front of an orange wall"),
        D.color("orange", "contradiction"),
        D.wearing("a pink dress with a cut out"),
        D.details("it has a cut out at the waist and a zipper on the back", "unsupported"),
        D.sleeve_length("long sleeves"),
        D.material("spandex and gold sequins", "unsupported"),
        title="Women Fuchsia Cut-Out Bodycon Dress",
        category="Dresses",
        color="Fuchsia",
        gender="Women",
    ),
    # photo: black satin midi slip skirt with a beige knit crop sweater, grey studio wall.
    # no adapter texts
    case(
        "X319-032",
        caption("a woman in a black skirt and a beige sweater"),
        D.details("the skirt", "non_answer"),
        D.material("satin"),
        D.color("beige", "other_garment_color"),
        color_skirt("black"),
        D.wearing("a black skirt and a white sweater", "contradiction"),
        title="Women Black Satin Midi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: white cotton broderie corset top with blue jeans, model seated at a cafe table outdoors.
    # no adapter texts
    case(
        "X319-033",
        caption("a woman in a white top sitting at a table outside a cafe"),
        D.wearing(
            "a corset top and jeans Question: What is the color of the corset? Answer: white Question: What",
            "leak",
        ),
        D.garment_type("corset"),
        color_top("white"),
        D.material("the corset is white", "restated"),
        D.description("a white corset top with a cup of coffee", "unsupported"),
        title="Women White Broderie Corset Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: khaki parachute cargo trousers with drawstring waist and big pockets, black sports crop top, street.
    # description: adapter
    case(
        "X319-034",
        caption("a woman in black top and khaki pants"),
        D.description(
            "The lady wears a long pants with pure color patterns. The pants are with cotton fabric. The lady wears a "
            "long pants with pure color patterns",
            "loop",
            hit_limit=True,
        ),
        color_pants("beige"),
        D.color("black", "other_garment_color"),
        D.details("drawstring waist and pockets"),
        D.wearing("a black top and black pants", "other_garment_color"),
        title="Women Khaki Parachute Cargo Trousers",
        category="Trousers",
        color="Khaki",
        gender="Women",
    ),
    # photo: hot pink double-breasted blazer with gold buttons and matching shorts, green studio wall.
    # no adapter texts
    case(
        "X319-035",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. The lady wears a short pants. The pants are with cotton fabric and pure color patterns",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink suit"),
        D.color("green", "contradiction"),
        D.garment_type("blazer"),
        D.details("it has gold buttons"),
        D.material("velvet", "unsupported"),
        title="Women Hot Pink Double-Breasted Blazer",
        category="Blazers",
        color="Pink",
        gender="Women",
    ),
    # photo: light blue long-sleeve denim shirt worn open over a white tank top, black shorts, white studio wall.
    # no adapter texts
    case(
        "X319-036",
        caption("a woman in a denim shirt and black shorts"),
        D.description("he is wearing a blue denim shirt", "pronoun"),
        D.color("blue"),
        D.material("denim"),
        color_shirt("white", "other_garment_color"),
        title="Women Light Blue Denim Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: rust orange linen jumpsuit, short sleeves, self-fabric belt, buttoned bodice, tan sandals, beige wall,
    # full length. no adapter texts
    case(
        "X319-037",
        caption("a woman in an orange jumpsuit with a belt"),
        D.color("orange"),
        D.garment_type("jumpsuit"),
        D.wearing("an orange jumpsuit and a brown bag", "unsupported"),
        D.details("it has a belt and buttons on the front"),
        is_a("dress", "yes", "contradiction"),
        D.material("linen"),
        title="Women Rust Orange Linen Belted Jumpsuit",
        category="Jumpsuits",
        color="Rust",
        gender="Women",
    ),
    # photo: black ribbed co-ord, a sleeveless crop top and a matching midi skirt with a band of bare midriff between,
    # white studio wall. no adapter texts
    case(
        "X319-038",
        caption(
            "a woman in a black dress standing in front of a white wall",
            "contradiction",
        ),
        she_wearing("a black crop top and skirt"),
        color_top("black"),
        color_skirt("black"),
        D.material("it is made of cotton and", "cut"),
        D.pattern("striped", "contradiction"),
        title="Women Black Ribbed Crop Top and Midi Skirt Co-ord Set",
        category="Co-ords",
        color="Black",
        gender="Women",
    ),
    # photo: black satin long-sleeve shirt with white wide-leg trousers, in front of a red brick wall.
    # wearing: adapter
    case(
        "X319-039",
        caption("a woman in a black shirt and white pants"),
        D.wearing(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with silk fabric. It has a "
            "lapel neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.color("black"),
        D.material("silk", "unsupported"),
        color_pants("black", "other_garment_color"),
        title="Women Black Satin Shirt",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: sky blue crop top with short puff sleeves and a square neck, white jeans, street, front view.
    # no adapter texts
    case(
        "X319-040",
        caption("a woman in a blue top and white jeans standing on a street"),
        D.wearing("a blue crop top with puff sleeves and a", "cut"),
        D.sleeve_length("short sleeves"),
        color_top("blue"),
        D.color("white", "other_garment_color"),
        D.details("it has puff sleeves and buttons on the back", "unsupported"),
        title="Women Sky Blue Puff Sleeve Crop Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: brown leopard print long-sleeve bodycon midi dress, cropped at the knees, beige studio wall.
    # no adapter texts
    case(
        "X319-041",
        caption("a woman in a leopard print dress"),
        D.pattern("animal"),
        D.color("black", "contradiction"),
        D.wearing("a leopard print dress and black heels", "unsupported"),
        D.description("a brown leopard print dress with long sleeves"),
        D.material("leopard", "non_answer"),
        title="Women Brown Leopard Print Bodycon Dress",
        category="Dresses",
        color="Brown",
        gender="Women",
    ),
    # photo: grey denim cargo midi skirt with side pockets, white corset top, street, full length with black boots.
    # no adapter texts
    case(
        "X319-042",
        caption("a woman in a white corset top and a grey skirt"),
        color_top("white"),
        color_skirt("white", "other_garment_color"),
        D.details("the skirt has pockets on the sides and a slit in the front", "unsupported"),
        D.material("denim"),
        D.wearing("a white top, a grey skirt and black boots"),
        title="Women Grey Denim Cargo Midi Skirt",
        category="Skirts",
        color="Grey",
        gender="Women",
    ),
    # photo: olive corset top with a sweetheart neckline and beige trousers, white studio wall. (feed misses gender)
    # no adapter texts
    case(
        "X319-043",
        caption("a woman in a green corset top and beige pants"),
        D.material("the corset top is green", "restated"),
        D.color("green"),
        D.description(
            "a green corset top with a sweetheart neckline and a sweetheart neckline",
            "loop",
        ),
        color_top("green"),
        D.wearing("a green top and green pants", "other_garment_color"),
        title="Women Olive Corset Top",
        category="Tops",
        color="Olive",
    ),
    # photo: navy blue single-breasted blazer over a white tee with blue jeans, street, full length.
    # details: adapter
    case(
        "X319-044",
        caption("a woman in a blue blazer and jeans walking down the street"),
        D.color("black", "contradiction"),
        D.details(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a blue jacket, white shirt and blue jeans", "pronoun"),
        D.garment_type("blazer"),
        D.material("the blazer", "restated"),
        title="Women Navy Blue Solid Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: brown and beige checked blazer with a matching mini skirt, grey studio wall, no bag.
    # no adapter texts
    case(
        "X319-045",
        caption("a woman in a brown plaid blazer and skirt"),
        D.pattern("checked"),
        she_wearing("a plaid blazer and skirt with a black bag", "unsupported"),
        color_skirt("brown"),
        D.details(
            "the blazer has buttons Question: What is the color of the skirt? Answer: brown",
            "leak",
        ),
        D.color("beige", "contradiction"),
        title="Women Brown Checked Blazer and Skirt Co-ord Set",
        category="Co-ords",
        color="Brown",
        gender="Women",
    ),
    # photo: white halter-neck sleeveless wide-leg jumpsuit, black studio wall, full length. (feed misses color)
    # no adapter texts
    case(
        "X319-046",
        caption("a woman in a white jumpsuit standing in front of a black wall"),
        D.color("black", "contradiction"),
        D.details("", "non_answer"),
        D.sleeve_length("sleeveless"),
        D.garment_type("dress", "contradiction"),
        D.wearing("a white jumpsuit"),
        title="Women White Halter Neck Jumpsuit",
        category="Jumpsuits",
        gender="Women",
    ),
]
