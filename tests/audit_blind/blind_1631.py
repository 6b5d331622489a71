"""BLIND_1631 (45 products; Myntra men's sportswear, VQA adapter, default questionnaire): written blind in the sixty-
seventh session. Measured blind at 0f3a531 (the session's first rules): 106/112 failures found (94.6%) and 7/231
correct texts flagged (3.0%). The writer's notes, verbatim:

Scenario: a Myntra men's sportswear feed (tracksuits, football and basketball jerseys, running shorts, track pants,
hoodies and sweatshirts, running tees, a few jackets and tights). The columns are the feed's own: title, category
(Myntra's article type: Tshirts, Jerseys, Shorts, Track Pants, Tracksuits, Sweatshirts, Jackets, Tights), color
(Myntra's base colour: Navy Blue, Grey Melange, Fluorescent Green...) and gender; a few rows lack one of them. Photos
are the usual catalog shots: a model on a plain backdrop wearing the product with other clothes, some flat lays, some
back views, and props (a football, a dumbbell, a water bottle, a gym bag, a basketball, a stool).
Who wrote what: every text comes from enrich running the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on
blip2-opt-2.7b), greedy, 30 new tokens, with the default questionnaire. There are no captions: this job did not
caption. Closed answers (garment type, color, pattern, sleeve length) are the candidate label when the generated text
mapped onto one, and the raw generated text when it did not ("tee", "teal", "camouflage", "yes", "black" for a
pattern). Because the adapter never learned to stop, most generations run on; for closed questions the mapping
usually rescues them ("black black black ..." maps to black), so closed answers are mostly clean. Open answers
(wearing, description, details, material) are the raw generation: about a third of them run to the 30-token limit,
as loops, cut mid-sentence or as the prompt format repeated; the rest stopped early, most of them reading fine. The
adapter also brings its training habits: In-shop class words ("tee", "sweatshirt", "pants"), yes/no answers to
questions that are not yes/no, and the `Question: ... Answer:` format continued into the answer. Sleeve length was
asked only for tops and sets, so bottoms have no sleeve answer; a few other answers are missing from the export.
Labeling conventions and judgement calls: judged against the imagined photo and the title. In-shop class words are
right when they name the garment's family: "tee" for a football jersey, "sweatshirt" for a hoodie, "pants" for track
pants, "tank" for a sleeveless jersey. "jacket" or "sweatshirt" for a tracksuit (the top of the set) is left
unmarked. Shades are right when they are the plain name of the base colour (grey for Charcoal or Grey Melange, blue
for Navy Blue or Turquoise Blue, green for Olive, red for Maroon, blue for Teal); yellow for Fluorescent Green is
wrong. "striped" for a garment whose only stripes are side tapes or sleeve stripes (Adidas, Kappa) is left unmarked:
the stripes are there. A color that belongs to the other clothes in the photo is other_garment_color; a wrong color,
garment, pattern or sleeve that belongs to nothing in the photo (or an accessory given as the garment) is
contradiction. A loop that runs to the limit is loop, not cut; a cut text is one that ends mid-phrase at the limit
without repeating itself. A text that continues with "Question: ... Answer:" is leak even when its first part is
right. "yes"/"no", an empty string, a color or garment word given for the pattern or the material, or an answer about
the prop instead of the garment is non_answer; a text that only gives back the question's words is restated. Invented
parts (a zipper on a pullover, a chest logo on a back view, a person and trousers on a flat lay, a bag nobody
carries) and "cotton" for a garment the title calls Dri-FIT, Climalite, Speedwick or Rapid-Dry are unsupported;
"cotton" where the title says nothing of the fabric is left unmarked (the photo cannot settle it). "she" for the
men's models is pronoun. One label per text, the most visible failure.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS, case

Q = DEFAULT_QUESTIONS
W, T, C, P, S = Q.wearing, Q.garment_type, Q.color, Q.pattern, Q.sleeve_length
D, DT, M = Q.description, Q.details, Q.material

BLIND_1631 = [
    # Photo: model cropped at the chest, black running shorts with a small white swoosh on the left leg, heather grey
    # tee, white backdrop. All texts: VQA adapter; closed answers mapped.
    case(
        "X1631-001",
        W(
            "a grey t-shirt and black shorts and a grey t-shirt and black shorts and a grey t-shirt and black shorts"
            " and a",
            "loop",
            hit_limit=True,
        ),
        T("shorts"),
        C("black"),
        P("solid"),
        D("the shorts are black with a white logo on the left leg"),
        DT(
            "the shorts have an elastic waistband and a white logo on the left leg and a white logo on the left leg and"
            " a white logo on the left leg and a",
            "loop",
            hit_limit=True,
        ),
        M("polyester"),
        gender="Men",
        title="Nike Men Black Dri-FIT Challenger Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: model in a navy zip-up track jacket with three white stripes on the sleeves, matching navy track pants
    # with white side stripes, white sneakers, jacket zipped. VQA adapter; garment type mapped to "jacket".
    case(
        "X1631-002",
        W(
            "a navy blue track jacket with white stripes on the sleeves and a pair of navy blue track pants with white"
            " stripes on the side and a pair of white",
            "cut",
            hit_limit=True,
        ),
        T("jacket"),
        C("navy"),
        P("solid"),
        S("long"),
        D(
            "the jacket is navy blue with white stripes on the sleeves and a zipper in the front. the pants are navy"
            " blue with white stripes on the sides. the jacket",
            "cut",
            hit_limit=True,
        ),
        DT("white stripes on the sleeves"),
        M("polyester"),
        gender="Men",
        title="Adidas Men Navy Blue Essentials 3-Stripes Tracksuit",
        category="Tracksuits",
        color="Navy Blue",
    ),
    # Photo: model in the red Manchester United home jersey (white and black collar, club crest, sponsor print),
    # black shorts, front view. VQA adapter; garment type raw ("tee"), color mapped to the shorts' black.
    case(
        "X1631-003",
        W("a red jersey and black shorts"),
        T("tee"),
        C("black", "other_garment_color"),
        P("solid"),
        S("short"),
        D(
            "a red soccer jersey with a white collar and a logo on the chest and a logo on the chest and a logo"
            " on the chest and a logo on the",
            "loop",
            hit_limit=True,
        ),
        DT(
            "the logo of the team on the chest and the logo of the sponsor on the chest and the logo of the team on"
            " the chest and the logo of",
            "loop",
            hit_limit=True,
        ),
        M("cotton", "unsupported"),
        gender="Men",
        title="Adidas Men Red Manchester United Home Climalite Football Jersey",
        category="Jerseys",
        color="Red",
    ),
    # Photo: model in a grey melange pullover hoodie, kangaroo pocket, drawstrings, small black Puma cat on the chest,
    # black track pants. VQA adapter; closed answers mapped. No zipper anywhere.
    case(
        "X1631-004",
        W("a grey hoodie and black pants"),
        T("sweatshirt"),
        C("grey"),
        P("solid"),
        S("long"),
        D(
            "the hoodie is grey with a black puma logo on the left side of the chest and a kangaroo pocket in the front"
            " and ribbed cuffs and a ribbed",
            "cut",
            hit_limit=True,
        ),
        DT("the hoodie has a drawstring hood and a front pocket and a zipper", "unsupported"),
        M("cotton"),
        gender="Men",
        title="Puma Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: model in a neon green crew-neck running tee with a small reflective HRX print, black running shorts, grey
    # backdrop. VQA adapter; color mapped to "yellow" (the neon reads yellowish, it is green).
    case(
        "X1631-005",
        W("a green shirt and black shorts"),
        T("t-shirt"),
        C("yellow", "contradiction"),
        P("solid"),
        S("short"),
        D(
            "a neon green t-shirt with a round neck and short sleeves and a reflective logo on the chest and on"
            " the sleeves and the hem and the",
            "cut",
            hit_limit=True,
        ),
        DT(
            "neon neon neon neon neon neon neon neon neon neon neon neon neon neon neon neon neon neon neon neon neon"
            " neon neon neon neon neon neon neon neon neon",
            "loop",
            hit_limit=True,
        ),
        M(
            "polyester Question: What material is the garment made of? Answer: polyester Question: What material is"
            " the garment made of? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="HRX by Hrithik Roshan Men Fluorescent Green Rapid-Dry Running T-shirt",
        category="Tshirts",
        color="Fluorescent Green",
    ),
    # Photo: flat lay of black training shorts with a drawcord and a small white Reebok logo, on white; no person.
    # VQA adapter; pattern kept raw (a color); the details answer invents a man and a t-shirt.
    case(
        "X1631-006",
        W("a pair of black shorts"),
        T("shorts"),
        C("black"),
        P("black", "non_answer"),
        D("a pair of black shorts with a drawstring waist"),
        DT(
            "the man is wearing a pair of black shorts with a white logo on the left leg and a white t-shirt",
            "unsupported",
        ),
        M("no", "non_answer"),
        gender="Men",
        title="Reebok Men Black Speedwick Training Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: back view of a model in the FC Barcelona home jersey (blue and garnet vertical stripes, "MESSI 10" in
    # yellow on the back), dark navy shorts. VQA adapter; garment type raw.
    case(
        "X1631-007",
        W(
            "a blue and red striped soccer jersey with the name messi and the number 10 on the back in yellow and a"
            " pair of blue shorts and a pair of",
            "cut",
            hit_limit=True,
        ),
        T("tee"),
        C("blue"),
        P("striped"),
        S("short"),
        D("the jersey is blue and red with the number 10 on the back"),
        DT(
            "messi 10 messi 10 messi 10 messi 10 messi 10 messi 10 messi 10 messi 10 messi 10 messi 10 messi 10 messi"
            " 10 messi 10 messi 10 messi",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Nike Men Blue FC Barcelona Stadium Home Jersey",
        category="Jerseys",
        color="Blue",
    ),
    # Photo: model from the waist down in navy track pants with white piping down the side and cuffed ankles, white
    # sneakers, the hem of a white tee visible. VQA adapter; color mapped to the tee's white.
    case(
        "X1631-008",
        W("a white t-shirt and blue pants"),
        T("pants"),
        C("white", "other_garment_color"),
        P("solid"),
        D(
            "the pants are navy blue with a white stripe on the side and the pants are navy blue with a white stripe on"
            " the side and the pants are",
            "loop",
            hit_limit=True,
        ),
        DT(
            "the pants have an elastic waistband with a drawstring, two side pockets with zippers, elastic cuffs at the"
            " ankles and a white stripe along the side of the",
            "cut",
            hit_limit=True,
        ),
        M("cotton"),
        gender="Men",
        title="Proline Men Navy Blue Solid Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Photo: model in a tight black long-sleeve compression top with a white UA logo on the chest, grey training
    # shorts. VQA adapter; sleeve length mapped to "short" against the photo.
    case(
        "X1631-009",
        W(
            "a black long sleeve shirt and grey shorts and black shoes and a black long sleeve shirt and grey"
            " shorts and black shoes and a black",
            "loop",
            hit_limit=True,
        ),
        T("t-shirt"),
        C("black"),
        P("solid"),
        S("short", "contradiction"),
        D(
            "a black long sleeve compression shirt with a white logo on the chest and a white logo on the chest and a"
            " white logo on the chest and a",
            "loop",
            hit_limit=True,
        ),
        DT("under armour logo on the chest"),
        M("spandex"),
        gender="Men",
        title="Under Armour Men Black HeatGear Long Sleeve Compression T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model in a royal blue track jacket with the Kappa logo tape down the sleeves, half zipped over a white
    # tee, black track pants. VQA adapter; the description says "she".
    case(
        "X1631-010",
        W(
            "a blue jacket and a white shirt and black pants and white shoes and a blue jacket and a white shirt and"
            " black pants and white shoes and a",
            "loop",
            hit_limit=True,
        ),
        T("jacket"),
        C("blue"),
        P("solid"),
        S("long"),
        D("she is wearing a blue jacket with a white t-shirt underneath", "pronoun"),
        DT("the jacket has a zipper and a collar"),
        M(
            "the jacket is made of polyester and the t-shirt is made of cotton and the pants are made of"
            " polyester and the jacket is made of",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Kappa Men Blue Solid Track Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Photo: model in an orange crew-neck running tee with a small ASICS logo, black shorts, holding a water bottle
    # (prop), front view. VQA adapter; garment type raw; description answers about the bottle.
    case(
        "X1631-011",
        W("an orange shirt and black shorts"),
        T("tee"),
        C("orange"),
        P("solid"),
        S("short"),
        D("the man is holding a water bottle", "non_answer"),
        DT("the shirt has a logo on the chest and a logo on the back", "unsupported"),
        M(
            "the shirt is made of polyester and the shorts are made of polyester and the shirt is made of polyester and"
            " the shorts are made of",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="ASICS Men Orange Solid Running T-shirt",
        category="Tshirts",
        color="Orange",
    ),
    # Photo: model in black running shorts with a small white Puma logo, white Puma tee with a black logo. VQA
    # adapter; the wearing answer gives the shorts the tee's white; details continue the prompt format.
    case(
        "X1631-012",
        W("a white t-shirt and white shorts", "other_garment_color"),
        T("shorts"),
        C("black"),
        P("solid"),
        D(
            "a pair of black shorts with a white logo on the left leg and a white t-shirt with a black logo on"
            " the chest and a pair of white",
            "cut",
            hit_limit=True,
        ),
        DT(
            "Question: What are the details of the garment? Answer: the shorts have a white logo on the left leg"
            " Question: What are the details",
            "leak",
            hit_limit=True,
        ),
        M("polyester"),
        gender="Men",
        title="Puma Men Black Solid Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: side view of a model in a charcoal full-zip hoodie, zipped, black joggers. VQA adapter; closed answers
    # mapped; material answered with a color.
    case(
        "X1631-013",
        W("a grey hoodie and black pants"),
        T("hoodie"),
        C("grey"),
        P("solid"),
        S("long"),
        D(
            "a grey hoodie with a zipper and a hood and a zipper and a hood and a zipper and a hood and a zipper"
            " and a hood and a",
            "loop",
            hit_limit=True,
        ),
        DT(
            "zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper"
            " zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper",
            "loop",
            hit_limit=True,
        ),
        M("grey", "non_answer"),
        gender="Men",
        title="Nike Men Charcoal Grey Therma Full-Zip Training Hoodie",
        category="Sweatshirts",
        color="Charcoal",
    ),
    # Photo: model in a white running tee with a black Adidas logo and reflective details, black shorts. VQA adapter;
    # the wearing answer gives both garments black.
    case(
        "X1631-014",
        W("a black shirt and black shorts", "other_garment_color"),
        T("t-shirt"),
        C("white"),
        P("solid"),
        S("short"),
        D("a white t-shirt with a black adidas logo"),
        DT(
            "the t-shirt has a round neck and short sleeves and a black logo on the chest and reflective details on the"
            " sleeves and the hem and the",
            "cut",
            hit_limit=True,
        ),
        M("cotton"),
        gender="Men",
        title="Adidas Men White Own The Run Running T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: model in olive joggers with a drawcord and cuffed hems, black tee, front view. VQA adapter; color mapped
    # to the tee's black; details invent a back pocket no photo shows.
    case(
        "X1631-015",
        W(
            "a black t-shirt and olive green joggers with a drawstring waist and cuffed ankles and a pair of"
            " white sneakers with black soles and a",
            "cut",
            hit_limit=True,
        ),
        T("pants"),
        C("black", "other_garment_color"),
        P("solid"),
        D("the pants are olive green with a drawstring waist and cuffed ankles"),
        DT(
            "the pants have a drawstring waist and cuffed ankles and two pockets on the side and a zipper pocket on"
            " the back",
            "unsupported",
        ),
        M("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Olive Green Solid Cotton Joggers",
        category="Track Pants",
        color="Olive",
    ),
    # Photo: model in a yellow football jersey with black shoulder panels, black shorts, a football under his arm
    # (prop). VQA adapter; garment type kept raw: the ball.
    case(
        "X1631-016",
        W(
            "a yellow and black jersey and black shorts and a soccer ball a yellow and black jersey and black shorts"
            " and a soccer ball a yellow and",
            "loop",
            hit_limit=True,
        ),
        T("soccer ball", "contradiction"),
        C("yellow"),
        P("colourblocked"),
        S("short"),
        D("a yellow and black soccer jersey with a soccer ball"),
        DT("the jersey has black sleeves"),
        M("yes", "non_answer"),
        gender="Men",
        title="Umbro Men Yellow & Black Colourblocked Football Jersey",
        category="Jerseys",
        color="Yellow",
    ),
    # Photo: model in a maroon crew-neck sweatshirt (no hood) with a small embroidered Fila logo, grey joggers. VQA
    # adapter; description and details give it a hood.
    case(
        "X1631-017",
        W("a red sweatshirt and grey pants"),
        T("sweatshirt"),
        C("maroon"),
        P("solid"),
        S("long"),
        D("a maroon hoodie with a white logo", "contradiction"),
        DT(
            "the hood has a drawstring and the hood has a drawstring and the hood has a drawstring and the hood has a"
            " drawstring and the hood",
            "loop",
            hit_limit=True,
        ),
        M("sweatshirt", "non_answer"),
        gender="Men",
        title="FILA Men Maroon Solid Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
    ),
    # Photo: model in a black track jacket with a red chest panel, open over a black tee, black track pants with a red
    # side stripe. VQA adapter; color mapped to the accent red.
    case(
        "X1631-018",
        W("a black and red track suit"),
        T("tracksuit"),
        C("red", "contradiction"),
        P("colourblocked"),
        S("long"),
        D("the jacket is black with a red stripe on the chest and the pants are black with a red stripe on the side"),
        DT(
            "the jacket is black with a red stripe on the chest and the pants are black with a red stripe on the side."
            " the jacket is black with",
            "loop",
            hit_limit=True,
        ),
        M("polyester"),
        gender="Men",
        title="Puma Men Black & Red Colourblocked Tracksuit",
        category="Tracksuits",
        color="Black",
    ),
    # Photo: model in navy running shorts with a lime green waistband and a lime swoosh, grey tank top. The feed's row
    # has no category. VQA adapter; material contradicts the title's Dri-FIT.
    case(
        "X1631-019",
        W(
            "a grey tank top and blue shorts with a green waistband and a green logo on the left leg and a pair of"
            " black running shoes with a green",
            "cut",
            hit_limit=True,
        ),
        T("shorts"),
        C("blue"),
        P("solid"),
        D("the shorts are blue with a green waistband"),
        DT(
            "the shorts are blue with a green waistband and a green logo on the left leg and a green logo on the left"
            " leg and a green logo",
            "loop",
            hit_limit=True,
        ),
        M("cotton", "unsupported"),
        gender="Men",
        title="Nike Men Navy Blue Dri-FIT Flex Stride Running Shorts",
        color="Navy Blue",
    ),
    # Photo: back view of a model in a black pullover hoodie, hood down, "HRX" printed in white across the back, grey
    # joggers. VQA adapter; the details answer describes a front no photo shows (and it is a pullover).
    case(
        "X1631-020",
        W(
            "a black hoodie with the word hrx on the back and grey pants and a black hoodie with the word hrx on the"
            " back and grey pants and",
            "loop",
            hit_limit=True,
        ),
        T("sweatshirt"),
        C("black"),
        P("graphic"),
        S("long"),
        D("a black hoodie with the word hrx on the back"),
        DT("the hoodie has a zipper in the front", "unsupported"),
        M("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: model in a teal training tee, black shorts, a dumbbell in each hand (prop). VQA adapter; garment type
    # kept raw "yes"; description is about the dumbbells.
    case(
        "X1631-021",
        W("a blue shirt and black shorts"),
        T("yes", "non_answer"),
        C("teal"),
        P("solid"),
        S("short"),
        D(
            "the man is holding a dumbbell in his right hand and a dumbbell in his left hand and a dumbbell in his"
            " right hand and a dumbbell in his",
            "loop",
            hit_limit=True,
        ),
        DT("short sleeves"),
        M("cotton", "unsupported"),
        gender="Men",
        title="Reebok Men Teal Speedwick Training T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # Photo: model in a white polo with a collar and a two-button placket, small black swoosh, navy shorts. VQA
    # adapter; every answer stopped early and reads right.
    case(
        "X1631-022",
        W("a white polo shirt and blue shorts"),
        T("t-shirt"),
        C("white"),
        P("solid"),
        S("short"),
        D("a white polo shirt with a collar"),
        DT("the shirt has a collar and buttons on the front"),
        gender="Men",
        title="Nike Men White Dri-FIT Solid Polo Collar T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: model in a red and white vertically striped football jersey with a v-neck, white shorts. VQA adapter;
    # pattern mapped to "solid" against the stripes.
    case(
        "X1631-023",
        W(
            "Question: What is the person wearing? Answer: a red and white striped shirt and white shorts"
            " Question: What is the person wearing? Answer:",
            "leak",
            hit_limit=True,
        ),
        T("tee"),
        C("red"),
        P("solid", "contradiction"),
        S("short"),
        D("a red and white striped jersey with a v-neck"),
        DT(
            "the jersey has red and white stripes and a v-neck and short sleeves and the jersey has red and white"
            " stripes and a v-neck and short",
            "loop",
            hit_limit=True,
        ),
        M("polyester"),
        gender="Men",
        title="Nivia Men Red & White Striped Football Jersey",
        category="Jerseys",
        color="Red",
    ),
    # Photo: flat lay of grey melange track pants with a drawcord, folded at the knee, on white. The row has no
    # gender. VQA adapter; description cut, details give the question back.
    case(
        "X1631-024",
        W("grey pants"),
        T("pants"),
        C("grey"),
        P("solid"),
        D(
            "a pair of grey sweatpants with a drawstring waist and elastic cuffs at the bottom of the legs and two"
            " pockets on the side and a pocket on the",
            "cut",
            hit_limit=True,
        ),
        DT("the details of the garment", "restated"),
        M("cotton"),
        title="Jockey Men Grey Melange Solid Straight Fit Track Pants",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Photo: model in a black hooded windcheater, zipped, white Adidas logo on the chest, black track pants, black
    # sneakers; no bag. VQA adapter; details cut at the limit.
    case(
        "X1631-025",
        W("a black jacket with a hood and black pants and black shoes and a black bag", "unsupported"),
        T("jacket"),
        C("black"),
        P("solid"),
        S("long"),
        D("the jacket is black with a hood and a white logo on the chest"),
        DT(
            "the jacket has a hood with a drawstring and a zipper in the front and two pockets on the side and the logo"
            " of adidas on the chest and the",
            "cut",
            hit_limit=True,
        ),
        M("nylon"),
        gender="Men",
        title="Adidas Men Black Solid Hooded Windcheater",
        category="Jackets",
        color="Black",
    ),
    # Photo: model in a black sleeveless training tank with deep armholes and a small white HRX logo, grey shorts.
    # VQA adapter; sleeve length mapped to "short"; details say "she".
    case(
        "X1631-026",
        W("a black tank top and grey shorts"),
        T("tank top"),
        C("black"),
        P("solid"),
        S("short", "contradiction"),
        D("a black tank top"),
        DT("she is wearing a black tank top with a white logo on the chest", "pronoun"),
        M(
            "the tank top is made of polyester and the shorts are made of polyester and the tank top is made of"
            " polyester and the shorts are",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Sleeveless Training T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model in blue running shorts with an all-over white geometric print, white tee. VQA adapter; pattern
    # mapped to "solid" against the print; material answered with the garment word.
    case(
        "X1631-027",
        W("a white shirt and blue shorts"),
        T("shorts"),
        C("blue"),
        P("solid", "contradiction"),
        D("the shorts are blue with a white print"),
        DT(
            "the shorts have a white print on the shorts and a white print on the shorts and a white print on the"
            " shorts and a white print on the",
            "loop",
            hit_limit=True,
        ),
        M("shorts", "non_answer"),
        gender="Men",
        title="Puma Men Blue Printed Running Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: model in an olive fleece hoodie with a white swoosh, black joggers, sitting on a wooden stool (prop). VQA
    # adapter; wearing continues the prompt format; details came back empty.
    case(
        "X1631-028",
        W(
            "a green hoodie Question: What is the person wearing? Answer: a green hoodie Question: What is the person"
            " wearing? Answer: a green",
            "leak",
            hit_limit=True,
        ),
        T("hoodie"),
        C("green"),
        P("solid"),
        S("long"),
        D("the hoodie is green with a white nike logo on the chest"),
        DT("", "non_answer"),
        M("fleece"),
        gender="Men",
        title="Nike Men Olive Green Sportswear Club Fleece Pullover Hoodie",
        category="Sweatshirts",
        color="Olive",
    ),
    # Photo: model in a grey track jacket with black sleeves, zipped, black track pants, white backdrop. VQA adapter;
    # material loops.
    case(
        "X1631-029",
        W("a grey and black jacket and black pants"),
        T("jacket"),
        C("grey"),
        P("colourblocked"),
        S("long"),
        D(
            "a grey and black track jacket with a zipper and black pants. the jacket has black sleeves and a grey body"
            " and a black collar and",
            "cut",
            hit_limit=True,
        ),
        DT("black sleeves"),
        M(
            "polyester and polyester and polyester and polyester and polyester and polyester and polyester and"
            " polyester and polyester and",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Sports52 wear Men Grey & Black Colourblocked Tracksuit",
        category="Tracksuits",
        color="Grey",
    ),
    # Photo: model in the yellow Brazil home jersey (green collar and cuffs, CBF crest), blue shorts. VQA adapter;
    # wearing cut, details loop.
    case(
        "X1631-030",
        W(
            "a yellow soccer jersey with a green collar and the logo of the brazilian football confederation on the"
            " left side of the chest and a pair of blue",
            "cut",
            hit_limit=True,
        ),
        T("tee"),
        C("yellow"),
        P("solid"),
        S("short"),
        D("a yellow soccer jersey with a green collar and the brazil logo on the chest"),
        DT(
            "green collar green collar green collar green collar green collar green collar green collar green collar"
            " green collar green collar green collar green collar green collar green collar green collar",
            "loop",
            hit_limit=True,
        ),
        M("polyester"),
        gender="Men",
        title="Nike Men Yellow CBF Brazil Stadium Home Jersey",
        category="Jerseys",
        color="Yellow",
    ),
    # Photo: model in black compression running tights with a reflective strip on the calf, grey running shorts over
    # them, white tee. VQA adapter; garment type and color describe the shorts, not the tights.
    case(
        "X1631-031",
        W("a white shirt and grey shorts"),
        T("shorts", "contradiction"),
        C("grey", "other_garment_color"),
        P("solid"),
        D(
            "black leggings with a white logo on the leg and a reflective strip on the calf and grey shorts and"
            " a white t-shirt and white shoes with",
            "cut",
            hit_limit=True,
        ),
        DT("the leggings have a reflective strip on the back of the calf"),
        M("spandex"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Rapid-Dry Running Tights",
        category="Tights",
        color="Black",
    ),
    # Photo: flat lay of a red crew-neck tee with a white Puma cat logo on the chest, on white; no person. VQA adapter;
    # details invent a man and black pants.
    case(
        "X1631-032",
        W("a red shirt"),
        T("t-shirt"),
        C("red"),
        P("solid"),
        S("short"),
        D(
            "a red t-shirt with a white puma logo on the chest and a red t-shirt with a white puma logo on the chest"
            " and a red t-shirt with",
            "loop",
            hit_limit=True,
        ),
        DT(
            "a man wearing a red t-shirt with a white logo on the chest and a pair of black pants",
            "unsupported",
        ),
        M("cotton"),
        gender="Men",
        title="Puma Men Red Solid Round Neck T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: side view of a model in navy Tiro track pants with three white stripes down the side and zipped ankles,
    # white tee. VQA adapter; closed answers mapped; description cut.
    case(
        "X1631-033",
        W("a white shirt and blue pants"),
        T("pants"),
        C("blue"),
        P("striped"),
        D(
            "the pants are navy blue with three white stripes on the side and zippered pockets and zippered ankles and"
            " an elastic waistband with a drawstring and the",
            "cut",
            hit_limit=True,
        ),
        DT("zippered pockets and zippered ankles"),
        M("polyester"),
        gender="Men",
        title="Adidas Men Navy Blue Tiro 19 Training Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Photo: model in a royal blue training jersey with a white swoosh, black shorts, black socks, plain backdrop. VQA
    # adapter; details continue the prompt format into the next question.
    case(
        "X1631-034",
        W("a blue jersey and black shorts"),
        T("tee"),
        C("blue"),
        P("solid"),
        S("short"),
        D("the jersey is blue with a white nike logo and the shorts are black"),
        DT(
            "Answer: the jersey is blue with a white nike logo Question: What is the pattern of the garment? Answer:"
            " solid Question: What is the",
            "leak",
            hit_limit=True,
        ),
        M(
            "polyester polyester polyester polyester polyester polyester polyester polyester polyester polyester"
            " polyester polyester polyester polyester polyester",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Nike Men Blue Dri-FIT Academy Football Jersey",
        category="Jerseys",
        color="Blue",
    ),
    # Photo: model in a grey melange hooded zip jacket with navy lining and navy track pants with a grey side panel.
    # VQA adapter; wearing says "she"; details give the pants a zipper they do not have.
    case(
        "X1631-035",
        W("she is wearing a grey hoodie and blue pants", "pronoun"),
        T("sweatshirt"),
        C("grey"),
        P("solid"),
        S("long"),
        D("a grey hoodie and navy blue pants"),
        DT("the hoodie has a zipper and the pants have a zipper", "unsupported"),
        M("cotton"),
        gender="Men",
        title="Proline Men Grey Melange & Navy Blue Hooded Tracksuit",
        category="Tracksuits",
        color="Grey Melange",
    ),
    # Photo: model in the white Real Madrid home jersey (black and gold trims, sponsor print), white shorts. VQA
    # adapter; description cut, details loop on the sponsor.
    case(
        "X1631-036",
        W("a white soccer jersey and white shorts"),
        T("tee"),
        C("white"),
        P("solid"),
        S("short"),
        D(
            "the jersey is white with a black and gold collar and the real madrid logo on the left side of the chest"
            " and the fly emirates logo on",
            "cut",
            hit_limit=True,
        ),
        DT(
            "fly emirates fly emirates fly emirates fly emirates fly emirates fly emirates fly emirates fly emirates"
            " fly emirates fly emirates",
            "loop",
            hit_limit=True,
        ),
        M("cotton", "unsupported"),
        gender="Men",
        title="Adidas Men White Real Madrid Home Climalite Jersey",
        category="Jerseys",
        color="White",
    ),
    # Photo: model in black slim track pants with a white Puma logo on the left thigh, black tee, white sneakers. The
    # row has no base colour. VQA adapter; material loops.
    case(
        "X1631-037",
        W("a black shirt and black pants"),
        T("pants"),
        C("black"),
        D(
            "a pair of black track pants with a white logo on the left leg and a black t-shirt and white"
            " sneakers and a pair of black track pants",
            "loop",
            hit_limit=True,
        ),
        DT("the logo is on the left leg"),
        M(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton"
            " cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Puma Men Black Solid Slim Fit Track Pants",
        category="Track Pants",
    ),
    # Photo: model in a royal blue pullover hoodie with a large white "HRX ACTIVE" print on the chest, black joggers.
    # VQA adapter; description loops on the print.
    case(
        "X1631-038",
        W(
            "a blue hoodie with the words hrx active on the front and black pants and a blue hoodie with the words hrx"
            " active on the front and",
            "loop",
            hit_limit=True,
        ),
        T("hoodie"),
        C("blue"),
        P("printed"),
        S("long"),
        D(
            "a blue hoodie with the words hrx active hrx active hrx active hrx active hrx active hrx active hrx active"
            " hrx active hrx active",
            "loop",
            hit_limit=True,
        ),
        DT("hrx active"),
        M("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Blue Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Blue",
    ),
    # Photo: model in olive and khaki camouflage training shorts with a black waistband, black tee. VQA adapter;
    # pattern kept raw ("camouflage"); wearing gives the shorts the tee's black.
    case(
        "X1631-039",
        W("a black shirt and black shorts", "other_garment_color"),
        T("shorts"),
        C("green"),
        P("camouflage"),
        D("a pair of camouflage shorts"),
        DT("the shorts have a camouflage print and a black waistband"),
        M("black", "non_answer"),
        gender="Men",
        title="Puma Men Olive Camouflage Print Training Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Photo: back view of a model in a red track jacket with three white stripes over the shoulders and down the
    # sleeves, black track pants. VQA adapter; color mapped to the stripes' white; details put a chest logo on a
    # back view.
    case(
        "X1631-040",
        W("a red jacket and black pants"),
        T("jacket"),
        C("white", "contradiction"),
        P("striped"),
        S("long"),
        D(
            "the jacket is red with white stripes on the sleeves and the shoulders and a red collar and a red hem and"
            " red cuffs and the pants are",
            "cut",
            hit_limit=True,
        ),
        DT("the jacket has a white logo on the chest", "unsupported"),
        M("polyester"),
        gender="Men",
        title="Adidas Men Red Solid Track Jacket",
        category="Jackets",
        color="Red",
    ),
    # Photo: model in navy sports shorts with a small red, white and navy Fila logo on the left leg, white tee with a
    # red Fila logo. VQA adapter; color mapped to the red of the logos.
    case(
        "X1631-041",
        W(
            "a white t-shirt with a red logo and blue shorts with a red logo and a white t-shirt with a red logo and"
            " blue shorts with a red",
            "loop",
            hit_limit=True,
        ),
        T("shorts"),
        C("red", "other_garment_color"),
        P("solid"),
        D("navy blue shorts with a red logo on the leg"),
        DT(
            "the shorts have an elastic waistband with a drawstring and two side pockets and a red logo on the"
            " left leg and the shorts have an elastic",
            "loop",
            hit_limit=True,
        ),
        M("polyester"),
        gender="Men",
        title="FILA Men Navy Blue Solid Sports Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Photo: model in a black fleece hoodie with a large white UA logo on the chest, a black gym bag on his shoulder
    # (prop), grey joggers. VQA adapter; garment type kept raw: the bag.
    case(
        "X1631-042",
        W("a black hoodie and grey pants and a black bag"),
        T("bag", "contradiction"),
        C("black"),
        P("solid"),
        S("long"),
        D(
            "a black hoodie with a white under armour logo on the chest and a black gym bag over the right"
            " shoulder and grey joggers and black",
            "cut",
            hit_limit=True,
        ),
        DT(
            "the hood has a drawstring and the bag has a strap and the hood has a drawstring and the bag has a strap"
            " and the hood has a",
            "loop",
            hit_limit=True,
        ),
        M("fleece"),
        gender="Men",
        title="Under Armour Men Black Rival Fleece Hoodie",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: side view of a model in a turquoise running tee mid-stride, black shorts. VQA adapter; details and
    # material both call the Dri-FIT tee cotton.
    case(
        "X1631-043",
        W(
            "a blue shirt and black shorts and black shoes and a blue shirt and black shorts and black shoes and"
            " a blue shirt and black shorts and",
            "loop",
            hit_limit=True,
        ),
        T("t-shirt"),
        C("blue"),
        P("solid"),
        S("short"),
        D("a blue t-shirt with a swoosh on the chest"),
        DT("the t-shirt is made of cotton", "unsupported"),
        M("cotton", "unsupported"),
        gender="Men",
        title="Nike Men Turquoise Blue Dri-FIT Miler Running T-shirt",
        category="Tshirts",
        color="Turquoise Blue",
    ),
    # Photo: model in black track pants with the Kappa logo tape (white and red) down the side, black hoodie, white
    # sneakers. VQA adapter; the wearing answer says "she"; details loop on the brand.
    case(
        "X1631-044",
        W("she is wearing a black hoodie and black pants", "pronoun"),
        T("pants"),
        C("black"),
        P("striped"),
        D("the pants are black with a white stripe on the side"),
        DT(
            "kappa kappa kappa kappa kappa kappa kappa kappa kappa kappa kappa kappa kappa kappa kappa kappa kappa"
            " kappa kappa kappa kappa kappa kappa kappa kappa kappa kappa kappa kappa kappa",
            "loop",
            hit_limit=True,
        ),
        M("no", "non_answer"),
        gender="Men",
        title="Kappa Men Black Solid Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: model in a black sleeveless basketball jersey with a white "23" on the front, black basketball shorts,
    # holding a basketball (prop). VQA adapter; garment type raw ("tank"); material answered with the ball.
    case(
        "X1631-045",
        W("a black basketball jersey and black shorts"),
        T("tank"),
        C("black"),
        P("solid"),
        S("sleeveless"),
        D("a black jersey with the number 23 on it"),
        DT("23"),
        M("basketball", "non_answer"),
        gender="Men",
        title="Adidas Men Black Solid Sleeveless Basketball Jersey",
        category="Jerseys",
        color="Black",
    ),
]
