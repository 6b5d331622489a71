"""BLIND_1214 (45 products; Myntra women's western bottoms, VQA adapter, each garment's color): written blind in the
sixty-first session. Measured blind at 1ef79ed (the session's sixth rules): 78/87 failures found (89.7%) and 0/202
correct texts flagged (0.0%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's western bottoms (Jeans, Skirts, Palazzos, Leggings, Shorts, one Jeggings), each
shot the usual catalog way: a model on a plain light backdrop wearing the product with a top and shoes, now and then
a back view, a prop (a straw hat, a sling bag), two flat lays with no model at all. The catalog columns are the
feed's own: title, category (Myntra's article type), color (its base colour) and gender; a few rows lack one of them
as the feed does. The job asks a fixed questionnaire of every product: what the person is wearing, the color of the
product's garment (named from the article type: jeans, skirt, palazzos, leggings, shorts, jeggings), the color of
the top, the color of the shoes, "Is this a pair of ...?"/"Is this a skirt?", the garment type; skirts and shorts also
get the pattern question. The top and shoes are asked even when the photo has none (flat lays, wide hems over the
feet), so the answers there are made up.
Who wrote what: every text is the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b, no caption
(this run does not caption). Open questions (wearing, the color questions) are greedy free generation, 30 new
tokens, stopped at newline or eos; the adapter was trained on unmasked labels with no end token, so a good share of
its answers never stop and run to the limit as loops ("black-black-...", "white sneakers with a white sole and ...")
or get cut, and a few echo the `Question: ... Answer:` format. The closed questions (is-a, garment type, pattern) are
ranked over the engine's candidate list by the same adapter, so they are always one clean option; their failures are
only wrong options (palazzos not recognised as palazzos, the top or jacket taken as the garment).
Labeling conventions and judgement calls: judged by the photo I imagined (described above each case) and the title.
Near hues are accepted as correct: maroon as red, peach as pink, mustard as yellow, teal as green or turquoise, rust
as orange, mauve as pink or purple, lavender as purple, off-white as white, charcoal as grey, "heather grey" for grey
melange. Navy answered "black" and beige answered "white" are marked wrong (contradiction), since the photo and the
seller both say otherwise. "denim" as the color of a denim skirt says nothing of the hue: non_answer. A text that runs
to the limit repeating itself is a loop even when the repeated words are right; one that runs on with new words and
stops mid-phrase is cut; one that echoes the prompt format is a leak (whatever else is wrong in it). A color given to
the top, the shoes or the product that belongs to another garment in the photo is other_garment_color; a shoe or top
color for a photo with no shoes or top in frame is unsupported, as is an item (a belt) that is not there. Echoing the
question ("what is the color of the shoes") is restated; "leggings" for the leggings' color and an empty answer are
non_answer. "a man" for a woman model is pronoun. A wrong closed option (garment type "top" for leggings under a long
top, "no" to "Is this a pair of palazzos?") is contradiction. "pants" for jeans, palazzos or jeggings and "jeans" for
jeggings are correct; "a pink kurta" for a printed kurti worn as the top is correct. Where a correct answer names
other garments ("blue with white flowers", "navy and white") it stays unmarked. hit_limit is set on every text that
ran to 30 tokens.
"""

from tests.audit_corpus import BLIND_QUESTIONS, case, color_of, is_a, wearing

GT = BLIND_QUESTIONS.garment_type
PATTERN = BLIND_QUESTIONS.pattern


