"""BLIND_801 (46 products; old Myntra feed, men's+women's, VQA adapter): written blind in the fifty-fifth session.
Measured blind at 7bf5cc7 (the session's final rules): 111/121 failures found (91.7%) and 3/172 correct texts flagged
(1.7%). The writer's notes, verbatim:

Scenario: the older Myntra catalog feed with short product names ("Roadster Men Olive Shorts"), men's and women's
rows mixed across tees, shirts, tops, jeans, trousers, shorts, skirts, dresses, sweaters, sweatshirts, jackets,
track pants and kurtas. Photos are the shared kind: a model on a white backdrop, front or three-quarter view, almost
always wearing other garments with the product (a tee under a jacket, jeans under a top, churidar under a kurta).
The seller's columns are title, category (article_type), color (base_colour) and gender; a few rows lack one.

Who wrote what: captions and open answers came from the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on
blip2-opt-2.7b), free generation, 50 new tokens for captions and 30 for answers. It was trained on VQA pairs only and
without an end token, so its captions are short and answer-like, sometimes start or continue the
`Question: ... Answer:` format, and open answers either stop after a short phrase or run on into loops and cuts at
the limit. It leans on In-shop vocabulary (tee, blouse, denim, hoodie), gives one outfit color to several garments,
and invents details (pockets, zips, hoods, logos). Closed answers (garment_type, color, pattern, sleeve_length,
is-this-a questions, closed color_of questions) came from enrich's `--engine reference`: one candidate value, never
a loop or a cut, but sometimes the wrong candidate.

Labeling conventions and judgement calls:
- A closed or open color that belongs to another garment visible in the photo and is given to the product is
  other_garment_color, whether the text is open or closed; a color the product's own color gives to a worn-with
  garment (the pants called maroon like the kurta) is contradiction (one color for two garments).
- A wrong closed value for something plainly visible (pattern, sleeve length, garment type, yes/no) is contradiction,
  even where no other text of the product states the right value.
- Seller shades map to their group: peach counts as pink, maroon as red, charcoal as grey, cream as white; such
  answers are correct.
- Pleats or quilting answered as "striped" is contradiction; three white side stripes on track pants answered
  "striped" is correct (they are stripes).
- Calling a kurta a "tunic", or a kurta outfit "a white shirt and pants", is correct; a closed "dress" for a kurta or
  a long skirt is contradiction.
- Material: the fabric the garment visibly is and usually is made of (cotton for a jersey tee, denim for jeans,
  fleece for a hoodie, wool for a knit sweater, chiffon for a sheer top) is correct; a fibre the photo does not show
  and the garment is not made of (leather shorts, silk kurta, wool tee, denim for a cotton shirt) is unsupported.
- Invented parts (a pocket, a zip, a hood, a tie, a belt that cannot be seen) are unsupported even when the rest of
  the text is right; a text that also runs to the limit mid-phrase is labelled cut only if nothing in it is invented.
- A loop is labelled loop, not cut, even though it also stops at the limit; a text that repeats the
  `Question: ... Answer:` format is labelled leak even when it loops.
- A one-word answer that only names the garment or says yes to an open question is non_answer; an answer that gives
  the question's own words back as a sentence ("the dress details") is restated.
- "he"/"she" against the row's gender is pronoun; the one row without gender carries no pronoun label.
- hit_limit is set on every loop, every cut, and the leaks that ran on to the token limit.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

garment_type = BLIND_QUESTIONS.garment_type
color = BLIND_QUESTIONS.color
pattern = BLIND_QUESTIONS.pattern
sleeve = BLIND_QUESTIONS.sleeve_length
material = BLIND_QUESTIONS.material

BLIND_801 = [
    # photo: man in a yellow crew-neck short-sleeve tee with a small black Puma cat logo on the chest, mid-blue jeans,
    # white backdrop, front view cut at mid-thigh. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X801-001",
        caption("a man wearing a yellow t-shirt and blue jeans"),
        wearing("yellow tee and jeans"),
        color_of("t-shirt", "yellow"),
        sleeve("short"),
        is_a("t-shirt", "yes"),
        details(
            "t-shirt",
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            failure="loop",
            hit_limit=True,
        ),
        describe("t-shirt", "a yellow t-shirt with a puma logo on the chest and a pocket", failure="unsupported"),
        title="Puma Men Spine Tee Yellow Tshirts",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: woman in a peach V-neck short-sleeve tee with the sleeves rolled once, white cropped trousers, hand on hip,
    # white backdrop, front view. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X801-002",
        caption("a woman in a pink shirt and white pants"),
        wearing("she is wearing a white tee and white pants", failure="other_garment_color", who="she"),
        color_of("t-shirt", "pink"),
        color_of("pants", "white"),
        describe(
            "t-shirt",
            "a peach colored v-neck t-shirt with short sleeves and a relaxed fit, worn with white cropped pants and "
            "the sleeves are rolled up at the",
            failure="cut",
            hit_limit=True,
        ),
        pattern("solid"),
        title="United Colors Of Benetton Women Peach T-Shirt",
        category="Tshirts",
        color="Peach",
        gender="Women",
    ),
    # photo: man in a charcoal tee with a large white and orange skull-and-lettering print on the front, black jeans,
    # white backdrop, front view. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X801-003",
        caption("a man in a grey t-shirt with a skull on it"),
        wearing("grey graphic tee and black jeans"),
        color("grey"),
        pattern("graphic"),
        is_a("graphic tee", "yes"),
        details(
            "t-shirt",
            "a skull print on the front with the words status quo and a zipper pocket on the left",
            failure="unsupported",
        ),
        describe("t-shirt", "the t-shirt is a t-shirt", failure="restated"),
        title="Status Quo Men Printed Charcoal Tshirts",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man in a solid navy pique polo with a small red embroidered logo, two-button placket, beige chinos,
    # white backdrop, front view. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X801-004",
        caption("a man wearing a blue polo shirt and khaki pants"),
        wearing("he is wearing a blue polo shirt and beige pants", who="he"),
        color_of("shirt", "beige", failure="other_garment_color"),
        sleeve("short"),
        details("shirt", "polo collar, two buttons, a small logo on the chest"),
        material("cotton"),
        describe("shirt", "she is wearing a navy polo shirt with a red logo", failure="pronoun"),
        title="U.S. Polo Assn. Men Solid Navy Blue Tshirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a lavender fitted training tee with a white Nike swoosh, black leggings, white backdrop,
    # three-quarter view. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X801-005",
        caption(
            "a woman in a purple shirt and black leggings Question: What is the color of the shirt? Answer: purple",
            failure="leak",
        ),
        wearing("he is wearing a purple shirt and black pants", failure="pronoun"),
        color_of("shirt", "purple"),
        color_of("leggings", "black"),
        describe(
            "shirt",
            "a purple shirt with a nike logo on the front and a purple shirt with a nike logo on the front and a "
            "purple shirt with a",
            failure="loop",
            hit_limit=True,
        ),
        is_a("tank", "no"),
        title="Nike Women Trainng Lavender T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in an off-white tee with a large tattoo-style dog print in red, green and black on the front, grey
    # cargo shorts, white backdrop, front view. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X801-006",
        caption("a man wearing a white t-shirt with a dog on it"),
        wearing("white graphic tee and grey shorts"),
        color_of("t-shirt", "grey", failure="other_garment_color", kind="open"),
        pattern("floral", failure="contradiction"),
        details(
            "t-shirt",
            "a dog print on the front with red and green colors and the words ed hardy written in",
            failure="cut",
            hit_limit=True,
        ),
        sleeve("short"),
        title="Ed Hardy Men Dog Print Off White Tshirts",
        category="Tshirts",
        color="Off White",
        gender="Men",
    ),
    # photo: man in a grey melange round-neck tee, navy track pants, white backdrop, front view; the row has no
    # base_colour. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X801-007",
        caption("a man in a grey t-shirt and blue pants"),
        wearing("a grey t-shirt"),
        color_of("t-shirt", "grey"),
        color_of("pants", "blue"),
        details("t-shirt", "the t-shirt details are the details of the t-shirt", failure="restated"),
        material("wool", failure="unsupported"),
        title="Proline Men Grey T-shirt",
        category="Tshirts",
        gender="Men",
    ),
    # photo: man in a white full-sleeve shirt with big blue and black checks, sleeves rolled to the elbow, one chest
    # pocket, dark blue jeans, white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X801-008",
        caption("a man in a plaid shirt and jeans"),
        wearing("he is wearing a blue and white checkered shirt and blue jeans", who="he"),
        color_of("shirt", "white"),
        pattern("checked"),
        sleeve("long"),
        details(
            "shirt",
            "checkered checkered checkered checkered checkered checkered checkered checkered checkered checkered "
            "checkered checkered checkered checkered checkered",
            failure="loop",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "a white shirt with black and blue checks, full sleeves rolled up to the elbow and a chest pocket with a",
            failure="cut",
            hit_limit=True,
        ),
        title="Wrangler Men Urban Big Check White Shirts",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a solid maroon full-sleeve formal shirt tucked into charcoal trousers, black belt, white
    # backdrop, front view. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X801-009",
        caption("a man in a red shirt and grey pants"),
        wearing("a maroon shirt and grey pants"),
        color_of("shirt", "grey", failure="other_garment_color", kind="open"),
        color_of("pants", "grey"),
        details("shirt", "buttons", failure="non_answer"),
        pattern("solid"),
        describe("shirt", "a maroon shirt with a zipper and a hood", failure="unsupported"),
        title="Genesis Men Solid Maroon Shirts",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman in a black full-sleeve shirt, cuffs buttoned, worn untucked over light blue skinny jeans, white
    # backdrop, front view. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X801-010",
        caption("a woman wearing a black shirt and blue jeans"),
        wearing("she is wearing a black blouse and jeans", who="she"),
        color_of("shirt", "blue", failure="other_garment_color"),
        color_of("jeans", "light blue", kind="open"),
        sleeve("long"),
        describe(
            "shirt",
            "a black shirt with long sleeves and a collar and buttons down the front and a black shirt with long "
            "sleeves and a collar and buttons",
            failure="loop",
            hit_limit=True,
        ),
        material("denim", failure="unsupported"),
        title="United Colors of Benetton Women Solid Black Shirts",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: man in a navy shirt with thin white vertical stripes, full sleeves, spread collar, tucked into beige
    # trousers, white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X801-011",
        caption("a man in a blue striped shirt"),
        wearing("a navy blue striped shirt and beige pants"),
        pattern("solid", failure="contradiction"),
        color_of("shirt", "navy blue"),
        describe("shirt", "yes", failure="non_answer"),
        details("shirt", "white stripes, button cuffs and a spread collar"),
        title="Arrow Men Stripes Navy Blue Shirts",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a lavender full-sleeve shirt, no tie, under an open dark grey two-button blazer, black trousers,
    # white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X801-012",
        caption("a man in a suit and tie", failure="unsupported"),
        wearing("he is wearing a grey blazer over a purple shirt", who="he"),
        color_of("shirt", "grey", failure="other_garment_color"),
        garment_type("shirt"),
        details(
            "shirt",
            "the shirt has a spread collar and the blazer has two buttons and notch lapels and a breast pocket and "
            "the shirt is tucked into the black",
            failure="cut",
            hit_limit=True,
        ),
        sleeve("long"),
        title="Arrow Men Solid Lavender Shirts",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: man in a solid red western shirt with two flap chest pockets and snap buttons, full sleeves, worn open
    # over a white tee, grey jeans, white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X801-013",
        caption("a man wearing a red shirt over a white t-shirt"),
        wearing("a red shirt, a white tee and grey jeans"),
        color("red"),
        color_of("t-shirt", "white"),
        describe("shirt", "a white shirt with two pockets", failure="other_garment_color"),
        details("shirt", "two flap pockets on the chest and snap buttons"),
        pattern("checked", failure="contradiction"),
        title="Levis Men Work Western Red Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: woman in a pink sleeveless sheer chiffon top with a ruffled neckline, white jeans, white backdrop,
    # front view. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X801-014",
        caption("a woman in a pink top and white jeans"),
        wearing("she is wearing a pink blouse and white pants", who="she"),
        sleeve("sleeveless"),
        color_of("top", "white", failure="other_garment_color"),
        details(
            "top",
            "ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles ruffles "
            "ruffles ruffles ruffles ruffles ruffles ruffles ruffles",
            failure="loop",
            hit_limit=True,
        ),
        describe("top", "pink sleeveless top with a ruffled neckline"),
        material("chiffon"),
        title="Vero Moda Women Pink Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: woman in a white top with a blue and yellow floral print, three-quarter sleeves, dark blue jeans, white
    # backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X801-015",
        caption("a woman wearing a floral print shirt and jeans"),
        wearing("a floral top and blue jeans"),
        pattern("floral"),
        color_of(
            "top",
            "white with blue and yellow flowers and blue jeans and white with blue and yellow flowers and blue jeans "
            "and white with",
            failure="loop",
            kind="open",
            hit_limit=True,
        ),
        sleeve("three-quarter"),
        is_a("blouse", "yes"),
        describe("top", "floral", failure="non_answer"),
        title="Mango Women Printed Top",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: woman in a black off-shoulder top with long sleeves, red pencil skirt, white backdrop, side view.
    # Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X801-016",
        caption("a woman in a black top and red skirt"),
        wearing("she is wearing a red dress", failure="contradiction", who="she"),
        color_of("top", "red", failure="other_garment_color"),
        sleeve("long"),
        describe(
            "top", "an off the shoulder top with long sleeves and gold buttons on the cuffs", failure="unsupported"
        ),
        details("top", "off shoulder neckline"),
        title="Forever New Women Black Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a mustard yellow short-sleeve knit top with black horizontal stripes, black trousers, white
    # backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X801-017",
        caption(
            "Question: What is the woman wearing? Answer: a yellow and black striped shirt Question: What is the "
            "color of the pants? Answer: black Question:",
            failure="leak",
            hit_limit=True,
        ),
        wearing("a yellow striped top and black pants"),
        color_of("top", "yellow"),
        pattern("striped"),
        color_of("pants", "yellow", failure="contradiction"),
        sleeve("short"),
        details("top", "the details of the top are the top", failure="restated"),
        title="Roadster Women Mustard Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: woman in a navy peplum top with white polka dots, short sleeves, round neck, light grey jeans, white
    # backdrop; the row has no base_colour. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X801-018",
        caption("a woman wearing a blue and white polka dot top"),
        wearing("she is wearing a blue polka dot top and grey jeans"),
        pattern("printed"),
        color_of("top", "navy blue"),
        describe(
            "top",
            "a blue top with white polka dots and a peplum hem and short sleeves and a round neck and a blue top with "
            "white polka dots and a peplum",
            failure="loop",
            hit_limit=True,
        ),
        is_a("dress", "yes", failure="contradiction"),
        title="DressBerry Women Top",
        category="Tops",
        gender="Women",
    ),
    # photo: man in mid-blue slim jeans with light fading on the thighs, white crew tee, white sneakers, white
    # backdrop, full length. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X801-019",
        caption("a man in a white t-shirt and blue jeans"),
        wearing("white tee and blue denim"),
        color_of("jeans", "white", failure="other_garment_color", kind="open"),
        details("jeans", "they are jeans", failure="non_answer"),
        is_a("pair of jeans", "yes"),
        describe(
            "jeans",
            "slim fit blue jeans with light fading on the thighs in a five pocket style worn with a white t-shirt "
            "and white sneakers and the jeans are",
            failure="cut",
            hit_limit=True,
        ),
        title="Wrangler Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in black skinny jeans, a loose grey tee tucked in at the front, black ankle boots, white
    # backdrop, full length. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X801-020",
        caption("a woman wearing black jeans and a grey shirt"),
        wearing("he is wearing black jeans and a grey t-shirt", failure="pronoun", who="she"),
        color_of("jeans", "grey", failure="other_garment_color"),
        details("jeans", "skinny fit, ankle length"),
        material("denim"),
        is_a("skirt", "no"),
        describe(
            "jeans",
            "black skinny jeans with a high waist and a grey t-shirt tucked in at the front and black ankle boots "
            "and the jeans have a zip fly and",
            failure="cut",
            hit_limit=True,
        ),
        title="Only Women Black Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: man in dark indigo jeans with light distressing at the knees, a light blue denim shirt worn untucked,
    # white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X801-021",
        caption("a man in a denim shirt and jeans"),
        wearing(
            "jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans "
            "jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans jeans",
            failure="loop",
            hit_limit=True,
        ),
        color_of("jeans", "light blue", failure="other_garment_color", kind="open"),
        color_of("shirt", "light blue"),
        details("jeans", "distressed at the knees"),
        describe(
            "jeans",
            "Question: Describe the jeans. Answer: dark blue jeans Question: Describe the shirt. Answer: light blue "
            "denim shirt Question:",
            failure="leak",
            hit_limit=True,
        ),
        title="Flying Machine Men Navy Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in light wash bootcut jeans, a white lace top worn untucked over the waistband, white backdrop,
    # full length. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X801-022",
        caption("a woman in white top and blue jeans"),
        wearing("a white lace top and light blue jeans"),
        color_of("jeans", "blue"),
        is_a("pair of jeans", "no", failure="contradiction"),
        details("jeans", "bootcut flare at the hem"),
        describe("jeans", "light blue bootcut jeans with a high waist and a belt", failure="unsupported"),
        title="Levis Women Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: man in khaki chinos with slant pockets, a navy polo tucked in, brown belt, brown loafers, white
    # backdrop, full length. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X801-023",
        caption("a man in a blue polo shirt and khaki pants"),
        wearing("he is wearing khaki chinos and a navy polo", who="he"),
        color_of("pants", "navy blue", failure="other_garment_color"),
        details("pants", "slant pockets, belt loops, a brown belt"),
        garment_type("trousers"),
        material("denim", failure="unsupported"),
        describe("pants", "the pants are pants", failure="restated"),
        title="Basics Men Khaki Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in black wide-leg trousers with front pleats, a cream sleeveless blouse tucked in, white backdrop,
    # full length. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X801-024",
        caption("a woman in a white blouse and black pants"),
        wearing(
            "black pants and white blouse and black pants and white blouse and black pants and white blouse and "
            "black pants and white",
            failure="loop",
            hit_limit=True,
        ),
        color_of("pants", "black"),
        color_of("blouse", "black", failure="contradiction"),
        details("pants", "wide leg, high waist, pleats at the front"),
        is_a("skirt", "yes", failure="contradiction"),
        title="Vero Moda Women Black Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: man in mid-grey flat-front formal trousers, a white full-sleeve shirt tucked in, black belt, black
    # shoes, white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X801-025",
        caption("a man wearing a white shirt and grey pants and black shoes"),
        wearing("white shirt grey pants"),
        color_of("pants", "white", failure="other_garment_color", kind="open"),
        pattern("solid"),
        details(
            "pants",
            "flat front with side pockets and a belt and the shirt is tucked in and the pants have a crease down the "
            "front and the shoes are black and the",
            failure="cut",
            hit_limit=True,
        ),
        garment_type("trousers"),
        title="Peter England Men Grey Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: man in olive cargo shorts with flap pockets on the sides, a black tee, white backdrop, full length.
    # Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X801-026",
        caption("a man in a black shirt and black shorts", failure="other_garment_color"),
        wearing("a black t-shirt and olive green cargo shorts"),
        color_of("shorts", "black", failure="other_garment_color"),
        details("shorts", "they are shorts", failure="non_answer"),
        describe("shorts", "olive green cargo shorts with flap pockets on the sides"),
        is_a("pair of shorts", "yes"),
        title="Roadster Men Olive Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in light blue denim shorts with a frayed hem, a white sleeveless tank, white backdrop.
    # Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X801-027",
        caption(
            "a woman in a white tank top and denim shorts Question: What is the color of the shorts? Answer: blue "
            "Question: What is the color of the tank",
            failure="leak",
            hit_limit=True,
        ),
        wearing("she is wearing a white tank top and blue denim shorts", who="she"),
        color_of("shorts", "blue"),
        details(
            "shorts",
            "frayed hem, frayed hem, frayed hem, frayed hem, frayed hem, frayed hem, frayed hem, frayed hem, frayed",
            failure="loop",
            hit_limit=True,
        ),
        material("leather", failure="unsupported"),
        title="Tokyo Talkies Women Blue Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: man in navy athletic shorts with a white stripe down each side and an elastic waistband, a grey tee,
    # white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X801-028",
        caption("a man wearing a grey shirt and blue shorts"),
        wearing("she is wearing a grey t-shirt and navy shorts", failure="pronoun", who="he"),
        color_of("shorts", "grey", failure="other_garment_color", kind="open"),
        details("shorts", "a white stripe on the side and an elastic waistband"),
        garment_type("shorts"),
        title="Nike Men Navy Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a red pleated midi skirt, a black tee tucked in, white backdrop, full length.
    # Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X801-029",
        caption("a woman wearing a black shirt and a red skirt"),
        wearing("a black tee and a red pleated skirt"),
        color_of("skirt", "red"),
        pattern("striped", failure="contradiction"),
        describe(
            "skirt",
            "a red skirt with pleats and a red skirt with pleats and a red skirt with pleats and a red skirt with "
            "pleats and a red",
            failure="loop",
            hit_limit=True,
        ),
        is_a("dress", "yes", failure="contradiction"),
        title="Vero Moda Women Red Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: woman in a flared ankle-length skirt with an orange, green and blue ethnic block print, a short white
    # kurti on top, white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X801-030",
        caption("a woman wearing a long skirt with a colorful print"),
        wearing("a white top and a long printed skirt"),
        color_of("skirt", "white", failure="other_garment_color", kind="open"),
        pattern("printed"),
        details(
            "skirt",
            "an elastic waist with a drawstring and tassels and a printed border at the hem with mirror work and "
            "sequins",
            failure="unsupported",
        ),
        is_a("skirt", "yes"),
        garment_type("dress", failure="contradiction"),
        title="Global Desi Women Printed Multi Skirt",
        category="Skirts",
        color="Multi",
        gender="Women",
    ),
    # photo: woman in a black sleeveless A-line knee-length dress with a thin self belt at the waist, nothing else
    # worn but black heels, white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X801-031",
        caption("a woman in a black dress"),
        wearing("a black dress"),
        sleeve("long", failure="contradiction"),
        color_of("dress", "black"),
        describe("dress", "black sleeveless a-line dress with a thin belt at the waist"),
        details("dress", "the dress details", failure="restated"),
        material("silk", failure="unsupported"),
        title="Mango Women Black Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a short blue dress with a white and pink floral print, puff sleeves, square neckline, brown
    # sandals, white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X801-032",
        caption("a woman in a blue floral dress"),
        wearing(
            "she is wearing a blue dress with white flowers and pink flowers and white flowers and pink flowers and "
            "white flowers and pink flowers and",
            failure="loop",
            who="she",
            hit_limit=True,
        ),
        pattern("floral"),
        color_of("dress", "pink", failure="contradiction"),
        sleeve("short"),
        describe(
            "dress",
            "a short blue dress with a floral print of white and pink flowers, puff sleeves, a square neckline, a "
            "flared hem and the model is wearing brown",
            failure="cut",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Blue Floral Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a charcoal V-neck pullover sweater over a white collared shirt (collar showing), dark blue jeans,
    # white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X801-033",
        caption("a man in a grey sweater and jeans"),
        wearing("a grey sweater over a white shirt and blue jeans"),
        color_of("sweater", "white", failure="other_garment_color"),
        is_a("cardigan", "yes", failure="contradiction"),
        details("sweater", "v neck, ribbed cuffs and hem"),
        sleeve("long"),
        material("wool"),
        title="United Colors of Benetton Men Grey Sweater",
        category="Sweaters",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in a cream cable-knit turtleneck sweater, front tucked into brown trousers, white backdrop.
    # Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X801-034",
        caption("a woman wearing a white sweater and brown pants"),
        wearing("she is wearing a white turtleneck sweater", who="she"),
        color_of("sweater", "brown", failure="other_garment_color", kind="open"),
        pattern("solid"),
        describe(
            "sweater",
            "a cream cable knit sweater with a turtle neck and long sleeves and the sweater is tucked into brown pants "
            "and the pants have a",
            failure="cut",
            hit_limit=True,
        ),
        details("sweater", "sweater", failure="non_answer"),
        title="Vero Moda Women Cream Sweater",
        category="Sweaters",
        color="Cream",
        gender="Women",
    ),
    # photo: man in a maroon crew-neck pullover with a cream and navy stripe band across the chest, khaki chinos,
    # white backdrop; the row has no gender. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X801-035",
        caption("a man wearing a red sweater with a white stripe"),
        wearing("he is wearing a maroon sweater and khaki pants"),
        color_of("sweater", "red"),
        pattern("striped"),
        details(
            "sweater",
            "a stripe across the chest and a crew neck and ribbed cuffs and a zipper at the neck",
            failure="unsupported",
        ),
        garment_type("sweatshirt", failure="contradiction"),
        title="Numero Uno Men Maroon Sweater",
        category="Sweaters",
        color="Maroon",
    ),
    # photo: man in a black pullover hoodie with a white PUMA print across the chest, drawstrings, kangaroo pocket,
    # grey track pants, white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X801-036",
        caption("a man in a black hoodie with the word puma on it"),
        wearing("a black hoodie and grey pants"),
        color_of("hoodie", "grey", failure="other_garment_color"),
        is_a("hoodie", "yes"),
        details(
            "hoodie",
            "a hood with drawstrings and a kangaroo pocket and a hood with drawstrings and a kangaroo pocket and a "
            "hood with",
            failure="loop",
            hit_limit=True,
        ),
        material("fleece"),
        describe("hoodie", "a black hoodie with a puma logo and a zipper down the front", failure="unsupported"),
        title="Puma Men Black Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a pale pink crew-neck sweatshirt with grey BROOKLYN lettering, blue jeans, white backdrop.
    # Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X801-037",
        caption("a woman in pink sweatshirt with the word brooklyn"),
        wearing("she is wearing a pink sweatshirt and jeans", who="she"),
        color_of("sweatshirt", "pink"),
        pattern("floral", failure="contradiction"),
        describe(
            "sweatshirt",
            "Question: Describe the sweatshirt. Answer: pink Question: Describe the sweatshirt. Answer: pink "
            "Question: Describe the sweatshirt. Answer:",
            failure="leak",
            hit_limit=True,
        ),
        sleeve("long"),
        title="Roadster Women Pink Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: man in an olive bomber jacket worn open with ribbed collar, cuffs and hem and a zip pocket on the left
    # sleeve, a white tee, black jeans, white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X801-038",
        caption("a man in a green jacket and white shirt"),
        wearing("he is wearing a green bomber jacket over a white tee and black jeans", who="he"),
        color_of("jacket", "white", failure="other_garment_color"),
        describe("jacket", "a black bomber jacket with a zip front", failure="other_garment_color"),
        details("jacket", "ribbed collar, cuffs and hem, zip front, pocket on the sleeve"),
        material("leather", failure="unsupported"),
        title="Roadster Men Olive Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a mid-blue denim jacket, buttoned halfway, two flap chest pockets, no hood, over a black tee,
    # black skinny jeans, white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X801-039",
        caption("a woman wearing a blue jean jacket and black pants"),
        wearing("he is wearing a denim jacket and black jeans", failure="pronoun"),
        color_of("jacket", "black", failure="other_garment_color", kind="open"),
        material("denim"),
        details(
            "jacket",
            "button front, two chest pockets with flaps, button cuffs and a hood",
            failure="unsupported",
        ),
        is_a("denim", "yes"),
        title="Levis Women Blue Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a navy quilted puffer jacket zipped up to a high collar, grey trousers, white backdrop.
    # Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X801-040",
        caption("a man in a blue jacket"),
        wearing("a puffer jacket and grey pants"),
        color_of("jacket", "navy blue"),
        pattern("striped", failure="contradiction"),
        details(
            "jacket",
            "quilted quilted quilted quilted quilted quilted quilted quilted quilted quilted quilted quilted quilted "
            "quilted quilted quilted quilted quilted quilted quilted quilted",
            failure="loop",
            hit_limit=True,
        ),
        describe("jacket", "Question: What is the color of the jacket? Answer: navy blue", failure="leak"),
        title="Wildcraft Men Navy Blue Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in black track pants with three white stripes down each side and side pockets, a red tee, white
    # sneakers, white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X801-041",
        caption("a man in a red shirt and black pants with white stripes"),
        wearing("a red t-shirt and black track pants"),
        color_of("pants", "red", failure="other_garment_color"),
        pattern("striped"),
        details("pants", "three stripes on the side"),
        describe(
            "pants",
            "black track pants with three white stripes and side pockets and cuffs at the ankle and a drawstring "
            "waist and the model is wearing red",
            failure="cut",
            hit_limit=True,
        ),
        material("polyester Question: What is the color of the pants? Answer: black", failure="leak"),
        title="Adidas Men Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: woman in grey melange joggers with cuffed ankles, a drawstring waist and side pockets, a white tank,
    # white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X801-042",
        caption("a woman in a white tank top and grey sweatpants"),
        wearing("she is wearing grey joggers and a white tank top", who="she"),
        color_of("pants", "grey"),
        details("pants", "the details of the pants are the details", failure="restated"),
        is_a("leggings", "yes", failure="contradiction"),
        material("cotton"),
        describe(
            "pants",
            "grey melange joggers with an elastic waistband and cuffs at the ankles and a drawstring and two side "
            "pockets and she is wearing a white",
            failure="cut",
            hit_limit=True,
        ),
        title="Proline Women Grey Melange Track Pants",
        category="Track Pants",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: woman in a green straight kurta with a gold block print at the yoke, three-quarter sleeves, side slits,
    # white churidar leggings, white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X801-043",
        caption("a woman wearing a green tunic and white leggings"),
        wearing("a green kurta and white leggings"),
        color_of("kurta", "white", failure="other_garment_color"),
        details("kurta", "gold print on the yoke, three quarter sleeves, side slits"),
        garment_type("dress", failure="contradiction"),
        describe(
            "kurta",
            "a green kurta with gold print and white leggings and a green kurta with gold print and white leggings "
            "and a green kurta with",
            failure="loop",
            hit_limit=True,
        ),
        title="Biba Women Green Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: man in a white long-sleeve cotton kurta with a mandarin collar and button placket, beige churidar,
    # brown juttis, white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X801-044",
        caption("a man in a white shirt and pants"),
        wearing("he is wearing a white kurta and beige pants", who="he"),
        color_of("kurta", "beige", failure="other_garment_color", kind="open"),
        details("kurta", "mandarin collar and a button placket"),
        sleeve("long"),
        describe("kurta", "kurta", failure="non_answer"),
        material("silk", failure="unsupported"),
        title="Fabindia Men White Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: woman in a maroon A-line kurta with cream thread embroidery around the neckline, three-quarter
    # sleeves, cream palazzo pants, white backdrop. Caption and open answers: VQA adapter; closed: reference engine.
    case(
        "X801-045",
        caption(
            "a woman wearing a red dress and white pants and a red dress and white pants and a red dress and white "
            "pants and a red dress and white pants",
            failure="loop",
            hit_limit=True,
        ),
        wearing("she is wearing a maroon kurta and cream palazzos", who="she"),
        color_of("kurta", "maroon"),
        details("kurta", "cream embroidery around the neckline"),
        color_of("pants", "maroon", failure="contradiction"),
        describe("kurta", "he is wearing a maroon kurta with embroidery", failure="pronoun"),
        title="W Women Maroon Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: man in a navy knee-length kurta with a tone-on-tone jacquard pattern, mandarin collar, long sleeves, a
    # chest pocket, white churidar, white backdrop; the row has no title. Caption and open answers: VQA adapter;
    # closed: reference engine.
    case(
        "X801-046",
        caption("a man in a blue and white outfit"),
        wearing(
            "a navy blue kurta and white pants Question: What is the color of the kurta? Answer: navy blue Question: "
            "What",
            failure="leak",
            hit_limit=True,
        ),
        color_of("kurta", "blue"),
        is_a("dress", "no"),
        details(
            "kurta",
            "self design pattern, mandarin collar, long sleeves, buttons down the front and a pocket on the chest and "
            "side slits and the kurta is",
            failure="cut",
            hit_limit=True,
        ),
        sleeve("short", failure="contradiction"),
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
]
