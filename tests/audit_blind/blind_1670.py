"""BLIND_1670 (45 products; Myntra women's western bottoms with tops, VQA adapter, each garment's color): written blind
in the sixty-seventh session. Measured blind at f906685 (the session's second rules): 55/63 failures found (87.3%)
and 4/163 correct texts flagged (2.5%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's western bottoms (Jeans, Jeggings, Skirts, Palazzos, Leggings, Shorts), each shot the
catalog's usual way: a model on a plain white or grey backdrop wearing the product with a top (t-shirt, shirt, crop top,
sweater, kurta over leggings), now and then a back view, a flat lay (a pack of leggings, a pair of mom jeans), a prop (a
stool, a straw hat), a denim jacket or an open flannel shirt over the top. Feed columns: title, category (Myntra's
articleType), color (baseColour), gender; a column is missing now and then, as in the real feed.
Who wrote what: every text is the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b, 8-bit),
greedy, 30 new tokens, one `Question: ... Answer:` prompt per question. The run did not caption (the VQA-only adapter
broke captions), so no case has a caption. Questions: what the person is wearing, the color of the bottom and of each
top/layer worn with it (asked open, free generation), "Is this a pair of ...?" for the product, and on some products
the details/description, the garment type, the pattern or the material.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. "The garment" in garment type, pattern and material questions means the product (the bottom), so the top's
pattern or class given there is a contradiction. Near hues count as right: mustard -> yellow, navy -> blue, rust ->
orange, maroon -> red, cream -> white, peach/coral -> pink, charcoal -> black. Light-wash blue answered "grey" is wrong
(contradiction). A color question answered with a pattern ("floral") is a non_answer. A color that belongs to another
garment in the photo is other_garment_color; a color nobody wears, a wrong garment class or a "no" for the product is a
contradiction. An answer about a prop or accessory instead of the product is a contradiction; invented details or a
material the title/photo contradicts are unsupported. Echoing the question's words is restated; empty, "none",
"nothing" is non_answer. "a man"/"he" for a woman is pronoun. A text that ran to the 30-token limit has hit_limit=True
(loops, leaks and cut sentences; the one empty answer also ran to the limit, on padding tokens). A loop that also
restarts the prompt format is labeled leak; a long answer that only stops at the limit is cut. Same-color outfits
answered with one color for both garments are correct, and so is a wearing answer that names only one garment
("denim"). About three in ten texts are wrong: the bottoms fill the frame and their colors mostly come out right; the
tops' colors, the open questions and the run-ons carry most of the failures.
"""

from tests.audit_corpus import BLIND_QUESTIONS, case, color_of, describe, details, is_a, wearing

