"""BLIND_1624 (45 products; Myntra men's bottoms, base BLIP-2 zero-shot): written blind in the sixty-sixth session.
Measured blind at 0f3a531 (the session's sixth rules): 35/47 failures found (74.5%) and 30/197 correct texts flagged
(15.2%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's jeans, trousers, track pants and shorts (article types Jeans, Trousers, Track Pants,
Shorts), each photographed on a model who also wears a top (tee, shirt, polo, hoodie, jacket), with now and then a
flat lay, a back view or a prop (stool, backpack, crate, sunglasses). The untuned Salesforce/blip2-opt-2.7b answers
the experiments' questionnaire zero-shot with free generation: a caption (empty prompt), "What is he wearing?", "What
is the color of the <jeans|pants|shorts>?", "What is the color of the shirt?", "What are the <garment> details?",
and on some products "Describe the <garment>." and "What is the shirt color?". Trousers and track pants are asked
about as "pants", as in the experiments. Catalog columns as Myntra has them: title, category (article type), color
(base colour), gender; one is missing now and then.
Who wrote what: every text, caption included, is the base model's, greedy, 50 new tokens for the caption and 30 for
answers, stopping on the newline. Mostly short answers, as the base model gives them; the long ones are the few
times it did not stop.
Labeling conventions and judgement calls: judged against the photo as described in the comment and the title. A
color close to the seller's (navy answered "blue", cream answered "white", khaki answered "beige", maroon answered
"red") is correct; a clearly different hue (navy answered "black", charcoal that reads grey in the photo answered
"black", maroon answered "purple") is a contradiction. The product answered with the top's color, or the shirt
answered with the product's or the jacket's color, is other_garment_color. A shirt question on a flat lay (no shirt)
answered with the product's color is other_garment_color; answered with the backdrop's color it is unsupported. A
details or describe answer that gives only the color or the fit is thin but true and left unmarked; one that gives
only the garment's name ("jeans", "a pair of jeans", "shorts", "they are short") or "no" is non_answer; one that
echoes the question ("the details of the jeans") is restated. Details not in the photo (pleats on a flat front, a
zip pocket on the hidden side, rips on clean jeans, a brick wall on a plain backdrop) are unsupported. A caption
calling the male model a woman is pronoun. A text that ran to the token limit is marked hit_limit and labeled by
what it does: loop when it repeats, cut when it ends mid-phrase without repeating. A text that both leaks the
prompt format and says something wrong is labeled leak. A caption giving the product the top's color is
contradiction (it disagrees with the color answer and the seller). Trousers called "jeans", an accessory (the belt)
given as the product's detail, and the shirt's check given as the jeans' detail are contradiction.
One label per text, the most visible failure. About one text in five is wrong, fewer than the usual four in ten:
clean catalog shots and short color questions suit the base model; its errors gather in the details answers and
in the shirt question, where one color goes to both garments.
"""

from tests.audit_corpus import caption, case, color_of, describe, details, question, wearing

shirt_color = question("shirt_color", "What is the shirt color?", "open")


def he(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="he", hit_limit=hit_limit)


