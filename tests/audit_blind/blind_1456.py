"""BLIND_1456 (46 products; Myntra men's bottoms, base BLIP-2 zero-shot): written blind in the sixty-fifth session.
Measured blind at 81d2e84 (the session's second rules): 46/66 failures found (69.7%) and 5/184 correct texts flagged
(2.7%). The writer's notes, verbatim:

Scenario: a Myntra men's feed of jeans, trousers, track pants and shorts (article types Jeans, Trousers, Track Pants,
Shorts, Lounge Shorts), each shot the catalog's usual way: a male model on a plain white or light grey backdrop
wearing the product with a top and shoes, now and then a flat lay, a back view, a seated pose or a prop (stool,
dumbbell, backpack, potted plant, sunglasses). Catalog columns are the feed's own: title, category (Myntra's
articleType), color (Myntra's baseColour) and gender; a few rows miss one of them, as the feed does.
Who wrote what: every text comes from the untuned base model, Salesforce/blip2-opt-2.7b (8-bit), zero-shot, greedy:
the caption from the image with no prompt (50 new tokens at most), the answers from "Question: ... Answer:" prompts
(30 new tokens at most) with the experiments' questionnaire: "What is he wearing?", "What is the color of the
jeans/pants/shorts?", "What are the jeans/pants/shorts details?", "What is the shirt color?", "Describe the shirt."
Color questions are free generation, stored open. The base model mostly stops on its own (newline) after a short
answer, so loops, cut answers and leaks are rare here; its usual faults are one color for two garments (navy or
charcoal read as black, the top's color given to the bottoms), a details answer that only names the garment or its
color, and invented details (rips, pleats, a tie, a suit, a v-neck).
Labeling conventions and judgement calls: judged by the photo I imagined and the title. Near shades are correct
(olive -> green, cream -> white, navy -> blue, teal -> teal/green, light-blue -> blue, a striped top named by one of
its stripe colors); navy or charcoal called black is wrong (contradiction), because the photo shows blue or grey and
the seller says so. A details answer that gives only the garment ("they are shorts") or only its color ("black") is a
non_answer; one that names a true fit, print, wash, pocket or closure ("they are chinos", "they have a drawstring")
is correct. The top's color given to the product is other_garment_color; the product's color given to the shirt is a
contradiction. A belt, a suit, a tie, a back pocket not in view, a rip on a clean-look pair are unsupported. "What
is he wearing?" answered "jeans" for a flat lay is correct. A caption calling a long-haired man a woman is pronoun.
The texts that ran to the token limit are marked hit_limit and labeled by what went wrong first (loop or cut).
"""

from tests.audit_corpus import caption, case, color_of, describe, details, question, wearing

shirt_color = question("shirt_color", "What is the shirt color?", "open")


def he(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="he", hit_limit=hit_limit)


