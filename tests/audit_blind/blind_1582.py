"""BLIND_1582 (45 products; Myntra men's winterwear, caption + extractive QA): written blind in the sixty-sixth session.
Measured blind at 9074ceb (the session's fourth rules): 81/122 failures found (66.4%) and 9/169 correct texts flagged
(5.3%). The writer's notes, verbatim:

Scenario: a Myntra men's winterwear feed (articleType Jackets, Sweatshirts, Sweaters, Blazers, Nehru Jackets; gender
Men), the usual catalog shots: a male model on a plain backdrop wearing the product over a tee, shirt or kurta and with
jeans, chinos, joggers or churidar; two flat lays, two back views, a few props (sunglasses, a backpack, a skateboard).
The feed's columns are kept as Myntra has them: title (productDisplayName), category (articleType), color
(baseColour), gender; one row lacks gender, one lacks baseColour, one lacks articleType.
Who wrote what: every caption is the epoch-1 caption adapter (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch
on blip2-opt-2.7b, greedy, 50 new tokens, empty prompt). No end-of-caption token was trained, so every caption ran
to the 50-token limit (all are hit_limit=True): most stop mid-sentence, some fall into a loop, a few happen to end on
a full stop. The adapter speaks the DeepFashion-MultiModal template ("The pants this man wears is of long length",
"pure color patterns", "knitting fabric", "There is an accessory on his wrist"), with no hue words; now and then, one
epoch in, it still opens the way the base model does ("a man in a grey sweatshirt and black jeans.") and only then
does a hue appear. Every answer is timpal0l/mdeberta-v3-base-squad2 run extractively over that caption, so an answer
is a span of the caption or empty (no-answer). Questions: what the person wears, garment type, color, pattern,
sleeve length (the VQA data's wording) and the material question, with details or a description on some products;
4 to 7 per product. Answers are not generated, so none is hit_limit, and none can leak the prompt format.
Labeling conventions and judgement calls: one label per text. For a caption with several faults I marked the one that
matters most to the catalog, in this order: loop, pronoun ("The lady" for a man), contradiction (a garment kind or a
material the title rules out, one color given to two garments that differ), unsupported (an invented accessory, a
hat, a sleeve length the photo does not show, a person and pants invented on a flat lay, "cotton fabric" for a nylon
puffer, a polyester windcheater, velvet or silk-blend brocade), and only then cut. A caption that ran to the limit but
ends on a full stop and says nothing false is left unmarked (hit_limit stays True). Color answers that give the
DeepFashion pattern word ("pure color", "lattice", "floral") or nothing are non_answer; pattern or material "other"
is non_answer; "upper clothing" as the garment type is non_answer; the material answer "fabric" alone is restated.
"cotton" is accepted for sweatshirts, for cotton items the title names, and for a flannel shacket; it is unsupported
where the photo shows nylon, polyester, suiting, velvet or brocade and the title says nothing, and a contradiction
where the title says wool blend. A sweatshirt or hoodie called a "sweater" is a contradiction (Myntra keeps the two
apart and the knit/fleece difference is plain in the photo); a full-zip sweatshirt called a "jacket", a shacket called
a "shirt", a Nehru jacket or sleeveless puffer called a "vest", a maroon blazer called "red", navy called "blue", a
kurta called a "white shirt" and faux leather called "leather" are all left correct. Where an open jacket or a
Nehru jacket sits over a tee or kurta and the extractive answer names the inner layer (its kind, its sleeves), that
answer is a contradiction; the inner layer's cotton given as the product's material is unsupported; the pants' color
given as the product's color is other_garment_color; the pants' denim given as a sweatshirt's material is a
contradiction.
"""

from tests.audit_corpus import BLIND_QUESTIONS, DEFAULT_QUESTIONS, caption, case, wearing

Q = BLIND_QUESTIONS
garment_type, color, pattern, sleeve, material = Q.garment_type, Q.color, Q.pattern, Q.sleeve_length, Q.material
details, description = DEFAULT_QUESTIONS.details, DEFAULT_QUESTIONS.description

CAP = "caption: epoch-1 caption adapter, 50 tokens; answers: mdeberta-v3-base-squad2 extracting from the caption"

