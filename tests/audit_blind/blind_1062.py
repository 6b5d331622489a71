"""BLIND_1062 (46 products; older Myntra feed, women's wear, base zero-shot): written blind in the fifty-ninth session.
Measured blind at d16324b (the session's sixth rules): 114/131 failures found (87.0%) and 12/187 correct texts flagged
(6.4%). The writer's notes, verbatim:

Scenario: an older Myntra feed of the shared photos' kind, with short seller titles ("Mango Women Navy Dress"), women's
dresses, tops, t-shirts and bottoms (jeans, trousers, shorts, skirts, leggings, jeggings, capris, palazzos). Studio
photos on a white or light backdrop, the product worn by a model who also wears other clothes (a shirt over trousers,
a sweatshirt over a skirt, a jacket over a dress); a few bottoms are cropped at the chin or the waist. Catalog
columns: title, category (the seller's article type), color (the seller's base colour), gender; a few rows lack one.

Who wrote what: every caption and every open answer is the untuned base model, Salesforce/blip2-opt-2.7b, zero-shot,
greedy, `Question: ... Answer:` prompts, 30 new tokens for answers and 50 for captions. Its answers are short and
usually right about the garment, but it names the most visible color (often the other garment's, or one color for
both), invents small details (belts, slits, logos, lace, zippers), guesses fabrics, calls a cropped woman "a man",
now and then repeats a phrase until the token limit or runs on until it is cut, continues into the next
`Question: ... Answer:` turn, answers an open question with one word or "yes", or says the question back. Closed
answers (garment type, color, pattern, sleeve length, "Is this a ...?") come from enrich's `--engine reference`,
which picks one candidate, so they never loop or stop short; their failures are wrong picks.

Labeling conventions and judgement calls:
- An open answer or caption that gives the product the color of another garment or accessory in the photo (the
  jeans, the tee under it, the belt, the covering kurta or sweater) is other_garment_color, also when the answer is
  one word ("gray") or describes the other garment as if it were the product; a closed color pick of another
  garment's color is contradiction (the brief reserves other_garment_color for open answers).
- "One color for both garments" in a caption ("a black top and black pants" for beige pants) is other_garment_color
  when the product takes the other garment's color; when the other garment takes the product's ("black top and black
  shorts" for blue shorts) or gets a hue it does not have ("white jeans" for blue ones), it is contradiction.
- A wrong hue that no garment in the photo has, a wrong pattern (stripes for checks, solid for a print), a wrong
  garment type (shirt, kurta, jacket, sweater, skirt for palazzos) or a wrong yes/no pick is contradiction; so is a
  closed sleeve length or color that belongs to the other garment or an accessory ("gold" from the sandals).
- Invented details that the photo does not show (a belt, a slit, lace trim, a logo, a zipper, a button fly, sequins,
  a necklace, a second pocket) and a fabric that the photo or title does not support (leather, silk, wool, cotton for
  georgette, denim for a cotton shirt) are unsupported, even when the rest of the text is right; a fabric the photo
  plainly shows (denim jeans, velvet, satin, lace, linen, chiffon) is correct.
- A phrase repeated until the token limit is loop (hit_limit=True); a long run-on answer stopped mid-phrase at the
  limit is cut (hit_limit=True), even where it also invents details: the cut is what it is labeled for.
- Any `Question:` or `Answer:` of the prompt format in a text is leak, even when the answer around it is right.
- One word ("black", "white", "gray"), "yes", "clothes" or only the garment's name for an open question is
  non_answer, even when the one word is the right color; a one-word color of the other garment is
  other_garment_color. A sentence that gives the question's words back ("the details of the garment are the details
  of the garment", "the t-shirt is a t-shirt") is restated.
- "a man" in a caption for a Women row, or "he", is pronoun (only on rows that have a gender).
- Coarser answers are correct: "trousers" for capris, "shirt" for a shirt-style top, "jeans" for jeggings, "pink"
  for peach and coral, "blue" for teal and navy, "red" for maroon, "multi" for a multicolor print, "printed" for
  paisley or text prints, "cream" for off white, "a white top" for a kurta over leggings.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    DEFAULT_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    material,
    wearing,
)

D = DEFAULT_QUESTIONS
Q = BLIND_QUESTIONS

BLIND_1062 = [
    # photo: navy sleeveless A-line knee dress with small white polka dots, nude heels, white backdrop, front view;
    # base model wrote every text
    case(
        "X1062-001",
        caption("a woman in a blue polka dot dress standing in front of a white wall"),
        D.wearing("a blue and white polka dot dress"),
        Q.garment_type("dress"),
        Q.color("navy blue"),
        Q.pattern("polka dot"),
        Q.sleeve_length("long", "contradiction"),
        D.description("a blue dress with white polka dots and a black belt", "unsupported"),
        title="Mango Women Navy Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white sleeveless top with black floral print, no trim, tucked into light blue skinny jeans, white
    # backdrop, three-quarter view; base model wrote every text
    case(
        "X1062-002",
        caption("a woman wearing a white top and blue jeans"),
        wearing("a white top and jeans", who="she"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        describe("top", "a white top with black flowers and a lace trim", "unsupported"),
        details(
            "top",
            "the top is white, the top is white, the top is white, the top is white, the top is white, the top",
            "loop",
            hit_limit=True,
        ),
        is_a("top", "yes"),
        title="Vero Moda Women White Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: cropped waist-down, dark blue zip-fly skinny jeans with faded thighs, hem of a grey t-shirt, white
    # sneakers, white backdrop; base model wrote every text
    case(
        "X1062-003",
        caption("a man in blue jeans and white sneakers", "pronoun"),
        D.wearing("blue jeans and white shoes"),
        D.garment_type("jeans"),
        D.color("blue"),
        D.details("the jeans are skinny and have a faded wash and a button fly", "unsupported"),
        D.material("denim"),
        D.description("grey jeans", "other_garment_color"),
        title="Levis Women Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: red full-sleeve maxi dress with a gold embroidered yoke, model holds a gold clutch, no jewellery, beige
    # backdrop; base model wrote every text
    case(
        "X1062-004",
        caption("a woman in a red dress holding a purse"),
        D.wearing("a red dress and a gold necklace", "unsupported"),
        D.garment_type("dress"),
        D.color("red"),
        D.sleeve_length("long"),
        D.details(
            "the dress has a gold embroidered neckline and a gold embroidered neckline and a gold embroidered "
            "neckline and a gold embroidered",
            "loop",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        title="Biba Women Red Maxi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: plain mustard yellow crew-neck t-shirt with a small black "NYC" print on the chest, black shorts,
    # white backdrop; base model wrote every text
    case(
        "X1062-005",
        caption("a woman in a yellow t-shirt and black shorts"),
        wearing("a yellow shirt with a black collar", "unsupported"),
        color_of("t-shirt", "black", "contradiction"),
        describe("t-shirt", "it is a yellow t-shirt with the letters nyc on the front"),
        details("t-shirt", "t-shirt", "non_answer"),
        is_a("t-shirt", "yes"),
        title="Tokyo Talkies Women Mustard Tshirt",
        category="Tshirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: black pleated midi skirt, white shirt tucked in, black block heels, white backdrop, front view;
    # base model wrote every text
    case(
        "X1062-006",
        caption("a woman wearing a white shirt and black skirt"),
        D.garment_type("skirt"),
        D.color("white", "contradiction"),
        D.pattern("solid"),
        D.description("a black skirt with pleats"),
        D.details("the skirt has pleats and a zipper on the side", "unsupported"),
        D.wearing("a white shirt and a black skirt Question: what color is the skirt? Answer: black", "leak"),
        title="Only Women Black Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: peach chiffon top with short flutter sleeves and a ruffle hem, white trousers, white backdrop;
    # base model wrote every text
    case(
        "X1062-007",
        caption("a woman in a pink top and white pants"),
        D.wearing("a pink blouse and white pants"),
        Q.sleeve_length("short"),
        Q.color("white", "contradiction"),
        D.description("a white blouse with ruffles", "other_garment_color"),
        D.details(
            "the top has ruffles on the sleeves and the bottom of the top and a keyhole at the back with a button "
            "and a tie at the neck that",
            "cut",
            hit_limit=True,
        ),
        D.material("chiffon"),
        title="Forever New Women Peach Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: beige high-waist wide-leg trousers with a self-tie belt and slant side pockets, black crop top,
    # white backdrop, front view; base model wrote every text
    case(
        "X1062-008",
        caption("a woman in a black top and black pants", "other_garment_color"),
        wearing("a black top and beige pants", who="the woman"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        describe("pants", "wide leg pants with a belt"),
        details(
            "pants",
            "the pants are wide leg and have a tie belt at the waist and pockets on the side and a zipper on the "
            "front and a button on the",
            "cut",
            hit_limit=True,
        ),
        is_a("skirt", "no"),
        title="W Women Beige Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: white wrap dress with a pink, green and blue floral print, short sleeves, V neck, knee length, white
    # sneakers, light grey backdrop; base model wrote every text
    case(
        "X1062-009",
        caption("a woman in a floral dress posing for a photo"),
        D.wearing("a floral dress"),
        D.garment_type("dress"),
        D.color("multi"),
        D.pattern("floral"),
        D.sleeve_length("short"),
        D.description("a floral dress with a v neck"),
        D.details("the dress has a floral print"),
        title="Harpa Women Multi Dress",
        category="Dresses",
        color="Multi",
        gender="Women",
    ),
    # photo: grey melange V-neck t-shirt with a small black Puma cat logo on the left chest, black leggings, model
    # with short hair, white backdrop; base model wrote every text
    case(
        "X1062-010",
        caption("a man in a grey t-shirt and black pants", "pronoun"),
        wearing("he is wearing a grey shirt and black pants", "pronoun"),
        Q.garment_type("t-shirt"),
        Q.color("grey"),
        Q.sleeve_length("short"),
        describe("t-shirt", "the t-shirt is a t-shirt", "restated"),
        title="Puma Women Grey Melange Tshirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: navy ankle-length leggings under a long white kurta that reaches the knees, juttis, white backdrop;
    # base model wrote every text
    case(
        "X1062-011",
        caption("a woman in a white kurta and blue leggings"),
        wearing("a white top and blue pants"),
        Q.garment_type("kurta", "contradiction"),
        Q.color("white", "contradiction"),
        describe("leggings", "white", "other_garment_color"),
        details("leggings", "the leggings are ankle length"),
        title="Fabindia Women Navy Leggings",
        category="Leggings",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black off-shoulder top with long sleeves, light blue denim shorts, silver hoops, white backdrop;
    # base model wrote every text
    case(
        "X1062-012",
        caption("a woman in a black off the shoulder top and denim shorts"),
        D.wearing("black top and black shorts", "contradiction"),
        D.garment_type("top"),
        D.color("black"),
        D.pattern("solid"),
        D.sleeve_length("long"),
        D.description("a black off the shoulder top with a lace trim", "unsupported"),
        D.details("the details of the garment are the details of the garment", "restated"),
        title="Miss Chase Women Black Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: olive cargo shorts with flap pockets, white tank top, brown sandals, white backdrop;
    # base model wrote every text
    case(
        "X1062-013",
        caption("a woman in a white tank top and green shorts"),
        wearing("white tank top and green shorts. Question: What is the color of the shorts? Answer: green", "leak"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        describe("shorts", "green shorts with pockets"),
        details("shorts", "they are shorts", "non_answer"),
        is_a("pair of shorts", "yes"),
        title="Roadster Women Olive Shorts",
        category="Shorts",
        color="Olive",
        gender="Women",
    ),
    # photo: black sleeveless square-neck bodycon midi dress in stretch jersey, no slit, black heels, white
    # backdrop, side view; base model wrote every text
    case(
        "X1062-014",
        caption("a woman in a black dress posing for a picture"),
        Q.garment_type("dress"),
        Q.color("black"),
        Q.sleeve_length("short", "contradiction"),
        Q.pattern("solid"),
        D.description("a black dress with a slit on the side", "unsupported"),
        Q.material("leather", "unsupported"),
        title="Only Women Black Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: navy and white horizontally striped boat-neck top, three-quarter sleeves, red trousers, white
    # backdrop; base model wrote every text
    case(
        "X1062-015",
        caption("a woman in a striped shirt and red pants"),
        D.wearing("a blue and white striped shirt and red pants"),
        Q.pattern("striped"),
        Q.color("red", "contradiction"),
        Q.sleeve_length("three-quarter"),
        D.description("a red and white striped top", "other_garment_color"),
        D.details("the top has stripes and a boat neck Question: what is the color of the pants? Answer: red", "leak"),
        title="United Colors of Benetton Women Navy Striped Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: cropped at the chin, black high-rise mom jeans ripped at the knees, pink hoodie, white sneakers,
    # white backdrop; base model wrote every text
    case(
        "X1062-016",
        caption("a man in a pink hoodie and black jeans", "pronoun"),
        wearing("pink sweatshirt and black jeans", who="she"),
        color_of("jeans", "black"),
        describe("jeans", "pink jeans with holes in the knees", "other_garment_color"),
        details(
            "jeans",
            "the jeans are ripped at the knees and the jeans are ripped at the knees and the jeans are ripped at "
            "the knees and the jeans",
            "loop",
            hit_limit=True,
        ),
        material("denim"),
        title="Deal Jeans Women Black Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: mustard shirt dress with button front and short roll-up sleeves, brown belt, brown sling bag, white
    # backdrop; base model wrote every text
    case(
        "X1062-017",
        caption("a woman in a yellow dress with a brown belt"),
        D.wearing("a yellow shirt dress"),
        D.garment_type("shirt", "contradiction"),
        D.color("yellow"),
        D.pattern("striped", "contradiction"),
        D.sleeve_length("short"),
        D.description("a yellow dress with buttons down the front and a brown belt"),
        D.details("the dress is brown with a belt", "other_garment_color"),
        title="Sera Women Mustard Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: black three-quarter capris with a white side stripe, teal sports tee, running shoes, white backdrop;
    # base model wrote every text
    case(
        "X1062-018",
        caption("a woman in a blue shirt and blue pants", "other_garment_color"),
        D.wearing("a blue t-shirt and black shorts", "contradiction"),
        Q.garment_type("trousers"),
        Q.color("black"),
        Q.pattern("solid"),
        D.description("a pair of black pants with a white stripe down the side"),
        D.details("the details are the details of the pants", "restated"),
        title="Puma Women Black Capris",
        category="Capris",
        color="Black",
        gender="Women",
    ),
    # photo: maroon velvet long-sleeve wrap top tied at the waist, black jeans, gold necklace, white backdrop;
    # base model wrote every text
    case(
        "X1062-019",
        caption("a woman in a red top and black jeans"),
        D.wearing("a red velvet top and black pants"),
        D.garment_type("top"),
        D.color("black", "contradiction"),
        D.sleeve_length("long"),
        D.description("a purple top", "contradiction"),
        D.material("velvet"),
        D.details(
            "the top is a wrap top with a tie on the side and long sleeves with a v neck and a ruffle on the hem "
            "and a gold chain around the",
            "cut",
            hit_limit=True,
        ),
        title="Mango Women Maroon Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: light-wash denim mini skirt with a button front, black and white striped tee tucked in, white
    # backdrop; base model wrote every text
    case(
        "X1062-020",
        caption("a woman in a striped shirt and a denim skirt"),
        wearing("a black and white striped shirt and a jean skirt"),
        color_of("skirt", "black and white", "other_garment_color", kind="open"),
        describe("skirt", "a short denim skirt with buttons"),
        details("skirt", "a skirt", "non_answer"),
        is_a("dress", "yes", "contradiction"),
        title="Only Women Blue Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: lavender tiered maxi dress with spaghetti straps under an open white denim jacket, white backdrop;
    # base model wrote every text
    case(
        "X1062-021",
        caption("a woman in a purple dress and a white jacket"),
        D.wearing("a white jacket and a purple dress"),
        D.garment_type("jacket", "contradiction"),
        D.color("white", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.description("a long purple dress with layers"),
        D.details(
            "the dress has a ruffled hem and a denim jacket with a ruffled hem and a denim jacket with a ruffled "
            "hem and a denim jacket with a",
            "loop",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Lavender Dress",
        category="Dresses",
        color="Lavender",
        gender="Women",
    ),
    # photo: white crew-neck tee with a large orange and purple sunset-and-palm-trees print, no lettering, black
    # jeans, white backdrop; base model wrote every text
    case(
        "X1062-022",
        caption("a woman wearing a white t - shirt with a picture of a sunset on it"),
        wearing("a t-shirt with a sunset on it", who="she"),
        Q.color("orange", "contradiction"),
        Q.pattern("graphic"),
        Q.garment_type("t-shirt"),
        D.description(
            "a white t-shirt with a picture of a beach and palm trees on it and the words california dreaming "
            "written on the",
            "cut",
            hit_limit=True,
        ),
        title="Tantra Women Printed White Tshirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: black formal straight trousers with a front crease, light blue shirt tucked in, black pumps, cropped
    # at the shoulders, white backdrop; base model wrote every text
    case(
        "X1062-023",
        caption("a man in a blue shirt and black pants", "pronoun"),
        D.wearing("blue shirt and black pants"),
        D.garment_type("shirt", "contradiction"),
        D.color("black"),
        D.pattern("solid"),
        D.description("black", "non_answer"),
        D.details("the pants have a crease down the front"),
        D.material("wool", "unsupported"),
        title="Van Heusen Woman Black Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: emerald green satin camisole top with thin straps and a V neck, white wide-leg trousers, white
    # backdrop; base model wrote every text
    case(
        "X1062-024",
        caption("a woman in a green top and white pants"),
        wearing("green top and white pants Question: what color is the top? Answer: green", "leak"),
        color_of("top", "white", "contradiction"),
        describe("top", "a green satin top with spaghetti straps"),
        details("top", "the top has thin straps and a v neck"),
        is_a("top", "no", "contradiction"),
        material("satin"),
        title="Forever New Women Green Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: teal A-line dress with a white floral block print, three-quarter sleeves, mandarin collar, white
    # juttis, white backdrop; base model wrote every text
    case(
        "X1062-025",
        caption("a woman in a blue dress with a white print"),
        D.wearing("a blue dress"),
        D.garment_type("kurta", "contradiction"),
        D.color("blue"),
        D.pattern("solid", "contradiction"),
        D.sleeve_length("three-quarter"),
        D.description("a blue dress with white flowers and a collar"),
        D.details(
            "Question: What are the details of the garment? Answer: the dress has a white print and a mandarin collar",
            "leak",
        ),
        title="Global Desi Women Teal Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: light blue boyfriend jeans with rolled cuffs, black leather jacket over a white tee, white backdrop;
    # base model wrote every text
    case(
        "X1062-026",
        caption("a woman in a black leather jacket and jeans"),
        wearing("a black jacket, white shirt and jeans"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        describe("jeans", "they are blue jeans"),
        details("jeans", "what are the jeans details", "restated"),
        material("leather", "unsupported"),
        title="Wrangler Women Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: white tunic-length top with a blue paisley print, three-quarter sleeves, white leggings, white
    # backdrop; the row has no color column; base model wrote every text
    case(
        "X1062-027",
        caption("a woman in a blue and white top and white leggings"),
        Q.garment_type("top"),
        Q.color("white"),
        Q.pattern("printed"),
        Q.sleeve_length("long", "contradiction"),
        D.description("a white top with blue paisley print and an embroidered neckline", "unsupported"),
        D.details(
            "a white top with a blue and white paisley print and a white and blue paisley print and a blue and "
            "white paisley print and a white",
            "loop",
            hit_limit=True,
        ),
        title="Biba Women Printed Top",
        category="Tops",
        gender="Women",
    ),
    # photo: white linen shorts with a drawstring, navy and white striped shirt, cropped from mid-torso to the
    # knees, white backdrop; base model wrote every text
    case(
        "X1062-028",
        caption("a man in a blue shirt and white shorts", "pronoun"),
        D.wearing("a blue and white striped shirt and white shorts"),
        Q.color("navy blue", "contradiction"),
        Q.garment_type("shorts"),
        D.description("the shorts are blue with a drawstring at the waist", "other_garment_color"),
        Q.material("linen"),
        title="Vero Moda Women White Shorts",
        category="Shorts",
        color="White",
        gender="Women",
    ),
    # photo: black and white gingham fit-and-flare dress with short puff sleeves and a red belt, white backdrop;
    # base model wrote every text
    case(
        "X1062-029",
        caption("a woman in a black and white checkered dress"),
        D.wearing("a checkered dress with a red belt"),
        D.garment_type("dress"),
        D.color("red", "contradiction"),
        D.pattern("checked"),
        D.sleeve_length("short"),
        D.description("a red and white dress", "other_garment_color"),
        D.details(
            "the dress has puff sleeves and a red belt and a red belt and a red belt and a red belt and a red belt "
            "and a red belt and",
            "loop",
            hit_limit=True,
        ),
        title="Kraus Women Checked Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: plain coral pink crew-neck t-shirt without any logo, grey joggers, white backdrop;
    # base model wrote every text
    case(
        "X1062-030",
        caption("a woman wearing a pink t-shirt and grey pants"),
        wearing("he is wearing a pink shirt and grey pants", "pronoun", who="she"),
        color_of("t-shirt", "pink"),
        describe("t-shirt", "a grey t-shirt", "other_garment_color"),
        details("t-shirt", "the t-shirt has a round neck, short sleeves and a small logo on the chest", "unsupported"),
        is_a("t-shirt", "yes"),
        title="Adidas Women Pink Tshirt",
        category="Tshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: maroon flared maxi skirt with small white and yellow flowers, no slit, black crop top, white backdrop;
    # base model wrote every text
    case(
        "X1062-031",
        caption("a woman in a black top and a long floral skirt"),
        D.wearing("a black top and a red skirt"),
        D.garment_type("skirt"),
        D.color("maroon"),
        D.pattern("floral"),
        D.description("a black skirt with flowers", "other_garment_color"),
        D.details("the skirt has a floral print and a slit in the front", "unsupported"),
        D.material("silk", "unsupported"),
        title="Global Desi Women Maroon Skirt",
        category="Skirts",
        color="Maroon",
        gender="Women",
    ),
    # photo: off-white lace top with a scalloped hem and short sleeves, dark navy jeans, white backdrop;
    # base model wrote every text
    case(
        "X1062-032",
        caption("a woman in a white lace top and blue jeans"),
        wearing("a white blouse"),
        color_of("top", "cream"),
        describe("top", "a white lace top"),
        details("top", "the top has a scalloped hem"),
        is_a("blouse", "yes"),
        material("lace"),
        title="Only Women White Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: grey jeggings under a long black sweater that covers the hips, black ankle boots, white backdrop;
    # base model wrote every text
    case(
        "X1062-033",
        caption("a woman in a black sweater and grey leggings"),
        D.wearing("a black sweater and gray jeans"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("black", "contradiction"),
        Q.pattern("solid"),
        D.description("black sweater", "other_garment_color"),
        D.details("the leggings are grey and tight"),
        title="Jealous 21 Women Grey Jeggings",
        category="Jeggings",
        color="Grey",
        gender="Women",
    ),
    # photo: rust orange satin midi slip dress with a cowl neck and thin straps, gold strappy sandals, white
    # backdrop; base model wrote every text
    case(
        "X1062-034",
        caption("a woman in an orange dress"),
        D.wearing("she is wearing an orange dress"),
        D.color("gold", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.pattern("solid"),
        D.description("an orange satin dress with a cowl neck"),
        D.details("the dress has a cowl neck Question: what is the color of the dress? Answer: orange", "leak"),
        D.material("satin"),
        title="Mango Women Rust Dress",
        category="Dresses",
        color="Rust",
        gender="Women",
    ),
    # photo: navy cigarette trousers with a fine white grid check and side pockets, white sleeveless top, white
    # backdrop; base model wrote every text
    case(
        "X1062-035",
        caption("a woman in a white top and blue plaid pants"),
        wearing("white top and plaid pants"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        describe("pants", "blue pants with white stripes", "contradiction"),
        details(
            "pants",
            "the pants are slim fit and have a checked pattern with white lines on a blue background and two "
            "pockets on the side and a button at the",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of pants", "yes"),
        title="Kraus Women Navy Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: olive cotton shirt-style top, full sleeves buttoned at the cuffs, button front, one chest pocket,
    # black skinny jeans, white sneakers, white backdrop; base model wrote every text
    case(
        "X1062-036",
        caption("a woman in a green shirt and black jeans"),
        Q.garment_type("shirt"),
        Q.color("olive"),
        Q.sleeve_length("long"),
        D.description("a green shirt with buttons and two pockets on the chest", "unsupported"),
        D.details(
            "the shirt has a collar, buttons, a pocket, a collar, buttons, a pocket, a collar, buttons, a pocket, "
            "a collar, buttons, a",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim", "unsupported"),
        title="Roadster Women Olive Top",
        category="Tops",
        color="Olive",
        gender="Women",
    ),
    # photo: white eyelet (broderie anglaise) sleeveless sundress, square neck, knee length, no visible zipper,
    # model holds a straw hat, tan sandals, white backdrop; base model wrote every text
    case(
        "X1062-037",
        caption("a woman in a white dress holding a straw hat"),
        wearing("a white dress"),
        color_of("dress", "white"),
        describe("dress", "white", "non_answer"),
        details("dress", "the dress is made of lace and has a zipper in the back", "unsupported"),
        is_a("dress", "yes"),
        title="Vero Moda Women White Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: black leggings with a white geometric print, grey tank top, training shoes, white backdrop, full
    # length; base model wrote every text
    case(
        "X1062-038",
        caption("a woman in a grey tank top and black and white leggings"),
        D.wearing("a grey tank top and black leggings"),
        D.garment_type("leggings"),
        D.color("grey", "contradiction"),
        D.pattern("printed"),
        D.description("gray", "other_garment_color"),
        D.details("yes", "non_answer"),
        title="Nike Women Black Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: pink and white vertically striped shirt-top, short sleeves, tie at the waist, blue jeans, white
    # backdrop; base model wrote every text
    case(
        "X1062-039",
        caption("a woman in a pink and white striped shirt and white jeans", "contradiction"),
        wearing("a pink shirt and blue jeans", who="she"),
        color_of("top", "blue", "contradiction"),
        describe("top", "a pink and white striped shirt with a tie in the front"),
        details("top", "the details of the top are the top", "restated"),
        is_a("top", "yes"),
        title="People Women Pink Striped Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: navy denim pinafore dress with two front pockets and buttoned straps over a white short-sleeve tee,
    # white backdrop; base model wrote every text
    case(
        "X1062-040",
        caption("a woman in a denim overall dress and a white shirt"),
        D.wearing("a white shirt and blue overalls"),
        D.garment_type("dress"),
        D.color("white", "contradiction"),
        D.sleeve_length("short", "contradiction"),
        D.description(
            "a white t-shirt with a blue denim dress over it and the dress has two pockets on the front and two "
            "buttons on the straps and a",
            "cut",
            hit_limit=True,
        ),
        D.details("the dress has two pockets on the front and buttons on the straps"),
        D.material("denim"),
        title="Only Women Navy Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: plain white skinny jeans, navy blazer over a red top, white backdrop;
    # base model wrote every text
    case(
        "X1062-041",
        caption("a woman in a blue blazer and white jeans"),
        wearing("blue blazer, red shirt and white pants"),
        color_of("jeans", "blue", "other_garment_color", kind="open"),
        describe("jeans", "white skinny jeans with a red stripe", "unsupported"),
        details("jeans", "Question: What are the jeans details? Answer: white", "leak"),
        material("cotton"),
        title="Mango Women White Jeans",
        category="Jeans",
        color="White",
        gender="Women",
    ),
    # photo: sheer black georgette top with white polka dots, full sleeves, keyhole neck with a tie, white jeans,
    # white backdrop; base model wrote every text
    case(
        "X1062-042",
        caption("a woman in a black and white polka dot blouse"),
        Q.garment_type("top"),
        Q.color("white", "contradiction"),
        Q.pattern("polka dot"),
        Q.sleeve_length("long"),
        D.description("a black blouse with white polka dots and a bow at the neck"),
        Q.material("cotton", "unsupported"),
        D.wearing("clothes", "non_answer"),
        title="Remanika Women Black Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: plain pastel pink tulle midi skirt, grey sweatshirt, white sneakers, white backdrop; the row has no
    # gender column; base model wrote every text
    case(
        "X1062-043",
        caption("a woman in a gray sweatshirt and a pink tulle skirt"),
        wearing("Answer: a grey sweater and a pink skirt", "leak"),
        color_of("skirt", "pink"),
        describe("skirt", "a pink tutu skirt with sequins", "unsupported"),
        details(
            "skirt",
            "the skirt is made of tulle and has a gray sweatshirt tucked into it and a gray sweatshirt tucked "
            "into it and a gray",
            "loop",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        title="Tokyo Talkies Pink Skirt",
        category="Skirts",
        color="Pink",
    ),
    # photo: bottle green velvet long-sleeve wrap mini dress with a V neck and a waist tie, black tights, black
    # ankle boots, white backdrop; base model wrote every text
    case(
        "X1062-044",
        caption("a woman in a green velvet dress and black boots"),
        D.wearing("a green dress and black tights"),
        D.garment_type("dress"),
        D.color("black", "contradiction"),
        D.sleeve_length("long"),
        D.description("a black velvet dress with long sleeves", "other_garment_color"),
        D.details(
            "the dress has long sleeves and a v-neck and a wrap front and a tie at the waist and a ruffle hem and "
            "a slit on the side and a button",
            "cut",
            hit_limit=True,
        ),
        D.material("velvet"),
        title="Avirate Women Green Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: black oversized cotton t-shirt with "STAY WILD" in white letters across the chest, knotted at the
    # waist, blue denim shorts, white backdrop; base model wrote every text
    case(
        "X1062-045",
        caption("a woman in a black shirt that says stay wild"),
        D.wearing("a black shirt and black shorts", "contradiction"),
        Q.pattern("printed"),
        Q.color("blue", "contradiction"),
        Q.garment_type("t-shirt"),
        D.description("a black t-shirt with the words stay wild on it"),
        D.details(
            "the t-shirt is tied at the waist and has the words stay wild printed on the front in white letters "
            "with a small",
            "cut",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        title="Tantra Women Black Tshirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: white palazzo pants with a red floral print, red kurti on top, white backdrop;
    # base model wrote every text
    case(
        "X1062-046",
        caption("a woman in a red top and white pants with red flowers"),
        D.wearing("a red top and white pants"),
        D.garment_type("skirt", "contradiction"),
        D.color("red", "contradiction"),
        D.pattern("floral"),
        D.description("red pants with white flowers", "other_garment_color"),
        D.details("the garment has details", "restated"),
        title="W Women Printed Palazzos",
        category="Palazzos",
        color="White",
        gender="Women",
    ),
]
