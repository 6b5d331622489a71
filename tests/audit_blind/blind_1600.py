"""BLIND_1600 (45 products; Myntra men's bottoms, base BLIP-2 zero-shot): written blind in the sixty-sixth session.
Measured blind at 5d4d43a (the session's fifth rules): 32/51 failures found (62.7%) and 15/190 correct texts flagged
(7.9%). The writer's notes, verbatim:

Scenario: a Myntra men's bottomwear feed (Jeans, Trousers, Track Pants, Shorts as the article type), each product
photographed on a male model against a plain grey or white backdrop, worn with a top (t-shirt, shirt, polo, hoodie,
sweater, jacket), with now and then a flat lay, a back view or a prop (stool, chair, sunglasses, backpack, tote bag,
bicycle). The system is the untuned Salesforce/blip2-opt-2.7b, no adapter, greedy decoding, asked the original
experiments' questionnaire in the `Question: ... Answer:` format: "What is he wearing?", "What is the color of the jeans
/ pants / shorts?" (pants for trousers, chinos and track pants), "What are the jeans / pants / shorts details?", and for
the top "What is the color of the shirt?", "What is the shirt color?", "Describe the shirt.", "What are the shirt
details?"; plus a prompt-less caption. Each product gets a caption and four to six answers. Columns: title, category,
color, gender; the gender column is missing on two rows, the color on one, the category on one.
Who wrote what: every text is the base model's, the caption from the empty prompt, the answers from the question
prompts. Being the pretrained model it usually stops at the newline, so answers are short and lowercase; it hits the
30-token limit only when it loops or rambles through a list. On clean catalog shots it names the bottoms' color well, so
about one text in five is wrong, fewer than in the adapters' sets: its failures sit in the details questions and in the
colors of the second garment.
Labeling conventions and judgement calls: judged by the imagined photo and the title. A near hue is accepted (red for
maroon or burgundy, white for cream, khaki for beige, blue for navy, navy for a navy polo); a hue the photo clearly does
not show is a contradiction (black for charcoal-grey or navy trousers that read plainly as grey or navy in the shot; red
for a white tee with a red logo). A color that belongs to another garment in the shot (the top's color given to the
bottoms, the bottoms' color given to the top, or to a top that is not there in a flat lay) is other_garment_color, also
in a caption that gives both garments one color; a pattern copied from the shirt onto the jeans ("checkered") is a
contradiction, as are shorts for track pants and jeans for chinos. Details that cannot be seen and are not in the title
(side zipper, button fly, high waist, wool, cotton, "comfortable", a hood, pocket, collar or print the top does not
have, a suit nobody wears) are unsupported; the backdrop's white given as a shirt color in a flat lay is also
unsupported. "They are short", "pants", "it's a shirt" and "i don't know" are non_answers; "the jeans details are blue"
and "the shirt details are white" are restated. A bare brand or print name ("marvel", "adidas") for details is accepted
when the photo shows it, as is a true color or fit. "a woman" for a long-haired male model is a pronoun failure. "Jeans"
answered to "What is he wearing?" for a flat lay is accepted, as is a jacket or hoodie given for "the shirt" when it is
the outer top. Texts that ran to the limit are marked hit_limit: the two loops and the two rambling descriptions
(labeled cut).
"""

from tests.audit_corpus import caption, case, color_of, describe, details, question, wearing

shirt_color = question("shirt_color", "What is the shirt color?", "open")


def he(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="he", hit_limit=hit_limit)