def col(garment, text, failure=None, hit_limit=False):
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1624 = [
    # photo: model front, plain grey backdrop; mid-blue slim jeans, white crew-neck tee, white sneakers.
    # base model, zero-shot: caption and all answers.
    case(
        "X1624-001",
        caption("a man in blue jeans and a white t-shirt"),
        he("jeans and a t-shirt"),
        col("jeans", "blue"),
        col("shirt", "white"),
        details("jeans", "slim fit"),
        describe("jeans", "blue jeans"),
        gender="Men",
        title="Roadster Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: model front; black skinny jeans with light abrasion at the knees, black tee under an olive bomber jacket.
    # base model: all texts. The shirt-color questions went to the jacket once.
    case(
        "X1624-002",
        caption("a man wearing a green jacket and black jeans"),
        he("a jacket"),
        col("jeans", "black"),
        col("shirt", "black"),
        details("jeans", "ripped"),
        shirt_color("green", "other_garment_color"),
        gender="Men",
        title="WROGN Men Black Skinny Fit Mid-Rise Mildly Distressed Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # photo: model front, white backdrop; navy chinos, white oxford shirt tucked in, brown belt, brown loafers.
    # base model: all texts. The details answer names the belt, which is not part of the product.
    case(
        "X1624-003",
        caption("a man in a white shirt and blue pants"),
        he("a white shirt and blue pants"),
        col("pants", "blue"),
        col("shirt", "white"),
        details("pants", "brown belt", "contradiction"),
        gender="Men",
        title="Highlander Men Navy Blue Slim Fit Chinos",
        category="Trousers",
        color="Navy Blue",
    ),
    # photo: model front; grey melange joggers with a black drawstring and ribbed cuffs, black HRX tee, running shoes.
    # base model: all texts.
    case(
        "X1624-004",
        caption("a man in a black t-shirt and grey sweatpants"),
        he("sweatpants"),
        col("pants", "grey"),
        col("shirt", "black"),
        details("pants", "drawstring"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Grey Melange Solid Joggers",
        category="Track Pants",
        color="Grey Melange",
    ),
    # photo: model front, beige backdrop; olive chino shorts, white tee with a small chest print.
    # base model: all texts.
    case(
        "X1624-005",
        caption("a man in shorts and a white t-shirt"),
        he("shorts"),
        col("shorts", "green"),
        col("shirt", "white"),
        details("shorts", "they are short", "non_answer"),
        describe("shorts", "green"),
        gender="Men",
        title="Mast & Harbour Men Olive Green Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Olive",
    ),
    # photo: back view; light-fade blue jeans, back pockets with the Levi's red tab and leather patch, grey tee.
    # base model: all texts.
    case(
        "X1624-006",
        caption("the back of a man's jeans"),
        he("jeans"),
        col("jeans", "blue"),
        col("shirt", "grey"),
        details("jeans", "the back pocket"),
        describe("jeans", "levi's jeans"),
        gender="Men",
        title="Levis Men Blue 511 Slim Fit Mid-Rise Light Fade Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: model front; black tapered jeans, white shirt with thin black vertical stripes worn untucked.
    # base model: all texts. Shirt answered with the jeans' black.
    case(
        "X1624-007",
        caption("a man in black jeans and a striped shirt"),
        he("a striped shirt and black jeans"),
        col("jeans", "black"),
        col("shirt", "black", "other_garment_color"),
        details("jeans", "they are jeans", "non_answer"),
        gender="Men",
        title="Flying Machine Men Black Tapered Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Black",
    ),
    # photo: model front, white backdrop; charcoal super-skinny jeans that read clearly dark grey next to a black
    # leather jacket over a black tee. base model: all texts; the jeans called black twice.
    case(
        "X1624-008",
        caption("a man in a black leather jacket and black jeans", "contradiction"),
        he("a leather jacket"),
        col("jeans", "black", "contradiction"),
        col("shirt", "black"),
        details("jeans", "skinny"),
        gender="Men",
        title="SPYKAR Men Charcoal Grey Super Skinny Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Charcoal",
    ),
    # photo: model front; black track pants with a white side stripe, red Puma tee.
    # base model: all texts.
    case(
        "X1624-009",
        caption("a man in a red shirt and black pants"),
        he("a red shirt and black pants"),
        col("pants", "black"),
        col("shirt", "red"),
        details("pants", "white stripes"),
        describe("pants", "they are black with a white stripe"),
        gender="Men",
        title="Puma Men Black Solid Regular Fit Track Pants with Side Taping",
        category="Track Pants",
        color="Black",
    ),
    # photo: model front; beige flat-front formal trousers, light blue formal shirt tucked in, brown belt and loafers.
    # base model: all texts. Pleats invented on a flat front.
    case(
        "X1624-010",
        caption("a man in a blue shirt and khaki pants"),
        he("a blue shirt and khaki pants"),
        col("pants", "beige"),
        col("shirt", "blue"),
        details("pants", "pleated", "unsupported"),
        describe("pants", "they are khaki"),
        gender="Men",
        title="Peter England Men Beige Slim Fit Flat-Front Formal Trousers",
        category="Trousers",
        color="Beige",
    ),
    # photo: model front; light blue jeans with heavy rips at both knees and thighs, black hoodie.
    # base model: all texts.
    case(
        "X1624-011",
        caption("a man in ripped jeans and a black hoodie"),
        he("a hoodie and ripped jeans"),
        col("jeans", "blue"),
        col("shirt", "black"),
        details("jeans", "ripped"),
        describe("jeans", "ripped jeans"),
        gender="Men",
        title="Urbano Fashion Men Light Blue Slim Fit Highly Distressed Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: model front; dark blue jeans, white shirt, navy blazer (not a suit: blazer and jeans).
    # base model: all texts. The details answer did not stop.
    case(
        "X1624-012",
        caption("a man in a blue blazer, white shirt and blue jeans"),
        he("a suit", "contradiction"),
        col("jeans", "blue"),
        col("shirt", "white"),
        details(
            "jeans",
            "blue and white and blue and white and blue and white and blue and white and blue and white and blue and"
            " white and blue",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Jack & Jones Men Blue Slim Fit Low Distress Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: model front; black training shorts with a small white swoosh, grey tee.
    # base model: all texts; the shorts' black given to the tee.
    case(
        "X1624-013",
        caption("a man in black shorts and a grey t-shirt"),
        he("shorts"),
        col("shorts", "black"),
        col("shirt", "black", "other_garment_color"),
        details("shorts", "nike logo"),
        gender="Men",
        title="Nike Men Black Dri-FIT Solid Training Shorts",
        category="Shorts",
        color="Black",
    ),
    # photo: model front, white backdrop; navy trousers (clearly blue in the light), pink polo tucked in.
    # base model: all texts. The pants called black.
    case(
        "X1624-014",
        caption("a man in a pink polo shirt and blue pants"),
        he("a pink shirt"),
        col("pants", "black", "contradiction"),
        col("shirt", "pink"),
        details("pants", "pockets"),
        gender="Men",
        title="Louis Philippe Sport Men Navy Blue Slim Fit Solid Regular Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # photo: model with shoulder-length hair, front; black joggers with elastic cuffs, white oversized tee.
    # base model: all texts; the caption took him for a woman. No gender column in this row.
    case(
        "X1624-015",
        caption("a woman in black pants and a white t-shirt", "pronoun"),
        he("black pants and a white t-shirt"),
        col("pants", "black"),
        col("shirt", "white"),
        details("pants", "elastic"),
        title="Bewakoof Men Black Solid Joggers",
        category="Track Pants",
        color="Black",
    ),
    # photo: flat lay on white, no person and no shirt; khaki cargo shorts with flap pockets.
    # base model: all texts. The shirt question got the shorts' color.
    case(
        "X1624-016",
        caption("a pair of khaki shorts on a white background"),
        he("shorts"),
        col("shorts", "khaki"),
        col("shirt", "khaki", "other_garment_color"),
        details("shorts", "cargo pockets"),
        describe("shorts", "cargo shorts"),
        gender="Men",
        title="Roadster Men Khaki Solid Regular Fit Cargo Shorts",
        category="Shorts",
        color="Khaki",
    ),
    # photo: model front; black slim-taper jeans, grey henley tee.
    # base model: all texts; the describe answer ran on to the limit.
    case(
        "X1624-017",
        caption("a man in a grey shirt and black jeans"),
        he("a grey shirt and black jeans"),
        col("jeans", "black"),
        col("shirt", "grey"),
        details("jeans", "jeans", "non_answer"),
        describe(
            "jeans",
            "a pair of black jeans with a slim fit and a tapered leg, the jeans are made of a stretchy denim fabric"
            " that is soft and comfortable to wear and the",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Levis Men Black 512 Slim Tapered Fit Mid-Rise Jeans",
        category="Jeans",
        color="Black",
    ),
    # photo: model front; mid-blue tapered clean-look jeans (no rips), white polo shirt.
    # base model: all texts; the color answer ran past the newline into the prompt format; rips invented.
    case(
        "X1624-018",
        caption("a man in a white polo shirt and blue jeans"),
        he("a polo shirt and jeans"),
        col("jeans", "blue. Question: what is the color of the shirt? Answer: white", "leak"),
        col("shirt", "white"),
        details("jeans", "ripped", "unsupported"),
        gender="Men",
        title="Highlander Men Blue Tapered Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: model front; grey formal trousers, white shirt tucked in, black belt and formal shoes.
    # base model: all texts; grey given to the shirt too.
    case(
        "X1624-019",
        caption("a man in a white shirt and grey pants"),
        he("a white shirt and grey pants"),
        col("pants", "grey"),
        col("shirt", "grey", "other_garment_color"),
        details("pants", "grey"),
        shirt_color("grey", "other_garment_color"),
        gender="Men",
        title="Blackberrys Men Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Grey",
    ),
    # photo: model front; navy track pants with three white side stripes, white Adidas tee (no track jacket).
    # base model: all texts.
    case(
        "X1624-020",
        caption("a man in a white t-shirt and blue adidas pants"),
        he("a tracksuit", "contradiction"),
        col("pants", "blue"),
        col("shirt", "white"),
        details("pants", "three stripes"),
        gender="Men",
        title="ADIDAS Men Navy Blue Solid Tiro Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # photo: model front; brown corduroy trousers, cream crew-neck sweater.
    # base model: all texts.
    case(
        "X1624-021",
        caption("a man in a white sweater and brown pants"),
        he("a sweater and pants"),
        col("pants", "brown"),
        col("shirt", "white"),
        details("pants", "corduroy"),
        describe("pants", "brown corduroy pants"),
        gender="Men",
        title="HERE&NOW Men Brown Regular Fit Corduroy Trousers",
        category="Trousers",
        color="Brown",
    ),
    # photo: model front, plain white backdrop; blue denim shorts with rolled hems, yellow tee.
    # base model: all texts; the caption invented a wall.
    case(
        "X1624-022",
        caption("a man in a yellow t-shirt and denim shorts standing in front of a brick wall", "unsupported"),
        he("shorts and a yellow shirt"),
        col("shorts", "blue"),
        col("shirt", "yellow"),
        details("shorts", "denim"),
        describe("shorts", "they are denim shorts"),
        gender="Men",
        title="Mast & Harbour Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # photo: model front; olive camouflage-print joggers, black tee.
    # base model: all texts.
    case(
        "X1624-023",
        caption("a man in camouflage pants and a black t-shirt"),
        he("camouflage pants"),
        col("pants", "green"),
        col("shirt", "black"),
        details("pants", "camouflage"),
        gender="Men",
        title="Roadster Men Olive Green Camouflage Printed Joggers",
        category="Track Pants",
        color="Olive",
    ),
    # photo: model front; blue straight jeans, red-and-black checked shirt untucked, sleeves rolled.
    # base model: all texts; the jeans got the shirt's color and pattern.
    case(
        "X1624-024",
        caption("a man in a red plaid shirt and jeans"),
        he("a plaid shirt"),
        col("jeans", "red", "other_garment_color"),
        col("shirt", "red"),
        details("jeans", "plaid", "contradiction"),
        gender="Men",
        title="Pepe Jeans Men Blue Straight Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: model front; black slim formal trousers, lavender shirt tucked in.
    # base model: all texts; the trousers called jeans.
    case(
        "X1624-025",
        caption("a man in a purple shirt and black pants"),
        he("a purple shirt and black jeans", "contradiction"),
        col("pants", "black"),
        col("shirt", "purple"),
        details("pants", "they are pants", "non_answer"),
        gender="Men",
        title="Van Heusen Men Black Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Black",
    ),
    # photo: model front; grey melange lounge shorts with drawstring, navy tee.
    # base model: all texts; the caption gave the shorts the tee's blue.
    case(
        "X1624-026",
        caption("a man in a blue t-shirt and blue shorts", "contradiction"),
        he("shorts"),
        col("shorts", "grey"),
        col("shirt", "blue"),
        details("shorts", "shorts", "non_answer"),
        describe("shorts", "they are grey"),
        gender="Men",
        title="Campus Sutra Men Grey Melange Solid Regular Fit Lounge Shorts",
        category="Shorts",
        color="Grey Melange",
    ),
    # photo: model front; mid-blue regular jeans, navy polo with a small logo.
    # base model: all texts.
    case(
        "X1624-027",
        caption("a man in a blue polo shirt and blue jeans"),
        he("a polo shirt and jeans"),
        col("jeans", "blue"),
        col("shirt", "blue"),
        details("jeans", "the details of the jeans", "restated"),
        describe("jeans", "a pair of jeans", "non_answer"),
        gender="Men",
        title="U.S. Polo Assn. Denim Co. Men Blue Regular Fit Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: model sitting on a wooden stool; black chinos, white tee under an open blue denim jacket.
    # base model: all texts; the shirt question went to the denim jacket.
    case(
        "X1624-028",
        caption("a man sitting on a stool wearing a denim jacket and black pants"),
        he("a denim jacket"),
        col("pants", "black"),
        col("shirt", "blue", "other_garment_color"),
        details("pants", "chinos"),
        gender="Men",
        title="Roadster Men Black Slim Fit Chinos",
        category="Trousers",
        color="Black",
    ),
    # photo: model front; blue slim jeans, grey sweatshirt.
    # base model: all texts; the details answer looped on one word.
    case(
        "X1624-029",
        caption("a man in a grey sweatshirt and jeans"),
        he("a sweatshirt and jeans"),
        col("jeans", "blue"),
        col("shirt", "grey"),
        details(
            "jeans",
            "pockets, pockets, pockets, pockets, pockets, pockets, pockets, pockets, pockets, pockets, pockets,"
            " pockets, pockets, pockets, pockets",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Wrangler Men Blue Skanders Slim Fit Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: model mid-stride, front; black running shorts, neon green tee. The zip pocket is at the back, not seen.
    # base model: all texts.
    case(
        "X1624-030",
        caption("a man running in black shorts and a green shirt"),
        he("running shorts"),
        col("shorts", "green", "other_garment_color"),
        col("shirt", "green"),
        details("shorts", "they have a zipper pocket", "unsupported"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Rapid-Dry Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # photo: model front; beige chinos rolled once at the hem, black tee, white sneakers.
    # base model: all texts. No color column in this row.
    case(
        "X1624-031",
        caption("a man in a black t-shirt and tan pants"),
        he("a black t-shirt and khaki pants"),
        col("pants", "khaki"),
        col("shirt", "black"),
        details("pants", "cuffed"),
        gender="Men",
        title="The Indian Garage Co Men Beige Slim Fit Chinos Trousers",
        category="Trousers",
    ),
    # photo: model front; grey-wash slim jeans, white shirt, tan chelsea boots.
    # base model: all texts; the caption called the grey jeans blue.
    case(
        "X1624-032",
        caption("a man in a white shirt and blue jeans", "contradiction"),
        he("a white shirt and jeans"),
        col("jeans", "grey"),
        col("shirt", "white"),
        details("jeans", "faded"),
        gender="Men",
        title="Jack & Jones Men Grey Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Grey",
    ),
    # photo: back view; grey melange fleece joggers, black hoodie with the hood down. The swoosh (front left thigh)
    # is not in the photo. base model: all texts.
    case(
        "X1624-033",
        caption("the back of a man in a black hoodie and grey sweatpants"),
        he("a hoodie"),
        col("pants", "grey"),
        col("shirt", "black"),
        details("pants", "nike logo", "unsupported"),
        gender="Men",
        title="Nike Men Grey Melange Sportswear Club Fleece Joggers",
        category="Track Pants",
        color="Grey Melange",
    ),
    # photo: model with long hair in a bun, front; white linen drawstring trousers, pink linen shirt.
    # base model: all texts; the caption took him for a woman.
    case(
        "X1624-034",
        caption("a woman in a pink shirt and white pants", "pronoun"),
        he("a pink shirt and white pants"),
        col("pants", "white"),
        col("shirt", "pink"),
        details("pants", "linen"),
        gender="Men",
        title="Marks & Spencer Men White Pure Linen Relaxed Fit Trousers",
        category="Trousers",
        color="White",
    ),
    # photo: model front, all black: black jeans, black tee, black jacket, black boots. No hat, gloves or bag.
    # base model: all texts; the caption did not stop.
    case(
        "X1624-035",
        caption(
            "a man in a black jacket and black jeans and black shoes and black sunglasses and a black hat and black"
            " gloves and black socks and a black bag and a black jacket and black jeans and black shoes and black",
            "loop",
            hit_limit=True,
        ),
        he("black", "non_answer"),
        col("jeans", "black"),
        col("shirt", "black"),
        details("jeans", "black"),
        gender="Men",
        title="Levis Men Black 511 Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Black",
    ),
    # photo: model front with a backpack on one shoulder; olive cargo trousers, white tee.
    # base model: all texts.
    case(
        "X1624-036",
        caption("a man with a backpack wearing green cargo pants"),
        he("cargo pants"),
        col("pants", "green"),
        col("shirt", "white"),
        details("pants", "cargo pockets"),
        describe("pants", "green cargo pants"),
        gender="Men",
        title="Highlander Men Olive Green Slim Fit Solid Cargo Trousers",
        category="Trousers",
        color="Olive",
    ),
    # photo: model front; black track pants with two zip side pockets and drawstring, grey tee. Front view only: no
    # back pocket and no logo in sight. base model: all texts; the details answer ran to the limit.
    case(
        "X1624-037",
        caption("a man in a grey t-shirt and black pants"),
        he("a grey shirt and black pants"),
        col("pants", "black"),
        col("shirt", "grey"),
        details(
            "pants",
            "the pants have a drawstring waist and two side pockets with zippers and a back pocket with a zipper and a"
            " logo on the left side of the",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Roadster Men Black Solid Track Pants with Zip Pockets",
        category="Track Pants",
        color="Black",
    ),
    # photo: model front, sunglasses in hand; navy chino shorts, white linen shirt untucked.
    # base model: all texts; the shorts got the shirt's white.
    case(
        "X1624-038",
        caption("a man in a white shirt and blue shorts holding sunglasses"),
        he("a white shirt and shorts"),
        col("shorts", "white", "other_garment_color"),
        col("shirt", "white"),
        details("shorts", "pockets"),
        shirt_color("white"),
        gender="Men",
        title="Celio Men Navy Blue Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # photo: flat lay on white, front of the jeans only; mid-blue faded jeans. No shirt, no person.
    # base model: all texts; the shirt question got the backdrop's white. No category column in this row.
    case(
        "X1624-039",
        caption("a pair of blue jeans on a white background"),
        he("jeans"),
        col("jeans", "blue"),
        col("shirt", "white", "unsupported"),
        details("jeans", "faded"),
        gender="Men",
        title="Flying Machine Men Blue Slim Fit Mid-Rise Light Fade Jeans",
        color="Blue",
    ),
    # photo: model front; black shorts with a large white Puma logo on the leg, white tee.
    # base model: all texts.
    case(
        "X1624-040",
        caption("a man in a white t-shirt and black shorts"),
        he("a white t-shirt and black shorts"),
        col("shorts", "black"),
        col("shirt", "white"),
        details("shorts", "puma logo"),
        describe("shorts", "black and white"),
        gender="Men",
        title="Puma Men Black Brand Logo Printed Regular Shorts",
        category="Shorts",
        color="Black",
    ),
    # photo: model front; grey track pants with contrast piping, navy hoodie.
    # base model: all texts.
    case(
        "X1624-041",
        caption("a man in a blue hoodie and grey pants"),
        he("a hoodie"),
        col("pants", "grey"),
        col("shirt", "blue"),
        details("pants", "the pants details", "restated"),
        describe("pants", "they are grey"),
        gender="Men",
        title="WROGN Men Grey Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Grey",
    ),
    # photo: model front; cream pleated formal trousers, navy shirt tucked in.
    # base model: all texts. Cream read as white: kept correct.
    case(
        "X1624-042",
        caption("a man in a blue shirt and white pants"),
        he("a blue shirt and white pants"),
        col("pants", "white"),
        col("shirt", "blue"),
        details("pants", "pleats"),
        gender="Men",
        title="Louis Philippe Men Cream Regular Fit Pleated Formal Trousers",
        category="Trousers",
        color="Cream",
    ),
    # photo: model front; dark blue clean-look jeans (no rips), white cable-knit sweater.
    # base model: all texts; the details answer echoed the prompt format and invented rips.
    case(
        "X1624-043",
        caption("a man in a white sweater and blue jeans"),
        he("a sweater and jeans"),
        col("jeans", "blue"),
        col("shirt", "white"),
        details("jeans", "Question: What are the jeans details? Answer: they are ripped", "leak"),
        gender="Men",
        title="Allen Solly Men Blue Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: model front; maroon joggers, black tee.
    # base model: all texts; maroon answered purple.
    case(
        "X1624-044",
        caption("a man in a black t-shirt and red pants"),
        he("a black shirt and red pants"),
        col("pants", "purple", "contradiction"),
        col("shirt", "black"),
        details("pants", "no", "non_answer"),
        gender="Men",
        title="Kook N Keech Men Maroon Solid Joggers",
        category="Track Pants",
        color="Maroon",
    ),
    # photo: model sitting on a wooden crate; beige linen drawstring shorts, sky-blue shirt.
    # base model: all texts; the shorts got the shirt's blue.
    case(
        "X1624-045",
        caption("a man sitting on a wooden box wearing a blue shirt and shorts"),
        he("a blue shirt and shorts"),
        col("shorts", "blue", "other_garment_color"),
        col("shirt", "blue"),
        details("shorts", "drawstring"),
        describe("shorts", "they are beige"),
        gender="Men",
        title="Marks & Spencer Men Beige Linen Blend Drawstring Shorts",
        category="Shorts",
        color="Beige",
    ),
]
