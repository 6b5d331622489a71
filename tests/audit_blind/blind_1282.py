"""BLIND_1282 (45 products; Myntra kids' wear, VQA adapter, yes/no): written blind in the sixty-second session. Measured
blind at c5d464a (the session's eighth rules): 78/82 failures found (95.1%) and 15/179 correct texts flagged (8.4%).
The writer's notes, verbatim:

Scenario: a Myntra kids' wear feed (boys' and girls' t-shirts, shorts, frocks, kurta sets, a lehenga, two t-shirt and
shorts clothing sets). Catalog columns as the feed has them: title (productDisplayName), category (articleType:
Tshirts, Shorts, Dresses, Tops, Kurta Sets, Lehenga Choli, Clothing Set), color (baseColour) and gender (Boys, Girls,
Unisex); one product lacks its gender, one its color, one its category. Photos are the usual catalog shots: a child on
a white or pale backdrop wearing the product with other clothes, three flat lays, two back views, a few props (a
football, a sunflower, a stool, a skateboard).
Who wrote what: every text is from BLIP-2 OPT-2.7b with the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA, one epoch),
greedy, 50 new tokens for the caption (bare image, empty prompt) and 30 for the answers (`Question: ... Answer:`).
The run asks "What is the person wearing?", the color of the product's garment (free generation, stored open), and
two to four yes/no garment questions (dress, t-shirt, pair of shorts; kurta or skirt for ethnic sets), now and then a
pattern or sleeve question. Because the adapter was trained on VQA alone with unmasked labels, its captions are often
broken (a bare "yes", the training format leaked back, loops), its answers sometimes never stop (loops, the next
`Question:` leaked), and sometimes come out empty (pad tokens to the limit). Its short yes/no answers are mostly
right, with a lean to "yes". Colors come in the In-shop vendor style ("Navy", "Pink-white", "Black-yellow").
Labeling conventions and judgement calls:
- The yes/no questions ask about the product. "yes" to "Is this a t-shirt?" for a product that is not one is a
  contradiction even where the child wears a t-shirt with it in the photo (three such cases); "no" there is correct.
- A color answer that is the color of a garment worn with the product is other_garment_color; a color of a print,
  embroidery or prop (not a garment) is a contradiction.
- Near colors are accepted: khaki read as "Beige", coral caption as "pink", a cream kurta under studio light as
  "White", teal as "green", fuchsia as "pink". Charcoal read as "Black" beside black jeans is marked wrong.
- "dress" for a flared anarkali kurta is accepted; "dress" for a straight kurta or a boy's kurta pyjama is a
  contradiction. "tee" alone for the wearing question on a shorts product is accepted (true, if partial).
- A one-word caption ("yes", "no") or an empty text is non_answer; an empty text counts as having hit the limit
  (pads). A caption or answer that leaks `Question: ... Answer:` is leak, even if what it says is right.
- A run-on caption that reaches the limit mid-phrase is cut (even with invented bits in it); one that repeats a
  phrase is loop. Girl/boy mix-ups for the child (long-haired boys, a girl in a unisex tee) are pronoun.
- A text that invents items or details the photo lacks, without running to the limit, is unsupported.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, is_a, wearing

BLIND_1282 = [
    # X1282-001 | photo: boy ~8, navy half-sleeve crew-neck tee with small white chest logo, khaki chino shorts, white
    # sneakers, white backdrop | all texts: VQA adapter; caption from the bare image
    case(
        "X1282-001",
        caption("a young boy wearing a blue t-shirt and khaki shorts"),
        wearing(
            "tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee tee "
            "tee tee tee tee",
            "loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "Navy", kind="open"),
        is_a("dress", "no"),
        is_a("t-shirt", "yes"),
        is_a("shorts", "no", article="a pair of"),
        gender="Boys",
        title="Gini and Jony Boys Navy Blue T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # X1282-002 | photo: girl ~5, sleeveless pink A-line frock with small white daisy print and a waist bow, white
    # sandals, white backdrop | all texts: VQA adapter; caption from the bare image
    case(
        "X1282-002",
        caption("yes", "non_answer"),
        wearing("dress"),
        color_of("dress", "Pink-white", kind="open"),
        is_a("dress", "yes"),
        is_a("t-shirt", "no"),
        is_a("shorts", "yes", "contradiction", article="a pair of"),
        BLIND_QUESTIONS.pattern("floral"),
        gender="Girls",
        title="Doodle Girls Pink Printed Frock",
        category="Dresses",
        color="Pink",
    ),
    # X1282-003 | photo: boy in a grey melange tee with a large red racing-car graphic "SPEED 09", mid-blue denim
    # shorts | all texts: VQA adapter; caption from the bare image
    case(
        "X1282-003",
        caption("Question: What is the color of the tee? Answer: Grey", "leak"),
        wearing("a tee and denim shorts"),
        color_of("t-shirt", "Blue", "other_garment_color", kind="open"),
        is_a("t-shirt", "yes"),
        is_a(
            "dress",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        is_a("shorts", "no", article="a pair of"),
        gender="Boys",
        title="UFO Boys Grey Melange Printed T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # X1282-004 | photo: girl ~9 in a mustard cap-sleeve knit top with a ruffle hem, white jeggings | all texts: VQA
    # adapter; caption from the bare image
    case(
        "X1282-004",
        caption("a little girl wearing a yellow top and white leggings"),
        wearing(
            "blouse Question: What is the color of the blouse? Answer: Mustard Question: What is the color of the "
            "blouse? Answer:",
            "leak",
            hit_limit=True,
        ),
        color_of("top", "Mustard", kind="open"),
        is_a("dress", "yes", "contradiction"),
        is_a("shorts", "no", article="a pair of"),
        BLIND_QUESTIONS.sleeve_length("short sleeve"),
        gender="Girls",
        title="Palm Tree Girls Mustard Solid Top",
        category="Tops",
        color="Mustard",
    ),
    # X1282-005 | photo: boy in olive cargo shorts with flap side pockets, white tee with a blue dinosaur print | all
    # texts: VQA adapter; caption from the bare image
    case(
        "X1282-005",
        caption("a young boy wearing a white t-shirt with a dinosaur on it and green shorts"),
        wearing("tee"),
        color_of("shorts", "White", "other_garment_color", kind="open"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("t-shirt", "yes", "contradiction"),
        is_a("dress", "no"),
        gender="Boys",
        title="Kids Ville Boys Olive Cargo Shorts",
        category="Shorts",
        color="Olive",
    ),
    # X1282-006 | photo: girl ~10 in a straight red kurta with gold foil print, gold churidar, red net dupatta over one
    # shoulder | all texts: VQA adapter; caption from the bare image
    case(
        "X1282-006",
        caption("a little girl in a red and gold indian dress"),
        wearing("a red dress and a scarf", "contradiction"),
        color_of("kurta", "Red", kind="open"),
        is_a("kurta", "yes"),
        is_a("dress", "no"),
        is_a(
            "t-shirt",
            "no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Biba Girls Red & Gold-Toned Printed Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Red",
    ),
    # X1282-007 | photo: boy ~11 in a white pique polo with navy collar tipping, navy chinos (full length), hand in
    # pocket | all texts: VQA adapter; caption from the bare image
    case(
        "X1282-007",
        caption("a young boy wearing a white polo shirt and blue pants"),
        wearing("polo shirt"),
        color_of("t-shirt", "Navy", "other_garment_color", kind="open"),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        is_a("shorts", "yes", "contradiction", article="a pair of"),
        gender="Boys",
        title="Allen Solly Junior Boys White Polo T-shirt",
        category="Tshirts",
        color="White",
    ),
    # X1282-008 | photo: flat lay on white, peach cotton frock with puff sleeves and a smocked yoke, no model | all
    # texts: VQA adapter; caption from the bare image
    case(
        "X1282-008",
        caption("Question: What cloth is the person wearing? Answer: dress", "leak"),
        wearing("dress"),
        color_of("dress", "Peach", kind="open"),
        is_a("dress", "yes"),
        is_a("t-shirt", "no"),
        BLIND_QUESTIONS.sleeve_length("short sleeve"),
        gender="Girls",
        title="Babyhug Girls Peach Smocked Frock",
        category="Dresses",
        color="Peach",
    ),
    # X1282-009 | photo: girl ~7 with pigtails in a bright yellow tee with a black "BE KIND" print and a small
    # rainbow, black shorts | all texts: VQA adapter; caption from the bare image
    case(
        "X1282-009",
        caption("a little boy wearing a yellow t-shirt that says be kind", "pronoun"),
        wearing("tee"),
        color_of("t-shirt", "Yellow", kind="open"),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        is_a(
            "shorts",
            "no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no",
            "loop",
            hit_limit=True,
            article="a pair of",
        ),
        gender="Unisex",
        title="Tantra Kids Unisex Yellow Printed T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # X1282-010 | photo: back view, boy facing away in mid-blue washed denim shorts with rolled hems and a leather
    # patch on the back pocket, plain black tee | all texts: VQA adapter; caption from the bare image
    case(
        "X1282-010",
        caption("a young boy standing with his back to the camera wearing a black t-shirt and blue jean shorts"),
        wearing(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim "
            "denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        color_of("shorts", "Blue", kind="open"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("t-shirt", "no"),
        is_a("dress", "no"),
        gender="Boys",
        title="Pepe Jeans Kids Boys Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # X1282-011 | photo: girl ~6 in a lavender party dress, sequinned bodice, layered tulle skirt, a sparkly hairband;
    # no props | all texts: VQA adapter; caption from the bare image
    case(
        "X1282-011",
        caption(
            "a little girl in a purple dress with a tutu skirt and a tiara holding a magic wand and a purple dress and "
            "a purple dress and a purple dress and a purple dress and a purple dress and a purple dress and",
            "loop",
            hit_limit=True,
        ),
        wearing("dress"),
        color_of("dress", "Lavender", kind="open"),
        is_a("dress", "yes"),
        is_a("t-shirt", "no"),
        gender="Girls",
        title="Peppermint Girls Lavender Embellished Fit and Flare Dress",
        category="Dresses",
        color="Lavender",
    ),
    # X1282-012 | photo: boy grinning, red tee with a large Mickey Mouse face print, black track shorts, no socks,
    # bare wrists | all texts: VQA adapter; caption from the bare image
    case(
        "X1282-012",
        caption(
            "a young boy wearing a red t-shirt with mickey mouse on it and black shorts standing in front of a white "
            "wall with his hands on his hips and smiling at the camera with his mouth open and his eyes closed and his "
            "hands on his",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a red tee with mickey mouse on it and black shorts and white socks and white shoes and a black watch on "
            "his left wrist and a",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "Red", kind="open"),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        is_a("shorts", "no", article="a pair of"),
        gender="Boys",
        title="Disney Kids by Myntra Boys Red Mickey Mouse Printed T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # X1282-013 | photo: boy in a navy and white horizontal-striped full-sleeve tee, beige chinos | all texts: VQA
    # adapter; caption from the bare image (it came out empty: pads to the limit)
    case(
        "X1282-013",
        caption("", "non_answer", hit_limit=True),
        wearing("tee"),
        color_of("t-shirt", "Navy-white", kind="open"),
        BLIND_QUESTIONS.sleeve_length("short sleeve", "contradiction"),
        is_a("dress", "no"),
        is_a("t-shirt", "yes"),
        gender="Boys",
        title="United Colors of Benetton Kids Boys Navy & White Striped Full Sleeve T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # X1282-014 | photo: girl in mint green cotton shorts with a small white and pink floral print, paper-bag waist
    # with a tie, plain white tee tucked in | all texts: VQA adapter; caption from the bare image
    case(
        "X1282-014",
        caption("a little girl wearing a white shirt and green floral shorts"),
        wearing("a tee and shorts"),
        color_of(
            "shorts",
            "Mint-white Question: Is this a shorts? Answer: yes Question: Is this a",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        is_a("shorts", "yes", article="a pair of"),
        is_a("dress", "yes", "contradiction"),
        BLIND_QUESTIONS.pattern("floral"),
        gender="Girls",
        title="Hopscotch Girls Green Floral Print Shorts",
        category="Shorts",
        color="Green",
    ),
    # X1282-015 | photo: boy ~8 in a cream silk-blend kurta with mandarin collar and self jacquard, white pyjama,
    # mojaris | all texts: VQA adapter; caption from the bare image
    case(
        "X1282-015",
        caption(
            "Question: what cloth is the person wearing? Answer: dress Question: what cloth is the person wearing? "
            "Answer: dress Question: what cloth is the",
            "leak",
            hit_limit=True,
        ),
        wearing("dress", "contradiction"),
        color_of("kurta", "White", kind="open"),
        is_a("kurta", "yes"),
        is_a("dress", "yes", "contradiction"),
        is_a("t-shirt", "no"),
        gender="Boys",
        title="Jashvi Boys Cream-Coloured Self Design Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
    ),
    # X1282-016 | photo: girl in a fuchsia tee with a silver glitter heart print, white shorts | all texts: VQA
    # adapter; caption from the bare image
    case(
        "X1282-016",
        caption("a little girl wearing a pink shirt with a heart on it"),
        wearing("she is wearing a pink tee with a heart"),
        color_of("t-shirt", "Fuchsia", kind="open"),
        is_a("t-shirt", "yes"),
        is_a("dress", "yes", "contradiction"),
        is_a("shorts", "no", article="a pair of"),
        gender="Girls",
        title="Gini and Jony Girls Fuchsia Embellished T-shirt",
        category="Tshirts",
        color="Pink",
    ),
    # X1282-017 | photo: toddler boy in a royal blue half-sleeve tee with a "LITTLE CHAMP" print and grey melange knit
    # shorts; the set is both pieces | all texts: VQA adapter; caption from the bare image
    case(
        "X1282-017",
        caption("a little boy in a blue shirt and grey shorts"),
        wearing("tee and shorts"),
        color_of("t-shirt", "Grey", "other_garment_color", kind="open"),
        color_of("shorts", "Grey", kind="open"),
        is_a(
            "t-shirt",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        is_a("shorts", "yes", article="a pair of"),
        is_a("dress", "no"),
        gender="Boys",
        title="Lilliput Boys Blue & Grey Printed T-shirt with Shorts",
        category="Clothing Set",
        color="Blue",
    ),
    # X1282-018 | photo: girl in navy cotton twill shorts with turn-up hems and a red and white striped top | all
    # texts: VQA adapter; caption from the bare image (empty: pads to the limit)
    case(
        "X1282-018",
        caption("", "non_answer", hit_limit=True),
        wearing("a striped shirt and shorts"),
        color_of("shorts", "Red-white", "other_garment_color", kind="open"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("t-shirt", "no"),
        is_a("dress", "no"),
        gender="Girls",
        title="Cherokee Kids Girls Navy Blue Solid Regular Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # X1282-019 | photo: girl ~7 sitting on a carved wooden stool, maroon velvet choli with gold zari, maroon flared
    # lehenga with a gold border, pink net dupatta | all texts: VQA adapter; caption from the bare image
    case(
        "X1282-019",
        caption("a little girl in a red dress sitting on a wooden chair"),
        wearing(
            "a skirt and a blouse and a scarf and a skirt and a blouse and a scarf and a skirt and a blouse and a",
            "loop",
            hit_limit=True,
        ),
        color_of("lehenga", "Pink", "other_garment_color", kind="open"),
        is_a("skirt", "yes"),
        is_a("kurta", "no"),
        is_a("t-shirt", "no"),
        gender="Girls",
        title="YK Girls Maroon & Gold-Toned Ready to Wear Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Maroon",
    ),
    # X1282-020 | photo: back view, boy facing away in a bottle green half-sleeve henley tee (placket not visible),
    # grey joggers | all texts: VQA adapter; caption from the bare image
    case(
        "X1282-020",
        caption(
            "the back of a young boy in a green shirt and grey pants and the back of a young boy in a green shirt and "
            "grey pants and the back of a young boy in a",
            "loop",
            hit_limit=True,
        ),
        wearing("tee"),
        color_of("t-shirt", "Green", kind="open"),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        BLIND_QUESTIONS.sleeve_length("short sleeve"),
        gender="Boys",
        title="Mothercare Boys Green Solid Henley T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # X1282-021 | photo: girl in a frock with an all-over print of oranges, pears and lemons on a white ground,
    # flutter sleeves | all texts: VQA adapter; caption from the bare image
    case(
        "X1282-021",
        caption(
            "a little girl wearing a dress with fruit on it and a dress with fruit on it and a dress with fruit on it "
            "and a dress with fruit on it and a dress with fruit on it and a dress with fruit",
            "loop",
            hit_limit=True,
        ),
        wearing("dress"),
        color_of("dress", "White-orange", kind="open"),
        is_a("dress", "yes"),
        is_a("t-shirt", "yes", "contradiction"),
        gender="Girls",
        title="Doodle Girls Multicoloured Printed A-Line Frock",
        category="Dresses",
        color="Multi",
    ),
    # X1282-022 | photo: boy in a black tee with a yellow Batman logo, grey shorts | all texts: VQA adapter; caption
    # from the bare image
    case(
        "X1282-022",
        caption("a young boy wearing a black batman t-shirt"),
        wearing("tee with batman"),
        color_of("t-shirt", "Black-yellow", kind="open"),
        is_a("t-shirt", "yes"),
        is_a(
            "dress",
            "no Question: Is this a tee? Answer: yes Question: Is this a shorts? Answer: no Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        is_a(
            "shorts",
            "yes Question: Is this a dress? Answer: no Question: Is this a dress? Answer: no Question:",
            "leak",
            hit_limit=True,
            article="a pair of",
        ),
        gender="Boys",
        title="Kids Ville Boys Black Batman Printed T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # X1282-023 | photo: flat lay on white, khaki chino shorts with belt loops and a brown drawstring, no model; the
    # feed row lacks its category | all texts: VQA adapter; caption from the bare image
    case(
        "X1282-023",
        caption("no", "non_answer"),
        wearing("shorts"),
        color_of("shorts", "Beige", kind="open"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("t-shirt", "no"),
        is_a("dress", "no"),
        gender="Boys",
        title="Palm Tree Boys Khaki Solid Chino Shorts",
        color="Khaki",
    ),
    # X1282-024 | photo: girl twirling in a mustard flared anarkali kurta with a maroon and green block print, maroon
    # leggings, plain backdrop | all texts: VQA adapter; caption from the bare image
    case(
        "X1282-024",
        caption(
            "a little girl in a yellow dress twirling around in a circle with her arms out and her hair flying in the "
            "wind and her dress flying in the wind and her hair flying in the wind and her dress flying",
            "loop",
            hit_limit=True,
        ),
        wearing("dress"),
        color_of("kurta", "Maroon", "other_garment_color", kind="open"),
        is_a("kurta", "yes"),
        is_a("dress", "no"),
        gender="Girls",
        title="Biba Girls Mustard Printed Anarkali Kurta with Leggings",
        category="Kurta Sets",
        color="Mustard",
    ),
    # X1282-025 | photo: girl ~12 in a white tee with a small pink embroidered logo, light blue jeans | all texts: VQA
    # adapter; caption from the bare image
    case(
        "X1282-025",
        caption(
            "Question: What is the color of the tee? Answer: White Question: What is the color of the jeans? Answer: "
            "Light blue Question:",
            "leak",
            hit_limit=True,
        ),
        wearing("tee and jeans"),
        color_of("t-shirt", "Light blue", "other_garment_color", kind="open"),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        is_a("shorts", "no", article="a pair of"),
        gender="Girls",
        title="Allen Solly Junior Girls White Solid Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # X1282-026 | photo: boy holding a football, red polyester sports shorts with white side stripes, white sports tee
    # | all texts: VQA adapter; caption from the bare image
    case(
        "X1282-026",
        caption("a young boy holding a soccer ball"),
        wearing("a white tee and red shorts"),
        color_of(
            "shorts",
            "Red-white-red-white-red-white-red-white-red-white-red-white-red-white-red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("shorts", "yes", article="a pair of"),
        is_a("t-shirt", "yes", "contradiction"),
        is_a("dress", "no"),
        gender="Boys",
        title="UFO Boys Red Sports Shorts",
        category="Shorts",
        color="Red",
    ),
    # X1282-027 | photo: girl ~6 in a light blue denim pinafore dress over a white half-sleeve tee | all texts: VQA
    # adapter; caption from the bare image
    case(
        "X1282-027",
        caption("a little girl wearing a denim dress and a white shirt"),
        wearing("denim"),
        color_of("dress", "White", "other_garment_color", kind="open"),
        is_a("dress", "yes"),
        is_a("t-shirt", "yes", "contradiction"),
        gender="Girls",
        title="Peppermint Girls Blue Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
    ),
    # X1282-028 | photo: boy with long curly hair in an orange tee with a black skateboard graphic "SK8", olive shorts
    # | all texts: VQA adapter; caption from the bare image
    case(
        "X1282-028",
        caption("a little girl wearing an orange t-shirt with a skateboard on it", "pronoun"),
        wearing("tee and shorts"),
        color_of("t-shirt", "Orange", kind="open"),
        is_a("t-shirt", "yes"),
        is_a("dress", "yes", "contradiction"),
        gender="Boys",
        title="Tantra Kids Boys Orange Printed T-shirt",
        category="Tshirts",
        color="Orange",
    ),
    # X1282-029 | photo: toddler boy sitting on the floor, sky blue tee with a whale print, navy shorts; the set is
    # both pieces | all texts: VQA adapter; caption from the bare image
    case(
        "X1282-029",
        caption("a baby girl sitting on the floor wearing a blue shirt and blue shorts", "pronoun"),
        wearing("tee"),
        color_of("t-shirt", "Navy", "other_garment_color", kind="open"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("t-shirt", "yes"),
        gender="Boys",
        title="Babyhug Boys Blue Printed T-shirt with Shorts",
        category="Clothing Set",
        color="Blue",
    ),
    # X1282-030 | photo: girl in a coral sleeveless frock with a big bow at the waist and a tiered skirt | all texts:
    # VQA adapter; caption from the bare image
    case(
        "X1282-030",
        caption("a little girl wearing a pink dress with a bow"),
        wearing(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "Coral", kind="open"),
        is_a("dress", "yes"),
        is_a("t-shirt", "no"),
        is_a("shorts", "yes", "contradiction", article="a pair of"),
        gender="Girls",
        title="Hopscotch Girls Coral Tiered Fit and Flare Dress with Bow",
        category="Dresses",
        color="Coral",
    ),
    # X1282-031 | photo: boy ~10 in a navy straight kurta with small gold buttons, white churidar | all texts: VQA
    # adapter; caption from the bare image
    case(
        "X1282-031",
        caption("Question: What cloth is the person wearing? Answer: tee", "leak"),
        wearing("tee and pants", "contradiction"),
        color_of("kurta", "Navy", kind="open"),
        is_a("kurta", "yes"),
        is_a("dress", "no"),
        is_a("t-shirt", "no"),
        gender="Boys",
        title="Jashvi Boys Navy Blue Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # X1282-032 | photo: girl in a pink and white striped half-sleeve tee (no pocket), denim shorts | all texts: VQA
    # adapter; caption from the bare image
    case(
        "X1282-032",
        caption(
            "a little girl wearing a pink and white striped shirt and denim shorts and a pink and white striped shirt "
            "and denim shorts and a pink and white striped shirt and denim shorts and a pink",
            "loop",
            hit_limit=True,
        ),
        wearing("a striped tee with a pocket", "unsupported"),
        color_of("t-shirt", "Pink-white", kind="open"),
        BLIND_QUESTIONS.pattern("striped"),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        gender="Girls",
        title="United Colors of Benetton Kids Girls Pink & White Striped T-shirt",
        category="Tshirts",
        color="Pink",
    ),
    # X1282-033 | photo: boy in grey melange knit shorts with a drawstring, navy printed tee | all texts: VQA adapter;
    # caption from the bare image
    case(
        "X1282-033",
        caption("a young boy wearing a blue shirt and grey shorts"),
        wearing("the person is wearing", "non_answer"),
        color_of("shorts", "Grey", kind="open"),
        is_a(
            "shorts",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
            article="a pair of",
        ),
        is_a("dress", "no"),
        gender="Boys",
        title="Gini and Jony Boys Grey Melange Solid Knitted Shorts",
        category="Shorts",
        color="Grey Melange",
    ),
    # X1282-034 | photo: boy in an olive tee with a white "EXPLORE" print, beige shorts; no cap, no bag | all texts:
    # VQA adapter; caption from the bare image
    case(
        "X1282-034",
        caption(
            "a young boy wearing a green t-shirt and tan shorts with a cap on his head and a backpack on his back",
            "unsupported",
        ),
        wearing("tee"),
        color_of("t-shirt", "Olive", kind="open"),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        gender="Boys",
        title="Cherokee Kids Boys Olive Green Printed Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
    ),
    # X1282-035 | photo: girl holding a sunflower, white cotton frock with yellow floral embroidery at the yoke, puff
    # sleeves | all texts: VQA adapter; caption from the bare image
    case(
        "X1282-035",
        caption(
            "a little girl in a white dress holding a sunflower in her hand and smiling at the camera in front of a "
            "white wall with a yellow flower in her hair and a pair of white shoes on her feet and a yellow",
            "cut",
            hit_limit=True,
        ),
        wearing("dress with flowers"),
        color_of("dress", "Yellow", "contradiction", kind="open"),
        is_a("dress", "yes"),
        is_a("t-shirt", "no"),
        gender="Girls",
        title="Doodle Girls White Embroidered A-Line Frock",
        category="Dresses",
        color="White",
    ),
    # X1282-036 | photo: boy in a charcoal grey tee with a small white logo, black jeans | all texts: VQA adapter;
    # caption from the bare image
    case(
        "X1282-036",
        caption("a young boy wearing a grey t-shirt and black jeans"),
        wearing("", "non_answer", hit_limit=True),
        color_of("t-shirt", "Black", "other_garment_color", kind="open"),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        is_a("shorts", "no", article="a pair of"),
        gender="Boys",
        title="Pepe Jeans Kids Boys Charcoal Grey Solid T-shirt",
        category="Tshirts",
        color="Charcoal",
    ),
    # X1282-037 | photo: girl in a teal short kurta with mirror work and three-quarter sleeves, teal sharara, off-white
    # dupatta with a teal border, gold sandals | all texts: VQA adapter; caption from the bare image
    case(
        "X1282-037",
        caption(
            "a little girl wearing a green dress with a white scarf around her neck and a pair of green pants with a "
            "white stripe down the side and a pair of gold sandals on her feet and a gold bracelet on her wrist and",
            "cut",
            hit_limit=True,
        ),
        wearing("a green top and pants"),
        color_of("kurta", "Teal", kind="open"),
        is_a("kurta", "yes"),
        is_a("dress", "no"),
        BLIND_QUESTIONS.sleeve_length("three-quarter sleeve"),
        gender="Girls",
        title="YK Girls Teal Mirror Work Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Teal",
    ),
    # X1282-038 | photo: flat lay on white, lemon yellow shorts with white polka dots and a frill hem, no model; the
    # feed row lacks its color | all texts: VQA adapter; caption from the bare image
    case(
        "X1282-038",
        caption("a pair of yellow shorts with white polka dots"),
        wearing("yes", "non_answer"),
        color_of("shorts", "Yellow-white", kind="open"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("dress", "yes", "contradiction"),
        BLIND_QUESTIONS.pattern("dotted"),
        gender="Girls",
        title="Mothercare Girls Yellow Polka Dot Print Shorts",
        category="Shorts",
    ),
    # X1282-039 | photo: girl in a purple tee with an Elsa and Anna print, light blue jeggings, white sneakers; no bag,
    # no bracelet | all texts: VQA adapter; caption from the bare image
    case(
        "X1282-039",
        caption(
            "a little girl wearing a purple t-shirt with a picture of frozen on it and blue jeans and a pair of white "
            "shoes and a pink bag and a pink bow in her hair and a pink bracelet on her wrist and a",
            "cut",
            hit_limit=True,
        ),
        wearing("a tee with frozen"),
        color_of("t-shirt", "Purple", kind="open"),
        is_a("t-shirt", "yes"),
        is_a("dress", "yes", "contradiction"),
        gender="Girls",
        title="Kids Ville Girls Purple Frozen Printed T-shirt",
        category="Tshirts",
        color="Purple",
    ),
    # X1282-040 | photo: girl in a red party dress, sequinned bodice, net skirt, a red bow at the back of the waist,
    # pale grey backdrop | all texts: VQA adapter; caption from the bare image
    case(
        "X1282-040",
        caption("a little girl in a red dress"),
        wearing(
            "a red dress with sequins and a red bow and a red dress with sequins and a red bow and a red dress with",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "dress",
            "Red-red-red-red-red-red-red-red-red-red-red-red-red-red-red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        is_a("t-shirt", "no"),
        gender="Girls",
        title="Lilliput Girls Red Embellished Party Dress",
        category="Dresses",
        color="Red",
    ),
    # X1282-041 | photo: boy in beige chino shorts and a light blue checked half-sleeve shirt, untucked; the feed row
    # lacks its gender | all texts: VQA adapter; caption from the bare image
    case(
        "X1282-041",
        caption("a young boy wearing a blue checkered shirt and khaki shorts"),
        wearing(
            "shirt and shorts and shirt and shorts and shirt and shorts and shirt and shorts and shirt and shorts and",
            "loop",
            hit_limit=True,
        ),
        color_of("shorts", "Light blue", "other_garment_color", kind="open"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("t-shirt", "no"),
        is_a("dress", "no"),
        title="Allen Solly Junior Boys Beige Solid Chino Shorts",
        category="Shorts",
        color="Beige",
    ),
    # X1282-042 | photo: girl in a pink frock with a Minnie Mouse face print on the bodice, polka dot skirt, white
    # collar | all texts: VQA adapter; caption from the bare image
    case(
        "X1282-042",
        caption("a little girl in a pink dress with minnie mouse on it"),
        wearing("dress"),
        color_of("dress", "the color of the dress", "restated", kind="open"),
        is_a("dress", "yes"),
        is_a("t-shirt", "yes", "contradiction"),
        is_a("shorts", "no", article="a pair of"),
        gender="Girls",
        title="Disney Kids by Myntra Girls Pink Minnie Mouse Printed Frock",
        category="Dresses",
        color="Pink",
    ),
    # X1282-043 | photo: boy with one foot on a skateboard, royal blue tee with a white shark graphic, black shorts |
    # all texts: VQA adapter; caption from the bare image
    case(
        "X1282-043",
        caption("a young boy standing on a skateboard"),
        wearing("she is wearing a tee and shorts", "pronoun"),
        color_of(
            "t-shirt",
            "Blue-white-blue-white-blue-white-blue-white-blue-white-blue-white-blue-white-blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        is_a("shorts", "no", article="a pair of"),
        gender="Boys",
        title="UFO Boys Blue Printed Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # X1282-044 | photo: girl in an off-white chikankari straight kurta, pink palazzo, pink dupatta | all texts: VQA
    # adapter; caption from the bare image
    case(
        "X1282-044",
        caption("a little girl wearing a white dress with pink pants and a pink scarf"),
        wearing("a white top and pink pants"),
        color_of("kurta", "Pink", "other_garment_color", kind="open"),
        is_a("kurta", "yes"),
        is_a("dress", "", "non_answer", hit_limit=True),
        is_a("t-shirt", "no"),
        gender="Girls",
        title="Biba Girls Off-White & Pink Chikankari Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Off White",
    ),
    # X1282-045 | photo: girl in a black frock with white polka dots, white peter pan collar, red belt | all texts:
    # VQA adapter; caption from the bare image
    case(
        "X1282-045",
        caption("a little girl wearing a black and white polka dot dress with a red belt"),
        wearing(
            "dress Question: What is the color of the dress? Answer: Black-white Question: What is the color of the "
            "dress?",
            "leak",
            hit_limit=True,
        ),
        color_of("dress", "Black-white", kind="open"),
        is_a("dress", "yes"),
        BLIND_QUESTIONS.pattern("dotted"),
        is_a("t-shirt", "no"),
        gender="Girls",
        title="Palm Tree Girls Black & White Polka Dot Print Fit and Flare Dress",
        category="Dresses",
        color="Black",
    ),
]
