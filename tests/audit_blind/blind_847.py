"""BLIND_847 (46 products; Myntra women's activewear and loungewear, the VQA adapter): written blind in the fifty-sixth
session. Measured blind at 2a72e81 (the session's fourth rules): 112/124 failures found (90.3%) and 5/166 correct texts
flagged (3.0%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's activewear and loungewear (sports bras, tights, joggers, track pants,
sweatshirts and hoodies, t-shirts, lounge pants and shorts). Catalog shots on a white or off-white backdrop, the
model cropped at the knee or shown full length, nearly always wearing a second garment (tights under a sports bra,
a tee over joggers, a zip hoodie open over a bra); a few back or side views. Seller columns: title, category
(Myntra article type), color (Myntra base colour) and gender; a few rows lack one column, as real feeds do.

Who wrote what: every caption and every open answer is free generation from `leoreigoto/Data3_V3_BLIP2_VQA` on
`Salesforce/blip2-opt-2.7b` (greedy, 30 new tokens for answers, 50 for the caption; the caption prompt is empty).
The adapter was trained on VQA pairs only, one epoch, without an end-of-answer token, so its short answers are
often fine, but it loops or runs to the limit on anything long (details, descriptions), and it sometimes carries
on in the training format ("black Question: ... Answer: ..."). Its captions are weak: short, sometimes
a single word ("green"), sometimes a whole question-and-answer pair. It repeats the second
garment's color for the product, invents pockets, thumbholes and fabrics, and says "he" now and then for a woman.
Closed answers (garment_type, color, pattern, sleeve_length, "Is this a ...?", and color_of stored closed) come
from enrich's `--engine reference`, which picks one candidate value: they never loop, leak or stop short, but
they pick wrong values, often the other garment's color or pattern.

Labeling conventions and judgement calls:
- One label per text, the most specific one; a text that ran to the 30/50-token limit has hit_limit=True and is
  labelled loop when it repeats itself, leak when it carries on in the "Question: ... Answer:" format, else cut.
  No correct text in this set ran to the limit.
- other_garment_color: a free-generated text (open answer or caption) that gives the product the color of another
  garment visible in the photo (the tights' black for a pink bra). A closed pick of another garment's color, or of
  a color nobody wears, is labelled contradiction, as are closed garment types, patterns and sleeve lengths that
  the photo and the seller contradict.
- A color taken from the product's own print (pink for a grey sweatshirt with a pink flower) is contradiction,
  not other_garment_color.
- Shades and neighbours are correct: maroon/burgundy as red, teal as blue, peach as pink or light pink, coral as
  orange, charcoal as grey or dark grey, cream as white, rust as orange. A zip hoodie called a jacket, tights called
  leggings, joggers called sweatpants or track pants, are correct.
- Material: a generic plausible fabric for the garment (polyester, nylon, spandex, cotton for loungewear) is
  correct when the title names no material; a fabric against one the title names or implies by its fabric line
  ("100% cotton" for Dri-FIT) is contradiction, as is a detail against the title ("removable padding" for a
  Non-Padded bra); invented blends, organic or technical claims, or a fabric implausible for the garment with
  nothing in the title ("wool" for a training tee), are unsupported.
- unsupported: a detail that cannot be seen in the photo described and is not in the title (hidden key pocket,
  back pocket on a front view, thumbholes, a watch nobody wears). Details the photo shows are correct even when the
  title does not name them.
- non_answer: an empty answer, a yes/no or a single word to an open question ("none", "yes", "grey" to "Describe
  the joggers."), or only the question's words back ("they are shorts"). restated: a sentence that echoes the
  question and adds nothing ("the track pants are track pants", "the material of the garment is the material").
- pronoun: "he", "his" or "a man" for these women's products; "she" and "the woman" are correct.
- When both garments really share a color (black tee over black track pants) the same color twice is correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

W = "Women"

BLIND_847 = [
    # photo: black racerback sports bra with a small white swoosh on the chest, worn with grey melange full-length
    # tights; white backdrop, front view cropped at the knee. All texts by the VQA adapter / reference engine.
    case(
        "X847-001",
        caption("a woman wearing a black sports bra and grey leggings"),
        wearing("a grey sports bra and grey leggings", "other_garment_color", who="she"),
        color_of("sports bra", "black", kind="open"),
        details("sports bra", "racerback straps and a white nike logo on the chest"),
        Q.garment_type("sports bra"),
        Q.pattern("solid"),
        Q.material("recycled polyester with dri-fit technology", "unsupported"),
        title="Nike Women Pro Classic Black Sports Bra",
        category="Bra",
        color="Black",
        gender=W,
    ),
    # photo: grey melange crew-neck sweatshirt, small black puma cat logo on the left chest, ribbed cuffs and hem,
    # no pocket; worn with black track pants; white backdrop, front view. VQA adapter / reference engine.
    case(
        "X847-002",
        caption("a woman wearing a grey sweatshirt and black pants"),
        wearing("she is wearing a grey sweatshirt and black pants", who="she"),
        color_of("sweatshirt", "black", "other_garment_color", kind="open"),
        Q.sleeve_length("long"),
        details(
            "sweatshirt",
            "ribbed cuffs and hem, crew neck, puma logo on the chest, kangaroo pocket in the front",
            "unsupported",
        ),
        is_a("hoodie", "yes", "contradiction"),
        title="Puma Women Grey Melange Solid Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender=W,
    ),
    # photo: navy blue full-length tights with a small white reebok logo on the left thigh, worn with a white
    # short-sleeved training t-shirt; white backdrop, full length. VQA adapter / reference engine.
    case(
        "X847-003",
        caption("a woman in a white t-shirt and navy blue leggings standing in front of a white wall"),
        color_of("tights", "white", "contradiction"),
        wearing("a white t-shirt and blue tights"),
        details(
            "tights",
            "the tights tights tights tights tights tights tights tights tights tights tights tights tights tights"
            " tights tights tights tights tights tights tights tights tights tights tights tights tights tights",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        Q.pattern("solid"),
        title="Reebok Women Navy Blue Solid Training Tights",
        category="Tights",
        color="Navy Blue",
        gender=W,
    ),
    # photo: teal short-sleeved round-neck t-shirt with a reflective silver HRX print on the chest, worn with black
    # track pants; white backdrop, front view. VQA adapter (caption leaks the VQA format) / reference engine.
    case(
        "X847-004",
        caption("Question: what is the color of the shirt? Answer: teal", "leak"),
        wearing("a blue t-shirt and black pants"),
        color_of("t-shirt", "teal", kind="open"),
        Q.sleeve_length("short"),
        Q.material("polyester"),
        describe("t-shirt", "he is wearing a teal t-shirt with a logo on the chest", "pronoun"),
        title="HRX by Hrithik Roshan Women Teal Rapid-Dry Training T-shirt",
        category="Tshirts",
        color="Teal",
        gender=W,
    ),
    # photo: charcoal grey straight-leg lounge pants, drawstring waist, side pockets, worn with a white ribbed
    # tank top; off-white backdrop, full length. VQA adapter / reference engine.
    case(
        "X847-005",
        caption("a woman wearing white tank top and grey pants"),
        wearing("a white tank top and grey pants"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        details("pants", "elastic waistband with drawstring, side pockets and a back patch pocket", "unsupported"),
        Q.garment_type("pants"),
        Q.material("cotton"),
        title="Jockey Women Charcoal Solid Cotton Lounge Pants",
        category="Lounge Pants",
        color="Charcoal",
        gender=W,
    ),
    # photo: black track pants with three white stripes down the sides, worn with a pink t-shirt and white
    # sneakers; white backdrop, front-side view, full length. VQA adapter / reference engine.
    case(
        "X847-006",
        caption("a woman wearing a pink shirt and pink pants", "other_garment_color"),
        Q.pattern("striped"),
        color_of("track pants", "black with white stripes on the side", kind="open"),
        wearing("a pink t-shirt, black track pants and white shoes"),
        is_a("pair of leggings", "no"),
        details(
            "track pants",
            "three white stripes on the sides, elastic waist, zip pockets, zipped ankles, adidas logo on the hip,"
            " tapered fit with a",
            "cut",
            hit_limit=True,
        ),
        title="Adidas Women Black 3-Stripes Track Pants",
        category="Track Pants",
        color="Black",
        gender=W,
    ),
    # photo: coral-pink padded sports bra with wide straps, worn with black full-length tights; white backdrop,
    # front view cropped at the thigh. VQA adapter / reference engine.
    case(
        "X847-007",
        caption("a woman wearing a pink sports bra and black leggings"),
        wearing("she is wearing a black sports bra and black leggings", "other_garment_color", who="she"),
        color_of("sports bra", "pink"),
        describe("sports bra", "the sports bra is a sports bra", "restated"),
        details("sports bra", "padded cups and a wide elastic underband"),
        Q.sleeve_length("sleeveless"),
        title="Enamor Women Pink Padded Sports Bra",
        category="Bra",
        color="Pink",
        gender=W,
    ),
    # photo: black tights with an all-over white and grey geometric print and a wide waistband, worn with a black
    # tank top; white backdrop, front view, full length. Caption loops (VQA adapter); closed by reference engine.
    case(
        "X847-008",
        caption(
            "a woman wearing black leggings with a white pattern and a black tank top and black leggings with a"
            " white pattern and a black tank top and black leggings with a white pattern and a black tank top and",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        color_of("tights", "black and white", kind="open"),
        wearing("she is wearing a black tank top and black and white leggings", who="she"),
        details("tights", "a geometric print, a wide waistband and a hidden key pocket", "unsupported"),
        Q.garment_type("leggings"),
        is_a("sports bra", "no"),
        title="Puma Women Black Printed Training Tights",
        category="Tights",
        color="Black",
        gender=W,
    ),
    # photo: lavender crew-neck short-sleeved t-shirt with a small white swoosh on the chest, worn with black
    # running shorts; white backdrop, front view. VQA adapter / reference engine.
    case(
        "X847-009",
        caption("a woman wearing a purple t-shirt and black shorts"),
        Q.color("purple"),
        wearing("a purple shirt and black shorts"),
        Q.material("100% cotton", "contradiction"),
        details("t-shirt", "no", "non_answer"),
        describe(
            "t-shirt",
            "the t shirt is purple and the shorts are black and the t shirt is purple and the shorts are black and"
            " the t shirt is",
            "loop",
            hit_limit=True,
        ),
        title="Nike Women Lavender Dri-FIT Legend T-shirt",
        category="Tshirts",
        color="Lavender",
        gender=W,
    ),
    # photo: maroon pullover hoodie with white drawstrings, kangaroo pocket and ribbed cuffs, worn with mid-blue
    # jeans; white backdrop, front view, cropped at the knee. VQA adapter / reference engine.
    case(
        "X847-010",
        caption("a woman wearing a red hoodie and blue jeans"),
        is_a("hoodie", "yes"),
        color_of("hoodie", "blue", "other_garment_color", kind="open"),
        details("hoodie", "drawstring hood, kangaroo pocket, ribbed cuffs, fleece lining inside", "unsupported"),
        wearing("a maroon hoodie and jeans", who="she"),
        Q.sleeve_length("long"),
        Q.garment_type("jacket", "contradiction"),
        title="Roadster Women Maroon Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender=W,
    ),
    # photo: black high-rise flared yoga pants, worn with a white cropped t-shirt and bare feet; white backdrop,
    # full length, front view. VQA adapter / reference engine.
    case(
        "X847-011",
        caption("a woman wearing a white crop top and white pants", "other_garment_color"),
        wearing("she is wearing a white top and black flared pants", who="she"),
        color_of("pants", "black"),
        details("pants", "none", "non_answer"),
        describe(
            "pants",
            "the pants are pants that are pants that are pants that are pants that are pants that are pants that"
            " are pants that",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of jeans", "no"),
        title="Blissclub Women Black Solid Flared Yoga Pants",
        category="Track Pants",
        color="Black",
        gender=W,
    ),
    # photo: olive green joggers with ribbed ankle cuffs, a drawstring waist and side pockets, worn with a white
    # t-shirt and white sneakers; white backdrop, full length. Caption is one word (VQA adapter); reference engine.
    case(
        "X847-012",
        caption("green", "non_answer"),
        color_of("joggers", "white", "other_garment_color", kind="open"),
        Q.color("green"),
        wearing("a white shirt and green joggers"),
        details(
            "joggers",
            "ribbed ankle cuffs, drawstring waist, side pockets and a zip pocket at the back",
            "unsupported",
        ),
        Q.garment_type("joggers"),
        Q.pattern("striped", "contradiction"),
        title="Kappa Women Olive Solid Joggers",
        category="Track Pants",
        color="Olive",
        gender=W,
    ),
    # photo: navy blue round-neck training t-shirt with a pink brand print across the chest, worn with grey
    # joggers; white backdrop, front view. VQA adapter / reference engine.
    case(
        "X847-013",
        caption("a woman in a blue t-shirt with a pink print and grey joggers"),
        Q.pattern("solid", "contradiction"),
        wearing("he is wearing a blue t-shirt and grey pants", "pronoun"),
        color_of("t-shirt", "navy blue with a pink print", kind="open"),
        Q.sleeve_length("short"),
        Q.material("polyester Question: what is the fit of the t-shirt? Answer: regular", "leak"),
        title="Alcis Women Navy Blue Printed Round Neck Training T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender=W,
    ),
    # photo: peach short-sleeved lounge t-shirt with a small white star print all over, sleeves rolled once, worn
    # with grey melange lounge shorts; white backdrop, front view. VQA adapter / reference engine.
    case(
        "X847-014",
        caption("a woman wearing a pink shirt and grey shorts"),
        Q.pattern("printed"),
        color_of("t-shirt", "grey", "contradiction"),
        wearing("a grey t-shirt and grey shorts", "other_garment_color"),
        describe(
            "t-shirt",
            "a peach t-shirt with a white star print all over, a round neck, short sleeves and a relaxed fit, the"
            " sleeves are rolled up at the",
            "cut",
            hit_limit=True,
        ),
        title="Clovia Women Peach Printed Lounge T-shirt",
        category="Lounge Tshirts",
        color="Peach",
        gender=W,
    ),
    # photo: sea green sports bra with criss-cross straps at the back, worn with black tights; white backdrop,
    # back view. The feed row has no color. VQA adapter / reference engine.
    case(
        "X847-015",
        caption("the back of a woman in a green sports bra and black leggings"),
        details(
            "sports bra",
            "criss-cross straps at the back that cross over each other twice, a wide elastic underband and a small"
            " white logo on the",
            "cut",
            hit_limit=True,
        ),
        color_of("sports bra", "green", kind="open"),
        wearing("a green bra and black pants"),
        is_a("tank top", "yes", "contradiction"),
        Q.material("nylon"),
        title="Zelocity Women Sea Green Solid Sports Bra",
        category="Bra",
        gender=W,
    ),
    # photo: mustard yellow crew-neck sweatshirt with drop shoulders and ribbed cuffs and hem, worn with black
    # joggers; white backdrop, front view. Caption says "a man" (VQA adapter); reference engine.
    case(
        "X847-016",
        caption("a man wearing a yellow sweatshirt and black pants", "pronoun"),
        Q.color("yellow"),
        wearing("a yellow sweater and black pants"),
        color_of(
            "sweatshirt",
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow"
            " yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("sweatshirt", "drop shoulders, ribbed cuffs and hem, brushed fleece inside", "unsupported"),
        Q.garment_type("sweatshirt"),
        title="Mast & Harbour Women Mustard Yellow Solid Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender=W,
    ),
    # photo: black running shorts with side slits, worn with a neon green racerback tank top; white backdrop,
    # front view, cropped at the knee. VQA adapter / reference engine.
    case(
        "X847-017",
        caption("a woman wearing a green tank top and black shorts"),
        color_of("shorts", "green", "other_garment_color", kind="open"),
        wearing("she is wearing a neon green tank top and black shorts", who="she"),
        details("shorts", "they are shorts", "non_answer"),
        Q.garment_type("skirt", "contradiction"),
        Q.pattern("solid"),
        title="Puma Women Black Solid Running Shorts",
        category="Shorts",
        color="Black",
        gender=W,
    ),
    # photo: burgundy high-waisted full-length tights, worn with a black sports bra; white backdrop, full length,
    # front view. VQA adapter / reference engine.
    case(
        "X847-018",
        caption("a woman wearing a black sports bra and black leggings", "other_garment_color"),
        color_of("tights", "maroon"),
        wearing("a black sports bra and red leggings"),
        describe(
            "tights",
            "the tights are red tights with a high waist and the tights are red tights with a high waist and the"
            " tights are red",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of tights", "yes"),
        Q.material("nylon with a brushed inside and four-way stretch", "unsupported"),
        title="Nike Women Burgundy Solid One Tights",
        category="Tights",
        color="Burgundy",
        gender=W,
    ),
    # photo: white crew-neck t-shirt with a black adidas linear logo on the chest, worn with black tights; white
    # backdrop, front view. VQA adapter / reference engine.
    case(
        "X847-019",
        caption("a woman in a white t-shirt with a black logo and black leggings"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        Q.color("white"),
        wearing("a white t-shirt and black leggings"),
        details("t-shirt", "a black adidas logo on the chest, crew neck, short sleeves"),
        Q.pattern("graphic"),
        Q.sleeve_length("long", "contradiction"),
        title="Adidas Women White Essentials Linear Logo T-shirt",
        category="Tshirts",
        color="White",
        gender=W,
    ),
    # photo: navy blue short-sleeved lounge t-shirt, plain, worn with navy-and-white striped pyjama pants; white
    # backdrop, full length. VQA adapter (one answer starts with "Answer:") / reference engine.
    case(
        "X847-020",
        caption("a woman wearing a blue shirt and striped pants"),
        Q.pattern("striped", "contradiction"),
        wearing("a navy t-shirt and blue and white striped pajama pants"),
        describe(
            "t-shirt",
            "a navy blue t-shirt with short sleeves and a round neck, made of soft cotton with a chest pocket",
            "unsupported",
        ),
        color_of("t-shirt", "Answer: navy blue", "leak", kind="open"),
        Q.material("cotton"),
        title="Jockey Women Navy Blue Solid Lounge Tshirt",
        category="Lounge Tshirts",
        color="Navy Blue",
        gender=W,
    ),
    # photo: grey melange full-zip hooded sweatshirt worn open over a black sports bra, with black tights; two
    # front pockets, drawstring hood; white backdrop, front view. VQA adapter / reference engine.
    case(
        "X847-021",
        caption("a woman wearing a grey hoodie over a black sports bra and black leggings"),
        color_of("sweatshirt", "black", "contradiction"),
        wearing(
            "she is wearing a grey zip-up hoodie that is open over a black sports bra, black leggings that come down"
            " to her ankles and",
            "cut",
            who="she",
            hit_limit=True,
        ),
        details("sweatshirt", "full zip front, hood with drawstrings, two pockets"),
        is_a("hoodie", "yes"),
        Q.sleeve_length("long"),
        describe("sweatshirt", "he is wearing a grey hoodie with a zipper", "pronoun"),
        title="Adidas Women Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender=W,
    ),
    # photo: teal joggers with an elastic drawstring waistband and cuffed ankles, worn with a black crop top and white
    # sneakers; white backdrop, full length, hands on hips. Caption runs to the limit (VQA adapter).
    case(
        "X847-022",
        caption(
            "a woman in a black crop top and teal joggers with a drawstring waist and white sneakers, standing with"
            " her hands on her hips in front of a white wall and looking at the camera with her hair in a",
            "cut",
            hit_limit=True,
        ),
        color_of("joggers", "the joggers are teal", kind="open"),
        wearing("a black top and blue pants"),
        details("joggers", "elastic waistband, cuffed ankles"),
        Q.garment_type("joggers"),
        Q.material("the material of the garment is the material", "restated"),
        title="Chkokko Women Teal Blue Solid Joggers",
        category="Track Pants",
        color="Teal",
        gender=W,
    ),
    # photo: coral (orange-pink) short-sleeved round-neck t-shirt, worn with black tights; white backdrop, side
    # view, the back not visible. VQA adapter / reference engine.
    case(
        "X847-023",
        caption("a woman in an orange t-shirt and black leggings"),
        Q.color("orange"),
        wearing("a coral shirt and black pants"),
        details("t-shirt", "short sleeves, round neck, reflective logo on the back", "unsupported"),
        Q.sleeve_length("short"),
        color_of(
            "t-shirt",
            "Question: what is the color of the t-shirt? Answer: orange Question: what is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        title="Proline Active Women Coral Solid Round Neck T-shirt",
        category="Tshirts",
        color="Coral",
        gender=W,
    ),
    # photo: purple padded sports bra with a white abstract print and wide straps, worn with matching darker purple
    # leggings; white backdrop, front view. VQA adapter / reference engine.
    case(
        "X847-024",
        caption("a woman wearing a purple sports bra and purple leggings"),
        Q.pattern("printed"),
        color_of("sports bra", "purple and white", kind="open"),
        describe(
            "sports bra",
            "a purple sports bra with a white print and a purple sports bra with a white print and a purple sports"
            " bra with a white print and a",
            "loop",
            hit_limit=True,
        ),
        wearing("a purple sports bra and matching leggings"),
        is_a("tank top", "no"),
        Q.material("100% organic cotton", "unsupported"),
        title="Reebok Women Purple Printed Padded Sports Bra",
        category="Bra",
        color="Purple",
        gender=W,
    ),
    # photo: black crew-neck sweatshirt with a large white PUMA word print across the chest, worn with black
    # joggers; white backdrop, front view. VQA adapter / reference engine.
    case(
        "X847-025",
        caption("a woman wearing a black sweatshirt with the word puma and black pants"),
        Q.color("black"),
        Q.pattern("solid", "contradiction"),
        wearing("clothes", "non_answer", who="she"),
        details(
            "sweatshirt",
            "puma puma puma puma puma puma puma puma puma puma puma puma puma puma puma puma puma puma puma puma"
            " puma puma puma puma puma puma puma puma puma puma",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        title="Puma Women Black Printed Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender=W,
    ),
    # photo: pink-and-white checked lounge pants with an elasticated drawstring waist, worn with a plain white
    # t-shirt; white backdrop, full length. VQA adapter / reference engine.
    case(
        "X847-026",
        caption("a woman wearing a white t - shirt and pink plaid pants"),
        Q.pattern("striped", "contradiction"),
        color_of("lounge pants", "white", "other_garment_color", kind="open"),
        wearing("a white shirt and pink and white checked pajamas"),
        details(
            "lounge pants",
            "elasticated waist with a drawstring, elasticated waist with a drawstring, elasticated waist with a"
            " drawstring, elasticated waist",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("pants"),
        is_a("skirt", "no"),
        title="DressBerry Women Pink Checked Lounge Pants",
        category="Lounge Pants",
        color="Pink",
        gender=W,
    ),
    # photo: grey melange fleece joggers with a black swoosh on the left thigh, elastic cuffs and a drawstring
    # waist, worn with a black t-shirt; white backdrop, full length. VQA adapter / reference engine.
    case(
        "X847-027",
        caption("a woman in a black t-shirt and grey sweatpants"),
        color_of("joggers", "grey"),
        wearing("he is wearing a black shirt and grey sweat pants", "pronoun"),
        Q.material("fleece"),
        details(
            "joggers",
            "the joggers have a black nike logo on the left thigh, elastic cuffs and a drawstring waist and the"
            " joggers have a black nike logo on the",
            "loop",
            hit_limit=True,
        ),
        describe("joggers", "grey", "non_answer"),
        title="Nike Women Grey Solid Sportswear Club Fleece Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender=W,
    ),
    # photo: cream (off-white) round-neck lounge sweatshirt, dropped shoulders, ribbed cuffs and hem, hip length,
    # worn with grey lounge joggers; white backdrop, front view. VQA adapter / reference engine.
    case(
        "X847-028",
        caption("a woman wearing a grey sweatshirt and grey pants", "other_garment_color"),
        Q.color("grey", "contradiction"),
        color_of("sweatshirt", "cream", kind="open"),
        wearing("she is wearing a cream sweatshirt and grey joggers", who="she"),
        details(
            "sweatshirt",
            "round neck, ribbed cuffs and a ribbed hem, dropped shoulders, the sweatshirt is loose and comes down to"
            " the top of her",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        Q.garment_type("sweatshirt"),
        title="Marks & Spencer Women Off White Solid Lounge Sweatshirt",
        category="Sweatshirts",
        color="Off White",
        gender=W,
    ),
    # photo: navy blue non-padded sports bra with wide straps and a broad elastic underband printed with the enamor
    # logo, worn with grey joggers; white backdrop, front view. VQA adapter / reference engine.
    case(
        "X847-029",
        caption("a woman wearing a blue sports bra and grey pants"),
        wearing("a blue sports bra and grey sweatpants"),
        color_of("sports bra", "grey", "other_garment_color", kind="open"),
        details(
            "sports bra",
            "wide straps, a broad elastic band with the enamor logo and a mesh panel at the back",
            "unsupported",
        ),
        is_a("sports bra", "yes"),
        Q.material("cotton and elastane"),
        title="Enamor Women Navy Blue Non-Padded Sports Bra",
        category="Bra",
        color="Navy Blue",
        gender=W,
    ),
    # photo: black full-length tights with neon yellow piping down the sides and a wide waistband, worn with a neon
    # yellow t-shirt; white backdrop, full length. Caption leaks a Q/A pair (VQA adapter).
    case(
        "X847-030",
        caption("Question: what is the person wearing? Answer: a yellow t-shirt and black leggings", "leak"),
        color_of("tights", "yellow", "other_garment_color", kind="open"),
        wearing("a yellow shirt and black tights"),
        Q.pattern("solid"),
        details(
            "tights", "neon yellow piping on the sides, a wide waistband and a zip pocket at the back", "unsupported"
        ),
        Q.garment_type("tights"),
        title="HRX by Hrithik Roshan Women Black Solid Rapid-Dry Training Tights",
        category="Tights",
        color="Black",
        gender=W,
    ),
    # photo: black seamless long-sleeved crop top, worn with black leggings (all black); white backdrop, front
    # view. VQA adapter / reference engine.
    case(
        "X847-031",
        caption("a woman wearing a black top and black leggings"),
        Q.sleeve_length("short", "contradiction"),
        wearing("she is wearing a black long sleeve crop top and black leggings", who="she"),
        color_of("top", "black", kind="open"),
        describe(
            "top",
            "a black long sleeve crop top that is tight and the top is a black long sleeve crop top that is tight"
            " and the top is",
            "loop",
            hit_limit=True,
        ),
        Q.material("nylon Question: what is the sleeve length of the garment? Answer: long", "leak"),
        title="Kica Women Black Solid Seamless Long Sleeve Crop Top",
        category="Tops",
        color="Black",
        gender=W,
    ),
    # photo: rust orange pullover hoodie, hood down, hands in the kangaroo pocket, ribbed cuffs, no thumbholes, worn
    # with black track pants; hair pulled back, looking at the camera; white backdrop, front view. The feed row has
    # no gender. VQA adapter / reference engine.
    case(
        "X847-032",
        caption(
            "a woman wearing an orange hoodie with the hood down and black pants, her hands are in the front pocket"
            " of the hoodie and she is looking at the camera with her hair pulled back in a low",
            "cut",
            hit_limit=True,
        ),
        Q.color("black", "contradiction"),
        wearing("an orange sweatshirt and black pants"),
        details(
            "hoodie", "drawstring hood, kangaroo pocket, ribbed cuffs and hem, thumb holes at the cuffs", "unsupported"
        ),
        is_a("hoodie", "yes"),
        color_of("hoodie", "rust", kind="open"),
        title="Wildcraft Women Rust Orange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Rust",
    ),
    # photo: navy blue track pants with white piping down the sides, zip side pockets and a small puma logo on the
    # left thigh, worn with a white t-shirt; white backdrop, front view, full length. VQA / reference engine.
    case(
        "X847-033",
        caption("a woman wearing a white shirt and blue pants"),
        color_of("track pants", "navy blue"),
        wearing("the woman is wearing a white t-shirt and white track pants", "other_garment_color"),
        details(
            "track pants",
            "white piping on the sides, zip pockets, elastic waistband with drawstring, tapered legs, puma logo on"
            " the left thigh and a back pocket with",
            "cut",
            hit_limit=True,
        ),
        describe("track pants", "the track pants are track pants", "restated"),
        Q.garment_type("track pants"),
        title="Puma Women Navy Blue Solid Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender=W,
    ),
    # photo: pink t-shirt with a white "JUST DO IT" graphic across the chest, worn with grey tights; white
    # backdrop, front view. VQA adapter / reference engine.
    case(
        "X847-034",
        caption("a woman wearing a pink t-shirt that says just do it and grey leggings"),
        Q.color("pink"),
        Q.pattern("graphic"),
        wearing("she's wearing a pink graphic tee and grey leggings", who="she"),
        describe(
            "t-shirt",
            "a pink t-shirt with white letters that say just do it across the chest, short sleeves and a round neck,"
            " the letters are",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "grey", "other_garment_color", kind="open"),
        Q.material("cotton Question: What is the pattern of the garment? Answer: graphic", "leak"),
        title="Nike Women Pink Printed Just Do It T-shirt",
        category="Tshirts",
        color="Pink",
        gender=W,
    ),
    # photo: grey melange lounge shorts with an elastic waistband and side pockets, worn with a white tank top;
    # white backdrop, front view cropped at the knee. VQA adapter / reference engine.
    case(
        "X847-035",
        caption("a woman in a white tank top and grey shorts"),
        color_of("shorts", "grey", kind="open"),
        wearing("he is wearing a white tank top and grey shorts", "pronoun"),
        details("shorts", "elastic waistband, side pockets and an inner drawstring", "unsupported"),
        Q.pattern("printed", "contradiction"),
        Q.material("cotton"),
        title="Jockey Women Grey Melange Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Grey Melange",
        gender=W,
    ),
    # photo: colour-blocked sweatshirt, white body with black sleeves and a black lower band, worn with black
    # joggers; white backdrop, front view. VQA adapter / reference engine.
    case(
        "X847-036",
        caption("a woman wearing a black and white sweatshirt and black pants"),
        Q.pattern("color block"),
        Q.color("white"),
        wearing(
            "a black and white sweatshirt with black sleeves and a black band at the bottom and black joggers with"
            " elastic cuffs and a",
            "cut",
            hit_limit=True,
        ),
        color_of("sweatshirt", "white and black with black sleeves", kind="open"),
        details("sweatshirt", "the sweatshirt details are the details of the sweatshirt", "restated"),
        title="Fila Women White & Black Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="White",
        gender=W,
    ),
    # photo: maroon joggers with an elastic waist and cuffed ankles, worn with a grey t-shirt and white sneakers,
    # no watch or other accessory; white backdrop, full length. Caption leaks a Q/A pair (VQA adapter).
    case(
        "X847-037",
        caption("Question: what is the color of the joggers? Answer: maroon", "leak"),
        wearing("a grey t-shirt and maroon joggers"),
        color_of("joggers", "grey", "contradiction"),
        describe(
            "joggers",
            "maroon joggers with an elastic waist and cuffed ankles. she is also wearing white sneakers and a black"
            " watch",
            "unsupported",
        ),
        details("joggers", "yes", "non_answer"),
        is_a("pair of joggers", "yes"),
        title="Blissclub Women Maroon Solid Joggers",
        category="Track Pants",
        color="Maroon",
        gender=W,
    ),
    # photo: black high-rise tights with mesh panels down the sides, worn with a white sports bra; white backdrop,
    # full length, front view. VQA adapter / reference engine.
    case(
        "X847-038",
        caption("a woman wearing a white sports bra and black leggings"),
        color_of("tights", "black", kind="open"),
        wearing("a white sports bra and white leggings", "other_garment_color"),
        details(
            "tights",
            "mesh panels on the sides, high rise waistband, sweat-wicking fabric and a hidden pocket in the waistband",
            "unsupported",
        ),
        Q.garment_type("sports bra", "contradiction"),
        Q.material("polyester and elastane"),
        is_a("pair of leggings", "yes"),
        title="Reebok Women Black Lux High-Rise Tights",
        category="Tights",
        color="Black",
        gender=W,
    ),
    # photo: red crew-neck short-sleeved t-shirt with a small white puma cat logo on the left chest, worn with black
    # shorts; white backdrop, front view. VQA adapter / reference engine.
    case(
        "X847-039",
        caption("a woman wearing a red shirt and black shorts"),
        Q.color("red"),
        color_of(
            "t-shirt",
            "red and black and red and black and red and black and red and black and red and black and red and"
            " black and red and",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing("a red t-shirt with a white logo and black shorts"),
        Q.sleeve_length("short"),
        details("t-shirt", "crew neck, short sleeves, small white puma logo on the left chest"),
        describe("t-shirt", "a red t-shirt with short sleeves. he is wearing it with black shorts", "pronoun"),
        title="Puma Women Red Solid Active Essential T-shirt",
        category="Tshirts",
        color="Red",
        gender=W,
    ),
    # photo: grey melange sweatshirt with a pink floral graphic on the chest, ribbed cuffs and hem, worn with
    # blue jeans; white backdrop, front view. VQA adapter / reference engine.
    case(
        "X847-040",
        caption("a woman wearing a blue sweatshirt and blue jeans", "other_garment_color"),
        Q.pattern("floral"),
        color_of("sweatshirt", "pink", "contradiction", kind="open"),
        wearing("a grey sweatshirt and blue jeans"),
        Q.garment_type("sweatshirt"),
        details(
            "sweatshirt",
            "pink flowers, pink flowers, pink flowers, pink flowers, pink flowers, pink flowers, pink flowers, pink"
            " flowers, pink",
            "loop",
            hit_limit=True,
        ),
        title="Silvertraq Women Grey Printed Sweatshirt",
        category="Sweatshirts",
        color="Grey",
        gender=W,
    ),
    # photo: olive green non-padded sports bra, worn with matching olive leggings (a co-ord); white backdrop, front
    # view. The description came back empty (VQA adapter); reference engine for closed.
    case(
        "X847-041",
        caption("a woman in a green sports bra and green leggings"),
        Q.color("green"),
        wearing("a green sports bra and green leggings"),
        details("sports bra", "the sports bra has removable padding", "contradiction"),
        Q.sleeve_length("sleeveless"),
        is_a("sports bra", "yes"),
        describe("sports bra", "", "non_answer"),
        title="Kica Women Olive Green Solid Non-Padded Sports Bra",
        category="Bra",
        color="Olive",
        gender=W,
    ),
    # photo: black track pants with two side pockets and an elastic waistband, worn with a black t-shirt and white
    # sneakers; white backdrop, full length, front view (no logo visible). VQA adapter / reference engine.
    case(
        "X847-042",
        caption("a woman in a black t-shirt and black pants standing"),
        color_of("track pants", "black", kind="open"),
        wearing("the person is wearing the clothes the person is wearing", "restated"),
        Q.garment_type("track pants"),
        details(
            "track pants",
            "two side pockets, elastic waistband, reflective alcis logo on the left leg, zip pocket at the back,"
            " mesh lining inside",
            "unsupported",
        ),
        Q.material(
            "polyester Question: what is the color of the pants? Answer: black Question: what is the color of the",
            "leak",
            hit_limit=True,
        ),
        title="Alcis Women Black Solid Track Pants",
        category="Track Pants",
        color="Black",
        gender=W,
    ),
    # photo: peach oversized crew-neck sweatshirt with dropped shoulders, worn with white joggers; white backdrop,
    # front view. VQA adapter / reference engine.
    case(
        "X847-043",
        caption("a woman wearing a pink sweatshirt and white pants"),
        Q.color("white", "contradiction"),
        color_of("sweatshirt", "peach", kind="open"),
        wearing("the woman is wearing a white sweatshirt and white sweatpants", "other_garment_color"),
        is_a("hoodie", "no"),
        describe(
            "sweatshirt",
            "the sweatshirt is oversized with dropped shoulders and a round neck and the sweatshirt is oversized"
            " with dropped shoulders and a",
            "loop",
            hit_limit=True,
        ),
        title="Puma Women Peach Solid Oversized Sweatshirt",
        category="Sweatshirts",
        color="Peach",
        gender=W,
    ),
    # photo: lavender lounge pants with a white cloud print, elasticated drawstring waist and side pockets, worn
    # with a white t-shirt; white backdrop, front view, full length. The feed row has no category. VQA / reference.
    case(
        "X847-044",
        caption(
            "a woman wearing a white shirt and purple pajama pants with white clouds on them and a drawstring at the"
            " waist, she is standing with one hand in the pocket of her pants and the other hand by her side, her",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        color_of("lounge pants", "purple"),
        wearing("she is wearing a white t-shirt and purple lounge pants", who="she"),
        details(
            "lounge pants",
            "white cloud print, elasticated waist with a drawstring, side pockets, a back pocket, soft cotton modal",
            "unsupported",
        ),
        Q.material("the garment is made of the material of the garment", "restated"),
        title="Clovia Women Lavender Printed Lounge Pants",
        color="Lavender",
        gender=W,
    ),
    # photo: charcoal grey crew-neck training t-shirt with three black stripes on the shoulders, worn with black
    # tights; white backdrop, front view. VQA adapter / reference engine.
    case(
        "X847-045",
        caption("a woman wearing a grey t-shirt and black leggings"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        wearing("a dark grey tee and black tights"),
        Q.material("wool", "unsupported"),
        details("t-shirt", "crew neck, short sleeves, three stripes on the shoulders"),
        Q.garment_type("t-shirt"),
        describe("t-shirt", "describe the t-shirt. the t-shirt is a t-shirt", "restated"),
        title="Adidas Women Charcoal Grey Solid Aeroready Training T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender=W,
    ),
    # photo: royal blue scoop-neck sports bra with a wide underband printed with white HRX letters, worn with black
    # running shorts; white backdrop, front view. VQA adapter (color answer leaks) / reference engine.
    case(
        "X847-046",
        caption("the woman is wearing a blue sports bra and black shorts in front of a white wall"),
        Q.color("black", "contradiction"),
        color_of(
            "sports bra",
            "blue Question: is this a sports bra? Answer: yes Question: is this a sports bra? Answer: yes Question",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        wearing("a blue sports bra and black running shorts"),
        details("sports bra", "wide underband with a white hrx print, scoop neck, removable pads", "unsupported"),
        Q.pattern("printed"),
        is_a("tank top", "no"),
        title="HRX by Hrithik Roshan Women Blue Printed Sports Bra",
        category="Bra",
        color="Blue",
        gender=W,
    ),
]
