"""BLIND_1622 (45 products; Myntra women's western bottoms, VQA adapter, each garment's color): written blind in the
sixty-sixth session. Measured blind at 0f3a531 (the session's sixth rules): 68/80 failures found (85.0%) and 2/146
correct texts flagged (1.4%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's western bottoms (jeans, jeggings, skirts, palazzos, leggings, shorts). The columns
are the feed's own: title, category (Myntra's article type), color (its base colour), gender ("Women"). Now and then
a column is missing, as in a real export. Most photos show a model on a plain studio backdrop wearing the product
with a top (tee, shirt, blouse, tank, sweater, tunic), sometimes a jacket, cardigan or blazer over it. A few are flat
lays, one is a back view, a few have props (bag, hat, stool, beach bag). Long tunics over leggings and an oversized
shirt over cycling shorts hide most of the product.
Who wrote what: every text comes from BLIP-2 OPT-2.7b with the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA), greedy
decoding, one generate per prompt, at most 30 new tokens. The job does not caption (the VQA adapter's captions are
broken), so there is no caption text. Questions per product: what the person is wearing, the color of the product
and of each other garment in the photo (free generation, stored as open answers), "Is this a <product>?", and for
some products the details or a description of the product, its pattern, its material, or the garment's color. The
adapter answers in In-shop style: garment words from its classes (tee, blouse, tank, pants, denim), vendor colors
with hyphens (navy-white, red-black). Most one-word answers stopped on their own; about one answer in six ran on
into a loop, a new "Question: ... Answer:" turn (it was trained on the whole prompt), or a sentence cut at the
30-token limit.
Labeling conventions and judgement calls: one label per wrong text, the most visible failure. A color that belongs to
another garment in the photo is other_garment_color; a color or garment that belongs to nothing in the photo, or goes
against the title (a "dress", "no" to "Is this a skirt?"), is contradiction; a color given for a top in a flat lay with
no top is unsupported (the answer invents a garment), as are invented details (linen, drawstring, an embroidered logo,
distressing on clean-look jeans, a slit) and "leather"/"silk" for faux leather and satin. The bag color given as the
tank's is contradiction. Near colors count as right: mustard as yellow, maroon as burgundy or red in the wearing answer,
cream as white, olive as green, rust as orange, lavender as purple; palazzos called pants and a tunic called a dress
next to the leggings are right, but "a dress" alone, or "a white shirt" alone, when the product is the bottom under it,
is contradiction. Two garments of the same color both answered with it (denim on denim, a co-ord) are right. A loop or a
leak is labeled loop or leak even when its first word is right; hit_limit marks every text that ran the full 30 tokens.
"they are jeggings", "they are leggings", "jeans" and an empty string for details are non_answer; "the details of the
palazzos are the details of the palazzos" is restated; "a man in..." / "he is wearing..." for a woman is pronoun.
"""

from tests.audit_corpus import BLIND_QUESTIONS, case, color_of, describe, details, is_a, wearing


