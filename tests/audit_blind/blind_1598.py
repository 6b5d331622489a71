"""BLIND_1598 (46 products; Myntra women's western bottoms, VQA adapter, each garment's color): written blind in the
sixty-sixth session. Measured blind at 5d4d43a (the session's fifth rules): 77/87 failures found (88.5%) and 2/158
correct texts flagged (1.3%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's western bottoms (Jeans, Skirts, Palazzos, Leggings, Shorts) shot the usual way: a
model on a plain backdrop wearing the product with a top, now and then a back view, a prop (tote bag, stool, yoga
mat) or a flat lay with no person. Catalog columns as the feed has them: title, category (Myntra article type), color
(base colour), gender; a few rows lack gender, color or category.
Who wrote what: every text is an answer from Salesforce/blip2-opt-2.7b with the VQA adapter
leoreigoto/Data3_V3_BLIP2_VQA, greedy, `Question: ... Answer:` prompts, 30 new tokens. The run did not caption (the
VQA-only adapter breaks captions), so no case has a caption. The questionnaire per product: what the person is
wearing, "Is this a/a pair of <product>?", the color of the product garment and the color of "the top" (both asked
as free generation, stored open), and for most products the product's details or the garment type.
Labeling conventions and judgement calls: a color is right when it names the hue family the photo shows (maroon as
"red", mustard as "yellow", rust as "orange", khaki as "beige", cream as "white", peach as "pink", navy as "blue"); a
color that belongs to the other garment in the photo is other_garment_color, a wrong color that belongs to no garment (a
bag's color, navy jeans called black) is contradiction. With a jacket worn open over a tee, "the top" is the tee, so the
jacket's color is other_garment_color; an open overshirt is a top, so its color is accepted. A one-color answer for a
two-color garment (black for black-and-white striped palazzos) is accepted, and so is "floral" as a floral skirt's
details. A top's color answered for a flat lay with no top is unsupported; "What is the person wearing?" answered with
the garment on a flat lay is accepted. Details that cannot be seen (a back zip on a front view, a waistband under a
longline tee) or that are not there are unsupported. "no" to "Is this a pair of palazzos?" is contradiction. An answer
that runs on into "Question: ... Answer:" is leak even when its first words are right; a repeated phrase to the limit is
loop; a run to the limit that ends mid-phrase without repeating is cut. One details answer ran to the limit but ends on
a complete, true sentence: hit_limit, unmarked. An empty answer, the garment's name alone for its details or "denim" for
the jeans' color is non_answer; "the X are the X" is restated. Garment type answered with the top's type for a bottoms
product is contradiction.
"""

from tests.audit_corpus import case, color_of, details, garment_type, is_a, wearing


def _color(garment, text, failure=None, hit_limit=False):
    # the run asked every color question as free generation
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


W = "Women"

