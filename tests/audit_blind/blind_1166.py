"""BLIND_1166 (45 products; Myntra women's western bottoms, VQA adapter, each garment's color): written blind in the
sixty-first session. Measured blind at f95d293 (the session's first rules): 49/63 failures found (77.8%) and 1/161
correct texts flagged (0.6%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's western bottoms (Jeans, Jeggings, Skirts, Palazzos, Leggings, Shorts as the
article type), shot the usual way: a model on a plain grey or white backdrop wearing the product with a top (tee,
shirt, blouse, sweater, sometimes a jacket or cardigan over it), a few back and side views, one flat lay with no
person, a prop now and then (a straw bag, a necklace). The feed gives title, category (article type), color (base
colour) and gender; a few rows miss one of them, as real feeds do.
Who wrote what: every text is from the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b),
free generation with the `Question: ... Answer:` prompt, greedy, 30 new tokens. This run does not caption (the VQA
adapter's captions are broken, so captioning was switched off). Each product is asked "What is she wearing?", the
color of the product's garment and of the top ("each garment's color"), the color of a third layer when the photo
has one (jacket, cardigan, blazer), the yes/no garment question from the VQA data, and on some products the details,
a description, the pattern or the material. The adapter answers in its training data's vocabulary: In-shop classes
with a slash ("tee/tank", "blouse/shirt", "romper/jumpsuit"), "denim" for jeans, vendor-ish color names (navy,
heather grey, white-navy). No end-of-answer token was trained, so some answers run on into loops or into a new
"Question: ... Answer:" turn until the 30-token limit.
Labeling conventions and judgement calls: a color that belongs to another garment in the photo (the top's color given
for the bottoms, the bottoms' color for the top or the cardigan) is other_garment_color; a wrong color or garment that
no other garment explains (navy leggings called black, a white top called black for its small print, a skirt called a
dress, "no" to "Is this a skirt?") is contradiction; a pattern that belongs to the top given as the bottoms' pattern is
contradiction too. A person or a top named on the flat lay, where there is neither, and details not in the photo nor the
title (raw hem, elasticated waist, side slits), are unsupported; a material that the title contradicts is unsupported.
Near hue names count as right: teal as green, lavender as purple, rust as orange, mustard as yellow, leopard print as
brown. "pants" for palazzos or jeans is right, and so is "denim" for jeans or a denim skirt, and "shorts" for a skort.
Answers that name only the bottoms, or only one of two layers, are right if what they name is right. Mustard shorts with
a matching mustard top (a co-ord sold separately) have the same color for both, correctly. Details that only give the
garment's name or its color back ("denim", "the skirt is a skirt", "they are black") are non_answer or restated. A loop
or a leak that ran to the limit keeps its loop or leak label with hit_limit=True; an answer cut mid-list at the limit is
cut. A text with two faults carries the one that shows first. Fewer than four in ten texts are wrong here: most
questions are the short color and yes/no questions the VQA adapter was trained on, and it mostly gets those right when
it stops; it fails on layered outfits, dark colors and the open questions.
"""

from tests.audit_corpus import BLIND_QUESTIONS, case, color_of, describe, details, is_a, wearing

