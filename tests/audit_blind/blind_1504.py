"""BLIND_1504 (45 products; Myntra men's bottoms, base BLIP-2 zero-shot): written blind in the sixty-fifth session.
Measured blind at 71dbb3c (the session's sixth rules): 41/49 failures found (83.7%) and 33/221 correct texts flagged
(14.9%). The writer's notes, verbatim:

Scenario: a Myntra men's bottomwear feed (article types Jeans, Trousers, Track Pants, Shorts), every product shot on a
model who also wears a top (tee, shirt, polo, hoodie, jacket), on a plain backdrop; a few back views, two cropped
waist-down shots, one flat lay, a stool or sunglasses as props. Columns as the feed has them: title, category (the
article type), color (the base colour), gender; two products lack gender, one lacks color, one lacks category.
Who wrote what: everything is the untuned Salesforce/blip2-opt-2.7b, no adapter, greedy decoding. The caption is its
unconditional caption (empty prompt, 50 new tokens at most); the answers are free generation on the experiments'
questionnaire in the `Question: ... Answer:` format (30 new tokens at most): "What is he wearing?", "What is the
color of the <product>?", "What is the color of the shirt?", sometimes "What is the shirt color?", "What are the
<product> details?", sometimes "Describe the shirt." and "Is this a pair of jeans?". The product word is "jeans" for
jeans, "pants" for trousers and track pants, "shorts" for shorts. Colour answers are stored open (free generation).
The base model mostly stops on its own after a short answer; the long ones are the details and describe answers
that ramble, loop or get cut at 30 tokens. About one text in five is wrong: the base answers the short questions
well, and its mistakes gather in the colours (a top's colour for the product, one colour for two garments) and the
details answers.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. Near colours count as right: olive = green, cream = white, maroon = red, charcoal = grey, navy = blue, tan =
khaki = beige. "shirt" questions are right when they give the colour of the outermost top (a jacket or overshirt
over a tee). A product colour answer that is the top's colour is other_garment_color; a top colour answer that
copies the product's colour, or a colour the photo and the seller both deny, is contradiction, as is a garment the
photo does not have ("a suit", "jeans" for joggers, "yes" to "Is this a pair of jeans?" for chinos or track pants).
Invented details (rips on clean-look jeans, pleats on flat-front trousers, a pocket or print the photo does not
show, a shirt in a flat lay) are unsupported. Details answers that only give the garment word back ("shorts",
"pants", "khaki pants") are restated; "none" and "jeans" are non_answer. A single colour or a brand given as the
whole answer to "What is he wearing?" or to the details question is left unmarked when it is true. A "woman" in the
caption of a man (cropped or long-haired) is pronoun. Loops and long cut answers hit the 30-token limit; a loop
that also invents something is labeled loop.
"""

from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

shirt_color = question("shirt_color", "What is the shirt color?", "open")


