"""BLIND_1199 (45 products; Myntra men's sportswear, VQA adapter): written blind in the sixty-first session. Measured
blind at e097e3a (the session's fifth rules): 92/95 failures found (96.8%) and 9/227 correct texts flagged (4.0%).
The writer's notes, verbatim:

Scenario: a Myntra men's sportswear feed (track pants, tracksuits, running and football shorts, jerseys, training
tees, hoodies and sweatshirts, track jackets, one pair of tights). Columns as the feed has them: title (brand first,
Myntra style), category (Myntra article type: Tshirts, Track Pants, Tracksuits, Shorts, Sweatshirts, Jackets,
Jerseys, Tights), color (Myntra base colour), gender "Men"; the colour or the gender is missing on a few rows. The
photos are the usual Myntra shots: a male model on a light grey or white backdrop wearing the product with a plain
tee, shorts or joggers, a few back and side views, three flat lays, and props now and then (a water bottle, a
dumbbell, a football, a tennis racket, earphones).
Who wrote what: every text comes from one system: BLIP-2 OPT-2.7b with the VQA adapter
(leoreigoto/Data3_V3_BLIP2_VQA) run by enrich with its default questionnaire. The caption is the adapter's
unprompted generation (50 new tokens), each answer one `Question: ... Answer:` prompt (30 new tokens), greedy. The
closed questions (garment type, colour, pattern, sleeves) are mapped onto enrich's candidate labels where the raw
text names one; where it does not, the raw generation is kept, so a closed answer can read "tee", "pure color" or a
loop. The adapter learned no end-of-answer token and its loss covered the prompt, so the long answers often run to
the limit, loop, or go on to write the next `Question: ... Answer:` themselves; short answers (one colour, one
word) usually stop. Its garment words come from the In-shop classes (tee, sweatshirt, jacket, pants, shorts, denim,
graphic tee), its pattern words from DeepFashion (pure color, color block, graphic), and it leans to "she" from the
women-heavy In-shop data.
Labeling conventions and judgement calls:
- Judged against the photo I imagined (the comment above each case) and the title. Near hues count as right: navy,
  teal or royal blue answered "blue", maroon answered "red", charcoal or grey melange answered "grey", sea green or
  olive answered "green".
- A colour answer that names another garment in the photo (the tee under a jacket, the tee worn with the shorts or
  track pants) is other_garment_color; an open answer that describes the other garment instead of the product is
  other_garment_color too. A colour that is one of the product's own colours (grey for a black-and-grey
  colour-blocked jacket, black for black shorts worn with a black tee) is correct.
- For a tracksuit (jacket and pants sold together) "jacket" or "track suit" is an acceptable garment type.
  "sweatshirt" or "hoodie" for a hooded sweatshirt, "tee", "t-shirt" or "jersey" for a football or cricket jersey,
  "pants" for track pants or joggers are correct. "jeans" for track pants, "shorts" for tights are contradictions.
- A pattern or sleeve answer that the title, the category or another text contradicts ("short" sleeves on a
  compression long-sleeve tee or a sleeveless tank, "pure color" on a Printed title, "floral" on camouflage, "graphic"
  or "striped" on a Solid title) is contradiction. Sleeve length asked of track pants or shorts and answered with
  the top's sleeves ("long" for the joggers worn with a hoodie, "short" for football shorts) is contradiction too:
  the seller's category has no sleeves. Closed answers kept raw (unmapped) are judged like the others: "tee",
  "graphic tee", "blue and red", "color block" can be right; "the back of a man" is non_answer, a raw loop is loop.
- Material: the photo cannot show fibre, so a plausible material that nothing contradicts is left correct
  ("cotton" for a cotton-looking fleece or tee, "polyester" for a jersey); "cotton" for a Rapid-Dry or Dri-FIT
  title is unsupported.
- Details or descriptions that the photo cannot show (a logo "on the back" in a front shot, a chest logo in a back
  view, a back zip pocket in a front flat lay) or that are not there (a side stripe on plain joggers) are
  unsupported; "a man wearing" for a flat lay is unsupported.
- Loops are labelled loop even when they were also cut at the limit; an answer that runs to the limit mid-sentence
  without repeating itself is cut. A text that writes the next "Question: ... Answer:" is leak, whatever else it does.
- An answer that only hands the question back ("the shorts are short", "it is a t-shirt" for the details, "the
  jacket") is non_answer; one that rephrases the question as its answer ("the details are on the sweatshirt") is
  restated. An answer about a prop instead of the garment ("he is holding a water bottle" for the details) is
  non_answer.
- "she" or "a woman" for the male models is pronoun, even when the rest of the text is right.
- hit_limit is set on every text that ran to its token limit (loops, cuts, leaks), never on short answers.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case

BLIND_1199 = [
    # Photo: front, model in a plain white crew tee, the black track pants with a white swoosh on the left thigh and
    # zip side pockets, white trainers, grey backdrop. All texts: VQA adapter (closed answers mapped where possible).
    case(
        "X1199-001",
        caption("a man in a white t-shirt and black track pants"),
        Q.wearing(
            "a white t-shirt and black pants and white shoes and a white t-shirt and black pants and white shoes and a"
            " white t-shirt",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("pants"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.description(
            "black pants with a white logo on the left leg and a white logo on the right leg and a white logo on the"
            " left leg and a white",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Nike Men Black Dri-FIT Academy Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: front, navy full-zip track jacket zipped to mid chest over a white tee, matching navy joggers, white Puma
    # cat on the chest. All texts: VQA adapter; the caption writes the questionnaire's format itself.
    case(
        "X1199-002",
        caption(
            "Question: what is the man wearing? Answer: a blue jacket and blue pants Question: what is the color of"
            " the jacket? Answer: blue Question: what is the color of the pants? Answer: blue",
            "leak",
            hit_limit=True,
        ),
        Q.wearing("a jacket and pants"),
        Q.garment_type("jacket"),
        Q.color("blue"),
        Q.sleeve_length("long"),
        Q.details("a zipper and a logo on the chest"),
        Q.material("polyester"),
        gender="Men",
        title="Puma Men Navy Blue Solid Tracksuit",
        category="Tracksuits",
        color="Navy Blue",
    ),
    # Photo: front, red round-neck running tee with a small black HRX print on the chest, black running shorts,
    # plain backdrop. All texts: VQA adapter; "tee" is raw (unmapped) and right.
    case(
        "X1199-003",
        caption(
            "a man wearing a red t-shirt and black shorts standing in front of a grey background with his arms at his"
            " sides and his feet apart and looking at the camera with a",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("tee and shorts"),
        Q.garment_type("tee"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description(
            "red t-shirt with a black logo on the chest and a black logo on the chest and a black logo on the chest"
            " and a black logo on",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Red Rapid-Dry Running T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: front, grey melange pullover hoodie, hood down, black Adidas logo on the chest, black joggers.
    # All texts: VQA adapter.
    case(
        "X1199-004",
        caption(
            "a man wearing a grey hoodie and black pants a man wearing a grey hoodie and black pants a man wearing a"
            " grey hoodie and black pants a man wearing a grey hoodie and",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a grey sweatshirt and black pants"),
        Q.garment_type("sweatshirt"),
        Q.color("grey"),
        Q.sleeve_length("long"),
        Q.description(
            "grey hoodie with a black adidas logo on the chest and a hood with white drawstrings and a pocket on the"
            " front of the",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "the hoodie has a hood, a hood, a hood, a hood, a hood, a hood, a hood, a hood, a hood, a hood",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Adidas Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: front, FC Barcelona home jersey (vertical navy and maroon stripes, yellow swoosh, club crest), black
    # shorts. All texts: VQA adapter; "blue and red" is the raw colour answer (unmapped), right for this jersey.
    case(
        "X1199-005",
        caption("a man wearing a red and blue striped shirt"),
        Q.garment_type("t-shirt"),
        Q.color("blue and red"),
        Q.pattern("striped"),
        Q.sleeve_length("short"),
        Q.description(
            "a blue and red striped shirt with a yellow nike logo on the right side of the chest and the barcelona"
            " crest on the left side of the",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "the shirt has a logo on the chest and a logo on the chest and a logo on the chest and a logo on the"
            " chest and",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Nike Men Navy Blue & Maroon Striped FC Barcelona Stadium Jersey",
        category="Jerseys",
        color="Navy Blue",
    ),
    # Photo: cropped at the chest, neon yellow running tee, the black running shorts with a reflective strip, white
    # socks and shoes. All texts: VQA adapter; the colour and the description are about the tee.
    case(
        "X1199-006",
        caption("a man in a yellow shirt and black shorts"),
        Q.wearing(
            "a yellow t-shirt and black shorts Question: What is the color of the shorts? Answer: black Question: What"
            " is the",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        Q.color("yellow", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("a yellow t-shirt", "other_garment_color"),
        Q.material("polyester"),
        gender="Men",
        title="Kalenji By Decathlon Men Black Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: flat lay on white, olive hoodie with a small white Reebok logo, kangaroo pocket, white drawstrings.
    # All texts: VQA adapter; "graphic" (raw DeepFashion word) against a Solid title.
    case(
        "X1199-007",
        caption("a green hoodie with a white logo on it"),
        Q.wearing("a green hoodie"),
        Q.garment_type("hoodie"),
        Q.color("green"),
        Q.pattern("graphic", "contradiction"),
        Q.details(
            "a hood with drawstrings and a pocket on the front and a hood with drawstrings and a pocket on the front"
            " and a hood",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Reebok Men Olive Green Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
    ),
    # Photo: back view, model in a plain white tee and the charcoal joggers with ribbed ankle cuffs, no stripe, no
    # print. All texts: VQA adapter.
    case(
        "X1199-008",
        caption("the back of a man wearing a white shirt and grey pants"),
        Q.wearing("white t-shirt and grey pants"),
        Q.garment_type("pants"),
        Q.color("white", "other_garment_color"),
        Q.description("grey pants with a black stripe on the side", "unsupported"),
        Q.details("elastic cuffs at the ankles"),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Charcoal Grey Solid Joggers",
        category="Track Pants",
        color="Charcoal",
    ),
    # Photo: front, white tee, teal sports shorts with side pockets and a white drawcord. All texts: VQA adapter.
    case(
        "X1199-009",
        caption(
            "Question: what is the man wearing? Answer: white t-shirt and blue shorts Question: what is the color of"
            " the shorts? Answer: blue Question: what is the color of the t-shirt? Answer: white",
            "leak",
            hit_limit=True,
        ),
        Q.wearing(
            "white t-shirt and blue shorts white t-shirt and blue shorts white t-shirt and blue shorts white t-shirt"
            " and",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.details("the shorts are short", "non_answer"),
        Q.material("cotton"),
        gender="Men",
        title="Jockey Men Teal Blue Solid Sports Shorts",
        category="Shorts",
        color="Teal",
    ),
    # Photo: front, black training tee with a small white UA logo on the left chest, grey shorts. All texts: VQA
    # adapter; the description goes on to write the next question.
    case(
        "X1199-010",
        caption("a man in a black t-shirt with a white logo on the chest"),
        Q.wearing("a black t-shirt and grey shorts"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.sleeve_length("short"),
        Q.description(
            "black t-shirt with a white logo on the left chest Question: What is the color of the t-shirt? Answer:"
            " black Question: What",
            "leak",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Under Armour Men Black Tech 2.0 Training T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: front, black Tiro track jacket worn open (white three stripes on the shoulders) over a white tee, black
    # track pants. All texts: VQA adapter; the colour is the tee's.
    case(
        "X1199-011",
        caption("a man in a black jacket and a white t-shirt"),
        Q.wearing(
            "a black jacket, white t-shirt and black pants, a black jacket, white t-shirt and black pants, a black"
            " jacket, white",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.details("white stripes on the shoulders and a zipper"),
        Q.material("polyester"),
        gender="Men",
        title="Adidas Men Black Tiro 21 Track Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: front, yellow running jacket with black side panels and a hood, zipped, black track pants; there is
    # one front zip only. All texts: VQA adapter.
    case(
        "X1199-012",
        caption(
            "Question: what is the man wearing? Answer: a yellow jacket Question: what is the color of the jacket?"
            " Answer: yellow Question: is this a jacket? Answer: yes Question: what",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("yellow"),
        Q.pattern("color block"),
        Q.sleeve_length("long"),
        Q.description(
            "yellow and black jacket with a hood and a zipper on the front and black panels on the sides of the"
            " jacket and the",
            "cut",
            hit_limit=True,
        ),
        Q.details("the jacket has a hood and a zipper"),
        Q.material("nylon"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Yellow Colourblocked Running Jacket",
        category="Jackets",
        color="Yellow",
    ),
    # Photo: front, white golf polo (collar, three-button placket, black swoosh), navy golf trousers. All texts: VQA
    # adapter.
    case(
        "X1199-013",
        caption(
            "a man wearing a white polo shirt and blue pants and a white polo shirt and blue pants and a white polo"
            " shirt and blue pants and a white polo shirt and blue pants and a white",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("polo shirt and pants"),
        Q.garment_type("polo shirt"),
        Q.color("white"),
        Q.sleeve_length("short"),
        Q.description(
            "white polo shirt with a collar and buttons and a collar and buttons and a collar and buttons and a"
            " collar and buttons and",
            "loop",
            hit_limit=True,
        ),
        Q.details(
            "collar, buttons, collar, buttons, collar, buttons, collar, buttons, collar, buttons, collar, buttons,"
            " collar",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Nike Men White Solid Golf Polo T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: front, black tee, the blue running shorts (split hems, black waistband), holding a water bottle.
    # All texts: VQA adapter.
    case(
        "X1199-014",
        caption("a man in a black t-shirt and blue shorts holding a water bottle"),
        Q.garment_type("shorts"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.description(
            "a pair of blue shorts with a black waistband Question: What is the color of the shorts? Answer: blue"
            " Question:",
            "leak",
            hit_limit=True,
        ),
        Q.details(
            "the shorts have a pocket on the back and a pocket on the side and a pocket on the back and a pocket on"
            " the side",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="ASICS Men Blue Solid Running Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: front, India ODI cricket jersey (blue, orange and green stripes on the shoulders, INDIA across the
    # chest, BCCI crest), navy track pants. All texts: VQA adapter.
    case(
        "X1199-015",
        caption("a man wearing a blue jersey with the word india on it"),
        Q.wearing("a blue jersey"),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        Q.description(
            "blue shirt with orange stripes on the shoulders and the word india on the front and the word india on"
            " the front and the word",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Adidas Men Blue BCCI India ODI Cricket Jersey",
        category="Jerseys",
        color="Blue",
    ),
    # Photo: front, grey melange tee, maroon track pants with thin white piping down each side, white sneakers.
    # All texts: VQA adapter.
    case(
        "X1199-016",
        caption(
            "a man wearing a grey t-shirt and red pants a man wearing a grey t-shirt and red pants a man wearing a"
            " grey t-shirt and red pants a man wearing a grey t-shirt and red",
            "loop",
            hit_limit=True,
        ),
        Q.wearing(
            "grey t-shirt and red pants Question: What is the color of the pants? Answer: red Question: What is the"
            " color",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("pants"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("striped", "contradiction"),
        Q.details("white stripes on the side of the pants"),
        Q.material("cotton"),
        gender="Men",
        title="Proline Active Men Maroon Solid Track Pants",
        category="Track Pants",
        color="Maroon",
    ),
    # Photo: front, male model with shoulder-length hair, black hooded windcheater zipped, hood down, grey track
    # pants. All texts: VQA adapter; the caption calls him a woman.
    case(
        "X1199-017",
        caption("a woman in a black jacket and grey pants", "pronoun"),
        Q.wearing("a black jacket and grey pants"),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.sleeve_length("long"),
        Q.description(
            "black jacket with a hood and a zipper and a hood and a zipper and a hood and a zipper and a hood and a",
            "loop",
            hit_limit=True,
        ),
        Q.material("nylon"),
        gender="Men",
        title="Wildcraft Men Black Solid Hooded Windcheater Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: side view, black pullover hoodie, the grey melange fleece joggers with a white swoosh on the left thigh.
    # All texts: VQA adapter; the sleeve answer is the hoodie's.
    case(
        "X1199-018",
        caption(
            "Question: what is the man wearing? Answer: black hoodie and grey sweatpants Question: what is the color"
            " of the hoodie? Answer: black Question: what is the color of the",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("pants"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("long", "contradiction"),
        Q.description(
            "grey sweatpants with a white nike logo on the left leg and an elastic waistband and cuffs at the ankles"
            " and a pocket on the",
            "cut",
            hit_limit=True,
        ),
        Q.material("fleece"),
        gender="Men",
        title="Nike Men Grey Melange Sportswear Club Fleece Joggers",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Photo: front, tracksuit: black jacket with a red chest panel and Kappa logo tape down the sleeves, black pants
    # with the same tape. All texts: VQA adapter.
    case(
        "X1199-019",
        caption("a man wearing a black and red track suit"),
        Q.wearing("a track suit"),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.pattern("color block"),
        Q.details(
            "kappa logo on the sleeves and on the pants and on the sleeves and on the pants and on the sleeves and"
            " on the",
            "loop",
            hit_limit=True,
        ),
        Q.material(
            "polyester and polyester and polyester and polyester and polyester and polyester and polyester and"
            " polyester and polyester",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Kappa Men Black & Red Colourblocked Tracksuit",
        category="Tracksuits",
        color="Black",
    ),
    # Photo: full length, grey tee, black running shorts worn over the navy compression tights, running shoes.
    # All texts: VQA adapter; type and colour are the shorts'.
    case(
        "X1199-020",
        caption("a man in a grey t-shirt, black shorts and blue leggings"),
        Q.wearing("a grey t-shirt and black shorts"),
        Q.garment_type("shorts", "contradiction"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.material("spandex"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Navy Blue Solid Training Tights",
        category="Tights",
        color="Navy Blue",
    ),
    # Photo: front only, white tee with a large black PUMA word print on the chest, black track pants. All texts:
    # VQA adapter; "graphic tee" is raw (an In-shop class) and right; the back is never shown.
    case(
        "X1199-021",
        caption("a man wearing a white t-shirt with the word puma on it"),
        Q.wearing(
            "a white t-shirt with a black puma logo on the front and black pants with a white stripe on the side and"
            " white shoes with",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("graphic tee"),
        Q.color("white"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        Q.description(
            "white t-shirt with a black puma logo on the front and a black puma logo on the back", "unsupported"
        ),
        gender="Men",
        title="Puma Men White Brand Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: front, black sleeveless gym tank, grey shorts, a dumbbell in the right hand. All texts: VQA adapter.
    case(
        "X1199-022",
        caption("a man holding a dumbbell in a black tank top"),
        Q.wearing("a black tank top and grey shorts"),
        Q.garment_type("tank top"),
        Q.color("black"),
        Q.sleeve_length("short", "contradiction"),
        Q.details("the tank top has a small logo on the chest and a mesh panel on the back", "unsupported"),
        Q.material("polyester"),
        gender="Men",
        title="Domyos By Decathlon Men Black Sleeveless Gym Tank Top",
        category="Tshirts",
        color="Black",
    ),
    # Photo: flat lay, front side up, black running shorts with a small white Adidas logo; no pocket visible from
    # the front. All texts: VQA adapter.
    case(
        "X1199-023",
        caption("a pair of black shorts with a white logo"),
        Q.wearing("shorts"),
        Q.garment_type("shorts"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.description("a pair of black shorts"),
        Q.details("the shorts have a zipper pocket on the back", "unsupported"),
        title="Adidas Men Black Own The Run Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: front, orange running tee with a reflective swoosh, black shorts. All texts: VQA adapter.
    case(
        "X1199-024",
        caption(
            "Question: what is the man wearing? Answer: orange shirt Question: what is the color of the shirt?"
            " Answer: orange Question: what is the color of the shorts? Answer: black Question:",
            "leak",
            hit_limit=True,
        ),
        Q.wearing("orange shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("orange"),
        Q.sleeve_length("short"),
        Q.description(
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange"
            " orange orange orange orange orange orange orange orange orange orange orange orange orange orange"
            " orange orange",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Nike Men Orange Dri-FIT Miler Running T-shirt",
        category="Tshirts",
        color="Orange",
    ),
    # Photo: front, royal blue full-zip hoodie worn open over a white tee, grey joggers. All texts: VQA adapter.
    case(
        "X1199-025",
        caption("a man in a blue hoodie and a white t-shirt"),
        Q.garment_type("hoodie"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.details("the details of the hoodie are on the hoodie", "restated"),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Blue Solid Hooded Full-Zip Sweatshirt",
        category="Sweatshirts",
        color="Blue",
    ),
    # Photo: side view, white tee, black track pants with a white printed Reebok logo tape down the leg.
    # All texts: VQA adapter.
    case(
        "X1199-026",
        caption(
            "a man wearing a white shirt and black pants with white letters on the side of the pants and white"
            " letters on the side of the pants and white letters on the side of the pants and white letters on",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("pants"),
        Q.color("black"),
        Q.pattern("printed"),
        Q.description("black pants with a white stripe on the side"),
        Q.details(
            "the pants have a white stripe on the side and the word reebok on the stripe and the word reebok on the"
            " stripe and",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Reebok Men Black Printed Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: front, white tee, charcoal running shorts, a water bottle in hand. All texts: VQA adapter.
    case(
        "X1199-027",
        caption("a man in a white shirt holding a water bottle"),
        Q.wearing("white shirt and grey shorts"),
        Q.garment_type("shorts"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.details("he is holding a water bottle", "non_answer"),
        Q.material("polyester"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Charcoal Grey Rapid-Dry Running Shorts",
        category="Shorts",
        color="Charcoal",
    ),
    # Photo: front, Manchester United home jersey (red, white collar trim, white TeamViewer sponsor print), black
    # shorts, a football at his feet. All texts: VQA adapter.
    case(
        "X1199-028",
        caption("a man wearing a red soccer jersey and black shorts with a soccer ball"),
        Q.wearing(
            "a red jersey and black shorts and a red jersey and black shorts and a red jersey and black shorts and a"
            " red jersey",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("tee"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.description(
            "red shirt with a white logo on the chest and the word teamviewer on the front and the word teamviewer"
            " on the front and",
            "loop",
            hit_limit=True,
        ),
        Q.material(
            "polyester Question: What is the color of the shirt? Answer: red Question: What is the color of the"
            " shorts? Answer: black",
            "leak",
            hit_limit=True,
        ),
        title="Adidas Men Red Manchester United Home Football Jersey",
        category="Jerseys",
        color="Red",
    ),
    # Photo: front, track jacket with a black body and grey sleeves, zipped, black track pants. All texts: VQA
    # adapter; "grey" is the jacket's own sleeve colour.
    case(
        "X1199-029",
        caption("a man in a black and grey jacket"),
        Q.garment_type("jacket"),
        Q.color("grey"),
        Q.pattern("color block"),
        Q.sleeve_length("long"),
        Q.description("a black jacket with grey sleeves and a black zipper"),
        Q.details("it has a zipper"),
        gender="Men",
        title="Alcis Men Black & Grey Colourblocked Track Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: front, tight black long-sleeve compression top, black shorts. All texts: VQA adapter.
    case(
        "X1199-030",
        caption("a man wearing a black long sleeve shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("black long sleeve shirt"),
        Q.material("spandex"),
        gender="Men",
        title="Nike Men Black Pro Dri-FIT Long Sleeve Compression T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: front, grey melange crew-neck sweatshirt (no hood) with a small black Puma cat, black joggers.
    # All texts: VQA adapter.
    case(
        "X1199-031",
        caption("a man wearing a grey sweater and black pants"),
        Q.wearing("a grey sweater"),
        Q.garment_type("sweatshirt"),
        Q.color("grey"),
        Q.pattern("the pattern of the sweatshirt", "restated"),
        Q.sleeve_length("long"),
        Q.details("the details are on the sweatshirt", "restated"),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Grey Melange Solid Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: front, navy tracksuit with white three stripes down the sleeves and legs, jacket zipped. All texts: VQA
    # adapter.
    case(
        "X1199-032",
        caption("a man in a blue track suit with white stripes"),
        Q.wearing(
            "a blue jacket and blue pants Question: What is the color of the jacket? Answer: blue Question: What is"
            " the color of",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("blue"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.description(
            "a blue jacket with white stripes on the sleeves and white stripes on the pants and white stripes on the"
            " sleeves and white",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Adidas Men Navy Blue Essentials 3-Stripes Tracksuit",
        category="Tracksuits",
        color="Navy Blue",
    ),
    # Photo: front, grey melange tee, black track pants with two side pockets. All texts: VQA adapter.
    case(
        "X1199-033",
        caption(
            "Question: what is the man wearing? Answer: grey shirt and black pants Question: is this a pair of pants?"
            " Answer: yes Question: what is the color of the pants? Answer: black",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("pants"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("solid"),
        Q.details("two pockets on the sides"),
        Q.material(
            "cotton and polyester and spandex and cotton and polyester and spandex and cotton and polyester and"
            " spandex and cotton and",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Jockey Men Black Solid Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: back view, red hooded sweatshirt, hood down, black shorts; the chest is not visible. All texts: VQA
    # adapter.
    case(
        "X1199-034",
        caption("the back of a man in a red hoodie"),
        Q.garment_type("the back of a man", "non_answer"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.description("red hoodie with a white logo on the chest", "unsupported"),
        Q.details("hood"),
        Q.material("cotton"),
        gender="Men",
        title="Under Armour Men Red Rival Fleece Hooded Sweatshirt",
        category="Sweatshirts",
        color="Red",
    ),
    # Photo: front, navy tee, the white tennis shorts with a black swoosh on the left leg, a tennis racket in hand.
    # All texts: VQA adapter.
    case(
        "X1199-035",
        caption("a man in a blue shirt and white shorts holding a tennis racket"),
        Q.wearing("a blue shirt and white shorts"),
        Q.garment_type("shorts"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.description(
            "white shorts with a black nike logo on the left leg Question: What are the details of the shorts?"
            " Answer: white shorts",
            "leak",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Nike Men White Dri-FIT Court Tennis Shorts",
        category="Shorts",
        color="White",
    ),
    # Photo: front, CSK jersey (yellow, blue shoulder panels, lion crest, sponsor print), navy track pants.
    # All texts: VQA adapter.
    case(
        "X1199-036",
        caption(
            "a man in a yellow shirt with the word chennai super kings on it and the word chennai super kings on it"
            " and the word chennai super kings on it and the word",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("yellow jersey"),
        Q.garment_type("t-shirt"),
        Q.color("yellow"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        Q.description("yellow t-shirt with blue shoulders"),
        Q.material(
            "polyester polyester polyester polyester polyester polyester polyester polyester polyester polyester"
            " polyester polyester polyester polyester polyester",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Chennai Super Kings Men Yellow Printed IPL Jersey",
        category="Jerseys",
        color="Yellow",
    ),
    # Photo: front, olive and green camouflage-print running tee, black shorts. All texts: VQA adapter.
    case(
        "X1199-037",
        caption("a man wearing a green camouflage t-shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("green"),
        Q.pattern("floral", "contradiction"),
        Q.sleeve_length("short"),
        Q.details("it is a t-shirt", "non_answer"),
        Q.material("polyester"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Green Camouflage Printed Running T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # Photo: front, black tee, the black running shorts with a white Puma cat on the left leg only. All texts: VQA
    # adapter; "black" is right, the tee happens to be black too.
    case(
        "X1199-038",
        caption("a man in a black t-shirt and black shorts"),
        Q.wearing("black t-shirt and black shorts"),
        Q.garment_type("shorts"),
        Q.color("black"),
        Q.description("black shorts with a white puma logo on the left leg"),
        Q.details(
            "the shorts have a white puma logo on the left leg and a white puma logo on the right leg and a white"
            " puma logo on",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Puma Men Black Solid Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: flat lay, black fleece hoodie with a large white Adidas wordmark across the chest. All texts: VQA
    # adapter; there is no person in the photo.
    case(
        "X1199-039",
        caption("a black hoodie with the word adidas on it"),
        Q.wearing("a man wearing a black hoodie", "unsupported"),
        Q.garment_type("hoodie"),
        Q.color("black"),
        Q.pattern("graphic"),
        Q.sleeve_length("long"),
        Q.material("fleece"),
        gender="Men",
        title="Adidas Men Black Brand Logo Printed Essentials Fleece Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: front, white football jersey, the blue football shorts with a white stripe down each side, blue socks,
    # a football under his foot. All texts: VQA adapter; the details answer calls him "she".
    case(
        "X1199-040",
        caption("a man in a white shirt and blue shorts with a soccer ball"),
        Q.garment_type("shorts"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.description(
            "blue shorts with a white stripe on the side and a white stripe on the side and a white stripe on the"
            " side and a white",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short", "contradiction"),
        Q.details("she is wearing blue shorts and a white shirt", "pronoun"),
        Q.material("polyester"),
        gender="Men",
        title="Kipsta By Decathlon Men Blue Football Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: front, grey track jacket zipped to the neck, black joggers. The feed row has no colour. All texts: VQA
    # adapter.
    case(
        "X1199-041",
        caption("a man wearing a black jacket and grey pants", "other_garment_color"),
        Q.garment_type("jacket"),
        Q.color("grey"),
        Q.sleeve_length("long"),
        Q.description("grey jacket with a black zipper"),
        Q.details("the jacket", "non_answer"),
        Q.material("polyester"),
        gender="Men",
        title="Nike Men Grey Solid Sportswear Track Jacket",
        category="Jackets",
    ),
    # Photo: side view, white tee, navy track pants with a small all-over white print. All texts: VQA adapter;
    # "jeans" is the VQA data's denim bias, "pure color" a raw DeepFashion word.
    case(
        "X1199-042",
        caption("a man wearing a white t-shirt and blue pants"),
        Q.wearing(
            "white t-shirt and blue pants white t-shirt and blue pants white t-shirt and blue pants white t-shirt and"
            " blue",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jeans", "contradiction"),
        Q.color("blue"),
        Q.pattern("pure color", "contradiction"),
        Q.material("cotton"),
        gender="Men",
        title="ASICS Men Navy Blue Printed Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Photo: front, tracksuit: jacket red on top and black below, white Puma cat on the chest, black pants.
    # All texts: VQA adapter.
    case(
        "X1199-043",
        caption(
            "a man in a red and black jacket and black pants a man in a red and black jacket and black pants a man in"
            " a red and black jacket and black pants a man in a",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a jacket and pants"),
        Q.garment_type("jacket"),
        Q.color("red"),
        Q.pattern("color block"),
        Q.sleeve_length("long"),
        Q.description(
            "red and black jacket with a white puma logo on the chest and white puma logo on the chest and white"
            " puma logo on the",
            "loop",
            hit_limit=True,
        ),
        Q.details("zipper, pockets"),
        gender="Men",
        title="Puma Men Red & Black Colourblocked Tracksuit",
        category="Tracksuits",
        color="Red",
    ),
    # Photo: front, black sleeveless training tee with a small white Fila logo, grey shorts. Gender column missing
    # on this row. All texts: VQA adapter.
    case(
        "X1199-044",
        caption("a man in a black tank top and grey shorts"),
        Q.wearing("she is wearing a black tank top and grey shorts", "pronoun"),
        Q.garment_type("tank top"),
        Q.color("black"),
        Q.pattern(
            "pure color pure color pure color pure color pure color pure color pure color pure color pure color pure"
            " color pure color pure color pure color pure color pure",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        Q.description(
            "a black sleeveless shirt with a white fila logo on the chest and a round neck and a curved hem and"
            " a small white fila logo on",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Fila Men Black Solid Sleeveless Training T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: front, sea green round-neck training tee with a small black HRX logo on the left chest, black track
    # pants, white earphones. All texts: VQA adapter.
    case(
        "X1199-045",
        caption("a man wearing a green t-shirt and black pants with earphones"),
        Q.wearing("a green t-shirt and black pants"),
        Q.garment_type("t-shirt"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description(
            "green t-shirt with a round neck, short sleeves and a black hrx logo printed on the left side of the"
            " chest, and the",
            "cut",
            hit_limit=True,
        ),
        Q.details("round neck"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Sea Green Solid Rapid-Dry Training T-shirt",
        category="Tshirts",
        color="Sea Green",
    ),
]
