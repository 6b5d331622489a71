"""BLIND_1288 (45 products; Myntra men's jeans, trousers, track pants and shorts, base model zero-shot): written blind
in the sixty-third session. Measured blind at 5ce7a6b (the session's first rules): 37/52 failures found (71.2%) and
21/189 correct texts flagged (11.1%). The writer's notes, verbatim:

Scenario: a Myntra men's bottomwear feed (articleType Jeans, Trousers, Track Pants, Shorts), most products shot on a
model with a top (t-shirt, shirt, polo, hoodie, sweater, jacket), mostly front views on a plain grey or white
backdrop, a few back views, three flat lays with no person and no top, and a few props (water bottle, stool, phone in
a back pocket, blazer over the shoulder, cap, sunglasses hooked on a tee). Catalog columns as Myntra exports them:
title, category (articleType), color (baseColour), gender; one product lacks the color column, one the category
column, two the gender; one feed row carries a wrong baseColour (X1288-044: "Black" for blue jeans).
Who wrote what: every text is the untuned base model, Salesforce/blip2-opt-2.7b, zero-shot, no adapter, greedy
decoding. The caption is generated from the image alone (empty prompt, 50 new tokens at most); every answer comes
from the experiments' prompt "Question: <question> Answer:" (30 new tokens at most), the generation stopping on the
newline. The questionnaire is the experiments' own: "What is he wearing?", "What is the color of the jeans / pants /
shorts?" (track pants and trousers asked as "pants"), "What is the color of the shirt?" or "What is the shirt color?",
"What are the jeans / pants / shorts details?", and for some products "Describe the shirt." (asked whatever the top
is). Colors are free generation, stored as open answers. Because the base model stops on the newline, loops, cuts
and prompt leaks are rarer here than with the adapters; most failures are colors (the top's color given to the
bottom, navy or charcoal called black), invented details, and the "details" question answered with nothing. About
one text in five is wrong, fewer than with the adapters: the base model answers short questions well, and most of
its colors and tops are right.
Labeling conventions and judgement calls: judged against the imagined photo first, then the title. Near colors
count as right: navy -> "blue", charcoal -> "grey", khaki or beige -> "khaki"/"beige"/"tan", olive -> "green",
cream -> "white", maroon -> "red", teal -> "green". Navy or charcoal answered "black" is marked contradiction when
the photo clearly shows the lighter color. The top's (or another worn item's) color given to the product is
other_garment_color; the product's color given to the top is also other_garment_color. A trim or print color given
as the product's color is contradiction. On flat lays, "What is he wearing?" answered with the product is correct,
and any color for the absent shirt (background, floor, the product itself) is unsupported. "What is the color of
the shirt?" answered with the color of a jacket worn over the shirt is accepted (both are the top the model sees). A
details answer that only gives a correct color or the fit is correct (thin, but true); one that gives back only the
garment word ("shorts", "they are pants") is non_answer; one that gives back the question's own words is restated.
Details not visible in the photo (pleats on flat-front trousers, pockets on pocketless running shorts, a chest
pocket, a v-neck on a crew neck) are unsupported; a prop given as a product detail is unsupported. An accessory or a
brand answered to "What is he wearing?" is contradiction / non_answer respectively. "she" or "a woman" for the male
model is pronoun, whether in the caption or an answer. Texts that ran to the 30- or 50-token limit carry
hit_limit=True; when such a text also invents a detail or repeats itself, it is labeled by what ends it (cut, loop);
one that runs on into "Question: ... Answer:" is leak, whatever its length.
"""

from tests.audit_corpus import caption, case, color_of, describe, details, question, wearing

shirt_color = question("shirt_color", "What is the shirt color?", "open")


def he(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="he", hit_limit=hit_limit)


