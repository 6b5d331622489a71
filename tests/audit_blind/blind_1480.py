"""BLIND_1480 (45 products; Myntra men's bottoms, base BLIP-2 zero-shot): written blind in the sixty-fifth session.
Measured blind at af418ff (the session's third rules): 54/65 failures found (83.1%) and 12/178 correct texts flagged
(6.7%). The writer's notes, verbatim:

Scenario: a Myntra men's bottoms feed, 45 products (14 jeans, 12 trousers, 10 track pants, 9 shorts), each shot the
way the catalog usually does it: a model on a plain backdrop wearing the product with a top (t-shirt, shirt, polo,
hoodie, sweater, jacket), now and then a waist-down crop, a back view, a flat lay, or a prop (stool, skateboard,
briefcase, coffee cup, bicycle, water bottle, dumbbell, wooden bench). Columns as the feed has them: title, category
(Myntra articleType: Jeans, Trousers, Track Pants, Shorts), color (baseColour), gender "Men"; a few rows miss one.
Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b (8-bit, greedy, no adapter). The caption
is generated from the image alone (no prompt, 50 new tokens). The answers are the experiments' questionnaire in the
"Question: ... Answer:" format (30 new tokens, stopped at the first newline): What is he wearing? What is the color
of the jeans / pants / shorts? (trousers and track pants asked as "pants"), What is the color of the shirt? and/or
What is the shirt color? (asked of the top, whatever it is), What are the jeans / pants / shorts details?, and on
some products Describe the shirt. Color answers are free generation, stored open.
Labeling conventions and judgement calls: judged against the photo I imagined first, the title second. Near names
count as right: navy -> blue, maroon -> red, beige -> tan or khaki, cream -> white, olive and teal -> green, charcoal
-> grey. The top's color given to the product, or the product's color given to the top, is other_garment_color; a
prop's color given to the product is contradiction; a shirt color answered on a flat lay (no shirt in the photo,
only the backdrop) is unsupported. A wrong garment kind ("jeans" for denim shorts or track pants, "pants" for
shorts, "a suit" for grey trousers under a black blazer) and a caption color the photo refutes ("black pants" for
clearly navy trousers) are contradiction. Details: a bare kind or nothing ("jeans", "they are short", "they are
sweatpants", "nothing", "he is sitting on a bench") is non_answer; the question's words back is restated; invented
features (rips, pleats, stripes, a tie, "comfortable") are unsupported. When the model writes a new Question/Answer
pair after its answer it is leak, even where the first answer is right. "a woman" in a caption of a waist-down crop
or a long-haired model is pronoun. Loops and cuts ran to the 30-token limit and carry hit_limit. Left unmarked on
purpose: "black" for what he wears in an all-black outfit; "white" for grey-and-white striped shorts (no seller color
on that row, and half the stripes are white); the sweater's "blue" as the shirt color where a navy sweater covers a
white collar; "pants" for jeans; "they are folded" for a flat lay's details; "made of linen" where the title says
linen and the creases show it. About a quarter of the texts are wrong: the base model does well on these clean
shots' short questions and fails mostly on the product's color and on the details question.
"""

from tests.audit_corpus import caption, case, color_of, describe, details, question, wearing

shirt_color = question("shirt_color", "What is the shirt color?", "open")


def he(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="he", hit_limit=hit_limit)


