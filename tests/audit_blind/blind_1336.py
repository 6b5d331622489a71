"""BLIND_1336 (45 products; Myntra men's bottoms, base BLIP-2 zero-shot): written blind in the sixty-third session.
Measured blind at 97437fb (the session's sixth rules): 61/80 failures found (76.2%) and 24/208 correct texts flagged
(11.5%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's jeans, trousers (chinos, formal trousers, cargos), track pants / joggers and shorts,
photographed the way Myntra shoots them: a male model on a light grey or white backdrop wearing the product with a
top (tee, shirt, polo, hoodie, sweatshirt, a blazer once), sneakers or loafers; now and then a back view, a folded
flat lay of the product alone, or a prop (sunglasses, a water bottle, a gym bag). The catalog columns are Myntra's:
title, category = articleType (Jeans, Trousers, Track Pants, Shorts), color = baseColour, gender; one is missing on a
few rows, as in the real feed.
Who wrote what: every text is Salesforce/blip2-opt-2.7b, untuned, no adapter, greedy decoding, 8-bit. The caption is
the unprompted caption (50 new tokens at most); the answers come from `Question: ... Answer:` prompts, 30 new tokens
at most, one generate per prompt. The questionnaire is the experiments' one, with the garment word chosen from the
article type (jeans -> "jeans", trousers and track pants -> "pants", shorts -> "shorts"): What is he wearing? What is
the color of the <garment>? What are the <garment> details? What is the color of the shirt? Describe the shirt.
Track pants, shorts and part of the jeans also got the yes/no "Is this a pair of ...?". The untuned base usually stops
on the newline, so most answers are short; when it misses the stop it loops or runs into another "Question:".
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. Near hues I accept: khaki/beige/tan, navy/blue/dark blue, olive/green, teal/green, cream/white, maroon/red,
charcoal/grey, grey melange/grey. A color for the product that belongs to the top, the shoes or the sunglasses is
other_garment_color; a plainly wrong hue that belongs to nothing in the photo, a wrong garment kind (suit, jacket,
jeans for track pants) or a wrong yes/no is contradiction. A details answer that gives only the garment word back
("shorts", "they are jeans", "they are short") or "none" is non_answer; one that gives only a true color or fit I
leave correct, thin as it is. A shirt color or shirt description on a flat lay with no shirt in it is unsupported,
and so are invented rips, logos, pockets, ties, pleats, necklines, fabric claims the photo cannot show, and front
details described from a back view. "What is he wearing?" answered with only part of the outfit (only "jeans",
"sunglasses and a white shirt") is correct if it is true; "adidas" (a brand, no garment) is non_answer. An answer
wrapped in the question's own words ("the color of the jeans is blue") is restated even though the color is right;
a plain "the shirt is white" to "Describe the shirt." is a normal sentence and stays correct. "she"/"her"/"a woman" for
the male model is pronoun. Loops, cut-offs and runs into "Question:" are marked hit_limit=True and carry only that
kind (loop, cut, leak), even when the looping text also has a wrong color in it.
About three texts in ten are wrong, fewer than the usual four: the untuned base answers the short color
questions well when the top and the bottoms differ little in prominence, and its failures gather where the context
says they do (the top's color given to the bottoms, invented details, the wrong pronoun).
"""

from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing


def he(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="he", hit_limit=hit_limit)