def col(garment, text, failure=None, hit_limit=False):
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1600 = [
    # Front shot, grey backdrop: mid-blue skinny jeans, plain white crew-neck tee, white sneakers. All base model.
    case(
        "X1600-001",
        caption("a man in a white t-shirt and blue jeans"),
        he("a white t-shirt and jeans"),
        col("jeans", "blue"),
        details("jeans", "they are skinny jeans"),
        shirt_color("white"),
        gender="Men",
        title="Roadster Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Black jeans with knee rips, olive bomber jacket open over a black tee. No side zipper on the jeans. Base model.
    case(
        "X1600-002",
        caption("a man in a green jacket and black jeans"),
        he("a jacket and ripped jeans"),
        col("jeans", "black"),
        details("jeans", "the jeans are ripped at the knees and have a zipper on the side", "unsupported"),
        col("shirt", "black"),
        describe("shirt", "a green bomber jacket"),
        gender="Men",
        title="HERE&NOW Men Black Slim Fit Mid-Rise Highly Distressed Jeans",
        category="Jeans",
        color="Black",
    ),
    # Navy chinos, white linen shirt tucked in, brown belt, loafers. Chinos, not jeans. Base model.
    case(
        "X1600-003",
        caption("a man in a white shirt and blue pants"),
        he("a white shirt and blue jeans", "contradiction"),
        col("pants", "blue"),
        details("pants", "they are chinos"),
        shirt_color("white"),
        describe("shirt", "a white shirt"),
        gender="Men",
        title="Mast & Harbour Men Navy Blue Regular Fit Solid Chinos",
        category="Trousers",
        color="Navy Blue",
    ),
    # Plain black track pants with zip pockets, no stripe; grey crew sweatshirt (no hood). Base model.
    case(
        "X1600-004",
        caption("a man in a grey sweatshirt and black pants"),
        he("a sweatshirt and sweatpants"),
        col("pants", "black"),
        details("pants", "they have a white stripe down the side", "unsupported"),
        col("shirt", "grey"),
        details("shirt", "it has a hood", "unsupported"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Light blue faded denim shorts with rolled hem, navy short-sleeve shirt with a white leaf print. Base model.
    case(
        "X1600-005",
        caption("a man in a blue shirt and shorts"),
        he("a shirt and shorts"),
        col("shorts", "blue"),
        details("shorts", "they are short", "non_answer"),
        col("shirt", "blue"),
        describe("shirt", "a blue shirt with white leaves on it"),
        gender="Men",
        title="WROGN Men Blue Washed Slim Fit Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Dark indigo jeans, grey melange pullover hoodie. Base model; the hoodie's grey leaks into the jeans answer.
    case(
        "X1600-006",
        caption("a man wearing a grey hoodie and blue jeans"),
        he("a hoodie and jeans"),
        col("jeans", "grey", "other_garment_color"),
        details("jeans", "they are slim fit"),
        shirt_color("grey"),
        describe("shirt", "it is a hoodie"),
        gender="Men",
        title="Levis Men Indigo 511 Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Black jeans, light fading at the thighs; red-and-black check flannel shirt open over a white tee. Base model.
    case(
        "X1600-007",
        caption("a man in a red plaid shirt and black jeans"),
        he("a plaid shirt and black jeans"),
        col("jeans", "black"),
        details("jeans", "red and black plaid", "other_garment_color"),
        col("shirt", "red"),
        describe("shirt", "a red and black plaid shirt"),
        gender="Men",
        title="Flying Machine Men Black Skinny Fit Mid-Rise Mildly Distressed Jeans",
        category="Jeans",
        color="Black",
    ),
    # Model seated on a wooden stool: khaki chinos, navy polo, brown boots. Base model.
    case(
        "X1600-008",
        caption("a man sitting on a stool wearing a blue shirt and khaki pants"),
        he("a blue polo shirt and khaki pants"),
        col("pants", "khaki"),
        details("pants", "pants", "non_answer"),
        col("shirt", "khaki", "other_garment_color"),
        gender="Men",
        title="Highlander Men Khaki Slim Fit Solid Chinos",
        category="Trousers",
        color="Khaki",
    ),
    # Grey melange joggers with ribbed cuffs, black tee, white sneakers. Base model, all right.
    case(
        "X1600-009",
        caption("a man in a black t-shirt and grey sweatpants"),
        he("sweatpants"),
        col("pants", "grey"),
        details("pants", "they are joggers"),
        shirt_color("black"),
        gender="Men",
        title="Roadster Men Grey Melange Solid Joggers",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Mid-blue super skinny jeans with big knee rips, yellow tee. Base model; the details answer loops to the limit.
    case(
        "X1600-010",
        caption("a man in a yellow shirt and ripped jeans"),
        he("a yellow shirt and ripped jeans"),
        col("jeans", "blue"),
        details(
            "jeans",
            "ripped, ripped, ripped, ripped, ripped, ripped, ripped, ripped, ripped, ripped, ripped, ripped, ripped,"
            " ripped, ripped",
            "loop",
            hit_limit=True,
        ),
        col("shirt", "yellow"),
        describe("shirt", "a yellow t-shirt"),
        gender="Men",
        title="SPYKAR Men Blue Super Skinny Fit Mid-Rise Highly Distressed Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Charcoal-grey formal trousers (plainly grey in the shot), white formal shirt with a chest pocket.
    case(
        "X1600-011",
        caption("a man in a white shirt and black pants", "contradiction"),
        col("pants", "black", "contradiction"),
        details("pants", "they are formal pants"),
        shirt_color("white"),
        describe("shirt", "a white dress shirt"),
        details("shirt", "it has a pocket on the chest"),
        gender="Men",
        title="Louis Philippe Sport Men Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Grey",
    ),
    # Flat lay: the jeans folded on white, fly hidden by the fold, no top in the shot. Base model. No gender column.
    case(
        "X1600-012",
        caption("a pair of blue jeans on a white background"),
        he("jeans"),
        col("jeans", "blue"),
        details("jeans", "the jeans have a button fly", "unsupported"),
        col("shirt", "blue", "other_garment_color"),
        title="Jack & Jones Men Blue Slim Fit Low-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Black track pants with a small white Puma cat on the thigh, white Puma logo tee. Base model calls them shorts.
    case(
        "X1600-013",
        caption("a man in a white puma t-shirt and black pants"),
        he("a puma t-shirt and puma shorts", "contradiction"),
        col("pants", "black"),
        details("pants", "they have a puma logo on the side"),
        col("shirt", "white"),
        gender="Men",
        title="Puma Men Black Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Olive cargo shorts with flap side pockets, white henley, model holding sunglasses. Fabric not shown. Base model.
    case(
        "X1600-014",
        caption("a man in a white shirt and green shorts holding sunglasses"),
        he("shorts and a white shirt"),
        col("shorts", "green"),
        details("shorts", "they are made of cotton", "unsupported"),
        col("shirt", "white"),
        describe("shirt", "a white shirt with buttons"),
        gender="Men",
        title="Mufti Men Olive Green Slim Fit Cargo Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Male model with long hair in a bun and a beard; black tee worn untucked over mid-rise blue jeans. Base model.
    case(
        "X1600-015",
        caption("a woman in a black shirt and blue jeans", "pronoun"),
        he("a black top and jeans"),
        col("jeans", "blue"),
        details("jeans", "they are high waisted", "unsupported"),
        shirt_color("black"),
        gender="Men",
        title="HIGHLANDER Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Black cargo trousers, olive tee. Base model gives both garments black.
    case(
        "X1600-016",
        caption("a man in a black t-shirt and black cargo pants", "other_garment_color"),
        he("cargo pants and a t-shirt"),
        col("pants", "black"),
        details("pants", "they have pockets on the side"),
        col("shirt", "black", "other_garment_color"),
        gender="Men",
        title="Urbano Fashion Men Black Slim Fit Cargo Trousers",
        category="Trousers",
        color="Black",
    ),
    # Navy track pants with white side piping, navy Nike tee, white shoes. Base model; the shirt description loops.
    case(
        "X1600-017",
        caption("a man in a blue shirt and blue pants"),
        he("a nike shirt and nike pants"),
        col("pants", "blue"),
        details("pants", "they have a white stripe"),
        describe(
            "shirt",
            "the shirt is blue and the pants are blue and the shoes are blue and the socks are blue and the shoes"
            " are blue and the",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Nike Men Navy Blue Solid Dri-FIT Academy Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Beige chinos, plain black tee (no pocket) tucked in, white sneakers. Base model.
    case(
        "X1600-018",
        caption("a man in a black t-shirt and beige pants"),
        he("a black shirt and khaki pants"),
        col("pants", "beige"),
        details("pants", "they are slim fit"),
        col("shirt", "black"),
        describe("shirt", "a black t-shirt with a pocket", "unsupported"),
        gender="Men",
        title="Dennis Lingo Men Beige Slim Fit Solid Chinos",
        category="Trousers",
        color="Beige",
    ),
    # Back view: light blue relaxed jeans, two back pockets with a leather patch, white tee. Base model, all right.
    case(
        "X1600-019",
        caption("the back of a man wearing jeans and a white shirt"),
        he("jeans"),
        col("jeans", "blue"),
        details("jeans", "there are two pockets on the back"),
        shirt_color("white"),
        gender="Men",
        title="Roadster Men Blue Relaxed Fit Mid-Rise Low Distress Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Charcoal joggers (clearly dark grey), white hoodie, drawstring visible. Base model; caption says black.
    case(
        "X1600-020",
        caption("a man in a white hoodie and black pants", "contradiction"),
        he("a white hoodie and gray sweatpants"),
        col("pants", "grey"),
        details("pants", "they have a drawstring"),
        col("shirt", "white"),
        gender="Men",
        title="Campus Sutra Men Charcoal Grey Solid Straight-Fit Joggers",
        category="Track Pants",
        color="Charcoal",
    ),
    # Navy chino shorts ending just above the knee, pink short-sleeve oxford shirt. Base model.
    case(
        "X1600-021",
        caption("a man in a pink shirt and blue shorts"),
        col("shorts", "pink", "other_garment_color"),
        details("shorts", "the shorts are knee length"),
        col("shirt", "pink"),
        describe("shirt", "it's a shirt", "non_answer"),
        gender="Men",
        title="Ether Men Navy Blue Slim Fit Solid Chino Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Side view mid-stride: royal blue running shorts, black tank top, running shoes. Base model.
    case(
        "X1600-022",
        caption("a man in a black tank top and blue shorts running"),
        he("a black tank top and black shorts", "other_garment_color"),
        col("shorts", "blue"),
        details("shorts", "they are running shorts"),
        col("shirt", "black"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Blue Rapid-Dry Running Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Black jeans, light blue denim jacket over a white tee. Base model; the jacket's blue goes to the jeans.
    case(
        "X1600-023",
        caption("a man in a denim jacket and black jeans"),
        col("jeans", "blue", "other_garment_color"),
        details("jeans", "denim"),
        col("shirt", "white"),
        describe("shirt", "a denim jacket"),
        gender="Men",
        title="Wrangler Men Black Skanders Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # Grey washed jeans, white shirt with rolled sleeves, sunglasses hooked in the pocket. Base model.
    case(
        "X1600-024",
        caption("a man in a white shirt and grey jeans"),
        he("a white shirt and jeans"),
        col("jeans", "grey"),
        details("jeans", "they are faded"),
        shirt_color("grey", "other_garment_color"),
        gender="Men",
        title="Pepe Jeans Men Grey Vapour Slim Fit Mid-Rise Low Distress Jeans",
        category="Jeans",
        color="Grey",
    ),
    # Olive trousers, white tee under an open blue denim overshirt, white sneakers. Base model; description rambles.
    case(
        "X1600-025",
        caption("a man in a blue jacket and green pants"),
        col("pants", "green"),
        details("pants", "they have belt loops"),
        col("shirt", "blue"),
        describe(
            "shirt",
            "the shirt is a blue denim shirt with a white t-shirt underneath and a pair of green pants and a pair of"
            " white sneakers and a",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Allen Solly Men Olive Green Slim Fit Solid Regular Trousers",
        category="Trousers",
        color="Olive",
    ),
    # Black joggers with white MARVEL text down the left leg, plain red tee (no print). Base model.
    case(
        "X1600-026",
        caption("a man in a red t-shirt and black pants"),
        he("a red shirt"),
        col("pants", "black"),
        details("pants", "marvel"),
        shirt_color("red"),
        describe("shirt", "a red t-shirt with a marvel logo", "unsupported"),
        gender="Men",
        title="Kook N Keech Marvel Men Black Printed Joggers",
        category="Track Pants",
        color="Black",
    ),
    # Maroon track pants with a black side panel, black tee. Base model; red for maroon accepted.
    case(
        "X1600-027",
        caption("a man in a black shirt and red pants"),
        col("pants", "red"),
        details("pants", "they have a black stripe on the side"),
        col("shirt", "maroon", "other_garment_color"),
        he("a black t-shirt and track pants"),
        gender="Men",
        title="Alcis Men Maroon Solid Track Pants",
        category="Track Pants",
        color="Maroon",
    ),
    # Blue jeans with rips and white paint splatter, white tee, black leather jacket. Base model. No color column.
    case(
        "X1600-028",
        caption("a man in a leather jacket and ripped jeans"),
        he("a black leather jacket, a white t-shirt, and ripped jeans"),
        col("jeans", "blue"),
        details("jeans", "ripped jeans with paint splatters"),
        describe("shirt", "a black leather jacket"),
        gender="Men",
        title="Killer Men Blue Slim Fit Mid-Rise Highly Distressed Jeans",
        category="Jeans",
    ),
    # Flat lay: black chino shorts laid open on white, zip fly visible, no top. Base model.
    case(
        "X1600-029",
        caption("a pair of black shorts on a white background"),
        he("a pair of shorts"),
        col("shorts", "black"),
        details("shorts", "they have a zipper"),
        col("shirt", "white", "unsupported"),
        gender="Men",
        title="Mast & Harbour Men Black Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Black",
    ),
    # Blue tapered jeans, white tee with a red batwing logo on the chest, brown boots. Base model.
    case(
        "X1600-030",
        caption("a man in a white shirt and blue jeans"),
        he("a levi's t-shirt and jeans"),
        col("jeans", "blue"),
        details("jeans", "they are tapered"),
        shirt_color("red", "contradiction"),
        gender="Men",
        title="Levis Men Blue 512 Slim Tapered Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Black track pants with three white side stripes, black adidas tee with the logo. Base model, all right.
    case(
        "X1600-031",
        caption("a man in a black adidas t-shirt and black pants"),
        he("a black shirt and black pants"),
        col("pants", "black"),
        details("pants", "they have three white stripes"),
        col("shirt", "black"),
        describe("shirt", "a black t-shirt with the adidas logo on it"),
        details("shirt", "adidas"),
        gender="Men",
        title="ADIDAS Men Black Tiro 21 Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Cream pleated relaxed trousers, black knit polo, canvas tote bag in hand. Base model, all right (white ~ cream).
    case(
        "X1600-032",
        caption("a man in a black shirt and white pants holding a bag"),
        col("pants", "white"),
        details("pants", "they have pleats"),
        shirt_color("black"),
        describe("shirt", "a black polo shirt"),
        gender="Men",
        title="Bene Kleed Men Cream-Coloured Pleated Relaxed Fit Trousers",
        category="Trousers",
        color="Cream",
    ),
    # Black washed denim shorts with frayed hem, white tee with a black tiger-face graphic. Base model.
    case(
        "X1600-033",
        caption("a man in a white shirt and black shorts"),
        col("shorts", "black"),
        details("shorts", "frayed"),
        describe("shirt", "a white t-shirt with a black skull on it", "unsupported"),
        shirt_color("white"),
        gender="Men",
        title="Roadster Men Black Washed Denim Shorts",
        category="Shorts",
        color="Black",
    ),
    # Model seated on a chair, legs crossed: dark blue skinny jeans, light pink shirt. Base model.
    case(
        "X1600-034",
        caption("a man sitting on a chair"),
        he("a pink shirt and jeans"),
        col("jeans", "blue"),
        details("jeans", "the jeans details are blue", "restated"),
        shirt_color("pink"),
        gender="Men",
        title="Flying Machine Men Blue Jackson Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Side view: navy track pants (clearly navy in the shot) with a side pocket, white tee. Base model.
    case(
        "X1600-035",
        caption("a man in a white t-shirt and blue pants"),
        he("a t-shirt and pants"),
        col("pants", "black", "contradiction"),
        details("pants", "they are very comfortable", "unsupported"),
        shirt_color("white"),
        details("shirt", "the shirt details are white", "restated"),
        gender="Men",
        title="Jockey Men Navy Blue Solid Straight Fit Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Brown chinos, light blue denim shirt with rolled sleeves tucked in, tan belt. Base model; one answer leaks.
    case(
        "X1600-036",
        caption("a man in a blue shirt and brown pants"),
        he("Answer: a blue shirt and brown pants", "leak"),
        col("pants", "brown"),
        col("shirt", "blue"),
        describe("shirt", "a blue denim shirt with rolled up sleeves"),
        gender="Men",
        title="Peter England Casuals Men Brown Slim Fit Solid Chinos",
        category="Trousers",
        color="Brown",
    ),
    # Straight blue jeans (plain), blue-and-white check shirt, hands in pockets. Base model. No gender column.
    case(
        "X1600-037",
        caption("a man in a blue and white checkered shirt and jeans"),
        col("jeans", "blue"),
        details("jeans", "checkered", "contradiction"),
        col("shirt", "blue"),
        describe("shirt", "a blue and white checkered shirt"),
        title="Roadster Men Blue Straight Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Clean black jeans (no rips), burgundy crew sweater, white sneakers. Base model; red for burgundy accepted.
    case(
        "X1600-038",
        caption("a man in a red sweater and black jeans"),
        he("a red sweater and black pants"),
        col("jeans", "black"),
        details("jeans", "they have a hole in the knee", "unsupported"),
        shirt_color("red"),
        describe("shirt", "a red sweater"),
        gender="Men",
        title="Louis Philippe Jeans Men Black Slim Fit Low-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # Grey melange knit shorts with drawstring, black Puma tee. Base model gives both garments grey.
    case(
        "X1600-039",
        caption("a man in a grey shirt and grey shorts", "other_garment_color"),
        he("shorts and a shirt"),
        col("shorts", "grey"),
        details("shorts", "they have a drawstring"),
        col("shirt", "grey", "other_garment_color"),
        gender="Men",
        title="Puma Men Grey Melange Solid Shorts",
        category="Shorts",
        color="Grey Melange",
    ),
    # Back view: black joggers with a zip back pocket, white hoodie. Base model; the hoodie's white goes to the pants.
    case(
        "X1600-040",
        caption("the back of a man in a white hoodie"),
        he("a white hoodie and black pants"),
        col("pants", "white", "other_garment_color"),
        details("pants", "they have a pocket on the back"),
        shirt_color("white"),
        gender="Men",
        title="DOMYOS By Decathlon Men Black Solid Slim Fit Joggers",
        category="Track Pants",
        color="Black",
    ),
    # Blue clean jeans, black tee, grey backpack on one shoulder. Base model.
    case(
        "X1600-041",
        caption("a man with a backpack"),
        he("a black t-shirt and blue jeans"),
        col("jeans", "blue"),
        details("jeans", "i don't know", "non_answer"),
        shirt_color("black"),
        gender="Men",
        title="Mufti Men Blue Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Male model with shoulder-length hair: grey cropped chinos, white tee, black sneakers. Base model. No category.
    case(
        "X1600-042",
        caption("a woman in a white t-shirt and grey pants", "pronoun"),
        he("a white t-shirt and grey pants"),
        col("pants", "grey"),
        details("pants", "they are cropped"),
        shirt_color("white"),
        gender="Men",
        title="Roadster Men Grey Slim Fit Solid Cropped Chinos",
        color="Grey",
    ),
    # Mid-blue denim shorts with light whiskering, navy polo with a small white chest logo. Base model; rambles.
    case(
        "X1600-043",
        caption("a man in a blue polo shirt and denim shorts"),
        col("shorts", "blue"),
        details("shorts", "they are denim shorts"),
        col("shirt", "navy"),
        describe(
            "shirt",
            "the shirt is a navy blue polo shirt with a white logo on the chest and a collar and two buttons on the"
            " front and short sleeves and the",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Jack & Jones Men Blue Mid-Rise Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Navy formal trousers, light blue self-collar shirt, no jacket. Base.
    case(
        "X1600-044",
        caption("a man in a blue shirt and blue pants"),
        he("a suit", "unsupported"),
        col("pants", "blue"),
        details("pants", "they are made of wool", "unsupported"),
        col("shirt", "blue"),
        describe("shirt", "a blue shirt with a white collar", "unsupported"),
        gender="Men",
        title="Van Heusen Men Navy Blue Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # Light blue jogger jeans with elastic cuffs, white tee, model leaning on a bicycle. Base model; one answer leaks.
    case(
        "X1600-045",
        caption("a man standing next to a bicycle"),
        he("a white t-shirt and jeans"),
        col("jeans", "light blue Question: what is the color of the shirt? Answer: white", "leak"),
        details("jeans", "they have elastic at the bottom"),
        shirt_color("white"),
        gender="Men",
        title="Roadster Men Light Blue Slim Fit Jogger Jeans",
        category="Jeans",
        color="Blue",
    ),
]