BLIND_1670 = [
    # Model, front, grey backdrop: light-blue skinny jeans with whiskering at the thighs, white crop t-shirt tucked in,
    # white sneakers. VQA adapter: all texts.
    case(
        "X1670-001",
        wearing("a white t-shirt and blue jeans"),
        color_of("jeans", "blue", kind="open"),
        color_of("t-shirt", "white", kind="open"),
        is_a("pair of jeans", "yes"),
        details("jeans", "skinny fit, mid rise, faded"),
        gender="Women",
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Model, front, white backdrop: black high-rise skinny jeans (clean look, no rips), mustard ribbed top tucked in,
    # black boots. VQA adapter: all texts.
    case(
        "X1670-002",
        wearing("a yellow top and black jeans"),
        color_of("jeans", "black", kind="open"),
        color_of("top", "black", "other_garment_color", kind="open"),
        is_a("pair of jeans", "yes"),
        details("jeans", "skinny, high rise, ripped knees", "unsupported"),
        gender="Women",
        title="DOLCE CRUDO Women Black Skinny Fit High-Rise Clean Look Jeans",
        category="Jeans",
        color="Black",
    ),
    # Model, front, white backdrop: olive green wide-leg palazzos, white sleeveless top, tan flat sandals, one hand in
    # her hair. VQA adapter: all texts; the wearing answer ran to the limit.
    case(
        "X1670-003",
        wearing(
            "a white sleeveless top and a pair of olive green palazzo pants with a pair of brown sandals and she is"
            " holding her hair with",
            "cut",
            hit_limit=True,
        ),
        color_of("palazzos", "green", kind="open"),
        color_of("top", "white", kind="open"),
        is_a("pair of palazzos", "no", "contradiction"),
        BLIND_QUESTIONS.garment_type("pants"),
        gender="Women",
        title="SASSAFRAS Women Olive Green Solid Wide Leg Palazzos",
        category="Palazzos",
        color="Olive",
    ),
    # Model, front, white backdrop: maroon straight kurta to the knee over black ankle-length leggings (only the
    # calves show), plain leggings, no lace. VQA adapter: all texts.
    case(
        "X1670-004",
        wearing("a red dress", "contradiction"),
        color_of("leggings", "red", "other_garment_color", kind="open"),
        color_of("kurta", "maroon", kind="open"),
        is_a("pair of leggings", "yes"),
        details("leggings", "ankle length leggings with side slits and lace trim", "unsupported"),
        gender="Women",
        title="Go Colors Women Black Solid Ankle Length Leggings",
        category="Leggings",
        color="Black",
    ),
    # Model, front, grey backdrop: mid-blue washed denim shorts with frayed hem and light distressing, white graphic
    # t-shirt knotted at the waist. VQA adapter: all texts; the t-shirt color looped to the limit.
    case(
        "X1670-005",
        wearing("a white t-shirt and denim shorts"),
        color_of("shorts", "blue", kind="open"),
        color_of(
            "t-shirt",
            "white white white white white white white white white white white white white white white white white"
            " white white white white white white white white white white white white white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("pair of shorts", "yes"),
        details("shorts", "frayed hem, distressed, mid rise"),
        gender="Women",
        title="Roadster Women Blue Washed Mid-Rise Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Model, front, white backdrop: solid black A-line mini skirt, black-and-white striped shirt tucked in; front view,
    # the zip is at the back and not visible. VQA adapter: all texts.
    case(
        "X1670-006",
        wearing("a black and white striped shirt and a black skirt"),
        color_of("skirt", "black", kind="open"),
        color_of("shirt", "black and white", kind="open"),
        is_a("skirt", "yes"),
        BLIND_QUESTIONS.pattern("striped", "contradiction"),
        details("skirt", "a-line, mini length, back zip", "unsupported"),
        gender="Women",
        title="SASSAFRAS Women Black Solid A-Line Mini Skirt",
        category="Skirts",
        color="Black",
    ),
    # Model, front, white backdrop: pink flared midi skirt with green leaves and small white flowers, plain white
    # t-shirt tucked in. VQA adapter: all texts.
    case(
        "X1670-007",
        wearing("a white top and a floral skirt"),
        color_of("skirt", "floral", "non_answer", kind="open"),
        color_of("top", "white", kind="open"),
        is_a("skirt", "yes"),
        BLIND_QUESTIONS.pattern("floral"),
        gender="Women",
        title="Tokyo Talkies Women Pink & Green Floral Print Flared Midi Skirt",
        category="Skirts",
        color="Pink",
    ),
    # Model, front, grey backdrop: navy-and-white vertical striped wide-leg palazzos with elastic waist, solid navy
    # short-sleeve top tucked in. VQA adapter: all texts; the details restarted the prompt and ran to the limit.
    case(
        "X1670-008",
        wearing("a blue top and blue and white striped pants"),
        color_of("palazzos", "blue and white", kind="open"),
        color_of("top", "blue", kind="open"),
        is_a("pair of palazzos", "yes"),
        details(
            "palazzos",
            "striped, wide leg, elastic waist Question: What are the palazzos details? Answer: striped, wide leg,"
            " elastic",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Mast & Harbour Women Navy Blue & White Striped Wide Leg Palazzos",
        category="Palazzos",
        color="Navy Blue",
    ),
    # Flat lay, no person: two folded leggings, one black and one navy, on white. VQA adapter: all texts.
    case(
        "X1670-009",
        wearing("nothing", "non_answer"),
        color_of("leggings", "black", kind="open"),
        is_a("pair of leggings", "yes"),
        BLIND_QUESTIONS.garment_type("leggings"),
        details(
            "leggings",
            "two pairs of leggings, one black and one blue, two pairs of leggings, one black and one blue, two pairs"
            " of",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Go Colors Women Pack of 2 Black & Navy Blue Solid Leggings",
        category="Leggings",
        color="Black",
    ),
    # Back view, white backdrop: mid-blue skinny jeans, back pockets with the red tab, grey melange t-shirt.
    # VQA adapter: all texts.
    case(
        "X1670-010",
        wearing("a grey t-shirt and blue jeans"),
        color_of("jeans", "blue", kind="open"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        is_a("pair of jeans", "yes"),
        details(
            "jeans",
            "the back pockets of the jeans, the back pockets of the jeans, the back pockets of the jeans, the back",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Levis Women Blue 711 Skinny Fit Mid-Rise Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Model, front, white backdrop: mustard flared palazzos, black crop top, black strappy sandals. VQA adapter: all
    # texts; the description ran to the limit.
    case(
        "X1670-011",
        wearing("a black top and yellow pants"),
        color_of("palazzos", "yellow", kind="open"),
        color_of("top", "yellow", "other_garment_color", kind="open"),
        is_a("pair of palazzos", "yes"),
        describe(
            "palazzos",
            "a pair of yellow palazzos with a wide leg and a high waist, paired with a black crop top and black"
            " sandals, perfect for a casual day out with",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="DressBerry Women Mustard Yellow Solid Flared Palazzos",
        color="Mustard",
    ),
    # Model, front, grey backdrop: black high-rise denim shorts, white t-shirt with a black print. VQA adapter: all
    # texts.
    case(
        "X1670-012",
        wearing("a white t-shirt and black shorts"),
        color_of("shorts", "black", kind="open"),
        color_of("t-shirt", "white with a black print", kind="open"),
        is_a("pair of shorts", "yes"),
        details("shorts", "the shorts are shorts", "restated"),
        gender="Women",
        title="ONLY Women Black Solid High-Rise Denim Shorts",
        category="Shorts",
        color="Black",
    ),
    # Model, front, white backdrop: blue boyfriend jeans with a rip at one knee and rolled hems, white t-shirt under
    # an open red-and-black checked flannel shirt. VQA adapter: all texts.
    case(
        "X1670-013",
        wearing("a red plaid shirt and blue jeans"),
        color_of("jeans", "blue", kind="open"),
        color_of("t-shirt", "red", "other_garment_color", kind="open"),
        color_of("shirt", "red", kind="open"),
        is_a("pair of jeans", "yes"),
        details("jeans", "distressed, ripped at the knees, rolled up hem"),
        gender="Women",
        title="Roadster Women Blue Boyfriend Fit Mid-Rise Mildly Distressed Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Model, front, white backdrop: grey melange cotton leggings, long white t-shirt to the hip, white sneakers.
    # VQA adapter: all texts.
    case(
        "X1670-014",
        wearing("a white shirt and grey leggings"),
        color_of("leggings", "grey", kind="open"),
        color_of("t-shirt", "grey", "other_garment_color", kind="open"),
        is_a("pair of leggings", "yes"),
        BLIND_QUESTIONS.material("cotton"),
        details("leggings", "the leggings details are the leggings details", "restated"),
        gender="Women",
        title="Marks & Spencer Women Grey Melange Solid Cotton Leggings",
        category="Leggings",
        color="Grey Melange",
    ),
    # Model, front, grey backdrop: mid-blue denim A-line mini skirt, pink fitted top tucked in. VQA adapter: all
    # texts; the top's color looped.
    case(
        "X1670-015",
        wearing("denim"),
        color_of("skirt", "blue", kind="open"),
        color_of(
            "top",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink"
            " pink pink pink pink pink pink pink pink pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        BLIND_QUESTIONS.garment_type("denim"),
        gender="Women",
        title="Roadster Women Blue Solid Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
    ),
    # Model seated on a wooden stool (prop), white backdrop: white wide-leg palazzos (crepe), black short-sleeve top.
    # VQA adapter: all texts.
    case(
        "X1670-016",
        wearing("a woman sitting on a stool wearing a black top and white pants"),
        color_of("palazzos", "white", kind="open"),
        color_of("top", "black", kind="open"),
        is_a("pair of palazzos", "yes"),
        BLIND_QUESTIONS.material("wood", "unsupported"),
        gender="Women",
        title="Vero Moda Women White Solid Wide Leg Crepe Palazzos",
        category="Palazzos",
        color="White",
    ),
    # Model, front, white backdrop: navy slim-fit high-rise cropped jeans with raw hem, peach button-down shirt
    # tucked in. VQA adapter: all texts.
    case(
        "X1670-017",
        wearing("he is wearing a pink shirt and blue jeans", "pronoun"),
        color_of("jeans", "blue", kind="open"),
        color_of("shirt", "pink", kind="open"),
        is_a("pair of jeans", "yes"),
        details("jeans", "slim fit, high rise, cropped, raw hem"),
        gender="Women",
        title="Mast & Harbour Women Navy Blue Slim Fit High-Rise Cropped Jeans",
        category="Jeans",
        color="Navy Blue",
    ),
    # Model, front, grey backdrop: beige chino shorts with turn-up hem, belt loops and slant pockets, black tank top.
    # VQA adapter: all texts; the shorts' color restarted the prompt.
    case(
        "X1670-018",
        wearing("a black tank top and beige shorts"),
        color_of(
            "shorts",
            "beige Question: What is the color of the shorts? Answer: beige Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("top", "black", kind="open"),
        is_a("pair of shorts", "yes"),
        details("shorts", "turn up hem, belt loops, front pockets"),
        gender="Women",
        title="H&M Women Beige Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Beige",
    ),
    # Model, front, white backdrop: very light (ice-blue) wash straight jeans, black long-sleeve bodysuit.
    # VQA adapter: all texts.
    case(
        "X1670-019",
        wearing("a black top and light blue jeans"),
        color_of("jeans", "grey", "contradiction", kind="open"),
        color_of("top", "black", kind="open"),
        is_a("pair of jeans", "yes"),
        gender="Women",
        title="DOLCE CRUDO Women Blue Straight Fit Light Fade Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Model, front, white backdrop: red-and-black checked A-line mini skirt, black fitted top tucked in, black
    # ankle boots. VQA adapter: all texts; the details looped.
    case(
        "X1670-020",
        wearing("a black top and a red plaid skirt"),
        color_of("skirt", "red and black", kind="open"),
        color_of("top", "red", "other_garment_color", kind="open"),
        is_a("skirt", "yes"),
        BLIND_QUESTIONS.pattern("plaid"),
        details(
            "skirt",
            "a red and black plaid skirt with a zipper on the side and a red and black plaid skirt with a zipper on"
            " the side and a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Tokyo Talkies Women Red & Black Checked A-Line Mini Skirt",
        category="Skirts",
        color="Red",
    ),
    # Model, front, white backdrop: navy ankle-length leggings, white t-shirt, white sneakers. VQA adapter: all texts;
    # the wearing answer ran to the limit.
    case(
        "X1670-021",
        wearing(
            "a white t-shirt and a pair of navy blue leggings and a pair of white sneakers and she is standing in"
            " front of a white wall with her",
            "cut",
            hit_limit=True,
        ),
        color_of("leggings", "white", "other_garment_color", kind="open"),
        color_of("t-shirt", "white", kind="open"),
        is_a("pair of leggings", "yes"),
        gender="Women",
        title="Jockey Women Navy Blue Solid Ankle-Length Leggings",
        category="Leggings",
        color="Navy Blue",
    ),
    # Model, front, grey backdrop: black flared high-waist palazzos, black sleeveless top, black heels (one-color
    # outfit). VQA adapter: all texts.
    case(
        "X1670-022",
        wearing("a black top and black pants"),
        color_of("palazzos", "black", kind="open"),
        color_of("top", "black", kind="open"),
        is_a("pair of palazzos", "yes"),
        describe("palazzos", "black wide leg pants with a high waist"),
        gender="Women",
        title="SASSAFRAS Women Black Solid Flared High-Waist Palazzos",
        category="Palazzos",
        color="Black",
    ),
    # Back view, white backdrop: blue mid-rise denim shorts, white crop top, long hair down. VQA adapter: all texts.
    case(
        "X1670-023",
        wearing("a man in a white shirt and blue shorts", "pronoun"),
        color_of("shorts", "blue", kind="open"),
        color_of("top", "white", kind="open"),
        is_a("pair of shorts", "yes"),
        gender="Women",
        title="Roadster Women Blue Mid-Rise Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Model, front, white backdrop: black high-rise skinny jeans, white t-shirt, blue denim jacket worn open.
    # VQA adapter: all texts.
    case(
        "X1670-024",
        wearing("a denim jacket and black jeans"),
        color_of("jeans", "blue", "other_garment_color", kind="open"),
        color_of("t-shirt", "white", kind="open"),
        color_of("jacket", "blue", kind="open"),
        is_a("pair of jeans", "yes"),
        gender="Women",
        title="ONLY Women Black Skinny Fit High-Rise Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # Model, front, grey backdrop: olive pleated midi skirt with an elastic waistband, cream knit sweater with the
    # front tucked in. VQA adapter: all texts; the wearing answer looped.
    case(
        "X1670-025",
        wearing(
            "a white sweater and a green skirt and a white sweater and a green skirt and a white sweater and a green"
            " skirt and",
            "loop",
            hit_limit=True,
        ),
        color_of("skirt", "green", kind="open"),
        color_of("sweater", "white", kind="open"),
        is_a("skirt", "yes"),
        details("skirt", "pleated, midi length, elasticated waist"),
        gender="Women",
        title="Vero Moda Women Olive Green Solid Pleated Midi Skirt",
        category="Skirts",
        color="Olive",
    ),
    # Model, front, white backdrop: mid-blue skinny jeggings, white top with a small print. VQA adapter: all texts.
    case(
        "X1670-026",
        wearing("a white top and blue jeans"),
        color_of("jeggings", "blue", kind="open"),
        color_of("top", "white", kind="open"),
        is_a("pair of jeggings", "yes"),
        BLIND_QUESTIONS.garment_type("leggings"),
        details(
            "jeggings",
            "skinny fit, stretchable, mid rise, skinny fit, stretchable, mid rise, skinny fit, stretchable, mid",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="De Moza Women Blue Skinny Fit Mid-Rise Jeggings",
        category="Jeggings",
    ),
    # Model, front, white backdrop: rust wide-leg palazzos, white shirt tucked in. VQA adapter: all texts; the
    # wearing answer decoded to nothing after 30 generated tokens.
    case(
        "X1670-027",
        wearing("", "non_answer", hit_limit=True),
        color_of("palazzos", "orange", kind="open"),
        color_of("shirt", "white", kind="open"),
        is_a("pair of palazzos", "yes"),
        details(
            "palazzos",
            "wide leg, flared, flared, flared, flared, flared, flared, flared, flared, flared, flared, flared, flared,"
            " flared",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="AND Women Rust Solid Wide Leg Palazzos",
        category="Palazzos",
        color="Rust",
    ),
    # Model, front, grey backdrop: lavender paperbag-waist shorts with a self tie belt, white short-sleeve shirt.
    # VQA adapter: all texts.
    case(
        "X1670-028",
        wearing("a white shirt and purple shorts"),
        color_of("shorts", "purple", kind="open"),
        color_of("shirt", "purple", "other_garment_color", kind="open"),
        is_a("pair of shorts", "yes"),
        details("shorts", "paper bag waist with a tie belt"),
        gender="Women",
        title="Tokyo Talkies Women Lavender Solid Paperbag Waist Shorts",
        category="Shorts",
        color="Lavender",
    ),
    # Model, front, white backdrop: white skinny jeans, black fitted top, nude heels. VQA adapter: all texts.
    case(
        "X1670-029",
        wearing("a black top and white jeans"),
        color_of("jeans", "white", kind="open"),
        color_of("top", "black", kind="open"),
        is_a("pair of jeans", "no", "contradiction"),
        details("jeans", "none", "non_answer"),
        gender="Women",
        title="Roadster Women White Skinny Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="White",
    ),
    # Model, front, white backdrop: black leggings with an abstract white print, plain black crop t-shirt.
    # VQA adapter: all texts.
    case(
        "X1670-030",
        wearing("a black top and black and white leggings"),
        color_of("leggings", "black and white", kind="open"),
        color_of("top", "black and white", "other_garment_color", kind="open"),
        is_a("pair of leggings", "yes"),
        BLIND_QUESTIONS.pattern("graphic"),
        gender="Women",
        title="N-Gal Women Black & White Printed Ankle Length Leggings",
        category="Leggings",
        color="Black",
    ),
    # Model, front, white backdrop: navy knee-length pencil skirt with no slit, white shirt tucked in, black pumps.
    # VQA adapter: all texts; the shirt color restarted the prompt.
    case(
        "X1670-031",
        wearing("a white shirt and a navy skirt"),
        color_of("skirt", "navy blue", kind="open"),
        color_of(
            "shirt",
            "white Question: What is the color of the skirt? Answer: navy blue Question: What is the color of the"
            " shoes? Answer: black",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        describe("skirt", "a navy blue pencil skirt with a slit at the back", "unsupported"),
        gender="Women",
        title="Mast & Harbour Women Navy Blue Solid Pencil Skirt",
        category="Skirts",
        color="Navy Blue",
    ),
    # Model, front, grey backdrop: light-blue washed denim shorts, brown belt, white t-shirt tucked in, white
    # sneakers. VQA adapter: all texts; the wearing answer ran to the limit.
    case(
        "X1670-032",
        wearing(
            "a white t-shirt and a pair of blue denim shorts with a brown belt and a pair of white sneakers and a",
            "cut",
            hit_limit=True,
        ),
        color_of("shorts", "light blue", kind="open"),
        color_of("t-shirt", "white", kind="open"),
        is_a("pair of shorts", "yes"),
        BLIND_QUESTIONS.garment_type("tee", "contradiction"),
        gender="Women",
        title="Kraus Jeans Women Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Model, front, white backdrop: blue-and-white floral printed crepe palazzos, plain white sleeveless top.
    # VQA adapter: all texts.
    case(
        "X1670-033",
        wearing("a white top and floral pants"),
        color_of("palazzos", "blue", kind="open"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        is_a("pair of palazzos", "yes"),
        BLIND_QUESTIONS.pattern("floral"),
        BLIND_QUESTIONS.material("chiffon", "unsupported"),
        gender="Women",
        title="Sera Women Blue & White Floral Printed Wide Leg Crepe Palazzos",
        category="Palazzos",
        color="Blue",
    ),
    # Flat lay, no person, white surface: mid-blue high-rise mom jeans with tapered legs, five pockets.
    # VQA adapter: all texts.
    case(
        "X1670-034",
        wearing("a pair of jeans"),
        color_of("jeans", "blue", kind="open"),
        is_a("pair of jeans", "yes"),
        details("jeans", "high waist, tapered leg, five pockets"),
        BLIND_QUESTIONS.garment_type("denim"),
        title="Roadster Women Blue Mom Fit High-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Model, front, white backdrop: camel-brown flared midi skirt with a brown self belt, black fitted top tucked in.
    # VQA adapter: all texts; the details restarted the prompt.
    case(
        "X1670-035",
        wearing("she is wearing a black top and a brown skirt"),
        color_of("skirt", "brown", kind="open"),
        color_of("top", "brown", "other_garment_color", kind="open"),
        is_a("skirt", "yes"),
        details(
            "skirt",
            "a belt at the waist Question: What is the color of the belt? Answer: brown Question: What is the color"
            " of the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="SASSAFRAS Women Camel Brown Solid Flared Midi Skirt with Belt",
        category="Skirts",
        color="Brown",
    ),
    # Back view, white backdrop: black slim leggings, long white shirt to mid-thigh, white sneakers. VQA adapter: all
    # texts; the yes/no answer looped.
    case(
        "X1670-036",
        wearing("a white shirt and black leggings"),
        color_of("leggings", "black", kind="open"),
        color_of("shirt", "white", kind="open"),
        is_a(
            "pair of leggings",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes"
            " yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Jockey Women Black Solid Slim Fit Leggings",
        category="Leggings",
        color="Black",
    ),
    # Model, front, grey backdrop: coral regular shorts, blue-and-white striped shirt half tucked. VQA adapter: all
    # texts.
    case(
        "X1670-037",
        wearing("a striped shirt and pink shorts"),
        color_of("shorts", "pink", kind="open"),
        color_of("shirt", "blue and white", kind="open"),
        is_a("pair of shorts", "yes"),
        describe("shorts", "shorts", "restated"),
        gender="Women",
        title="ONLY Women Coral Solid Regular Shorts",
        category="Shorts",
        color="Coral",
    ),
    # Model, front, white backdrop: blue wide-leg high-rise jeans with a raw hem (no slits), yellow fitted top.
    # VQA adapter: all texts.
    case(
        "X1670-038",
        wearing("she is wearing a yellow top and blue jeans"),
        color_of("jeans", "blue", kind="open"),
        color_of("top", "yellow", kind="open"),
        is_a("pair of jeans", "yes"),
        details("jeans", "wide leg, high rise, raw hem, side slits at the ankle", "unsupported"),
        gender="Women",
        title="HERE&NOW Women Blue Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Model, front, white backdrop: maroon flared palazzos, plain white short-sleeve top. VQA adapter: all texts.
    # (The feed row has no gender.)
    case(
        "X1670-039",
        wearing("a white top and red pants"),
        color_of("palazzos", "maroon", kind="open"),
        color_of("top", "maroon", "other_garment_color", kind="open"),
        is_a("pair of palazzos", "yes"),
        BLIND_QUESTIONS.pattern("solid"),
        title="Tokyo Talkies Women Maroon Solid Flared Palazzos",
        category="Palazzos",
        color="Maroon",
    ),
    # Model walking, white backdrop: black tiered maxi skirt with a black t-shirt tucked in, the outfit reads as one
    # black dress. VQA adapter: all texts.
    case(
        "X1670-040",
        wearing("a black dress", "contradiction"),
        color_of("skirt", "black", kind="open"),
        color_of("t-shirt", "black", kind="open"),
        is_a("skirt", "no", "contradiction"),
        BLIND_QUESTIONS.garment_type("dress", "contradiction"),
        gender="Women",
        title="Tokyo Talkies Women Black Solid Tiered Maxi Skirt",
        category="Skirts",
        color="Black",
    ),
    # Model, front, white backdrop: mustard ankle-length leggings, white short kurti to mid-thigh, white sandals.
    # VQA adapter: all texts; the details ran to the limit.
    case(
        "X1670-041",
        wearing("a white kurta and yellow leggings"),
        color_of("leggings", "yellow", kind="open"),
        color_of("kurta", "white", kind="open"),
        is_a("pair of leggings", "yes"),
        details(
            "leggings",
            "ankle length leggings with a slim fit and an elasticated waistband and a pair of white sandals and a"
            " white kurta with",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Go Colors Women Mustard Yellow Solid Ankle Length Leggings",
        category="Leggings",
        color="Mustard",
    ),
    # Model, front, grey backdrop: navy cotton lounge shorts with a matching navy t-shirt (co-ord look).
    # VQA adapter: all texts.
    case(
        "X1670-042",
        wearing("a blue t-shirt and blue shorts"),
        color_of("shorts", "navy blue", kind="open"),
        color_of("t-shirt", "navy blue", kind="open"),
        is_a("pair of shorts", "yes"),
        BLIND_QUESTIONS.material("cotton"),
        gender="Women",
        title="Marks & Spencer Women Navy Blue Solid Pure Cotton Lounge Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Model, front, white backdrop: jet-black slim jeans, crisp white shirt tucked in, black loafers.
    # VQA adapter: all texts; one color (grey) for everything.
    case(
        "X1670-043",
        wearing("a grey shirt and grey jeans", "contradiction"),
        color_of("jeans", "grey", "contradiction", kind="open"),
        color_of("shirt", "grey", "contradiction", kind="open"),
        is_a("pair of jeans", "yes"),
        gender="Women",
        title="Roadster Women Black Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Black",
    ),
    # Model, front, white backdrop: mid-blue denim button-front A-line skirt to the knee with front patch pockets,
    # white t-shirt tucked in. VQA adapter: all texts.
    case(
        "X1670-044",
        wearing("a white t-shirt and a denim skirt"),
        color_of("skirt", "blue", kind="open"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        is_a("skirt", "yes"),
        details("skirt", "button front, front pockets, knee length"),
        gender="Women",
        title="Marks & Spencer Women Blue Denim Button-Front A-Line Skirt",
        category="Skirts",
        color="Blue",
    ),
    # Model, front, white backdrop, holding a straw hat (prop): peach wide-leg palazzos, white camisole top.
    # VQA adapter: all texts.
    case(
        "X1670-045",
        wearing("a white top, peach pants and a hat"),
        color_of("palazzos", "white", "other_garment_color", kind="open"),
        color_of("top", "white", kind="open"),
        is_a("pair of palazzos", "yes"),
        details("palazzos", "a straw hat", "contradiction"),
        gender="Women",
        title="StyleStone Women Peach-Coloured Solid Wide Leg Palazzos",
        category="Palazzos",
        color="Peach",
    ),
]