def col(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    """The color questions, free generation (stored open)."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1214 = [
    # Truth: model front on grey, white ribbed crop top, mid-blue skinny jeans, white sneakers. All texts: VQA adapter.
    case(
        "X1214-001",
        wearing("a white crop top and blue jeans"),
        col("jeans", "blue"),
        col("top", "white"),
        col("shoes", "white"),
        is_a("pair of jeans", "yes"),
        GT("jeans"),
        gender="Women",
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Truth: black flared palazzos, mustard crop top with a small black print tucked in, black heels (toes only).
    # VQA adapter: the palazzos' color loops; the ranked is-a says no to palazzos.
    case(
        "X1214-002",
        wearing("a yellow top and black pants"),
        col(
            "palazzos",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black-",
            "loop",
            hit_limit=True,
        ),
        col("top", "mustard yellow"),
        col("shoes", "black"),
        is_a("pair of palazzos", "no", "contradiction"),
        GT("pants"),
        gender="Women",
        title="SASSAFRAS Women Black Solid Flared Palazzos",
        category="Palazzos",
        color="Black",
    ),
    # Truth: navy A-line midi skirt with small white polka dots, white tee tucked in, tan sandals. VQA adapter: the
    # wearing answer and the skirt's color both run on and repeat.
    case(
        "X1214-003",
        wearing(
            "a white t-shirt and a blue skirt with white polka dots and brown sandals and a white t-shirt and a "
            "blue skirt with white",
            "loop",
            hit_limit=True,
        ),
        col(
            "skirt",
            "navy blue with white polka dots and a white t-shirt and brown sandals and navy blue with white "
            "polka dots and a white",
            "loop",
            hit_limit=True,
        ),
        col("top", "white"),
        col("shoes", "brown"),
        PATTERN("polka dot"),
        is_a("skirt", "yes"),
        GT("skirt"),
        gender="Women",
        title="Vero Moda Women Navy Blue & White Polka Dot Print A-Line Midi Skirt",
        category="Skirts",
        color="Navy Blue",
    ),
    # Truth: maroon ankle-length leggings under a long grey tunic top (to mid-thigh), white sneakers. VQA adapter:
    # "leggings" back for the leggings' color; the top's color loops; garment type ranks the tunic.
    case(
        "X1214-004",
        wearing("a grey tunic and red leggings"),
        col("leggings", "leggings", "non_answer"),
        col(
            "top",
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey grey grey grey grey grey grey grey grey grey",
            "loop",
            hit_limit=True,
        ),
        col("shoes", "white"),
        is_a("pair of leggings", "yes"),
        GT("top", "contradiction"),
        gender="Women",
        title="Go Colors Women Maroon Solid Ankle-Length Leggings",
        category="Leggings",
        color="Maroon",
    ),
    # Truth: light-blue washed denim shorts with frayed hems, black tank top; cropped at the knees, no shoes in frame.
    # VQA adapter: the top's color loops; a shoe color is made up.
    case(
        "X1214-005",
        wearing("a black tank top and denim shorts"),
        col("shorts", "light blue"),
        col(
            "top",
            "black tank top with a black tank top with a black tank top with a black tank top with a black tank "
            "top with",
            "loop",
            hit_limit=True,
        ),
        col("shoes", "black", "unsupported"),
        PATTERN("solid"),
        is_a("pair of shorts", "yes"),
        GT("shorts"),
        gender="Women",
        title="ONLY Women Blue Washed Denim Shorts with Frayed Hem",
        category="Shorts",
        color="Blue",
    ),
    # Truth: black high-rise wide-leg jeans, white shirt half tucked, black loafers. VQA adapter: the wearing answer
    # loops; the top gets the jeans' black.
    case(
        "X1214-006",
        wearing(
            "a white shirt and black jeans and black loafers and a white shirt and black jeans and black loafers "
            "and a white shirt and",
            "loop",
            hit_limit=True,
        ),
        col("jeans", "black"),
        col("top", "black", "other_garment_color"),
        col("shoes", "black"),
        is_a("pair of jeans", "yes"),
        GT("pants"),
        gender="Women",
        title="Mast & Harbour Women Black Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Black",
    ),
    # Truth: peach satin pleated midi skirt, cream knit sweater tucked in, nude (beige) heels, white backdrop.
    # VQA adapter: the wearing answer loops; the top's answer echoes the prompt format.
    case(
        "X1214-007",
        wearing(
            "a white sweater and a pink pleated skirt with a high waist and a pair of beige heels and a white "
            "sweater and a pink",
            "loop",
            hit_limit=True,
        ),
        col("skirt", "pink"),
        col("top", "Question: What is the color of the top? Answer: cream", "leak"),
        col("shoes", "beige"),
        PATTERN("solid"),
        is_a("skirt", "yes"),
        GT("skirt"),
        gender="Women",
        title="DressBerry Women Peach-Coloured Solid Pleated Satin Midi Skirt",
        category="Skirts",
        color="Peach",
    ),
    # Truth: mid-blue mom jeans, white graphic tee with a black print (not tucked), white sneakers, black sling bag.
    # VQA adapter: wearing runs to the limit mid-phrase; the jeans get the tee's white; the tee is ranked as the type.
    case(
        "X1214-008",
        wearing(
            "a white t-shirt with a black graphic print on the front, blue mom jeans with a high waist, white "
            "sneakers and a black sling bag across",
            "cut",
            hit_limit=True,
        ),
        col("jeans", "white", "other_garment_color"),
        col("top", "white"),
        col("shoes", "white"),
        is_a("pair of jeans", "yes"),
        GT("t-shirt", "contradiction"),
        gender="Women",
        title="Tokyo Talkies Women Blue Mom Fit High-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Truth: off-white flared palazzos with a knee-length pink printed kurti as the top, silver flats. The feed row
    # has no gender. VQA adapter: the shoes' color loops; the kurti is ranked as a dress.
    case(
        "X1214-009",
        wearing("a pink kurta and white pants"),
        col("palazzos", "white"),
        col("top", "pink"),
        col(
            "shoes",
            "silver silver silver silver silver silver silver silver silver silver silver silver silver "
            "silver silver silver silver silver silver silver silver silver silver silver silver silver "
            "silver silver silver silver",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of palazzos", "yes"),
        GT("dress", "contradiction"),
        title="Libas Women Off-White Solid Flared Palazzos",
        category="Palazzos",
        color="Off White",
    ),
    # Truth: grey melange cycling shorts, black sports bra, white sneakers, white backdrop. VQA adapter: the bra's
    # color loops, the rest is right.
    case(
        "X1214-010",
        wearing("a black sports bra and grey shorts"),
        col("shorts", "heather grey"),
        col(
            "top",
            "black sports bra with a black sports bra with a black sports bra with a black sports bra with a "
            "black sports bra with",
            "loop",
            hit_limit=True,
        ),
        col("shoes", "white"),
        PATTERN("solid"),
        is_a("pair of shorts", "yes"),
        GT("shorts"),
        gender="Women",
        title="H&M Women Grey Melange Cycling Shorts",
        category="Shorts",
        color="Grey Melange",
    ),
    # Truth: flat lay on white, a black faux-leather mini skirt alone: no person, no top, no shoes. VQA adapter: a
    # top and shoe color made up.
    case(
        "X1214-011",
        wearing("a black leather skirt"),
        col("skirt", "black"),
        col("top", "white", "unsupported"),
        col("shoes", "black", "unsupported"),
        PATTERN("solid"),
        is_a("skirt", "yes"),
        GT("skirt"),
        gender="Women",
        title="FOREVER 21 Women Black Faux Leather Mini Skirt",
        category="Skirts",
        color="Black",
    ),
    # Truth: back view, long-haired woman in a white tee and mid-blue skinny jeans, leather patch and red tab on the
    # back pocket, white sneakers. VQA adapter: "a man"; the jeans' color runs into the patch and loops.
    case(
        "X1214-012",
        wearing("a man in a white t-shirt and blue jeans", "pronoun"),
        col(
            "jeans",
            "blue jeans with a brown leather patch on the back and a red tab on the back pocket and a brown "
            "leather patch on the",
            "loop",
            hit_limit=True,
        ),
        col("top", "white"),
        col("shoes", "white"),
        is_a("pair of jeans", "yes"),
        GT("jeans"),
        gender="Women",
        title="Levis Women Blue 711 Skinny Fit Mid-Rise Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Truth: beige linen palazzos (light, but clearly beige next to the white backdrop), black bodysuit, tan sandals.
    # VQA adapter: the palazzos' color "white"; the ranked is-a says no.
    case(
        "X1214-013",
        wearing("a black bodysuit and beige linen pants"),
        col("palazzos", "white", "contradiction"),
        col("top", "black"),
        col("shoes", "tan"),
        is_a("pair of palazzos", "no", "contradiction"),
        GT("pants"),
        gender="Women",
        title="AND Women Beige Solid Linen Wide-Leg Palazzos",
        category="Palazzos",
        color="Beige",
    ),
    # Truth: olive-green denim jeans, white top, brown ankle boots. VQA adapter: the top's answer goes on into more
    # questions and answers; the colored denim is not taken for jeans.
    case(
        "X1214-014",
        wearing("a white top and green pants"),
        col("jeans", "olive"),
        col(
            "top",
            "white Question: What is the color of the jeans? Answer: olive Question: What is the color of the "
            "boots? Answer: brown Question:",
            "leak",
            hit_limit=True,
        ),
        col("shoes", "brown"),
        is_a("pair of jeans", "no", "contradiction"),
        GT("pants"),
        gender="Women",
        title="Kotty Women Olive Green Relaxed Fit High-Rise Jeans",
        category="Jeans",
        color="Olive",
    ),
    # Truth: mustard flared midi skirt with a white-and-black floral print, black tank tucked in, black flats.
    # VQA adapter: the skirt's and the shoes' colors loop.
    case(
        "X1214-015",
        wearing("a black tank top and a yellow floral skirt"),
        col(
            "skirt",
            "yellow-black-yellow-black-yellow-black-yellow-black-yellow-black-yellow-black-yellow-black-yellow-",
            "loop",
            hit_limit=True,
        ),
        col("top", "black"),
        col(
            "shoes",
            "black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        PATTERN("floral"),
        is_a("skirt", "yes"),
        GT("skirt"),
        gender="Women",
        title="Harpa Women Mustard Yellow Floral Print Flared Midi Skirt",
        category="Skirts",
        color="Mustard",
    ),
    # Truth: navy leggings (dark, but plainly navy in the photo) under a long white shirt to mid-thigh, white
    # sneakers. VQA adapter: "black" twice; the shirt ranked as the garment.
    case(
        "X1214-016",
        wearing("a white shirt and black leggings", "contradiction"),
        col("leggings", "black", "contradiction"),
        col("top", "white"),
        col("shoes", "white"),
        is_a("pair of leggings", "yes"),
        GT("shirt", "contradiction"),
        gender="Women",
        title="Marks & Spencer Women Navy Blue Solid Ankle-Length Leggings",
        category="Leggings",
        color="Navy Blue",
    ),
    # Truth: white denim shorts, blue-and-white horizontally striped tee, white sneakers. VQA adapter: the shorts'
    # color runs on and repeats; the ranked pattern takes the tee's stripes.
    case(
        "X1214-017",
        wearing("a striped shirt and white shorts"),
        col(
            "shorts",
            "white denim shorts with a frayed hem and a blue and white striped shirt and white sneakers and "
            "white denim shorts with a frayed",
            "loop",
            hit_limit=True,
        ),
        col("top", "blue and white"),
        col("shoes", "white"),
        PATTERN("striped", "contradiction"),
        is_a("pair of shorts", "yes"),
        GT("shorts"),
        gender="Women",
        title="Bershka Women White Solid Denim Shorts",
        category="Shorts",
        color="White",
    ),
    # Truth: rust wide palazzos, white top with small rust flowers, feet hidden under the hems. The feed row has no
    # color. VQA adapter: wearing loops; the shoes loop too (and are not visible).
    case(
        "X1214-018",
        wearing(
            "a white top with orange flowers and orange palazzo pants and a white top with orange flowers and "
            "orange palazzo pants and a",
            "loop",
            hit_limit=True,
        ),
        col("palazzos", "orange"),
        col("top", "white with orange"),
        col(
            "shoes",
            "the shoes are brown and the shoes are brown and the shoes are brown and the shoes are brown and "
            "the shoes are brown and",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of palazzos", "yes"),
        GT("pants"),
        gender="Women",
        title="StyleStone Women Rust Solid Wide-Leg Palazzos",
        category="Palazzos",
    ),
    # Truth: black slim-fit jeans, red top, black ankle boots. VQA adapter: all right.
    case(
        "X1214-019",
        wearing("a red top and black jeans"),
        col("jeans", "black"),
        col("top", "red"),
        col("shoes", "black"),
        is_a("pair of jeans", "yes"),
        GT("jeans"),
        gender="Women",
        title="Pepe Jeans Women Black Slim Fit Mid-Rise Jeans",
        category="Jeans",
        color="Black",
    ),
    # Truth: black-and-white checked A-line mini skirt, white top tucked in, black ankle boots. VQA adapter: the
    # skirt's and the top's colors loop.
    case(
        "X1214-020",
        wearing("a white top and a black and white checkered skirt"),
        col(
            "skirt",
            "black and white checkered skirt with a white top and black boots and a black and white "
            "checkered skirt with a white top and",
            "loop",
            hit_limit=True,
        ),
        col(
            "top",
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white-",
            "loop",
            hit_limit=True,
        ),
        col("shoes", "black"),
        PATTERN("checked"),
        is_a("skirt", "yes"),
        GT("skirt"),
        gender="Women",
        title="Berrylush Women Black & White Checked A-Line Mini Skirt",
        category="Skirts",
        color="Black",
    ),
    # Truth: all black: black leggings, black tank top, black sneakers. VQA adapter: all right (one color for every
    # garment, and it is true).
    case(
        "X1214-021",
        wearing("a black tank top and black leggings"),
        col("leggings", "black"),
        col("top", "black"),
        col("shoes", "black"),
        is_a("pair of leggings", "yes"),
        GT("leggings"),
        gender="Women",
        title="Jockey Women Black Solid Ankle-Length Leggings",
        category="Leggings",
        color="Black",
    ),
    # Truth: teal palazzos, white crop top, white sneakers. VQA adapter: the top's and the shoes' colors loop.
    case(
        "X1214-022",
        wearing("a white crop top and green pants"),
        col("palazzos", "green"),
        col(
            "top",
            "white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        col(
            "shoes",
            "white sneakers with a white sole and white laces and a white sole and white laces and a white "
            "sole and white laces and",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of palazzos", "yes"),
        GT("pants"),
        gender="Women",
        title="Trend Arrest Women Teal Solid Palazzos",
        category="Palazzos",
        color="Teal",
    ),
    # Truth: mid-blue wide-leg jeans, beige blazer open over a white tee, white sneakers. VQA adapter: the jeans get
    # the blazer's beige; the blazer is ranked as the garment.
    case(
        "X1214-023",
        wearing("a beige blazer, a white t-shirt and blue jeans"),
        col("jeans", "beige", "other_garment_color"),
        col("top", "white"),
        col("shoes", "white"),
        is_a("pair of jeans", "yes"),
        GT("jacket", "contradiction"),
        gender="Women",
        title="MANGO Women Blue Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Truth: lavender shorts, white tee, white sneakers. VQA adapter: wearing loops; the top's answer is the question
    # back.
    case(
        "X1214-024",
        wearing(
            "a white t-shirt and purple shorts and white sneakers and a white t-shirt and purple shorts and white "
            "sneakers and a",
            "loop",
            hit_limit=True,
        ),
        col("shorts", "lavender"),
        col("top", "the color of the top", "restated"),
        col("shoes", "white"),
        PATTERN("solid"),
        is_a("pair of shorts", "yes"),
        GT("shorts"),
        gender="Women",
        title="SHOWOFF Women Lavender Solid Regular Shorts",
        category="Shorts",
        color="Lavender",
    ),
    # Truth: short-haired woman in khaki chino shorts and a navy polo t-shirt, white sneakers. VQA adapter: "a man";
    # the shorts get the polo's navy.
    case(
        "X1214-025",
        wearing("a man in a navy polo shirt and khaki shorts", "pronoun"),
        col("shorts", "navy", "other_garment_color"),
        col("top", "navy"),
        col("shoes", "white"),
        PATTERN("solid"),
        is_a("pair of shorts", "yes"),
        GT("shorts"),
        gender="Women",
        title="U.S. Polo Assn. Women Khaki Solid Chino Shorts",
        category="Shorts",
        color="Khaki",
    ),
    # Truth: blue wrap mini skirt with a white floral print and a tie at the waist, white tank top, white heels.
    # VQA adapter: wearing loops; the shoes' answer goes on into the prompt format.
    case(
        "X1214-026",
        wearing(
            "a white tank top and a blue floral wrap skirt with a tie at the waist and white heels and a white "
            "tank top and a blue",
            "loop",
            hit_limit=True,
        ),
        col("skirt", "blue with white flowers"),
        col("top", "white"),
        col(
            "shoes",
            "white Question: What is the color of the shoes? Answer: white Question: What is the color of "
            "the shoes? Answer: white Question:",
            "leak",
            hit_limit=True,
        ),
        PATTERN("floral"),
        is_a("skirt", "yes"),
        GT("skirt"),
        gender="Women",
        title="Sera Women Blue & White Floral Print Wrap Mini Skirt",
        category="Skirts",
        color="Blue",
    ),
    # Truth: charcoal-grey leggings under a long yellow top (to the thighs), black flats. VQA adapter: the leggings
    # get the top's yellow; the top is ranked as the garment.
    case(
        "X1214-027",
        wearing("a yellow top and grey leggings"),
        col("leggings", "yellow", "other_garment_color"),
        col("top", "yellow"),
        col("shoes", "black"),
        is_a("pair of leggings", "yes"),
        GT("top", "contradiction"),
        gender="Women",
        title="De Moza Women Charcoal Grey Solid Ankle-Length Leggings",
        category="Leggings",
        color="Charcoal",
    ),
    # Truth: dark-wash navy skinny jeans, grey crew-neck sweater (long sleeves), black ankle boots with a side zip.
    # VQA adapter: the sweater's and the boots' colors loop; the sweater is ranked as the garment.
    case(
        "X1214-028",
        wearing("a grey sweater and dark blue jeans"),
        col("jeans", "dark blue"),
        col(
            "top",
            "grey sweater with a round neck and long sleeves and a grey sweater with a round neck and long "
            "sleeves and a grey",
            "loop",
            hit_limit=True,
        ),
        col(
            "shoes",
            "black ankle boots with a black heel and a black zipper on the side and a black heel and a black "
            "zipper on the side and",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        GT("sweater", "contradiction"),
        gender="Women",
        title="WROGN Women Navy Blue Skinny Fit Dark Wash Jeans",
        category="Jeans",
        color="Navy Blue",
    ),
    # Truth: green satin slip midi skirt, black fitted top (no belt), black heels. The feed row has no gender.
    # VQA adapter: wearing adds a belt; the shoes' answer runs into the prompt format.
    case(
        "X1214-029",
        wearing("a black top and a green skirt with a black belt", "unsupported"),
        col("skirt", "emerald green"),
        col("top", "black"),
        col(
            "shoes",
            "black heels Question: What is the color of the skirt? Answer: green Question: What is the color "
            "of the top? Answer: black",
            "leak",
            hit_limit=True,
        ),
        PATTERN("solid"),
        is_a("skirt", "yes"),
        GT("skirt"),
        title="Athena Women Green Solid Satin Slip Midi Skirt",
        category="Skirts",
        color="Green",
    ),
    # Truth: pink, blue and yellow tie-dye palazzos, white tee, white slides. VQA adapter: the palazzos' color loops;
    # the top's answer goes on into a question and answer of its own.
    case(
        "X1214-030",
        wearing("a white t-shirt and tie dye pants"),
        col(
            "palazzos",
            "pink and blue and yellow and pink and blue and yellow and pink and blue and yellow and pink "
            "and blue and yellow and pink",
            "loop",
            hit_limit=True,
        ),
        col("top", "white Question: What is the color of the pants? Answer: pink", "leak"),
        col("shoes", "white"),
        is_a("pair of palazzos", "yes"),
        GT("pants"),
        gender="Women",
        title="Kassually Women Multicoloured Tie-Dye Palazzos",
        category="Palazzos",
        color="Multi",
    ),
    # Truth: mauve wide-leg palazzos, white button-down shirt with a collar, feet hidden under the hems. VQA adapter:
    # the shirt's color loops; nothing at all for the shoes.
    case(
        "X1214-031",
        wearing("a white shirt and purple pants"),
        col("palazzos", "pink"),
        col(
            "top",
            "white shirt with a collar and buttons down the front and a white shirt with a collar and buttons "
            "down the front and a",
            "loop",
            hit_limit=True,
        ),
        col("shoes", "", "non_answer"),
        is_a("pair of palazzos", "yes"),
        GT("pants"),
        gender="Women",
        title="FabAlley Women Mauve Solid Wide-Leg Palazzos",
        category="Palazzos",
        color="Mauve",
    ),
    # Truth: light-blue distressed boyfriend jeans, ripped at the knees and thighs, pink top, white sneakers.
    # VQA adapter: wearing and the top's color loop.
    case(
        "X1214-032",
        wearing(
            "a pink top and ripped jeans with holes in the knees and holes in the thighs and holes in the knees "
            "and holes in the thighs and",
            "loop",
            hit_limit=True,
        ),
        col("jeans", "light blue"),
        col(
            "top",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        col("shoes", "white"),
        is_a("pair of jeans", "yes"),
        GT("jeans"),
        gender="Women",
        title="Q-rious Women Light Blue Boyfriend Fit Highly Distressed Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Truth: red pencil skirt, white shirt tucked in, nude heels. VQA adapter: the skirt's red for the top and the
    # shoes too.
    case(
        "X1214-033",
        wearing("a white shirt and a red skirt"),
        col("skirt", "red"),
        col("top", "red", "other_garment_color"),
        col("shoes", "red", "other_garment_color"),
        PATTERN("solid"),
        is_a("skirt", "yes"),
        GT("skirt"),
        gender="Women",
        title="Street 9 Women Red Solid Pencil Skirt",
        category="Skirts",
        color="Red",
    ),
    # Truth: mid-blue denim mini skirt, yellow top, white sneakers. VQA adapter: wearing loops; "denim" for the
    # skirt's color.
    case(
        "X1214-034",
        wearing(
            "a yellow top and a denim skirt and a yellow top and a denim skirt and a yellow top and a denim skirt "
            "and a yellow",
            "loop",
            hit_limit=True,
        ),
        col("skirt", "denim", "non_answer"),
        col("top", "yellow"),
        col("shoes", "white"),
        PATTERN("solid"),
        is_a("skirt", "yes"),
        GT("skirt"),
        gender="Women",
        title="Lee Women Blue Solid Denim Mini Skirt",
        category="Skirts",
        color="Blue",
    ),
    # Truth: black running shorts with a small white logo on the left leg (no stripe), neon-green tee, green-and-black
    # running shoes. VQA adapter: the shorts' color runs on and is cut; the tee is ranked as the garment.
    case(
        "X1214-035",
        wearing("a green t-shirt and black shorts"),
        col(
            "shorts",
            "black shorts with a white logo on the left leg and a white stripe on the side and a black "
            "waistband with a white logo on",
            "cut",
            hit_limit=True,
        ),
        col("top", "neon green"),
        col("shoes", "green and black"),
        PATTERN("solid"),
        is_a("pair of shorts", "yes"),
        GT("t-shirt", "contradiction"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Black Solid Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # Truth: flat lay, mustard leggings folded on white; no person, no top, no shoes. The feed row has no gender.
    # VQA adapter: a top and shoe color made up.
    case(
        "X1214-036",
        wearing("a pair of yellow leggings"),
        col("leggings", "yellow"),
        col("top", "yellow", "unsupported"),
        col("shoes", "white", "unsupported"),
        is_a("pair of leggings", "yes"),
        GT("leggings"),
        title="Go Colors Women Mustard Yellow Solid Ankle-Length Leggings",
        category="Leggings",
        color="Mustard",
    ),
    # Truth: charcoal-grey jeggings, white shirt, black sneakers with white soles. VQA adapter: the top's answer is
    # the format's "Answer:"; the ranked is-a says no to jeggings.
    case(
        "X1214-037",
        wearing("a white shirt and grey jeans"),
        col("jeggings", "charcoal"),
        col("top", "Answer: white", "leak"),
        col("shoes", "black sneakers with white soles"),
        is_a("pair of jeggings", "no", "contradiction"),
        GT("jeans"),
        gender="Women",
        title="Roadster Women Charcoal Grey Skinny Fit Jeggings",
        category="Jeggings",
        color="Charcoal",
    ),
    # Truth: black palazzos with a white floral print, plain black top, feet hidden under the hems. VQA adapter: the
    # top's color loops; a shoe color made up.
    case(
        "X1214-038",
        wearing("a black top and black and white floral pants"),
        col("palazzos", "black and white"),
        col(
            "top",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black-",
            "loop",
            hit_limit=True,
        ),
        col("shoes", "black", "unsupported"),
        is_a("pair of palazzos", "yes"),
        GT("pants"),
        gender="Women",
        title="DressBerry Women Black & White Floral Printed Palazzos",
        category="Palazzos",
        color="Black",
    ),
    # Truth: beige paper-bag shorts with a self belt, white top, brown sandals. VQA adapter: wearing begins with the
    # question itself; the shoes' color loops.
    case(
        "X1214-039",
        wearing("What is the person wearing? Answer: a white top and beige shorts with a belt", "leak"),
        col("shorts", "beige"),
        col("top", "white"),
        col(
            "shoes",
            "brown-brown-brown-brown-brown-brown-brown-brown-brown-brown-brown-brown-brown-brown-brown-",
            "loop",
            hit_limit=True,
        ),
        PATTERN("solid"),
        is_a("pair of shorts", "yes"),
        GT("shorts"),
        gender="Women",
        title="H&M Women Beige Linen-Blend Paper Bag Shorts",
        category="Shorts",
        color="Beige",
    ),
    # Truth: off-white tiered maxi skirt, black cami top, a straw hat held in one hand (prop), tan sandals. VQA
    # adapter: wearing loops on the hat; the cami over a maxi skirt is ranked as a dress.
    case(
        "X1214-040",
        wearing(
            "a woman in a black top and a white skirt holding a straw hat in her hand and a straw hat in her hand "
            "and a straw",
            "loop",
            hit_limit=True,
        ),
        col("skirt", "white"),
        col("top", "black"),
        col("shoes", "brown"),
        PATTERN("solid"),
        is_a("skirt", "yes"),
        GT("dress", "contradiction"),
        gender="Women",
        title="Tokyo Talkies Women Off-White Solid Tiered Maxi Skirt",
        category="Skirts",
        color="Off White",
    ),
    # Truth: grey straight-fit jeans, black top, black heels; the model has a short bob. The feed row has no color.
    # VQA adapter: "a man"; the jeans' color loops.
    case(
        "X1214-041",
        wearing("a man wearing a black top and grey jeans", "pronoun"),
        col(
            "jeans",
            "grey jeans grey jeans grey jeans grey jeans grey jeans grey jeans grey jeans grey jeans grey "
            "jeans grey jeans grey jeans grey jeans grey jeans grey jeans grey jeans",
            "loop",
            hit_limit=True,
        ),
        col("top", "black"),
        col("shoes", "black"),
        is_a("pair of jeans", "yes"),
        GT("jeans"),
        gender="Women",
        title="Kraus Jeans Women Grey Straight Fit Mid-Rise Jeans",
        category="Jeans",
    ),
    # Truth: navy palazzos with white vertical stripes and a drawstring waist, plain white top, white sneakers.
    # VQA adapter: wearing is cut at the limit; the top gets the palazzos' "blue and white".
    case(
        "X1214-042",
        wearing(
            "a white top and a pair of blue and white striped pants with a drawstring at the waist and a pair of "
            "white sneakers with",
            "cut",
            hit_limit=True,
        ),
        col("palazzos", "navy and white"),
        col("top", "blue and white", "other_garment_color"),
        col("shoes", "white"),
        is_a("pair of palazzos", "yes"),
        GT("pants"),
        gender="Women",
        title="Mast & Harbour Women Navy Blue & White Striped Palazzos",
        category="Palazzos",
        color="Navy Blue",
    ),
    # Truth: red shorts with a white floral print, white top, white flats. VQA adapter: the shorts' color loops over
    # every garment; the shoes' answer is the question back.
    case(
        "X1214-043",
        wearing("a white top and red floral shorts"),
        col(
            "shorts",
            "the color of the shorts is red and white and the color of the top is white and the color of "
            "the shorts is red and",
            "loop",
            hit_limit=True,
        ),
        col("top", "white"),
        col("shoes", "what is the color of the shoes", "restated"),
        PATTERN("floral"),
        is_a("pair of shorts", "yes"),
        GT("shorts"),
        gender="Women",
        title="DressBerry Women Red & White Floral Print Regular Shorts",
        category="Shorts",
        color="Red",
    ),
    # Truth: teal leggings under a long white top, white sneakers. The feed row has no category. VQA adapter: the
    # top's answer runs through every garment and is cut; the top is ranked as the garment.
    case(
        "X1214-044",
        wearing("a white top and blue leggings"),
        col("leggings", "turquoise"),
        col(
            "top",
            "the color of the top is white and the color of the leggings is turquoise and the color of the "
            "shoes is white and the color",
            "cut",
            hit_limit=True,
        ),
        col("shoes", "white"),
        is_a("pair of leggings", "yes"),
        GT("top", "contradiction"),
        gender="Women",
        title="Lyra Women Teal Solid Ankle-Length Leggings",
        color="Teal",
    ),
    # Truth: brown A-line mini skirt, cream turtleneck sweater tucked in, brown knee boots. VQA adapter: the sweater
    # gets the skirt's brown; the boots' color loops.
    case(
        "X1214-045",
        wearing("a white sweater, a brown skirt and brown boots"),
        col("skirt", "brown"),
        col("top", "brown", "other_garment_color"),
        col(
            "shoes",
            "brown boots brown boots brown boots brown boots brown boots brown boots brown boots brown boots "
            "brown boots brown boots brown boots brown boots brown boots brown boots brown boots",
            "loop",
            hit_limit=True,
        ),
        PATTERN("solid"),
        is_a("skirt", "yes"),
        GT("skirt"),
        gender="Women",
        title="Vero Moda Women Brown Solid A-Line Mini Skirt",
        category="Skirts",
        color="Brown",
    ),
]
