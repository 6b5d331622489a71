"""BLIND_1378 (45 products; Myntra kids' wear, VQA adapter, yes/no garment questions): written blind in the sixty-fourth
session. Measured blind at bfeca02 (the session's second rules): 75/82 failures found (91.5%) and 5/210 correct texts
flagged (2.4%). The writer's notes, verbatim:

Scenario: a Myntra kids' wear feed (boys' and girls' t-shirts, shorts, frocks, tops, co-ord sets, kurta sets, a
lehenga, a jumpsuit, dungarees, night suits). Catalog columns as the feed has them: title, category (Myntra's article
type: Tshirts, Shorts, Dresses, Tops, Kurta Sets, Clothing Set, ...), color (Myntra's base colour) and gender (Boys /
Girls); a few rows lack one of them. The photos are the feed's first image: mostly a child on a plain white or grey
backdrop wearing the product with other clothes (the t-shirt with shorts, the shorts with a t-shirt), two flat lays,
one back view, a few props (a straw hat held in the hand, a stool, a Christmas tree).
Who wrote what: every text comes from BLIP-2 OPT-2.7b with the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA), 8-bit,
greedy, one generate per prompt; the caption is the same adapter's output for an empty prompt (50 new tokens), the
answers use `Question: ... Answer:` (30 new tokens). Closed questions (type, color, pattern, sleeve length, the
yes/no garment questions) keep the raw text when it does not map to a candidate. Most short answers end early (the
adapter learned the padding after the answer); the rest loop, run into the next `Question:` or stop at the limit.
Labeling conventions and judgement calls: judged against the photo I imagined and the title. In free text (caption,
wearing) "dress" for a kurta or lehenga worn over pants or a skirt is the plain-English word and left unmarked; the
closed garment type and "yes" to "Is this a dress?" for a kurta set, lehenga, co-ord or jumpsuit are marked
contradiction (they fill the catalog field). A color answer that gives the color of the other garment in the photo
(the t-shirt's for shorts, the jeans' for a top) is other_garment_color; a garment type or pattern of the other
garment is contradiction. For a set, the product's color is the seller's base colour (the kurta's, not the jacket's).
Materials: unmarked when the title says it or the photo makes it obvious (denim, velvet, tulle); invented ones are
unsupported; "denim" for a top whose title says cotton (the shorts' material) is contradiction. A caption or answer
that runs into `Question:` is leak even when it then repeats; a pure repetition to the limit is loop; a sentence
stopped at the limit without repeating is cut. "he/boy" for a girl or "she/girl" for a boy is pronoun. An empty answer
or "yes" as a caption is non_answer; echoing the question's words is restated. "No" to "Is this a t-shirt?" for a
polo-collar t-shirt is marked contradiction because the title calls it a t-shirt; "a white t-shirt" for a pack of two
is contradiction (the count); "a hat" that the girl holds in her hand is unsupported; invented shoes, pockets, slits
and a front on a back view are unsupported.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, describe, details, is_a, wearing

BLIND_1378 = [
    # 001 photo: a boy (about 6) on a white backdrop in a navy t-shirt with a yellow-green dinosaur print, grey melange
    # shorts, white sneakers. All texts: the VQA adapter.
    case(
        "X1378-001",
        caption("a young boy wearing a blue t-shirt with a dinosaur on it"),
        wearing("a blue t-shirt and grey shorts"),
        Q.color("blue"),
        Q.pattern("graphic"),
        is_a("dress", "no"),
        is_a("t-shirt", "yes"),
        gender="Boys",
        title="YK Boys Navy Blue Dinosaur Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # 002 photo: a girl (about 5) in a pink sleeveless fit-and-flare dress with small white flowers, white sandals, a
    # pink hairband; grey backdrop. All texts: the VQA adapter; the caption ran into the prompt format.
    case(
        "X1378-002",
        caption(
            "Question: What is the color of the dress? Answer: pink Question: What is the color of the dress? Answer:"
            " pink Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        wearing("a pink dress"),
        Q.garment_type("dress"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        is_a("dress", "yes"),
        gender="Girls",
        title="Hopscotch Girls Pink Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Pink",
    ),
    # 003 photo: a boy in a white t-shirt with a small chest print, olive chino shorts, brown loafers; white backdrop.
    # The product is the shorts. All texts: the VQA adapter; the color answer is the t-shirt's.
    case(
        "X1378-003",
        caption("a boy in a white t-shirt and green shorts standing in front of a white wall"),
        wearing("white t-shirt and green shorts"),
        Q.color("white", "other_garment_color"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("dress", "no"),
        Q.material("cotton"),
        gender="Boys",
        title="Gini and Jony Boys Olive Green Solid Regular Fit Cotton Shorts",
        category="Shorts",
        color="Olive",
    ),
    # 004 photo: a girl in a knee-length yellow straight kurta with a pink floral block print, pink sharara, a pink
    # dupatta over one shoulder, juttis. All texts: the VQA adapter.
    case(
        "X1378-004",
        caption("a little girl wearing a yellow dress and pink pants"),
        wearing("yellow top and pink pants"),
        Q.garment_type("dress", "contradiction"),
        is_a("dress", "yes", "contradiction"),
        is_a(
            "kurta",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes"
            " yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        Q.color("yellow"),
        gender="Girls",
        title="Bitiya by Bhama Girls Yellow & Pink Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # 005 photo: flat lay on white, no child: a red and navy horizontally striped half-sleeve t-shirt above navy
    # shorts. All texts: the VQA adapter; the wearing answer repeated itself to the limit.
    case(
        "X1378-005",
        caption("a red and blue striped shirt and blue shorts"),
        wearing(
            "a red and blue striped shirt and blue shorts and a red and blue striped shirt and blue shorts and a red"
            " and blue",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        Q.color("red"),
        Q.sleeve_length("short sleeve"),
        is_a("dress", "no"),
        gender="Boys",
        title="Babyhug Boys Red & Navy Blue Striped T-shirt with Shorts",
        category="Clothing Set",
        color="Red",
    ),
    # 006 photo: a girl in a white t-shirt-style top with a glitter unicorn print and blue denim shorts; white
    # backdrop. All texts: the VQA adapter; color and material answers are the shorts'.
    case(
        "X1378-006",
        caption("a girl wearing a white shirt with a unicorn on it and blue jean shorts"),
        wearing("white t-shirt with a unicorn and denim shorts"),
        Q.color("blue", "other_garment_color"),
        Q.garment_type("tee"),
        Q.material("denim", "contradiction"),
        is_a("dress", "no"),
        gender="Girls",
        title="H&M Girls White Unicorn Printed Cotton Top",
        category="Tops",
        color="White",
    ),
    # 007 photo: a boy in a cream full-sleeve straight kurta with a mandarin collar, maroon churidar pyjama, mojaris.
    # All texts: the VQA adapter.
    case(
        "X1378-007",
        caption("a young boy in a white kurta and red pants"),
        wearing("a white shirt and red pants"),
        Q.garment_type("dress", "contradiction"),
        Q.color("white"),
        is_a("kurta", "no", "contradiction"),
        is_a("dress", "no"),
        Q.sleeve_length("long sleeve"),
        gender="Boys",
        title="YK Boys Cream-Coloured & Maroon Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
    ),
    # 008 photo: a girl in a navy tiered midi dress with white polka dots, short puff sleeves, white shoes. All texts:
    # the VQA adapter; the navy reads dark in the studio light but is plainly blue; the description stopped at 30
    # tokens.
    case(
        "X1378-008",
        caption("a little girl in a blue polka dot dress"),
        wearing("a dress"),
        Q.pattern("polka dot"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.color("black", "contradiction"),
        is_a("dress", "yes"),
        describe(
            "dress",
            "the dress is navy blue with white polka dots, short puff sleeves and a tiered skirt that falls below the"
            " knees. it has a round neck and a",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Nauti Nati Girls Navy Blue Polka Dot Tiered Fit and Flare Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # 009 photo: a boy in a grey melange t-shirt with black "WEEKEND MODE" lettering, black joggers. All texts: the VQA
    # adapter; the yes/no answer ran into the next prompt; nothing shows wool.
    case(
        "X1378-009",
        caption("a boy wearing a grey t-shirt that says weekend mode"),
        wearing("grey t-shirt and black pants"),
        Q.color("grey"),
        Q.pattern("graphic"),
        is_a(
            "t-shirt",
            "yes Question: Is this a t-shirt? Answer: yes Question: Is this a t-shirt? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        is_a("dress", "no"),
        Q.material("wool", "unsupported"),
        gender="Boys",
        title="max Boys Grey Melange Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # 010 photo: a girl in a matching peach co-ord: a top with ruffled short sleeves and shorts with white lace trim.
    # All texts: the VQA adapter.
    case(
        "X1378-010",
        caption("a girl wearing a pink top and shorts"),
        wearing("she is wearing a pink top and pink shorts"),
        Q.garment_type("romper", "contradiction"),
        is_a("dress", "yes", "contradiction"),
        Q.color("pink"),
        Q.sleeve_length("short sleeve"),
        gender="Girls",
        title="Cherry Crumble Girls Peach-Coloured Ruffled Top with Shorts",
        category="Clothing Set",
        color="Peach",
    ),
    # 011 photo: a boy in a white polo t-shirt worn untucked, navy shorts, white sneakers. The product is the shorts.
    # All texts: the VQA adapter; type and color answers are the polo's.
    case(
        "X1378-011",
        caption("a young boy wearing a white polo shirt and navy blue shorts"),
        wearing("white shirt and blue shorts"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("polo shirt", "contradiction"),
        is_a("shorts", "yes", article="a pair of"),
        Q.pattern("solid"),
        gender="Boys",
        title="U.S. Polo Assn. Kids Boys Navy Blue Solid Regular Fit Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # 012 photo: a girl in a pink flared lehenga with a gold zari border, a pink blouse with gold work, a net dupatta.
    # All texts: the VQA adapter.
    case(
        "X1378-012",
        caption("a little girl in a pink and gold dress"),
        wearing(
            "a pink dress with gold embroidery and a pink dress with gold embroidery and a pink dress with gold"
            " embroidery and a pink",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress", "contradiction"),
        is_a("dress", "yes", "contradiction"),
        is_a("lehenga", "yes"),
        Q.color("pink"),
        gender="Girls",
        title="Aarika Girls Pink & Gold-Toned Embroidered Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # 013 photo: a boy in a yellow t-shirt with a Minions print, blue denim shorts. All texts: the VQA adapter.
    case(
        "X1378-013",
        caption("a boy in a yellow shirt with minions on it"),
        wearing("a yellow t-shirt with a minion on it and blue jean shorts"),
        Q.color("yellow"),
        is_a("t-shirt", "yes"),
        is_a("dress", "yes", "contradiction"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeve"),
        gender="Boys",
        title="Kids Ville Boys Yellow Minions Printed T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # 014 photo: a girl in a red and white gingham A-line dress with short flutter sleeves, white sneakers. All texts:
    # the VQA adapter.
    case(
        "X1378-014",
        caption("a little girl wearing a red and white checkered dress"),
        wearing("a red and white checkered dress"),
        Q.pattern("lattice"),
        Q.color("red"),
        Q.sleeve_length("long sleeve", "contradiction"),
        is_a("dress", "yes"),
        is_a("t-shirt", "yes", "contradiction"),
        describe("dress", "the dress is red and white"),
        gender="Girls",
        title="Peppermint Girls Red Checked A-Line Dress",
        category="Dresses",
        color="Red",
    ),
    # 015 photo: a boy in a white half-sleeve shirt with a small blue anchor print all over, blue shorts. All texts:
    # the VQA adapter; the caption is a bare "yes". No gender column in this row.
    case(
        "X1378-015",
        caption("yes", "non_answer"),
        wearing("he is wearing a white shirt and blue shorts"),
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.pattern("pure color", "contradiction"),
        is_a("dress", "no"),
        title="Hopscotch Boys White & Blue Anchor Print Shirt with Shorts Set",
        category="Clothing Set",
        color="White",
    ),
    # 016 photo: a girl with a short bob in a lavender t-shirt and white leggings. All texts: the VQA adapter; the
    # caption calls her a boy.
    case(
        "X1378-016",
        caption("a young boy wearing a purple t-shirt and white pants", "pronoun"),
        wearing("a purple shirt and white leggings"),
        Q.color("purple"),
        Q.material("cotton"),
        is_a("t-shirt", "yes"),
        Q.pattern("solid"),
        describe(
            "t-shirt",
            "the t-shirt is a light purple color with a round neck and short sleeves. it is a plain t-shirt with no"
            " print on it and it has a",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Marks & Spencer Girls Lavender Solid Pure Cotton T-shirt",
        category="Tshirts",
        color="Lavender",
    ),
    # 017 photo: a boy in a navy printed kurta, white pyjama and a mustard Nehru jacket over the kurta. All texts: the
    # VQA adapter; the color answer is the jacket's.
    case(
        "X1378-017",
        caption("a young boy in a blue kurta and yellow vest"),
        wearing("a yellow vest, a blue shirt and white pants"),
        Q.color("yellow", "other_garment_color"),
        is_a("kurta", "yes"),
        is_a("dress", "no"),
        Q.sleeve_length("long sleeve"),
        gender="Boys",
        title="Aj DEZInES Boys Navy Blue Printed Kurta with Pyjamas & Nehru Jacket",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # 018 photo: a girl in an olive sleeveless jumpsuit with a tie belt, white sneakers. All texts: the VQA adapter.
    case(
        "X1378-018",
        caption("a young girl in a green jumpsuit"),
        wearing("a green romper"),
        Q.garment_type("romper"),
        is_a("dress", "yes", "contradiction"),
        Q.color("green"),
        Q.sleeve_length("sleeveless"),
        Q.material("the material of the garment", "restated"),
        gender="Girls",
        title="StyleStone Girls Olive Green Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Olive",
    ),
    # 019 photo: a boy in a red polo-collar t-shirt and beige chinos. All texts: the VQA adapter; the wearing answer
    # repeated itself to the limit.
    case(
        "X1378-019",
        caption("a young boy wearing a red polo shirt and khaki pants"),
        wearing(
            "red polo shirt and khaki pants and red polo shirt and khaki pants and red polo shirt and khaki pants and"
            " red polo",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("polo shirt"),
        is_a("t-shirt", "no", "contradiction"),
        Q.color("red"),
        Q.pattern("solid"),
        gender="Boys",
        title="Allen Solly Junior Boys Red Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # 020 photo: a girl in a white maxi dress with a multicolour floral print and flutter sleeves, holding a straw hat
    # in her hand (not wearing it). All texts: the VQA adapter.
    case(
        "X1378-020",
        caption("a little girl in a floral dress holding a hat"),
        wearing("a white floral dress and a hat", "unsupported"),
        Q.color("white"),
        Q.pattern("floral"),
        is_a("dress", "yes"),
        Q.sleeve_length("short sleeve"),
        describe(
            "dress",
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral floral"
            " floral floral floral floral floral floral floral floral floral floral floral floral floral floral floral",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Bella Moda Girls Multicoloured Floral Printed Maxi Dress",
        category="Dresses",
        color="Multi",
    ),
    # 021 photo: flat lay on white, no child: charcoal cargo shorts with side flap pockets and a drawstring. All texts:
    # the VQA adapter; nothing shows denim.
    case(
        "X1378-021",
        caption("a pair of grey shorts with pockets on a white background"),
        wearing("grey shorts"),
        Q.color("grey"),
        Q.garment_type("shorts"),
        is_a("shorts", "yes", article="a pair of"),
        details("shorts", "shorts have pockets on the side and a drawstring at the waist"),
        Q.material("denim", "unsupported"),
        gender="Boys",
        title="Pantaloons Junior Boys Charcoal Grey Solid Cargo Shorts",
        category="Shorts",
        color="Charcoal",
    ),
    # 022 photo: a girl in a green straight kurta with a white bandhani print and white palazzos. All texts: the VQA
    # adapter; the caption is a whole question-and-answer.
    case(
        "X1378-022",
        caption("Question: What is the girl wearing? Answer: a green and white dress", "leak"),
        wearing(
            "green and white kurta and white pants Question: What is the color of the kurta? Answer: green Question:"
            " What is the",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("kurta"),
        Q.color("green"),
        Q.pattern("printed"),
        is_a("dress", "no"),
        is_a("kurta", "yes"),
        gender="Girls",
        title="Sangria Girls Green & White Bandhani Printed Straight Kurta with Palazzos",
        category="Kurta Sets",
        color="Green",
    ),
    # 023 photo: a boy with short hair in a black t-shirt with a red Spider-Man print, red shorts. All texts: the VQA
    # adapter; the wearing answer says "she", the color answer is the shorts'.
    case(
        "X1378-023",
        caption("a boy in a black t-shirt with spiderman on it"),
        wearing("she is wearing a black t-shirt and red shorts", "pronoun"),
        Q.color("red", "other_garment_color"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeve"),
        is_a(
            "dress",
            "no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Marvel by Wear Your Mind Boys Black Spider-Man Printed T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # 024 photo: a girl in a mustard rib-knit full-sleeve top tucked into blue jeans. All texts: the VQA adapter. The
    # free texts' "sweater" is the photo's look and left unmarked; the closed type is marked.
    case(
        "X1378-024",
        caption("a girl wearing a yellow sweater and blue jeans"),
        wearing("yellow sweater and jeans"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("blue", "other_garment_color"),
        Q.sleeve_length("long sleeve"),
        is_a("dress", "no"),
        gender="Girls",
        title="Pantaloons Junior Girls Mustard Yellow Ribbed Top",
        category="Tops",
        color="Mustard",
    ),
    # 025 photo: a toddler in a green full-sleeve top and pyjama both printed with small dinosaurs; plain grey backdrop.
    # All texts: the VQA adapter; the title says cotton, not fleece.
    case(
        "X1378-025",
        caption("a baby in green pajamas with dinosaurs on them"),
        wearing("green pajamas"),
        Q.garment_type("pajamas"),
        Q.pattern("graphic"),
        Q.color("green"),
        is_a("dress", "no"),
        Q.material("fleece", "unsupported"),
        gender="Boys",
        title="Babyhug Boys Green Dinosaur Printed Cotton Night Suit",
        category="Night suits",
        color="Green",
    ),
    # 026 photo: back view: a girl seen from behind in a yellow sundress with criss-cross straps on the back. All
    # texts: the VQA adapter; the description invents a front it cannot see.
    case(
        "X1378-026",
        caption("a little girl in a yellow dress with her back to the camera"),
        wearing("a yellow dress"),
        Q.sleeve_length("sleeveless"),
        is_a("dress", "yes"),
        describe("dress", "the dress has a white collar and buttons down the front", "unsupported"),
        Q.material("cotton"),
        gender="Girls",
        title="H&M Girls Yellow Solid Cotton Sundress",
        category="Dresses",
        color="Yellow",
    ),
    # 027 photo: flat lay of a pack of two: a white t-shirt with a blue car print and a navy and white striped
    # t-shirt side by side. All texts: the VQA adapter; the wearing answer sees one t-shirt.
    case(
        "X1378-027",
        caption("two t-shirts, one white and one blue, on a white background"),
        wearing("a white t-shirt", "contradiction"),
        Q.color("white"),
        Q.pattern("striped"),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        gender="Boys",
        title="Mothercare Boys Pack of 2 Printed T-shirts",
        category="Tshirts",
        color="White",
    ),
    # 028 photo: a girl in short blue denim dungarees over a pink and white striped t-shirt. All texts: the VQA
    # adapter; the color answer is the t-shirt's.
    case(
        "X1378-028",
        caption("a little girl wearing a denim overall and a striped shirt"),
        wearing("denim overalls and a pink and white striped shirt"),
        Q.garment_type("denim"),
        Q.color("pink", "other_garment_color"),
        is_a("dress", "yes", "contradiction"),
        Q.material("denim"),
        gender="Girls",
        title="Mothercare Girls Blue Denim Dungarees with T-shirt",
        category="Dungarees",
        color="Blue",
    ),
    # 029 photo: a boy in a plain white kurta and white pyjama; white backdrop. All texts: the VQA adapter; the caption
    # repeated itself to the limit.
    case(
        "X1378-029",
        caption(
            "a boy wearing a white shirt and white pants and a white shirt and white pants and a white shirt and white"
            " pants and a white shirt and white pants and a white shirt and white",
            "loop",
            hit_limit=True,
        ),
        wearing("white kurta"),
        Q.garment_type("this is a type of garment", "restated"),
        Q.color("white"),
        is_a("kurta", "yes"),
        is_a("dress", "no"),
        Q.material("cotton"),
        gender="Boys",
        title="Fabindia Boys White Cotton Kurta Pyjama Set",
        category="Kurta Sets",
        color="White",
    ),
    # 030 photo: a girl with long hair in a pink t-shirt with sequin "SPARKLE" lettering, black leggings, white
    # sneakers. All texts: the VQA adapter; the color answer is the leggings', the shoes are not pink.
    case(
        "X1378-030",
        caption("a girl in a pink shirt and black leggings"),
        wearing("pink shirt and black leggings and pink shoes", "unsupported"),
        Q.color("black", "other_garment_color"),
        Q.pattern("graphic"),
        is_a("t-shirt", "yes"),
        is_a("dress", "yes", "contradiction"),
        gender="Girls",
        title="YK Girls Pink Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Pink",
    ),
    # 031 photo: a boy, hand in pocket, in a white logo t-shirt and blue washed denim shorts. The product is the
    # shorts. All texts: the VQA adapter.
    case(
        "X1378-031",
        caption("a young boy in a white t-shirt and denim shorts"),
        wearing("white t-shirt and blue jean shorts"),
        Q.garment_type("tee", "contradiction"),
        is_a("shorts", "no", "contradiction", article="a pair of"),
        Q.color("blue"),
        Q.material("denim"),
        gender="Boys",
        title="Levis Boys Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # 032 photo: a girl in a black and white horizontally striped t-shirt dress, red sneakers. All texts: the VQA
    # adapter; the description invents a side slit.
    case(
        "X1378-032",
        caption("a little girl in a black and white striped dress"),
        wearing("she is wearing a striped dress and red shoes"),
        Q.color("black"),
        Q.pattern("striped"),
        is_a("dress", "yes"),
        Q.sleeve_length("short sleeve"),
        describe(
            "dress",
            "the dress is black and white striped with short sleeves and a round neck. it has a slit on the side.",
            "unsupported",
        ),
        gender="Girls",
        title="Cherry Crumble Girls Black & White Striped T-shirt Dress",
        category="Dresses",
        color="Black",
    ),
    # 033 photo: a boy in an olive full-sleeve henley t-shirt (thin jersey, not a knit) and blue jeans. All texts: the
    # VQA adapter.
    case(
        "X1378-033",
        caption("a young boy wearing a green shirt and jeans"),
        wearing("a green long sleeve shirt and blue jeans"),
        Q.sleeve_length("short sleeve", "contradiction"),
        Q.color("green"),
        is_a("t-shirt", "yes"),
        Q.garment_type("sweater", "contradiction"),
        gender="Boys",
        title="Gini and Jony Boys Olive Green Henley Neck Full Sleeve T-shirt",
        category="Tshirts",
        color="Olive",
    ),
    # 034 photo: a girl in a maroon anarkali kurta flaring to mid-calf with a gold motif print, churidar, dupatta,
    # three-quarter sleeves. All texts: the VQA adapter.
    case(
        "X1378-034",
        caption("a little girl wearing a red dress with gold flowers"),
        wearing("red dress"),
        is_a("dress", "yes", "contradiction"),
        is_a("kurta", "no", "contradiction"),
        Q.color("red"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeve"),
        gender="Girls",
        title="Biba Girls Maroon Ethnic Motifs Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # 035 photo: a boy with a crew cut in a navy t-shirt with a "ROAR" print and grey joggers. All texts: the VQA
    # adapter; the caption calls him a girl, the color answer repeated the joggers' grey to the limit.
    case(
        "X1378-035",
        caption("a young girl wearing a blue shirt and grey pants", "pronoun"),
        wearing("a blue t-shirt and grey sweatpants"),
        Q.color(
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey"
            " grey grey grey grey grey grey grey grey grey",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("tee"),
        is_a("dress", "no"),
        gender="Boys",
        title="Little Kangaroos Boys Navy Blue & Grey T-shirt with Joggers",
        category="Clothing Set",
        color="Navy Blue",
    ),
    # 036 photo: a girl in a blue and white vertically striped sleeveless ruffled top and white shorts. All texts: the
    # VQA adapter; nothing shows linen.
    case(
        "X1378-036",
        caption("a little girl wearing a blue and white striped top and white shorts"),
        wearing("a blue and white striped shirt and white shorts"),
        Q.garment_type("blouse"),
        Q.sleeve_length("sleeveless"),
        Q.color("blue"),
        is_a("dress", "yes", "contradiction"),
        Q.material("linen", "unsupported"),
        gender="Girls",
        title="Naughty Ninos Girls Blue & White Striped Ruffled Top",
        category="Tops",
        color="Blue",
    ),
    # 037 photo: a boy mid-stride in a teal sporty t-shirt with a small reflective print, black track shorts. All
    # texts: the VQA adapter; the caption stopped at 50 tokens, the color answer is the shorts'.
    case(
        "X1378-037",
        caption(
            "a young boy running in a blue shirt and black shorts on a white background with his arms out to the side"
            " and his left leg up in the air and his right leg on the ground and his head turned to the",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue shirt and black shorts"),
        Q.material("polyester"),
        Q.color("black", "other_garment_color"),
        is_a("t-shirt", "yes"),
        Q.pattern("solid"),
        gender="Boys",
        title="HRX by Hrithik Roshan Boys Teal Blue Rapid-Dry Running T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # 038 photo: a girl in a white sleeveless party dress, sequin bodice, layered tulle skirt, silver shoes, a tiara.
    # All texts: the VQA adapter; the details answer looped.
    case(
        "X1378-038",
        caption("a little girl in a white dress with a tiara"),
        wearing("a white dress"),
        Q.garment_type("dress"),
        Q.sleeve_length("sleeveless"),
        Q.material("tulle"),
        details(
            "dress",
            "the dress has a sequin top and a tulle skirt with layers of tulle and a sequin top and a tulle skirt with"
            " layers of tulle and a sequin top",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        gender="Girls",
        title="Hopscotch Girls White Embellished Layered Party Dress",
        category="Dresses",
        color="White",
    ),
    # 039 photo: a boy sitting on a wooden stool in a full-sleeve mustard kurta and white dhoti pants. All texts: the
    # VQA adapter. No color column in this row.
    case(
        "X1378-039",
        caption("a little boy sitting on a stool in a yellow kurta"),
        wearing("clothes", "non_answer"),
        Q.color("yellow"),
        is_a("kurta", "yes"),
        is_a("dress", "no"),
        Q.garment_type("kurta"),
        Q.sleeve_length("short sleeve", "contradiction"),
        gender="Boys",
        title="JBN Creation Boys Mustard Yellow Kurta with Dhoti Pants",
        category="Kurta Sets",
    ),
    # 040 photo: a girl in a white t-shirt with a rainbow print and plain pink shorts. The product is the shorts. All
    # texts: the VQA adapter; type, color and pattern answers are the t-shirt's.
    case(
        "X1378-040",
        caption("a little girl in a white shirt with a rainbow on it"),
        wearing("white shirt and pink shorts"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("tee", "contradiction"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("dress", "no"),
        Q.pattern("graphic", "contradiction"),
        gender="Girls",
        title="H&M Girls Pink Solid Cotton Shorts",
        category="Shorts",
        color="Pink",
    ),
    # 041 photo: a boy in a colour-block t-shirt (red chest panel, white middle, navy lower band) and navy shorts. All
    # texts: the VQA adapter; the yes/no answer ran into the next prompt.
    case(
        "X1378-041",
        caption("a boy in a red white and blue shirt"),
        wearing("red white and blue shirt and blue shorts"),
        Q.pattern("color block"),
        Q.color("red"),
        is_a(
            "t-shirt",
            "yes. Question: Is this a t-shirt? Answer: yes. Question: Is this a t-shirt? Answer: yes. Question: Is"
            " this a",
            "leak",
            hit_limit=True,
        ),
        is_a("dress", "no"),
        gender="Boys",
        title="Kids Ville Boys Multicoloured Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Multi",
    ),
    # 042 photo: a girl in a lavender t-shirt with a butterfly print and a matching lavender tutu skirt. All texts:
    # the VQA adapter.
    case(
        "X1378-042",
        caption("a little girl in a purple shirt and skirt"),
        wearing("a purple top and a purple tutu"),
        Q.garment_type("skirt"),
        is_a("dress", "yes", "contradiction"),
        Q.color("purple"),
        Q.pattern("graphic"),
        Q.sleeve_length("the sleeve length of the garment", "restated"),
        gender="Girls",
        title="Hopscotch Girls Lavender Butterfly Printed T-shirt with Tutu Skirt",
        category="Clothing Set",
        color="Lavender",
    ),
    # 043 photo: side view of a boy in a navy and white checked half-sleeve shirt and khaki chino shorts. The product
    # is the shorts. All texts: the VQA adapter; the pattern is the shirt's, the details answer stopped at 30 tokens.
    case(
        "X1378-043",
        caption("a young boy wearing a plaid shirt and khaki shorts"),
        wearing("a blue plaid shirt and khaki shorts"),
        Q.color("khaki"),
        Q.pattern("lattice", "contradiction"),
        is_a("shorts", "yes", article="a pair of"),
        Q.garment_type("shorts"),
        details(
            "shorts",
            "the shorts are khaki and have belt loops and a pocket on the back. the shorts have a button and zipper on"
            " the front and",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        title="Marks & Spencer Boys Khaki Solid Chino Shorts",
        category="Shorts",
        color="Khaki",
    ),
    # 044 photo: a girl with a pixie cut in a sea-green t-shirt with a cat print and blue jeans. All texts: the VQA
    # adapter; the caption calls her a boy; there is no pocket.
    case(
        "X1378-044",
        caption("a young boy in a green shirt with a cat on it", "pronoun"),
        wearing("a green t-shirt and jeans"),
        Q.color("green"),
        Q.pattern("graphic"),
        is_a("t-shirt", "yes"),
        Q.material("cotton"),
        describe("t-shirt", "the t-shirt is green with a cat on the front and a pocket on the chest", "unsupported"),
        gender="Girls",
        title="Pantaloons Junior Girls Sea Green Cat Printed Round Neck T-shirt",
        category="Tshirts",
        color="Sea Green",
    ),
    # 045 photo: a girl in a maroon velvet long-sleeve fit-and-flare dress with a satin bow at the waist, black tights,
    # standing next to a small Christmas tree. All texts: the VQA adapter; the yes/no answer came back empty.
    case(
        "X1378-045",
        caption("a little girl in a red dress standing next to a christmas tree"),
        wearing("a red dress and black tights"),
        Q.color("red"),
        Q.material("velvet"),
        Q.sleeve_length("long sleeve"),
        is_a("dress", "", "non_answer"),
        describe(
            "dress",
            "the dress is a red velvet dress with long sleeves and a bow at the waist and a bow at the waist and a bow"
            " at the waist and a bow",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="YK Girls Maroon Velvet Fit and Flare Party Dress",
        category="Dresses",
        color="Maroon",
    ),
]
