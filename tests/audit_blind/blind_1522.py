"""BLIND_1522 (45 products; Myntra kids' wear, VQA adapter, yes/no garment questions): written blind in the sixty-fifth
session. Measured blind at 71dbb3c (the session's sixth rules): 75/80 failures found (93.8%) and 14/198 correct texts
flagged (7.1%). The writer's notes, verbatim:

Scenario: a Myntra kids' wear feed (boys' and girls' t-shirts, shorts, frocks, kurta and lehenga sets, a few clothing
sets of a top with shorts). Columns as the feed has them: title, category (Myntra's article type: Tshirts, Shorts,
Dresses, Kurta Sets, Kurtas, Lehenga Choli, Clothing Set), color (the base colour) and gender (Boys / Girls); one
column is missing now and then. The photos are the catalog's usual shots: a child on a plain white or pastel
backdrop wearing the product with other clothes (a tee over the shorts, leggings under a kurta, a denim jacket over
a frock), a few flat lays, back views, and props (a teddy, a balloon, a basketball, a backpack).
Who wrote what: every caption is the untuned base Salesforce/blip2-opt-2.7b (no prompt, greedy, 50 new tokens);
every answer is the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA on the base ("Question: ... Answer:", greedy, 30 new
tokens, stopping on a newline when the model writes one). The job asks a few yes/no garment questions per product
("Is this a dress?", "Is this a t-shirt?", "Is this a pair of shorts?", "Is this a kurta?" on ethnic wear), the
closed type and color questions, and now and then pattern, sleeve length, material, "What is the person wearing?"
or the experiments' color/details questions. Closed answers are stored as the raw generation. The adapter never
learned to stop, so some answers loop or run on into the next "Question: ... Answer:"; it knows In-shop classes
(tee, blouse, dress, shorts, denim...) and vendor colors (navy, heather grey, cream), not kurtas or lehengas.
Labeling conventions and judgement calls: judged against the photo described above each case and the title. A yes/no
or type answer that names a garment the child wears but the product is not (yes to "Is this a t-shirt?" for shorts
worn under a tee) is a contradiction; a color answer that gives the product the color of the other garment is
other_garment_color, while an answer that gives another garment the product's color is a contradiction (one color
for two garments). A prop's color given as the garment's color is a contradiction. For sets (Clothing Set, Kurta
Sets, Lehenga Choli) naming either piece counts as right, but the color must be the main piece's (the base colour).
"dress" for a kurta or a lehenga set is wrong (the title says what it is); "shirt" or "outfit" for a kurta I let
pass. "he"/"she"/"girl"/"boy" that does not match the child in the photo is a pronoun failure, even when the child's
hair misleads. On a flat lay, naming the garment for "What is the person wearing?" is right; inventing a person is
unsupported. A material that the title contradicts, or a pocket or zip the photo does not show, is unsupported. An
answer that ran into the next prompt is a leak even when it also repeats; one that repeats the same word or clause
is a loop; one stopped mid-phrase (at the limit or not) is cut. Near-colors (maroon as red, peach or coral as pink,
lavender as purple, teal as green) count as right. Most short yes/no answers came out clean, so fewer than four in
ten texts are wrong here: about three in ten.
"""

from tests.audit_corpus import BLIND_QUESTIONS as BQ
from tests.audit_corpus import caption, case, color_of, details, is_a, wearing

