"""BLIND_1406 (45 products; Myntra women's western bottoms, VQA adapter, per-garment colors): written blind in the
sixty-fourth session. Measured blind at 4e1890e (the session's fourth rules): 57/62 failures found (91.9%) and 2/170
correct texts flagged (1.2%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's western bottoms (Jeans, Jeggings, Skirts, Palazzos, Culottes, Trousers, Leggings,
Shorts), each photo a catalog shot: mostly a model on a plain light-grey backdrop wearing the product with a top (and
now and then a jacket, a bag, a coffee cup, a stool), a few back and side views, three flat lays (one styled with a
tee beside the shorts). The catalog columns are the feed's own: title, category (Myntra's article type), color (the
base colour), gender; a few rows lack gender or color, as the feed has them. The job asks "What is she wearing?", the
color of the product garment under the job's name for its article type (Jeans and Jeggings -> jeans, Palazzos,
Culottes and Trousers -> pants, Skirts -> skirt, Leggings -> leggings, Shorts -> shorts), the color of the top (and of a
jacket, belt or bag when the photo has one), the VQA data's "Is this a ...?" for the product, and on some products the
details of the product, its pattern, its type or its material.
Who wrote what: every text is by the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b),
greedy, 30 new tokens, the answer cut at the first newline when one comes; no caption step in this job (the VQA
adapter's captions are broken, so the job does not caption). Because the adapter never learned to stop, most short
answers end on a newline by luck, and the rest run on: loops, the `Question: ... Answer:` format continued, or a
sentence cut at the 30th token.
Labeling conventions and judgement calls: a color question about the product answered with the top's (or jacket's)
color is `other_garment_color`; the top's color answered with the product's color (one color for both) or with a
prop's color, and any other plainly wrong color, is `contradiction`; a pattern answered from the top instead of the
solid product is `contradiction`. Near colors are correct: maroon called red, teal called blue, cream called white,
charcoal called grey, a white-and-red striped tee called "white and red", mustard called yellow; beige called white
and navy called black are wrong (the photo shows them plainly). "navy-white" (the In-shop compound color style) for
navy leggings worn with a white shirt mixes in the shirt's color: `other_garment_color`. "denim" for the color of a
denim skirt says no color: `non_answer`; so do "yes" to a color question, "they are short", "they are pants" and an
empty answer. An echo of the question's words ("the shorts details are the shorts", "the jeans are jeans") is
`restated`. A color or detail for something not in the photo (a top on a flat lay, a belt, a slit, a back zipper, a
print that is on the tee) is `unsupported`, as is a material the photo and title cannot support ("wool"). A loop is
`loop` even where the looping words are true; a run-on that carries the `Question:`/`Answer:` format is `leak`; a
sentence stopped at the limit without repeating is `cut`. Every run to the 30-token limit has hit_limit=True. "he"
for the woman is `pronoun`. The black jacket's color given for the top (a white tee under it) is `contradiction`:
the top is the tee. "What is she wearing?" answered on a flat lay with the garment alone is correct. A red pencil
skirt under a black top called a "dress" is `contradiction`. One label per text: where a run-on also holds a wrong
color or a wrong backdrop, the run-on's kind is its label. About a quarter of the texts are wrong: the short color
and yes/no answers mostly come out clean, and the failures gather in the other garment's color and the long answers.
"""

from tests.audit_corpus import BLIND_QUESTIONS, case, color_of, details, is_a, material, wearing

Q = BLIND_QUESTIONS
W = "Women"
SHE = "she"

