"""BLIND_1334 (45 products; Myntra women's bottoms with tops, VQA adapter): written blind in the sixty-third session.
Measured blind at 97437fb (the session's sixth rules): 74/81 failures found (91.4%) and 15/149 correct texts flagged
(10.1%). The writer's notes, verbatim:

Scenario: a Myntra women's western bottoms feed (jeans, jeggings, skirts, palazzos, leggings, capris, shorts). The
product is always the bottom; the usual catalog shot is a model on a plain light backdrop wearing it with a top (tee,
shirt, blouse, crop top, sweater, now and then a jacket, coat or kurta), sometimes a back view, a flat lay, or a prop
(coffee cup, yoga mat, handbag, straw hat, wooden stool). Catalog columns as Myntra exports them: title, category
(articleType: Jeans, Skirts, Palazzos, Leggings, Shorts, Jeggings, Capris), color (baseColour), gender; a few rows
miss a column. No caption was produced: this run asked questions only.
Who wrote what: every text is Salesforce/blip2-opt-2.7b with the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA (1 epoch,
trained without masking and without an end-of-answer token), prompt "Question: ... Answer:", greedy, 30 new tokens,
generation stopped at a newline or eos. Questions per product: what the woman is wearing, the color of the bottom,
the color of the top (and of a jacket or coat when there is one), "Is this a pair of ...?" for the catalog's
article type, and for most products the bottom's details, sometimes the garment's pattern or material. The color and
yes/no questions are stored closed, as the raw generated text. Because the adapter was trained on short In-shop
answers, most answers are a word or two and stop at the newline; about one in six runs on (loops, answers cut at the
limit, or the "Question: ... Answer:" training format generated again).
Labeling conventions and judgement calls: judged against the photo I imagined and the title. Near colors are right:
olive as "green" or "khaki", mustard as "yellow", maroon as "red", peach as "pink", teal as "blue" in a wearing
answer, lavender as "purple", off-white as "white", charcoal as "dark grey". When the bottom's color question gets
the top's (or a jacket's, coat's) color I mark other_garment_color; when the top's color question gets the bottom's
color or a prop's color I mark contradiction (one color for two garments; a bag's color is not a garment's). A
pattern answer that gives the top's print for a plain bottom is a contradiction. "No" to "Is this a pair of
palazzos/capris/jeans?" when it is one is a contradiction. A color answer that is a pattern word ("floral") or an
attribute ("off shoulder"), an empty answer, or a details answer about the pose rather than the garment is
non_answer; a details answer that is only the garment's name back is restated. A detail that belongs to the top
(lace, ruffles) or that the photo cannot show (a back slit in a front shot), a top's color in a flat lay with no top,
and "leather" for faux leather or "linen" for cotton are unsupported. A run-on that repeats itself is loop even when
it ended at the limit; a run-on that keeps adding new words and stops mid-phrase at the limit is cut; a run-on that
generates "Question: ... Answer:" again is leak, whatever else is wrong in it. "He" or "a man" for a female model is
pronoun, also on the one row whose gender column is missing (the title says Women). Terse class answers from the
In-shop training ("denim", "pants", "shorts") to "What is the woman wearing?" are true and left unmarked, also in
flat lays with no woman, where naming the garment is the right answer. "Pleated" as the pattern of a plain pleated
skirt is left unmarked. When both garments really are the same color (double denim), the same color twice is right.
"""

from tests.audit_corpus import BLIND_QUESTIONS, case, color_of, details, is_a, wearing

W = "the woman"