BLIND_1522 = [
    # Photo: a boy (about 6) on a white backdrop in a navy round-neck tee with a white dinosaur print, grey knit shorts
    # and white sneakers. Caption: base model; answers: VQA adapter.
    case(
        "X1522-001",
        caption("a young boy wearing a blue t-shirt with a dinosaur on it"),
        BQ.garment_type("tee"),
        BQ.color("navy"),
        is_a("dress", "no"),
        is_a("t-shirt", "yes"),
        is_a("shorts", "yes", "contradiction", article="a pair of"),
        wearing("the girl is wearing a graphic tee and grey shorts", "pronoun"),
        gender="Boys",
        title="YK Boys Navy Blue Printed Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: a girl (about 4) in a pink sleeveless floral fit-and-flare frock and white sandals, holding a small white
    # teddy, pastel pink backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1522-002",
        caption("a little girl in a pink dress holding a teddy bear"),
        BQ.garment_type("dress"),
        BQ.color("pink floral"),
        is_a("dress", "yes"),
        is_a("t-shirt", "no"),
        BQ.sleeve_length(
            "sleeveless Question: What is the sleeve length of the garment? Answer: sleeveless Question: What is the"
            " sleeve length of the",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        title="Hopscotch Girls Pink Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: a boy in a white tee with a small chest print, untucked, over grey melange knit shorts with a drawstring;
    # front view, white backdrop. The product is the shorts. Caption: base model; answers: VQA adapter.
    case(
        "X1522-003",
        caption("a boy wearing a white t-shirt and grey shorts"),
        BQ.garment_type("tee", "contradiction"),
        BQ.color("white", "other_garment_color"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("t-shirt", "yes", "contradiction"),
        is_a("dress", "no"),
        gender="Boys",
        title="max Boys Grey Melange Solid Regular Fit Cotton Shorts",
        category="Shorts",
        color="Grey Melange",
    ),
    # Photo: a girl (about 8) in a knee-length mustard kurta with a red block print, mustard palazzos and a red dupatta
    # over one shoulder, plain beige backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1522-004",
        caption("a little girl in a yellow and red indian outfit"),
        BQ.garment_type("dress", "contradiction"),
        BQ.color("mustard"),
        is_a(
            "dress",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes"
            " yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        gender="Girls",
        title="Biba Girls Mustard Yellow Ethnic Motifs Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: a boy in a red pique polo with a navy-tipped collar and navy chino shorts, white backdrop. Caption: base
    # model; answers: VQA adapter.
    case(
        "X1522-005",
        caption("a young boy wearing a red polo shirt"),
        BQ.garment_type("polo shirt"),
        BQ.color("red-navy"),
        is_a("t-shirt", "yes"),
        is_a(
            "dress",
            "no Question: Is this a dress? Answer: no Question: Is this a dress? Answer: no Question: Is this a dress?"
            " Answer:",
            "leak",
            hit_limit=True,
        ),
        BQ.sleeve_length("short sleeves"),
        gender="Boys",
        title="U.S. Polo Assn. Kids Boys Red Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: a girl in a lavender tee with a white unicorn print and white shorts with lavender polka dots (a set),
    # white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1522-006",
        caption("a little girl wearing a purple shirt and white shorts"),
        BQ.garment_type("tee"),
        BQ.color("lavender"),
        BQ.pattern("graphic"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("dress", "dress", "restated"),
        is_a("t-shirt", "yes"),
        gender="Girls",
        title="YK Girls Lavender & White Printed Top with Shorts",
        category="Clothing Set",
        color="Lavender",
    ),
    # Photo: a boy (about 5) in a long cream silk-blend kurta with a mandarin collar and gold buttons, white churidar
    # pyjamas and brown mojaris, cream backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1522-007",
        caption("a little boy in a white kurta and white pants"),
        BQ.garment_type("dress", "contradiction"),
        BQ.color("cream"),
        is_a("dress", "yes", "contradiction"),
        is_a("kurta", "yes"),
        wearing(
            "he is wearing a blouse and pants and a blouse and pants and a blouse and pants and a blouse and pants and"
            " a blouse and",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Jashvi Boys Cream-Coloured Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
    ),
    # Photo: flat lay on white, a yellow short-sleeved tee with a sunflower print and the words "SUNNY DAYS"; no
    # person. Caption: base model; answers: VQA adapter.
    case(
        "X1522-008",
        caption("a yellow t-shirt with a sunflower on it"),
        BQ.garment_type("graphic tee"),
        BQ.color(
            "yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow",
            "loop",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        wearing("she is wearing a graphic tee", "unsupported"),
        gender="Girls",
        title="H&M Girls Yellow Printed Cotton T-shirt",
        category="Tshirts",
        color="Yellow",
    ),
    # Photo: a boy in blue washed denim shorts with turned-up hems, a white tee and an open blue checked shirt over it,
    # white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1522-009",
        caption("a young boy wearing a white t-shirt and blue shorts"),
        BQ.garment_type("denim"),
        BQ.color("blue"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("t-shirt", "no"),
        BQ.material("the garment is made of", "cut"),
        gender="Boys",
        title="Pantaloons Junior Boys Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: back view of a girl in a red A-line cotton frock with short flutter sleeves, a bow tied at the back waist
    # and a button placket at the back neck. Caption: base model; answers: VQA adapter.
    case(
        "X1522-010",
        caption("the back of a little girl in a red dress"),
        BQ.garment_type("dress"),
        BQ.color("pink", "contradiction"),
        is_a("dress", "yes"),
        BQ.sleeve_length("short sleeves"),
        details(
            "dress",
            "the dress has a bow on the back and a button on the back and a bow on the back and a button on the back"
            " and a bow",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Peppermint Girls Red Solid A-Line Cotton Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: a boy in a navy-and-white horizontally striped round-neck tee and khaki shorts, white backdrop. Caption:
    # base model; answers: VQA adapter.
    case(
        "X1522-011",
        caption("a boy in a striped shirt and khaki shorts"),
        BQ.garment_type("tee"),
        BQ.color("navy-white"),
        BQ.pattern("striped"),
        is_a("t-shirt", "yes"),
        is_a("shorts", "no", article="a pair of"),
        gender="Boys",
        title="Gini and Jony Boys Navy Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: a girl in a flared pink lehenga with a wide gold embroidered border, a short pink blouse and a sheer pink
    # net dupatta, cream backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1522-012",
        caption("a little girl in a pink and gold dress", "contradiction"),
        BQ.garment_type("skirt"),
        BQ.color(
            "pink-gold-pink-gold-pink-gold-pink-gold-pink-gold-pink-gold-pink-gold-pink-gold", "loop", hit_limit=True
        ),
        BQ.pattern("embroidered"),
        is_a("dress", "no"),
        is_a("skirt", "yes"),
        gender="Girls",
        title="Aj Dezines Girls Pink & Gold-Toned Embroidered Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Photo: a boy in a black tee with a red Spider-Man print and blue jeans, holding an orange basketball against his
    # hip, white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1522-013",
        caption("a young boy holding a basketball"),
        BQ.garment_type("graphic tee"),
        BQ.color("black"),
        color_of("t-shirt", "black-red"),
        is_a("t-shirt", "yes"),
        is_a("shorts", "no Question: Is this a pair of jeans? Answer: yes", "leak", article="a pair of"),
        wearing("the person is wearing a graphic tee and denim"),
        gender="Boys",
        title="Marvel by Wear Your Mind Boys Black Spider-Man Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: a girl in a white top with ruffled sleeves tucked into coral cotton shorts with an elastic waist and a
    # fabric bow, white backdrop. The product is the shorts. Caption: base model; answers: VQA adapter.
    case(
        "X1522-014",
        caption("a little girl wearing a white shirt and pink shorts"),
        BQ.garment_type("blouse", "contradiction"),
        BQ.color("white", "other_garment_color"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("dress", "no"),
        is_a("t-shirt", "no"),
        BQ.pattern("pure color"),
        gender="Girls",
        title="Cherry Crumble Girls Coral Solid Cotton Shorts",
        category="Shorts",
        color="Coral",
    ),
    # Photo: a boy in an olive tee with a black camouflage "ARMY" print and black shorts (a set), white backdrop.
    # Caption: base model; answers: VQA adapter.
    case(
        "X1522-015",
        caption("a boy wearing a green t-shirt and black shorts"),
        BQ.garment_type("tee"),
        BQ.color(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        is_a(
            "shorts",
            "yes Question: Is this a pair of shorts? Answer: yes Question: Is this a pair of shorts? Answer: yes"
            " Question: Is this",
            "leak",
            hit_limit=True,
            article="a pair of",
        ),
        is_a("dress", "no"),
        gender="Boys",
        title="Kidsville Boys Olive Green & Black Printed T-shirt with Shorts",
        category="Clothing Set",
        color="Olive",
    ),
    # Photo: a boy (about 3) with shoulder-length curly hair in a white tee with a small orange fox print and denim
    # shorts, pale blue backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1522-016",
        caption("a little girl wearing a white t-shirt with a fox on it", "pronoun"),
        BQ.garment_type("tee"),
        BQ.color("white"),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        wearing("she is wearing a tee and denim shorts", "pronoun"),
        gender="Boys",
        title="Hopscotch Boys White Fox Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: a girl in a navy frock with small white and pink flowers, puff sleeves and a white peter pan collar, white
    # ankle socks, white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1522-017",
        caption("a little girl wearing a blue floral dress"),
        BQ.garment_type("dress"),
        BQ.color("black", "contradiction"),
        BQ.pattern("floral"),
        BQ.sleeve_length("short"),
        is_a("dress", "yes"),
        is_a("t-shirt", "no"),
        details(
            "dress",
            "the collar, the sleeves, the collar, the sleeves, the collar, the sleeves, the collar, the sleeves, the"
            " collar, the",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Tiny Girl Girls Navy Blue Floral Print Puff Sleeves Fit and Flare Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: flat lay on white of two chino shorts side by side, one navy and one khaki; no person. Caption: base model;
    # answers: VQA adapter.
    case(
        "X1522-018",
        caption("two pairs of shorts on a white background"),
        BQ.garment_type("shorts"),
        BQ.color("navy"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("t-shirt", "no"),
        BQ.material("cotton"),
        gender="Boys",
        title="Marks & Spencer Boys Pack of 2 Pure Cotton Chino Shorts",
        category="Shorts",
    ),
    # Photo: a girl in a short green kurta with a pink floral print, a pink sharara and a pink dupatta, white backdrop.
    # Caption: base model; answers: VQA adapter.
    case(
        "X1522-019",
        caption("a little girl in a green and pink outfit"),
        BQ.garment_type("blouse", "contradiction"),
        BQ.color("green"),
        BQ.pattern("floral"),
        is_a("dress", "no"),
        is_a("kurta", "yes Question: Is this a kurta? Answer: yes", "leak"),
        gender="Girls",
        title="Bitiya by Bhama Girls Green & Pink Floral Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: back view of a boy in a black tee with a large white "GAME ON 23" print across the back and grey joggers.
    # Caption: base model; answers: VQA adapter.
    case(
        "X1522-020",
        caption("the back of a boy wearing a black shirt with the number 23 on it"),
        BQ.garment_type("graphic tee"),
        BQ.color("black"),
        BQ.sleeve_length("short-sleeve"),
        is_a("t-shirt", "no", "contradiction"),
        is_a("shorts", "no", article="a pair of"),
        BQ.material("the material of the garment", "restated"),
        gender="Boys",
        title="612 League Boys Black Typography Printed T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: a girl in a peach round-neck tee with a small embroidered heart on the chest and a blue denim skirt, white
    # backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1522-021",
        caption("a little girl wearing a pink shirt and a denim skirt"),
        BQ.garment_type("tee"),
        BQ.color("blue", "other_garment_color"),
        is_a("t-shirt", "yes"),
        is_a("dress", "yes", "contradiction"),
        gender="Girls",
        title="Palm Tree Girls Peach-Coloured Solid Round Neck T-shirt",
        category="Tshirts",
        color="Peach",
    ),
    # Photo: a boy in a sky blue kurta, white pyjamas and a navy printed Nehru jacket over the kurta, white backdrop.
    # Caption: base model; answers: VQA adapter.
    case(
        "X1522-022",
        caption("a young boy wearing a blue jacket and white pants"),
        BQ.garment_type("jacket"),
        BQ.color("blue"),
        is_a("kurta", "no", "contradiction"),
        is_a("dress", "no Question: Is this a kurta? Answer: no", "leak"),
        wearing(
            "he is wearing a jacket, a vest, a shirt and pants. the jacket is navy blue and the vest is navy blue and"
            " the shirt",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        title="Vastramay Boys Blue Kurta with Pyjamas & Printed Nehru Jacket",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: a girl in a pink sleeveless tiered cotton frock holding a yellow balloon on a string, white backdrop.
    # Caption: base model; answers: VQA adapter.
    case(
        "X1522-023",
        caption("a little girl holding a yellow balloon"),
        BQ.garment_type("dress"),
        BQ.color("yellow", "contradiction"),
        BQ.pattern("solid"),
        BQ.sleeve_length("sleeveless"),
        is_a(
            "dress",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Nauti Nati Girls Pink Solid Tiered Cotton Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: a boy in an olive full-sleeved henley tee with a three-button placket (no pocket) and dark blue jeans,
    # white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1522-024",
        caption("a young boy wearing a green shirt and jeans"),
        BQ.garment_type("tee"),
        BQ.color("olive"),
        BQ.sleeve_length("short sleeves", "contradiction"),
        is_a("t-shirt", "yes"),
        details("t-shirt", "the t-shirt has a button placket and a chest pocket", "unsupported"),
        gender="Boys",
        title="Allen Solly Junior Boys Olive Green Solid Henley Neck Full Sleeves T-shirt",
        category="Tshirts",
        color="Olive",
    ),
    # Photo: a girl in a white schiffli cotton frock with puff sleeves and a pink satin sash, white shoes, pale pink
    # backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1522-025",
        caption("a little girl in a white dress with a pink bow"),
        BQ.garment_type("dress"),
        BQ.color(
            "white-pink-white-pink-white-pink-white-pink-white-pink-white-pink-white-pink-white-pink",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        is_a("t-shirt", "no"),
        BQ.material("cotton"),
        gender="Girls",
        title="YK Girls White Schiffli Embroidered Pure Cotton Fit & Flare Dress",
        category="Dresses",
        color="White",
    ),
    # Photo: a boy in black knit shorts and a bright green tee with a small print, white backdrop. The product is the
    # shorts. Caption: base model; answers: VQA adapter.
    case(
        "X1522-026",
        caption("a young boy wearing a green t-shirt and black shorts"),
        BQ.garment_type("shorts"),
        BQ.color("black"),
        color_of("t-shirt", "black", "contradiction"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("t-shirt", "no"),
        gender="Boys",
        title="Bodycare Kids Boys Black Solid Cotton Shorts",
        category="Shorts",
        color="Black",
    ),
    # Photo: flat lay of three girls' tees (pink with a cat print, white with a rainbow, mint with hearts); no person.
    # Caption: base model; answers: VQA adapter.
    case(
        "X1522-027",
        caption("three t-shirts with different designs on them"),
        BQ.garment_type("tee"),
        BQ.color("pink"),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        wearing("tee"),
        gender="Girls",
        title="Mothercare Girls Pack of 3 Printed Pure Cotton T-shirts",
        color="Multi",
    ),
    # Photo: a boy (about 2) in a full-sleeved yellow silk kurta and white dhoti pants, white backdrop. Caption: base
    # model; answers: VQA adapter.
    case(
        "X1522-028",
        caption("a little girl in a yellow shirt and white pants", "pronoun"),
        BQ.garment_type("blouse", "contradiction"),
        BQ.color("yellow"),
        BQ.sleeve_length("long-sleeve"),
        is_a("kurta", "yes"),
        is_a("dress", "no"),
        gender="Boys",
        title="Aj Dezines Boys Yellow & White Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: a girl in a red tee with a glitter "LOVE" print and black leggings, white backdrop. Caption: base model;
    # answers: VQA adapter.
    case(
        "X1522-029",
        caption("a little girl wearing a red shirt with the word love on it"),
        BQ.garment_type(
            "graphic tee Question: What type of garment is this? Answer: graphic tee Question: What type of garment is"
            " this? Answer: graphic",
            "leak",
            hit_limit=True,
        ),
        BQ.color("red"),
        is_a(
            "t-shirt",
            "yes it is a graphic tee with a love print on the front and the sleeves are short and the neckline is round"
            " and the hem is",
            "cut",
            hit_limit=True,
        ),
        is_a("dress", "no"),
        gender="Girls",
        title="Gini and Jony Girls Red Glitter Printed Round Neck T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Photo: a toddler boy in a sky blue tee with a whale print and white shorts with blue piping (a set), white
    # backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1522-030",
        caption("a baby boy wearing a blue shirt and white shorts"),
        BQ.garment_type("tee"),
        BQ.color(
            "blue-white-blue-white-blue-white-blue-white-blue-white-blue-white-blue-white-blue-white",
            "loop",
            hit_limit=True,
        ),
        is_a("shorts", "yes", article="a pair of"),
        is_a("t-shirt", "yes"),
        is_a(
            "dress",
            "no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no",
            "loop",
            hit_limit=True,
        ),
        title="Cub McPaws Boys Blue & White Whale Printed Pure Cotton T-shirt with Shorts",
        category="Clothing Set",
        color="Blue",
    ),
    # Photo: a girl in a yellow sleeveless floral A-line frock with a light blue denim jacket worn open over it
    # (styling) and white sneakers, white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1522-031",
        caption("a little girl wearing a yellow dress and a denim jacket"),
        BQ.garment_type("jacket", "contradiction"),
        BQ.color("yellow"),
        BQ.pattern("floral"),
        BQ.sleeve_length("long sleeves", "contradiction"),
        is_a("dress", "yes"),
        wearing("she is wearing a dress and a jacket"),
        gender="Girls",
        title="Pantaloons Junior Girls Yellow Floral Printed A-Line Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Photo: back view of a boy in khaki chino shorts with two back welt pockets and a white polo tee, white backdrop.
    # The product is the shorts. Caption: base model; answers: VQA adapter.
    case(
        "X1522-032",
        caption("the back of a boy wearing white shirt and khaki shorts"),
        BQ.garment_type("shorts"),
        BQ.color("khaki"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("t-shirt", "yes", "contradiction"),
        details("shorts", "the shorts are short", "non_answer"),
        gender="Boys",
        title="United Colors of Benetton Boys Khaki Solid Chino Shorts",
        category="Shorts",
        color="Khaki",
    ),
    # Photo: a girl in a teal calf-length A-line kurta with a white floral print and three-quarter sleeves, white
    # leggings, white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1522-033",
        caption("a young girl in a blue dress with white flowers", "contradiction"),
        BQ.garment_type("dress", "contradiction"),
        BQ.color("teal"),
        BQ.pattern("floral"),
        BQ.sleeve_length("three-quarter sleeves"),
        is_a("kurta", "no", "contradiction"),
        is_a("dress", "yes", "contradiction"),
        gender="Girls",
        title="Biba Girls Teal Blue Floral Printed A-Line Kurta with Leggings",
        category="Kurta Sets",
        color="Teal",
    ),
    # Photo: a boy in a mustard tee with a black "ROAR" lion print and black cargo shorts, white backdrop. Caption:
    # base model; answers: VQA adapter.
    case(
        "X1522-034",
        caption("a little boy wearing a yellow shirt with a lion on it"),
        BQ.garment_type("tee"),
        BQ.color("mustard"),
        wearing(
            "the person is wearing a graphic tee with a lion print on the front and a pair of black shorts with"
            " pockets on the sides and a pair of",
            "cut",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        is_a("shorts", "no", article="a pair of"),
        gender="Boys",
        title="Nauti Nati Boys Mustard Yellow Lion Printed T-shirt",
        category="Tshirts",
        color="Mustard",
    ),
    # Photo: a girl in a blue-and-white gingham shirt dress with a collar, buttons down the front, short sleeves and a
    # fabric belt, white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1522-035",
        caption("a little girl in a blue and white checkered dress"),
        BQ.garment_type("dress"),
        BQ.color("blue-white"),
        BQ.pattern("the pattern of the garment", "restated"),
        BQ.sleeve_length("", "non_answer"),
        is_a(
            "dress",
            "yes, the dress is a shirt dress with a collar and buttons down the front and a belt at the waist and short"
            " sleeves and a",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Marks & Spencer Girls Blue & White Checked Pure Cotton Shirt Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: a boy in a teal tee with a "SCHOOL'S OUT" print and beige shorts, a red backpack on both shoulders, white
    # backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1522-036",
        caption("a young boy with a red backpack"),
        BQ.garment_type("tee"),
        BQ.color("green"),
        BQ.pattern("graphic"),
        is_a("t-shirt", "yes"),
        is_a("dress", "no"),
        is_a("shorts", "no", article="a pair of"),
        gender="Boys",
        title="YK Boys Teal Green Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # Photo: a girl in light-wash denim shorts with frayed hems and a front zip fly, a white tee with a pink heart
    # tucked in at the front, white backdrop. The product is the shorts. Caption: base model; answers: VQA adapter.
    case(
        "X1522-037",
        caption("a girl wearing a white shirt and denim shorts"),
        BQ.garment_type("denim"),
        BQ.color("white", "other_garment_color"),
        is_a("shorts", "yes", article="a pair of"),
        is_a("t-shirt", "no"),
        details("shorts", "the shorts have a frayed hem and a zipper on the side", "unsupported"),
        gender="Girls",
        title="H&M Girls Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Photo: a boy in a maroon straight cotton kurta and white pyjamas (not sold with it), white backdrop. Caption:
    # base model; answers: VQA adapter.
    case(
        "X1522-038",
        caption("a young boy in a red kurta"),
        BQ.garment_type("shirt"),
        BQ.color("maroon"),
        is_a("kurta", "yes"),
        is_a(
            "dress",
            "no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a shirt and pants"),
        BQ.material("cotton"),
        gender="Boys",
        title="Fabindia Boys Maroon Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # Photo: a girl in a solid mint tee with a ruffled hem and pink floral shorts, white backdrop. Caption: base model;
    # answers: VQA adapter.
    case(
        "X1522-039",
        caption("a little girl in a green shirt and floral shorts"),
        BQ.garment_type("tee"),
        BQ.color("mint"),
        color_of(
            "t-shirt",
            "mint-coral-white with a floral print on the bottom and a ruffle on the hem of the shorts and the shirt is"
            " mint green and",
            "cut",
            kind="open",
            hit_limit=True,
        ),
        BQ.pattern("floral", "contradiction"),
        is_a("t-shirt", "yes"),
        gender="Girls",
        title="Mini Klub Girls Mint Green Solid Ruffled Pure Cotton T-shirt",
        category="Tshirts",
        color="Green",
    ),
    # Photo: a boy in navy shorts with a small white anchor print and a plain white tee, white backdrop. The product
    # is the shorts. Caption: base model; answers: VQA adapter.
    case(
        "X1522-040",
        caption("a little boy wearing a white shirt and navy shorts"),
        BQ.garment_type("shorts"),
        BQ.color("navy"),
        BQ.pattern("solid", "contradiction"),
        is_a("shorts", "yes", article="a pair of"),
        wearing("she is wearing a tee and shorts", "pronoun"),
        BQ.sleeve_length("the sleeves", "restated"),
        gender="Boys",
        title="Hopscotch Boys Navy Blue Anchor Printed Cotton Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Photo: a girl in an off-white short kurti with red thread embroidery at the neck and a flared red skirt, glass
    # bangles, white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1522-041",
        caption("a little girl in a white top and red skirt"),
        BQ.garment_type("skirt"),
        BQ.color("red", "other_garment_color"),
        is_a("kurta", "yes"),
        is_a("skirt", "yes"),
        is_a("dress", "no Question: Is this a skirt? Answer: yes Question: Is this a", "leak"),
        gender="Girls",
        title="Peppermint Girls Off-White & Red Embroidered Kurti with Skirt",
        category="Kurta Sets",
        color="Off White",
    ),
    # Photo: a girl in a lavender smocked fit-and-flare frock with puff sleeves, a matching lavender hair bow and white
    # shoes, white backdrop. Caption: base model; answers: VQA adapter.
    case(
        "X1522-042",
        caption(
            "a little girl in a purple dress with a purple bow on her head and a purple bow on her head and a purple"
            " bow on her head and a purple bow on her head and a purple bow on her head and a purple",
            "loop",
            hit_limit=True,
        ),
        BQ.garment_type("dress"),
        BQ.color("lavender"),
        BQ.sleeve_length("sleeveless", "contradiction"),
        is_a("dress", "yes"),
        gender="Girls",
        title="Cherry Crumble Girls Lavender Smocked Fit and Flare Dress",
        category="Dresses",
        color="Lavender",
    ),
    # Photo: a boy in a grey melange tee with navy three-quarter raglan sleeves and navy joggers, white backdrop.
    # Caption: base model; answers: VQA adapter.
    case(
        "X1522-043",
        caption("a young boy wearing a grey and blue shirt"),
        BQ.garment_type("sweatshirt", "contradiction"),
        BQ.color("heather grey"),
        color_of("pants", "heather grey", "contradiction"),
        BQ.sleeve_length("three-quarter sleeves"),
        is_a("t-shirt", "yes"),
        title="Jash Kids Boys Grey Melange Raglan Sleeves Pure Cotton T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: a girl in a sleeveless frock with rainbow horizontal stripes, white sandals, white backdrop. Caption: base
    # model; answers: VQA adapter.
    case(
        "X1522-044",
        caption("a little girl in a rainbow striped dress"),
        BQ.garment_type("dress"),
        BQ.color("multi"),
        BQ.pattern("striped"),
        is_a("dress", "yes"),
        is_a(
            "t-shirt",
            "no, no, no, no, no, no, no, no, no, no, no, no, no, no, no,",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Tiny Girl Girls Multicoloured Striped Sleeveless A-Line Dress",
        category="Dresses",
        color="Multi",
    ),
    # Photo: a girl in a pink tee with a glitter butterfly print and white shorts, white backdrop. Caption: base model;
    # answers: VQA adapter.
    case(
        "X1522-045",
        caption("a little girl wearing a pink shirt with a butterfly on it"),
        BQ.garment_type("tee"),
        BQ.color("pink"),
        BQ.material("polyester", "unsupported"),
        is_a("t-shirt", "yes"),
        is_a("shorts", "yes", "contradiction", article="a pair of"),
        gender="Girls",
        title="Pspeaches Girls Pink Butterfly Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Pink",
    ),
]