BLIND_1406 = [
    # Photo: model, front, mid-blue skinny jeans, white crew-neck tee tucked in, white sneakers, grey backdrop.
    # All texts by the VQA adapter; all correct.
    case(
        "X1406-001",
        wearing("she is wearing a white t-shirt and blue jeans", who=SHE),
        color_of("jeans", "blue", kind="open"),
        color_of("top", "white", kind="open"),
        is_a("pair of jeans", "yes"),
        details("jeans", "skinny fit with five pockets"),
        gender=W,
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: model, black pleated A-line midi skirt, mustard-yellow sleeveless top tucked in, black heels.
    # VQA adapter; the top's color takes the skirt's black.
    case(
        "X1406-002",
        wearing("a black skirt and a yellow top", who=SHE),
        color_of("skirt", "black", kind="open"),
        color_of("top", "black", "contradiction", kind="open"),
        is_a("skirt", "yes"),
        Q.pattern("solid"),
        gender=W,
        title="SASSAFRAS Women Black Solid Pleated A-Line Midi Skirt",
        category="Skirts",
        color="Black",
    ),
    # Photo: model, mustard wide straight palazzos with a small white floral block print, white sleeveless top.
    # VQA adapter; the details answer loops on true words to the limit.
    case(
        "X1406-003",
        wearing("she is wearing a white top and yellow pants", who=SHE),
        color_of("pants", "yellow", kind="open"),
        color_of("top", "white", kind="open"),
        Q.pattern("floral"),
        is_a("pair of pants", "yes"),
        details(
            "pants",
            "the pants are wide leg and have a floral print on them and the pants are wide leg and have a floral print"
            " on them and the pants are wide",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Libas Women Mustard Yellow Printed Straight Palazzos",
        category="Palazzos",
        color="Mustard",
    ),
    # Photo: model, black ankle-length leggings under a long grey melange tunic top that covers the hips.
    # VQA adapter; the leggings' color is the top's grey.
    case(
        "X1406-004",
        wearing("leggings", who=SHE),
        color_of("leggings", "grey", "other_garment_color", kind="open"),
        color_of("top", "grey", kind="open"),
        is_a("pair of leggings", "yes"),
        Q.garment_type("leggings"),
        gender=W,
        title="Go Colors Women Black Solid Ankle-Length Leggings",
        category="Leggings",
        color="Black",
    ),
    # Photo: model, light-blue washed denim shorts with frayed hem, white tank top with thin red stripes, straw hat.
    # VQA adapter; the pale shorts get the tank top's white; the details answer says nothing.
    case(
        "X1406-005",
        wearing("she is wearing a striped tank top and denim shorts and a straw hat", who=SHE),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        color_of("top", "white and red", kind="open"),
        details("shorts", "they are short", "non_answer"),
        is_a("pair of shorts", "yes"),
        gender=W,
        title="HERE&NOW Women Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: model, olive cargo trousers with side flap pockets, black fitted tee, black sneakers.
    # VQA adapter; the wearing answer runs on in the prompt format.
    case(
        "X1406-006",
        wearing(
            "a black shirt and green pants Question: What is the color of the pants? Answer: green Question: What is"
            " the color of the",
            "leak",
            who=SHE,
            hit_limit=True,
        ),
        color_of("pants", "olive", kind="open"),
        color_of("top", "black", kind="open"),
        is_a("pair of pants", "yes"),
        details("pants", "the pants have pockets on the side"),
        gender=W,
        title="DressBerry Women Olive Green Solid Relaxed Fit Cargo Trousers",
        category="Trousers",
        color="Olive",
    ),
    # Photo: model, white wide-leg high-rise jeans, navy-and-white striped shirt tucked in, tan leather belt.
    # VQA adapter; "he" for the woman; the jeans get the shirt's blue.
    case(
        "X1406-007",
        wearing("he is wearing a blue and white striped shirt and white jeans", "pronoun", who=SHE),
        color_of("jeans", "blue", "other_garment_color", kind="open"),
        color_of("top", "blue", kind="open"),
        color_of("belt", "brown", kind="open"),
        is_a("pair of jeans", "yes"),
        gender=W,
        title="Mast & Harbour Women White Wide Leg High-Rise Jeans",
        category="Jeans",
        color="White",
    ),
    # Photo: model, black faux-leather A-line mini skirt, cream ribbed knit top, black ankle boots.
    # VQA adapter; the top takes the skirt's black (the wearing answer's "white" for cream is fine).
    case(
        "X1406-008",
        wearing("a white sweater and a black leather skirt", who=SHE),
        color_of("skirt", "black", kind="open"),
        color_of("top", "black", "contradiction", kind="open"),
        is_a("skirt", "yes"),
        Q.pattern("solid"),
        gender=W,
        title="ONLY Women Black Faux Leather A-Line Mini Skirt",
        category="Skirts",
        color="Black",
    ),
    # Photo: flat lay, mid-blue wide-leg jeans on a white sheet, zip fly, no belt, no top in the frame.
    # VQA adapter; a top color for a top that is not there (the sheet's white); a belt invented.
    case(
        "X1406-009",
        wearing("a pair of jeans", who=SHE),
        color_of("jeans", "blue", kind="open"),
        color_of("top", "white", "unsupported", kind="open"),
        is_a("pair of jeans", "yes"),
        details("jeans", "high waisted with a button fly and a belt", "unsupported"),
        title="Kotty Women Blue Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: model, beige solid wide-leg palazzos, black crop top, gold hoop earrings.
    # VQA adapter; the palazzos get the crop top's black; the details answer carries the prompt format on.
    case(
        "X1406-010",
        wearing("she is wearing a black crop top and beige pants", who=SHE),
        color_of("pants", "black", "other_garment_color", kind="open"),
        color_of("top", "black", kind="open"),
        is_a("pair of pants", "yes"),
        Q.pattern("solid"),
        details(
            "pants",
            "the pants are wide leg and have an elastic waist Question: What is the color of the pants? Answer: beige"
            " Question: What is the",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        title="Tokyo Talkies Women Beige Solid Wide Leg Palazzos",
        category="Palazzos",
        color="Beige",
    ),
    # Photo: model, grey washed straight jeans, white button-down shirt half tucked.
    # VQA adapter; the jeans' color is its prior "blue", against the grey the photo and seller show.
    case(
        "X1406-011",
        wearing("a white shirt and grey jeans", who=SHE),
        color_of("jeans", "blue", "contradiction", kind="open"),
        color_of("top", "white", kind="open"),
        is_a("pair of jeans", "yes"),
        details("jeans", "the jeans are straight leg and have a high waist"),
        gender=W,
        title="Roadster Women Grey Straight Fit High-Rise Jeans",
        category="Jeans",
        color="Grey",
    ),
    # Photo: model, dark-green flared midi skirt with a small white and pink floral print, white tee tucked in,
    # tan tote bag on her shoulder. VQA adapter; the wearing answer cut at the limit; the top's color is the bag's
    # brown.
    case(
        "X1406-012",
        wearing(
            "a white t-shirt and a green floral skirt with a brown bag on her shoulder and she is standing in front of"
            " a white wall and she is",
            "cut",
            who=SHE,
            hit_limit=True,
        ),
        color_of("skirt", "green", kind="open"),
        color_of("top", "brown", "contradiction", kind="open"),
        color_of("bag", "brown", kind="open"),
        Q.pattern("floral"),
        is_a("skirt", "yes"),
        gender=W,
        title="SASSAFRAS Women Green Floral Printed Flared Midi Skirt",
        category="Skirts",
        color="Green",
    ),
    # Photo: model, side view, navy leggings under a long white cotton shirt.
    # VQA adapter; the leggings' compound color drags in the shirt's white.
    case(
        "X1406-013",
        wearing("leggings and a white shirt", who=SHE),
        color_of("leggings", "navy-white", "other_garment_color", kind="open"),
        color_of("top", "white", kind="open"),
        is_a("pair of leggings", "yes"),
        gender=W,
        title="Marks & Spencer Women Navy Blue Solid Leggings",
        category="Leggings",
        color="Navy Blue",
    ),
    # Photo: model, all black: black denim shorts, black tee with a white graphic print on the chest, black boots.
    # VQA adapter; the tee's print given to the shorts.
    case(
        "X1406-014",
        wearing("a black t-shirt and black shorts", who=SHE),
        color_of("shorts", "black", kind="open"),
        color_of("top", "black", kind="open"),
        details("shorts", "frayed hem with a white print on the front", "unsupported"),
        is_a("pair of shorts", "yes"),
        gender=W,
        title="FOREVER 21 Women Black Denim Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: model, white flared palazzos with a blue leaf print, navy sleeveless top.
    # VQA adapter; the pants' answer runs on in the prompt format (and its first word is the top's blue).
    case(
        "X1406-015",
        wearing("she is wearing a blue top and white pants", who=SHE),
        color_of(
            "pants",
            "blue Question: What is the color of the top? Answer: blue Question: What is the color of the pants?"
            " Answer: blue Question: What",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("top", "blue", kind="open"),
        Q.pattern("print"),
        is_a("pair of pants", "yes"),
        gender=W,
        title="AKS Women White & Blue Printed Flared Palazzos",
        category="Palazzos",
        color="White",
    ),
    # Photo: back view, dark-blue skinny jeans with the red tab on the back pocket, black fitted tee.
    # VQA adapter; all correct.
    case(
        "X1406-016",
        wearing("jeans and a black shirt", who=SHE),
        color_of("jeans", "blue", kind="open"),
        color_of("top", "black", kind="open"),
        details("jeans", "the jeans have a red tag on the back pocket"),
        is_a("pair of jeans", "yes"),
        gender=W,
        title="Levis Women Blue 711 Skinny Fit Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: model, blush-pink satin pleated midi skirt, white tee, white sneakers.
    # VQA adapter; "no" to the skirt question; the details answer loops.
    case(
        "X1406-017",
        wearing("a white t-shirt and a pink skirt", who=SHE),
        color_of("skirt", "pink", kind="open"),
        color_of("top", "white", kind="open"),
        is_a("skirt", "no", "contradiction"),
        Q.pattern("solid"),
        details(
            "skirt",
            "the skirt is pleated and has an elastic waist and the skirt is pleated and has an elastic waist and the"
            " skirt is pleated and",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Vero Moda Women Pink Solid Pleated Midi Skirt",
        category="Skirts",
        color="Pink",
    ),
    # Photo: model, beige linen-blend wide trousers, white linen shirt, brown sandals.
    # VQA adapter; beige read as white twice; the details answer is the garment's name.
    case(
        "X1406-018",
        wearing("a white shirt and white pants", "contradiction", who=SHE),
        color_of("pants", "white", "contradiction", kind="open"),
        color_of("top", "white", kind="open"),
        is_a("pair of pants", "yes"),
        details("pants", "they are pants", "non_answer"),
        gender=W,
        title="H&M Women Beige Linen-Blend Wide Trousers",
        category="Trousers",
        color="Beige",
    ),
    # Photo: model, black slim jeggings, red-and-black checked flannel shirt open over a black tank.
    # VQA adapter; the jeggings get the flannel's red and its checks.
    case(
        "X1406-019",
        wearing("a red plaid shirt and black jeans", who=SHE),
        color_of("jeans", "red", "other_garment_color", kind="open"),
        color_of("top", "red", kind="open"),
        Q.pattern("plaid", "contradiction"),
        is_a("pair of jeans", "yes"),
        gender=W,
        title="Roadster Women Black Slim Fit Jeggings",
        category="Jeggings",
        color="Black",
    ),
    # Photo: model, off-white denim mini skirt with front patch pockets, light-blue chambray shirt tied at the waist.
    # VQA adapter; the shirt called white; the details answer loops.
    case(
        "X1406-020",
        wearing("a blue shirt and a white skirt", who=SHE),
        color_of("skirt", "white", kind="open"),
        color_of("top", "white", "contradiction", kind="open"),
        is_a("skirt", "yes"),
        details(
            "skirt",
            "the skirt is a denim skirt with pockets and the skirt is a denim skirt with pockets and the skirt is a"
            " denim skirt with pockets and the",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Mango Women Off-White Denim Mini Skirt",
        category="Skirts",
        color="Off White",
    ),
    # Photo: model in a running pose, black training shorts, pink racerback tank top.
    # VQA adapter; the shorts get the tank top's pink.
    case(
        "X1406-021",
        wearing("a pink tank top and black shorts", who=SHE),
        color_of("shorts", "pink", "other_garment_color", kind="open"),
        color_of("top", "pink", kind="open"),
        is_a("pair of shorts", "yes"),
        gender=W,
        title="Puma Women Black Solid Training Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: model, charcoal-grey leggings, white oversized tee.
    # VQA adapter; "no" to the leggings question; the details answer loops on the two colors.
    case(
        "X1406-022",
        wearing("a white shirt and gray leggings", who=SHE),
        color_of("leggings", "grey", kind="open"),
        color_of("top", "white", kind="open"),
        is_a("pair of leggings", "no", "contradiction"),
        details(
            "leggings",
            "the leggings are grey and the top is white and the leggings are grey and the top is white and the"
            " leggings are grey and the top",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Jockey Women Charcoal Grey Solid Leggings",
        category="Leggings",
        color="Charcoal",
    ),
    # Photo: model, mustard solid culottes, black-and-white striped tee tucked in.
    # VQA adapter; the striped top's colors loop to the limit.
    case(
        "X1406-023",
        wearing("a striped shirt and yellow pants", who=SHE),
        color_of("pants", "yellow", kind="open"),
        color_of(
            "top",
            "black and white and black and white and black and white and black and white and black and white and black"
            " and white and black and white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("pair of pants", "yes"),
        Q.pattern("solid"),
        gender=W,
        title="Vero Moda Women Mustard Yellow Solid Culottes",
        category="Culottes",
        color="Mustard",
    ),
    # Photo: model, light-blue ripped boyfriend jeans rolled at the hem, black leather jacket over a white tee,
    # sunglasses in her hand. VQA adapter; the wearing answer cut at the limit; the jacket's black given for the top.
    case(
        "X1406-024",
        wearing(
            "she is wearing a black leather jacket and a white t-shirt and light blue ripped jeans and she is holding"
            " a pair of sunglasses in her hand and",
            "cut",
            who=SHE,
            hit_limit=True,
        ),
        color_of("jeans", "blue", kind="open"),
        color_of("top", "black", "contradiction", kind="open"),
        color_of("jacket", "black", kind="open"),
        details("jeans", "ripped knees and rolled up hem"),
        is_a("pair of jeans", "yes"),
        gender=W,
        title="Roadster Women Light Blue Boyfriend Fit Mildly Distressed Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: model, maroon solid wide-leg palazzos, cream short top.
    # VQA adapter; "he" for the woman (maroon called red, cream called white, both fine).
    case(
        "X1406-025",
        wearing("he is wearing a white top and red pants", "pronoun", who=SHE),
        color_of("pants", "maroon", kind="open"),
        color_of("top", "white", kind="open"),
        is_a("pair of pants", "yes"),
        Q.garment_type("pants"),
        gender=W,
        title="W Women Maroon Solid Wide Leg Palazzos",
        category="Palazzos",
        color="Maroon",
    ),
    # Photo: model, dark-indigo bootcut jeans, yellow floral blouse. The feed row has no color.
    # VQA adapter; the jeans get the blouse's yellow; the details answer echoes the garment.
    case(
        "X1406-026",
        wearing("a yellow floral top and blue jeans", who=SHE),
        color_of("jeans", "yellow", "other_garment_color", kind="open"),
        color_of("top", "yellow", kind="open"),
        is_a("pair of jeans", "yes"),
        details("jeans", "the jeans are jeans", "restated"),
        gender=W,
        title="Kraus Jeans Women Blue Bootcut High-Rise Jeans",
        category="Jeans",
    ),
    # Photo: model, black-and-white checked A-line mini skirt with a side zip, black turtleneck.
    # VQA adapter; a front slit invented.
    case(
        "X1406-027",
        wearing("a black sweater and a black and white plaid skirt", who=SHE),
        color_of("skirt", "black and white", kind="open"),
        color_of("top", "black", kind="open"),
        Q.pattern("plaid"),
        is_a("skirt", "yes"),
        details("skirt", "the skirt is a-line with a zipper on the side and a slit on the front", "unsupported"),
        gender=W,
        title="FabAlley Women Black & White Checked A-Line Mini Skirt",
        category="Skirts",
        color="Black",
    ),
    # Photo: model, side view, black training leggings with a white swoosh at the hip, grey sports tee, rolled yoga
    # mat under her arm. VQA adapter; all correct.
    case(
        "X1406-028",
        wearing("a grey shirt and black leggings", who=SHE),
        color_of("leggings", "black", kind="open"),
        color_of("top", "grey", kind="open"),
        is_a("pair of leggings", "yes"),
        details("leggings", "the leggings have a white logo on the side"),
        gender=W,
        title="Nike Women Black One Training Leggings",
        category="Leggings",
        color="Black",
    ),
    # Photo: model, olive paperbag-waist shorts with a tie belt, white off-shoulder top.
    # VQA adapter; the top takes the shorts' green; the details answer loops.
    case(
        "X1406-029",
        wearing("she is wearing a white off the shoulder top and green shorts", who=SHE),
        color_of("shorts", "green", kind="open"),
        color_of("top", "green", "contradiction", kind="open"),
        details(
            "shorts",
            "the shorts have a tie waist and the shorts have a tie waist and the shorts have a tie waist and the"
            " shorts have a",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of shorts", "yes"),
        gender=W,
        title="DOLCE CRUDO Women Olive Green Solid Paperbag Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Photo: model seated on a wooden stool, black skinny jeans, white shirt.
    # VQA adapter; one color (black) for both; the details answer carries the prompt format on.
    case(
        "X1406-030",
        wearing("a white shirt and black pants", who=SHE),
        color_of("jeans", "black", kind="open"),
        color_of("top", "black", "contradiction", kind="open"),
        is_a("pair of jeans", "yes"),
        details(
            "jeans",
            "the jeans are skinny fit with a zipper fly Question: What are the jeans details? Answer: the jeans are"
            " skinny fit with a zipper",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        title="Mast & Harbour Women Black Skinny Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Black",
    ),
    # Photo: model, red knee-length pencil skirt, black sleeveless top, black heels.
    # VQA adapter; the top and skirt read together as a dress.
    case(
        "X1406-031",
        wearing("a black top and a red skirt", who=SHE),
        color_of("skirt", "red", kind="open"),
        color_of("top", "black", kind="open"),
        is_a("skirt", "yes"),
        Q.garment_type("dress", "contradiction"),
        gender=W,
        title="AND Women Red Solid Pencil Skirt",
        category="Skirts",
        color="Red",
    ),
    # Photo: model, teal flared palazzos, white crop top.
    # VQA adapter; the wearing answer loops (teal called blue is fine).
    case(
        "X1406-032",
        wearing(
            "a white top and blue pants and a white top and blue pants and a white top and blue pants and a white top"
            " and blue pants and a white",
            "loop",
            who=SHE,
            hit_limit=True,
        ),
        color_of("pants", "blue", kind="open"),
        color_of("top", "white", kind="open"),
        is_a("pair of pants", "yes"),
        Q.pattern("solid"),
        gender=W,
        title="Tokyo Talkies Women Teal Blue Solid Flared Palazzos",
        category="Palazzos",
        color="Teal",
    ),
    # Photo: flat lay, folded maroon ankle-length leggings on white, nothing else in the frame.
    # VQA adapter; a top color for a top that is not there; an empty details answer (newline first).
    case(
        "X1406-033",
        wearing("leggings", who=SHE),
        color_of("leggings", "maroon", kind="open"),
        color_of("top", "maroon", "unsupported", kind="open"),
        is_a("pair of leggings", "yes"),
        details("leggings", "", "non_answer"),
        gender=W,
        title="Go Colors Women Maroon Solid Ankle Length Leggings",
        category="Leggings",
        color="Maroon",
    ),
    # Photo: model, mid-blue mom-fit high-rise jeans, lilac sweatshirt, white sneakers.
    # VQA adapter; the jeans get the sweatshirt's purple; the details answer cut at the limit.
    case(
        "X1406-034",
        wearing("a purple sweatshirt and blue jeans", who=SHE),
        color_of("jeans", "purple", "other_garment_color", kind="open"),
        color_of("top", "purple", kind="open"),
        is_a("pair of jeans", "yes"),
        material("denim"),
        details(
            "jeans",
            "the jeans are mom fit and have a high waist and the jeans are blue and the sweatshirt is purple and the"
            " sneakers are white and the",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="ONLY Women Blue Mom Fit High-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: model, black wide-leg trousers with thin white vertical pinstripes, solid black bodysuit.
    # VQA adapter; "yes" to the top's color.
    case(
        "X1406-035",
        wearing("a black top and black and white striped pants", who=SHE),
        color_of("pants", "black", kind="open"),
        color_of("top", "yes", "non_answer", kind="open"),
        Q.pattern("striped"),
        is_a("pair of pants", "yes"),
        gender=W,
        title="Sera Women Black & White Striped Wide Leg Trousers",
        category="Trousers",
        color="Black",
    ),
    # Photo: model, pink floral tiered mini skirt, white puff-sleeve top.
    # VQA adapter; "he" for the woman; the top takes the skirt's pink.
    case(
        "X1406-036",
        wearing("he is wearing a white shirt and a pink skirt", "pronoun", who=SHE),
        color_of("skirt", "pink", kind="open"),
        color_of("top", "pink", "contradiction", kind="open"),
        Q.pattern("floral"),
        is_a("skirt", "yes"),
        gender=W,
        title="Berrylush Women Pink Floral Print Tiered Mini Skirt",
        category="Skirts",
        color="Pink",
    ),
    # Photo: model, khaki chino shorts with slant pockets, navy polo tee, white sneakers.
    # VQA adapter; the wearing answer loops; the shorts get the polo's blue.
    case(
        "X1406-037",
        wearing(
            "a blue polo shirt and khaki shorts and white sneakers and a blue polo shirt and khaki shorts and white"
            " sneakers and a blue polo shirt and",
            "loop",
            who=SHE,
            hit_limit=True,
        ),
        color_of("shorts", "blue", "other_garment_color", kind="open"),
        color_of("top", "blue", kind="open"),
        is_a("pair of shorts", "yes"),
        Q.garment_type("shorts"),
        details("shorts", "they have pockets"),
        gender=W,
        title="Roadster Women Khaki Solid Chino Shorts",
        category="Shorts",
        color="Khaki",
    ),
    # Photo: model, mid-blue denim A-line midi skirt with a button placket down the front, white tee tucked in.
    # VQA adapter; "denim" for the skirt's color.
    case(
        "X1406-038",
        wearing("a white t-shirt and a denim skirt", who=SHE),
        color_of("skirt", "denim", "non_answer", kind="open"),
        color_of("top", "white", kind="open"),
        is_a("skirt", "yes"),
        details("skirt", "the skirt has buttons down the front"),
        gender=W,
        title="Roadster Women Blue Denim A-Line Midi Skirt",
        category="Skirts",
        color="Blue",
    ),
    # Photo: back view, black flared palazzos with an elastic waist, white sleeveless top, long hair down the back.
    # VQA adapter; a back zipper invented.
    case(
        "X1406-039",
        wearing("a white top and black pants", who=SHE),
        color_of("pants", "black", kind="open"),
        color_of("top", "white", kind="open"),
        is_a("pair of pants", "yes"),
        details("pants", "the pants have a zipper on the back", "unsupported"),
        gender=W,
        title="DressBerry Women Black Solid Flared Palazzos",
        category="Palazzos",
        color="Black",
    ),
    # Photo: model, grey melange drawstring lounge shorts and the matching grey melange sweatshirt (co-ord).
    # VQA adapter; all correct: one color for both is the truth here.
    case(
        "X1406-040",
        wearing("a grey sweatshirt and grey shorts", who=SHE),
        color_of("shorts", "grey", kind="open"),
        color_of("top", "grey", kind="open"),
        is_a("pair of shorts", "yes"),
        details("shorts", "drawstring waist"),
        gender=W,
        title="FOREVER 21 Women Grey Melange Solid Lounge Shorts",
        category="Shorts",
        color="Grey Melange",
    ),
    # Photo: model, mid-blue flared jeans, brown suede-look jacket over a black top, paper coffee cup in hand. The
    # feed row has no gender. VQA adapter; the jeans' color loops to the limit.
    case(
        "X1406-041",
        wearing("a brown jacket and blue jeans", who=SHE),
        color_of(
            "jeans",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("top", "black", kind="open"),
        color_of("jacket", "brown", kind="open"),
        is_a("pair of jeans", "yes"),
        title="Mast & Harbour Women Blue Flared High-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: model, side view, navy tailored trousers with front pleats and a pressed crease, white blouse.
    # VQA adapter; navy read as black; a material nothing supports.
    case(
        "X1406-042",
        wearing("a white blouse and navy pants", who=SHE),
        color_of("pants", "black", "contradiction", kind="open"),
        color_of("top", "white", kind="open"),
        is_a("pair of pants", "yes"),
        details("pants", "the pants are pleated at the front and have a crease down the middle"),
        material("wool", "unsupported"),
        gender=W,
        title="Marks & Spencer Women Navy Blue Solid Regular Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # Photo: model, white solid leggings, long black tee reaching mid-thigh.
    # VQA adapter; the leggings get the tee's black; the yes/no answer carries the prompt format on.
    case(
        "X1406-043",
        wearing("a black shirt and white leggings", who=SHE),
        color_of("leggings", "black", "other_garment_color", kind="open"),
        color_of("top", "black", kind="open"),
        is_a(
            "pair of leggings",
            "yes Question: Is this a pair of leggings? Answer: yes Question: Is this a pair of leggings? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        gender=W,
        title="De Moza Women White Solid Ankle Length Leggings",
        category="Leggings",
        color="White",
    ),
    # Photo: model, chocolate-brown satin pleated midi skirt, beige knit top tucked in.
    # VQA adapter; the top takes the skirt's brown.
    case(
        "X1406-044",
        wearing("a beige sweater and a brown skirt", who=SHE),
        color_of("skirt", "brown", kind="open"),
        color_of("top", "brown", "contradiction", kind="open"),
        is_a("skirt", "yes"),
        Q.pattern("solid"),
        gender=W,
        title="Harpa Women Brown Solid Pleated Midi Skirt",
        category="Skirts",
        color="Brown",
    ),
    # Photo: styled flat lay, light-blue washed denim shorts with a folded white tee and sunglasses beside them.
    # VQA adapter; the details answer echoes the question.
    case(
        "X1406-045",
        wearing("a pair of shorts and a white shirt", who=SHE),
        color_of("shorts", "blue", kind="open"),
        color_of("top", "white", kind="open"),
        details("shorts", "the shorts details are the shorts", "restated"),
        is_a("pair of shorts", "yes"),
        gender=W,
        title="Roadster Women Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
]
