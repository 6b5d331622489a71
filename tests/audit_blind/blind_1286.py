"""BLIND_1286 (45 products; Myntra women's western bottoms, VQA adapter, color per garment): written blind in the sixty-
second session. Measured blind at c5d464a (the session's eighth rules): 56/61 failures found (91.8%) and 7/177
correct texts flagged (4.0%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's western bottoms (jeans, skirts, palazzos, leggings, shorts), almost always shot
on a model who wears the product with a top (tee, shirt, blouse, sweater, hoodie, tunic), sometimes a jacket, now
and then a prop (a bag, a stool, a yoga mat), two flat lays without any top, and three back views. Catalog columns
as the feed has them: title, category (Myntra's article type), color (Myntra's base colour), gender; one product
lacks gender, one lacks color, one lacks category.
Who wrote what: every text is from BLIP-2 OPT-2.7b with the VQA LoRA (leoreigoto/Data3_V3_BLIP2_VQA), greedy, 30
new tokens per answer, one prompt "Question: ... Answer:" at a time. The run did not caption (the VQA adapter's
captions are broken), so no case has a caption. Questions per product: what the person is wearing, the color of
the product (asked with the category's word: jeans, skirt, palazzos, leggings, shorts), the color of each other
visible garment (top, shirt, t-shirt, sweater, sweatshirt, jacket), the yes/no "Is this a ...?" for the category,
and one or two of details, describe, garment type, pattern, material. The adapter was trained without an
end-of-answer token: most short answers come out clean (the model emits padding, which decodes to nothing), but a
fair share loops to the limit, echoes the Question/Answer format, or stops on padding mid-phrase (one empty answer).
Its garment words are the In-shop classes ("denim", "pants", "graphic tees", "sweatshirts hoodies").
Labeling conventions and judgement calls: judged against the photo I imagined (described above each case) and the title.
Near-hue names are counted right: blue for navy, red for maroon, yellow for mustard, khaki for beige, brown for rust,
green for teal and olive, white for cream. But "black" for navy leggings that plainly read navy in the studio light is a
contradiction. A seller's base colour that the photo disproves (case 021: feed says Black, the jeans are washed grey)
does not make the model's right answer wrong. The color of the product answered with the top's, jacket's, bag's or mat's
color is other_garment_color; the color of the top answered with the product's or the jacket's color (one color for two
garments) is contradiction. A color given to a top that is not in the photo (flat lays) is unsupported, as is a detail
that the view cannot show or the photo denies, and a material that contradicts the title. "No" to "Is this a ...?" for
the right category, and a garment type naming the top or another class, are contradictions; "pants" for palazzos and
"denim" for jeans or denim shorts are right. A pattern word ("floral") or the garment's own name ("sweater") for a color
question is a non_answer, and so is an empty answer; a white tee called black after its print is a contradiction; "the
leggings are black leggings" for a description and "the details of the palazzos are the details of the palazzos" are
restated. A text that runs to the 30-token limit repeating itself is a loop; one that runs to it adding new content and
stops mid-phrase is cut; one that ends mid-phrase on padding is cut without hit_limit. A text that goes on with
"Question: ... Answer:" is a leak, whether or not it hit the limit. "A man" or "he" for the woman model is pronoun. A
wearing answer that calls a long tunic a dress is counted right.
"""

from tests.audit_corpus import BLIND_QUESTIONS, case, color_of, describe, details, is_a, wearing

garment_type = BLIND_QUESTIONS.garment_type
pattern = BLIND_QUESTIONS.pattern
material = BLIND_QUESTIONS.material