def col(garment, text, failure=None, hit_limit=False):
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1336 = [
    # 001. Front view, light grey backdrop: mid-blue clean-look slim jeans (no rips, no fade), plain white crew-neck tee
    # untucked, white sneakers. Base OPT-2.7b zero-shot wrote the caption and every answer.
    case(
        "X1336-001",
        caption("a man in a white t - shirt and blue jeans"),
        he("a white t - shirt and jeans"),
        col("jeans", "blue"),
        details("jeans", "they are ripped", "unsupported"),
        col("shirt", "white"),
        describe("shirt", "a white t - shirt"),
        is_a("pair of jeans", "yes"),
        gender="Men",
        title="Roadster Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # 002. Front view: black cuffed joggers, drawstring hanging below the hem of a grey melange tee, black sneakers.
    # Base OPT-2.7b zero-shot wrote everything.
    case(
        "X1336-002",
        caption("a man in a grey t - shirt and black sweatpants"),
        he("sweatpants"),
        col("pants", "black"),
        details("pants", "they have a drawstring"),
        col("shirt", "black", "other_garment_color"),
        describe("shirt", "grey"),
        is_a("pair of track pants", "yes"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # 003. Front view: black skinny jeans, both knees torn open, olive green plain crew tee, white sneakers.
    # Base OPT-2.7b zero-shot wrote everything.
    case(
        "X1336-003",
        caption("a man in a green shirt and black ripped jeans"),
        he("green t - shirt and black jeans"),
        col("jeans", "green", "other_garment_color"),
        details("jeans", "ripped"),
        col("shirt", "green"),
        describe("shirt", "a green t - shirt with a white logo", "unsupported"),
        gender="Men",
        title="SPYKAR Men Black Skinny Fit Mid-Rise Highly Distressed Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # 004. Front view, white backdrop: khaki slim chinos, white oxford shirt tucked in, brown belt, brown loafers.
    # Base OPT-2.7b zero-shot wrote everything.
    case(
        "X1336-004",
        caption("a man in a white shirt and khaki pants standing in front of a white wall"),
        he("khaki pants and a white shirt"),
        col("pants", "white", "other_garment_color"),
        details("pants", "pants", "non_answer"),
        col("shirt", "white"),
        describe("shirt", "a white button down shirt"),
        gender="Men",
        title="Mast & Harbour Men Khaki Slim Fit Solid Chinos",
        category="Trousers",
        color="Khaki",
    ),
    # 005. Flat lay on white: dark indigo regular jeans folded, brown leather patch at the back waistband showing. No
    # person, no shirt. Base OPT-2.7b zero-shot wrote everything.
    case(
        "X1336-005",
        caption("a pair of jeans on a white background"),
        he("a pair of blue jeans"),
        col("jeans", "blue"),
        details("jeans", "they are jeans", "non_answer"),
        col("shirt", "blue", "unsupported"),
        describe("shirt", "it is a pair of jeans"),
        gender="Men",
        title="Wrangler Men Navy Blue Regular Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Navy Blue",
    ),
    # 006. Walking pose: navy track pants with a white tape stripe down each side, plain white tee, white sneakers.
    # Base OPT-2.7b zero-shot wrote everything.
    case(
        "X1336-006",
        caption("a man in a white t - shirt and blue pants with white stripes"),
        he("a white shirt and white pants", "other_garment_color"),
        col("pants", "blue"),
        details("pants", "white stripes on the side"),
        col("shirt", "white"),
        describe("shirt", "white t - shirt with a white t - shirt", "restated"),
        is_a("pair of track pants", "yes"),
        gender="Men",
        title="Roadster Men Navy Blue Solid Track Pants with Side Taping",
        category="Track Pants",
        color="Navy Blue",
    ),
    # 007. Front view: grey melange knit shorts above the knee, black crew tee, black slides.
    # Base OPT-2.7b zero-shot wrote everything.
    case(
        "X1336-007",
        caption("a man in a black t - shirt and grey shorts"),
        he("shorts"),
        col("shorts", "black", "other_garment_color"),
        details("shorts", "they are short", "non_answer"),
        col("shirt", "black"),
        describe("shirt", "black t - shirt"),
        is_a("pair of shorts", "yes"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Grey Melange Solid Regular Fit Shorts",
        category="Shorts",
        color="Grey Melange",
    ),
    # 008. Front view: light-wash blue tapered jeans, black pullover hoodie, white sneakers.
    # Base OPT-2.7b zero-shot wrote everything; the details answer missed the newline and looped.
    case(
        "X1336-008",
        caption("a man wearing a black hoodie and jeans"),
        he("a black hoodie and black jeans", "other_garment_color"),
        col("jeans", "light blue"),
        details(
            "jeans",
            "the jeans are black and the hoodie is black and the jeans are black and the hoodie is black and the jeans"
            " are black and the hoodie",
            "loop",
            hit_limit=True,
        ),
        col("shirt", "black"),
        describe("shirt", "it's a hoodie"),
        gender="Men",
        title="HIGHLANDER Men Blue Tapered Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # 009. Front view: charcoal grey flat-front formal trousers (clearly grey, not black), light blue formal shirt
    # tucked, black belt, black oxfords. Base OPT-2.7b zero-shot wrote everything.
    case(
        "X1336-009",
        caption("a man in a blue shirt and grey pants"),
        he("a blue shirt and black pants", "contradiction"),
        col("pants", "grey"),
        details("pants", "pleats", "unsupported"),
        col("shirt", "blue"),
        describe("shirt", "a light blue dress shirt"),
        gender="Men",
        title="Park Avenue Men Charcoal Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Charcoal",
    ),
    # 010. Front view: male model with shoulder-length hair, white full-sleeve shirt untucked, black slim jeans, black
    # boots. Base OPT-2.7b zero-shot wrote everything.
    case(
        "X1336-010",
        caption("a woman in a white shirt and black jeans", "pronoun"),
        he("a white shirt and black jeans"),
        col("jeans", "black"),
        details("jeans", "her jeans are slim", "pronoun"),
        col("shirt", "white"),
        describe("shirt", "a white button up shirt"),
        gender="Men",
        title="Levis Men Black 511 Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # 011. Front view: olive cargo shorts with flap side pockets, plain white tee, white sneakers.
    # Base OPT-2.7b zero-shot wrote everything.
    case(
        "X1336-011",
        caption("a man in a white t - shirt and green cargo shorts"),
        he("cargo shorts"),
        col("shorts", "green"),
        details("shorts", "cargo pockets"),
        col("shirt", "white"),
        describe("shirt", "white t - shirt"),
        is_a("pair of shorts", "yes"),
        gender="Men",
        title="Roadster Men Olive Green Solid Cargo Shorts",
        category="Shorts",
        color="Olive",
    ),
    # 012. Back view: grey melange straight track pants with one patch pocket on the back, plain black tee (front of
    # the tee not visible). Base OPT-2.7b zero-shot wrote everything.
    case(
        "X1336-012",
        caption("the back of a man in a black t - shirt and grey sweatpants"),
        he("a black t - shirt and grey sweatpants"),
        col("pants", "black", "other_garment_color"),
        details("pants", "pockets on the back"),
        col("shirt", "black"),
        describe("shirt", "a black t - shirt with a logo on the front", "unsupported"),
        is_a("pair of track pants", "yes"),
        gender="Men",
        title="Jockey Men Grey Melange Solid Straight Fit Track Pants",
        category="Track Pants",
        color="Grey Melange",
    ),
    # 013. Front view: mid-blue slim jeans with a light fade on the thighs, heather grey crew tee, grey sneakers.
    # Base OPT-2.7b zero-shot wrote everything (the grey of the tee spread to the jeans).
    case(
        "X1336-013",
        caption("a man in a grey shirt and jeans"),
        he("a grey t - shirt and grey jeans", "other_garment_color"),
        col("jeans", "grey", "other_garment_color"),
        details("jeans", "faded"),
        col("shirt", "grey"),
        describe("shirt", "grey"),
        gender="Men",
        title="Mufti Men Blue Slim Fit Mid-Rise Light Fade Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # 014. Front view: beige linen regular trousers (slub texture visible), navy polo with collar, tan loafers.
    # Seller row has no colour. Base OPT-2.7b zero-shot wrote everything.
    case(
        "X1336-014",
        caption("a man in a blue polo shirt and beige pants"),
        he("a navy polo shirt and khaki pants"),
        col("pants", "beige"),
        details("pants", "they are made of linen"),
        col("shirt", "beige", "other_garment_color"),
        describe("shirt", "a navy blue polo shirt with a collar"),
        gender="Men",
        title="Marks & Spencer Men Beige Regular Fit Linen Trousers",
        category="Trousers",
    ),
    # 015. Front view: light blue skinny jeans with small rips at the knees and thighs, white shirt worn open over a
    # black tee, white sneakers. Base OPT-2.7b zero-shot wrote everything; details looped to the limit.
    case(
        "X1336-015",
        caption("a man wearing a white shirt over a black t - shirt and ripped jeans"),
        he("a white shirt, black t - shirt, and ripped jeans"),
        col("jeans", "white", "other_garment_color"),
        details(
            "jeans",
            "ripped, ripped, ripped, ripped, ripped, ripped, ripped, ripped, ripped, ripped, ripped, ripped, ripped,"
            " ripped, ripped,",
            "loop",
            hit_limit=True,
        ),
        col("shirt", "white"),
        describe("shirt", "a white shirt with a black t - shirt underneath"),
        gender="Men",
        title="Kook N Keech Men Blue Skinny Fit Mid-Rise Mildly Distressed Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # 016. Front view: blue washed denim shorts with rolled hems, white tee with a black tiger graphic on the chest.
    # Base OPT-2.7b zero-shot wrote everything.
    case(
        "X1336-016",
        caption("a man in a t - shirt with a tiger on it and denim shorts"),
        he("denim shorts"),
        col("shorts", "white", "other_garment_color"),
        details("shorts", "they are shorts", "non_answer"),
        col("shirt", "white"),
        describe("shirt", "a white t - shirt with a tiger on it"),
        is_a("pair of shorts", "yes"),
        gender="Men",
        title="HIGHLANDER Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # 017. Front view: black regular track pants, no pockets or zips visible on the legs, red tee with a small Puma
    # cat logo on the chest, white sneakers. Base OPT-2.7b zero-shot wrote everything.
    case(
        "X1336-017",
        caption("a man in a red shirt and black pants"),
        he("a red shirt and black pants"),
        col("pants", "red", "other_garment_color"),
        details("pants", "the pants have a drawstring waist and a zipper on the side of the leg", "unsupported"),
        col("shirt", "red"),
        describe("shirt", "it is a red t - shirt with a puma logo on the chest"),
        gender="Men",
        title="Puma Men Black Solid Regular Fit Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # 018. Back view: dark navy regular jeans (two back pockets, leather patch), navy tee, white sneakers.
    # Base OPT-2.7b zero-shot wrote everything; the details answer ran on into the prompt format.
    case(
        "X1336-018",
        caption("a man in a blue shirt and jeans"),
        he("jeans"),
        col("jeans", "black", "contradiction"),
        details(
            "jeans",
            "back pockets Question: What is the color of the shirt? Answer: blue Question: What is the color of the"
            " jeans? Answer: dark blue",
            "leak",
            hit_limit=True,
        ),
        col("shirt", "blue"),
        describe("shirt", "blue"),
        gender="Men",
        title="Roadster Men Navy Blue Regular Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Navy Blue",
    ),
    # 019. Front view: olive cargo trousers with flap pockets on both thighs, plain black tee (no print), black boots.
    # Base OPT-2.7b zero-shot wrote everything.
    case(
        "X1336-019",
        caption("a man in a black t - shirt and green cargo pants"),
        he("black t - shirt and cargo pants"),
        col("pants", "olive"),
        details("pants", "cargo pockets"),
        col("shirt", "black"),
        describe("shirt", "a black t - shirt with a white logo on the front", "unsupported"),
        gender="Men",
        title="Roadster Men Olive Green Regular Fit Solid Cargos",
        category="Trousers",
        color="Olive",
    ),
    # 020. Front view: navy chino shorts, white linen shirt with long sleeves rolled to the elbow, dark sunglasses.
    # Base OPT-2.7b zero-shot wrote everything.
    case(
        "X1336-020",
        caption("a man in a white shirt and blue shorts wearing sunglasses"),
        he("a white shirt and sunglasses"),
        col("shorts", "black", "contradiction"),
        details("shorts", "the shorts are blue"),
        col("shirt", "white"),
        describe("shirt", "a white button up shirt with short sleeves", "unsupported"),
        gender="Men",
        title="Mast & Harbour Men Navy Blue Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # 021. Front view: grey slim jeans, plain black crew-neck tee, black sneakers.
    # Base OPT-2.7b zero-shot wrote everything.
    case(
        "X1336-021",
        caption("a man in a black t - shirt and gray jeans"),
        he("black t - shirt and black jeans", "other_garment_color"),
        col("jeans", "grey"),
        details("jeans", "slim"),
        col("shirt", "black"),
        describe("shirt", "it's a black t - shirt with a v neck", "unsupported"),
        is_a("pair of jeans", "yes"),
        gender="Men",
        title="WROGN Men Grey Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Grey",
    ),
    # 022. Front view: teal joggers, plain white tee, holding a steel water bottle.
    # Base OPT-2.7b zero-shot wrote everything.
    case(
        "X1336-022",
        caption("a man in a white t - shirt and green pants holding a water bottle"),
        he("a white t - shirt and green pants"),
        col("pants", "green"),
        details("pants", "they are made of polyester", "unsupported"),
        col("shirt", "white"),
        describe("shirt", "white"),
        is_a("pair of track pants", "no", "contradiction"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Teal Solid Rapid-Dry Joggers",
        category="Track Pants",
        color="Teal",
    ),
    # 023. Front view: blue slim tapered jeans, one small rip at the left knee, red and black buffalo check flannel
    # worn open over a white tee, white sneakers. Base OPT-2.7b zero-shot wrote everything; the shirt description ran
    # to the limit.
    case(
        "X1336-023",
        caption("a man in a red and black plaid shirt and jeans"),
        he("plaid shirt and jeans"),
        col("jeans", "red", "other_garment_color"),
        details("jeans", "the jeans are ripped at the knees"),
        col("shirt", "red and black"),
        describe(
            "shirt",
            "a red and black plaid shirt with a white t - shirt underneath it and a pair of blue jeans and a pair of"
            " white sneakers and a",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Flying Machine Men Blue Slim Tapered Fit Mid-Rise Low Distress Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # 024. Front view: brown slim chinos, light pink shirt untucked, white sneakers.
    # Base OPT-2.7b zero-shot wrote everything.
    case(
        "X1336-024",
        caption("a man in a pink shirt and brown pants"),
        he("pink shirt and brown pants"),
        col("pants", "brown"),
        details("pants", "they have pockets"),
        col("shirt", "brown", "other_garment_color"),
        describe("shirt", "pink"),
        gender="Men",
        title="U.S. Polo Assn. Men Brown Slim Fit Solid Chinos",
        category="Trousers",
        color="Brown",
    ),
    # 025. Running pose: black running shorts, neon yellow tee with a black Nike swoosh on the chest, running shoes.
    # Base OPT-2.7b zero-shot wrote everything.
    case(
        "X1336-025",
        caption("a man running in a yellow shirt and black shorts"),
        he("yellow shirt and black shorts"),
        col("shorts", "black"),
        details("shorts", "they're shorts", "non_answer"),
        col("shirt", "yellow"),
        describe("shirt", "it's a nike shirt"),
        is_a("pair of shorts", "yes"),
        gender="Men",
        title="Nike Men Black Dri-FIT Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # 026. Front view: black slim jeans, blue chambray (denim) shirt with two chest pockets, untucked; no jacket.
    # Base OPT-2.7b zero-shot wrote everything.
    case(
        "X1336-026",
        caption("a man in a denim jacket and black jeans", "contradiction"),
        he("a denim shirt and black jeans"),
        col("jeans", "black"),
        details("jeans", "jeans", "non_answer"),
        col("shirt", "blue"),
        describe("shirt", "a blue denim shirt with a pocket on the chest"),
        gender="Men",
        title="Jack & Jones Men Black Slim Fit Low-Rise Clean Look Jeans",
        category="Jeans",
        color="Black",
    ),
    # 027. Front view: charcoal grey track pants with three white stripes down each side, plain black tee with no logo,
    # black sneakers. Seller row has no gender. Base OPT-2.7b zero-shot wrote everything.
    case(
        "X1336-027",
        caption("a man in a black shirt and gray adidas pants"),
        he("adidas", "non_answer"),
        col("pants", "black", "other_garment_color"),
        details("pants", "three stripes"),
        col("shirt", "black"),
        describe("shirt", "black adidas shirt", "unsupported"),
        is_a("pair of track pants", "yes"),
        title="ADIDAS Men Charcoal Grey Essentials 3-Stripes Track Pants",
        category="Track Pants",
        color="Charcoal",
    ),
    # 028. Flat lay on white, back side up: blue slim tapered jeans, leather patch and red tab on the back pocket. No
    # person, no shirt. Base OPT-2.7b zero-shot wrote everything.
    case(
        "X1336-028",
        caption("a pair of blue jeans with a red tag on the back pocket"),
        he("jeans"),
        col("jeans", "blue"),
        details("jeans", "a red tag on the back pocket"),
        col("shirt", "blue", "unsupported"),
        describe("shirt", "a blue shirt with a red tag", "unsupported"),
        gender="Men",
        title="Levis Men Blue 512 Slim Tapered Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # 029. Front view: navy slim trousers, white polo worn over the waistband (fly and front hidden), white sneakers.
    # Base OPT-2.7b zero-shot wrote everything; the details answer ran to the limit.
    case(
        "X1336-029",
        caption("a man in a white polo shirt and blue pants"),
        he("a white polo shirt and navy pants"),
        col("pants", "white", "other_garment_color"),
        details(
            "pants",
            "the pants are slim fit and have a zipper fly and a button closure and a belt loop and a pocket on the"
            " back and a pocket on the",
            "cut",
            hit_limit=True,
        ),
        col("shirt", "white"),
        describe("shirt", "white polo shirt"),
        gender="Men",
        title="Louis Philippe Sport Men Navy Blue Slim Fit Solid Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # 030. Front view: navy and white checked shorts, plain white tee, white canvas shoes.
    # Base OPT-2.7b zero-shot wrote everything; the shirt description looped.
    case(
        "X1336-030",
        caption("a man in a white t - shirt and plaid shorts"),
        he("plaid shorts"),
        col("shorts", "blue and white"),
        details("shorts", "plaid"),
        col("shirt", "white"),
        describe(
            "shirt",
            "a white t - shirt with a white t - shirt with a white t - shirt with a white t - shirt with a white t -",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of shorts", "yes"),
        gender="Men",
        title="Roadster Men Navy Blue & White Checked Regular Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # 031. Front view: mid-blue slim jeans (the title claims no stretch), mustard yellow crew tee, white
    # sneakers. Base OPT-2.7b zero-shot wrote everything.
    case(
        "X1336-031",
        caption("a man in a yellow t - shirt and blue jeans"),
        he("yellow t - shirt"),
        col("jeans", "yellow", "other_garment_color"),
        details("jeans", "stretchy", "unsupported"),
        col("shirt", "yellow"),
        describe("shirt", "it's yellow"),
        gender="Men",
        title="Mast & Harbour Men Blue Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # 032. Front view: black fleece joggers with a small white Nike swoosh on the left thigh, white pullover hoodie,
    # white sneakers. Base OPT-2.7b zero-shot wrote everything.
    case(
        "X1336-032",
        caption("a man in a white hoodie and black sweatpants"),
        he("white hoodie and black sweatpants"),
        col("pants", "black"),
        details("pants", "nike logo on the left leg"),
        col("shirt", "white"),
        describe("shirt", "a white hoodie"),
        is_a("pair of track pants", "yes"),
        gender="Men",
        title="Nike Men Black Club Fleece Joggers",
        category="Track Pants",
        color="Black",
    ),
    # 033. Front view: cream tapered trousers, black shirt with black buttons, black loafers. Seller row has no
    # category. Base OPT-2.7b zero-shot wrote everything.
    case(
        "X1336-033",
        caption("a man in a black shirt and white pants"),
        he("black shirt and white pants"),
        col("pants", "black", "other_garment_color"),
        details("pants", "they are pants", "non_answer"),
        col("shirt", "black"),
        describe("shirt", "a black shirt"),
        gender="Men",
        title="HIGHLANDER Men Cream-Coloured Tapered Fit Solid Regular Trousers",
        color="Cream",
    ),
    # 034. Front view: blue slim tapered jeans, clean look (no rips), moderate fade on the thighs, plain white tee,
    # white sneakers. Base OPT-2.7b zero-shot wrote everything.
    case(
        "X1336-034",
        caption("a man in a white t - shirt and blue jeans"),
        he("she is wearing a white t - shirt and blue jeans", "pronoun"),
        col("jeans", "blue"),
        details("jeans", "ripped knees", "unsupported"),
        col("shirt", "white"),
        describe("shirt", "white"),
        gender="Men",
        title="DENIZEN from Levis Men Blue 286 Slim Tapered Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # 035. Front view: grey sports shorts, black tank top, black running shoes.
    # Base OPT-2.7b zero-shot wrote everything.
    case(
        "X1336-035",
        caption("a man in a black tank top and black shorts", "other_garment_color"),
        he("a black tank top and gray shorts"),
        col("shorts", "black", "other_garment_color"),
        details("shorts", "shorts", "non_answer"),
        col("shirt", "black"),
        describe("shirt", "tank top"),
        is_a("pair of shorts", "yes"),
        gender="Men",
        title="Puma Men Grey Solid Regular Fit Sports Shorts",
        category="Shorts",
        color="Grey",
    ),
    # 036. Front view: mid-blue slim jeans, white shirt untucked, white sneakers.
    # Base OPT-2.7b zero-shot wrote everything; the jeans color answer ran on into the prompt format.
    case(
        "X1336-036",
        caption("a man in a white shirt and blue jeans"),
        he("jeans"),
        col(
            "jeans",
            "blue Question: What is the color of the shirt? Answer: white Question: What is the color of the shoes?"
            " Answer: white Question",
            "leak",
            hit_limit=True,
        ),
        details("jeans", "none", "non_answer"),
        col("shirt", "white"),
        describe("shirt", "white shirt"),
        gender="Men",
        title="HERE&NOW Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # 037. Front view: maroon slim track pants with zip pockets at the sides, plain grey tee, gym bag over the
    # shoulder. Base OPT-2.7b zero-shot wrote everything.
    case(
        "X1336-037",
        caption("a man in a gray t - shirt and red pants holding a gym bag"),
        he("a gray t - shirt and red jeans", "contradiction"),
        col("pants", "purple", "contradiction"),
        details("pants", "zipper pockets"),
        col("shirt", "grey"),
        describe("shirt", "a gray t - shirt with a nike logo", "unsupported"),
        is_a("pair of track pants", "yes"),
        gender="Men",
        title="Alcis Men Maroon Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Maroon",
    ),
    # 038. Front view: grey checked slim formal trousers, white formal shirt tucked, no tie, black belt.
    # Base OPT-2.7b zero-shot wrote everything.
    case(
        "X1336-038",
        caption("a man in a white shirt and grey pants"),
        he("a white shirt and grey pants"),
        col("pants", "white", "other_garment_color"),
        details("pants", "plaid"),
        col("shirt", "white"),
        describe("shirt", "a white dress shirt with a tie", "unsupported"),
        gender="Men",
        title="Van Heusen Men Grey Checked Slim Fit Formal Trousers",
        category="Trousers",
        color="Grey",
    ),
    # 039. Front view: black skinny jeans, black crew tee, white sneakers (all black above the shoes).
    # Base OPT-2.7b zero-shot wrote everything; the shirt description looped.
    case(
        "X1336-039",
        caption("a man in a black t - shirt and black jeans"),
        he("all black"),
        col("jeans", "black"),
        details("jeans", "black"),
        col("shirt", "black"),
        describe("shirt", " ".join(["black"] * 30), "loop", hit_limit=True),
        is_a("pair of jeans", "yes"),
        gender="Men",
        title="Roadster Men Black Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # 040. Back view: khaki chino shorts with two buttoned back pockets, blue full-sleeve shirt untucked (front not
    # visible). Seller row has no gender. Base OPT-2.7b zero-shot wrote everything.
    case(
        "X1336-040",
        caption("the back of a man in a blue shirt and khaki shorts"),
        he("a blue shirt and khaki shorts"),
        col("shorts", "blue", "other_garment_color"),
        details("shorts", "two back pockets with buttons"),
        col("shirt", "blue"),
        describe("shirt", "a blue button down shirt with a pocket on the chest", "unsupported"),
        is_a("pair of shorts", "yes"),
        title="United Colors of Benetton Men Khaki Solid Chino Shorts",
        category="Shorts",
        color="Khaki",
    ),
    # 041. Front view: olive and black camouflage print joggers, plain black tee, black sneakers.
    # Base OPT-2.7b zero-shot wrote everything.
    case(
        "X1336-041",
        caption("a man in a black t - shirt and camouflage pants"),
        he("camouflage pants"),
        col("pants", "camouflage"),
        details("pants", "camo print"),
        col("shirt", "black"),
        describe("shirt", "a black t - shirt with a camouflage print", "contradiction"),
        gender="Men",
        title="Roadster Men Olive Green & Black Camouflage Print Joggers",
        category="Track Pants",
        color="Olive",
    ),
    # 042. Front view: dark wash straight jeans, white henley untucked, brown boots.
    # Base OPT-2.7b zero-shot wrote everything.
    case(
        "X1336-042",
        caption("a man in a white shirt and dark blue jeans"),
        he("a white shirt and jeans"),
        col("jeans", "the color of the jeans is blue", "restated"),
        details("jeans", "the jeans are straight leg jeans"),
        col("shirt", "white"),
        describe("shirt", "the shirt is white"),
        gender="Men",
        title="Pepe Jeans Men Blue Straight Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # 043. Front view: black slim flat-front formal trousers, white shirt, unbuttoned grey blazer over it (separates,
    # not a suit), black shoes. Base OPT-2.7b zero-shot wrote everything.
    case(
        "X1336-043",
        caption("a man in a gray suit jacket and black pants"),
        he("a suit", "contradiction"),
        col("pants", "black"),
        details("pants", "the pants are made of wool", "unsupported"),
        col("shirt", "grey", "other_garment_color"),
        describe("shirt", "a white shirt with a grey jacket"),
        gender="Men",
        title="Blackberrys Men Black Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Black",
    ),
    # 044. Front view: male model with a short beard, blue washed denim shorts with frayed, torn hems, black crew tee.
    # Base OPT-2.7b zero-shot wrote everything.
    case(
        "X1336-044",
        caption("a person in a black shirt and jean shorts"),
        he("a black t - shirt and ripped denim shorts"),
        col("shorts", "black", "other_garment_color"),
        details("shorts", "ripped"),
        col("shirt", "black"),
        describe("shirt", "her shirt is black", "pronoun"),
        is_a("pair of shorts", "yes"),
        gender="Men",
        title="Kook N Keech Men Blue Washed Distressed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # 045. Front view: blue regular jeans, light grey crew sweatshirt worn over the waistband (fly hidden), white
    # sneakers. Base OPT-2.7b zero-shot wrote everything; the wearing answer looped.
    case(
        "X1336-045",
        caption("a man in a gray sweatshirt and jeans"),
        he(
            "a grey sweatshirt and jeans and white sneakers and a grey sweatshirt and jeans and white sneakers and a"
            " grey sweatshirt and jeans and",
            "loop",
            hit_limit=True,
        ),
        col("jeans", "blue"),
        details("jeans", "they have a zipper", "unsupported"),
        col("shirt", "grey"),
        describe("shirt", "it is a sweatshirt"),
        gender="Men",
        title="Roadster Men Blue Regular Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
]