BLIND_1582 = [
    # Photo: model front, olive quilted nylon puffer zipped to the stand collar, blue jeans, white sneakers.
    # CAP. "cotton fabric" for a nylon puffer is invented; the caption also stops at "There is".
    case(
        "X1582-001",
        caption(
            "This man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is stand-up. The pants this man wears is of long length. The pants are with denim fabric and "
            "pure color patterns. There is",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        garment_type("jacket"),
        color("pure color", "non_answer"),
        sleeve("long-sleeve"),
        material("cotton", "unsupported"),
        gender="Men",
        title="Roadster Men Olive Green Solid Padded Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Photo: black pullover hoodie, hood down, black joggers, front. CAP. Base-style opening, right colors; cut.
    case(
        "X1582-002",
        caption(
            "a man in a black hoodie and black pants. His hoodie has long sleeves, cotton fabric and pure color "
            "patterns. It has a hooded neckline. The pants this man wears is of long length. The pants are with "
            "cotton fabric",
            "cut",
            hit_limit=True,
        ),
        wearing("a black hoodie and black pants"),
        garment_type("hoodie"),
        color("black"),
        pattern("pure color"),
        sleeve("long sleeves"),
        material("cotton"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: navy cable-knit crew pullover, white shirt collar peeking out, beige chinos. CAP. The caption happens to
    # end on a full stop at token 50 and is all true.
    case(
        "X1582-003",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric "
            "and its neckline is round. The trousers the gentleman wears is of long length. The trousers are with "
            "cotton fabric and pure color patterns.",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater"),
        garment_type("sweater"),
        color("pure color", "non_answer"),
        pattern("pure color"),
        sleeve("long-sleeve"),
        material("knitting"),
        gender="Men",
        title="Mast & Harbour Men Navy Blue Self-Design Pullover",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Photo: charcoal windowpane-check blazer over a white shirt and navy tie, grey trousers. CAP. "The lady"; the
    # caption and the extractive answers take the shirt for the garment.
    case(
        "X1582-004",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The trousers the lady wears is of long length. The trousers are with cotton fabric "
            "and pure color patterns. There",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with lattice patterns", "contradiction"),
        garment_type("shirt", "contradiction"),
        pattern("lattice"),
        sleeve("long-sleeve"),
        material("cotton", "unsupported"),
        gender="Men",
        title="Louis Philippe Men Charcoal Grey Checked Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Charcoal",
    ),
    # Photo: beige jacquard Nehru jacket over a cream kurta, white churidar. CAP. Template "other" for pattern and
    # fabric; no hue anywhere, so the color question finds nothing.
    case(
        "X1582-005",
        caption(
            "This man wears a sleeveless vest with other patterns. The vest is with other fabric and its neckline is "
            "stand-up. The upper clothing has long sleeves, cotton fabric and pure color patterns. The pants this man "
            "wears is of long",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless vest with other patterns"),
        garment_type("vest"),
        color("", "non_answer"),
        pattern("other", "non_answer"),
        sleeve("sleeveless"),
        material("other", "non_answer"),
        gender="Men",
        title="Manyavar Men Beige Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Beige",
    ),
    # Photo: grey melange crew-neck sweatshirt, black jeans, front. CAP. Base-style opening; ends on a full stop.
    case(
        "X1582-006",
        caption(
            "a man in a grey sweatshirt and black jeans. His sweatshirt has long sleeves, cotton fabric and pure "
            "color patterns. The neckline of it is round. The pants this man wears is of long length. The pants are "
            "with denim fabric.",
            hit_limit=True,
        ),
        wearing("a grey sweatshirt and black jeans"),
        garment_type("sweatshirt"),
        color("grey"),
        sleeve("long sleeves"),
        material("cotton"),
        gender="Men",
        title="WROGN Men Grey Melange Solid Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: mustard polyester bomber worn open over a white graphic tee, blue jeans. CAP. The caption leads with the
    # tee (true of the photo) and names the jacket second; the extractive answers all take the tee.
    case(
        "X1582-007",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. His outer clothing is a long-sleeve jacket with pure color patterns. The pants this "
            "man wears is of long length. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns", "contradiction"),
        garment_type("T-shirt", "contradiction"),
        pattern("graphic", "contradiction"),
        sleeve("short-sleeve", "contradiction"),
        material("cotton", "unsupported"),
        gender="Men",
        title="Highlander Men Mustard Yellow Solid Bomber Jacket",
        category="Jackets",
        color="Mustard",
    ),
    # Photo: maroon V-neck pullover over a light blue shirt, navy trousers. CAP. True as far as it goes; cut.
    case(
        "X1582-008",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric "
            "and its neckline is V-shape. The gentleman wears a long-sleeve shirt under the sweater. The trousers "
            "are with cotton fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        garment_type("sweater"),
        color("pure color", "non_answer"),
        sleeve("long-sleeve"),
        material("knitting"),
        details("its neckline is V-shape"),
        gender="Men",
        title="Van Heusen Men Maroon Solid V-Neck Pullover",
        category="Sweaters",
        color="Maroon",
    ),
    # Photo: back view, navy hoodie with a large white print across the back, grey joggers; both hands in front, no
    # wrist visible. CAP. The wrist accessory is invented; the hoodie is called a sweater.
    case(
        "X1582-009",
        caption(
            "This man wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. The pants "
            "this man wears is of long length. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on his wrist.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with graphic patterns", "contradiction"),
        garment_type("sweater", "contradiction"),
        pattern("graphic"),
        sleeve("long-sleeve"),
        material("cotton"),
        gender="Men",
        title="Jack & Jones Men Navy Blue Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # Photo: navy cotton blazer, white shirt, beige chinos, sunglasses held in the right hand. CAP. Cut at "in his".
    case(
        "X1582-010",
        caption(
            "This man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. The trousers this man wears is of long length. The trousers are with cotton fabric "
            "and pure color patterns. There is an accessory in his",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket"),
        garment_type("jacket"),
        color("pure color", "non_answer"),
        pattern("pure color"),
        sleeve("long-sleeve"),
        material("cotton"),
        gender="Men",
        title="Blackberrys Men Navy Blue Solid Slim Fit Cotton Casual Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # Photo: rust block-printed cotton Nehru jacket over a white kurta, white pyjama. CAP. "The lady"; the rest is
    # right (the block print is floral).
    case(
        "X1582-011",
        caption(
            "The lady wears a sleeveless vest with floral patterns. The vest is with cotton fabric and its neckline "
            "is stand-up. The lady wears a long-sleeve shirt under the vest. The pants the lady wears is of long "
            "length. The pants are",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a sleeveless vest with floral patterns"),
        garment_type("vest"),
        pattern("floral"),
        sleeve("sleeveless"),
        material("cotton"),
        gender="Men",
        title="Fabindia Men Rust Orange Printed Cotton Nehru Jacket",
        category="Nehru Jackets",
        color="Rust",
    ),
    # Photo: mid-blue denim trucker jacket, white tee, black jeans. CAP. Base-style opening, right; cut.
    case(
        "X1582-012",
        caption(
            "a man in a blue denim jacket and black jeans. His jacket has long sleeves, denim fabric and pure color "
            "patterns. It has a lapel neckline. The pants this man wears is of long length. The pants are with denim "
            "fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue denim jacket and black jeans"),
        garment_type("denim jacket"),
        color("blue"),
        pattern("pure color"),
        sleeve("long sleeves"),
        material("denim"),
        gender="Men",
        title="Levis Men Blue Solid Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # Photo: flat lay, grey textured crew-neck pullover on white. CAP. No person, so the "upper clothing" template,
    # which loops.
    case(
        "X1582-013",
        caption(
            "The upper clothing has long sleeves, knitting fabric and pure color patterns. The neckline of it is "
            "round. The upper clothing has long sleeves, knitting fabric and pure color patterns. The neckline of it "
            "is round. The upper clothing has",
            "loop",
            hit_limit=True,
        ),
        garment_type("upper clothing", "non_answer"),
        color("pure color", "non_answer"),
        pattern("pure color"),
        sleeve("long sleeves"),
        material("knitting"),
        gender="Men",
        title="Monte Carlo Men Grey Self-Design Pullover",
        category="Sweaters",
        color="Grey",
    ),
    # Photo: black hooded puffer with the hood up, black jeans. CAP. The hood is read as a hat as well ("He wears a
    # hat."), and the nylon shell as cotton.
    case(
        "X1582-014",
        caption(
            "This man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is hooded. The pants this man wears is of long length. The pants are with denim fabric and "
            "pure color patterns. He wears a hat.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket"),
        garment_type("jacket"),
        color("pure color", "non_answer"),
        sleeve("long-sleeve"),
        material("cotton", "unsupported"),
        details("its neckline is hooded"),
        gender="Men",
        title="Duke Men Black Solid Hooded Puffer Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: navy and white Breton-striped crew-neck sweater, white chinos. CAP. Right; cut.
    case(
        "X1582-015",
        caption(
            "The gentleman wears a long-sleeve sweater with striped patterns. The sweater is with knitting fabric and "
            "its neckline is round. The trousers the gentleman wears is of long length. The trousers are with cotton "
            "fabric and pure color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with striped patterns"),
        garment_type("sweater"),
        color("", "non_answer"),
        pattern("striped"),
        sleeve("long-sleeve"),
        material("knitting"),
        description("a long-sleeve sweater with striped patterns"),
        gender="Men",
        title="U.S. Polo Assn. Men Navy Blue & White Striped Pullover Sweater",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Photo: beige cotton-linen unstructured blazer over a white tee, navy trousers. CAP. Base-style opening ("white
    # shirt" for the tee, fine); cut.
    case(
        "X1582-016",
        caption(
            "a man in a beige blazer and white shirt. His jacket has long sleeves, cotton fabric and pure color "
            "patterns. It has a lapel neckline. The pants this man wears is of long length. The pants are with "
            "cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a beige blazer and white shirt"),
        garment_type("blazer"),
        color("beige"),
        sleeve("long sleeves"),
        material("cotton"),
        gender="Men",
        title="Raymond Men Beige Solid Cotton Linen Regular Fit Casual Blazer",
        category="Blazers",
        color="Beige",
    ),
    # Photo: red, black and white colour-block hoodie, black joggers. CAP. Hoodie called a sweater; also cut.
    case(
        "X1582-017",
        caption(
            "This man wears a long-sleeve sweater with color block patterns. The sweater is with cotton fabric and its "
            "neckline is hooded. The pants this man wears is of long length. The pants are with cotton fabric and "
            "pure color patterns. There is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with color block patterns", "contradiction"),
        garment_type("sweater", "contradiction"),
        color("color block", "non_answer"),
        pattern("color block"),
        sleeve("long-sleeve"),
        material("cotton"),
        gender="Men",
        title="Campus Sutra Men Red Colourblocked Hooded Sweatshirt",
        category="Sweatshirts",
        color="Red",
    ),
    # Photo: olive cotton-twill utility jacket with chest pockets, black tee, khaki chinos. CAP. Loops on the fabric
    # sentence; the details span is taken from inside the loop.
    case(
        "X1582-018",
        caption(
            "This man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. The jacket is with cotton fabric and its neckline is lapel. The jacket is with cotton "
            "fabric and its neckline is",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket"),
        garment_type("jacket"),
        color("pure color", "non_answer"),
        material("cotton"),
        details("its neckline is lapel. The jacket is with cotton fabric and its neckline is lapel", "loop"),
        gender="Men",
        title="The Indian Garage Co Men Olive Green Solid Cotton Utility Jacket",
        category="Jackets",
        color="Olive",
    ),
    # Photo: grey glen-check blazer, light blue shirt, navy tie, plain grey trousers. CAP. "suit" for a blazer sold
    # alone; the suiting called cotton; cut.
    case(
        "X1582-019",
        caption(
            "This man wears a long-sleeve suit with lattice patterns. The suit is with cotton fabric and its neckline "
            "is lapel. He wears a tie. The trousers this man wears is of long length. The trousers are with cotton "
            "fabric and pure color patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve suit with lattice patterns", "contradiction"),
        garment_type("suit", "contradiction"),
        color("lattice", "non_answer"),
        pattern("lattice"),
        sleeve("long-sleeve"),
        material("cotton", "unsupported"),
        gender="Men",
        title="Peter England Men Grey Checked Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Grey",
    ),
    # Photo: navy silk-blend Nehru jacket with a sheen and a pocket square, over a white kurta, white churidar. CAP.
    # Base-style opening (navy as blue, kurta as shirt: fine); silk blend called cotton; cut.
    case(
        "X1582-020",
        caption(
            "a man in a blue vest and white shirt. His vest has no sleeves, cotton fabric and pure color patterns. It "
            "has a stand-up neckline. The upper clothing has long sleeves, cotton fabric and pure color patterns. The "
            "pants this man",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a blue vest and white shirt"),
        garment_type("vest"),
        color("blue"),
        pattern("pure color"),
        sleeve("no sleeves"),
        material("cotton", "unsupported"),
        gender="Men",
        title="Vastramay Men Navy Blue Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
    ),
    # Photo: teal crew-neck fleece sweatshirt, beige chinos, white sneakers. CAP. "The lady"; sweatshirt as sweater.
    case(
        "X1582-021",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric and its "
            "neckline is round. The pants the lady wears is of long length. The pants are with cotton fabric and "
            "pure color patterns. The lady wears",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater", "contradiction"),
        garment_type("sweater", "contradiction"),
        color("pure color", "non_answer"),
        sleeve("long-sleeve"),
        material("cotton"),
        gender="Men",
        title="HERE&NOW Men Teal Solid Sweatshirt",
        category="Sweatshirts",
        color="Teal",
    ),
    # Photo: brown leather jacket, grey tee, blue jeans, a steel watch on the left wrist. CAP. Ends on a full stop;
    # the wrist accessory is really there. All true.
    case(
        "X1582-022",
        caption(
            "This man wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric and its "
            "neckline is lapel. The pants this man wears is of long length. The pants are with denim fabric and pure "
            "color patterns. There is an accessory on his wrist.",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket"),
        garment_type("jacket"),
        color("", "non_answer"),
        sleeve("long-sleeve"),
        material("leather"),
        details("its neckline is lapel"),
        gender="Men",
        title="Woodland Men Coffee Brown Solid Leather Jacket",
        category="Jackets",
        color="Coffee Brown",
    ),
    # Photo: charcoal turtleneck sweater, black trousers. CAP. The base model's one color for both: the trousers are
    # black, not grey. Ends on a full stop.
    case(
        "X1582-023",
        caption(
            "a man in a grey sweater and grey pants. His sweater has long sleeves, knitting fabric and pure color "
            "patterns. It has a high neckline. The pants this man wears is of long length. The pants are with cotton "
            "fabric and pure color patterns.",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a grey sweater and grey pants", "contradiction"),
        garment_type("sweater"),
        color("grey"),
        sleeve("long sleeves"),
        material("knitting"),
        details("It has a high neckline"),
        gender="Men",
        title="Mufti Men Charcoal Grey Solid Turtle Neck Sweater",
        category="Sweaters",
        color="Charcoal",
    ),
    # Photo: navy wool-blend formal blazer, white shirt, navy trousers. CAP. "cotton" where the title says wool blend.
    case(
        "X1582-024",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a long-sleeve shirt under the jacket. The trousers are with "
            "cotton fabric and pure color patterns. The gentleman wears",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        garment_type("jacket"),
        pattern("pure color"),
        sleeve("long-sleeve"),
        material("cotton", "contradiction"),
        gender="Men",
        title="Arrow Men Navy Blue Solid Single-Breasted Wool Blend Formal Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # Photo: cream jacquard Nehru jacket over a maroon kurta, cream churidar. CAP. The caption is right (kurta as a
    # shirt, then the vest) but cut; the extractive answers take the kurta.
    case(
        "X1582-025",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is stand-up. His outer clothing is a sleeveless vest with other patterns. The pants this man "
            "wears is of long length. The pants",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        garment_type("shirt", "contradiction"),
        sleeve("long-sleeve", "contradiction"),
        material("cotton", "unsupported"),
        gender="Men",
        title="Kisah Men Cream-Coloured Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Cream",
    ),
    # Photo: navy channel-quilted nylon jacket, zipped, khaki chinos, a backpack held by its strap. CAP. The held
    # backpack is right; the nylon called cotton. No baseColour in this row.
    case(
        "X1582-026",
        caption(
            "This man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is stand-up. The pants this man wears is of long length. The pants are with cotton fabric and "
            "pure color patterns. There is an accessory in his hand.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket"),
        garment_type("jacket"),
        color("pure color", "non_answer"),
        pattern("pure color"),
        sleeve("long-sleeve"),
        material("cotton", "unsupported"),
        gender="Men",
        title="Fort Collins Men Navy Blue Solid Quilted Jacket",
        category="Jackets",
    ),
    # Photo: black crew-neck sweatshirt with a white logo print on the chest, black track pants. CAP. Right; cut.
    case(
        "X1582-027",
        caption(
            "a man in a black sweatshirt with a white logo. His sweatshirt has long sleeves, cotton fabric and "
            "graphic patterns. The neckline of it is round. The pants this man wears is of long length. The pants are "
            "with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a black sweatshirt with a white logo"),
        garment_type("sweatshirt"),
        color("black"),
        pattern("graphic"),
        sleeve("long sleeves"),
        material("cotton"),
        gender="Men",
        title="Puma Men Black Printed Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Photo: camel button-front acrylic cardigan worn open over a white tee, blue jeans. CAP. Caption right (tee,
    # then the cardigan) but cut; the wearing and sleeve answers take the tee.
    case(
        "X1582-028",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. His outer clothing is a long-sleeve cardigan with pure color patterns. The pants this "
            "man wears is of long length. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", "contradiction"),
        garment_type("cardigan"),
        color("pure color", "non_answer"),
        sleeve("short-sleeve", "contradiction"),
        material("cotton", "unsupported"),
        gender="Men",
        title="Roadster Men Camel Brown Solid Cardigan",
        category="Sweaters",
        color="Camel Brown",
    ),
    # Photo: red hooded polyester windcheater, black track pants, model turned three-quarters. CAP. "The lady", and
    # the wearing span keeps it.
    case(
        "X1582-029",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is hooded. The pants the lady wears is of long length. The pants are with cotton fabric and "
            "pure color patterns.",
            "pronoun",
            hit_limit=True,
        ),
        wearing("The lady wears a long-sleeve jacket", "pronoun"),
        garment_type("jacket"),
        color("", "non_answer"),
        sleeve("long-sleeve"),
        material("cotton", "unsupported"),
        gender="Men",
        title="Wildcraft Men Red Solid Hooded Windcheater Jacket",
        category="Jackets",
        color="Red",
    ),
    # Photo: maroon polyester velvet party blazer, black shirt, black trousers. CAP. Base-style opening (maroon as
    # red, fine); the velvet called cotton; stops on "patterns" with no full stop.
    case(
        "X1582-030",
        caption(
            "a man in a red jacket and black pants. His jacket has long sleeves, cotton fabric and pure color "
            "patterns. It has a lapel neckline. The pants this man wears is of long length. The pants are with cotton "
            "fabric and pure color patterns",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a red jacket and black pants"),
        garment_type("jacket"),
        color("red"),
        sleeve("long sleeves"),
        material("cotton", "unsupported"),
        gender="Men",
        title="Park Avenue Men Maroon Solid Velvet Slim Fit Party Blazer",
        category="Blazers",
        color="Maroon",
    ),
    # Photo: olive crew-neck pullover with the sleeves pushed up to the elbows, black jeans. CAP. "medium-sleeve":
    # the sleeves are long, only pushed up. Also cut.
    case(
        "X1582-031",
        caption(
            "The gentleman wears a medium-sleeve sweater with pure color patterns. The sweater is with knitting fabric "
            "and its neckline is round. The pants the gentleman wears is of long length. The pants are with denim "
            "fabric and pure color patterns. There is an accessory on",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a medium-sleeve sweater with pure color patterns", "unsupported"),
        garment_type("sweater"),
        color("pure color", "non_answer"),
        sleeve("medium-sleeve", "unsupported"),
        material("knitting"),
        gender="Men",
        title="Allen Solly Men Olive Solid Pullover Sweater",
        category="Sweaters",
        color="Olive",
    ),
    # Photo: black self-design (tone-on-tone jacquard, polyester blend) Nehru jacket over a white kurta, white
    # churidar. CAP. Reads solid, fair; the blend called cotton; cut.
    case(
        "X1582-032",
        caption(
            "This man wears a sleeveless vest with pure color patterns. The vest is with cotton fabric and its "
            "neckline is stand-up. This man wears a long-sleeve shirt under the vest. The pants this man wears is of "
            "long length. The pants are with",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a sleeveless vest"),
        garment_type("vest"),
        pattern("pure color"),
        sleeve("sleeveless"),
        material("cotton", "unsupported"),
        details("its neckline is stand-up"),
        gender="Men",
        title="Manyavar Men Black Self-Design Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
    ),
    # Photo: navy full-zip sweatshirt with a stand collar, zipped, grey joggers. CAP. Called a jacket (a sweat jacket:
    # left correct); cut; the material span is the bare word "fabric".
    case(
        "X1582-033",
        caption(
            "This man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is stand-up. The pants this man wears is of long length. The pants are with cotton fabric and "
            "pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket"),
        garment_type("jacket"),
        color("pure color", "non_answer"),
        sleeve("long-sleeve"),
        material("fabric", "restated"),
        gender="Men",
        title="Nautica Men Navy Blue Solid Zip-Front Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # Photo: red and black buffalo-check flannel shacket worn open over a black tee, black jeans. CAP. Shacket as a
    # shirt, fine; cut.
    case(
        "X1582-034",
        caption(
            "This man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The pants this man wears is of long length. The pants are with denim fabric and pure "
            "color patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with lattice patterns"),
        garment_type("shirt"),
        color("lattice", "non_answer"),
        pattern("lattice"),
        sleeve("long-sleeve"),
        material("cotton"),
        gender="Men",
        title="Roadster Men Red & Black Checked Pure Cotton Shacket",
        category="Jackets",
        color="Red",
    ),
    # Photo: flat lay, grey melange crew-neck sweatshirt with a red logo on the chest, nothing else in the frame. CAP.
    # A man and denim pants are invented; the material answer takes the invented pants' denim.
    case(
        "X1582-035",
        caption(
            "This man wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric and its "
            "neckline is round. The pants this man wears is of long length. The pants are with denim fabric and pure "
            "color patterns. There",
            "unsupported",
            hit_limit=True,
        ),
        garment_type("sweater", "contradiction"),
        color("graphic", "non_answer"),
        pattern("graphic"),
        sleeve("long-sleeve"),
        material("denim", "contradiction"),
        gender="Men",
        title="Levis Men Grey Melange Brand Logo Printed Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # Photo: brown checked wool-blend blazer over a cream turtleneck, dark brown trousers. CAP. Wool blend called
    # cotton; cut.
    case(
        "X1582-036",
        caption(
            "This man wears a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. His upper clothing is a long-sleeve sweater with pure color patterns. The pants this "
            "man wears is of long length. The pants",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with lattice patterns"),
        garment_type("jacket"),
        color("", "non_answer"),
        pattern("lattice"),
        sleeve("long-sleeve"),
        material("cotton", "contradiction"),
        gender="Men",
        title="Van Heusen Men Brown Checked Slim Fit Single-Breasted Wool Blend Casual Blazer",
        category="Blazers",
        color="Brown",
    ),
    # Photo: black faux-leather biker jacket with an asymmetric zip, white tee, grey jeans. CAP. Right; cut.
    case(
        "X1582-037",
        caption(
            "a man in a black leather jacket and grey jeans. His jacket has long sleeves, leather fabric and pure "
            "color patterns. It has a lapel neckline. The pants this man wears is of long length. The pants are with "
            "denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a black leather jacket and grey jeans"),
        garment_type("leather jacket"),
        color("black"),
        sleeve("long sleeves"),
        material("leather"),
        gender="Men",
        title="WROGN Men Black Solid Biker Jacket",
        category="Jackets",
        color="Black",
    ),
    # Photo: maroon brocade Nehru jacket with gold floral motifs, over a cream kurta. CAP. Loops on the fabric
    # sentence.
    case(
        "X1582-038",
        caption(
            "This man wears a sleeveless vest with floral patterns. The vest is with cotton fabric and its neckline is "
            "stand-up. The vest is with cotton fabric and its neckline is stand-up. The vest is with cotton fabric and "
            "its neckline",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless vest with floral patterns"),
        garment_type("vest"),
        color("floral", "non_answer"),
        pattern("floral"),
        material("cotton", "unsupported"),
        gender="Men",
        title="Sojanya Men Maroon Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
    ),
    # Photo: mustard hoodie with a text print on the chest, blue jeans, a skateboard under the arm. CAP. Base-style
    # opening with the prop; ends on a full stop; all true (mustard as yellow).
    case(
        "X1582-039",
        caption(
            "a man holding a skateboard in a yellow hoodie. His hoodie has long sleeves, cotton fabric and graphic "
            "patterns. It has a hooded neckline. The pants this man wears is of long length. The pants are with denim "
            "fabric.",
            hit_limit=True,
        ),
        wearing("a yellow hoodie"),
        garment_type("hoodie"),
        color("yellow"),
        pattern("graphic"),
        sleeve("long sleeves"),
        material("cotton"),
        gender="Men",
        title="Flying Machine Men Mustard Yellow Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
    ),
    # Photo: rust sleeveless nylon puffer gilet over a white full-sleeve sweatshirt, navy jeans. CAP. The caption has
    # both layers right but is cut; the wearing and sleeve answers take the inner sweatshirt.
    case(
        "X1582-040",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric and its "
            "neckline is round. His outer clothing is a sleeveless vest with pure color patterns. The pants this man "
            "wears is of long length. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns", "contradiction"),
        garment_type("vest"),
        color("pure color", "non_answer"),
        sleeve("long-sleeve", "contradiction"),
        material("cotton", "unsupported"),
        gender="Men",
        title="Monte Carlo Men Rust Orange Solid Sleeveless Puffer Jacket",
        category="Jackets",
        color="Rust",
    ),
    # Photo: grey melange V-neck pullover over a white shirt, navy chinos. CAP. Loops on the shirt sentence. No
    # gender in this row.
    case(
        "X1582-041",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric "
            "and its neckline is V-shape. The gentleman wears a long-sleeve shirt under the sweater. The gentleman "
            "wears a long-sleeve shirt under the sweater. The gentleman",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        garment_type("sweater"),
        color("pure color", "non_answer"),
        pattern("pure color"),
        material("knitting"),
        details("its neckline is V-shape"),
        title="Raymond Men Grey Melange Solid V-Neck Pullover",
        category="Sweaters",
        color="Grey Melange",
    ),
    # Photo: off-white crew-neck sweatshirt, black trousers. CAP. Caption right, cut; the color answer takes the
    # trousers' black.
    case(
        "X1582-042",
        caption(
            "a man in a white sweatshirt and black pants. His sweatshirt has long sleeves, cotton fabric and pure "
            "color patterns. The neckline of it is round. The pants this man wears is of long length. The pants are "
            "with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a white sweatshirt and black pants"),
        garment_type("sweatshirt"),
        color("black", "other_garment_color"),
        pattern("pure color"),
        sleeve("long sleeves"),
        material("cotton"),
        gender="Men",
        title="HERE&NOW Men Off-White Solid Sweatshirt",
        category="Sweatshirts",
        color="Off White",
    ),
    # Photo: grey polyester hooded track jacket, zipped, black joggers. CAP. The base model's one color: the joggers
    # are black, not grey. Also cut.
    case(
        "X1582-043",
        caption(
            "a man in a grey jacket and grey pants. His jacket has long sleeves, cotton fabric and pure color "
            "patterns. It has a hooded neckline. The pants this man wears is of long length. The pants are with "
            "cotton fabric and pure color patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a grey jacket and grey pants", "contradiction"),
        garment_type("jacket"),
        color("grey"),
        sleeve("long sleeves"),
        material("cotton", "unsupported"),
        gender="Men",
        title="Puma Men Grey Solid Hooded Sporty Jacket",
        category="Jackets",
        color="Grey",
    ),
    # Photo: navy knitted sleeveless V-neck pullover over a white shirt, grey trousers. CAP. Caption right (the shirt,
    # then the vest), cut; the wearing answer takes the shirt, the material answer the shirt's cotton.
    case(
        "X1582-044",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. His outer clothing is a sleeveless vest with pure color patterns. The pants this man "
            "wears is of long length. The pants",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        garment_type("vest"),
        color("pure color", "non_answer"),
        sleeve("sleeveless"),
        material("cotton", "unsupported"),
        gender="Men",
        title="Louis Philippe Men Navy Blue Solid Sleeveless Pullover",
        category="Sweaters",
        color="Navy Blue",
    ),
    # Photo: back view, green crew-neck sweatshirt, black jeans, bare head. CAP. The head accessory is invented, and
    # the sweatshirt is a sweater again. No articleType in this row.
    case(
        "X1582-045",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "pants this man wears is of long length. The pants are with denim fabric and pure color patterns. There "
            "is an accessory on his head. There is",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater", "contradiction"),
        garment_type("sweater", "contradiction"),
        color("pure color", "non_answer"),
        sleeve("long-sleeve"),
        material("cotton"),
        gender="Men",
        title="Highlander Men Green Solid Sweatshirt",
        color="Green",
    ),
]