def col(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    """The color question, answered by free generation."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


def pair(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    """'Is this a pair of jeans?'"""
    return is_a(garment, text, failure, hit_limit=hit_limit, article="a pair of")


BLIND_1286 = [
    # 001 Photo: front view, white crop t-shirt tucked into mid-blue skinny jeans, white sneakers, light grey backdrop.
    # All texts: VQA adapter. Details loops on its list of parts.
    case(
        "X1286-001",
        wearing("a white t-shirt and blue jeans"),
        col("jeans", "blue"),
        col("t-shirt", "white"),
        pair("jeans", "yes"),
        details(
            "jeans",
            "the pockets, the belt loops, the zipper, the pockets, the belt loops, the zipper, the pockets, the belt"
            " loops, the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # 002 Photo: navy midi skirt with small white polka dots, white sleeveless blouse tucked in, tan heels, white
    # backdrop. All texts: VQA adapter; all right.
    case(
        "X1286-002",
        wearing("a white shirt and a blue skirt"),
        col("skirt", "blue"),
        col("top", "white"),
        is_a("skirt", "yes"),
        pattern("dots"),
        gender="Women",
        title="AND Women Navy Blue Printed A-Line Midi Skirt",
        category="Skirts",
        color="Navy Blue",
    ),
    # 003 Photo: black flared palazzos, mustard yellow crop top, hands in pockets, white backdrop.
    # All texts: VQA adapter. The top gets the palazzos' black.
    case(
        "X1286-003",
        wearing("a yellow top and black pants"),
        col("palazzos", "black"),
        col("top", "black", "contradiction"),
        pair("palazzos", "yes"),
        garment_type("pants"),
        gender="Women",
        title="SASSAFRAS Women Black Solid Flared Palazzos",
        category="Palazzos",
        color="Black",
    ),
    # 004 Photo: side view, maroon ankle-length leggings, long grey t-shirt to mid-thigh, white sneakers.
    # All texts: VQA adapter. "red" for maroon counted right; details only restates.
    case(
        "X1286-004",
        wearing("a grey top and maroon leggings"),
        col("leggings", "red"),
        col("top", "grey"),
        pair("leggings", "yes"),
        details("leggings", "the leggings are leggings", "restated"),
        gender="Women",
        title="Go Colors Women Maroon Solid Ankle-Length Leggings",
        category="Leggings",
        color="Maroon",
    ),
    # 005 Photo: olive cotton shorts with rolled hems and a visible button, white tank top with thin black stripes
    # tucked in, brown sandals, beige backdrop. All texts: VQA adapter; all right.
    case(
        "X1286-005",
        wearing("a striped tank top and green shorts"),
        col("shorts", "green"),
        col("top", "white and black"),
        pair("shorts", "yes"),
        details("shorts", "the shorts have a rolled hem and a button"),
        material("cotton"),
        gender="Women",
        title="DOLCE CRUDO Women Olive Green Solid Regular Shorts",
        category="Shorts",
        color="Olive",
    ),
    # 006 Photo: light-wash wide-leg high-rise jeans, black fitted bodysuit tucked in, black belt, white backdrop.
    # All texts: VQA adapter. Wearing loops on "blue jeans"; the jeans get the bodysuit's black.
    case(
        "X1286-006",
        wearing(
            "a black top and blue jeans blue jeans blue jeans blue jeans blue jeans blue jeans blue jeans blue jeans"
            " blue jeans blue jeans blue jeans blue jeans",
            "loop",
            hit_limit=True,
        ),
        col("jeans", "black", "other_garment_color"),
        col("top", "black"),
        pair("jeans", "yes"),
        details("jeans", "high waist and wide legs"),
        gender="Women",
        title="Mast & Harbour Women Blue Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # 007 Photo: blush pink pleated satin maxi skirt, white tee tucked in, light blue denim jacket over the
    # shoulders, white sneakers. All texts: VQA adapter. The t-shirt gets the jacket's blue.
    case(
        "X1286-007",
        wearing("a denim jacket, a white shirt and a pink skirt"),
        col("skirt", "pink"),
        col("t-shirt", "blue", "contradiction"),
        col("jacket", "blue"),
        is_a("skirt", "yes"),
        pattern("solid"),
        gender="Women",
        title="StyleStone Women Pink Solid Pleated Flared Maxi Skirt",
        category="Skirts",
        color="Pink",
    ),
    # 008 Photo: side pose, black ankle-length leggings, oversized light blue denim shirt worn loose, white
    # sneakers, model with a short bob. All texts: VQA adapter. "he"; details loops on the color.
    case(
        "X1286-008",
        wearing("he is wearing a blue shirt and black leggings", "pronoun"),
        col("leggings", "black"),
        col("shirt", "blue"),
        pair("leggings", "yes"),
        details(
            "leggings",
            "black black black black black black black black black black black black black black black black black"
            " black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Jockey Women Black Solid Ankle-Length Leggings",
        category="Leggings",
        color="Black",
    ),
    # 009 Photo: white cotton straight palazzos, navy-and-white striped shirt knotted at the waist, tan slides.
    # All texts: VQA adapter. The palazzos get the shirt's blue; material says polyester where the title says cotton.
    case(
        "X1286-009",
        wearing("a blue and white striped shirt and white pants"),
        col("palazzos", "blue", "other_garment_color"),
        col("shirt", "blue and white"),
        pair("palazzos", "yes"),
        material("polyester", "unsupported"),
        gender="Women",
        title="Libas Women White Solid Cotton Straight Palazzos",
        category="Palazzos",
        color="White",
    ),
    # 010 Photo: mid-blue denim shorts with frayed hems, white eyelet top, straw hat, brown shoulder bag, beige
    # backdrop. All texts: VQA adapter. The top gets the shorts' blue.
    case(
        "X1286-010",
        wearing("a white shirt and denim shorts"),
        col("shorts", "blue"),
        col("top", "blue", "contradiction"),
        pair("shorts", "yes"),
        details("shorts", "frayed hem"),
        garment_type("denim"),
        gender="Women",
        title="Roadster Women Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # 011 Photo: black super skinny jeans, red ribbed knit top, black ankle boots, white backdrop.
    # All texts: VQA adapter. The jeans get the top's red.
    case(
        "X1286-011",
        wearing("a red sweater and black jeans"),
        col("jeans", "red", "other_garment_color"),
        col("top", "red"),
        pair("jeans", "yes"),
        pattern("solid"),
        gender="Women",
        title="Levis Women Black 720 Super Skinny Fit High-Rise Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # 012 Photo: black faux leather A-line mini skirt with a front zip, cream ribbed turtleneck tucked in, black
    # boots, white backdrop. All texts: VQA adapter. The sweater's color is answered with its name ("leather"
    # for faux leather counted right).
    case(
        "X1286-012",
        wearing("a white sweater and a black skirt"),
        col("skirt", "black"),
        col("sweater", "sweater", "non_answer"),
        is_a("skirt", "yes"),
        material("leather"),
        details("skirt", "zipper on the front"),
        gender="Women",
        title="Mango Women Black Faux Leather A-Line Mini Skirt",
        category="Skirts",
        color="Black",
    ),
    # 013 Photo: green palazzos with a white leaf print, plain white t-shirt, white backdrop.
    # All texts: VQA adapter. The t-shirt gets the palazzos' green; "no" to palazzos.
    case(
        "X1286-013",
        wearing("a white shirt and green pants"),
        col("palazzos", "green"),
        col("t-shirt", "green", "contradiction"),
        pair("palazzos", "no", "contradiction"),
        pattern("floral"),
        gender="Women",
        title="Vishudh Women Green & White Printed Flared Palazzos",
        category="Palazzos",
        color="Green",
    ),
    # 014 Photo: back view, navy leggings (clearly navy under the studio light), long mustard tunic top, white
    # backdrop. All texts: VQA adapter. Leggings called black; details only names the view.
    case(
        "X1286-014",
        wearing("a yellow shirt and blue pants"),
        col("leggings", "black", "contradiction"),
        col("top", "yellow"),
        pair("leggings", "yes"),
        details("leggings", "the back of the leggings", "non_answer"),
        gender="Women",
        title="De Moza Women Navy Blue Solid Leggings",
        category="Leggings",
        color="Navy Blue",
    ),
    # 015 Photo: white high-rise shorts, black sleeveless top, gold necklace, model sitting on a wooden stool.
    # All texts: VQA adapter. The yes/no answer leaks the prompt format; details loops.
    case(
        "X1286-015",
        wearing("a black top and white shorts"),
        col("shorts", "white"),
        col("top", "black"),
        pair(
            "shorts",
            "yes Question: Is this a pair of shorts? Answer: yes Question: Is this a pair of shorts? Answer: yes"
            " Question: Is",
            "leak",
            hit_limit=True,
        ),
        details(
            "shorts",
            "the shorts are white and the top is black and the shorts are white and the top is black and the shorts"
            " are white and",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="SASSAFRAS Women White Solid High-Rise Shorts",
        category="Shorts",
        color="White",
    ),
    # 016 Photo: mid-blue boyfriend jeans ripped at the knees, rolled cuffs, grey marl t-shirt, white sneakers.
    # All texts: VQA adapter; all right.
    case(
        "X1286-016",
        wearing("a grey t-shirt and ripped jeans"),
        col("jeans", "blue"),
        col("t-shirt", "grey"),
        pair("jeans", "yes"),
        details("jeans", "ripped knees and rolled up hem"),
        garment_type("denim"),
        gender="Women",
        title="HERE&NOW Women Blue Boyfriend Fit Mid-Rise Mildly Distressed Jeans",
        category="Jeans",
        color="Blue",
    ),
    # 017 Photo: front view, mustard pencil midi skirt, black fitted t-shirt tucked in, black heels, grey backdrop.
    # All texts: VQA adapter. Details claims a back slit the front view cannot show.
    case(
        "X1286-017",
        wearing("a black shirt and a yellow skirt"),
        col("skirt", "yellow"),
        col("t-shirt", "black"),
        is_a("skirt", "yes"),
        details("skirt", "the skirt is a pencil skirt with a slit in the back", "unsupported"),
        gender="Women",
        title="Tokyo Talkies Women Mustard Yellow Solid Pencil Midi Skirt",
        category="Skirts",
        color="Mustard",
    ),
    # 018 Photo: black palazzos with thin white vertical stripes, solid white top, white backdrop.
    # All texts: VQA adapter. The top gets the palazzos' colors; the pattern answer loops.
    case(
        "X1286-018",
        wearing("a white top and black and white striped pants"),
        col("palazzos", "black and white"),
        col("top", "black and white", "contradiction"),
        pair("palazzos", "yes"),
        pattern(
            "stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes"
            " stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes"
            " stripes stripes stripes stripes",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Zima Leto Women Black & White Striped Palazzos",
        category="Palazzos",
        color="Black",
    ),
    # 019 Photo: flat lay, teal leggings folded on a white surface; no person, no top.
    # All texts: VQA adapter. "green" for teal counted right; the top's white is the backdrop.
    case(
        "X1286-019",
        wearing("leggings"),
        col("leggings", "green"),
        col("top", "white", "unsupported"),
        pair("leggings", "yes"),
        details("leggings", "elastic waistband"),
        gender="Women",
        title="Go Colors Women Teal Solid Ankle-Length Leggings",
        category="Leggings",
        color="Teal",
    ),
    # 020 Photo: pastel pink denim shorts, white graphic tee with a black print, white backdrop.
    # All texts: VQA adapter. The t-shirt gets its print's black; the garment type names the tee's class.
    case(
        "X1286-020",
        wearing("a white graphic tee and pink shorts"),
        col("shorts", "pink"),
        col("t-shirt", "black", "contradiction"),
        pair("shorts", "yes"),
        garment_type("graphic tees", "contradiction"),
        gender="Women",
        title="FOREVER 21 Women Pink Solid Regular Fit Denim Shorts",
        category="Shorts",
        color="Pink",
    ),
    # 021 Photo: straight-fit jeans in a washed mid-grey (the feed's "Black" is wrong), white shirt, white
    # backdrop. All texts: VQA adapter. Grey is right; details loops.
    case(
        "X1286-021",
        wearing("a white shirt and grey jeans"),
        col("jeans", "grey"),
        col("shirt", "white"),
        pair("jeans", "yes"),
        details(
            "jeans",
            "the jeans have a zipper and a button and a zipper and a button and a zipper and a button and a zipper"
            " and a button and",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="DOLCE CRUDO Women Black Straight Fit High-Rise Jeans",
        category="Jeans",
        color="Black",
    ),
    # 022 Photo: cream tiered maxi skirt with red and blue flowers, black tank top, white backdrop.
    # All texts: VQA adapter. The skirt's color is answered with its pattern.
    case(
        "X1286-022",
        wearing("a black top and a floral skirt"),
        col("skirt", "floral", "non_answer"),
        col("top", "black"),
        is_a("skirt", "yes"),
        details("skirt", "the skirt has a floral print and a tiered hem"),
        gender="Women",
        title="Sera Women Multicoloured Floral Print Tiered Maxi Skirt",
        category="Skirts",
        color="Multi",
    ),
    # 023 Photo: beige wide-leg palazzos with a plain elastic waistband (no drawstring) showing under a rust
    # orange crop top, black handbag on the arm. All texts: VQA adapter. The palazzos get the bag's black.
    case(
        "X1286-023",
        wearing("an orange top and beige pants and a black bag"),
        col("palazzos", "black", "other_garment_color"),
        col("top", "orange"),
        pair("palazzos", "yes"),
        details("palazzos", "wide legs and a drawstring waist", "unsupported"),
        gender="Women",
        title="W Women Beige Solid Wide Leg Palazzos",
        category="Palazzos",
        color="Beige",
    ),
    # 024 Photo: grey melange leggings, black oversized hoodie, black sneakers, white backdrop.
    # All texts: VQA adapter. The sweatshirt gets the leggings' grey; the type names the hoodie.
    case(
        "X1286-024",
        wearing("a black sweatshirt and grey leggings"),
        col("leggings", "grey"),
        col("sweatshirt", "grey", "contradiction"),
        pair("leggings", "yes"),
        garment_type("sweatshirts hoodies", "contradiction"),
        material("cotton"),
        gender="Women",
        title="ONLY Women Grey Melange Solid Cotton Leggings",
        category="Leggings",
        color="Grey Melange",
    ),
    # 025 Photo: three-quarter view, black paperbag-waist shorts with a self-tie belt, pink blouse, model with
    # her hair tied back. All texts: VQA adapter. "a man".
    case(
        "X1286-025",
        wearing("a man wearing a pink shirt and black shorts", "pronoun"),
        col("shorts", "black"),
        col("shirt", "pink"),
        pair("shorts", "yes"),
        details("shorts", "paper bag waist with a belt"),
        gender="Women",
        title="Mast & Harbour Women Black Solid Paperbag Waist Regular Shorts",
        category="Shorts",
        color="Black",
    ),
    # 026 Photo: dark indigo slim jeans, white button-down shirt tucked in, tan belt, white backdrop.
    # All texts: VQA adapter. The jeans' color goes on into the next questions.
    case(
        "X1286-026",
        wearing("a white shirt and dark blue jeans"),
        col(
            "jeans",
            "blue Question: What is the color of the shirt? Answer: white Question: What is the color of the belt?"
            " Answer: brown Question: What",
            "leak",
            hit_limit=True,
        ),
        col("shirt", "white"),
        pair("jeans", "yes"),
        details("jeans", "dark wash, high waist, brown belt"),
        gender="Women",
        title="Kraus Jeans Women Navy Blue Slim Fit High-Rise Jeans",
        category="Jeans",
        color="Navy Blue",
    ),
    # 027 Photo: red wrap mini skirt with a side tie, white off-shoulder top, white backdrop.
    # All texts: VQA adapter. The top's color loops.
    case(
        "X1286-027",
        wearing("a white off the shoulder top and a red skirt"),
        col("skirt", "red"),
        col(
            "top",
            "white white white white white white white white white white white white white white white white white"
            " white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        details("skirt", "wrap style with a tie at the side"),
        gender="Women",
        title="Harpa Women Red Solid Wrap Mini Skirt",
        category="Skirts",
        color="Red",
    ),
    # 028 Photo: back view, maroon palazzos, cream crop top, white backdrop; the front is not visible.
    # All texts: VQA adapter. The top gets the palazzos' red; details runs on (inventing a front it cannot see)
    # and is cut at the limit.
    case(
        "X1286-028",
        wearing("a white top and red pants"),
        col("palazzos", "maroon"),
        col("top", "red", "contradiction"),
        pair("palazzos", "yes"),
        details(
            "palazzos",
            "the pants have a wide leg and an elastic waistband at the back and the front has a pleated design with"
            " two side pockets and a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Jompers Women Maroon Solid Wide Leg Palazzos",
        category="Palazzos",
        color="Maroon",
    ),
    # 029 Photo: black leggings with a lace trim at the hem, long red-and-black plaid shirt, black flats. The feed
    # row has no gender. All texts: VQA adapter. The description only restates.
    case(
        "X1286-029",
        wearing("a red plaid shirt and black leggings"),
        col("leggings", "black"),
        col("shirt", "red and black"),
        pair("leggings", "yes"),
        details("leggings", "lace trim at the bottom"),
        describe("leggings", "the leggings are black leggings", "restated"),
        title="Clovia Women Black Solid Lace Hem Ankle-Length Leggings",
        category="Leggings",
        color="Black",
    ),
    # 030 Photo: navy-and-white checked shorts, yellow t-shirt, white sneakers, grey backdrop.
    # All texts: VQA adapter. The shorts get the t-shirt's yellow.
    case(
        "X1286-030",
        wearing("a yellow t-shirt and blue shorts"),
        col("shorts", "yellow", "other_garment_color"),
        col("t-shirt", "yellow"),
        pair("shorts", "yes"),
        pattern("plaid"),
        gender="Women",
        title="Roadster Women Navy Blue & White Checked Regular Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # 031 Photo: flat lay, light blue slim jeans on pale wood; no person, no top.
    # All texts: VQA adapter. A top is given the jeans' blue though there is none.
    case(
        "X1286-031",
        wearing("jeans"),
        col("jeans", "light blue"),
        col("top", "blue", "unsupported"),
        pair("jeans", "yes"),
        details("jeans", "five pockets and a button"),
        gender="Women",
        title="Tokyo Talkies Women Blue Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # 032 Photo: olive cargo midi skirt with flap pockets on the sides, black crop tee, white sneakers.
    # All texts: VQA adapter. "no" to skirt and "pants" for the type.
    case(
        "X1286-032",
        wearing("a black shirt and a green skirt"),
        col("skirt", "green"),
        col("top", "black"),
        is_a("skirt", "no", "contradiction"),
        garment_type("pants", "contradiction"),
        details("skirt", "pockets on the sides"),
        gender="Women",
        title="SASSAFRAS Women Olive Green Solid Cargo Midi Skirt",
        category="Skirts",
        color="Olive",
    ),
    # 033 Photo: cobalt blue solid palazzos, red-and-white striped top, red tote bag. The feed row has no color.
    # All texts: VQA adapter. Details loops.
    case(
        "X1286-033",
        wearing("a striped shirt and blue pants"),
        col("palazzos", "blue"),
        col("top", "red and white"),
        pair("palazzos", "yes"),
        details(
            "palazzos",
            "wide leg pants with a high waist and a pleated front and a pleated front and a pleated front and a"
            " pleated front and a pleated",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Tissu Women Blue Solid Wide Leg Palazzos",
        category="Palazzos",
    ),
    # 034 Photo: mustard cotton-lycra leggings, long navy tunic top with a small white print, tan flats.
    # All texts: VQA adapter. The top gets the leggings' yellow.
    case(
        "X1286-034",
        wearing("a blue shirt and yellow leggings"),
        col("leggings", "yellow"),
        col("top", "yellow", "contradiction"),
        pair("leggings", "yes"),
        material("cotton"),
        gender="Women",
        title="Twin Birds Women Mustard Yellow Solid Cotton Lycra Ankle-Length Leggings",
        category="Leggings",
        color="Mustard",
    ),
    # 035 Photo: beige drawstring shorts with side pockets, black t-shirt, model leaning on a stool.
    # All texts: VQA adapter. Wearing loops; the yes/no answer came back empty (padding only).
    case(
        "X1286-035",
        wearing(
            "a black t shirt and khaki shorts and a black t shirt and khaki shorts and a black t shirt and khaki shorts"
            " and a black t shirt and",
            "loop",
            hit_limit=True,
        ),
        col("shorts", "khaki"),
        col("t-shirt", "black"),
        pair("shorts", "", "non_answer"),
        details("shorts", "drawstring waist and side pockets"),
        gender="Women",
        title="Bene Kleed Women Beige Solid Regular Fit Shorts",
        category="Shorts",
        color="Beige",
    ),
    # 036 Photo: mid-blue high-rise mom jeans, light pink blouse tucked in, brown loafers.
    # All texts: VQA adapter. The yes/no answer loops.
    case(
        "X1286-036",
        wearing("a pink shirt and blue jeans"),
        col("jeans", "blue"),
        col("shirt", "pink"),
        pair(
            "jeans",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes"
            " yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        details("jeans", "high waist"),
        gender="Women",
        title="Marks & Spencer Women Blue Mom Fit High-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # 037 Photo: white tiered ruffled midi skirt, chambray (light blue denim) shirt knotted at the waist, tan flat
    # sandals, no belt, no jewellery. All texts: VQA adapter. Wearing runs on inventing accessories and is cut at
    # the limit; the skirt gets the shirt's blue.
    case(
        "X1286-037",
        wearing(
            "a denim shirt and a white skirt with a ruffled hem and a pair of white sandals and a brown belt and a gold"
            " necklace and a",
            "cut",
            hit_limit=True,
        ),
        col("skirt", "blue", "other_garment_color"),
        col("shirt", "blue"),
        is_a("skirt", "yes"),
        describe("skirt", "a white skirt with ruffles"),
        gender="Women",
        title="Berrylush Women White Solid Tiered A-Line Midi Skirt",
        category="Skirts",
        color="White",
    ),
    # 038 Photo: navy flared palazzos, pale pink shirt, white backdrop.
    # All texts: VQA adapter. Wearing goes on with the questionnaire's format; details gives the question back.
    case(
        "X1286-038",
        wearing(
            "a pink shirt and blue pants Question: What is the color of the pants? Answer: blue Question: What is the"
            " color of the shirt? Answer",
            "leak",
            hit_limit=True,
        ),
        col("palazzos", "blue"),
        col("shirt", "pink"),
        pair("palazzos", "yes"),
        garment_type("pants"),
        details("palazzos", "the details of the palazzos are the details of the palazzos", "restated"),
        gender="Women",
        title="Femella Women Navy Blue Solid Flared Palazzos",
        category="Palazzos",
        color="Navy Blue",
    ),
    # 039 Photo: white leggings, long black-and-white printed tunic to the knee, black sandals.
    # All texts: VQA adapter. Wearing's "dress" for the tunic counted right; the garment type's "dress" is not;
    # the leggings get the tunic's black.
    case(
        "X1286-039",
        wearing("a black and white dress and white leggings"),
        col("leggings", "black", "other_garment_color"),
        col("top", "black and white"),
        pair("leggings", "yes"),
        garment_type("dress", "contradiction"),
        gender="Women",
        title="Lux Lyra Women White Solid Leggings",
        category="Leggings",
        color="White",
    ),
    # 040 Photo: back view, blue washed denim shorts with a patch on the back pocket, white crop top, long hair.
    # The feed row has no category. All texts: VQA adapter. The description loops.
    case(
        "X1286-040",
        wearing("a white top and denim shorts"),
        col("shorts", "blue"),
        col("top", "white"),
        pair("shorts", "yes"),
        details("shorts", "back pockets with a patch"),
        describe(
            "shorts",
            "the shorts are blue denim shorts with a frayed hem and the shorts are blue denim shorts with a frayed"
            " hem and the shorts are",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="ONLY Women Blue Washed Slim Fit Denim Shorts",
        color="Blue",
    ),
    # 041 Photo: black skinny jeans ripped at the knees, white tee, olive bomber jacket open over it.
    # All texts: VQA adapter. The t-shirt gets the jacket's green.
    case(
        "X1286-041",
        wearing("a green jacket and black jeans"),
        col("jeans", "black"),
        col("jacket", "green"),
        col("t-shirt", "green", "contradiction"),
        pair("jeans", "yes"),
        details("jeans", "ripped"),
        gender="Women",
        title="Roadster Women Black Skinny Fit Mid-Rise Highly Distressed Jeans",
        category="Jeans",
        color="Black",
    ),
    # 042 Photo: black-and-white checked pleated mini skirt, black turtleneck, black knee boots.
    # All texts: VQA adapter. Details loops on "pleated".
    case(
        "X1286-042",
        wearing("a black sweater and a plaid skirt"),
        col("skirt", "black and white"),
        col("sweater", "black"),
        is_a("skirt", "yes"),
        pattern("plaid"),
        details(
            "skirt",
            "the skirt is a pleated skirt with a pleated hem and a pleated waist and a pleated hem and a pleated"
            " waist and a pleated",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Athena Women Black & White Checked Pleated Mini Skirt",
        category="Skirts",
        color="Black",
    ),
    # 043 Photo: rust crepe wide-leg palazzos, black bodysuit, gold hoops, white backdrop.
    # All texts: VQA adapter. "brown" for rust counted right; a short prompt echo; silk against the title's crepe.
    case(
        "X1286-043",
        wearing("a black top and orange pants"),
        col("palazzos", "brown"),
        col("top", "black"),
        pair("palazzos", "yes Answer: yes", "leak"),
        material("silk", "unsupported"),
        gender="Women",
        title="SASSAFRAS Women Rust Solid Crepe Wide Leg Palazzos",
        category="Palazzos",
        color="Rust",
    ),
    # 044 Photo: olive cropped leggings, white oversized sweatshirt, white sneakers, a rolled purple yoga mat under
    # the arm. All texts: VQA adapter. The leggings get the mat's purple; details stops on padding mid-phrase.
    case(
        "X1286-044",
        wearing("a white sweatshirt and green leggings"),
        col("leggings", "purple", "other_garment_color"),
        col("sweatshirt", "white"),
        pair("leggings", "yes"),
        details("leggings", "the leggings are", "cut"),
        gender="Women",
        title="Zivame Women Olive Green Solid Cropped Leggings",
        category="Leggings",
        color="Olive",
    ),
    # 045 Photo: black denim shorts, light blue t-shirt, white sneakers, grey backdrop; no bag, no sunglasses,
    # no watch. All texts: VQA adapter. Wearing runs on inventing accessories and is cut at the limit; the shorts'
    # color loops.
    case(
        "X1286-045",
        wearing(
            "a blue t-shirt and black shorts and white sneakers and a black watch and a pair of sunglasses on her"
            " head and a black bag and a",
            "cut",
            hit_limit=True,
        ),
        col(
            "shorts",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black-",
            "loop",
            hit_limit=True,
        ),
        col("t-shirt", "blue"),
        pair("shorts", "yes"),
        garment_type("denim"),
        material("denim"),
        gender="Women",
        title="H&M Women Black Denim Shorts",
        category="Shorts",
        color="Black",
    ),
]
