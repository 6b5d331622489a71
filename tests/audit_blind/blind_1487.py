"""BLIND_1487 (45 products; Myntra men's sportswear, VQA adapter): written blind in the sixty-fifth session. Measured
blind at eb96f22 (the session's fourth rules): 91/96 failures found (94.8%) and 18/253 correct texts flagged (7.1%).
The writer's notes, verbatim:

Scenario: a Myntra men's sportswear feed (t-shirts, jerseys, track pants, running shorts, hoodies and sweatshirts,
track jackets, tracksuits) run through enrich with the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on
Salesforce/blip2-opt-2.7b), greedy, 50 new tokens for the caption and 30 for each answer, enrich's default
questionnaire (wearing, garment_type, color, pattern, sleeve_length, description, details, material; sleeve_length is
not asked of bottoms, and not every question was answered for every product). Closed answers are shown as the
candidate they mapped to; when the raw text did not map it was kept raw (a loop, a leak, "yes", "jersey",
"camouflage", "tracksuit"). The photos are the catalog's first image: mostly a male model on a white or light grey
backdrop wearing the product with other clothes (a tee with bottoms, joggers with a hoodie), one flat lay, one back
view, a few props (a football, a dumbbell). Catalog columns as Myntra has them: title, category (the article type),
color (the base colour), gender; one product lacks its category, one its color, one its gender.
Who wrote what: every text, the caption included, is the VQA adapter's output through enrich. The adapter never
learned to stop (no end-of-answer token) and was trained on "Question: ... Answer:" with the prompt in the loss, so
its captions often come back as a leaked question-and-answer pair, a one-word VQA answer or a loop, and its open
answers loop or run to the limit; short answers that ended on their own are common too. Its colors are short and
often the color of the other garment in the shot (the tee for bottoms, the pants for a top).
Labeling conventions and judgement calls: judged against the photo I imagined (described above each case) and the
title. hit_limit=True only where the text visibly ran to the token limit (loops, cut sentences, leaks that keep
going). A color answer that is the color of another visible garment is other_garment_color; a wrong color that no
garment in the shot has (navy read as black, neon green as yellow, the minor panel color of a colourblocked item) is
contradiction; a caption giving two garments the same color when they differ is contradiction. Near hues count as
right: maroon as red, teal as green, coral as orange, charcoal or grey melange as grey, navy as blue. A jersey called
"t-shirt" or "jersey" is right; a tracksuit called "jacket" is wrong (contradiction: one piece of a set), and so is
a shorts product called "t-shirt". Side stripes or piping on track pants answered "striped" I left unmarked (the
garment does carry stripes); "solid" for a product titled Printed whose print shows is contradiction, and so is
"striped" for quilting. Material: "cotton" is unsupported where the title or the photo says synthetic (Dri-FIT,
Rapid-Dry, stadium mesh jerseys, a shiny windcheater called leather); cotton for fleece hoodies and plain tees is
left unmarked. A detail the photo cannot show (a number on the back in a front view, a front logo in a back view, a
hood on a crew neck, a zip on the back) is unsupported. non_answer: empty, "yes" to an open or a type question, a
bare "fabric", or the question's words back ("the shorts are short"); restated: a full sentence that turns the
question into a statement and adds nothing. A one-word caption that is true ("shorts", "tee", "pants") or a thin but
true answer ("a black shirt", "green") is left correct. "What is the person wearing?" answered with the shirt on a
flat lay is left correct, but the caption "tee" for a track jacket (the tee worn under it) is contradiction.
"she"/"a woman" for the long-haired male model and for the back view is pronoun. Each wrong text carries one kind,
the one that would matter most to a reader of the feed: a leaked "Question: ... Answer:" that repeats is leak, not
loop, even when its answer is right (a raw closed color "red Question: ..."); a repeating phrase that also invents
(logos on the back and sleeve) is loop; a sentence cut at the limit whose words are right is cut.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case

BLIND_1487 = [
    # Photo: front, white backdrop; black crew-neck tee with a small white swoosh on the left chest, grey running
    # shorts, white shoes. All texts: VQA adapter via enrich.
    case(
        "X1487-001",
        caption("a man in a black nike t-shirt and grey shorts"),
        Q.wearing("black t-shirt and grey shorts"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a black t-shirt with a white nike logo on the chest"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Nike Men Black Dri-FIT Miler Running T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: front, cropped at the chest; navy track pants with a small white Puma cat on the left thigh, white tee
    # worn untucked, white sneakers. All texts: VQA adapter via enrich.
    case(
        "X1487-002",
        caption("a man wearing a white t-shirt and blue pants"),
        Q.wearing("tee and pants"),
        Q.garment_type("pants"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("the pants are blue and have a white logo on the left leg"),
        Q.details(
            "the pants have a drawstring waist and a drawstring waist and a drawstring waist and a drawstring waist"
            " and a drawstring",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Puma Men Navy Blue Solid Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Photo: front; grey melange pullover hoodie, kangaroo pocket, white drawcords, black joggers. All texts: VQA
    # adapter via enrich.
    case(
        "X1487-003",
        caption("a man in a grey hoodie and black pants"),
        Q.wearing("a grey hoodie and black pants"),
        Q.garment_type("hoodie"),
        Q.color(
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey"
            " grey grey grey grey grey grey grey grey grey",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        Q.description("the garment is a hoodie"),
        Q.details(
            "the hood, the pocket, the sleeves, the hood, the pocket, the sleeves, the hood, the pocket, the sleeves,"
            " the hood, the",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: front; red Manchester United home jersey with white and black trim, club crest, Adidas logo, Chevrolet
    # sponsor; black shorts; the model holds a football under his arm. All texts: VQA adapter via enrich ("jersey"
    # kept raw).
    case(
        "X1487-004",
        caption("a man in a red soccer jersey holding a soccer ball"),
        Q.wearing("a red jersey and black shorts"),
        Q.garment_type("jersey"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a red manchester united jersey with a chevrolet logo on the front"),
        Q.details(
            "the logo of the team is on the left side of the chest and the logo of the brand is on the right side"
            " of the chest and the logo of",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Adidas Men Red Manchester United 19/20 Home Jersey",
        category="Jerseys",
        color="Red",
    ),
    # Photo: front; black training shorts with a small white Reebok delta logo, grey melange tee, black shoes. All
    # texts: VQA adapter via enrich.
    case(
        "X1487-005",
        caption("shorts"),
        Q.wearing("shorts"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("grey shorts with a black logo", "other_garment_color"),
        Q.material("polyester"),
        gender="Men",
        title="Reebok Men Black Solid Training Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: front; navy tracksuit, zip jacket half open over a white tee, matching pants, white 3-stripes on the
    # sleeves and down the legs, white sneakers. All texts: VQA adapter via enrich.
    case(
        "X1487-006",
        caption("a man in a blue track suit with white stripes"),
        Q.wearing("a blue track suit"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("blue"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.description("the track suit is a blue color with white stripes on the sleeves and the pants"),
        Q.details(
            "white stripes on the sleeves and white stripes on the legs and white stripes on the sleeves and white"
            " stripes on the legs and white stripes on the",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Adidas Men Navy Blue Essentials 3-Stripes Tracksuit",
        category="Tracksuits",
        color="Navy Blue",
    ),
    # Photo: front, jogging pose; neon green tee (reads green-yellow under the lights) with a reflective HRX logo,
    # black running shorts. All texts: VQA adapter via enrich.
    case(
        "X1487-007",
        caption("yes", "non_answer"),
        Q.wearing("green shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("yellow", "contradiction"),
        Q.sleeve_length("short"),
        Q.description("green"),
        Q.details("yes", "non_answer"),
        Q.material("polyester"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Fluorescent Green Rapid-Dry Running T-shirt",
        category="Tshirts",
        color="Fluorescent Green",
    ),
    # Photo: front; black hoodie with a large white PUMA wordmark and cat across the chest, grey joggers. Nothing on
    # the sleeves; the back is not shown. All texts: VQA adapter via enrich.
    case(
        "X1487-008",
        caption("a man wearing a black hoodie with the word puma on it"),
        Q.wearing("black hoodie and grey pants"),
        Q.garment_type("hoodie"),
        Q.color("black"),
        Q.pattern("graphic"),
        Q.description(
            "a black hoodie with a white puma logo on the front and a white puma logo on the back and a white puma"
            " logo on the sleeve and a white",
            "loop",
            hit_limit=True,
        ),
        Q.details("the hood has a drawstring"),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Black ESS Big Logo Hoodie",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: front; grey melange fleece joggers with ribbed cuffs and a small white swoosh on the left thigh, black
    # tee, black sneakers. All texts: VQA adapter via enrich.
    case(
        "X1487-009",
        caption("Question: what cloth is the person wearing? Answer: pants", "leak"),
        Q.wearing(
            "pants Question: is this a pants? Answer: yes Question: what is the color of the pants? Answer: grey"
            " Question:",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("pants"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("grey sweatpants with a nike logo on the left leg"),
        Q.details("the pants have elastic cuffs at the bottom"),
        Q.material("cotton"),
        gender="Men",
        title="Nike Men Grey Sportswear Club Fleece Joggers",
        category="Track Pants",
        color="Grey",
    ),
    # Photo: front; blue running shorts with a dark navy geometric print on the side panels and split hems, white
    # tee. All texts: VQA adapter via enrich.
    case(
        "X1487-010",
        caption(
            "a man in a white shirt and blue shorts and a white shirt and blue shorts and a white shirt and blue"
            " shorts and a white shirt and blue shorts and a white shirt and blue shorts and a white",
            "loop",
            hit_limit=True,
        ),
        Q.wearing(
            "shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts"
            " shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        Q.color("blue"),
        Q.pattern("solid", "contradiction"),
        Q.description("blue shorts with white shirt"),
        Q.material("polyester"),
        gender="Men",
        title="ASICS Men Blue Printed Running Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: front; dark charcoal tee with a textured weave and a small UA logo on the left chest, black shorts. All
    # texts: VQA adapter via enrich.
    case(
        "X1487-011",
        caption("a man in a grey t-shirt and black shorts standing in front of a white wall"),
        Q.wearing("grey shirt"),
        Q.garment_type("t-shirt"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("short"),
        Q.description("the garment is a t-shirt with a logo on the left chest"),
        Q.details(
            "the logo on the left chest is the logo of the company that made the garment. the logo on the left"
            " chest is the logo of the company that",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Under Armour Men Charcoal Grey Tech 2.0 Training T-shirt",
        category="Tshirts",
        color="Charcoal",
    ),
    # Photo: front, hands in pockets; shiny black hooded windcheater zipped to the chin, white Puma logo on the chest,
    # black track pants. All texts: VQA adapter via enrich.
    case(
        "X1487-012",
        caption("Question: what cloth is the person wearing? Answer: jacket", "leak"),
        Q.wearing("black jacket and black pants"),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.sleeve_length("long"),
        Q.description("a black jacket with a hood and a zipper"),
        Q.details(
            "the jacket has a hood, a zipper, and two pockets on the front. the jacket has a hood, a zipper, and two"
            " pockets on the front. the",
            "loop",
            hit_limit=True,
        ),
        Q.material("leather", "unsupported"),
        gender="Men",
        title="Puma Men Black Solid Windcheater Sporty Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: front; white polo with navy collar and navy and red blocks across the shoulders, Kappa logo, navy track
    # pants. All texts: VQA adapter via enrich.
    case(
        "X1487-013",
        caption("a man in a white and blue polo shirt"),
        Q.wearing("polo shirt"),
        Q.garment_type("polo shirt"),
        Q.color("white"),
        Q.pattern("color block"),
        Q.sleeve_length("short"),
        Q.description("a white polo shirt with a blue collar"),
        Q.details(
            "Question: what are the details of the garment? Answer: Question: what are the details of the garment?"
            " Answer: Question: what are the",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Kappa Men White Colourblocked Polo T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: front; navy slim tee with yellow piping along the raglan seams and a small white logo on the left chest,
    # grey shorts. All texts: VQA adapter via enrich.
    case(
        "X1487-014",
        caption("a man in a black t-shirt and grey shorts", "contradiction"),
        Q.wearing("blue shirt and grey shorts"),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.sleeve_length("short"),
        Q.description(
            "the t-shirt is blue with yellow lines on the shoulders and the sleeves and a small white logo on the left"
            " side of the chest and the",
            "cut",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Technosport Men Navy Blue Slim Fit Sports T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: front; maroon track pants with thin white piping down the sides, black tee, white sneakers. All texts:
    # VQA adapter via enrich (the color answer did not map and was kept raw).
    case(
        "X1487-015",
        caption("a man in a black shirt and red pants"),
        Q.wearing("black shirt and maroon pants"),
        Q.garment_type("pants"),
        Q.color(
            "red Question: what is the color of the pants? Answer: red Question: what is the color of the pants?"
            " Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.description("the pants are red with white stripes on the side"),
        Q.details("the pants are red with white stripes on the side"),
        gender="Men",
        title="Proline Active Men Maroon Solid Track Pants",
        category="Track Pants",
        color="Maroon",
    ),
    # Photo: front, the model flexing; black tank with deep armholes and a large light grey "BEAST MODE" print, grey
    # joggers. All texts: VQA adapter via enrich.
    case(
        "X1487-016",
        caption("a man in a black tank top with the word beast on it"),
        Q.wearing(
            "tank top tank top tank top tank top tank top tank top tank top tank top tank top tank top tank top tank"
            " top tank top tank top tank top",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("tank top"),
        Q.color("black"),
        Q.pattern("graphic"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("a black tank top with a white beast mode logo"),
        Q.details("the details of the garment are the details of the tank top", "restated"),
        Q.material("cotton"),
        gender="Men",
        title="Sports52 wear Men Black Printed Sleeveless Gym T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: front view only; FC Barcelona home jersey, vertical blue and garnet stripes, Rakuten sponsor, swoosh and
    # crest; navy shorts. Nothing of the back shows. All texts: VQA adapter via enrich.
    case(
        "X1487-017",
        caption("a man in a blue and red striped soccer jersey with the number 10 on the back", "unsupported"),
        Q.wearing("a soccer jersey"),
        Q.garment_type("jersey"),
        Q.color("blue"),
        Q.pattern("striped"),
        Q.sleeve_length("short"),
        Q.description("a blue and red striped shirt with the word rakuten on the front"),
        Q.details(
            "the shirt has a logo on the left chest and a logo on the right chest and a logo on the left chest and a"
            " logo on the right chest and a",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Nike Men Blue & Maroon FC Barcelona Stadium Home Jersey",
        category="Jerseys",
        color="Blue",
    ),
    # Photo: front; black slim tapered track pants, white 3-stripes down the sides, zips at the ankles, white tee,
    # white sneakers. All texts: VQA adapter via enrich.
    case(
        "X1487-018",
        caption("a man in a white shirt and black pants"),
        Q.wearing("pants"),
        Q.garment_type("pants"),
        Q.color("black"),
        Q.pattern("striped"),
        Q.description("black pants with white stripes on the side"),
        Q.details("the pants have zippers on the bottom of the legs"),
        Q.material("polyester"),
        gender="Men",
        title="Adidas Men Black Tiro 19 Training Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: front; red tee with a big white PUMA box-logo print and the number 47 under it, blue jeans. All texts:
    # VQA adapter via enrich ("yes" kept raw).
    case(
        "X1487-019",
        caption(
            "a man wearing a red shirt and jeans with a white logo on the front of the shirt and a white logo on the"
            " back of the shirt and a white logo on the sleeve of the shirt and a white logo on the",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a red t-shirt and blue jeans"),
        Q.garment_type("yes", "non_answer"),
        Q.color("red"),
        Q.pattern("graphic"),
        Q.description("a red t-shirt with a white logo on the front"),
        Q.details(
            "the logo is a white box with the word puma in the middle of the box and the number 47 under the box"
            " and the word puma in the",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Puma Men Red Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: front; black hoodie with a grey melange chest panel and grey sleeves, white drawcords, kangaroo pocket,
    # black joggers. All texts: VQA adapter via enrich.
    case(
        "X1487-020",
        caption("a man in a black and grey hoodie"),
        Q.wearing("a black and grey hoodie and black pants"),
        Q.garment_type("hoodie"),
        Q.color("black"),
        Q.pattern("color block"),
        Q.sleeve_length("long"),
        Q.description(
            "a black hoodie with grey sleeves and a grey panel on the chest and a black hood with white drawstrings"
            " and a kangaroo pocket on the front and a black",
            "cut",
            hit_limit=True,
        ),
        Q.material("the garment is made of the material of the garment", "restated"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black & Grey Colourblocked Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: front; navy woven track jacket worn open over a white tee, stand collar, white Reebok logo, red piping
    # along the zip, grey track pants. No zip anywhere but the front. All texts: VQA adapter via enrich ("tee" as the
    # caption).
    case(
        "X1487-021",
        caption("tee", "contradiction"),
        Q.wearing("jacket"),
        Q.garment_type("jacket"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.description("a blue jacket with a white logo on the chest"),
        Q.details("the jacket has a zipper on the front and a zipper on the back", "unsupported"),
        Q.material("nylon"),
        gender="Men",
        title="Reebok Men Navy Blue Woven Track Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # Photo: front; grey melange knee-length cotton shorts with side pockets and a drawcord, navy tee. All texts: VQA
    # adapter via enrich.
    case(
        "X1487-022",
        caption("a man in a blue shirt and blue shorts", "contradiction"),
        Q.wearing("a blue shirt and grey shorts"),
        Q.garment_type("shorts"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("grey shorts with pockets"),
        Q.details("the shorts have pockets on the side"),
        Q.material("cotton"),
        gender="Men",
        title="Jockey Men Grey Melange Straight Fit Sport Shorts",
        category="Shorts",
        color="Grey Melange",
    ),
    # Photo: front; teal slim running tee, small reflective logo, black shorts. All texts: VQA adapter via enrich.
    case(
        "X1487-023",
        caption("a man in a green shirt and black shorts"),
        Q.wearing("green shirt and black shorts"),
        Q.garment_type(
            "tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee"
            " tee tee tee tee",
            "loop",
            hit_limit=True,
        ),
        Q.color("green"),
        Q.sleeve_length("short"),
        Q.description("Question: describe the garment. Answer: the garment is a t - shirt", "leak"),
        Q.details("the garment is a t-shirt and the details are the details of the t-shirt", "restated"),
        Q.material("polyester"),
        gender="Men",
        title="Alcis Men Teal Blue Solid Slim Fit Running T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # Photo: flat lay on light grey; white crew-neck tee with a small red and navy Fila logo on the left chest, no
    # person. All texts: VQA adapter via enrich.
    case(
        "X1487-024",
        caption("a white t-shirt with a red and blue logo"),
        Q.wearing("a white t-shirt"),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a white t-shirt with a small logo on the chest"),
        Q.details("the logo is on the left side of the chest"),
        gender="Men",
        title="Fila Men White Solid Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: front, running pose; black 7-inch running shorts with a reflective swoosh, white Nike tee. All texts: VQA
    # adapter via enrich.
    case(
        "X1487-025",
        caption(
            "a man in a white shirt and black shorts is running on a white background with his arms out and his legs"
            " out and his arms out and his legs out and his arms out and his legs out and his arms out and",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("white shirt and black shorts"),
        Q.garment_type("shorts"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("shorts"),
        Q.material(
            "the garment is made of polyester and spandex and polyester and spandex and polyester and spandex and"
            " polyester and spandex and polyester and spandex and",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Nike Men Black Flex Stride 7-inch Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: front; grey melange crew-neck sweatshirt (no hood) with a black "adidas" linear wordmark across the chest,
    # black joggers. All texts: VQA adapter via enrich.
    case(
        "X1487-026",
        caption("a man in a grey sweatshirt with the word adidas on it"),
        Q.wearing(
            "sweatshirt Question: is this a sweatshirt? Answer: yes Question: is this a sweatshirt? Answer: yes"
            " Question: is this a",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("sweatshirt"),
        Q.color("grey"),
        Q.pattern("printed"),
        Q.sleeve_length("long"),
        Q.description("a grey sweatshirt with black letters on the front"),
        Q.details("the sweatshirt has a hood", "unsupported"),
        gender="Men",
        title="Adidas Men Grey Melange Essentials Linear Logo Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: three-quarter view; olive and khaki camouflage joggers with cuffed ankles, black tee, black sneakers. All
    # texts: VQA adapter via enrich ("camouflage" kept raw).
    case(
        "X1487-027",
        caption("a man in a black shirt and camouflage pants"),
        Q.wearing("camouflage pants"),
        Q.garment_type("pants"),
        Q.color("black", "other_garment_color"),
        Q.pattern("camouflage"),
        Q.description("the pants are green and brown camouflage"),
        Q.details(
            "the pants have a camouflage pattern and a camouflage pattern and a camouflage pattern and a camouflage"
            " pattern and a camouflage pattern and",
            "loop",
            hit_limit=True,
        ),
        Q.material("fabric", "non_answer"),
        gender="Men",
        title="Puma Men Olive Green Camouflage Printed Joggers",
        category="Track Pants",
        color="Olive",
    ),
    # Photo: front; navy tracksuit zipped up, the jacket with a red chest panel, the pants with a red side panel,
    # white sneakers. All texts: VQA adapter via enrich ("tracksuit" kept raw).
    case(
        "X1487-028",
        caption(
            "a man wearing a blue and red track suit with a blue and red track suit with a blue and red track suit"
            " with a blue and red track suit with a blue and red track suit with a",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("track suit"),
        Q.garment_type("tracksuit"),
        Q.color("red", "contradiction"),
        Q.pattern("color block"),
        Q.sleeve_length("long"),
        Q.description("the jacket is blue and red and the pants are blue"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Navy Blue & Red Colourblocked Tracksuit",
        category="Tracksuits",
        color="Navy Blue",
    ),
    # Photo: front; a male model with shoulder-length hair; black tee with a small white UA logo on the left chest,
    # olive joggers. All texts: VQA adapter via enrich.
    case(
        "X1487-029",
        caption("a woman in a black t-shirt and green pants", "pronoun"),
        Q.wearing("she is wearing a black t-shirt and green pants", "pronoun"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.sleeve_length("short"),
        Q.description("a black t-shirt with a white logo on the left side"),
        Q.material("cotton"),
        gender="Men",
        title="Under Armour Men Black Sportstyle Left Chest Logo T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: front; yellow Brazil home jersey with green collar and cuffs, CBF crest, visible mesh texture, blue
    # shorts. All texts: VQA adapter via enrich.
    case(
        "X1487-030",
        caption("a man in a yellow soccer jersey"),
        Q.wearing(
            "yellow shirt and blue shorts and yellow shirt and blue shorts and yellow shirt and blue shorts and yellow"
            " shirt and blue shorts and",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("yellow"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a yellow shirt with green trim"),
        Q.details("the brazil logo on the chest"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Nike Men Yellow CBF Brazil Stadium Home Jersey",
        category="Jerseys",
        color="Yellow",
    ),
    # Photo: front; white training tee, small logo on the chest, black shorts; the model holds a dumbbell. All texts:
    # VQA adapter via enrich ("tee" as the caption).
    case(
        "X1487-031",
        caption("tee"),
        Q.wearing("white t-shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description(
            "a white shirt with a white shirt with a white shirt with a white shirt with a white shirt with a white"
            " shirt with a white",
            "loop",
            hit_limit=True,
        ),
        Q.details("the logo on the chest"),
        gender="Men",
        title="Reebok Men White Solid Training Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: front; black quilted padded jacket with a hood, zipped, blue jeans. All texts: VQA adapter via enrich.
    case(
        "X1487-032",
        caption("a man wearing a black puffer jacket and jeans"),
        Q.wearing(
            "jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket"
            " jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("long"),
        Q.description("a black jacket with a hood"),
        Q.material("polyester"),
        gender="Men",
        title="Puma Men Black Solid Padded Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: front; royal blue running shorts with a small reflective logo, black tee. All texts: VQA adapter via
    # enrich.
    case(
        "X1487-033",
        caption(
            "Question: what cloth is the person wearing? Answer: shorts Question: is this a shorts? Answer: yes"
            " Question: what is the color of the shorts? Answer: blue Question: what is the color of the shorts?"
            " Answer: blue Question: what",
            "leak",
            hit_limit=True,
        ),
        Q.wearing("shorts"),
        Q.garment_type("shorts"),
        Q.color("blue"),
        Q.description("the shorts are blue"),
        Q.details("the shorts are short", "non_answer"),
        Q.material("polyester"),
        gender="Men",
        title="Adidas Men Blue Own The Run Running Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: front; mid-grey slim track pants with a black side panel, white tee, black sneakers. All texts: VQA
    # adapter via enrich ("pants" as the caption).
    case(
        "X1487-034",
        caption("pants"),
        Q.wearing(
            "a white t-shirt and grey pants and a white t-shirt and grey pants and a white t-shirt and grey pants and"
            " a white t",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("pants"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.description("grey track pants with a black stripe on the side"),
        Q.details(
            "the pants have a black stripe on the side and a black stripe on the side and a black stripe on the side"
            " and a black stripe on the",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Sports52 wear Men Grey Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Grey",
    ),
    # Photo: front; coral quick-dry tee with a reflective HRX logo, black track pants. All texts: VQA adapter via
    # enrich.
    case(
        "X1487-035",
        caption("a man in an orange shirt and black pants"),
        Q.wearing(
            "orange shirt and black pants Question: what is the color of the shirt? Answer: orange Question: what is"
            " the color of the",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("orange"),
        Q.sleeve_length("short"),
        Q.description("an orange t-shirt with a logo on the chest"),
        Q.details(
            "the details of the garment are the logo on the chest and the details of the garment are the logo on the"
            " chest and the details of",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Coral Orange Rapid-Dry Training T-shirt",
        category="Tshirts",
        color="Coral",
    ),
    # Photo: back view, short-haired male model; navy pullover hoodie, hood down, no logo visible from behind, grey
    # joggers. All texts: VQA adapter via enrich.
    case(
        "X1487-036",
        caption("the back of a man in a blue hoodie"),
        Q.wearing("she is wearing a blue hoodie and grey pants", "pronoun"),
        Q.garment_type("hoodie"),
        Q.color("black", "contradiction"),
        Q.sleeve_length("long"),
        Q.description("a blue hoodie with a hood"),
        Q.details("the hoodie has a logo on the front", "unsupported"),
        Q.material("fleece"),
        gender="Men",
        title="Nike Men Navy Blue Therma Pullover Training Hoodie",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # Photo: front; fitted black long-sleeve running top with a small reflective ASICS logo, black running shorts.
    # All texts: VQA adapter via enrich.
    case(
        "X1487-037",
        caption(
            "Question: what is the color of the shirt? Answer: black Question: what is the color of the shorts?"
            " Answer: black Question: what is the color of the shorts? Answer: black Question: what is the",
            "leak",
            hit_limit=True,
        ),
        Q.wearing("black shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.sleeve_length("short", "contradiction"),
        Q.description(
            "black black black black black black black black black black black black black black black black black"
            " black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="ASICS Men Black Solid Core Long Sleeve Running T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: front; black track pants with the white and red Kappa banda tape (repeated logos) down the sides and
    # snap buttons, white tee. The feed row has no category. All texts: VQA adapter via enrich.
    case(
        "X1487-038",
        caption("a man in a white t-shirt and black pants with a red and white stripe"),
        Q.wearing("white shirt and black pants"),
        Q.garment_type("pants"),
        Q.color("black"),
        Q.pattern("striped"),
        Q.description("the pants are black with a white stripe on the side"),
        Q.details(
            "the logo of kappa on the side of the pants and the logo of kappa on the side of the pants and the logo"
            " of kappa on the side",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Kappa Men Black Authentic Banda Track Pants",
        color="Black",
    ),
    # Photo: front; blue India cricket jersey with a tonal printed pattern clearly visible across the body, orange
    # shoulder accents, BCCI crest, DREAM11 on the front; blue track pants. All texts: VQA adapter via enrich
    # ("jersey" kept raw).
    case(
        "X1487-039",
        caption("a man wearing a blue cricket jersey"),
        Q.wearing("a blue shirt"),
        Q.garment_type("jersey"),
        Q.color("blue"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("short"),
        Q.description(
            "the shirt is blue with orange stripes on the shoulders and the word dream11 on the front and the bcci"
            " logo on the left side of the",
            "cut",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Adidas Men Blue Printed India Cricket ODI Jersey",
        category="Jerseys",
        color="Blue",
    ),
    # Photo: front; mid-grey running shorts with a small black logo, black tee, black socks. The feed row has no
    # gender. All texts: VQA adapter via enrich.
    case(
        "X1487-040",
        caption("a man in a black shirt and black shorts", "contradiction"),
        Q.wearing("black shirt and grey shorts"),
        Q.garment_type("shorts"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("black shorts with a grey logo", "other_garment_color"),
        Q.material("polyester"),
        title="Puma Men Grey Solid Running Shorts",
        category="Shorts",
        color="Grey",
    ),
    # Photo: front; tight black full-sleeve compression top with grey mesh panels under the arms, black shorts. All
    # texts: VQA adapter via enrich (the details answer came back empty).
    case(
        "X1487-041",
        caption("a man in a black long sleeved shirt and black shorts"),
        Q.wearing("he is wearing a black long sleeved shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.sleeve_length("long"),
        Q.description("a black shirt"),
        Q.details("", "non_answer"),
        Q.material("spandex"),
        gender="Men",
        title="Technosport Men Black Full Sleeve Compression T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: front; maroon crew-neck sweatshirt with ribbed cuffs and hem and a small white Reebok logo on the left
    # chest, blue jeans. The feed row has no color. All texts: VQA adapter via enrich.
    case(
        "X1487-042",
        caption("Question: what is the color of the sweatshirt? Answer: red", "leak"),
        Q.wearing("sweatshirt and jeans"),
        Q.garment_type("sweatshirt"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a red sweatshirt with a small logo on the chest"),
        Q.details(
            "the sweatshirt has ribbed cuffs and a ribbed hem and a small reebok logo on the left side of the chest"
            " which is white and the",
            "cut",
            hit_limit=True,
        ),
        Q.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton"
            " cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Reebok Men Maroon Solid Crew Neck Sweatshirt",
        category="Sweatshirts",
    ),
    # Photo: front; black zip jacket with white shoulder panels worn over a white tee, black pants with a white side
    # stripe. All texts: VQA adapter via enrich.
    case(
        "X1487-043",
        caption("a man in a black and white track suit"),
        Q.wearing(
            "track suit track suit track suit track suit track suit track suit track suit track suit track suit track"
            " suit track suit track suit track suit track suit track suit",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jacket", "contradiction"),
        Q.color("black"),
        Q.pattern("color block"),
        Q.sleeve_length("long"),
        Q.description("a black and white jacket and black pants"),
        Q.details(
            "the jacket has white stripes on the shoulders and the pants have white stripes on the sides. the jacket"
            " has white stripes on the shoulders and the",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Puma Men Black & White Colourblocked Tracksuit",
        category="Tracksuits",
        color="Black",
    ),
    # Photo: front; red football shorts with a white swoosh, white tee, white socks and shoes; a football at the
    # model's feet. All texts: VQA adapter via enrich.
    case(
        "X1487-044",
        caption("a man in a white shirt and red shorts with a soccer ball"),
        Q.wearing(
            "white shirt and red shorts and white socks and a soccer ball and white shoes and a soccer ball and white"
            " socks and a soccer ball and white",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type(
            "shorts Question: is this a shorts? Answer: yes Question: is this a shorts? Answer: yes Question: is"
            " this a",
            "leak",
            hit_limit=True,
        ),
        Q.color("red"),
        Q.pattern("solid"),
        Q.description("red shorts with a white nike logo"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Nike Men Red Dri-FIT Academy Football Shorts",
        category="Shorts",
        color="Red",
    ),
    # Photo: front, hands on hips; lime green sleeveless running tank with a dark green tonal print, black shorts.
    # All texts: VQA adapter via enrich.
    case(
        "X1487-045",
        caption(
            "a man in a green tank top and black shorts standing in front of a white wall with his hands on his hips"
            " and his hands on his hips and his hands on his hips and his hands on",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("tank top and shorts"),
        Q.garment_type("tank top"),
        Q.color("green"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        Q.description("a green tank top"),
        Q.details("the tank top has a print on the front"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Lime Green Printed Sleeveless Running T-shirt",
        category="Tshirts",
        color="Lime Green",
    ),
]
