"""BLIND_1413 (45 products; Myntra women's tops/shirts/co-ords, VQA adapter): written blind in the sixty-fourth session.
Measured blind at 4e1890e (the session's fourth rules): 85/89 failures found (95.5%) and 18/216 correct texts flagged
(8.3%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's tops, shirts and co-ord sets (article types Tops, Shirts, Co-Ords; base colours
as Myntra names them), the usual catalog shots: a model on a plain grey or white backdrop wearing the product with
jeans, trousers, shorts or a skirt, a few flat lays, two back views, props now and then (a handbag, a straw bag, a
coffee cup, a chair). enrich ran its default questionnaire (garment type, color, pattern, sleeve length,
description, details, material) with free generation for every question, closed ones included, through
Salesforce/blip2-opt-2.7b with the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA), greedy, 30 new tokens per answer.
No caption was asked for, so there is none. Not every product got every question (5 to 7 of the 7).
Who wrote what: every text is the VQA adapter's free generation; nothing came from the base model or the caption
adapters. The adapter was trained without an end-of-answer token, so the short closed answers (a garment, a color,
"solid", "long sleeves") mostly stop where the base model would, but the open questions (description, details)
often run on: loops of a phrase, sentences cut at the 30-token limit, or the `Question: ... Answer:` template
generated again after the answer (the prompt was in the loss). It was trained on color questions and yes/no
garment questions, so now and then it answers "yes" or a color to a question that asks something else.
Labeling conventions and judgement calls: judged against the photo I imagined and the title. A text that ran to the
token limit is marked hit_limit and labeled with what went wrong in it (loop when a phrase repeats, cut when it
stops mid-phrase without repeating, leak when the template comes back); a leak that stopped on its own is not
hit_limit. A color answer that names the jeans, the trousers, the inner tee or the handbag is other_garment_color.
A garment type the title and photo rule out (dress for a top worn with a skirt, jumpsuit/romper/pajamas for a
two-piece co-ord, jacket for a denim shirt) is contradiction; for a co-ord set, naming one piece of the set
("shirt") is left unmarked. Near colors are left unmarked (purple for lavender, white for off white or cream, blue
for teal, orange for coral); so is "white and pink" for a multicolour print on a white ground. A material the title
states differently is contradiction (linen or polyester for Pure Cotton, chiffon for organza); a material claim the
photo cannot bear and the title does not make (denim for a gingham shirt, velvet for a rib knit, wool for a summer
top, silk for a satin top, which on Myntra is polyester) is unsupported; a plausible fibre for what the photo shows
(cotton for a plain shirt, lace for a lace top) is left unmarked. Details the photo does not show (a front pocket
on a back view, a white collar that is navy, embroidery that is foil print, a straw hat that is a straw bag) are
unsupported. An empty answer, "yes"/"no", or a color given to a question that asks a type, pattern or material is
non_answer; an answer that gives the question's own words back is restated. "he"/"a man" for a women's product is
pronoun. Terse but right answers ("white shirt" as a description) are left unmarked. Ribbing answered as "striped"
and a small print answered as "solid" are contradiction (the title says ribbed / printed).
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import case

BLIND_1413 = [
    # Photo: model in a white cotton shirt, full sleeves, collar, button placket, tucked into blue jeans, grey
    # backdrop. All texts: VQA adapter, free generation.
    case(
        "X1413-001",
        Q.garment_type("shirt"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.description(
            "a white shirt with a collar and buttons down the front and a pair of blue jeans and a pair of blue "
            "jeans and a pair of blue jeans and a",
            "loop",
            hit_limit=True,
        ),
        Q.details("buttons"),
        Q.material("cotton"),
        gender="Women",
        title="Roadster Women White Solid Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: black ribbed sleeveless square-neck crop top, high-waist beige trousers, white backdrop. All texts: VQA
    # adapter, free generation.
    case(
        "X1413-002",
        Q.garment_type("tank"),
        Q.color(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.description("a black tank top with a square neckline"),
        Q.details(
            "the neckline is square and the neckline is square and the neckline is square and the neckline is "
            "square and the",
            "loop",
            hit_limit=True,
        ),
        Q.material("knit"),
        gender="Women",
        title="SASSAFRAS Women Black Solid Fitted Crop Top",
        category="Tops",
        color="Black",
    ),
    # Photo: pink top with small white flowers, short puff sleeves, round neck, worn with white jeans. All texts: VQA
    # adapter, free generation.
    case(
        "X1413-003",
        Q.garment_type("blouse"),
        Q.color("pink"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        Q.description(
            "pink floral blouse Question: What is the color of the pants? Answer: white Question: What is the "
            "color of the",
            "leak",
            hit_limit=True,
        ),
        Q.details("puff sleeves"),
        Q.material("the garment is made of the fabric", "restated"),
        gender="Women",
        title="HERE&NOW Women Pink Floral Print Puff Sleeve Top",
        category="Tops",
        color="Pink",
    ),
    # Photo: navy and white vertical stripes, long sleeves rolled to the elbow, half tucked into white trousers. All
    # texts: VQA adapter, free generation.
    case(
        "X1413-004",
        Q.garment_type("shirt"),
        Q.color("navy"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves"),
        Q.description("a man wearing a blue and white striped shirt", "pronoun"),
        Q.details("the sleeves are rolled up"),
        Q.material("cotton"),
        gender="Women",
        title="Mast & Harbour Women Navy Blue & White Striped Regular Fit Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: mustard V-neck top with short flutter sleeves, black jeans. All texts: VQA adapter, free generation.
    case(
        "X1413-005",
        Q.garment_type("blouse"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        Q.description("a yellow blouse with a v-neck"),
        Q.details("ruffles"),
        Q.material("", "non_answer"),
        gender="Women",
        title="Tokyo Talkies Women Mustard Yellow Solid Top",
        category="Tops",
        color="Mustard",
    ),
    # Photo: full-length shot of a green shirt with a white leaf print, short sleeves, and matching straight
    # trousers, worn untucked. All texts: VQA adapter, free generation.
    case(
        "X1413-006",
        Q.garment_type("jumpsuit", "contradiction"),
        Q.color("green"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        Q.description(
            "a green and white floral print shirt and matching pants with a collar and buttons down the front, the "
            "pants have a drawstring at the waist and the",
            "cut",
            hit_limit=True,
        ),
        Q.details("buttons down the front"),
        gender="Women",
        title="AAYU Women Green & White Printed Shirt with Trousers Co-Ords",
        category="Co-Ords",
        color="Green",
    ),
    # Photo: red top with white polka dots, knot at the front, short sleeves, blue denim shorts. All texts: VQA
    # adapter, free generation.
    case(
        "X1413-007",
        Q.garment_type("top"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("polka dot"),
        Q.sleeve_length("short"),
        Q.description(
            "a red and white polka dot blouse with a tie at the front and a tie at the front and a tie at the "
            "front and a tie at",
            "loop",
            hit_limit=True,
        ),
        Q.details("tie front"),
        Q.material("polyester"),
        gender="Women",
        title="Berrylush Women Red & White Polka Dot Print Top",
        category="Tops",
        color="Red",
    ),
    # Photo: lavender smocked square-neck top with long balloon sleeves, white trousers. All texts: VQA adapter, free
    # generation.
    case(
        "X1413-008",
        Q.garment_type("blouse"),
        Q.color("purple"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "lavender lavender lavender lavender lavender lavender lavender lavender lavender lavender lavender "
            "lavender lavender lavender lavender",
            "loop",
            hit_limit=True,
        ),
        Q.details("yes", "non_answer"),
        Q.material("cotton"),
        gender="Women",
        title="DressBerry Women Lavender Solid Smocked Top",
        category="Tops",
        color="Lavender",
    ),
    # Photo: flat lay of a blue and white gingham shirt on a white surface, long sleeves, one chest pocket. All
    # texts: VQA adapter, free generation.
    case(
        "X1413-009",
        Q.garment_type("shirt"),
        Q.color("blue"),
        Q.pattern("plaid"),
        Q.sleeve_length(
            "long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves long sleeves long "
            "sleeves long sleeves long sleeves",
            "loop",
            hit_limit=True,
        ),
        Q.description("a blue and white checkered shirt with a pocket on the front"),
        Q.details("a pocket on the chest"),
        Q.material("denim", "unsupported"),
        gender="Women",
        title="SHOWOFF Women Blue & White Checked Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: black bardot top, elasticated off-shoulder neckline, short sleeves, worn with a red midi skirt. All
    # texts: VQA adapter, free generation; the color answer stopped by itself after the leak.
    case(
        "X1413-010",
        Q.garment_type("dress", "contradiction"),
        Q.color("black Question: What is the color of the skirt? Answer: red", "leak"),
        Q.pattern("solid"),
        Q.sleeve_length("off the shoulder"),
        Q.description("a black off the shoulder top and a red skirt"),
        Q.details(
            "off the shoulder off the shoulder off the shoulder off the shoulder off the shoulder off the shoulder "
            "off the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="FabAlley Women Black Solid Off-Shoulder Bardot Top",
        category="Tops",
        color="Black",
    ),
    # Photo: off-white cotton shirt, long sleeves, regular collar, with beige trousers. No gender column in the feed
    # row. All texts: VQA adapter, free generation.
    case(
        "X1413-011",
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.sleeve_length("long"),
        Q.description("white shirt"),
        Q.details(
            "the collar, the buttons, the sleeves, the collar, the buttons, the sleeves, the collar, the buttons, "
            "the sleeves, the",
            "loop",
            hit_limit=True,
        ),
        Q.material("linen", "contradiction"),
        title="Marks & Spencer Women Off White Pure Cotton Regular Fit Shirt",
        category="Shirts",
        color="Off White",
    ),
    # Photo: emerald green top with a slight sheen, ruffled neckline, sleeveless, black trousers. All texts: VQA
    # adapter, free generation.
    case(
        "X1413-012",
        Q.garment_type("blouse"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.description(
            "a green blouse with ruffles on the front and black pants and black pants and black pants and black "
            "pants and black",
            "loop",
            hit_limit=True,
        ),
        Q.details("ruffles"),
        Q.material("satin"),
        gender="Women",
        title="Athena Women Green Solid Ruffled Sleeveless Top",
        category="Tops",
        color="Green",
    ),
    # Photo: black rib-knit crop top with long sleeves and matching flared pants, full length. All texts: VQA
    # adapter, free generation.
    case(
        "X1413-013",
        Q.garment_type("yes", "non_answer"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.description("black top and black pants"),
        Q.details("the top is cropped"),
        Q.material("velvet", "unsupported"),
        gender="Women",
        title="Tokyo Talkies Women Black Solid Ribbed Crop Top with Flared Trousers Co-Ords",
        category="Co-Ords",
        color="Black",
    ),
    # Photo: rust satin wrap top, long sleeves, tie at the waist, blue jeans; the model holds a white handbag. All
    # texts: VQA adapter, free generation.
    case(
        "X1413-014",
        Q.garment_type("blouse"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.description("a brown wrap blouse with a tie at the waist"),
        Q.details("tie waist"),
        Q.material("silk", "unsupported"),
        gender="Women",
        title="Vero Moda Women Rust Solid Satin Wrap Top",
        category="Tops",
        color="Rust",
    ),
    # Photo: olive twill utility shirt worn open over a white tee, two flap pockets, sleeves rolled up with tabs,
    # black jeans. All texts: VQA adapter, free generation.
    case(
        "X1413-015",
        Q.garment_type("shirt"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("an olive green shirt with two pockets on the front and a white t-shirt underneath"),
        Q.details(
            "pockets on the chest and the sleeves are rolled up and the sleeves are rolled up and the sleeves are "
            "rolled up and",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="Roadster Women Olive Green Solid Utility Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: peach peplum top, cap sleeves, round neck, white jeans. All texts: VQA adapter, free generation.
    case(
        "X1413-016",
        Q.garment_type("dress", "contradiction"),
        Q.color("peach"),
        Q.sleeve_length("short sleeves"),
        Q.description("a peach blouse with a peplum"),
        Q.details(
            "Question: What are the details of the dress? Answer: ruffles Question: What are the details of the "
            "dress? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Harpa Women Peach Solid Peplum Top",
        category="Tops",
        color="Peach",
    ),
    # Photo: white cotton top with schiffli eyelet embroidery, 3/4 sleeves, round neck, blue palazzos. All texts: VQA
    # adapter, free generation.
    case(
        "X1413-017",
        Q.garment_type("blouse"),
        Q.color(
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("lace"),
        Q.sleeve_length("3/4 sleeves"),
        Q.description(
            "a white blouse with lace on the sleeves and the hem and the neckline and the sleeves and the hem and "
            "the neckline and",
            "loop",
            hit_limit=True,
        ),
        Q.details("embroidery"),
        Q.material("cotton"),
        gender="Women",
        title="Anouk Women White Schiffli Embroidered Pure Cotton Top",
        category="Tops",
        color="White",
    ),
    # Photo: back view of a teal blouse with a keyhole and button at the nape, short sleeves, black pants. All texts:
    # VQA adapter, free generation.
    case(
        "X1413-018",
        Q.garment_type("blue", "non_answer"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("the back of a blue blouse with a button at the neck"),
        Q.details(
            "button button button button button button button button button button button button button button "
            "button button button button button button button button button button button button button button "
            "button button",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Women",
        title="Tokyo Talkies Women Teal Blue Solid Regular Top",
        category="Tops",
        color="Teal",
    ),
    # Photo: navy shirt with a small white ditsy floral print (reads almost solid at a distance), long sleeves,
    # navy collar and white buttons, beige trousers. All texts: VQA adapter, free generation.
    case(
        "X1413-019",
        Q.garment_type("shirt"),
        Q.color("navy blue"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.description(
            "navy blue floral print shirt Question: What is the color of the pants? Answer: beige Question: What "
            "is the color of",
            "leak",
            hit_limit=True,
        ),
        Q.details("the buttons are white and the collar is white", "unsupported"),
        gender="Women",
        title="Mango Women Navy Blue Floral Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: beige linen-blend oversized shirt, long sleeves, chest pocket, white shorts. No article type in the
    # feed row. All texts: VQA adapter, free generation.
    case(
        "X1413-020",
        Q.garment_type("shirt"),
        Q.color("beige"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a beige shirt with a pocket on the front"),
        Q.details("pocket"),
        Q.material("linen"),
        gender="Women",
        title="H&M Women Beige Linen-Blend Oversized Shirt",
        color="Beige",
    ),
    # Photo: black co-ord with a white abstract squiggle print: boxy short-sleeve top and wide-leg trousers. All
    # texts: VQA adapter, free generation.
    case(
        "X1413-021",
        Q.garment_type("shirt and pants"),
        Q.color("black and white"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeves"),
        Q.description(
            "a black and white blouse and pants with a black and white print on the front and a black and white "
            "print on the front and a black and",
            "loop",
            hit_limit=True,
        ),
        Q.details("the pants are wide leg"),
        Q.material("crepe"),
        gender="Women",
        title="Sera Women Black & White Abstract Printed Crepe Top with Trousers Co-Ords",
        category="Co-Ords",
        color="Black",
    ),
    # Photo: red knit crop top, long sleeves, square neck, blue high-waist jeans. All texts: VQA adapter, free
    # generation.
    case(
        "X1413-022",
        Q.garment_type("tee"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length(
            "long long long long long long long long long long long long long long long long long long long long "
            "long long long long long long long long long long",
            "loop",
            hit_limit=True,
        ),
        Q.description(
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            hit_limit=True,
        ),
        Q.details("square neckline"),
        gender="Women",
        title="Tokyo Talkies Women Red Solid Fitted Crop Top",
        category="Tops",
        color="Red",
    ),
    # Photo: light-blue denim shirt, long sleeves, two chest pockets, black skinny jeans. All texts: VQA adapter, free
    # generation.
    case(
        "X1413-023",
        Q.garment_type("jacket", "contradiction"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.description("a blue denim shirt with two pockets on the front"),
        Q.details(
            "two pockets on the front and buttons down the front and buttons down the front and buttons down the "
            "front and buttons",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim"),
        gender="Women",
        title="ONLY Women Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: coral top with ruffled short sleeves, round neck, white jeans. All texts: VQA adapter, free generation.
    case(
        "X1413-024",
        Q.garment_type("blouse"),
        Q.color("orange"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description(
            "a woman wearing a coral blouse with ruffled sleeves and white jeans, the blouse has a round neckline "
            "and the sleeves are ruffled at the",
            "cut",
            hit_limit=True,
        ),
        Q.details("ruffles on the sleeves"),
        Q.material("wool", "unsupported"),
        gender="Women",
        title="KASSUALLY Women Coral Solid Top with Ruffle Sleeves",
        category="Tops",
        color="Coral",
    ),
    # Photo: blue shirt with a white floral block print, long sleeves, matching straight trousers; the model holds a
    # straw bag. All texts: VQA adapter, free generation.
    case(
        "X1413-025",
        Q.garment_type("shirt"),
        Q.color("blue"),
        Q.pattern("blue", "non_answer"),
        Q.sleeve_length("long sleeves"),
        Q.description("a blue and white shirt and pants with a floral print and a straw hat", "unsupported"),
        Q.details("", "non_answer"),
        Q.material("cotton"),
        gender="Women",
        title="Jaipur Kurti Women Blue & White Printed Pure Cotton Shirt with Trousers Co-Ords",
        category="Co-Ords",
        color="Blue",
    ),
    # Photo: maroon satin shirt, long sleeves, black trousers, the model leaning on a chair. All texts: VQA adapter,
    # free generation.
    case(
        "X1413-026",
        Q.garment_type("shirt"),
        Q.color("maroon"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("he is wearing a maroon shirt and black pants", "pronoun"),
        Q.details("buttons"),
        Q.material("no", "non_answer"),
        gender="Women",
        title="Dennis Lingo Women Maroon Solid Satin Casual Shirt",
        category="Shirts",
        color="Maroon",
    ),
    # Photo: navy henley top, three-button placket, long sleeves, white jeans. No article type in the feed row. All
    # texts: VQA adapter, free generation.
    case(
        "X1413-027",
        Q.garment_type("tee"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.description("a navy blue shirt with buttons on the front"),
        Q.details("three buttons"),
        Q.material("cotton"),
        gender="Women",
        title="Levis Women Navy Blue Solid Henley Neck Top",
        color="Navy Blue",
    ),
    # Photo: wrap top with a pink, yellow and green floral print on a white ground, short sleeves, tie at the side,
    # black jeans. All texts: VQA adapter, free generation.
    case(
        "X1413-028",
        Q.garment_type(
            "blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse "
            "blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse "
            "blouse blouse",
            "loop",
            hit_limit=True,
        ),
        Q.color("pink and white"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        Q.description("a floral wrap blouse with a tie at the side"),
        Q.details(
            "tie tie tie tie tie tie tie tie tie tie tie tie tie tie tie tie tie tie tie tie tie tie tie tie tie "
            "tie tie tie tie tie",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        gender="Women",
        title="Tokyo Talkies Women Multicoloured Floral Print Wrap Top",
        category="Tops",
        color="Multi",
    ),
    # Photo: red and black buffalo check flannel shirt worn open over a black tank, sleeves rolled, blue jeans. All
    # texts: VQA adapter, free generation; the material answer stopped by itself after the leak.
    case(
        "X1413-029",
        Q.garment_type("shirt"),
        Q.color("red and black"),
        Q.pattern("plaid"),
        Q.sleeve_length("long sleeves"),
        Q.description(
            "a red and black plaid shirt over a black tank top and blue jeans, the shirt is unbuttoned and the "
            "sleeves are rolled up to the",
            "cut",
            hit_limit=True,
        ),
        Q.details("the shirt is unbuttoned"),
        Q.material("flannel Question: What is the material of the jeans? Answer: denim", "leak"),
        gender="Women",
        title="Roadster Women Red & Black Buffalo Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
    ),
    # Photo: lemon yellow sleeveless top with a tie at the neck, white trousers. All texts: VQA adapter, free
    # generation.
    case(
        "X1413-030",
        Q.garment_type("tank"),
        Q.color("yellow"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.description("yellow blouse with a tie at the neck"),
        Q.details("the tie at the neck"),
        Q.material("the garment is made of the garment", "restated"),
        gender="Women",
        title="Chemistry Women Yellow Solid Sleeveless Tie-Up Neck Top",
        category="Tops",
        color="Yellow",
    ),
    # Photo: pink and white pinstripe shirt, long sleeves, chest pocket, navy trousers with a thin belt. No gender
    # column in the feed row. All texts: VQA adapter, free generation.
    case(
        "X1413-031",
        Q.garment_type("shirt"),
        Q.color("pink"),
        Q.pattern("stripes"),
        Q.sleeve_length("long sleeves"),
        Q.description(
            "a pink and white striped shirt with a pocket on the front and a pair of navy blue pants with a belt "
            "and a pair of",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "Answer: a pocket on the chest Question: What are the details of the pants? Answer: pleats Question: "
            "What are",
            "leak",
            hit_limit=True,
        ),
        Q.material("polyester", "contradiction"),
        title="Marks & Spencer Women Pink Striped Pure Cotton Shirt",
        category="Shirts",
        color="Pink",
    ),
    # Photo: cream seersucker button-front shirt with short sleeves and matching shorts, model barefoot on a white
    # backdrop. All texts: VQA adapter, free generation.
    case(
        "X1413-032",
        Q.garment_type("romper", "contradiction"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        Q.description("a white shirt and shorts"),
        Q.details("buttons down the front"),
        Q.material("cotton"),
        gender="Women",
        title="SASSAFRAS Women Cream-Coloured Self Design Shirt with Shorts Co-Ords",
        category="Co-Ords",
        color="Cream",
    ),
    # Photo: lime green rib-knit fitted crop top, short sleeves, round neck, grey joggers with a drawstring. All
    # texts: VQA adapter, free generation.
    case(
        "X1413-033",
        Q.garment_type("tee"),
        Q.color("green"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("short"),
        Q.description("a man in a green crop top and grey sweatpants", "pronoun"),
        Q.details(
            "the top is ribbed and fitted and ends just above the waist of the grey sweatpants which have a "
            "drawstring and two",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Women",
        title="Styli Women Lime Green Ribbed Fitted Crop Top",
        category="Tops",
        color="Lime Green",
    ),
    # Photo: black lace top with a scalloped hem, sleeveless, lined, white trousers. All texts: VQA adapter, free
    # generation.
    case(
        "X1413-034",
        Q.garment_type("blouse"),
        Q.color("white", "other_garment_color"),
        Q.pattern("lace"),
        Q.sleeve_length("sleeveless"),
        Q.description(
            "a black lace top with a scalloped hem and a black lace top with a scalloped hem and a black lace top with",
            "loop",
            hit_limit=True,
        ),
        Q.details("scalloped hem"),
        Q.material("lace"),
        gender="Women",
        title="Mango Women Black Lace Sleeveless Top",
        category="Tops",
        color="Black",
    ),
    # Photo: navy top with small red and white flowers, tie-up neck with tassels, long sleeves with elastic cuffs,
    # white jeans. All texts: VQA adapter, free generation.
    case(
        "X1413-035",
        Q.garment_type("blouse"),
        Q.color("navy blue"),
        Q.pattern(
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral "
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral "
            "floral floral",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        Q.description(
            "a navy blue floral blouse with a tie at the neck and long sleeves with elastic cuffs and a pair of "
            "white jeans with a",
            "cut",
            hit_limit=True,
        ),
        Q.details("the tie at the neck has tassels"),
        Q.material("cotton"),
        gender="Women",
        title="Berrylush Women Navy Blue Floral Print Tie-Up Neck Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Photo: back view of a white oversized shirt with dropped shoulders, long sleeves, black shorts; the front is
    # not visible. All texts: VQA adapter, free generation.
    case(
        "X1413-036",
        Q.garment_type("shirt"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.description("the back of a white shirt"),
        Q.details("a pocket on the front", "unsupported"),
        Q.material(
            "Question: What material is the garment made of? Answer: cotton Question: What material is the shirt "
            "made of? Answer",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="StyleCast Women White Oversized Boxy Casual Shirt",
        category="Shirts",
        color="White",
    ),
    # Photo: brown and beige leopard print top, V-neck, long sleeves, black trousers. All texts: VQA adapter, free
    # generation.
    case(
        "X1413-037",
        Q.garment_type("blouse"),
        Q.color("brown"),
        Q.pattern("leopard"),
        Q.sleeve_length("long sleeves"),
        Q.description(
            "a leopard print blouse leopard print blouse leopard print blouse leopard print blouse leopard print "
            "blouse leopard",
            "loop",
            hit_limit=True,
        ),
        Q.details("v-neck"),
        Q.material("", "non_answer"),
        gender="Women",
        title="Vero Moda Women Brown Animal Print Top",
        category="Tops",
        color="Brown",
    ),
    # Photo: maroon top with gold foil-printed ethnic motifs (printed, not embroidered), 3/4 sleeves, mandarin
    # collar, white palazzos. All texts: VQA adapter, free generation.
    case(
        "X1413-038",
        Q.garment_type("blouse"),
        Q.color("maroon"),
        Q.pattern("paisley"),
        Q.sleeve_length("3/4"),
        Q.description("a maroon blouse with gold embroidery on the front", "unsupported"),
        Q.details("a collar"),
        gender="Women",
        title="Anouk Women Maroon & Gold Ethnic Motifs Foil Printed Top",
        category="Tops",
        color="Maroon",
    ),
    # Photo: sage green short-sleeve shirt and matching trousers; the model holds a white coffee cup. All texts: VQA
    # adapter, free generation.
    case(
        "X1413-039",
        Q.garment_type("shirt"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        Q.description(
            "a green shirt and green pants with a green shirt and green pants with a green shirt and green pants "
            "with a green",
            "loop",
            hit_limit=True,
        ),
        Q.details("the details of the garment are the details of the garment", "restated"),
        Q.material("the garment", "non_answer"),
        gender="Women",
        title="ONLY Women Sage Green Solid Shirt & Trousers Co-Ords",
        category="Co-Ords",
        color="Green",
    ),
    # Photo: flat lay of a black boxy tee-style top with the word "WEEKEND" printed in white, short sleeves. No base
    # colour in the feed row. All texts: VQA adapter, free generation.
    case(
        "X1413-040",
        Q.garment_type("graphic tee"),
        Q.color("black"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeves"),
        Q.description("a black t-shirt with the word weekend on it"),
        Q.details("the word weekend"),
        Q.material("cotton"),
        gender="Women",
        title="HERE&NOW Women Black Typography Printed Boxy Top",
        category="Tops",
    ),
    # Photo: pink and orange tie-dye crop top with long sleeves and matching joggers. All texts: VQA adapter, free
    # generation.
    case(
        "X1413-041",
        Q.garment_type("tee"),
        Q.color("pink"),
        Q.pattern("tie dye"),
        Q.sleeve_length("long"),
        Q.description("pink and orange tie dye sweatshirt and pants"),
        Q.details(
            "Question: What are the details of the garment? Answer: Question: What are the details of the garment? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Femella Women Pink & Orange Tie-Dye Crop Top with Joggers Co-Ords",
        category="Co-Ords",
        color="Pink",
    ),
    # Photo: powder blue cotton shirt, long sleeves, half tucked into blue jeans (not ripped). All texts: VQA
    # adapter, free generation.
    case(
        "X1413-042",
        Q.garment_type("shirt"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.description("a blue shirt and blue jeans"),
        Q.details(
            "the shirt is half tucked into the jeans and the jeans are ripped at the knees and the jeans are ripped "
            "at the",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim", "unsupported"),
        gender="Women",
        title="Mast & Harbour Women Blue Solid Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: white broderie crop top with short puff sleeves and a sweetheart neckline, lilac trousers. All texts:
    # VQA adapter, free generation.
    case(
        "X1413-043",
        Q.garment_type("blouse"),
        Q.color("purple", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short puff sleeves"),
        Q.description(
            "a white blouse with puff sleeves and a sweetheart neckline and a pair of lavender pants with a high "
            "waist and a",
            "cut",
            hit_limit=True,
        ),
        Q.details("puff sleeves"),
        Q.material("white", "non_answer"),
        gender="Women",
        title="Tokyo Talkies Women White Puff Sleeve Crop Top",
        category="Tops",
        color="White",
    ),
    # Photo: pink sheer organza top with long balloon sleeves over a pink camisole, black jeans. All texts: VQA
    # adapter, free generation.
    case(
        "X1413-044",
        Q.garment_type("blouse"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.description("a pink sheer blouse with puffy sleeves"),
        Q.details(
            "the sleeves are sheer and gathered at the cuffs with a narrow elastic band and the top is worn over a "
            "matching pink camisole that",
            "cut",
            hit_limit=True,
        ),
        Q.material("chiffon", "contradiction"),
        gender="Women",
        title="Athena Women Pink Solid Sheer Organza Top",
        category="Tops",
        color="Pink",
    ),
    # Photo: olive satin shirt, long sleeves, with matching wide trousers and tan sandals. All texts: VQA adapter,
    # free generation.
    case(
        "X1413-045",
        Q.garment_type("pajamas", "contradiction"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.description("a green satin shirt and pants"),
        Q.details(
            "buttons down the front and buttons down the front and buttons down the front and buttons down the "
            "front and buttons down",
            "loop",
            hit_limit=True,
        ),
        Q.material("satin"),
        gender="Women",
        title="SASSAFRAS Women Olive Green Solid Satin Shirt with Trousers Co-Ords",
        category="Co-Ords",
        color="Olive",
    ),
]
