"""BLIND_1552 (45 products; Myntra men's bottomwear, base OPT-2.7b zero-shot): written blind in the sixty-sixth session.
Measured blind at b37ad1b (the session's second rules): 50/62 failures found (80.6%) and 11/196 correct texts flagged
(5.6%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's jeans, trousers (chinos, formal trousers, cargos), track pants (joggers included, as
Myntra files them) and shorts. Catalog photos: a male model on a plain studio backdrop wearing the product with a top
(tee, polo, shirt, hoodie, sweater, sometimes a jacket over the top), now and then a back view, a flat lay or a prop (a
stool, a skateboard, a briefcase, a coffee cup). Feed columns as Myntra exports them: title, category (the article
type: Jeans, Trousers, Track Pants, Shorts), color (the base colour: Blue, Navy Blue, Charcoal, Grey Melange, Cream,
Khaki, Olive, Coffee Brown...) and gender (Men); a few rows lack gender or color, as real feeds do.
Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b, zero-shot, no adapter. The caption is an
unprompted caption (greedy, max 50 new tokens); the answers use the experiments' questionnaire in the `Question: ...
Answer:` format (greedy, max 30 new tokens): "What is he wearing?" (or "What is the person wearing?" when the row has no
gender), "What is the color of the <jeans|pants|shorts>?" and "What are the <jeans|pants|shorts> details?" with the
noun taken from the category (Trousers and Track Pants both ask about "pants"), "What is the color of the shirt?" for
the top, and on some products "Describe the <noun>." and "Is this a pair of <noun>?". Color questions are free
generation, stored open. Answers were stripped of whitespace; where the model did not stop at the newline, the text
after it was kept as decoded (that is how the leaks look).
Labeling conventions and judgement calls: about a quarter of the texts are wrong, fewer than the tuned adapters would
give: the untuned base stops on its own most of the time and plain studio shots of one bottom and one top are easy for
colour; the failures sit in the details/describe answers and in the colour of the other garment. Judged against the
photo I imagined (described above each case) and the title. Near shades the base model collapses are accepted: navy or
teal as "blue", charcoal as "black" or "grey", cream as "white", maroon as "red"/"maroon", khaki as "tan"/"beige". A hue
that is clearly another (navy jeans called "black", beige chinos called "white" when the shirt is white) is wrong. An
answer that names a colour belonging to another garment in the photo (the tee, the jacket, the stripes of the top) is
other_garment_color when it is the product's colour question or the wearing answer about the product; when it is the
shirt question that takes the bottom's or the jacket's colour, or one colour is given to the whole outfit, I used
contradiction. A details answer that is true but off-topic ("they are folded" on a flat lay, "the pants are navy blue
and the shirt is pink") is left correct; one that only gives back the question's words or says nothing ("they are
short", "shorts", "nothing", empty) is non_answer; a sentence that talks round the question without content ("the pants
have a lot of details") is restated. Invented details (button fly not visible, frayed hem on a clean hem, linen, cotton,
a tie that is not there) are unsupported; brand names are accepted when the title carries them. Texts that ran to 30
(answers) or 50 (caption) tokens are hit_limit; a repeating one is loop, one that stops mid-phrase without repeating is
cut, one that carries on with a new `Question: ... Answer:` is leak. "What is he wearing?" on a flat lay answered with
the laid-out clothes is accepted; "nothing" is not, and a colour for a shirt that is not in the flat lay is unsupported.
"denim" to a colour question is a non_answer; "a suit" for shirt and trousers without a jacket is contradiction. A
long-haired male model called "a woman", or "she" when the row has no gender, is pronoun.
"""

from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing


def he(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="he", hit_limit=hit_limit)


def person(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="the person", hit_limit=hit_limit)


def col(garment, text, failure=None, hit_limit=False):
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


def pair(garment, text, failure=None, hit_limit=False):
    return is_a(garment, text, failure, hit_limit=hit_limit, article="a pair of")


