"""BLIND_940 (46 products; women's western wear on Myntra, base zero-shot): written blind in the fifty-seventh session.
Measured blind at eed7db2 (the session's seventh rules): 118/140 failures found (84.3%) and 7/201 correct texts flagged
(3.5%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's western wear (dresses, tops, t-shirts, shirts, jeans, skirts, jumpsuits).
Studio catalog photos, mostly a model on a plain white, grey, beige or colored backdrop, front view, full length or
three-quarter, the product worn with other clothes (a tee under a pinafore, a blazer over a camisole, a sweater
over a skirt); one back view, one with a straw-hat prop. Seller columns: title, category (article type),
color (base colour), gender; one row lacks gender and one lacks color, as real feeds do.

Who wrote what: every text comes from the untuned base model, Salesforce/blip2-opt-2.7b, zero-shot, no adapter.
Captions and open answers are greedy free generation (50 new tokens for captions, 30 for answers); closed answers
(garment type, color, pattern, sleeve length, the yes/no "Is this a ...?" and closed color-of questions) come from
enrich's --engine reference, which picks one candidate, so they never loop or stop short. The base model's habits:
short lowercase answers with no full stop, "t - shirt" spacing, "gray" and "grey" both, one color for the whole
outfit, the colour of whatever covers most of the frame (a blazer, a sweater) given to the product, invented
zippers, belts, pockets and fabrics, now and then "he" for the model, and a continuation into the next
"Question: ... Answer:" when it does not emit the newline. It usually stops on its own, so loops and cuts are rarer
than with the unmasked adapters, but greedy decoding still falls into repeating a phrase until the token limit.

Labeling conventions and judgement calls:
- One label per text; when a text has several failures the most visible one wins: loop, then leak, then cut, then
  the content failures. A loop or leak that ran to the token limit also has hit_limit=True.
- other_garment_color: the product is given the color of another visible garment or of an accessory worn or held
  (jacket, sweater, tee, trousers, bag, hat), or the caption gives the product and another garment one color.
- contradiction: a garment type, color, pattern or sleeve length that the photo and the seller contradict and that is
  not another garment's color: the backdrop's color, a wrong hue, a print's accent color, a jacket's long sleeves
  for a sleeveless dress, a tee's stripes for a solid pinafore, corduroy wales or pleats read as "striped", a
  wrong type from the closed question ("jacket" for a camisole under a blazer, "trousers" for white jeans), and
  a wrong color for another garment of the outfit ("black shorts" for blue ones) or the wrong print colors.
- Neighboring shades are correct: maroon as red or burgundy, peach as pink, teal as blue or green, lavender as
  purple, mustard as yellow, cream as white, rust as orange. For a two-color print named in the title (black &
  white gingham) either color is correct.
- unsupported: details the photo cannot show or does not have (a belt, zipper, slit, pocket, lace trim, knot,
  smocking, a bag), front details claimed from a back view, and a specific fiber (silk, linen, rayon, chiffon,
  cotton, flannel) that the title does not state. A material seen in the photo or named in the title is correct
  (denim for jeans, velvet, satin, sequins, corduroy, lace, ribbed knit); "leather" for a faux-leather skirt is
  correct because that is what the photo shows; a jacket's material given to the product is unsupported.
- non_answer: a one-word answer (a bare color, "clothes", "yes") to an open question, or only the garment's name
  back ("they are jeans" for the jeans' details). restated: a sentence that only turns the question back ("the
  details of the top are the top details", "the garment is made of fabric").
- pronoun: "he", "his" or "a man" for the woman modelling a Women product. "girl" for a woman is not a failure.
- A short but true open answer ("a black dress", "grey jeans") is correct, and so is an answer that names the other
  garments of the outfit alongside the product.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS
gtype, colour, pattern, sleeves, fabric = Q.garment_type, Q.color, Q.pattern, Q.sleeve_length, Q.material

BLIND_940 = [
    # photo: navy blue A-line knee-length dress with a small white floral print, short flutter sleeves, no belt, no
    # hat, tan sandals, white backdrop, front view, full length; all texts by the base model (closed ones via reference)
    case(
        "X940-001",
        caption("a woman in a blue floral dress standing on a white background"),
        wearing("a blue dress with white flowers and a white hat", "unsupported"),
        gtype("dress"),
        colour("navy blue"),
        pattern("floral"),
        sleeves("short sleeves"),
        describe("dress", "it is a blue dress with a floral print and a belt", "unsupported"),
        fabric("silk", "unsupported"),
        title="Vero Moda Women Navy Blue Floral Print A-Line Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black high-rise skinny jeans, white cropped t-shirt tucked in, white sneakers, light grey backdrop,
    # front view, full length; base model
    case(
        "X940-002",
        caption("a woman in a white shirt and black jeans"),
        wearing("he is wearing a white t - shirt and black jeans", "pronoun"),
        gtype("jeans"),
        color_of("jeans", "white", "other_garment_color"),
        is_a("pair of jeans", "yes"),
        details("jeans", "they are jeans", "non_answer"),
        fabric("denim"),
        title="Roadster Women Black Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: mustard yellow sleeveless top with a ruffled round neckline, white straight trousers, white backdrop,
    # front view, three-quarter length; base model
    case(
        "X940-003",
        caption("a woman in a yellow top and white pants"),
        wearing("a yellow top and white pants"),
        gtype("top"),
        colour("yellow"),
        sleeves("sleeveless"),
        describe("top", "a yellow top with ruffles on the neck"),
        details("top", "the top has a ruffled neckline and a zipper on the back", "unsupported"),
        color_of("top", "white", "other_garment_color", kind="open"),
        title="SASSAFRAS Women Mustard Yellow Solid Ruffled Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: red long-sleeved bodycon midi dress, no slit, black pointed heels, beige backdrop, front view, full
    # length; base model
    case(
        "X940-004",
        caption("a woman in a pink dress posing for a photo", "contradiction"),
        wearing("a red dress and black shoes"),
        gtype("dress"),
        colour("red"),
        sleeves("long sleeves"),
        describe("dress", "a red dress with long sleeves and a slit on the side", "unsupported"),
        details("dress", "the details of the dress are the details of the dress", "restated"),
        title="SASSAFRAS Women Red Solid Bodycon Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: olive green sleeveless jumpsuit with a fabric tie belt and straight legs, white backdrop, front view,
    # full length, brown flat sandals; base model
    case(
        "X940-005",
        caption("a woman wearing a green jumpsuit with a belt"),
        wearing("a green jumpsuit"),
        gtype("jumpsuit"),
        colour("green"),
        is_a("dress", "yes", "contradiction"),
        describe(
            "jumpsuit",
            "a green jumpsuit with a belt and a belt and a belt and a belt and a belt and a belt and a belt and a"
            " belt and a belt",
            "loop",
            hit_limit=True,
        ),
        fabric("linen", "unsupported"),
        title="AND Women Olive Green Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Olive",
        gender="Women",
    ),
    # photo: light blue denim A-line mini skirt with a frayed hem and two front patch pockets, black-and-white
    # horizontally striped t-shirt tucked in, white backdrop, front view; base model
    case(
        "X940-006",
        caption("a woman in a striped shirt and a denim skirt"),
        wearing(
            "a black and white striped shirt and a blue denim skirt Question: what is the color of the skirt? Answer:"
            " blue",
            "leak",
        ),
        gtype("skirt"),
        colour("black", "other_garment_color"),
        pattern("striped", "contradiction"),
        color_of("skirt", "blue", kind="open"),
        details("skirt", "the skirt has a frayed hem and two front pockets"),
        title="ONLY Women Blue Solid Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: white long-sleeved cotton shirt with sleeves rolled to the elbow, worn untucked over mid-blue jeans,
    # grey backdrop, front view, full length; base model
    case(
        "X940-007",
        caption("a woman wearing a white shirt and blue jeans"),
        wearing("he is wearing a white shirt and blue jeans", "pronoun"),
        gtype("shirt"),
        colour("blue", "other_garment_color"),
        sleeves("long sleeves"),
        describe("shirt", "a white button down shirt with rolled up sleeves"),
        fabric("cotton"),
        title="HERE&NOW Women White Regular Fit Solid Pure Cotton Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: mid-blue wide-leg high-rise jeans, no belt, black long-sleeved bodysuit tucked in, white backdrop,
    # front view, full length; base model
    case(
        "X940-008",
        caption("a woman in a black top and black jeans", "other_garment_color"),
        wearing("clothes", "non_answer"),
        gtype("jeans"),
        colour("blue"),
        color_of("jeans", "black and blue", "other_garment_color", kind="open"),
        details("jeans", "the jeans are high waisted with wide legs and a black belt", "unsupported"),
        title="Mango Women Blue Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: sleeveless maxi dress, white ground with pink roses and green leaves, white backdrop with a potted
    # palm as a prop, front view, full length; base model
    case(
        "X940-009",
        caption("a woman in a white floral dress standing next to a plant"),
        wearing(
            "a white dress with flowers on it and a pink dress with flowers on it and a pink dress with flowers on it"
            " and a pink",
            "loop",
            hit_limit=True,
        ),
        gtype("dress"),
        colour("green", "contradiction"),
        pattern("floral"),
        sleeves("sleeveless"),
        describe("dress", "a long white dress with pink and green flowers"),
        title="Athena Women White & Pink Floral Print Maxi Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: grey melange short-sleeved knee-length t-shirt dress with a round neck, black leather biker jacket worn
    # open over it (its sleeves cover the dress's), white sneakers, white backdrop, front view; base model
    case(
        "X940-010",
        caption("a woman in a black leather jacket and grey dress"),
        wearing("a black jacket and a grey dress"),
        gtype("jacket", "contradiction"),
        colour("black", "other_garment_color"),
        sleeves("long sleeves", "contradiction"),
        describe("dress", "a gray knee length dress with a round neck"),
        fabric("leather", "unsupported"),
        title="Tokyo Talkies Women Grey Melange Solid T-shirt Dress",
        category="Dresses",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: white off-shoulder bardot top with short puff sleeves and an elasticated neckline, no trim, light blue
    # skinny jeans, white backdrop, front view, three-quarter length; base model
    case(
        "X940-011",
        caption("a woman in an off the shoulder white top and jeans"),
        wearing("she is wearing a blue off the shoulder top and blue jeans", "other_garment_color"),
        gtype("top"),
        colour("white"),
        sleeves("short sleeves"),
        describe("top", "white", "non_answer"),
        details("top", "it has an elastic neckline and puff sleeves with lace trim", "unsupported"),
        title="Berrylush Women White Solid Off-Shoulder Bardot Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: black pleated A-line midi skirt, beige knit sweater tucked in, black ankle boots, white backdrop, front
    # view, full length; base model
    case(
        "X940-012",
        caption("a woman in a beige sweater and black skirt"),
        wearing("a beige sweater and a black pleated skirt"),
        gtype("sweater", "contradiction"),
        colour("beige", "other_garment_color"),
        pattern("solid"),
        color_of("skirt", "black"),
        details(
            "skirt",
            "the skirt is a black pleated midi skirt with an elastic waistband and it is worn with a beige sweater"
            " tucked into the waist of the skirt and a pair of",
            "cut",
            hit_limit=True,
        ),
        title="FOREVER 21 Women Black Solid Pleated A-Line Midi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: teal wrap dress with a V-neck, three-quarter sleeves and a tie at the waist, holding a small white
    # clutch, white backdrop, front view, full length; base model
    case(
        "X940-013",
        caption("a woman in a green dress holding a white purse"),
        wearing("a teal dress and a white bag Question: what is the color of the bag? Answer: white", "leak"),
        gtype("dress"),
        colour("blue"),
        sleeves("three-quarter sleeves"),
        describe("dress", "a teal wrap dress with a v neck and a tie at the waist"),
        color_of("dress", "white", "other_garment_color", kind="open"),
        fabric("the garment is made of fabric", "restated"),
        title="Harpa Women Teal Solid Wrap Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: light pink ribbed short-sleeved crop top with a round neck and no pocket, high-waisted white
    # denim shorts, pastel blue backdrop, front view, three-quarter length; base model
    case(
        "X940-014",
        caption("a woman wearing a pink crop top and white shorts"),
        wearing("he is wearing a pink shirt and white shorts", "pronoun"),
        gtype("shorts", "contradiction"),
        colour("pink"),
        sleeves("short sleeves"),
        details("top", "a pink crop top with a round neck and a pocket on the chest", "unsupported"),
        fabric("ribbed knit"),
        title="Tokyo Talkies Women Pink Solid Ribbed Crop Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: black culotte jumpsuit with white polka dots, short sleeves, wide cropped legs, white backdrop, front
    # view, full length; base model
    case(
        "X940-015",
        caption("a woman in a black and white polka dot jumpsuit"),
        wearing("a black and white polka dot dress", "contradiction"),
        gtype("jumpsuit"),
        colour("black"),
        pattern("polka dot"),
        sleeves("short sleeves"),
        describe(
            "jumpsuit",
            "a black jumpsuit with white polka dots Question: What is the color of the jumpsuit? Answer: black"
            " Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        title="Sera Women Black & White Polka Dot Print Culotte Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: light blue high-rise mom jeans ripped at both knees, white tank top tucked in, mustard yellow backdrop,
    # front view, full length; base model
    case(
        "X940-016",
        caption("a woman in white tank top and ripped jeans against a yellow wall"),
        wearing("a white tank top and blue jeans"),
        gtype("jeans"),
        colour("blue"),
        color_of("jeans", "yellow", "contradiction", kind="open"),
        details("jeans", "the jeans are ripped at the knees"),
        describe(
            "jeans",
            "ripped jeans ripped jeans ripped jeans ripped jeans ripped jeans ripped jeans ripped jeans ripped jeans"
            " ripped jeans ripped jeans",
            "loop",
            hit_limit=True,
        ),
        fabric("denim"),
        title="Roadster Women Blue Mom Fit High-Rise Mildly Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: maroon velvet sleeveless sheath dress, knee length, gold hoop earrings, hair in a low bun, grey
    # backdrop, front view only (back not visible); base model
    case(
        "X940-017",
        caption(
            "a woman wearing a burgundy velvet dress with thin straps and gold hoop earrings standing in front of a"
            " grey background with her hands on her hips and her hair tied back in a low bun and she is looking at"
            " the camera with a",
            "cut",
            hit_limit=True,
        ),
        wearing("maroon", "non_answer"),
        gtype("dress"),
        colour("red"),
        sleeves("sleeveless"),
        fabric("velvet"),
        describe("dress", "a purple velvet dress", "contradiction"),
        details("dress", "the dress has a zipper on the back", "unsupported"),
        title="DressBerry Women Maroon Solid Velvet Sheath Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: red-and-black buffalo check long-sleeved shirt, buttoned, black skinny jeans, black ankle boots, white
    # backdrop, front view, full length; base model
    case(
        "X940-018",
        caption("a woman wearing a red and black plaid shirt"),
        wearing("a red and black plaid shirt and black jeans and black boots"),
        colour("red"),
        pattern("checked"),
        sleeves("long sleeves"),
        color_of("shirt", "red and black", kind="open"),
        describe(
            "shirt",
            "a plaid shirt with a plaid shirt and a plaid shirt and a plaid shirt and a plaid shirt and a plaid shirt"
            " and a",
            "loop",
            hit_limit=True,
        ),
        fabric("flannel", "unsupported"),
        title="Roadster Women Red & Black Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Women",
    ),
    # photo: lavender satin slip dress with spaghetti straps and a plain neckline, midi length, nude heels, white
    # backdrop, front view; base model
    case(
        "X940-019",
        caption("a woman in a pink slip dress", "contradiction"),
        wearing("a lavender dress Question: what is the color of the dress? Answer: lavender", "leak"),
        gtype("dress"),
        colour("purple"),
        sleeves("sleeveless"),
        fabric("satin"),
        describe("dress", "a light purple satin dress with thin straps"),
        details("dress", "the dress has spaghetti straps and a lace trim on the neckline", "unsupported"),
        title="Berrylush Women Lavender Solid Satin Slip Dress",
        category="Dresses",
        color="Lavender",
        gender="Women",
    ),
    # photo: black short-sleeved round-neck t-shirt with "DREAMER" printed in white on the chest, blue denim shorts,
    # white backdrop, front view, three-quarter length; base model
    case(
        "X940-020",
        caption("a woman in a black t - shirt that says dreamer"),
        wearing("a black t-shirt and black shorts", "contradiction"),
        gtype("t-shirt"),
        colour("black"),
        pattern("printed"),
        sleeves("short sleeves"),
        describe("t-shirt", "a black t-shirt with white writing on it"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        title="Difference of Opinion Women Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: mustard yellow wrap midi skirt with a pink floral print and a side tie, white t-shirt tucked in, white
    # backdrop, front view, full length; base model
    case(
        "X940-021",
        caption("a woman in a white shirt and a yellow floral skirt"),
        wearing("she is wearing a white t-shirt and a white skirt with flowers on it", "other_garment_color"),
        gtype("skirt"),
        colour("white", "other_garment_color"),
        pattern("floral"),
        details("skirt", "a wrap skirt with a tie on the side"),
        fabric("chiffon", "unsupported"),
        title="Mast & Harbour Women Yellow & Pink Floral Print Wrap Midi Skirt",
        category="Skirts",
        color="Yellow",
        gender="Women",
    ),
    # photo: back view: black high-rise skinny jeans with two back pockets, grey sweatshirt, white backdrop, full
    # length; the slashed knees and front fly are not visible; base model
    case(
        "X940-022",
        caption("the back of a woman wearing black jeans and a gray sweatshirt"),
        wearing("black", "non_answer"),
        gtype("jeans"),
        colour("grey", "other_garment_color"),
        is_a("pair of jeans", "yes"),
        details("jeans", "they have two back pockets"),
        describe("jeans", "the jeans are black and have a button fly and a zipper fly", "unsupported"),
        title="Kraus Jeans Women Black Skinny Fit High-Rise Slash Knee Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: peach top with short puff sleeves and a tie-up front, light blue jeans, white backdrop, front view,
    # three-quarter length; base model
    case(
        "X940-023",
        caption("a woman in a pink top and jeans"),
        wearing(
            "a peach top and blue jeans and a peach top and blue jeans and a peach top and blue jeans and a peach top"
            " and blue jeans",
            "loop",
            hit_limit=True,
        ),
        gtype("top"),
        colour("pink"),
        sleeves("short sleeves"),
        describe("top", "a peach colored blouse with a tie in the front"),
        details("top", "the top has a tie front and puff sleeves, it is made of 100% cotton", "unsupported"),
        color_of("top", "light blue", "other_garment_color", kind="open"),
        title="Harpa Women Peach-Coloured Solid Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: mid-blue denim jumpsuit, short sleeves, collar, button front, two chest pockets, self belt, wide legs
    # with rolled hems, white sneakers, white backdrop, front view, full length; base model
    case(
        "X940-024",
        caption("a woman in a denim jumpsuit and white sneakers"),
        wearing("he is wearing a blue jean jumpsuit", "pronoun"),
        gtype("jeans", "contradiction"),
        colour("blue"),
        is_a("jumpsuit", "no", "contradiction"),
        fabric("denim"),
        describe("jumpsuit", "a denim jumpsuit with short sleeves and a belt at the waist"),
        details(
            "jumpsuit",
            "the jumpsuit has short sleeves, a collar, buttons down the front, a belt at the waist, two chest pockets"
            " and wide legs that are rolled up at the",
            "cut",
            hit_limit=True,
        ),
        title="Vero Moda Women Blue Solid Denim Jumpsuit",
        category="Jumpsuit",
        color="Blue",
        gender="Women",
    ),
    # photo: rust orange tiered A-line midi dress, short ruffled sleeves, no belt, beige backdrop, front view, full
    # length, tan sandals; base model
    case(
        "X940-025",
        caption("a woman in an orange dress"),
        wearing("she is wearing an orange dress with ruffles"),
        gtype("dress"),
        colour("orange"),
        sleeves("short sleeves"),
        describe("dress", "a pink tiered dress with ruffles", "contradiction"),
        details("dress", "the dress has three tiers and ruffled sleeves and a matching belt", "unsupported"),
        fabric("it is made of material", "restated"),
        title="SASSAFRAS Women Rust Orange Solid Tiered A-Line Dress",
        category="Dresses",
        color="Rust",
        gender="Women",
    ),
    # photo: navy-and-white horizontally striped long-sleeved boat-neck top, red straight trousers, white backdrop,
    # front view, full length; base model
    case(
        "X940-026",
        caption("a woman in a striped shirt and red pants"),
        wearing("a man in a striped shirt and red pants", "pronoun"),
        gtype("top"),
        colour("red", "other_garment_color"),
        pattern("striped"),
        sleeves("long sleeves"),
        describe(
            "top",
            "a navy and white striped top with long sleeves and a boat neck, worn with red trousers that are high"
            " waisted and straight leg with a crease down the front and",
            "cut",
            hit_limit=True,
        ),
        title="ONLY Women Navy Blue & White Striped Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black faux-leather mini skirt with a plain front (no zip), grey knit sweater tucked in, black tights,
    # black boots, white backdrop, front view, full length; base model
    case(
        "X940-027",
        caption("a woman in a grey sweater and black leather skirt"),
        wearing("a gray sweater, a black skirt and black tights"),
        is_a("skirt", "yes"),
        colour("grey", "other_garment_color"),
        fabric("leather"),
        describe("skirt", "a black mini skirt with a zipper in the front", "unsupported"),
        details("skirt", "the details of the skirt", "restated"),
        title="FOREVER 21 Women Black Solid Faux Leather Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: white sleeveless broderie (eyelet) A-line dress, light blue denim jacket worn over it with its long
    # sleeves, tan backdrop, front view, full length; seller row has no color; base model
    case(
        "X940-028",
        caption("a woman in a white dress and a denim jacket"),
        gtype("dress"),
        colour("blue", "other_garment_color"),
        sleeves("long sleeves", "contradiction"),
        describe("dress", "a white lace dress with a jean jacket"),
        details(
            "dress",
            "the dress is made of cotton and has a lace trim at the hem and a lace trim at the hem and a lace trim at"
            " the hem and",
            "loop",
            hit_limit=True,
        ),
        title="Mango Women White Self-Design Schiffli A-Line Dress",
        category="Dresses",
        gender="Women",
    ),
    # photo: black lace camisole with thin straps under an open white blazer, white wide trousers, white backdrop,
    # front view, three-quarter length; base model
    case(
        "X940-029",
        caption("a woman in a white blazer and black lace top"),
        wearing("a white blazer over a black top with white pants"),
        gtype("jacket", "contradiction"),
        colour("white", "other_garment_color"),
        sleeves("sleeveless"),
        fabric("lace"),
        describe("top", "a black lace camisole with thin straps"),
        details("top", "Answer: the top is black lace Question: what are the top details? Answer: black lace", "leak"),
        title="Kazo Women Black Lace Camisole Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: dark navy straight-fit jeans, white blouse tucked in, brown leather belt, white backdrop, front view,
    # full length; base model
    case(
        "X940-030",
        caption("a woman in a white blouse and dark blue jeans with a brown belt"),
        wearing("a man wearing a white shirt and jeans", "pronoun"),
        gtype("jeans"),
        colour("navy blue"),
        color_of("jeans", "white", "other_garment_color"),
        details("jeans", "jeans", "non_answer"),
        fabric("denim"),
        title="Levis Women Navy Blue Straight Fit Mid-Rise Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: bottle green long-sleeved fit-and-flare dress with a white Peter Pan collar, black tights, white
    # backdrop, front view, full length; base model
    case(
        "X940-031",
        caption("a woman in a green dress with a white collar"),
        wearing("a green dress with a white collar and black tights"),
        gtype("dress"),
        colour("green"),
        sleeves("long sleeves"),
        color_of("dress", "white", "contradiction", kind="open"),
        describe("dress", "a green dress with a peter pan collar"),
        details(
            "dress",
            "a green dress with a white collar and a white collar and a white collar and a white collar and a white"
            " collar and a",
            "loop",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Green Solid Fit and Flare Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: maroon halter-neck sleeveless jumpsuit with a small white floral print, wide legs, white backdrop,
    # front view, full length; base model
    case(
        "X940-032",
        caption("a woman in a red floral jumpsuit"),
        wearing("he is wearing a red jumpsuit with flowers", "pronoun"),
        gtype("dress", "contradiction"),
        pattern("floral"),
        sleeves("sleeveless"),
        describe("jumpsuit", "the jumpsuit is a jumpsuit", "restated"),
        fabric("rayon", "unsupported"),
        title="Harpa Women Maroon Floral Print Halter Neck Jumpsuit",
        category="Jumpsuit",
        color="Maroon",
        gender="Women",
    ),
    # photo: plain white short-sleeved round-neck t-shirt without a pocket, black slim trousers, white backdrop,
    # front view, full length; base model
    case(
        "X940-033",
        caption(
            "a woman in a white shirt and black pants and a white shirt and black pants and a white shirt and black"
            " pants and a white shirt and black pants and a white shirt and black pants and a white shirt and black"
            " pants and a white shirt and black pants",
            "loop",
            hit_limit=True,
        ),
        wearing("white", "non_answer"),
        gtype("t-shirt"),
        colour("black", "other_garment_color"),
        sleeves("short sleeves"),
        describe("t-shirt", "a white t-shirt with a round neck and a pocket on the chest", "unsupported"),
        details(
            "t-shirt",
            "a white t-shirt and black pants Question: What is the color of the pants? Answer: black",
            "leak",
        ),
        title="HRX by Hrithik Roshan Women White Solid Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: pink metallic pleated midi skirt, black t-shirt tucked in, no bag, white backdrop, front view, full
    # length; base model
    case(
        "X940-034",
        caption("a woman in a black shirt and pink skirt"),
        wearing("the woman is wearing a black t shirt and a pink skirt and she is holding a pink bag", "unsupported"),
        gtype("skirt"),
        colour("pink"),
        pattern("striped", "contradiction"),
        color_of("skirt", "black", "other_garment_color", kind="open"),
        fabric("satin", "unsupported"),
        title="Mango Women Pink Metallic Pleated Midi Skirt",
        category="Skirts",
        color="Pink",
        gender="Women",
    ),
    # photo: blue-and-white vertically striped long-sleeved shirt dress with a collar, button front and a self-tie
    # belt, sleeves rolled to the elbow, white backdrop, front view, full length; base model
    case(
        "X940-035",
        caption("a woman in a blue and white striped shirt dress"),
        wearing(
            "a striped dress Question: What is the color of the dress? Answer: blue and white Question: What is the",
            "leak",
            hit_limit=True,
        ),
        gtype("shirt", "contradiction"),
        colour("blue"),
        pattern("striped"),
        sleeves("long sleeves"),
        describe(
            "dress",
            "a blue and white striped shirt dress with a collar, buttons down the front, long sleeves rolled up to the"
            " elbows and a self tie belt at the",
            "cut",
            hit_limit=True,
        ),
        details("dress", "blue", "non_answer"),
        title="Roadster Women Blue & White Striped Shirt Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: emerald green satin long-sleeved wrap top, black tapered trousers, grey backdrop, front view,
    # three-quarter length; base model
    case(
        "X940-036",
        caption("a woman in green satin top and black pants"),
        wearing("he is wearing a green shirt and black pants", "pronoun"),
        gtype("top"),
        colour("green"),
        sleeves("long sleeves"),
        fabric("satin"),
        describe("top", "a green wrap top with long sleeves and a black pants"),
        details("top", "the details of the top are the top details", "restated"),
        color_of("top", "black", "other_garment_color", kind="open"),
        title="AND Women Green Satin Wrap Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: white slim-fit jeans with a zip fly and belt loops, navy blue blouse tucked in, tan sandals, white
    # backdrop, front view, full length; base model
    case(
        "X940-037",
        caption("a woman in a blue top and white pants"),
        wearing("she is wearing a navy blue top with white jeans and brown sandals"),
        gtype("trousers", "contradiction"),
        colour("navy blue", "other_garment_color"),
        details(
            "jeans",
            "the jeans are slim fit with a zip fly and belt loops and a zip fly and belt loops and a zip fly and",
            "loop",
            hit_limit=True,
        ),
        fabric("denim"),
        title="Marks & Spencer Women White Slim Fit Jeans",
        category="Jeans",
        color="White",
        gender="Women",
    ),
    # photo: white linen-blend short-sleeved button-front jumpsuit with wide legs, tan straw hat, white backdrop,
    # front view, full length; base model
    case(
        "X940-038",
        caption("a woman in a white jumpsuit and a straw hat"),
        wearing("a white jumpsuit"),
        gtype("jumpsuit"),
        colour("white"),
        sleeves("sleeveless", "contradiction"),
        color_of("jumpsuit", "brown", "other_garment_color", kind="open"),
        fabric("linen"),
        describe(
            "jumpsuit",
            "a white jumpsuit with a wide leg and a straw hat Question: What is the person wearing? Answer: a white"
            " jumpsuit and a straw",
            "leak",
            hit_limit=True,
        ),
        title="Mango Women White Solid Linen Blend Jumpsuit",
        category="Jumpsuit",
        color="White",
        gender="Women",
    ),
    # photo: black sequinned sleeveless bodycon mini dress with a sweetheart neckline, no slit, silver heels, no bag,
    # dark grey backdrop, front view, full length; base model
    case(
        "X940-039",
        caption("a woman in a black sequin dress"),
        wearing("a black sparkly dress and silver heels and a silver clutch", "unsupported"),
        gtype("dress"),
        colour("silver", "contradiction"),
        fabric("sequins"),
        describe("dress", "a black dress"),
        details(
            "dress",
            "the dress is covered in sequins and has a sweetheart neckline and a slit on the side and a slit on the"
            " side and a slit on the",
            "loop",
            hit_limit=True,
        ),
        title="Athena Women Black Embellished Sequinned Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: pink, blue and purple tie-dye short-sleeved crop top with a plain hem (no knot), black skinny jeans,
    # white sneakers, white backdrop, front view, full length; base model
    case(
        "X940-040",
        caption("a woman in a tie dye shirt and black jeans"),
        wearing(
            "a pink, blue and purple tie dye crop top with a round neck and short sleeves, high waisted black skinny"
            " jeans and white sneakers with a white",
            "cut",
            hit_limit=True,
        ),
        gtype("top"),
        colour("black", "other_garment_color"),
        pattern("printed"),
        describe("top", "a colorful shirt"),
        details("top", "the top is cropped and has a knot at the front", "unsupported"),
        fabric("the material of the garment", "restated"),
        title="Tokyo Talkies Women Multicoloured Tie-Dye Crop Top",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: olive green satin slip midi skirt, cream cable-knit sweater, white backdrop, front view, full length;
    # the seller row has no gender; base model
    case(
        "X940-041",
        caption("a woman in a white sweater and green skirt"),
        wearing("a cream sweater and a green satin skirt"),
        gtype("skirt"),
        colour("white", "other_garment_color"),
        fabric("silk", "unsupported"),
        describe("skirt", "this is a description of the skirt", "restated"),
        details(
            "skirt",
            "the skirt is green and the sweater is white and the skirt is green and the sweater is white and the skirt"
            " is green and the sweater",
            "loop",
            hit_limit=True,
        ),
        title="Vero Moda Women Olive Green Satin Slip Midi Skirt",
        category="Skirts",
        color="Olive",
    ),
    # photo: sleeveless mid-blue denim pinafore dress with a bib pocket, over a black-and-white striped
    # short-sleeved t-shirt, white sneakers, white backdrop, front view, full length; base model
    case(
        "X940-042",
        caption("a girl wearing a denim overall dress and a striped shirt"),
        wearing("a denim dress over a white and black striped t-shirt"),
        gtype("jumpsuit", "contradiction"),
        colour("blue"),
        sleeves("short sleeves", "contradiction"),
        pattern("striped", "contradiction"),
        describe("dress", "a blue denim pinafore dress with a front pocket"),
        fabric("denim"),
        title="Roadster Women Blue Solid Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: olive green long-sleeved utility shirt (no hood) with two flap chest pockets and buttons, black
    # leggings, white backdrop, front view, full length; base model
    case(
        "X940-043",
        caption("a woman in a green shirt and black leggings"),
        wearing("he is wearing a green shirt with pockets", "pronoun"),
        gtype("shirt"),
        colour("green"),
        sleeves("long sleeves"),
        describe("shirt", "an army green button up shirt with a hood", "unsupported"),
        details("shirt", "the shirt has two flap pockets on the chest and buttons"),
        fabric("cotton", "unsupported"),
        title="HERE&NOW Women Olive Green Utility Shirt",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: black-and-white gingham A-line midi dress with short puff sleeves and a square neck, front view only,
    # no pockets visible, white backdrop, full length; base model
    case(
        "X940-044",
        caption("a woman in a black and white checkered dress"),
        wearing("a blue and white gingham dress", "contradiction"),
        gtype("dress"),
        colour("black"),
        pattern("checked"),
        sleeves("short sleeves"),
        describe("dress", "a black and white check dress with puff sleeves and a square neck"),
        details("dress", "the dress is made of cotton and has a smocked back and pockets", "unsupported"),
        title="Berrylush Women Black & White Checked A-Line Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: grey bootcut mid-rise jeans, pink crew-neck sweater, white backdrop, front view, full length; base model
    case(
        "X940-045",
        caption("a woman in a pink sweater and gray jeans"),
        wearing("yes", "non_answer"),
        gtype("jeans"),
        colour("pink", "other_garment_color"),
        color_of("jeans", "grey"),
        describe("jeans", "grey jeans"),
        details(
            "jeans",
            "bootcut jeans with a flared hem Question: What are the jeans details? Answer: bootcut jeans with a flared"
            " hem Question:",
            "leak",
            hit_limit=True,
        ),
        title="Wrangler Women Grey Bootcut Mid-Rise Jeans",
        category="Jeans",
        color="Grey",
        gender="Women",
    ),
    # photo: brown corduroy A-line mini skirt with buttons down the front, cream turtleneck sweater tucked in, black
    # knee boots, beige backdrop, front view, full length; base model
    case(
        "X940-046",
        caption("a woman in a white turtleneck and white skirt", "other_garment_color"),
        wearing("a white turtle neck sweater, a brown skirt, and black boots"),
        gtype("skirt"),
        colour("brown"),
        pattern("striped", "contradiction"),
        fabric("corduroy"),
        details("skirt", "the skirt has buttons down the front"),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        title="FOREVER 21 Women Brown Solid Corduroy A-Line Mini Skirt",
        category="Skirts",
        color="Brown",
        gender="Women",
    ),
]
