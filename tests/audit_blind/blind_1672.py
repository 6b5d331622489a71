"""BLIND_1672 (45 products; Myntra men's bottomwear worn with tops, base BLIP-2 zero-shot): written blind in the sixty-
seventh session. Measured blind at f906685 (the session's second rules): 50/69 failures found (72.5%) and 12/196
correct texts flagged (6.1%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's jeans, trousers, track pants and shorts (article types Jeans, Trousers, Track Pants,
Shorts; base colours as Myntra writes them: Navy Blue, Olive, Charcoal, Grey Melange, Cream...). The photos are the
catalog's usual shots: a male model on a plain light backdrop wearing the product with a top and shoes, some back
views, a few waist-down crops, two flat lays, now and then a prop (water bottle, backpack, coffee cup, stool, bag,
a belt on a flat lay). The feed leaves a column out here and there (color, gender, category).
Who wrote what: every text is Salesforce/blip2-opt-2.7b without any adapter, zero-shot, greedy. The caption is the
unprompted caption (50 new tokens max); the answers come from "Question: ... Answer:" prompts (30 new tokens max),
on the experiments' questionnaire: "What is he wearing?" ("the person" when the feed has no gender), the color and
the details of the product, asked with the noun the experiments used for its article type (jeans for Jeans, pants for
Trousers and Track Pants, shorts for Shorts), the color of the shirt (asked even when the top is a tee, a hoodie or
absent), and on some products "Describe the shirt.", "What are the shirt details?" or "What is the shirt color?".
Color answers are free generation, stored open. The base model mostly stops on a newline after a few words, so loops,
cuts and leaks are rarer than with the adapters and show up mostly on the open details questions. About a quarter of
the texts are wrong, fewer than the adapters' four in ten: on clear studio shots the base's short color and wearing
answers are mostly right; its errors gather on invented details, the top's color given to the bottoms (or the
reverse), navy and olive, and questions about a shirt the photo does not show.
Labeling conventions and judgement calls: judged against the photo I imagined and the title. Near hues are right
(navy as blue, maroon as red, beige as khaki, cream as white, teal as green, a light grey shirt as grey); navy called
black, olive called brown, and the top's color given to the bottoms are wrong. The product getting the top's color is
other_garment_color; the top (or the whole outfit) getting the product's color, a shorts product called pants, chinos
called jeans, or a prop answered as a detail of the product is contradiction. A color for a shirt that is not in the
photo (flat lay, waist-down crop) is unsupported, as are details not visible in the shot (pleats on flat-front
trousers, rips on clean-look jeans, a back pocket on a front view, a logo on a chest seen from the back, materials).
"They are blue" for the details is thin but true and left unmarked; "they are jeans", "shorts" or "pants" for the
details, "a shirt" for the description and an empty answer are non_answer; an answer that only turns the question
around is restated. On a flat lay, "What is he wearing?" answered with the product is left unmarked. "Levi's 511" or
a Tommy Hilfiger flag read off a visible patch is correct. A "woman" or "she" for these male models is pronoun.
Loops, cuts and long prompt leaks ran to 30 tokens and carry hit_limit; one label per text, the most visible failure.
"""

from tests.audit_corpus import caption, case, color_of, describe, details, question, wearing

shirt_color = question("shirt_color", "What is the shirt color?", "open")


