"""BLIND_496 (46 products; men's t-shirts and polos worn with jeans, shorts or track pants): written blind in the forty-
ninth session. Measured blind at 710b8e0 (the session's rules as they stood): 112/133 failures found (84.2%) and
11/163 correct texts flagged (6.7%). The writer's notes, verbatim:

Scenario: a Myntra men's t-shirts and polos night: round neck, V-neck and henley t-shirts, polo shirts, graphic,
typography and brand-logo printed tees, striped, colourblocked, tie-dye and camouflage tees, and sports t-shirts.
Models wear them with jeans, shorts or track pants, mostly on plain studio backdrops, a few against brick or painted
walls or with a prop (a stool, a basketball, a dumbbell, a tennis racket, sunglasses hooked on the neckline), one shot
from the back. Each row has the seller's title (brand first, as Myntra writes it), category, color and gender; a few
rows miss the gender or the color. The questionnaire is enrich's default one plus the per-garment color questions
(t-shirt, jeans, shorts, track pants), "What is printed on the t-shirt?", the neckline and "Is this a ...?".

Who wrote what: open texts (caption, wearing, description, details, material, print, neckline) come from the untuned
base Salesforce/blip2-opt-2.7b unless a comment above the case names the caption adapter (epoch 3). The base model
writes short lowercase texts and stops on its own (never hit_limit). The caption adapter was trained on DeepFashion
template captions with no end token: it always runs to its limit (50 tokens for captions, 30 for answers, so
hit_limit=True), never names a hue ("pure color", "striped", "graphic", "color block" are its patterns), and answers
every question with its template. The closed texts (garment_type, color, pattern, sleeve_length, the per-garment
colors, "Is this a ...?") are enrich's --engine reference answers, picked from candidate sets: never a loop or a cut,
but often the wrong candidate.

Labeling conventions and judgement calls:
- Shade words and synonyms are correct: navy or blue for navy blue, red or maroon for burgundy and maroon, pink for
  peach, green for olive, bottle green or teal, purple for lavender, yellow for mustard, grey/gray for charcoal and
  grey melange, white or cream for off white; tee, shirt or polo shirt in an open answer for a t-shirt or polo;
  sweatpants or pants for track pants; camo for camouflage; baseball shirt for a raglan tee.
- The closed garment_type is held to its candidates: "shirt" for a henley (when "t-shirt" was a candidate),
  "polo shirt" for a henley, "sweater" for a long-sleeve henley are contradiction. "t-shirt" for a henley is correct.
- A closed or open color that is the color of another piece of the outfit (the jeans, the shorts, the track pants,
  the t-shirt when the question is about the bottoms) is other_garment_color. A color that belongs to no piece (the
  print, the logo, a wall) given as the garment's color is contradiction. Where the whole outfit truly is one color
  (black tee with black track pants, blue polo with blue jeans) the repeated color is correct.
- For a two-color stripe or colourblock, either main color is correct for the closed color question.
- Invented things are unsupported: pockets, zippers, hoods, watches, sneakers on a photo cropped at the knees, a logo
  on a plain tee, stripes on a plain tee, a print on the side the photo does not show. A material neither named by
  the title nor visible (silk, linen, wool, spandex) is unsupported; a material the title contradicts (cotton for a
  polyester sports tee, polyester for a pure cotton polo) or that belongs to another garment (denim for the t-shirt)
  is contradiction. Cotton for a plain t-shirt whose title names no fabric is a fair guess and correct.
- Wrong necklines, sleeves, patterns or garments (V-neck for round neck, a hawaiian shirt for a printed tee, shorts
  for track pants, pants for shorts) are contradiction.
- Adapter texts: one that repeats a sentence or clause of its template is loop; one that stops mid-sentence without
  repeating is cut; the template returned for material or for "What is printed on the t-shirt?" is restated (it does
  not answer, even though it is also cut). Where the template misnames a garment or the sleeves (long-sleeve for a
  short-sleeve polo, shorts for jeans), that is what the auditor sees first: contradiction, hit_limit kept. "lapel
  neckline" for a polo collar is the template's word for a collar and not held against it; "cotton fabric" before a
  cut is labelled cut, not material.
- Base texts: "she", "her" or "a woman" for a man is pronoun; text that runs on into "Question: ... Answer: ..." is
  leak even where the first words are right; an empty answer, "the details of the shirt", "it is a t-shirt" or "it is
  made of fabric" is non_answer; a material or details question answered with the garment's name or color is
  restated; a base answer that stops on "it is made of" is cut without hit_limit.
- Props and walls named in the caption or a details answer (the brick wall, the stool, the sunglasses on the
  neckline, the dumbbell) are correct when the photo shows them.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_tshirt = question("color_tshirt", "What is the color of the t-shirt?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_track_pants = question("color_track_pants", "What is the color of the track pants?", "closed")
neckline = question("neckline", "What is the neckline of the t-shirt?", "open")
printed = question("print", "What is printed on the t-shirt?", "open")

BLIND_496 = [
    # photo: man in a plain black crew-neck t-shirt, mid-blue jeans, white studio backdrop, front view.
    # no adapter texts
    case(
        "X496-001",
        caption("a man in a black t-shirt and jeans"),
        D.wearing("a black t-shirt and blue jeans"),
        D.color("black"),
        color_jeans("black", "other_garment_color"),
        D.details("a black t-shirt with a white logo on the chest", "unsupported"),
        D.material("cotton Question: what is the color of the jeans? Answer: blue", "leak"),
        title="Roadster Men Black Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: white t-shirt with black "BE BETTER" typography across the chest, grey track pants, grey backdrop.
    # caption, details: adapter
    case(
        "X496-002",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The man wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        printed("be better"),
        D.color("white"),
        D.pattern("printed"),
        color_track_pants("black", "contradiction"),
        D.wearing("a white t-shirt and grey sweatpants"),
        D.details(
            "The T-shirt is with cotton fabric and graphic patterns. It has a round neckline. The T-shirt is with "
            "cotton fabric and graphic",
            "loop",
            hit_limit=True,
        ),
        title="HRX by Hrithik Roshan Men White Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: navy pique polo, two-button placket, small white embroidered logo on the chest, khaki shorts, studio.
    # no adapter texts
    case(
        "X496-003",
        caption("a man wearing a navy blue polo shirt and khaki shorts"),
        D.garment_type("polo shirt"),
        D.color("navy"),
        D.details("two buttons and a logo Question: what is the color of the shorts? Answer: khaki", "leak"),
        color_shorts("navy", "other_garment_color"),
        D.material("polyester", "contradiction"),
        is_a("polo shirt", "yes"),
        title="U.S. Polo Assn. Men Navy Blue Solid Pure Cotton Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: olive long-sleeve henley, three-button placket, black slim jeans, light grey backdrop.
    # details: adapter
    case(
        "X496-004",
        caption("a man in a green shirt and black jeans"),
        D.garment_type("shirt", "contradiction"),
        D.color("green"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has "
            "a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        neckline("a collar", "unsupported"),
        color_jeans("black"),
        title="WROGN Men Olive Green Solid Henley Neck Long Sleeves T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: red polyester sports tee with a small white cat logo on the chest, black track pants, studio.
    # no adapter texts
    case(
        "X496-005",
        caption("a man in a red t-shirt and black pants"),
        D.wearing("she is wearing a red shirt and black pants", "pronoun"),
        D.color("red"),
        D.material("polyester"),
        color_track_pants("red", "other_garment_color"),
        D.details("a white puma logo on the chest Question: what is the material? Answer: polyester", "leak"),
        title="Puma Men Red dryCELL Solid Round Neck Training T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: black oversized drop-shoulder tee with a large orange-and-white tiger graphic on the front, light blue
    # ripped jeans, bare grey concrete wall behind. no adapter texts
    case(
        "X496-006",
        caption("a man in a black t-shirt with a tiger on it standing in front of a wall"),
        printed("a tiger"),
        D.color("orange", "contradiction"),
        D.pattern("graphic"),
        color_jeans("blue"),
        D.details("a tiger on the back", "unsupported"),
        D.material("a black t-shirt with a tiger on it", "restated"),
        title="Difference of Opinion Men Black Graphic Printed Oversized Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: white tee with navy horizontal stripes, mid-blue denim shorts, white backdrop.
    # caption, material: adapter
    case(
        "X496-007",
        caption(
            "The man wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The man wears a three-point shorts. The shorts are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.color("white"),
        D.pattern("striped"),
        color_shorts("white", "other_garment_color"),
        D.wearing("a striped shirt and denim shorts"),
        D.description("a white and blue striped t-shirt"),
        D.material(
            "The man wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round",
            "restated",
            hit_limit=True,
        ),
        title="Jack & Jones Men White & Navy Blue Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: maroon polo with white tipping on the collar and sleeve hems, stone-wash blue jeans, grey studio.
    # no adapter texts
    case(
        "X496-008",
        caption("a man in a red polo shirt and jeans"),
        D.color("maroon"),
        D.garment_type("polo shirt"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("white stripes on the collar and sleeves"),
        D.wearing("a maroon polo shirt with a pocket and jeans", "unsupported"),
        title="Tommy Hilfiger Men Maroon Solid Polo Collar Slim Fit T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: royal blue training tee with a small white swoosh, black shorts, holding a basketball on the hip,
    # studio, cropped just below the knees. no adapter texts
    case(
        "X496-009",
        caption("a man in a blue shirt and black shorts holding a basketball"),
        D.color("blue"),
        color_shorts("blue", "other_garment_color"),
        D.material("it is made of fabric", "non_answer"),
        D.wearing("a blue nike shirt and shorts and a pair of white sneakers", "unsupported"),
        D.sleeve_length("short sleeves"),
        title="Nike Men Blue Dri-FIT Legend Training T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: mustard yellow crew-neck tee, black jeans, plain beige backdrop.
    # caption, description: adapter
    case(
        "X496-010",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with",
            "loop",
            hit_limit=True,
        ),
        D.color("yellow"),
        color_jeans("black"),
        D.wearing("a yellow t-shirt and black jeans"),
        D.description(
            "The T-shirt is with cotton fabric and pure color patterns. It has a round neckline. The man wears a long "
            "denim pants. The",
            "cut",
            hit_limit=True,
        ),
        D.details("it is a t-shirt", "non_answer"),
        D.material("cotton"),
        title="Highlander Men Mustard Yellow Solid Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: grey melange crew-neck tee, mid-blue jeans, white studio. no adapter texts
    case(
        "X496-011",
        caption("a man in a grey t-shirt and blue jeans"),
        D.color("blue", "other_garment_color"),
        color_tshirt("grey"),
        color_jeans("blue"),
        D.wearing("she is wearing a grey t-shirt and jeans", "pronoun"),
        D.description("a grey t-shirt with a v-neck", "contradiction"),
        title="Roadster Men Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: teal short-sleeve henley with three buttons, white shorts, sitting on a wooden stool, studio.
    # no adapter texts
    case(
        "X496-012",
        caption("a man in a blue shirt sitting on a stool"),
        D.color("green"),
        D.garment_type("polo shirt", "contradiction"),
        neckline("it has buttons"),
        color_shorts("white"),
        D.wearing("a green shirt and white pants", "contradiction"),
        D.details("a pocket on the chest", "unsupported"),
        title="HERE&NOW Men Teal Blue Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: black tee with a large yellow bat emblem on the chest, black jogger track pants, studio.
    # material: adapter
    case(
        "X496-013",
        caption("a man wearing a black batman t-shirt"),
        printed("batman logo"),
        D.color("yellow", "contradiction"),
        color_track_pants("black"),
        D.wearing("a black shirt with a yellow batman logo and black pants"),
        D.material(
            "The T-shirt is with cotton fabric and graphic patterns. It has a round neckline. The man wears a long "
            "pants. The pants are",
            "restated",
            hit_limit=True,
        ),
        D.details("yellow", "non_answer"),
        title="Bewakoof Men Black Batman Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: white polo, navy shorts, standing in front of a light blue painted wall. no adapter texts
    case(
        "X496-014",
        caption("a man in a white polo shirt standing in front of a blue wall"),
        D.color("navy", "other_garment_color"),
        color_shorts("navy"),
        D.wearing("a white shirt and white shorts", "other_garment_color"),
        is_a("polo shirt", "yes"),
        D.details("the details of the shirt", "non_answer"),
        title="Louis Philippe Sport Men White Solid Polo Collar T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: colourblocked tee, yellow body with a black chest panel and black sleeves, black jeans, studio.
    # caption, details, material: adapter
    case(
        "X496-015",
        caption(
            "The gentleman wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long denim pants. The pants are with denim fabric and "
            "solid",
            "cut",
            hit_limit=True,
        ),
        D.color("yellow"),
        D.pattern("colorblock"),
        color_jeans("black"),
        D.wearing("a yellow and black t-shirt and jeans"),
        D.details(
            "The T-shirt is with cotton fabric and color block patterns. It has a round neckline. The T-shirt is with "
            "cotton fabric and color",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The gentleman wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton "
            "fabric. It",
            "restated",
            hit_limit=True,
        ),
        title="Campus Sutra Men Yellow & Black Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: navy V-neck tee, grey track pants, studio. no adapter texts
    case(
        "X496-016",
        caption("a woman in a blue t-shirt and grey pants", "pronoun"),
        neckline("v-neck"),
        D.color("navy"),
        color_track_pants("grey"),
        D.details("the t-shirt is blue", "restated"),
        D.material("silk", "unsupported"),
        title="Mast & Harbour Men Navy Blue Solid V-Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: neon green running tee with black side panels, black running shorts, mid-stride, studio.
    # no adapter texts
    case(
        "X496-017",
        caption("a man running in a green shirt and black shorts"),
        D.color("yellow", "contradiction"),
        color_shorts("black"),
        D.material("polyester"),
        D.details("running", "non_answer"),
        D.wearing("a green shirt and black shorts Question: what is the color of the shoes? Answer: white", "leak"),
        title="Alcis Men Neon Green Slim Fit Running T-shirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: white tee with a red batwing logo on the chest, mid-blue jeans, against a white-painted brick wall.
    # no adapter texts
    case(
        "X496-018",
        caption("a man wearing a white levi's t-shirt standing next to a white brick wall"),
        printed("levis logo"),
        D.color("red", "contradiction"),
        color_jeans("white", "other_garment_color"),
        D.wearing("a white t-shirt and blue jeans"),
        D.pattern("printed"),
        D.description("a white t-shirt with a red logo on the chest and a black collar", "unsupported"),
        title="Levis Men White Brand Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: blue and white horizontally striped polo, beige chino shorts, studio.
    # details, material: adapter
    case(
        "X496-019",
        caption("a man in a blue and white striped polo shirt"),
        D.pattern("solid", "contradiction"),
        D.color("blue"),
        D.details(
            "The shirt is with cotton fabric and striped patterns. It has a lapel neckline. The shirt is with cotton "
            "fabric and striped patterns. It",
            "loop",
            hit_limit=True,
        ),
        color_shorts("beige"),
        is_a("polo shirt", "yes"),
        D.material(
            "The man wears a short-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel "
            "neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Allen Solly Men Blue & White Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: charcoal grey long-sleeve henley, black jeans, one hand in a pocket, studio. no adapter texts
    case(
        "X496-020",
        caption("a man in a grey long sleeve shirt and black jeans"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.wearing("a grey shirt with buttons and black jeans"),
        D.material("wool", "unsupported"),
        D.details("three buttons and a pocket", "unsupported"),
        title="Jack & Jones Men Charcoal Grey Melange Henley Neck Long Sleeves T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: peach crew-neck tee with sunglasses hooked on the neckline, light blue jeans, no watch, studio.
    # no adapter texts
    case(
        "X496-021",
        caption("a man in a pink t-shirt with sunglasses on his shirt"),
        D.color("pink"),
        color_jeans("pink", "other_garment_color"),
        D.wearing("a pink shirt, jeans and a watch", "unsupported"),
        D.details("the sunglasses hanging on the neck"),
        D.description("a pink t-shirt with a v neck", "contradiction"),
        title="WROGN Men Peach-Coloured Solid Round Neck T-shirt",
        category="Tshirts",
        color="Peach",
        gender="Men",
    ),
    # photo: all-black outfit: black polyester training tee with a small white reflective print, black track pants.
    # caption, details: adapter
    case(
        "X496-022",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The man wears a long pants. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.color("black"),
        color_track_pants("black"),
        D.material("cotton", "contradiction"),
        D.wearing("a black shirt and black pants"),
        D.details(
            "The T-shirt is with cotton fabric and pure color patterns. It has a round neckline. The T-shirt is with "
            "cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        title="HRX by Hrithik Roshan Men Black Rapid-Dry Polyester Training T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: bottle green polo with a small embroidered logo on the chest, white jeans, grey studio.
    # no adapter texts
    case(
        "X496-023",
        caption("a man in a green polo shirt and white pants"),
        D.color("green"),
        color_jeans("green", "other_garment_color"),
        D.garment_type("polo shirt"),
        D.details("it has a collar and a button"),
        D.material("it is made of", "cut"),
        title="U.S. Polo Assn. Men Green Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: navy round-neck tee with an all-over green and white palm leaf print, beige shorts, a potted palm beside
    # him, studio. no adapter texts
    case(
        "X496-024",
        caption("a man in a blue shirt with leaves on it standing next to a plant"),
        D.pattern("printed"),
        D.color("green", "contradiction"),
        color_shorts("beige"),
        printed("leaves"),
        D.wearing("a blue hawaiian shirt and shorts", "contradiction"),
        D.material("silk", "unsupported"),
        title="Roadster Men Navy Blue Tropical Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: navy tee with a small red-white-blue flag logo and "TOMMY HILFIGER" on the chest, mid-blue jeans.
    # material: adapter
    case(
        "X496-025",
        caption("a man in a navy t-shirt with a tommy hilfiger logo"),
        D.wearing("he is wearing a blue t-shirt and jeans"),
        D.color("black", "contradiction"),
        color_jeans("blue"),
        D.details("her t-shirt has a logo on the chest", "pronoun"),
        D.material(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round",
            "restated",
            hit_limit=True,
        ),
        title="Tommy Hilfiger Men Navy Blue Brand Logo Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey heather tee with a black swoosh on the chest, black shorts, studio. no adapter texts
    case(
        "X496-026",
        caption("a man in a grey nike t-shirt and black shorts"),
        D.color("grey"),
        color_shorts("grey", "other_garment_color"),
        D.details("nike logo"),
        D.wearing("a gray shirt and black shorts Question: what is the brand of the shirt? Answer: nike", "leak"),
        is_a("t-shirt", "no", "contradiction"),
        title="Nike Men Grey Sportswear Club Round Neck T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: red and white horizontally striped tee, dark blue jeans, studio.
    # caption, description: adapter
    case(
        "X496-027",
        caption(
            "The man wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The man wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "The T-shirt is with cotton fabric and striped patterns. It has a round neckline. The man wears a long "
            "denim pants. The",
            "cut",
            hit_limit=True,
        ),
        D.color("red"),
        D.pattern("striped"),
        color_jeans("red", "other_garment_color"),
        D.wearing("a red and white striped shirt and jeans"),
        title="Being Human Men Red & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: black long-sleeve henley, mid-blue jeans, against a red brick wall.
    # details: adapter
    case(
        "X496-028",
        caption("a man in a black shirt standing in front of a brick wall"),
        D.color("red", "contradiction"),
        D.sleeve_length("long sleeves"),
        neckline("buttons"),
        color_jeans("blue"),
        D.material("the t-shirt is black", "restated"),
        D.details(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has "
            "a v-shape",
            "cut",
            hit_limit=True,
        ),
        title="Highlander Men Black Solid Slim Fit Henley Neck Long Sleeves T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: lavender oversized tee with white "STAY WEIRD" text on the chest, black shorts, cropped at the knees.
    # no adapter texts
    case(
        "X496-029",
        caption("a man in a purple shirt that says stay weird"),
        D.color("purple"),
        printed("stay weird"),
        color_shorts("black"),
        D.wearing("a purple t-shirt and black shorts and white sneakers", "unsupported"),
        D.details("it says stay weird Question: what is the color of the t-shirt? Answer: purple", "leak"),
        title="Difference of Opinion Men Lavender Typography Printed Oversized T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: sky blue short-sleeve polo, mid-blue jeans, studio.
    # caption, material: adapter
    case(
        "X496-030",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. "
            "There",
            "contradiction",
            hit_limit=True,
        ),
        D.color("blue"),
        color_jeans("blue"),
        D.wearing("a blue shirt and blue jeans"),
        D.sleeve_length("short sleeves"),
        D.details("", "non_answer"),
        D.material(
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The man wears a long "
            "trousers. The",
            "restated",
            hit_limit=True,
        ),
        title="Van Heusen Sport Men Sky Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: white tee with an anime girl graphic in pink and blue, black track pants, white backdrop.
    # wearing: adapter
    case(
        "X496-031",
        caption("a man wearing a white t-shirt with a cartoon on it"),
        printed("a girl with pink hair"),
        D.color("pink", "contradiction"),
        color_track_pants("black"),
        color_tshirt("black", "other_garment_color"),
        D.wearing(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The man wears a",
            "cut",
            hit_limit=True,
        ),
        D.pattern("graphic"),
        title="Bewakoof Men White Anime Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: navy plain sports tee, blue shorts, holding a dumbbell, gym-like grey backdrop. row has no gender.
    # no adapter texts
    case(
        "X496-032",
        caption("a man holding a dumbbell in a blue shirt"),
        D.color("black", "contradiction"),
        color_shorts("blue"),
        D.wearing("a blue t-shirt and blue shorts"),
        D.material("spandex", "unsupported"),
        D.details("the shirt has a zipper on the front", "unsupported"),
        title="HRX by Hrithik Roshan Men Navy Blue Solid Round Neck Training T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # photo: olive pique polo, black track pants, studio.
    # details, material: adapter
    case(
        "X496-033",
        caption("a man in a green polo shirt"),
        D.color("olive"),
        D.garment_type("polo shirt"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The man wears a long "
            "pants. The pants are with",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man",
            "restated",
            hit_limit=True,
        ),
        color_track_pants("olive", "other_garment_color"),
        title="Roadster Men Olive Green Solid Pure Cotton Polo Collar T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: black polo with thin grey horizontal stripes, mid-blue jeans, studio. no adapter texts
    case(
        "X496-034",
        caption("a man in a black and grey striped polo shirt and jeans"),
        D.pattern("striped"),
        D.color("grey"),
        color_jeans("blue"),
        D.wearing("she is wearing a striped shirt and jeans", "pronoun"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("buttons and a pocket", "unsupported"),
        title="Louis Philippe Sport Men Black & Grey Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: off-white tee with a small black "JJ" print on the left chest, light blue denim shorts, beige wall.
    # no adapter texts
    case(
        "X496-035",
        caption("a man in a white t-shirt and denim shorts"),
        D.color("cream"),
        printed("the letters j and j"),
        D.details("the details of the t-shirt", "non_answer"),
        D.description("a white t-shirt with a small black logo on the front and a pocket", "unsupported"),
        D.material("linen", "unsupported"),
        title="Jack & Jones Men Off-White Brand Logo Printed Round Neck T-shirt",
        category="Tshirts",
        color="Off White",
        gender="Men",
    ),
    # photo: black running tee with a white "JUST DO IT" print, black track pants, studio.
    # caption: adapter
    case(
        "X496-036",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The pants are with cotton fabric and pure color patterns. The pants are with cotton "
            "fabric",
            "loop",
            hit_limit=True,
        ),
        printed("just do it"),
        D.color("white", "contradiction"),
        color_track_pants("black"),
        D.material("polyester"),
        D.wearing("a black t-shirt and black shorts", "contradiction"),
        title="Nike Men Black Dri-FIT Typography Printed Running T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: rust orange crew-neck tee, mid-blue jeans, studio. no adapter texts
    case(
        "X496-037",
        caption("a man in an orange t-shirt and blue jeans"),
        D.color("orange"),
        color_jeans("orange", "other_garment_color"),
        D.wearing("an orange shirt and jeans"),
        D.description("a t-shirt", "restated"),
        D.details("it has a hood", "unsupported"),
        D.material("cotton"),
        title="Mast & Harbour Men Rust Orange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Rust",
        gender="Men",
    ),
    # photo: white polo with a small flag logo on the chest, navy shorts, holding a tennis racket, studio.
    # wearing: adapter
    case(
        "X496-038",
        caption("a man holding a tennis racket in a white shirt"),
        D.color("white"),
        color_shorts("navy"),
        D.wearing(
            "The man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a short-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        D.details("a red and blue flag logo on the chest"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Tommy Hilfiger Men White Solid Polo Collar T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: burgundy crew-neck slim tee, black jeans, studio. no adapter texts
    case(
        "X496-039",
        caption("a man in a maroon t-shirt and black jeans"),
        D.color("maroon"),
        color_jeans("black"),
        color_tshirt("black", "other_garment_color"),
        D.wearing("a red shirt and black pants Question: what is the color of the shirt? Answer: red", "leak"),
        D.description("a maroon t-shirt with white stripes", "unsupported"),
        D.material("cotton"),
        title="WROGN Men Burgundy Solid Slim Fit Round Neck T-shirt",
        category="Tshirts",
        color="Burgundy",
        gender="Men",
    ),
    # photo: raglan tee, white body with black three-quarter sleeves, mid-blue jeans, studio.
    # details: adapter
    case(
        "X496-040",
        caption("a man in a white and black baseball shirt"),
        D.sleeve_length("three-quarter sleeves"),
        D.color("white"),
        color_jeans("black", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        D.details(
            "The T-shirt is with cotton fabric and color block patterns. It has a round neckline. The T-shirt is with "
            "cotton fabric and color",
            "loop",
            hit_limit=True,
        ),
        title="Campus Sutra Men White & Black Raglan Sleeves Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: grey, black and white camouflage print tee, olive green cargo shorts, studio.
    # material: adapter
    case(
        "X496-041",
        caption("a man in a camouflage t-shirt and green shorts"),
        D.pattern("solid", "contradiction"),
        D.color("green", "other_garment_color"),
        color_shorts("green"),
        printed("camouflage"),
        D.material(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline.",
            "restated",
            hit_limit=True,
        ),
        title="HRX by Hrithik Roshan Men Grey Camouflage Printed Round Neck T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: yellow polo with three-button placket, white shorts, studio. row has no color. no adapter texts
    case(
        "X496-042",
        caption("a man in a yellow polo shirt and white shorts"),
        D.color("yellow"),
        color_shorts("yellow", "other_garment_color"),
        D.garment_type("polo shirt"),
        D.wearing("he is wearing a yellow shirt"),
        D.details("the shirt is yellow", "restated"),
        title="U.S. Polo Assn. Men Yellow Solid Polo Collar T-shirt",
        category="Tshirts",
        gender="Men",
    ),
    # photo: blue and white spiral tie-dye tee, black shorts, studio. no adapter texts
    case(
        "X496-043",
        caption("a man in a blue and white tie dye t-shirt"),
        D.pattern("printed"),
        D.color("blue"),
        color_shorts("white", "other_garment_color"),
        D.description("a tie dye t-shirt Question: what is the color of the shorts? Answer: black", "leak"),
        D.details("the t-shirt has a tie", "unsupported"),
        title="Levis Men Blue Tie-Dye Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: beige long-sleeve henley, mid-blue jeans, sitting on a chair, studio.
    # caption: adapter
    case(
        "X496-044",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The man wears a three-point shorts. The shorts are with denim fabric and pure color",
            "contradiction",
            hit_limit=True,
        ),
        D.color("beige"),
        color_jeans("blue"),
        D.sleeve_length("long sleeves"),
        D.garment_type("sweater", "contradiction"),
        D.wearing("a beige shirt and jeans sitting on a chair"),
        D.material("denim", "contradiction"),
        title="HERE&NOW Men Beige Solid Henley Neck Long Sleeves T-shirt",
        category="Tshirts",
        color="Beige",
        gender="Men",
    ),
    # photo: back view: black oversized tee with a large red and white dragon print on the back, light grey track
    # pants, studio. description: adapter
    case(
        "X496-045",
        caption("the back of a man wearing a black t-shirt with a dragon on the back"),
        printed("a dragon"),
        D.color("black"),
        color_track_pants("black", "other_garment_color"),
        D.details("a dragon on the front", "unsupported"),
        D.description(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The man wears a",
            "cut",
            hit_limit=True,
        ),
        title="Bewakoof Men Black Dragon Back Printed Oversized T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: navy and red colourblocked sports polo (navy body, red shoulder panel), navy shorts, studio.
    # details: adapter
    case(
        "X496-046",
        caption("a man in a blue and red polo shirt"),
        D.color("navy"),
        color_shorts("navy"),
        D.wearing("her shirt is blue and red", "pronoun"),
        D.material("it is made of fabric", "non_answer"),
        D.pattern("colorblock"),
        D.details(
            "The shirt is with cotton fabric and color block patterns. It has a lapel neckline. The shirt is with "
            "cotton fabric and color",
            "loop",
            hit_limit=True,
        ),
        title="Alcis Men Navy Blue & Red Colourblocked Slim Fit Sports Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
]
