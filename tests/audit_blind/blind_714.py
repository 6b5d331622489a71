"""BLIND_714 (46 products; Myntra men's jeans/track pants/shorts, VQA): written blind in the fifty-fourth session.
Measured blind at dc30159 (the session's tenth rules): 96/110 failures found (87.3%) and 6/148 correct texts flagged
(4.1%). The writer's notes, verbatim:

Scenario: the older Myntra feed of the shared photos' kind, men's bottoms only (Jeans, Track Pants, Shorts), with
short seller titles ("Wrangler Men Blue Jeans"). Photos are 224x224 catalog shots on a white backdrop: mostly a
male model cropped chest to shoes, front view, wearing a t-shirt, polo, shirt, hoodie or jacket over the product;
one flat lay, one rear view, one shirtless board-shorts shot. Some rows lack the color, title or gender column.

Who wrote what: every caption and open answer is free generation by leoreigoto/Data3_V3_BLIP2_VQA on
blip2-opt-2.7b (greedy, 50 new tokens for captions, 30 for answers). Trained on VQA pairs only, without an end
token: short answers sometimes stop on a newline, longer ones run on into loops, get cut at the limit, or carry
on into the next `Question: ... Answer:` pair. Its In-shop training data is mostly women, so "she" slips in. Its
captions are plain but often name the top's color for the bottom. Closed answers (color, garment type, pattern,
yes/no garment questions) come from enrich's --engine reference, which picks one candidate value, so they never
loop or stop short; their failures are wrong picks (usually the top's color).

Labeling conventions and judgement calls:
- Correctness is judged against the photo as described in the comment, not the seller's column: a "Black" jeans
  that photographs charcoal is correctly called grey; navy and teal answered "blue", maroon answered "red" and khaki
  answered "beige" or "tan" are correct shades.
- other_garment_color: the product (the bottom) given the color of the top, jacket or jersey worn with it, in a
  closed or open answer. A color nothing in the photo has is a contradiction. A pattern taken from the shirt
  ("checked", "striped" for plain jeans) and a wrong garment type or a wrong yes/no are contradictions.
- unsupported: details the photo cannot show (back pockets in a front view, a drawstring hidden under a t-shirt,
  lining, key pockets), garments not in the photo, and fiber content (polyester, cotton, fleece) that neither photo
  nor title shows. "denim" for jeans and denim shorts counts as correct.
- One label per text, by priority: leak, then loop, then cut, then the content failures. A text that repeats a
  phrase to the limit is a loop even if its first clause is right; a text that ends mid-phrase at the limit without
  repeating is a cut. Every loop, cut and run-on leak has hit_limit=True; nothing else does.
- non_answer: "yes", "clothes", a bare color for "What is the person wearing?", or the question's own words ("they
  are shorts"). restated: the question turned into a sentence with nothing in it ("the jeans details are the
  jeans"). A one-word garment that is right ("shorts") for the wearing question is counted correct.
- pronoun: "she" or "her" in an answer about a men's product; "he" is correct.
- A flat lay answered "a man is wearing ..." is unsupported (the person is invented).
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_714 = [
    # photo: model cropped chest to shoes, front view; mid-blue stonewashed straight jeans, white crew-neck t-shirt
    # untucked, white sneakers, white backdrop. All texts by the VQA adapter; closed ones by the reference engine.
    case(
        "X714-001",
        caption("a man in blue jeans and a white t - shirt"),
        wearing("she is wearing a blue jeans and a white tee", "pronoun"),
        color_of("jeans", "blue"),
        details(
            "jeans",
            "the jeans have a zipper fly and a button at the waist, a button at the waist, a button at the waist, a"
            " button at the",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        is_a("pair of jeans", "yes"),
        title="Wrangler Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: waist to shoes, three-quarter view; black slim jeans, hem of a grey marl t-shirt over the waist hiding
    # the fly, black boots, white backdrop. VQA adapter; closed answers by the reference engine.
    case(
        "X714-002",
        caption("a man wearing black jeans and black boots"),
        color_of("jeans", "grey", "other_garment_color"),
        describe("jeans", "the jeans are black slim fit with a low waist and a button fly", "unsupported"),
        wearing("a pair of black jeans and a grey t-shirt"),
        Q.garment_type("jeans"),
        title="Lee Men Black Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: full length, front view; black track pants with two white side stripes and a white drawstring showing
    # below a short red Puma t-shirt, black-and-white sneakers, white backdrop. VQA adapter; closed by reference.
    case(
        "X714-003",
        caption("a man in a red t - shirt and black track pants with white stripes"),
        color_of("track pants", "red", "other_garment_color"),
        details("track pants", "white stripes on the sides and an elastic waistband with a drawstring"),
        wearing("a red shirt and black pants"),
        is_a("pair of shorts", "no"),
        Q.material("polyester", "unsupported"),
        title="Puma Men Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: chest to knees, front view; navy athletic shorts with a white Nike swoosh on the left leg, white
    # dri-fit t-shirt, white backdrop. VQA adapter; closed by reference.
    case(
        "X714-004",
        caption("a man wearing blue shorts and a white shirt"),
        color_of("shorts", "white", "other_garment_color"),
        wearing(
            "he is wearing a white t-shirt and blue shorts with a nike logo on the left leg and a white t-shirt and"
            " blue shorts with a nike logo",
            "loop",
            hit_limit=True,
        ),
        details("shorts", "a white swoosh logo on the left leg"),
        is_a("pair of shorts", "yes"),
        title="Nike Men Navy Blue Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: front view; light-wash blue jeans with whiskering and faded thighs, no rips; black t-shirt with a white
    # graphic print, black belt, brown shoes, white backdrop. VQA adapter; closed by reference.
    case(
        "X714-005",
        caption(
            "Question: what is the color of the jeans? Answer: blue Question: what is the color of the shirt? Answer:"
            " black Question: what is the color of the shoes? Answer: brown Question: what",
            "leak",
            hit_limit=True,
        ),
        color_of("jeans", "blue"),
        describe("jeans", "light blue jeans with faded thighs"),
        details("jeans", "the jeans have rips on the knees", "unsupported"),
        Q.garment_type("jeans"),
        title="Spykar Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: front view; navy track pants with three white stripes down each leg and a white logo on the thigh,
    # grey t-shirt, white sneakers, white backdrop; back not visible. VQA adapter; closed by reference.
    case(
        "X714-006",
        caption("a man in a grey t - shirt and black track pants", "contradiction"),
        wearing("track pants"),
        color_of("track pants", "navy blue"),
        describe(
            "track pants",
            "the track pants are navy blue with three white stripes on the side and a three white stripes on the"
            " side and a three white stripes on the",
            "loop",
            hit_limit=True,
        ),
        details("track pants", "the track pants have a zip pocket on the back", "unsupported"),
        Q.garment_type("pants"),
        title="Adidas Men Navy Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: front view; blue board shorts with a blue-and-white tropical leaf print and a white lace tie at the
    # front, white sleeveless vest, white backdrop. VQA adapter; closed by reference.
    case(
        "X714-007",
        caption("a man wearing a white tank top and blue floral shorts"),
        Q.pattern("floral"),
        color_of("shorts", "white", "other_garment_color"),
        wearing(
            "a tank and shorts. Question: what is the color of the shorts? Answer: blue Question: what is the",
            "leak",
            hit_limit=True,
        ),
        describe("shorts", "board shorts with a blue and white leaf print and a tie at the waist"),
        title="Quiksilver Men Blue Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: front view; dark indigo slim jeans, white shirt untucked with rolled sleeves, tan loafers, white
    # backdrop. VQA adapter; closed by reference.
    case(
        "X714-008",
        caption(
            "a man wearing a white shirt and dark jeans, and a white shirt and dark jeans, and a white shirt and dark"
            " jeans, and a white shirt and dark jeans, and a white shirt and",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "black", "contradiction"),
        wearing("white shirt and dark blue jeans"),
        details("jeans", "the jeans details are the jeans", "restated"),
        is_a("pair of jeans", "yes"),
        title="Flying Machine Men Navy Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: front view; grey melange cuffed jogger track pants with a black drawstring, black t-shirt, black shoes,
    # white backdrop. VQA adapter; closed by reference.
    case(
        "X714-009",
        caption("a man in black t - shirt and grey jogger pants"),
        color_of("track pants", "black", "other_garment_color"),
        wearing("black t-shirt and grey sweatpants"),
        details("track pants", "they have cuffs at the ankles and a black drawstring"),
        Q.material(
            "cotton Question: what is the color of the pants? Answer: grey Question: what is the color of the",
            "leak",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Reebok Men Grey Track Pants",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: three-quarter view; knee-length khaki chino shorts with belt loops, navy polo worn untucked over the
    # waist, brown boat shoes, white backdrop. VQA adapter; closed by reference.
    case(
        "X714-010",
        caption("a man in a blue polo shirt and beige shorts"),
        color_of("shorts", "beige"),
        wearing("she is wearing a navy polo and khaki shorts", "pronoun"),
        describe("shorts", "the shorts are short", "non_answer"),
        details("shorts", "khaki shorts with a brown leather belt", "unsupported"),
        Q.garment_type("shorts"),
        title="Basics Men Khaki Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: front view; medium blue slim jeans, red-and-black check flannel shirt open over a black t-shirt, black
    # sneakers, white backdrop; back pockets not visible. VQA adapter; closed by reference.
    case(
        "X714-011",
        caption("a man in a plaid shirt and blue jeans"),
        color_of("jeans", "red", "other_garment_color"),
        wearing("a red and black check shirt over a black tee, blue jeans", who="the man"),
        describe("jeans", "the jeans are blue with a red tab on the back pocket", "unsupported"),
        Q.pattern("checked", "contradiction"),
        title="Levis Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: flat lay, no model; red track pants with white piping down the sides and an elastic waist, white
    # backdrop. VQA adapter; closed by reference.
    case(
        "X714-012",
        caption("a pair of red track pants on a white background"),
        color_of("track pants", "red"),
        wearing("a man is wearing red track pants", "unsupported"),
        details("track pants", "white piping along the sides and an elastic waist"),
        Q.garment_type("shorts", "contradiction"),
        is_a("pair of track pants", "yes"),
        title="Proline Men Red Track Pants",
        category="Track Pants",
        color="Red",
        gender="Men",
    ),
    # photo: front view; black training shorts with a pink Puma cat logo on the left leg, grey t-shirt, black socks
    # and trainers, white backdrop. VQA adapter; closed by reference.
    case(
        "X714-013",
        caption("a man in a grey shirt and black shorts with a pink logo"),
        color_of("shorts", "grey", "other_garment_color"),
        details(
            "shorts",
            "pink logo on the left leg and a pink logo on the left leg and a pink logo on the left leg and a pink"
            " logo on the",
            "loop",
            hit_limit=True,
        ),
        wearing("shorts"),
        Q.material("polyester with mesh lining", "unsupported"),
        title="Puma Men Black Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: front view; grey-wash slim jeans, white t-shirt under an open mid-blue denim jacket, white sneakers,
    # white backdrop. VQA adapter; closed by reference.
    case(
        "X714-014",
        caption("a man wearing a denim jacket, white t - shirt and grey jeans"),
        color_of("jeans", "blue", "other_garment_color"),
        wearing("a denim jacket and jeans"),
        describe("jeans", "grey jeans with a slim fit and a faded wash on the thighs"),
        is_a("pair of jeans", "yes"),
        Q.garment_type("jacket", "contradiction"),
        title="Pepe Jeans Men Grey Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: front view; navy tapered track pants with a white swoosh on the left thigh and zip pockets on both
    # sides, light blue t-shirt, grey sneakers, white backdrop. VQA adapter; closed by reference.
    case(
        "X714-015",
        caption(
            "a man in a blue t - shirt and dark blue pants standing in front of a white background and a man in a blue"
            " t - shirt and dark blue pants standing in front of",
            "loop",
            hit_limit=True,
        ),
        color_of("track pants", "blue"),
        wearing("he is wearing a light blue t-shirt and navy track pants", who="he"),
        details(
            "track pants",
            "a white swoosh on the left thigh and zip pockets on both sides, and the legs are tapered down to the"
            " ankles where the cuffs are",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        title="Nike Men Navy Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: front view; grey cargo shorts with flap pockets on the sides, olive green t-shirt, white backdrop.
    # VQA adapter; closed by reference. The feed row has no title.
    case(
        "X714-016",
        caption("a man wearing a green t - shirt and grey cargo shorts"),
        color_of("shorts", "green", "other_garment_color"),
        describe("shorts", "cargo shorts with flap pockets on the sides"),
        details("shorts", "yes", "non_answer"),
        wearing("an olive tee and grey cargo shorts"),
        Q.garment_type("pants", "contradiction"),
        category="Shorts",
        color="Grey",
        gender="Men",
    ),
    # photo: front view; black jeans, white shirt with navy pinstripes tucked in, black belt, zip fly visible below
    # it, black shoes, white backdrop. VQA adapter; closed by reference.
    case(
        "X714-017",
        caption("a man in a striped shirt and black jeans"),
        color_of("jeans", "black"),
        details("jeans", "a black belt and a zipper fly"),
        Q.pattern("striped", "contradiction"),
        wearing(
            "Question: What is the person wearing? Answer: a white shirt and black jeans. Question: What is the",
            "leak",
            hit_limit=True,
        ),
        Q.material("denim"),
        title="Numero Uno Men Black Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: front view; black track pants with yellow and white stripes down the sides, yellow t-shirt, black
    # shoes, white backdrop. VQA adapter; closed by reference.
    case(
        "X714-018",
        caption("a man wearing a yellow shirt and black pants with stripes"),
        color_of("track pants", "yellow", "other_garment_color"),
        describe("track pants", "the track pants are black with yellow and white stripes on the side"),
        wearing("a yellow t-shirt and a yellow pants", "other_garment_color"),
        is_a("pair of jeans", "no"),
        title="Fila Men Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: front view; white football shorts with three black stripes down the sides, black jersey with white
    # sleeve stripes worn over the waist, white socks, white backdrop. VQA adapter; closed by reference.
    case(
        "X714-019",
        caption("a man in a black shirt and white shorts"),
        color_of("shorts", "white"),
        wearing("a black jersey and white shorts with black stripes"),
        details(
            "shorts",
            "the shorts are white with black stripes on the sides and a black drawstring at the waist",
            "unsupported",
        ),
        describe(
            "shorts",
            "white shorts with black stripes on the side, worn with a black jersey that has white stripes on the"
            " sleeves and a round neck and the",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of shorts", "yes"),
        title="Adidas Men White Shorts",
        category="Shorts",
        color="White",
        gender="Men",
    ),
    # photo: front view; blue jeans with heavy distressing and rips at both knees, grey pullover hoodie, white
    # sneakers, white backdrop. VQA adapter; closed by reference.
    case(
        "X714-020",
        caption("a man in a grey hoodie and ripped blue jeans"),
        color_of("jeans", "grey", "other_garment_color"),
        details("jeans", "rips at the knees"),
        describe(
            "jeans",
            "the jeans are blue and the jeans are blue and the jeans are blue and the jeans are blue and the jeans are"
            " blue and the jeans",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a grey hoodie and ripped jeans", "pronoun"),
        Q.garment_type("jeans"),
        title="Killer Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: front view; royal blue track pants with white Kappa logo tape down the sides, white t-shirt, white
    # backdrop. VQA adapter; closed by reference. The feed row has no color.
    case(
        "X714-021",
        caption("a man wearing a white t - shirt and blue track pants with white stripes"),
        color_of("track pants", "blue"),
        details("track pants", "the track pants have the logo tape down the sides"),
        wearing(
            "white t-shirt and blue pants with white stripes and white stripes and white stripes and white stripes"
            " and white stripes and white",
            "loop",
            hit_limit=True,
        ),
        Q.material("the material of the garment is the material", "restated"),
        title="Kappa Men Track Pants",
        category="Track Pants",
        gender="Men",
    ),
    # photo: front view; olive green chino shorts ending above the knee with a folded hem and slanted side pockets,
    # white linen shirt untucked, brown sandals, white backdrop. VQA adapter; closed by reference.
    case(
        "X714-022",
        caption("a man wearing a white shirt and green shorts"),
        color_of("shorts", "grey", "contradiction"),
        wearing("white shirt and olive shorts"),
        describe(
            "shorts",
            "olive green chino shorts that end just above the knee, with a folded hem and slanted side pockets, worn"
            " with a white shirt that is left",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        title="Scullers Men Olive Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: front view; dark blue bootcut jeans with contrast orange stitching, black leather jacket open over a
    # white t-shirt, black boots, white backdrop; back not visible. VQA adapter; closed by reference.
    case(
        "X714-023",
        caption("a man in a black leather jacket and blue jeans"),
        color_of("jeans", "black", "other_garment_color"),
        describe("jeans", "dark blue bootcut jeans with orange stitching"),
        details("jeans", "the jeans have a leather patch on the back", "unsupported"),
        wearing("a black jacket, a white t-shirt and a black jeans", "other_garment_color"),
        is_a("pair of jeans", "yes"),
        title="John Players Men Blue Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: front view; charcoal track pants with a single red stripe down each side, white t-shirt with a red
    # chest print, red sneakers, white backdrop. VQA adapter; closed by reference.
    case(
        "X714-024",
        caption("a man in white t - shirt and dark grey track pants"),
        color_of("track pants", "red", "other_garment_color"),
        wearing("a white t shirt with a red print and grey track pants"),
        details("track pants", "a red stripe down the side"),
        describe("track pants", "the track pants are track pants", "restated"),
        title="Lotto Men Grey Track Pants",
        category="Track Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: front view; medium-wash blue denim shorts with rolled hems, yellow t-shirt, white backdrop.
    # VQA adapter; closed by reference.
    case(
        "X714-025",
        caption("a man in a yellow t - shirt and blue denim shorts"),
        color_of("shorts", "blue"),
        Q.material("denim"),
        wearing("yellow", "non_answer"),
        details(
            "shorts",
            "rolled up hems and a rolled up hems and a rolled up hems and a rolled up hems and a rolled up hems and a"
            " rolled up",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Indigo Nation Men Blue Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: front view; faded black jeans that photograph charcoal grey, tapered leg, maroon t-shirt, grey
    # sneakers, white backdrop (the seller's "Black" reads grey here). VQA adapter; closed by reference.
    case(
        "X714-026",
        caption("a man in a maroon t - shirt and grey jeans"),
        color_of("jeans", "grey"),
        wearing("a red t-shirt and grey jeans"),
        describe("jeans", "the jeans are maroon", "other_garment_color"),
        details(
            "jeans",
            "faded Question: What is the color of the shirt? Answer: maroon Question: What is the color of the shoes?"
            " Answer: grey",
            "leak",
            hit_limit=True,
        ),
        title="Wrangler Men Black Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: front view; teal-blue track pants with black side panels and a small Puma logo on the thigh, black
    # t-shirt, white backdrop. VQA adapter; closed by reference.
    case(
        "X714-027",
        caption("a man in a black t - shirt and black pants", "contradiction"),
        color_of("track pants", "blue"),
        wearing("black t-shirt and blue pants with black panels"),
        details("track pants", "black panels on the sides and a puma logo on the thigh"),
        Q.material("polyester", "unsupported"),
        title="Puma Men Teal Track Pants",
        category="Track Pants",
        color="Teal",
        gender="Men",
    ),
    # photo: front view; red running shorts with a split hem and a small reflective logo, black tank top, black
    # running shoes, white backdrop. VQA adapter; closed by reference.
    case(
        "X714-028",
        caption("a man in a black tank top and red shorts"),
        color_of("shorts", "black", "other_garment_color"),
        wearing("he is wearing a black tank top and red running shorts"),
        describe(
            "shorts",
            "red running shorts with a split hem and an inner brief lining and a key pocket on the back",
            "unsupported",
        ),
        details(
            "shorts",
            "the shorts have a split hem on the sides and a small logo on the left leg that is silver and the"
            " waistband is covered by the black",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of shorts", "yes"),
        title="Nike Men Red Shorts",
        category="Shorts",
        color="Red",
        gender="Men",
    ),
    # photo: rear view; mid-blue regular jeans showing two back pockets with arc stitching and a brown leather patch
    # on the waistband, white t-shirt, white backdrop. VQA adapter; closed by reference.
    case(
        "X714-029",
        caption("the back of a man wearing blue jeans and a white t - shirt"),
        color_of("jeans", "blue"),
        details("jeans", "two back pockets with stitching and a brown leather patch on the waistband"),
        wearing(
            "he is wearing a white t-shirt and blue jeans and a white t-shirt and blue jeans and a white t-shirt and"
            " blue jeans and",
            "loop",
            hit_limit=True,
        ),
        describe("jeans", "the front of the jeans has a button fly", "unsupported"),
        Q.garment_type("jeans"),
        title="Lee Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: front view; black track pants with three white stripes and zips at the ankles, matching black track
    # jacket zipped up, white sneakers, white backdrop. VQA adapter; closed by reference.
    case(
        "X714-030",
        caption("a man in a black track suit with white stripes"),
        color_of("track pants", "black"),
        wearing("a black jacket and black pants with white stripes"),
        details("track pants", "three white stripes and zips at the ankles"),
        describe(
            "track pants",
            "black track pants with three white stripes down the legs and zips at the ankles, worn with a black"
            " jacket that has the same white",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of track pants", "yes"),
        Q.material("polyester tricot with a mesh lining", "unsupported"),
        title="Adidas Men Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: front view; beige shorts with side pockets and belt loops, polo shirt with red, white and blue stripes,
    # white sneakers, white backdrop. VQA adapter; closed by reference.
    case(
        "X714-031",
        caption("a man wearing a striped polo shirt and beige shorts"),
        color_of("shorts", "red", "other_garment_color"),
        Q.pattern("striped", "contradiction"),
        wearing("a striped polo shirt and tan shorts"),
        details("shorts", "side pockets and belt loops"),
        describe(
            "shorts",
            "Question: Describe the shorts. Answer: beige shorts Question: Describe the shirt. Answer: a striped polo"
            " Question:",
            "leak",
            hit_limit=True,
        ),
        title="Classic Polo Men Beige Shorts",
        category="Shorts",
        color="Beige",
        gender="Men",
    ),
    # photo: front view; indigo skinny jeans with cuffs rolled twice, white t-shirt with a black graphic print,
    # brown boots, white backdrop. VQA adapter; closed by reference.
    case(
        "X714-032",
        caption("a man in a white t - shirt with a black print and blue jeans with rolled cuffs"),
        color_of("jeans", "white", "other_garment_color"),
        wearing("she is wearing a white t-shirt and blue jeans", "pronoun"),
        details("jeans", "the jeans are rolled up at the ankles"),
        describe(
            "jeans",
            "skinny blue jeans with the hems rolled up twice above brown boots, worn with a white t-shirt that has a"
            " black graphic printed on the front and a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jeans"),
        title="Spykar Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: front view; navy track pants with white contrast piping down the legs, white t-shirt, white backdrop.
    # VQA adapter; closed by reference. The feed row has no gender.
    case(
        "X714-033",
        caption("a man wearing a white shirt and blue pants"),
        color_of("track pants", "white", "other_garment_color"),
        describe("track pants", "navy track pants with white piping"),
        wearing("yes", "non_answer"),
        details("track pants", "white piping"),
        title="Proline Men Navy Blue Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # photo: front view; grey melange sweat shorts with a white drawstring and a small Puma logo on the leg, navy
    # t-shirt, white backdrop. VQA adapter; closed by reference.
    case(
        "X714-034",
        caption("a man in a navy t - shirt and grey shorts"),
        color_of("shorts", "grey"),
        wearing(
            "a navy tee and grey sweat shorts. Question: What is the color of the shorts? Answer: grey Question: What",
            "leak",
            hit_limit=True,
        ),
        details("shorts", "white drawstring and a puma logo"),
        describe("shorts", "the shorts are shorts", "restated"),
        Q.material("fleece cotton blend", "unsupported"),
        title="Puma Men Grey Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: front view; light blue jeans with whiskering, navy polo untucked, white sneakers, white backdrop; back
    # pockets not visible. VQA adapter; closed by reference. The feed row has no color.
    case(
        "X714-035",
        caption("a man in a blue polo shirt and light blue jeans"),
        color_of("jeans", "blue"),
        wearing("navy polo and blue jeans"),
        describe("jeans", "the jeans are light blue"),
        details("jeans", "the jeans have an embroidered logo on the back pocket", "unsupported"),
        is_a("pair of jeans", "no", "contradiction"),
        title="Flying Machine Men Jeans",
        category="Jeans",
        gender="Men",
    ),
    # photo: front view; light grey track pants with ribbed ankle cuffs and a small Nike logo on the left thigh,
    # white pullover hoodie, white shoes, white backdrop. VQA adapter; closed by reference.
    case(
        "X714-036",
        caption("a man in a white hoodie and grey pants"),
        color_of("track pants", "white", "other_garment_color"),
        wearing("a white hoodie and grey sweatpants"),
        details(
            "track pants",
            "ribbed cuffs at the ankles and a nike logo on the left thigh and ribbed cuffs at the ankles and a nike"
            " logo on the left thigh and",
            "loop",
            hit_limit=True,
        ),
        describe("track pants", "light grey track pants with ribbed cuffs"),
        title="Nike Men Grey Track Pants",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: front view; navy-and-white checked shorts reaching the knee, white crew-neck t-shirt hanging over the
    # waist, white backdrop. VQA adapter; closed by reference.
    case(
        "X714-037",
        caption("a man in a white t - shirt and blue checked shorts"),
        Q.pattern("checked"),
        color_of("shorts", "navy blue"),
        wearing(
            "a white crew neck t-shirt and a pair of navy blue and white checked shorts that reach the knee, with"
            " the t-shirt hanging over the waist of the",
            "cut",
            hit_limit=True,
        ),
        describe("shorts", "they are shorts", "non_answer"),
        details("shorts", "the shorts have a black belt", "unsupported"),
        title="Basics Men Checked Navy Blue Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: side view; mid-blue straight jeans, green-and-white checked shirt tucked in, tan leather belt, brown
    # shoes, white backdrop. VQA adapter; closed by reference.
    case(
        "X714-038",
        caption("a man in a green and white checked shirt and blue jeans"),
        color_of("jeans", "green", "other_garment_color"),
        wearing("green checked shirt, blue jeans and a brown belt"),
        details("jeans", "a brown belt"),
        describe("jeans", "the jeans are blue with a straight leg"),
        Q.pattern("checked", "contradiction"),
        title="Indigo Nation Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: front view; maroon track pants with a white stripe down each side, grey t-shirt, white backdrop.
    # VQA adapter; closed by reference.
    case(
        "X714-039",
        caption("a man in a grey t - shirt and red pants with a white stripe"),
        color_of("track pants", "maroon"),
        wearing("she is wearing a grey t-shirt and maroon track pants", "pronoun"),
        details("track pants", "a white stripe down the side"),
        Q.material(
            "it is made of cotton and it is made of cotton and it is made of cotton and it is made of cotton and",
            "loop",
            hit_limit=True,
        ),
        title="Fila Men Maroon Track Pants",
        category="Track Pants",
        color="Maroon",
        gender="Men",
    ),
    # photo: front view; shirtless model in plain black board shorts with orange side panels and a lace-up fly,
    # white backdrop. VQA adapter; closed by reference.
    case(
        "X714-040",
        caption("a shirtless man in black board shorts"),
        wearing("a white t-shirt and black shorts", "unsupported"),
        color_of("shorts", "black"),
        details("shorts", "orange panels on the sides"),
        is_a("pair of shorts", "yes"),
        describe("shorts", "black board shorts with orange side panels and a lace-up fly"),
        Q.pattern("floral", "contradiction"),
        title="Quiksilver Men Black Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: front view; mid-blue slim jeans, white shirt under a navy blazer, black formal shoes, white backdrop.
    # VQA adapter; closed by reference.
    case(
        "X714-041",
        caption("a man in a blue blazer, white shirt and blue jeans"),
        color_of("jeans", "blue"),
        wearing(
            "a blue jacket and a white shirt and blue jeans and a blue jacket and a white shirt and blue jeans and a"
            " blue jacket and a white",
            "loop",
            hit_limit=True,
        ),
        details("jeans", "a slim fit"),
        describe("jeans", "the jeans are white", "other_garment_color"),
        Q.garment_type("jacket", "contradiction"),
        title="Pepe Jeans Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: front view; black track pants with "PUMA" printed in white letters down the left leg, elastic cuffs,
    # white t-shirt, white backdrop. VQA adapter; closed by reference. The feed row has no color.
    case(
        "X714-042",
        caption("a man wearing a white shirt and black pants with writing on the leg"),
        color_of("track pants", "black"),
        wearing("clothes", "non_answer"),
        details("track pants", "puma written down the left leg in white letters"),
        describe(
            "track pants",
            "black track pants with white puma lettering down the leg and an elastic waist and cuffs at the ankles"
            " and an elastic waist and cuffs at the",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jeans", "contradiction"),
        title="Puma Men Track Pants",
        category="Track Pants",
        gender="Men",
    ),
    # photo: front view; royal blue football shorts with a white side stripe, white jersey with a blue number 10 on
    # the chest, white socks, white backdrop. VQA adapter; closed by reference.
    case(
        "X714-043",
        caption("a man in a white jersey and blue shorts"),
        color_of("shorts", "white", "other_garment_color"),
        wearing("a white soccer jersey and blue shorts"),
        details("shorts", "the shorts have a number 10 printed on the leg", "unsupported"),
        is_a("pair of shorts", "yes"),
        title="Lotto Men Blue Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: front view; ice-wash light blue jeans that look almost grey, black t-shirt, white backdrop.
    # VQA adapter; closed by reference.
    case(
        "X714-044",
        caption("a man in a black t - shirt and light blue jeans"),
        color_of("jeans", "light blue"),
        wearing("black tee and blue jeans"),
        details("jeans", "the details of the jeans are the details of the jeans", "restated"),
        describe("jeans", "she wears light blue jeans that are faded", "pronoun"),
        Q.material("denim"),
        title="Numero Uno Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: front view; grey track pants with three black stripes down the sides and no logo on the pants, black
    # t-shirt with a white Adidas logo, white backdrop. VQA adapter; closed by reference.
    case(
        "X714-045",
        caption("a man wearing a black t - shirt and grey track pants with black stripes"),
        color_of("track pants", "black", "other_garment_color"),
        wearing(
            "a black t-shirt and grey track pants. Question: Is this a pair of track pants? Answer: yes Question: Is"
            " this",
            "leak",
            hit_limit=True,
        ),
        describe("track pants", "grey track pants with three black stripes"),
        details("track pants", "three black stripes and an adidas logo on the thigh", "unsupported"),
        title="Adidas Men Grey Track Pants",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: front view; brown cargo shorts with flap pockets, belt loops and a turned-up hem, white t-shirt under an
    # open blue denim shirt, white backdrop. VQA adapter; closed by reference.
    case(
        "X714-046",
        caption("a man in a denim shirt and white t - shirt and brown shorts"),
        color_of("shorts", "blue", "other_garment_color"),
        wearing("a denim shirt over a white t-shirt and brown cargo shorts"),
        details(
            "shorts",
            "cargo pockets with flaps on both legs and belt loops at the waist, and the hem is turned up once above"
            " the knee and the",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        title="Wrangler Men Brown Shorts",
        category="Shorts",
        color="Brown",
        gender="Men",
    ),
]
