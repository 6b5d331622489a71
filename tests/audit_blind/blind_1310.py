"""BLIND_1310 (45 products; Myntra women's western bottoms, VQA adapter, each garment's color): written blind in the
sixty-third session. Measured blind at 0a90725 (the session's third rules): 60/77 failures found (77.9%) and 9/167
correct texts flagged (5.4%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's western bottoms (Jeans, Jeggings, Skirts, Palazzos, Leggings, Shorts), catalog
columns as the feed has them (title = productDisplayName, category = articleType, color = baseColour, gender), a few
rows missing a column. The photos are the catalog's usual shots: a model on a plain backdrop wearing the product with
a top and shoes, now and then a back view, two flat lays, a few props (bags, a straw hat, a coffee cup). The job ran
no caption: only questions, greedy, 30 new tokens, stopping at the newline or eos when the adapter emits one. Every
product gets "What is the person wearing?", "Is this a ...?" for its category, the color of the product, the color of
the top, and the color of each other garment the feed's styling note lists (shoes, belt, jacket, bag, hat); some also
get the product's details, its material or its pattern. 4 to 7 questions a product.
Who wrote what: every text is from the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b, 8-bit).
It often stops after a short answer (a newline survives from the base model), but when it does not it loops to the
limit, runs a long description until it is cut, or goes on with its own training format ("Question: ... Answer: ..."),
sometimes with the In-shop prompt "What cloth is the person wearing?". Colors come in the vendor style it was trained
on (navy, taupe, heather grey, wine, red-white). It has no word for palazzos or jeggings and says "no" to some of
them; it gives one garment's color to another; it misreads a short-haired back view as a man.
Labeling conventions and judgement calls: judged by the photo I imagined and the title. A color answer that is the
color of another garment or item in the photo is other_garment_color, whichever garment was asked (the top asked and
the jeans' color given counts too). A wrong color that belongs to nothing in the photo, and a wrong "no" to "Is this a
...?", and a top-plus-leggings outfit called "a dress", or palazzos called "a skirt", are contradiction. On a flat lay
there is no top: a color given for "the top" is unsupported; "What is the person wearing?" answered with the product
on a flat lay is taken as right. A loop or a cut that ran to 30 tokens is hit_limit=True and labeled loop or cut even
when its first words were right. A leak is labeled leak whatever the answer before it. Vendor names for a close hue
(mustard for yellow, wine for maroon, taupe for khaki, cream for an ivory knit) are right; "white" for ecru jeans the
seller calls Beige is right by the photo; "leather" for a faux leather skirt is right; "denim" or "jeans" alone for
what the person wears is right though partial. Details that cannot be seen (pockets under an untucked top, a
drawstring that is not there, rips on clean jeans) are unsupported. "the shorts are short" and a bare "the jeans" for
the details, an empty answer, and a garment name given for a color are non_answer; "the details of the jeans are the
details of the jeans" is restated.
"""

from tests.audit_corpus import BLIND_QUESTIONS, case, color_of, details, is_a, wearing


