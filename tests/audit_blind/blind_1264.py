"""BLIND_1264 (45 products; Myntra men's bottoms, base BLIP-2 zero-shot): written blind in the sixty-second session.
Measured blind at 4bcfbdd (the session's sixth rules): 39/56 failures found (69.6%) and 10/199 correct texts flagged
(5.0%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's jeans, trousers (formal trousers, chinos, cargos), track pants (incl. joggers) and
shorts, shot the catalog's usual way: a male model on a plain backdrop wearing the product with a top and shoes,
now and then a flat lay, a back view, a waist-down crop, or a prop (stool, crate, coffee cup, gym bag, sunglasses).
Columns are Myntra's: title, category (articleType), color (baseColour), gender; one is missing here and there.
Who wrote what: every text is the untuned base model Salesforce/blip2-opt-2.7b, zero-shot, greedy. The caption is
its unprompted caption (50 new tokens at most); the answers come from the experiments' questionnaire in the
`Question: ... Answer:` format (30 new tokens at most): "What is he wearing?", "What is the color of the
jeans/pants/shorts?", "What are the jeans/pants/shorts details?", "What is the color of the shirt?", sometimes
"What is the shirt color?" and "Describe the shirt.". Trousers and track pants are asked as "pants". Colors are
free generation, so they are stored open. The base model usually stops on the newline, so answers are short; loops,
cuts and leaks are rare and come when it keeps going past its answer.
Labeling conventions and judgement calls: judged by the photo I imagined and the title. The base model's typical
faults dominate: one color for two garments (the top's color given to the product: other_garment_color; the
product's color given to the top: contradiction), charcoal called black where the photo plainly shows grey
(contradiction, as the seller says charcoal), a garment named as another kind (jogger jeans as "sweatpants":
contradiction), invented details (rips on clean or barely abraded denim, pleats on flat-front trousers, a print on
a plain tee, a tie nobody wears, material the photo cannot show: unsupported). A question about the shirt when the
photo has no shirt (flat lay, waist-down crop) answered with a color is unsupported. "a woman" / "she" for a
cropped men's shot is pronoun. "they are shorts", "jeans" for details are non_answer; a details answer that only
gives a right color or fit ("they are red", "they are slim fit") is left unmarked, weak but true; "denim" for
the jeans' color is non_answer (a material, not a color). Cream called white, maroon called red, beige called
khaki, a striped navy-and-white tee called white are left unmarked. A "What is he wearing?" on a flat lay answered
with the product is correct; answered with the props it is contradiction. hit_limit only on the texts that ran to
the limit (loops and one cut). About one text in five is wrong: the base model's short color and wearing answers
are mostly right here, its details answers much less so.
"""

from tests.audit_corpus import caption, case, color_of, describe, details, question, wearing

shirt_color = question("shirt_color", "What is the shirt color?", "open")


def he(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="he", hit_limit=hit_limit)


