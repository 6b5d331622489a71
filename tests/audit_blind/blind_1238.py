"""BLIND_1238 (45 products; Myntra women's western bottoms, VQA adapter, each garment's color): written blind in the
sixty-second session. Measured blind at 8f3ced2 (the session's third rules): 73/82 failures found (89.0%) and 3/193
correct texts flagged (1.6%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's western bottoms (Jeans, Jeggings, Skirts, Palazzos, Leggings, Shorts) shot the
usual way: a model on a plain backdrop wearing the product with a top (now and then a jacket, shirt or sweater over
it), a few back views, two flat lays with no person at all, and props (sunglasses, a stool, a straw bag, a cube). The
catalog columns are the feed's own: title, category (the article type), color (the base colour), gender; one row
lacks gender, one lacks color, one lacks category.
Who wrote what: every text comes from Salesforce/blip2-opt-2.7b with the leoreigoto/Data3_V3_BLIP2_VQA adapter,
prompt "Question: ... Answer:", greedy, 30 new tokens at most, no caption asked (the VQA adapter's captions are
broken, so the job does not caption). The questionnaire: "What is she wearing?", the color of the product ("What is
the color of the jeans / skirt / palazzos / leggings / shorts?", free generation, stored open), the color of each other
garment in the photo (top, shirt, t-shirt, sweater, blouse, jacket; stored open), "Is this a pair of ... / a skirt?",
the type and color of "the garment" (closed: the raw text is mapped onto the closed set and kept raw when unmapped),
and for some products the pattern, the details of the product or its material. Short answers mostly stop on a
newline; the longer ones (what she is wearing, the details) often run on to the limit, loop, or go on writing the
next "Question: ... Answer:" of the training format.
Labeling conventions and judgement calls: judged against the photo I imagined and the title. A color near the seller's
is right (mustard "yellow", olive and teal "green", navy "blue", peach "pink", maroon "red", rust "orange", lavender
"purple", cream and off-white "white"); navy leggings called "black" are a contradiction, and so is the same "black"
given to the grey top, since nothing in that photo is black. A color that belongs to another garment in the photo (the
top's color for the jeans, the jeans' color for the top) is other_garment_color, for the product or for the other
garment alike; "the garment" in the closed color question is the product, so the top's color there is
other_garment_color too. A wrong garment type, a wrong yes/no, or the top's pattern given as the product's pattern is
contradiction. A top's color in a flat lay (there is no top) and details that are not on the product (a slit, a zipper,
a styling belt, the tee's print) are unsupported; "cotton" is right where the title says cotton. "pants" for palazzos
and leggings, "jeans" for jeggings and "denim" for jeans are right. "yes" or nothing to a color or material question,
"it is a skirt" and "they are short" for details are non_answer; an answer that only says the question back ("the
jeggings are jeggings") is restated; "he" or "a man" for the women's models is pronoun. A run-on that repeats is loop;
one that writes the next "Question: ... Answer:" is leak, even when it also repeats; a run-on that neither repeats nor
leaks and stops mid-phrase is cut. Every run-on carries hit_limit=True.
"""

from tests.audit_corpus import BLIND_QUESTIONS, case, color_of, details, is_a, wearing

Q = BLIND_QUESTIONS


