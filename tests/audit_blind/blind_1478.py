"""BLIND_1478 (45 products; Myntra women's western bottoms worn with tops, VQA adapter, garment colors): written blind
in the sixty-fifth session. Measured blind at af418ff (the session's third rules): 71/76 failures found (93.4%) and
10/143 correct texts flagged (7.0%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's western bottoms (articleType Jeans, Skirts, Palazzos, Leggings, Shorts, one Jeggings
and one row with no articleType), each shot the catalog's usual way: a model on a plain backdrop wearing the product
with a top, sometimes a back view, a waist-down crop with no face, a prop (bag, stool, sunglasses, straw hat), one flat
lay. The columns are the feed's: title, category (articleType), color (baseColour), gender; two rows lack gender and one
lacks category. The job asks, per product: what the person is wearing, "Is this a <product>?", the color of the
product's garment and the color of "the top" (the job always calls the upper garment "the top"), and for some
products the details, the pattern, the garment type or the material.
Who wrote what: every text is the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b), greedy,
free generation, `Question: ... Answer:` prompt, 30 new tokens at most; there is no caption (this adapter's captions
are broken, so the job skips the caption for it). Short answers stop on a newline (the base model's habit survives a
one-epoch LoRA on q/k); when the model does not stop it loops, runs on into the next `Question:`/`Answer:` of the
training format, or is cut mid-phrase at 30 tokens (hit_limit=True on those).
Labeling conventions and judgement calls:
- loop: an answer that repeats itself to the limit, even when its first words are right ("blue-blue-blue...").
- leak: an answer that runs on into "Question: ... Answer: ..." or "Answer: ..." of the prompt format.
- cut: a true answer cut mid-phrase at 30 tokens without repeating itself.
- other_garment_color: the product's own color question answered with the top's (or another visible item's) color.
- contradiction: a wrong color for the top (including the product's color copied onto it, or a handbag's), a wrong
  garment ("no" to "Is this a ...?" for the product; "jumpsuit", "dress", "jeans" for a skirt), and a pattern or type
  question ("the garment") answered for the top instead of the product.
- unsupported: a detail or item not in the photo (rips on clean jeans, a back slit seen from the front, a bag nobody
  carries, a top color on a flat lay with no top, a material the photo and title do not show).
- non_answer: "yes" to an open question, an empty answer, the garment's name alone for its details;
  restated: the question's words given back.
- pronoun: "he"/"a man" for a woman (always on headless or back shots).
- Left correct: near-hue names (navy jeans "blue" or "navy", rust "rust" or "brown", mustard "yellow", lavender
  "purple", peach "pink", coral "pink", teal "turquoise", charcoal "grey", off-white "white"), vendor-style two-tone
  answers for a striped or printed top ("white-black", "navy-white"), "pure color" for a solid garment, an answer that
  names only the top or calls jeggings "jeans" and palazzos "pants", and the color of an open outer layer (denim
  shirt) given for "the top". Two garments of one color (a black co-ord) are correct when the photo has them so.
"""

from tests.audit_corpus import BLIND_QUESTIONS, case, color_of, details, is_a, wearing