BLIND_1672 = [
    # Photo: front view, white crew-neck tee untucked, mid-blue clean slim jeans, white sneakers, light grey backdrop.
    # Caption and answers: blip2-opt-2.7b base, zero-shot.
    case(
        "X1672-001",
        caption("a man in a white t-shirt and blue jeans"),
        wearing("a white t-shirt and blue jeans", who="he"),
        color_of("jeans", "blue", kind="open"),
        details("jeans", "they are slim fit"),
        color_of("shirt", "white", kind="open"),
        describe("shirt", "it is a plain white t-shirt"),
        details("shirt", "it has a round neck"),
        gender="Men",
        title="Roadster Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: black tee with white block-letter print, grey heavily faded jeans with whiskering, black boots.
    # Caption and answers: blip2-opt-2.7b base, zero-shot. The jeans' color answer takes the tee's black; the shirt
    # description invents a skull (the print is lettering).
    case(
        "X1672-002",
        caption("a man wearing a black t-shirt and grey jeans"),
        wearing("a black t-shirt and jeans", who="he"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        details("jeans", "the jeans are faded"),
        color_of("shirt", "black", kind="open"),
        describe("shirt", "a black t-shirt with a white skull on it", "unsupported"),
        gender="Men",
        title="WROGN Men Grey Slim Fit Heavy Fade Jeans",
        category="Jeans",
        color="Grey",
    ),
    # Photo: light blue skinny jeans with small abrasions at the knees, white tee under an open olive bomber jacket,
    # hands in pockets. Caption and answers: blip2-opt-2.7b base, zero-shot. The shirt description runs on into a
    # made-up next question until the limit.
    case(
        "X1672-003",
        caption("a man in a green jacket and ripped jeans"),
        wearing("a green jacket and jeans", who="he"),
        color_of("jeans", "light blue", kind="open"),
        details("jeans", "they are ripped at the knees"),
        color_of("shirt", "white", kind="open"),
        describe(
            "shirt",
            "a white t-shirt with a green jacket Question: What is the color of the jacket? Answer: green Question: "
            "What is the color",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Jack & Jones Men Blue Skinny Fit Low Distress Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: side-on jogging pose, plain black track pants, grey melange tee worn loose over the waistband (no
    # drawstring visible), running shoes. Caption and answers: blip2-opt-2.7b base, zero-shot. The drawstring is
    # invented; the shirt color question comes back turned around.
    case(
        "X1672-004",
        caption("a man in a grey t-shirt and black pants running"),
        wearing("a gray shirt and black pants", who="he"),
        color_of("pants", "black", kind="open"),
        details("pants", "they have a drawstring waist", "unsupported"),
        color_of("shirt", "gray", kind="open"),
        shirt_color("the color of the shirt", "restated"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Rapid-Dry Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: navy flat-front tapered trousers, white oxford shirt tucked in, brown belt and loafers, white backdrop.
    # Caption and answers: blip2-opt-2.7b base, zero-shot. Navy read as black; the pleats are invented.
    case(
        "X1672-005",
        caption("a man in a white shirt and navy pants"),
        wearing("a white shirt and blue pants", who="he"),
        color_of("pants", "black", "contradiction", kind="open"),
        details("pants", "they have a pleated front", "unsupported"),
        color_of("shirt", "white", kind="open"),
        describe("shirt", "it is a white button down shirt"),
        details("shirt", "it has a collar and buttons"),
        gender="Men",
        title="Mast & Harbour Men Navy Blue Tapered Fit Solid Regular Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # Photo: cropped at the chin: white Puma tee, black shorts with a small white cat logo on the left leg, white
    # socks and trainers. Caption and answers: blip2-opt-2.7b base, zero-shot.
    case(
        "X1672-006",
        caption("a man wearing a white t-shirt and black shorts"),
        wearing("shorts and a t-shirt", who="he"),
        color_of("shorts", "black", kind="open"),
        details("shorts", "they are shorts", "non_answer"),
        color_of("shirt", "black", "contradiction", kind="open"),
        gender="Men",
        title="Puma Men Black Solid Sports Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: back view, grey marl sweatshirt (crew neck, no hood), dark indigo jeans, the two-horse leather patch and
    # the red tab on the back pocket in plain sight. Caption and answers: blip2-opt-2.7b base, zero-shot. The shirt
    # gets the jeans' blue; there is no hood.
    case(
        "X1672-007",
        caption("the back of a man wearing jeans"),
        wearing("jeans and a sweater", who="he"),
        color_of("jeans", "dark blue", kind="open"),
        details("jeans", "levi's 511"),
        color_of("shirt", "blue", "contradiction", kind="open"),
        describe("shirt", "a gray sweatshirt with a hood", "unsupported"),
        gender="Men",
        title="Levis Men Blue 511 Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: black skinny jeans, black-and-white checked shirt worn open over a black tee, black boots, white studio.
    # Caption and answers: blip2-opt-2.7b base, zero-shot. The details answer loops to the limit.
    case(
        "X1672-008",
        caption("a man in a black and white checkered shirt and black jeans"),
        wearing("a checkered shirt and black jeans", who="he"),
        color_of("jeans", "black", kind="open"),
        details(
            "jeans",
            "skinny jeans, skinny jeans, skinny jeans, skinny jeans, skinny jeans, skinny jeans, skinny jeans, "
            "skinny jeans, skinny jeans, skinny",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "black and white", kind="open"),
        details("shirt", "checkered"),
        gender="Men",
        title="Spykar Men Black Skinny Fit Low-Rise Clean Look Jeans",
        category="Jeans",
        color="Black",
    ),
    # Photo: clearly navy track pants with three white stripes down the sides, white adidas tee with a black logo,
    # white sneakers, soft daylight. Caption and answers: blip2-opt-2.7b base, zero-shot. Navy read as black.
    case(
        "X1672-009",
        caption("a man in a white t-shirt and blue track pants"),
        wearing("a white t-shirt and adidas pants", who="he"),
        color_of("pants", "black", "contradiction", kind="open"),
        details("pants", "three white stripes on the side"),
        color_of("shirt", "white", kind="open"),
        describe("shirt", "a white t-shirt with an adidas logo"),
        gender="Men",
        title="Adidas Men Navy Blue Solid Essentials 3-Stripes Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Photo: olive green chinos with rolled hems, navy polo tee, white sneakers, grey backdrop.
    # Caption and answers: blip2-opt-2.7b base, zero-shot. "What is the shirt color?" comes back as its own words.
    case(
        "X1672-010",
        caption("a man in a blue polo shirt and green pants"),
        wearing("a blue shirt and green pants", who="he"),
        color_of("pants", "green", kind="open"),
        details("pants", "they are chinos"),
        color_of("shirt", "navy", kind="open"),
        shirt_color("shirt color", "restated"),
        gender="Men",
        title="Highlander Men Olive Green Slim Fit Solid Chinos",
        category="Trousers",
        color="Olive",
    ),
    # Photo: front view, grey training shorts with a black swoosh, black Nike tee, model holding a water bottle, grey
    # backdrop; the back zip pocket is not in the shot. Caption and answers: blip2-opt-2.7b base, zero-shot. The
    # wearing answer makes the shorts black like the tee.
    case(
        "X1672-011",
        caption("a man in a black shirt and grey shorts holding a water bottle"),
        wearing("black shirt and black shorts", "contradiction", who="he"),
        color_of("shorts", "gray", kind="open"),
        details("shorts", "they have a zipper pocket on the back", "unsupported"),
        color_of("shirt", "black", kind="open"),
        describe("shirt", "black nike t-shirt"),
        gender="Men",
        title="Nike Men Grey Dri-FIT Training Shorts",
        category="Shorts",
        color="Grey",
    ),
    # Photo: beige trousers with plain (uncuffed) hems, light blue shirt tucked in, tan belt, brown shoes, sunglasses
    # in one hand. Caption and answers: blip2-opt-2.7b base, zero-shot. The pants' color answer takes the shirt's
    # blue; the cuffs are invented.
    case(
        "X1672-012",
        caption("a man in a blue shirt and khaki pants"),
        wearing("a blue shirt and khaki pants", who="he"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        details("pants", "they have a cuff at the bottom", "unsupported"),
        color_of("shirt", "light blue", kind="open"),
        describe("shirt", "a light blue shirt with long sleeves"),
        details("shirt", "it is tucked in"),
        gender="Men",
        title="Louis Philippe Sport Men Beige Slim Fit Solid Regular Trousers",
        category="Trousers",
        color="Beige",
    ),
    # Photo: flat lay, navy chino shorts laid out on a white surface, button and zip fly visible; no model, no top.
    # Caption and answers: blip2-opt-2.7b base, zero-shot. The shirt's "white" is the background.
    case(
        "X1672-013",
        caption("a pair of navy blue shorts on a white background"),
        wearing("a pair of shorts", who="he"),
        color_of("shorts", "navy blue", kind="open"),
        details("shorts", "they have a button and a zipper"),
        color_of("shirt", "white", "unsupported", kind="open"),
        gender="Men",
        title="United Colors of Benetton Men Navy Blue Solid Regular Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Photo: light-wash jeans with big rips at the knees and thighs, plain black tee, white sneakers.
    # Caption and answers: blip2-opt-2.7b base, zero-shot. The wearing answer makes the jeans black too; the print
    # is invented.
    case(
        "X1672-014",
        caption("a man in a black shirt and ripped jeans"),
        wearing("black t-shirt and black ripped jeans", "contradiction", who="he"),
        color_of("jeans", "blue", kind="open"),
        details("jeans", "ripped"),
        color_of("shirt", "black", kind="open"),
        describe("shirt", "a black t-shirt"),
        details("shirt", "it has a white print on the front", "unsupported"),
        gender="Men",
        title="Urbano Fashion Men Blue Slim Fit Mid-Rise Highly Distressed Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: mid-blue clean-look jeans (no rips), white shirt with thin blue stripes, sleeves rolled, tan shoes.
    # Caption and answers: blip2-opt-2.7b base, zero-shot. The rips are invented.
    case(
        "X1672-015",
        caption("a man in a white shirt and blue jeans standing in front of a white wall"),
        wearing("a white shirt and jeans", who="he"),
        color_of("jeans", "blue", kind="open"),
        details("jeans", "they are ripped", "unsupported"),
        color_of("shirt", "white", kind="open"),
        describe("shirt", "white shirt with blue stripes"),
        gender="Men",
        title="Flying Machine Men Blue Michael Slim Tapered Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: charcoal track pants with zipped side pockets, plain white tee, black sneakers.
    # Caption and answers: blip2-opt-2.7b base, zero-shot. Details cut at the limit; the tee has no logo.
    case(
        "X1672-016",
        caption("a man wearing a white t-shirt and grey pants"),
        wearing("a white t-shirt and grey sweatpants", who="he"),
        color_of("pants", "grey", kind="open"),
        details(
            "pants",
            "they are slim fit track pants with an elastic waistband, two side pockets with zippers and a drawstring "
            "at the waist that can be",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white", kind="open"),
        describe("shirt", "a white t-shirt with a black logo on the front", "unsupported"),
        gender="Men",
        title="Alcis Men Charcoal Grey Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Charcoal",
    ),
    # Photo: khaki cargo shorts with flap pockets on the sides, maroon polo untucked (no belt shows), brown sandals,
    # straw hat in hand. Caption and answers: blip2-opt-2.7b base, zero-shot. The shirt color came back empty.
    case(
        "X1672-017",
        caption("a man in a red shirt and khaki shorts holding a hat"),
        wearing("shorts and a polo shirt", who="he"),
        color_of("shorts", "khaki", kind="open"),
        details("shorts", "cargo shorts with pockets on the sides and a belt", "unsupported"),
        color_of("shirt", "red", kind="open"),
        shirt_color("", "non_answer"),
        gender="Men",
        title="Bene Kleed Men Khaki Solid Regular Fit Cargo Shorts",
        category="Shorts",
        color="Khaki",
    ),
    # Photo: light grey trousers, white shirt tucked in, black belt and shoes (the white-and-grey outfit the
    # experiments saw). Caption and answers: blip2-opt-2.7b base, zero-shot. Grey spreads to the shirt in three texts;
    # only the description has it white.
    case(
        "X1672-018",
        caption("a man in a grey shirt and grey pants", "contradiction"),
        wearing("a grey shirt and grey pants", "contradiction", who="he"),
        color_of("pants", "grey", kind="open"),
        details("pants", "they are slim fit"),
        color_of("shirt", "grey", "contradiction", kind="open"),
        describe("shirt", "a white shirt"),
        gender="Men",
        title="Peter England Casuals Men Grey Slim Fit Solid Regular Trousers",
        category="Trousers",
        color="Grey",
    ),
    # Photo: navy formal trousers (clearly navy in the light), pale pink formal shirt tucked in, open collar and no
    # tie, black belt, black oxfords. Feed has no color column here. Caption and answers: blip2-opt-2.7b base,
    # zero-shot.
    case(
        "X1672-019",
        caption("a man in a pink shirt and blue pants"),
        wearing("a pink shirt and black pants", "contradiction", who="he"),
        color_of("pants", "navy blue", kind="open"),
        details(
            "pants",
            "they are formal pants with a flat front, a hook and bar closure, two side pockets and two back pockets "
            "with buttons on the",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "pink", kind="open"),
        describe("shirt", "a pink shirt with a tie", "unsupported"),
        gender="Men",
        title="Arrow Men Navy Blue Slim Fit Solid Formal Trousers",
        category="Trousers",
    ),
    # Photo: charcoal flat-front formal trousers, white shirt, navy blazer, laptop bag in hand.
    # Caption and answers: blip2-opt-2.7b base, zero-shot. The shirt color answer goes on into the next question.
    case(
        "X1672-020",
        caption("a man in a blue blazer and grey pants holding a bag"),
        wearing("a blazer and pants", who="he"),
        color_of("pants", "gray", kind="open"),
        details("pants", "the pants are pleated", "unsupported"),
        color_of("shirt", "white Question: What is the color of the pants? Answer: gray", "leak", kind="open"),
        describe("shirt", "it is a white dress shirt with a blue jacket"),
        gender="Men",
        title="Van Heusen Men Charcoal Grey Slim Fit Self Design Formal Trousers",
        category="Trousers",
        color="Charcoal",
    ),
    # Photo: mid-blue denim shorts with rolled hems, white shirt half buttoned, sunglasses on. Feed has no gender
    # column, so the wearing question says "the person". Caption and answers: blip2-opt-2.7b base, zero-shot.
    case(
        "X1672-021",
        caption("a man in a white shirt and denim shorts"),
        wearing("denim shorts and a white shirt"),
        color_of("shorts", "blue", kind="open"),
        details("shorts", "they are denim shorts with rolled up hems"),
        color_of("shirt", "white", kind="open"),
        describe("shirt", "white button up shirt"),
        details("shirt", "it has a collar"),
        title="HERE&NOW Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: black lounge shorts with a small all-over red and white Spider-Man print, plain red tee.
    # Caption and answers: blip2-opt-2.7b base, zero-shot. The shorts' color answer takes the tee's red.
    case(
        "X1672-022",
        caption("a man wearing red shirt and black shorts with spiderman on them"),
        wearing("spiderman shorts", who="he"),
        color_of("shorts", "red", "other_garment_color", kind="open"),
        details("shorts", "spiderman print"),
        color_of("shirt", "red", kind="open"),
        gender="Men",
        title="Kook N Keech Marvel Men Black Printed Regular Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: back view, dark blue denim shorts with a small flag label on the back pocket, white polo (collar shows),
    # white sneakers. Caption and answers: blip2-opt-2.7b base, zero-shot. The chest logo cannot be seen from behind.
    case(
        "X1672-023",
        caption("the back view of a man in blue shorts"),
        wearing("a white polo shirt and blue shorts", who="he"),
        color_of("shorts", "dark blue", kind="open"),
        details("shorts", "they have a tommy hilfiger logo on the back pocket"),
        color_of("shirt", "white", kind="open"),
        describe("shirt", "a white polo shirt with a red, white and blue logo on the chest", "unsupported"),
        gender="Men",
        title="Tommy Hilfiger Men Blue Slim Fit Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: waist-down crop: plain black track pants, white sneakers, only the hem of a grey tee at the top edge.
    # Caption and answers: blip2-opt-2.7b base, zero-shot. The side stripe is invented; "white" is the sneakers.
    case(
        "X1672-024",
        caption("a person wearing black pants and white sneakers"),
        wearing("black pants and white shoes", who="he"),
        color_of("pants", "black", kind="open"),
        details("pants", "they have a white stripe on the side", "unsupported"),
        color_of("shirt", "white", "contradiction", kind="open"),
        gender="Men",
        title="Sports52 wear Men Black Solid Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: grey melange track pants, navy tee, model sitting on a wooden stool, slides.
    # Caption and answers: blip2-opt-2.7b base, zero-shot. Details loop; the shirt gets the pants' grey.
    case(
        "X1672-025",
        caption("a man sitting on a stool wearing grey sweatpants"),
        wearing("sweatpants and a t-shirt", who="he"),
        color_of("pants", "grey", kind="open"),
        details(
            "pants",
            "the pants are grey and the shirt is blue and the pants are grey and the shirt is blue and the pants are "
            "grey and the",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "grey", "contradiction", kind="open"),
        describe("shirt", "a navy blue t-shirt"),
        gender="Men",
        title="Jockey Men Grey Melange Solid Straight Fit Track Pants",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Photo: beige slim chinos, black tee, white sneakers, model leaning on a white wall.
    # Caption and answers: blip2-opt-2.7b base, zero-shot. The fabric is invented.
    case(
        "X1672-026",
        caption("a man in a black t-shirt and beige pants leaning against a wall"),
        wearing("black t-shirt and khaki pants", who="he"),
        color_of("pants", "beige", kind="open"),
        details("pants", "they are made of a stretchy cotton fabric", "unsupported"),
        color_of("shirt", "black", kind="open"),
        shirt_color("black"),
        gender="Men",
        title="Dennis Lingo Men Beige Slim Fit Chinos",
        category="Trousers",
        color="Beige",
    ),
    # Photo: dark-wash relaxed jeans, mustard yellow hoodie, brown boots.
    # Caption and answers: blip2-opt-2.7b base, zero-shot. The jeans get the hoodie's yellow.
    case(
        "X1672-027",
        caption("a man in a yellow hoodie and jeans"),
        wearing("a yellow hoodie", who="he"),
        color_of("jeans", "yellow", "other_garment_color", kind="open"),
        details("jeans", "they are jeans", "non_answer"),
        color_of("shirt", "yellow", kind="open"),
        describe("shirt", "it is a hoodie"),
        gender="Men",
        title="Ketch Men Blue Relaxed Fit Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: navy track pants with white-red-white side tape, white tee, black sneakers.
    # Caption and answers: blip2-opt-2.7b base, zero-shot. The shirt description loops over the whole outfit.
    case(
        "X1672-028",
        caption("a man in a white t-shirt and blue pants with red and white stripes"),
        wearing("a white shirt and blue track pants", who="he"),
        color_of("pants", "blue", kind="open"),
        details("pants", "stripes on the side"),
        color_of("shirt", "white", kind="open"),
        describe(
            "shirt",
            "the shirt is white and the pants are blue with red and white stripes on the side and the shirt is white "
            "and the pants are",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Moda Rapido Men Navy Blue Striped Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Photo: maroon joggers with elastic cuffs, black tee, black-and-white sneakers.
    # Caption and answers: blip2-opt-2.7b base, zero-shot. The wearing answer makes the joggers black like the tee.
    case(
        "X1672-029",
        caption("a man in a black shirt and red pants"),
        wearing("he is wearing a black shirt and black pants", "contradiction", who="he"),
        color_of("pants", "maroon", kind="open"),
        details("pants", "they have elastic cuffs at the bottom"),
        color_of("shirt", "black", kind="open"),
        describe("shirt", "it's a black t-shirt"),
        gender="Men",
        title="The Indian Garage Co Men Maroon Slim Fit Solid Joggers",
        category="Trousers",
        color="Maroon",
    ),
    # Photo: olive cargo trousers (reads plainly green) with flap pockets on the thighs, black tee, black boots.
    # Caption and answers: blip2-opt-2.7b base, zero-shot. Olive read as brown; details cut at the limit.
    case(
        "X1672-030",
        caption("a man wearing a black shirt and green cargo pants"),
        wearing("cargo pants", who="he"),
        color_of("pants", "brown", "contradiction", kind="open"),
        details(
            "pants",
            "they have two cargo pockets on the sides and two pockets on the back and a zipper fly with a button at "
            "the top and a",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "black", kind="open"),
        gender="Men",
        title="Campus Sutra Men Olive Green Tapered Fit Cargo Trousers",
        category="Trousers",
        color="Olive",
    ),
    # Photo: black slim jeans, white tee with a CK logo, open black leather jacket, black boots.
    # Caption and answers: blip2-opt-2.7b base, zero-shot. All right: black jacket and black jeans are both black.
    case(
        "X1672-031",
        caption("a man in a black leather jacket and black jeans"),
        wearing("a leather jacket", who="he"),
        color_of("jeans", "black", kind="open"),
        details("jeans", "slim fit"),
        color_of("shirt", "white", kind="open"),
        describe("shirt", "a white t-shirt with calvin klein written on it"),
        gender="Men",
        title="Calvin Klein Jeans Men Black Slim Fit Jeans",
        category="Jeans",
        color="Black",
    ),
    # Photo: mid-blue jeans with light whiskering and a few small abrasions, white shirt untucked, white sneakers.
    # Caption and answers: blip2-opt-2.7b base, zero-shot. The jeans get the shirt's white.
    case(
        "X1672-032",
        caption("a man in a white shirt and blue jeans"),
        wearing("jeans", who="he"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        details("jeans", "distressed"),
        color_of("shirt", "white", kind="open"),
        shirt_color("white"),
        gender="Men",
        title="Pepe Jeans Men Blue Vapour Slim Fit Low-Rise Mildly Distressed Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: cream chinos, light blue denim shirt, white sneakers, coffee cup in hand.
    # Caption and answers: blip2-opt-2.7b base, zero-shot. The denim shirt turns the chinos into jeans; the cotton is
    # invented.
    case(
        "X1672-033",
        caption("a man holding a cup of coffee"),
        wearing("a denim shirt and white jeans", "contradiction", who="he"),
        color_of("pants", "white", kind="open"),
        details("pants", "the pants are made of cotton", "unsupported"),
        color_of("shirt", "blue", kind="open"),
        describe("shirt", "a blue denim shirt"),
        gender="Men",
        title="Mufti Men Cream Slim Fit Solid Chinos",
        category="Trousers",
        color="Cream",
    ),
    # Photo: olive cargo shorts, white tee, backpack on one shoulder.
    # Caption and answers: blip2-opt-2.7b base, zero-shot. The details answer writes itself a follow-up question.
    case(
        "X1672-034",
        caption("a man with a backpack wearing a white shirt and green shorts"),
        wearing("a white t-shirt and green shorts", who="he"),
        color_of("shorts", "green", kind="open"),
        details(
            "shorts", "they have pockets on the sides Question: What are the shorts made of? Answer: cotton", "leak"
        ),
        color_of("shirt", "white", kind="open"),
        gender="Men",
        title="Roadster Men Olive Green Solid Regular Fit Cargo Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Photo: grey melange joggers, black zip hoodie open over a white tee. Feed has no color column here.
    # Caption and answers: blip2-opt-2.7b base, zero-shot. The pants get the hoodie's black.
    case(
        "X1672-035",
        caption("a man in a black hoodie and grey joggers"),
        wearing("a black hoodie and grey pants", who="he"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        details("pants", "pants", "non_answer"),
        color_of("shirt", "white", kind="open"),
        describe("shirt", "it is a black hoodie with a zipper"),
        gender="Men",
        title="Proline Active Men Grey Melange Solid Joggers",
        category="Track Pants",
    ),
    # Photo: black tapered jeans, red-and-black buffalo check flannel shirt, tan boots.
    # Caption and answers: blip2-opt-2.7b base, zero-shot. Details loop to the limit.
    case(
        "X1672-036",
        caption("a man in a red plaid shirt and black jeans"),
        wearing("a plaid shirt", who="he"),
        color_of("jeans", "black", kind="open"),
        details(
            "jeans",
            "the jeans are slim fit and have a slim fit and a slim fit and a slim fit and a slim fit and a slim fit "
            "and a",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "red and black", kind="open"),
        describe("shirt", "it is a flannel shirt"),
        gender="Men",
        title="Levis Men Black 512 Slim Tapered Fit Jeans",
        category="Jeans",
        color="Black",
    ),
    # Photo: waist-down crop of a slim male model: light blue skinny jeans with rips, white sneakers, grey concrete
    # floor; no top in the frame. Caption and answers: blip2-opt-2.7b base, zero-shot.
    case(
        "X1672-037",
        caption("a woman's legs in ripped jeans and white sneakers", "pronoun"),
        wearing("ripped jeans and sneakers", who="he"),
        color_of("jeans", "light blue", kind="open"),
        details("jeans", "ripped"),
        color_of("shirt", "white", "unsupported", kind="open"),
        gender="Men",
        title="Killer Men Blue Skinny Fit Mid-Rise Highly Distressed Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: navy chino shorts, yellow polo untucked, white canvas shoes.
    # Caption and answers: blip2-opt-2.7b base, zero-shot. The wearing answer calls the shorts pants.
    case(
        "X1672-038",
        caption("a man in a yellow polo shirt and blue shorts"),
        wearing("a yellow shirt and blue pants", "contradiction", who="he"),
        color_of("shorts", "navy", kind="open"),
        details("shorts", "shorts", "non_answer"),
        color_of("shirt", "yellow", kind="open"),
        shirt_color("yellow"),
        gender="Men",
        title="U.S. Polo Assn. Men Navy Blue Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Photo: male model with shoulder-length hair, teal track pants, white tee, grey backdrop.
    # Caption and answers: blip2-opt-2.7b base, zero-shot. Read as a woman twice.
    case(
        "X1672-039",
        caption("a woman in a white t-shirt and green pants", "pronoun"),
        wearing("a white shirt and green pants", who="he"),
        color_of("pants", "teal", kind="open"),
        details("pants", "she is wearing track pants", "pronoun"),
        color_of("shirt", "white", kind="open"),
        gender="Men",
        title="Jack & Jones Men Teal Blue Solid Track Pants",
        category="Track Pants",
        color="Teal",
    ),
    # Photo: flat lay, folded mid-blue jeans on white with a brown leather belt laid across them as a prop; no top.
    # Feed has no category column here. Caption and answers: blip2-opt-2.7b base, zero-shot.
    case(
        "X1672-040",
        caption("a pair of blue jeans with a brown belt"),
        wearing("jeans", who="he"),
        color_of("jeans", "blue", kind="open"),
        details("jeans", "brown leather belt", "contradiction"),
        color_of("shirt", "brown", "unsupported", kind="open"),
        gender="Men",
        title="Wrangler Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        color="Blue",
    ),
    # Photo: mid-blue clean jeans, plain white tee, grey backdrop, front view.
    # Caption and answers: blip2-opt-2.7b base, zero-shot. The wearing answer runs on through invented questions.
    case(
        "X1672-041",
        caption("a man in a white t-shirt and blue jeans"),
        wearing(
            "a white t-shirt and blue jeans Question: What is the color of the jeans? Answer: blue Question: What is "
            "the color of the",
            "leak",
            who="he",
            hit_limit=True,
        ),
        color_of("jeans", "blue", kind="open"),
        details("jeans", "they are blue"),
        color_of("shirt", "white", kind="open"),
        gender="Men",
        title="Highlander Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: black formal trousers, light grey shirt tucked in, black belt and shoes.
    # Caption and answers: blip2-opt-2.7b base, zero-shot. The trousers get the shirt's grey; the description only
    # turns the question around.
    case(
        "X1672-042",
        caption("a man in a grey shirt and black pants"),
        wearing("a gray shirt and black pants", who="he"),
        color_of("pants", "gray", "other_garment_color", kind="open"),
        details("pants", "they are black"),
        color_of("shirt", "gray", kind="open"),
        describe("shirt", "the shirt is a shirt that is worn by the man", "restated"),
        gender="Men",
        title="Blackberrys Men Black Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Black",
    ),
    # Photo: all black: black fleece joggers with a white swoosh on the left thigh, black Nike hoodie with the logo on
    # the chest, black sneakers. Caption and answers: blip2-opt-2.7b base, zero-shot. All right.
    case(
        "X1672-043",
        caption("a man in a black hoodie and black sweatpants"),
        wearing("a black hoodie", who="he"),
        color_of("pants", "black", kind="open"),
        details("pants", "nike logo"),
        color_of("shirt", "black", kind="open"),
        describe("shirt", "a black nike hoodie"),
        gender="Men",
        title="Nike Men Black Club Fleece Joggers",
        category="Track Pants",
        color="Black",
    ),
    # Photo: white cotton shorts, navy tee, brown sandals.
    # Caption and answers: blip2-opt-2.7b base, zero-shot. The shorts get the tee's blue; linen is invented; the
    # description says nothing.
    case(
        "X1672-044",
        caption("a man in a blue t-shirt and white shorts"),
        wearing("blue shirt and white shorts", who="he"),
        color_of("shorts", "blue", "other_garment_color", kind="open"),
        details("shorts", "the shorts are made of linen", "unsupported"),
        color_of("shirt", "blue", kind="open"),
        describe("shirt", "a shirt", "non_answer"),
        gender="Men",
        title="Being Human Men White Solid Regular Shorts",
        category="Shorts",
        color="White",
    ),
    # Photo: side view mid-stride, dark indigo jeans, rust-orange crew-neck sweater, tan chelsea boots.
    # Caption and answers: blip2-opt-2.7b base, zero-shot. Details cut at the limit.
    case(
        "X1672-045",
        caption("a man in an orange sweater and blue jeans walking"),
        wearing("orange sweater and jeans", who="he"),
        color_of("jeans", "blue", kind="open"),
        details(
            "jeans",
            "the jeans have a slim fit, a mid rise, a zip fly, five pockets and a tapered leg that ends just above the",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "orange", kind="open"),
        describe("shirt", "it is a knitted sweater with a crew neck"),
        gender="Men",
        title="Lee Men Blue Bruce Skinny Fit Low-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
]