def col(garment, text, failure=None, hit_limit=False):
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1480 = [
    # Photo: man facing camera, white crew-neck t-shirt, mid-blue skinny jeans, white sneakers, grey backdrop.
    # Base BLIP-2 zero-shot wrote every text below (caption unprompted, answers to the questionnaire).
    case(
        "X1480-001",
        caption("a man in a white t-shirt and blue jeans"),
        he("a white t-shirt and jeans"),
        col("jeans", "blue"),
        col("shirt", "white"),
        details("jeans", "they are skinny"),
        gender="Men",
        title="Roadster Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: grey melange henley, black jeans with light whiskering at the thighs (no holes), black boots.
    # Base BLIP-2 zero-shot, all texts.
    case(
        "X1480-002",
        caption("a man wearing a grey shirt and black jeans"),
        he("a grey shirt and black jeans"),
        col("jeans", "grey", "other_garment_color"),
        shirt_color("grey"),
        details("jeans", "they are ripped", "unsupported"),
        describe("shirt", "it is a grey henley shirt with buttons"),
        gender="Men",
        title="Mast & Harbour Men Black Slim Fit Mid-Rise Mildly Distressed Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # Photo: black graphic t-shirt under an open olive bomber jacket, light-blue jeans ripped at both knees.
    # Base BLIP-2 zero-shot, all texts. "What is the shirt color?" went to the jacket.
    case(
        "X1480-003",
        caption("a man in a black t-shirt, green jacket and ripped jeans"),
        he("a jacket, a t-shirt and ripped jeans"),
        col("jeans", "blue"),
        col("shirt", "black"),
        shirt_color("green", "other_garment_color"),
        details("jeans", "they are ripped at the knees"),
        gender="Men",
        title="WROGN Men Blue Slim Fit Mid-Rise Highly Distressed Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: back view, white long-sleeve shirt, dark blue jeans, brown leather patch on the waistband, back pockets.
    # Base BLIP-2 zero-shot, all texts.
    case(
        "X1480-004",
        caption("the back of a man in a white shirt and jeans"),
        he("a white shirt and blue jeans"),
        col("jeans", "blue"),
        details("jeans", "there is a leather patch on the back of the jeans"),
        describe("shirt", "a white shirt with long sleeves"),
        gender="Men",
        title="Levis Men Blue 511 Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: man seated on a wooden stool, white button-down shirt, black skinny jeans, black chelsea boots.
    # Base BLIP-2 zero-shot, all texts.
    case(
        "X1480-005",
        caption("a man sitting on a stool wearing black jeans and a white shirt"),
        he("a white shirt and black pants"),
        col("jeans", "black"),
        shirt_color("white"),
        details("jeans", "nothing", "non_answer"),
        describe("shirt", "a white shirt with a collar and buttons"),
        gender="Men",
        title="Flying Machine Men Black Jackson Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # Photo: navy polo t-shirt, grey jeans, white sneakers, front view on white.
    # Base BLIP-2 zero-shot, all texts: the polo's blue leaks onto the jeans, the jeans' grey onto the shirt.
    case(
        "X1480-006",
        caption("a man in a blue polo shirt and grey jeans"),
        he("a blue shirt and grey jeans"),
        col("jeans", "blue", "other_garment_color"),
        col("shirt", "blue"),
        shirt_color("grey", "other_garment_color"),
        details("jeans", "the jeans have a zipper and a button"),
        gender="Men",
        title="Spykar Men Grey Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Grey",
    ),
    # Photo: waist-down crop, light-blue faded jeans, brown belt, brown loafers, tail of a white shirt tucked in.
    # Base BLIP-2 zero-shot, all texts. No face in the shot: the caption calls the wearer a woman.
    case(
        "X1480-007",
        caption("a woman in blue jeans and brown shoes", "pronoun"),
        he("jeans"),
        col("jeans", "blue"),
        col("shirt", "white"),
        details("jeans", "they are faded"),
        gender="Men",
        title="Pepe Jeans Men Blue Slim Fit Low-Rise Light Fade Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: red-and-black checked flannel shirt, dark blue jeans, brown boots.
    # Base BLIP-2 zero-shot, all texts: the check's red and its pattern bleed onto the jeans.
    case(
        "X1480-008",
        caption("a man in a red plaid shirt and jeans"),
        he("a plaid shirt and jeans"),
        col("jeans", "red", "other_garment_color"),
        col("shirt", "red"),
        shirt_color("red and black"),
        details("jeans", "the jeans are red and black plaid", "other_garment_color"),
        gender="Men",
        title="HIGHLANDER Men Blue Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: all black: black t-shirt, black jeans (slightly faded at the thighs), black sneakers.
    # Base BLIP-2 zero-shot, all texts. The details answer never stopped.
    case(
        "X1480-009",
        caption("a man in all black clothes"),
        he("black"),
        col("jeans", "black"),
        col("shirt", "black"),
        details(
            "jeans",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Jack & Jones Men Black Slim Fit Low Distress Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # Photo: mustard-yellow hoodie, blue jeans with light abrasion (no holes), man holding a skateboard at his side.
    # Base BLIP-2 zero-shot, all texts. Row has no gender column.
    case(
        "X1480-010",
        caption("a man in a yellow hoodie holding a skateboard"),
        he("a yellow hoodie and jeans"),
        col("jeans", "yellow", "other_garment_color"),
        col("shirt", "yellow"),
        details("jeans", "the jeans have a hole in the knee", "unsupported"),
        title="Urbano Fashion Men Blue Slim Fit Mid-Rise Mildly Distressed Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: flat lay, folded dark navy jeans on a white surface, no person, no top.
    # Base BLIP-2 zero-shot, all texts: the shirt color is the backdrop's.
    case(
        "X1480-011",
        caption("a pair of blue jeans on a white background"),
        he("jeans"),
        col("jeans", "blue"),
        col("shirt", "white", "unsupported"),
        details("jeans", "they are folded"),
        gender="Men",
        title="Roadster Men Navy Blue Straight Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Navy Blue",
    ),
    # Photo: olive-green shirt with rolled sleeves, mid-blue jeans, tan boots, white wall.
    # Base BLIP-2 zero-shot, all texts.
    case(
        "X1480-012",
        caption("a man in a green shirt and jeans standing against a white wall"),
        he("a green shirt and jeans"),
        col("jeans", "green", "other_garment_color"),
        shirt_color("green"),
        details("jeans", "the jeans details are the jeans", "restated"),
        describe("shirt", "a green shirt with sleeves rolled up"),
        gender="Men",
        title="Mufti Men Blue Regular Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: long-haired bearded model, hair tied back, sunglasses, white shirt, blue jeans torn at both knees.
    # Base BLIP-2 zero-shot, all texts.
    case(
        "X1480-013",
        caption("a woman wearing a white shirt and ripped jeans", "pronoun"),
        he("a white shirt and ripped jeans"),
        col("jeans", "blue"),
        col("shirt", "white"),
        details(
            "jeans",
            "the jeans have holes in the knees and the jeans are ripped at the knees and the jeans are ripped at the"
            " knees and the jeans are ripped at",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Roadster Men Blue Tapered Fit Mid-Rise Highly Distressed Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: beige crew-neck sweatshirt, light-blue jeans, white sneakers.
    # Base BLIP-2 zero-shot, all texts. The details answer went on to a question of its own.
    case(
        "X1480-014",
        caption("a man in a beige sweater and blue jeans"),
        he("a sweater and jeans"),
        col("jeans", "light blue"),
        col("shirt", "blue", "other_garment_color"),
        details("jeans", "the jeans are light blue. Question: What is the color of the shoes? Answer: white", "leak"),
        gender="Men",
        title="Dennis Lingo Men Blue Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: white shirt, khaki flat-front slim chinos, brown derby shoes.
    # Base BLIP-2 zero-shot, all texts.
    case(
        "X1480-015",
        caption("a man in a white shirt and khaki pants"),
        he("a white shirt and khaki pants"),
        col("pants", "white", "other_garment_color"),
        shirt_color("white"),
        details("pants", "they have a pleat in the front", "unsupported"),
        describe("shirt", "a white shirt with a collar"),
        gender="Men",
        title="Louis Philippe Sport Men Khaki Slim Fit Solid Chinos",
        category="Trousers",
        color="Khaki",
    ),
    # Photo: light-blue formal shirt tucked in, clearly navy trousers, black belt, black shoes.
    # Base BLIP-2 zero-shot, all texts.
    case(
        "X1480-016",
        caption("a man in a blue shirt and black pants", "contradiction"),
        he("a blue shirt and blue pants"),
        col("pants", "blue"),
        col("shirt", "blue"),
        details("pants", "the pants are tucked in", "unsupported"),
        gender="Men",
        title="Van Heusen Men Navy Blue Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # Photo: black t-shirt, olive cargo trousers with flap side pockets, white sneakers.
    # Base BLIP-2 zero-shot, all texts.
    case(
        "X1480-017",
        caption("a man in a black t-shirt and green cargo pants"),
        he("cargo pants"),
        col("pants", "green"),
        col("shirt", "black"),
        shirt_color("green", "other_garment_color"),
        details("pants", "they have pockets on the sides"),
        gender="Men",
        title="Highlander Men Olive Green Slim Fit Solid Cargos",
        category="Trousers",
        color="Olive",
    ),
    # Photo: black blazer over a white shirt (no tie), grey formal trousers, man holding a leather briefcase.
    # Base BLIP-2 zero-shot, all texts.
    case(
        "X1480-018",
        caption("a man in a black jacket and grey pants holding a briefcase"),
        he("a suit", "contradiction"),
        col("pants", "black", "other_garment_color"),
        col("shirt", "white"),
        details("pants", "the pants are grey"),
        gender="Men",
        title="Peter England Men Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Grey",
    ),
    # Photo: navy sweater over a white collared shirt, beige tapered trousers, man seated on a white cube.
    # Base BLIP-2 zero-shot, all texts.
    case(
        "X1480-019",
        caption("a man sitting on a white box wearing a blue sweater and tan pants"),
        he("a blue sweater and khaki pants"),
        col("pants", "tan"),
        col("shirt", "blue"),
        details("pants", "pants", "non_answer"),
        gender="Men",
        title="Arrow Men Beige Tapered Fit Solid Regular Trousers",
        category="Trousers",
        color="Beige",
    ),
    # Photo: back view, white shirt tucked in, charcoal-grey formal trousers with two welt back pockets.
    # Base BLIP-2 zero-shot, all texts: the caption has the grey, the wearing answer turns it black.
    case(
        "X1480-020",
        caption("the back of a man in a white shirt and grey pants"),
        he("a white shirt and black pants", "contradiction"),
        col("pants", "grey"),
        details("pants", "there are two pockets on the back"),
        describe("shirt", "it is a white shirt with long sleeves and it is tucked into the pants"),
        gender="Men",
        title="Marks & Spencer Men Charcoal Grey Regular Fit Solid Formal Trousers",
        category="Trousers",
        color="Charcoal",
    ),
    # Photo: white t-shirt, maroon chinos rolled at the ankle, white sneakers.
    # Base BLIP-2 zero-shot, all texts.
    case(
        "X1480-021",
        caption("a man in a white t-shirt and red pants"),
        he("a white shirt and red pants"),
        col("pants", "red"),
        col("shirt", "white"),
        shirt_color("red", "other_garment_color"),
        details("pants", "the pants are rolled up at the bottom"),
        gender="Men",
        title="The Indian Garage Co Men Maroon Slim Fit Solid Chinos",
        category="Trousers",
        color="Maroon",
    ),
    # Photo: grey micro-check shirt (no tie), black formal trousers, man holding a takeaway coffee cup.
    # Base BLIP-2 zero-shot, all texts.
    case(
        "X1480-022",
        caption("a man holding a cup of coffee"),
        he("a shirt and tie", "unsupported"),
        col("pants", "black"),
        col("shirt", "grey"),
        details(
            "pants",
            "they are black and they have a crease down the front of the legs and a pocket on the side and a belt"
            " loop at the",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Allen Solly Men Black Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Black",
    ),
    # Photo: beige sweatshirt, olive joggers with ribbed cuffs and elastic waist, white sneakers.
    # Base BLIP-2 zero-shot, all texts.
    case(
        "X1480-023",
        caption("a man wearing a beige sweatshirt and green jogger pants"),
        he("sweatpants"),
        col("pants", "green"),
        col("shirt", "green", "other_garment_color"),
        details("pants", "they have an elastic waist and cuffs at the bottom"),
        gender="Men",
        title="Mast & Harbour Men Olive Green Regular Fit Solid Joggers",
        category="Trousers",
        color="Olive",
    ),
    # Photo: light-blue linen shirt, sleeves rolled, chest pocket; cream linen trousers, visibly creased; sandals.
    # Base BLIP-2 zero-shot, all texts.
    case(
        "X1480-024",
        caption("a man in a blue shirt and white pants"),
        he("a blue shirt and white pants"),
        col("pants", "blue", "other_garment_color"),
        shirt_color("blue"),
        details("pants", "they are made of linen"),
        describe(
            "shirt",
            "a blue shirt with white buttons and a pocket on the chest and a collar and long sleeves and the sleeves"
            " are rolled up to the elbows and the",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Bene Kleed Men Cream-Coloured Relaxed Fit Linen Trousers",
        category="Trousers",
        color="Cream",
    ),
    # Photo: black turtleneck, grey-and-charcoal checked trousers, black loafers.
    # Base BLIP-2 zero-shot, all texts. The shirt-color answer went on to ask about the pants.
    case(
        "X1480-025",
        caption("a man in a black turtleneck and plaid pants"),
        he("a black sweater and checkered pants"),
        col("pants", "black", "other_garment_color"),
        col("shirt", "black Question: What is the color of the pants? Answer: black", "leak"),
        details("pants", "plaid"),
        gender="Men",
        title="WROGN Men Grey Slim Fit Checked Regular Trousers",
        category="Trousers",
        color="Grey",
    ),
    # Photo: waist-down crop, pink shirt tucked in, mid-blue formal trousers with belt loops, brown shoes.
    # Base BLIP-2 zero-shot, all texts. Row has no category column.
    case(
        "X1480-026",
        caption("a man in a pink shirt and blue pants"),
        he("he is wearing a pink shirt and blue pants"),
        col("pants", "blue"),
        col("shirt", "pink"),
        details("pants", "the pants have a belt loop"),
        gender="Men",
        title="Louis Philippe Men Blue Slim Fit Solid Formal Trousers",
        color="Blue",
    ),
    # Photo: black t-shirt with a white HRX logo, charcoal solid track pants with drawstring, black sneakers.
    # Base BLIP-2 zero-shot, all texts.
    case(
        "X1480-027",
        caption("a man in a black t-shirt and grey sweatpants"),
        he("a black shirt and grey pants"),
        col("pants", "black", "other_garment_color"),
        col("shirt", "black"),
        details("pants", "they have a drawstring waist"),
        describe(
            "shirt",
            "a black t-shirt with a white logo on the chest and a white logo on the chest and a white logo on the"
            " chest and a",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="HRX by Hrithik Roshan Men Charcoal Grey Solid Rapid-Dry Track Pants",
        category="Track Pants",
        color="Charcoal",
    ),
    # Photo: white Puma t-shirt, black track pants with a white side tape, white sneakers.
    # Base BLIP-2 zero-shot, all texts.
    case(
        "X1480-028",
        caption("a man in a white shirt and black pants"),
        he("a white t-shirt and black track pants"),
        col("pants", "black and white"),
        col("shirt", "white"),
        shirt_color("white"),
        details("pants", "they have a white stripe on the side"),
        gender="Men",
        title="Puma Men Black Solid T7 Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: grey pullover hoodie, navy track pants with three white side stripes, man holding a water bottle.
    # Base BLIP-2 zero-shot, all texts.
    case(
        "X1480-029",
        caption("a man in a grey hoodie holding a bottle of water"),
        he("a hoodie and sweatpants"),
        col("pants", "grey", "other_garment_color"),
        col("shirt", "grey"),
        details(
            "pants",
            "the pants have three stripes on the side and the hoodie has a hood and a pocket on the front and a"
            " drawstring on the hood and the",
            "cut",
            hit_limit=True,
        ),
        describe("shirt", "a grey hoodie with a hood"),
        gender="Men",
        title="Adidas Men Navy Blue Essentials 3-Stripes Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Photo: waist-down crop, hem of a navy t-shirt, grey melange straight track pants, white sneakers.
    # Base BLIP-2 zero-shot, all texts.
    case(
        "X1480-030",
        caption("a woman in grey sweatpants and white sneakers", "pronoun"),
        he("sweatpants"),
        col("pants", "grey"),
        col("shirt", "blue"),
        details("pants", "they are comfortable", "unsupported"),
        gender="Men",
        title="Jockey Men Grey Melange Solid Straight Fit Track Pants",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Photo: red t-shirt, black slim track pants with zipped side pockets, black running shoes.
    # Base BLIP-2 zero-shot, all texts.
    case(
        "X1480-031",
        caption("a man in a red shirt and black pants"),
        he("a red shirt and jeans", "contradiction"),
        col("pants", "red", "other_garment_color"),
        col("shirt", "red"),
        details("pants", "they have zippers on the pockets"),
        gender="Men",
        title="Proline Active Men Black Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: white hoodie, olive joggers, white sneakers, man standing beside a black bicycle.
    # Base BLIP-2 zero-shot, all texts. The details answer asked itself about the bike.
    case(
        "X1480-032",
        caption("a man standing next to a bicycle"),
        he("a white hoodie and green pants"),
        col("pants", "green"),
        shirt_color("white"),
        details("pants", "the pants are green Question: What is the color of the bike? Answer: black", "leak"),
        gender="Men",
        title="Campus Sutra Men Olive Green Solid Joggers",
        category="Track Pants",
        color="Olive",
    ),
    # Photo: black puffer jacket zipped up, grey fleece joggers, white sneakers.
    # Base BLIP-2 zero-shot, all texts: the caption gives the joggers the jacket's black.
    case(
        "X1480-033",
        caption("a man in a black jacket and black pants", "other_garment_color"),
        he("a black jacket and grey sweatpants"),
        col("pants", "grey"),
        col("shirt", "black"),
        details("pants", "they are sweatpants", "non_answer"),
        gender="Men",
        title="Nike Men Grey Solid Sportswear Club Fleece Joggers",
        category="Track Pants",
        color="Grey",
    ),
    # Photo: white t-shirt, navy track pants with a red panel down each side, white sneakers.
    # Base BLIP-2 zero-shot, all texts.
    case(
        "X1480-034",
        caption("a man in a white t-shirt and blue track pants"),
        he("a white t-shirt and blue pants with red stripes"),
        col("pants", "blue and red"),
        col("shirt", "white"),
        details(
            "pants",
            "they have a red stripe on the side, a red stripe on the side, a red stripe on the side, a red stripe on"
            " the",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Kappa Men Navy Blue & Red Colourblocked Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Photo: flat lay, black track pants with drawstring laid out on a grey backdrop, no person, no top.
    # Base BLIP-2 zero-shot, all texts.
    case(
        "X1480-035",
        caption("a pair of black sweatpants on a gray background"),
        he("pants"),
        col("pants", "black"),
        col("shirt", "grey", "unsupported"),
        details("pants", "they have a drawstring"),
        gender="Men",
        title="Alcis Men Black Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: man mid-stride in a running pose, orange t-shirt, plain blue track pants with a small HRX logo on the
    # thigh (no stripes), grey shoes. Base BLIP-2 zero-shot, all texts. Row has no gender column.
    case(
        "X1480-036",
        caption("a man running in orange shirt and blue pants"),
        he("an orange shirt"),
        col("pants", "blue"),
        col("shirt", "orange"),
        shirt_color("blue", "other_garment_color"),
        details("pants", "they are blue and have a white stripe", "unsupported"),
        title="HRX by Hrithik Roshan Men Blue Solid Track Pants",
        category="Track Pants",
        color="Blue",
    ),
    # Photo: white polo shirt, navy chino shorts above the knee, white sneakers.
    # Base BLIP-2 zero-shot, all texts.
    case(
        "X1480-037",
        caption("a man in a white polo shirt and blue shorts"),
        he("a white shirt and blue shorts"),
        col("shorts", "blue"),
        col("shirt", "white"),
        shirt_color("blue", "other_garment_color"),
        details("shorts", "they are short", "non_answer"),
        gender="Men",
        title="U.S. Polo Assn. Men Navy Blue Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Photo: black t-shirt, light-blue washed denim shorts with frayed hems, white sneakers.
    # Base BLIP-2 zero-shot, all texts.
    case(
        "X1480-038",
        caption("a man in a black shirt and denim shorts"),
        he("a black t-shirt and jeans", "contradiction"),
        col("shorts", "blue"),
        col("shirt", "black"),
        shirt_color("blue", "other_garment_color"),
        details("shorts", "they are frayed at the bottom"),
        gender="Men",
        title="Roadster Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: grey tank top, black sports shorts with a small white Puma logo, man holding a dumbbell.
    # Base BLIP-2 zero-shot, all texts.
    case(
        "X1480-039",
        caption("a man in a gray tank top and black shorts holding a dumbbell"),
        he("a tank top and shorts"),
        col("shorts", "grey", "other_garment_color"),
        col("shirt", "grey"),
        details("shorts", "the shorts have a puma logo"),
        describe("shirt", "a grey tank top"),
        gender="Men",
        title="Puma Men Black Solid Regular Fit Sports Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: white t-shirt with a black chest print, olive cargo shorts with side pockets, white sneakers.
    # Base BLIP-2 zero-shot, all texts. The shirt-color answer went on to a question and answer of its own.
    case(
        "X1480-040",
        caption("a man in a white shirt and green shorts"),
        he("a white t-shirt and cargo shorts"),
        col("shorts", "green"),
        details("shorts", "they have pockets on the side"),
        describe("shirt", "a white t-shirt with a black print on it"),
        shirt_color("white Question: What is the color of the shorts? Answer: green", "leak"),
        gender="Men",
        title="WROGN Men Olive Green Solid Regular Fit Cargo Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Photo: navy linen shirt, beige slim chino shorts, sunglasses pushed up on the head, brown loafers.
    # Base BLIP-2 zero-shot, all texts.
    case(
        "X1480-041",
        caption("a man in a blue shirt and beige shorts"),
        he("a blue shirt and khaki pants", "contradiction"),
        col("shorts", "blue", "other_garment_color"),
        col("shirt", "blue"),
        details(
            "shorts",
            "they are khaki shorts with a button and a zipper and two pockets on the front and two pockets on the"
            " back and a belt loop on the",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Jack & Jones Men Beige Solid Slim Fit Chino Shorts",
        category="Shorts",
        color="Beige",
    ),
    # Photo: white t-shirt, grey-and-white vertically striped drawstring shorts, slides.
    # Base BLIP-2 zero-shot, all texts. Row has no color column.
    case(
        "X1480-042",
        caption("a man in a white t-shirt and striped shorts"),
        he("a white shirt and shorts"),
        col("shorts", "white"),
        shirt_color("white"),
        details("shorts", "they are striped"),
        gender="Men",
        title="Mast & Harbour Men Grey Striped Regular Shorts",
        category="Shorts",
    ),
    # Photo: waist-down crop on white, neon-green t-shirt hem, plain black running shorts with a small white swoosh
    # (no stripes), running shoes. Base BLIP-2 zero-shot, all texts.
    case(
        "X1480-043",
        caption("a pair of black shorts and a green shirt"),
        he("black shorts"),
        col("shorts", "green", "other_garment_color"),
        col("shirt", "green"),
        details("shorts", "they have white stripes on the sides", "unsupported"),
        gender="Men",
        title="Nike Men Black Dri-FIT Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: white linen shirt, teal chino shorts, brown sandals, man seated on a wooden bench.
    # Base BLIP-2 zero-shot, all texts: the bench's brown goes to the shorts.
    case(
        "X1480-044",
        caption("a man sitting on a wooden bench"),
        he("a white shirt and green shorts"),
        col("shorts", "brown", "contradiction"),
        col("shirt", "white"),
        details("shorts", "he is sitting on a bench", "non_answer"),
        gender="Men",
        title="Allen Solly Men Teal Solid Slim Fit Chino Shorts",
        category="Shorts",
        color="Teal",
    ),
    # Photo: back view, white sleeveless tee, navy running shorts, running shoes.
    # Base BLIP-2 zero-shot, all texts.
    case(
        "X1480-045",
        caption("the back of a man in white shirt and blue shorts"),
        he("a white tank top and blue shorts"),
        col("shorts", "blue"),
        shirt_color("white"),
        details("shorts", "the details of the shorts", "restated"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Navy Blue Solid Rapid-Dry Running Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
]
