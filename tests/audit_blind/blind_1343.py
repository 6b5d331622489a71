"""BLIND_1343 (45 products; Myntra men's sportswear, VQA adapter): written blind in the sixty-third session. Measured
blind at 97437fb (the session's sixth rules): 78/109 failures found (71.6%) and 18/207 correct texts flagged (8.7%).
The writer's notes, verbatim:

Scenario: a Myntra men's sportswear feed (tracksuits, football/basketball/cricket jerseys, running shorts, hoodies,
a few track pants and running tees), columns as Myntra exports them: title (productDisplayName), category (the
articleType: Tracksuits, Jerseys, Shorts, Sweatshirts, Track Pants, Tshirts), color (baseColour), gender (Men; a few
rows have it blank, one feed row has no baseColour). Photos are the usual catalog shots: a model on a white or light
grey backdrop wearing the product with other clothes, some flat lays, a couple of back views, props (a gym bag, a
football, a stool, earphones). No captions: the job runs the questionnaire only.
Who wrote what: every text is the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b) run by
enrich, greedy, 30 new tokens, cut at the first newline. Products 001-030 got enrich's default questionnaire (all
eight questions for tops; sleeve length skipped for bottoms, so seven). Products 031-045 come from a second, shorter
run after the first ran out of GPU time: wearing, garment type, color, sleeve length (tops only), description,
details. Closed answers (garment type, color, pattern, sleeve length) are enrich's candidate label when the raw
generation mapped to one, else the raw generation kept as it came: the adapter's In-shop class names
("sweatshirt/hoodie", "jacket/coat"), In-shop vendor colors ("Heather grey", "Taupe", "Charcoal heather") and the
occasional run-on loop. The adapter never learned to stop, so many open answers run on until the 30-token limit.
Labeling conventions and judgement calls:
- Judged by the photo described in the comment above each case, and by the title.
- A tracksuit is the set: a garment type of "jacket" or "jacket/coat" for a tracksuit is marked contradiction (it
  files the set as a jacket). A zip-up hoodie typed "jacket" is left correct (it is a zip jacket with a hood).
- Color: near names are correct (maroon/burgundy/red for maroon, teal/jade, yellow for fluorescent yellow-green,
  blue for navy in free text, "Charcoal heather" for charcoal). Navy answered "black" is wrong (contradiction). A
  color that belongs to the other clothes in the shot is other_garment_color; a tracksuit's own second color given as
  the whole product's color, or one color for jacket and pants that differ, is contradiction.
- Material: a fiber is correct only when the title names it or a fabric technology that implies it (Dri-FIT,
  Rapid-Dry, dryCELL, Climalite, "Sublimation" -> polyester; "Fleece", "Cotton"). Otherwise a fiber name is
  unsupported even where it is probably true: the photo cannot show the fiber. A construction the photo shows
  (perforated mesh) is correct.
- "Nothing" to "What is the person wearing?" on a flat lay is correct; inventing a man and jeans on a flat lay is
  unsupported. On a model shot, naming the product together with the other clothes is correct.
- A back detail claimed on a front-only shot, or a number on a blank back, is unsupported.
- A prop (ball, bag, stool) answered as the garment or its detail is contradiction.
- Bare "yes", "the back", or only the garment's name back for details/description is non_answer; "made of the
  garment" is restated.
- A run-on that repeats is loop; a run-on that keeps adding new words until the limit is cut, whether what it said
  before the cut is true or drifts into invented shoes, caps and gloves. hit_limit marks every text that reached 30
  tokens; a leak that runs into the next "Question:" is leak.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import case

BLIND_1343 = [
    # 001. Model, front: black zip track jacket (white Puma cat on the chest, white piping down the sleeves) zipped
    # up, matching black track pants with white piping, white sneakers. All texts: VQA adapter via enrich.
    case(
        "X1343-001",
        Q.wearing("a black jacket and black pants"),
        Q.garment_type("tracksuit"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a black track suit with white piping on the sleeves and the legs"),
        Q.details(
            "white piping on the sleeves, white piping on the legs, white piping on the sleeves, white piping on the "
            "legs, white piping on the",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester", "unsupported"),
        gender="Men",
        title="Puma Men Black Solid Tracksuit",
        category="Tracksuits",
        color="Black",
    ),
    # 002. Model, front: navy track jacket with three white stripes on the sleeves, worn open over a plain white
    # t-shirt; navy track pants with three white stripes down the legs. VQA adapter via enrich.
    case(
        "X1343-002",
        Q.wearing(
            "a white shirt and a blue jacket and blue pants with white stripes on the sleeves and white stripes "
            "on the legs and white sneakers and a black",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.description("a navy blue jacket with white stripes on the sleeves"),
        Q.details("three stripes"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Adidas Men Navy Blue MTS Basics Tracksuit",
        category="Tracksuits",
        color="Navy Blue",
    ),
    # 003. Model, front: black running shorts with a small reflective swoosh on the left leg and a split hem, worn
    # with a grey Nike t-shirt. VQA adapter via enrich (no sleeve question for bottoms).
    case(
        "X1343-003",
        Q.wearing("a grey t-shirt and black shorts"),
        Q.garment_type("shorts"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.description(
            "black shorts with a white nike logo on the leg and black shorts with a white nike logo on the leg "
            "and black shorts with a",
            "loop",
            hit_limit=True,
        ),
        Q.details("they are shorts", "non_answer"),
        Q.material("polyester"),
        gender="Men",
        title="Nike Men Black Dri-FIT Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # 004. Model, front: royal blue football jersey, white geometric (triangles) sublimated print across the
    # shoulders, white v-neck trim; black shorts. VQA adapter via enrich.
    case(
        "X1343-004",
        Q.wearing(
            "a blue shirt and black shorts and a blue shirt and black shorts and a blue shirt and black shorts and a "
            "blue shirt and black",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        Q.color("blue"),
        Q.pattern("floral", "contradiction"),
        Q.sleeve_length("short"),
        Q.description("a blue and white soccer jersey"),
        Q.details(
            "v neck, short sleeves, v neck, short sleeves, v neck, short sleeves, v neck, short sleeves, v neck, "
            "short sleeves, v",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Nivia Men Blue Printed Encounter Football Jersey",
        category="Jerseys",
        color="Blue",
    ),
    # 005. Model, front: grey melange pullover hoodie, kangaroo pocket, white drawcords, black joggers. VQA adapter
    # via enrich; garment type and color unmapped, kept raw.
    case(
        "X1343-005",
        Q.wearing(
            "a grey hoodie and black pants and a grey hoodie and black pants and a grey hoodie and black pants "
            "and a grey hoodie and",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sweatshirt/hoodie"),
        Q.color("Heather grey"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("yes", "non_answer"),
        Q.details("a hood with drawstrings and a pocket in the front"),
        Q.material(
            "the garment is made of cotton and the garment is made of cotton and the garment is made of cotton and "
            "the garment is made of",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="HRX by Hrithik Roshan Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # 006. Model, front: navy running shorts (look near-black under the lights), small white Kalenji logo on the left
    # leg, elastic waist with a drawcord; white t-shirt. Back not shown. VQA adapter via enrich.
    case(
        "X1343-006",
        Q.wearing("a white t-shirt and blue shorts"),
        Q.garment_type("shorts"),
        Q.color("black", "contradiction"),
        Q.pattern("solid"),
        Q.description(
            "a pair of blue shorts with a white logo on the left leg and a drawstring on the waist and a white logo on "
            "the left leg and a",
            "loop",
            hit_limit=True,
        ),
        Q.details("a zip pocket on the back", "unsupported"),
        Q.material("polyester", "unsupported"),
        gender="Men",
        title="Kalenji By Decathlon Men Navy Blue Running Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # 007. Back view: model in the red home jersey (black and white trim on the collar and cuffs, blank back, no name
    # or number), black shorts. VQA adapter via enrich.
    case(
        "X1343-007",
        Q.wearing("a red shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a red soccer jersey with the number 7 on the back", "unsupported"),
        Q.details("the back of the shirt", "non_answer"),
        Q.material("polyester"),
        gender="Men",
        title="Adidas Men Red Manchester United Climalite Home Jersey",
        category="Jerseys",
        color="Red",
    ),
    # 008. Model, front: grey melange hooded track jacket with black side panels, zipped; black track pants with a
    # grey stripe down the leg. VQA adapter via enrich.
    case(
        "X1343-008",
        Q.wearing(
            "a grey jacket and black pants Question: What is the color of the jacket? Answer: grey Question: What "
            "is the color of",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("tracksuit"),
        Q.color("grey"),
        Q.pattern("color block"),
        Q.sleeve_length("long"),
        Q.description("a grey hooded jacket and grey pants", "contradiction"),
        Q.details("a hood and a zipper"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Proline Active Men Grey Melange & Black Tracksuit",
        category="Tracksuits",
        color="Grey Melange",
    ),
    # 009. Flat lay: black running shorts with neon green trim on the split hem, small HRX logo. No person. VQA
    # adapter via enrich.
    case(
        "X1343-009",
        Q.wearing("a pair of black shorts"),
        Q.garment_type("shorts"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.description(
            "a pair of black running shorts with green trim on the sides and a small white logo on the left leg "
            "and an elastic waistband with a drawstring",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "black shorts with green trim black shorts with green trim black shorts with green trim black shorts with "
            "green trim black shorts",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Rapid-Dry Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # 010. Model, front: black pullover hoodie with a large white PUMA wordmark printed across the chest, grey track
    # pants, hands in the pocket. VQA adapter via enrich.
    case(
        "X1343-010",
        Q.wearing("a black hoodie and grey pants"),
        Q.garment_type("hoodie"),
        Q.color("black"),
        Q.pattern("graphic"),
        Q.sleeve_length("long"),
        Q.description(
            "a black hoodie with the word puma on it and the word puma on the front and the word puma on the front "
            "and the word puma on",
            "loop",
            hit_limit=True,
        ),
        Q.details("the word puma on the front"),
        Q.material("the garment is made of the garment", "restated"),
        gender="Men",
        title="Puma Men Black Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # 011. Model, front: white crew-neck training tee, small black HRX logo on the left chest; black shorts. VQA
    # adapter via enrich.
    case(
        "X1343-011",
        Q.wearing("a white shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a white t-shirt with a black logo on the chest"),
        Q.details(
            "a black logo on the left chest and a round neck and short sleeves and a black logo on the left chest "
            "and a round neck and",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="HRX by Hrithik Roshan Men White Rapid-Dry Round Neck Training T-shirt",
        category="Tshirts",
        color="White",
    ),
    # 012. Model, front, holding a black gym bag: navy track jacket with a red chest panel edged by a thin white
    # stripe, navy track pants. Gender column blank in the feed. VQA adapter via enrich; garment type unmapped, raw.
    case(
        "X1343-012",
        Q.wearing(
            "a blue jacket and blue pants and a black bag and a blue jacket and blue pants and a black bag and a "
            "blue jacket and",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("bag", "contradiction"),
        Q.color("navy blue"),
        Q.pattern("color block"),
        Q.sleeve_length("long"),
        Q.description("a man in a blue and red jacket holding a bag"),
        Q.details("red and white stripes on the chest"),
        Q.material("polyester", "unsupported"),
        title="Fila Men Navy Blue & Red Colourblocked Tracksuit",
        category="Tracksuits",
        color="Navy Blue",
    ),
    # 013. Model, side view mid-stride: grey running shorts (7-inch, side vents), plain black t-shirt. VQA adapter via
    # enrich.
    case(
        "X1343-013",
        Q.wearing("she is wearing a black shirt and grey shorts", "pronoun"),
        Q.garment_type("shorts"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.description("grey shorts"),
        Q.details(
            "the shorts have a pocket on the side and a pocket on the side and a pocket on the side and a pocket on "
            "the side and a",
            "loop",
            hit_limit=True,
        ),
        Q.material("nylon", "unsupported"),
        gender="Men",
        title="Nike Men Grey Solid AS M NK FLX STRIDE 7IN Running Shorts",
        category="Shorts",
        color="Grey",
    ),
    # 014. Model, front: yellow football jersey with blue side panels and a tonal chevron print on the front, blue
    # shorts. VQA adapter via enrich.
    case(
        "X1343-014",
        Q.wearing("a yellow shirt and blue shorts"),
        Q.garment_type("t-shirt"),
        Q.color("yellow"),
        Q.pattern("printed"),
        Q.sleeve_length("short"),
        Q.description(
            "a yellow and blue soccer uniform a yellow and blue soccer uniform a yellow and blue soccer uniform a "
            "yellow and blue soccer uniform",
            "loop",
            hit_limit=True,
        ),
        Q.details("the color of the shirt", "non_answer"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Puma Men Yellow Printed Round Neck Football Jersey",
        category="Jerseys",
        color="Yellow",
    ),
    # 015. Model, front: olive green zip-up hoodie worn open over a white t-shirt, blue jeans. VQA adapter via enrich;
    # color unmapped, raw.
    case(
        "X1343-015",
        Q.wearing("a green jacket and blue jeans"),
        Q.garment_type("jacket"),
        Q.color("Taupe", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("an olive green hoodie with a zipper"),
        Q.details(
            "a zipper, a hood, two pockets, a zipper, a hood, two pockets, a zipper, a hood, two pockets, a zipper, a "
            "hood",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Jockey Men Olive Green Solid Cotton Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
    ),
    # 016. Model, full length: black track pants with three white stripes down the sides, cuffed ankles; white t-shirt.
    # VQA adapter via enrich.
    case(
        "X1343-016",
        Q.wearing(
            "a white shirt and black pants with white stripes down the side and white sneakers with black soles "
            "and a silver watch on his left wrist",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        Q.color("black"),
        Q.pattern("striped"),
        Q.description("black pants with white stripes on the side"),
        Q.details("three white stripes down the side"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Adidas Men Black Essentials 3-Stripes Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # 017. Model, front: black track jacket zipped up, white logo tape (repeating Kappa logo) down the sleeves; black
    # track pants with the same tape down the legs. VQA adapter via enrich; garment type unmapped, raw.
    case(
        "X1343-017",
        Q.wearing("a black jacket and black pants with white stripes"),
        Q.garment_type("jacket/coat", "contradiction"),
        Q.color("black"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.description(
            "a black jacket with white stripes Question: What is the color of the jacket? Answer: black Question: "
            "What is the",
            "leak",
            hit_limit=True,
        ),
        Q.details("white stripes with the kappa logo on the sleeves"),
        Q.material("polyester", "unsupported"),
        gender="Men",
        title="Kappa Men Black & White Solid Tracksuit",
        category="Tracksuits",
        color="Black",
    ),
    # 018. Model, front: black running shorts with an orange printed panel on the side and a split hem; orange
    # t-shirt. VQA adapter via enrich.
    case(
        "X1343-018",
        Q.wearing("an orange shirt and black shorts"),
        Q.garment_type("shorts"),
        Q.color("orange", "other_garment_color"),
        Q.pattern("printed"),
        Q.description(
            "black shorts with an orange print on the side and an orange shirt and black shoes and white socks and a "
            "black watch on the left wrist and a",
            "cut",
            hit_limit=True,
        ),
        Q.details("split hem on the side"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="ASICS Men Black Printed Silver Split Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # 019. Model, front: navy pullover hoodie, small white swoosh on the chest, kangaroo pocket, white drawcords,
    # ribbed cuffs and hem; grey joggers. VQA adapter via enrich.
    case(
        "X1343-019",
        Q.wearing(
            "a blue hoodie and grey pants and white shoes and a blue hoodie and grey pants and white shoes and a "
            "blue hoodie and grey",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("hoodie"),
        Q.color("navy blue"),
        Q.pattern(
            "solid color with a white logo on the chest and a white logo on the chest and a white logo on the "
            "chest and a white logo",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        Q.description("a navy blue hooded sweatshirt with a white nike logo on the chest"),
        Q.details(
            "white drawstrings and a kangaroo pocket and a white nike logo on the chest and a ribbed cuff and a ribbed "
            "hem and a hood with",
            "cut",
            hit_limit=True,
        ),
        Q.material("fleece"),
        gender="Men",
        title="Nike Men Navy Blue Club Fleece Pullover Hoodie",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # 020. Model, front: FC Barcelona home jersey, vertical blue and garnet (maroon) stripes of equal width, black
    # shorts. VQA adapter via enrich.
    case(
        "X1343-020",
        Q.wearing("a striped shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("red", "contradiction"),
        Q.pattern("striped"),
        Q.sleeve_length("short"),
        Q.description(
            "a blue and red striped soccer jersey with the barcelona logo on the left chest and the nike logo on "
            "the right chest and a yellow",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "blue and red stripes, blue and red stripes, blue and red stripes, blue and red stripes, blue and red "
            "stripes, blue and",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Nike Men Blue & Maroon Striped FC Barcelona Dri-FIT Stadium Home Jersey",
        category="Jerseys",
        color="Blue",
    ),
    # 021. Model, full length: navy track pants with white piping down the legs, elastic waist with a white drawcord
    # showing; white t-shirt untucked. VQA adapter via enrich.
    case(
        "X1343-021",
        Q.wearing("a white t-shirt and blue pants"),
        Q.garment_type("track pants"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("a woman in a white t-shirt and blue pants", "pronoun"),
        Q.details(
            "elastic waistband with a drawstring and white piping down the side of the leg and two side pockets "
            "and a back pocket with a button and",
            "cut",
            hit_limit=True,
        ),
        Q.material("the garment is made of cotton", "unsupported"),
        gender="Men",
        title="Proline Active Men Navy Blue Solid Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # 022. Model, front: track jacket with black body and grey shoulder yoke, half unzipped over a black t-shirt; black
    # track pants. VQA adapter via enrich.
    case(
        "X1343-022",
        Q.wearing(
            "a black and grey jacket and black pants and a black t-shirt and a black and grey jacket and black "
            "pants and a black t",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("tracksuit"),
        Q.color("black"),
        Q.pattern("color block"),
        Q.sleeve_length("long"),
        Q.description(
            "black and grey black and grey black and grey black and grey black and grey black and grey black and grey "
            "black and grey black and",
            "loop",
            hit_limit=True,
        ),
        Q.details("a zipper"),
        Q.material("polyester", "unsupported"),
        gender="Men",
        title="Nike Men Black & Grey Colourblocked Tracksuit",
        category="Tracksuits",
        color="Black",
    ),
    # 023. Model, front: fluorescent yellow-green running tee (reads neon yellow), plain front; black shorts. Back not
    # shown. VQA adapter via enrich.
    case(
        "X1343-023",
        Q.wearing("a yellow shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("yellow"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a neon yellow t-shirt"),
        Q.details("reflective strip on the back", "unsupported"),
        Q.material("polyester", "unsupported"),
        gender="Men",
        title="Kalenji by Decathlon Men Fluorescent Green Running T-shirt",
        category="Tshirts",
        color="Fluorescent Green",
    ),
    # 024. Flat lay: maroon pullover hoodie, small white logo on the chest. No person. VQA adapter via enrich; garment
    # type and color unmapped, raw.
    case(
        "X1343-024",
        Q.wearing("a man wearing a red hoodie and jeans", "unsupported"),
        Q.garment_type("sweatshirt/hoodie"),
        Q.color("Burgundy"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a maroon hoodie with a white logo on the chest, a maroon hoodie with a white logo on the chest, a "
            "maroon hoodie with",
            "loop",
            hit_limit=True,
        ),
        Q.details("hood"),
        Q.material(
            "cotton and polyester and cotton and polyester and cotton and polyester and cotton and polyester and "
            "cotton and polyester and cotton and",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Wildcraft Men Maroon Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
    ),
    # 025. Model, front: black 2-in-1 running shorts with a grey compression liner showing below the hem; grey
    # t-shirt. VQA adapter via enrich.
    case(
        "X1343-025",
        Q.wearing("a grey shirt and black shorts"),
        Q.garment_type("leggings", "contradiction"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("black shorts with grey leggings underneath"),
        Q.details("built in tights"),
        Q.material("spandex", "unsupported"),
        gender="Men",
        title="Under Armour Men Black Launch SW 2-in-1 Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # 026. Model, front: red sleeveless basketball jersey, black side panels, black "23" on the front, perforated mesh
    # fabric visible; black basketball shorts. VQA adapter via enrich.
    case(
        "X1343-026",
        Q.wearing(
            "a red tank top and black shorts with the number 23 on the front and red socks and white basketball "
            "shoes and a black headband on his",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("tank top"),
        Q.color("red"),
        Q.pattern("color block"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("a red basketball jersey with the number 23"),
        Q.details("number 23"),
        Q.material("mesh"),
        gender="Men",
        title="Nivia Men Red & Black Printed Basketball Jersey",
        category="Jerseys",
        color="Red",
    ),
    # 027. Model seated on a white stool: royal blue track jacket and pants, grey zip, grey panel under the arms. VQA
    # adapter via enrich.
    case(
        "X1343-027",
        Q.wearing(
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("tracksuit"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a blue track suit"),
        Q.details("a chair", "contradiction"),
        Q.material("polyester", "unsupported"),
        gender="Men",
        title="Masch Sports Men Blue Solid Tracksuit",
        category="Tracksuits",
        color="Blue",
    ),
    # 028. Model, front: blue running shorts with a small reflective logo, white t-shirt. VQA adapter via enrich.
    case(
        "X1343-028",
        Q.wearing("white shirt and blue shorts"),
        Q.garment_type("shorts"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.description("blue shorts"),
        Q.details(
            "Question: What is the color of the shorts? Answer: blue Question: What is the color of the shorts? "
            "Answer: blue Question:",
            "leak",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Adidas Men Blue Solid Own The Run Shorts",
        category="Shorts",
        color="Blue",
    ),
    # 029. Model, front: black full-zip hoodie zipped up, three white stripes on the sleeves; black track pants. VQA
    # adapter via enrich.
    case(
        "X1343-029",
        Q.wearing(
            "a black jacket and black pants Question: What is the color of the pants? Answer: black Question: Is "
            "this a jacket? Answer",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.description("black hoodie with white stripes on the sleeves"),
        Q.details(
            "white stripes on the sleeves and a zipper and a hood and white stripes on the sleeves and a zipper and a "
            "hood and white",
            "loop",
            hit_limit=True,
        ),
        Q.material("fleece", "unsupported"),
        gender="Men",
        title="Adidas Men Black ESS 3S Full-Zip Hoodie",
        category="Sweatshirts",
        color="Black",
    ),
    # 030. Model, front: teal crew-neck jersey with a white abstract brushstroke print, white shorts. VQA adapter via
    # enrich; garment type mapped, color unmapped, raw.
    case(
        "X1343-030",
        Q.wearing("a green shirt and white shorts"),
        Q.garment_type("polo shirt", "contradiction"),
        Q.color("Jade"),
        Q.pattern("printed"),
        Q.sleeve_length("short"),
        Q.description("a green and white shirt"),
        Q.details(
            "the shirt is green and white and the shorts are white and the shirt is green and white and the shorts "
            "are white and the",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Men",
        title="Sports52 wear Men Teal Blue Printed Sublimation Jersey",
        category="Jerseys",
        color="Teal",
    ),
    # --- second run, shorter questionnaire (no pattern, no material) ---
    # 031. Model, front: maroon track jacket zipped up, small white Reebok logo on the chest, maroon track pants. VQA
    # adapter via enrich.
    case(
        "X1343-031",
        Q.wearing(
            "a red jacket and red pants and a red jacket and red pants and a red jacket and red pants and a red "
            "jacket and red pants",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("tracksuit"),
        Q.color("maroon"),
        Q.sleeve_length("long"),
        Q.description(
            "a man in a maroon track suit with a white logo on the chest and white shoes standing in front of a "
            "white wall with his hands",
            "cut",
            hit_limit=True,
        ),
        Q.details("a white logo on the chest"),
        gender="Men",
        title="Reebok Men Maroon Solid Tracksuit",
        category="Tracksuits",
        color="Maroon",
    ),
    # 032. Model, front: black running shorts, black t-shirt (all-black outfit). VQA adapter via enrich.
    case(
        "X1343-032",
        Q.wearing(
            "a black shirt and black shorts and black shoes and black socks and a black watch and black headphones "
            "and a black cap and black",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        Q.color("black"),
        Q.description("black shorts"),
        Q.details(
            "the shorts are black and the shorts are black and the shorts are black and the shorts are black and the "
            "shorts are black",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Jockey Men Black Solid Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # 033. Model, front, a football under his arm: orange jersey with black sleeves and a black collar; black shorts.
    # VQA adapter via enrich.
    case(
        "X1343-033",
        Q.wearing("a soccer ball", "contradiction"),
        Q.garment_type("t-shirt"),
        Q.color("orange"),
        Q.sleeve_length("short"),
        Q.description("an orange and black soccer jersey"),
        Q.details("black collar and black sleeves"),
        gender="Men",
        title="Nivia Men Orange & Black Printed Football Jersey",
        category="Jerseys",
        color="Orange",
    ),
    # 034. Model, front: charcoal grey pullover hoodie, hood down, kangaroo pocket; black joggers. VQA adapter via
    # enrich; color and sleeve length unmapped, raw.
    case(
        "X1343-034",
        Q.wearing("a grey hoodie and black pants"),
        Q.garment_type("hoodie"),
        Q.color("Charcoal heather"),
        Q.sleeve_length(
            "long long long long long long long long long long long long long long long long long long long long long "
            "long long long long long long long long long",
            "loop",
            hit_limit=True,
        ),
        Q.description("a woman wearing a grey hoodie", "pronoun"),
        Q.details("a hood"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Charcoal Grey Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
    ),
    # 035. Model, full length: black slim track pants with a white swoosh on the thigh, zips at the ankles; white
    # t-shirt. VQA adapter via enrich.
    case(
        "X1343-035",
        Q.wearing(
            "white shirt and black pants and white shoes white shirt and black pants and white shoes white shirt "
            "and black pants and white shoes",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        Q.color("black"),
        Q.description(
            "black pants with a white nike logo Question: What is the color of the pants? Answer: black Question: "
            "What is the color",
            "leak",
            hit_limit=True,
        ),
        Q.details("zippers on the ankles"),
        gender="Men",
        title="Nike Men Black Solid Dri-FIT Academy Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # 036. Flat lay: navy track jacket with a grey shoulder panel laid above the matching navy track pants. No person.
    # Gender blank in the feed. VQA adapter via enrich; garment type unmapped, raw.
    case(
        "X1343-036",
        Q.wearing("nothing"),
        Q.garment_type("jacket/coat", "contradiction"),
        Q.color("navy blue"),
        Q.sleeve_length("long"),
        Q.description("a navy blue jacket and a pair of navy blue pants"),
        Q.details(
            "a grey stripe on the shoulders and a grey stripe on the shoulders and a grey stripe on the shoulders "
            "and a grey stripe on",
            "loop",
            hit_limit=True,
        ),
        title="Proline Active Men Navy Blue & Grey Tracksuit",
        category="Tracksuits",
        color="Navy Blue",
    ),
    # 037. Model, front: white Real Madrid home jersey, black three stripes on the shoulders, club crest, Adidas logo
    # and "Fly Emirates" sponsor print; white shorts. VQA adapter via enrich.
    case(
        "X1343-037",
        Q.wearing("a white shirt and white shorts"),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.sleeve_length("short"),
        Q.description(
            "a white soccer jersey with the real madrid logo and the adidas logo and the fly emirates logo on the "
            "front and three black",
            "cut",
            hit_limit=True,
        ),
        Q.details("fly emirates"),
        gender="Men",
        title="Adidas Men White Real Madrid Home Jersey",
        category="Jerseys",
        color="White",
    ),
    # 038. Model, front, earphones in: red running shorts with a black waistband, black tank top. VQA adapter via
    # enrich.
    case(
        "X1343-038",
        Q.wearing(
            "a black tank top and red shorts and a pair of headphones and a pair of headphones and a pair of "
            "headphones and a pair of",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        Q.color("red"),
        Q.description("red shorts with a black waistband"),
        Q.details("yes", "non_answer"),
        gender="Men",
        title="Reebok Men Red Solid Running Shorts",
        category="Shorts",
        color="Red",
    ),
    # 039. Model, front: pullover hoodie, royal blue body with a wide white band across the chest, black track pants.
    # VQA adapter via enrich.
    case(
        "X1343-039",
        Q.wearing("a blue and white hoodie and black pants"),
        Q.garment_type("sweatshirt"),
        Q.color("white", "contradiction"),
        Q.sleeve_length("long"),
        Q.description("a blue and white hooded sweatshirt"),
        Q.details(
            "a white stripe across the chest and a hood and a pocket and a white stripe across the chest and a hood "
            "and a pocket and a",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Puma Men Blue Colourblocked Hooded Sweatshirt",
        category="Sweatshirts",
        color="Blue",
    ),
    # 040. Model, full length: olive green joggers with ribbed ankle cuffs, black t-shirt. No baseColour in this feed
    # row. VQA adapter via enrich.
    case(
        "X1343-040",
        Q.wearing("a black shirt and green pants"),
        Q.garment_type("track pants"),
        Q.color("black", "other_garment_color"),
        Q.description("green jogger pants with a black shirt"),
        Q.details("elastic cuffs at the ankles"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Olive Green Rapid-Dry Joggers",
        category="Track Pants",
    ),
    # 041. Model, front: white polo-collar cricket jersey, navy tipping on the collar, white trousers. VQA adapter via
    # enrich.
    case(
        "X1343-041",
        Q.wearing(
            "a white shirt and white pants and white shoes with blue stripes and a white cap and a white belt and "
            "a pair of white gloves in",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("polo shirt"),
        Q.color("white"),
        Q.sleeve_length("short"),
        Q.description(
            "a white polo shirt with a blue collar and a white polo shirt with a blue collar and a white polo "
            "shirt with a blue",
            "loop",
            hit_limit=True,
        ),
        Q.details("blue collar"),
        gender="Men",
        title="Shiv Naresh Men White Solid Polo Collar Cricket Jersey",
        category="Jerseys",
        color="White",
    ),
    # 042. Model, front: tracksuit, red jacket body with black sleeves, black pants with red piping. VQA adapter via
    # enrich.
    case(
        "X1343-042",
        Q.wearing("a red jacket and black pants"),
        Q.garment_type("tracksuit"),
        Q.color("black", "contradiction"),
        Q.sleeve_length("long"),
        Q.description("she is wearing a red jacket and black pants", "pronoun"),
        Q.details(
            "red and black red and black red and black red and black red and black red and black red and black red "
            "and black",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Lotto Men Red & Black Self Design Tracksuit",
        category="Tracksuits",
        color="Red",
    ),
    # 043. Back view: model in a white t-shirt and blue running shorts with a zip pocket at the back waistband. VQA
    # adapter via enrich.
    case(
        "X1343-043",
        Q.wearing("white shirt and blue shorts"),
        Q.garment_type("shorts"),
        Q.color("blue"),
        Q.description("a pair of blue shorts with a zipper pocket on the back"),
        Q.details("the back", "non_answer"),
        gender="Men",
        title="Nike Men Blue Solid Challenger Running Shorts",
        category="Shorts",
        color="Blue",
    ),
    # 044. Model, front: white pullover hoodie with a large black logo print on the chest; black track pants with three
    # white stripes. The hoodie itself has no stripes. VQA adapter via enrich.
    case(
        "X1343-044",
        Q.wearing(
            "a white hoodie and black pants with white stripes and a white hoodie and black pants with white "
            "stripes and a white hoodie and",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("hoodie"),
        Q.color("white"),
        Q.sleeve_length("long"),
        Q.description(
            "white hoodie with a black logo Question: What is the color of the hoodie? Answer: white Question: What is "
            "the color of the",
            "leak",
            hit_limit=True,
        ),
        Q.details("three white stripes on the sides", "contradiction"),
        gender="Men",
        title="Adidas Men White Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="White",
    ),
    # 045. Model, front: black running tee with a small reflective cat logo on the chest, black shorts. VQA adapter via
    # enrich.
    case(
        "X1343-045",
        Q.wearing("a black shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.sleeve_length("short"),
        Q.description("black t-shirt"),
        Q.details("it is a t-shirt", "non_answer"),
        gender="Men",
        title="Puma Men Black dryCELL Running T-shirt",
        category="Tshirts",
        color="Black",
    ),
]