BLIND_1598 = [
    # Photo: front, grey backdrop; white round-neck tee tucked into mid-blue skinny jeans, white sneakers.
    # All answers: VQA adapter.
    case(
        "X1598-001",
        wearing("a white t-shirt and blue jeans"),
        is_a("jeans", "yes", article="a pair of"),
        _color("jeans", "blue"),
        _color("top", "white"),
        details("jeans", "they are skinny jeans"),
        gender=W,
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: front, beige backdrop; black A-line mini skirt, mustard ribbed crop top. No zip visible from the front.
    # All answers: VQA adapter.
    case(
        "X1598-002",
        wearing("a yellow top and a black skirt"),
        is_a("skirt", "yes"),
        _color("skirt", "black"),
        _color("top", "black", "other_garment_color"),
        garment_type("skirt"),
        details("skirt", "the skirt has a zipper at the back", "unsupported"),
        gender=W,
        title="Tokyo Talkies Women Black Solid A-Line Mini Skirt",
        category="Skirts",
        color="Black",
    ),
    # Photo: off-white flared palazzos with a blue floral print, solid navy sleeveless top, hand on hip, brown
    # sandals. All answers: VQA adapter.
    case(
        "X1598-003",
        wearing(
            "a navy blue sleeveless top and a pair of white palazzo pants with blue flowers on them and a pair of "
            "brown sandals and a brown",
            "cut",
            hit_limit=True,
        ),
        is_a("palazzos", "yes", article="a pair of"),
        _color(
            "palazzos",
            "white-navy-white-navy-white-navy-white-navy-white-navy-white-navy-white-navy-white",
            "loop",
            hit_limit=True,
        ),
        _color("top", "navy"),
        details("palazzos", "the pants have a floral print"),
        gender=W,
        title="SASSAFRAS Women Off-White & Blue Floral Printed Flared Palazzos",
        category="Palazzos",
        color="Off White",
    ),
    # Photo: navy ankle-length leggings under a long white cotton tunic top reaching mid-thigh.
    # All answers: VQA adapter.
    case(
        "X1598-004",
        wearing("a white tunic and white leggings", "other_garment_color"),
        is_a("leggings", "yes", article="a pair of"),
        _color("leggings", "white", "other_garment_color"),
        _color("top", "white"),
        details("leggings", "leggings", "non_answer"),
        gender=W,
        title="Go Colors Women Navy Blue Solid Ankle-Length Leggings",
        category="Leggings",
        color="Navy Blue",
    ),
    # Photo: three-quarter back view; light-wash denim shorts with frayed hems, black tank top.
    # All answers: VQA adapter.
    case(
        "X1598-005",
        wearing("he is wearing a black tank top and denim shorts", "pronoun"),
        is_a("shorts", "yes", article="a pair of"),
        _color("shorts", "light blue Question: What is the color of the top? Answer: black", "leak"),
        _color("top", "black"),
        details("shorts", "the shorts have frayed hems"),
        gender=W,
        title="HERE&NOW Women Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: maroon satin pleated midi skirt, white shirt tucked in, black heels.
    # All answers: VQA adapter.
    case(
        "X1598-006",
        wearing("a white shirt and a red skirt"),
        is_a("skirt", "yes"),
        _color("skirt", "maroon"),
        _color(
            "top",
            "white Question: What is the color of the skirt? Answer: maroon Question: What is the color of the "
            "shoes? Answer: black Question",
            "leak",
            hit_limit=True,
        ),
        details(
            "skirt",
            "the skirt is pleated and has a pleated skirt and a pleated skirt and a pleated skirt and a pleated "
            "skirt and a",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="DressBerry Women Maroon Solid Pleated Satin Midi Skirt",
        category="Skirts",
        color="Maroon",
    ),
    # Photo: black skinny jeans, grey melange crew-neck tee, white backdrop.
    # All answers: VQA adapter.
    case(
        "X1598-007",
        wearing("a grey t-shirt and grey jeans", "other_garment_color"),
        is_a("jeans", "yes", article="a pair of"),
        _color("jeans", "grey", "other_garment_color"),
        _color("top", "grey"),
        garment_type("denim"),
        gender=W,
        title="Levis Women Black 711 Skinny Fit Mid-Rise Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # Photo: mustard wide-leg palazzos with a flat elasticated front (no pleats), white crop top.
    # All answers: VQA adapter.
    case(
        "X1598-008",
        wearing("a white top and yellow pants"),
        is_a("palazzos", "no", "contradiction", article="a pair of"),
        _color("palazzos", "mustard"),
        _color("top", "white Question: What is the color of the pants? Answer: mustard", "leak"),
        garment_type("pants"),
        details("palazzos", "the pants have pleats", "unsupported"),
        gender=W,
        title="Libas Women Mustard Yellow Solid Wide Leg Palazzos",
        category="Palazzos",
        color="Mustard",
    ),
    # Photo: long shot; mid-blue wide-leg high-rise jeans, black bodysuit, a tan tote bag on the shoulder (prop).
    # All answers: VQA adapter. The feed row has no gender.
    case(
        "X1598-009",
        wearing("a black top, blue jeans and a brown bag"),
        is_a("jeans", "yes", article="a pair of"),
        _color("jeans", "blue"),
        _color("top", "brown", "contradiction"),
        details(
            "jeans",
            "the jeans have a wide leg and a high waist and a wide leg and a high waist and a wide leg and a high "
            "waist and",
            "loop",
            hit_limit=True,
        ),
        title="ONLY Women Blue Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: pink flared midi skirt with small white flowers, white tee tucked in, white sneakers.
    # All answers: VQA adapter.
    case(
        "X1598-010",
        wearing("a white t-shirt and a pink skirt"),
        is_a("skirt", "yes"),
        _color(
            "skirt",
            "pink Question: What is the color of the top? Answer: white Question: What is the color of the shoes? "
            "Answer: white Question",
            "leak",
            hit_limit=True,
        ),
        _color("top", "pink", "other_garment_color"),
        details("skirt", "floral"),
        gender=W,
        title="Trendyol Women Pink Floral Print Flared Midi Skirt",
        category="Skirts",
        color="Pink",
    ),
    # Photo: side view; black leggings, red longline tee covering the waistband down to the hips.
    # All answers: VQA adapter.
    case(
        "X1598-011",
        wearing("a red top and black leggings"),
        is_a(
            "leggings",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
            article="a pair of",
        ),
        _color("leggings", "black"),
        _color("top", "red"),
        details("leggings", "the leggings have an elasticated waistband", "unsupported"),
        gender=W,
        title="Jockey Women Black Solid Ankle Length Leggings",
        category="Leggings",
        color="Black",
    ),
    # Photo: khaki chino shorts with slant pockets and folded hems, white-and-navy striped tee, white sneakers.
    # All answers: VQA adapter.
    case(
        "X1598-012",
        wearing("a striped shirt and khaki shorts"),
        is_a("shorts", "", "non_answer", article="a pair of"),
        _color("shorts", "beige"),
        _color("top", "khaki", "other_garment_color"),
        details(
            "shorts",
            "the shorts have a button closure, two slant pockets, belt loops and a folded hem, and the model is "
            "wearing a pair of white",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="Roadster Women Khaki Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Khaki",
    ),
    # Photo: dark navy straight-fit jeans, light pink shirt half tucked; the navy reads clearly blue in the light.
    # All answers: VQA adapter.
    case(
        "X1598-013",
        wearing("a pink shirt and black jeans", "contradiction"),
        is_a("jeans", "yes", article="a pair of"),
        _color("jeans", "black", "contradiction"),
        _color("top", "pink"),
        garment_type("shirt", "contradiction"),
        details("jeans", "the jeans have a high waist and a straight leg"),
        gender=W,
        title="Kraus Jeans Women Navy Blue Straight Fit High-Rise Stretchable Jeans",
        category="Jeans",
        color="Navy Blue",
    ),
    # Photo: front view; beige pencil skirt (no slit visible from the front), black short-sleeve top, black heels.
    # All answers: VQA adapter.
    case(
        "X1598-014",
        wearing("a black top and a beige skirt"),
        is_a("skirt", "yes"),
        _color("skirt", "beige"),
        _color("top", "black Question: What is the color of the skirt? Answer: beige", "leak"),
        details("skirt", "the skirt has a slit at the back", "unsupported"),
        gender=W,
        title="AND Women Beige Solid Pencil Skirt",
        category="Skirts",
        color="Beige",
    ),
    # Photo: black-and-white vertical-striped wide-leg palazzos, solid black crop top. The feed row has no color.
    # All answers: VQA adapter.
    case(
        "X1598-015",
        wearing(
            "a black crop top with a round neck and short sleeves and a pair of black and white striped wide leg "
            "pants with an elastic waistband and",
            "cut",
            hit_limit=True,
        ),
        is_a("palazzos", "no", "contradiction", article="a pair of"),
        _color("palazzos", "black"),
        _color("top", "black"),
        details("palazzos", "the pants are striped"),
        gender=W,
        title="Globus Women Black & White Striped Wide Leg Palazzos",
        category="Palazzos",
    ),
    # Photo: back view showing the back pockets; blue slim jeans, untucked white shirt over the waist.
    # All answers: VQA adapter.
    case(
        "X1598-016",
        wearing("a white shirt and blue jeans"),
        is_a("jeans", "yes", article="a pair of"),
        _color("jeans", "blue"),
        _color("top", "white"),
        details("jeans", "the jeans have two back pockets"),
        garment_type("denim"),
        gender=W,
        title="Mast & Harbour Women Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: charcoal grey leggings (visibly grey, not black) under a black oversized sweatshirt.
    # All answers: VQA adapter.
    case(
        "X1598-017",
        wearing("a black sweatshirt and black leggings", "other_garment_color"),
        is_a("leggings", "yes", article="a pair of"),
        _color("leggings", "black", "other_garment_color"),
        _color("top", "black"),
        garment_type("sweatshirt", "contradiction"),
        gender=W,
        title="Marks & Spencer Women Charcoal Grey Solid Leggings",
        category="Leggings",
        color="Charcoal",
    ),
    # Photo: flat lay; the red flared mini skirt alone on a white surface, no person, no top.
    # All answers: VQA adapter.
    case(
        "X1598-018",
        wearing("a red skirt"),
        is_a("skirt", "yes"),
        _color("skirt", "red"),
        _color("top", "red", "unsupported"),
        garment_type("skirt"),
        details("skirt", "the skirt is flared"),
        gender=W,
        title="FabAlley Women Red Solid Flared Mini Skirt",
        category="Skirts",
        color="Red",
    ),
    # Photo: black high-rise denim shorts, white tee with a black graphic knotted at the waist, white sneakers; no
    # belt, bag or watch. All answers: VQA adapter.
    case(
        "X1598-019",
        wearing(
            "a white t-shirt with a black print and black shorts and a black belt and white sneakers and a black "
            "bag and a black watch and a",
            "cut",
            hit_limit=True,
        ),
        is_a("shorts", "yes", article="a pair of"),
        _color("shorts", "black"),
        _color("top", "black and white"),
        details("shorts", "the details of the shorts are the shorts", "restated"),
        gender=W,
        title="Roadster Women Black High-Rise Denim Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: teal flared palazzos (no pockets visible), white embroidered crop top.
    # All answers: VQA adapter.
    case(
        "X1598-020",
        wearing("she is wearing a white top and green pants"),
        is_a("palazzos", "yes", article="a pair of"),
        _color("palazzos", "teal"),
        _color("top", "teal", "other_garment_color"),
        details(
            "palazzos",
            "the pants have a side pocket, a side pocket, a side pocket, a side pocket, a side pocket, a side "
            "pocket, a",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="SASSAFRAS Women Teal Solid Flared Palazzos",
        category="Palazzos",
        color="Teal",
    ),
    # Photo: light-wash high-rise mom jeans, white tee under an open black leather jacket, sunglasses.
    # All answers: VQA adapter.
    case(
        "X1598-021",
        wearing("a black jacket, a white t-shirt and blue jeans"),
        is_a("jeans", "yes", article="a pair of"),
        _color("jeans", "denim", "non_answer"),
        _color("top", "black", "other_garment_color"),
        details("jeans", "the jeans are high waisted and have a straight leg"),
        gender=W,
        title="Levis Women Blue Mom Fit High-Rise Light Fade Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: lavender pleated midi skirt, cream fine-knit top tucked in.
    # All answers: VQA adapter.
    case(
        "X1598-022",
        wearing("a white sweater and a purple skirt"),
        is_a(
            "skirt",
            "yes Question: Is this a skirt? Answer: yes Question: Is this a skirt? Answer: yes Question: Is this a "
            "skirt? Answer:",
            "leak",
            hit_limit=True,
        ),
        _color("skirt", "purple"),
        _color(
            "top",
            "white-cream-white-cream-white-cream-white-cream-white-cream-white-cream-white-cream-white",
            "loop",
            hit_limit=True,
        ),
        details("skirt", "the skirt is pleated"),
        gender=W,
        title="Berrylush Women Lavender Solid Pleated Midi Skirt",
        category="Skirts",
        color="Lavender",
    ),
    # Photo: grey melange leggings with a wide waistband, black crop tank, model on a yoga mat (prop).
    # All answers: VQA adapter.
    case(
        "X1598-023",
        wearing("a black top and grey leggings"),
        is_a("leggings", "yes", article="a pair of"),
        _color("leggings", "grey"),
        _color("top", "black"),
        garment_type("leggings"),
        details("leggings", "the leggings have a wide waistband"),
        gender=W,
        title="De Moza Women Grey Melange Solid Active Leggings",
        category="Leggings",
        color="Grey",
    ),
    # Photo: mustard paperbag-waist shorts with a self-tie belt, white sleeveless top tucked in.
    # All answers: VQA adapter.
    case(
        "X1598-024",
        wearing("a white top and yellow shorts Question: What is the color of the shorts? Answer: yellow", "leak"),
        is_a("shorts", "yes", article="a pair of"),
        _color("shorts", "yellow"),
        _color("top", "white"),
        garment_type("shorts"),
        details("shorts", "the shorts have a paper bag waist and a belt"),
        gender=W,
        title="StyleStone Women Mustard Yellow Solid Paperbag Waist Shorts",
        category="Shorts",
        color="Mustard",
    ),
    # Photo: blue denim A-line mini skirt with a plain front (no buttons), white puff-sleeve top.
    # All answers: VQA adapter.
    case(
        "X1598-025",
        wearing("a white top and denim shorts", "contradiction"),
        is_a("skirt", "yes"),
        _color("skirt", "blue"),
        _color("top", "white"),
        garment_type("denim"),
        details("skirt", "the skirt has buttons down the front", "unsupported"),
        gender=W,
        title="Tokyo Talkies Women Blue Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
    ),
    # Photo: blue skinny jeans ripped at both knees only, yellow tee.
    # All answers: VQA adapter.
    case(
        "X1598-026",
        wearing("he is wearing a yellow shirt and blue jeans", "pronoun"),
        is_a("jeans", "yes", article="a pair of"),
        _color("jeans", "blue"),
        _color("top", "yellow"),
        details(
            "jeans",
            "the jeans have rips on the knees and a rip on the thigh and a rip on the thigh and a rip on the thigh "
            "and a",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Roadster Women Blue Skinny Fit Mid-Rise Mildly Distressed Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: model walking; black knitted palazzos, grey printed tee.
    # All answers: VQA adapter.
    case(
        "X1598-027",
        wearing("a grey t-shirt and black pants"),
        is_a("palazzos", "no", "contradiction", article="a pair of"),
        _color("palazzos", "black"),
        _color("top", "", "non_answer"),
        garment_type("pants"),
        details(
            "palazzos",
            "the pants are wide legged and the pants are wide legged and the pants are wide legged and the pants "
            "are wide",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Twin Birds Women Black Solid Knitted Palazzos",
        category="Palazzos",
        color="Black",
    ),
    # Photo: white ankle-length leggings under a pink long tunic top; no drawstring or pockets visible.
    # All answers: VQA adapter.
    case(
        "X1598-028",
        wearing("a pink tunic and white leggings"),
        is_a("leggings", "yes", article="a pair of"),
        _color("leggings", "pink", "other_garment_color"),
        _color("top", "pink"),
        garment_type("tunic", "contradiction"),
        details(
            "leggings",
            "the leggings are ankle length and have an elastic waistband and a drawstring and a side pocket and a "
            "side pocket and a side",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Go Colors Women White Solid Ankle-Length Leggings",
        category="Leggings",
        color="White",
    ),
    # Photo: olive cargo shorts with side flap pockets, slant front pockets, belt loops, button and zip fly; black
    # tee. The details answer ran to the limit on a complete, true sentence. The feed row has no category.
    # All answers: VQA adapter.
    case(
        "X1598-029",
        wearing("a black t-shirt and green shorts"),
        is_a("shorts", "yes", article="a pair of"),
        _color("shorts", "olive green"),
        _color("top", "black Question: What is the color of the shorts? Answer: olive", "leak"),
        details(
            "shorts",
            "the shorts have two flap pockets on the sides, two slant pockets at the front, belt loops and a button "
            "and zip fly.",
            hit_limit=True,
        ),
        gender=W,
        title="Vero Moda Women Olive Green Solid Cargo Shorts",
        color="Olive",
    ),
    # Photo: black high-rise bootcut jeans, white shirt tied at the waist, white backdrop.
    # All answers: VQA adapter.
    case(
        "X1598-030",
        wearing("a white shirt and black jeans"),
        is_a("jeans", "yes Question: Is this a pair of jeans? Answer: yes", "leak", article="a pair of"),
        _color("jeans", "black"),
        _color("top", "black", "other_garment_color"),
        details("jeans", "the jeans are flared at the bottom"),
        gender=W,
        title="Kraus Jeans Women Black Bootcut High-Rise Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # Photo: green A-line midi skirt with a small white leaf print, black tee tucked in.
    # All answers: VQA adapter.
    case(
        "X1598-031",
        wearing("a black t-shirt and a green skirt"),
        is_a("skirt", "yes"),
        _color("skirt", "black", "other_garment_color"),
        _color("top", "black"),
        garment_type("t-shirt", "contradiction"),
        details("skirt", "the skirt has a leaf print"),
        gender=W,
        title="ONLY Women Green Printed A-Line Midi Skirt",
        category="Skirts",
        color="Green",
    ),
    # Photo: side view; rust wide-leg palazzos with an elastic waist (no belt, zip or button), off-white top.
    # All answers: VQA adapter.
    case(
        "X1598-032",
        wearing("a white shirt and brown pants"),
        is_a("palazzos", "yes", article="a pair of"),
        _color("palazzos", "orange"),
        _color("top", "orange", "other_garment_color"),
        details(
            "palazzos",
            "the pants have a high waist, a belt, pockets, pleats, a zipper, a button, a belt, pockets, pleats, a "
            "zipper",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Mast & Harbour Women Rust Solid Wide Leg Palazzos",
        category="Palazzos",
        color="Rust",
    ),
    # Photo: gym backdrop; maroon calf-length leggings, grey sports tee, white sneakers.
    # All answers: VQA adapter.
    case(
        "X1598-033",
        wearing(
            "a grey t-shirt and maroon leggings and a pair of white sneakers and a pair of white sneakers and a pair "
            "of white sneakers and a pair",
            "loop",
            hit_limit=True,
        ),
        is_a("leggings", "yes", article="a pair of"),
        _color("leggings", "maroon"),
        _color("top", "maroon", "other_garment_color"),
        details("leggings", "the leggings are cropped at the calf"),
        gender=W,
        title="Marks & Spencer Women Maroon Solid Cropped Leggings",
        category="Leggings",
        color="Maroon",
    ),
    # Photo: white denim shorts with rolled hems, blue chambray shirt knotted at the waist.
    # All answers: VQA adapter.
    case(
        "X1598-034",
        wearing("a blue shirt and white shorts"),
        is_a("shorts", "yes", article="a pair of"),
        _color("shorts", "blue", "other_garment_color"),
        _color("top", "blue"),
        garment_type("shirt", "contradiction"),
        details("shorts", "the shorts have a rolled hem"),
        gender=W,
        title="HERE&NOW Women White Solid Denim Shorts",
        category="Shorts",
        color="White",
    ),
    # Photo: blue boyfriend jeans with rolled cuffs, black-and-white striped tee.
    # All answers: VQA adapter.
    case(
        "X1598-035",
        wearing("he is wearing a striped shirt and blue jeans", "pronoun"),
        is_a("jeans", "yes", article="a pair of"),
        _color("jeans", "blue"),
        _color(
            "top",
            "black-white-black-white-black-white-black-white-black-white-black-white-black-white-black",
            "loop",
            hit_limit=True,
        ),
        details("jeans", "the jeans are rolled up at the bottom"),
        gender=W,
        title="Levis Women Blue Boyfriend Fit Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: black satin slip midi skirt with a sheen, white shirt tucked in.
    # All answers: VQA adapter.
    case(
        "X1598-036",
        wearing("a white shirt and a black skirt Question: What is the color of the skirt? Answer: black", "leak"),
        is_a("skirt", "yes"),
        _color("skirt", "black"),
        _color("top", "white"),
        details("skirt", "the skirt is made of leather", "unsupported"),
        gender=W,
        title="DressBerry Women Black Solid Satin Slip Midi Skirt",
        category="Skirts",
        color="Black",
    ),
    # Photo: white flared palazzos without slits, black top with small white polka dots, model beside a chair.
    # All answers: VQA adapter.
    case(
        "X1598-037",
        wearing("a black top with white polka dots and white pants"),
        is_a("palazzos", "no", "contradiction", article="a pair of"),
        _color("palazzos", "white"),
        _color("top", "black"),
        garment_type("pants"),
        details("palazzos", "the pants are wide legged and have a slit on the side", "unsupported"),
        gender=W,
        title="Sera Women White Solid Flared Palazzos",
        category="Palazzos",
        color="White",
    ),
    # Photo: olive green leggings, cream oversized shirt. The feed row has no gender.
    # All answers: VQA adapter.
    case(
        "X1598-038",
        wearing("a white shirt and green leggings"),
        is_a("leggings", "yes", article="a pair of"),
        _color(
            "leggings",
            "olive-olive-olive-olive-olive-olive-olive-olive-olive-olive-olive-olive-olive-olive-olive",
            "loop",
            hit_limit=True,
        ),
        _color("top", "white"),
        details("leggings", "the leggings are the leggings", "restated"),
        title="Go Colors Women Olive Green Solid Ankle-Length Leggings",
        category="Leggings",
        color="Olive",
    ),
    # Photo: dark navy denim shorts, white tee under an open red plaid overshirt.
    # All answers: VQA adapter.
    case(
        "X1598-039",
        wearing("a red plaid shirt, a white t-shirt and blue shorts"),
        is_a("shorts", "yes", article="a pair of"),
        _color("shorts", "blue Question: What is the color of the shirt? Answer: red", "leak"),
        _color("top", "red"),
        details("shorts", "shorts", "non_answer"),
        gender=W,
        title="Roadster Women Navy Blue Solid Denim Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Photo: model sitting on a stool (prop); black pleated tennis mini skirt, white fitted tee.
    # All answers: VQA adapter.
    case(
        "X1598-040",
        wearing("he is wearing a white shirt and a black skirt", "pronoun"),
        is_a("skirt", "yes"),
        _color("skirt", "black"),
        _color("top", "white Question: What is the color of the skirt? Answer: black", "leak"),
        details("skirt", "the skirt is pleated"),
        gender=W,
        title="Trendyol Women Black Pleated Tennis Mini Skirt",
        category="Skirts",
        color="Black",
    ),
    # Photo: grey washed straight-fit jeans, navy tee.
    # All answers: VQA adapter.
    case(
        "X1598-041",
        wearing("a blue t-shirt and blue jeans", "other_garment_color"),
        is_a("jeans", "yes", article="a pair of"),
        _color("jeans", "blue", "other_garment_color"),
        _color("top", "blue"),
        details("jeans", "the jeans have a faded wash and a straight leg"),
        gender=W,
        title="Kraus Jeans Women Grey Washed Straight Fit Jeans",
        category="Jeans",
        color="Grey",
    ),
    # Photo: back view; beige pleated palazzos, black bodysuit.
    # All answers: VQA adapter.
    case(
        "X1598-042",
        wearing("a black top and beige pants"),
        is_a("palazzos", "yes", article="a pair of"),
        _color("palazzos", "beige"),
        _color("top", "beige", "other_garment_color"),
        details(
            "palazzos",
            "the pants have pleats at the front and a zip at the side and a hook and eye closure at the back and a "
            "belt loop at the",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="SASSAFRAS Women Beige Solid Pleated Palazzos",
        category="Palazzos",
        color="Beige",
    ),
    # Photo: peach cotton lounge shorts with an elastic drawstring waist, white tank top.
    # All answers: VQA adapter.
    case(
        "X1598-043",
        wearing("a white tank top and pink shorts"),
        is_a("shorts", "yes", article="a pair of"),
        _color("shorts", "pink"),
        _color("top", "white"),
        details("shorts", "the shorts have an elastic waistband and a drawstring"),
        gender=W,
        title="Jockey Women Peach Solid Lounge Shorts",
        category="Shorts",
        color="Peach",
    ),
    # Photo: mustard wrap mini skirt with small white flowers and a side tie, black tee tucked in.
    # All answers: VQA adapter.
    case(
        "X1598-044",
        wearing("he is wearing a black t-shirt and a yellow skirt", "pronoun"),
        is_a("skirt", "yes"),
        _color("skirt", "yellow"),
        _color("top", "black"),
        details(
            "skirt",
            "the skirt has a wrap design and a tie at the waist, a floral print, a wrap design and a tie at the "
            "waist, a floral print, a",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Roadster Women Mustard Yellow Floral Print Wrap Mini Skirt",
        category="Skirts",
        color="Mustard",
    ),
    # Photo: flat lay; the blue wide-leg jeans folded on a white surface, no person, no top.
    # All answers: VQA adapter.
    case(
        "X1598-045",
        wearing("a pair of jeans"),
        is_a("jeans", "yes", article="a pair of"),
        _color("jeans", "blue"),
        _color("top", "white", "unsupported"),
        garment_type("denim"),
        details("jeans", "the jeans have a button and a zip"),
        gender=W,
        title="Kotty Women Blue Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: teal ankle-length leggings under a long white top with a small teal print.
    # All answers: VQA adapter.
    case(
        "X1598-046",
        wearing("a white top and blue leggings"),
        is_a("leggings", "yes", article="a pair of"),
        _color("leggings", "white", "other_garment_color"),
        _color("top", "white"),
        garment_type("top", "contradiction"),
        details("leggings", "they are ankle length"),
        gender=W,
        title="Twin Birds Women Teal Blue Solid Ankle-Length Leggings",
        category="Leggings",
        color="Teal",
    ),
]