def col(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


def he(text: str, failure: str | None = None, hit_limit: bool = False):
    return wearing(text, failure, who="he", hit_limit=hit_limit)


BLIND_1504 = [
    # Front shot, grey backdrop: mid-blue skinny jeans, plain white crew-neck tee, white sneakers. All base BLIP-2.
    case(
        "X1504-001",
        caption("a man in blue jeans and a white t-shirt"),
        he("jeans and a white t-shirt"),
        col("jeans", "blue"),
        col("shirt", "white"),
        details("jeans", "skinny"),
        describe("shirt", "white t-shirt"),
        gender="Men",
        title="Roadster Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front: black jeans with light abrasions on the thighs (knees intact), open olive overshirt on a white tee.
    # All base BLIP-2; the details answer invents knee rips.
    case(
        "X1504-002",
        caption("a man wearing black jeans and an olive jacket"),
        he("a jacket"),
        col("jeans", "black"),
        col("shirt", "olive"),
        shirt_color("green"),
        details("jeans", "they are ripped at the knees", "unsupported"),
        gender="Men",
        title="WROGN Men Black Slim Fit Mid-Rise Mildly Distressed Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # Front, beige backdrop: olive chinos, white oxford shirt tucked in (white button-down collar), brown loafers.
    # All base BLIP-2; the describe answer gives the collar a colour it does not have.
    case(
        "X1504-003",
        caption("a man in olive pants and a white shirt"),
        he("a white shirt and green pants"),
        col("pants", "green"),
        col("shirt", "white"),
        details("pants", "slim fit"),
        describe("shirt", "a white shirt with a blue collar", "unsupported"),
        is_a("pair of jeans", "no"),
        gender="Men",
        title="Highlander Men Olive Slim Fit Solid Chinos",
        category="Trousers",
        color="Olive",
    ),
    # Front: grey formal trousers, light blue formal shirt tucked in, black belt and shoes; no jacket. Base BLIP-2;
    # "a suit" names a garment the photo does not have.
    case(
        "X1504-004",
        caption("a man in grey pants and a blue shirt"),
        he("a suit", "contradiction"),
        col("pants", "grey"),
        col("shirt", "blue"),
        details("pants", "formal"),
        gender="Men",
        title="Peter England Men Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Grey",
    ),
    # Front: black track pants, small white Puma cat on the left thigh, black Puma tee, white sneakers (all-black
    # outfit, so "black" for both garments is right). All base BLIP-2.
    case(
        "X1504-005",
        caption("a man in a black t-shirt and black pants"),
        he("black"),
        col("pants", "black"),
        col("shirt", "black"),
        details("pants", "puma logo"),
        is_a("pair of jeans", "no"),
        gender="Men",
        title="Puma Men Black Solid Regular Fit Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Front: dark indigo jeans, grey melange Levi's logo tee, tan boots. Base BLIP-2; the jeans get the tee's grey.
    case(
        "X1504-006",
        caption("a man wearing a grey t-shirt and jeans"),
        he("jeans"),
        col("jeans", "grey", "other_garment_color"),
        col("shirt", "grey"),
        shirt_color("grey"),
        details("jeans", "slim fit"),
        gender="Men",
        title="Levis Men Blue 511 Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front, white backdrop: black training shorts with a white swoosh, grey Nike tee, running shoes. All base, all
    # right.
    case(
        "X1504-007",
        caption("a man in black shorts and a grey t-shirt"),
        he("shorts and a t-shirt"),
        col("shorts", "black"),
        col("shirt", "grey"),
        details("shorts", "nike"),
        describe("shirt", "it's a grey nike t-shirt"),
        gender="Men",
        title="Nike Men Black Dri-FIT Solid Training Shorts",
        category="Shorts",
        color="Black",
    ),
    # Front: light blue skinny jeans, black tee with a white motorbike graphic. Base BLIP-2; the describe answer
    # sees a skull that is not there.
    case(
        "X1504-008",
        caption("a man in light blue jeans and a black shirt"),
        he("a black t-shirt and jeans"),
        col("jeans", "light blue"),
        col("shirt", "black"),
        details("jeans", "they are skinny jeans"),
        describe("shirt", "a black t-shirt with a picture of a skull on it", "unsupported"),
        gender="Men",
        title="Flying Machine Men Blue Jackson Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front: navy chinos with hems rolled once, white tee under an open light-blue denim shirt, white sneakers.
    # Base BLIP-2; the pants called black, and "yes" to jeans for chinos.
    case(
        "X1504-009",
        caption("a man in a denim shirt and navy pants"),
        he("a denim shirt"),
        col("pants", "black", "contradiction"),
        col("shirt", "blue"),
        details("pants", "rolled up"),
        is_a("pair of jeans", "yes", "contradiction"),
        gender="Men",
        title="Mast & Harbour Men Navy Blue Slim Fit Solid Chinos",
        category="Trousers",
        color="Navy Blue",
    ),
    # Front, grey backdrop: grey melange joggers with drawstring and cuffed ankles, plain black tee. Base BLIP-2; the
    # describe answer loops to the limit.
    case(
        "X1504-010",
        caption("a man wearing grey sweatpants and a black t-shirt"),
        he("sweatpants"),
        col("pants", "grey"),
        col("shirt", "black"),
        details("pants", "drawstring"),
        describe(
            "shirt",
            "the shirt is black and the pants are grey and the shirt is black and the pants are grey and the shirt is"
            " black and the pants",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="HRX by Hrithik Roshan Men Grey Melange Solid Joggers",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Front: grey chino shorts, navy polo, white sneakers. Base BLIP-2; details gives the word back.
    case(
        "X1504-011",
        caption("a man in grey shorts and a blue polo shirt"),
        he("shorts"),
        col("shorts", "grey"),
        col("shirt", "navy"),
        details("shorts", "shorts", "restated"),
        describe("shirt", "polo shirt"),
        gender="Men",
        title="Jack & Jones Men Grey Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Grey",
    ),
    # Cropped at the chest (no face), slim model: mid-blue jeans ripped at both knees and thighs, white shirt
    # untucked. Base BLIP-2; the caption calls him a woman.
    case(
        "X1504-012",
        caption("a woman wearing ripped jeans and a white shirt", "pronoun"),
        he("ripped jeans"),
        col("jeans", "blue"),
        col("shirt", "white"),
        shirt_color("white"),
        details("jeans", "ripped"),
        gender="Men",
        title="Spykar Men Blue Skinny Fit Low-Rise Highly Distressed Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front: beige chinos, navy shirt, brown shoes. Base BLIP-2; details just says the garment and colour again.
    case(
        "X1504-013",
        caption("a man in a blue shirt and khaki pants"),
        he("khakis"),
        col("pants", "tan"),
        col("shirt", "blue"),
        details("pants", "khaki pants", "restated"),
        is_a("pair of jeans", "no"),
        gender="Men",
        title="Louis Philippe Sport Men Beige Slim Fit Solid Chinos",
        category="Trousers",
        color="Beige",
    ),
    # Front: black jeans shredded at the knees, maroon hoodie, white sneakers. Base BLIP-2; the second shirt
    # question copies the jeans' black.
    case(
        "X1504-014",
        caption("a man in a red hoodie and black ripped jeans"),
        he("hoodie"),
        col("jeans", "black"),
        col("shirt", "red"),
        shirt_color("black", "contradiction"),
        details("jeans", "ripped"),
        describe("shirt", "it is a hoodie"),
        gender="Men",
        title="Urbano Fashion Men Black Slim Fit Highly Distressed Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # Front: navy track pants with three white stripes down the side, white adidas tee. Base BLIP-2; the pants
    # get the tee's white.
    case(
        "X1504-015",
        caption("a man in a white t-shirt and blue track pants"),
        he("a white shirt and blue pants"),
        col("pants", "white", "other_garment_color"),
        col("shirt", "white"),
        details("pants", "three stripes"),
        is_a("pair of jeans", "no"),
        gender="Men",
        title="ADIDAS Men Navy Blue Essentials 3-Stripes Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Front: navy shorts with a white and green palm-leaf print, plain white tee without a pocket. Base BLIP-2; the
    # describe answer adds a pocket.
    case(
        "X1504-016",
        caption("a man wearing a white t-shirt and floral shorts"),
        he("a white shirt and shorts"),
        col("shorts", "blue"),
        col("shirt", "white"),
        details("shorts", "leaves"),
        describe("shirt", "a white t-shirt with a pocket", "unsupported"),
        gender="Men",
        title="Kook N Keech Men Navy Blue Tropical Printed Regular Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Front: khaki chino shorts with a brown belt, white polo with a small navy logo. Base BLIP-2; the shirt-colour
    # answer runs on into a question of its own.
    case(
        "X1504-017",
        caption("a man in khaki shorts and a white polo shirt"),
        he("a polo shirt and khaki shorts"),
        col("shorts", "khaki"),
        col("shirt", "white"),
        shirt_color("white Question: What is the color of the shorts? Answer: khaki", "leak"),
        details("shorts", "belt"),
        gender="Men",
        title="U.S. Polo Assn. Men Khaki Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Khaki",
    ),
    # Front: olive cargo trousers with flap pockets on the thighs, black tee, black boots. Base BLIP-2; the pants
    # get the tee's black.
    case(
        "X1504-018",
        caption("a man in black t-shirt and green cargo pants"),
        he("cargo pants"),
        col("pants", "black", "other_garment_color"),
        col("shirt", "black"),
        details("pants", "pockets"),
        describe("shirt", "black t-shirt"),
        gender="Men",
        title="Mufti Men Olive Slim Fit Solid Cargo Trousers",
        category="Trousers",
        color="Olive",
    ),
    # Flat lay on white: navy track pants folded, elastic waistband showing; no person, no top. Base BLIP-2; the
    # shirt colour is made up. No gender column in this row.
    case(
        "X1504-019",
        caption("a pair of navy blue sweatpants on a white background"),
        he("sweatpants"),
        col("pants", "navy blue"),
        col("shirt", "blue", "unsupported"),
        details("pants", "elastic waistband"),
        title="Jockey Men Navy Blue Solid Straight Fit Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Front: navy cotton joggers with cuffed ankles, mustard tee. Base BLIP-2; "blue jeans" for joggers, and
    # details gives the garment word back.
    case(
        "X1504-020",
        caption("a man in a yellow t-shirt and blue pants"),
        he("yellow shirt and blue jeans", "contradiction"),
        col("pants", "blue"),
        col("shirt", "yellow"),
        details("pants", "pants", "restated"),
        describe("shirt", "yellow"),
        gender="Men",
        title="Roadster Men Navy Blue Solid Regular Fit Joggers",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Back view: black tapered jeans, brown leather patch on the waistband, white tee. Base BLIP-2; the shirt gets
    # the jeans' black.
    case(
        "X1504-021",
        caption("the back of a man wearing black jeans"),
        he("black jeans and a white t-shirt"),
        col("jeans", "black"),
        col("shirt", "black", "contradiction"),
        details("jeans", "pockets on the back"),
        describe("shirt", "white t-shirt"),
        gender="Men",
        title="Levis Men Black 512 Slim Tapered Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # Front: khaki chinos (slant pockets, no zips), white tee under a blue denim jacket. Base BLIP-2; the caption
    # calls the khakis white, and the details answer invents a zipped back pocket.
    case(
        "X1504-022",
        caption("a man in a denim jacket and white pants", "contradiction"),
        he("denim jacket"),
        col("pants", "khaki"),
        col("shirt", "white"),
        shirt_color("white"),
        details("pants", "slim fit khaki pants with a zipper on the back pocket", "unsupported"),
        gender="Men",
        title="Highlander Men Khaki Slim Fit Solid Chinos",
        category="Trousers",
        color="Khaki",
    ),
    # Front: black track pants with a single white side stripe, red tee. Base BLIP-2; the pants get the tee's red.
    case(
        "X1504-023",
        caption("a man in a red shirt and black pants"),
        he("red shirt"),
        col("pants", "red", "other_garment_color"),
        col("shirt", "red"),
        details("pants", "white stripe on the side"),
        is_a("pair of jeans", "no"),
        gender="Men",
        title="Campus Sutra Men Black Solid Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Model sitting on a wooden stool: light blue clean-look jeans, white button-up shirt. Base BLIP-2; details
    # says only "jeans".
    case(
        "X1504-024",
        caption("a man sitting on a stool wearing jeans and a white shirt"),
        he("jeans"),
        col("jeans", "blue"),
        col("shirt", "white"),
        details("jeans", "jeans", "non_answer"),
        describe("shirt", "a white shirt with buttons"),
        gender="Men",
        title="Mast & Harbour Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front: grey sweat shorts with a drawstring, white tee. Base BLIP-2; shorts get the tee's white, and details
    # says nothing.
    case(
        "X1504-025",
        caption("a man in grey shorts and a white t-shirt"),
        he("shorts"),
        col("shorts", "white", "other_garment_color"),
        col("shirt", "white"),
        shirt_color("white"),
        details("shorts", "short shorts", "restated"),
        gender="Men",
        title="Puma Men Grey Solid Regular Fit Sweat Shorts",
        category="Shorts",
        color="Grey",
    ),
    # Front: charcoal flat-front formal trousers, white formal shirt, navy tie. Base BLIP-2; "pleated" is invented
    # and the describe answer rambles to the limit.
    case(
        "X1504-026",
        caption("a man in a white shirt and tie"),
        he("shirt and tie"),
        col("pants", "grey"),
        col("shirt", "white"),
        details("pants", "pleated", "unsupported"),
        describe(
            "shirt",
            "a white shirt with a navy blue tie and a pair of grey trousers. the shirt has a spread collar and the tie"
            " is tied in a",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Louis Philippe Men Charcoal Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Charcoal",
    ),
    # Front: dark blue regular jeans, red-and-navy checked shirt tucked in, brown belt. Base BLIP-2; the details
    # answer carries on with a question of its own.
    case(
        "X1504-027",
        caption("a man in a plaid shirt and jeans"),
        he("plaid shirt and jeans"),
        col("jeans", "blue"),
        col("shirt", "red"),
        details("jeans", "regular fit Question: What are the shirt details? Answer: plaid", "leak"),
        describe("shirt", "red and blue plaid shirt"),
        gender="Men",
        title="Wrangler Men Blue Regular Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front: charcoal joggers with zipped side pockets, black zip-up jacket over a black tee, white sneakers. Base
    # BLIP-2; "yes" to jeans for joggers.
    case(
        "X1504-028",
        caption("a man wearing a black jacket and grey pants"),
        he("jacket"),
        col("pants", "grey"),
        col("shirt", "black"),
        details("pants", "zipper pockets"),
        is_a("pair of jeans", "yes", "contradiction"),
        gender="Men",
        title="Proline Active Men Charcoal Solid Slim Fit Joggers",
        category="Track Pants",
        color="Charcoal",
    ),
    # Front: royal blue running shorts with a small white swoosh, black tank top. Base BLIP-2; the shorts get the
    # tank's black.
    case(
        "X1504-029",
        caption("a man in blue shorts and a black tank top"),
        he("shorts and tank top"),
        col("shorts", "black", "other_garment_color"),
        col("shirt", "black"),
        details("shorts", "nike logo"),
        describe("shirt", "a tank top"),
        gender="Men",
        title="Nike Men Blue Flex Stride Running Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Front: black jeans, plain white shirt, white sneakers. Base BLIP-2; the colour questions say grey for both.
    case(
        "X1504-030",
        caption("a man in a white shirt and black jeans"),
        he("a white shirt and black pants"),
        col("jeans", "grey", "contradiction"),
        col("shirt", "grey", "contradiction"),
        shirt_color("white"),
        details("jeans", "slim"),
        gender="Men",
        title="Pepe Jeans Men Black Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # Front: mid-blue clean-look jeans, black leather jacket over a white tee. Base BLIP-2; a hole is invented. No
    # gender column.
    case(
        "X1504-031",
        caption("a man in a leather jacket and blue jeans"),
        he("a leather jacket"),
        col("jeans", "blue"),
        col("shirt", "black"),
        details("jeans", "the jeans have a hole in the knee", "unsupported"),
        describe("shirt", "it's a black leather jacket"),
        title="Killer Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front: olive cargo shorts with side pockets and button fly, white tee. Base BLIP-2; details loops on an
    # invented zipper.
    case(
        "X1504-032",
        caption("a man in a white t-shirt and green shorts"),
        he("cargo shorts"),
        col("shorts", "green"),
        col("shirt", "white"),
        details(
            "shorts",
            "cargo pockets on the side of the shorts, and the shorts have a zipper on the front of the shorts, and the"
            " shorts have a zipper on the",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of shorts", "yes"),
        gender="Men",
        title="Roadster Men Olive Green Solid Regular Fit Cargo Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Front: navy formal trousers, light pink shirt tucked in. Base BLIP-2; the pants get the shirt's pink.
    case(
        "X1504-033",
        caption("a man in a pink shirt and navy pants"),
        he("a pink shirt and blue pants"),
        col("pants", "pink", "other_garment_color"),
        col("shirt", "pink"),
        details("pants", "formal"),
        describe("shirt", "pink"),
        gender="Men",
        title="Allen Solly Men Navy Blue Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # Front: long-haired male model (hair tied back): black running track pants with a small reflective print at the
    # ankle (no stripe), neon green tee. Base BLIP-2; caption says woman, details loops on a stripe.
    case(
        "X1504-034",
        caption("a woman in a green shirt and black pants", "pronoun"),
        he("a green t-shirt and black pants"),
        col("pants", "black"),
        col("shirt", "green"),
        shirt_color("neon green"),
        details(
            "pants",
            "the pants are black with a white stripe on the side and a white stripe on the side and a white stripe on"
            " the side and a",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Rapid-Dry Running Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Front: mid-blue slim jeans, burgundy long-sleeve henley. Base BLIP-2; details answers "none".
    case(
        "X1504-035",
        caption("a man wearing a burgundy shirt and blue jeans"),
        he("jeans"),
        col("jeans", "blue"),
        col("shirt", "maroon"),
        details("jeans", "none", "non_answer"),
        describe("shirt", "a long sleeved shirt with buttons"),
        gender="Men",
        title="Jack & Jones Men Blue Glenn Slim Fit Low-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front, sunglasses in hand: beige chino shorts with belt loops (no drawstring), light blue linen shirt. Base
    # BLIP-2; details rambles to the limit and is cut.
    case(
        "X1504-036",
        caption("a man in a blue shirt and beige shorts holding sunglasses"),
        he("shorts and a shirt"),
        col("shorts", "beige"),
        col("shirt", "blue"),
        shirt_color("light blue"),
        details(
            "shorts",
            "the shorts are made of linen and cotton and have a drawstring waist and two side pockets and a back"
            " pocket with a button closure on",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="United Colors of Benetton Men Beige Solid Regular Fit Shorts",
        category="Shorts",
        color="Beige",
    ),
    # Front: light grey chinos, black polo, white sneakers. Base BLIP-2; the polo gets the chinos' grey.
    case(
        "X1504-037",
        caption("a man in a black polo shirt and grey pants"),
        he("a polo shirt"),
        col("pants", "grey"),
        col("shirt", "grey", "contradiction"),
        details("pants", "chinos"),
        is_a("pair of jeans", "no"),
        gender="Men",
        title="Indian Terrain Men Grey Slim Fit Solid Chinos",
        category="Trousers",
        color="Grey",
    ),
    # Front: grey denim skinny jeans, navy crew-neck tee. Base BLIP-2; the jeans get the tee's blue.
    case(
        "X1504-038",
        caption("a man in a navy t-shirt and grey jeans"),
        he("he's wearing a t-shirt and jeans"),
        col("jeans", "blue", "other_garment_color"),
        col("shirt", "blue"),
        details("jeans", "skinny"),
        describe("shirt", "a navy blue t-shirt with a round neck"),
        gender="Men",
        title="Flying Machine Men Grey Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Grey",
    ),
    # Front: black track pants with three white stripes and ankle zips, white zip-up track jacket. Base BLIP-2, all
    # right.
    case(
        "X1504-039",
        caption("a man in a white jacket and black pants"),
        he("jacket and pants"),
        col("pants", "black"),
        col("shirt", "white"),
        details("pants", "zipper on the bottom"),
        is_a("pair of jeans", "no"),
        gender="Men",
        title="ADIDAS Men Black Tiro Solid Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Cropped waist-down: light blue denim shorts with rolled hems, hem of a white tee, white sneakers, hand in
    # pocket. Base BLIP-2; caption says woman.
    case(
        "X1504-040",
        caption("a woman in denim shorts and white sneakers", "pronoun"),
        he("denim shorts"),
        col("shorts", "blue"),
        col("shirt", "white"),
        details("shorts", "rolled up"),
        gender="Men",
        title="Levis Men Blue Regular Fit Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Front: brown chinos with turned-up hems, cream knit sweater. Base BLIP-2; the sweater gets the chinos' brown.
    case(
        "X1504-041",
        caption("a man in a white sweater and brown pants"),
        he("sweater"),
        col("pants", "brown"),
        col("shirt", "brown", "contradiction"),
        details("pants", "cuffed"),
        describe("shirt", "it's a sweater"),
        gender="Men",
        title="Blackberrys Men Brown Slim Fit Solid Chinos",
        category="Trousers",
        color="Brown",
    ),
    # Front: navy track pants with light blue side panels, orange tee. Base BLIP-2; the pants get the tee's orange,
    # and "yes" to jeans.
    case(
        "X1504-042",
        caption("a man in an orange shirt and blue pants"),
        he("orange shirt"),
        col("pants", "orange", "other_garment_color"),
        col("shirt", "orange"),
        shirt_color("orange"),
        details("pants", "side panels"),
        is_a("pair of jeans", "yes", "contradiction"),
        gender="Men",
        title="Alcis Men Navy Blue Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Front: dark blue jeans, black shirt with a small white print. Base BLIP-2; details rambles to the limit. No
    # color column.
    case(
        "X1504-043",
        caption("a man in black shirt and blue jeans"),
        he("black shirt and blue jeans"),
        col("jeans", "dark blue"),
        col("shirt", "black"),
        details(
            "jeans",
            "the jeans are slim fit with a zip fly, a button closure, five pockets and a light fade on the front of"
            " the thighs and a slight",
            "cut",
            hit_limit=True,
        ),
        describe("shirt", "black shirt with white print"),
        gender="Men",
        title="Highlander Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
    ),
    # Front: cream slim trousers, navy polo, tan loafers. Base BLIP-2; the wearing answer starts with the format's
    # "Answer:".
    case(
        "X1504-044",
        caption("a man in a blue polo shirt and white pants"),
        he("Answer: a blue polo shirt and white pants", "leak"),
        col("pants", "white"),
        col("shirt", "blue"),
        details("pants", "slim fit"),
        is_a("pair of jeans", "no"),
        gender="Men",
        title="Van Heusen Men Cream Slim Fit Solid Trousers",
        category="Trousers",
        color="Cream",
    ),
    # Back view: black shorts with a small Puma logo above the back pocket, white tee. Base BLIP-2; details says "no".
    # No category column.
    case(
        "X1504-045",
        caption("the back of a man in black shorts and a white shirt"),
        he("shorts"),
        col("shorts", "black"),
        col("shirt", "white"),
        shirt_color("white"),
        details("shorts", "no", "non_answer"),
        gender="Men",
        title="Puma Men Black Solid Regular Fit Shorts",
        color="Black",
    ),
]