def col(garment, text, failure=None, hit_limit=False):
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1264 = [
    # Photo: front, grey backdrop; blue clean-look slim jeans, white crew-neck tee, white sneakers.
    # All texts: base BLIP-2 OPT-2.7b zero-shot (unprompted caption, questionnaire answers).
    case(
        "X1264-001",
        caption("a man in a white t-shirt and blue jeans"),
        he("a white t-shirt and blue jeans"),
        col("jeans", "blue"),
        col("shirt", "white"),
        details("jeans", "they are slim fit"),
        gender="Men",
        title="Roadster Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: front, white backdrop; black solid track pants (no piping), grey melange tee, black shoes.
    # All texts: base model zero-shot. The pants get the tee's grey; material not visible.
    case(
        "X1264-002",
        caption("a man in a grey t-shirt and black pants"),
        he("a grey t-shirt and black pants"),
        col("pants", "grey", "other_garment_color"),
        col("shirt", "grey"),
        details("pants", "they are made of polyester", "unsupported"),
        shirt_color("grey"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: model seated on a wooden stool; light-blue ripped skinny jeans, black tee with a white text print,
    # open olive bomber jacket. All texts: base model zero-shot. No skull anywhere on the tee.
    case(
        "X1264-003",
        caption("a man sitting on a stool wearing ripped jeans and a jacket"),
        he("a green jacket and ripped jeans"),
        col("jeans", "light blue"),
        col("shirt", "black"),
        details("jeans", "ripped"),
        describe("shirt", "a black t-shirt with a picture of a skull on it", "unsupported"),
        gender="Men",
        title="WROGN Men Blue Skinny Fit Mid-Rise Highly Distressed Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: front; grey formal trousers, light-blue shirt tucked in, brown belt (styling), brown loafers.
    # All texts: base model zero-shot. The belt is not part of the product.
    case(
        "X1264-004",
        caption("a man in a blue shirt and grey pants"),
        he("a blue shirt and grey pants"),
        col("pants", "grey"),
        col("shirt", "blue"),
        details("pants", "they are slim fit with a brown belt", "unsupported"),
        describe("shirt", "a blue shirt with a collar"),
        gender="Men",
        title="Louis Philippe Sport Men Grey Slim Fit Solid Regular Trousers",
        category="Trousers",
        color="Grey",
    ),
    # Photo: front, white backdrop; olive cargo shorts with flap side pockets, white tee, white sneakers.
    # All texts: base model zero-shot.
    case(
        "X1264-005",
        caption("a man in a white shirt and green shorts"),
        he("a white shirt and shorts"),
        col("shorts", "green"),
        details("shorts", "they are shorts", "non_answer"),
        col("shirt", "white"),
        gender="Men",
        title="Highlander Men Olive Green Regular Fit Cargo Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Photo: back view; dark indigo jeans with the red tab and leather patch visible, grey tee.
    # All texts: base model zero-shot.
    case(
        "X1264-006",
        caption("the back of a man wearing jeans and a grey t-shirt"),
        he("jeans and a t-shirt"),
        col("jeans", "dark blue"),
        details("jeans", "the back pockets have a levi's logo"),
        col("shirt", "grey"),
        shirt_color("gray"),
        gender="Men",
        title="Levis Men Navy Blue 511 Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
    ),
    # Photo: waist-down crop, white backdrop; black track pants with a small white Puma cat logo on the left thigh,
    # white sneakers; no top in frame. All texts: base model zero-shot. Seller color column empty.
    case(
        "X1264-007",
        caption("a woman's legs in black pants and white sneakers", "pronoun"),
        he("black pants and white sneakers"),
        col("pants", "black"),
        details("pants", "the pants have a puma logo on the side"),
        col("shirt", "black", "unsupported"),
        gender="Men",
        title="Puma Men Black Solid Regular Fit Track Pants",
        category="Track Pants",
    ),
    # Photo: front; charcoal formal trousers, plainly dark grey next to the black shoes; white shirt.
    # All texts: base model zero-shot. Caption and wearing call them black, the color answer says grey.
    case(
        "X1264-008",
        caption("a man in a white shirt and black pants", "contradiction"),
        he("a white shirt and black pants", "contradiction"),
        col("pants", "grey"),
        col("shirt", "white"),
        details("pants", "they are formal pants"),
        gender="Men",
        title="Peter England Men Charcoal Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
    ),
    # Photo: front, hands in pockets; blue jeans with light fading and two tiny abrasions on the thigh (no holes),
    # mustard hoodie, white sneakers. All texts: base model zero-shot.
    case(
        "X1264-009",
        caption("a man in a yellow hoodie and blue jeans"),
        he("a yellow hoodie"),
        col("jeans", "yellow", "other_garment_color"),
        col("shirt", "yellow"),
        details("jeans", "they are ripped", "unsupported"),
        gender="Men",
        title="Jack & Jones Men Blue Slim Fit Low Distress Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: front; grey Dri-FIT shorts with a small swoosh, black Nike tee, black running shoes, white socks.
    # All texts: base model zero-shot; the caption ran on to the limit.
    case(
        "X1264-010",
        caption(
            "a man in a black shirt and grey shorts and black shoes and white socks and black shoes and white socks"
            " and black shoes and white socks and black shoes and white socks and black shoes and white socks and"
            " black shoes",
            "loop",
            hit_limit=True,
        ),
        he("he is wearing a black shirt and grey shorts"),
        col("shorts", "grey"),
        details("shorts", "the shorts have a nike logo"),
        col("shirt", "black"),
        describe("shirt", "a black nike shirt"),
        gender="Men",
        title="Nike Men Grey Solid Dri-FIT Training Shorts",
        category="Shorts",
        color="Grey",
    ),
    # Photo: front; khaki chinos, navy polo, white sneakers, sunglasses in hand. All texts: base model zero-shot.
    case(
        "X1264-011",
        caption("a man in a blue shirt and khaki pants holding sunglasses"),
        he("a blue polo shirt and khaki pants"),
        col("pants", "khaki"),
        details("pants", "they are chinos"),
        col("shirt", "navy blue"),
        shirt_color("blue"),
        gender="Men",
        title="Mast & Harbour Men Khaki Slim Fit Chinos",
        category="Trousers",
        color="Khaki",
    ),
    # Photo: front; black skinny jeans, white shirt with sleeves rolled up, brown boots. All texts: base model.
    case(
        "X1264-012",
        caption("a man in a white shirt and black jeans"),
        he("a white shirt and black jeans"),
        col("jeans", "black"),
        details("jeans", "the jeans are skinny"),
        col("shirt", "white"),
        describe("shirt", "a white shirt with rolled up sleeves"),
        gender="Men",
        title="SPYKAR Men Black Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # Photo: front; navy track pants with a white side stripe, white tee. All texts: base model zero-shot.
    case(
        "X1264-013",
        caption("a man in a white t-shirt and blue pants"),
        he("a white t-shirt and blue pants"),
        col("pants", "white", "other_garment_color"),
        details("pants", "the pants have a white stripe on the side"),
        col("shirt", "white"),
        gender="Men",
        title="Alcis Men Navy Blue Solid Track Pants with Side Taping",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Photo: front; mid-blue washed denim shorts with rolled hems, red polo with a small chest logo.
    # All texts: base model zero-shot.
    case(
        "X1264-014",
        caption("a man in a red shirt and blue jean shorts"),
        he("a red polo shirt and denim shorts"),
        col("shorts", "blue"),
        details("shorts", "denim shorts", "non_answer"),
        col("shirt", "red"),
        shirt_color("red"),
        describe("shirt", "a red polo shirt with a logo on the chest"),
        gender="Men",
        title="U.S. Polo Assn. Men Blue Washed Regular Fit Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: front; grey denim jogger jeans with elastic cuffs, black sweatshirt. All texts: base model zero-shot.
    # "sweatpants" names another garment than the jeans in the title.
    case(
        "X1264-015",
        caption("a man in a black sweatshirt and grey pants"),
        he("a black sweatshirt and grey sweatpants", "contradiction"),
        col("jeans", "grey"),
        details("jeans", "the jeans have elastic at the bottom"),
        col("shirt", "black"),
        gender="Men",
        title="The Indian Garage Co Men Grey Slim Fit Jogger Jeans",
        category="Jeans",
        color="Grey",
    ),
    # Photo: front; cream (off-white) linen trousers, light-blue linen shirt. All texts: base model zero-shot.
    # The shirt color answer gives the shirt the trousers' white; the other shirt question has it right.
    case(
        "X1264-016",
        caption("a man in a blue shirt and white pants"),
        he("a blue shirt and white pants"),
        col("pants", "white"),
        details("pants", "they are made of linen"),
        col("shirt", "white", "contradiction"),
        shirt_color("light blue"),
        gender="Men",
        title="Bene Kleed Men Cream-Coloured Regular Fit Linen Trousers",
        category="Trousers",
        color="Cream",
    ),
    # Photo: front; black track pants with white three stripes and ankle zips, black adidas tee.
    # All texts: base model zero-shot. "adidas" names a brand, not the clothes.
    case(
        "X1264-017",
        caption("a man wearing black adidas pants and a black t-shirt"),
        he("adidas", "non_answer"),
        col("pants", "black"),
        details("pants", "three stripes"),
        col("shirt", "black"),
        describe("shirt", "a black t-shirt"),
        gender="Men",
        title="Adidas Men Black Solid Tiro Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: flat lay; folded blue jeans on a white surface, no person, no shirt. All texts: base model zero-shot.
    case(
        "X1264-018",
        caption("a pair of blue jeans on a white background"),
        he("jeans"),
        col("jeans", "blue"),
        details("jeans", "jeans", "non_answer"),
        col("shirt", "blue", "unsupported"),
        gender="Men",
        title="Flying Machine Men Blue Slim Tapered Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: front; olive cargo trousers with side pockets, plain black tee, black boots. All texts: base model.
    # The tee has no logo; the color answer gives the pants the tee's black.
    case(
        "X1264-019",
        caption("a man in a black shirt and green cargo pants"),
        he("a black shirt and green pants"),
        col("pants", "black", "other_garment_color"),
        details("pants", "they have pockets on the side"),
        col("shirt", "black"),
        describe("shirt", "a black shirt with a white logo on it", "unsupported"),
        gender="Men",
        title="Ketch Men Olive Green Slim Fit Cargo Trousers",
        category="Trousers",
        color="Olive",
    ),
    # Photo: front; navy cotton shorts with a drawstring, navy-and-white striped tee. All texts: base model.
    # Gender column missing in the feed.
    case(
        "X1264-020",
        caption("a man in a striped shirt and blue shorts"),
        he("a striped shirt and shorts"),
        col("shorts", "white", "other_garment_color"),
        details("shorts", "they are navy blue shorts with a drawstring"),
        col("shirt", "white"),
        shirt_color("striped"),
        title="Campus Sutra Men Navy Blue Solid Regular Fit Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Photo: front; beige formal trousers, white shirt (open collar, no tie), navy blazer, brown shoes.
    # All texts: base model zero-shot.
    case(
        "X1264-021",
        caption("a man in a suit and tie", "unsupported"),
        he("a blue jacket and white pants", "contradiction"),
        col("pants", "beige"),
        details("pants", "they are slim fit"),
        col("shirt", "white"),
        describe("shirt", "a white shirt"),
        gender="Men",
        title="Blackberrys Men Beige Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Beige",
    ),
    # Photo: model seated on a white cube; black joggers with a visible drawstring, white tee with a red
    # "Being Human" print. All texts: base model zero-shot.
    case(
        "X1264-022",
        caption("a man sitting on a white box"),
        he("a white t-shirt and black pants"),
        col("pants", "black"),
        details("pants", "the pants have a drawstring"),
        col("shirt", "white"),
        describe("shirt", "a white t-shirt with the words being human on it"),
        gender="Men",
        title="Being Human Men Black Solid Joggers",
        category="Track Pants",
        color="Black",
    ),
    # Photo: front; grey melange track pants, navy hoodie. All texts: base model zero-shot.
    case(
        "X1264-023",
        caption("a man in a blue hoodie and grey sweatpants"),
        he("he is wearing a hoodie and sweatpants"),
        col("pants", "blue", "other_garment_color"),
        details("pants", "the pants are grey and the hoodie is blue"),
        col("shirt", "blue"),
        gender="Men",
        title="Harvard Men Grey Melange Solid Track Pants",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Photo: front; black tapered jeans, grey tee, white sneakers. All texts: base model zero-shot, which calls
    # everything gray (the experiments' one-color fault).
    case(
        "X1264-024",
        caption("a man in a gray shirt and gray jeans", "other_garment_color"),
        he("a gray shirt and gray jeans", "other_garment_color"),
        col("jeans", "gray", "other_garment_color"),
        details("jeans", "the jeans are gray", "other_garment_color"),
        col("shirt", "gray"),
        gender="Men",
        title="Highlander Men Black Tapered Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # Photo: front; navy flat-front formal trousers (no pleats), light-pink shirt with a plain spread collar,
    # black belt.
    # All texts: base model zero-shot.
    case(
        "X1264-025",
        caption("a man in a pink shirt and blue pants"),
        he("a pink shirt and blue pants"),
        col("pants", "blue"),
        details("pants", "the pants have pleats in the front", "unsupported"),
        col("shirt", "pink"),
        shirt_color("pink"),
        describe("shirt", "a pink shirt with a button down collar", "unsupported"),
        gender="Men",
        title="Van Heusen Men Navy Blue Slim Fit Solid Flat-Front Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # Photo: walking pose; light-blue jeans with mild fading at the knees (no holes), black tee, white sneakers.
    # All texts: base model zero-shot; the details answer looped to the limit.
    case(
        "X1264-026",
        caption("a man in a black t-shirt and blue jeans walking"),
        he("a black shirt and jeans"),
        col("jeans", "light blue"),
        details(
            "jeans",
            "the jeans are ripped on the knees and the jeans are ripped on the knees and the jeans are ripped on the"
            " knees and",
            "loop",
            hit_limit=True,
        ),
        col("shirt", "black"),
        gender="Men",
        title="Dennis Lingo Men Blue Slim Fit Mid-Rise Mildly Distressed Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: front; shorts with a green-and-yellow tropical leaf print on navy, white tee. All texts: base model.
    case(
        "X1264-027",
        caption("a man in a white shirt and floral shorts"),
        he("a white shirt and shorts"),
        col("shorts", "green"),
        details("shorts", "they have a floral print"),
        col("shirt", "white"),
        gender="Men",
        title="Kook N Keech Men Multicoloured Tropical Printed Regular Shorts",
        category="Shorts",
        color="Multi",
    ),
    # Photo: front, holding a paper coffee cup; olive joggers with ribbed cuffs, white hooded sweatshirt.
    # All texts: base model zero-shot.
    case(
        "X1264-028",
        caption("a man holding a cup of coffee"),
        he("a white hoodie and green pants"),
        col("pants", "green"),
        details("pants", "the details of the pants are the pants", "restated"),
        col("shirt", "white"),
        gender="Men",
        title="Roadster Men Olive Green Solid Slim Fit Joggers",
        category="Track Pants",
        color="Olive",
    ),
    # Photo: front; brown chinos, white tee under an open denim shirt with two chest pockets. All texts: base model.
    case(
        "X1264-029",
        caption("a man in a denim shirt and brown pants"),
        he("a denim shirt and brown pants"),
        col("pants", "tan"),
        details("pants", "chinos"),
        col("shirt", "blue"),
        shirt_color("blue"),
        describe("shirt", "a blue denim shirt with two chest pockets"),
        gender="Men",
        title="Arrow Sport Men Brown Slim Fit Chinos",
        category="Trousers",
        color="Brown",
    ),
    # Photo: model crouching; heavily ripped mid-blue jeans, white shirt. All texts: base model zero-shot; the
    # wearing answer went on with the next question of the format.
    case(
        "X1264-030",
        caption("a man in ripped jeans and a white shirt crouching down"),
        he("a white shirt and ripped jeans Question: What is the color of the jeans? Answer: blue", "leak"),
        col("jeans", "blue"),
        details("jeans", "they have holes in them"),
        col("shirt", "white"),
        describe("shirt", "the shirt is white and the jeans are ripped"),
        gender="Men",
        title="Urbano Fashion Men Blue Slim Fit Mid-Rise Highly Distressed Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: waist-down crop; navy polyester shorts, white ankle socks, grey shoes; no top in frame.
    # All texts: base model zero-shot.
    case(
        "X1264-031",
        caption("a woman in blue shorts and white socks", "pronoun"),
        he("she is wearing shorts", "pronoun"),
        col("shorts", "blue"),
        details("shorts", "the shorts are made of cotton", "unsupported"),
        col("shirt", "blue", "unsupported"),
        gender="Men",
        title="Puma Men Navy Blue Solid Regular Fit Training Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Photo: front; black textured formal trousers with a front crease, lavender shirt. All texts: base model.
    case(
        "X1264-032",
        caption("a man in a purple shirt and black pants"),
        he("a purple shirt and black pants"),
        col("pants", "black"),
        details("pants", "the pants are black and have a crease down the front"),
        col("shirt", "purple"),
        describe("shirt", "a purple shirt"),
        gender="Men",
        title="Louis Philippe Men Black Textured Slim Fit Formal Trousers",
        category="Trousers",
        color="Black",
    ),
    # Photo: front; navy track pants with one zip pocket and a small logo, grey melange tee. All texts: base
    # model zero-shot; the tee's grey given to the pants twice; the details answer looped to the limit.
    case(
        "X1264-033",
        caption("a man in a grey t-shirt and navy pants"),
        he("gray t-shirt and gray pants", "other_garment_color"),
        col("pants", "gray", "other_garment_color"),
        details(
            "pants",
            "the pants have a zipper pocket on the side and a drawstring waist and a logo on the left leg and a zipper"
            " pocket on the side and a",
            "loop",
            hit_limit=True,
        ),
        col("shirt", "gray"),
        gender="Men",
        title="Jockey Men Navy Blue Solid Straight Fit Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Photo: back view; beige cargo trousers with two back flap pockets, black tee. All texts: base model.
    # Category column missing in the feed.
    case(
        "X1264-034",
        caption("a man standing with his back to the camera"),
        he("a black shirt and khaki pants"),
        col("pants", "khaki"),
        details("pants", "they are pants", "non_answer"),
        col("shirt", "black"),
        gender="Men",
        title="Breakbounce Men Beige Regular Fit Cargo Trousers",
        color="Beige",
    ),
    # Photo: front; washed charcoal jeans, visibly grey on the thighs, white linen shirt, sunglasses hooked on the
    # placket. All texts: base model zero-shot.
    case(
        "X1264-035",
        caption("a man in a white shirt and dark jeans with sunglasses"),
        he("a white shirt and jeans"),
        col("jeans", "black", "contradiction"),
        details("jeans", "they are a slim fit"),
        col("shirt", "white"),
        describe("shirt", "a white shirt with sunglasses on it"),
        gender="Men",
        title="WROGN Men Charcoal Grey Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Charcoal",
    ),
    # Photo: front; red shorts, white linen shirt. All texts: base model zero-shot; one shirt answer takes the
    # shorts' red, the other has it right.
    case(
        "X1264-036",
        caption("a man in a white shirt and red shorts"),
        he("a white shirt and red shorts"),
        col("shorts", "red"),
        details("shorts", "they are red"),
        col("shirt", "red", "contradiction"),
        shirt_color("white"),
        gender="Men",
        title="Nautica Men Red Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Red",
    ),
    # Photo: front; navy chinos, red-and-white striped shirt with a small flag logo, tan loafers.
    # All texts: base model zero-shot.
    case(
        "X1264-037",
        caption("a man in a striped shirt and blue pants"),
        he("a striped shirt and blue pants"),
        col("pants", "blue"),
        details("pants", "they are made by tommy hilfiger"),
        col("shirt", "red and white"),
        describe("shirt", "a red and white striped shirt"),
        gender="Men",
        title="Tommy Hilfiger Men Navy Blue Slim Fit Chinos",
        category="Trousers",
        color="Navy Blue",
    ),
    # Photo: running pose; teal running shorts with a reflective logo on the left leg, black tank top.
    # All texts: base model zero-shot; the details answer went on into the next question.
    case(
        "X1264-038",
        caption("a man running in a black tank top and blue shorts"),
        he("a black tank top and shorts"),
        col("shorts", "blue"),
        details(
            "shorts",
            "the shorts have a reflective logo on the left leg Question: What is the color of the shirt? Answer: black",
            "leak",
        ),
        col("shirt", "black"),
        describe("shirt", "a black tank top"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Teal Blue Rapid-Dry Running Shorts",
        category="Shorts",
        color="Teal",
    ),
    # Photo: front; mid-blue clean jeans, light-blue denim shirt (double denim). All texts: base model zero-shot;
    # the details answer looped to the limit.
    case(
        "X1264-039",
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
        shirt_color("light blue"),
        gender="Men",
        title="Mufti Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Photo: front, gym bag in hand; charcoal track pants, plainly grey, red tee. All texts: base model zero-shot.
    case(
        "X1264-040",
        caption("a man in a red shirt holding a gym bag"),
        he("a red shirt and black pants", "contradiction"),
        col("pants", "red", "other_garment_color"),
        details("pants", "they are track pants"),
        col("shirt", "red"),
        gender="Men",
        title="Proline Active Men Charcoal Grey Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Charcoal",
    ),
    # Photo: front; grey trousers with a faint check, white shirt, navy tie. All texts: base model zero-shot.
    case(
        "X1264-041",
        caption("a man in a white shirt and tie and grey pants"),
        he("a shirt and tie"),
        col("pants", "grey"),
        details("pants", "the pants are plaid"),
        col("shirt", "white"),
        describe("shirt", "a white shirt with a blue tie"),
        shirt_color("white"),
        gender="Men",
        title="Park Avenue Men Grey Super Slim Fit Checked Formal Trousers",
        category="Trousers",
        color="Grey",
    ),
    # Photo: flat lay, front side up; folded denim shorts with a black cap and sunglasses beside them, no person,
    # no shirt; the back patch is not in view. All texts: base model zero-shot.
    case(
        "X1264-042",
        caption("a pair of denim shorts, a hat and sunglasses on a white surface"),
        he("a hat and sunglasses", "contradiction"),
        col("shorts", "blue"),
        details("shorts", "they have a leather patch on the back", "unsupported"),
        col("shirt", "black", "unsupported"),
        gender="Men",
        title="Levis Men Blue Regular Fit Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: front; beige chinos, navy knit sweater, white sneakers; no belt. All texts: base model zero-shot; the
    # details answer was cut at the limit after inventing a belt. Gender column missing in the feed.
    case(
        "X1264-043",
        caption("a man in a blue sweater and khaki pants"),
        he("a blue sweater and khaki pants"),
        col("pants", "beige"),
        details(
            "pants",
            "the pants have a button and zipper closure, and there are two pockets on the front and two pockets on"
            " the back, and the pants have a belt",
            "cut",
            hit_limit=True,
        ),
        col("shirt", "blue"),
        title="Marks & Spencer Men Beige Regular Fit Chinos",
        category="Trousers",
        color="Beige",
    ),
    # Photo: front; maroon trousers, white shirt, black suede shoes. All texts: base model zero-shot; the second
    # shirt question takes the trousers' maroon.
    case(
        "X1264-044",
        caption("a man in a white shirt and red pants"),
        he("a white shirt and maroon pants"),
        col("pants", "maroon"),
        details("pants", "the pants are maroon"),
        col("shirt", "white"),
        shirt_color("maroon", "contradiction"),
        gender="Men",
        title="Invictus Men Maroon Slim Fit Solid Regular Trousers",
        category="Trousers",
        color="Maroon",
    ),
    # Photo: one foot on a wooden crate; blue regular jeans with plain (uncuffed) hems, black leather jacket over a
    # white tee. All texts: base model zero-shot; "describe the shirt" describes the jacket.
    case(
        "X1264-045",
        caption("a man in a leather jacket and jeans with his foot on a wooden box"),
        he("a leather jacket, a white t-shirt and blue jeans"),
        col("jeans", "blue"),
        details("jeans", "the jeans are cuffed at the bottom", "unsupported"),
        col("shirt", "white"),
        describe("shirt", "a black leather jacket", "contradiction"),
        gender="Men",
        title="Jack & Jones Men Blue Regular Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
]
