"""BLIND_782 (46 products; Myntra women's activewear/loungewear, VQA adapter): written blind in the fifty-fifth session.
Measured blind at f624242 (the session's eighth rules): 114/130 failures found (87.7%) and 3/174 correct texts flagged
(1.7%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's activewear and loungewear (sports bras, tights, leggings, capris, joggers, track
pants, sweatshirts, hoodies, t-shirts, lounge pants and shorts), one catalog photo per product: mostly a model on a
white studio backdrop wearing the product with other garments (tights under a bra, a tee over joggers, an open
jacket over a bra), a few lifestyle shots (a sofa, a bed, a yoga mat, a dumbbell, a water bottle). Seller columns
as styles.csv has them: category (Bra, Tights, Leggings, Capris, Joggers, Track Pants, Sweatshirts, Tshirts, Lounge
Pants, Lounge Tshirts, Lounge Shorts, Shorts), color (the seller's base colour), title; a few rows lack color.

Who wrote what: leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b wrote every text. Captions are its free
generation with no prompt: short "a woman in a ... and ..." sentences when they work; a loop, a run-on cut at 50
tokens or a leaked Question/Answer turn when they don't. Closed answers are enrich's --engine reference picking one
candidate (a color, a type, a pattern, a sleeve length, yes/no), so they never loop or stop short but often take the
color of the tights, the jacket, the mat or the backdrop. Open answers are greedy free generation with 30 new tokens:
one color for every garment, no end token (loops, cuts, "Question: ... Answer:" turns continuing the training
format), invented pockets, zips and hoods, a "he" or "a man" now and then for a woman model.

Labeling conventions and judgement calls:
- A closed answer that gives the product the color of another garment, a prop or the backdrop is labelled
  contradiction; an open answer that gives it another worn garment's color is other_garment_color; an open answer
  giving it the color of a prop, the backdrop, shoes or a print detail is contradiction.
- Shades in the seller's color group are correct: maroon or burgundy called red, teal called blue, lavender called
  purple, peach called peach or pink, charcoal and grey melange called grey, sea green called mint or green.
  Fluorescent green called yellow is a contradiction.
- Tights, leggings and capris are one garment for type answers ("leggings" for Tights or Capris is correct);
  joggers, sweatpants and track pants likewise; a hoodie is a sweatshirt.
- Side stripes on track pants ("3-Stripes", a side stripe) make "striped" correct; a logo or small chest print
  leaves "solid" correct; a large front logo, camouflage or a printed panel makes "solid" a contradiction.
- One-word or yes/no answers to an open question (describe, details, wearing) are non_answer, even when the one word
  is a true color, or the garment's own name ("track pants", "t-shirt"). "The X is an X", "the details of the X
  are the details" and a question echoed back are restated.
- "a man" in a caption, "he" or "his" anywhere for these women models is pronoun.
- Invented features not in the photo (zips, pockets, hoods, mesh, thumbholes, removable pads, fabric claims like
  "brushed fleece lining" or "silk" the title does not back) are unsupported; a material the title names (Dri-FIT
  as polyester, Fleece, Cotton) is correct.
- A text with several faults carries the one that describes it first: a loop that runs to the limit is loop, a
  leaked turn that runs to the limit is leak, an invented detail cut at the limit is unsupported; cut is kept for
  texts that are right as far as they go and stop mid-phrase at the limit. hit_limit marks every text that ran to 30
  new tokens (50 for captions).
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

BQ = BLIND_QUESTIONS

BLIND_782 = [
    # photo: black racerback sports bra with a small white Nike swoosh on the chest band, worn with grey melange
    # tights; white backdrop, front view. VQA adapter wrote all texts; closed by the reference engine.
    case(
        "X782-001",
        caption("a woman in a black sports bra and grey leggings"),
        wearing("a black sports bra and grey leggings"),
        color_of("sports bra", "black"),
        is_a("sports bra", "yes"),
        BQ.pattern("solid"),
        details(
            "sports bra", "a white nike logo on the front, a racerback and mesh panels on the sides", "unsupported"
        ),
        describe("sports bra", "a grey sports bra with a racerback", "other_garment_color"),
        title="Nike Women Black Swoosh Sports Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: navy blue ankle-length tights with a small reflective logo at the left ankle, worn with a white cropped
    # tee; white backdrop, side view. VQA adapter, closed by the reference engine.
    case(
        "X782-002",
        caption("a woman in a white crop top and navy blue leggings standing on a white background"),
        color_of("tights", "white", "contradiction"),
        is_a("tights", "yes", article="a pair of"),
        wearing("a white t-shirt and blue leggings"),
        details("tights", "the tights have a zip pocket at the back and a drawstring at the waist", "unsupported"),
        BQ.garment_type("tights"),
        title="HRX by Hrithik Roshan Women Navy Blue Solid Training Tights",
        category="Tights",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: heather grey crew-neck pullover sweatshirt, no hood, small black Puma cat logo on the left chest,
    # ribbed cuffs and hem, worn with black joggers; white backdrop, front view. VQA adapter.
    case(
        "X782-003",
        caption("a woman wearing a grey sweatshirt and black pants"),
        wearing("a grey sweatshirt and black joggers"),
        color_of("sweatshirt", "black", "other_garment_color", kind="open"),
        BQ.color("grey"),
        BQ.sleeve_length("long sleeve"),
        details(
            "sweatshirt",
            "the sweatshirt has a round neck, long sleeves, ribbed cuffs and hem and a small black logo on the chest",
        ),
        describe("sweatshirt", "a grey sweatshirt with a hood and a kangaroo pocket", "unsupported"),
        title="Puma Women Grey Melange Solid Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: black track pants with three white stripes down each side, tapered legs, worn with a plain white tee;
    # white backdrop, three-quarter view. VQA adapter.
    case(
        "X782-004",
        caption("a woman in a white shirt and black track pants with white stripes"),
        BQ.pattern("striped"),
        color_of("track pants", "black"),
        wearing(
            "black black black black black black black black black black black black black black black black black"
            " black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        details("track pants", "white stripes on the sides, zip pockets and zippers at the ankles", "unsupported"),
        is_a("jeans", "no", article="a pair of"),
        describe(
            "track pants",
            "the track pants are black with three white stripes on the side of each leg and an elastic waist, they are"
            " tapered at the",
            "cut",
            hit_limit=True,
        ),
        title="Adidas Women Black 3-Stripes Track Pants",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: pink short-sleeve crew-neck training tee with a white swoosh on the left chest, worn with black running
    # shorts; white backdrop, front view. VQA adapter.
    case(
        "X782-005",
        caption("a woman in a pink t-shirt and black shorts"),
        color_of("t-shirt", "pink"),
        BQ.sleeve_length("long sleeve", "contradiction"),
        BQ.material("polyester"),
        describe("t-shirt", "a pink t-shirt with a white nike logo on the chest and a round neck"),
        details("t-shirt", "the t-shirt has a v-neck and a chest pocket with a button flap", "unsupported"),
        wearing("he is wearing a pink t-shirt and black shorts", "pronoun"),
        title="Nike Women Pink Dri-FIT Training T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: hot pink sports bra with a pink underband, worn with black capri tights; white backdrop, front view.
    # VQA adapter.
    case(
        "X782-006",
        caption("a woman in a pink sports bra and black leggings"),
        wearing("a pink sports bra and black capris", who="she"),
        color_of("sports bra", "black", "other_garment_color", kind="open"),
        BQ.pattern("solid"),
        details(
            "sports bra",
            "the sports bra has a wide band and a racerback and the sports bra has a wide band and a racerback and the"
            " sports bra has",
            "loop",
            hit_limit=True,
        ),
        is_a("sports bra", "yes"),
        title="Enamor Women Pink Non-Wired Padded Sports Bra",
        category="Bra",
        color="Pink",
        gender="Women",
    ),
    # photo: olive joggers with a drawstring waist, slant side pockets and elastic ankle cuffs, worn with a white tee
    # tucked in and white sneakers; white backdrop, front view. VQA adapter.
    case(
        "X782-007",
        caption("a woman in a white shirt and green pants"),
        wearing("a white t-shirt and olive joggers"),
        color_of("joggers", "olive"),
        BQ.garment_type("joggers"),
        details("joggers", "elastic cuffs, a drawstring waist and side pockets"),
        color_of("joggers", "white", "other_garment_color", kind="open"),
        describe(
            "joggers",
            "the joggers are green with a drawstring Question: What is the color of the joggers? Answer: green"
            " Question:",
            "leak",
            hit_limit=True,
        ),
        title="Roadster Women Olive Green Solid Joggers",
        category="Joggers",
        color="Olive",
        gender="Women",
    ),
    # photo: lavender crew-neck sweatshirt with "CALIFORNIA" printed in white across the chest, worn with light blue
    # jeans; white backdrop, front view. VQA adapter.
    case(
        "X782-008",
        caption("a woman in a purple sweatshirt with the word california on it and blue jeans"),
        BQ.color("purple"),
        BQ.pattern("printed"),
        wearing("a purple sweatshirt and blue jeans"),
        color_of("sweatshirt", "blue", "other_garment_color", kind="open"),
        describe("sweatshirt", "the sweatshirt is a sweatshirt", "restated"),
        details(
            "sweatshirt",
            "the sweatshirt has text on the front that says california and a round neckline with ribbed cuffs and a"
            " ribbed hem at the bottom of the sweatshirt which is",
            "cut",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Lavender Printed Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: black tights with grey geometric printed panels down the outer legs, worn with a black sports bra;
    # mid-grey studio backdrop, front view. VQA adapter.
    case(
        "X782-009",
        caption("a woman in a black sports bra and black leggings against a grey background"),
        BQ.pattern("solid", "contradiction"),
        color_of("tights", "black"),
        wearing("a black sports bra and black and grey printed leggings"),
        details(
            "tights", "the tights have a mesh panel at the knee and a hidden key pocket in the waistband", "unsupported"
        ),
        is_a("leggings", "yes", article="a pair of"),
        describe(
            "tights",
            "black tights with grey panels, black tights with grey panels, black tights with grey panels, black"
            " tights with grey panels",
            "loop",
            hit_limit=True,
        ),
        title="Puma Women Black Printed Tights",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: grey melange lounge pants with a small white star print, worn with a plain white tee; the model sits on
    # a beige sofa, front view. VQA adapter.
    case(
        "X782-010",
        caption("a woman sitting on a couch wearing grey pajama pants and a white t-shirt"),
        wearing("he is wearing a white t-shirt and grey pants", "pronoun"),
        color_of("pants", "grey"),
        BQ.pattern("printed"),
        describe("pants", "white pajama pants with stars", "other_garment_color"),
        details("pants", "the pants have white stars"),
        BQ.material(
            "the pants are made of cotton and the pants are made of cotton and the pants are made of cotton and the"
            " pants are",
            "loop",
            hit_limit=True,
        ),
        title="Sweet Dreams Women Grey Melange Printed Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: white short-sleeve round-neck tee with a black "HRX" logo printed across the chest, worn with black
    # track pants; white backdrop, front view. VQA adapter.
    case(
        "X782-011",
        caption("a woman in a black shirt and black pants", "contradiction"),
        BQ.color("white"),
        BQ.sleeve_length("short sleeve"),
        wearing("a white t-shirt with a black logo and black pants"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        details(
            "t-shirt",
            "the t-shirt has a black print on the front Question: What are the t-shirt details? Answer: the t-shirt has"
            " a",
            "leak",
            hit_limit=True,
        ),
        title="HRX by Hrithik Roshan Women White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: back view of a navy blue sports bra with thin criss-cross back straps and a wide elastic underband,
    # worn with light grey shorts; white backdrop. VQA adapter.
    case(
        "X782-012",
        caption("the back of a woman in a navy blue sports bra and grey shorts"),
        color_of("sports bra", "navy blue"),
        details("sports bra", "criss cross straps on the back"),
        is_a("tank top", "yes", "contradiction"),
        describe(
            "sports bra",
            "a navy blue sports bra with thin straps that cross over in the back and a wide elastic band under the"
            " bust that sits close to the",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a sports bra and shorts and a sports bra and shorts and a sports bra and shorts and a sports bra and"
            " shorts and a sports bra",
            "loop",
            hit_limit=True,
        ),
        title="Jockey Women Navy Blue Solid Sports Bra 1376",
        category="Bra",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: maroon pullover hoodie (no zip) with white drawstrings, a kangaroo pocket and a small white Kappa logo
    # on the chest, worn with black leggings; white backdrop, front view. VQA adapter.
    case(
        "X782-013",
        caption("a woman in a red hoodie and black leggings"),
        BQ.garment_type("hoodie"),
        BQ.color("maroon"),
        color_of("hoodie", "black", "contradiction"),
        details("hoodie", "a hood with white drawstrings, a kangaroo pocket and a logo on the chest"),
        describe("hoodie", "a maroon hoodie with a full zip and two side pockets", "unsupported"),
        wearing("a hoodie", "non_answer"),
        title="Kappa Women Maroon Hooded Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Women",
    ),
    # photo: charcoal grey track pants with thin white piping along the side seams and a drawstring waist, worn
    # with a white tank top; white backdrop, front view. The feed row has no color. VQA adapter.
    case(
        "X782-014",
        caption("a woman wearing a white tank top and dark grey track pants"),
        color_of("track pants", "white", "contradiction"),
        wearing("a white tank top and charcoal pants"),
        describe("track pants", "track pants", "non_answer"),
        details("track pants", "white piping on the sides and an elastic waist with a drawstring"),
        is_a("shorts", "no", article="a pair of"),
        BQ.material("the track pants are made of a water resistant fabric with a brushed inner lining", "unsupported"),
        title="Proline Active Women Grey Track Pants",
        category="Track Pants",
        gender="Women",
    ),
    # photo: black short-sleeve crew-neck tee with a small white Reebok logo, worn with pink tights; the model holds
    # a pink dumbbell; white backdrop, front view. VQA adapter.
    case(
        "X782-015",
        caption("a woman holding a dumbbell wearing a black t-shirt and pink leggings"),
        color_of("t-shirt", "pink", "other_garment_color", kind="open"),
        BQ.color("black"),
        BQ.sleeve_length("short sleeve"),
        wearing("a black t-shirt and pink leggings"),
        details("t-shirt", "the t-shirt has a small white logo on the chest and a crew neck"),
        describe("t-shirt", "a black t-shirt with mesh sleeves and a curved hem with side slits", "unsupported"),
        title="Reebok Women Black Training T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: teal full-length tights with a wide waistband and a small white swoosh on the left hip, worn with a
    # white sports bra; white backdrop, side view. VQA adapter.
    case(
        "X782-016",
        caption("a woman in a white sports bra and blue leggings"),
        color_of("tights", "teal"),
        wearing("a white sports bra and white leggings", "other_garment_color"),
        color_of("tights", "white", "other_garment_color", kind="open"),
        is_a("tights", "no", "contradiction", article="a pair of"),
        BQ.material("polyester"),
        details(
            "tights",
            "the tights have a wide waistband and a wide waistband and a wide waistband and a wide waistband and a"
            " wide waistband and a",
            "loop",
            hit_limit=True,
        ),
        title="Nike Women Teal Dri-FIT One Tights",
        category="Tights",
        color="Teal",
        gender="Women",
    ),
    # photo: peach short-sleeve lounge tee with rolled cuffs and a small patch pocket on the left chest, worn with
    # white shorts printed with small blue leaves; the model sits on a bed with white sheets. VQA adapter.
    case(
        "X782-017",
        caption("a woman sitting on a bed in a peach t-shirt and white shorts"),
        BQ.color("peach"),
        wearing("a peach t-shirt and white shorts with a print"),
        details(
            "t-shirt",
            "a pocket on the chest Question: What is the color of the t-shirt? Answer: peach Question: What is",
            "leak",
            hit_limit=True,
        ),
        describe("t-shirt", "yes", "non_answer"),
        BQ.sleeve_length("short sleeve"),
        color_of("t-shirt", "white", "other_garment_color", kind="open"),
        title="Clovia Women Peach Solid Lounge T-shirt",
        category="Lounge Tshirts",
        color="Peach",
        gender="Women",
    ),
    # photo: black crew-neck sweatshirt with a large white Adidas trefoil logo printed on the chest, worn with blue
    # denim shorts; white backdrop, front view. VQA adapter.
    case(
        "X782-018",
        caption("a woman in a black sweatshirt with a white adidas logo and denim shorts"),
        color_of("sweatshirt", "black"),
        BQ.pattern("solid", "contradiction"),
        wearing("a black sweatshirt and blue shorts"),
        details("sweatshirt", "a large white logo on the front, ribbed cuffs and ribbed hem"),
        color_of("sweatshirt", "white", "contradiction", kind="open"),
        title="Adidas Originals Women Black Trefoil Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Women",
    ),
    # photo: black three-quarter capri tights, worn with a neon green racerback tank top and white sneakers; the
    # model stands hands on hips, hair in a high ponytail; white backdrop, front view. VQA adapter.
    case(
        "X782-019",
        caption(
            "a woman in a green tank top and black capri pants standing with her hands on her hips in front of a"
            " white background, she is wearing white sneakers and her hair is tied back in a high ponytail and she"
            " is looking at the",
            "cut",
            hit_limit=True,
        ),
        color_of("capris", "green", "other_garment_color", kind="open"),
        BQ.color("black"),
        BQ.garment_type("leggings"),
        wearing("she is wearing a green tank top and black leggings", who="she"),
        details("capris", "zippers at the ankles and reflective piping down the legs", "unsupported"),
        title="Puma Women Black Solid Capris",
        category="Capris",
        color="Black",
        gender="Women",
    ),
    # photo: charcoal and white horizontal-striped short-sleeve round-neck tee, worn with mid-blue jeans; white
    # backdrop, front view. VQA adapter.
    case(
        "X782-020",
        caption("a woman in a grey and white striped shirt and blue jeans"),
        BQ.pattern("striped"),
        BQ.color("grey"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        wearing("a striped t-shirt and jeans"),
        describe("t-shirt", "a grey and white striped t-shirt with a button placket and a chest pocket", "unsupported"),
        BQ.sleeve_length("long sleeve", "contradiction"),
        title="Mast & Harbour Women Charcoal Grey Striped Round Neck T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Women",
    ),
    # photo: white sports bra (pullover, no visible hooks), worn with black leggings; the model has her arms raised;
    # pale pink backdrop. VQA adapter.
    case(
        "X782-021",
        caption("a woman in a white sports bra and black leggings on a pink background"),
        color_of("sports bra", "white"),
        color_of("sports bra", "pink", "contradiction", kind="open"),
        wearing("a white sports bra and black leggings"),
        details(
            "sports bra", "removable pads, adjustable straps and a hook and eye closure at the back", "unsupported"
        ),
        is_a("sports bra", "yes"),
        title="Zivame Women White Solid Padded Sports Bra",
        category="Bra",
        color="White",
        gender="Women",
    ),
    # photo: navy blue joggers with a white drawstring, side pockets and cuffed ankles, worn with a light grey
    # sweatshirt; white backdrop, front view. VQA adapter.
    case(
        "X782-022",
        caption("a woman in a grey sweatshirt and blue sweatpants"),
        color_of("joggers", "grey", "contradiction"),
        wearing("a grey sweatshirt and navy blue joggers"),
        describe("joggers", "Describe the joggers. the joggers are joggers", "restated"),
        details("joggers", "Question: What are the joggers details? Answer: pockets", "leak"),
        BQ.garment_type("track pants"),
        title="HRX by Hrithik Roshan Women Navy Blue Joggers",
        category="Joggers",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: dusty pink oversized crew-neck sweatshirt with dropped shoulders and no logo, worn with white joggers;
    # white backdrop, front view. VQA adapter.
    case(
        "X782-023",
        caption(
            "a woman in a pink sweatshirt and a pink sweatshirt and a pink sweatshirt and a pink sweatshirt and a pink"
            " sweatshirt and a pink sweatshirt and a pink sweatshirt and a",
            "loop",
            hit_limit=True,
        ),
        color_of("sweatshirt", "pink"),
        BQ.pattern("solid"),
        wearing("a pink sweatshirt and white pants"),
        details(
            "sweatshirt",
            "the sweatshirt has a large roadster logo on the chest and a zip pocket on the sleeve",
            "unsupported",
        ),
        BQ.sleeve_length("long sleeve"),
        title="Roadster Women Pink Solid Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: black running shorts with a white swoosh on the left leg, worn with a neon yellow tank top; white
    # backdrop, front view. VQA adapter.
    case(
        "X782-024",
        caption("a woman in a yellow tank top and black shorts"),
        color_of("shorts", "black"),
        color_of("shorts", "yellow", "other_garment_color", kind="open"),
        wearing("a yellow top and black shorts"),
        details("shorts", "the shorts are short", "non_answer"),
        is_a("shorts", "yes", article="a pair of"),
        describe("shorts", "the shorts are shorts that are black", "restated"),
        title="Nike Women Black Running Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: full-length tights with a blue, purple and pink tie-dye print, worn with a black sports bra; white
    # backdrop, front view. VQA adapter.
    case(
        "X782-025",
        caption("a woman in a black sports bra and colorful tie dye leggings"),
        BQ.pattern("printed"),
        BQ.color("black", "contradiction"),
        color_of("tights", "black", "other_garment_color", kind="open"),
        wearing(
            "a black sports bra and leggings, leggings, leggings, leggings, leggings, leggings, leggings, leggings,"
            " leggings, leggings, leggings",
            "loop",
            hit_limit=True,
        ),
        describe("tights", "tie dye leggings in blue, purple and pink with a high waist"),
        title="Kica Women Multicoloured Printed Tights",
        category="Tights",
        color="Multi",
        gender="Women",
    ),
    # photo: mustard yellow cropped short-sleeve tee, worn with black high-waist leggings; white backdrop, front view.
    # VQA adapter.
    case(
        "X782-026",
        caption(
            "a woman in a yellow crop top and black leggings with a yellow crop top and black leggings with a yellow"
            " crop top and black leggings with a yellow crop top and",
            "loop",
            hit_limit=True,
        ),
        BQ.color("yellow"),
        BQ.garment_type("t-shirt"),
        wearing("a mustard crop top and black leggings"),
        color_of("t-shirt", "black", "contradiction"),
        describe(
            "t-shirt",
            "a cropped yellow t-shirt with short sleeves Question: What is the color of the t-shirt? Answer: yellow",
            "leak",
        ),
        title="Tokyo Talkies Women Mustard Yellow Solid Cropped T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: navy blue crew-neck sweatshirt with a white and red "USPA 1890" print on the chest, worn with white
    # trousers; white backdrop, front view. VQA adapter.
    case(
        "X782-027",
        caption("a woman in a blue sweatshirt and white pants"),
        wearing("a navy blue sweatshirt with a print and white pants"),
        color_of("sweatshirt", "white", "other_garment_color", kind="open"),
        BQ.color("navy blue"),
        details(
            "sweatshirt",
            "the sweatshirt has a print on the front that reads uspa 1890 and a ribbed collar and ribbed cuffs and a"
            " ribbed hem and the",
            "cut",
            hit_limit=True,
        ),
        BQ.pattern("printed"),
        describe("sweatshirt", "he is wearing a navy blue sweatshirt with a logo on the front", "pronoun"),
        title="U.S. Polo Assn. Women Navy Blue Printed Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black sports bra with an all-over grey camouflage print and white PUMA lettering on the underband, worn
    # with black tights; white backdrop, front view. VQA adapter.
    case(
        "X782-028",
        caption("a woman in a black and grey camouflage sports bra and black leggings"),
        color_of("sports bra", "black"),
        BQ.pattern("solid", "contradiction"),
        wearing("a camo sports bra and black tights"),
        details("sports bra", "a camouflage print, removable padding and a keyhole cutout at the back", "unsupported"),
        is_a("sports bra", "yes"),
        describe("sports bra", "black", "non_answer"),
        title="Puma Women Black & Grey Printed Sports Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: blue and white checked cotton lounge pants with an elastic drawstring waist, worn with a navy tee;
    # white backdrop, standing, front view. VQA adapter.
    case(
        "X782-029",
        caption("a woman in a blue t-shirt and blue and white checkered pajama pants"),
        BQ.pattern("checked"),
        color_of("pants", "blue"),
        wearing("a navy t-shirt and plaid pajama pants"),
        details("pants", "the pants have an elastic waist with a drawstring and a checkered pattern"),
        describe("pants", "Answer: checkered", "leak"),
        BQ.material("silk", "unsupported"),
        title="Sweet Dreams Women Blue Checked Lounge Pants",
        category="Lounge Pants",
        color="Blue",
        gender="Women",
    ),
    # photo: olive green short-sleeve v-neck tee, worn with beige joggers; white backdrop, front view. VQA adapter.
    case(
        "X782-030",
        caption("a woman in a green t-shirt and beige pants"),
        BQ.color("olive"),
        wearing("Answer: a green t-shirt and khaki pants", "leak"),
        color_of("t-shirt", "beige", "other_garment_color", kind="open"),
        BQ.sleeve_length("short sleeve"),
        details("t-shirt", "a v-neck and short sleeves"),
        describe(
            "t-shirt",
            "an olive green t-shirt with a v-neck and short sleeves, it is a relaxed fit and falls just below the waist"
            " and the",
            "cut",
            hit_limit=True,
        ),
        title="United Colors of Benetton Women Solid Olive T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Women",
    ),
    # photo: purple high-rise tights, worn with a grey melange tank top; the model kneels on a blue yoga mat; white
    # backdrop. VQA adapter.
    case(
        "X782-031",
        caption("a woman kneeling on a blue yoga mat wearing a grey tank top and purple leggings"),
        color_of("tights", "blue", "contradiction"),
        wearing("a grey tank top and purple leggings"),
        details(
            "tights",
            "high waist purple purple purple purple purple purple purple purple purple purple purple purple purple"
            " purple purple purple purple purple purple purple purple purple purple purple purple purple",
            "loop",
            hit_limit=True,
        ),
        is_a("tights", "yes", article="a pair of"),
        BQ.garment_type("leggings"),
        describe("tights", "blue leggings with a high waistband", "contradiction"),
        title="Reebok Women Purple Lux Training Tights",
        category="Tights",
        color="Purple",
        gender="Women",
    ),
    # photo: sea green (mint) pullover hoodie with the hood down and a kangaroo pocket, worn with black joggers;
    # white backdrop, front view. VQA adapter.
    case(
        "X782-032",
        caption("a man in a green hoodie and black pants", "pronoun"),
        BQ.color("green"),
        color_of("hoodie", "black", "other_garment_color", kind="open"),
        wearing("a mint green hoodie and black joggers"),
        describe("hoodie", "a light green hoodie with a kangaroo pocket and a hood with drawstrings"),
        BQ.garment_type("sweatshirt"),
        details("hoodie", "thumbholes in the cuffs and a zip pocket on the side", "unsupported"),
        title="HRX by Hrithik Roshan Women Sea Green Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Sea Green",
        gender="Women",
    ),
    # photo: maroon track pants with a single white stripe down each side, worn with a white tee; white backdrop,
    # front view. VQA adapter.
    case(
        "X782-033",
        caption("a woman in a white t-shirt and maroon track pants"),
        color_of("track pants", "red"),
        wearing(
            "a white shirt and red pants Question: What is the color of the pants? Answer: red Question: What is the"
            " color of the shirt",
            "leak",
            hit_limit=True,
        ),
        details("track pants", "a white stripe down the side of the leg and an elastic waistband"),
        BQ.pattern("striped"),
        describe(
            "track pants",
            "the track pants are maroon with white stripes on the sides and are made of a soft cotton fabric with a"
            " brushed fleece lining",
            "unsupported",
            hit_limit=True,
        ),
        title="Proline Women Maroon Track Pants",
        category="Track Pants",
        color="Maroon",
        gender="Women",
    ),
    # photo: red short-sleeve tee with a large white Puma cat graphic on the chest, worn with black shorts; white
    # backdrop, front view. VQA adapter.
    case(
        "X782-034",
        caption("a woman in a red t-shirt with a white puma logo and black shorts"),
        BQ.pattern("graphic"),
        color_of("t-shirt", "red"),
        wearing("red", "non_answer"),
        details("t-shirt", "the details of the t-shirt are on the t-shirt", "restated"),
        BQ.sleeve_length("short sleeve"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        title="Puma Women Red Graphic Printed T-shirt",
        category="Tshirts",
        color="Red",
        gender="Women",
    ),
    # photo: lavender pullover sports bra worn under an open white zip-up track jacket, with grey leggings; white
    # backdrop, front view. VQA adapter.
    case(
        "X782-035",
        caption("a woman in a white jacket over a purple sports bra and grey leggings"),
        color_of("sports bra", "white", "contradiction"),
        wearing("a white jacket, a lavender sports bra and grey leggings"),
        is_a("sports bra", "yes"),
        details("sports bra", "lace trim and a front zip", "unsupported"),
        describe("sports bra", "a light purple sports bra worn under a white jacket"),
        color_of("sports bra", "grey", "other_garment_color", kind="open"),
        title="Enamor Women Lavender Solid Non-Padded Sports Bra",
        category="Bra",
        color="Lavender",
        gender="Women",
    ),
    # photo: black fleece joggers with an elastic drawstring waist, a white swoosh on the left thigh and ribbed ankle
    # cuffs, relaxed fit, worn with a white cropped hoodie; white backdrop, front view. VQA adapter.
    case(
        "X782-036",
        caption("a woman in a white hoodie and black joggers"),
        BQ.material("fleece"),
        color_of("joggers", "black"),
        wearing(
            "white white white white white white white white white white white white white white white white white"
            " white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        details(
            "joggers",
            "a white nike logo on the left thigh, ribbed cuffs at the ankles and an elastic waistband with a"
            " drawstring, the joggers have a relaxed fit through the",
            "cut",
            hit_limit=True,
        ),
        is_a("joggers", "no", "contradiction", article="a pair of"),
        title="Nike Women Black Sportswear Essential Fleece Joggers",
        category="Joggers",
        color="Black",
        gender="Women",
    ),
    # photo: royal blue short-sleeve running tee with a small reflective Adidas logo, worn with black tights; white
    # backdrop, side view in a running pose. VQA adapter.
    case(
        "X782-037",
        caption("a woman running in a blue t-shirt and black leggings"),
        color_of("t-shirt", "blue"),
        wearing("a black shirt and black tights", "other_garment_color"),
        BQ.sleeve_length("sleeveless", "contradiction"),
        describe(
            "t-shirt",
            "the t-shirt is a blue t-shirt with short sleeves and a round neck and the adidas logo on the chest and the"
            " t-shirt is made of a",
            "cut",
            hit_limit=True,
        ),
        details("t-shirt", "she is wearing a blue t-shirt with a small logo"),
        title="Adidas Women Blue Own The Run T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Women",
    ),
    # photo: pink lounge shorts with white polka dots and an elastic waist with a tie bow, worn with a white tank
    # top; the model sits on a bed with white sheets. VQA adapter.
    case(
        "X782-038",
        caption("a woman sitting on a bed in a white tank top and pink polka dot shorts"),
        BQ.pattern("polka dot"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        wearing("a white tank top and pink shorts with white dots"),
        details(
            "shorts",
            "polka dots Question: What are the shorts details? Answer: polka dots Question: What are the shorts"
            " details? Answer:",
            "leak",
            hit_limit=True,
        ),
        describe("shorts", "yes", "non_answer"),
        title="Slumber Jill Women Pink Printed Lounge Shorts",
        category="Lounge Shorts",
        color="Pink",
        gender="Women",
    ),
    # photo: charcoal crew-neck sweatshirt with the hem of a white inner tee showing at the bottom, worn with black
    # leggings; white backdrop, front view. VQA adapter.
    case(
        "X782-039",
        caption("a woman in a dark grey sweatshirt and black leggings"),
        BQ.color("grey"),
        color_of("sweatshirt", "dark grey", kind="open"),
        wearing("a black sweatshirt and black leggings", "other_garment_color"),
        describe("sweatshirt", "a grey sweatshirt with a white lining and a hidden zip pocket", "unsupported"),
        details("sweatshirt", "the details of the sweatshirt are the details of the sweatshirt", "restated"),
        BQ.garment_type("jacket", "contradiction"),
        title="Jockey Women Charcoal Solid Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Women",
    ),
    # photo: burgundy ankle-length tights, plain, worn with a black crop top; white backdrop, front view. VQA adapter.
    case(
        "X782-040",
        caption("a woman in a black crop top and maroon leggings"),
        color_of("tights", "burgundy"),
        wearing("she's wearing a black crop top and burgundy leggings", who="she"),
        color_of("tights", "black", "other_garment_color", kind="open"),
        details(
            "tights",
            "the leggings have a drawstring waist and a side pocket with a zip and a reflective print on the back of"
            " the calf and",
            "unsupported",
            hit_limit=True,
        ),
        is_a("tights", "yes", article="a pair of"),
        describe("tights", "Describe the tights.", "restated"),
        title="HRX by Hrithik Roshan Women Burgundy Solid Tights",
        category="Tights",
        color="Burgundy",
        gender="Women",
    ),
    # photo: grey melange short-sleeve round-neck lounge tee, plain, worn with navy lounge pants with thin white
    # vertical stripes; white backdrop, front view. VQA adapter.
    case(
        "X782-041",
        caption("a woman in a grey t-shirt and blue striped pants"),
        color_of("t-shirt", "blue", "contradiction"),
        BQ.pattern("striped", "contradiction"),
        wearing("a grey t-shirt and navy striped pajama pants"),
        details(
            "t-shirt",
            "round neck and short sleeves with a straight hem, the t-shirt is plain grey melange with no print and it"
            " has a relaxed fit that falls to the",
            "cut",
            hit_limit=True,
        ),
        BQ.material("cotton"),
        describe("t-shirt", "his t-shirt is grey with short sleeves", "pronoun"),
        title="Jockey Women Grey Melange Cotton Lounge T-shirt",
        category="Lounge Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: fluorescent green sports bra with a black swoosh on the front, worn with black tights; white backdrop,
    # front view. VQA adapter.
    case(
        "X782-042",
        caption("a woman in a neon green sports bra and black leggings"),
        color_of("sports bra", "green"),
        wearing("a green sports bra and black leggings"),
        describe("sports bra", "a yellow sports bra", "contradiction"),
        details("sports bra", "a black nike logo on the front and a zip at the front", "unsupported"),
        is_a("sports bra", "yes"),
        BQ.material(
            "the sports bra is made of polyester and the sports bra is made of polyester and the sports bra is made of"
            " polyester and the",
            "loop",
            hit_limit=True,
        ),
        title="Nike Women Fluorescent Green Swoosh Sports Bra",
        category="Bra",
        color="Fluorescent Green",
        gender="Women",
    ),
    # photo: heather grey sweatpants with a white drawstring, elastic cuffs and a small black Puma logo on the left
    # thigh, worn with a black tee; white backdrop, front view. The feed row has no color. VQA adapter.
    case(
        "X782-043",
        caption("a woman in a black t-shirt and black sweatpants", "contradiction"),
        color_of("track pants", "grey"),
        wearing("a black shirt and grey jogging pants"),
        color_of("track pants", "black", "other_garment_color", kind="open"),
        describe(
            "track pants",
            "grey sweatpants with a drawstring waist, elastic cuffs and a small black puma logo on the left leg",
        ),
        details("track pants", "he has a black puma logo on the thigh", "pronoun"),
        title="Puma Women Grey Melange Essential Sweatpants",
        category="Track Pants",
        gender="Women",
    ),
    # photo: colorblock raglan tee, white body with black sleeves, worn with grey joggers; white backdrop, front view.
    # VQA adapter.
    case(
        "X782-044",
        caption("a woman in a black and white t-shirt and grey pants"),
        BQ.pattern("striped", "contradiction"),
        BQ.color("white"),
        color_of("t-shirt", "grey", "other_garment_color", kind="open"),
        wearing("a white t-shirt with black sleeves and grey joggers"),
        details("t-shirt", "black raglan sleeves and a white body with a round neck"),
        describe("t-shirt", "t-shirt", "non_answer"),
        title="Roadster Women White & Black Colourblocked T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: yellow crew-neck sweatshirt with "PUMA" printed in black across the chest, no hood, worn with black
    # leggings; the model holds a black water bottle; white backdrop, front view. VQA adapter.
    case(
        "X782-045",
        caption("a woman in a yellow sweatshirt holding a water bottle"),
        color_of("sweatshirt", "yellow"),
        wearing(
            "a yellow sweatshirt and black leggings Question: What is the color of the sweatshirt? Answer: yellow"
            " Question: What is the",
            "leak",
            hit_limit=True,
        ),
        BQ.pattern("printed"),
        details(
            "sweatshirt",
            "the word puma printed in black across the chest, ribbed cuffs and a ribbed hem and the sweatshirt has"
            " a crew neck and long sleeves that are",
            "cut",
            hit_limit=True,
        ),
        describe("sweatshirt", "a yellow sweatshirt with a hood and a zipper pocket on the sleeve", "unsupported"),
        title="Puma Women Yellow Printed Sweatshirt",
        category="Sweatshirts",
        color="Yellow",
        gender="Women",
    ),
    # photo: charcoal grey full-length leggings, plain, worn with a white tank top and pink sneakers; white
    # backdrop, front view. VQA adapter.
    case(
        "X782-046",
        caption(
            "a woman in a white tank top and grey leggings Question: what is the color of the leggings? Answer: grey",
            "leak",
        ),
        color_of("leggings", "pink", "contradiction", kind="open"),
        BQ.color("charcoal"),
        wearing("a white tank top, grey leggings and pink sneakers"),
        details(
            "leggings",
            "the leggings the leggings the leggings the leggings the leggings the leggings the leggings the leggings"
            " the leggings the leggings",
            "loop",
            hit_limit=True,
        ),
        is_a("leggings", "yes", article="a pair of"),
        title="Enamor Women Charcoal Grey Solid Athleisure Leggings",
        category="Leggings",
        color="Charcoal",
        gender="Women",
    ),
]
