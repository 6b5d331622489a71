"""BLIND_1576 (45 products; Myntra men's bottoms worn with tops, base BLIP-2 zero-shot): written blind in the sixty-
sixth session. Measured blind at 9074ceb (the session's fourth rules): 48/66 failures found (72.7%) and 20/220
correct texts flagged (9.1%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's bottoms (article types Jeans, Trousers, Track Pants, Shorts), each shot on a model
wearing the product with a top on a plain studio backdrop; now and then a waist-down crop, a back view, a flat lay,
or a prop (sunglasses, a coffee cup, a skateboard, a stool, a basketball, a bag). Catalog columns as the feed has
them: title, category (Myntra's article type), color (Myntra's base colour), gender "Men"; one or another column
is missing on a few rows, as in real feeds.
Who wrote what: every text comes from the untuned base model Salesforce/blip2-opt-2.7b (8-bit, greedy, no adapter),
zero-shot on the experiments' questionnaire. The caption is the unprompted caption (50 new tokens at most); the
answers use `Question: ... Answer:` (30 new tokens at most) and stop on the newline. Questions: "What is he
wearing?", "What is the color of the jeans/pants/shorts?" (free generation, stored open), "What are the
jeans/pants/shorts details?", "What is the color of the shirt?", "Describe the shirt." and on some rows "What is
the shirt color?". Track pants and trousers are asked about as "pants". The base model mostly answers short and
stops; its failures are a color copied from the other garment (most often the top's color given to the bottom, or
the bottom's to the top), navy read as black, the details question answered with nothing or with something
invented, a "woman"/"she" on waist-down crops, a few loops and cut answers (mostly on the details question), and
three times the prompt format echoed back.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and
the title. A color that is the other garment's color is other_garment_color; a wrong color that belongs to no
garment in the photo (navy trousers called black, maroon called purple) is contradiction; calling chinos or
trousers "jeans" is contradiction. Near colors count as right: cream called white, charcoal called black or grey,
khaki called tan or beige, teal called green, neon volt called yellow, olive called green. Invented details not
visible in the photo nor in the title (rips on clean jeans, a drawstring hidden under the top, pleats, cargo
pockets, a hood, a v-neck, leather) are unsupported. On flat lays there is no shirt: a color or a description given
to the shirt is unsupported; "it's a pair of jeans" to "Describe the shirt." is true of the photo and left
unmarked; "nothing" to "What is he wearing?" on a flat lay is a non_answer. A details answer that only gives the
bottom's correct color ("they are grey") is weak but true and left unmarked; one that only gives back the garment
word ("pants", "shorts") is non_answer, one that says the garment is itself ("the jeans are jeans") is restated. A
loop or a cut that ran to 30 tokens is marked hit_limit; when an answer both loops and is cut I label it loop. A
"she"/"woman" for a man is pronoun even when the rest of the text is right. Only one label per text: I took the
failure a reader would notice first.
"""

from tests.audit_corpus import caption, case, color_of, describe, details, question, wearing

shirt_color = question("shirt_color", "What is the shirt color?", "open")


def he(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="he", hit_limit=hit_limit)


