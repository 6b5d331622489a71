"""BLIND_1008 (46 products; Myntra women's tops/shirts/co-ords, VQA adapter): written blind in the fifty-eighth session.
Measured blind at 37344f5 (the session's sixth rules): 112/136 failures found (82.4%) and 11/182 correct texts flagged
(6.0%). The writer's notes, verbatim:

Scenario: a Myntra-like women's feed of Tops, Shirts and Co-Ords. Catalog photos, mostly on a white studio backdrop
(a few on a grey backdrop or a beige wall with a plant), front view, the model wearing the product with other
clothes: jeans, trousers, skirts, shorts, leggings, a blazer or cardigan over the top, a camisole under a sheer top,
a tank top under an open shirt; some hold a bag or wear a necklace, a belt or sneakers. Co-ord sets are a top (or
shirt) and trousers, shorts or a skirt in one fabric and print, sold as one article. Seller columns are title,
category (article type), color (base colour) and gender; a few rows lack a column, as real feeds do.

Who wrote what: every caption and open answer is free generation by the VQA adapter
(leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b, greedy, 30 new tokens for answers, 50 for the caption
asked with an empty prompt). It was trained on VQA pairs alone, with unmasked labels and no end-of-answer token, so
it answers short In-shop words ("blouse", "tank", "tee"), often runs on: repeats a word or a clause until the limit,
stops mid-phrase at the limit, or goes on into the next "Question: ... Answer:" of its training format. Its captions
are weak: short, sometimes looping or written as a question/answer pair. Like the base model it gives one color to
two garments, takes the color of the jeans, the cardigan or the bag for the product, invents pockets, zips and
lace, and says "he" or "a man" now and then. Closed answers (garment_type, color, pattern, sleeve_length, the
color_of questions left closed, the "Is this a ...?" questions) are enrich's --engine reference ranking candidate
values with the same adapter: one candidate each, never cut or looping, but often the wrong candidate.

Labeling conventions and judgement calls:
- The photo decides. Where the seller's color is wrong (X1008-018: "Brown" for a maroon satin shirt), a text that
  matches the photo is correct.
- The product is the labelled article: "Is this a jacket?" answered yes for a shirt worn under a blazer, or
  "Is this a cardigan?" yes for a top under a cardigan, is a contradiction even though that garment is in the photo.
- other_garment_color: any text giving one garment the color of another thing worn or carried in the photo (bottoms,
  inner or outer layer, belt, bag, necklace, sneakers), whichever garment the question names. A color taken from
  the backdrop or a prop not worn (a plant) is a contradiction, and so is a color taken from the product's own trim
  (the white collar of a black shirt).
- contradiction: a wrong garment, color, pattern or sleeve length that nothing in the photo carries; for a co-ord
  set, a garment type that names one piece ("shirt") or the wrong kind ("dress", "kurta").
- unsupported: a detail not visible in the photo (zip at the back, side zip, lace trim, a belt under an untucked
  shirt, a hat, a cup, words of a print misread into other words) and a material the title contradicts. A material
  answer is correct only where the title names that fabric or it is plainly visible (denim, lace, velvet, crochet).
- loop: a word or clause repeated until the limit, labelled loop even where the repeated part is also wrong; a run
  into the next "Question: ... Answer:", or a stray "Answer:" of the format in the text, is labelled leak even
  where it then repeats.
- cut: stopped mid-phrase at the token limit with no repetition. hit_limit=True on every loop and cut, and on leaks
  that ran to the limit.
- restated: an answer that gives the question back as a sentence ("the details of the top are the top details").
  non_answer: a lone word, color or garment name, or nothing, to an open question that asks for a description.
- pronoun: "he", "his" or "a man" for a model the feed says is a woman. A correct answer may say "she".
- Colors are judged by group: burgundy for maroon, violet for purple, off white or white for cream, orange for rust,
  green for olive or lime, khaki for beige are correct.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

garment_type = BLIND_QUESTIONS.garment_type
color = BLIND_QUESTIONS.color
pattern = BLIND_QUESTIONS.pattern
sleeve = BLIND_QUESTIONS.sleeve_length
material = BLIND_QUESTIONS.material
# the VQA data's own prompt, and the experiments' "What is the shirt color?", both free generation
cloth = question("cloth", "What cloth is the person wearing?", "open")
shirt_color = question("shirt_color", "What is the shirt color?", "open")

BLIND_1008 = [
    # photo: white cotton shirt, long sleeves, untucked over light blue jeans, white backdrop, front view, no pocket;
    # VQA adapter: caption and open answers; reference engine: closed answers
    case(
        "X1008-001",
        caption("a woman wearing a white shirt and blue jeans"),
        wearing("a white shirt with a chest pocket and jeans", "unsupported"),
        color_of("shirt", "white"),
        color_of("jeans", "white", "other_garment_color"),
        details(
            "shirt",
            "the shirt has a collar, buttons, cuffs, a collar, buttons, cuffs, a collar, buttons, cuffs, a collar, "
            "buttons",
            "loop",
            hit_limit=True,
        ),
        sleeve("long"),
        title="Roadster Women White Solid Cotton Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: pink top with small white flowers, sleeveless, peplum hem, black skinny trousers, white backdrop, front;
    # VQA adapter: caption and open answers; reference engine: closed answers
    case(
        "X1008-002",
        caption("a woman wearing a pink floral top and black pants"),
        wearing(
            "a pink top and black pants and a pink top and black pants and a pink top and black pants and a pink top",
            "loop",
            hit_limit=True,
        ),
        color_of("top", "black", "other_garment_color"),
        pattern("floral"),
        sleeve("sleeveless"),
        describe("top", "the top is a pink floral top with a peplum hem and a zipper at the back", "unsupported"),
        title="SASSAFRAS Women Pink Floral Print Peplum Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: navy and white vertical striped shirt, sleeves rolled up, tucked into white trousers, white backdrop;
    # VQA adapter: caption and open answers; reference engine: closed answers
    case(
        "X1008-003",
        caption("a woman in a blue and white striped shirt and white pants"),
        color_of("shirt", "navy blue"),
        color_of("pants", "white"),
        pattern("solid", "contradiction"),
        details(
            "shirt",
            "Question: What are the shirt details? Answer: the shirt has a collar Question: What are the shirt "
            "details? Answer:",
            "leak",
            hit_limit=True,
        ),
        wearing("he is wearing a striped shirt and white pants", "pronoun"),
        title="Mast & Harbour Women Navy Blue & White Striped Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard linen co-ord, cropped short-sleeve top and wide-leg trousers, model holds a tan handbag, white
    # backdrop; VQA adapter: caption and open answers; reference engine: closed answers
    case(
        "X1008-004",
        caption("a woman in a yellow top and pants holding a brown bag"),
        garment_type("co-ord set"),
        color("mustard"),
        color_of("pants", "brown", "other_garment_color"),
        wearing("a yellow top and yellow pants"),
        material("linen"),
        describe(
            "co-ord set",
            "a mustard yellow linen crop top with short sleeves and a round neck and matching wide leg pants with a "
            "high waist and the top has a",
            "cut",
            hit_limit=True,
        ),
        title="Athena Women Mustard Yellow Solid Linen Co-Ords",
        category="Co-Ords",
        color="Mustard",
        gender="Women",
    ),
    # photo: plain black round-neck top (no logo), short sleeves, tucked into olive cargo trousers, white backdrop;
    # VQA adapter: caption and open answers; reference engine: closed answers
    case(
        "X1008-005",
        caption("a woman wearing a black t-shirt and green pants"),
        cloth("tee Question: What is the color of the tee? Answer: black", "leak"),
        color_of("top", "olive", "other_garment_color"),
        color_of("pants", "olive"),
        sleeve("short"),
        describe(
            "top", "a black top with short sleeves, a round neck and a small white logo on the chest", "unsupported"
        ),
        is_a("shirt", "yes", "contradiction"),
        title="Roadster Women Black Solid Round Neck Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: red and black buffalo-check flannel shirt worn open over a white tank top, blue jeans, two flap chest
    # pockets, white backdrop; VQA adapter: caption and open answers; reference engine: closed answers
    case(
        "X1008-006",
        caption("a woman wearing a red and black plaid shirt over a white tank top and jeans"),
        color_of("shirt", "white", "other_garment_color"),
        pattern("checked"),
        wearing("a plaid shirt, a white tank top and blue jeans"),
        details(
            "shirt",
            "the shirt has a collar, a button down front, two chest pockets with flaps, long sleeves with buttoned "
            "cuffs, and a curved hem that is",
            "cut",
            hit_limit=True,
        ),
        material("flannel"),
        title="HERE&NOW Women Red & Black Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Women",
    ),
    # photo: lavender satin camisole top with thin straps, plain neckline, white wide-leg trousers, white backdrop;
    # VQA adapter: caption and open answers; reference engine: closed answers
    case(
        "X1008-007",
        caption("a woman in a purple satin top and white pants"),
        color("lavender"),
        sleeve("long", "contradiction"),
        material("satin"),
        describe("top", "a purple top with thin straps and a lace trim on the neckline", "unsupported"),
        wearing("a purple tank and white pants"),
        title="DressBerry Women Lavender Satin Camisole Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: co-ord of a blue and white floral short-sleeve shirt and matching shorts, white backdrop, front view;
    # VQA adapter: caption and open answers; reference engine: closed answers
    case(
        "X1008-008",
        caption(
            "Question: What cloth is the person wearing? Answer: blouse Question: What is the color of the blouse? "
            "Answer: blue",
            "leak",
        ),
        garment_type("co-ord set"),
        pattern("floral"),
        color_of("shorts", "blue"),
        describe("co-ord set", "a blue and white floral shirt with short sleeves and matching shorts"),
        is_a("dress", "yes", "contradiction"),
        cloth("blouse and shorts"),
        title="Tokyo Talkies Women Blue & White Floral Print Shirt with Shorts",
        category="Co-Ords",
        color="Blue",
        gender="Women",
    ),
    # photo: olive utility shirt, sleeves rolled up with button tabs, two flap chest pockets, black leggings, one hand
    # on the hip, white backdrop; VQA adapter: caption and open answers; reference engine: closed answers
    case(
        "X1008-009",
        caption(
            "a woman wearing an olive green shirt with the sleeves rolled up and two pockets on the chest and black "
            "leggings standing in front of a white background with her hands",
            "cut",
            hit_limit=True,
        ),
        shirt_color(
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        color_of("leggings", "black"),
        details("shirt", "roll up sleeves with button tabs and two flap pockets on the chest"),
        wearing("she is wearing a green shirt and black leggings", who="she"),
        sleeve("long"),
        title="Roadster Women Olive Green Utility Shirt",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: white cotton schiffli (eyelet) top, square neck, short puff sleeves, blue denim shorts, white backdrop;
    # VQA adapter: caption and open answers; reference engine: closed answers
    case(
        "X1008-010",
        caption("a woman wearing a white top and denim shorts"),
        sleeve("short"),
        color_of("top", "blue", "other_garment_color"),
        color_of("shorts", "blue"),
        describe("top", "a white top with puff sleeves and a square neckline with small holes embroidered all over"),
        details("top", "the details of the top are the top details", "restated"),
        material("silk", "unsupported"),
        wearing("she is wearing what she is wearing", "restated", who="she"),
        title="Mango Women White Cotton Schiffli Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: maroon wrap top, V neck, long sleeves, tie at the waist, black trousers, grey studio backdrop, front only;
    # VQA adapter: caption and open answers; reference engine: closed answers
    case(
        "X1008-011",
        caption("a woman in a maroon wrap top and black pants standing against a grey wall"),
        color("maroon"),
        color_of("pants", "maroon", "other_garment_color"),
        wearing("a dark red wrap top and black pants"),
        describe(
            "top",
            "the top is a maroon wrap top with a v neck and long sleeves and a tie at the waist and a slit at the back",
            "unsupported",
        ),
        is_a("blouse", "yes"),
        sleeve("long"),
        title="SASSAFRAS Women Maroon Solid Wrap Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: black shirt with white polka dots, long sleeves, tucked into a red pencil skirt, white backdrop;
    # VQA adapter: caption and open answers; reference engine: closed answers
    case(
        "X1008-012",
        caption("a woman wearing a black and white polka dot shirt and a red skirt"),
        pattern("polka dots"),
        color_of("shirt", "red", "other_garment_color"),
        color_of("skirt", "red"),
        wearing("a black and white polka dot dress", "contradiction"),
        details(
            "shirt",
            "the shirt has polka dots all over it and a collar and buttons and the polka dots are black and white "
            "and the polka dots are black and white and",
            "loop",
            hit_limit=True,
        ),
        describe("shirt", "black", "non_answer"),
        title="Harpa Women Black & White Polka Dot Print Shirt",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: beige ribbed-knit co-ord, sleeveless top and midi skirt, no slit visible, white sneakers, white backdrop;
    # VQA adapter: caption and open answers; reference engine: closed answers
    case(
        "X1008-013",
        caption("a woman wearing a beige knit top and skirt and white sneakers"),
        color("beige"),
        color_of("skirt", "white", "other_garment_color"),
        material("knit"),
        describe("co-ord set", "a beige ribbed knit top and matching skirt with a slit on the side", "unsupported"),
        sleeve("sleeveless"),
        garment_type("skirt", "contradiction"),
        title="Mast & Harbour Women Beige Ribbed Knit Top & Skirt Co-Ords",
        category="Co-Ords",
        color="Beige",
        gender="Women",
    ),
    # photo: teal tiered top, short ruffle sleeves, round neck, white trousers, no jewellery, white backdrop, front;
    # VQA adapter: caption and open answers; reference engine: closed answers
    case(
        "X1008-014",
        caption("a woman in a teal top and white pants and a pearl necklace", "unsupported"),
        cloth(
            "blouse Question: What is the color of the blouse? Answer: teal Question: What is the color of the "
            "pants? Answer: white Question:",
            "leak",
            hit_limit=True,
        ),
        color("teal"),
        color_of("pants", "teal", "other_garment_color"),
        sleeve("short"),
        details("top", "tiered ruffles on the hem and the sleeves, round neck"),
        title="Berrylush Women Teal Blue Solid Tiered Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: light-wash denim shirt with pearl snaps, two chest pockets, sleeves rolled up, black jeans, white
    # backdrop; VQA adapter: caption and open answers; reference engine: closed answers
    case(
        "X1008-015",
        caption("a woman wearing a denim shirt and black jeans"),
        material("denim"),
        color_of("jeans", "blue", "other_garment_color"),
        color_of("shirt", "blue"),
        details(
            "shirt",
            "the shirt has two chest pockets with snap buttons and a collar and a button down front and a curved "
            "hem and the sleeves are rolled up to the",
            "cut",
            hit_limit=True,
        ),
        wearing("a man wearing a denim shirt and black jeans", "pronoun"),
        is_a("shirt", "yes"),
        title="Levis Women Blue Denim Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: peach off-shoulder crop top with elbow-length bell sleeves, high-waist blue mom jeans, white backdrop;
    # VQA adapter: caption and open answers; reference engine: closed answers
    case(
        "X1008-016",
        caption("a woman in a peach off the shoulder crop top and blue jeans"),
        color("peach"),
        sleeve("sleeveless", "contradiction"),
        wearing(
            "an off shoulder top and jeans Answer: jeans Answer: jeans Answer: jeans Answer: jeans",
            "leak",
            hit_limit=True,
        ),
        describe("top", "the top is an off shoulder crop top with bell sleeves and elastic at the neckline"),
        color_of("jeans", "peach", "other_garment_color"),
        pattern("solid"),
        title="Tokyo Talkies Women Peach-Coloured Off-Shoulder Crop Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: green and white gingham co-ord, long-sleeve shirt worn untucked over matching straight trousers (the
    # shirt hem hides the waistband), white backdrop; VQA adapter: caption and open answers; reference: closed
    case(
        "X1008-017",
        caption("a woman wearing a green and white checked shirt and pants"),
        pattern("checked"),
        garment_type("shirt", "contradiction"),
        color_of("pants", "green"),
        wearing("she is wearing a green checked shirt and matching checked pants", who="she"),
        details(
            "co-ord set",
            "the shirt has a collar and a button down front and the pants have a drawstring waist and pockets",
            "unsupported",
        ),
        title="Stylecast Women Green & White Checked Shirt with Trousers",
        category="Co-Ords",
        color="Green",
        gender="Women",
    ),
    # photo: dark wine-maroon satin shirt (seller says Brown), long sleeves, tucked into black trousers, framed to
    # mid-thigh so no shoes show, white backdrop; VQA adapter: caption and open answers; reference: closed answers
    case(
        "X1008-018",
        caption("a woman in a maroon satin shirt and black pants"),
        color("maroon"),
        color_of("pants", "black"),
        material("satin"),
        describe("shirt", "a shiny dark red shirt with a collar and long sleeves, tucked in"),
        details("shirt", "the shirt", "non_answer"),
        wearing("a maroon shirt and black pants with black heels", "unsupported"),
        title="Van Heusen Woman Brown Satin Shirt",
        category="Shirts",
        color="Brown",
        gender="Women",
    ),
    # photo: white short-sleeve top with "BONJOUR" printed in black across the chest, black mini skirt, white
    # backdrop; VQA adapter: caption and open answers; reference engine: closed answers
    case(
        "X1008-019",
        caption("a woman wearing a white t-shirt with the word bonjour on it and a black skirt"),
        pattern("striped", "contradiction"),
        color_of("top", "black", "other_garment_color"),
        color_of("skirt", "black"),
        wearing("a white graphic tee and a black mini skirt"),
        describe("top", "the top is white with black letters that say paris", "unsupported"),
        sleeve("short"),
        title="ONLY Women White Typography Printed Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: rust-orange long-sleeve shirt, beige trousers, hands empty, white backdrop, front view;
    # VQA adapter: caption and open answers; reference engine: closed answers
    case(
        "X1008-020",
        caption("a woman wearing an orange shirt and beige pants and holding a white cup", "unsupported"),
        color("rust"),
        color_of("pants", "beige"),
        wearing("an orange shirt and khaki pants"),
        describe("shirt", "the shirt is the shirt", "restated"),
        details(
            "shirt",
            "the shirt has a collar, a button down front, long sleeves with cuffs, and a collar, a button down "
            "front, long sleeves with cuffs, and a collar",
            "loop",
            hit_limit=True,
        ),
        sleeve("long"),
        title="Roadster Women Rust Orange Solid Casual Shirt",
        category="Shirts",
        color="Rust",
        gender="Women",
    ),
    # photo: co-ord of a black and white abstract-print short-sleeve top and palazzo pants, white backdrop;
    # VQA adapter: caption and open answers; reference engine: closed answers
    case(
        "X1008-021",
        caption("a woman in a black and white printed dress", "contradiction"),
        garment_type("co-ord set"),
        pattern("printed"),
        color("black"),
        describe(
            "co-ord set",
            "Question: Describe the co-ord set. Answer: a black and white printed top and palazzo pants Question: "
            "Describe the co-ord set. Answer:",
            "leak",
            hit_limit=True,
        ),
        wearing("he is wearing a black and white shirt and pants", "pronoun"),
        material("cotton", "unsupported"),
        title="SASSAFRAS Women Black & White Printed Rayon Top with Palazzos",
        category="Co-Ords",
        color="Black",
        gender="Women",
    ),
    # photo: sheer sky-blue chiffon blouse, long sleeves with elastic cuffs, white camisole under it, grey trousers,
    # white backdrop; VQA adapter: caption and open answers; reference engine: closed answers
    case(
        "X1008-022",
        caption("a woman in a light blue blouse and grey pants"),
        color_of("top", "white", "other_garment_color"),
        material("chiffon"),
        describe("top", "a sheer light blue blouse with long sleeves and a white camisole underneath"),
        details(
            "top",
            "the top has a round neck and long sheer sleeves with elastic cuffs, and the body is sheer so the white "
            "camisole shows through it and it is",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "grey"),
        is_a("blouse", "no", "contradiction"),
        title="AND Women Blue Sheer Chiffon Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: yellow shirt with white and green flowers, short sleeves, worn untucked over white jeans (the waist is
    # hidden), white backdrop; VQA adapter: caption and open answers; reference engine: closed answers
    case(
        "X1008-023",
        caption("a woman wearing a yellow floral shirt and white jeans"),
        pattern("floral"),
        color("yellow"),
        sleeve("long", "contradiction"),
        wearing("a yellow floral shirt and white jeans with a brown belt", "unsupported"),
        color_of("jeans", "yellow", "other_garment_color"),
        cloth(
            "blouse, shirt, blouse, shirt, blouse, shirt, blouse, shirt, blouse, shirt, blouse, shirt, blouse, shirt, "
            "blouse",
            "loop",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Yellow Floral Printed Casual Shirt",
        category="Shirts",
        color="Yellow",
        gender="Women",
    ),
    # photo: grey melange loungewear co-ord, short-sleeve crop tee and joggers, white sneakers, white backdrop;
    # VQA adapter: caption and open answers; reference engine: closed answers
    case(
        "X1008-024",
        caption("a woman in a grey sweatshirt and grey sweatpants", "contradiction"),
        garment_type("co-ord set"),
        color("grey"),
        sleeve("short"),
        wearing("a grey crop top and grey joggers with white sneakers"),
        describe("co-ord set", "the co-ord set is a co-ord set", "restated"),
        title="DILLINGER Women Grey Melange Solid Crop Top with Joggers",
        category="Co-Ords",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: black lace top, long sheer sleeves, scalloped hem, over a black bralette, blue jeans, white backdrop;
    # VQA adapter: caption and open answers; reference engine: closed answers
    case(
        "X1008-025",
        caption("a woman wearing a black lace top and blue jeans"),
        material("lace"),
        color_of("top", "black"),
        color_of("jeans", "black", "other_garment_color"),
        details(
            "top",
            "lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace "
            "lace lace lace lace lace lace lace lace lace",
            "loop",
            hit_limit=True,
        ),
        describe("top", "a black lace top with long sleeves and a scalloped hem"),
        wearing("the person is wearing what the person is wearing", "restated"),
        title="Label Ritu Kumar Women Black Lace Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: oversized pink and white vertical striped shirt buttoned up (nothing under it shows), long buttoned
    # cuffs, one chest pocket, white shorts, white backdrop; VQA adapter: caption and open answers; reference: closed
    case(
        "X1008-026",
        caption("a woman wearing a pink and white striped shirt and white shorts"),
        pattern("checked", "contradiction"),
        color_of("shorts", "white"),
        color_of("shirt", "pink"),
        wearing("a striped shirt over a white tank top and white shorts", "unsupported"),
        details(
            "shirt",
            "the shirt has a pocket on the left side of the chest, and the sleeves are long and the cuffs are "
            "buttoned, and the collar is a",
            "cut",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        shirt_color("the shirt color is the color of the shirt", "restated"),
        title="Mast & Harbour Women Pink & White Striped Oversized Shirt",
        category="Shirts",
        color="Pink",
        gender="Women",
    ),
    # photo: lime green co-ord, square-neck top with elastic-cuff puff sleeves and a mini skirt, thin gold chain
    # necklace, white backdrop, front;
    # VQA adapter: caption and open answers; reference engine: closed answers
    case(
        "X1008-027",
        caption("a woman in a green top and skirt and a gold necklace"),
        color("green"),
        color_of("skirt", "gold", "other_garment_color"),
        sleeve("short"),
        describe("co-ord set", "a lime green top with puff sleeves and a matching mini skirt"),
        wearing("green", "non_answer"),
        is_a("dress", "yes", "contradiction"),
        details(
            "co-ord set",
            "the top has puff sleeves with elastic at the cuffs and a square neck, and the skirt is a mini skirt "
            "with a",
            "cut",
            hit_limit=True,
        ),
        title="Athena Women Lime Green Puff Sleeve Top with Skirt",
        category="Co-Ords",
        color="Lime Green",
        gender="Women",
    ),
    # photo: navy blue top with white floral embroidery on the yoke and sleeve hems, keyhole neck with a tie,
    # three-quarter sleeves, white leggings, white backdrop; VQA adapter: caption and open answers; reference: closed
    case(
        "X1008-028",
        caption("a woman wearing a blue top with white embroidery and white leggings"),
        sleeve("three-quarter"),
        color_of("top", "white", "other_garment_color"),
        pattern("embroidered"),
        details("top", "white floral embroidery on the yoke and the sleeve hems, a keyhole neck with a tie"),
        wearing("a blue top and white pants"),
        cloth(
            "blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse",
            "loop",
            hit_limit=True,
        ),
        title="Global Desi Women Navy Blue Embroidered Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white formal shirt, plain collar (no bow), under an open black blazer, black trousers, white backdrop;
    # VQA adapter: caption and open answers; reference engine: closed answers
    case(
        "X1008-029",
        caption("a woman wearing a black blazer over a white shirt and black pants"),
        color_of("shirt", "black", "other_garment_color"),
        color("white"),
        wearing("a black suit and a white shirt"),
        describe("shirt", "a white shirt with a collar and a black bow at the neck", "unsupported"),
        details("shirt", "Question: What are the shirt details? Answer: a black blazer", "leak"),
        is_a("jacket", "yes", "contradiction"),
        title="Van Heusen Woman White Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: mauve satin cowl-neck top, thin straps, plain hem, black skirt, white backdrop (the row has no color);
    # VQA adapter: caption and open answers; reference engine: closed answers
    case(
        "X1008-030",
        caption("a woman in a mauve satin top and a black skirt"),
        color("purple"),
        material("satin"),
        sleeve("sleeveless"),
        details("top", "the top has a cowl neck and thin straps and a side zip and a lace hem", "unsupported"),
        wearing("she is wearing a purple top and a black skirt", who="she"),
        color_of("skirt", "purple", "other_garment_color"),
        title="Sassafras Women Mauve Satin Cowl Neck Top",
        category="Tops",
        gender="Women",
    ),
    # photo: red and white checked short-sleeve shirt knotted at the waist, blue denim shorts, white backdrop;
    # VQA adapter: caption and open answers; reference engine: closed answers
    case(
        "X1008-031",
        caption("a woman wearing a red and white checked shirt tied at the waist and denim shorts"),
        pattern("checked"),
        color_of("shirt", "blue", "other_garment_color"),
        wearing("a red plaid shirt and a denim skirt", "contradiction"),
        describe("shirt", "the shirt is tied in a knot at the front and has short sleeves and a collar"),
        details("shirt", "shirt", "non_answer"),
        sleeve("short"),
        title="Tokyo Talkies Women Red & White Checked Tie-Up Shirt",
        category="Shirts",
        color="Red",
        gender="Women",
    ),
    # photo: white linen co-ord, long-sleeve shirt (sleeves rolled) untucked over wide-leg trousers, brown sandals,
    # white backdrop; VQA adapter: caption and open answers; reference engine: closed answers
    case(
        "X1008-032",
        caption("a woman wearing a white shirt and white pants and brown sandals"),
        color_of("pants", "brown", "other_garment_color"),
        material("linen"),
        garment_type("co-ord set"),
        describe(
            "co-ord set",
            "a white linen shirt with long sleeves rolled up and matching wide leg pants, the shirt is untucked and "
            "the pants have a",
            "cut",
            hit_limit=True,
        ),
        wearing("a man in a white shirt and white pants", "pronoun"),
        details("co-ord set", "yes", "non_answer"),
        title="Mango Women White Linen Shirt & Trousers Co-Ord Set",
        category="Co-Ords",
        color="White",
        gender="Women",
    ),
    # photo: olive ribbed tank top, scoop neck, no pocket, beige cargo trousers, white backdrop, front view;
    # VQA adapter: caption and open answers; reference engine: closed answers
    case(
        "X1008-033",
        caption("a woman in a green tank top and beige pants"),
        cloth("tank"),
        color("olive"),
        color_of("pants", "grey", "contradiction"),
        sleeve("sleeveless"),
        material("ribbed knit"),
        describe("top", "the top is a green ribbed tank top with a scoop neck and a small front pocket", "unsupported"),
        title="Roadster Women Olive Green Ribbed Tank Top",
        category="Tops",
        color="Olive",
        gender="Women",
    ),
    # photo: black shirt with a white peter pan collar, black buttons and black cuffs, grey skirt, white backdrop;
    # VQA adapter: caption and open answers; reference engine: closed answers
    case(
        "X1008-034",
        caption("a woman wearing a black shirt with a white collar and a grey skirt"),
        color_of("shirt", "white", "contradiction"),
        color_of("skirt", "grey"),
        details("shirt", "a white peter pan collar and black buttons down the front"),
        wearing("a black shirt and a grey skirt"),
        describe("shirt", "the shirt is black with a white collar and white cuffs", "unsupported"),
        shirt_color(
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        title="DressBerry Women Black Solid Shirt with Contrast Collar",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: pink and blue tie-dye short-sleeve top, round neck, the swirls blend into purple where they meet, white
    # shorts, white backdrop, front view;
    # VQA adapter: caption and open answers; reference engine: closed answers
    case(
        "X1008-035",
        caption("a woman wearing a pink and blue tie dye top and white shorts"),
        pattern("tie and dye"),
        color("multi"),
        color_of("shorts", "white"),
        color_of("top", "white", "other_garment_color"),
        wearing("a man wearing a tie dye t-shirt and white shorts", "pronoun"),
        describe("top", "pink", "non_answer"),
        details(
            "top",
            "the top is a tie dye top with pink and blue and purple swirls on the front and short sleeves and a "
            "round neck and the hem is",
            "cut",
            hit_limit=True,
        ),
        title="ONLY Women Pink & Blue Tie-Dye Top",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: rust co-ord with a small ethnic motif print, V-neck top with tassels and three-quarter sleeves, straight
    # trousers, lifestyle shot against a beige wall beside a potted plant; VQA adapter: open texts; reference: closed
    case(
        "X1008-036",
        caption("a woman in an orange printed top and pants standing next to a plant"),
        color("rust"),
        pattern("printed"),
        color_of("pants", "green", "contradiction"),
        describe(
            "co-ord set",
            "the top has a v neck with tassels and three quarter sleeves and the pants are straight with a printed hem",
        ),
        wearing("she is wearing an orange printed top and orange pants", who="she"),
        garment_type("kurta", "contradiction"),
        title="Libas Women Rust Printed Top with Trousers",
        category="Co-Ords",
        color="Rust",
        gender="Women",
    ),
    # photo: white ribbed sleeveless crop top under an open light pink cardigan, blue jeans, hands empty, white
    # backdrop;
    # VQA adapter: caption and open answers; reference engine: closed answers
    case(
        "X1008-037",
        caption("a woman wearing a pink cardigan over a white top and blue jeans"),
        color("pink", "other_garment_color"),
        color_of("top", "white"),
        wearing("a pink sweater and jeans and a white bag", "unsupported"),
        is_a("cardigan", "yes", "contradiction"),
        details(
            "top",
            "Question: What are the top details? Answer: Question: What are the top details? Answer: Question: What "
            "are the top details? Answer:",
            "leak",
            hit_limit=True,
        ),
        sleeve("sleeveless"),
        title="Forever 21 Women White Ribbed Crop Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: purple high-neck top, long sleeves, plain back not shown, black trousers, white backdrop, front view;
    # VQA adapter: caption and open answers; reference engine: closed answers
    case(
        "X1008-038",
        caption("a woman in a purple turtleneck top and black pants"),
        color("violet"),
        sleeve("long"),
        describe(
            "top", "the top is a purple turtleneck with long sleeves and a button closure on the back", "unsupported"
        ),
        color_of("pants", "black"),
        wearing("a blue top and black pants", "contradiction"),
        material("polyester", "unsupported"),
        details(
            "top",
            "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the sleeves, the "
            "neckline, the collar, the sleeves",
            "loop",
            hit_limit=True,
        ),
        title="Marks & Spencer Women Purple Solid Cotton High Neck Top",
        category="Tops",
        color="Purple",
        gender="Women",
    ),
    # photo: sea green oversized shirt worn open over a white t-shirt, sleeves rolled, chest pocket, black shorts,
    # no hat, white backdrop; VQA adapter: caption and open answers; reference engine: closed answers
    case(
        "X1008-039",
        caption("a woman wearing a green shirt over a white t-shirt and black shorts"),
        shirt_color("white", "other_garment_color"),
        color_of("shorts", "black"),
        details("shirt", "the shirt is worn open with the sleeves rolled up and it has a chest pocket"),
        wearing("a green shirt and a white t-shirt and black shorts and a black hat", "unsupported"),
        is_a("shirt", "yes"),
        title="Bershka Women Sea Green Oversized Casual Shirt",
        category="Shirts",
        color="Sea Green",
        gender="Women",
    ),
    # photo: pink and white ditsy floral co-ord, tie-front top with short puff sleeves and high-waist flared
    # trousers, white backdrop; VQA adapter: caption and open answers; reference engine: closed answers
    case(
        "X1008-040",
        caption(
            "a woman wearing a pink floral top and pants with a white background and a white background and a white "
            "background and a white background and a white background and a white background",
            "loop",
            hit_limit=True,
        ),
        pattern("floral"),
        color("pink"),
        describe("co-ord set", "a pink floral top with a tie at the front and matching flared pants"),
        wearing("Answer: a pink floral top and matching pants", "leak"),
        details(
            "co-ord set",
            "the top has a tie at the front and short puff sleeves and the pants are high waisted and flared at the "
            "hem, the print is a small",
            "cut",
            hit_limit=True,
        ),
        garment_type("dress", "contradiction"),
        title="Berrylush Women Pink Floral Print Tie-Up Top with Trousers",
        category="Co-Ords",
        color="Pink",
        gender="Women",
    ),
    # photo: cream crochet top, short sleeves, no zip, brown trousers, white backdrop, front view;
    # VQA adapter: caption and open answers; reference engine: closed answers
    case(
        "X1008-041",
        caption("a man in a white crochet top and brown pants", "pronoun"),
        color("off white"),
        material("crochet"),
        color_of("pants", "brown"),
        color_of("top", "brown", "other_garment_color"),
        describe("top", "the top is made of silk and has a zip on the side", "unsupported"),
        title="Mango Women Cream-Coloured Crochet Top",
        category="Tops",
        color="Cream",
        gender="Women",
    ),
    # photo: black sleeveless top covered in gold sequins, round neck, black trousers, white backdrop;
    # VQA adapter: caption and open answers; reference engine: closed answers
    case(
        "X1008-042",
        caption("a woman wearing a black and gold sparkly top and black pants"),
        color("black"),
        pattern("embellished"),
        describe("top", "a black sleeveless top covered in gold sequins with a round neck"),
        details(
            "top",
            "sequins sequins sequins sequins sequins sequins sequins sequins sequins sequins sequins sequins "
            "sequins sequins sequins",
            "loop",
            hit_limit=True,
        ),
        wearing("a black top and gold pants", "other_garment_color"),
        sleeve("sleeveless"),
        title="Rare Women Black & Gold Sequinned Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: white shirt with thin blue pinstripes, sleeves rolled to the elbow, tucked into light blue jeans with a
    # brown belt, white backdrop; VQA adapter: caption and open answers; reference engine: closed answers
    case(
        "X1008-043",
        caption("a woman wearing a blue and white striped shirt tucked into jeans with a brown belt"),
        color("white"),
        color_of("jeans", "blue"),
        pattern("striped"),
        shirt_color("brown", "other_garment_color"),
        details(
            "shirt",
            "the shirt is a white shirt with blue stripes and a collar and a button down front and long sleeves "
            "rolled up to the elbows and a",
            "cut",
            hit_limit=True,
        ),
        wearing("a shirt and jeans and a belt"),
        describe("shirt", "striped", "non_answer"),
        title="Mast & Harbour Women White & Blue Striped Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: maroon velvet co-ord, V-neck long-sleeve top and straight trousers, small gold earrings, white backdrop;
    # VQA adapter: caption and open answers; reference engine: closed answers
    case(
        "X1008-044",
        caption(
            "a woman wearing a maroon velvet top and pants and a maroon velvet top and pants and a maroon velvet top "
            "and pants and a maroon velvet top and pants and a maroon velvet top and pants and a",
            "loop",
            hit_limit=True,
        ),
        material("velvet"),
        color("maroon"),
        sleeve("short", "contradiction"),
        describe("co-ord set", "a maroon velvet top with long sleeves and a v neck and matching straight pants"),
        wearing("he is wearing a red velvet suit", "pronoun"),
        color_of("pants", "maroon"),
        details("co-ord set", "velvet", "non_answer"),
        title="Athena Women Maroon Velvet Top with Trousers",
        category="Co-Ords",
        color="Maroon",
        gender="Women",
    ),
    # photo: mustard and black horizontal striped long-sleeve top, round neck, black jeans, white backdrop (the row
    # has no category); VQA adapter: caption and open answers; reference engine: closed answers
    case(
        "X1008-045",
        caption("a woman wearing a yellow and black striped top and black jeans"),
        pattern("striped"),
        color("mustard"),
        color_of("jeans", "mustard", "other_garment_color"),
        describe("top", "the top has horizontal yellow and black stripes and long sleeves and a round neck"),
        details(
            "top",
            "the top details are stripes, the top details are stripes, the top details are stripes, the top details "
            "are stripes, the top",
            "loop",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        title="Roadster Women Mustard Yellow & Black Striped Top",
        color="Mustard",
        gender="Women",
    ),
    # photo: lavender shirt, long sleeves, untucked over white trousers, white backdrop, front view;
    # VQA adapter: caption and open answers; reference engine: closed answers
    case(
        "X1008-046",
        caption("a woman wearing a blue shirt and white pants", "contradiction"),
        color("lavender"),
        color_of("pants", "white"),
        cloth("blouse Question: Is this a blouse? Answer: yes", "leak"),
        describe("shirt", "the shirt is a lavender shirt with a collar and buttons"),
        details("shirt", "what are the shirt details", "restated"),
        sleeve("long"),
        title="United Colors of Benetton Women Solid Lavender Shirt",
        category="Shirts",
        color="Lavender",
        gender="Women",
    ),
]