BLIND_1334 = [
    # Front shot, grey backdrop: white round-neck tee tucked into mid-blue skinny jeans, white sneakers.
    # VQA adapter wrote every text; all right.
    case(
        "X1334-001",
        wearing("a white t-shirt and blue jeans", who=W),
        color_of("jeans", "blue"),
        color_of("t-shirt", "white"),
        is_a("jeans", "yes", article="a pair of"),
        details("jeans", "skinny fit, five pockets"),
        gender="Women",
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front shot: mustard ribbed top tucked into a black A-line midi skirt, nude heels. VQA adapter wrote every text;
    # the top's color comes back as the skirt's black, and the details loop to the limit.
    case(
        "X1334-002",
        wearing("a yellow top and a black skirt", who=W),
        color_of("skirt", "black"),
        color_of("top", "black", "contradiction"),
        is_a("skirt", "yes"),
        BLIND_QUESTIONS.pattern("solid"),
        details(
            "skirt",
            "a-line midi length with a side zip and a flared hem and a side zip and a flared hem and a side zip and a"
            " flared",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="DressBerry Women Black Solid A-Line Midi Skirt",
        category="Skirts",
        color="Black",
    ),
    # Side pose, white backdrop: white sleeveless top, olive wide-leg palazzos. VQA adapter wrote every text; it does
    # not know palazzos (no In-shop class) and says no; the details are only the garment's name.
    case(
        "X1334-003",
        wearing("pants", who=W),
        color_of("palazzos", "green"),
        color_of("top", "white"),
        is_a("palazzos", "no", "contradiction", article="a pair of"),
        details("palazzos", "palazzo pants", "restated"),
        gender="Women",
        title="SASSAFRAS Women Olive Green Solid Wide Leg Palazzos",
        category="Palazzos",
        color="Olive",
    ),
    # Front shot: grey melange longline tee over black ankle-length leggings, white sneakers. VQA adapter wrote every
    # text; the leggings get the tee's grey, and the details loop on the color.
    case(
        "X1334-004",
        wearing("a grey t-shirt and black leggings", who=W),
        color_of("leggings", "grey", "other_garment_color"),
        color_of("t-shirt", "grey"),
        is_a("leggings", "yes", article="a pair of"),
        details(
            "leggings",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Go Colors Women Black Solid Ankle Length Leggings",
        category="Leggings",
        color="Black",
    ),
    # Back view: light-blue skinny jeans with back pockets and the red tab, black tank top. VQA adapter wrote every
    # text; the top gets the jeans' blue, the details loop on the (true) red tab.
    case(
        "X1334-005",
        wearing("a black tank top and blue jeans", who=W),
        color_of("jeans", "light blue"),
        color_of("top", "blue", "contradiction"),
        details(
            "jeans",
            "the back pockets have a red tab and the back pockets have a red tab and the back pockets have a red tab"
            " and the back pockets have",
            "loop",
            hit_limit=True,
        ),
        is_a("jeans", "yes", article="a pair of"),
        gender="Women",
        title="Levis Women Blue 711 Skinny Fit Mid-Rise Light Fade Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front shot: white puff-sleeve blouse, pink mini skirt with a small floral print. VQA adapter wrote every text;
    # the skirt's color comes back as its print, the details loop.
    case(
        "X1334-006",
        wearing("a white blouse and a floral skirt", who=W),
        color_of("skirt", "floral", "non_answer"),
        color_of("blouse", "white"),
        is_a("skirt", "yes"),
        BLIND_QUESTIONS.pattern("floral"),
        details(
            "skirt",
            "the skirt is a skirt with a floral print and a floral print and a floral print and a floral print and a"
            " floral",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Tokyo Talkies Women Pink Floral Print A-Line Mini Skirt",
        category="Skirts",
        color="Pink",
    ),
    # Front shot: red-and-white striped tee, dark navy denim shorts with a frayed hem, one hand in the pocket. VQA
    # adapter wrote every text; the wearing answer runs to the limit, the shorts get the tee's red.
    case(
        "X1334-007",
        wearing(
            "a red and white striped t-shirt and navy blue denim shorts with a frayed hem and her hand in the pocket"
            " of the shorts and a",
            "cut",
            who=W,
            hit_limit=True,
        ),
        color_of("shorts", "red", "other_garment_color"),
        color_of("t-shirt", "red and white"),
        is_a("shorts", "yes", article="a pair of"),
        details("shorts", "frayed hem"),
        gender="Women",
        title="ONLY Women Navy Blue Solid Denim Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Flat lay: maroon palazzos laid flat on a white surface, elasticated waist with a drawstring; no top, no model.
    # VQA adapter wrote every text; there is no top, the "white" is the surface.
    case(
        "X1334-008",
        wearing("a pair of maroon pants on a white background", who=W),
        color_of("palazzos", "maroon"),
        color_of("top", "white", "unsupported"),
        is_a("palazzos", "yes", article="a pair of"),
        details("palazzos", "elasticated waistband with drawstring"),
        gender="Women",
        title="StyleStone Women Maroon Solid Palazzos",
        category="Palazzos",
        color="Maroon",
    ),
    # Front shot: short-haired model in an oversized light grey shirt, untucked, black slim jeans, chelsea boots.
    # VQA adapter wrote every text; "a man", "no" to jeans (reads them as pants), details run to the limit.
    case(
        "X1334-009",
        wearing("a man in a grey shirt and black pants", "pronoun", who=W),
        color_of("jeans", "black"),
        color_of("shirt", "grey"),
        is_a("jeans", "no", "contradiction", article="a pair of"),
        details(
            "jeans",
            "slim fit with a high rise waist and a five pocket design and a button closure and a zip fly and a"
            " slightly cropped ankle length and",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Pepe Jeans Women Black Slim Fit High-Rise Jeans",
        category="Jeans",
        color="Black",
    ),
    # Front shot: black fitted top tucked into a red knee-length pencil skirt, black heels. VQA adapter wrote every
    # text; the top gets the skirt's red; a back slit cannot be seen from the front.
    case(
        "X1334-010",
        wearing("a black top and a red skirt", who=W),
        color_of("skirt", "red"),
        color_of("top", "red", "contradiction"),
        is_a("skirt", "yes"),
        details("skirt", "a slit at the back", "unsupported"),
        gender="Women",
        title="AND Women Red Solid Pencil Skirt",
        category="Skirts",
        color="Red",
    ),
    # Front shot: white longline shirt over navy ankle-length leggings. VQA adapter wrote every text; the leggings'
    # color loops, the details are the garment's name back. The feed row has no gender.
    case(
        "X1334-011",
        wearing("a white shirt and navy leggings", who=W),
        color_of(
            "leggings",
            "navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "white"),
        is_a("leggings", "yes", article="a pair of"),
        details("leggings", "leggings", "restated"),
        title="De Moza Women Navy Blue Solid Ankle-Length Leggings",
        category="Leggings",
        color="Navy Blue",
    ),
    # Front shot: black graphic tee with a white print, blue boyfriend jeans ripped at the knees, hems rolled,
    # sneakers. VQA adapter wrote every text; the tee's color loops, the pattern is the tee's print.
    case(
        "X1334-012",
        wearing("a black graphic tee and ripped jeans", who=W),
        color_of("jeans", "blue"),
        color_of(
            "t-shirt",
            "black-white-black-white-black-white-black-white-black-white-black-white-black-white-black",
            "loop",
            hit_limit=True,
        ),
        details("jeans", "ripped knees"),
        BLIND_QUESTIONS.pattern("graphic", "contradiction"),
        is_a("jeans", "yes", article="a pair of"),
        gender="Women",
        title="Roadster Women Blue Boyfriend Fit Mid-Rise Highly Distressed Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front shot: blue chambray shirt knotted at the waist, white denim shorts. VQA adapter wrote every text; the
    # shorts get the shirt's blue, and "the shorts are short" says nothing.
    case(
        "X1334-013",
        wearing("a blue shirt and white shorts", who=W),
        color_of("shorts", "blue", "other_garment_color"),
        color_of("shirt", "blue"),
        is_a("shorts", "yes", article="a pair of"),
        details("shorts", "the shorts are short", "restated"),
        gender="Women",
        title="FOREVER 21 Women White Solid Denim Shorts",
        category="Shorts",
        color="White",
    ),
    # Front shot: black camisole, mustard flared palazzos. VQA adapter wrote every text; the details answer goes on
    # into the training format and stops at the newline after it.
    case(
        "X1334-014",
        wearing("a black top and yellow pants", who=W),
        color_of("palazzos", "yellow"),
        color_of("top", "black"),
        is_a("palazzos", "yes", article="a pair of"),
        details("palazzos", "flared hem Question: What is the color of the pants? Answer: yellow", "leak"),
        gender="Women",
        title="Mast & Harbour Women Mustard Yellow Solid Flared Palazzos",
        category="Palazzos",
        color="Mustard",
    ),
    # Front shot: white shirt with thin black pinstripes tucked into grey high-rise skinny jeans. VQA adapter wrote
    # every text; the shirt gets the jeans' grey; the details run to the limit.
    case(
        "X1334-015",
        wearing("a white shirt and grey jeans", who=W),
        color_of("jeans", "grey"),
        color_of("shirt", "grey", "contradiction"),
        is_a("jeans", "yes", article="a pair of"),
        details(
            "jeans",
            "high rise skinny fit jeans with a clean look and a five pocket styling and a button and zip closure and a"
            " pair of",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Kraus Jeans Women Grey Skinny Fit High-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Grey",
    ),
    # Front shot: black knit sweater tucked into a black faux leather mini skirt, black ankle boots. VQA adapter wrote
    # every text; the all-black outfit reads as a sweater dress; the skirt is faux leather.
    case(
        "X1334-016",
        wearing("a black sweater dress", "contradiction", who=W),
        color_of("skirt", "black"),
        color_of("sweater", "black"),
        BLIND_QUESTIONS.material("leather", "unsupported"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Vero Moda Women Black Faux Leather Straight Mini Skirt",
        category="Skirts",
        color="Black",
    ),
    # Front shot: white tank top, black leggings, a rolled purple yoga mat under her arm. VQA adapter wrote every
    # text; the wearing answer loops, the leggings' answer generates the prompt format again, the top gets the mat's
    # purple.
    case(
        "X1334-017",
        wearing(
            "a white tank top and black leggings and a purple yoga mat under her arm and a white tank top and black"
            " leggings and a",
            "loop",
            who=W,
            hit_limit=True,
        ),
        color_of(
            "leggings",
            "black Question: What is the color of the leggings? Answer: black Question: What is the color of the"
            " leggings? Answer:",
            "leak",
            hit_limit=True,
        ),
        color_of("tank top", "purple", "contradiction"),
        is_a("leggings", "yes", article="a pair of"),
        gender="Women",
        title="Jockey Women Black Solid Slim Fit Leggings",
        category="Leggings",
        color="Black",
    ),
    # Front shot: black-and-white striped tee tucked into beige pleated palazzos. VQA adapter wrote every text; the
    # palazzos get the stripe's white, "no" to palazzos, and the pattern is the tee's.
    case(
        "X1334-018",
        wearing("a striped shirt and beige pants", who=W),
        color_of("palazzos", "white", "other_garment_color"),
        color_of("t-shirt", "black and white"),
        is_a("palazzos", "no", "contradiction", article="a pair of"),
        details("palazzos", "pleated"),
        BLIND_QUESTIONS.pattern("striped", "contradiction"),
        gender="Women",
        title="SASSAFRAS Women Beige Solid Pleated Palazzos",
        category="Palazzos",
        color="Beige",
    ),
    # Back view: light-blue denim mom shorts, white tank top. VQA adapter wrote every text; the top gets the shorts'
    # blue, the details loop on the back pockets. The feed row has no category.
    case(
        "X1334-019",
        wearing("shorts", who=W),
        color_of("shorts", "blue"),
        color_of("top", "blue", "contradiction"),
        is_a("shorts", "yes", article="a pair of"),
        details(
            "shorts",
            "the back pockets and the back pockets and the back pockets and the back pockets and the back pockets and"
            " the back",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Levis Women Blue Washed Mom Denim Shorts",
        color="Blue",
    ),
    # Front shot, hands in the skirt's pockets: white tee tucked into a navy midi skirt with small white polka dots,
    # white sneakers. VQA adapter wrote every text; the wearing answer is cut at the limit, the skirt gets white,
    # the details loop.
    case(
        "X1334-020",
        wearing(
            "a white t-shirt tucked into a navy blue polka dot midi skirt and a pair of white sneakers and she is"
            " standing with her hands in the pockets of the",
            "cut",
            who=W,
            hit_limit=True,
        ),
        color_of("skirt", "white", "other_garment_color"),
        color_of("t-shirt", "white"),
        BLIND_QUESTIONS.pattern("dots"),
        is_a("skirt", "yes"),
        details(
            "skirt",
            "polka dots with a elasticated waistband with a elasticated waistband with a elasticated waistband with a"
            " elasticated waistband with a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Marks & Spencer Women Navy Blue Polka Dot Print Flared Midi Skirt",
        category="Skirts",
        color="Navy Blue",
    ),
    # Front shot: black turtleneck, off-white straight jeans, brown loafers, a takeaway coffee cup in hand. VQA
    # adapter wrote every text; the wearing answer runs to the limit, "no" to white jeans.
    case(
        "X1334-021",
        wearing(
            "a black turtleneck sweater and white jeans and a pair of brown loafers and she is holding a cup of coffee"
            " in her hand and she is",
            "cut",
            who=W,
            hit_limit=True,
        ),
        color_of("jeans", "white"),
        color_of("sweater", "black"),
        is_a("jeans", "no", "contradiction", article="a pair of"),
        details("jeans", "straight leg"),
        gender="Women",
        title="Mango Women Off-White Straight Fit High-Rise Jeans",
        category="Jeans",
        color="Off White",
    ),
    # Front shot: white lace top, peach flared palazzos. VQA adapter wrote every text; the lace is the top's.
    case(
        "X1334-022",
        wearing("she is wearing a white top and pink pants", who=W),
        color_of("palazzos", "pink"),
        color_of("top", "white"),
        is_a("palazzos", "yes", article="a pair of"),
        details("palazzos", "lace", "unsupported"),
        gender="Women",
        title="Athena Women Peach-Coloured Solid Flared Palazzos",
        category="Palazzos",
        color="Peach",
    ),
    # Front shot: pink longline shirt over blue skinny jeggings. VQA adapter wrote every text; the yes/no answer
    # never stops.
    case(
        "X1334-023",
        wearing("a pink shirt and blue jeans", who=W),
        color_of("jeggings", "blue"),
        color_of("shirt", "pink"),
        is_a(
            "jeggings",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes"
            " yes yes yes yes",
            "loop",
            hit_limit=True,
            article="a pair of",
        ),
        gender="Women",
        title="Kraus Jeans Women Blue Skinny Fit Mid-Rise Stretchable Jeggings",
        category="Jeggings",
        color="Blue",
    ),
    # Front shot: black crop top, olive cargo shorts with flap pockets, sunglasses pushed up on her head. VQA adapter
    # wrote every text; all right ("khaki" for olive).
    case(
        "X1334-024",
        wearing("a black crop top and green shorts", who=W),
        color_of("shorts", "khaki"),
        color_of("top", "black"),
        details("shorts", "cargo pockets"),
        is_a("shorts", "yes", article="a pair of"),
        gender="Women",
        title="DressBerry Women Olive Green Solid Cargo Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Front shot, double denim: mid-blue denim shirt over mid-blue wide-leg jeans. VQA adapter wrote every text; the
    # same blue for both garments is right here.
    case(
        "X1334-025",
        wearing("a denim shirt and jeans", who=W),
        color_of("jeans", "blue"),
        color_of("shirt", "blue"),
        is_a("jeans", "yes", article="a pair of"),
        details("jeans", "wide leg"),
        gender="Women",
        title="ONLY Women Blue Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front shot: white graphic tee tucked into an emerald green satin-finish flared midi skirt (no slit). VQA adapter
    # wrote every text; the skirt's color answer generates the next question, the details loop on a slit.
    case(
        "X1334-026",
        wearing("a white t-shirt and a green skirt", who=W),
        color_of("skirt", "green Question: What is the color of the t-shirt? Answer: white", "leak"),
        color_of("t-shirt", "white"),
        BLIND_QUESTIONS.material("satin"),
        details(
            "skirt",
            "a slit on the side and a slit on the side and a slit on the side and a slit on the side and a slit on the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Tokyo Talkies Women Green Satin Solid Flared Midi Skirt",
        category="Skirts",
        color="Green",
    ),
    # Front shot: black hoodie, maroon leggings, white sneakers. VQA adapter wrote every text; the leggings get the
    # hoodie's black, the details answer is about "he".
    case(
        "X1334-027",
        wearing("a black hoodie and red leggings", who=W),
        color_of("leggings", "black", "other_garment_color"),
        color_of("hoodie", "black"),
        is_a("leggings", "yes", article="a pair of"),
        details("leggings", "he is wearing a black hoodie", "pronoun"),
        gender="Women",
        title="Go Colors Women Maroon Solid Ankle Length Leggings",
        category="Leggings",
        color="Maroon",
    ),
    # Front shot: white linen shirt, black cotton shorts, a straw hat in hand. VQA adapter wrote every text; the
    # wearing answer loops; the shorts are cotton, not linen.
    case(
        "X1334-028",
        wearing(
            "a white shirt and black shorts and a straw hat and a white shirt and black shorts and a straw hat and a"
            " white",
            "loop",
            who=W,
            hit_limit=True,
        ),
        color_of("shorts", "black"),
        color_of("shirt", "white"),
        is_a("shorts", "yes", article="a pair of"),
        BLIND_QUESTIONS.material("linen", "unsupported"),
        gender="Women",
        title="HERE&NOW Women Black Solid Cotton Regular Shorts",
        category="Shorts",
        color="Black",
    ),
    # Front shot: pink tee, grey melange capris, sports shoes. VQA adapter wrote every text; the wearing answer loops,
    # "no" to capris (no In-shop class).
    case(
        "X1334-029",
        wearing(
            "a pink t-shirt and grey pants and white shoes and a pink t-shirt and grey pants and white shoes and a pink"
            " t-shirt and",
            "loop",
            who=W,
            hit_limit=True,
        ),
        color_of("capris", "grey"),
        color_of("t-shirt", "pink"),
        is_a("capris", "no", "contradiction", article="a pair of"),
        gender="Women",
        title="Go Colors Women Grey Melange Solid Capris",
        category="Capris",
        color="Grey Melange",
    ),
    # Model seated on a wooden stool, legs crossed: tan ribbed top, mid-blue straight jeans. VQA adapter wrote every
    # text; the wearing answer runs to the limit, the details answer is about the pose. The feed row has no color.
    case(
        "X1334-030",
        wearing(
            "a brown top and blue jeans sitting on a wooden stool with her legs crossed and her hands on her knees and"
            " her hair is",
            "cut",
            who=W,
            hit_limit=True,
        ),
        color_of("jeans", "blue"),
        color_of("top", "brown"),
        is_a("jeans", "yes", article="a pair of"),
        details("jeans", "she is sitting on a stool", "non_answer"),
        gender="Women",
        title="Levis Women Blue 724 High-Rise Straight Fit Jeans",
        category="Jeans",
    ),
    # Front shot: red-and-black checked flannel shirt tied at the waist, black skater mini skirt, black boots. VQA
    # adapter wrote every text; the skirt gets the shirt's red, the pattern is the shirt's.
    case(
        "X1334-031",
        wearing("a plaid shirt and a black skirt", who=W),
        color_of("skirt", "red", "other_garment_color"),
        color_of("shirt", "red and black"),
        BLIND_QUESTIONS.pattern("plaid", "contradiction"),
        is_a("skirt", "yes"),
        gender="Women",
        title="FOREVER 21 Women Black Solid Flared Skater Mini Skirt",
        category="Skirts",
        color="Black",
    ),
    # Front shot: knee-length yellow printed kurta over white straight palazzos. VQA adapter wrote every text; the
    # kurta reads as a dress and the palazzos vanish from the wearing answer; the details loop.
    case(
        "X1334-032",
        wearing("a yellow dress", "contradiction", who=W),
        color_of("palazzos", "white"),
        color_of("kurta", "yellow"),
        is_a("palazzos", "yes", article="a pair of"),
        details(
            "palazzos",
            "the palazzos are white and the kurta is yellow and the palazzos are white and the kurta is yellow and the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Libas Women White Solid Straight Palazzos",
        category="Palazzos",
        color="White",
    ),
    # Front shot: white tee, light-blue denim jacket worn open, black skinny jeans. VQA adapter wrote every text; the
    # jeans get the jacket's blue, the details loop.
    case(
        "X1334-033",
        wearing("a denim jacket and black jeans", who=W),
        color_of("jeans", "blue", "other_garment_color"),
        color_of("jacket", "blue"),
        color_of("t-shirt", "white"),
        is_a("jeans", "yes", article="a pair of"),
        details(
            "jeans",
            "black denim with a denim jacket and a white t-shirt and a denim jacket and a white t-shirt and a denim"
            " jacket and a white",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Roadster Women Black Skinny Fit Mid-Rise Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # Styled flat lay: blue washed denim shorts, a folded white tee beside them, sunglasses on top; no model. VQA
    # adapter wrote every text; the tee gets the shorts' blue, the details answer is the sunglasses.
    case(
        "X1334-034",
        wearing("shorts", who=W),
        color_of("shorts", "blue"),
        color_of("t-shirt", "blue", "contradiction"),
        is_a("shorts", "yes", article="a pair of"),
        details("shorts", "a pair of sunglasses", "contradiction"),
        gender="Women",
        title="Roadster Women Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Front shot: white tank top, teal wide-leg palazzos with a white leaf print. VQA adapter wrote every text; "no" to
    # palazzos, the details loop.
    case(
        "X1334-035",
        wearing("a white tank top and blue pants", who=W),
        color_of("palazzos", "teal"),
        color_of("top", "white"),
        BLIND_QUESTIONS.pattern("floral"),
        details(
            "palazzos",
            "the pants are a pair of pants with a print and a print and a print and a print and a print and a print and"
            " a print",
            "loop",
            hit_limit=True,
        ),
        is_a("palazzos", "no", "contradiction", article="a pair of"),
        gender="Women",
        title="Sera Women Teal Printed Wide Leg Palazzos",
        category="Palazzos",
        color="Teal",
    ),
    # Front shot: white ruffled blouse, dark blue bootcut jeans, heels. VQA adapter wrote every text; the jeans'
    # color loops, the ruffles are the blouse's.
    case(
        "X1334-036",
        wearing("a white blouse and blue jeans", who=W),
        color_of(
            "jeans",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            hit_limit=True,
        ),
        color_of("blouse", "white"),
        is_a("jeans", "yes", article="a pair of"),
        details("jeans", "ruffles", "unsupported"),
        gender="Women",
        title="Pepe Jeans Women Blue Bootcut Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front shot: short-haired model in a navy tee, grey melange lounge shorts with a drawstring. VQA adapter wrote
    # every text; "he", and the tee's color loops.
    case(
        "X1334-037",
        wearing("he is wearing a blue t-shirt and grey shorts", "pronoun", who=W),
        color_of("shorts", "grey"),
        color_of(
            "t-shirt",
            "navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy",
            "loop",
            hit_limit=True,
        ),
        is_a("shorts", "yes", article="a pair of"),
        details("shorts", "drawstring"),
        gender="Women",
        title="Jockey Women Grey Melange Solid Lounge Shorts",
        category="Shorts",
        color="Grey Melange",
    ),
    # Front shot: black tee tucked into a beige pleated midi skirt, white sneakers. VQA adapter wrote every text; the
    # beige reads as white, and the yes/no answer generates another question (a wrong "dress").
    case(
        "X1334-038",
        wearing("a black t-shirt and a skirt", who=W),
        color_of("skirt", "white", "contradiction"),
        color_of("t-shirt", "black"),
        is_a("skirt", "no Question: Is this a dress? Answer: yes", "leak"),
        BLIND_QUESTIONS.pattern("pleated"),
        gender="Women",
        title="Mango Women Beige Solid Pleated Midi Skirt",
        category="Skirts",
        color="Beige",
    ),
    # Back view: white oversized shirt over charcoal leggings. VQA adapter wrote every text; the details answer came
    # back empty (a newline first).
    case(
        "X1334-039",
        wearing("a white shirt and black leggings", who=W),
        color_of("leggings", "dark grey"),
        color_of("shirt", "white"),
        is_a("leggings", "yes", article="a pair of"),
        details("leggings", "", "non_answer"),
        gender="Women",
        title="Marks & Spencer Women Charcoal Grey Solid Leggings",
        category="Leggings",
        color="Charcoal",
    ),
    # Front shot: yellow crop top, light-blue high-rise mom jeans, a brown handbag on her arm. VQA adapter wrote every
    # text; the top gets the bag's brown, the details answer generates two more questions up to the limit.
    case(
        "X1334-040",
        wearing("a yellow top and jeans", who=W),
        color_of("jeans", "blue"),
        color_of("top", "brown", "contradiction"),
        is_a("jeans", "yes", article="a pair of"),
        details(
            "jeans",
            "high waisted Question: What is the color of the jeans? Answer: blue Question: What is the color of the"
            " top? Answer: yellow",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Roadster Women Blue Mom Fit High-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front shot: white off-shoulder top, blue denim A-line mini skirt with a button front. VQA adapter wrote every
    # text; "denim" is true; "no" to a skirt; the top's color answer names its neckline.
    case(
        "X1334-041",
        wearing("denim", who=W),
        color_of("skirt", "blue"),
        color_of("top", "off shoulder", "non_answer"),
        is_a("skirt", "no", "contradiction"),
        details("skirt", "buttons down the front"),
        gender="Women",
        title="Tokyo Talkies Women Blue Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
    ),
    # Front shot: short-haired model in a white shirt with black polka dots, black flared palazzos. VQA adapter wrote
    # every text; "he", and the pattern is the shirt's. The feed row has no gender.
    case(
        "X1334-042",
        wearing("he is wearing a polka dot shirt and black pants", "pronoun", who=W),
        color_of("palazzos", "black"),
        color_of("shirt", "black and white"),
        BLIND_QUESTIONS.pattern("dots", "contradiction"),
        is_a("palazzos", "yes", article="a pair of"),
        title="SASSAFRAS Women Black Solid Flared Palazzos",
        category="Palazzos",
        color="Black",
    ),
    # Front shot: white tee, lavender shorts with an elastic drawstring waist and side pockets. VQA adapter wrote every
    # text; the tee's answer generates the next question, the details are cut at the limit.
    case(
        "X1334-043",
        wearing("a white t-shirt and purple shorts", who=W),
        color_of("shorts", "purple"),
        color_of("t-shirt", "white Question: What is the color of the shorts? Answer: purple", "leak"),
        is_a("shorts", "yes", article="a pair of"),
        details(
            "shorts",
            "the shorts have an elastic waistband and two side pockets and a drawstring at the waist and a small slit"
            " at the side of the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="FOREVER 21 Women Lavender Solid Regular Shorts",
        category="Shorts",
        color="Lavender",
    ),
    # Front shot: long beige belted trench coat, open, over a white tee and navy straight jeans. VQA adapter wrote
    # every text; the jeans get the coat's beige, the details loop on the coat's belt.
    case(
        "X1334-044",
        wearing("a beige coat and blue jeans", who=W),
        color_of("jeans", "beige", "other_garment_color"),
        color_of("coat", "beige"),
        color_of("t-shirt", "white"),
        is_a("jeans", "yes", article="a pair of"),
        details(
            "jeans",
            "the coat has a belt and the coat has a belt and the coat has a belt and the coat has a belt and the coat",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Roadster Women Navy Blue Straight Fit Clean Look Jeans",
        category="Jeans",
        color="Navy Blue",
    ),
    # Front shot: black-and-white striped long top, mustard ankle-length leggings. VQA adapter wrote every text; all
    # right.
    case(
        "X1334-045",
        wearing("a striped top and yellow leggings", who=W),
        color_of("leggings", "yellow"),
        color_of("top", "black and white"),
        is_a("leggings", "yes", article="a pair of"),
        details("leggings", "ankle length"),
        gender="Women",
        title="Go Colors Women Mustard Solid Ankle Length Leggings",
        category="Leggings",
        color="Mustard",
    ),
]
