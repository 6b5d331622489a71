"""BLIND_699 (46 products; Myntra women's tops, shirts and blouses worn under jackets, shrugs, cardigans; VQA adapter):
written blind in the fifty-fourth session. Measured blind at 2570d7f (the session's sixth rules): 115/129 failures found
(89.1%) and 11/184 correct texts flagged (6.0%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's western tops, shirts and blouses (seller categories Tops and Shirts). Every
photo is a catalog shot of a model wearing the product under another layer: a denim or leather jacket, a blazer, a
trench or long coat, a shrug or a cardigan, with jeans, trousers, a skirt or shorts below. Mostly white studio
backdrops, a few grey ones; front views, some cropped at the knee, a few with a bag or sunglasses. The layer often
covers the product's sleeves and most of its body, so the product is a strip of color between open lapels.

Who wrote what: every text comes from the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on blip2-opt-2.7b, 8-bit).
Captions are its free generation from an empty prompt (50 new tokens); having lost some captioning, it writes
short "a woman wearing ..." sentences that name the outer layer first, sometimes runs on, and twice returned its
own training format instead of a caption. Open answers are free generation (30 new tokens); with no end-of-answer
token learned, some loop or stop at the limit, and some continue the `Question: ... Answer:` format. Closed answers
(garment type, color, pattern, sleeve length, "Is this a ...?") come from enrich's --engine reference, which ranks
the candidates with the same adapter and stores one value: never a loop or a cut, but often the outer layer's value.
The adapter's big habit here: it answers about the most visible garment, the jacket or cardigan, not the product.

Labeling conventions and judgement calls:
- The product is the garment the seller's title names (the top, shirt or blouse), never the layer over it.
- A color of the layer (or of the bottoms) given as the product's color is other_garment_color, closed or open,
  also when the rest of the sentence describes the layer ("the top is blue with long sleeves and a collar").
- A garment type, "yes" to "Is this a jacket?" or a pattern or sleeve length that belongs to the layer and
  contradicts the seller's title or category is contradiction; a wrong product color that no other garment in the
  photo has (olive called brown, emerald called blue) is contradiction too.
- Details of the layer (zip, studs, pockets, belt, double buttons) or a material of the layer (leather, denim, wool,
  linen, nylon) given for the product are unsupported; so are things not in the photo (boots when the photo is
  cropped at the knee, a brick wall behind a white backdrop, buttons at the back in a front view, lace trim).
- A plain fabric guess that fits the look (cotton for a woven shirt, satin for a shiny cami, georgette for a sheer
  top, denim for chambray) counts as correct.
- Sleeve length "long sleeves" is correct only where the product's own cuffs show below the layer's sleeves.
- A tee-cut top sold as Tops answered "t-shirt", a shrug called a cardigan, camel called brown, teal called blue,
  burgundy called maroon or red, peach or rose called pink, off-white or cream called white: correct.
- A wearing answer that names only the layer and bottoms and leaves the product out is correct, not a failure.
- One word or yes/no to an open question, or a bare "the shirt", is non_answer; an answer that only echoes the
  question ("the details of the top are the details of the top") is restated; "pure color" to a color question
  (a DeepFashion pattern label, no hue) is non_answer.
- A text that repeats a phrase until the limit is loop (hit_limit); a text that stops mid-phrase at the limit
  without repeating is cut; a text that goes on into "Question: ... Answer:" is leak (hit_limit when it ran to
  the limit), whatever else it says.
- "he", "his" or "a man" for a model in a Women row is pronoun; rows without a gender column carry no pronoun
  failures. One failure per text, the one a reviewer would name first.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

over = question("over_top", "What is she wearing over the top?", "open")
shirt_color = question("shirt_color", "What is the shirt color?", "open")

BLIND_699 = [
    # photo: white solid round-neck jersey top under an open light-blue denim jacket, blue jeans, white backdrop,
    # front view, cropped at the knee. All texts by the VQA adapter (closed ones through the reference engine).
    case(
        "X699-001",
        caption("a woman wearing a denim jacket and a white top"),
        wearing("a blue denim jacket over a white top and blue jeans"),
        color_of("top", "white"),
        Q.garment_type("top"),
        Q.pattern("striped", "contradiction"),
        describe("top", "the top is blue with long sleeves and a collar", "other_garment_color"),
        Q.material("cotton"),
        title="Vero Moda Women White Solid Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: black-and-white horizontal striped top under an open olive utility jacket with flap chest pockets,
    # black jeans, white backdrop, front view. VQA adapter.
    case(
        "X699-002",
        caption("a woman in an olive green jacket and a striped shirt standing in front of a white wall"),
        wearing("a green jacket over a black and white striped top and black jeans"),
        color_of("top", "green", "other_garment_color"),
        Q.pattern("striped"),
        details("top", "the top has a zipper and two chest pockets with flaps", "unsupported"),
        Q.material("cotton"),
        is_a("jacket", "yes", "contradiction"),
        title="ONLY Women Black & White Striped Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: maroon satin-look V-neck blouse with a self-tie at the waist, under an open black blazer, black
    # trousers, light grey backdrop, front view. VQA adapter.
    case(
        "X699-003",
        caption("a woman wearing a black blazer and a red blouse"),
        wearing("a black blazer, a maroon blouse and black pants", who="she"),
        color_of("blouse", "black", "other_garment_color"),
        Q.garment_type("blouse"),
        describe(
            "blouse",
            "the blouse is red with a v neck and long sleeves. the blouse is red with a v neck and long sleeves. "
            "the blouse is",
            "loop",
            hit_limit=True,
        ),
        details("blouse", "the blouse has a v neck and a tie at the waist"),
        Q.material("satin"),
        title="AND Women Maroon Solid Blouse",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: pink floral print sleeveless top under a white cropped long-sleeved shrug that covers the arms, light
    # blue jeans, white backdrop, front view. VQA adapter.
    case(
        "X699-004",
        caption("a woman wearing a white shrug and a floral top with blue jeans"),
        wearing("a white cardigan and a pink floral top"),
        color_of("top", "white", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves", "contradiction"),
        details("top", "the top has a floral print all over and a round neck"),
        over("a white shrug"),
        title="Harpa Women Pink Floral Print Sleeveless Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: navy blue and white checked shirt under an open beige trench coat, blue jeans, brown handbag in the
    # left hand, white backdrop, front view. VQA adapter.
    case(
        "X699-005",
        caption("a woman in a beige trench coat holding a brown bag"),
        wearing("she is wearing a beige coat and a blue checked shirt"),
        color_of("shirt", "beige", "other_garment_color"),
        Q.pattern("checked"),
        Q.garment_type("coat", "contradiction"),
        describe(
            "shirt",
            "the shirt is a button down shirt with a collar and a pocket on the chest. the shirt is a button down "
            "shirt with a collar",
            "loop",
            hit_limit=True,
        ),
        Q.material("wool", "unsupported"),
        title="Roadster Women Navy Blue & White Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard yellow ribbed top under a long open grey melange cardigan, black jeggings, white backdrop,
    # front view. VQA adapter.
    case(
        "X699-006",
        caption("a woman wearing a grey cardigan and a yellow top"),
        wearing("he is wearing a grey cardigan over a yellow top and black pants", "pronoun", who="she"),
        color_of("top", "yellow"),
        is_a("cardigan", "yes", "contradiction"),
        describe("top", "the top is grey and has long sleeves", "other_garment_color"),
        over("a grey cardigan with a hood", "unsupported"),
        title="FOREVER 21 Women Mustard Yellow Solid Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: olive green button-down shirt under an open black leather biker jacket, black skinny jeans, white
    # backdrop, front view. VQA adapter.
    case(
        "X699-007",
        caption("a woman wearing a black leather jacket and a brown shirt with black pants", "contradiction"),
        wearing("a black leather jacket, an olive shirt and black jeans"),
        color_of("shirt", "black", "other_garment_color"),
        Q.garment_type("shirt"),
        Q.material("leather", "unsupported"),
        details(
            "shirt",
            "the shirt has a collar and buttons down the front Question: What is the color of the jacket? "
            "Answer: black",
            "leak",
            hit_limit=True,
        ),
        title="Mast & Harbour Women Olive Green Solid Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: white camisole with lace trim at the neckline under a light pink blazer, white trousers, white
    # backdrop, hands in pockets, hair in a ponytail, front view. VQA adapter.
    case(
        "X699-008",
        caption(
            "a woman wearing a pink blazer and white pants standing in front of a white wall with her hands in "
            "her pockets and her hair pulled back into a ponytail and a pair of white",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink blazer with a white top and white pants"),
        color_of("top", "pink", "other_garment_color"),
        Q.garment_type("blazer", "contradiction"),
        details("top", "the top has lace at the neckline"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Vero Moda Women White Lace Detail Camisole",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: red top with white polka dots under an open navy blue cardigan, white jeans, white backdrop, front
    # view. VQA adapter.
    case(
        "X699-009",
        caption("a woman wearing a navy blue cardigan and a red and white polka dot shirt"),
        wearing("a blue sweater and a red polka dot top"),
        color_of("top", "red"),
        Q.pattern("polka dots"),
        describe("top", "the top is blue with white polka dots", "other_garment_color"),
        details("top", "the details of the top are the details of the top", "restated"),
        is_a("top", "yes"),
        title="Marie Claire Women Red & White Polka Dot Print Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: black sheer georgette round-neck top under a red cropped jacket, black trousers, white backdrop,
    # front view. VQA adapter.
    case(
        "X699-010",
        caption("a woman wearing a red jacket and black pants standing in front of a white wall"),
        wearing("a red jacket and black pants"),
        color_of("top", "red", "other_garment_color"),
        Q.garment_type("jacket", "contradiction"),
        describe("top", "the top is black and sheer with a round neck"),
        Q.material("georgette"),
        over("a red jacket"),
        title="DressBerry Women Black Solid Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: teal blue wrap top with a V-neck and a side tie under a cream open-knit shrug, blue jeans, white
    # backdrop, three-quarter view. VQA adapter.
    case(
        "X699-011",
        caption("a woman wearing a white sweater and blue jeans"),
        wearing("a white shrug and a teal top", who="she"),
        color_of("top", "blue"),
        shirt_color("pure color", "non_answer"),
        describe("top", "the top is a wrap top with a v neck and a tie at the side"),
        details(
            "top",
            "the top has a v neck and a tie at the side and a tie at the side and a tie at the side and a tie at "
            "the side and a tie",
            "loop",
            hit_limit=True,
        ),
        Q.material("wool", "unsupported"),
        title="Sassafras Women Teal Blue Wrap Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: grey melange tee-cut top with "PARIS" printed in black, under an open black bomber jacket, blue jeans,
    # white sneakers, full length, white backdrop. VQA adapter.
    case(
        "X699-012",
        caption("a woman wearing a black jacket and a grey t - shirt with the word paris on it"),
        wearing("he is wearing a black bomber jacket over a grey t - shirt with blue jeans", "pronoun", who="she"),
        color_of("top", "grey"),
        Q.pattern("printed"),
        Q.garment_type("t-shirt"),
        details("top", "the top has the word paris written on it in black letters"),
        is_a("jacket", "no"),
        title="Roadster Women Grey Melange Printed Top",
        category="Tops",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: white collared formal shirt under a navy blue blazer (trouser suit), shirt cuffs showing below the
    # blazer sleeves, navy trousers, white backdrop, front view. VQA adapter.
    case(
        "X699-013",
        caption("a woman wearing a blue suit and a white shirt standing in front of a brick wall", "unsupported"),
        wearing("a navy blue suit and a white shirt"),
        color_of("shirt", "navy blue", "other_garment_color"),
        Q.garment_type("shirt"),
        Q.sleeve_length("long sleeves"),
        describe("shirt", "the shirt is white with a collar and buttons"),
        details(
            "shirt",
            "the shirt has a collar and buttons down the front and a pocket on the chest and a pocket on the chest "
            "and a pocket on the",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Arrow Woman White Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: lavender peplum top under an open white denim jacket, white jeans, white backdrop, front view. VQA
    # adapter.
    case(
        "X699-014",
        caption("a woman wearing a white denim jacket and a purple top with white jeans"),
        wearing("white", "non_answer"),
        color_of("top", "white", "other_garment_color"),
        Q.pattern("solid"),
        describe("top", "the top is purple with a peplum hem"),
        details("top", "the top has a peplum and a round neck and a zipper at the back", "unsupported"),
        title="Femella Women Lavender Solid Peplum Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: black blouse with small white flowers under an open black blazer with one button, black trousers,
    # white backdrop, front view. VQA adapter.
    case(
        "X699-015",
        caption("a woman in a black blazer and a black and white floral shirt"),
        wearing("she is wearing a black blazer and a floral print blouse"),
        color_of("blouse", "black"),
        Q.pattern("floral"),
        describe("blouse", "the blouse is white with black flowers", "contradiction"),
        details(
            "blouse",
            "the blouse has small white flowers printed on a black background and a round neck and it is worn "
            "under a black blazer with one button at the",
            "cut",
            hit_limit=True,
        ),
        over("a black blazer"),
        title="Mango Women Black & White Floral Print Blouse",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: peach chiffon top with a ruffled neckline under an open beige linen blazer, white trousers, white
    # backdrop, front view. VQA adapter.
    case(
        "X699-016",
        caption("a woman wearing a beige blazer and white pants with a pink top"),
        wearing(
            "a beige blazer and white pants with a pink top Question: What is the color of the blazer? Answer: "
            "beige Question",
            "leak",
            hit_limit=True,
        ),
        color_of("top", "beige", "other_garment_color"),
        Q.garment_type("top"),
        details("top", "the top has ruffles at the neckline"),
        Q.material("linen", "unsupported"),
        title="Zink London Women Peach-Coloured Ruffled Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: rust orange ribbed knit top under an open camel long coat with a tie belt and flap pockets, dark
    # blue jeans, brown ankle boots, full length, white backdrop. VQA adapter.
    case(
        "X699-017",
        caption("a woman wearing a brown coat and jeans"),
        wearing("a brown coat, an orange top, blue jeans and brown boots", who="she"),
        color_of("top", "brown", "other_garment_color"),
        Q.garment_type("coat", "contradiction"),
        describe("top", "the top is orange and ribbed"),
        details(
            "top",
            "the coat is long and brown and it has a belt at the waist and two pockets at the front with flaps "
            "and the belt is tied at the",
            "cut",
            hit_limit=True,
        ),
        title="H&M Women Rust Ribbed Top",
        category="Tops",
        color="Rust",
        gender="Women",
    ),
    # photo: white cotton eyelet (schiffli) top under an open light blue denim jacket, white mini skirt, white
    # backdrop, front view. VQA adapter; the caption came back in the adapter's training format.
    case(
        "X699-018",
        caption("Question: What is the person wearing? Answer: a denim jacket and a white skirt", "leak"),
        wearing("a blue jean jacket over a white eyelet top and a white skirt"),
        color_of("top", "white"),
        describe("top", "the top is blue", "other_garment_color"),
        details("top", "the top has small holes embroidered all over"),
        is_a("skirt", "no"),
        Q.material("cotton"),
        title="Only Women White Schiffli Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: magenta crepe top with a matching black sheer long shrug sold with it (a set), black leggings, white
    # backdrop, front view. VQA adapter.
    case(
        "X699-019",
        caption("a woman wearing a black shrug over a pink top"),
        wearing("a black cardigan and pink top with black leggings"),
        color_of("top", "pink"),
        Q.garment_type("top"),
        describe("top", "the top is black and sheer and long", "other_garment_color"),
        details("top", "the top comes with a black sheer shrug that falls below the hips"),
        over("a black shrug"),
        title="Tokyo Talkies Women Magenta Solid Top with Shrug",
        category="Tops",
        color="Magenta",
        gender="Women",
    ),
    # photo: navy and white Breton striped top under an open red button cardigan, white jeans, white backdrop,
    # front view. VQA adapter.
    case(
        "X699-020",
        caption("a woman wearing a red cardigan and a striped shirt"),
        wearing("he is wearing a red sweater and a blue striped shirt", "pronoun", who="she"),
        color_of("top", "red", "other_garment_color"),
        Q.pattern("striped"),
        describe("top", "the top has navy blue and white horizontal stripes"),
        details("top", "the top is red with buttons down the front", "other_garment_color"),
        Q.material("no", "non_answer"),
        title="Tommy Hilfiger Women Navy & White Striped Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: beige satin camisole with thin straps under an oversized black blazer, black mini skirt, white
    # backdrop, front view. VQA adapter; the caption came back as a question and answer.
    case(
        "X699-021",
        caption("Question: What is the color of the top? Answer: black", "leak"),
        wearing("black", "non_answer"),
        color_of("top", "black", "other_garment_color"),
        Q.garment_type("blazer", "contradiction"),
        Q.sleeve_length("sleeveless"),
        describe("top", "the top is a beige camisole with thin straps"),
        Q.material("satin"),
        title="Vero Moda Women Beige Solid Satin Camisole",
        category="Tops",
        color="Beige",
        gender="Women",
    ),
    # photo: green shirt with a white floral print under an open white cable cardigan with buttons, blue jeans,
    # white backdrop, front view. VQA adapter.
    case(
        "X699-022",
        caption("a woman wearing a white cardigan and a green floral shirt"),
        wearing(
            "a white cardigan and a green floral shirt and a white cardigan and a green floral shirt and a white "
            "cardigan and a green",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "green"),
        Q.pattern("floral"),
        details("shirt", "the shirt has a collar and a floral print"),
        describe("shirt", "the shirt is white and knitted with buttons", "other_garment_color"),
        title="Bhama Couture Women Green & White Floral Print Shirt",
        category="Shirts",
        color="Green",
        gender="Women",
    ),
    # photo: black sleeveless crop top under an oversized light blue denim shirt worn open as a jacket, black
    # high-waist jeans, white backdrop, front view. VQA adapter.
    case(
        "X699-023",
        caption("a woman wearing a blue denim shirt and black pants"),
        wearing("a blue denim shirt over a black crop top and black jeans"),
        color_of("top", "blue", "other_garment_color"),
        Q.garment_type("shirt", "contradiction"),
        is_a("crop top", "yes"),
        describe("top", "the top is a black crop top"),
        Q.material("denim", "unsupported"),
        color_of("jeans", "black", kind="open"),
        title="Bershka Women Black Solid Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: off-white top with white thread embroidery around the neckline under an open tan suede jacket with a
    # zip, blue jeans, white backdrop, front view. VQA adapter.
    case(
        "X699-024",
        caption("a woman wearing a brown leather jacket and a white shirt"),
        wearing("a brown jacket, a white top and jeans", who="she"),
        color_of("top", "off white"),
        Q.pattern("solid", "contradiction"),
        describe("top", "the top is brown with a collar and a zip", "other_garment_color"),
        details("top", "the top has embroidery around the neck"),
        Q.material("the garment is made of material", "restated"),
        title="Global Desi Women Off-White Embroidered Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: sky blue formal shirt under a charcoal grey blazer, shirt cuffs showing, grey trousers, white
    # backdrop, front view. VQA adapter.
    case(
        "X699-025",
        caption("a woman wearing a grey suit and a blue shirt in an office", "unsupported"),
        wearing("a grey blazer over a light blue shirt and grey trousers"),
        color_of("shirt", "grey", "other_garment_color"),
        Q.garment_type("shirt"),
        Q.sleeve_length("long sleeves"),
        describe("shirt", "the shirt is light blue with a pointed collar"),
        details(
            "shirt",
            "the shirt has a pointed collar and the cuffs show under the sleeves of the grey blazer with two "
            "buttons on the",
            "cut",
            hit_limit=True,
        ),
        title="Van Heusen Woman Blue Solid Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: multicoloured paisley print top (blue, orange, yellow) under an open solid navy shrug, white
    # trousers, white backdrop, front view. VQA adapter.
    case(
        "X699-026",
        caption("a woman wearing a blue shrug and white pants"),
        wearing("a blue shrug, a printed top, white pants and a gold necklace", "unsupported"),
        color_of("top", "multicolor"),
        Q.pattern("printed"),
        describe("top", "the top has a paisley print in blue orange and yellow"),
        details("top", "yes", "non_answer"),
        Q.material("silk", "unsupported"),
        title="Global Desi Women Multicoloured Paisley Print Top",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: black ribbed turtleneck top under an open camel, black and white checked blazer, black trousers, white
    # backdrop, front view. VQA adapter.
    case(
        "X699-027",
        caption("a woman wearing a brown plaid blazer and black pants"),
        wearing("a brown checked blazer over a black turtleneck and black pants", who="she"),
        color_of("top", "black"),
        Q.pattern("checked", "contradiction"),
        Q.garment_type("top"),
        describe("top", "the top is black with a high neck"),
        details(
            "top",
            "the top has a high neck and the blazer has a check pattern in brown and black and white and brown and "
            "black and white and brown",
            "loop",
            hit_limit=True,
        ),
        title="Marks & Spencer Women Black Solid High Neck Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: white tee-cut top with a small black heart print under a baby pink cropped cardigan, blue jeans,
    # cropped at the knee, white backdrop, front view. VQA adapter.
    case(
        "X699-028",
        caption(
            "a woman wearing a pink cardigan and a white t - shirt with hearts on it and blue jeans with white shoes",
            "unsupported",
        ),
        wearing("a pink cardigan, a white top and blue jeans"),
        color_of("top", "pink", "other_garment_color"),
        Q.pattern("printed"),
        describe("top", "the top is white with small black hearts printed on it"),
        details("top", "the top details are on the top", "restated"),
        is_a("cardigan", "yes", "contradiction"),
        title="Kraus Jeans Women White Printed Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: burgundy velvet wrap top under an open black tailored coat with buttons, black trousers, grey
    # backdrop, front view. VQA adapter.
    case(
        "X699-029",
        caption("a woman wearing a black coat and a red top"),
        wearing("a black coat and a red velvet top"),
        color_of("top", "maroon"),
        Q.material("velvet"),
        describe("top", "the top is black with long sleeves and buttons down the front", "other_garment_color"),
        details(
            "top",
            "Question: What are the top details? Answer: the top has a v neck Question: What is the color of the "
            "top? Answer: red",
            "leak",
            hit_limit=True,
        ),
        title="Mango Women Burgundy Velvet Wrap Top",
        category="Tops",
        color="Burgundy",
        gender="Women",
    ),
    # photo: coral printed peasant top with ruffles under an open light denim jacket, white shorts, sunglasses in
    # the right hand, white backdrop, front view. VQA adapter.
    case(
        "X699-030",
        caption("a woman wearing a denim jacket and white shorts holding a pair of sunglasses"),
        wearing("she is wearing a jean jacket and shorts", who="she"),
        color_of("top", "coral"),
        describe("top", "the top is blue", "other_garment_color"),
        details("top", "the top has a printed pattern and ruffles"),
        is_a("jacket", "yes", "contradiction"),
        Q.material(
            "the top is made of a light fabric that is soft and it is worn under a denim jacket that is made of a",
            "cut",
            hit_limit=True,
        ),
        title="Sera Women Coral Printed Peasant Top",
        category="Tops",
        color="Coral",
        gender="Women",
    ),
    # photo: white sleeveless top with front pleats under an open black and white houndstooth blazer, black
    # trousers, white backdrop, front view. VQA adapter.
    case(
        "X699-031",
        caption("a woman wearing a black and white checked blazer and black pants"),
        wearing("a black and white blazer, a white top and black pants"),
        color_of("top", "white"),
        Q.pattern("checked", "contradiction"),
        Q.sleeve_length("long sleeves", "contradiction"),
        describe("top", "the top is white with pleats at the front"),
        details("top", "the details of the top", "restated"),
        title="Allen Solly Woman White Sleeveless Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: mint green top with a sweetheart neckline under an open white cropped denim jacket with buttons and a
    # collar, light blue jeans, white backdrop, front view. VQA adapter.
    case(
        "X699-032",
        caption("a woman in a white jacket and blue jeans"),
        wearing("a white jacket and a green top"),
        color_of("top", "green"),
        Q.garment_type("jacket", "contradiction"),
        describe("top", "the top is white with buttons and a collar", "other_garment_color"),
        details(
            "top",
            "the top has a sweetheart neck and the top has a sweetheart neck and the top has a sweetheart neck and "
            "the top has",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="FabAlley Women Mint Green Solid Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: white shirt with thin blue pinstripes under an open navy cardigan, beige chinos, white backdrop,
    # front view; the feed row has no gender column. VQA adapter.
    case(
        "X699-033",
        caption("a person wearing a blue cardigan and beige pants"),
        wearing("a navy cardigan over a striped shirt and khaki pants"),
        color_of("shirt", "navy blue", "other_garment_color"),
        Q.pattern("striped"),
        describe("shirt", "the shirt is white with thin blue stripes and a collar"),
        details(
            "shirt",
            "the shirt has a collar Question: What is the color of the shirt? Answer: blue Question: What is the "
            "color of the",
            "leak",
            hit_limit=True,
        ),
        Q.material("wool", "unsupported"),
        title="Park Avenue Women White & Blue Striped Shirt",
        category="Shirts",
        color="White",
    ),
    # photo: hot pink solid top under an open black leather jacket with a studded collar and an asymmetric zip,
    # black skirt, cropped above the knee, white backdrop, front view. VQA adapter.
    case(
        "X699-034",
        caption("a woman wearing a black leather jacket and a pink top"),
        wearing(
            "she is wearing a black leather jacket and a pink shirt and a black skirt and black boots",
            "unsupported",
            who="she",
        ),
        color_of("top", "black", "other_garment_color"),
        Q.garment_type("top"),
        describe("top", "the top is pink"),
        details("top", "the top has a zipper and studs on the collar", "unsupported"),
        title="Vero Moda Women Pink Solid Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: ivory lace top with a scalloped hem under an open light grey long shrug, dark blue jeans, white
    # backdrop, front view. VQA adapter.
    case(
        "X699-035",
        caption("a woman wearing a grey cardigan and a white lace top"),
        wearing("a gray shrug, a white lace top and jeans"),
        color_of("top", "grey", "other_garment_color"),
        describe("top", "the top is made of lace with a scalloped hem"),
        details("top", "what are the top details", "restated"),
        Q.material("lace"),
        title="Miss Chase Women Cream Lace Top",
        category="Tops",
        color="Cream",
        gender="Women",
    ),
    # photo: black top with a white abstract face graphic under an open white blazer, black trousers, white
    # backdrop, front view. VQA adapter.
    case(
        "X699-036",
        caption("a woman wearing a white blazer and black pants with a black and white top"),
        wearing("a white jacket"),
        color_of("top", "white", "other_garment_color"),
        Q.pattern("graphic"),
        describe("top", "the top has a face printed on it in white"),
        is_a("blazer", "yes", "contradiction"),
        details(
            "top",
            "the top has a face printed on the front in white lines with the eyes closed and the lips and the "
            "nose and the hair drawn in",
            "cut",
            hit_limit=True,
        ),
        title="StyleStone Women Black Graphic Print Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: dusty rose satin camisole under an open long beige cardigan, white jeans, white backdrop, front view.
    # VQA adapter.
    case(
        "X699-037",
        caption(
            "a woman wearing a beige cardigan and white jeans and a pink top and a beige cardigan and white jeans "
            "and a pink top and a beige cardigan and white jeans and a pink top and a beige cardigan and white",
            "loop",
            hit_limit=True,
        ),
        wearing("a beige cardigan over a pink cami with white jeans", who="she"),
        color_of("top", "beige", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        describe("top", "the top is a pink satin camisole with lace trim", "unsupported"),
        details("top", "no", "non_answer"),
        Q.material("satin"),
        title="Dorothy Perkins Women Pink Satin Camisole",
        category="Tops",
        color="Rose",
        gender="Women",
    ),
    # photo: light blue chambray shirt with two buttoned chest pockets under an open olive green bomber jacket,
    # black jeans, white backdrop, front view. VQA adapter.
    case(
        "X699-038",
        caption("a woman wearing a green jacket and a blue denim shirt"),
        wearing("a green bomber jacket, a blue denim shirt and black jeans"),
        color_of("shirt", "green", "other_garment_color"),
        Q.garment_type("jacket", "contradiction"),
        Q.material("denim"),
        details("shirt", "the shirt has two chest pockets with buttons"),
        describe("shirt", "he is wearing a blue denim shirt with two pockets on the chest", "pronoun"),
        color_of("jacket", "green", kind="open"),
        title="Levis Women Blue Chambray Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: yellow sleeveless top with a ruffled neckline under a white cropped shrug, blue high-waist jeans,
    # white backdrop, front view. VQA adapter.
    case(
        "X699-039",
        caption("a woman in a white shrug and a yellow top with ruffles"),
        wearing("a yellow top, a white shrug and blue jeans"),
        color_of("top", "yellow"),
        describe(
            "top",
            "the top is yellow with a ruffled neckline and it is worn with a white shrug and blue jeans with a high "
            "waist and a button at the",
            "cut",
            hit_limit=True,
        ),
        details("top", "the top has buttons down the back", "unsupported"),
        is_a("top", "no", "contradiction"),
        over("a white shrug"),
        title="SASSAFRAS Women Yellow Ruffled Top",
        category="Tops",
        color="Yellow",
        gender="Women",
    ),
    # photo: maroon and white checked shirt under an open black puffer jacket, black jeans, grey backdrop, front
    # view. VQA adapter.
    case(
        "X699-040",
        caption("a woman wearing a black puffer jacket and a red plaid shirt"),
        wearing("he is wearing a black jacket and a red checked shirt", "pronoun", who="she"),
        color_of("shirt", "black", "other_garment_color"),
        Q.pattern("checked"),
        describe("shirt", "the shirt is a red and white plaid shirt with a collar"),
        Q.material("nylon", "unsupported"),
        color_of(
            "pants",
            "black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Roadster Women Maroon & White Checked Casual Shirt",
        category="Shirts",
        color="Maroon",
        gender="Women",
    ),
    # photo: purple crepe top with a keyhole neckline under an open black cardigan, black trousers, white backdrop,
    # front view. VQA adapter.
    case(
        "X699-041",
        caption("a woman wearing a black cardigan and a purple top"),
        wearing(
            "a black cardigan and black pants Answer: a black cardigan and black pants Answer: a black cardigan "
            "and black pants Answer: a black",
            "leak",
            hit_limit=True,
        ),
        color_of("top", "purple"),
        Q.garment_type("cardigan", "contradiction"),
        describe("top", "the top is purple with a keyhole at the neck"),
        details("top", "the top has a keyhole neckline and a button at the back of the neck", "unsupported"),
        over("a black cardigan"),
        title="Harpa Women Purple Solid Top",
        category="Tops",
        color="Purple",
        gender="Women",
    ),
    # photo: navy blue shirt with white polka dots under an open beige double-breasted trench coat with a belt,
    # white jeans, sunglasses pushed up on the head, brown leather bag on the shoulder, white backdrop, front view;
    # the feed row has no color column. VQA adapter.
    case(
        "X699-042",
        caption(
            "a woman wearing a beige trench coat and white pants and a navy blue shirt with white polka dots and "
            "a pair of brown sunglasses on her head and a brown leather bag on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a beige trench coat, a navy polka dot shirt and white jeans"),
        color_of("shirt", "beige", "other_garment_color"),
        Q.pattern("polka dots"),
        describe("shirt", "the shirt is blue with white polka dots and a collar"),
        details("shirt", "the shirt has a belt at the waist and a double row of buttons", "unsupported"),
        title="Marks & Spencer Women Navy Blue Polka Dot Shirt",
        category="Shirts",
        gender="Women",
    ),
    # photo: black sequinned camisole under an open white tuxedo blazer with satin lapels, black trousers, grey
    # backdrop, front view. VQA adapter.
    case(
        "X699-043",
        caption("a man in a white tuxedo jacket and black pants", "pronoun"),
        wearing("a white tuxedo jacket over a black sequin top"),
        color_of("top", "black"),
        Q.garment_type("blazer", "contradiction"),
        describe("top", "the top is black with sequins"),
        Q.material("sequins"),
        details(
            "top",
            "the top has thin straps and sequins all over Question: What is the color of the blazer? Answer: white "
            "Question: What is",
            "leak",
            hit_limit=True,
        ),
        title="Forever New Women Black Embellished Camisole",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: emerald green satin blouse with a bow at the neck under a black cropped jacket, green cuffs showing
    # below the jacket sleeves, black skirt, white backdrop, front view. VQA adapter.
    case(
        "X699-044",
        caption("a woman wearing a black jacket and a blue blouse with a bow", "contradiction"),
        wearing("a black jacket, a green blouse and a black skirt"),
        color_of("blouse", "green"),
        Q.sleeve_length("long sleeves"),
        describe("blouse", "the blouse is green with a bow at the neck"),
        details(
            "blouse",
            "the blouse has a bow at the neck and the bow at the neck and the bow at the neck and the bow at the "
            "neck and the bow",
            "loop",
            hit_limit=True,
        ),
        Q.material("satin"),
        title="Mango Women Green Solid Bow Neck Blouse",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: pink and white vertical striped shirt under an open white blazer, blue jeans, white backdrop, front
    # view. VQA adapter.
    case(
        "X699-045",
        caption("a woman wearing a white blazer and blue jeans"),
        wearing("a white blazer over a pink striped shirt with blue jeans", who="she"),
        color_of("shirt", "pink"),
        Q.pattern("solid", "contradiction"),
        describe("shirt", "the shirt", "non_answer"),
        details("shirt", "the shirt has pink and white stripes and a collar"),
        is_a("shirt", "yes"),
        title="Allen Solly Woman Pink & White Striped Shirt",
        category="Shirts",
        color="Pink",
        gender="Women",
    ),
    # photo: grey top with a black leopard print under a long open black cardigan with patch pockets, black
    # jeans, white backdrop, front view. VQA adapter.
    case(
        "X699-046",
        caption("a woman wearing a black cardigan and a leopard print top"),
        wearing("a black cardigan, a leopard print top and black jeans"),
        color_of("top", "black", "other_garment_color"),
        Q.pattern("animal print"),
        describe("top", "the top is grey with a black leopard print"),
        details(
            "top",
            "the top has a leopard print and the cardigan has long sleeves and pockets and the cardigan has long "
            "sleeves and pockets and the",
            "loop",
            hit_limit=True,
        ),
        title="ONLY Women Grey Animal Print Top",
        category="Tops",
        color="Grey",
        gender="Women",
    ),
]
