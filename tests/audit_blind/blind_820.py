"""BLIND_820 (46 products; Myntra women's bottoms with tops, VQA adapter): written blind in the fifty-sixth session.
Measured blind at ceb377f (the session's first rules): 127/143 failures found (88.8%) and 1/199 correct texts flagged
(0.5%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's western wear, category Skirts, Shorts, Jeans or Trousers. Every photo shows a
model wearing the labelled bottom with a top (tees, blouses, shirts, crop tops, sweaters), sometimes a jacket or coat
over it, shoes, a bag or a hat; mostly a white studio backdrop, a few grey or beige walls, one back view. The seller's
columns are title, category and color as such a feed has them; two rows lack gender, one lacks color.

Who wrote what: every caption and open answer is free generation by Salesforce/blip2-opt-2.7b with the VQA adapter
leoreigoto/Data3_V3_BLIP2_VQA (greedy, 30 new tokens for answers, 50 for captions). One epoch on In-shop VQA pairs
left it short-spoken: it often stops on OPT's newline after a few words, but with no trained end token it also runs
on into loops, into the next "Question: ... Answer:" of its training format, or to the limit mid-sentence. It names
garments in In-shop words (pants, shirt, tank top, denim), gives the top's color to the bottom, reads a top's print
or stripes as the product's, calls palazzos and culottes skirts, and invents pockets, zips, belts and fabrics. Its
captions are BLIP-like ("a woman in a ... and ...") with a few broken ones. Closed answers (garment type, color,
pattern, fit, length, yes/no) come from enrich's --engine reference ranking candidates with the same adapter: they
are always one clean value, wrong when it picks the top's color or print, a neighbouring class or a common prior.

Labeling conventions and judgement calls:
- The product is the seller's category; "the garment" in a closed question means that product, so a closed color,
  pattern or type taken from the top (or a jacket) is a contradiction.
- other_garment_color for open answers and captions that give the product the color (or a print's colors) of another
  worn garment; a wrong color that no garment in the photo has, or another garment's pattern given to the product,
  is a contradiction, and so is a caption or answer that names the product as another garment (a dress, a skirt).
- Shades in the same family count as correct: navy, mustard, rust, tan, peach, olive, gray/grey, "dark blue" for
  indigo; a teal garment called "green", "blue" or "teal" is right by the photo even though the seller's Teal maps
  to the blue group. A tan corduroy skirt called "brown" is right.
- Tops named loosely are correct when the photo allows it: a cream sweater called "white", a bodysuit called a
  "top", a camel coat called "brown", a blouse called a "shirt".
- A loop is labeled loop even when the looping phrase also invents a detail; a leak that also repeats is a leak.
- cut = ran to the token limit (30 for answers, 50 for captions) and stopped mid-phrase, hit_limit=True; every loop
  and every leak that ran to the limit also has hit_limit=True. Texts that stopped by themselves have hit_limit=False.
- A caption that names a backdrop the photo does not have is unsupported; the backdrop named right is correct.
- non_answer = empty, yes/no, a single word, or only the question's words back ("a pair of shorts" to "Describe the
  shorts.", "the skirt is a skirt"); restated = the question echoed as a question or a sentence ("what is the woman
  wearing", "the details of the jeans are the jeans details").
- unsupported = a detail or fabric the photo does not show (pockets, zips, slits, rips, lace, logos, a belt that is
  not there) or a material the title or photo rules out; a plausible fabric neither title nor photo contradicts
  (cotton for sweat shorts, satin for a sheen skirt) counts correct.
- pronoun = "he", "his" or "a man" for a Women row; rows without gender carry no pronoun failure.
- A closed "no" to "Is this a skirt?" for shorts is correct; a closed "yes" to it for palazzos is a contradiction.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

fit = question("fit", "What is the fit of the garment?", "closed")
length = question("length", "What is the length of the garment?", "closed")

BLIND_820 = [
    # photo: black knee-length pencil skirt, white sleeveless shell top tucked in, black pumps, white backdrop,
    # front view; all texts by the VQA adapter, closed ones by the reference engine
    case(
        "X820-001",
        caption("a woman wearing a white top and a white skirt", "other_garment_color"),
        wearing("a white top and a black skirt", who="the woman"),
        color_of("skirt", "black"),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        describe("skirt", "a black pencil skirt that is knee length"),
        Q.garment_type("skirt"),
        is_a("skirt", "yes"),
        title="Vero Moda Women Black Solid Pencil Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: light blue washed denim shorts with frayed hem, grey melange tee with a "BROOKLYN" graphic, white
    # sneakers, white backdrop; VQA adapter
    case(
        "X820-002",
        caption("a woman wearing a grey t - shirt and denim shorts"),
        wearing(
            "shorts Question: What is the color of the shorts? Answer: blue Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        color_of("shorts", "blue"),
        color_of("shorts", "grey", "other_garment_color", kind="open"),
        details("shorts", "a frayed hem and two front pockets"),
        Q.pattern("graphic", "contradiction"),
        is_a("shorts", "yes", article="a pair of"),
        describe("shorts", "grey shorts with a frayed hem", "other_garment_color"),
        title="Roadster Women Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: dark navy skinny jeans, clean wash, mustard yellow ribbed top, tan ankle boots, white backdrop; VQA adapter
    case(
        "X820-003",
        caption("a woman in a yellow top and dark blue jeans"),
        wearing("she is wearing a yellow top and yellow jeans", "other_garment_color", who="she"),
        color_of("jeans", "navy"),
        details("jeans", "the jeans have rips on both knees and a distressed hem", "unsupported"),
        fit("skinny"),
        is_a("jeans", "yes", article="a pair of"),
        color_of("top", "mustard", kind="open"),
        title="Roadster Women Navy Blue Skinny Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: beige high-waist wide-leg trousers with a self belt, black fitted tee tucked in, black flats, plain grey
    # wall behind; VQA adapter
    case(
        "X820-004",
        caption("a woman wearing black t - shirt and beige wide leg pants standing in front of a grey wall"),
        wearing("a black shirt and beige pants"),
        color_of("trousers", "black", "other_garment_color", kind="open"),
        color_of("trousers", "beige"),
        describe(
            "trousers",
            "the pants are high waisted with a belt at the waist, wide legs and pleats in the front, they have"
            " pockets on the side and a button on the",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("pants"),
        Q.material("silk", "unsupported"),
        details("trousers", "a belt at the waist and a zip on the back pocket", "unsupported"),
        title="AND Women Beige Solid Wide Leg Cotton Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: pink A-line midi skirt with a white-and-green floral print, white crop top, straw bag in hand, white
    # backdrop; VQA adapter
    case(
        "X820-005",
        caption("a woman wearing a floral skirt and white top holding a straw bag"),
        wearing("a white crop top, a pink floral skirt and a bag"),
        Q.pattern("floral"),
        color_of("skirt", "pink with flowers", kind="open"),
        Q.color("white", "contradiction"),
        describe(
            "skirt",
            "a floral skirt with a floral print and a floral print and a floral print and a floral print and a"
            " floral print and a floral",
            "loop",
            hit_limit=True,
        ),
        length("midi"),
        details("skirt", "what are the skirt details?", "restated"),
        title="Tokyo Talkies Women Pink Floral Print A-Line Midi Skirt",
        category="Skirts",
        color="Pink",
        gender="Women",
    ),
    # photo: olive cotton chino shorts with rolled hem, white linen shirt half tucked, brown belt, white backdrop;
    # VQA adapter
    case(
        "X820-006",
        caption("a woman in a white shirt and green shorts"),
        wearing("he is wearing a white shirt and green shorts", "pronoun", who="she"),
        color_of("shorts", "green"),
        details("shorts", "they are short", "non_answer"),
        is_a("skirt", "no"),
        describe("shorts", "the shorts are olive green with a rolled hem and a brown belt through the loops"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        title="Chemistry Women Olive Green Solid Regular Shorts",
        category="Shorts",
        color="Olive",
        gender="Women",
    ),
    # photo: medium blue high-rise mom jeans, black-and-white horizontal striped tee tucked in, white sneakers,
    # white backdrop; VQA adapter
    case(
        "X820-007",
        caption("a woman wearing a striped shirt and blue jeans"),
        wearing(
            "a striped t - shirt and a pair of jeans Question: What is the color of the jeans? Answer: blue Question:",
            "leak",
            hit_limit=True,
        ),
        color_of("jeans", "white and black", "other_garment_color", kind="open"),
        Q.pattern("striped", "contradiction"),
        details("jeans", "high waist, tapered legs and a rolled hem at the ankle"),
        fit("relaxed"),
        Q.garment_type("tee", "contradiction"),
        title="Mast & Harbour Women Blue Mom Fit High-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: charcoal grey ankle-length cigarette trousers, pale pink blouse, nude pumps, white backdrop; VQA adapter
    case(
        "X820-008",
        caption("a woman in a pink blouse and grey trousers"),
        wearing("a pink shirt and black pants", "contradiction"),
        color_of("trousers", "grey"),
        color_of("trousers", "pink", "other_garment_color", kind="open"),
        describe("trousers", "the trousers are grey and slim with a crease down the front"),
        Q.garment_type("pants"),
        details("trousers", "the details of the trousers are the details of the trousers", "restated"),
        title="Van Heusen Woman Charcoal Grey Slim Fit Formal Cigarette Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Women",
    ),
    # photo: light blue button-front denim A-line mini skirt, black ribbed tank top, sunglasses pushed up on the head,
    # white backdrop; VQA adapter
    case(
        "X820-009",
        caption("a woman wearing a black tank top and a denim skirt with sunglasses on her head"),
        color_of("skirt", "black", "contradiction"),
        color_of("skirt", "blue denim", kind="open"),
        details("skirt", "buttons down the front, two patch pockets and a raw hem"),
        Q.material("denim"),
        is_a("skirt", "yes"),
        wearing("a black tank top and a blue skirt and sunglasses"),
        describe("skirt", "a black skirt with buttons down the front", "other_garment_color"),
        title="SASSAFRAS Women Blue Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: black high-rise flared jeans, cream knit cropped sweater with long sleeves, black heeled boots, beige
    # wall behind, hands on hips, hair in a ponytail; VQA adapter
    case(
        "X820-010",
        caption(
            "a woman in a white sweater and black flare jeans standing against a beige wall with her hands on her hips"
            " and her hair pulled back in a ponytail and a pair of black boots with a heel and a",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a white sweater and black jeans and black boots and black boots and black boots and black boots and"
            " black boots and black",
            "loop",
            who="the woman",
            hit_limit=True,
        ),
        color_of("jeans", "black"),
        fit("flared"),
        details("jeans", "the jeans are ripped at the knees and have a leather patch at the back", "unsupported"),
        color_of("sweater", "cream", kind="open"),
        title="DOLCE CRUDO Women Black Flared High-Rise Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: white linen shorts with a paperbag waist and tie belt, navy sleeveless top with white polka dots, white
    # backdrop, three-quarter view; VQA adapter
    case(
        "X820-011",
        caption("a woman wearing a navy polka dot top and white shorts"),
        wearing("Answer: a top and shorts", "leak"),
        color_of("shorts", "navy blue", "other_garment_color", kind="open"),
        Q.pattern("polka dot", "contradiction"),
        color_of("shorts", "white"),
        Q.material("linen"),
        describe("shorts", "white paperbag shorts with a tie belt at the waist"),
        details("shorts", "the shorts have polka dots and a tie belt", "contradiction"),
        title="Vero Moda Women White Linen Paperbag Waist Shorts",
        category="Shorts",
        color="White",
        gender="Women",
    ),
    # photo: black flowing palazzo trousers, red printed tie-front shirt, white backdrop; VQA adapter
    case(
        "X820-012",
        caption("a woman in a red shirt and black palazzo pants"),
        wearing("she is wearing a red top and black pants", who="she"),
        color_of("trousers", "red", "other_garment_color", kind="open"),
        describe("trousers", "wide", "non_answer"),
        Q.garment_type("skirt", "contradiction"),
        is_a("skirt", "yes", "contradiction"),
        details(
            "trousers",
            "the trousers have side pockets and an elastic waistband with a drawstring tie at the front and a zip at"
            " the side and the trousers are black and",
            "cut",
            hit_limit=True,
        ),
        title="Libas Women Black Solid Flared Palazzo Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: mustard satin pleated midi skirt, black long-sleeve turtleneck, thin black belt, white backdrop; VQA
    # adapter
    case(
        "X820-013",
        caption(
            "a woman in a black top and yellow pleated skirt with a black belt and a black belt and a black belt and a"
            " black belt and a black belt and a black belt and a black belt and a",
            "loop",
            hit_limit=True,
        ),
        color_of("skirt", "yellow"),
        color_of("skirt", "mustard yellow", kind="open"),
        details(
            "skirt",
            "the skirt is pleated, the skirt is pleated, the skirt is pleated, the skirt is pleated, the skirt is"
            " pleated, the",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.material("satin"),
        wearing("a black sweater and a yellow skirt"),
        title="Zima Leto Women Mustard Yellow Pleated Midi Skirt",
        category="Skirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: grey distressed boyfriend jeans with ripped knees and rolled cuffs, olive utility shirt worn open over a
    # white tank, white sneakers, white backdrop; VQA adapter
    case(
        "X820-014",
        caption("a woman wearing a green shirt over a white tank top and ripped jeans"),
        wearing("a green shirt, a white tank top and grey ripped jeans"),
        color_of("jeans", "blue", "contradiction"),
        color_of("jeans", "green", "other_garment_color", kind="open"),
        details("jeans", "ripped knees and rolled up cuffs"),
        is_a("jeans", "yes", article="a pair of"),
        fit("skinny", "contradiction"),
        title="Kraus Jeans Women Grey Boyfriend Fit Highly Distressed Jeans",
        category="Jeans",
        color="Grey",
        gender="Women",
    ),
    # photo: rust orange tapered trousers with a paperbag waist and self-tie bow, cream plain blouse, white backdrop;
    # VQA adapter
    case(
        "X820-015",
        caption("a woman wearing a white shirt and orange pants"),
        color_of("trousers", "orange"),
        color_of("trousers", "rust", kind="open"),
        describe(
            "trousers",
            "a pair of orange pants with a bow at the waist and pockets on the side, the pants are tapered at the"
            " bottom and have a zipper on the side and a",
            "cut",
            hit_limit=True,
        ),
        wearing("cream blouse and rust trousers", who="she"),
        Q.material("leather", "unsupported"),
        Q.garment_type("pants"),
        details("trousers", "the details of the trousers are the trousers", "restated"),
        title="Mango Women Rust Paperbag Waist Tapered Trousers",
        category="Trousers",
        color="Rust",
        gender="Women",
    ),
    # photo: black-and-white gingham check A-line mini skirt, black off-shoulder top, black tote bag on the arm, white
    # backdrop; VQA adapter
    case(
        "X820-016",
        caption("a woman in a black top and a black and white checkered skirt"),
        Q.pattern("checked"),
        color_of("skirt", "black and white", kind="open"),
        Q.color("black"),
        describe("skirt", "a plaid skirt with a zipper in the back and a slit on the side", "unsupported"),
        wearing("a man wearing a black shirt and a checkered skirt", "pronoun"),
        is_a("dress", "no"),
        Q.garment_type("dress", "contradiction"),
        title="Harpa Women Black & White Checked A-Line Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: black high-rise denim shorts with a frayed hem, red-and-white checked flannel shirt tied at the waist over
    # a white tee, white backdrop; VQA adapter
    case(
        "X820-017",
        caption("a woman wearing a red plaid shirt and black shorts"),
        wearing("a plaid shirt, a white t - shirt and black shorts"),
        color_of("shorts", "red", "other_garment_color", kind="open"),
        color_of("shorts", "black"),
        Q.pattern("checked", "contradiction"),
        details(
            "shorts",
            "the shorts are black denim with a frayed hem, two front pockets, belt loops, a button and zip fly,"
            " and the shirt is tied at the waist over the",
            "cut",
            hit_limit=True,
        ),
        Q.material("denim"),
        title="Roadster Women Black High-Rise Denim Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: back view, light blue high-rise wide-leg jeans with two back pockets, black crop top, white backdrop;
    # VQA adapter
    case(
        "X820-018",
        caption("the back of a woman wearing a black crop top and light blue wide leg jeans"),
        details("jeans", "two back pockets and a high waist with belt loops"),
        color_of("jeans", "blue"),
        describe("jeans", "yes", "non_answer"),
        wearing(
            "a black top and blue jeans Question: What is the color of the top? Answer: black Question: What is"
            " the color of the jeans? Answer",
            "leak",
            who="she",
            hit_limit=True,
        ),
        fit("wide leg"),
        color_of("top", "black", kind="open"),
        title="ONLY Women Light Blue Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: olive cargo trousers with side flap pockets and elastic cuffs, white tee with a black slogan, white
    # sneakers, white backdrop; VQA adapter
    case(
        "X820-019",
        caption("a woman in a white t - shirt and green cargo pants"),
        color_of("trousers", "olive green", kind="open"),
        details("trousers", "cargo pockets on the sides and elastic cuffs at the ankles"),
        describe(
            "trousers",
            "green green green green green green green green green green green green green green green green green"
            " green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("graphic", "contradiction"),
        wearing("a white shirt with words on it and green pants"),
        Q.garment_type("pants"),
        Q.color("white", "contradiction"),
        title="Style Quotient Women Olive Green Solid Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Women",
    ),
    # photo: navy wrap midi skirt with a small white floral print and a side tie, plain hem, white tee tucked in,
    # white backdrop; VQA adapter
    case(
        "X820-020",
        caption("a woman wearing a white t - shirt and a blue floral dress", "contradiction"),
        color_of("skirt", "the skirt is blue with white flowers", kind="open"),
        details("skirt", "a wrap skirt with a tie on the side and a ruffle hem", "unsupported"),
        wearing("what is the woman wearing", "restated", who="the woman"),
        color_of("skirt", "navy"),
        Q.pattern("floral"),
        length("midi"),
        describe("skirt", "his skirt is navy with white flowers and a tie on the side", "pronoun"),
        title="Berrylush Women Navy Blue & White Floral Printed Wrap Midi Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: pale peach tailored shorts with front pleats, white lace camisole, gold sandals, white backdrop; the feed
    # row has no gender; VQA adapter
    case(
        "X820-021",
        caption("a woman in a white lace top and pink shorts"),
        color_of("shorts", "pink"),
        color_of("shorts", "peach", kind="open"),
        describe("shorts", "a pair of shorts", "non_answer"),
        Q.material("lace", "unsupported"),
        wearing("a lace top and shorts"),
        details("shorts", "pleats at the front and a side pocket"),
        is_a("skirt", "yes", "contradiction"),
        title="AND Women Peach Solid Tailored Shorts",
        category="Shorts",
        color="Peach",
    ),
    # photo: medium blue bootcut jeans, white button-down shirt tucked in, brown leather belt, brown heeled boots,
    # white backdrop; VQA adapter
    case(
        "X820-022",
        caption("a man wearing a white shirt and blue jeans", "pronoun"),
        wearing("a white shirt, a brown belt and blue jeans", who="she"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        color_of("jeans", "blue"),
        fit("bootcut"),
        details("jeans", "a brown belt, front pockets and a bootcut leg"),
        describe(
            "jeans",
            "the jeans are blue and have a bootcut, they are worn with a white shirt and a brown belt and brown"
            " boots with a heel, the jeans are",
            "cut",
            hit_limit=True,
        ),
        title="Wrangler Women Blue Bootcut Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: navy straight trousers with thin white vertical pinstripes, white sleeveless blouse with a ruffled neck,
    # white backdrop; VQA adapter
    case(
        "X820-023",
        caption("a woman in a white blouse and striped navy pants"),
        Q.pattern("striped"),
        color_of("trousers", "blue and white stripes", kind="open"),
        Q.color("white", "contradiction"),
        details("trousers", "the trousers have vertical stripes, a high waist and straight legs"),
        wearing("a white blouse with ruffles and blue striped pants"),
        is_a("pants", "no", "contradiction", article="a pair of"),
        describe("trousers", "navy pants with white stripes, a belt and gold buttons on the pockets", "unsupported"),
        title="Marks & Spencer Women Navy Blue & White Pinstriped Straight Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black faux leather mini skirt, red long-sleeve knit sweater, black tights, white backdrop; VQA adapter
    case(
        "X820-024",
        caption("a woman in a red sweater and a black leather skirt"),
        color_of("skirt", "red", "other_garment_color", kind="open"),
        Q.material("leather"),
        color_of("skirt", "black"),
        describe(
            "skirt",
            "a black skirt with a black belt and black buttons on the front and black pockets on the sides and black"
            " buttons on the front and black",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sweater", "contradiction"),
        is_a("skirt", "yes"),
        title="Lulu & Sky Women Black Solid Faux Leather Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: white shorts with a tropical print of green palm leaves and orange flowers, solid green tank top, white
    # backdrop; VQA adapter
    case(
        "X820-025",
        caption("a woman in a green tank top and floral shorts"),
        color_of("shorts", "green and white with flowers", kind="open"),
        Q.pattern("floral"),
        details("shorts", "the shorts have a tropical print"),
        wearing("he is wearing a green tank top and shorts", "pronoun", who="she"),
        describe(
            "shorts",
            "shorts Question: Describe the shorts. Answer: shorts Question: Describe the shorts. Answer: shorts"
            " Question: Describe the",
            "leak",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        title="Tokyo Talkies Women Multicoloured Tropical Print Cotton Shorts",
        category="Shorts",
        color="Multi",
        gender="Women",
    ),
    # photo: black skinny jeans, leopard print blouse, black ankle boots, white backdrop; VQA adapter
    case(
        "X820-026",
        caption("a woman wearing a leopard print top and black jeans standing in front of a brick wall", "unsupported"),
        Q.pattern("solid"),
        color_of("jeans", "black", kind="open"),
        details("jeans", "the jeans have a leopard print", "contradiction"),
        wearing("a leopard print shirt and black skinny jeans and black boots"),
        fit("skinny"),
        Q.material("denim"),
        describe(
            "jeans",
            "black skinny jeans with a leopard print top, black ankle boots and a black belt with a gold buckle and"
            " black skinny jeans with a leopard print top and",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Women Black Skinny Fit Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: white wide cropped culottes, black-and-white striped boat-neck top, black espadrilles, white backdrop;
    # VQA adapter
    case(
        "X820-027",
        caption("a woman in a striped shirt and white culottes"),
        wearing("a striped shirt and a white skirt", "contradiction", who="the woman"),
        Q.garment_type("pants"),
        color_of("trousers", "white"),
        color_of("trousers", "black and white", "other_garment_color", kind="open"),
        length("cropped"),
        describe(
            "trousers",
            "the trousers are white, wide and cropped just below the knee with a high waist and a wide waistband,"
            " they are worn with a striped top and black",
            "cut",
            hit_limit=True,
        ),
        details("trousers", "the trousers have stripes", "contradiction"),
        title="Vero Moda Women White Solid Wide Leg Culottes",
        category="Trousers",
        color="White",
        gender="Women",
    ),
    # photo: olive tiered maxi skirt, white puff-sleeve crop top, brown sandals, holding a straw sun hat, white
    # backdrop; VQA adapter
    case(
        "X820-028",
        caption("a woman wearing a white crop top and a long green skirt holding a hat"),
        length("maxi"),
        color_of("skirt", "green"),
        details(
            "skirt",
            "the skirt has three tiers and three tiers and three tiers and three tiers and three tiers and three"
            " tiers and three tiers and",
            "loop",
            hit_limit=True,
        ),
        wearing("a white top, a green skirt and a hat", who="she"),
        describe("skirt", "a long skirt with a slit up the front and a drawstring waist", "unsupported"),
        color_of("top", "white", kind="open"),
        Q.material("wool", "unsupported"),
        title="Kassually Women Olive Green Solid Tiered Maxi Skirt",
        category="Skirts",
        color="Olive",
        gender="Women",
    ),
    # photo: khaki chino shorts with cuffed hem, navy polo t-shirt with a small chest logo, white backdrop; VQA adapter
    case(
        "X820-029",
        caption("a woman in a blue polo shirt and khaki shorts"),
        color_of("shorts", "beige"),
        color_of("shorts", "blue", "other_garment_color", kind="open"),
        wearing("a polo shirt and shorts"),
        details("shorts", "the shorts have a logo on the front", "unsupported"),
        is_a("shorts", "yes", article="a pair of"),
        Q.garment_type("shorts"),
        describe("shorts", "they are shorts", "non_answer"),
        title="U.S. Polo Assn. Women Khaki Solid Chino Shorts",
        category="Shorts",
        color="Khaki",
        gender="Women",
    ),
    # photo: white straight-fit jeans, light blue chambray shirt, tan belt, white backdrop; VQA adapter
    case(
        "X820-030",
        caption("a woman wearing a blue denim shirt and white jeans"),
        color_of("jeans", "blue", "contradiction"),
        color_of("jeans", "white", kind="open"),
        wearing("she is wearing a denim shirt and blue jeans", "other_garment_color", who="she"),
        details("jeans", "the details of the jeans", "restated"),
        Q.material("denim"),
        fit("straight"),
        describe("jeans", "light blue jeans with a tan belt", "other_garment_color"),
        title="Flying Machine Women White Straight Fit Jeans",
        category="Jeans",
        color="White",
        gender="Women",
    ),
    # photo: black tailored straight trousers, long camel coat worn open over a white tee, black handbag in hand, the
    # waistband hidden under the tee, white backdrop; VQA adapter
    case(
        "X820-031",
        caption("a woman in a camel coat and black pants holding a black purse"),
        wearing("a brown coat, a white shirt and black pants", who="the woman"),
        color_of("trousers", "brown", "other_garment_color", kind="open"),
        color_of("trousers", "black"),
        describe(
            "trousers",
            "black trousers with a crease down the front, a hook closure at the waist and belt loops",
            "unsupported",
        ),
        Q.garment_type("coat", "contradiction"),
        details(
            "trousers",
            "a brown coat a brown coat a brown coat a brown coat a brown coat a brown coat a brown coat a brown coat a"
            " brown coat",
            "loop",
            hit_limit=True,
        ),
        title="Marks & Spencer Women Black Tailored Straight Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: lavender satin bias-cut midi slip skirt, white oversized shirt half tucked, white sneakers, white
    # backdrop; VQA adapter
    case(
        "X820-032",
        caption("a woman in a white shirt and a purple satin skirt"),
        color_of("skirt", "purple"),
        color_of("skirt", "pink", "contradiction", kind="open"),
        Q.material("satin"),
        details("skirt", "the skirt has a lace trim at the hem", "unsupported"),
        wearing("a white shirt and a lavender skirt"),
        describe("skirt", "", "non_answer"),
        Q.garment_type("shirt", "contradiction"),
        title="SASSAFRAS Women Lavender Satin Slip Midi Skirt",
        category="Skirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: red high-waisted shorts with a two-button front, black-and-white striped tee tucked in, white backdrop;
    # VQA adapter
    case(
        "X820-033",
        caption("a woman wearing a striped shirt and red shorts"),
        color_of("shorts", "red"),
        details("shorts", "two buttons on the front and a high waist"),
        wearing(
            "a striped shirt and red shorts and a striped shirt and red shorts and a striped shirt and red shorts"
            " and a striped shirt and",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("shirt", "black and white", kind="open"),
        describe("shorts", "red shorts with two buttons on the front"),
        is_a("skirt", "yes", "contradiction"),
        title="Sera Women Red Solid High-Rise Shorts",
        category="Shorts",
        color="Red",
        gender="Women",
    ),
    # photo: dark indigo skinny jeans, white sleeveless top, light blue denim jacket worn over it, white backdrop;
    # VQA adapter
    case(
        "X820-034",
        caption("a woman in a denim jacket and dark blue jeans"),
        wearing("a denim jacket, a white top and white jeans", "other_garment_color"),
        color_of("jeans", "blue"),
        color_of("jeans", "dark blue", kind="open"),
        details(
            "jeans",
            "the jeans have a button and zipper on the front and five pockets, the jacket has a collar and buttons"
            " on the front and two pockets on the chest and",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket", "contradiction"),
        Q.material("denim"),
        title="Levis Women Dark Blue 710 Super Skinny Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: maroon straight-fit trousers, cream ribbed turtleneck, hands in the pockets, white backdrop; VQA adapter
    case(
        "X820-035",
        caption("a woman in a white turtleneck and red pants with her hands in her pockets"),
        color_of("trousers", "maroon"),
        color_of("trousers", "purple", "contradiction", kind="open"),
        wearing("she is wearing a turtleneck sweater and maroon trousers", who="she"),
        details(
            "trousers",
            "Question: What are the trousers details? Answer: the trousers have pockets Question: What are the"
            " trousers details? Answer:",
            "leak",
            hit_limit=True,
        ),
        describe("trousers", "his trousers are maroon and straight", "pronoun"),
        title="StyleStone Women Maroon Regular Fit Solid Trousers",
        category="Trousers",
        color="Maroon",
        gender="Women",
    ),
    # photo: black sequinned bodycon mini skirt, silver metallic camisole, silver heels, plain grey wall; VQA adapter
    case(
        "X820-036",
        caption("a woman wearing a silver top and a black sequin skirt"),
        color_of("skirt", "silver", "other_garment_color", kind="open"),
        color_of("skirt", "black"),
        Q.material("sequins"),
        describe("skirt", "the skirt is a skirt", "non_answer"),
        wearing("a sparkly skirt and a silver top and silver shoes"),
        length("mini"),
        details(
            "skirt", "the skirt has a zipper at the back and a slit at the front and is lined with silk", "unsupported"
        ),
        title="Athena Women Black Sequinned Bodycon Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: grey melange drawstring sweat shorts, pink cropped sweatshirt, white backdrop; VQA adapter
    case(
        "X820-037",
        caption("a woman in a pink sweatshirt and grey shorts"),
        color_of("shorts", "pink", "contradiction"),
        color_of("shorts", "gray", kind="open"),
        details("shorts", "a drawstring waist and side pockets"),
        wearing("sweatshirt", "non_answer"),
        describe("shorts", "grey sweat shorts with a drawstring"),
        Q.material("cotton"),
        Q.garment_type("sweatshirt", "contradiction"),
        title="Kook N Keech Women Grey Melange Solid Lounge Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: blue jeans with heavy rips at knees and thighs, white tee printed "NEW YORK" in black, red crossbody bag,
    # white backdrop; VQA adapter
    case(
        "X820-038",
        caption("a woman wearing a white t - shirt and ripped jeans with a red bag"),
        color_of("jeans", "blue"),
        color_of("jeans", "blue with holes", kind="open"),
        wearing("he is wearing a white t - shirt that says new york and ripped blue jeans", "pronoun", who="she"),
        details(
            "jeans",
            "ripped knees, ripped thighs, ripped knees, ripped thighs, ripped knees, ripped thighs, ripped knees,"
            " ripped thighs, ripped knees",
            "loop",
            hit_limit=True,
        ),
        is_a("jeans", "yes", article="a pair of"),
        Q.material("denim"),
        describe(
            "jeans",
            "the jeans are blue and ripped at the knees and the thighs, they are worn with a white t - shirt that says"
            " new york on the front and a red",
            "cut",
            hit_limit=True,
        ),
        title="Mast & Harbour Women Blue Highly Distressed Slim Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: teal high-waist flared trousers, white blouse with small pink flowers, white backdrop; VQA adapter
    case(
        "X820-039",
        caption("a woman wearing a floral blouse and teal pants"),
        color_of("trousers", "green", kind="open"),
        Q.pattern("floral", "contradiction"),
        describe("trousers", "white pants with pink flowers", "other_garment_color"),
        wearing("she is wearing a white shirt with flowers and blue pants", who="she"),
        details(
            "trousers",
            "the trousers are made of a soft material and have a button on the front and pockets on the back and"
            " a zipper on the front and a",
            "cut",
            hit_limit=True,
        ),
        Q.color("teal"),
        title="Kassually Women Teal Green Solid Flared Trousers",
        category="Trousers",
        color="Teal",
        gender="Women",
    ),
    # photo: tan corduroy button-front A-line mini skirt with brown buttons, cream knit sweater, brown knee boots,
    # white backdrop; the feed row has no gender; VQA adapter
    case(
        "X820-040",
        caption("a woman in a white sweater and a brown skirt with brown boots"),
        color_of("skirt", "brown"),
        Q.material("corduroy"),
        details("skirt", "a leather belt and gold buttons down the front", "unsupported"),
        wearing("a white sweater, a brown skirt and brown boots"),
        is_a("skirt", "yes"),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        describe("skirt", "Question: Describe the skirt. Answer: a brown skirt", "leak"),
        title="SASSAFRAS Women Tan Corduroy Button-Front A-Line Mini Skirt",
        category="Skirts",
        color="Tan",
    ),
    # photo: mid-blue knee-length denim bermuda shorts with rolled cuffs, black sleeveless bodysuit, black belt, white
    # backdrop; VQA adapter
    case(
        "X820-041",
        caption("a woman wearing a black top and blue jean shorts"),
        wearing("black top and black shorts", "other_garment_color", who="she"),
        length("knee length"),
        color_of("shorts", "blue"),
        describe(
            "shorts",
            "blue denim shorts Question: What are the shorts details? Answer: rolled cuffs Question: What is the"
            " color of the top? Answer",
            "leak",
            hit_limit=True,
        ),
        details("shorts", "rolled cuffs at the hem and a black belt"),
        title="ONLY Women Blue Knee-Length Denim Bermuda Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: blue high-rise skinny jeans, pink floral print peplum top, nude heels, white backdrop; VQA adapter
    case(
        "X820-042",
        caption("a woman in a pink floral top and blue jeans"),
        color_of("jeans", "pink", "contradiction"),
        color_of("jeans", "blue", kind="open"),
        wearing("a pink top and blue jeans"),
        details("jeans", "the jeans are embroidered with pink flowers on the pockets", "unsupported"),
        describe("jeans", "describe the jeans", "restated"),
        fit("skinny"),
        title="Levis Women Blue 721 High Rise Skinny Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: black-and-white houndstooth slim ankle trousers, black sleeveless turtleneck, red belt, black shoes, white
    # backdrop; VQA adapter
    case(
        "X820-043",
        caption("a woman wearing a black top and black and white checkered pants"),
        Q.pattern("checked"),
        color_of("trousers", "black and white", kind="open"),
        color_of("trousers", "black"),
        wearing("she is wearing a black shirt and plaid pants and a red belt", who="the woman"),
        details(
            "trousers",
            "checked pants checked pants checked pants checked pants checked pants checked pants checked pants"
            " checked pants checked",
            "loop",
            hit_limit=True,
        ),
        describe(
            "trousers",
            "the pants are black and white houndstooth, slim and ankle length with a red belt at the waist and they"
            " are worn with a black sleeveless top and black shoes and",
            "cut",
            hit_limit=True,
        ),
        title="FOREVER 21 Women Black & White Houndstooth Slim Trousers",
        category="Trousers",
        gender="Women",
    ),
    # photo: red flared midi skirt with white polka dots, black tee tucked in, black ankle-strap heels, white backdrop;
    # VQA adapter
    case(
        "X820-044",
        caption("a woman in a black t - shirt and a red polka dot skirt"),
        Q.pattern("polka dot"),
        color_of("skirt", "black", "other_garment_color", kind="open"),
        color_of("skirt", "red"),
        describe("skirt", "red with white dots, flared, and falls below the knee"),
        wearing("he is wearing a black shirt and a red skirt with white dots", "pronoun", who="she"),
        length("mini", "contradiction"),
        details("skirt", "dots", "non_answer"),
        title="Femella Women Red Polka Dot Print Flared Midi Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: lemon yellow shorts with a ruffled hem and elastic waist, white broderie cotton top with eyelets, white
    # backdrop; VQA adapter
    case(
        "X820-045",
        caption("a woman wearing a white top and yellow shorts"),
        color_of("shorts", "yellow"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        details("shorts", "ruffle hem and elastic waist"),
        describe(
            "shorts",
            "Answer: yellow shorts with ruffles Question: What are the shorts details? Answer: ruffles Question:"
            " What is the color of the shorts?",
            "leak",
            hit_limit=True,
        ),
        wearing("a white top with little holes and yellow shorts"),
        Q.material("denim", "unsupported"),
        title="Harpa Women Yellow Solid Ruffled Shorts",
        category="Shorts",
        color="Yellow",
        gender="Women",
    ),
    # photo: blue cropped slim jeans with a raw hem, olive bomber jacket over a black tee, white sneakers, white
    # backdrop; VQA adapter
    case(
        "X820-046",
        caption("a woman in a green jacket and blue jeans"),
        wearing(
            "the woman is wearing a green jacket, a black t - shirt and blue jeans, and white sneakers and a black"
            " t - shirt and blue jeans and a green jacket and",
            "loop",
            who="the woman",
            hit_limit=True,
        ),
        color_of("jeans", "blue"),
        color_of("jeans", "green", "other_garment_color", kind="open"),
        details("jeans", "cropped at the ankle with a raw hem and silver studs on the back pockets", "unsupported"),
        is_a("jacket", "no"),
        Q.material("denim"),
        describe(
            "jeans",
            "blue jeans Question: What is the color of the jacket? Answer: green Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        title="SPYKAR Women Blue Cropped Slim Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
]