def col(garment, text, failure=None, hit_limit=False):
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1288 = [
    # Photo: front view, grey backdrop; mid-blue skinny jeans, plain white crew-neck t-shirt, white sneakers.
    # All texts: base BLIP-2 OPT-2.7b zero-shot.
    case(
        "X1288-001",
        caption("a man in blue jeans and a white t-shirt"),
        he("jeans and a white t-shirt"),
        col("jeans", "blue"),
        col("shirt", "white"),
        details("jeans", "skinny"),
        gender="Men",
        title="Roadster Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: front view; faded black jeans with whiskering and light abrasion at the thighs (no tears, no holes),
    # grey marl henley. Base model zero-shot. The jeans color takes the henley's grey; "ripped" is not in the photo.
    case(
        "X1288-002",
        caption("a man in black jeans and a grey shirt"),
        he("a grey shirt and black jeans"),
        col("jeans", "grey", "other_garment_color"),
        col("shirt", "grey"),
        details("jeans", "they are ripped at the knees", "unsupported"),
        gender="Men",
        title="WROGN Men Black Slim Fit Mildly Distressed Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # Photo: navy slim trousers, light blue oxford shirt tucked in (no chest pocket), brown belt, brown loafers.
    # Base model zero-shot. The pocket on the shirt is invented.
    case(
        "X1288-003",
        caption("a man in a blue shirt and navy pants"),
        he("a blue shirt and blue pants"),
        col("pants", "navy"),
        col("shirt", "light blue"),
        details("pants", "they are slim fit"),
        describe("shirt", "a light blue button down shirt with a pocket", "unsupported"),
        gender="Men",
        title="Mast & Harbour Men Navy Blue Slim Fit Solid Regular Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # Photo: black track pants with a small white HRX logo on the left thigh and elastic cuffs, black t-shirt with
    # a small white chest logo, white sneakers; running pose. Base model zero-shot.
    case(
        "X1288-004",
        caption("a man in black sweatpants and a black t-shirt"),
        he("black sweatpants"),
        col("pants", "black"),
        col("shirt", "black"),
        details("pants", "a white logo"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: grey heathered sports shorts, navy t-shirt with a white Puma cat print, black running shoes, holding a
    # water bottle. Base model zero-shot. The details answer gives only the garment back.
    case(
        "X1288-005",
        caption("a man in grey shorts and a blue t-shirt holding a water bottle"),
        he("shorts and a t-shirt"),
        col("shorts", "grey"),
        col("shirt", "navy blue"),
        details("shorts", "they are shorts", "non_answer"),
        describe("shirt", "a blue t-shirt with a puma logo"),
        gender="Men",
        title="Puma Men Grey Melange Solid Regular Fit Sports Shorts",
        category="Shorts",
        color="Grey Melange",
    ),
    # Photo: back view; light-fade blue jeans, leather patch and red tab on the back pocket visible, black crew-neck
    # t-shirt. Base model zero-shot.
    case(
        "X1288-006",
        caption("the back of a man in jeans"),
        he("jeans"),
        col("jeans", "blue"),
        col("shirt", "black"),
        details("jeans", "the back pockets have a red tag"),
        describe("shirt", "a black shirt"),
        gender="Men",
        title="Levis Men 511 Slim Fit Mid-Rise Light Fade Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: charcoal grey heavy-fade jeans, light blue denim jacket open over a white graphic t-shirt. Base model
    # zero-shot. The jeans color is the denim jacket's blue.
    case(
        "X1288-007",
        caption("a man in a denim jacket and grey jeans"),
        he("a denim jacket and jeans"),
        col("jeans", "blue", "other_garment_color"),
        col("shirt", "white"),
        details("jeans", "the jeans are faded"),
        describe("shirt", "a white t-shirt with a graphic on it"),
        gender="Men",
        title="Flying Machine Men Charcoal Grey Slim Fit Heavy Fade Stretchable Jeans",
        category="Jeans",
        color="Grey",
    ),
    # Photo: beige chinos, navy pique polo worn out, with a small tone-on-tone navy embroidered logo, white sneakers.
    # Base model zero-shot. The logo is navy on navy, not white.
    case(
        "X1288-008",
        caption("a man in a blue polo shirt and khaki pants"),
        he("a blue polo shirt and khaki pants"),
        col("pants", "khaki"),
        shirt_color("blue"),
        details("pants", "they are chinos"),
        describe("shirt", "a navy blue polo shirt with a white logo", "unsupported"),
        gender="Men",
        title="Allen Solly Men Beige Slim Fit Solid Chinos",
        category="Trousers",
        color="Beige",
    ),
    # Photo: blue highly distressed jeans with torn knees, black leather jacket over a grey crew-neck t-shirt,
    # chelsea boots. Base model zero-shot. "black" for the shirt is the jacket (accepted); "white" is wrong.
    case(
        "X1288-009",
        caption("a man in a leather jacket and ripped jeans"),
        he("a black leather jacket and ripped jeans"),
        col("jeans", "blue"),
        col("shirt", "white", "contradiction"),
        details("jeans", "ripped"),
        describe("shirt", "a black leather jacket"),
        gender="Men",
        title="Jack & Jones Men Blue Slim Fit Low-Rise Highly Distressed Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: olive cargo trousers with flap pockets on the thighs, plain white crew-neck t-shirt, tan boots. Base
    # model zero-shot. The v-neck is invented.
    case(
        "X1288-010",
        caption("a man in green cargo pants and a white t-shirt"),
        he("cargo pants"),
        col("pants", "green"),
        shirt_color("white"),
        details("pants", "they have pockets on the side"),
        describe("shirt", "a white t-shirt with a v-neck", "unsupported"),
        gender="Men",
        title="Urbano Fashion Men Olive Green Slim Fit Solid Cargo Trousers",
        category="Trousers",
        color="Olive",
    ),
    # Photo: model with shoulder-length hair tied back, light stubble; white shirt, black skinny jeans. Base model
    # zero-shot: it takes him for a woman in the caption and in the shirt description.
    case(
        "X1288-011",
        caption("a woman in a white shirt and black jeans", "pronoun"),
        he("a white shirt and black jeans"),
        col("jeans", "black"),
        details("jeans", "black skinny jeans"),
        describe("shirt", "she is wearing a white shirt", "pronoun"),
        gender="Men",
        title="SPYKAR Men Black Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # Photo: navy track pants with a red-and-white side tape, white t-shirt, jogging pose. Base model zero-shot.
    # The pants color answer gives the tape's red.
    case(
        "X1288-012",
        caption("a man in blue track pants and a white t-shirt"),
        he("track pants"),
        col("pants", "red", "contradiction"),
        details("pants", "red and white stripes on the side"),
        shirt_color("white"),
        gender="Men",
        title="Proline Active Men Navy Blue Solid Track Pants with Contrast Side Tape",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Photo: flat lay, khaki chino shorts alone on a white sweep, button and zip fly visible; no person, no top.
    # Base model zero-shot. The shirt color is the background's.
    case(
        "X1288-013",
        caption("a pair of khaki shorts on a white background"),
        he("shorts"),
        col("shorts", "khaki"),
        details("shorts", "they have a button and zipper"),
        col("shirt", "white", "unsupported"),
        gender="Men",
        title="The Indian Garage Co Men Khaki Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Khaki",
    ),
    # Photo: grey slim trousers, white long-sleeved shirt worn out, black shoes. Base model zero-shot. The shirt
    # color question returns the trousers' grey.
    case(
        "X1288-014",
        caption("a man in a white shirt and grey pants"),
        he("a white shirt and grey pants"),
        col("pants", "grey"),
        col("shirt", "grey", "other_garment_color"),
        details("pants", "slim fit"),
        describe("shirt", "a white shirt with long sleeves"),
        gender="Men",
        title="Peter England Casuals Men Grey Slim Fit Solid Regular Trousers",
        category="Trousers",
        color="Grey",
    ),
    # Photo: black running shorts with a white swoosh, neon green running t-shirt with a white swoosh on the chest,
    # grey backdrop. Base model zero-shot. The shorts color is the t-shirt's.
    case(
        "X1288-015",
        caption("a man in black shorts and a green shirt"),
        he("a green shirt and black shorts"),
        col("shorts", "green", "other_garment_color"),
        details("shorts", "nike logo"),
        describe("shirt", "a neon green nike running shirt"),
        gender="Men",
        title="Nike Men Black Dri-FIT Solid Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: dark blue jeans, red-and-black check flannel shirt, buttoned, brown boots. Base
    # model zero-shot. The details answer rambles to the 30-token limit and is cut.
    case(
        "X1288-016",
        caption("a man in a red plaid shirt and jeans"),
        he("a plaid shirt and jeans"),
        col("jeans", "blue"),
        col("shirt", "red"),
        details(
            "jeans",
            "the jeans are made of denim and have a zipper fly and five pockets. the jeans are also slim fit and have"
            " a button closure. the jeans are",
            "cut",
            hit_limit=True,
        ),
        describe("shirt", "a red and black checkered shirt"),
        gender="Men",
        title="Highlander Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: charcoal grey flat-front formal trousers (clearly grey, not black, against the grey backdrop), pale
    # pink formal shirt tucked in, black belt, navy blazer held over the shoulder. Base model zero-shot. "black" is
    # wrong for the trousers; the pleats are invented.
    case(
        "X1288-017",
        caption("a man in a pink shirt and grey pants holding a jacket"),
        he("a pink shirt and grey pants"),
        col("pants", "black", "contradiction"),
        col("shirt", "pink"),
        details("pants", "pleated", "unsupported"),
        describe("shirt", "a pink dress shirt"),
        gender="Men",
        title="Van Heusen Men Charcoal Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Charcoal",
    ),
    # Photo: grey melange joggers with cuffed hems, black pullover hoodie, white sneakers. Base model zero-shot. The
    # pants color answer did not stop and went on into the next question's format.
    case(
        "X1288-018",
        caption("a man in a black hoodie and grey sweatpants"),
        he("a black hoodie and grey sweatpants"),
        col("pants", "grey Question: What is the color of the shirt? Answer: black", "leak"),
        col("shirt", "black"),
        details("pants", "joggers"),
        gender="Men",
        title="Kappa Men Grey Melange Solid Slim Fit Joggers",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Photo: navy chino shorts, white polo shirt, tan boat shoes, plain sand backdrop. Base model zero-shot. The
    # shorts get the polo's white; the details answer is just the garment word.
    case(
        "X1288-019",
        caption("a man in a white polo shirt and navy shorts"),
        he("a white polo shirt and blue shorts"),
        col("shorts", "white", "other_garment_color"),
        col("shirt", "white"),
        details("shorts", "shorts", "non_answer"),
        gender="Men",
        title="U.S. Polo Assn. Men Navy Blue Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Photo: cream chinos, olive bomber jacket zipped half over a white t-shirt, white sneakers. Base model
    # zero-shot. Cream answered "white" is accepted; "green" for the shirt is the jacket (accepted).
    case(
        "X1288-020",
        caption("a man in a green jacket and white pants"),
        he("a green jacket and white pants"),
        col("pants", "white"),
        col("shirt", "green"),
        details("pants", "the pants are white"),
        describe("shirt", "a green bomber jacket"),
        gender="Men",
        title="Mufti Men Cream-Coloured Slim Fit Solid Chinos",
        category="Trousers",
        color="Cream",
    ),
    # Photo: black track pants with a white drawstring hanging at the waist, grey melange t-shirt tucked up so the
    # waistband shows. Base model zero-shot. The details answer loops to the limit.
    case(
        "X1288-021",
        caption("a man in black track pants and a grey t-shirt"),
        he("a grey t-shirt and black track pants"),
        col("pants", "black"),
        details(
            "pants",
            "the pants have a drawstring waist and a drawstring waist and a drawstring waist and a drawstring waist"
            " and a drawstring waist and a",
            "loop",
            hit_limit=True,
        ),
        shirt_color("grey"),
        gender="Men",
        title="Roadster Men Black Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: blue denim shorts with rolled hems, black t-shirt with a white chest print, sunglasses hooked on the
    # neckline (not worn). Base model zero-shot. "What is he wearing?" answered with the accessory.
    case(
        "X1288-022",
        caption("a man in denim shorts and a black t-shirt"),
        he("sunglasses", "contradiction"),
        col("shorts", "blue"),
        details("shorts", "they are rolled up"),
        describe("shirt", "a black t-shirt with a white print"),
        gender="Men",
        title="Pepe Jeans Men Blue Regular Fit Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: light grey jeans, navy crew-neck sweatshirt, white sneakers. Base model zero-shot, with one grey for
    # everything: the caption and the shirt color give the sweatshirt the jeans' grey.
    case(
        "X1288-023",
        caption("a man in a grey sweatshirt and grey jeans", "other_garment_color"),
        he("a sweatshirt and jeans"),
        col("jeans", "grey"),
        col("shirt", "grey", "other_garment_color"),
        details("jeans", "slim fit"),
        gender="Men",
        title="Locomotive Men Grey Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Grey",
    ),
    # Photo: plain teal track pants with zip side pockets (no stripes, no tape), white t-shirt, grey backdrop. Base
    # model zero-shot. Teal answered "green" is accepted; the stripes are invented.
    case(
        "X1288-024",
        caption("a man in green sweatpants and a white shirt"),
        he("white t-shirt and green pants"),
        col("pants", "green"),
        details("pants", "white stripes", "unsupported"),
        shirt_color("white"),
        gender="Men",
        title="Sports52 wear Men Teal Solid Track Pants",
        category="Track Pants",
        color="Teal",
    ),
    # Photo: flat lay, folded mid-blue jeans on a light wooden floor; no person, no top. No gender column in the
    # feed row. Base model zero-shot. The shirt color is the floor's.
    case(
        "X1288-025",
        caption("a pair of blue jeans on a wooden floor"),
        he("jeans"),
        col("jeans", "blue"),
        details("jeans", "the jeans are folded"),
        col("shirt", "brown", "unsupported"),
        title="Killer Men Blue Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: model with long hair to the shoulders, beard; black shorts with a visible white drawstring, white tank
    # top. Base model zero-shot. The wearing answer says "she".
    case(
        "X1288-026",
        caption("a man in black shorts and a white tank top"),
        he("she is wearing a white tank top and black shorts", "pronoun"),
        col("shorts", "black"),
        details("shorts", "drawstring"),
        describe("shirt", "white tank top"),
        gender="Men",
        title="HERE&NOW Men Black Solid Regular Fit Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: model seated on a wooden stool; mid-blue clean-look regular jeans (no holes), mustard-yellow t-shirt,
    # brown boots. Base model zero-shot. The hole in the knee is invented.
    case(
        "X1288-027",
        caption("a man sitting on a stool wearing jeans and a yellow shirt"),
        he("jeans and a yellow shirt"),
        col("jeans", "blue"),
        col("shirt", "yellow"),
        details("jeans", "they have a hole in the knee", "unsupported"),
        describe("shirt", "a yellow shirt"),
        gender="Men",
        title="Wrangler Men Blue Regular Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: khaki slim chinos, black crew-neck t-shirt, white sneakers. Base model zero-shot. The pants get the
    # t-shirt's black; the details answer is cut at the limit.
    case(
        "X1288-028",
        caption("a man in a black shirt and khaki pants"),
        he("black shirt and khaki pants"),
        col("pants", "black", "other_garment_color"),
        col("shirt", "black"),
        details(
            "pants",
            "the pants are khaki colored and have a slim fit. the pants are made of cotton and have a zipper fly and"
            " button closure. the pants are",
            "cut",
            hit_limit=True,
        ),
        describe("shirt", "a black t-shirt"),
        gender="Men",
        title="Arrow Sport Men Khaki Slim Fit Solid Chinos",
        category="Trousers",
        color="Khaki",
    ),
    # Photo: grey melange track pants, black polo shirt, black sneakers. Base model zero-shot. The details answer
    # gives the question's words back.
    case(
        "X1288-029",
        caption("a man in grey sweatpants and a black polo shirt"),
        he("grey sweatpants"),
        col("pants", "grey"),
        details("pants", "pants details", "restated"),
        col("shirt", "black"),
        gender="Men",
        title="Dollar Men Grey Melange Solid Regular Fit Track Pants",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Photo: back view; black skinny jeans with a phone sticking out of the right back pocket, white t-shirt. Base
    # model zero-shot. The phone is a prop, given as a detail of the jeans.
    case(
        "X1288-030",
        caption("a man in black jeans with a cell phone in his back pocket"),
        he("black jeans and a white t-shirt"),
        col("jeans", "black"),
        details("jeans", "cell phone", "unsupported"),
        shirt_color("white"),
        gender="Men",
        title="Calvin Klein Jeans Men Black Skinny Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Black",
    ),
    # Photo: denim on denim: mid-blue jeans, light chambray shirt buttoned up. Base model zero-shot. The wearing
    # answer loops to the limit.
    case(
        "X1288-031",
        caption("a man in a denim shirt and jeans"),
        he(
            "a blue shirt and blue jeans and a blue shirt and blue jeans and a blue shirt and blue jeans and a blue"
            " shirt and blue",
            "loop",
            hit_limit=True,
        ),
        col("jeans", "blue"),
        col("shirt", "blue"),
        details("jeans", "denim"),
        gender="Men",
        title="Mast & Harbour Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: navy shorts with a white palm-leaf print, white linen shirt open at the neck. Base model zero-shot.
    # Judgement call: the print has some white, but the shorts read navy; "white" is taken as the shirt's color.
    case(
        "X1288-032",
        caption("a man in a white shirt and floral shorts"),
        he("a white shirt and shorts"),
        col("shorts", "white", "other_garment_color"),
        details("shorts", "palm trees"),
        describe("shirt", "a white button up shirt"),
        gender="Men",
        title="Campus Sutra Men Navy Blue & White Tropical Printed Regular Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Photo: navy formal trousers (a mid navy under studio light), white formal shirt, burgundy tie, black shoes.
    # Base model zero-shot: navy called black in the caption and the color answer; details give the garment back.
    case(
        "X1288-033",
        caption("a man in a white shirt and black pants", "contradiction"),
        he("a shirt and tie"),
        col("pants", "black", "contradiction"),
        col("shirt", "white"),
        details("pants", "they are pants", "non_answer"),
        describe("shirt", "a white shirt with a red tie"),
        gender="Men",
        title="Blackberrys Men Navy Blue Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # Photo: black track pants with white three stripes down the sides, black Adidas t-shirt with a white logo.
    # Base model zero-shot. "adidas" says the brand and not what he wears; the details answer runs on through two
    # invented question-answer pairs to the limit.
    case(
        "X1288-034",
        caption("a man in black adidas track pants"),
        he("adidas", "non_answer"),
        col("pants", "black"),
        details(
            "pants",
            "three stripes on the side Question: What is the color of the shirt? Answer: black Question: What are the"
            " shirt details? Answer:",
            "leak",
            hit_limit=True,
        ),
        col("shirt", "black"),
        gender="Men",
        title="ADIDAS Men Black 3-Stripes Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: navy lounge shorts with an elastic waistband, grey melange t-shirt, barefoot. Base model zero-shot. The
    # shirt color answer goes on into a question of its own.
    case(
        "X1288-035",
        caption("a man in blue shorts and a grey t-shirt"),
        he("shorts"),
        col("shorts", "blue"),
        details("shorts", "elastic waistband"),
        describe("shirt", "grey t-shirt"),
        shirt_color("grey Question: What is he wearing? Answer: a grey t-shirt and blue shorts", "leak"),
        gender="Men",
        title="Jockey Men Navy Blue Solid Lounge Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Photo: mid-blue jeans with faded knees, white t-shirt with a large black "BEING HUMAN" print. The feed row has
    # no color column. Base model zero-shot. The t-shirt's print given as a detail of the jeans.
    case(
        "X1288-036",
        caption("a man in a white t-shirt and jeans"),
        he("a white t-shirt and jeans"),
        col("jeans", "blue"),
        details("jeans", "being human", "unsupported"),
        describe("shirt", "a white t-shirt with being human written on it"),
        gender="Men",
        title="Being Human Men Blue Slim Fit Mid-Rise Mildly Distressed Jeans",
        category="Jeans",
    ),
    # Photo: brown slim trousers, beige textured crew-neck sweater, white sneakers. Base model zero-shot. The pants
    # get the sweater's beige; the details answer is cut at the limit.
    case(
        "X1288-037",
        caption("a man in a beige sweater and brown pants"),
        he("a sweater and pants"),
        col("pants", "beige", "other_garment_color"),
        col("shirt", "beige"),
        details(
            "pants",
            "the pants are brown and have a slim fit. they are made of a soft cotton fabric and have a button and zip"
            " closure. they are also",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Parx Men Brown Slim Fit Solid Regular Trousers",
        category="Trousers",
        color="Brown",
    ),
    # Photo: model with long hair loose; mid-blue slim jeans, black shirt. Base model zero-shot. The details answer
    # says "she" and nothing about the jeans.
    case(
        "X1288-038",
        caption("a man in a black shirt and blue jeans"),
        he("black shirt and jeans"),
        col("jeans", "blue"),
        col("shirt", "black"),
        details("jeans", "she is wearing jeans", "pronoun"),
        gender="Men",
        title="Moda Rapido Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: flat lay, black track pants alone on a white sweep, white drawstring laid out; no person, no top. Base
    # model zero-shot. The absent shirt is given the pants' black.
    case(
        "X1288-039",
        caption("a pair of black sweatpants on a white background"),
        he("sweatpants"),
        col("pants", "black"),
        details("pants", "drawstring"),
        col("shirt", "black", "unsupported"),
        gender="Men",
        title="Hubberholme Men Black Solid Regular Fit Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: mid-blue slim jeans, maroon pullover hoodie, white sneakers. Base model zero-shot. Maroon answered "red"
    # is accepted for the hoodie; the jeans get it too.
    case(
        "X1288-040",
        caption("a man in a red hoodie and jeans"),
        he("a red hoodie and jeans"),
        col("jeans", "red", "other_garment_color"),
        col("shirt", "red"),
        details("jeans", "slim fit"),
        gender="Men",
        title="Bene Kleed Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: olive cargo shorts with side flap pockets, black t-shirt, black baseball cap. No category column. Base
    # model zero-shot. "it's a shirt" says nothing of the shirt.
    case(
        "X1288-041",
        caption("a man wearing a black shirt and green shorts and a hat"),
        he("a black t-shirt, green shorts and a black hat"),
        col("shorts", "green"),
        details("shorts", "cargo pockets"),
        describe("shirt", "it's a shirt", "non_answer"),
        gender="Men",
        title="Breakbounce Men Olive Green Solid Cargo Shorts",
        color="Olive",
    ),
    # Photo: beige chinos with belt loops and no belt, blue-and-white gingham shirt tucked in, brown shoes. Base
    # model zero-shot.
    case(
        "X1288-042",
        caption("a man in a blue checkered shirt and khaki pants"),
        he("a plaid shirt and khaki pants"),
        col("pants", "beige"),
        col("shirt", "blue and white"),
        details("pants", "the pants have belt loops"),
        describe("shirt", "blue and white checkered shirt"),
        gender="Men",
        title="Nautica Men Beige Slim Fit Solid Chinos",
        category="Trousers",
        color="Beige",
    ),
    # Photo: navy track pants with a small white Puma logo on the thigh, black crew-neck t-shirt with a white Puma
    # logo on the chest. Base model zero-shot. The pants get the t-shirt's black, in the caption too; the shirt
    # description is cut.
    case(
        "X1288-043",
        caption("a man in black sweatpants and a black t-shirt", "other_garment_color"),
        he("a black t-shirt and blue sweatpants"),
        col("pants", "black", "other_garment_color"),
        describe(
            "shirt",
            "the shirt is a black t-shirt with a white logo on the chest. the shirt is made of cotton and has a round"
            " neck. it has short sleeves and is",
            "cut",
            hit_limit=True,
        ),
        details("pants", "puma logo"),
        gender="Men",
        title="Puma Men Navy Blue Solid Regular Fit Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Photo: mid-blue tapered jeans, mustard-yellow crew-neck sweater, tan boots. The feed row's baseColour says
    # "Black" although the title and the photo are blue: a seller error. No gender column. Base model zero-shot; its
    # "blue" is right.
    case(
        "X1288-044",
        caption("a man in a yellow sweater and blue jeans"),
        he("a yellow sweater and jeans"),
        col("jeans", "blue"),
        col("shirt", "yellow"),
        details("jeans", "tapered"),
        title="Levis Men Blue 502 Regular Taper Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Black",
    ),
    # Photo: black running shorts with a small reflective HRX logo and no outside pockets, orange tank top, mid-run
    # pose. Base model zero-shot. The shorts get the tank's orange; the pockets are invented.
    case(
        "X1288-045",
        caption("a man in black shorts and an orange tank top running"),
        he("an orange tank top and black shorts"),
        col("shorts", "orange", "other_garment_color"),
        details("shorts", "they have pockets", "unsupported"),
        shirt_color("orange"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Rapid-Dry Solid Running Shorts",
        category="Shorts",
        color="Black",
    ),
]