BLIND_1166 = [
    # Photo: front view, mid-blue skinny jeans, white ribbed tank top, white sneakers, grey backdrop.
    # VQA adapter wrote every answer.
    case(
        "X1166-001",
        wearing("tee/tank and denim", who="she"),
        color_of("jeans", "blue", kind="open"),
        color_of("top", "white", kind="open"),
        is_a("jeans", "yes", article="a pair of"),
        details("jeans", "denim", "non_answer"),
        gender="Women",
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: black flowy wide-leg palazzos, mustard yellow crop top with puff sleeves, tan flats, front view.
    # VQA adapter wrote every answer.
    case(
        "X1166-002",
        wearing("blouse/shirt and pants", who="she"),
        color_of("palazzos", "mustard", "other_garment_color", kind="open"),
        color_of("top", "mustard", kind="open"),
        is_a("palazzos", "yes", article="a pair of"),
        details("palazzos", "they are black", "restated"),
        gender="Women",
        title="SASSAFRAS Women Black Solid Flared Palazzos",
        category="Palazzos",
        color="Black",
    ),
    # Photo: olive chino shorts with cuffed hems, white-and-navy striped shirt tucked in, three-quarter view.
    # VQA adapter wrote every answer.
    case(
        "X1166-003",
        wearing("blouse/shirt and shorts", who="she"),
        color_of("shorts", "olive", kind="open"),
        color_of("top", "white-navy", kind="open"),
        is_a("shorts", "yes", article="a pair of"),
        details(
            "shorts",
            "cuffed hem, button closure, zip fly, two slant pockets at the front and two welt pockets at the back, the"
            " waist has belt loops and a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="HERE&NOW Women Olive Green Solid Regular Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Photo: side view, black ankle-length leggings, long grey melange tunic tee to mid-thigh, white sneakers.
    # VQA adapter wrote every answer.
    case(
        "X1166-004",
        wearing("tee/tank and leggings", who="she"),
        color_of("leggings", "black", kind="open"),
        color_of("top", "black", "other_garment_color", kind="open"),
        is_a("leggings", "yes", article="a pair of"),
        BLIND_QUESTIONS.pattern("solid"),
        details("leggings", "ankle length, stretchable, with a side pocket", "unsupported"),
        gender="Women",
        title="Go Colors Women Black Solid Ankle-Length Leggings",
        category="Leggings",
        color="Black",
    ),
    # Photo: navy A-line midi skirt with small white polka dots, white sleeveless blouse tucked in, nude heels.
    # VQA adapter wrote every answer.
    case(
        "X1166-005",
        wearing("dress", "contradiction", who="she"),
        color_of("skirt", "navy", kind="open"),
        color_of("top", "white", kind="open"),
        is_a("skirt", "no", "contradiction"),
        BLIND_QUESTIONS.pattern("polka dot"),
        gender="Women",
        title="AND Women Navy Blue Printed A-Line Midi Skirt",
        category="Skirts",
        color="Navy Blue",
    ),
    # Photo: light-wash wide-leg high-rise jeans with a plain stitched hem, black long-sleeved bodysuit, front view.
    # VQA adapter wrote every answer.
    case(
        "X1166-006",
        wearing("blouse/shirt and denim", who="she"),
        color_of("jeans", "light blue", kind="open"),
        color_of("top", "black", kind="open"),
        is_a("jeans", "yes", article="a pair of"),
        details("jeans", "wide leg, high waist, light wash, raw hem", "unsupported"),
        title="Mast & Harbour Women Blue Wide Leg High-Rise Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: blush pink pleated satin midi skirt, black turtleneck sweater tucked in, black block heels.
    # VQA adapter wrote every answer.
    case(
        "X1166-007",
        wearing("sweater and skirt", who="she"),
        color_of(
            "skirt",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink"
            " pink pink pink pink pink pink pink pink pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("top", "black", kind="open"),
        is_a("skirt", "yes"),
        details("skirt", "pleated, midi length, satin"),
        gender="Women",
        title="DressBerry Women Pink Pleated Satin Finish Midi Skirt",
        category="Skirts",
        color="Pink",
    ),
    # Photo: black denim shorts with frayed hems, white graphic tee knotted at the waist, front view.
    # VQA adapter wrote every answer.
    case(
        "X1166-008",
        wearing("graphic tee and shorts Question: What is she wearing? Answer: graphic tee", "leak", who="she"),
        color_of("shorts", "black", kind="open"),
        color_of("top", "white", kind="open"),
        is_a("shorts", "yes", article="a pair of"),
        details("shorts", "frayed hem, black denim, five pockets"),
        gender="Women",
        title="Tokyo Talkies Women Black Washed Denim Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: white cotton palazzos, coral peplum top with short sleeves, tan sandals, front view.
    # VQA adapter wrote every answer.
    case(
        "X1166-009",
        wearing("blouse/shirt and pants", who="she"),
        color_of("palazzos", "white", kind="open"),
        color_of("top", "coral Question: What is the color of the pants? Answer: white", "leak", kind="open"),
        is_a("palazzos", "no", "contradiction", article="a pair of"),
        gender="Women",
        title="Libas Women White Solid Cotton Palazzos",
        category="Palazzos",
        color="White",
    ),
    # Photo: dark navy jeggings, mustard-and-white horizontally striped tee, white sneakers, front view.
    # VQA adapter wrote every answer.
    case(
        "X1166-010",
        wearing("tee/tank and leggings", who="she"),
        color_of("jeggings", "navy", kind="open"),
        color_of(
            "top",
            "yellow and white and yellow and white and yellow and white and yellow and white and yellow and white and"
            " yellow and white and yellow and white and",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("jeggings", "yes", article="a pair of"),
        BLIND_QUESTIONS.pattern("striped", "contradiction"),
        gender="Women",
        title="Roadster Women Navy Blue Slim Fit Mid-Rise Jeggings",
        category="Jeggings",
        color="Navy Blue",
    ),
    # Photo: black faux-leather mini skirt, white poplin shirt tucked in, black ankle boots, front view.
    # VQA adapter wrote every answer.
    case(
        "X1166-011",
        wearing("blouse/shirt and shorts", "contradiction", who="she"),
        color_of("skirt", "black", kind="open"),
        color_of(
            "top",
            "white Question: What is the color of the skirt? Answer: black Question: What is the color of the shirt?"
            " Answer: white",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        describe("skirt", "black leather mini skirt"),
        gender="Women",
        title="Vero Moda Women Black Solid Faux Leather Mini Skirt",
        category="Skirts",
        color="Black",
    ),
    # Photo: mid-blue high-rise ripped denim shorts with rolled hems, red-and-white checked flannel shirt worn open
    # over a white tank, front view.
    # VQA adapter wrote every answer.
    case(
        "X1166-012",
        wearing("blouse/shirt and denim", who="she"),
        color_of("shorts", "red", "other_garment_color", kind="open"),
        color_of("top", "red", kind="open"),
        is_a("shorts", "yes", article="a pair of"),
        details("shorts", "distressed, high rise, rolled hem"),
        gender="Women",
        title="FOREVER 21 Women Blue High-Rise Distressed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: maroon flared palazzos, beige sleeveless knit top, gold hoop earrings, front view.
    # VQA adapter wrote every answer.
    case(
        "X1166-013",
        wearing("he is wearing a tank top and pants", "pronoun", who="she"),
        color_of("palazzos", "maroon", kind="open"),
        color_of("top", "beige", kind="open"),
        is_a("palazzos", "yes", article="a pair of"),
        BLIND_QUESTIONS.pattern("solid"),
        gender="Women",
        title="W Women Maroon Solid Flared Palazzos",
        category="Palazzos",
        color="Maroon",
    ),
    # Photo: flat lay of dark blue straight-fit jeans on a white surface, front side up, no person and no top.
    # VQA adapter wrote every answer.
    case(
        "X1166-014",
        wearing("she is wearing blue jeans and a white top", "unsupported", who="she"),
        color_of("jeans", "dark blue", kind="open"),
        color_of("top", "white", "unsupported", kind="open"),
        is_a("jeans", "yes", article="a pair of"),
        details("jeans", "five pockets, button closure, zip fly"),
        gender="Women",
        title="ONLY Women Blue Straight Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: teal ankle-length leggings, long white tunic tee with a small black print, front view.
    # VQA adapter wrote every answer.
    case(
        "X1166-015",
        wearing("tee/tank and leggings", who="she"),
        color_of("leggings", "green", kind="open"),
        color_of("top", "black", "contradiction", kind="open"),
        is_a(
            "leggings",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes"
            " yes yes yes yes yes yes yes yes",
            "loop",
            hit_limit=True,
            article="a pair of",
        ),
        BLIND_QUESTIONS.pattern("solid"),
        gender="Women",
        title="De Moza Women Teal Solid Ankle-Length Leggings",
        category="Leggings",
        color="Teal",
    ),
    # Photo: beige linen-blend shorts with a drawstring waist, black cami top, front view.
    # VQA adapter wrote every answer.
    case(
        "X1166-016",
        wearing("tee/tank and shorts", who="she"),
        color_of("shorts", "black", "other_garment_color", kind="open"),
        color_of("top", "black", kind="open"),
        is_a("shorts", "yes", article="a pair of"),
        BLIND_QUESTIONS.material("cotton", "unsupported"),
        gender="Women",
        title="Trendyol Women Beige Solid Linen Blend Shorts",
        category="Shorts",
        color="Beige",
    ),
    # Photo: green flared midi skirt with a white and pink floral print and a fitted zip waistband, white puff-sleeve
    # crop top, front view.
    # VQA adapter wrote every answer.
    case(
        "X1166-017",
        wearing("blouse/shirt and skirt", who="she"),
        color_of("skirt", "green", kind="open"),
        color_of("top", "white", kind="open"),
        is_a("skirt", "yes"),
        BLIND_QUESTIONS.pattern("floral"),
        details("skirt", "floral print, flared, midi length, elasticated waist", "unsupported"),
        gender="Women",
        title="SASSAFRAS Women Green Floral Print Flared Midi Skirt",
        category="Skirts",
        color="Green",
    ),
    # Photo: black skinny jeans, white crew-neck tee, light grey open cardigan over it, front view.
    # VQA adapter wrote every answer.
    case(
        "X1166-018",
        wearing("cardigan and denim", who="she"),
        color_of("jeans", "black", kind="open"),
        color_of("top", "white", kind="open"),
        color_of("cardigan", "black", "other_garment_color", kind="open"),
        is_a("jeans", "yes", article="a pair of"),
        gender="Women",
        title="Levis Women Black 711 Skinny Fit Mid-Rise Jeans",
        category="Jeans",
        color="Black",
    ),
    # Photo: mustard wide-leg palazzos, black-and-white striped tee tucked in, front view.
    # VQA adapter wrote every answer.
    case(
        "X1166-019",
        wearing("tee/tank and pants", who="she"),
        color_of("palazzos", "yellow", kind="open"),
        color_of(
            "top",
            "black and white and black and white and black and white and black and white and black and white and"
            " black and white and black and white and",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("palazzos", "yes", article="a pair of"),
        details(
            "palazzos",
            "wide leg, side pockets, the pants are yellow and the top is black and white striped and the top is tucked"
            " into the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Harpa Women Mustard Yellow Solid Wide Leg Palazzos",
        category="Palazzos",
        color="Mustard",
    ),
    # Photo: back view, mid-blue boyfriend jeans with rolled cuffs, pink oversized hoodie; back pockets visible.
    # VQA adapter wrote every answer.
    case(
        "X1166-020",
        wearing("sweatshirt/hoodie and denim", who="she"),
        color_of(
            "jeans",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("top", "pink", kind="open"),
        is_a("jeans", "yes", article="a pair of"),
        details("jeans", "rolled hem, two back pockets, belt loops"),
        title="KRAUS Jeans Women Blue Boyfriend Fit Mildly Distressed Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: white denim button-front mini skirt, blue chambray shirt tucked in, white sneakers.
    # VQA adapter wrote every answer.
    case(
        "X1166-021",
        wearing("blouse/shirt and skirt", who="she"),
        color_of("skirt", "blue", "other_garment_color", kind="open"),
        color_of("top", "blue", kind="open"),
        is_a("skirt", "yes"),
        details("skirt", "white denim, button front, two pockets"),
        gender="Women",
        title="Mango Women White Denim Button-Front A-Line Mini Skirt",
        color="White",
    ),
    # Photo: grey melange leggings, black cropped tank top, grey sneakers, front view.
    # VQA adapter wrote every answer.
    case(
        "X1166-022",
        wearing("tee/tank and leggings", who="she"),
        color_of("leggings", "heather grey", kind="open"),
        color_of("top", "black", kind="open"),
        is_a("leggings", "Answer: yes", "leak", article="a pair of"),
        details("leggings", "they are leggings", "restated"),
        gender="Women",
        title="Go Colors Women Grey Melange Solid Ankle-Length Leggings",
        category="Leggings",
        color="Grey Melange",
    ),
    # Photo: red cotton shorts, white tee with a red text graphic on the chest, front view.
    # VQA adapter wrote every answer.
    case(
        "X1166-023",
        wearing("graphic tee and shorts", who="she"),
        color_of("shorts", "red", kind="open"),
        color_of("top", "red", "other_garment_color", kind="open"),
        is_a("shorts", "yes", article="a pair of"),
        describe("shorts", "red shorts", "restated"),
        gender="Women",
        title="Tokyo Talkies Women Red Solid Regular Shorts",
        category="Shorts",
        color="Red",
    ),
    # Photo: dark indigo mom-fit high-rise jeans, cream knit sweater tucked in at the front, brown belt.
    # VQA adapter wrote every answer.
    case(
        "X1166-024",
        wearing("sweater and denim", who="she"),
        color_of("jeans", "navy blue", kind="open"),
        color_of("top", "cream", kind="open"),
        is_a("jeans", "yes", article="a pair of"),
        details(
            "jeans",
            "high rise, tapered leg, five pockets Question: What is the color of the jeans? Answer: navy blue"
            " Question:",
            "leak",
            hit_limit=True,
        ),
        title="Mast & Harbour Women Navy Blue Mom Fit High-Rise Jeans",
        category="Jeans",
        color="Navy Blue",
    ),
    # Photo: black knee-length pencil skirt, red satin blouse tucked in, black pumps.
    # VQA adapter wrote every answer.
    case(
        "X1166-025",
        wearing("blouse/shirt and skirt", who="she"),
        color_of("skirt", "black", kind="open"),
        color_of("top", "red", kind="open"),
        is_a("skirt", "no", "contradiction"),
        gender="Women",
        title="Tokyo Talkies Women Black Solid Pencil Skirt",
        category="Skirts",
        color="Black",
    ),
    # Photo: maroon churidar-length leggings, white long top to the knee with a side slit, front view.
    # VQA adapter wrote every answer.
    case(
        "X1166-026",
        wearing("she is wearing a white shirt and maroon leggings", who="she"),
        color_of("leggings", "maroon", kind="open"),
        color_of("top", "maroon", "other_garment_color", kind="open"),
        is_a("leggings", "no", "contradiction", article="a pair of"),
        gender="Women",
        title="Twin Birds Women Maroon Solid Churidar-Length Leggings",
        category="Leggings",
        color="Maroon",
    ),
    # Photo: mid-blue skinny high-rise jeans, white tee, black leather biker jacket worn open, black boots.
    # VQA adapter wrote every answer.
    case(
        "X1166-027",
        wearing("jacket/coat and denim", who="she"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        color_of("top", "white", kind="open"),
        color_of("jacket", "black", kind="open"),
        is_a(
            "jeans",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes"
            " yes yes yes yes",
            "loop",
            hit_limit=True,
            article="a pair of",
        ),
        title="ONLY Women Blue Skinny Fit High-Rise Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: peach paperbag-waist shorts with a tie belt, white cropped shirt, front view; a two-piece look.
    # VQA adapter wrote every answer.
    case(
        "X1166-028",
        wearing("romper/jumpsuit", "contradiction", who="she"),
        color_of("shorts", "peach", kind="open"),
        color_of("top", "white", kind="open"),
        is_a("shorts", "yes", article="a pair of"),
        details("shorts", "paperbag waist, tie belt"),
        gender="Women",
        title="DressBerry Women Peach-Coloured Solid Paperbag Shorts",
        category="Shorts",
        color="Peach",
    ),
    # Photo: blue wide-leg palazzos with a white geometric print, plain white tank top, front view.
    # VQA adapter wrote every answer.
    case(
        "X1166-029",
        wearing("tee/tank and pants", who="she"),
        color_of("palazzos", "blue", kind="open"),
        color_of("top", "white", kind="open"),
        is_a("palazzos", "yes", article="a pair of"),
        BLIND_QUESTIONS.pattern("graphic"),
        details(
            "palazzos",
            "the pants are blue and white and the pants are blue and white and the pants are blue and white and the"
            " pants are",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="SASSAFRAS Women Blue & White Geometric Printed Wide Leg Palazzos",
        category="Palazzos",
        color="Blue",
    ),
    # Photo: light blue denim mini skirt, yellow ribbed tee tucked in, white sneakers.
    # VQA adapter wrote every answer.
    case(
        "X1166-030",
        wearing("denim", who="she"),
        color_of("skirt", "light blue", kind="open"),
        color_of("top", "yellow", kind="open"),
        is_a("skirt", "yes"),
        details("skirt", "the skirt is a skirt", "restated"),
        gender="Women",
        title="H&M Women Light Blue Denim Mini Skirt",
        category="Skirts",
        color="Blue",
    ),
    # Photo: grey slim-fit jeans, white shirt, black blazer worn open, black loafers, front view.
    # VQA adapter wrote every answer.
    case(
        "X1166-031",
        wearing("jacket/coat and pants", who="she"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        color_of("top", "white", kind="open"),
        color_of("blazer", "black", kind="open"),
        is_a("jeans", "yes", article="a pair of"),
        describe("jeans", "grey slim fit jeans"),
        gender="Women",
        title="Roadster Women Grey Slim Fit Clean Look Stretchable Jeans",
        category="Jeans",
        color="Grey",
    ),
    # Photo: black-and-white houndstooth checked A-line mini skirt, black fitted long-sleeved top, black tights.
    # VQA adapter wrote every answer.
    case(
        "X1166-032",
        wearing("she is wearing a black top and a black and white checked skirt", who="she"),
        color_of("skirt", "black-white", kind="open"),
        color_of("top", "black-white", "other_garment_color", kind="open"),
        is_a("skirt", "yes"),
        BLIND_QUESTIONS.pattern("checked"),
        gender="Women",
        title="Chemistry Women Black & White Checked A-Line Mini Skirt",
        category="Skirts",
        color="Black",
    ),
    # Photo: side view, navy ankle-length leggings, pink long tee, white sneakers; the leggings look dark in the
    # studio light but are clearly navy at the knee.
    # VQA adapter wrote every answer.
    case(
        "X1166-033",
        wearing("she is wearing a pink tee and black leggings", "contradiction", who="she"),
        color_of("leggings", "black", "contradiction", kind="open"),
        color_of("top", "pink", kind="open"),
        is_a("leggings", "yes", article="a pair of"),
        gender="Women",
        title="Go Colors Women Navy Blue Solid Ankle-Length Leggings",
        category="Leggings",
        color="Navy Blue",
    ),
    # Photo: rust satin wide-leg palazzos without slits, black cami, gold necklace (prop), front view.
    # VQA adapter wrote every answer.
    case(
        "X1166-034",
        wearing("he is wearing a black tank top and orange pants", "pronoun", who="she"),
        color_of("palazzos", "orange", kind="open"),
        color_of("top", "black", kind="open"),
        is_a("palazzos", "yes", article="a pair of"),
        details("palazzos", "wide leg, high waist, side slits", "unsupported"),
        gender="Women",
        title="Athena Women Rust Orange Solid Satin Wide Leg Palazzos",
        category="Palazzos",
        color="Rust",
    ),
    # Photo: khaki cargo shorts with flap pockets, black tee tucked in, brown belt, front view.
    # VQA adapter wrote every answer.
    case(
        "X1166-035",
        wearing("tee/tank and shorts", who="she"),
        color_of(
            "shorts",
            "khaki Question: What is the color of the shorts? Answer: khaki Question: What is the color of the shorts?"
            " Answer: khaki",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("top", "black", kind="open"),
        is_a("shorts", "yes", article="a pair of"),
        details("shorts", "cargo pockets, belt loops, brown belt"),
        gender="Women",
        title="HERE&NOW Women Khaki Solid Cargo Shorts",
        category="Shorts",
        color="Khaki",
    ),
    # Photo: lavender tiered maxi skirt, white tee with a small chest logo tucked in, white sneakers.
    # VQA adapter wrote every answer.
    case(
        "X1166-036",
        wearing("tee/tank and skirt", who="she"),
        color_of("skirt", "purple", kind="open"),
        color_of("top", "white", kind="open"),
        is_a("skirt", "yes"),
        details(
            "skirt",
            "tiered, maxi length, the skirt is a maxi skirt and the skirt is a maxi skirt and the skirt is a maxi",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Berrylush Women Lavender Solid Tiered Maxi Skirt",
        category="Skirts",
        color="Lavender",
    ),
    # Photo: mid-blue slim-fit jeans, white linen shirt half tucked, tan sandals, front view.
    # VQA adapter wrote every answer.
    case(
        "X1166-037",
        wearing("he is wearing a white shirt and blue jeans", "pronoun", who="she"),
        color_of("jeans", "blue", kind="open"),
        color_of("top", "white", kind="open"),
        is_a("jeans", "yes", article="a pair of"),
        describe("jeans", "blue slim fit jeans with a white shirt tucked in"),
        gender="Women",
        title="Levis Women Blue Slim Fit Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: red wrap mini skirt with a white floral print, tie at the side, white tee; a straw bag held as a prop.
    # VQA adapter wrote every answer.
    case(
        "X1166-038",
        wearing("tee/tank and skirt", who="she"),
        color_of("skirt", "red", kind="open"),
        color_of("top", "white", kind="open"),
        is_a("skirt", "yes"),
        BLIND_QUESTIONS.pattern("floral"),
        details("skirt", "wrap front, tie at the side"),
        gender="Women",
        title="Vero Moda Women Red Floral Printed Wrap Mini Skirt",
        category="Skirts",
        color="Red",
    ),
    # Photo: black ankle-length leggings, white sports tee, white running shoes, front view.
    # VQA adapter wrote every answer.
    case(
        "X1166-039",
        wearing("tee/tank and leggings", who="she"),
        color_of(
            "leggings",
            "black black black black black black black black black black black black black black black black black"
            " black black black black black black black black black black black black black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("top", "white", kind="open"),
        is_a("leggings", "yes", article="a pair of"),
        title="Jockey Women Black Solid Ankle-Length Leggings",
        category="Leggings",
        color="Black",
    ),
    # Photo: back view, mid-blue wide-leg jeans, beige knit top; back pockets and belt loops visible.
    # VQA adapter wrote every answer.
    case(
        "X1166-040",
        wearing("sweater and denim", who="she"),
        color_of("jeans", "blue", kind="open"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        is_a("jeans", "yes", article="a pair of"),
        details(
            "jeans",
            "back pockets, wide leg, the jeans are wide leg jeans with a high rise and belt loops and the back pockets"
            " are",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Mango Women Blue Wide Leg High-Rise Jeans",
        color="Blue",
    ),
    # Photo: black cotton shorts with a small white star print, grey marl tee, front view.
    # VQA adapter wrote every answer.
    case(
        "X1166-041",
        wearing("tee/tank and shorts", who="she"),
        color_of("shorts", "grey", "other_garment_color", kind="open"),
        color_of("top", "grey", kind="open"),
        is_a("shorts", "yes Question: Is this a pair of shorts? Answer: yes", "leak", article="a pair of"),
        details("shorts", "star print, elastic waist with a drawstring"),
        gender="Women",
        title="Kook N Keech Women Black Star Printed Regular Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: pale sea green wide-leg palazzos, white shirt knotted at the front, front view.
    # VQA adapter wrote every answer.
    case(
        "X1166-042",
        wearing("clothes", "non_answer", who="she"),
        color_of("palazzos", "white", "other_garment_color", kind="open"),
        color_of("top", "white", kind="open"),
        is_a("palazzos", "yes", article="a pair of"),
        gender="Women",
        title="Nayo Women Sea Green Solid Wide Leg Palazzos",
        category="Palazzos",
        color="Sea Green",
    ),
    # Photo: black bootcut jeans, leopard print chiffon blouse, black heels, front view.
    # VQA adapter wrote every answer.
    case(
        "X1166-043",
        wearing("blouse/shirt and denim", who="she"),
        color_of("jeans", "black", kind="open"),
        color_of("top", "brown", kind="open"),
        is_a("jeans", "yes", article="a pair of"),
        BLIND_QUESTIONS.pattern("solid"),
        describe(
            "jeans",
            "black bootcut jeans with a flared hem and a high waist and a button closure and a zip fly and two front"
            " pockets and two back pockets and a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Tokyo Talkies Women Black Bootcut High-Rise Jeans",
        category="Jeans",
        color="Black",
    ),
    # Photo: black A-line skort (looks like a skirt from the front), white off-shoulder top, front view.
    # VQA adapter wrote every answer.
    case(
        "X1166-044",
        wearing("tee/tank and shorts", who="she"),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        color_of("top", "white", kind="open"),
        is_a("skirt", "yes"),
        gender="Women",
        title="DressBerry Women Black Solid A-Line Skort",
        category="Skirts",
        color="Black",
    ),
    # Photo: mustard ribbed high-rise shorts with a matching mustard ribbed crop top (sold separately), front view.
    # VQA adapter wrote every answer.
    case(
        "X1166-045",
        wearing("he is wearing a yellow crop top and yellow shorts", "pronoun", who="she"),
        color_of("shorts", "mustard", kind="open"),
        color_of("top", "mustard", kind="open"),
        is_a("shorts", "yes", article="a pair of"),
        details("shorts", "ribbed, high rise, elastic waistband"),
        title="Trendyol Women Mustard Yellow Ribbed High-Rise Shorts",
        category="Shorts",
        color="Mustard",
    ),
]