BLIND_1552 = [
    # Photo: front view, grey backdrop; mid-blue skinny jeans, clean knees, light whiskering; white crew-neck tee, white
    # sneakers. All texts: base OPT-2.7b zero-shot.
    case(
        "X1552-001",
        caption("a man in a white t-shirt and blue jeans"),
        he("a white t-shirt and blue jeans"),
        col("jeans", "blue"),
        details("jeans", "they are skinny jeans"),
        col("shirt", "white"),
        gender="Men",
        title="Roadster Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: navy slim chinos, white oxford shirt tucked in, tan belt, brown loafers, off-white backdrop. Base model.
    # The colour question takes the shirt's white; "khaki" in the details is read as the colour (they are navy).
    case(
        "X1552-002",
        caption("a man wearing a white shirt and blue pants"),
        he("a white shirt and blue pants"),
        col("pants", "white", "other_garment_color"),
        details("pants", "they are khaki", "contradiction"),
        col("shirt", "white"),
        describe("pants", "blue pants with a brown belt"),
        gender="Men",
        title="Mast & Harbour Men Navy Blue Slim Fit Solid Chinos",
        category="Trousers",
        color="Navy Blue",
    ),
    # Photo: black running track pants, small reflective HRX print on the left thigh, elastic cuffs (no zips); neon
    # green tee; mid-stride pose, white backdrop. Base model. No ankle zipper exists; the describe answer came back
    # empty.
    case(
        "X1552-003",
        caption("a man in black pants and a green t-shirt running"),
        he("a green shirt and black pants"),
        col("pants", "black"),
        details("pants", "they have a zipper on the bottom", "unsupported"),
        col("shirt", "green"),
        describe("pants", "", "non_answer"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Rapid-Dry Running Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: back view; light-fade blue jeans, red tab on the back pocket visible, black tee. Base model. All correct
    # ("levi's" is carried by the title and the tab).
    case(
        "X1552-004",
        caption("the back of a man wearing jeans and a black t-shirt"),
        he("jeans"),
        col("jeans", "blue"),
        details("jeans", "levi's"),
        describe("jeans", "the back of a pair of levi's jeans"),
        col("shirt", "black"),
        gender="Men",
        title="Levis Men Blue 511 Slim Fit Mid-Rise Light Fade Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: light-blue jeans, heavily ripped at both knees and thighs; black graphic tee; white sneakers. Base model.
    # The colour question answers the tee's black.
    case(
        "X1552-005",
        caption("a man in ripped jeans and a black t-shirt"),
        he("ripped jeans and a black t-shirt"),
        col("jeans", "black", "other_garment_color"),
        details("jeans", "ripped"),
        describe("jeans", "ripped jeans with holes in the knees"),
        col("shirt", "black"),
        gender="Men",
        title="Urbano Fashion Men Blue Slim Fit Mid-Rise Highly Distressed Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: khaki chinos with the hem rolled once; navy polo; white sneakers; model sitting on a wooden stool.
    # Base model. All correct ("tan" accepted for khaki).
    case(
        "X1552-006",
        caption("a man sitting on a stool wearing a blue shirt and khaki pants"),
        he("a blue shirt and khaki pants"),
        col("pants", "tan"),
        details("pants", "they are cuffed at the bottom"),
        col("shirt", "blue"),
        describe("pants", "the pants are rolled up at the bottom"),
        gender="Men",
        title="HIGHLANDER Men Khaki Slim Fit Solid Chinos",
        category="Trousers",
        color="Khaki",
    ),
    # Photo: grey melange joggers with a white drawstring; black tee with a small Puma cat logo; black sneakers.
    # Base model. The shirt question takes the joggers' grey.
    case(
        "X1552-007",
        caption("a man in grey sweatpants and a black t-shirt"),
        he("a black shirt and grey pants"),
        col("pants", "grey"),
        details("pants", "drawstring waist"),
        col("shirt", "grey", "contradiction"),
        gender="Men",
        title="Puma Men Grey Melange Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Photo: olive cargo shorts with flap side pockets, white tee, sunglasses hooked on the collar, plain backdrop.
    # Base model. "they are short" only gives the question back.
    case(
        "X1552-008",
        caption("a man in a white t-shirt and green shorts"),
        he("shorts and a t-shirt"),
        col("shorts", "green"),
        details("shorts", "they are short", "non_answer"),
        describe("shorts", "cargo shorts with pockets on the side"),
        col("shirt", "white"),
        gender="Men",
        title="Roadster Men Olive Green Solid Regular Fit Cargo Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Photo: flat lay, a pair of black jeans folded on a white surface, no model, no top. Base model. "nothing" to the
    # wearing question is a non-answer; "they are folded" is true of the photo and left correct; there is no shirt to
    # be white (the surface is).
    case(
        "X1552-009",
        caption("a pair of black jeans on a white background"),
        he("nothing", "non_answer"),
        col("jeans", "black"),
        details("jeans", "they are folded"),
        col("shirt", "white", "unsupported"),
        pair("jeans", "yes"),
        gender="Men",
        title="Flying Machine Men Black Slim Tapered Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Black",
    ),
    # Photo: full-length shot; charcoal formal trousers, light blue formal shirt tucked in, black belt, black shoes.
    # Base model. The wearing answer calls the full-length trousers shorts.
    case(
        "X1552-010",
        caption("a man in a blue shirt and grey pants"),
        he("a blue shirt and grey shorts", "contradiction"),
        col("pants", "gray"),
        details("pants", "they have belt loops"),
        col("shirt", "light blue"),
        describe("pants", "grey dress pants with a black belt"),
        gender="Men",
        title="Allen Solly Men Charcoal Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Charcoal",
    ),
    # Photo: mid-blue jeans, faded thighs, small abrasions above the knees; red-and-black checked flannel shirt open
    # over a white tee. Base model. The details answer loops to the limit.
    case(
        "X1552-011",
        caption("a man in a red plaid shirt and blue jeans"),
        he("a plaid shirt and jeans"),
        col("jeans", "blue"),
        details(
            "jeans",
            "they are ripped and ripped and ripped and ripped and ripped and ripped and ripped and ripped and ripped"
            " and ripped and ripped and ripped and ripped and",
            "loop",
            hit_limit=True,
        ),
        describe("jeans", "blue jeans with rips"),
        col("shirt", "red"),
        gender="Men",
        title="SPYKAR Men Blue Super Skinny Fit Mid-Rise Mildly Distressed Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: grey jeans; raglan tee with a white body and black sleeves; grey backdrop. Base model. Details only says
    # they are jeans; the shirt question gets the jeans' grey.
    case(
        "X1552-012",
        caption("a man in a white and black shirt and grey jeans"),
        he("a white shirt and grey jeans"),
        col("jeans", "grey"),
        details("jeans", "they are a pair of jeans", "non_answer"),
        col("shirt", "grey", "contradiction"),
        gender="Men",
        title="Jack & Jones Men Grey Slim Fit Low-Rise Clean Look Jeans",
        category="Jeans",
        color="Grey",
    ),
    # Photo: coffee-brown corduroy trousers, plain hem; cream cable-knit sweater; beige backdrop. Base model.
    # No cuff on the hem.
    case(
        "X1552-013",
        caption("a man in a white sweater and brown pants"),
        he("a sweater and pants"),
        col("pants", "brown"),
        details("pants", "they are corduroy"),
        col("shirt", "white"),
        describe("pants", "brown pants with a cuff", "unsupported"),
        gender="Men",
        title="Killer Men Coffee Brown Regular Fit Solid Corduroy Trousers",
        category="Trousers",
        color="Coffee Brown",
    ),
    # Photo: navy track pants with three white side stripes; white tee with a small logo; model leaning on a white cube.
    # Base model. The colour question takes the tee's (and stripes') white.
    case(
        "X1552-014",
        caption("a man in a white t-shirt and blue pants sitting on a white box"),
        he("a white shirt and blue pants"),
        col("pants", "white", "other_garment_color"),
        details("pants", "three stripes on the side"),
        col("shirt", "white"),
        describe("pants", "blue track pants with white stripes on the side"),
        gender="Men",
        title="ADIDAS Men Navy Blue 3-Stripes Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Photo: light-wash denim shorts with rolled, clean hems; navy polo; male model with shoulder-length hair and a
    # beard. Base model. The caption calls him a woman; the hem is not frayed.
    case(
        "X1552-015",
        caption("a woman wearing a blue shirt and denim shorts", "pronoun"),
        he("a blue shirt and shorts"),
        col("shorts", "blue"),
        details("shorts", "they are frayed at the bottom", "unsupported"),
        col("shirt", "blue"),
        gender="Men",
        title="Being Human Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: black joggers with ribbed ankle cuffs; olive bomber jacket open over a white tee; white sneakers. Base
    # model. The caption loops to the limit; the shirt question answers the jacket's green (the tee under it is white).
    case(
        "X1552-016",
        caption(
            "a man in a green jacket and black pants and black shoes and black pants and black shoes and black pants"
            " and black shoes and black pants and black shoes and black pants and black shoes and black pants and"
            " black shoes and black pants and",
            "loop",
            hit_limit=True,
        ),
        he("a jacket and black pants"),
        col("pants", "black"),
        details("pants", "elastic at the ankles"),
        col("shirt", "green", "contradiction"),
        describe("pants", "black joggers"),
        gender="Men",
        title="The Indian Garage Co Men Black Solid Slim Fit Joggers",
        category="Track Pants",
        color="Black",
    ),
    # Photo: dark indigo regular jeans; grey hooded sweatshirt hanging over the waistband (fly not visible). Row has no
    # gender, so the wearing question asks about "the person". Base model. The button fly is invented, and the knees
    # are clean (no hole).
    case(
        "X1552-017",
        caption("a man wearing a grey hoodie and jeans"),
        person("a hoodie and jeans"),
        col("jeans", "dark blue"),
        details("jeans", "they have a button fly", "unsupported"),
        col("shirt", "grey"),
        describe("jeans", "blue jeans with a hole in the knee", "unsupported"),
        title="Pepe Jeans Men Blue Regular Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: beige cotton chinos; white linen shirt untucked; model holding a takeaway coffee cup. Base model. The
    # wearing answer gives the chinos the shirt's white; "linen" belongs to the shirt, not the chinos.
    case(
        "X1552-018",
        caption("a man in a white shirt and beige pants holding a cup of coffee"),
        he("white shirt and white pants", "other_garment_color"),
        col("pants", "beige"),
        details("pants", "the pants are made of linen", "unsupported"),
        col("shirt", "white"),
        gender="Men",
        title="Louis Philippe Sport Men Beige Slim Fit Solid Chinos",
        category="Trousers",
        color="Beige",
    ),
    # Photo: olive cargo trousers with big side pockets; black tee; tan boots. Base model. The describe answer loops.
    case(
        "X1552-019",
        caption("a man in a black t-shirt and green cargo pants"),
        he("cargo pants"),
        col("pants", "green"),
        details("pants", "cargo pockets"),
        describe(
            "pants",
            "the pants are green and have pockets on the side and the pants are green and have pockets on the side"
            " and the pants are green and",
            "loop",
            hit_limit=True,
        ),
        col("shirt", "black"),
        gender="Men",
        title="Mufti Men Olive Slim Fit Solid Cargo Trousers",
        category="Trousers",
        color="Olive",
    ),
    # Photo: black training shorts with a small white swoosh, a side pocket and a back zip pocket; heather grey tee;
    # running pose. Base model. The shirt question answers the shorts' black; describe is cut at the limit.
    case(
        "X1552-020",
        caption("a man in black shorts and a grey shirt running"),
        he("shorts"),
        col("shorts", "black"),
        details("shorts", "nike logo"),
        col("shirt", "black", "contradiction"),
        pair("shorts", "yes"),
        describe(
            "shorts",
            "black shorts with a white nike logo on the left leg and a pocket on the side of the shorts and a zipper on"
            " the back of the",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Nike Men Black Dri-FIT Solid Training Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: washed-black skinny jeans with ripped knees; white shirt under a black leather jacket. Base model. The
    # shirt question answers the jacket's black.
    case(
        "X1552-021",
        caption("a man in a black leather jacket and ripped jeans"),
        he("a leather jacket"),
        col("jeans", "black"),
        details("jeans", "ripped knees"),
        col("shirt", "black", "contradiction"),
        describe("jeans", "black ripped jeans with a leather jacket"),
        gender="Men",
        title="Calvin Klein Jeans Men Black Skinny Fit Mid-Rise Highly Distressed Jeans",
        category="Jeans",
        color="Black",
    ),
    # Photo: navy chino shorts; white polo worn untucked (waist hidden, no belt seen); boat shoes. Base model.
    case(
        "X1552-022",
        caption("a man in a white polo shirt and blue shorts"),
        he("a polo shirt and shorts"),
        col("shorts", "navy"),
        details("shorts", "shorts", "non_answer"),
        col("shirt", "white"),
        describe("shorts", "navy blue shorts with a belt", "unsupported"),
        gender="Men",
        title="U.S. Polo Assn. Men Navy Blue Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Photo: side view; light blue tapered jeans; mustard sweatshirt. Base model. The colour question takes the
    # sweatshirt's yellow; the describe answer runs on into a new question (leak, to the limit).
    case(
        "X1552-023",
        caption("a man in a yellow sweater and blue jeans"),
        he("a yellow sweatshirt and jeans"),
        col("jeans", "yellow", "other_garment_color"),
        details("jeans", "tapered"),
        col("shirt", "yellow"),
        describe(
            "jeans",
            "blue jeans\nQuestion: What is the color of the shirt? Answer: yellow\nQuestion: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Roadster Men Blue Tapered Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: grey flat-front formal trousers; white shirt, open collar, no tie; navy blazer. Base model. The caption
    # invents a tie (and a suit: blazer and trousers do not match).
    case(
        "X1552-024",
        caption("a man in a suit and tie", "unsupported"),
        he("a blue blazer and grey pants"),
        col("pants", "grey"),
        details("pants", "flat front"),
        col("shirt", "white"),
        gender="Men",
        title="Blackberrys Men Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Grey",
    ),
    # Photo: black shorts with a small white palm-leaf print; white tee; plain backdrop. Base model. All correct.
    case(
        "X1552-025",
        caption("a man in a white t-shirt and black shorts"),
        he("a t-shirt and shorts"),
        col("shorts", "black and white"),
        details("shorts", "palm leaves"),
        col("shirt", "white"),
        pair("shorts", "yes"),
        gender="Men",
        title="Kook N Keech Men Black Tropical Printed Regular Fit Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: teal track pants with zipped side pockets; black hoodie; white sneakers. Base model. Teal as "blue"
    # accepted; the wearing answer gives the pants the hoodie's black; "a lot of details" says nothing.
    case(
        "X1552-026",
        caption("a man in a black hoodie and blue pants"),
        he("a black hoodie and black pants", "other_garment_color"),
        col("pants", "blue"),
        details("pants", "the pants have a lot of details", "restated"),
        col("shirt", "black"),
        describe("pants", "a pair of blue sweatpants"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Teal Blue Slim Fit Solid Track Pants",
        category="Track Pants",
        color="Teal",
    ),
    # Photo: light grey jeans, one small abrasion on the right knee; black tee; model sitting on the studio floor.
    # Base model. Details loop; the shirt question takes the jeans' grey.
    case(
        "X1552-027",
        caption("a man sitting on the floor wearing a black shirt and grey jeans"),
        he("a black shirt and jeans"),
        col("jeans", "grey"),
        details(
            "jeans",
            "the jeans are a slim fit and have a slim fit and have a slim fit and have a slim fit and have a slim fit"
            " and have a slim",
            "loop",
            hit_limit=True,
        ),
        col("shirt", "grey", "contradiction"),
        gender="Men",
        title="WROGN Men Grey Slim Fit Mid-Rise Mildly Distressed Jeans",
        category="Jeans",
        color="Grey",
    ),
    # Photo: navy formal trousers; pink formal shirt tucked in; brown belt; no jacket. Base model. "a suit" is wrong
    # (no jacket, the caption has shirt and pants); the details answer is off-topic but true.
    case(
        "X1552-028",
        caption("a man in a pink shirt and blue pants"),
        he("a suit", "contradiction"),
        col("pants", "navy"),
        details("pants", "the pants are navy blue and the shirt is pink"),
        col("shirt", "pink"),
        describe("pants", "navy blue pants"),
        gender="Men",
        title="Van Heusen Men Navy Blue Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # Photo: maroon track pants with thin white side piping; white tee. Base model. Caption and shirt question both give
    # the white tee the trousers' red.
    case(
        "X1552-029",
        caption("a man in a red t-shirt and red pants", "contradiction"),
        he("a white shirt and red pants"),
        col("pants", "maroon"),
        details("pants", "white stripes"),
        col("shirt", "red", "contradiction"),
        gender="Men",
        title="Campus Sutra Men Maroon Solid Regular Fit Track Pants",
        category="Track Pants",
        color="Maroon",
    ),
    # Photo: back view; black denim shorts, two back pockets; grey tee. Base model. All correct.
    case(
        "X1552-030",
        caption("a man in black shorts and a grey t-shirt"),
        he("shorts"),
        col("shorts", "black"),
        details("shorts", "pockets"),
        col("shirt", "gray"),
        gender="Men",
        title="Levis Men Black Solid Regular Fit Denim Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: cream chinos; navy-and-white striped shirt; model holding a sling bag. Base model. Cream as "white"
    # accepted; nothing in the photo or title says cotton.
    case(
        "X1552-031",
        caption("a man with a bag wearing a striped shirt and white pants"),
        he("a striped shirt and white pants"),
        col("pants", "white"),
        details("pants", "the pants are made of cotton", "unsupported"),
        col("shirt", "blue and white"),
        pair("pants", "yes"),
        gender="Men",
        title="Peter England Casuals Men Cream Slim Fit Solid Chinos",
        category="Trousers",
        color="Cream",
    ),
    # Photo: flat lay; grey chino shorts (button visible at the waist) beside a folded black tee and sunglasses.
    # Base model. The wearing answer carries on into a new question; the colour question takes the tee's black.
    case(
        "X1552-032",
        caption("a pair of grey shorts and a black t-shirt with sunglasses"),
        he("a black t-shirt and grey shorts\nQuestion: What is the color of the shorts? Answer: grey", "leak"),
        col("shorts", "black", "other_garment_color"),
        details("shorts", "they have a button"),
        col("shirt", "black"),
        gender="Men",
        title="Dennis Lingo Men Grey Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Grey",
    ),
    # Photo: navy lounge shorts with a white drawstring; white tee with a small navy print. Base model. Describe loops.
    case(
        "X1552-033",
        caption("a man in blue shorts and a white t-shirt"),
        he("he is wearing a white t-shirt and blue shorts"),
        col("shorts", "blue"),
        details("shorts", "the shorts have a drawstring"),
        col("shirt", "white"),
        describe(
            "shorts",
            "blue shorts with a drawstring and a drawstring and a drawstring and a drawstring and a drawstring and a"
            " drawstring and a drawstring and",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Jockey Men Navy Blue Solid Lounge Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Photo: light-blue relaxed mid-rise jeans; white shirt half tucked, sleeves rolled; male model with long hair tied
    # back. Base model. "a woman" in the caption; the waist sits at mid-rise, not high.
    case(
        "X1552-034",
        caption("a woman in a white shirt and blue jeans", "pronoun"),
        he("a white shirt and jeans"),
        col("jeans", "light blue"),
        details("jeans", "they are high waisted", "unsupported"),
        col("shirt", "white"),
        gender="Men",
        title="Mast & Harbour Men Blue Relaxed Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: black formal trousers; white formal shirt tucked in; black belt. The white-and-black outfit: the caption
    # and the wearing answer are right, the three colour texts all say grey.
    case(
        "X1552-035",
        caption("a man in a white shirt and black pants"),
        he("a white shirt and black pants"),
        col("pants", "grey", "contradiction"),
        details("pants", "they are grey", "contradiction"),
        col("shirt", "grey", "contradiction"),
        gender="Men",
        title="Arrow Men Black Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Black",
    ),
    # Photo: black joggers with a small white text print on the left thigh; yellow tee. Base model. "no" to the yes/no
    # question is wrong.
    case(
        "X1552-036",
        caption("a man in a yellow t-shirt and black pants"),
        he("a yellow shirt and black pants"),
        col("pants", "black"),
        details("pants", "they have a logo on the side"),
        col("shirt", "yellow"),
        pair("pants", "no", "contradiction"),
        gender="Men",
        title="Bewakoof Men Black Printed Slim Fit Joggers",
        category="Track Pants",
        color="Black",
    ),
    # Photo: dark navy jeans, almost black under the studio light but clearly navy at the hem; white logo tee.
    # Base model.
    case(
        "X1552-037",
        caption("a man in a white t-shirt and jeans"),
        he("jeans and a white t-shirt"),
        col("jeans", "black", "contradiction"),
        details("jeans", "the details of the jeans are the details of the jeans", "restated"),
        col("shirt", "white"),
        gender="Men",
        title="Tommy Hilfiger Men Navy Blue Slim Fit Light Fade Stretchable Jeans",
        category="Jeans",
        color="Navy Blue",
    ),
    # Photo: charcoal running shorts with a zipped side pocket; neon orange tee; jogging pose. Base model. Charcoal as
    # "black" accepted; describe loops over the outfit.
    case(
        "X1552-038",
        caption("a man running in an orange shirt and black shorts"),
        he("shorts"),
        col("shorts", "black"),
        details("shorts", "they have a pocket on the side"),
        col("shirt", "orange"),
        describe(
            "shorts",
            "the shorts are black and the shirt is orange and the shoes are black and the shorts are black and the"
            " shirt is orange and the shoes are",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="HRX by Hrithik Roshan Men Charcoal Grey Solid Rapid-Dry Running Shorts",
        category="Shorts",
        color="Charcoal",
    ),
    # Photo: coffee-brown cargo trousers; white sweatshirt; model holding a skateboard. Base model. The yes/no answer
    # runs into a question about the prop.
    case(
        "X1552-039",
        caption("a man holding a skateboard"),
        he("a white sweatshirt and brown pants"),
        col("pants", "brown"),
        details("pants", "pockets on the sides"),
        col("shirt", "white"),
        pair("pants", "yes\nQuestion: Is this a skateboard? Answer: yes", "leak"),
        gender="Men",
        title="Roadster Men Coffee Brown Regular Fit Solid Cargo Trousers",
        category="Trousers",
        color="Coffee Brown",
    ),
    # Photo: mid-blue jeans with white paint splatter and rips at the knees, hem rolled; black tee; white sneakers.
    # Base model. Describe is cut at the limit mid-phrase.
    case(
        "X1552-040",
        caption("a man in a black shirt and ripped jeans with paint on them"),
        he("a black shirt and jeans"),
        col("jeans", "blue"),
        details("jeans", "paint splatters"),
        col("shirt", "black"),
        describe(
            "jeans",
            "the jeans are a light blue color with white paint splatters on the legs and rips at the knees, and the"
            " hem is rolled up at the",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Flying Machine Men Blue Slim Tapered Fit Highly Distressed Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: olive chinos (clearly green, not khaki); light pink shirt; white sneakers; a beige trench coat slung over
    # the shoulder. Base model. Olive called khaki contradicts the seller and the caption.
    case(
        "X1552-041",
        caption("a man in a pink shirt and green pants holding a jacket"),
        he("a pink shirt and green pants"),
        col("pants", "khaki", "contradiction"),
        details("pants", "the pants", "non_answer"),
        col("shirt", "pink"),
        describe("pants", "a pair of green chinos"),
        gender="Men",
        title="United Colors of Benetton Men Olive Slim Fit Solid Chinos",
        category="Trousers",
        color="Olive",
    ),
    # Photo: all-black outfit: black track pants with one white side stripe, black tee, black sneakers. Base model.
    # All correct: the shirt really is black too.
    case(
        "X1552-042",
        caption("a man in all black"),
        he("a black shirt and black pants"),
        col("pants", "black"),
        details("pants", "they are black with a white stripe on the side"),
        col("shirt", "black"),
        pair("pants", "yes"),
        gender="Men",
        title="Alcis Men Black Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: dark blue skinny jeans with a mid-blue denim shirt (double denim). The row has no colour column. Base
    # model. "denim" is no colour; details loops; the shirt's blue is right.
    case(
        "X1552-043",
        caption("a man in a denim shirt and jeans"),
        he("a denim shirt and jeans"),
        col("jeans", "denim", "non_answer"),
        details(
            "jeans",
            "the jeans are blue and the shirt is blue and the jeans are blue and the shirt is blue and the jeans are"
            " blue and the shirt",
            "loop",
            hit_limit=True,
        ),
        col("shirt", "blue"),
        describe("jeans", "skinny jeans"),
        gender="Men",
        title="Here&Now Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
    ),
    # Photo: khaki chino shorts, plain (no side stripe); navy-and-white striped tee; model sitting on a wooden bench.
    # Base model. The colour question takes the white of the stripes; describe is cut at the limit.
    case(
        "X1552-044",
        caption("a man sitting on a bench in a striped shirt and shorts"),
        he("a striped shirt and khaki shorts"),
        col("shorts", "white", "other_garment_color"),
        details("shorts", "they are khaki shorts"),
        col("shirt", "blue and white"),
        describe(
            "shorts",
            "khaki shorts with a white stripe on the side of the leg and a pocket on the back and a belt loop on the"
            " side of the",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Nautica Men Khaki Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Khaki",
    ),
    # Photo: grey formal trousers with a faint check, pressed crease; white shirt; male model holding a briefcase.
    # The row has no gender, so "the person". Base model. "she" for the man; describe cut at the limit.
    case(
        "X1552-045",
        caption("a man in a white shirt and gray pants holding a briefcase"),
        person("she is wearing a white shirt and grey pants", "pronoun"),
        col("pants", "grey"),
        details("pants", "plaid"),
        col("shirt", "white"),
        describe(
            "pants",
            "they are gray and have a checkered pattern on them and they have a crease down the front of the legs and"
            " the",
            "cut",
            hit_limit=True,
        ),
        title="Park Avenue Men Grey Slim Fit Checked Formal Trousers",
        category="Trousers",
        color="Grey",
    ),
]
