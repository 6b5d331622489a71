"""BLIND_1262 (45 products; Myntra western bottoms, VQA adapter, colors): written blind in the sixty-second session.
Measured blind at 4bcfbdd (the session's sixth rules): 57/65 failures found (87.7%) and 20/162 correct texts flagged
(12.3%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's western bottoms (Jeans, Jeggings, Trousers, Skirts, Palazzos, Leggings, Shorts),
each shot the catalog's usual way: a model on a plain grey or white backdrop wearing the product with a top, now and
then a back or side view, a flat lay with no person, a prop in hand (tote, straw bag, sunglasses, coffee cup). The
columns are the feed's own: title, category (Myntra article type), color (base colour), gender; one or another is
missing on a few rows, as in the real export.
Who wrote what: there is no caption in this run. Every answer is the VQA adapter
(leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b), greedy, 30 new tokens at most, the prompt
"Question: ... Answer:", generation stopped on the newline or eos when the model emits one; an answer that never
emitted one ran to the 30-token limit (hit_limit=True). The questionnaire per product: "What is she wearing?", the
color of the product garment and the color of the top (both generated freely, stored open), "Is this a ...?" for the
product, and on some rows the details, the pattern, the type or the material.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. A color in the same family as the base colour counts as right (blue for Navy Blue, yellow for Mustard, red for
Maroon, pink for Peach, white for Off White or cream, green for Olive); a different hue is a contradiction (purple for
Maroon). When the product's color answer is the top's color, it is other_garment_color; when the top's color answer
repeats the product's color, or an accessory's, it is contradiction, and so is an accessory's color given to the product
(the belt's brown for olive shorts). A color asked of a top that is not in the photo (flat lay) is unsupported, and so
is a detail that belongs to the other garment or is not there at all. A pattern word given to a color question
("floral") is a non_answer; the top's pattern given as the bottom's pattern is a contradiction. "leather" for faux
leather is accepted. A right answer followed by leaked prompt text is still a leak; a loop is a loop even when its first
word is right. "jeans" for jeggings, "pants" for palazzos, trousers or leggings, and "denim" (the In-shop class) for
anything denim are right. Naming only the top in "wearing" is right. About three texts in ten are wrong: clean catalog
shots and one-word color answers are what this adapter gets right most often; its failures gather in the runaway answers
(no end-of-answer token was trained) and in the top's color.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import case, color_of, details, is_a, wearing


def she(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="she", hit_limit=hit_limit)


def col(garment, text, failure=None, hit_limit=False):
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1262 = [
    # Front view, grey backdrop: medium-blue skinny jeans, white crew-neck tee tucked in, white sneakers.
    # All answers: VQA adapter. The details answer loops.
    case(
        "X1262-001",
        she("jeans"),
        col("jeans", "blue"),
        col("top", "white"),
        is_a("pair of jeans", "yes"),
        details(
            "jeans",
            "pockets pockets pockets pockets pockets pockets pockets pockets pockets pockets pockets pockets pockets "
            "pockets pockets pockets pockets pockets pockets pockets pockets pockets pockets pockets pockets pockets "
            "pockets pockets pockets pockets",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front view: black high-rise skinny jeans, mustard ribbed crop top, white backdrop.
    # All answers: VQA adapter. The jeans' color loops on "black-".
    case(
        "X1262-002",
        she("denim"),
        col(
            "jeans",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        col("top", "yellow"),
        is_a("pair of jeans", "yes"),
        B.garment_type("pants"),
        gender="Women",
        title="ONLY Women Black Skinny Fit High-Rise Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # Front view: dark navy straight jeans, white cotton shirt half-tucked, brown loafers.
    # All answers: VQA adapter. "wearing" runs on into the prompt format; the jeans get the shirt's white.
    case(
        "X1262-003",
        she(
            "a white shirt and jeans Question: What is the color of the shirt? Answer: white Question: What is the "
            "color of the jeans? Answer:",
            "leak",
            hit_limit=True,
        ),
        col("jeans", "white", "other_garment_color"),
        col("top", "white"),
        is_a("pair of jeans", "yes"),
        B.pattern("solid"),
        gender="Women",
        title="Mast & Harbour Women Navy Blue Straight Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Navy Blue",
    ),
    # Front view: light-wash skinny jeans with light fraying at the knees, black tank top, white backdrop.
    # All answers: VQA adapter. It says these are not jeans.
    case(
        "X1262-004",
        she("a black tank top and blue jeans"),
        col("jeans", "light blue"),
        col("top", "black"),
        details("jeans", "ripped"),
        is_a("pair of jeans", "no", "contradiction"),
        gender="Women",
        title="Levis Women Light Blue 711 Skinny Fit Mid-Rise Low Distress Stretchable Jeans",
        category="Jeans",
        color="Light Blue",
    ),
    # Front view: mid-blue wide-leg high-rise jeans, cream knit sweater tucked in, a tan leather tote in her hand.
    # All answers: VQA adapter. The top's color is the tote's; the details answer runs on and is cut.
    case(
        "X1262-005",
        she("sweater"),
        col("jeans", "blue"),
        col("top", "brown", "contradiction"),
        is_a("pair of jeans", "yes"),
        details(
            "jeans",
            "the jeans are high waisted with a wide leg and a button closure and a zip fly and two pockets on the "
            "front and two pockets on the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Kraus Jeans Women Blue Wide Leg High-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Flat lay on a white floor: mid-blue mom jeans alone, no person, no top.
    # All answers: VQA adapter. It gives a color to a top that is not there; the details loop.
    case(
        "X1262-006",
        she("pants"),
        col("jeans", "blue"),
        col("top", "blue", "unsupported"),
        is_a("pair of jeans", "yes"),
        details(
            "jeans",
            "the jeans have a button and a zipper and a button and a zipper and a button and a zipper and a button "
            "and a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Tokyo Talkies Women Blue Mom Fit High-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front view, grey backdrop: black crepe flared palazzos, white crop top with puff sleeves.
    # All answers: VQA adapter. All right.
    case(
        "X1262-007",
        she("she is wearing a white top and black pants"),
        col("palazzos", "black"),
        col("top", "white"),
        is_a("pair of palazzos", "yes"),
        B.garment_type("pants"),
        gender="Women",
        title="SASSAFRAS Women Black Solid Flared Palazzos",
        category="Palazzos",
        color="Black",
    ),
    # Front view: navy palazzos with a small white floral print, plain white cotton top.
    # All answers: VQA adapter. The palazzos get the top's white; the yes/no answer leaks the prompt format.
    case(
        "X1262-008",
        she("a white top and blue pants"),
        col("palazzos", "white", "other_garment_color"),
        col("top", "white"),
        B.pattern("floral"),
        is_a(
            "pair of palazzos",
            "yes Question: Is this a pair of pants? Answer: yes Question: Is this a pair of jeans? Answer: no "
            "Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Libas Women Navy Blue & White Floral Printed Straight Palazzos",
        category="Palazzos",
        color="Navy Blue",
    ),
    # Front view: off-white palazzos with a blue block print, solid blue top.
    # All answers: VQA adapter. The palazzos get the top's blue; the details loop.
    case(
        "X1262-009",
        she("top"),
        col("palazzos", "blue", "other_garment_color"),
        col("top", "blue"),
        B.pattern("printed"),
        details(
            "palazzos",
            "the palazzos have a print the palazzos have a print the palazzos have a print the palazzos have a "
            "print the palazzos",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="W Women Off-White & Blue Block Printed Flared Palazzos",
        category="Palazzos",
        color="Off White",
    ),
    # Front view: knee-length black pencil skirt, light pink satin blouse tucked in, black heels.
    # All answers: VQA adapter. All right.
    case(
        "X1262-010",
        she("blouse"),
        col("skirt", "black"),
        col("top", "pink"),
        is_a("skirt", "yes"),
        B.garment_type("skirt"),
        gender="Women",
        title="AND Women Black Solid Pencil Skirt",
        category="Skirts",
        color="Black",
    ),
    # Front view: mustard satin pleated midi skirt, black fitted tee tucked in; reads as a dress at a glance.
    # All answers: VQA adapter. "dress" for top and skirt.
    case(
        "X1262-011",
        she("dress", "contradiction"),
        col("skirt", "yellow"),
        col("top", "black"),
        is_a("skirt", "yes"),
        details("skirt", "pleated"),
        gender="Women",
        title="DressBerry Women Mustard Yellow Pleated Flared Midi Skirt",
        category="Skirts",
        color="Mustard",
    ),
    # Front view: blue denim A-line mini skirt, white graphic tee tucked in, white sneakers.
    # All answers: VQA adapter. It says this is not a skirt; the details say the skirt is a skirt.
    case(
        "X1262-012",
        she("denim"),
        col("skirt", "blue"),
        col("top", "white"),
        is_a("skirt", "no", "contradiction"),
        B.garment_type("denim"),
        details("skirt", "the skirt is a skirt", "restated"),
        gender="Women",
        title="Tokyo Talkies Women Blue Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
    ),
    # Front view: olive ankle-length leggings, oversized white tee over the hips.
    # All answers: VQA adapter. All right.
    case(
        "X1262-013",
        she("leggings"),
        col("leggings", "green"),
        col("top", "white"),
        is_a("pair of leggings", "yes"),
        B.pattern("solid"),
        gender="Women",
        title="Go Colors Women Olive Green Solid Ankle-Length Leggings",
        category="Leggings",
        color="Olive",
    ),
    # Side view: black leggings, grey melange sports tee, grey backdrop.
    # All answers: VQA adapter. Grey for the leggings too; the details say only "leggings".
    case(
        "X1262-014",
        she("a grey shirt and black pants"),
        col("leggings", "grey", "other_garment_color"),
        col("top", "grey"),
        is_a("pair of leggings", "yes"),
        details("leggings", "they are leggings", "non_answer"),
        gender="Women",
        title="Jockey Women Black Solid Ankle-Length Leggings",
        category="Leggings",
        color="Black",
    ),
    # Front view: light-wash denim shorts with a frayed hem, white linen shirt knotted at the waist, sunglasses in hand.
    # All answers: VQA adapter. All right.
    case(
        "X1262-015",
        she("shorts"),
        col("shorts", "blue"),
        col("top", "white"),
        is_a("pair of shorts", "yes"),
        details("shorts", "frayed hem, button closure and pockets"),
        gender="Women",
        title="Vero Moda Women Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Front view: maroon paperbag-waist shorts with a self-fabric tie belt, beige sleeveless top.
    # All answers: VQA adapter. Red for the beige top too; the details loop on "a belt".
    case(
        "X1262-016",
        she("a beige top and red shorts"),
        col("shorts", "red"),
        col("top", "red", "contradiction"),
        is_a("pair of shorts", "yes"),
        details(
            "shorts",
            "the shorts have a belt and a belt and a belt and a belt and a belt and a belt and a belt and a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Harpa Women Maroon Solid Paperbag Shorts with Belt",
        category="Shorts",
        color="Maroon",
    ),
    # Front view: model with slicked-back hair, beige wide twill trousers, black long-sleeve bodysuit tucked in.
    # All answers: VQA adapter. "a man"; the trousers get the bodysuit's black.
    case(
        "X1262-017",
        she("a man in a black shirt and beige pants", "pronoun"),
        col("trousers", "black", "other_garment_color"),
        col("top", "black"),
        is_a("pair of trousers", "yes"),
        B.garment_type("pants"),
        gender="Women",
        title="H&M Women Beige Wide Twill Trousers",
        category="Trousers",
        color="Beige",
    ),
    # Front view: black-and-white gingham A-line mini skirt, solid black turtleneck.
    # All answers: VQA adapter. All right.
    case(
        "X1262-018",
        she("a black sweater and a checkered skirt"),
        col("skirt", "black and white"),
        col("top", "black"),
        B.pattern("plaid"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Berrylush Women Black & White Checked A-Line Mini Skirt",
        category="Skirts",
        color="Black",
    ),
    # Front view: dusty pink satin A-line midi skirt, cream fitted tee tucked in.
    # All answers: VQA adapter. The skirt's color loops on "pink-".
    case(
        "X1262-019",
        she("a white shirt and a pink skirt"),
        col(
            "skirt",
            "pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink",
            "loop",
            hit_limit=True,
        ),
        col("top", "white"),
        is_a("skirt", "yes"),
        B.material("satin"),
        gender="Women",
        title="FabAlley Women Pink Solid Satin A-Line Midi Skirt",
        category="Skirts",
        color="Pink",
    ),
    # Back view: navy jeggings, red-and-white Breton striped top.
    # All answers: VQA adapter. No to jeggings; the top's stripes given as the jeggings' pattern.
    case(
        "X1262-020",
        she("jeans"),
        col("jeggings", "blue"),
        col("top", "red and white"),
        is_a("pair of jeggings", "no", "contradiction"),
        B.pattern("striped", "contradiction"),
        gender="Women",
        title="Marks & Spencer Women Navy Blue Solid Super Skinny Jeggings",
        category="Jeggings",
        color="Navy Blue",
    ),
    # Front view: black faux-leather A-line mini skirt, white turtleneck, black ankle boots.
    # All answers: VQA adapter. Black for the white top too.
    case(
        "X1262-021",
        she("black leather skirt"),
        col("skirt", "black"),
        col("top", "black", "contradiction"),
        is_a("skirt", "yes"),
        B.material("leather"),
        gender="Women",
        title="Trendyol Women Black Solid Faux Leather A-Line Mini Skirt",
        category="Skirts",
        color="Black",
    ),
    # Front view: black denim shorts, white tank top, grey backdrop.
    # All answers: VQA adapter. The shorts' color is right, then the prompt format runs on to the limit.
    case(
        "X1262-022",
        she("a white tank top and black shorts"),
        col(
            "shorts",
            "black Question: What is the color of the top? Answer: white Question: What is the color of the shoes? "
            "Answer: white Question:",
            "leak",
            hit_limit=True,
        ),
        col("top", "white"),
        is_a("pair of shorts", "yes"),
        gender="Women",
        title="Roadster Women Black Solid Regular Fit Denim Shorts",
        category="Shorts",
        color="Black",
    ),
    # Front view: olive cargo shorts with flap pockets and a tan belt, white tee tucked in.
    # All answers: VQA adapter. The belt's brown for the shorts; the yes/no answer never stops.
    case(
        "X1262-023",
        she("shorts"),
        col("shorts", "brown", "contradiction"),
        col("top", "white"),
        details("shorts", "flap pockets on the sides and a belt"),
        is_a(
            "pair of shorts",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Mango Women Olive Green Solid Cargo Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Front view: peach wide-leg palazzos, white sleeveless top.
    # All answers: VQA adapter. No to palazzos; "they are wide" for the details.
    case(
        "X1262-024",
        she("she is wearing a white top and pink pants"),
        col("palazzos", "pink"),
        col("top", "white"),
        is_a("pair of palazzos", "no", "contradiction"),
        B.garment_type("pants"),
        details("palazzos", "they are wide", "non_answer"),
        gender="Women",
        title="Sera Women Peach-Coloured Solid Wide Leg Palazzos",
        category="Palazzos",
        color="Peach",
    ),
    # Front view: short-haired model, black slim clean-look jeans, red-and-black checked flannel shirt.
    # All answers: VQA adapter. "he"; rips that are not there.
    case(
        "X1262-025",
        she("he is wearing a red shirt and black jeans", "pronoun"),
        col("jeans", "black"),
        col("top", "red and black"),
        is_a("pair of jeans", "yes"),
        details("jeans", "ripped at the knees", "unsupported"),
        gender="Women",
        title="Roadster Women Black Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # Front view, white backdrop: blue high-rise skinny jeans, ankle length, white ruffled blouse. No color column.
    # All answers: VQA adapter. The details run to the limit and are cut (and it is not cropped).
    case(
        "X1262-026",
        she("blouse and jeans"),
        col("jeans", "blue"),
        col("top", "white"),
        is_a("pair of jeans", "yes"),
        details(
            "jeans",
            "the jeans have a high waist, a button closure, a zip fly, two front pockets, two back pockets and a "
            "skinny leg that is cropped at the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Levis Women Blue 721 High Rise Skinny Fit Stretchable Jeans",
        category="Jeans",
    ),
    # Front view: black leggings with a white geometric print, red tee.
    # All answers: VQA adapter. The yes/no answer starts with the prompt's "Answer:"; the details are cut.
    case(
        "X1262-027",
        she("leggings"),
        col("leggings", "black and white"),
        col("top", "red"),
        B.pattern("graphic"),
        is_a("pair of leggings", "Answer: yes", "leak"),
        details(
            "leggings",
            "the leggings have a black and white geometric print all over them and an elastic waistband at the top "
            "and they end at the ankle with a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Go Colors Women Black & White Printed Ankle-Length Leggings",
        category="Leggings",
        color="Black",
    ),
    # Front view: teal training leggings, black cropped tee, white sneakers.
    # All answers: VQA adapter. All right.
    case(
        "X1262-028",
        she("a black top and blue leggings"),
        col("leggings", "teal"),
        col("top", "black"),
        is_a("pair of leggings", "yes"),
        gender="Women",
        title="Puma Women Teal Blue Solid Training Leggings",
        category="Leggings",
        color="Teal",
    ),
    # Flat lay on a white floor: red pleated midi skirt alone, no person, no top.
    # All answers: VQA adapter. A woman and a white top that are not in the photo.
    case(
        "X1262-029",
        she("a woman wearing a red skirt and a white top", "unsupported"),
        col("skirt", "red"),
        col("top", "white", "unsupported"),
        is_a("skirt", "yes"),
        details("skirt", "pleated"),
        gender="Women",
        title="Tokyo Talkies Women Red Solid Pleated Midi Skirt",
        category="Skirts",
        color="Red",
    ),
    # Front view: green flared palazzos with pink and white flowers, plain white top.
    # All answers: VQA adapter. A pattern word for the color.
    case(
        "X1262-030",
        she("white top and floral pants"),
        col("palazzos", "floral", "non_answer"),
        col("top", "white"),
        B.pattern("floral"),
        is_a("pair of palazzos", "yes"),
        gender="Women",
        title="SASSAFRAS Women Green & Pink Floral Printed Flared Palazzos",
        category="Palazzos",
        color="Green",
    ),
    # Front view: white denim shorts, light blue and white striped shirt, untucked.
    # All answers: VQA adapter. The shirt's blue and its stripes given to the shorts.
    case(
        "X1262-031",
        she("shorts and a shirt"),
        col("shorts", "blue", "other_garment_color"),
        col("top", "blue"),
        is_a("pair of shorts", "yes"),
        B.pattern("striped", "contradiction"),
        gender="Women",
        title="Vero Moda Women White Solid Denim Shorts",
        category="Shorts",
        color="White",
    ),
    # Side view: mid-blue flared jeans, black crop top. No gender column.
    # All answers: VQA adapter. The top's color loops; the yes/no answer leaks the prompt format.
    case(
        "X1262-032",
        she("jeans"),
        col("jeans", "blue"),
        col(
            "top",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        is_a(
            "pair of jeans",
            "yes Question: Is this a pair of pants? Answer: yes Question: Is this a pair of shorts? Answer: no "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        details("jeans", "flared"),
        title="ONLY Women Blue Flared High-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front view: black flared maxi skirt, brown-and-black leopard print top tucked in.
    # All answers: VQA adapter. "a dress"; a side slit that the skirt does not have.
    case(
        "X1262-033",
        she("a dress", "contradiction"),
        col("skirt", "black"),
        col("top", "brown"),
        is_a("skirt", "yes"),
        B.garment_type("skirt"),
        details("skirt", "a slit on the side", "unsupported"),
        gender="Women",
        title="DressBerry Women Black Solid Flared Maxi Skirt",
        category="Skirts",
        color="Black",
    ),
    # Back view: mid-blue mom jeans, grey sweatshirt.
    # All answers: VQA adapter. Grey for the jeans; the details restate the question.
    case(
        "X1262-034",
        she("sweatshirt"),
        col("jeans", "grey", "other_garment_color"),
        col("top", "grey"),
        is_a("pair of jeans", "yes"),
        details("jeans", "the jeans details are the jeans", "restated"),
        gender="Women",
        title="Mast & Harbour Women Blue Mom Fit High-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front view: maroon straight palazzos, pale pink top.
    # All answers: VQA adapter. Purple is another hue.
    case(
        "X1262-035",
        she("she is wearing a pink top and maroon pants"),
        col("palazzos", "purple", "contradiction"),
        col("top", "pink"),
        is_a("pair of palazzos", "yes"),
        gender="Women",
        title="W Women Maroon Solid Straight Palazzos",
        category="Palazzos",
        color="Maroon",
    ),
    # Front view: navy leggings, long white tunic top.
    # All answers: VQA adapter. Navy for the white top too; the details say only "leggings".
    case(
        "X1262-036",
        she("a white top and leggings"),
        col("leggings", "navy"),
        col("top", "navy", "contradiction"),
        is_a("pair of leggings", "yes"),
        details("leggings", "they are leggings", "non_answer"),
        gender="Women",
        title="De Moza Women Navy Blue Solid Ankle-Length Leggings",
        category="Leggings",
        color="Navy Blue",
    ),
    # Front view: black running shorts with a white side stripe and drawstring waist, pink tank top.
    # All answers: VQA adapter. All right.
    case(
        "X1262-037",
        she("a pink tank top and black shorts"),
        col("shorts", "black"),
        col("top", "pink"),
        is_a("pair of shorts", "yes"),
        details("shorts", "white stripe on the side and an elastic waistband with a drawstring"),
        gender="Women",
        title="Puma Women Black Solid Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # Back view: black boyfriend jeans, mildly distressed, untucked white shirt.
    # All answers: VQA adapter. The yes/no answer leaks the next questions; the details are empty.
    case(
        "X1262-038",
        she("a white shirt and black jeans"),
        col("jeans", "black"),
        col("top", "white"),
        is_a(
            "pair of jeans",
            "yes Question: What is the color of the jeans? Answer: black Question: What is the color of the top? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        details("jeans", "", "non_answer"),
        gender="Women",
        title="Kraus Jeans Women Black Boyfriend Fit Mid-Rise Mildly Distressed Jeans",
        category="Jeans",
        color="Black",
    ),
    # Front view: emerald green satin midi skirt, black tank top, straw bag in hand.
    # All answers: VQA adapter. "wearing" is cut at the limit (and adds a belt); silk for a polyester satin.
    case(
        "X1262-039",
        she(
            "she is wearing a black tank top and a green satin midi skirt with a black belt and a straw bag and a "
            "pair of black sandals with a",
            "cut",
            hit_limit=True,
        ),
        col("skirt", "green"),
        col("top", "black"),
        is_a("skirt", "yes"),
        B.material("silk", "unsupported"),
        gender="Women",
        title="Athena Women Green Solid Satin Midi Skirt",
        category="Skirts",
        color="Green",
    ),
    # Front view: plain mustard wide-leg palazzos, white top with embroidery at the neckline.
    # All answers: VQA adapter. The color loops; nothing for the top; the top's embroidery given to the palazzos.
    case(
        "X1262-040",
        she("white shirt and yellow pants"),
        col(
            "palazzos",
            "yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow",
            "loop",
            hit_limit=True,
        ),
        col("top", "", "non_answer"),
        is_a("pair of palazzos", "yes"),
        details("palazzos", "embroidered", "unsupported"),
        gender="Women",
        title="Libas Women Mustard Yellow Solid Wide Leg Palazzos",
        category="Palazzos",
        color="Mustard",
    ),
    # Front view: long-haired model, grey melange leggings, oversized black sweatshirt, sneakers.
    # All answers: VQA adapter. "a man".
    case(
        "X1262-041",
        she("a man in a black sweatshirt and grey pants", "pronoun"),
        col("leggings", "grey"),
        col("top", "black"),
        is_a("pair of leggings", "yes"),
        B.garment_type("pants"),
        gender="Women",
        title="Marks & Spencer Women Grey Melange Solid Leggings",
        category="Leggings",
        color="Grey Melange",
    ),
    # Front view: light pink linen-blend shorts, white tee tucked in.
    # All answers: VQA adapter. White for the shorts; cotton where the title says linen.
    case(
        "X1262-042",
        she("shorts"),
        col("shorts", "white", "other_garment_color"),
        col("top", "white"),
        is_a("pair of shorts", "yes"),
        B.material("cotton", "contradiction"),
        gender="Women",
        title="H&M Women Light Pink Linen-blend Shorts",
        category="Shorts",
        color="Pink",
    ),
    # Front view: blue straight high-rise jeans, yellow crop top, a white coffee cup in hand.
    # All answers: VQA adapter. The yes/no answer repeats the prompt's "Answer:"; the details loop.
    case(
        "X1262-043",
        she("yellow top and jeans"),
        col("jeans", "blue"),
        col("top", "yellow"),
        is_a(
            "pair of jeans",
            "yes Answer: yes Answer: yes Answer: yes Answer: yes Answer: yes Answer: yes Answer: yes Answer: yes "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        details(
            "jeans",
            "the jeans have a high waist and a straight leg and a high waist and a straight leg and a high waist and "
            "a straight",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Roadster Women Blue Straight Fit High-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front view: white tiered broderie midi skirt, black tee tucked in. No gender column.
    # All answers: VQA adapter. White for the black tee.
    case(
        "X1262-044",
        she("a black shirt and a white skirt"),
        col("skirt", "white"),
        col("top", "white", "contradiction"),
        is_a("skirt", "yes"),
        details("skirt", "tiered ruffles"),
        title="Harpa Women White Tiered A-Line Midi Skirt",
        category="Skirts",
        color="White",
    ),
    # Front view: black wide-leg palazzos with a white pinstripe, plain white shirt.
    # All answers: VQA adapter. No to palazzos; the details give the question back.
    case(
        "X1262-045",
        she("a white shirt and striped pants"),
        col("palazzos", "black and white"),
        col("top", "white"),
        B.pattern("striped"),
        is_a("pair of palazzos", "no", "contradiction"),
        details("palazzos", "the details of the palazzos", "restated"),
        gender="Women",
        title="Zink London Women Black & White Striped Wide Leg Palazzos",
        category="Palazzos",
        color="Black",
    ),
]