def col(garment, text, failure=None, hit_limit=False):
    """The job's color question, free generation (stored open)."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


PAIR = "a pair of"

BLIND_1478 = [
    # Photo: front, grey backdrop; medium-blue skinny jeans, white crew-neck tee tucked in, white sneakers, hands in the
    # front pockets. All texts: VQA adapter.
    case(
        "X1478-001",
        wearing(
            "a woman wearing a white t-shirt and blue jeans and white sneakers standing in front of a grey wall with "
            "her hands in her pockets and her",
            "cut",
            hit_limit=True,
        ),
        is_a("jeans", "yes", article=PAIR),
        col("jeans", "blue"),
        col("top", "white"),
        details(
            "jeans",
            "the jeans have a zip fly and a button closure and two pockets on the front and two pockets on the back "
            "and a zip fly and a button",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: black pleated mini skirt, white tee with thin black horizontal stripes tucked in, black ankle boots, white
    # backdrop. All texts: VQA adapter.
    case(
        "X1478-002",
        wearing("a black skirt and a striped shirt"),
        is_a(
            "skirt",
            "yes Question: Is this a skirt? Answer: yes Question: Is this a skirt? Answer: yes Question: Is this a "
            "skirt? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        col("skirt", "black"),
        col("top", "white-black"),
        BLIND_QUESTIONS.pattern("striped", "contradiction"),
        gender="Women",
        title="SASSAFRAS Women Black Solid Pleated Mini Skirt",
        category="Skirts",
        color="Black",
    ),
    # Photo: maroon ankle-length leggings, long cream tunic to mid-thigh, brown flats. All texts: VQA adapter.
    case(
        "X1478-003",
        wearing(
            "a cream top and maroon leggings and a cream top and maroon leggings and a cream top and maroon leggings "
            "and a cream top and maroon leggings and a cream",
            "loop",
            hit_limit=True,
        ),
        is_a("leggings", "yes", article=PAIR),
        col("leggings", "maroon"),
        col("top", "cream"),
        details("leggings", "leggings", "non_answer"),
        gender="Women",
        title="Go Colors Women Maroon Solid Ankle-Length Leggings",
        category="Leggings",
        color="Maroon",
    ),
    # Photo: mustard palazzos with a small white floral block print, white sleeveless top, front view. All texts: VQA
    # adapter.
    case(
        "X1478-004",
        wearing(" ".join(["pants"] * 30), "loop", hit_limit=True),
        is_a("palazzos", "no", "contradiction", article=PAIR),
        col("palazzos", "yellow"),
        col("top", "white"),
        BLIND_QUESTIONS.pattern("floral"),
        gender="Women",
        title="Libas Women Mustard Yellow Printed Flared Palazzos",
        category="Palazzos",
        color="Mustard",
    ),
    # Photo: olive cotton shorts with a rolled hem, black tank top, sunglasses held in the right hand, white backdrop.
    # All texts: VQA adapter.
    case(
        "X1478-005",
        wearing(
            "a woman wearing a black tank top and olive green shorts holding a pair of sunglasses in her right hand "
            "and standing in front of a white",
            "cut",
            hit_limit=True,
        ),
        is_a("shorts", "yes", article=PAIR),
        col("shorts", "black", "other_garment_color"),
        col("top", "black"),
        details("shorts", "the shorts have a rolled up hem"),
        gender="Women",
        title="HERE&NOW Women Olive Green Solid Regular Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Photo: beige button-front A-line midi skirt, black fitted tee tucked in, white backdrop; the fabric looks like a
    # plain cotton twill. All texts: VQA adapter.
    case(
        "X1478-006",
        wearing("skirt"),
        is_a("skirt", " ".join(["yes it is a skirt"] * 5) + " yes", "loop", hit_limit=True),
        col("skirt", "beige"),
        col("top", "black"),
        details("skirt", "buttons down the front"),
        BLIND_QUESTIONS.material("linen", "unsupported"),
        gender="Women",
        title="Tokyo Talkies Women Beige Solid A-Line Midi Skirt",
        category="Skirts",
        color="Beige",
    ),
    # Photo: back view; light-wash skinny jeans, red tab on the right back pocket, navy-and-white striped tee. All
    # texts: VQA adapter.
    case(
        "X1478-007",
        wearing(
            "jeans Question: What is the person wearing? Answer: jeans Question: What is the person wearing? Answer: "
            "jeans Question: What is",
            "leak",
            hit_limit=True,
        ),
        is_a("jeans", "yes", article=PAIR),
        col("jeans", "-".join(["blue"] * 15), "loop", hit_limit=True),
        col("top", "navy-white"),
        details("jeans", "the jeans have a red tag on the back pocket"),
        gender="Women",
        title="Levis Women Blue 711 Skinny Fit Light Fade Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: pastel pink wide-leg palazzos, white ruffled top, tan handbag on the forearm. All texts: VQA adapter.
    case(
        "X1478-008",
        wearing("a pink pant and a white top"),
        is_a("palazzos", "yes", article=PAIR),
        col("palazzos", "pink"),
        col("top", "brown", "contradiction"),
        details(
            "palazzos",
            "the pants are wide leg pants with a wide leg and a wide leg and a wide leg and a wide leg and a wide leg "
            "and",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="DressBerry Women Pink Solid Wide Leg Palazzos",
        category="Palazzos",
        color="Pink",
    ),
    # Photo: dark indigo high-rise wide-leg jeans, mustard ribbed top tucked in, white backdrop. All texts: VQA adapter.
    case(
        "X1478-009",
        wearing("denim"),
        is_a("jeans", " ".join(["yes"] * 30), "loop", hit_limit=True, article=PAIR),
        col("jeans", "navy"),
        col("top", " ".join(["mustard yellow"] * 10), "loop", hit_limit=True),
        details("jeans", "the jeans are high waisted and have a wide leg"),
        gender="Women",
        title="Mast & Harbour Women Navy Blue Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Navy Blue",
    ),
    # Photo: flat lay on a white surface; black denim shorts with a frayed hem; no top, no person. All texts: VQA
    # adapter.
    case(
        "X1478-010",
        wearing("yes", "non_answer"),
        is_a("shorts", "yes", article=PAIR),
        col("shorts", "black"),
        col("top", "white", "unsupported"),
        details("shorts", "the shorts have a frayed hem and a button closure"),
        gender="Women",
        title="ONLY Women Black Solid Denim Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: cropped at the shoulders (no face); teal leggings, long white tunic with a small teal print. All texts: VQA
    # adapter.
    case(
        "X1478-011",
        wearing("a man wearing a white shirt and teal pants", "pronoun"),
        is_a("leggings", "yes", article=PAIR),
        col("leggings", "turquoise"),
        col("top", "white " + " ".join(["Answer: white"] * 9), "leak", hit_limit=True),
        gender="Women",
        title="Twin Birds Women Teal Solid Ankle-Length Leggings",
        category="Leggings",
        color="Teal",
    ),
    # Photo: red-and-black tartan mini skirt, black turtleneck, black tights, grey backdrop. All texts: VQA adapter.
    case(
        "X1478-012",
        wearing("a black top and a plaid skirt"),
        is_a("skirt", "yes"),
        col("skirt", "red-black"),
        col("top", "black"),
        BLIND_QUESTIONS.pattern("plaid"),
        details(
            "skirt",
            "the skirt is a plaid skirt with a plaid pattern and a plaid pattern and a plaid pattern and a plaid "
            "pattern and a plaid pattern",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="FOREVER 21 Women Red & Black Checked Mini A-Line Skirt",
        category="Skirts",
        color="Red",
    ),
    # Photo: grey-wash relaxed mom jeans, black long-sleeve bodysuit, black belt; no bag anywhere. All texts: VQA
    # adapter.
    case(
        "X1478-013",
        wearing("a woman wearing a black top and grey jeans with a black belt and a black bag", "unsupported"),
        is_a("jeans", "yes", article=PAIR),
        col("jeans", "black", "other_garment_color"),
        col("top", "black"),
        details("jeans", "the jeans have a black belt"),
        gender="Women",
        title="Kotty Women Grey Relaxed Fit High-Rise Jeans",
        category="Jeans",
        color="Grey",
    ),
    # Photo: black leggings, grey melange oversized sweatshirt, white sneakers. All texts: VQA adapter.
    case(
        "X1478-014",
        wearing("sweatshirt"),
        is_a("leggings", "yes", article=PAIR),
        col("leggings", "-".join(["black"] * 15), "loop", hit_limit=True),
        col("top", "grey"),
        gender="Women",
        title="De Moza Women Black Solid Ankle-Length Leggings",
        category="Leggings",
        color="Black",
    ),
    # Photo: model sitting on a wooden stool; white broderie-anglaise midi skirt with a scalloped eyelet hem, black cami
    # tucked in. All texts: VQA adapter.
    case(
        "X1478-015",
        wearing("a white skirt and black top"),
        is_a("skirt", "no", "contradiction"),
        col("skirt", "white"),
        col("top", "black"),
        details(
            "skirt",
            "the skirt is a white midi skirt with a lace hem and a lace trim on the waist and a lace trim on the hem "
            "and a lace",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Vero Moda Women White Schiffli Flared Midi Skirt",
        category="Skirts",
        color="White",
    ),
    # Photo: back view, hair tied up; navy running shorts with white side piping, neon pink racerback tank. All texts:
    # VQA adapter.
    case(
        "X1478-016",
        wearing("a man in navy shorts and a pink tank top", "pronoun"),
        is_a("shorts", "yes", article=PAIR),
        col("shorts", "pink", "other_garment_color"),
        col("top", "pink"),
        details("shorts", "the shorts have a white stripe on the side"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Navy Blue Solid Running Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Photo: rust flared palazzos, cream camisole, gold pendant, beige backdrop. All texts: VQA adapter.
    case(
        "X1478-017",
        wearing("a cream top and brown pants"),
        is_a("palazzos", " ".join(["yes"] * 30), "loop", hit_limit=True, article=PAIR),
        col("palazzos", "rust"),
        col("top", "rust", "contradiction"),
        BLIND_QUESTIONS.pattern("pure color"),
        gender="Women",
        title="AND Women Rust Solid Flared Palazzos",
        category="Palazzos",
        color="Rust",
    ),
    # Photo: mid-blue bootcut jeans, red off-shoulder top, brown sandals. All texts: VQA adapter.
    case(
        "X1478-018",
        wearing("jeans and a red top"),
        is_a(
            "jeans",
            "yes Question: Is this a pair of jeans? Answer: yes Question: Is this a pair of jeans? Answer: yes "
            "Question: Is",
            "leak",
            hit_limit=True,
            article=PAIR,
        ),
        col(
            "jeans",
            "blue Question: What is the color of the top? Answer: red Question: What is the color of the jeans? "
            "Answer: blue Question: What",
            "leak",
            hit_limit=True,
        ),
        col("top", "red"),
        gender="Women",
        title="StyleStone Women Blue Bootcut Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: front view, hands on hips, white wall; charcoal knee-length pencil skirt, pale blue shirt tucked in, black
    # pumps. The back of the skirt is not visible. All texts: VQA adapter.
    case(
        "X1478-019",
        wearing(
            "a woman wearing a light blue shirt and a grey pencil skirt with black high heels standing in front of a "
            "white wall with her hands on her hips and",
            "cut",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        col("skirt", "grey"),
        col("top", "blue"),
        details("skirt", "the skirt has a slit at the back", "unsupported"),
        gender="Women",
        title="Marks & Spencer Women Charcoal Grey Solid Pencil Skirt",
        category="Skirts",
        color="Charcoal",
    ),
    # Photo: khaki cargo shorts with flap pockets, white tank under an open light-blue denim shirt. All texts: VQA
    # adapter. "blue" for the top is the open denim shirt: left correct (see notes).
    case(
        "X1478-020",
        wearing("a denim shirt and khaki shorts"),
        is_a(
            "shorts", " ".join(["yes it is a pair of shorts"] * 4) + " yes it is", "loop", hit_limit=True, article=PAIR
        ),
        col("shorts", "khaki"),
        col("top", "blue"),
        details("shorts", "the shorts have pockets on the sides"),
        gender="Women",
        title="H&M Women Khaki Cotton Cargo Shorts",
        category="Shorts",
        color="Khaki",
    ),
    # Photo: lavender satin slip midi skirt with a side slit, white tee, white sneakers. All texts: VQA adapter.
    case(
        "X1478-021",
        wearing("a white shirt and a purple skirt"),
        is_a("skirt", "yes"),
        col("skirt", "purple"),
        col("top", " ".join(["white shirt"] * 15), "loop", hit_limit=True),
        BLIND_QUESTIONS.material("satin"),
        details(
            "skirt",
            "the skirt is a midi skirt with a slit on the side and a slit on the side and a slit on the side and a "
            "slit on the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Urbanic Women Lavender Solid Satin Midi Slip Skirt",
        category="Skirts",
        color="Lavender",
    ),
    # Photo: waist-down crop, no face; black jeggings, white shirt knotted at the waist, white sneakers. All texts: VQA
    # adapter.
    case(
        "X1478-022",
        wearing("he is wearing black pants and a white shirt", "pronoun"),
        is_a("jeggings", "no", "contradiction", article=PAIR),
        col("jeggings", "black"),
        col("top", "white"),
        gender="Women",
        title="Roadster Women Black Skinny Fit Mid-Rise Jeggings",
        category="Jeggings",
        color="Black",
    ),
    # Photo: off-white cotton palazzos, navy sleeveless top with white polka dots. All texts: VQA adapter.
    case(
        "X1478-023",
        wearing("pants"),
        is_a("palazzos", "yes", article=PAIR),
        col("palazzos", "navy", "other_garment_color"),
        col("top", "navy"),
        BLIND_QUESTIONS.pattern("polka dot", "contradiction"),
        gender="Women",
        title="Jaipur Kurti Women Off-White Solid Cotton Flared Palazzos",
        category="Palazzos",
        color="Off White",
    ),
    # Photo: grey melange sweat shorts with a drawstring and a white cat logo on the left leg, black crop tee. All
    # texts: VQA adapter.
    case(
        "X1478-024",
        wearing("shorts"),
        is_a("shorts", "yes", article=PAIR),
        col(
            "shorts",
            "grey Question: What is the color of the top? Answer: black Question: What is the color of the shorts? "
            "Answer: grey Question:",
            "leak",
            hit_limit=True,
        ),
        col("top", "black"),
        details("shorts", "the shorts have a white logo on the leg"),
        gender="Women",
        title="Puma Women Grey Melange Solid Regular Fit Shorts",
        category="Shorts",
        color="Grey Melange",
    ),
    # Photo: blue skinny jeans with slashed knees, black leather jacket open over a grey tee, black crossbody bag on the
    # shoulder. All texts: VQA adapter.
    case(
        "X1478-025",
        wearing(
            "a woman wearing a black leather jacket and a grey t-shirt and blue ripped jeans with a black bag on her "
            "shoulder and a pair of black",
            "cut",
            hit_limit=True,
        ),
        is_a("jeans", "yes", article=PAIR),
        col("jeans", "blue"),
        col("top", "grey"),
        details("jeans", "the jeans are ripped at the knees"),
        gender="Women",
        title="ONLY Women Blue Skinny Fit Mid-Rise Slash Knee Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: navy straight jeans with no rips or fading, white shirt tucked in. All texts: VQA adapter.
    case(
        "X1478-026",
        wearing(" ".join(["denim"] * 30), "loop", hit_limit=True),
        is_a("jeans", "yes", article=PAIR),
        col("jeans", "blue"),
        col("top", "white"),
        details("jeans", "the jeans have a ripped knee", "unsupported"),
        gender="Women",
        title="Roadster Women Navy Blue Straight Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Navy Blue",
    ),
    # Photo: white palazzos with a blue-and-green leaf print, plain green top. All texts: VQA adapter.
    case(
        "X1478-027",
        wearing("a green top and printed pants"),
        is_a("palazzos", "yes", article=PAIR),
        col("palazzos", "white-blue"),
        col(
            "top",
            "green Question: What is the color of the palazzos? Answer: white Question: What is the color of the "
            "top? Answer: green Question:",
            "leak",
            hit_limit=True,
        ),
        BLIND_QUESTIONS.pattern("floral"),
        gender="Women",
        title="Libas Women White & Green Printed Straight Palazzos",
        category="Palazzos",
        color="Multi",
    ),
    # Photo: peach A-line mini skirt, white tee with a black graphic print tucked in. All texts: VQA adapter.
    case(
        "X1478-028",
        wearing("a white t-shirt and a pink skirt"),
        is_a("skirt", "yes"),
        col("skirt", "-".join(["pink"] * 15), "loop", hit_limit=True),
        col("top", "white"),
        BLIND_QUESTIONS.garment_type("t-shirt", "contradiction"),
        gender="Women",
        title="SASSAFRAS Women Peach Solid A-Line Mini Skirt",
        category="Skirts",
        color="Peach",
    ),
    # Photo: profile view; black flared palazzos with a matching black sleeveless top (co-ord look), silver earrings.
    # All texts: VQA adapter. Both garments really are black.
    case(
        "X1478-029",
        wearing("a black jumpsuit", "contradiction"),
        is_a("palazzos", "yes", article=PAIR),
        col("palazzos", "black"),
        col("top", "black"),
        gender="Women",
        title="Tokyo Talkies Women Black Solid Flared Palazzos",
        category="Palazzos",
        color="Black",
    ),
    # Photo: mid-blue mom jeans, cropped yellow cardigan buttoned up as a top, white sneakers, white canvas tote. All
    # texts: VQA adapter.
    case(
        "X1478-030",
        wearing(
            "a yellow sweater and blue jeans and a white pair of sneakers and a white bag and a yellow sweater and "
            "blue jeans and a white pair of",
            "loop",
            hit_limit=True,
        ),
        is_a("jeans", "yes", article=PAIR),
        col("jeans", "blue"),
        col(
            "top",
            "the top is yellow and the jeans are blue and the top is yellow and the jeans are blue and the top is "
            "yellow and the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Levis Women Blue Mom Fit High-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: off-white churidar leggings, long navy tunic to the knees; only the ruched lower legs show the leggings.
    # All texts: VQA adapter.
    case(
        "X1478-031",
        wearing("a navy dress", "contradiction"),
        is_a("leggings", "no", "contradiction", article=PAIR),
        col("leggings", "white"),
        col("top", "navy"),
        gender="Women",
        title="Go Colors Women Off-White Solid Churidar-Length Leggings",
        category="Leggings",
        color="Off White",
    ),
    # Photo: light-blue high-rise denim shorts, white linen shirt half-tucked, beige backdrop. All texts: VQA adapter.
    case(
        "X1478-032",
        wearing("shorts and a white shirt"),
        is_a("shorts", "yes", article=PAIR),
        col("shorts", " ".join(["light blue"] * 15), "loop", hit_limit=True),
        col("top", "white"),
        details("shorts", "shorts", "non_answer"),
        gender="Women",
        title="HERE&NOW Women Blue High-Rise Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: olive tiered maxi skirt with ruffled tiers, white peasant blouse, straw hat held at the brim, white wall.
    # All texts: VQA adapter.
    case(
        "X1478-033",
        wearing(
            "a woman wearing a white blouse and a green maxi skirt and a straw hat standing in front of a white wall "
            "with her left hand on the brim of",
            "cut",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        col("skirt", "green"),
        col("top", "white"),
        details(
            "skirt",
            "the skirt is a long skirt with a ruffled hem and a tiered design and a ruffled hem and a tiered design "
            "and a ruffled hem and",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="DressBerry Women Olive Green Solid Tiered Flared Maxi Skirt",
        category="Skirts",
        color="Olive",
    ),
    # Photo: black skinny jeans, red-and-black checked flannel shirt tucked in, black boots. All texts: VQA adapter.
    case(
        "X1478-034",
        wearing("a red plaid shirt and black jeans"),
        is_a("jeans", "yes", article=PAIR),
        col("jeans", " ".join(["black jeans"] * 15), "loop", hit_limit=True),
        col("top", "-".join(["red", "black"] * 7 + ["red"]), "loop", hit_limit=True),
        gender="Women",
        title="Mast & Harbour Women Black Skinny Fit Mid-Rise Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # Photo: black cycling shorts almost hidden under a long oversized white tee; only the hems show above the knees.
    # All texts: VQA adapter.
    case(
        "X1478-035",
        wearing("a white t-shirt"),
        is_a("shorts", "no", "contradiction", article=PAIR),
        col("shorts", "white", "other_garment_color"),
        col("top", "white"),
        gender="Women",
        title="Twin Birds Women Black Solid Cycling Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: mid-blue denim A-line mini skirt with a button front, black crop top. All texts: VQA adapter.
    case(
        "X1478-036",
        wearing("denim"),
        is_a("skirt", "yes"),
        col("skirt", " ".join(["blue denim"] * 15), "loop", hit_limit=True),
        col("top", "black"),
        BLIND_QUESTIONS.garment_type("jeans", "contradiction"),
        BLIND_QUESTIONS.material("denim"),
        gender="Women",
        title="Vero Moda Women Blue Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
    ),
    # Photo: bottle-green palazzos with a gold foil print at the hem, cream short top. All texts: VQA adapter.
    case(
        "X1478-037",
        wearing("what is the person wearing", "restated"),
        is_a("palazzos", "yes", article=PAIR),
        col("palazzos", "green"),
        col("top", "", "non_answer"),
        BLIND_QUESTIONS.pattern("printed"),
        gender="Women",
        title="W Women Green Foil Printed Wide Leg Palazzos",
        category="Palazzos",
        color="Green",
    ),
    # Photo: mustard ankle-length leggings, long white shirt to mid-thigh. All texts: VQA adapter.
    case(
        "X1478-038",
        wearing("leggings"),
        is_a(
            "leggings",
            "yes Question: Is this a pair of leggings? Answer: yes Question: Is this a pair of leggings? Answer: yes "
            "Question: Is",
            "leak",
            hit_limit=True,
            article=PAIR,
        ),
        col("leggings", "yellow"),
        col("top", "yellow", "contradiction"),
        gender="Women",
        title="Go Colors Women Mustard Solid Ankle-Length Leggings",
        category="Leggings",
        color="Mustard",
    ),
    # Photo: white high-rise wide-leg jeans on a white backdrop, blush-pink satin shirt tucked in. All texts: VQA
    # adapter.
    case(
        "X1478-039",
        wearing("white jeans and a pink shirt"),
        is_a("jeans", "no", "contradiction", article=PAIR),
        col("jeans", "white"),
        col("top", "pink"),
        details(
            "jeans",
            "the jeans have a high waist and a wide leg and a button closure and a zipper closure and a button "
            "closure and a zipper",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Kotty Women White Wide Leg High-Rise Jeans",
        category="Jeans",
        color="White",
    ),
    # Photo: back view; emerald green metallic pleated midi skirt, black turtleneck, black boots. All texts: VQA
    # adapter.
    case(
        "X1478-040",
        wearing("a black sweater and a green skirt"),
        is_a("skirt", "yes"),
        col("skirt", "green"),
        col("top", "black"),
        details("skirt", "pleated"),
        gender="Women",
        title="Trendyol Women Green Accordion Pleated Midi Skirt",
        category="Skirts",
        color="Green",
    ),
    # Photo: waist-down crop, no face; white regular shorts, black-and-white striped tee tucked in. All texts: VQA
    # adapter.
    case(
        "X1478-041",
        wearing("he is wearing white shorts and a striped shirt", "pronoun"),
        is_a("shorts", "yes", article=PAIR),
        col("shorts", "white"),
        col("top", "-".join(["black", "white"] * 7 + ["black"]), "loop", hit_limit=True),
        BLIND_QUESTIONS.garment_type("shorts"),
        gender="Women",
        title="Tokyo Talkies Women White Solid Regular Shorts",
        category="Shorts",
        color="White",
    ),
    # Photo: navy mini skirt with a small white floral print and a ruffled hem, white lace top. All texts: VQA adapter.
    case(
        "X1478-042",
        wearing("a white top and a floral skirt"),
        is_a("skirt", "yes"),
        col("skirt", "blue"),
        col("top", "white"),
        BLIND_QUESTIONS.pattern("floral"),
        details("skirt", "the skirt has a floral print and a ruffled hem"),
        gender="Women",
        title="ONLY Women Navy Blue Floral Print Tiered Mini Skirt",
        category="Skirts",
        color="Navy Blue",
    ),
    # Photo: beige linen-blend culottes, white sleeveless top, brown belt, brown sandals. The feed has no articleType on
    # this row. All texts: VQA adapter.
    case(
        "X1478-043",
        wearing("a white top and beige pants"),
        is_a("culottes", "yes", article=PAIR),
        col("culottes", "white", "other_garment_color"),
        col("top", "white"),
        BLIND_QUESTIONS.material("linen"),
        gender="Women",
        title="MANGO Women Beige Linen Blend Culottes",
        color="Beige",
    ),
    # Photo: navy ankle-length leggings, long coral top with side slits. The feed has no gender on this row. All texts:
    # VQA adapter.
    case(
        "X1478-044",
        wearing(
            "a pink top and blue pants and a pink top and blue pants and a pink top and blue pants and a pink top and "
            "blue pants and a pink top",
            "loop",
            hit_limit=True,
        ),
        is_a("leggings", "yes", article=PAIR),
        col("leggings", "the color of the leggings", "restated"),
        col("top", "pink"),
        title="Twin Birds Women Navy Blue Solid Ankle-Length Leggings",
        category="Leggings",
        color="Navy Blue",
    ),
    # Photo: back view; light-blue boyfriend jeans (the knee rips face away from the camera), olive green tee. The feed
    # has no gender on this row. All texts: VQA adapter.
    case(
        "X1478-045",
        wearing("jeans"),
        is_a("jeans", "yes", article=PAIR),
        col("jeans", "blue"),
        col("top", "green"),
        details("jeans", "the jeans have two pockets on the back"),
        title="Roadster Women Blue Boyfriend Fit Mid-Rise Mildly Distressed Jeans",
        category="Jeans",
        color="Blue",
    ),
]