def hue(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    """The color question, free generation with the VQA adapter: stored as an open answer."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1622 = [
    # Photo: front view, grey backdrop; white crop tee tucked into blue skinny jeans, white sneakers.
    # All texts: VQA adapter.
    case(
        "X1622-001",
        wearing("a tee and jeans"),
        hue("jeans", "blue"),
        hue(
            "t-shirt",
            "white Question: What is the color of the jeans? Answer: blue Question: What is the color of the jeans? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        details(
            "jeans",
            "the jeans are skinny with a mid rise and a button closure and five pockets and the jeans are skinny "
            "with a mid rise and a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: black A-line mini skirt, mustard yellow ribbed top tucked in, beige backdrop. All texts: VQA adapter.
    case(
        "X1622-002",
        wearing("a blouse and skirt"),
        hue("skirt", "black"),
        hue("top", "black", "other_garment_color"),
        is_a("skirt", "yes"),
        describe(
            "skirt",
            "a black skirt with a black skirt with a black skirt with a black skirt with a black skirt with a black "
            "skirt with a black",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="DressBerry Women Black Solid A-Line Mini Skirt",
        category="Skirts",
        color="Black",
    ),
    # Photo: off-white flared palazzos with a black geometric print, plain black sleeveless top, white backdrop.
    # All texts: VQA adapter (it has no "palazzo" class and says "no" to the yes/no question).
    case(
        "X1622-003",
        wearing("pants and a tank"),
        hue(
            "palazzos",
            "white-black-white-black-white-black-white-black-white-black-white-black-white-black-white-black",
            "loop",
            hit_limit=True,
        ),
        hue("top", "black"),
        is_a("pair of palazzos", "no", "contradiction"),
        BLIND_QUESTIONS.pattern("graphic"),
        gender="Women",
        title="SASSAFRAS Women Off-White Printed Flared Palazzos",
        category="Palazzos",
        color="Off White",
    ),
    # Photo: teal knee-length tunic top over black ankle-length leggings, white backdrop; the tunic covers most of
    # the leggings. All texts: VQA adapter.
    case(
        "X1622-004",
        wearing("a dress", "contradiction"),
        hue("leggings", "teal", "other_garment_color"),
        hue("top", "teal"),
        is_a("pair of leggings", "yes"),
        details("leggings", "they are leggings", "non_answer"),
        gender="Women",
        title="Go Colors Women Black Solid Ankle-Length Leggings",
        category="Leggings",
        color="Black",
    ),
    # Photo: light blue washed denim shorts with a frayed hem, red-and-white striped tee knotted at the waist.
    # All texts: VQA adapter.
    case(
        "X1622-005",
        wearing(
            "a tee and shorts and a tee and shorts and a tee and shorts and a tee and shorts and a tee and shorts "
            "and a tee and",
            "loop",
            hit_limit=True,
        ),
        hue("shorts", "light blue"),
        hue("t-shirt", "white-red"),
        is_a("pair of shorts", "yes"),
        details("shorts", "the shorts have a frayed hem and a button closure"),
        gender="Women",
        title="ONLY Women Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: olive cargo shorts, white tank top, black cross-body bag on the hip (prop). All texts: VQA adapter; the
    # tank's color is the bag's.
    case(
        "X1622-006",
        wearing("a tank and shorts"),
        hue("shorts", "green"),
        hue("tank top", "black", "contradiction"),
        is_a("pair of shorts", "yes"),
        details(
            "shorts",
            "cargo pockets, cargo pockets, cargo pockets, cargo pockets, cargo pockets, cargo pockets, cargo pockets, "
            "cargo pockets, cargo pockets, cargo pockets,",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Mast & Harbour Women Olive Green Solid Regular Fit Cargo Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Photo: back view; dark blue straight jeans, black bodysuit tucked in, plain back pockets with a brown leather
    # patch at the waistband. All texts: VQA adapter. Feed row without gender.
    case(
        "X1622-007",
        wearing("a black shirt and jeans"),
        hue("jeans", "dark blue"),
        hue("top", "black"),
        is_a(
            "pair of jeans",
            "yes Question: Is this a pair of jeans? Answer: yes Question: Is this a pair of jeans? Answer: yes "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        details("jeans", "the back pockets are embroidered with a white logo", "unsupported"),
        title="Kraus Jeans Women Blue Straight Fit High-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: maroon accordion-pleated midi skirt, cream turtleneck sweater tucked in, grey backdrop.
    # All texts: VQA adapter.
    case(
        "X1622-008",
        wearing("a sweater and skirt"),
        hue("skirt", "burgundy"),
        hue(
            "sweater",
            "cream-cream-cream-cream-cream-cream-cream-cream-cream-cream-cream-cream-cream-cream-cream",
            "loop",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        BLIND_QUESTIONS.pattern("solid"),
        describe(
            "skirt",
            "the skirt is pleated and the skirt is pleated and the skirt is pleated and the skirt is pleated and the "
            "skirt is pleated and the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="AND Women Maroon Accordion Pleated Midi Skirt",
        category="Skirts",
        color="Maroon",
    ),
    # Photo: black wide-leg palazzos, white shirt with small black polka dots tucked in. All texts: VQA adapter.
    case(
        "X1622-009",
        wearing("a blouse and pants"),
        hue("palazzos", "black"),
        hue("shirt", "white with black polka dots"),
        is_a("pair of palazzos", "yes"),
        details(
            "palazzos",
            "the pants are wide leg with a wide leg and a wide leg and a wide leg and a wide leg and a wide leg and a "
            "wide",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Tokyo Talkies Women Black Solid Wide Leg Palazzos",
        category="Palazzos",
        color="Black",
    ),
    # Photo: white skinny jeans in soft studio shadow, black-and-white Breton striped top, black ankle boots.
    # All texts: VQA adapter; "grey" for the jeans and for the top (neither is grey).
    case(
        "X1622-010",
        wearing("a striped shirt and white pants"),
        hue("jeans", "grey", "contradiction"),
        hue("top", "grey", "contradiction"),
        is_a("pair of jeans", "no", "contradiction"),
        gender="Women",
        title="StyleStone Women White Skinny Fit Mid-Rise Stretchable Jeans",
        category="Jeans",
        color="White",
    ),
    # Photo: navy A-line midi skirt with small white and pink flowers, white sleeveless blouse tucked in, tan belt.
    # No slit. All texts: VQA adapter.
    case(
        "X1622-011",
        wearing(
            "a white sleeveless blouse tucked into a navy skirt with a floral print and a brown belt at the waist, the "
            "skirt is a midi with a",
            "cut",
            hit_limit=True,
        ),
        hue("skirt", "navy-white"),
        hue("blouse", "white"),
        BLIND_QUESTIONS.pattern("floral"),
        is_a("skirt", "yes"),
        details("skirt", "the skirt has a floral print and a slit at the front", "unsupported"),
        gender="Women",
        title="Harpa Women Navy Blue Floral Print A-Line Midi Skirt",
        category="Skirts",
        color="Navy Blue",
    ),
    # Photo: black jeggings, oversized grey melange sweatshirt, white sneakers. All texts: VQA adapter.
    case(
        "X1622-012",
        wearing("a sweatshirt and leggings"),
        hue("jeggings", "black"),
        hue(
            "sweatshirt",
            "heather grey heather grey heather grey heather grey heather grey heather grey heather grey heather grey "
            "heather grey heather grey",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of jeggings", "yes"),
        details("jeggings", "they are jeggings", "non_answer"),
        gender="Women",
        title="Roadster Women Black Skinny Fit Jeggings",
        category="Jeggings",
        color="Black",
    ),
    # Photo: flat lay of light-fade blue skinny jeans on white, no person and no top. All texts: VQA adapter.
    case(
        "X1622-013",
        wearing("a pair of jeans"),
        hue("jeans", "blue"),
        hue("top", "blue", "unsupported"),
        is_a("pair of jeans", "yes"),
        details(
            "jeans",
            "a light fade at the thighs and whiskers at the hips, a button closure with a zip fly and five pockets, "
            "a coin pocket and a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Levis Women Blue Skinny Fit Mid-Rise Light Fade Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: back view; beige pencil skirt with a back slit and a concealed back zip, white shirt tucked in.
    # All texts: VQA adapter.
    case(
        "X1622-014",
        wearing("a white shirt and a skirt"),
        hue("skirt", "tan"),
        hue("shirt", "white"),
        is_a("skirt", "yes"),
        details(
            "skirt",
            "a slit at the back and a zipper at the back and a slit at the back and a zipper at the back and a slit "
            "at the back and",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Trendyol Women Beige Solid Pencil Skirt",
        category="Skirts",
        color="Beige",
    ),
    # Photo: mustard flared palazzos with an elastic waist, white crop top with a small print. All texts: VQA adapter.
    case(
        "X1622-015",
        wearing("a tee and pants"),
        hue("palazzos", "yellow"),
        hue("crop top", "yellow", "other_garment_color"),
        is_a("pair of palazzos", "yes"),
        describe("palazzos", "wide leg pants with an elastic waist"),
        gender="Women",
        title="SHOWOFF Women Mustard Solid Flared Palazzos",
        category="Palazzos",
        color="Mustard",
    ),
    # Photo: model with a short crop haircut; navy straight jeans, loose white linen shirt untucked.
    # All texts: VQA adapter.
    case(
        "X1622-016",
        wearing("a man in a white shirt and jeans", "pronoun"),
        hue("jeans", "navy"),
        hue("shirt", "white"),
        is_a("pair of jeans", "yes"),
        details("jeans", "jeans", "non_answer"),
        gender="Women",
        title="Mast & Harbour Women Navy Blue Straight Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Navy Blue",
    ),
    # Photo: black faux leather mini skirt, grey knit sweater tucked in, black tights, ankle boots.
    # All texts: VQA adapter.
    case(
        "X1622-017",
        wearing("a sweater and skirt"),
        hue("skirt", "black"),
        hue("sweater", "grey"),
        BLIND_QUESTIONS.material("leather", "unsupported"),
        is_a(
            "skirt",
            "yes, it is a skirt, it is a skirt, it is a skirt, it is a skirt, it is a skirt, it is a skirt, it is a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Vero Moda Women Black Faux Leather A-Line Mini Skirt",
        category="Skirts",
        color="Black",
    ),
    # Photo: navy leggings under a long white tunic shirt with blue embroidery at the neck; the waistband is hidden.
    # All texts: VQA adapter. Feed row without category.
    case(
        "X1622-018",
        wearing("a white shirt and leggings"),
        hue("leggings", "navy"),
        hue("tunic", "white-blue"),
        is_a("pair of leggings", "yes"),
        details(
            "leggings",
            "elastic waist, ankle length, elastic waist, ankle length, elastic waist, ankle length, elastic waist, "
            "ankle length, elastic waist,",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Go Colors Women Navy Blue Solid Ankle-Length Leggings",
        color="Navy Blue",
    ),
    # Photo: light blue high-rise mom jeans, white tank top under a black cropped cardigan. All texts: VQA adapter.
    case(
        "X1622-019",
        wearing("a cardigan and jeans"),
        hue(
            "jeans",
            "blue Question: What is the color of the cardigan? Answer: black Question: What is the color of the "
            "cardigan? Answer:",
            "leak",
            hit_limit=True,
        ),
        hue("cardigan", "black"),
        hue("tank top", "black", "other_garment_color"),
        is_a("pair of jeans", "yes"),
        gender="Women",
        title="Tokyo Talkies Women Blue High-Rise Mom Fit Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: blush pink tiered midi skirt, white tee tucked in, white backdrop; top and skirt read as one piece.
    # All texts: VQA adapter.
    case(
        "X1622-020",
        wearing("a white dress", "contradiction"),
        hue(
            "skirt",
            "pink Question: What is the color of the t-shirt? Answer: white Question: What is the color of the "
            "t-shirt? Answer:",
            "leak",
            hit_limit=True,
        ),
        hue("t-shirt", "white"),
        is_a("skirt", "no", "contradiction"),
        gender="Women",
        title="SASSAFRAS Women Pink Tiered Flared Midi Skirt",
        category="Skirts",
        color="Pink",
    ),
    # Photo: black denim shorts with a rolled hem, white graphic tee with a black print tucked in, black belt.
    # All texts: VQA adapter. Feed row without gender.
    case(
        "X1622-021",
        wearing("a tee and shorts"),
        hue(
            "shorts",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        hue("t-shirt", "white"),
        is_a("pair of shorts", "yes"),
        details("shorts", "rolled hem and a belt"),
        title="Roadster Women Black Washed Denim Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: olive viscose palazzos, white off-shoulder top over the waist, holding a straw hat (prop).
    # All texts: VQA adapter.
    case(
        "X1622-022",
        wearing(
            "a white off the shoulder blouse and green pants and she is holding a straw hat in her hand and she is "
            "standing in front of a",
            "cut",
            hit_limit=True,
        ),
        hue("palazzos", "olive"),
        hue("top", "white"),
        is_a("pair of palazzos", "yes"),
        details("palazzos", "the pants are made of linen and have a drawstring waist", "unsupported"),
        gender="Women",
        title="DressBerry Women Olive Green Solid Palazzos",
        category="Palazzos",
        color="Olive",
    ),
    # Photo: side view; blue high-waisted flared jeans, rust ribbed long-sleeve top. All texts: VQA adapter.
    case(
        "X1622-023",
        wearing("a sweater and jeans"),
        hue("jeans", "blue"),
        hue("top", "orange"),
        is_a(
            "pair of jeans",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        details("jeans", "flared with a high waist and a button closure"),
        gender="Women",
        title="ONLY Women Blue Flared High-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: black wide-leg palazzos with thin white vertical pinstripes, red sleeveless top. All texts: VQA adapter.
    case(
        "X1622-024",
        wearing("a tank and pants"),
        hue("palazzos", "black-white"),
        hue(
            "top",
            "red Question: What is the color of the palazzos? Answer: black Question: What is the color of the "
            "palazzos? Answer:",
            "leak",
            hit_limit=True,
        ),
        BLIND_QUESTIONS.pattern("striped"),
        is_a("pair of palazzos", "yes"),
        details(
            "palazzos",
            "the pants are striped with a wide leg and a high waist and they are made of a soft fabric that is "
            "comfortable to wear and the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="AND Women Black Striped Wide Leg Palazzos",
        category="Palazzos",
        color="Black",
    ),
    # Photo: black skinny jeans, white shirt, open black blazer, grey backdrop. All texts: VQA adapter.
    case(
        "X1622-025",
        wearing("a blazer and jeans"),
        hue("jeans", "black"),
        hue("blazer", "black"),
        hue("shirt", "black", "other_garment_color"),
        is_a("pair of jeans", "no", "contradiction"),
        details("jeans", "", "non_answer"),
        gender="Women",
        title="Kraus Jeans Women Black Skinny Fit High-Rise Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # Photo: flat lay of pink cotton shorts with a drawstring and two side pockets on white; no person, no top.
    # All texts: VQA adapter.
    case(
        "X1622-026",
        wearing("shorts"),
        hue("shorts", "pink"),
        hue("top", "pink", "unsupported"),
        is_a("pair of shorts", "yes"),
        details("shorts", "drawstring waist and two pockets"),
        gender="Women",
        title="HERE&NOW Women Pink Solid Regular Shorts",
        category="Shorts",
        color="Pink",
    ),
    # Photo: long-haired model in baggy blue relaxed jeans, oversized black hoodie, cap. All texts: VQA adapter.
    case(
        "X1622-027",
        wearing("he is wearing a black hoodie and jeans", "pronoun"),
        hue("jeans", "blue"),
        hue("hoodie", "black"),
        is_a("pair of jeans", "yes"),
        describe(
            "jeans",
            "the jeans are blue and the hoodie is black and the jeans are blue and the hoodie is black and the jeans "
            "are blue and the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Roadster Women Blue Relaxed Fit Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: white schiffli (floral eyelet) mini skirt, light blue denim shirt tucked in. All texts: VQA adapter.
    case(
        "X1622-028",
        wearing("a denim shirt and a white skirt"),
        hue("skirt", "white"),
        hue(
            "shirt",
            "light blue-light blue-light blue-light blue-light blue-light blue-light blue-light blue-light blue",
            "loop",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        BLIND_QUESTIONS.pattern("floral"),
        gender="Women",
        title="Vero Moda Women White Schiffli Embroidered A-Line Mini Skirt",
        category="Skirts",
        color="White",
    ),
    # Photo: charcoal leggings under a knee-length pink tunic top. All texts: VQA adapter; the garment asked about
    # in the generic color question is the product, the leggings.
    case(
        "X1622-029",
        wearing("a pink dress and leggings"),
        hue("leggings", "pink", "other_garment_color"),
        hue("top", "pink"),
        is_a("pair of leggings", "yes"),
        BLIND_QUESTIONS.color("pink", "other_garment_color"),
        gender="Women",
        title="Jockey Women Charcoal Grey Solid Ankle-Length Leggings",
        category="Leggings",
        color="Charcoal",
    ),
    # Photo: brown corduroy button-front mini skirt with patch pockets, cream knit top, brown beret.
    # All texts: VQA adapter.
    case(
        "X1622-030",
        wearing("a sweater and skirt"),
        hue(
            "skirt",
            "brown Question: What is the color of the top? Answer: white Question: What is the color of the top? "
            "Answer: white",
            "leak",
            hit_limit=True,
        ),
        hue("top", "white"),
        is_a("skirt", "yes"),
        BLIND_QUESTIONS.material("corduroy"),
        details("skirt", "corduroy with buttons down the front and two pockets"),
        gender="Women",
        title="Tokyo Talkies Women Brown Corduroy A-Line Mini Skirt",
        category="Skirts",
        color="Brown",
    ),
    # Photo: blue denim A-line mini skirt, white tee, blue denim jacket worn open. All texts: VQA adapter.
    case(
        "X1622-031",
        wearing(
            "a denim jacket and a denim skirt and a white tee and a denim jacket and a denim skirt and a white tee and "
            "a",
            "loop",
            hit_limit=True,
        ),
        hue("skirt", "blue"),
        hue("jacket", "blue"),
        hue("t-shirt", "blue", "other_garment_color"),
        is_a("skirt", "yes"),
        gender="Women",
        title="ONLY Women Blue Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
    ),
    # Photo: cream palazzos with a small blue block print, navy blue top. All texts: VQA adapter.
    case(
        "X1622-032",
        wearing("a blue blouse and white pants"),
        hue("palazzos", "white"),
        hue("top", "navy"),
        is_a("pair of palazzos", "yes"),
        details("palazzos", "the details of the palazzos are the details of the palazzos", "restated"),
        gender="Women",
        title="W Women Cream-Coloured Block Printed Palazzos",
        category="Palazzos",
        color="Cream",
    ),
    # Photo: grey clean-look slim jeans, plain white tee tucked in. All texts: VQA adapter ("grey" for both).
    case(
        "X1622-033",
        wearing("a grey shirt and grey jeans", "contradiction"),
        hue("jeans", "grey"),
        hue("t-shirt", "grey", "other_garment_color"),
        is_a("pair of jeans", "yes"),
        details("jeans", "distressed at the knees", "unsupported"),
        gender="Women",
        title="Roadster Women Grey Slim Fit Clean Look Stretchable Jeans",
        category="Jeans",
        color="Grey",
    ),
    # Photo: red-and-black tartan pleated mini skirt, black turtleneck sweater. All texts: VQA adapter.
    case(
        "X1622-034",
        wearing("a black sweater and plaid skirt"),
        hue("skirt", "red-black"),
        hue(
            "sweater",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        BLIND_QUESTIONS.pattern("lattice"),
        is_a("skirt", "yes"),
        gender="Women",
        title="DressBerry Women Red & Black Checked Pleated Mini Skirt",
        category="Skirts",
        color="Red",
    ),
    # Photo: maroon ankle-length leggings, black long top, model seated on a wooden stool (prop).
    # All texts: VQA adapter.
    case(
        "X1622-035",
        wearing("a black top and red leggings"),
        hue("leggings", "maroon"),
        hue(
            "top",
            "black Question: What is the color of the leggings? Answer: maroon Question: What is the color of the "
            "leggings? Answer:",
            "leak",
            hit_limit=True,
        ),
        is_a("pair of leggings", "yes"),
        details("leggings", "ankle length"),
        gender="Women",
        title="Go Colors Women Maroon Solid Ankle-Length Leggings",
        category="Leggings",
        color="Maroon",
    ),
    # Photo: khaki chino shorts with cuffed hems and belt loops, navy-and-white striped shirt knotted at the front.
    # All texts: VQA adapter.
    case(
        "X1622-036",
        wearing("a shirt and shorts"),
        hue(
            "shorts",
            "khaki Question: What is the color of the shirt? Answer: blue-white Question: What is the color of the "
            "shirt? Answer",
            "leak",
            hit_limit=True,
        ),
        hue("shirt", "blue-white"),
        is_a("pair of shorts", "yes"),
        details(
            "shorts",
            "cuffed hem and belt loops and a button closure with a zip fly and two pockets at the front and two "
            "pockets at the back and a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="HERE&NOW Women Khaki Solid Chino Shorts",
        category="Shorts",
        color="Khaki",
    ),
    # Photo: blue bootcut jeans, white lace top with a scalloped neckline and long sleeves, brown heels.
    # All texts: VQA adapter. Feed row without gender.
    case(
        "X1622-037",
        wearing(
            "a white lace blouse with a scalloped neckline and long sleeves, a pair of blue jeans with a flared hem "
            "and a pair of brown",
            "cut",
            hit_limit=True,
        ),
        hue("jeans", "blue"),
        hue(
            "top",
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        title="Mast & Harbour Women Blue Bootcut Mid-Rise Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: black cycling shorts almost hidden under an oversized white shirt, white sneakers; only the hem of the
    # shorts shows. All texts: VQA adapter.
    case(
        "X1622-038",
        wearing("a white shirt", "contradiction"),
        hue("shorts", "white", "other_garment_color"),
        hue("shirt", "white"),
        is_a("pair of shorts", "no", "contradiction"),
        gender="Women",
        title="SASSAFRAS Women Black Solid Cycling Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: emerald green satin midi slip skirt, black tee, gold jewellery. All texts: VQA adapter.
    case(
        "X1622-039",
        wearing(
            "a black tee tucked into a green satin skirt with a gold necklace and gold earrings and a gold bracelet "
            "and a gold ring and a",
            "cut",
            hit_limit=True,
        ),
        hue("skirt", "green"),
        hue("t-shirt", "black"),
        BLIND_QUESTIONS.material("silk", "unsupported"),
        is_a("skirt", "yes"),
        gender="Women",
        title="AND Women Green Satin Midi Slip Skirt",
        category="Skirts",
        color="Green",
    ),
    # Photo: lavender wide-leg palazzos with front pleats, white top. All texts: VQA adapter. Feed row without color.
    case(
        "X1622-040",
        wearing(
            "a white top and purple pants Question: What is the color of the pants? Answer: purple Question: What is "
            "the color of the",
            "leak",
            hit_limit=True,
        ),
        hue("palazzos", "purple"),
        hue("top", "white"),
        is_a("pair of palazzos", "yes"),
        details("palazzos", "pleats at the front and a wide leg"),
        gender="Women",
        title="Tokyo Talkies Women Lavender Solid Wide Leg Palazzos",
        category="Palazzos",
    ),
    # Photo: blue skinny jeans with ripped knees, yellow tee. All texts: VQA adapter.
    case(
        "X1622-041",
        wearing("a yellow shirt and ripped jeans"),
        hue("jeans", "blue"),
        hue(
            "t-shirt",
            "yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        details("jeans", "ripped knees"),
        gender="Women",
        title="Levis Women Blue Skinny Fit Mid-Rise Mildly Distressed Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: black flared midi skirt with white polka dots, red blouse tucked in. All texts: VQA adapter.
    case(
        "X1622-042",
        wearing("she is wearing a red blouse and a polka dot skirt"),
        hue("skirt", "black-white"),
        hue("blouse", "red"),
        BLIND_QUESTIONS.pattern("dotted"),
        is_a("skirt", "yes"),
        describe(
            "skirt",
            "a black skirt with white polka dots and a black skirt with white polka dots and a black skirt with white "
            "polka dots and a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Harpa Women Black & White Polka Dot Print Flared Midi Skirt",
        category="Skirts",
        color="Black",
    ),
    # Photo: off-white ankle-length leggings under a knee-length red tunic top. All texts: VQA adapter.
    case(
        "X1622-043",
        wearing("a red dress and white leggings"),
        hue(
            "leggings",
            "white Question: What is the color of the top? Answer: red Question: What is the color of the top? Answer: "
            "red",
            "leak",
            hit_limit=True,
        ),
        hue("top", "red"),
        is_a("pair of leggings", "yes"),
        BLIND_QUESTIONS.color("red", "other_garment_color"),
        gender="Women",
        title="Go Colors Women Off-White Solid Ankle-Length Leggings",
        category="Leggings",
        color="Off White",
    ),
    # Photo: white denim shorts with a raw hem and button fly, pale blue chambray shirt tied at the waist, straw
    # beach bag (prop). All texts: VQA adapter.
    case(
        "X1622-044",
        wearing("a blue shirt and white shorts"),
        hue("shorts", "white"),
        hue("shirt", "white", "other_garment_color"),
        is_a(
            "pair of shorts",
            "yes Question: What is the color of the shorts? Answer: white Question: What is the color of the shirt? "
            "Answer: white",
            "leak",
            hit_limit=True,
        ),
        details("shorts", "raw hem and a button fly"),
        gender="Women",
        title="Roadster Women White Solid Denim Shorts",
        category="Shorts",
        color="White",
    ),
    # Photo: beige high-waisted wide palazzos with a matching beige top (styled as a co-ord; only the palazzos are
    # sold). All texts: VQA adapter.
    case(
        "X1622-045",
        wearing("a beige jumpsuit", "contradiction"),
        hue("palazzos", "beige"),
        hue(
            "top",
            "beige-beige-beige-beige-beige-beige-beige-beige-beige-beige-beige-beige-beige-beige-beige",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of palazzos", "yes"),
        gender="Women",
        title="SHOWOFF Women Beige Solid High-Rise Palazzos",
        category="Palazzos",
        color="Beige",
    ),
]