def col(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    """The color question, free generation (the VQA adapter answers open)."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1310 = [
    # Photo: model on a grey backdrop, white crop tee tucked into mid-blue skinny jeans, white sneakers.
    # VQA adapter: all answers.
    case(
        "X1310-001",
        wearing("a white t-shirt and blue jeans"),
        is_a("pair of jeans", "yes"),
        col("jeans", "blue"),
        col("top", "white"),
        col("shoes", "white"),
        gender="Women",
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: black high-rise skinny jeans, mustard yellow ribbed top, black ankle boots, white backdrop.
    # VQA adapter: all answers; the jeans' color looped to the limit.
    case(
        "X1310-002",
        wearing("black jeans and a yellow top"),
        is_a("pair of jeans", "yes"),
        col(
            "jeans",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black-",
            "loop",
            hit_limit=True,
        ),
        col("top", "mustard"),
        col("boots", "black"),
        details("jeans", "the jeans are black skinny jeans with a high waist"),
        gender="Women",
        title="HERE&NOW Women Black Skinny Fit High-Rise Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # Photo: black wide-leg palazzos, white sleeveless top tucked in, black strappy sandals, white backdrop.
    # VQA adapter: all answers.
    case(
        "X1310-003",
        wearing(
            "a white sleeveless top and black wide leg pants and a white sleeveless top and black wide leg pants and a"
            " white sleeveless top and",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of palazzos", "no", "contradiction"),
        col("palazzos", "black"),
        col("top", "black", "other_garment_color"),
        details("palazzos", "wide leg pants"),
        gender="Women",
        title="SASSAFRAS Women Black Solid Wide Leg Palazzos",
        category="Palazzos",
        color="Black",
    ),
    # Photo: mustard A-line midi skirt with a small white floral print, white shirt tucked in, brown sling bag on
    # the shoulder. VQA adapter: all answers.
    case(
        "X1310-004",
        wearing("a white shirt and a yellow skirt"),
        is_a("skirt", "yes"),
        col("skirt", "mustard"),
        col("shirt", "white"),
        col("bag", "brown"),
        details(
            "skirt",
            "the skirt has a floral print and a flared hem and a floral print and a flared hem and a floral print and a"
            " flared hem and a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="DressBerry Women Mustard Yellow Printed A-Line Midi Skirt",
        category="Skirts",
        color="Mustard",
    ),
    # Photo: black ankle-length leggings under a long grey melange tunic tee that reaches mid-thigh, white sneakers.
    # VQA adapter: all answers.
    case(
        "X1310-005",
        wearing("a grey dress", "contradiction"),
        is_a("pair of leggings", "yes"),
        col("leggings", "black"),
        col("top", "heather grey"),
        col("shoes", "grey", "other_garment_color"),
        gender="Women",
        title="Go Colors Women Black Solid Ankle-Length Leggings",
        category="Leggings",
        color="Black",
    ),
    # Photo: back view, light-blue skinny jeans with the red tab on the back pocket, black tee, hair in a bun.
    # VQA adapter: all answers.
    case(
        "X1310-006",
        wearing("jeans"),
        is_a("pair of jeans", "yes"),
        col("jeans", "light blue"),
        col("top", "black Question: What cloth is the person wearing? Answer: denim", "leak"),
        details(
            "jeans",
            "the back pockets have the levi's tab and the back pockets have the levi's tab and the back pockets have"
            " the levi's",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Levis Women Blue 711 Skinny Fit Mid-Rise Light Fade Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: grey washed mom jeans, white tee with thin black stripes tucked in, black leather belt, white backdrop.
    # VQA adapter: all answers; grey given to everything.
    case(
        "X1310-007",
        wearing("a striped shirt and grey jeans"),
        is_a("pair of jeans", "yes"),
        col("jeans", "grey"),
        col("t-shirt", "grey", "other_garment_color"),
        col("belt", "grey", "other_garment_color"),
        gender="Women",
        title="ONLY Women Grey Mom Fit High-Rise Light Fade Jeans",
        category="Jeans",
        color="Grey",
    ),
    # Photo: olive green cotton shorts, white tank top, beige flat sandals, plain white backdrop.
    # VQA adapter: all answers.
    case(
        "X1310-008",
        wearing("shorts"),
        is_a("pair of shorts", "yes"),
        col("shorts", "olive"),
        col("top", "tank", "non_answer"),
        col("sandals", "beige"),
        details("shorts", "the shorts are short", "non_answer"),
        gender="Women",
        title="Tokyo Talkies Women Olive Green Solid Regular Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Photo: black pleated midi skirt, cream cable-knit sweater tucked in at the front, black block heels.
    # VQA adapter: all answers.
    case(
        "X1310-009",
        wearing(
            "she is wearing a black skirt and a white sweater and black heels and a black skirt and a white sweater and"
            " black heels and a black",
            "loop",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        col("skirt", "black"),
        col("sweater", "cream Question: What is the color of the skirt? Answer: black", "leak"),
        col("shoes", "black"),
        details("skirt", "pleated"),
        gender="Women",
        title="H&M Women Black Solid Pleated Midi Skirt",
        category="Skirts",
        color="Black",
    ),
    # Photo: flat lay, mid-blue denim shorts with a frayed hem alone on a white surface; no person, no top.
    # VQA adapter: all answers.
    case(
        "X1310-010",
        wearing("denim shorts"),
        is_a("pair of shorts", "yes"),
        col("shorts", "blue"),
        col("top", "blue", "unsupported"),
        details("shorts", "frayed hem and a button closure"),
        gender="Women",
        title="Roadster Women Blue Regular Fit Mid-Rise Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: maroon flared palazzos, black crop top, gold hoop earrings, beige backdrop.
    # VQA adapter: all answers.
    case(
        "X1310-011",
        wearing("a black top and a red skirt", "contradiction"),
        is_a("pair of palazzos", "yes"),
        col("palazzos", "maroon"),
        col("top", "black"),
        details(
            "palazzos",
            "the palazzos are flared at the bottom and have a flared hem and a flared hem and a flared hem and a flared"
            " hem and",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="StyleStone Women Maroon Solid Flared Palazzos",
        category="Palazzos",
        color="Maroon",
    ),
    # Photo: dark navy straight jeans, red-and-white checked shirt tucked in, brown loafers.
    # VQA adapter: all answers; the details ran to the limit.
    case(
        "X1310-012",
        wearing("a red and white checkered shirt and blue jeans"),
        is_a("pair of jeans", "yes"),
        col("jeans", "navy"),
        col("shirt", "red-white"),
        col("shoes", "brown"),
        details(
            "jeans",
            "the jeans are dark blue with a straight leg, a high waist, a button and zipper closure, two front pockets"
            " and two back pockets with",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Kraus Jeans Women Navy Blue Straight Fit High-Rise Clean Look Jeans",
        category="Jeans",
        color="Navy Blue",
    ),
    # Photo: white denim shorts with a button fly, light-blue chambray shirt knotted at the waist, straw hat in hand.
    # VQA adapter: all answers.
    case(
        "X1310-013",
        wearing("a blue shirt and white shorts"),
        is_a("pair of shorts", "yes"),
        col("shorts", "blue", "other_garment_color"),
        col("shirt", "light blue"),
        col("hat", "beige"),
        details("shorts", "the shorts have a drawstring waist", "unsupported"),
        gender="Women",
        title="Vero Moda Women White Solid Denim Shorts",
        category="Shorts",
        color="White",
    ),
    # Photo: black leggings, long white shirt-style tunic worn loose over them, black ballet flats.
    # VQA adapter: all answers.
    case(
        "X1310-014",
        wearing(
            "a white shirt and black leggings and a white shirt and black leggings and a white shirt and black leggings"
            " and a white shirt",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of leggings", "yes"),
        col("leggings", "black"),
        col("shirt", "black", "other_garment_color"),
        col("shoes", "black"),
        gender="Women",
        title="Marks & Spencer Women Black Solid Ankle-Length Leggings",
        category="Leggings",
        color="Black",
    ),
    # Photo: beige-and-black houndstooth pencil skirt, black turtleneck tucked in, black pumps, front view.
    # VQA adapter: all answers.
    case(
        "X1310-015",
        wearing("a black top and a plaid skirt"),
        is_a("skirt", "yes"),
        col("skirt", "beige-black"),
        col("top", "beige", "other_garment_color"),
        col("shoes", "black"),
        details(
            "skirt",
            "the skirt is a pencil skirt with a houndstooth pattern and a slit at the back and a slit at the back and a"
            " slit at the back and",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="AND Women Beige & Black Houndstooth Checked Pencil Skirt",
        category="Skirts",
        color="Beige",
    ),
    # Photo: mid-blue wide-leg jeans, white poplin shirt tucked in, tan woven straw bag, long hair, front view.
    # VQA adapter: all answers.
    case(
        "X1310-016",
        wearing("he is wearing a white shirt and blue jeans", "pronoun"),
        is_a("pair of jeans", "yes"),
        col("jeans", "blue"),
        col("shirt", "white"),
        col("bag", "white", "other_garment_color"),
        gender="Women",
        title="Mango Women Blue Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: grey melange cotton lounge shorts, navy tee with a small white print, barefoot, white backdrop.
    # VQA adapter: all answers.
    case(
        "X1310-017",
        wearing("a blue t-shirt and grey shorts"),
        is_a("pair of shorts", "yes"),
        col("shorts", "heather grey"),
        col("t-shirt", "grey", "other_garment_color"),
        BLIND_QUESTIONS.material("cotton"),
        gender="Women",
        title="Jockey Women Grey Melange Solid Cotton Lounge Shorts",
        category="Shorts",
        color="Grey Melange",
    ),
    # Photo: green palazzos with a white leaf print, white top with ruffled sleeves, tan flats. Feed row has no
    # gender. VQA adapter: all answers; "yes" looped.
    case(
        "X1310-018",
        wearing("a white top and green and white floral pants"),
        is_a(
            "pair of palazzos",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes"
            " yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        col("palazzos", "green-white"),
        col("top", "green-white", "other_garment_color"),
        details("palazzos", "the palazzos have a leaf print"),
        title="Harpa Women Green & White Printed Flared Palazzos",
        category="Palazzos",
        color="Green",
    ),
    # Photo: black faux leather mini skirt with a side zip, white graphic tee tucked in, black ankle boots.
    # VQA adapter: all answers.
    case(
        "X1310-019",
        wearing("he is wearing a white t-shirt and a black skirt", "pronoun"),
        is_a("skirt", "yes"),
        col("skirt", "black"),
        col("t-shirt", "white"),
        BLIND_QUESTIONS.material("leather"),
        details(
            "skirt",
            "the skirt has a zipper on the side and a zipper on the side and a zipper on the side and a zipper on the"
            " side and a zipper",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="FOREVER 21 Women Black Solid Faux Leather A-Line Mini Skirt",
        category="Skirts",
        color="Black",
    ),
    # Photo: navy leggings, pink long top over them, model seated on a white stool (prop), knees bent.
    # VQA adapter: all answers.
    case(
        "X1310-020",
        wearing("a pink top and blue leggings"),
        is_a("pair of leggings", "no", "contradiction"),
        col("leggings", "pink", "other_garment_color"),
        col("top", "pink"),
        gender="Women",
        title="De Moza Women Navy Blue Solid Ankle-Length Leggings",
        category="Leggings",
        color="Navy Blue",
    ),
    # Photo: khaki high-rise paperbag shorts with a self-tie belt and slant pockets, black tank top, white sneakers.
    # VQA adapter: all answers.
    case(
        "X1310-021",
        wearing("shorts and a black tank top"),
        is_a("pair of shorts", "yes"),
        col("shorts", "taupe"),
        col("top", "black"),
        col("shoes", "taupe", "other_garment_color"),
        details("shorts", "paperbag waist with a tie belt and side pockets"),
        gender="Women",
        title="SHOWOFF Women Khaki Solid High-Rise Paperbag Shorts",
        category="Shorts",
        color="Khaki",
    ),
    # Photo: mid-blue slim jeans with ripped knees and a frayed hem, red round-neck tee, black-and-white sneakers.
    # VQA adapter: all answers; the wearing answer ran to the limit.
    case(
        "X1310-022",
        wearing(
            "a red t-shirt with a round neck and short sleeves, blue skinny jeans with ripped knees and a frayed hem,"
            " black and white sneakers with",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        col("jeans", "red", "other_garment_color"),
        col("t-shirt", "red"),
        details("jeans", "ripped knees"),
        gender="Women",
        title="Mast & Harbour Women Blue Slim Fit Mid-Rise Mildly Distressed Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: off-white wide-leg palazzos, navy top with white stripes worn untucked over the waistband, tan flats.
    # VQA adapter: all answers.
    case(
        "X1310-023",
        wearing("a striped shirt and white pants"),
        is_a("pair of palazzos", "yes"),
        col("palazzos", "off white"),
        col("top", "navy-white"),
        col("shoes", "off white", "other_garment_color"),
        details("palazzos", "the palazzos have an elastic waistband and side pockets", "unsupported"),
        gender="Women",
        title="SASSAFRAS Women Off-White Solid Wide Leg Palazzos",
        category="Palazzos",
        color="Off White",
    ),
    # Photo: back view, red satin A-line midi skirt with a concealed back zip, black bodysuit, long dark hair.
    # VQA adapter: all answers.
    case(
        "X1310-024",
        wearing("a red skirt and a black top"),
        is_a("skirt", "yes"),
        col("skirt", "red"),
        col("top", "red", "other_garment_color"),
        details("skirt", "a zipper at the back"),
        gender="Women",
        title="Vero Moda Women Red Solid A-Line Midi Skirt",
        category="Skirts",
        color="Red",
    ),
    # Photo: light-blue wide-leg high-rise jeans, lavender puff-sleeve top tucked in, white sneakers.
    # VQA adapter: all answers; the jeans' color went on in the training format to the limit.
    case(
        "X1310-025",
        wearing("a purple top and blue jeans"),
        is_a("pair of jeans", "yes"),
        col(
            "jeans",
            "light blue Question: What is the color of the top? Answer: purple Question: What is the color of the"
            " shoes? Answer: white Question: What",
            "leak",
            hit_limit=True,
        ),
        col("top", "purple"),
        col("shoes", "white"),
        gender="Women",
        title="Kotty Women Blue Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: mustard leggings, long white shirt worn loose to mid-thigh, tan flats.
    # VQA adapter: all answers.
    case(
        "X1310-026",
        wearing("a white shirt and yellow pants"),
        is_a("pair of leggings", "no", "contradiction"),
        col("leggings", "yellow"),
        col("shirt", "yellow", "other_garment_color"),
        gender="Women",
        title="Go Colors Women Mustard Solid Ankle-Length Leggings",
        category="Leggings",
        color="Mustard",
    ),
    # Photo: black skinny jeans, leopard print blouse (brown, black, beige) tucked in, black heels. Feed row has no
    # color. VQA adapter: all answers.
    case(
        "X1310-027",
        wearing("black pants Question: What cloth is the person wearing? Answer: blouse", "leak"),
        is_a("pair of jeans", "yes"),
        col("jeans", "black"),
        col("top", "brown and black"),
        col("shoes", "black"),
        details("jeans", "the jeans", "non_answer"),
        gender="Women",
        title="ONLY Women Black Skinny Fit High-Rise Jeans",
        category="Jeans",
    ),
    # Photo: blush pink metallic pleated midi skirt, grey sweatshirt, white sneakers, white backdrop; the foil
    # catches the light but reads pink.
    # VQA adapter: all answers.
    case(
        "X1310-028",
        wearing("a grey sweatshirt and a pink skirt"),
        is_a("skirt", "yes"),
        col("skirt", "gold", "contradiction"),
        col("sweatshirt", "grey"),
        col("shoes", "white"),
        details(
            "skirt",
            "the skirt is pleated and has a pleated skirt and a pleated skirt and a pleated skirt and a pleated skirt"
            " and a pleated",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="DressBerry Women Pink Solid Accordion Pleated Midi Skirt",
        category="Skirts",
        color="Pink",
    ),
    # Photo: black cycling shorts, oversized white tee, chunky white sneakers, white backdrop; the tee hides the
    # waistband, no pocket to be seen.
    # VQA adapter: all answers.
    case(
        "X1310-029",
        wearing("a white t-shirt and black shorts"),
        is_a("pair of shorts", "yes"),
        col("shorts", "black"),
        col("t-shirt", "white"),
        col("shoes", "white"),
        details("shorts", "the shorts are tight and have a small pocket on the side", "unsupported"),
        gender="Women",
        title="HERE&NOW Women Black Solid Skinny Fit Cycling Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: teal wide-leg palazzos, white crop top with a black text print, gold hoops, grey backdrop.
    # VQA adapter: all answers.
    case(
        "X1310-030",
        wearing("a white crop top and green pants"),
        is_a("pair of palazzos", "yes"),
        col("palazzos", "teal"),
        col("top", "teal", "other_garment_color"),
        details(
            "palazzos",
            "the pants are wide leg pants with a wide leg and a wide leg and a wide leg and a wide leg and a wide",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Tokyo Talkies Women Teal Solid Wide Leg Palazzos",
        category="Palazzos",
        color="Teal",
    ),
    # Photo: light-blue washed denim shorts with frayed hems, white crop tank, brown sandals, a denim jacket slung
    # over the shoulder. VQA adapter: all answers.
    case(
        "X1310-031",
        wearing(
            "a white tank top, denim shorts and brown sandals and a white tank top, denim shorts and brown sandals and"
            " a white tank top,",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of shorts", "yes"),
        col("shorts", "blue"),
        col("top", "white"),
        col("jacket", "", "non_answer"),
        col("shoes", "brown"),
        gender="Women",
        title="Levis Women Blue Washed High-Rise Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: black-and-white gingham A-line mini skirt, plain black fitted tee tucked in, white socks, black loafers.
    # VQA adapter: all answers.
    case(
        "X1310-032",
        wearing("a black shirt and a black and white checkered skirt"),
        is_a(
            "skirt",
            "yes, yes, yes, yes, yes, yes, yes, yes, yes, yes, yes, yes, yes, yes, yes,",
            "loop",
            hit_limit=True,
        ),
        col("skirt", "black and white"),
        col("top", "black and white", "other_garment_color"),
        col("shoes", "black"),
        gender="Women",
        title="Mast & Harbour Women Black & White Checked A-Line Mini Skirt",
        category="Skirts",
        color="Black",
    ),
    # Photo: flat lay, navy leggings folded on a white surface; no person, no top. Feed row has no color.
    # VQA adapter: all answers.
    case(
        "X1310-033",
        wearing("leggings"),
        is_a("pair of leggings", "yes"),
        col("leggings", "navy"),
        col("top", "navy", "unsupported"),
        gender="Women",
        title="Jockey Women Navy Blue Solid Ankle-Length Leggings",
        category="Leggings",
    ),
    # Photo: white tiered maxi skirt with red roses and green leaves, red thin-strap tank top, straw hat with a
    # black ribbon. VQA adapter: all answers; the wearing answer ran to the limit.
    case(
        "X1310-034",
        wearing(
            "a red tank top with thin straps, a long white skirt with red roses and green leaves, a big straw hat with"
            " a black ribbon and",
            "cut",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        col("skirt", "red", "other_garment_color"),
        col("top", "red"),
        col("hat", "beige"),
        details("skirt", "the skirt has a floral print and ruffles"),
        gender="Women",
        title="Berrylush Women White & Red Floral Printed Tiered Maxi Skirt",
        category="Skirts",
        color="White",
    ),
    # Photo: navy wide-leg palazzos, pale pink blouse tucked in, nude beige heels, grey backdrop.
    # VQA adapter: all answers.
    case(
        "X1310-035",
        wearing("she is wearing a pink blouse and navy pants"),
        is_a("pair of palazzos", "yes"),
        col("palazzos", "navy"),
        col("blouse", "pink"),
        col("shoes", "navy", "other_garment_color"),
        details(
            "palazzos",
            "the pants are wide and flowy with a high waist and a wide leg and a high waist and a wide leg and a high"
            " waist and a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Marks & Spencer Women Navy Blue Solid Wide Leg Palazzos",
        category="Palazzos",
        color="Navy Blue",
    ),
    # Photo: back view, mid-blue boyfriend jeans with rolled hems and no rips, white tee, short cropped hair.
    # VQA adapter: all answers.
    case(
        "X1310-036",
        wearing("a man in a white t-shirt and blue jeans", "pronoun"),
        is_a("pair of jeans", "yes"),
        col("jeans", "blue"),
        col("t-shirt", "white"),
        details("jeans", "the jeans have ripped knees", "unsupported"),
        gender="Women",
        title="Roadster Women Blue Boyfriend Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: black jeggings, olive utility shirt worn open over a white tee, black ankle boots.
    # VQA adapter: all answers.
    case(
        "X1310-037",
        wearing("a green jacket and black pants"),
        is_a("pair of jeggings", "no", "contradiction"),
        col("jeggings", "black"),
        col("shirt", "green"),
        col("t-shirt", "green", "other_garment_color"),
        col("boots", "black"),
        gender="Women",
        title="Kraus Jeans Women Black Solid Skinny Fit Jeggings",
        category="Jeggings",
        color="Black",
    ),
    # Photo: pastel pink denim shorts, white tee with a small pink graphic on the chest, white sneakers.
    # VQA adapter: all answers; the details ran to the limit.
    case(
        "X1310-038",
        wearing("a white t-shirt and pink shorts"),
        is_a("pair of shorts", "yes"),
        col("shorts", "pink"),
        col("t-shirt", "pink", "other_garment_color"),
        col("shoes", "white"),
        details(
            "shorts",
            "the shorts have a frayed hem, a button closure, a zip fly, belt loops, two front pockets and two back"
            " pockets with a small",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="FOREVER 21 Women Pink Solid Denim Shorts",
        category="Shorts",
        color="Pink",
    ),
    # Photo: rust brown flared palazzos, cream knit crop top, black backdrop. Feed row has no gender.
    # VQA adapter: all answers.
    case(
        "X1310-039",
        wearing("a white top and brown pants"),
        is_a("pair of palazzos", "no", "contradiction"),
        col("palazzos", "rust"),
        col("top", "rust", "other_garment_color"),
        details("palazzos", "", "non_answer"),
        title="HERE&NOW Women Brown Solid Flared Palazzos",
        category="Palazzos",
        color="Brown",
    ),
    # Photo: charcoal grey washed straight jeans, camel coat open over a black top, black boots, coffee cup in hand.
    # VQA adapter: all answers.
    case(
        "X1310-040",
        wearing("a brown coat and grey jeans"),
        is_a("pair of jeans", "yes"),
        col("jeans", "grey"),
        col("coat", "grey", "other_garment_color"),
        col("top", "black"),
        col("boots", "black"),
        details("jeans", "the details of the jeans are the details of the jeans", "restated"),
        gender="Women",
        title="Mango Women Charcoal Grey Straight Fit Washed Jeans",
        category="Jeans",
        color="Charcoal",
    ),
    # Photo: maroon ankle-length leggings, long black tee, mid-stride walking pose, white backdrop.
    # VQA adapter: all answers; the tee's color went on in the training format to the limit.
    case(
        "X1310-041",
        wearing("black t-shirt and maroon leggings"),
        is_a("pair of leggings", "yes"),
        col("leggings", "wine"),
        col(
            "t-shirt",
            "wine Question: What cloth is the person wearing? Answer: leggings Question: What is the color of the"
            " leggings? Answer: wine Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Go Colors Women Maroon Solid Ankle-Length Leggings",
        category="Leggings",
        color="Maroon",
    ),
    # Photo: blue denim A-line mini skirt with buttons down the front, white ribbed tank, brown belt, white sneakers.
    # VQA adapter: all answers.
    case(
        "X1310-042",
        wearing("denim"),
        is_a("skirt", "no", "contradiction"),
        col("skirt", "blue"),
        col("top", "white"),
        col("belt", "brown"),
        details(
            "skirt",
            "buttons down the front and buttons down the front and buttons down the front and buttons down the front"
            " and buttons down the front and",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Tokyo Talkies Women Blue Solid Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
    ),
    # Photo: black tailored shorts, white shirt, black blazer over it, black heels, grey backdrop.
    # VQA adapter: all answers.
    case(
        "X1310-043",
        wearing("a black suit"),
        is_a("pair of shorts", "yes"),
        col("shorts", "black"),
        col("shirt", "black", "other_garment_color"),
        col("blazer", "black"),
        col("shoes", "black"),
        gender="Women",
        title="DressBerry Women Black Solid Tailored Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: ecru wide-leg jeans that read off-white, brown knit vest over a white shirt, brown loafers.
    # VQA adapter: all answers.
    case(
        "X1310-044",
        wearing("a brown sweater vest and white pants"),
        is_a("pair of jeans", "no", "contradiction"),
        col("jeans", "white"),
        col("vest", "black", "contradiction"),
        col("shirt", "white"),
        gender="Women",
        title="Trendyol Women Beige Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Beige",
    ),
    # Photo: black wide-leg palazzos with white polka dots, black tee tucked in, red handbag held at the side.
    # VQA adapter: all answers; the palazzos' color looped to the limit.
    case(
        "X1310-045",
        wearing("a black top and black and white polka dot pants"),
        is_a("pair of palazzos", "yes"),
        col(
            "palazzos",
            "black-white-black-white-black-white-black-white-black-white-black-white-black-white-black-",
            "loop",
            hit_limit=True,
        ),
        col("top", "black"),
        col("bag", "red"),
        BLIND_QUESTIONS.pattern("polka dot"),
        gender="Women",
        title="Harpa Women Black Polka Dot Printed Wide Leg Palazzos",
        category="Palazzos",
        color="Black",
    ),
]
