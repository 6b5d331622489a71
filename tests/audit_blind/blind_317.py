"""BLIND_317 (46 products; DeepFashion In-shop style women's and men's clothes on white backdrops): written blind in the
forty-third session. Measured blind at 7fbfe5f (the session's rules as they stood): 112/125 failures found (89.6%)
and 5/158 correct texts flagged (3.2%). The writer's notes, verbatim:

Scenario: a DeepFashion In-shop style catalog feed (Forever 21 like titles) of women's and men's clothes shot on plain
white studio backdrops: tees and tanks, blouses, shirts and polos, sweaters and cardigans, jackets and coats, dresses,
skirts, shorts, pants and jeans. Most photos are front views of a model in a full outfit (the product plus the other
garments of the look); a few are side or back views and one is a flat lay with no model. Each row has the seller's
title, category (In-shop style: Tees_Tanks, Blouses_Shirts, Denim, Jackets_Vests ...), free-form color (Navy, Taupe,
Heather grey, Cream-pink, Black-white ...) and gender; a few rows miss the gender or the color, as real feeds do.

Who wrote what: every caption comes from the experiments' caption-only LoRA adapter (the DeepFashion-MultiModal
template: "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric ...").
It was trained without an end-of-answer token, so every caption runs to the 50-token limit (hit_limit=True) and ends
cut mid-sentence or looping back to its first sentence. The open questions (wearing, description, details, material)
are answered by the untuned base Salesforce/blip2-opt-2.7b: short, lowercase, stopping on its own (never hit_limit).
The closed questions (garment_type, color, pattern, sleeve_length, the per-piece color questions and "Is this a
...?") are enrich's `--engine reference` answers, picked from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Adapter captions: one that returns to a sentence it already wrote is loop; one that stops mid-sentence without
  repeating is cut. Where the template misnames the garment or contradicts its sleeves or pattern (long pants for
  shorts, a tank top and skirt for a slip dress, short-sleeve for a sleeveless tank, pure color for stripes or
  colour block) that is contradiction (the auditor sees it first), hit_limit kept. The template's fabric guesses and
  its stock "accessory on her wrist" before the cut are not labelled separately (one kind per text). The flat-lay
  caption that invents "the lady" is labelled by its loop.
- Shade words are correct for the seller's color: blue for navy or teal, green for teal, olive, mint or emerald, red
  for burgundy, pink or orange for coral, pink for blush, white or beige for cream and ivory, beige or brown for taupe,
  khaki and camel, yellow for mustard, purple for lavender, grey for heather grey or charcoal.
- A color that belongs to another garment in the photo (the tee under the jacket, the jeans under the tee, the blouse
  tucked into the skirt) given as the product's color is other_garment_color, closed or open. A color no garment has
  for that piece ("white jeans" for light-blue jeans, "blue shorts" for khaki ones) is contradiction, and so is the
  print's color given as the garment's (white for a black tee with a white skull, green for a navy leaf print), and
  grey for black-and-white gingham.
- Layered outfits named piece by piece in their own colors are correct ("a black leather jacket and a white t-shirt").
  A prop that is in the photo (a straw bag) is correct; an item that is not (a belt, a necklace, a logo on a plain
  back, a chest pocket, rips, a zipper on a pullover, a slit) is unsupported.
- Garment synonyms are correct: coat for a puffer jacket, sweater for a cardigan, top for a blouse, t-shirt or shirt
  for a henley, shirt dress for a chambray dress. The reference engine's wrong class (pants for shorts, jeans for
  chinos, dress for a trench coat, shirt for a shirt dress) is contradiction. Pleats or cable-knit ribs answered
  "striped" is contradiction; the tee's stripes given as the pattern of denim shorts is contradiction too.
- Materials: one the title names (chiffon, linen, wool, satin, nylon, denim, flannel) is correct; leather for faux
  leather and faux suede is correct; denim for chambray is correct; wool for a knit sweater, cotton for a plain tee or
  twill shorts and knit for a knit top are correct guesses. A material contradicting the title (silk for chiffon) or
  neither named nor visible (silk on a jersey wrap dress, leather on a cotton trench) is unsupported.
- Non-answers: an empty answer, "the details of the garment", "they are short", "it is made of fabric", "the jacket
  is made of a material". A material question answered with the garment's name ("a red polka dot shirt", "a grey
  henley shirt") and "the jeans are black jeans" for the details are restated. A base answer stopping after "it is
  made of" or "the top has ruffles on the" is cut without hit_limit. Base answers that repeat a phrase ("grey jeans
  and grey jeans and grey jeans") are loop without hit_limit.
- Base answers that run on into "Question: ... Answer: ..." are leak even where the first words are right.
- "he" for a woman, "she" or "a woman" for a man is pronoun. "there is no one in the picture" for the flat lay is a
  correct answer to "What is the person wearing?".
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_top = question("color_top", "What is the color of the top?", "closed")

BLIND_317 = [
    # photo: woman in a white short-sleeve crew-neck tee tucked into light-blue skinny jeans, white backdrop, front.
    # caption: adapter
    case(
        "X317-001",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and white jeans", "contradiction"),
        D.garment_type("t-shirt"),
        D.color("white"),
        D.sleeve_length("short sleeves"),
        D.material("cotton"),
        title="Classic Crew Neck Tee",
        category="Tees_Tanks",
        color="White",
        gender="Women",
    ),
    # photo: woman in a navy sleeveless chiffon blouse with a keyhole neck, white shorts, white backdrop, front.
    # caption: adapter
    case(
        "X317-002",
        caption(
            "The lady wears a tank tank top with pure color patterns. The tank top is with chiffon fabric. It has a "
            "round neckline. The lady wears a tank tank top with pure color patterns. The tank top is with chiffon",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue top and white shorts"),
        D.color("black", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.details("it has a keyhole in the front"),
        D.material("silk", "unsupported"),
        title="Keyhole Chiffon Blouse",
        category="Blouses_Shirts",
        color="Navy",
        gender="Women",
    ),
    # photo: man in a heather grey crew-neck pullover sweater and dark-wash jeans, white backdrop, front.
    # caption: adapter
    case(
        "X317-003",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey sweater and jeans"),
        color_jeans("grey", "other_garment_color"),
        D.garment_type("sweater"),
        D.details("the sweater has a zipper on the front", "unsupported"),
        D.material("wool"),
        title="Marled Knit Sweater",
        category="Sweaters",
        color="Heather grey",
        gender="Men",
    ),
    # photo: woman in a short-sleeve skater dress, cream ground with pink and red roses, no belt, white backdrop.
    # caption: adapter
    case(
        "X317-004",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a short-sleeve dress with floral patterns. The dress is with cotton "
            "fabric. It",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white dress with pink flowers"),
        D.color("white"),
        D.pattern("floral"),
        D.description("a white and pink floral dress with a black belt", "unsupported"),
        D.material("it is made of", "cut"),
        title="Rose Print Skater Dress",
        category="Dresses",
        color="Cream-pink",
        gender="Women",
    ),
    # photo: man in an open black faux-leather moto jacket (zips, pockets) over a white tee, black jeans, front.
    # caption: adapter
    case(
        "X317-005",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black leather jacket and a white t-shirt"),
        D.color("white", "other_garment_color"),
        D.garment_type("jacket"),
        D.material("leather"),
        D.details("it has a zipper and pockets"),
        D.description(
            "he is wearing a black jacket Question: what is he wearing? Answer: a black jacket",
            "leak",
        ),
        title="Faux Leather Moto Jacket",
        category="Jackets_Vests",
        color="Black",
        gender="Men",
    ),
    # photo: woman in olive cuffed twill shorts and a black tank top, white backdrop, front.
    # caption: adapter
    case(
        "X317-006",
        caption(
            "The lady wears a tank tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black tank top and green shorts"),
        color_shorts("black", "other_garment_color"),
        D.garment_type("shorts"),
        D.details("they are short", "non_answer"),
        D.material("cotton"),
        title="Cuffed Twill Shorts",
        category="Shorts",
        color="Olive",
        gender="Women",
    ),
    # photo: man in a navy-and-white striped pique polo (collar, button placket) and khaki shorts, white backdrop.
    # caption: adapter
    case(
        "X317-007",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue and white striped shirt and blue shorts", "contradiction"),
        D.pattern("striped"),
        D.color("blue"),
        D.sleeve_length("short sleeves"),
        D.details("the shirt has a collar and buttons"),
        title="Striped Pique Polo",
        category="Shirts_Polos",
        color="Navy-white",
        gender="Men",
    ),
    # photo: woman in a burgundy ribbed turtleneck sweater and a black mini skirt, white backdrop, front.
    # caption: adapter
    case(
        "X317-008",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a stand neckline. The lady wears a short skirt. The skirt is with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red sweater and a black skirt"),
        D.color("red"),
        color_skirt("red", "other_garment_color"),
        D.description("he is wearing a red turtleneck sweater", "pronoun"),
        D.material("knit"),
        title="Ribbed Turtleneck Sweater",
        category="Sweaters",
        color="Burgundy",
        gender="Women",
    ),
    # photo: man in light-wash slim jeans (no rips) and a plain grey tee, white sneakers, white backdrop, front.
    # caption: adapter
    case(
        "X317-009",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a short-sleeve T-shirt with pure color patterns. The "
            "T-shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey t-shirt and blue jeans"),
        D.garment_type("jeans"),
        D.color("blue"),
        color_shirt("blue", "other_garment_color"),
        D.details("the jeans are ripped at the knees", "unsupported"),
        D.material("denim"),
        title="Slim Light Wash Jeans",
        category="Denim",
        color="Light denim",
        gender="Men",
    ),
    # photo: woman in a mustard pleated midi skirt with a white long-sleeve blouse tucked in, white backdrop, front.
    # caption: adapter
    case(
        "X317-010",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "lapel neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt tucked into a yellow skirt"),
        D.color("white", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        D.garment_type("skirt"),
        D.material("a yellow skirt", "restated"),
        title="Pleated Midi Skirt",
        category="Skirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in a white long-sleeve oxford button-down shirt and navy chinos, white backdrop, front.
    # caption: adapter
    case(
        "X317-011",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The pants this gentleman wears is of long length. The pants are with cotton fabric "
            "and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and blue pants"),
        D.color("white"),
        color_pants("white", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.details("a white shirt Question: what color is the shirt? Answer: white", "leak"),
        title="Oxford Button-Down Shirt",
        category="Shirts_Polos",
        color="White",
        gender="Men",
    ),
    # photo: woman in a coral cami with lace trim at the neckline and white jeans, white backdrop, front.
    # caption: adapter
    case(
        "X317-012",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a V-shape neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a pink tank top and white jeans"),
        D.color("orange"),
        D.sleeve_length("sleeveless"),
        D.details("lace trim on the neckline"),
        D.description("he is wearing a pink tank top", "pronoun"),
        title="Lace-Trim Cami",
        category="Tees_Tanks",
        color="Coral",
        gender="Women",
    ),
    # photo: man in an olive utility field jacket (four flap pockets, zip) over a black tee, black pants, front.
    # caption: adapter
    case(
        "X317-013",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is "
            "with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green jacket and black pants"),
        D.color("black", "other_garment_color"),
        D.garment_type("jacket"),
        D.details("it has four pockets on the front and a zipper"),
        D.material("the jacket is made of a material", "non_answer"),
        title="Utility Field Jacket",
        category="Jackets_Vests",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a black-and-white gingham long-sleeve button-up shirt and black skinny pants, white backdrop.
    # caption: adapter
    case(
        "X317-014",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black and white checkered shirt and black pants"),
        D.pattern("plaid"),
        D.color("grey", "contradiction"),
        D.description("a black and white checkered shirt with a collar and buttons down the front"),
        D.material("cotton"),
        title="Gingham Button-Up Shirt",
        category="Blouses_Shirts",
        color="Black-white",
        gender="Women",
    ),
    # photo: man in khaki chino shorts (slant pockets) and a navy crew-neck tee, white backdrop, front.
    # caption: adapter
    case(
        "X317-015",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue t-shirt and blue shorts", "contradiction"),
        color_shorts("beige"),
        D.garment_type("pants", "contradiction"),
        D.details("the shorts have pockets"),
        is_a("pair of shorts", "yes"),
        title="Classic Chino Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in a teal long-sleeve jersey wrap dress, knee length, tie at the waist, white backdrop, side view.
    # caption: adapter
    case(
        "X317-016",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon "
            "fabric. It",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue dress"),
        D.color("green"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("the dress has a v-neck and a tie at the waist"),
        D.material("silk", "unsupported"),
        title="Surplice Wrap Dress",
        category="Dresses",
        color="Teal",
    ),
    # photo: man in a black tee with a large white skull print and grey jeans, white backdrop, front.
    # caption: adapter
    case(
        "X317-017",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black t-shirt with a skull on it"),
        D.color("white", "contradiction"),
        D.pattern("graphic"),
        D.description(
            "a black t-shirt with a white skull on the front and grey jeans and grey jeans and grey jeans",
            "loop",
        ),
        D.material("cotton"),
        title="Skull Graphic Tee",
        category="Tees_Tanks",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a cropped light-blue denim jacket over a white midi sundress with small blue flowers, no belt.
    # caption: adapter
    case(
        "X317-018",
        caption(
            "The lady wears a long-sleeve denim jacket with pure color patterns. The jacket is with denim fabric. It "
            "has a lapel neckline. The lady wears a long dress. The dress is with chiffon fabric and floral patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a denim jacket and a white dress"),
        D.color("white", "other_garment_color"),
        D.garment_type("jacket"),
        D.material("denim"),
        D.description("a blue denim jacket with a white dress and a brown belt", "unsupported"),
        title="Cropped Denim Jacket",
        category="Jackets_Coats",
        color="Light blue",
        gender="Women",
    ),
    # photo: man in charcoal slim-fit trousers and a white crew-neck tee, white backdrop, front.
    # caption: adapter
    case(
        "X317-019",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The trousers the gentleman wears is of long length. The trousers the gentleman "
            "wears is of long",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and grey pants"),
        color_pants("grey"),
        D.color("white", "other_garment_color"),
        D.details("", "non_answer"),
        D.garment_type("pants"),
        title="Slim Fit Trousers",
        category="Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in black high-rise skinny jeans and a grey sweater, white backdrop, back view (two back pockets).
    # caption: adapter
    case(
        "X317-020",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The pants the lady wears is of long length. The pants are with denim fabric and "
            "pure color patterns",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a grey sweater and black jeans", "pronoun"),
        color_jeans("black"),
        D.details("the jeans have two back pockets"),
        D.color("grey", "other_garment_color"),
        D.material("denim"),
        D.pattern("solid"),
        title="High-Rise Skinny Jeans",
        category="Denim",
        color="Black",
        gender="Women",
    ),
    # photo: man in a white ribbed sleeveless muscle tank and black shorts, white backdrop, front.
    # caption: adapter
    case(
        "X317-021",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a woman in a white tank top and black shorts", "pronoun"),
        D.garment_type("tank top"),
        D.sleeve_length("sleeveless"),
        D.color("white"),
        D.description("a man in a white tank top"),
        title="Ribbed Muscle Tank",
        category="Tees_Tanks",
        color="White",
        gender="Men",
    ),
    # photo: woman in a red short-sleeve peasant blouse with white polka dots, tucked into blue jeans, white backdrop.
    # caption: adapter
    case(
        "X317-022",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an accessory on her wrist. She",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red and white polka dot shirt and jeans"),
        D.pattern("polka dot"),
        D.color("red"),
        D.details("the details of the garment", "non_answer"),
        D.material("a red polka dot shirt", "restated"),
        title="Polka Dot Peasant Blouse",
        category="Blouses_Shirts",
        color="Red-white",
        gender="Women",
    ),
    # photo: man in a zipped red hooded puffer jacket, black jeans, no hat (the hood is down), white backdrop, front.
    # caption: adapter
    case(
        "X317-023",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a hooded neckline. There is a hat on his head. There is a hat on his head. There is a hat on his",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red jacket and black jeans"),
        D.color("red"),
        D.details("the jacket has a hood and a zipper"),
        D.material("the jacket is made of", "cut"),
        D.garment_type("coat"),
        title="Hooded Puffer Jacket",
        category="Jackets_Vests",
        color="Red",
        gender="Men",
    ),
    # photo: woman in an open ivory cable-knit button cardigan over a black camisole, blue jeans, white backdrop.
    # caption: adapter
    case(
        "X317-024",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a V-shape neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white cardigan and a black top"),
        D.color("black", "other_garment_color"),
        D.garment_type("sweater"),
        D.details("it has buttons down the front and a cable knit pattern"),
        D.pattern("striped", "contradiction"),
        title="Cable Knit Cardigan",
        category="Sweaters",
        color="Ivory",
        gender="Women",
    ),
    # photo: man in a buttoned blue-and-green plaid flannel shirt and blue jeans, white backdrop, front.
    # caption: adapter
    case(
        "X317-025",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue plaid shirt and jeans"),
        D.pattern("plaid"),
        D.color("blue"),
        D.material("flannel"),
        D.description(
            "he is wearing a blue plaid shirt Question: what is he wearing? Answer: a blue plaid shirt",
            "leak",
        ),
        title="Plaid Flannel Shirt",
        category="Shirts_Polos",
        color="Blue-green",
        gender="Men",
    ),
    # photo: woman in a black faux-suede A-line mini skirt (plain front, no pockets), white tee tucked in, front.
    # caption: adapter
    case(
        "X317-026",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with leather fabric and pure color "
            "patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a white shirt and black skirt"),
        color_skirt("black"),
        D.garment_type("skirt"),
        D.material("leather"),
        D.details("the skirt has a zipper in the front and two pockets", "unsupported"),
        title="Faux Suede A-Line Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: man in navy slim chino pants and a white long-sleeve shirt, brown shoes, white backdrop, front.
    # caption: adapter
    case(
        "X317-027",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The gentleman wears a long trousers. The "
            "gentleman wears a long",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white shirt and blue pants"),
        color_pants("blue"),
        D.color("black", "contradiction"),
        D.garment_type("jeans", "contradiction"),
        D.material("cotton"),
        title="Slim Chino Pants",
        category="Pants",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in a blush off-the-shoulder top with short ruffled sleeves and white denim shorts, front.
    # caption: adapter
    case(
        "X317-028",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "suspenders neckline. The lady wears a three-point shorts. The shorts are with denim fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink top and white shorts"),
        D.color("pink"),
        D.details("the top has ruffles on the", "cut"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description("an off the shoulder top"),
        title="Off-the-Shoulder Ruffle Top",
        category="Blouses_Shirts",
        color="Blush",
        gender="Women",
    ),
    # photo: man in a heather grey long-sleeve waffle-knit henley (three buttons) and dark-blue jeans, front.
    # caption: adapter
    case(
        "X317-029",
        caption(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The pants this gentleman wears is of long length. The pants are with denim "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey shirt and jeans"),
        D.color("grey"),
        D.sleeve_length("long sleeves"),
        D.details("it has three buttons"),
        color_jeans("grey", "other_garment_color"),
        D.material("a grey henley shirt", "restated"),
        title="Waffle Knit Henley",
        category="Tees_Tanks",
        color="Heather grey",
        gender="Men",
    ),
    # photo: woman in an emerald satin sleeveless slip dress, midi length, no slit, no jewelry, white backdrop, front.
    # caption: adapter
    case(
        "X317-030",
        caption(
            "The lady wears a tank tank top with pure color patterns. The tank top is with satin fabric. The lady "
            "wears a long skirt. The skirt is with satin fabric and pure color patterns. There is an accessory on her "
            "wrist. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a green dress and a necklace", "unsupported"),
        D.color("green"),
        D.material("satin"),
        is_a("dress", "yes"),
        D.details("it has a slit on the side and a belt", "unsupported"),
        title="Satin Slip Dress",
        category="Dresses",
        color="Emerald",
        gender="Women",
    ),
    # photo: man in a cream cable-knit crew sweater and khaki chinos, white backdrop, front.
    # caption: adapter
    case(
        "X317-031",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a round neckline. The gentleman wears a long-sleeve sweater with pure color patterns. The sweater "
            "is with knitting",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white sweater and khaki pants"),
        D.color("beige"),
        color_pants("white", "other_garment_color"),
        D.details("she is wearing a white sweater", "pronoun"),
        D.material("wool"),
        title="Cable Knit Crew Sweater",
        category="Sweaters",
        color="Cream",
        gender="Men",
    ),
    # photo: woman in medium-wash frayed denim cutoff shorts and a navy-and-white striped tee, white backdrop, front.
    # caption: adapter
    case(
        "X317-032",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a three-point shorts. The shorts are with denim fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a striped shirt and denim shorts"),
        color_shorts("blue"),
        D.pattern("striped", "contradiction"),
        D.details("the shorts are frayed at the bottom"),
        D.material("denim"),
        title="Frayed Denim Cutoffs",
        category="Shorts",
        color="Medium wash",
        gender="Women",
    ),
    # photo: man in a white short-sleeve linen shirt (no chest pocket) and navy shorts, white backdrop, front.
    # caption: adapter
    case(
        "X317-033",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with linen fabric. It "
            "has a lapel neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns. His",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and white shorts", "contradiction"),
        D.color("white"),
        D.sleeve_length("short sleeves"),
        D.material("linen"),
        D.details("the shirt has a pocket on the chest and a collar", "unsupported"),
        title="Linen Short Sleeve Shirt",
        category="Shirts_Polos",
        gender="Men",
    ),
    # photo: woman in a taupe knee-length belted cotton trench coat over a black top and pants, white backdrop, front.
    # caption: adapter
    case(
        "X317-034",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton "
            "fabric. It",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a beige trench coat"),
        D.color("brown"),
        D.garment_type("dress", "contradiction"),
        D.details("the coat has a belt and buttons"),
        D.material("leather", "unsupported"),
        title="Belted Cotton Trench Coat",
        category="Jackets_Coats",
        color="Taupe",
        gender="Women",
    ),
    # photo: man in black skinny jeans, a black tee and white sneakers, white backdrop, front.
    # caption: adapter
    case(
        "X317-035",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with denim fabric and pure "
            "color patterns. He wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black shirt and black jeans"),
        D.color("black"),
        D.garment_type("jeans"),
        D.details("the jeans are black jeans", "restated"),
        D.material("", "non_answer"),
        D.pattern("solid"),
        title="Skinny Black Jeans",
        category="Denim",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a lavender chiffon maxi skirt and a white tank top, holding a straw bag, white backdrop, front.
    # caption: adapter
    case(
        "X317-036",
        caption(
            "The lady wears a tank tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color patterns. "
            "There is an accessory in her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white tank top and a white skirt", "contradiction"),
        color_skirt("purple"),
        D.description("a woman in a long purple skirt holding a straw bag"),
        D.color("white", "other_garment_color"),
        D.material("chiffon"),
        title="Chiffon Maxi Skirt",
        category="Skirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in a raglan baseball tee, grey body with navy three-quarter sleeves, and jeans, white backdrop.
    # caption: adapter
    case(
        "X317-037",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with denim fabric and pure "
            "color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a grey and blue shirt and jeans"),
        D.pattern("color block"),
        D.sleeve_length("three-quarter sleeves"),
        D.color("grey"),
        D.details("the sleeves are navy blue"),
        title="Raglan Baseball Tee",
        category="Tees_Tanks",
        color="Grey-navy",
        gender="Men",
    ),
    # photo: woman in a black long-sleeve square-neck bodycon midi dress, white backdrop, side view.
    # caption: adapter
    case(
        "X317-038",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton "
            "fabric. It",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black dress"),
        D.color("black"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.description(
            "a black dress with long sleeves Question: what is the color of the dress? Answer: black",
            "leak",
        ),
        D.material("it is made of fabric", "non_answer"),
        title="Square Neck Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: man in a camel wool-blend topcoat (buttoned) over a grey sweater, black pants, white backdrop, front.
    # caption: adapter
    case(
        "X317-039",
        caption(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with wool fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a brown coat and black pants"),
        D.color("grey", "other_garment_color"),
        D.garment_type("coat"),
        D.material("wool"),
        D.details(
            "the coat has buttons Question: what is the color of the coat? Answer: brown",
            "leak",
        ),
        title="Wool Blend Topcoat",
        category="Jackets_Vests",
        color="Camel",
        gender="Men",
    ),
    # photo: flat lay, no model: a mint short-sleeve textured knit tee laid flat on a white background.
    # caption: adapter
    case(
        "X317-040",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is "
            "with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("there is no one in the picture"),
        D.color("green"),
        D.garment_type("t-shirt"),
        D.description("a mint green t-shirt on a white background"),
        D.material("knit"),
        title="Textured Knit Tee",
        category="Tees_Tanks",
        color="Mint",
    ),
    # photo: man in a zipped navy nylon bomber jacket (plain back) and black jeans, white backdrop, back view.
    # caption: adapter
    case(
        "X317-041",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue jacket and black pants"),
        D.color("blue"),
        D.details("the back of the jacket has a logo", "unsupported"),
        D.material("nylon"),
        D.garment_type("jacket"),
        title="Nylon Bomber Jacket",
        category="Jackets_Vests",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in white high-waist wide-leg pants with a black long-sleeve blouse tucked in, white backdrop.
    # caption: adapter
    case(
        "X317-042",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "V-shape neckline. The trousers the lady wears is of long length. The trousers are with cotton fabric and "
            "pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black top and white pants"),
        color_pants("black", "other_garment_color"),
        D.garment_type("pants"),
        color_top("black"),
        D.description(
            "a pair of white pants Question: what color are the pants? Answer: white",
            "leak",
        ),
        D.details("they are wide-legged with a high waist"),
        title="High-Waist Wide Leg Pants",
        category="Pants",
        color="White",
        gender="Women",
    ),
    # photo: man in a navy short-sleeve camp shirt with a green palm-leaf print and beige shorts, white backdrop.
    # caption: adapter
    case(
        "X317-043",
        caption(
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton "
            "fabric. It",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue shirt with leaves on it"),
        D.color("green", "contradiction"),
        D.pattern("floral"),
        D.details("palm leaves"),
        D.material("he is wearing a shirt", "restated"),
        title="Tropical Print Shirt",
        category="Shirts_Polos",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in a red-and-black plaid mini skirt, black sweater, black tights, white backdrop, front.
    # caption: adapter
    case(
        "X317-044",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady wears a short skirt. The skirt is with cotton fabric and lattice "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black sweater and a black skirt", "contradiction"),
        color_skirt("red"),
        D.pattern("plaid"),
        D.details("the skirt has a zipper on the side", "unsupported"),
        is_a("skirt", "yes"),
        D.color("red"),
        title="Plaid Mini Skirt",
        category="Skirts",
        color="Red-black",
        gender="Women",
    ),
    # photo: man in a white crew-neck tee with a small chest pocket and olive cargo shorts, white backdrop, front.
    # caption: adapter
    case(
        "X317-045",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and green shorts"),
        D.color("green", "other_garment_color"),
        D.details("it has a pocket on the chest"),
        D.sleeve_length("short sleeves"),
        D.description("a white t-shirt and a white t-shirt and a white t-shirt", "loop"),
        title="Pocket Crew Tee",
        category="Tees_Tanks",
        color="White",
        gender="Men",
    ),
    # photo: woman in a light-blue chambray long-sleeve shirt dress, button front, tie belt, white backdrop, front.
    # caption: adapter
    case(
        "X317-046",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The lady wears a short skirt. The skirt is with denim fabric and pure color patterns. "
            "There is",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue shirt dress"),
        D.garment_type("shirt", "contradiction"),
        D.color("blue"),
        D.material("denim"),
        D.details("it has buttons down the front and a tie at the waist"),
        title="Chambray Shirt Dress",
        category="Dresses",
        color="Light blue",
        gender="Women",
    ),
]
