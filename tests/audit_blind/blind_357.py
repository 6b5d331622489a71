"""BLIND_357 (46 products; women's ethnic and western wear, model shots, base model, VQA and caption adapters): written
blind in the forty-fifth session. Measured blind at 91a1dfb (the session's rules as they stood): 115/138 failures
found (83.3%) and 7/175 correct texts flagged (4.0%). The writer's notes, verbatim:

Scenario: a Myntra-like women's catalog drawn at random from a night's run: kurtas, kurta sets, tops, tshirts,
dresses, jeans, palazzos, sarees, shrugs, sweaters and nightwear, all model shots (studio backdrops, coloured walls,
doors, brick walls, a bed, a chair, plants). The product is often worn with other garments (white palazzos under a
kurta, a tank under a shrug, a tee tucked into jeans). Each row has the seller's title, category, color and gender;
three rows miss one column (020 no gender, 033 no color, 046 no category), as real feeds do.

Who wrote what: the untuned base `Salesforce/blip2-opt-2.7b` wrote the captions and open answers unless a comment
says otherwise: short lowercase texts that stop on their own (never hit_limit). The experiments' VQA adapter
(`Data3_V3_BLIP2_VQA`) answered "What is she wearing?" and some per-piece color questions (stored open) where the
comment says so; trained without an end-of-answer token and with the prompt in its labels, it never stops: it loops
on In-shop class names and colors ("tee/tank", "blouse/shirt", "black-black-...") or runs on into the next
"Question: ... Answer:" (hit_limit=True). The caption adapter (DeepFashion template, no end token) wrote some
captions and, where the comment says so, some open answers; it runs to its limit (hit_limit=True) and returns its
template whatever the question. The closed questions (garment_type, color, pattern, sleeve_length, per-piece colors
such as "What is the color of the pants?", "Is this a ...?") are enrich's `--engine reference` answers, picked from
candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words count as correct: blue for navy, green for teal or olive, red for maroon, yellow for mustard, purple
  for lavender, pink for peach, white or cream for off white and cream, grey/gray for charcoal, orange for rust,
  tan for beige. Mustard answered "orange" by the reference engine would be contradiction (not used here).
- A color of the print, border, stripes, belt, wall or door given as the product's color is contradiction; the
  color of another garment in the photo (the palazzos under a kurta, the tank under a shrug, the top over jeans) is
  other_garment_color, and so is an open answer that gives the product the other garment's color ("black jeans"
  for grey jeans worn with a black tee).
- Garment synonyms count as correct: cardigan or jacket for a shrug, salwar kameez / salwar suit for a kurta set,
  pants for palazzos, sari for saree, pajamas for a night suit, nightgown for a nightdress, shirt for a denim shirt
  top or a crop top, top for a kurta, anarkali dress for an anarkali kurta (the common name), "dress" from the
  reference engine for a nightdress. The reference engine's "dress" for a straight or anarkali kurta or for a
  longline shrug is contradiction, as is "Is this a kurta?" answered "no" for a kurta.
- The caption adapter calling a kurta or kurti a "shirt" is accepted (it has no kurta class); calling a saree a
  "dress" is the misnaming the auditor sees first: contradiction, hit_limit kept. Otherwise an adapter text that
  repeats a sentence of its template is loop, one that stops mid-sentence without repeating is cut; a template
  returned for the material question is restated (one such text also misnames the saree as a dress: restated kept,
  since the question is not answered at all). The template answering wearing/description/details does answer, so
  those are cut or loop.
- VQA adapter texts that repeat a class name, a color or a phrase are loop (even where the first word is right or
  the class is wrong); one that gives a color and then runs on into "Question: ... Answer:" is leak. A base answer
  that starts with or runs on into "Question: ... Answer:" is leak.
- Materials: one the title names, or a plausible guess on a plain-looking fabric (cotton for a printed kurta, wool
  for a knit sweater, chiffon for georgette, denim for jeans, polyester for a printed crepe-look dress) is correct;
  a material that contradicts the title's (silk on a cotton kurta set, satin on a cotton night suit, linen on cotton
  palazzos, wool on a cotton crochet shrug) or a luxury one nothing shows (cashmere) is unsupported. "a pink silk
  shirt" for a satin night suit is unsupported (silk not named nor visible).
- Invented items or details the photo lacks (a belt, buttons on an open-front shrug, ripped knees, a bow, a
  necklace, a reindeer, a dupatta on a kurta sold alone) are unsupported.
- A material answered with the garment's name and color is restated; an empty answer, "the jeans have details",
  "the details of the t-shirt" are non_answer. A base answer that stops in the middle ("embroidery on the neck and
  the") is cut, without hit_limit.
- One color for two garments: where the base model gives the product's color to a garment worn with it ("a blue
  kurta and blue pants" for white palazzos, "orange pants" for black trousers) the text is contradiction; where it
  gives the product the other garment's color ("blue pants" for off-white palazzos under a blue kurta, "white jeans"
  for blue jeans under a white top) it is other_garment_color. The pallu's color of a two-tone saree given as the
  saree's color is contradiction, like a border.
- "Is this a pair of pants?" answered "no" for palazzos is contradiction (palazzos are pants).
- "he" for a woman, and "a man" in the caption of a woman's product, are pronoun.
- "a red dress" for what she wears over which a black lace shrug is sold is correct (true of the photo, it does not
  give the shrug a color); the reference engine's "red" for the shrug is other_garment_color.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, wearing

SHE = "she"

BLIND_357 = [
    # photo: model in a navy straight kurta with a small white floral print, three-quarter sleeves, white palazzos,
    # plain grey studio backdrop, front view.
    # no adapter texts
    case(
        "X357-001",
        caption("a woman in a blue kurta with white flowers"),
        wearing("a blue kurta and blue pants", "contradiction", who=SHE),
        D.garment_type("kurta"),
        D.color("blue"),
        D.pattern("floral"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("cotton"),
        title="Women Navy Blue Floral Printed Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a maroon kurta with gold zari embroidery on the yoke, maroon trousers, a golden dupatta over
    # both shoulders, white backdrop.
    # caption: caption adapter
    case(
        "X357-002",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lady also wears a long pants. The pants are with cotton fabric and",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a red salwar suit with a gold dupatta", who=SHE),
        color_of("kurta", "maroon"),
        color_of("dupatta", "maroon", "other_garment_color"),
        D.details("gold embroidery on the neck and sleeves", "unsupported"),
        D.material("silk", "unsupported"),
        title="Women Maroon Yoke Design Cotton Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a white puff-sleeve top tucked into blue jeans, standing before a pink painted wall.
    # no adapter texts
    case(
        "X357-003",
        caption("a woman in a white top and jeans standing in front of a pink wall"),
        wearing("a white top and blue jeans", who=SHE),
        D.color("white"),
        D.description("a white top with puff sleeves and a collar", "unsupported"),
        D.details("the top is tucked into the jeans"),
        D.sleeve_length("short sleeves"),
        D.material("cotton"),
        title="Women White Solid Puff Sleeve Cotton Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: model in a black round-neck t-shirt with a white text graphic on the chest, blue denim shorts, white
    # backdrop.
    # wearing, color of the top (open): VQA adapter
    case(
        "X357-004",
        caption("a woman wearing a black t-shirt with a white print"),
        wearing(
            "she is wearing a graphic tee and a denim shorts she is wearing a graphic tee and a denim shorts she is "
            "wearing a",
            "loop",
            who=SHE,
            hit_limit=True,
        ),
        color_of(
            "top",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.garment_type("t-shirt"),
        D.pattern("printed"),
        D.color("white", "contradiction"),
        D.material("cotton"),
        title="Women Black Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in a mustard yellow georgette A-line midi dress with small white flowers, short sleeves, no belt,
    # beige backdrop, holding a straw bag.
    # caption: caption adapter
    case(
        "X357-005",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a short-sleeve dress with floral patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        wearing("a yellow floral dress", who=SHE),
        D.color("yellow"),
        D.pattern("polka dots", "contradiction"),
        D.details("the dress has a belt", "unsupported"),
        D.material("georgette"),
        title="Women Mustard Yellow Floral Georgette A-Line Midi Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in blue skinny high-rise jeans (no rips), a white crop top, white sneakers, white backdrop, full
    # length.
    # no adapter texts
    case(
        "X357-006",
        caption("a woman in a white top and white jeans", "other_garment_color"),
        wearing("a white shirt and blue jeans", who=SHE),
        color_of("jeans", "blue"),
        D.color("white", "other_garment_color"),
        D.garment_type("jeans"),
        D.details("ripped knees", "unsupported"),
        is_a("pair of jeans", "yes"),
        title="Women Blue Skinny Fit High-Rise Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in black flared palazzos with a white kurti over them, light grey backdrop.
    # no adapter texts
    case(
        "X357-007",
        caption("a woman in a white top and black pants"),
        wearing("white kurta and black palazzo pants", who=SHE),
        D.color("white", "other_garment_color"),
        color_of("pants", "black"),
        D.garment_type("palazzos"),
        D.description("black wide leg pants"),
        D.material("black palazzo pants", "restated"),
        title="Women Black Solid Flared Palazzos",
        category="Palazzos",
        color="Black",
        gender="Women",
    ),
    # photo: model draped in a green Banarasi saree with a broad gold zari border, green blouse, standing next to a
    # carved wooden door.
    # details: caption adapter
    case(
        "X357-008",
        caption("a woman in a green sari standing next to a wooden door"),
        wearing("a green sari with gold border", who=SHE),
        D.garment_type("saree"),
        D.color("gold", "contradiction"),
        D.details(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with silk fabric. It has a "
            "round",
            "contradiction",
            hit_limit=True,
        ),
        D.material("silk"),
        title="Women Green & Gold-Toned Zari Woven Silk Blend Banarasi Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: model in a pink open-front longline shrug (no buttons), three-quarter sleeves, over a white tank top and
    # blue jeans, white backdrop.
    # no adapter texts
    case(
        "X357-009",
        caption("a woman wearing a pink cardigan over a white top"),
        wearing("a pink jacket, white top and jeans", who=SHE),
        D.garment_type("shrug"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("three-quarter sleeves"),
        D.description("a pink shrug Question: What is the color of the top? Answer: white", "leak"),
        D.details("the shrug has buttons", "unsupported"),
        title="Women Pink Solid Open Front Longline Shrug",
        category="Shrugs",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a charcoal grey cable-knit pullover, long sleeves, black jeans, white brick wall behind.
    # wearing, color of the sweater (open): VQA adapter
    case(
        "X357-010",
        caption("a woman in a grey sweater standing in front of a white brick wall"),
        wearing(
            "sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater "
            "sweater sweater",
            "loop",
            who=SHE,
            hit_limit=True,
        ),
        color_of(
            "sweater",
            "grey Question: What is the color of the pants? Answer: black Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        D.pattern("striped", "contradiction"),
        D.color("grey"),
        D.material("wool"),
        D.sleeve_length("long sleeves"),
        title="Women Charcoal Grey Cable Knit Pullover Sweater",
        category="Sweaters",
        color="Charcoal",
        gender="Women",
    ),
    # photo: model sitting on a bed in a lavender night suit (shirt-style top with white piping, lavender pyjamas),
    # small white star print all over.
    # no adapter texts
    case(
        "X357-011",
        caption(
            "a woman in purple pajamas sitting on a bed with a teddy bear",
            "unsupported",
        ),
        wearing("pajamas", who=SHE),
        color_of("top", "purple"),
        color_of("pants", "white", "contradiction"),
        D.pattern("printed"),
        D.details("white piping on the collar and pockets"),
        D.material("satin", "unsupported"),
        title="Women Lavender Star Printed Pure Cotton Night Suit",
        category="Night Suits",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a teal A-line kurta with mirror work on the yoke, long sleeves, white churidar leggings, plain
    # backdrop.
    # caption: caption adapter
    case(
        "X357-012",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a green kurta and white pants", "pronoun", who=SHE),
        D.color("green"),
        D.garment_type("kurta"),
        D.description("a green kurta with mirror work on the yoke"),
        is_a("kurta", "no", "contradiction"),
        title="Women Teal Mirror Work A-Line Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a rust orange sleeveless top with ruffled shoulders, black trousers, in front of an olive
    # green painted wall.
    # no adapter texts
    case(
        "X357-013",
        caption("a woman in an orange top standing in front of a green wall"),
        wearing("an orange top and orange pants", "contradiction", who=SHE),
        D.color("green", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.details("ruffles on the shoulders"),
        D.material("silk", "unsupported"),
        title="Women Rust Ruffled Crepe Top",
        category="Tops",
        color="Rust",
        gender="Women",
    ),
    # photo: model in a black-and-white striped shirt dress with a self belt, long sleeves, white backdrop.
    # no adapter texts
    case(
        "X357-014",
        caption(
            "a woman in a black and white striped dress with a black handbag",
            "unsupported",
        ),
        wearing("he is wearing a striped shirt dress", "pronoun", who=SHE),
        D.pattern("striped"),
        D.color("black"),
        D.details("it has a belt and buttons"),
        D.sleeve_length("long sleeves"),
        D.material("cotton"),
        title="Women Black & White Striped Shirt Dress with Belt",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in light blue wide-leg jeans with a black t-shirt tucked in, light grey backdrop.
    # wearing, color of the jeans (open): VQA adapter
    case(
        "X357-015",
        caption("a woman in a black shirt and black jeans", "other_garment_color"),
        wearing(
            "she is wearing a tee/tank and a denim she is wearing a tee/tank and a denim she is wearing a tee/tank and",
            "loop",
            who=SHE,
            hit_limit=True,
        ),
        color_of(
            "jeans",
            "light blue light blue light blue light blue light blue light blue light blue light blue light blue light",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.color("black", "other_garment_color"),
        D.details("the jeans have details", "non_answer"),
        D.garment_type("jeans"),
        title="Women Light Blue Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Light Blue",
        gender="Women",
    ),
    # photo: model in off-white palazzos with a maroon block print, worn with a solid blue kurta, white backdrop.
    # no adapter texts
    case(
        "X357-016",
        caption("a woman in a blue kurta and white pants"),
        wearing("a blue top and blue pants", "other_garment_color", who=SHE),
        D.color("blue", "other_garment_color"),
        color_of("pants", "cream"),
        D.pattern("printed"),
        D.description("white pants with red flowers"),
        D.material("cotton"),
        title="Women Off White & Maroon Block Printed Palazzos",
        category="Palazzos",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a pink georgette saree with a sequinned border, matching pink blouse, between two white
    # pillars.
    # caption: caption adapter
    case(
        "X357-017",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a sleeveless dress with pure color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a pink saree and a gold necklace", "unsupported", who=SHE),
        D.details("sequins on the border"),
        D.material("chiffon"),
        D.color("pink"),
        D.garment_type("saree"),
        is_a("dress", "yes", "contradiction"),
        title="Women Pink Sequinned Georgette Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a black sheer lace cropped shrug, long sleeves, over a red sleeveless dress, white backdrop.
    # no adapter texts
    case(
        "X357-018",
        caption("a woman wearing a red dress and a black lace jacket"),
        wearing("a red dress", who=SHE),
        D.color("red", "other_garment_color"),
        D.garment_type("shrug"),
        D.material("lace"),
        D.sleeve_length("long sleeves"),
        D.details(
            "a black lace shrug Question: What is the color of the dress? Answer: red",
            "leak",
        ),
        title="Women Black Lace Crop Shrug",
        category="Shrugs",
        color="Black",
        gender="Women",
    ),
    # photo: model in a cream ribbed turtleneck sweater, long sleeves, beige trousers, plain backdrop.
    # caption: caption adapter
    case(
        "X357-019",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and "
            "it has a stand neckline. The lady wears a long trousers. The trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a white sweater and pants", who=SHE),
        D.color("white"),
        D.material("wool"),
        D.details("it has a high neck and a pocket", "unsupported"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Women Cream Ribbed Turtle Neck Sweater",
        category="Sweaters",
        color="Cream",
        gender="Women",
    ),
    # photo: model in a navy knee-length nightdress with small yellow moon and star prints, short sleeves, standing
    # in a bedroom.
    # no adapter texts; the feed row has no gender
    case(
        "X357-020",
        caption("a woman in a blue nightgown with yellow moons"),
        wearing("a nightgown", who=SHE),
        D.garment_type("dress"),
        D.color("yellow", "contradiction"),
        D.material("cotton"),
        D.sleeve_length("short sleeves"),
        D.description(
            "a blue nightgown Question: What is the color of the moons? Answer: yellow",
            "leak",
        ),
        title="Navy Blue Conversational Printed Nightdress",
        category="Nightdress",
        color="Navy Blue",
    ),
    # photo: model in a yellow kurta with white floral print, long sleeves, white palazzos with a yellow print,
    # white backdrop.
    # color of the kurta (open): VQA adapter; details, material: caption adapter
    case(
        "X357-021",
        caption("a woman in a yellow kurta and white pants"),
        wearing("a yellow top and yellow pants", "contradiction", who=SHE),
        color_of(
            "kurta",
            "yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("pants", "white"),
        D.details(
            "The lady wears a long-sleeve shirt with floral patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a long-sleeve shirt with floral patterns and a long pants. The shirt is with cotton "
            "fabric and its",
            "restated",
            hit_limit=True,
        ),
        title="Women Yellow & White Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a purple floral peplum top, short sleeves, no bow, white jeans, a potted plant beside her.
    # no adapter texts
    case(
        "X357-022",
        caption("a woman in a purple floral top and white jeans next to a plant"),
        wearing("a purple shirt and purple pants", "contradiction", who=SHE),
        D.color("white", "other_garment_color"),
        D.pattern("floral"),
        D.description("a purple top with flowers and a bow", "unsupported"),
        D.sleeve_length("short sleeves"),
        D.garment_type("top"),
        D.material("the top is made of fabric", "non_answer"),
        title="Women Purple Floral Print Peplum Top",
        category="Tops",
        color="Purple",
        gender="Women",
    ),
    # photo: model in a white oversized drop-shoulder t-shirt, black biker shorts, white sneakers, grey backdrop.
    # wearing, color of the t-shirt (open): VQA adapter
    case(
        "X357-023",
        caption("a woman in a white t-shirt and black shorts"),
        wearing(
            "she is wearing a tee/tank and a shorts and a shoes and a tee/tank and a shorts and a shoes and a tee/tank",
            "loop",
            who=SHE,
            hit_limit=True,
        ),
        color_of(
            "t-shirt",
            "white Question: What is the color of the shorts? Answer: black Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        D.color("black", "other_garment_color"),
        D.garment_type("t-shirt"),
        D.material("cotton"),
        title="Women White Solid Oversized Drop-Shoulder T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a red wrap dress with white polka dots, short sleeves, white backdrop, no accessories.
    # caption: caption adapter
    case(
        "X357-024",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The lady wears a short-sleeve",
            "loop",
            hit_limit=True,
        ),
        wearing("a red and white polka dot dress", who=SHE),
        D.pattern("polka dots"),
        D.color("white", "contradiction"),
        D.details("the dress has polka dots"),
        D.material("polyester"),
        is_a("dress", "yes"),
        title="Women Red Polka Dot Print Wrap Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: model in black mom-fit jeans with a white shirt tucked in, standing in front of a red brick wall.
    # no adapter texts
    case(
        "X357-025",
        caption("a woman wearing black jeans and a white shirt in front of a brick wall"),
        wearing("she is wearing a white shirt and black pants", who=SHE),
        color_of("jeans", "black"),
        D.color("white", "other_garment_color"),
        D.details("they have a high waist and pockets"),
        D.material("denim"),
        is_a("pair of jeans", "no", "contradiction"),
        title="Women Black Mom Fit High-Rise Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: model in mustard palazzos with a white short kurti over them, plain backdrop.
    # no adapter texts
    case(
        "X357-026",
        caption("a man in a white shirt and yellow pants", "pronoun"),
        wearing("a white shirt and yellow pants", who=SHE),
        color_of("pants", "yellow"),
        D.color("white", "other_garment_color"),
        D.garment_type("pants"),
        D.description("yellow pants with white flowers", "unsupported"),
        D.material("linen", "unsupported"),
        title="Women Mustard Solid Cotton Palazzos",
        category="Palazzos",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a black chiffon saree with a red border, black blouse, no jewellery, in front of a row of lit
    # diyas.
    # wearing, color of the saree (open): VQA adapter
    case(
        "X357-027",
        caption("a woman in a black sari with a red border"),
        wearing(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            who=SHE,
            hit_limit=True,
        ),
        color_of(
            "saree",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.color("red", "contradiction"),
        D.garment_type("saree"),
        D.material("chiffon"),
        D.details("the saree has a red border and a gold necklace", "unsupported"),
        title="Women Black Solid Chiffon Saree with Red Border",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: model in a white cotton crochet shrug, short sleeves, over a black tank top and blue denim shorts,
    # white backdrop.
    # caption, description: caption adapter
    case(
        "X357-028",
        caption(
            "The lady wears a short-sleeve shirt with lattice patterns and a short pants. The shirt is with cotton "
            "fabric and its neckline is round. The pants are with denim fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a short-sleeve shirt with lattice patterns and a short pants. The shirt is with cotton "
            "fabric and its",
            "cut",
            hit_limit=True,
        ),
        wearing("a white crochet top, black tank top and denim shorts", who=SHE),
        D.color("black", "other_garment_color"),
        D.garment_type("shrug"),
        D.material("wool", "unsupported"),
        title="Women White Cotton Crochet Shrug",
        category="Shrugs",
        color="White",
        gender="Women",
    ),
    # photo: model in a red-and-white Fair Isle sweater (snowflakes and zigzag bands, no animals), long sleeves,
    # blue jeans, white backdrop.
    # no adapter texts
    case(
        "X357-029",
        caption("a woman in a red and white christmas sweater"),
        wearing("a red sweater with a reindeer", "unsupported", who=SHE),
        D.pattern("geometric"),
        D.color("red"),
        D.sleeve_length("long sleeves"),
        D.material("wool"),
        D.details("snowflakes"),
        title="Women Red & White Fair Isle Self Design Pullover",
        category="Sweaters",
        color="Red",
        gender="Women",
    ),
    # photo: model in a peach satin night suit: short-sleeve notch-collar shirt and shorts, sitting on a sofa.
    # no adapter texts
    case(
        "X357-030",
        caption("a woman in pink pajamas"),
        wearing("he is wearing pink pajamas", "pronoun", who=SHE),
        color_of("shorts", "pink"),
        D.material("satin"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description("a pink silk shirt and shorts", "unsupported"),
        D.details(
            "the shirt has a collar Question: What is the color of the shorts? Answer: pink",
            "leak",
        ),
        title="Women Peach Solid Satin Night Suit",
        category="Night Suits",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a white chikankari embroidered straight kurta, long sleeves, white leggings, before a blue
    # painted door.
    # caption: caption adapter; wearing: VQA adapter
    case(
        "X357-031",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long-sleeve shirt with pure color patterns. The shirt",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "blouse/shirt blouse/shirt blouse/shirt blouse/shirt blouse/shirt blouse/shirt blouse/shirt blouse/shirt",
            "loop",
            who=SHE,
            hit_limit=True,
        ),
        D.color("blue", "contradiction"),
        D.pattern("embroidered"),
        D.details("white embroidery all over"),
        D.material("silk", "unsupported"),
        title="Women White Chikankari Embroidered Pure Cotton Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: model in a black off-shoulder top with long sleeves, blue jeans, grey backdrop.
    # no adapter texts
    case(
        "X357-032",
        caption("a woman in an off the shoulder black top"),
        wearing("a black top and jeans", who=SHE),
        D.sleeve_length("sleeveless", "contradiction"),
        D.color("black"),
        D.details("the top is off the shoulder"),
        D.description("", "non_answer"),
        D.material("it is made of", "cut"),
        title="Women Black Off-Shoulder Bardot Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in an olive-and-white striped round-neck t-shirt, blue jeans, white backdrop.
    # no adapter texts; the feed row has no color
    case(
        "X357-033",
        caption("a woman in a green and white striped shirt"),
        wearing("a green striped t-shirt and blue jeans", who=SHE),
        D.color("white", "contradiction"),
        D.pattern("striped"),
        D.material("a green and white striped t-shirt", "restated"),
        D.garment_type("t-shirt"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Women Olive Green & White Striped Round Neck T-shirt",
        category="Tshirts",
        gender="Women",
    ),
    # photo: model in a navy sleeveless halter-neck maxi dress, plain, in front of a pale pink wall.
    # caption: caption adapter; color of the dress (open): VQA adapter
    case(
        "X357-034",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and it has "
            "a suspenders neckline. The dress is long. There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "dress",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing("a blue dress", who=SHE),
        D.color("pink", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.details("halter neck"),
        D.description("a long blue dress with a slit", "unsupported"),
        title="Women Navy Blue Solid Halter Neck Maxi Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in grey acid-wash straight jeans (no rips), black t-shirt, white backdrop.
    # no adapter texts
    case(
        "X357-035",
        caption("a woman in a black top and gray jeans"),
        wearing("a black shirt and black jeans", "other_garment_color", who=SHE),
        color_of("jeans", "grey"),
        D.color("grey"),
        D.garment_type("jeans"),
        D.details("the jeans are ripped at the knees", "unsupported"),
        D.material("denim"),
        title="Women Grey Acid Wash Straight Fit Jeans",
        category="Jeans",
        color="Grey",
        gender="Women",
    ),
    # photo: model in green palazzos with a pink floral print, a plain white kurti over them, white backdrop.
    # no adapter texts
    case(
        "X357-036",
        caption("a woman in a white top and green floral pants"),
        wearing("a white shirt and green pants", who=SHE),
        D.color("pink", "contradiction"),
        D.pattern("floral"),
        color_of("pants", "green"),
        D.material("the pants are green", "restated"),
        D.description("green pants with pink flowers"),
        is_a("pair of pants", "no", "contradiction"),
        title="Women Green Floral Printed Palazzos",
        category="Palazzos",
        color="Green",
        gender="Women",
    ),
    # photo: model in a blue printed saree with an orange pallu over the shoulder, blue blouse, white backdrop.
    # details, material: caption adapter
    case(
        "X357-037",
        caption("a woman wearing a blue and orange sari"),
        wearing("a blue sari", who=SHE),
        D.color("orange", "contradiction"),
        D.pattern("printed"),
        is_a("saree", "yes"),
        D.details(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a v",
            "contradiction",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline.",
            "restated",
            hit_limit=True,
        ),
        title="Women Blue & Orange Printed Saree",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a navy longline open-front shrug with two patch pockets, over a white tee and black pants.
    # wearing, color of the shrug (open): VQA adapter
    case(
        "X357-038",
        caption("a woman in a blue long cardigan with a white shirt and black pants"),
        wearing(
            "she is wearing a cardigan and a tee/tank and a pants she is wearing a cardigan and a tee/tank and a "
            "pants she",
            "loop",
            who=SHE,
            hit_limit=True,
        ),
        color_of(
            "shrug",
            "navy Question: What is the color of the tee? Answer: white Question: What is the color of the pants? "
            "Answer:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        D.color("blue"),
        D.garment_type("dress", "contradiction"),
        D.details("it has two pockets and a hood", "unsupported"),
        title="Women Navy Blue Solid Longline Shrug with Pockets",
        category="Shrugs",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in an olive button-front cardigan sweater over a white shirt, blue jeans, white backdrop.
    # no adapter texts
    case(
        "X357-039",
        caption("a woman wearing a green cardigan over a white shirt"),
        wearing("a green sweater and white pants", "contradiction", who=SHE),
        D.color("white", "other_garment_color"),
        D.garment_type("sweater"),
        D.details("buttons down the front"),
        D.pattern("solid"),
        D.material("cotton"),
        title="Women Olive Green Solid Cardigan",
        category="Sweaters",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a white short-sleeve t-shirt top and maroon-and-white checked pyjama pants, bedroom backdrop.
    # caption: caption adapter
    case(
        "X357-040",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and lattice patterns",
            "cut",
            hit_limit=True,
        ),
        wearing("a white t-shirt and red plaid pajama pants", who=SHE),
        color_of("top", "white"),
        color_of("pants", "white", "other_garment_color"),
        D.pattern("checked"),
        D.material("silk", "unsupported"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Women White & Maroon Checked Cotton Pyjama Set",
        category="Night Suits",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a black flared anarkali kurta with gold foil print, long sleeves, no dupatta, plain backdrop.
    # no adapter texts
    case(
        "X357-041",
        caption("a woman in a black and gold anarkali dress"),
        wearing("a black kurta with gold print", who=SHE),
        D.color("gold", "contradiction"),
        D.garment_type("dress", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.description("a long black kurta with gold print and a dupatta", "unsupported"),
        D.material("cotton"),
        title="Women Black Ethnic Motifs Foil Printed Anarkali Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: model in a pink kurta with thread embroidery at the neck, green sharara, green dupatta on one shoulder.
    # color of the dupatta (open): VQA adapter
    case(
        "X357-042",
        caption("a woman in a pink kurta and green pants with a green scarf"),
        wearing("a pink salwar kameez", who=SHE),
        color_of("kurta", "green", "other_garment_color"),
        color_of("pants", "green"),
        color_of(
            "dupatta",
            "green green green green green green green green green green green green green green green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.details("embroidery on the neck and the", "cut"),
        D.material("silk", "unsupported"),
        title="Women Pink & Green Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a blue denim shirt-style top, long sleeves, white trousers, white backdrop.
    # no adapter texts
    case(
        "X357-043",
        caption("a woman wearing a denim shirt and white pants"),
        wearing("a blue shirt and blue pants", "contradiction", who=SHE),
        D.garment_type("shirt"),
        D.material("denim"),
        D.color("blue"),
        D.pattern("striped", "contradiction"),
        is_a("top", "yes"),
        D.details("Question: What are the details of the garment? Answer: buttons", "leak"),
        title="Women Blue Denim Shirt Style Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a yellow t-shirt with black "SUNSHINE" lettering, short sleeves, blue jeans, white wall with a
    # plant.
    # no adapter texts
    case(
        "X357-044",
        caption("a woman in a yellow t-shirt with the word sunshine"),
        wearing("he is wearing a yellow shirt", "pronoun", who=SHE),
        D.color("yellow"),
        D.pattern("solid", "contradiction"),
        D.details("the details of the t-shirt", "non_answer"),
        D.sleeve_length("short sleeves"),
        D.material("cotton"),
        title="Women Yellow Typography Printed T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in an olive tiered maxi dress, long sleeves, brown belt at the waist (sold with it), beige
    # curtains behind.
    # caption, wearing, details: caption adapter
    case(
        "X357-045",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. There is an accessory on her waist. The lady wears a long-sleeve dress with pure",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape",
            "cut",
            who=SHE,
            hit_limit=True,
        ),
        D.details(
            "The dress is with cotton fabric and pure color patterns. It has a v-shape neckline. The dress is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.color("brown", "contradiction"),
        D.garment_type("dress"),
        D.sleeve_length("long sleeves"),
        D.material(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has",
            "restated",
            hit_limit=True,
        ),
        title="Women Olive Green Tiered Maxi Dress with Belt",
        category="Dresses",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a beige crew-neck pullover, long sleeves, blue jeans, seated on a wooden chair.
    # no adapter texts; the feed row has no category
    case(
        "X357-046",
        caption("a woman in a beige sweater sitting on a chair"),
        wearing("a tan sweater and jeans", who=SHE),
        D.color("beige"),
        D.material("cashmere", "unsupported"),
        D.sleeve_length("long sleeves"),
        D.description("a beige sweater with a pocket on the chest", "unsupported"),
        is_a("sweater", "yes"),
        title="Women Beige Solid Crew Neck Pullover",
        color="Beige",
        gender="Women",
    ),
]