def col(garment, text, failure=None, hit_limit=False):
    """The VQA adapter's free-generated color answer, stored open."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


def she(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="she", hit_limit=hit_limit)


BLIND_1238 = [
    # Photo: model, front, mid-blue skinny jeans, white crew-neck tee tucked in, white sneakers, grey backdrop.
    # VQA adapter wrote every answer.
    case(
        "X1238-001",
        she(
            "a white t-shirt and blue jeans and a white t-shirt and blue jeans and a white t-shirt and blue jeans and "
            "a white t-shirt",
            "loop",
            hit_limit=True,
        ),
        col("jeans", "blue"),
        col("top", "white"),
        is_a("pair of jeans", "yes"),
        Q.garment_type("jeans"),
        Q.color("white", "other_garment_color"),
        gender="Women",
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: model, front, black wide palazzos, mustard yellow crop top, white backdrop. VQA adapter.
    case(
        "X1238-002",
        she("a yellow top and black pants"),
        col("palazzos", "black"),
        col(
            "top",
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of palazzos", "yes"),
        Q.garment_type("pants"),
        Q.pattern("pure color"),
        details("palazzos", "they are long", "non_answer"),
        gender="Women",
        title="SASSAFRAS Women Black Solid Flared Palazzos",
        category="Palazzos",
        color="Black",
    ),
    # Photo: model, front, mustard pleated midi skirt (no slit), black fitted tee tucked in, black block heels.
    # VQA adapter.
    case(
        "X1238-003",
        she("a black shirt and a yellow skirt"),
        col("skirt", "yellow"),
        col("top", "yellow", "other_garment_color"),
        is_a("skirt", "yes"),
        Q.garment_type("skirt"),
        details("skirt", "the skirt is pleated and has a slit on the side", "unsupported"),
        gender="Women",
        title="DressBerry Women Mustard Yellow Pleated A-Line Midi Skirt",
        category="Skirts",
        color="Mustard",
    ),
    # Photo: model, front, navy blue ankle-length leggings (they read dark), long grey melange tee over the hips.
    # VQA adapter.
    case(
        "X1238-004",
        she("leggings"),
        col("leggings", "black", "contradiction"),
        col("top", "black", "contradiction"),
        is_a("pair of leggings", "yes"),
        Q.garment_type("leggings"),
        gender="Women",
        title="Go Colors Women Navy Blue Solid Ankle-Length Leggings",
        category="Leggings",
        color="Navy Blue",
    ),
    # Photo: model, front, light-wash denim shorts with a frayed hem, red-and-white striped tank top, sunglasses in
    # her hand. VQA adapter.
    case(
        "X1238-005",
        she("a striped shirt and denim shorts"),
        col("shorts", "white", "other_garment_color"),
        col("top", "red and white striped"),
        is_a("pair of shorts", "yes"),
        Q.garment_type("shorts"),
        details("shorts", "the shorts are frayed at the hem"),
        Q.pattern("striped", "contradiction"),
        gender="Women",
        title="HERE&NOW Women Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: model, front, black straight jeans, white tee, open beige blazer over it. VQA adapter.
    case(
        "X1238-006",
        she("a beige jacket and black jeans"),
        col("jeans", "black"),
        col("top", "black", "other_garment_color"),
        col("jacket", "beige"),
        is_a("pair of jeans", "yes"),
        Q.garment_type("jacket", "contradiction"),
        gender="Women",
        title="Tokyo Talkies Women Black Straight Fit High-Rise Jeans",
        category="Jeans",
        color="Black",
    ),
    # Photo: back view, olive green shorts with two back patch pockets (no zipper at the back), black tank top.
    # VQA adapter.
    case(
        "X1238-007",
        she("shorts"),
        col("shorts", "green"),
        col(
            "top",
            "black Question: What is the color of the shorts? Answer: green Question: What is the color of the shoes? "
            "Answer: white",
            "leak",
            hit_limit=True,
        ),
        is_a("pair of shorts", "yes"),
        Q.garment_type("shorts"),
        details("shorts", "the shorts have a zipper on the back", "unsupported"),
        gender="Women",
        title="Mast & Harbour Women Olive Green Solid Regular Fit Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Photo: flat lay, folded blue skinny jeans on white, no person and no top. VQA adapter.
    case(
        "X1238-008",
        she("a pair of jeans"),
        col("jeans", "blue"),
        col("top", "blue", "unsupported"),
        is_a("pair of jeans", "yes"),
        Q.garment_type("jeans"),
        Q.material("denim"),
        gender="Women",
        title="Levis Women Blue 711 Skinny Fit Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: model, front, pink flared mini skirt with white flowers, white ruffled top, white sandals. VQA adapter.
    case(
        "X1238-009",
        she(
            "a white top with ruffles on the shoulders and a pink skirt with white flowers on it and a pair of white "
            "sandals with a",
            "cut",
            hit_limit=True,
        ),
        col("skirt", "pink"),
        col("top", "white"),
        is_a("skirt", "yes"),
        Q.garment_type("skirt"),
        Q.pattern("floral"),
        Q.color("white", "other_garment_color"),
        gender="Women",
        title="Berrylush Women Pink Floral Printed Flared Mini Skirt",
        category="Skirts",
        color="Pink",
    ),
    # Photo: model, front, maroon ankle-length leggings, black tunic-length top with long sleeves. VQA adapter.
    case(
        "X1238-010",
        she("a black top and red pants"),
        col(
            "leggings",
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            hit_limit=True,
        ),
        col("top", "black"),
        is_a("pair of leggings", "no", "contradiction"),
        Q.garment_type("leggings"),
        gender="Women",
        title="De Moza Women Maroon Solid Ankle-Length Leggings",
        category="Leggings",
        color="Maroon",
    ),
    # Photo: side profile, light blue high-rise wide-leg jeans, clean hem, black ribbed crop top. VQA adapter.
    case(
        "X1238-011",
        she("a black crop top and blue jeans"),
        col("jeans", "blue"),
        col("top", "yes", "non_answer"),
        is_a("pair of jeans", "yes"),
        Q.garment_type("jeans"),
        details(
            "jeans",
            "the jeans are high waisted with a wide leg and a clean hem at the ankle, two front pockets and a button "
            "closure at the waist with a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="ONLY Women Blue Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: model, front, peach straight palazzos, white sleeveless top with lace trim. VQA adapter.
    case(
        "X1238-012",
        she("a white top and pink pants"),
        col("palazzos", "white", "other_garment_color"),
        col("top", "white"),
        is_a("pair of palazzos", "yes"),
        Q.garment_type("pants"),
        details("palazzos", "the palazzos details are the palazzos", "restated"),
        gender="Women",
        title="SASSAFRAS Women Peach-Coloured Solid Straight Palazzos",
        category="Palazzos",
        color="Peach",
    ),
    # Photo: model mid-stride, black training shorts, neon green sports tee, grey backdrop. VQA adapter.
    case(
        "X1238-013",
        she("a green shirt and black shorts"),
        col("shorts", "black"),
        col("t-shirt", "green"),
        is_a("pair of shorts", "yes"),
        Q.garment_type("tee", "contradiction"),
        details("shorts", "they are short", "non_answer"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Black Solid Rapid-Dry Training Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: model, front, black satin A-line midi skirt with a visible sheen, white shirt tucked in, handbag.
    # VQA adapter.
    case(
        "X1238-014",
        she("she is wearing a white shirt and a black skirt"),
        col("skirt", "black"),
        col("shirt", "white"),
        is_a("skirt", "yes"),
        Q.garment_type("skirt"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Vero Moda Women Black Solid A-Line Midi Skirt",
        category="Skirts",
        color="Black",
    ),
    # Photo: model, front, grey washed mom jeans, lavender sweatshirt. VQA adapter.
    case(
        "X1238-015",
        she("a purple sweater and gray jeans"),
        col("jeans", "purple", "other_garment_color"),
        col("sweater", "purple"),
        is_a("pair of jeans", "yes"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("purple", "other_garment_color"),
        gender="Women",
        title="Roadster Women Grey Washed Mom Fit Jeans",
        category="Jeans",
        color="Grey",
    ),
    # Photo: model, front, black ankle-length leggings, long white tee, sneakers. VQA adapter.
    case(
        "X1238-016",
        she("a white shirt and black leggings"),
        col("leggings", "black"),
        col("top", "white"),
        is_a("pair of leggings", "yes"),
        Q.garment_type("leggings"),
        gender="Women",
        title="Twin Birds Women Black Solid Ankle Length Leggings",
        category="Leggings",
        color="Black",
    ),
    # Photo: model, front, vertical black-and-white striped flared palazzos, solid black crop top, white sneakers.
    # VQA adapter.
    case(
        "X1238-017",
        she(
            "a black crop top and black and white striped wide leg pants with a high waist and white sneakers with a "
            "black stripe on the side and a",
            "cut",
            hit_limit=True,
        ),
        col("palazzos", "black and white"),
        col("top", "black"),
        is_a("pair of palazzos", "yes"),
        Q.garment_type("pants"),
        Q.pattern("striped"),
        details(
            "palazzos",
            "the pants are striped black and white and have a wide leg and a high waist and a wide leg and a high "
            "waist and a wide leg and",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="StyleStone Women Black & White Striped Flared Palazzos",
        category="Palazzos",
        color="Black",
    ),
    # Photo: model, front, red knee-length pencil skirt, black-and-white polka dot blouse. VQA adapter.
    case(
        "X1238-018",
        she("a black and white polka dot shirt and a red skirt"),
        col("skirt", "red"),
        col("blouse", "black and white"),
        is_a("skirt", "yes"),
        Q.garment_type("blouse", "contradiction"),
        Q.pattern("polka dot", "contradiction"),
        gender="Women",
        title="Harpa Women Red Solid Pencil Skirt",
        category="Skirts",
        color="Red",
    ),
    # Photo: model, front, dark navy skinny jeans, mustard yellow sweater. VQA adapter.
    case(
        "X1238-019",
        she(
            "a yellow sweater and jeans Question: What is the color of the sweater? Answer: yellow Question: What is "
            "the color of the jeans? Answer:",
            "leak",
            hit_limit=True,
        ),
        col("jeans", "blue"),
        col("sweater", "yellow"),
        is_a("pair of jeans", "yes"),
        Q.garment_type("jeans"),
        Q.color("yellow", "other_garment_color"),
        gender="Women",
        title="Kraus Jeans Women Navy Blue Skinny Fit Mid-Rise Jeans",
        category="Jeans",
        color="Navy Blue",
    ),
    # Photo: model, front, white denim shorts, light blue chambray shirt knotted at the waist. VQA adapter.
    case(
        "X1238-020",
        she("a blue shirt and white shorts"),
        col("shorts", "blue", "other_garment_color"),
        col("shirt", "blue"),
        is_a("pair of shorts", "yes"),
        Q.garment_type("shirt", "contradiction"),
        Q.material("", "non_answer"),
        gender="Women",
        title="Trendyol Women White Denim Shorts",
        category="Shorts",
        color="White",
    ),
    # Photo: side view, charcoal grey leggings, black tee. VQA adapter.
    case(
        "X1238-021",
        she("a black shirt and grey leggings"),
        col("leggings", "grey"),
        col("top", "black"),
        is_a("pair of leggings", "yes"),
        Q.garment_type("leggings"),
        Q.material("cotton"),
        gender="Women",
        title="Jockey Women Charcoal Grey Solid Cotton Stretch Leggings",
        category="Leggings",
        color="Charcoal",
    ),
    # Photo: model, front, blue denim A-line mini skirt with buttons down the front, white tee with a black graphic.
    # VQA adapter.
    case(
        "X1238-022",
        she("a white t-shirt and a blue skirt"),
        col("skirt", "white", "other_garment_color"),
        col("top", "white and black"),
        is_a("skirt", "yes"),
        Q.garment_type("skirt"),
        details(
            "skirt",
            "the skirt has buttons down the front and the skirt has buttons down the front and the skirt has buttons "
            "down the front and the skirt",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Tokyo Talkies Women Blue Flared Denim Skirt",
        category="Skirts",
        color="Blue",
    ),
    # Photo: model, front, solid navy wide-leg palazzos, white-and-navy Breton-stripe top. VQA adapter.
    case(
        "X1238-023",
        she("a striped shirt and blue pants"),
        col("palazzos", "blue and white striped", "other_garment_color"),
        col("top", "blue and white"),
        is_a("pair of palazzos", "yes"),
        Q.garment_type("pants"),
        Q.pattern("striped", "contradiction"),
        gender="Women",
        title="Marks & Spencer Women Navy Blue Wide Leg Palazzos",
        category="Palazzos",
        color="Navy Blue",
    ),
    # Photo: model seated on a stool, black faux-leather mini skirt, cream knitted sweater half tucked in.
    # VQA adapter.
    case(
        "X1238-024",
        she("a man sitting on a stool in a white sweater and a black skirt", "pronoun"),
        col("skirt", "black"),
        col("sweater", "white"),
        is_a("skirt", "yes"),
        Q.garment_type("sweater", "contradiction"),
        Q.pattern("pure color"),
        gender="Women",
        title="H&M Women Black Faux Leather Mini Skirt",
        category="Skirts",
        color="Black",
    ),
    # Photo: model, front, mid-blue ripped boyfriend jeans, red-and-black check flannel shirt open over a white tee,
    # white sneakers, no watch. VQA adapter.
    case(
        "X1238-025",
        she(
            "a red and black plaid shirt over a white t-shirt and blue ripped jeans with a pair of white sneakers and "
            "a black watch on her left",
            "cut",
            hit_limit=True,
        ),
        col("jeans", "blue"),
        col("shirt", "red and black"),
        col("t-shirt", "white"),
        is_a("pair of jeans", "yes"),
        Q.garment_type("shirt", "contradiction"),
        details("jeans", "the jeans are ripped at the knees"),
        gender="Women",
        title="Roadster Women Blue Boyfriend Fit Distressed Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: model, front, off-white ankle-length leggings, navy blue long top. VQA adapter.
    case(
        "X1238-026",
        she("he is wearing a blue shirt and white pants", "pronoun"),
        col("leggings", "white"),
        col("top", "navy"),
        is_a("pair of leggings", "yes"),
        Q.garment_type("leggings"),
        Q.color("navy blue", "other_garment_color"),
        gender="Women",
        title="Dollar Missy Women Off-White Solid Ankle-Length Leggings",
        category="Leggings",
        color="Off White",
    ),
    # Photo: back view, black super skinny jeans with the red tab on the back pocket, olive utility jacket covering
    # the top. VQA adapter.
    case(
        "X1238-027",
        she("a green jacket and black jeans"),
        col("jeans", "black"),
        col("jacket", "the color of the jacket is the color of the jacket", "restated"),
        is_a("pair of jeans", "yes"),
        Q.garment_type("jacket", "contradiction"),
        details("jeans", "the jeans have a red tab on the back pocket"),
        gender="Women",
        title="Levis Women Black 720 High Rise Super Skinny Jeans",
        category="Jeans",
        color="Black",
    ),
    # Photo: model, front, distressed mid-blue denim shorts, black tee with "CALIFORNIA" printed in white,
    # sunglasses in her hand. VQA adapter.
    case(
        "X1238-028",
        she("a black t-shirt and denim shorts"),
        col("shorts", "black", "other_garment_color"),
        col("t-shirt", "black"),
        is_a("pair of shorts", "yes"),
        Q.garment_type("shorts"),
        details("shorts", "the shorts have the word california on them", "unsupported"),
        gender="Women",
        title="Levis Women Blue Mid-Rise Distressed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: model, front, lavender wide-leg palazzos, white crop top with puff sleeves. VQA adapter. The feed row
    # has no gender.
    case(
        "X1238-029",
        she("a white top and purple pants"),
        col("palazzos", "purple"),
        col("top", "white"),
        is_a("pair of palazzos", "yes it is a pair of palazzos"),
        Q.garment_type("pants"),
        Q.pattern("pure color"),
        title="SASSAFRAS Women Lavender Solid Wide Leg Palazzos",
        category="Palazzos",
        color="Lavender",
    ),
    # Photo: model walking, green wrap midi skirt with a white leaf print and a tie at the waist (no slit), black
    # sleeveless bodysuit, black strappy sandals. VQA adapter.
    case(
        "X1238-030",
        she(
            "a black top and a green skirt with white leaves on it and a pair of black sandals with a thin strap "
            "around the ankle and a",
            "cut",
            hit_limit=True,
        ),
        col("skirt", "green and white"),
        col("top", "black"),
        is_a("skirt", "yes"),
        Q.garment_type("skirt"),
        Q.pattern("floral"),
        details(
            "skirt",
            "the skirt is a wrap skirt with a tie at the waist and a slit at the front, the skirt is a wrap skirt "
            "with a tie at",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="DressBerry Women Green Printed Wrap Midi Skirt",
        category="Skirts",
        color="Green",
    ),
    # Photo: model, front, mustard yellow ankle-length leggings, white oversized shirt to mid-thigh. VQA adapter.
    case(
        "X1238-031",
        she("a white shirt and yellow leggings"),
        col("leggings", "yellow"),
        col("shirt", "yellow", "other_garment_color"),
        is_a("pair of leggings", "yes"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("white", "other_garment_color"),
        gender="Women",
        title="Go Colors Women Mustard Yellow Solid Ankle-Length Leggings",
        category="Leggings",
        color="Mustard",
    ),
    # Photo: model, front, black high-waist denim shorts, pink-and-white tie-dye tee tucked in. VQA adapter.
    case(
        "X1238-032",
        she("a pink shirt and black shorts"),
        col("shorts", "pink", "other_garment_color"),
        col("t-shirt", "pink and white"),
        is_a("pair of shorts", "yes"),
        Q.garment_type("shorts"),
        Q.pattern("tie dye", "contradiction"),
        gender="Women",
        title="Tokyo Talkies Women Black High-Rise Denim Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: model, front, navy A-line skirt with small white and red flowers, white tee, white sandals. VQA adapter.
    # The feed row has no color.
    case(
        "X1238-033",
        she("a white shirt and a floral skirt"),
        col("skirt", "blue"),
        col(
            "top",
            "white Question: What is the color of the skirt? Answer: blue Question: What is the color of the shoes? "
            "Answer: white",
            "leak",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        Q.garment_type("skirt"),
        Q.pattern("floral"),
        gender="Women",
        title="Harpa Women Navy Blue Floral Printed A-Line Skirt",
        category="Skirts",
    ),
    # Photo: model, front, blue washed jeggings, black off-shoulder top. VQA adapter.
    case(
        "X1238-034",
        she("a black top and blue jeans"),
        col("jeggings", "blue"),
        col("top", "black"),
        is_a("pair of jeggings", "no", "contradiction"),
        Q.garment_type("jeans"),
        details("jeggings", "the jeggings are jeggings", "restated"),
        gender="Women",
        title="Forever 21 Women Blue Washed Skinny Jeggings",
        category="Jeggings",
        color="Blue",
    ),
    # Photo: model with a hand on her hip, rust flared palazzos, cream sleeveless top, a thin gold belt worn over the
    # top (styling, not part of the palazzos). VQA adapter.
    case(
        "X1238-035",
        she("a white top and orange pants"),
        col("palazzos", "orange"),
        col(
            "top",
            "white Question: What is the color of the belt? Answer: gold Question: What is the color of the pants? "
            "Answer: orange",
            "leak",
            hit_limit=True,
        ),
        is_a("pair of palazzos", "yes"),
        Q.garment_type("pants"),
        details("palazzos", "the pants have a gold belt at the waist", "unsupported"),
        gender="Women",
        title="Kassually Women Rust Solid Flared Palazzos",
        category="Palazzos",
        color="Rust",
    ),
    # Photo: model, front, beige pleated midi skirt, black turtleneck sweater, beige backdrop. VQA adapter.
    case(
        "X1238-036",
        she("a black sweater and a beige skirt"),
        col("skirt", "beige"),
        col("sweater", "black"),
        is_a("skirt", "yes"),
        Q.garment_type("skirt"),
        Q.color("black", "other_garment_color"),
        details("skirt", "it is a skirt", "non_answer"),
        gender="Women",
        title="ONLY Women Beige Solid Pleated Midi Skirt",
        category="Skirts",
        color="Beige",
    ),
    # Photo: model, front, teal leggings, long white tee with a small print. VQA adapter.
    case(
        "X1238-037",
        she("he is wearing a white shirt and green pants", "pronoun"),
        col("leggings", "green"),
        col("top", "white"),
        is_a("pair of leggings", "yes"),
        Q.garment_type("leggings"),
        Q.color("white", "other_garment_color"),
        gender="Women",
        title="Prisma Women Teal Solid Leggings",
        category="Leggings",
        color="Teal",
    ),
    # Photo: model seated on a white cube, pastel pink cotton shorts with a drawstring waist, white tank top.
    # VQA adapter.
    case(
        "X1238-038",
        she("a white tank top and pink shorts"),
        col("shorts", "pink"),
        col("top", "white"),
        is_a(
            "pair of shorts",
            "yes Question: Is this a pair of shorts? Answer: yes Question: Is this a pair of shorts? Answer: yes "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        details(
            "shorts",
            "the shorts have a drawstring waist and a drawstring waist and a drawstring waist and a drawstring waist "
            "and a drawstring waist and a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="HERE&NOW Women Pink Solid Regular Fit Cotton Shorts",
        category="Shorts",
        color="Pink",
    ),
    # Photo: model, front, dark indigo straight jeans, white shirt tucked in, tan belt. VQA adapter.
    case(
        "X1238-039",
        she("a man in a white shirt and jeans", "pronoun"),
        col("jeans", "blue"),
        col("shirt", "white"),
        is_a("pair of jeans", "yes"),
        Q.garment_type("jeans"),
        details(
            "jeans",
            "the jeans are straight leg with a high waist, a button and zip fly, five pockets and a brown leather "
            "patch on the back of the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Pepe Jeans Women Blue Straight Fit Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: model, front, red-and-white gingham A-line mini skirt, black fitted tee. VQA adapter.
    case(
        "X1238-040",
        she("a black top and a red and white skirt"),
        col("skirt", "red and white"),
        col("top", "black"),
        is_a("skirt", "yes"),
        Q.garment_type("skirt"),
        Q.pattern("lattice"),
        Q.color("red"),
        gender="Women",
        title="Zima Leto Women Red & White Checked A-Line Mini Skirt",
        category="Skirts",
        color="Red",
    ),
    # Photo: model, front, wide-leg palazzos in a blue, green and orange abstract print, white camisole, brown sandals.
    # VQA adapter.
    case(
        "X1238-041",
        she(
            "a white camisole top and a pair of wide leg pants with a blue green and orange abstract print and a pair "
            "of brown sandals with",
            "cut",
            hit_limit=True,
        ),
        col("palazzos", "blue and orange"),
        col("top", "white"),
        is_a("pair of palazzos", "yes"),
        Q.garment_type("pants"),
        Q.pattern("graphic"),
        details(
            "palazzos",
            "the pants have a print Question: What is the color of the pants? Answer: blue Question: What is the "
            "color of the top? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Sera Women Multicoloured Printed Wide Leg Palazzos",
        category="Palazzos",
        color="Multi",
    ),
    # Photo: flat lay, black leggings laid out on a white surface, no person and no top. VQA adapter.
    case(
        "X1238-042",
        she("black leggings"),
        col("leggings", "black"),
        col("top", "white", "unsupported"),
        is_a("pair of leggings", "yes"),
        Q.garment_type("leggings"),
        gender="Women",
        title="Go Colors Women Black Solid Ankle-Length Leggings",
        category="Leggings",
        color="Black",
    ),
    # Photo: model, front, white shorts with a blue floral print, solid blue top. VQA adapter. The feed row has no
    # category.
    case(
        "X1238-043",
        she(
            "a blue top and white shorts with blue flowers and a blue top and white shorts with blue flowers and a "
            "blue top and",
            "loop",
            hit_limit=True,
        ),
        col("shorts", "white and blue"),
        col("top", "blue"),
        is_a("pair of shorts", "yes"),
        Q.garment_type("top", "contradiction"),
        Q.pattern("floral"),
        gender="Women",
        title="Berrylush Women White & Blue Floral Printed Shorts",
        color="White",
    ),
    # Photo: model, front, white straight jeans, navy-and-white striped shirt. VQA adapter.
    case(
        "X1238-044",
        she("a blue and white striped shirt and white pants"),
        col("jeans", "blue", "other_garment_color"),
        col("shirt", "blue and white"),
        is_a("pair of jeans", "no", "contradiction"),
        Q.garment_type("pants"),
        Q.color("blue and white", "other_garment_color"),
        gender="Women",
        title="Tokyo Talkies Women White Straight Fit Jeans",
        category="Jeans",
        color="White",
    ),
    # Photo: model holding a straw bag, black tiered maxi skirt, white broderie top. VQA adapter.
    case(
        "X1238-045",
        she("a white top and a black skirt"),
        col("skirt", "black"),
        col(
            "top",
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        Q.garment_type("dress", "contradiction"),
        details("skirt", "the skirt has a ruffled hem"),
        gender="Women",
        title="DressBerry Women Black Tiered Maxi Skirt",
        category="Skirts",
        color="Black",
    ),
]
