"""BLIND_408 (46 products; a night's run over a women's catalog: kurtas, tops, jeans, sarees, lingerie, nightwear):
written blind in the forty-sixth session. Measured blind at 1a180fd (the session's rules as they stood): 126/144
failures found (87.5%) and 5/183 correct texts flagged (2.7%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of women's wear drawn at random from one night's run: kurtas and kurta
sets, tops, t-shirts, shirts, dresses, jeans, trousers, skirts, sarees, sweaters, jackets, bras and nightwear. All
photos are model shots (studio backdrops, some coloured walls, a bed, a sofa, a staircase, plants), most with the
product worn alongside other garments (a tee under a jacket, a top over jeans, a blouse under a saree). Each row
has the seller's title, category, color and gender; a few rows miss the gender or the color, as real feeds do.

Who wrote what: every caption comes from the caption-only LoRA adapter of the original experiments (DeepFashion
template, "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric ..."). It
was trained with no end-of-answer token, so it always runs to its 50-token limit: every caption carries
hit_limit=True. The open questions (wearing, description, details, material and the set's own neckline and print
questions) come from the untuned base `Salesforce/blip2-opt-2.7b`: short lowercase texts that stop on their own
(never hit_limit), now and then stopping early, running on into a new "Question: ... Answer:" or repeating a word.
The closed questions (garment_type, color, pattern, sleeve_length, the per-piece colors and the yes/no "Is this a
...?") are enrich's `--engine reference` answers, chosen from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Adapter captions: a caption that repeats a sentence of the template is loop; one that stops mid-sentence without
  repeating is cut; an invented accessory ("an accessory on her wrist", a ring) or a wrong fabric before the cut is
  labelled cut (one kind per text). Where the template misnames the product itself (a saree as a dress or as a
  shirt and a skirt, a bra as a tank top, a slip dress as a tank top and a skirt, a straight kurta worn over
  trousers as a dress) the misnaming is what the auditor sees first: contradiction, hit_limit kept. "The gentleman
  ... His" for a woman is pronoun.
- Three adapter captions happen to reach the 50-token limit exactly at the end of a sentence, with every statement
  right (024, 025, 039): they are labelled correct, hit_limit=True kept. The text stored is whole and true.
- The adapter has no hue words: "pure color patterns" on a plain garment is correct, and so is a template that
  names only the outer layers (029, the bra under an open shirt, is cut, not a contradiction: it says nothing false
  before the cut).
- Garment synonyms count as correct: shirt or top for a kurta or a short kurti (a kurta is a long shirt), dress
  for an ankle-length flared Anarkali worn alone, nightgown for a nightdress, pajamas for a night suit, sweater for
  a cardigan or a hoodie, sweatpants for joggers, pants for trousers and palazzos, tank top for a sleeveless ribbed
  top, scarf for a dupatta, "trousers with denim fabric" for jeans, T-shirt and shorts for a pyjama set.
  A straight kurta worn over trousers or palazzos called a dress is contradiction.
- Shade words count as correct: blue for navy or teal, green for teal, olive or emerald, red for maroon, yellow for
  mustard or lemon, purple for lavender, pink for peach or dusty pink, white or cream for off white or ivory.
  Maroon as purple, mustard as orange, peach as orange, navy as black, silver sequins as gold are contradiction.
- One color given to two garments in a wearing answer ("a black shirt and black jeans" for blue jeans, "black
  pants" under a black shirt for cream trousers) is other_garment_color: the color belongs to the other piece.
- Sleeves and necklines: three-quarter sleeves as long, sleeveless as long (or short as sleeveless) and "v neck"
  for a polo collar are contradiction. A print misread ("a dog" for a cat graphic) is contradiction.
- A color of the print, the border or the backdrop (the sunflower on a black tee, the white stars on navy
  pyjamas, a yellow or green wall) given as the garment's color is contradiction; the color of another garment in
  the photo (the tee under the jacket, the top over the jeans, the blouse under the saree, the pink shorts of a grey
  pyjama set) is other_garment_color, also for a per-piece color question answered with another piece's color.
- Pleats, cable knit or ribs answered "striped" and a wallpaper print answered "floral" are contradiction.
- Materials: one the title names is correct (satin, silk blend as silk, faux leather as leather, chiffon for
  georgette); cotton on a plain cotton-look top, kurta or tee is correct; wool for a chunky hand-knit-look sweater
  or cardigan is correct (the knit is visible, wool is the plain reading); silk for a satin dress and denim for a
  cotton striped shirt dress are unsupported. A material question answered with the garment's name or color is
  restated.
- Invented items not in the photo (a belt, a robe, a dupatta, a necklace, a jacket over a dress, a hood, a fur
  hood, a chest pocket, a slit, buttons on a pullover, a bow, embroidery on a printed kurta, a bow on a back the
  front view hides, a side zip that does not show) are unsupported; so is lace on a smooth padded bra and a white
  collar on a striped shirt dress. A belt, tie, bag or pocket that is in the photo is correct.
- Base answers: one stopped early ("it is made of", "a blue denim jacket with a") is cut without hit_limit; a word
  or phrase said over and over is loop; an answer that runs on into "Question: ... Answer: ..." or opens with the
  prompt is leak, even where its first words are right; an empty answer, "they are jeans" or "the details of the
  shirt" for the details question is non_answer; the garment's name, color or pattern for the details or the
  material question ("black jeans", "striped", "pajamas") is restated. "he" for a woman is pronoun.
- Mentions of the wall, the bed or the sofa in an open answer are correct where they are true.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
color_blouse = question("color_blouse", "What is the color of the blouse?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
neckline = question("neckline", "What is the neckline of the garment?", "open")
printed = question("print", "What is printed on the garment?", "open")

BLIND_408 = [
    # photo: model in a navy blue straight knee-length kurta with a small white floral print, three-quarter
    # sleeves, round neck, white palazzo pants; plain white studio backdrop, front view.
    # caption: adapter
    case(
        "X408-001",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue dress with white flowers and white pants", "contradiction"),
        D.garment_type("kurta"),
        D.color("blue"),
        D.pattern("floral"),
        D.sleeve_length("three-quarter sleeves"),
        color_pants("white"),
        D.details("embroidery on the neck", "unsupported"),
        title="Women Navy Blue Floral Printed Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: maroon A-line kurta with gold thread embroidery on the yoke, matching maroon trousers, beige dupatta
    # over both shoulders; plain off-white backdrop, front view.
    # caption: adapter
    case(
        "X408-002",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The shirt is with cotton fabric. It has a v-shape neckline. The pants are",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red kurta with gold embroidery and a dupatta"),
        D.color("red"),
        color_dupatta("red", "other_garment_color"),
        D.material("silk", "unsupported"),
        D.details("gold embroidery on the neck"),
        is_a("kurta", "yes"),
        title="Women Maroon Yoke Design Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: white sleeveless top with a ruffled neckline, tucked into mid-blue jeans; she stands against a
    # bright pink painted wall, front view, cropped at the thighs.
    # caption: adapter
    case(
        "X408-003",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "lady wears a long trousers. The trousers are with denim fabric and pure color patterns. There is a ring "
            "on her finger",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a woman in a white top standing in front of a pink wall"),
        D.color("pink", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.details("ruffles"),
        D.description("a white top with ruffles and a necklace", "unsupported"),
        color_jeans("blue"),
        title="Women White Solid Ruffled Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: black round-neck tee with a white-and-yellow sunflower graphic and the words "GOOD VIBES", worn with
    # light blue denim shorts; plain grey backdrop, front view.
    # caption: adapter
    case(
        "X408-004",
        caption(
            "The female wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The female wears a three-point shorts. The shorts are with denim fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black t-shirt with a sunflower on it"),
        D.color("yellow", "contradiction"),
        D.pattern("printed"),
        printed("good vibes"),
        D.description("a black t-shirt with a sunflower on it and a sunflower on it", "loop"),
        color_shorts("blue"),
        title="Women Black Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: olive green long-sleeve button-down shirt, sleeves rolled to the forearm, worn open over a white tank
    # top, black trousers; a potted plant beside her, beige wall.
    # caption: adapter
    case(
        "X408-005",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green shirt and black pants"),
        D.color("white", "other_garment_color"),
        D.garment_type("shirt"),
        D.sleeve_length("long sleeves"),
        D.description("a green shirt with a white tank top underneath"),
        D.details("a pocket on the chest and a belt", "unsupported"),
        title="Women Olive Green Solid Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: red fit-and-flare midi dress with a white and green floral print, short flutter sleeves, V-neck; she
    # holds a brown handbag; light grey backdrop, front view.
    # caption: adapter
    case(
        "X408-006",
        caption(
            "This woman is wearing a short-sleeve dress with floral patterns. The dress is with chiffon fabric. The "
            "neckline of it is v-shape. This woman is wearing a short-sleeve dress with floral patterns. The dress "
            "is with chiffon fabric.",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red floral dress and a brown bag"),
        D.pattern("floral"),
        D.color("red"),
        D.details("a belt at the waist", "unsupported"),
        D.description("a red dress with white flowers and short sleeves"),
        is_a("dress", "yes"),
        D.material("silk", "unsupported"),
        title="Women Red Floral Print Fit & Flare Midi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: light blue skinny mid-rise jeans with faded whiskers, a black tee tucked in, white sneakers;
    # full-length shot, white backdrop.
    # caption: adapter
    case(
        "X408-007",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The lady wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black shirt and black jeans", "other_garment_color"),
        D.color("black", "other_garment_color"),
        D.garment_type("jeans"),
        color_jeans("blue"),
        D.details("they are jeans", "non_answer"),
        D.material("denim"),
        title="Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: beige high-waist wide-leg trousers with front pleats and a tan belt through the loops, a black
    # sleeveless bodysuit tucked in; plain grey backdrop, full length.
    # caption: adapter
    case(
        "X408-008",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The trousers this lady wears is of long length. The trousers are with cotton "
            "fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black top and beige pants"),
        D.garment_type("trousers"),
        D.color("black", "other_garment_color"),
        D.details("pleats in the front and a belt"),
        color_top("black"),
        D.material("it is made of", "cut"),
        title="Women Beige Solid High-Rise Pleated Wide Leg Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: mustard yellow saree with a wide red-and-gold zari border, pallu over the left shoulder, worn with a
    # red short-sleeve blouse; plain cream backdrop, full length.
    # caption: adapter
    case(
        "X408-009",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with cotton fabric and pure color patterns. "
            "There is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a yellow saree"),
        D.color("yellow"),
        color_blouse("red"),
        D.material("silk"),
        D.details("a red and gold border"),
        D.garment_type("saree"),
        D.description("he is wearing a yellow saree", "pronoun"),
        title="Women Mustard Yellow Silk Blend Saree with Zari Border",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: grey melange cable-knit crew-neck pullover, long sleeves, black jeans, hands in the jeans' pockets;
    # white backdrop, front view.
    # caption: adapter
    case(
        "X408-010",
        caption(
            "The female wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a round neckline. The female wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The sweater is with knitting fabric. It has a",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey sweater and black jeans"),
        D.color("grey"),
        D.pattern("striped", "contradiction"),
        D.material("wool"),
        D.description("a grey sweater with cable knit"),
        D.details("buttons on the front", "unsupported"),
        title="Women Grey Melange Cable Knit Pullover Sweater",
        category="Sweaters",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: black faux-leather biker jacket with silver zips, worn open over a white tee, blue jeans; red brick
    # wall behind her, front view.
    # caption: adapter
    case(
        "X408-011",
        caption(
            "The lady is wearing a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. "
            "It has a lapel neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black leather jacket, a white shirt and blue jeans"),
        D.color("white", "other_garment_color"),
        D.material("leather"),
        D.details("zippers on the front and on the sleeves"),
        is_a("jacket", "yes"),
        D.garment_type("jacket"),
        D.description("a black jacket with a hood", "unsupported"),
        title="Women Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: light pink lace non-padded bra with matching pink lace briefs; torso shot, plain white backdrop.
    # caption: adapter
    case(
        "X408-012",
        caption(
            "Her tank top has sleeves cut off, cotton fabric and pure color patterns. The neckline of it is "
            "suspenders. The shorts this lady wears is of three-point length. The shorts are with cotton fabric and "
            "pure color patterns. Her",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a pink bra and panties"),
        D.garment_type("bra"),
        D.color("pink"),
        D.material("lace"),
        D.details("he is wearing a pink bra", "pronoun"),
        D.description("a pink bra with a bow in the middle", "unsupported"),
        title="Women Pink Lace Non-Padded Non-Wired Bra",
        category="Bra",
        color="Pink",
        gender="Women",
    ),
    # photo: navy shirt-style pyjama top with a white star print and white piping, matching full-length pyjamas;
    # she sits on a bed with white pillows.
    # caption: adapter
    case(
        "X408-013",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with cotton fabric and graphic patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("pajamas"),
        D.color("white", "contradiction"),
        D.pattern("printed"),
        D.details("stars, stars, stars, stars", "loop"),
        D.description("a blue pajama set with white stars"),
        D.material("cotton"),
        color_pants("white", "contradiction"),
        title="Women Navy Blue Printed Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: green flared ankle-length Anarkali kurta with an orange and gold ethnic motif print, long sleeves, no
    # dupatta; she twirls on a patterned rug, plain wall behind.
    # caption: adapter
    case(
        "X408-014",
        caption(
            "This woman is wearing a long-sleeve dress with floral patterns. The dress is with chiffon fabric. The "
            "neckline of it is round. This woman is wearing a long-sleeve dress with floral patterns. The dress is "
            "with chiffon fabric.",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green dress"),
        D.color("orange", "contradiction"),
        D.pattern("printed"),
        D.sleeve_length("long sleeves"),
        D.material("cotton"),
        D.details("gold embroidery on the neck and a dupatta", "unsupported"),
        title="Women Green Ethnic Motifs Printed Anarkali Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: lavender square-neck crop top with short puff sleeves, white high-waist trousers; pastel blue
    # backdrop, front view.
    # caption: adapter
    case(
        "X408-015",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "square neckline. The trousers this lady wears is of long length. The trousers are with cotton fabric "
            "and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple top and white pants"),
        D.color("purple"),
        D.sleeve_length("short sleeves"),
        neckline("square neck"),
        color_pants("blue", "contradiction"),
        D.description("a purple top Question: What is the color of the pants? Answer: white", "leak"),
        title="Women Lavender Puff Sleeve Crop Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: white tee with thin navy horizontal stripes, short sleeves, tucked into a red mini skirt; white
    # backdrop, front view.
    # caption: adapter
    case(
        "X408-016",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a short skirt. The skirt is with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a striped shirt and a red skirt"),
        D.color("red", "other_garment_color"),
        D.pattern("striped"),
        D.garment_type("t-shirt"),
        D.description("a white t-shirt with blue stripes"),
        D.material("striped", "restated"),
        title="Women White & Navy Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: blue-and-white gingham long-sleeve shirt with one chest pocket, half-tucked into black jeans; white
    # wall with window light.
    # caption: adapter
    case(
        "X408-017",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an accessory on her wrist",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and white checkered shirt and black jeans"),
        D.pattern("checked"),
        D.color("blue"),
        D.details("buttons down the front and a pocket on the chest"),
        D.material("cotton Question: What is the color of the shirt? Answer: blue", "leak"),
        title="Women Blue & White Gingham Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: black long-sleeve wrap midi dress tied at the waist, black heeled sandals; she stands against a
    # mustard yellow wall, full length.
    # caption: adapter
    case(
        "X408-018",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The lady wears a long-sleeve dress with pure "
            "color patterns.",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black dress and a black jacket", "unsupported"),
        D.color("yellow", "contradiction"),
        D.details("a tie at the waist"),
        D.sleeve_length("long sleeves"),
        is_a("dress", "yes"),
        D.material("polyester and", "cut"),
        title="Women Black Solid Wrap Midi Dress",
        category="Dresses",
        color="Black",
    ),
    # photo: dusty pink satin pleated midi skirt, a cream short-sleeve knit top tucked in; white backdrop.
    # caption: adapter
    case(
        "X408-019",
        caption(
            "The lady wears a short-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white sweater and a pink skirt"),
        D.garment_type("skirt"),
        D.color("white", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        D.material("satin"),
        color_skirt("pink"),
        title="Women Pink Satin Accordion Pleated Midi Skirt",
        category="Skirts",
        color="Pink",
        gender="Women",
    ),
    # photo: white cotton straight kurta with white chikankari embroidery, three-quarter sleeves, white trousers;
    # pastel green wall and a potted plant behind her.
    # caption: adapter
    case(
        "X408-020",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. It has "
            "a round neckline. There is an accessory on her wrist. The lady wears a medium-sleeve dress with pure "
            "color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a white kurta"),
        D.color("green", "contradiction"),
        D.details("white embroidery"),
        D.material("cotton"),
        D.description("a white kurta with embroidery on it"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Women White Chikankari Embroidered Pure Cotton Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: black high-rise wide-leg jeans, white cropped tee; plain grey backdrop, full length.
    # caption: adapter
    case(
        "X408-021",
        caption(
            "The female wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The female wears a long pants. The pants are with denim fabric and pure "
            "color patterns. The female",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and black pants"),
        color_jeans("white", "other_garment_color"),
        D.color("black"),
        D.garment_type("jeans"),
        D.details("black jeans", "restated"),
        D.material("denim Question: What is the color of the jeans? Answer: black", "leak"),
        title="Women Black Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: mustard yellow wrap top with long balloon sleeves, V-neck, a tie at the side, dark blue jeans; white
    # backdrop, front view.
    # caption: adapter
    case(
        "X408-022",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow top and jeans"),
        D.color("orange", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.description("a yellow shirt with a tie at the waist"),
        neckline("v neck"),
        D.material("silk", "unsupported"),
        title="Women Mustard Yellow Solid Wrap Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: royal blue georgette saree with a pink floral print, pink sleeveless blouse, pallu over the shoulder;
    # she stands on a staircase with a wooden railing.
    # caption: adapter
    case(
        "X408-023",
        caption(
            "This woman is wearing a sleeveless dress with floral patterns. The dress is with chiffon fabric. The "
            "neckline of it is v-shape. There is an accessory on her wrist. This woman is wearing a sleeveless "
            "dress with floral",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue saree with pink flowers"),
        D.color("pink", "other_garment_color"),
        D.material("chiffon"),
        color_blouse("pink"),
        D.pattern("floral"),
        D.details("the saree", "non_answer"),
        title="Women Blue & Pink Floral Printed Poly Georgette Saree",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: navy blue straight formal trousers, a white formal shirt tucked in, black belt; grey office-like
    # wall, full length.
    # caption: adapter (the limit fell at the end of a sentence)
    case(
        "X408-024",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The trousers this lady wears is of long length. The trousers are with cotton fabric "
            "and pure color patterns.",
            hit_limit=True,
        ),
        D.wearing("a white shirt and blue pants"),
        D.color("black", "contradiction"),
        D.garment_type("trousers"),
        color_shirt("white"),
        D.details("a belt"),
        D.description("he is wearing blue pants", "pronoun"),
        title="Women Navy Blue Solid Straight Fit Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: oversized baby pink drop-shoulder tee, sleeves to the elbows, grey cycling shorts, white sneakers;
    # white backdrop, full length.
    # caption: adapter (the limit fell at the end of a sentence)
    case(
        "X408-025",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The lady wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns.",
            hit_limit=True,
        ),
        D.wearing("a pink shirt and grey shorts"),
        D.color("pink"),
        D.sleeve_length("short sleeves"),
        D.description("a pink t-shirt with a pocket on the chest", "unsupported"),
        D.material("pink t-shirt", "restated"),
        title="Women Pink Solid Drop-Shoulder Oversized T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: teal satin slip midi dress with thin straps and a cowl neck; white brick wall behind, front view.
    # caption: adapter
    case(
        "X408-026",
        caption(
            "Her tank top has sleeves cut off, chiffon fabric and pure color patterns. The neckline of it is "
            "suspenders. The skirt this lady wears is of long length. The skirt is with chiffon fabric and pure "
            "color patterns. Her",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a green dress"),
        D.color("blue"),
        D.material("silk", "unsupported"),
        D.sleeve_length("sleeveless"),
        neckline("cowl neck"),
        D.details("spaghetti straps"),
        D.description("a blue dress with a slit on the side", "unsupported"),
        title="Women Teal Blue Satin Cowl Neck Slip Midi Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: mid-blue washed denim jacket, buttoned, long sleeves, two chest flap pockets, worn over a yellow
    # floral dress; white backdrop.
    # caption: adapter
    case(
        "X408-027",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim "
            "fabric. It",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a denim jacket and a yellow dress"),
        D.color("yellow", "other_garment_color"),
        D.pattern("solid"),
        D.material("denim"),
        D.details("two pockets on the chest and buttons"),
        D.description("a blue denim jacket with a", "cut"),
        is_a("jacket", "yes"),
        title="Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: pink sleeveless straight kurta with a gold block print, matching pink palazzos with gold print, no
    # dupatta; white backdrop.
    # caption: adapter
    case(
        "X408-028",
        caption(
            "The lady wears a sleeveless shirt with floral patterns. The shirt is with cotton fabric. It has a round "
            "neckline. The lady wears a long pants. The pants are with cotton fabric and floral patterns. There is "
            "an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink kurta and pants"),
        D.color("pink"),
        D.description("a pink kurta with gold print and a dupatta", "unsupported"),
        D.sleeve_length("long sleeves", "contradiction"),
        color_pants("pink"),
        D.material("cotton"),
        title="Women Pink & Gold Block Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: black smooth padded t-shirt bra worn under an open white shirt, high-waist blue jeans; white
    # backdrop, front view.
    # caption: adapter
    case(
        "X408-029",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black bra and a white shirt"),
        D.garment_type("shirt", "contradiction"),
        D.color("black"),
        D.details("padded cups"),
        is_a("bra", "yes"),
        D.material("lace", "unsupported"),
        title="Women Black Solid Padded Non-Wired T-shirt Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: peach satin knee-length nightdress with spaghetti straps and lace trim at the neckline; she sits on
    # a grey sofa.
    # caption: adapter
    case(
        "X408-030",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. The "
            "neckline of it is v-shape. There is an accessory on her wrist. The lady wears a sleeveless dress with "
            "pure color patterns",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a woman in a pink nightgown sitting on a couch"),
        D.color("orange", "contradiction"),
        D.details("lace on the top"),
        D.material("satin"),
        D.description("a pink dress with lace and a matching robe", "unsupported"),
        title="Women Peach Solid Satin Nightdress",
        category="Nightdress",
        color="Peach",
        gender="Women",
    ),
    # photo: white long-sleeve formal shirt with a mandarin collar, tucked into a black pencil skirt; white
    # backdrop.
    # caption: adapter
    case(
        "X408-031",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "standing neckline. The lady wears a medium short skirt. The skirt is with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and black skirt"),
        D.color("white"),
        D.garment_type("shirt"),
        color_skirt("white", "other_garment_color"),
        D.details("a collar, buttons and a pocket on the chest", "unsupported"),
        D.material("the shirt is white", "restated"),
        title="Women White Solid Mandarin Collar Formal Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: red button-front cardigan with a white fair isle pattern on the yoke, over a white turtleneck, blue
    # jeans; white backdrop.
    # caption: adapter
    case(
        "X408-032",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with knitting fabric. It has "
            "a v-shape neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is an accessory on her wrist. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red sweater and a white turtleneck"),
        D.garment_type("sweater"),
        D.color("white", "other_garment_color"),
        D.material("wool"),
        D.details("buttons down the front and a pattern on the top"),
        is_a("cardigan", "yes"),
        D.pattern("striped", "contradiction"),
        title="Women Red & White Fair Isle Self Design Cardigan",
        category="Sweaters",
        color="Red",
        gender="Women",
    ),
    # photo: lemon yellow straight kurta, three-quarter sleeves, V-neck, yellow trousers, a white dupatta with a
    # multicolour print over one shoulder; white backdrop.
    # caption: adapter
    case(
        "X408-033",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a v-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow dress and a white scarf", "contradiction"),
        D.color("yellow"),
        color_dupatta("yellow", "other_garment_color"),
        D.material("cotton"),
        D.details("a v neck Question: What is the color of the dupatta? Answer: white", "leak"),
        title="Women Yellow Solid Kurta with Trousers & Printed Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: black top with small white polka dots, short flutter sleeves, tucked into white trousers; beige
    # backdrop, front view.
    # caption: adapter
    case(
        "X408-034",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The trousers this lady wears is of long length. The trousers are with cotton fabric "
            "and pure color patterns. Her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black and white polka dot top and white pants"),
        D.pattern("polka dots"),
        D.color("black"),
        D.description("she is wearing a black top with white dots"),
        D.details("a bow on the back", "unsupported"),
        color_pants("black", "other_garment_color"),
        title="Women Black & White Polka Dot Print Flutter Sleeve Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: off-white tiered cotton maxi dress with white embroidery, short sleeves, V-neck; she stands by a
    # wooden fence against a painted sky backdrop.
    # caption: adapter
    case(
        "X408-035",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. There is a ring on her finger. The lady wears a "
            "short",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white dress"),
        D.color("cream"),
        D.material("cotton"),
        D.details("embroidery and ruffles"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.description("a white dress with a brown belt", "unsupported"),
        title="Women Off-White Embroidered Tiered Cotton Maxi Dress",
        category="Dresses",
        color="Off White",
        gender="Women",
    ),
    # photo: light blue boyfriend jeans ripped at the knees, rolled hems, a grey tee tucked in; white backdrop.
    # caption: adapter
    case(
        "X408-036",
        caption(
            "The female is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric and its neckline is round. The female is wearing a long pants. The pants are with denim fabric "
            "and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey shirt and ripped jeans"),
        D.details("rips on the knees"),
        D.color("grey", "other_garment_color"),
        color_jeans("blue"),
        D.description("he is wearing a pair of ripped jeans", "pronoun"),
        D.material("cotton Question: What is the color of the jeans? Answer: blue", "leak"),
        title="Women Light Blue Boyfriend Fit Highly Distressed Jeans",
        category="Jeans",
        color="Light Blue",
        gender="Women",
    ),
    # photo: black faux-leather A-line mini skirt (no zip or buttons in view), white shirt tucked in, black
    # ankle boots; grey backdrop, front view.
    # caption: adapter
    case(
        "X408-037",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a short skirt. The skirt is with leather fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and a black skirt"),
        D.garment_type("skirt"),
        D.material("leather"),
        D.color("black"),
        D.details("a zipper on the side", "unsupported"),
        color_skirt("black"),
        D.description("a black leather skirt with a", "cut"),
        title="Women Black Faux Leather A-Line Mini Skirt",
        category="Skirts",
        color="Black",
    ),
    # photo: red chiffon saree with a silver sequinned border, black sleeveless blouse, pallu pinned on the
    # shoulder; plain grey backdrop.
    # caption: adapter
    case(
        "X408-038",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. The "
            "neckline of it is v-shape. There is an accessory on her wrist. The lady wears a sleeveless dress with "
            "pure color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a red saree"),
        D.color("red"),
        color_blouse("red", "other_garment_color"),
        D.material("chiffon"),
        D.details("gold sequins on the border", "contradiction"),
        D.garment_type("saree"),
        title="Women Red Solid Chiffon Saree with Sequinned Border",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: emerald green ribbed sleeveless tank top tucked into white denim shorts; tropical palm-leaf wallpaper
    # behind her.
    # caption: adapter (the limit fell at the end of a sentence)
    case(
        "X408-039",
        caption(
            "Her tank top has sleeves cut off, cotton fabric and pure color patterns. The neckline of it is round. "
            "The shorts this lady wears is of three-point length. The shorts are with denim fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        D.wearing("a woman in a green tank top and white shorts standing in front of palm leaves"),
        D.color("green"),
        D.pattern("floral", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.description("a green ribbed tank top"),
        D.material("cotton"),
        title="Women Green Ribbed Tank Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: maroon polo t-shirt with white tipping on the collar and sleeves, black track pants; white backdrop.
    # caption: adapter
    case(
        "X408-040",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a lapel neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The pants",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a red polo shirt and black pants", "pronoun"),
        D.color("purple", "contradiction"),
        D.garment_type("t-shirt"),
        D.details("a collar and buttons"),
        D.material("cotton"),
        color_pants("black"),
        neckline("a v neck", "contradiction"),
        title="Women Maroon Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Women",
    ),
    # photo: black tunic-length kurti with a white geometric print, long sleeves, blue jeans; white backdrop.
    # caption: adapter
    case(
        "X408-041",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The shirt is with cotton fabric. It has a round",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black top and blue jeans"),
        D.color("white", "contradiction"),
        D.pattern("geometric"),
        D.sleeve_length("long sleeves"),
        D.material("", "non_answer"),
        D.details("white print, white print, white print", "loop"),
        title="Women Black Geometric Printed Kurti",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: blue and white vertical striped knee-length shirt dress, sleeves rolled to the elbow, a self-fabric
    # tie belt; white backdrop.
    # caption: adapter
    case(
        "X408-042",
        caption(
            "The lady wears a short-sleeve dress with striped patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. There is a belt on her waist. The lady wears a short-sleeve dress with striped "
            "patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue and white striped dress"),
        D.color("blue"),
        D.pattern("striped"),
        D.details("a belt and buttons on the front"),
        D.material("denim", "unsupported"),
        D.description("a blue dress with white stripes and a white collar", "unsupported"),
        title="Women Blue & White Striped Cotton Shirt Dress with Belt",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: black cotton joggers with elasticated cuffs and a drawstring waist, white cropped hoodie; white
    # backdrop, full length.
    # caption: adapter
    case(
        "X408-043",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white hoodie and black sweatpants"),
        D.garment_type("trousers"),
        D.color("white", "other_garment_color"),
        color_pants("black"),
        D.details("a drawstring and elastic at the ankles"),
        D.material("black joggers", "restated"),
        title="Women Black Solid Cotton Joggers",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: olive green quilted puffer jacket with a plain hood (no fur), zipped up, long sleeves, black
    # leggings; grey backdrop.
    # caption: adapter
    case(
        "X408-044",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has "
            "a standing neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. The jacket is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green jacket and green pants", "other_garment_color"),
        D.color("green"),
        D.material("green", "restated"),
        D.details("a hood and a zipper"),
        is_a("jacket", "yes"),
        D.description("a green puffer jacket with a fur hood", "unsupported"),
        title="Women Olive Green Solid Hooded Puffer Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: grey melange short-sleeve pyjama tee with a cat graphic and the word "sleepy" in pink, pink printed
    # shorts; she stands in a bedroom with a white bed.
    # caption: adapter
    case(
        "X408-045",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a three-point shorts. The shorts are with cotton fabric and graphic "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey shirt and pink shorts"),
        D.color("pink", "other_garment_color"),
        printed("a dog", "contradiction"),
        color_shorts("pink"),
        D.material("pajamas", "restated"),
        D.description("Question: Describe the garment. Answer: a grey t-shirt", "leak"),
        title="Women Grey & Pink Cat Printed Pyjama Set",
        category="Night suits",
        color="Grey",
    ),
    # photo: black satin oversized long-sleeve shirt, cream wide-leg trousers; she stands by a white wall next to
    # a large floor mirror.
    # caption: adapter
    case(
        "X408-046",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. His",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a black shirt and black pants", "other_garment_color"),
        D.material("satin"),
        D.color("black"),
        D.sleeve_length("long sleeves"),
        D.details("the details of the shirt", "non_answer"),
        title="Women Black Satin Oversized Longline Shirt",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
]