def col(garment, text, failure=None, hit_limit=False):
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1576 = [
    # Full body, grey backdrop: mid-blue skinny jeans, white crew-neck tee, white sneakers. All texts: base BLIP-2.
    case(
        "X1576-001",
        caption("a man in blue jeans and a white t-shirt"),
        he("jeans and a t-shirt"),
        col("jeans", "blue"),
        details("jeans", "they are skinny jeans"),
        col("shirt", "white"),
        describe("shirt", "it is a white t-shirt"),
        gender="Men",
        title="Roadster Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Full body: black jeans with light fading on the thighs (no holes), grey melange pullover hoodie, hands in
    # pockets. Base BLIP-2 invents rips and a zipper on the pullover hoodie.
    case(
        "X1576-002",
        caption("a man wearing black jeans and a grey hoodie"),
        he("a grey hoodie and black jeans"),
        col("jeans", "black"),
        details("jeans", "ripped", "unsupported"),
        col("shirt", "grey"),
        describe("shirt", "a grey hoodie with a zipper", "unsupported"),
        shirt_color("grey"),
        gender="Men",
        title="HIGHLANDER Men Black Slim Fit Mildly Distressed Jeans",
        category="Jeans",
        color="Black",
    ),
    # Full body: navy chinos, white oxford shirt tucked in, brown belt, brown loafers. Base BLIP-2 gives the pants
    # the shirt's white.
    case(
        "X1576-003",
        caption("a man in a white shirt and blue pants"),
        he("a white shirt and blue pants"),
        col("pants", "white", "other_garment_color"),
        details("pants", "they are slim fit"),
        col("shirt", "white"),
        describe("shirt", "a white button down shirt"),
        gender="Men",
        title="Mast & Harbour Men Navy Blue Slim Fit Solid Chinos",
        category="Trousers",
        color="Navy Blue",
    ),
    # Full body, mid-stride: black track pants with a small white Puma cat logo on the left thigh, black Puma tee
    # with the logo on the chest. The shirt description loops to the limit.
    case(
        "X1576-004",
        caption("a man in black track pants and a black t-shirt"),
        he("track pants"),
        col("pants", "black"),
        details("pants", "they have a puma logo on the side"),
        col("shirt", "black"),
        describe(
            "shirt",
            "it is a black t-shirt with a puma logo on the front and a puma logo on the back and a puma logo on the",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Puma Men Black Solid Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Waist-to-knee crop (no face): navy running shorts with a white swoosh, grey tee. Base BLIP-2 calls the model a
    # woman in the caption and gives the shorts' blue to the shirt in the second color question.
    case(
        "X1576-005",
        caption("a woman in blue shorts and a grey shirt", "pronoun"),
        he("shorts"),
        col("shorts", "blue"),
        details("shorts", "the shorts have a nike logo"),
        col("shirt", "grey"),
        describe("shirt", "a grey t-shirt"),
        shirt_color("blue", "other_garment_color"),
        gender="Men",
        title="Nike Men Navy Blue Dri-FIT Solid Training Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Back view: mid-blue jeans, red tab and leather patch on the back, white shirt untucked, sleeves rolled.
    # Base BLIP-2 invents buttons on the back of the shirt.
    case(
        "X1576-006",
        caption("the back of a man wearing jeans"),
        he("jeans"),
        col("jeans", "blue"),
        details("jeans", "the back pockets have a red tag"),
        col("shirt", "white"),
        describe("shirt", "it's a white shirt with a collar and buttons on the back", "unsupported"),
        gender="Men",
        title="Levis Men Blue 511 Slim Fit Mid-Rise Low Distress Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Full body: light blue jeans with large rips at both knees, black graphic tee. Details loop to the limit.
    case(
        "X1576-007",
        caption("a man in ripped jeans and a black t-shirt"),
        he("ripped jeans"),
        col("jeans", "blue"),
        details(
            "jeans",
            "they are ripped and they are ripped and they are ripped and they are ripped and they are ripped and they",
            "loop",
            hit_limit=True,
        ),
        col("shirt", "black"),
        describe("shirt", "a black t-shirt with a graphic on it"),
        gender="Men",
        title="WROGN Men Blue Slim Fit Mid-Rise Highly Distressed Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Full body: grey trousers with a faint dobby texture, light pink shirt tucked in, black belt. Details answer is
    # only the garment word.
    case(
        "X1576-008",
        caption("a man in a pink shirt and grey pants"),
        he("a pink shirt and grey pants"),
        col("pants", "grey"),
        details("pants", "pants", "non_answer"),
        col("shirt", "pink"),
        shirt_color("pink"),
        describe("shirt", "it is a pink dress shirt"),
        gender="Men",
        title="Louis Philippe Sport Men Grey Slim Fit Self Design Regular Trousers",
        category="Trousers",
        color="Grey",
    ),
    # Full body under warm light: trousers clearly dark navy (blue shows at the knees and hem), white shirt, black
    # shoes. Base BLIP-2 calls them black everywhere, consistently.
    case(
        "X1576-009",
        caption("a man in a white shirt and black pants", "contradiction"),
        he("a white shirt and black pants", "contradiction"),
        col("pants", "black", "contradiction"),
        details("pants", "formal pants"),
        col("shirt", "white"),
        describe("shirt", "white shirt"),
        gender="Men",
        title="Van Heusen Men Navy Blue Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # Full body, holding sunglasses: khaki chino shorts with slant pockets, navy polo with a small logo, white
    # sneakers. Details loop to the limit.
    case(
        "X1576-010",
        caption("a man in khaki shorts and a navy polo shirt holding sunglasses"),
        he("shorts and a polo shirt"),
        col("shorts", "khaki"),
        details(
            "shorts",
            "they have pockets on the front and pockets on the back and pockets on the side and pockets on the front"
            " and pockets on the",
            "loop",
            hit_limit=True,
        ),
        col("shirt", "navy"),
        describe("shirt", "a blue polo shirt with a collar and a logo on the chest"),
        gender="Men",
        title="Jack & Jones Men Khaki Solid Regular Shorts",
        category="Shorts",
        color="Khaki",
    ),
    # Full body: grey melange joggers with ribbed ankle cuffs, black tee worn untucked over the waistband (no
    # drawstring visible), black running shoes. The wearing answer runs on with a bag and is cut; the drawstring is
    # a guess; the second color question gives the shirt the joggers' grey.
    case(
        "X1576-011",
        caption("a man in grey sweatpants and a black t-shirt"),
        he(
            "he is wearing a black t-shirt, grey sweatpants, black sneakers, a black watch and a black bag on his"
            " shoulder and a black",
            "cut",
            hit_limit=True,
        ),
        col("pants", "grey"),
        details("pants", "they have a drawstring waist and elastic cuffs", "unsupported"),
        col("shirt", "black"),
        describe("shirt", "it is a black t-shirt"),
        shirt_color("grey", "other_garment_color"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Grey Melange Solid Rapid-Dry Joggers",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Seated on a wooden stool: navy shorts with a small white palm-leaf print, white short-sleeve shirt. The
    # wearing answer gives the shorts the shirt's white.
    case(
        "X1576-012",
        caption("a man sitting on a stool wearing shorts"),
        he("a white shirt and white shorts", "other_garment_color"),
        col("shorts", "blue"),
        details("shorts", "they have palm trees on them"),
        col("shirt", "white"),
        describe("shirt", "a white shirt with short sleeves"),
        shirt_color("white"),
        gender="Men",
        title="Roadster Men Navy Blue Printed Regular Fit Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Full body, holding a coffee cup: dark indigo jeans, open olive bomber jacket over a white tee. The first
    # shirt-color question answers the jacket's green.
    case(
        "X1576-013",
        caption("a man in a green jacket and jeans holding a cup of coffee"),
        he("a green jacket and jeans"),
        col("jeans", "dark blue"),
        details("jeans", "they are slim fit"),
        col("shirt", "green", "other_garment_color"),
        shirt_color("white"),
        gender="Men",
        title="Flying Machine Men Blue Michael Slim Tapered Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Flat lay on white: blue jeans, front side, fly and button visible; no person, no shirt.
    case(
        "X1576-014",
        caption("a pair of blue jeans on a white background"),
        he("jeans"),
        col("jeans", "blue"),
        details("jeans", "the jeans have a zipper and a button"),
        col("shirt", "blue", "unsupported"),
        describe("shirt", "it's a pair of jeans"),
        gender="Men",
        title="Pepe Jeans Men Blue Vapour Slim Fit Low-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Full body, jogging pose: black track pants with three white side stripes and ankle zips, plain white adidas
    # tee with a small chest logo. The shirt description borrows the pants' stripes.
    case(
        "X1576-015",
        caption("a man in black adidas track pants and a white t-shirt"),
        he("track pants and a t-shirt"),
        col("pants", "black and white"),
        details("pants", "three stripes"),
        col("shirt", "white"),
        describe("shirt", "a white adidas shirt with black stripes on the shoulders", "unsupported"),
        shirt_color("white"),
        gender="Men",
        title="Adidas Men Black Tiro 21 Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Waist-down crop: slim black track pants with zip pockets, black sneakers, only the hem of a teal tee visible.
    # "woman", the shirt given black, and an empty description.
    case(
        "X1576-016",
        caption("a woman in black leggings and sneakers", "pronoun"),
        he("black pants"),
        col("pants", "black"),
        details("pants", "they have zippered pockets"),
        col("shirt", "black", "other_garment_color"),
        describe("shirt", "", "non_answer"),
        gender="Men",
        title="Alcis Men Black Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Full body: grey trousers with a faint windowpane check, light blue shirt, navy blazer, no tie. The caption
    # invents a suit and a tie.
    case(
        "X1576-017",
        caption("a man in a suit and tie", "unsupported"),
        he("a blue blazer and grey pants"),
        col("pants", "grey"),
        details("pants", "plaid"),
        col("shirt", "blue"),
        shirt_color("light blue"),
        gender="Men",
        title="Arrow Men Grey Tapered Fit Checked Formal Trousers",
        category="Trousers",
        color="Grey",
    ),
    # Full body: black denim jogger jeans with thigh cargo pockets and elastic cuffs, white pullover hoodie. Details
    # loop; the shirt is given the jeans' black.
    case(
        "X1576-018",
        caption("a man wearing black cargo pants and a white hoodie"),
        he("cargo pants"),
        col("jeans", "black"),
        details(
            "jeans",
            "they have pockets on the side and pockets on the side and pockets on the side and pockets on the side and"
            " pockets on the side and",
            "loop",
            hit_limit=True,
        ),
        col("shirt", "black", "other_garment_color"),
        describe("shirt", "it's a white hoodie with a hood"),
        gender="Men",
        title="Urbano Fashion Men Black Slim Fit Jogger Cargo Jeans",
        category="Jeans",
        color="Black",
    ),
    # Full body, holding a skateboard: olive cargo shorts, black tee. The shirt color is the shorts' green.
    case(
        "X1576-019",
        caption("a man holding a skateboard"),
        he("shorts and a t-shirt"),
        col("shorts", "green"),
        details("shorts", "cargo"),
        col("shirt", "green", "other_garment_color"),
        describe("shirt", "it is a black t-shirt"),
        gender="Men",
        title="Kook N Keech Men Olive Green Solid Cargo Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Full body beside a potted plant: flat-front beige trousers, maroon polo tucked in. "pleated" is invented.
    case(
        "X1576-020",
        caption("a man in khaki pants and a red shirt standing next to a plant"),
        he("khaki pants and a red polo shirt"),
        col("pants", "tan"),
        details("pants", "pleated", "unsupported"),
        col("shirt", "maroon"),
        describe("shirt", "a red polo shirt"),
        gender="Men",
        title="Parx Men Beige Slim Fit Solid Regular Trousers",
        category="Trousers",
        color="Beige",
    ),
    # Full body: cream chinos (read as off-white), navy polo with the U.S. Polo Assn. logo, brown loafers. The feed
    # row has no color. All right.
    case(
        "X1576-021",
        caption("a man in white pants and a blue polo shirt"),
        he("white pants and a blue shirt"),
        col("pants", "white"),
        details("pants", "they are chinos"),
        col("shirt", "blue"),
        describe("shirt", "blue polo shirt with the us polo logo"),
        gender="Men",
        title="U.S. Polo Assn. Men Cream-Coloured Regular Fit Solid Chinos",
        category="Trousers",
    ),
    # Full body: charcoal chinos, mustard yellow tee, white sneakers. "black" and "grey" for charcoal both fine;
    # "jeans" is wrong.
    case(
        "X1576-022",
        caption("a man in a yellow shirt and grey pants"),
        he("a yellow shirt and black pants"),
        col("pants", "grey"),
        details("pants", "they are jeans", "contradiction"),
        col("shirt", "yellow"),
        describe("shirt", "a yellow t-shirt"),
        shirt_color("yellow"),
        gender="Men",
        title="Mufti Men Charcoal Grey Slim Fit Solid Chinos",
        category="Trousers",
        color="Charcoal",
    ),
    # Waist-down crop: light blue skinny jeans with whiskering, brown boots, white shirt tails visible at the top.
    case(
        "X1576-023",
        caption("a woman wearing jeans and brown boots", "pronoun"),
        he("jeans and boots"),
        col("jeans", "light blue"),
        details("jeans", "skinny jeans with brown boots"),
        col("shirt", "blue", "other_garment_color"),
        describe("shirt", "she is wearing a white shirt", "pronoun"),
        gender="Men",
        title="SPYKAR Men Blue Skinny Fit Low Distress Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Seated on a wooden chair: olive chinos, white henley (three buttons, no pocket). The chest pocket is invented.
    case(
        "X1576-024",
        caption("a man sitting on a chair wearing green pants and a white shirt"),
        he("a white shirt and green pants"),
        col("pants", "green"),
        details("pants", "slim fit"),
        col("shirt", "white"),
        describe("shirt", "a white henley shirt with three buttons and a pocket on the chest", "unsupported"),
        shirt_color("white"),
        gender="Men",
        title="Dennis Lingo Men Olive Green Slim Fit Chinos",
        category="Trousers",
        color="Olive",
    ),
    # Flat lay: grey melange joggers, drawstring visible, no person, no shirt.
    case(
        "X1576-025",
        caption("a pair of grey sweatpants on a white background"),
        he("sweatpants"),
        col("pants", "grey"),
        details("pants", "drawstring"),
        col("shirt", "grey", "unsupported"),
        describe("shirt", "a grey sweatshirt", "unsupported"),
        gender="Men",
        title="Harvard Men Grey Melange Solid Joggers",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Full body: black knit shorts with a small Jockey logo on the left leg, white crew-neck tee. The row has no
    # category. The color answer echoes "Answer:"; the v-neck is invented.
    case(
        "X1576-026",
        caption("a man in black shorts and a white t-shirt"),
        he("shorts"),
        col("shorts", "Answer: black", "leak"),
        details("shorts", "they have a jockey logo on the leg"),
        col("shirt", "white"),
        describe("shirt", "it's a white t-shirt with a v-neck", "unsupported"),
        gender="Men",
        title="Jockey Men Black Solid Shorts",
        color="Black",
    ),
    # Full body: mid-blue washed denim shorts with rolled hems, navy-and-white breton striped tee. Details answer is
    # only the garment word.
    case(
        "X1576-027",
        caption("a man in denim shorts and a striped shirt"),
        he("a striped shirt and jean shorts"),
        col("shorts", "blue"),
        details("shorts", "shorts", "non_answer"),
        col("shirt", "blue and white"),
        describe("shirt", "striped"),
        shirt_color("navy blue and white striped"),
        gender="Men",
        title="Nautica Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Full body: mid-blue tapered jeans faded on the thighs, red-and-black buffalo check flannel shirt untucked.
    case(
        "X1576-028",
        caption("a man in a red plaid shirt and jeans"),
        he("a plaid shirt and jeans"),
        col("jeans", "red", "other_garment_color"),
        details("jeans", "faded"),
        col("shirt", "red and black"),
        describe("shirt", "plaid"),
        shirt_color("red"),
        gender="Men",
        title="HIGHLANDER Men Blue Tapered Fit Light Fade Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Full body, black blazer carried over the arm: black trousers, white shirt with one chest pocket. Details echo
    # the prompt format; the shirt description runs to the limit.
    case(
        "X1576-029",
        caption("a man in a white shirt and black pants holding a jacket"),
        he("a white shirt and black pants"),
        col("pants", "black"),
        details("pants", "Answer: black", "leak"),
        col("shirt", "white"),
        describe(
            "shirt",
            "a white dress shirt with a collar and buttons down the front and a pocket on the left side of the chest"
            " and a pocket on the",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Peter England Men Black Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Black",
    ),
    # Full body: navy track pants with white side piping, grey melange tee. One grey for both garments in the caption
    # and the pants color.
    case(
        "X1576-030",
        caption("a man in grey sweatpants and a grey t-shirt", "other_garment_color"),
        he("sweatpants and a t-shirt"),
        col("pants", "grey", "other_garment_color"),
        details("pants", "white stripe on the side"),
        col("shirt", "grey"),
        describe("shirt", "gray"),
        shirt_color("grey"),
        gender="Men",
        title="Proline Active Men Navy Blue Solid Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Back view: black skinny jeans, plain grey tee (no hood). The hood is invented.
    case(
        "X1576-031",
        caption("the back of a man in black jeans"),
        he("black jeans and a grey t-shirt"),
        col("jeans", "black"),
        details("jeans", "the back pockets"),
        col("shirt", "grey"),
        describe("shirt", "a grey shirt with a hood", "unsupported"),
        gender="Men",
        title="Roadster Men Black Skinny Fit Clean Look Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # Full body, sunglasses in hand: grey jeans, black leather jacket open over a white tee. The jeans get the
    # jacket's black; the details answer (their grey) is right.
    case(
        "X1576-032",
        caption("a man in a leather jacket and grey jeans"),
        he("a leather jacket"),
        col("jeans", "black", "other_garment_color"),
        details("jeans", "they are grey"),
        col("shirt", "white"),
        describe("shirt", "a white t-shirt under a black leather jacket"),
        gender="Men",
        title="WROGN Men Grey Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Grey",
    ),
    # Full body with a backpack on one shoulder: teal chino shorts, white tee with a photo print.
    case(
        "X1576-033",
        caption("a man in shorts with a backpack"),
        he("shorts and a t-shirt"),
        col("shorts", "green"),
        details("shorts", "the shorts are short", "restated"),
        col("shirt", "white"),
        describe("shirt", "a white t-shirt with a picture on it"),
        gender="Men",
        title="Mast & Harbour Men Teal Blue Solid Regular Shorts",
        category="Shorts",
        color="Teal",
    ),
    # Full body, holding a leather bag: brown cotton trousers, cream knit polo. The leather is the bag's; the shirt
    # gets the pants' brown.
    case(
        "X1576-034",
        caption("a man in brown pants and a white shirt holding a bag"),
        he("brown pants and a white sweater"),
        col("pants", "brown"),
        details("pants", "they are made of leather", "unsupported"),
        col("shirt", "brown", "other_garment_color"),
        describe("shirt", "it is a knit shirt with a collar"),
        gender="Men",
        title="Blackberrys Men Brown Slim Fit Solid Regular Trousers",
        category="Trousers",
        color="Brown",
    ),
    # Full body, double denim: mid-blue straight jeans, light blue chambray shirt. Both garments really are blue.
    case(
        "X1576-035",
        caption("a man in a denim shirt and jeans"),
        he("a denim shirt and jeans"),
        col("jeans", "blue"),
        details("jeans", "straight leg"),
        col("shirt", "blue"),
        describe("shirt", "a light blue denim shirt"),
        shirt_color("blue"),
        gender="Men",
        title="Being Human Men Blue Regular Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Full body, basketball under the arm: black fleece joggers with a small white swoosh, red Nike hoodie.
    case(
        "X1576-036",
        caption("a man in a red hoodie holding a basketball"),
        he("a red hoodie and black pants"),
        col("pants", "red", "other_garment_color"),
        details("pants", "they have a nike logo"),
        col("shirt", "red"),
        describe("shirt", "it is a red hoodie with a nike logo"),
        shirt_color("red"),
        gender="Men",
        title="Nike Men Black Club Fleece Joggers",
        category="Track Pants",
        color="Black",
    ),
    # Seated on a stool: blue jeans torn at both knees, long-sleeve white casual shirt. The details answer turns
    # into a definition and is cut; the second color question gives the shirt the jeans' blue.
    case(
        "X1576-037",
        caption("a man in ripped jeans sitting on a stool"),
        he("a white shirt and ripped jeans"),
        col("jeans", "blue"),
        details(
            "jeans",
            "ripped jeans are a type of jeans that have been ripped or torn in some way to make them look worn or"
            " distressed. they are",
            "cut",
            hit_limit=True,
        ),
        col("shirt", "white"),
        describe("shirt", "a white shirt"),
        shirt_color("blue", "other_garment_color"),
        gender="Men",
        title="Moda Rapido Men Blue Slim Fit Mid-Rise Highly Distressed Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Waist-down crop: khaki chinos with side pockets and belt loops, brown loafers, hem of a black tee. "woman" and
    # "she" for a man.
    case(
        "X1576-038",
        caption("a woman in khaki pants and brown shoes", "pronoun"),
        he("she is wearing khaki pants", "pronoun"),
        col("pants", "beige"),
        details("pants", "side pockets and belt loops"),
        col("shirt", "black"),
        describe("shirt", "a black t-shirt"),
        gender="Men",
        title="Louis Philippe Men Khaki Slim Fit Solid Chinos",
        category="Trousers",
        color="Khaki",
    ),
    # Full body, running pose: navy running shorts, neon volt (green-yellow) running tee. The shorts get the tee's
    # green; "yellow" for the volt tee is fine.
    case(
        "X1576-039",
        caption("a man running in shorts and a green shirt"),
        he("running shorts"),
        col("shorts", "green", "other_garment_color"),
        details("shorts", "they are running shorts"),
        col("shirt", "green"),
        describe("shirt", "a neon green running shirt"),
        shirt_color("yellow"),
        gender="Men",
        title="Adidas Men Navy Blue Solid Running Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Full body: maroon track pants, black tee, white sneakers. The row has no gender. "purple" is no garment's
    # color; the details answer runs into a loop of socks.
    case(
        "X1576-040",
        caption("a man in maroon pants and a black t-shirt"),
        he("pants and a t-shirt"),
        col("pants", "purple", "contradiction"),
        details(
            "pants",
            "they are maroon track pants with a black t-shirt and black shoes and black socks and black socks and"
            " black socks and black socks and",
            "loop",
            hit_limit=True,
        ),
        col("shirt", "black"),
        describe("shirt", "black t-shirt"),
        title="Campus Sutra Men Maroon Solid Track Pants",
        category="Track Pants",
        color="Maroon",
    ),
    # Full body: dark indigo jeans, white oxford shirt with rolled sleeves.
    case(
        "X1576-041",
        caption("a man in a white shirt and dark jeans"),
        he("a white shirt and jeans"),
        col("jeans", "dark blue"),
        details("jeans", "the jeans are jeans", "restated"),
        col("shirt", "white"),
        describe("shirt", "a white button down shirt with rolled up sleeves"),
        shirt_color("white"),
        gender="Men",
        title="Levis Men Navy Blue 511 Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Navy Blue",
    ),
    # Back view: grey melange sweat shorts, navy pullover hoodie. The shorts get the hoodie's blue; details echo the
    # whole prompt.
    case(
        "X1576-042",
        caption("the back of a man in a blue hoodie and grey shorts"),
        he("a hoodie and shorts"),
        col("shorts", "blue", "other_garment_color"),
        details("shorts", "Question: What are the shorts details? Answer: grey", "leak"),
        col("shirt", "blue"),
        describe("shirt", "a blue hoodie"),
        gender="Men",
        title="Jack & Jones Men Grey Solid Sweat Shorts",
        category="Shorts",
        color="Grey",
    ),
    # Full body: white slim trousers (no denim stitching), light blue long-sleeve shirt. "jeans" is wrong, the shirt
    # gets the trousers' white.
    case(
        "X1576-043",
        caption("a man in white pants and a blue shirt"),
        he("white jeans and a blue shirt", "contradiction"),
        col("pants", "white"),
        details("pants", "they are white"),
        col("shirt", "white", "other_garment_color"),
        describe("shirt", "a light blue shirt with long sleeves"),
        gender="Men",
        title="Mast & Harbour Men White Slim Fit Solid Regular Trousers",
        category="Trousers",
        color="White",
    ),
    # Flat lay, back side up: blue jeans with embroidered back pockets; no person, no shirt.
    case(
        "X1576-044",
        caption("a pair of jeans with a design on the back pocket"),
        he("nothing", "non_answer"),
        col("jeans", "blue"),
        details("jeans", "embroidered back pockets"),
        col("shirt", "blue", "unsupported"),
        describe("shirt", "it is blue", "unsupported"),
        gender="Men",
        title="Ben Martin Men Blue Relaxed Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Full body, black baseball cap: olive joggers with ribbed cuffs (no cargo pockets), black tee with white text
    # print, white sneakers.
    case(
        "X1576-045",
        caption("a man wearing a black t-shirt and green pants and a hat"),
        he("a black t-shirt and a black hat"),
        col("pants", "black", "other_garment_color"),
        details("pants", "they are cargo pants", "unsupported"),
        col("shirt", "black"),
        describe("shirt", "black t-shirt with white writing on it"),
        gender="Men",
        title="Red Tape Men Olive Green Solid Joggers",
        category="Track Pants",
        color="Olive",
    ),
]