def col(garment, text, failure=None, hit_limit=False):
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1456 = [
    # Photo: model on white, mid-blue clean-look slim jeans, plain white crew-neck tee, white sneakers; front view.
    # Base zero-shot wrote every text.
    case(
        "X1456-001",
        caption("a man in a white t-shirt and blue jeans standing in front of a white background"),
        he("a white t-shirt and jeans"),
        col("jeans", "blue"),
        details("jeans", "blue jeans", "non_answer"),
        describe("shirt", "a white t-shirt with a v-neck", "unsupported"),
        shirt_color("white"),
        gender="Men",
        title="Roadster Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: black skinny jeans with abrasions and two small rips at the thighs, grey melange tee, black chelsea
    # boots. Base zero-shot wrote every text.
    case(
        "X1456-002",
        caption("a man wearing a grey t-shirt and black ripped jeans"),
        he("a grey shirt and black jeans"),
        col("jeans", "black"),
        details("jeans", "the jeans are ripped"),
        describe("shirt", "the shirt is grey"),
        shirt_color("black", "contradiction"),
        gender="Men",
        title="HERE&NOW Men Black Skinny Fit Mid-Rise Mildly Distressed Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # Photo: very dark indigo (navy) slim jeans with light fading on the thighs, white linen shirt with rolled
    # sleeves, brown loafers. Base zero-shot wrote every text; it reads the dark wash as black throughout.
    case(
        "X1456-003",
        caption("a man in a white shirt and black jeans", "contradiction"),
        he("a white shirt and black jeans", "contradiction"),
        col("jeans", "black", "contradiction"),
        details("jeans", "they have a faded look"),
        shirt_color("white"),
        gender="Men",
        title="WROGN Men Navy Blue Slim Fit Low Distress Stretchable Jeans",
        category="Jeans",
        color="Navy Blue",
    ),
    # Photo: khaki regular shorts, navy blue polo, white sneakers; model turned three-quarters.
    # Base zero-shot wrote every text.
    case(
        "X1456-004",
        caption("a man in a blue polo shirt and khaki shorts"),
        he("a polo shirt and shorts"),
        col("shorts", "khaki"),
        details("shorts", "they are shorts", "non_answer"),
        describe("shirt", "it is a navy blue polo shirt"),
        gender="Men",
        title="Mast & Harbour Men Khaki Solid Regular Fit Shorts",
        category="Shorts",
        color="Khaki",
    ),
    # Photo: black solid track pants with a drawstring at the waist, black tee with a white Puma cat logo, black
    # sneakers. Base zero-shot wrote every text.
    case(
        "X1456-005",
        caption("a man in a black t-shirt and black pants"),
        he("a black shirt and black pants"),
        col("pants", "black"),
        details("pants", "black", "non_answer"),
        describe("shirt", "the shirt has a puma logo on it"),
        gender="Men",
        title="Puma Men Black Solid Regular Fit Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: navy running shorts with a small lime HRX logo on the left leg, lime-green dri-fit tee, running shoes;
    # model posed mid-stride. Front view: no back pocket visible. Base zero-shot wrote every text.
    case(
        "X1456-006",
        caption("a man in a green shirt and blue shorts running"),
        he("a green shirt and shorts"),
        col("shorts", "green", "other_garment_color"),
        details("shorts", "they have a pocket on the back", "unsupported"),
        shirt_color("green"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Navy Blue Rapid-Dry Running Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Photo: olive slim chinos, white crew tee tucked in, brown belt, white sneakers.
    # Base zero-shot wrote every text.
    case(
        "X1456-007",
        caption("a man in a white t-shirt and green pants"),
        he("a white t-shirt and green pants"),
        col("pants", "green"),
        details("pants", "they are chinos"),
        describe("shirt", "a white t-shirt"),
        shirt_color("green", "contradiction"),
        gender="Men",
        title="Highlander Men Olive Green Slim Fit Chinos",
        category="Trousers",
        color="Olive",
    ),
    # Photo: grey flat-front formal trousers, white formal shirt tucked in, black belt, black oxfords; no jacket.
    # Base zero-shot wrote every text.
    case(
        "X1456-008",
        caption("a man in a white shirt and grey pants with a black belt"),
        he("a suit", "unsupported"),
        col("pants", "grey"),
        details("pants", "the pants are grey", "non_answer"),
        describe("shirt", "a white dress shirt"),
        shirt_color("white"),
        gender="Men",
        title="Louis Philippe Men Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Grey",
    ),
    # Photo: light-blue heavy-fade tapered jeans, black nylon bomber jacket open over a white tee, white sneakers.
    # Base zero-shot wrote every text.
    case(
        "X1456-009",
        caption("a man wearing a black jacket and light blue jeans"),
        he("a black jacket and jeans"),
        col("jeans", "blue"),
        details("jeans", "they are faded"),
        describe("shirt", "a black leather jacket", "unsupported"),
        gender="Men",
        title="Flying Machine Men Light Blue Slim Tapered Fit Heavy Fade Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: flat lay on white, dark-blue clean jeans laid full length, front up; the red tab is not in view, no
    # person and no shirt. Base zero-shot wrote every text.
    case(
        "X1456-010",
        caption("levi's 511 slim fit jeans in dark blue"),
        he("jeans"),
        col("jeans", "dark blue"),
        details("jeans", "levi's 511"),
        shirt_color("blue", "unsupported"),
        title="Levis Men 511 Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: grey melange joggers with cuffed ankles and a small Nike swoosh on the left thigh, black hoodie, white
    # sneakers; hands in the hoodie pocket. Base zero-shot wrote every text.
    case(
        "X1456-011",
        caption("a man in a black hoodie and grey sweatpants"),
        he("a black hoodie and grey sweatpants"),
        col("pants", "grey"),
        details("pants", "they have a nike logo"),
        describe("shirt", "it is a black hoodie"),
        shirt_color("black"),
        gender="Men",
        title="Nike Men Grey Melange Solid Sportswear Club Joggers",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Photo: navy track pants with three white side stripes and ankle zips, white Adidas tee, side angle.
    # Base zero-shot wrote every text; navy read as black again.
    case(
        "X1456-012",
        caption("a man in a white t-shirt and black adidas pants", "contradiction"),
        he("a white shirt and black pants", "contradiction"),
        col("pants", "black", "contradiction"),
        details("pants", "they have three stripes"),
        shirt_color("white"),
        gender="Men",
        title="ADIDAS Men Navy Blue Tiro Solid Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Photo: mid-wash blue denim shorts with a rolled, clean hem (no rips), white-and-navy breton-striped tee,
    # canvas shoes. Base zero-shot wrote every text.
    case(
        "X1456-013",
        caption("a man in a striped shirt and denim shorts"),
        he("a striped shirt and shorts"),
        col("shorts", "blue"),
        details("shorts", "they are ripped", "unsupported"),
        describe("shirt", "the shirt is striped"),
        shirt_color("white"),
        gender="Men",
        title="Jack & Jones Men Blue Washed Regular Fit Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: beige cargo shorts with flap side pockets, black tee, black sliders. Base zero-shot wrote every text.
    case(
        "X1456-014",
        caption("a man in a black t-shirt and beige cargo shorts"),
        he("a black t-shirt and shorts"),
        col("shorts", "black", "other_garment_color"),
        details("shorts", "they are cargo shorts"),
        shirt_color("black"),
        gender="Men",
        title="Roadster Men Beige Solid Regular Fit Cargo Shorts",
        category="Shorts",
        color="Beige",
    ),
    # Photo: black super-skinny jeans with ripped knees, white tee with a black graphic print on the front only,
    # white sneakers. Base zero-shot wrote every text; the shirt description ran to 30 tokens, looping.
    case(
        "X1456-015",
        caption("a man in a white t-shirt and black ripped jeans"),
        he("a white t-shirt and ripped jeans"),
        col("jeans", "black"),
        details("jeans", "they are ripped"),
        describe(
            "shirt",
            "the shirt is a white t-shirt with a black graphic on the front of the shirt and the back of the shirt"
            " and the front of the shirt and the",
            "loop",
            hit_limit=True,
        ),
        shirt_color("white"),
        gender="Men",
        title="SPYKAR Men Black Super Skinny Fit Highly Distressed Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # Photo: navy slim casual trousers, plain light-blue oxford shirt (same-color collar), brown derbies.
    # Base zero-shot wrote every text.
    case(
        "X1456-016",
        caption("a man in a blue shirt and blue pants"),
        he("a blue shirt and blue pants"),
        col("pants", "blue"),
        details("pants", "blue", "non_answer"),
        describe("shirt", "a blue shirt with a white collar", "unsupported"),
        shirt_color("blue"),
        gender="Men",
        title="Peter England Casuals Men Navy Blue Slim Fit Solid Casual Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # Photo: grey clean-look slim jeans (no rips), black tee, black boots. Base zero-shot wrote every text.
    case(
        "X1456-017",
        caption("a man in a black t-shirt and grey jeans"),
        he("a black shirt and grey jeans"),
        col("jeans", "black", "other_garment_color"),
        details("jeans", "they are ripped at the knees", "unsupported"),
        shirt_color("black"),
        gender="Men",
        title="Urbano Fashion Men Grey Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Grey",
    ),
    # Photo: charcoal-grey slim chinos (clearly grey next to the black shoes), white shirt with rolled sleeves, tan
    # loafers. Base zero-shot wrote every text.
    case(
        "X1456-018",
        caption("a man in a white shirt and black pants", "contradiction"),
        he("a white shirt and black pants", "contradiction"),
        col("pants", "grey"),
        details("pants", "pants", "non_answer"),
        describe("shirt", "the shirt is white"),
        gender="Men",
        title="Mufti Men Charcoal Grey Slim Fit Solid Chinos",
        category="Trousers",
        color="Charcoal",
    ),
    # Photo: black joggers with white "KNK" lettering running down the left leg (no stripe), white oversized tee,
    # sneakers. Base zero-shot wrote every text.
    case(
        "X1456-019",
        caption("a man in a white t-shirt and black sweatpants"),
        he("a white t-shirt and black sweatpants"),
        col("pants", "black and white"),
        details("pants", "they have a white stripe on the side", "unsupported"),
        shirt_color("white"),
        gender="Men",
        title="Kook N Keech Men Black Typography Printed Joggers",
        category="Track Pants",
        color="Black",
    ),
    # Photo: grey melange lounge shorts with side pockets, navy tee, barefoot; model sitting on a wooden stool.
    # Base zero-shot wrote every text.
    case(
        "X1456-020",
        caption("a man sitting on a stool wearing a blue t-shirt and grey shorts"),
        he("shorts and a t-shirt"),
        col("shorts", "grey"),
        details("shorts", "the shorts are grey", "non_answer"),
        describe("shirt", "it is a navy blue t-shirt"),
        gender="Men",
        title="Jockey Men Grey Melange Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Grey Melange",
    ),
    # Photo: olive joggers, black tee, white sneakers; the model has long hair worn loose to the shoulders and no
    # beard. Base zero-shot wrote every text.
    case(
        "X1456-021",
        caption("a woman with long hair wearing a black shirt and green pants", "pronoun"),
        he("a black shirt and green pants"),
        col("pants", "green"),
        details("pants", "they are joggers"),
        shirt_color("black"),
        gender="Men",
        title="Bewakoof Men Olive Green Solid Joggers",
        category="Track Pants",
        color="Olive",
    ),
    # Photo: back view, model facing away: blue slim jeans with a brown leather patch on the waistband and two back
    # pockets, white shirt. Base zero-shot wrote every text.
    case(
        "X1456-022",
        caption("the back of a man in a white shirt and blue jeans"),
        he("a white shirt and jeans"),
        col("jeans", "blue"),
        details("jeans", "the back of the jeans", "non_answer"),
        describe("shirt", "the shirt is white"),
        shirt_color("white"),
        title="Pepe Jeans Men Blue Vapour Slim Fit Low-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: cream slim trousers, navy polo, brown loafers. Base zero-shot wrote every text.
    case(
        "X1456-023",
        caption("a man in a blue polo shirt and white pants"),
        he("a polo shirt and white pants"),
        col("pants", "white"),
        details("pants", "the pants have details", "restated"),
        shirt_color("navy blue"),
        gender="Men",
        title="Allen Solly Men Cream-Coloured Slim Fit Solid Regular Trousers",
        category="Trousers",
        color="Cream",
    ),
    # Photo: black formal trousers, light-pink formal shirt tucked in, black belt and shoes.
    # Base zero-shot wrote every text.
    case(
        "X1456-024",
        caption("a man in a pink shirt and black pants"),
        he("a pink shirt and black pants"),
        col("pants", "black"),
        details("pants", "they are black", "non_answer"),
        describe("shirt", "it is a pink shirt with a collar"),
        shirt_color("black", "contradiction"),
        gender="Men",
        title="Van Heusen Men Black Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Black",
    ),
    # Photo: mid-blue cotton chino shorts, white linen shirt, boat shoes; sunglasses held in one hand.
    # Base zero-shot wrote every text.
    case(
        "X1456-025",
        caption("a man in a white shirt and blue shorts holding sunglasses"),
        he("a white shirt and blue shorts"),
        col("shorts", "blue"),
        details("shorts", "they are denim shorts", "contradiction"),
        shirt_color("white"),
        gender="Men",
        title="Nautica Men Blue Solid Slim Fit Chino Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: maroon track pants with a black side panel, black tee; model clean-shaven with shoulder-length hair.
    # Base zero-shot wrote every text.
    case(
        "X1456-026",
        caption("a woman in a black t-shirt and maroon track pants", "pronoun"),
        he("a black t-shirt and maroon pants"),
        col("pants", "maroon"),
        details("pants", "they have a black stripe on the side"),
        shirt_color("black"),
        gender="Men",
        title="Campus Sutra Men Maroon Solid Track Pants with Side Panel",
        category="Track Pants",
        color="Maroon",
    ),
    # Photo: mid-wash blue slim jeans (straight-tapered, no flare), red-and-black checked flannel shirt open over a
    # black tee. Base zero-shot wrote every text; the details answer ran to 30 tokens.
    case(
        "X1456-027",
        caption("a man in a red and black plaid shirt and blue jeans"),
        he("a plaid shirt and jeans"),
        col("jeans", "blue"),
        details(
            "jeans",
            "the jeans are a slim fit with a slight taper at the bottom of the leg and a slight flare at the bottom"
            " of the leg and a",
            "cut",
            hit_limit=True,
        ),
        describe("shirt", "it is a plaid shirt"),
        shirt_color("red"),
        gender="Men",
        title="HIGHLANDER Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: beige linen trousers with a drawstring waist, white mandarin-collar shirt, sandals; a potted plant
    # beside the model. Base zero-shot wrote every text.
    case(
        "X1456-028",
        caption("a man in a white shirt and beige pants standing next to a plant"),
        he("a white shirt and white pants", "other_garment_color"),
        col("pants", "beige"),
        details("pants", "they are made of linen"),
        describe("shirt", "a white shirt with a mandarin collar"),
        gender="Men",
        title="Mast & Harbour Men Beige Regular Fit Linen Trousers",
        category="Trousers",
        color="Beige",
    ),
    # Photo: khaki slim chinos with the hem rolled once, navy-and-white striped long-sleeve shirt, white sneakers.
    # Base zero-shot wrote every text; the details answer ran on into a made-up next question.
    case(
        "X1456-029",
        caption("a man in a striped shirt and khaki pants"),
        he("a striped shirt and khaki pants"),
        col("pants", "khaki"),
        details(
            "pants",
            "they are rolled up at the bottom Question: What is the color of the shirt? Answer: blue and white",
            "leak",
        ),
        describe("shirt", "the shirt is blue and white striped"),
        shirt_color("blue"),
        gender="Men",
        title="Dennis Lingo Men Khaki Slim Fit Solid Chinos",
        category="Trousers",
        color="Khaki",
    ),
    # Photo: black denim shorts with a frayed hem, only slightly faded (black, not grey), olive tee, white sneakers.
    # Base zero-shot wrote every text.
    case(
        "X1456-030",
        caption("a man in a green t-shirt and black shorts"),
        he("a green t-shirt and black shorts"),
        col("shorts", "grey", "contradiction"),
        details("shorts", "they are frayed"),
        describe("shirt", "the shirt is a shirt", "restated"),
        shirt_color("green"),
        gender="Men",
        title="Roadster Men Black Washed Denim Shorts with Raw Hem",
        category="Shorts",
        color="Black",
    ),
    # Photo: grey training shorts, white tank top, model holding a dumbbell. Base zero-shot wrote every text.
    case(
        "X1456-031",
        caption("a man holding a dumbbell wearing a white tank top and grey shorts"),
        he("a tank top and shorts"),
        col("shorts", "grey"),
        details("shorts", "they are shorts", "non_answer"),
        describe("shirt", "it is a white tank top"),
        shirt_color("white"),
        title="Puma Men Grey Solid Training Shorts",
        category="Shorts",
        color="Grey",
    ),
    # Photo: dark indigo slim jeans, white polo with a small navy logo, brown belt. Base zero-shot wrote every text.
    case(
        "X1456-032",
        caption("a man in a white polo shirt and dark blue jeans"),
        he("a white polo shirt and jeans"),
        col("jeans", "dark blue"),
        details("jeans", "they have a brown belt", "unsupported"),
        describe("shirt", "a white polo shirt with a red logo", "unsupported"),
        shirt_color("white"),
        gender="Men",
        title="U.S. Polo Assn. Men Navy Blue Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Navy Blue",
    ),
    # Photo: light-wash blue skinny jeans with whiskers (mid-rise), black tee with a yellow graphic, a cap and a
    # backpack on one shoulder. Base zero-shot wrote every text.
    case(
        "X1456-033",
        caption("a man wearing a black t-shirt and blue jeans with a backpack"),
        he("a hat, a black t-shirt, and jeans"),
        col("jeans", "blue"),
        details("jeans", "skinny jeans with a high waist", "unsupported"),
        describe("shirt", "the shirt is black with a yellow design on it"),
        shirt_color("yellow", "contradiction"),
        gender="Men",
        title="Killer Men Blue Skinny Fit Mid-Rise Light Fade Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: coffee-brown regular trousers, off-white tee worn out, white sneakers. Base zero-shot wrote every text.
    case(
        "X1456-034",
        caption("a man in a white t-shirt and brown pants"),
        he("a white shirt and brown pants"),
        col("pants", "brown"),
        details("pants", "brown", "non_answer"),
        shirt_color("brown", "contradiction"),
        gender="Men",
        title="Harvard Men Coffee Brown Regular Fit Solid Regular Trousers",
        category="Trousers",
        color="Coffee Brown",
    ),
    # Photo: black track pants with a reflective strip and zip pockets, red running tee; jogging pose.
    # Base zero-shot wrote every text.
    case(
        "X1456-035",
        caption("a man in a red shirt and black pants running"),
        he("a red shirt and black pants"),
        col("pants", "red", "other_garment_color"),
        details("pants", "they have zippered pockets"),
        describe("shirt", "the shirt is red"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Rapid-Dry Reflective Running Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: mid-dark blue skinny jeans, grey marl crew sweatshirt, white sneakers. Base zero-shot wrote every text.
    case(
        "X1456-036",
        caption("a man in a grey sweater and blue jeans"),
        he("a grey sweater and jeans"),
        col("jeans", "grey", "other_garment_color"),
        details("jeans", "the jeans are skinny"),
        describe("shirt", "it's a grey sweater"),
        shirt_color("grey"),
        gender="Men",
        title="Lee Men Blue Bruce Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: teal chino shorts, white tee, white sneakers; one hand on a wooden stool. Base zero-shot wrote every text.
    case(
        "X1456-037",
        caption("a man in a white t-shirt and green shorts"),
        he("a white t-shirt and shorts"),
        col("shorts", "teal"),
        details("shorts", "they are shorts", "non_answer"),
        shirt_color("white"),
        gender="Men",
        title="WROGN Men Teal Solid Slim Fit Chino Shorts",
        color="Teal",
    ),
    # Photo: grey flat-front formal trousers with a faint check, light-blue shirt tucked in, black belt; no tie.
    # Base zero-shot wrote every text.
    case(
        "X1456-038",
        caption("a man in a blue shirt and grey pants"),
        he("a shirt and tie", "unsupported"),
        col("pants", "grey"),
        details("pants", "they are pleated", "unsupported"),
        describe("shirt", "it is a light blue dress shirt"),
        shirt_color("blue"),
        gender="Men",
        title="Blackberrys Men Grey Slim Fit Checked Formal Trousers",
        category="Trousers",
        color="Grey",
    ),
    # Photo: plain mid-blue formal trousers, white shirt, black shoes; hands in pockets.
    # Base zero-shot wrote every text.
    case(
        "X1456-039",
        caption("a man in a white shirt and blue pants standing with his hands in his pockets"),
        he("a white shirt and blue pants"),
        col("pants", "blue"),
        details("pants", "they are blue and white", "other_garment_color"),
        shirt_color("blue", "contradiction"),
        gender="Men",
        title="ColorPlus Men Blue Tailored Fit Solid Formal Trousers",
        category="Trousers",
        color="Blue",
    ),
    # Photo: navy track pants with a white "BEING HUMAN" print on the thigh, white tee with a navy logo; 3/4 view.
    # Base zero-shot wrote every text.
    case(
        "X1456-040",
        caption("a man in a white being human t-shirt and blue track pants"),
        he("a white t-shirt and blue sweatpants"),
        col("pants", "white", "other_garment_color"),
        details("pants", "they have a being human logo"),
        shirt_color("white"),
        title="Being Human Men Navy Blue Solid Track Pants with Printed Detail",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Photo: white slim jeans, navy tee, brown loafers, white backdrop. Base zero-shot wrote every text.
    case(
        "X1456-041",
        caption("a man in a blue t-shirt and white jeans"),
        he("a blue t-shirt and white pants"),
        col("jeans", "white"),
        details("jeans", "white", "non_answer"),
        describe("shirt", "the shirt is blue"),
        shirt_color("white", "contradiction"),
        gender="Men",
        title="Hubberholme Men White Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="White",
    ),
    # Photo: navy shorts with a white and green tropical-leaf print (navy dominates), white tee, sliders.
    # Base zero-shot wrote every text.
    case(
        "X1456-042",
        caption("a man in a white t-shirt and floral shorts"),
        he("a white t-shirt and shorts"),
        col("shorts", "green", "contradiction"),
        details("shorts", "they have a tropical print"),
        shirt_color("white"),
        gender="Men",
        title="Moda Rapido Men Navy Blue Tropical Printed Regular Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Photo: black joggers with a drawstring and elastic cuffs, sage-green hoodie, white sneakers; model sitting on
    # a white box. Base zero-shot wrote every text; the details answer looped to 30 tokens.
    case(
        "X1456-043",
        caption("a man sitting on a box wearing a green hoodie and black pants"),
        he("a green hoodie and black pants"),
        col("pants", "black"),
        details(
            "pants",
            "the pants are black and have a drawstring waist and elastic cuffs at the bottom of the legs and a"
            " drawstring waist and elastic cuffs at the",
            "loop",
            hit_limit=True,
        ),
        describe("shirt", "it is a green hoodie"),
        gender="Men",
        title="Difference of Opinion Men Black Solid Joggers",
        category="Track Pants",
        color="Black",
    ),
    # Photo: rust-orange tapered trousers, white tee, white sneakers. Base zero-shot wrote every text; the wearing
    # answer ran on into a made-up next question and answer.
    case(
        "X1456-044",
        caption("a man in a white t-shirt and orange pants"),
        he("a white t-shirt and orange pants Question: What is the color of the pants? Answer: orange", "leak"),
        col("pants", "orange"),
        details("pants", "they are orange", "non_answer"),
        shirt_color("white"),
        gender="Men",
        title="Mast & Harbour Men Rust Tapered Fit Solid Regular Trousers",
        category="Trousers",
        color="Rust",
    ),
    # Photo: pack-of-two listing: a model in the black pair with a white tee, the grey pair folded in an inset.
    # Base zero-shot wrote every text; the caption looped in alt-text style to 50 tokens.
    case(
        "X1456-045",
        caption(
            "men's track pants - pack of 2 - black and grey - men's track pants - pack of 2 - black and grey -"
            " men's track pants - pack of 2 - black",
            "loop",
            hit_limit=True,
        ),
        he("black sweatpants"),
        col("pants", "black"),
        details("pants", "they are sweatpants"),
        shirt_color("white"),
        gender="Men",
        title="Men Pack of 2 Solid Track Pants",
        category="Track Pants",
    ),
    # Photo: model seated on a chair, legs crossed, blue washed denim shorts mostly visible, plain white tee with no
    # pocket. Base zero-shot wrote every text.
    case(
        "X1456-046",
        caption("a man sitting on a chair with his legs crossed"),
        he("a white shirt and a pair of jeans", "contradiction"),
        col("shorts", "blue"),
        details("shorts", "the shorts are denim"),
        describe("shirt", "a white shirt with a pocket", "unsupported"),
        shirt_color("white"),
        gender="Men",
        title="Roadster Men Blue Washed Regular Fit Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
]
