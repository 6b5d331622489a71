"""BLIND_1146 (46 products; Myntra kidswear: tees, dresses, ethnic; VQA adapter): written blind in the sixtieth session.
Measured blind at 2135623 (the session's eighth rules): 116/132 failures found (87.9%) and 14/190 correct texts flagged
(7.4%). The writer's notes, verbatim:

Scenario: a Myntra-like kids' wear feed (Boys and Girls t-shirts and polos, shirts, tops, dresses, clothing sets,
kurta sets, sherwani, lehenga cholis). Photos are the usual catalog shots on a white or light grey backdrop, a child
model standing front-on (one back view, one three-quarter turn), often with other clothes on (shorts, jeans,
pyjamas, churidars, dupattas, cardigans, an inner t-shirt under an open shirt) and now and then a prop (a teddy
bear, a hair bow, bangles); three are flat lays with no child in them.

Who wrote what: every free text, captions included, comes from leoreigoto/Data3_V3_BLIP2_VQA (one epoch of LoRA on
Salesforce/blip2-opt-2.7b, trained without an end-of-answer token), greedy, 30 new tokens for answers and 50 for
the caption. Its habits: short In-shop style answers ("tee", "pure color") that are right about half the time;
long answers that either stop by luck at a newline or run on into loops and cuts at the limit; it sometimes writes
the next "Question: ... Answer:" turn itself; it leans to "she" for boys because its training photos are mostly
women; it gives the product the color of the shorts, pyjama or dupatta beside it. Closed questions (garment type,
color, pattern, sleeve length, "Is this a ...?", the color of the named garment) come from enrich's
`--engine reference`, which picks one candidate, so they are whole words and never loop, cut or leak; their
failures are only wrong picks. Material is asked open.

Labeling conventions and judgement calls:
- other_garment_color: the product is given the color of another garment worn or shown with it (shorts, jeans,
  pyjama, churidar, sharara, dupatta, inner t-shirt, cardigan, tights), closed or open. A wrong color that belongs
  to no garment (the print, a teddy bear, a hair bow) is a contradiction instead.
- contradiction: a wrong garment type, color, pattern or sleeve length against the photo and the seller; also a
  pattern or sleeve length that belongs to another garment (the skirt's print, the inner tee's sleeves), and a
  caption that names the wrong color. "Yes" to "Is this a dress?" for a lehenga choli and "sherwani" for a kurta
  set count as contradictions; "shirt" for a shirt dress too.
- unsupported: details that are not in the photo or catalog (a pocket, a zip or bow on an unseen back, a necklace,
  a person in a flat lay), and a material that the title does not name and the photo does not show (silk, velvet,
  polyester, linen); a material the title names (pure cotton, silk blend) or the photo shows (denim, velvet, net)
  is correct.
- loop: the text repeats a phrase until the limit; it wins over cut when both apply. hit_limit=True on every loop
  and cut, and on one unsupported answer and one leak that also ran to the limit.
- One color for two garments ("a green shirt and green shorts" when the shorts are khaki, "blue pants" for beige
  chinos) is a contradiction; the product's garment given the other garment's color is other_garment_color.
- cut: ends mid-phrase at the token limit with no repetition, even when what came before is right.
- leak: any text holding the "Question: ... Answer:" format, even when the answer inside it is right.
- non_answer: a bare word, yes/no, the garment's own name, or a pattern word ("pure color", "striped") given to an
  open question. restated: a sentence made of the question's own words ("the shirt details are the details of the
  shirt", an echo of the question).
- pronoun: he/she/his/her against the feed's gender column; also "a young girl" for a boys' product. "The boy",
  "the girl" and "the child" from the prompt are not the model's choice. The product without a gender column has
  no pronoun to judge.
- Packs and colour-blocked pieces: the closed color "multi", or the color of one piece in a pack, is correct.
- Flat lays: answering "What is the person wearing?" with the garment is correct; inventing a child is not.
- "Floral" for a tropical leaf print, "red" for maroon, "pink" for magenta or peach, "white" for cream or off-white,
  "khaki" or "beige" for sand chinos are accepted shades; "tee", "frock", "pajama" are accepted synonyms.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

printed_on = question("print", "What is printed on the t-shirt?", "open")

BLIND_1146 = [
    # photo: boy in a white crew-neck tee with a green T-rex graphic on the chest, navy blue shorts, white backdrop,
    # front view. All texts by the VQA adapter; closed answers by the reference engine.
    case(
        "X1146-001",
        caption("a young boy wearing a white t-shirt with a green dinosaur on it"),
        wearing("a white t-shirt and blue shorts", who="the boy"),
        color_of("t-shirt", "navy blue", "other_garment_color"),
        Q.pattern("graphic"),
        printed_on("a green dinosaur"),
        Q.material("cotton"),
        details(
            "t-shirt",
            "round neck, short sleeves, dinosaur print on the front, round neck, short sleeves, dinosaur print on"
            " the front, round neck",
            "loop",
            hit_limit=True,
        ),
        describe("t-shirt", "a white t-shirt with a green dinosaur and the word roar under it", "unsupported"),
        title="YK Boys White Dinosaur Printed Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a pink A-line cotton dress with small white and yellow flowers, short puff sleeves, white
    # sandals, white backdrop, front view. VQA adapter texts; closed by the reference engine.
    case(
        "X1146-002",
        caption("a little girl in a pink floral dress standing on a white background"),
        wearing("she is wearing a pink dress with flowers", who="the girl"),
        color_of("dress", "pink"),
        Q.sleeve_length("sleeveless", "contradiction"),
        describe(
            "dress",
            "the dress is pink with small white and yellow flowers all over it, it has short puff sleeves, a round"
            " neck and a flared skirt that falls to the",
            "cut",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        title="Hopscotch Girls Pink Floral Print A-Line Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a mustard-yellow straight kurta with a mandarin collar and full sleeves, white churidar pyjama,
    # brown mojaris, white backdrop. VQA adapter texts; closed by the reference engine.
    case(
        "X1146-003",
        caption("a young boy wearing a yellow kurta and white pants"),
        wearing("a yellow kurta and white pajamas", who="the boy"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("kurta set"),
        is_a("kurta", "yes"),
        details("kurta", "full sleeves Question: What is the color of the pyjama? Answer: white", "leak"),
        describe("kurta", "a yellow kurta with white churidar and a white dupatta", "unsupported"),
        title="Jashvi Boys Yellow & White Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
        gender="Boys",
    ),
    # photo: girl in a maroon lehenga with a wide gold zari border, matching maroon choli, sheer pink net dupatta
    # over one shoulder, white backdrop. VQA adapter texts; closed by the reference engine.
    case(
        "X1146-004",
        caption("a little girl wearing a red and gold lehenga with a pink scarf"),
        wearing("a maroon skirt and top with a pink dupatta", who="the girl"),
        color_of("lehenga", "pink", "other_garment_color"),
        Q.pattern("embroidered"),
        describe(
            "lehenga",
            "the lehenga is maroon with gold embroidery, the lehenga is maroon with gold embroidery, the lehenga is"
            " maroon with gold",
            "loop",
            hit_limit=True,
        ),
        Q.material("velvet", "unsupported"),
        title="Biba Girls Maroon & Gold-Toned Embroidered Ready to Wear Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Maroon",
        gender="Girls",
    ),
    # photo: boy in a red pique polo with white tipping on the collar and sleeve hems, three-button placket, small
    # embroidered logo on the chest, light-wash denim shorts, white backdrop. VQA adapter; reference engine.
    case(
        "X1146-005",
        caption("a boy in a red polo shirt and denim shorts"),
        wearing("he is wearing a red shirt and jean shorts", who="the boy"),
        color_of("shirt", "red"),
        Q.garment_type("polo t-shirt"),
        Q.pattern("striped", "contradiction"),
        details("shirt", "collar, buttons and a small logo on the chest"),
        describe("shirt", "a red polo shirt with a white collar and a pocket on the chest", "unsupported"),
        Q.material("cotton"),
        title="U.S. Polo Assn. Kids Boys Red Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: girl in a navy and white horizontally striped short-sleeve top, pink leggings, white sneakers, white
    # backdrop. VQA adapter texts; closed by the reference engine.
    case(
        "X1146-006",
        caption("a girl wearing a striped shirt and pink leggings"),
        wearing("a blue and white striped top and pink pants", who="the girl"),
        color_of("top", "pink", "other_garment_color", kind="open"),
        Q.pattern("striped"),
        Q.sleeve_length("short sleeves"),
        describe("top", "he is wearing a navy blue and white striped top with short sleeves", "pronoun"),
        details("top", "round neck, short sleeves, navy and white stripes, worn with pink leggings"),
        title="Gini and Jony Girls Navy Blue & White Striped Top",
        category="Tops",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy in an open blue-and-green checked shirt with the sleeves rolled up, over a plain white crew-neck
    # t-shirt, sand-colored chinos, white backdrop. VQA adapter; reference engine.
    case(
        "X1146-007",
        caption("a boy wearing a plaid shirt over a white t-shirt and khaki pants"),
        wearing("a checkered shirt, a white t-shirt and khaki pants", who="the boy"),
        color_of("shirt", "white", "other_garment_color"),
        Q.pattern("checked"),
        Q.sleeve_length("long sleeves"),
        details("shirt", "the shirt details are the details of the shirt", "restated"),
        Q.material("denim", "unsupported"),
        title="Allen Solly Junior Boys Blue & Green Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: flat lay, no child: a yellow sleeveless fit-and-flare dress with white polka dots and a white Peter Pan
    # collar, laid on white. VQA adapter texts; closed by the reference engine.
    case(
        "X1146-008",
        caption("a little girl wearing a yellow dress with white polka dots", "unsupported"),
        wearing("a yellow dress with white polka dots"),
        color_of("dress", "yellow"),
        Q.pattern("polka dots"),
        Q.sleeve_length("sleeveless"),
        details("dress", "white collar, polka dots, a bow on the back and a zip", "unsupported"),
        describe("dress", "yellow", "non_answer"),
        title="Cherry Crumble Girls Yellow Polka Dot Fit and Flare Dress",
        category="Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy in a grey melange tee with a Chhota Bheem cartoon print (orange dhoti, brown skin) and "CHHOTA
    # BHEEM" in orange letters under it, black track pants, white backdrop. VQA adapter; reference engine.
    case(
        "X1146-009",
        caption("a boy wearing a grey t-shirt with a cartoon character on it"),
        wearing("a grey tee and black track pants", who="he"),
        color_of("t-shirt", "orange", "contradiction"),
        printed_on("a cartoon boy"),
        Q.sleeve_length("short sleeves"),
        details(
            "t-shirt",
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey"
            " grey grey grey grey grey grey grey grey grey",
            "loop",
            hit_limit=True,
        ),
        describe(
            "t-shirt",
            "a grey t-shirt with chhota bheem printed on the front and the words chhota bheem written below him in"
            " orange letters and a",
            "cut",
            hit_limit=True,
        ),
        title="Chhota Bheem Kids Boys Grey Melange Printed Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: girl in a lavender tee with a silver sequinned unicorn, mid-blue denim skirt, white backdrop.
    # VQA adapter texts; closed by the reference engine.
    case(
        "X1146-010",
        caption("a girl wearing a purple t-shirt with a unicorn on it and a denim skirt"),
        wearing("she is wearing a blue shirt and a blue skirt", "other_garment_color", who="the girl"),
        color_of("t-shirt", "blue", "other_garment_color"),
        printed_on("a unicorn"),
        Q.material("cotton"),
        describe(
            "t-shirt",
            "the t-shirt is purple with a silver unicorn made of sequins, it has short sleeves and a round neck, the"
            " t-shirt is purple with a silver unicorn made",
            "loop",
            hit_limit=True,
        ),
        title="Peppermint Girls Lavender Unicorn Sequinned Pure Cotton T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy in a navy blue self-design kurta with gold buttons, mandarin collar and full sleeves, cream
    # churidar, white backdrop. VQA adapter texts; closed by the reference engine.
    case(
        "X1146-011",
        caption("a young boy in a blue kurta and white pants standing in front of a white wall"),
        wearing("he is wearing a navy blue kurta and cream pants", who="the boy"),
        Q.color("navy blue"),
        Q.garment_type("sherwani", "contradiction"),
        details("kurta", "gold buttons, mandarin collar, long sleeves"),
        Q.material("silk", "unsupported"),
        is_a("kurta", "yes"),
        describe("kurta", "Question: Describe the kurta. Answer: a navy blue kurta", "leak"),
        title="Manyavar Boys Navy Blue Self Design Kurta with Churidar",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a bottle-green A-line kurta with pink block-printed flower motifs and three-quarter sleeves,
    # plain pink palazzos, no dupatta, white backdrop. VQA adapter; reference engine.
    case(
        "X1146-012",
        caption("a little girl in a green kurta and pink pants"),
        wearing("a green kurta with pink flowers and pink palazzo pants", who="the girl"),
        Q.color("pink", "other_garment_color"),
        Q.pattern("printed"),
        describe("kurta", "a green kurta with pink flowers and pink palazzo pants and a pink dupatta", "unsupported"),
        Q.sleeve_length("three-quarter sleeves"),
        details("kurta", "the kurta details are on the kurta", "restated"),
        title="Aks Kids Girls Green & Pink Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Green",
        gender="Girls",
    ),
    # photo: boy in a black short-sleeve tee with a red and blue Spider-Man print, grey joggers, white backdrop.
    # VQA adapter texts; closed by the reference engine.
    case(
        "X1146-013",
        caption("a boy wearing a red spiderman t-shirt and grey sweatpants", "contradiction"),
        wearing("she is wearing a black t-shirt with spiderman on it", "pronoun"),
        color_of("t-shirt", "black"),
        printed_on("spiderman"),
        Q.sleeve_length("long sleeves", "contradiction"),
        details("t-shirt", "spiderman print on the front, round neck and short sleeves"),
        title="Kids Ville Boys Black Spider-Man Printed T-shirt",
        category="Tshirts",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a red sleeveless party dress with a layered tulle skirt and a gold glitter bow at the waist,
    # silver shoes, white backdrop. VQA adapter texts; closed by the reference engine.
    case(
        "X1146-014",
        caption("a little girl in a red tutu dress"),
        wearing("a red frock and silver shoes", who="the girl"),
        color_of("dress", "red"),
        Q.pattern("solid"),
        describe(
            "dress",
            "a red dress with a gold bow at the waist and a net skirt, a red dress with a gold bow at the waist and a"
            " net skirt, a red",
            "loop",
            hit_limit=True,
        ),
        Q.material("net"),
        Q.sleeve_length("short sleeves", "contradiction"),
        details("dress", "red", "non_answer"),
        title="Nauti Nati Girls Red Solid Fit and Flare Party Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: flat lay, no child: a sky-blue tee with a white car print beside navy shorts, on white.
    # VQA adapter texts; closed by the reference engine.
    case(
        "X1146-015",
        caption("a blue t-shirt with a car on it and a pair of navy shorts"),
        wearing("a blue t-shirt and shorts"),
        Q.garment_type("clothing set"),
        printed_on("a car"),
        details("shorts", "they are shorts", "non_answer"),
        Q.material("polyester", "unsupported"),
        color_of(
            "shorts",
            "navy blue Question: What is the color of the t-shirt? Answer: blue Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        title="Babyhug Boys Blue & Navy T-shirt with Shorts Set",
        category="Clothing Set",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a pink lehenga with a green border, a green short-sleeve choli, pink dupatta, white backdrop.
    # VQA adapter texts; closed by the reference engine.
    case(
        "X1146-016",
        caption(
            "a girl in a pink and green lehenga choli Question: what is the color of the choli? Answer: green", "leak"
        ),
        wearing("a pink skirt, a green top and a pink scarf", who="the girl"),
        color_of("lehenga", "green", "other_garment_color"),
        Q.garment_type("lehenga choli"),
        describe(
            "lehenga",
            "the lehenga has a green border and gold embroidery on the hem and the waist, the blouse has short sleeves"
            " and a round neck with a",
            "cut",
            hit_limit=True,
        ),
        is_a("dress", "yes", "contradiction"),
        title="Bitiya by Bhama Girls Pink & Green Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in an olive long-sleeve henley with a three-button placket, no pocket, beige cargo shorts, white
    # backdrop. VQA adapter texts; closed by the reference engine.
    case(
        "X1146-017",
        caption("a young boy wearing a green long sleeve shirt and khaki shorts"),
        wearing("a green shirt and green shorts", "contradiction", who="the boy"),
        color_of("t-shirt", "olive"),
        Q.sleeve_length("long sleeves"),
        Q.garment_type("t-shirt"),
        details(
            "t-shirt",
            "buttons on the front, buttons on the front, buttons on the front, buttons on the front, buttons on the"
            " front, buttons on",
            "loop",
            hit_limit=True,
        ),
        describe("t-shirt", "a green t-shirt with a pocket on the chest", "unsupported"),
        title="Max Boys Olive Green Solid Henley T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl in a sleeveless tiered dress, each tier one rainbow color (red, orange, yellow, green, blue), white
    # canvas shoes, white backdrop. VQA adapter texts; closed by the reference engine.
    case(
        "X1146-018",
        caption("Question: what is the girl wearing? Answer: a rainbow dress", "leak"),
        wearing("a colorful striped dress and white shoes", who="the girl"),
        Q.color("multi"),
        Q.pattern("striped"),
        Q.sleeve_length("sleeveless"),
        describe("dress", "a red dress", "contradiction"),
        details("dress", "the dress details are the colors of the dress", "restated"),
        title="Tiny Girl Girls Multicoloured Rainbow Striped Tiered Dress",
        category="Dresses",
        color="Multi",
        gender="Girls",
    ),
    # photo: boy in a white pure cotton kurta with white chikankari embroidery on the yoke and cuffs, white pyjama,
    # tan kolhapuri sandals, light grey backdrop. VQA adapter texts; closed by the reference engine.
    case(
        "X1146-019",
        caption("a boy in a white kurta pajama with embroidery on a grey background"),
        wearing("white kurta and white pajama", who="the boy"),
        Q.color("white"),
        Q.material("cotton"),
        details(
            "kurta",
            "embroidery on the front and the sleeves, the embroidery is white, the embroidery is white, the embroidery"
            " is white, the embroidery is",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid", "contradiction"),
        is_a("kurta", "no", "contradiction"),
        title="Fabindia Boys White Chikankari Embroidered Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a peach cotton tee with "BE KIND" in white glitter letters, pale blue denim shorts, white
    # backdrop. VQA adapter texts; closed by the reference engine.
    case(
        "X1146-020",
        caption("a girl wearing a pink t-shirt that says be kind"),
        wearing("a peach t-shirt and denim shorts", who="the girl"),
        color_of("t-shirt", "peach"),
        printed_on("the words be kind"),
        describe("t-shirt", "his t-shirt is peach with be kind written on it in white letters", "pronoun"),
        Q.material("cotton"),
        details("t-shirt", "the details of the t-shirt are on the t-shirt", "restated"),
        Q.pattern("solid", "contradiction"),
        title="H&M Girls Peach Printed Cotton T-shirt",
        category="Tshirts",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy in a white long-sleeve formal shirt with a chest pocket and a red bow tie, black trousers and black
    # suspenders, white backdrop. VQA adapter texts; closed by the reference engine.
    case(
        "X1146-021",
        caption("a young boy wearing a white shirt and a red bow tie"),
        wearing("a white shirt, a red bow tie, black pants and suspenders", who="the boy"),
        color_of("shirt", "black", "other_garment_color"),
        Q.garment_type("shirt"),
        details(
            "shirt",
            "a red bow tie, black suspenders and black pants, a red bow tie, black suspenders and black pants, a red"
            " bow tie, black",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        describe(
            "shirt",
            "the shirt is a white shirt with a red bow tie and black suspenders and a pocket on the chest and the"
            " sleeves are long and the",
            "cut",
            hit_limit=True,
        ),
        title="Mothercare Boys White Solid Formal Shirt with Bow Tie",
        category="Shirts",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a sleeveless mid-blue denim pinafore dress with two front pockets, over a white short-sleeve tee
    # with frilled sleeves, white backdrop. VQA adapter texts; closed by the reference engine.
    case(
        "X1146-022",
        caption("a little girl in a denim dress and a white shirt"),
        wearing("a denim dress over a white t-shirt", who="the girl"),
        color_of("dress", "white", "other_garment_color"),
        Q.material("denim"),
        Q.sleeve_length("short sleeves", "contradiction"),
        describe(
            "dress",
            "Question: Describe the dress. Answer: a denim dress with two pockets on the front and a white t-shirt",
            "leak",
        ),
        title="Hopscotch Girls Blue Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in a mustard-yellow tee with "WEEKEND MODE" in black letters, grey shorts, white sneakers, white
    # backdrop. VQA adapter texts; closed by the reference engine.
    case(
        "X1146-023",
        caption("a boy wearing a yellow t-shirt that says weekend mode and grey shorts"),
        wearing("yellow t-shirt and grey shorts", who="the boy"),
        color_of("t-shirt", "grey", "other_garment_color", kind="open"),
        Q.pattern("printed"),
        printed_on("weekend mode"),
        details("t-shirt", "round neck, short sleeves and black letters on the chest"),
        Q.material("polyester", "unsupported"),
        title="Pantaloons Junior Boys Yellow Typography Printed T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Boys",
    ),
    # photo: girl in an off-white short kurta with a mustard floral print and three-quarter sleeves, mustard sharara,
    # mustard dupatta, white backdrop. VQA adapter texts; closed by the reference engine.
    case(
        "X1146-024",
        caption("a girl wearing a white and yellow outfit with a yellow scarf"),
        wearing("a white kurta with yellow flowers, yellow pants and a yellow dupatta", who="the girl"),
        Q.color("mustard", "other_garment_color"),
        Q.garment_type("kurta set"),
        describe(
            "kurta",
            "the kurta is off white with a mustard floral print, it has three quarter sleeves and a round neck, the"
            " sharara is mustard with a gold",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("three-quarter sleeves"),
        color_of("sharara", "pure color", "non_answer", kind="open"),
        is_a("lehenga", "yes", "contradiction"),
        title="Biba Girls Off-White & Mustard Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Girls",
    ),
    # photo: boy in a turquoise Dri-FIT training tee with a small white swoosh on the chest, black sports shorts,
    # white backdrop. VQA adapter texts; closed by the reference engine.
    case(
        "X1146-025",
        caption("a boy in a blue nike shirt and black shorts"),
        wearing("she is wearing a blue shirt and black shorts", "pronoun"),
        color_of("t-shirt", "turquoise blue"),
        Q.material("cotton", "unsupported"),
        Q.pattern("solid"),
        details("t-shirt", "nike logo on the chest"),
        describe("t-shirt", "describe the t-shirt", "restated"),
        title="Nike Boys Turquoise Blue Dri-FIT Training T-shirt",
        category="Tshirts",
        color="Turquoise Blue",
        gender="Boys",
    ),
    # photo: girl in a purple cotton shirt dress with a white floral print, collar, button front, cloth belt, two
    # patch pockets, white sneakers, white backdrop. VQA adapter texts; closed by the reference engine.
    case(
        "X1146-026",
        caption("a girl wearing a purple shirt dress with white flowers"),
        wearing("a purple and white floral dress", who="the girl"),
        color_of("dress", "purple"),
        Q.garment_type("shirt", "contradiction"),
        details(
            "dress",
            "collar, buttons, belt, pocket, collar, buttons, belt, pocket, collar, buttons, belt, pocket, collar,"
            " buttons, belt, pocket, collar",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Ed-a-Mamma Girls Purple Floral Print Cotton Shirt Dress",
        category="Dresses",
        color="Purple",
        gender="Girls",
    ),
    # photo: boy in a cream sherwani with gold embroidery on the collar and placket, maroon churidar, maroon stole
    # over one shoulder, white backdrop. VQA adapter texts; closed by the reference engine.
    case(
        "X1146-027",
        caption("a young boy in a white sherwani with a red scarf"),
        wearing("a cream sherwani and red pants with a red scarf", who="the boy"),
        Q.color("maroon", "other_garment_color"),
        Q.garment_type("sherwani"),
        describe(
            "sherwani",
            "a cream sherwani with gold embroidery on the collar and the front and a maroon stole, a cream sherwani"
            " with gold embroidery on the collar and",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        details("sherwani", "no", "non_answer"),
        title="Vastramay Boys Cream & Maroon Embroidered Sherwani Set",
        category="Sherwani",
        color="Cream",
        gender="Boys",
    ),
    # photo: girl in a white sleeveless cotton top with ruffled shoulders, navy floral-print skirt, white backdrop.
    # VQA adapter texts; closed by the reference engine.
    case(
        "X1146-028",
        caption("a girl in a pink top and blue floral skirt", "contradiction"),
        wearing("white blouse and blue skirt", who="the girl"),
        color_of("top", "white"),
        Q.pattern("floral", "contradiction"),
        Q.sleeve_length("sleeveless"),
        details("top", "ruffles on the shoulders"),
        Q.material("cotton"),
        title="Gini and Jony Girls White Ruffled Cotton Top",
        category="Tops",
        color="White",
        gender="Girls",
    ),
    # photo: boy in a navy polo with thin white horizontal stripes, a white collar, a two-button placket and a small
    # embroidered logo, beige chinos, white backdrop.
    # VQA adapter texts; closed by the reference engine.
    case(
        "X1146-029",
        caption("a boy wearing a blue and white striped polo shirt and khaki pants"),
        wearing("a striped shirt and blue pants", "contradiction", who="the boy"),
        color_of("t-shirt", "beige", "other_garment_color"),
        Q.pattern("striped"),
        describe("t-shirt", "striped", "non_answer"),
        Q.sleeve_length("short sleeves"),
        details("t-shirt", "a collar and two buttons and a logo, she is wearing khaki pants", "pronoun"),
        title="Allen Solly Junior Boys Navy Blue Striped Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a sea green dress with a smocked bodice, small white embroidered flowers on the yoke, puff
    # sleeves, holding a brown teddy bear, white backdrop. VQA adapter texts; closed by the reference engine.
    case(
        "X1146-030",
        caption("a little girl in a green dress holding a teddy bear"),
        wearing("a green dress", who="the girl"),
        color_of("dress", "brown", "contradiction"),
        Q.sleeve_length("short sleeves"),
        details(
            "dress",
            "smocking on the chest, small white flowers on the yoke, puff sleeves with elastic, a round neck and a"
            " flared skirt that ends just above",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("embroidered"),
        is_a("skirt", "yes", "contradiction"),
        title="Mothercare Girls Sea Green Embroidered Smocked Dress",
        category="Dresses",
        color="Sea Green",
        gender="Girls",
    ),
    # photo: boy in an orange kurta with a small gold foil print, cream dhoti pants, white backdrop.
    # VQA adapter texts; closed by the reference engine.
    case(
        "X1146-031",
        caption("a young boy in an orange kurta and white dhoti"),
        wearing("an orange kurta and cream dhoti", who="he"),
        Q.color("orange"),
        Q.garment_type("kurta set"),
        describe(
            "kurta",
            "the kurta is orange and the dhoti is white and the kurta is orange and the dhoti is white and the kurta"
            " is orange and the",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "the kurta", "non_answer"),
        Q.pattern("printed"),
        title="Ethnix by Raymond Boys Orange Printed Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Orange",
        gender="Boys",
    ),
    # photo: flat lay, no child: two tees side by side, a pink one with a white cat print and a grey one with "hello"
    # in pink letters, on white. VQA adapter texts; closed by the reference engine.
    case(
        "X1146-032",
        caption("two t-shirts, one pink with a cat on it and one grey with the word hello"),
        wearing("a pink t-shirt and a grey t-shirt"),
        Q.color("pink"),
        Q.garment_type("t-shirt"),
        printed_on("a cat"),
        is_a("t-shirt", "yes"),
        describe(
            "t-shirt",
            "a pink t-shirt with a white cat on the front and a grey t-shirt with the word hello written in pink"
            " letters across the",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Naughty Ninos Girls Pack of 2 Printed T-shirts",
        category="Tshirts",
        color="Multi",
        gender="Girls",
    ),
    # photo: boy in a royal blue tee with a Captain America shield print (red and white rings, white star on blue),
    # solid red shorts, white backdrop. VQA adapter texts; closed by the reference engine.
    case(
        "X1146-033",
        caption("a boy wearing a blue t-shirt with captain america shield and red shorts"),
        wearing("he is wearing a blue shirt with a star and red shorts", who="the boy"),
        color_of("t-shirt", "red", "other_garment_color"),
        printed_on("captain america shield"),
        Q.sleeve_length("short sleeves"),
        Q.material("Question: What material is the garment made of? Answer: cotton", "leak"),
        describe(
            "t-shirt",
            "the boy is wearing a blue t-shirt with a shield on it, the shield is red white and blue with a white star"
            " in the middle and the",
            "cut",
            hit_limit=True,
        ),
        title="Marvel by Wear Your Mind Boys Blue Captain America Printed T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a yellow lehenga with mirror work, a pink short-sleeve choli with mirror work, yellow net
    # dupatta, glass bangles, no jewellery on neck or ears, white backdrop. VQA adapter; reference engine.
    case(
        "X1146-034",
        caption("a little girl wearing a yellow and pink lehenga with mirrors"),
        wearing("a yellow skirt, a pink blouse, a yellow dupatta and bangles", who="the girl"),
        color_of("lehenga", "yellow"),
        Q.pattern("embellished"),
        describe(
            "lehenga",
            "she is wearing a yellow lehenga with mirror work and a pink choli with mirror work and a yellow dupatta"
            " and bangles and a necklace and earrings",
            "unsupported",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Kasya Kids Girls Yellow & Pink Mirror Work Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy in a green short-sleeve shirt with a white and yellow palm-leaf print and a chest pocket, white
    # shorts, bare head, white backdrop. VQA adapter texts; closed by the reference engine.
    case(
        "X1146-035",
        caption("a boy wearing a green shirt with leaves and white shorts"),
        wearing("a green floral shirt and white shorts", who="the boy"),
        Q.color("white", "other_garment_color"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves"),
        details(
            "shirt",
            "the shirt has a collar and buttons and a pocket on the left chest, it has a print of palm leaves in white"
            " and yellow and the leaves are",
            "cut",
            hit_limit=True,
        ),
        describe(
            "shirt", "a green shirt with white leaves, white shorts and white shoes and a white cap", "unsupported"
        ),
        title="YK Boys Green & White Tropical Print Half Sleeve Shirt",
        category="Shirts",
        color="Green",
        gender="Boys",
    ),
    # photo: girl in a black and white gingham dress with a white Peter Pan collar and short sleeves, red hair bow,
    # white socks, black shoes, white backdrop. VQA adapter texts; closed by the reference engine.
    case(
        "X1146-036",
        caption("a little girl in a black and white checkered dress with a red bow in her hair"),
        wearing("a black and white dress and a red bow", who="the girl"),
        Q.color("red", "contradiction"),
        Q.pattern("checked"),
        describe(
            "dress",
            "a black and white checkered dress with a white collar and short sleeves and a red bow in the hair and"
            " black shoes and white socks and",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves"),
        details("dress", "white collar Question: Is this a dress? Answer: yes", "leak"),
        title="Cherry Crumble Girls Black & White Gingham Checked A-Line Dress",
        category="Dresses",
        color="Black",
        gender="Girls",
    ),
    # photo: back view: boy seen from behind in a white tee with a large black PUMA logo across the back, black
    # shorts, white backdrop; the front is not visible. VQA adapter texts; closed by the reference engine.
    case(
        "X1146-037",
        caption("the back of a boy wearing a white puma t-shirt and black shorts"),
        wearing("a white t-shirt and black shorts", who="the boy"),
        color_of("t-shirt", "white"),
        printed_on("puma logo"),
        details(
            "t-shirt",
            "logo on the back, logo on the back, logo on the back, logo on the back, logo on the back, logo on the"
            " back, logo on",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        describe("t-shirt", "he is wearing a white t-shirt with a black puma logo on the front", "unsupported"),
        title="Puma Boys White Brand Logo Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a magenta kurta with white bandhani dots and gota lace at the hem, magenta sharara, white
    # backdrop. VQA adapter texts; closed by the reference engine.
    case(
        "X1146-038",
        caption("a girl in a pink kurta and sharara"),
        wearing("she is wearing a pink kurta and pink sharara pants", who="the girl"),
        Q.color("magenta"),
        Q.pattern("printed"),
        Q.garment_type("dress", "contradiction"),
        details(
            "kurta",
            "gota lace at the hem, gota lace at the hem, gota lace at the hem, gota lace at the hem, gota lace at the"
            " hem, gota lace",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        describe("kurta", "his kurta is pink with white dots and golden lace at the bottom", "pronoun"),
        title="Sangria Girls Magenta Bandhani Print Kurta with Sharara",
        category="Kurta Sets",
        color="Magenta",
        gender="Girls",
    ),
    # photo: boy in a grey tee with a black bicycle print, black joggers with a white drawstring, white backdrop.
    # VQA adapter texts; closed by the reference engine.
    case(
        "X1146-039",
        caption(
            "a young boy wearing a grey t-shirt with a bicycle on it and black pants and a grey t-shirt with a bicycle"
            " on it and black pants and a grey t-shirt with a bicycle on it and black pants and a grey",
            "loop",
            hit_limit=True,
        ),
        wearing("a black shirt and black sweatpants", "other_garment_color", who="the boy"),
        Q.color("grey"),
        Q.garment_type("clothing set"),
        color_of("joggers", "black", kind="open"),
        details("t-shirt", "what are the t-shirt details", "restated"),
        printed_on("a bicycle"),
        title="Little Kangaroos Boys Grey & Black Printed T-shirt with Joggers",
        category="Clothing Set",
        color="Grey",
        gender="Boys",
    ),
    # photo: girl in a teal velvet long-sleeve fit-and-flare dress with a gold sequin yoke, white tights, black
    # Mary Jane shoes, white backdrop. VQA adapter texts; closed by the reference engine.
    case(
        "X1146-040",
        caption("a little girl in a blue velvet dress with gold sequins"),
        wearing("a teal dress and white tights", who="the girl"),
        color_of("dress", "white", "other_garment_color"),
        Q.material("velvet"),
        Q.sleeve_length("long sleeves"),
        describe(
            "dress",
            "a long sleeve teal velvet dress with a gold sequin yoke and a flared skirt, she is wearing white tights"
            " and black mary jane shoes with a",
            "cut",
            hit_limit=True,
        ),
        title="Nauti Nati Girls Teal Blue Velvet Fit and Flare Dress",
        category="Dresses",
        color="Teal",
        gender="Girls",
    ),
    # photo: boy in a rust tee with a Chhota Bheem and friends print, mid-blue jeans, white backdrop.
    # VQA adapter texts; closed by the reference engine.
    case(
        "X1146-041",
        caption("a boy in an orange t-shirt with cartoon characters and blue jeans"),
        wearing("an orange t-shirt and jeans", who="the boy"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        Q.color("rust"),
        printed_on("chhota bheem and his friends"),
        Q.sleeve_length("short sleeves"),
        details("t-shirt", "yes", "non_answer"),
        describe(
            "t-shirt",
            "an orange t-shirt with chhota bheem and his friends on the front and the sleeves are orange and the neck"
            " is orange and the",
            "cut",
            hit_limit=True,
        ),
        title="Chhota Bheem Kids Boys Yeh Dosti Rust Tshirt",
        category="Tshirts",
        color="Rust",
        gender="Boys",
    ),
    # photo: girl in a mustard-yellow top with a white daisy print and puff sleeves, white jeans, white backdrop;
    # front view only. VQA adapter texts; closed by the reference engine.
    case(
        "X1146-042",
        caption("a girl wearing a yellow top with white flowers and white jeans"),
        wearing("a yellow top and white pants", who="the girl"),
        color_of("top", "yellow"),
        Q.pattern("floral"),
        describe(
            "top",
            "the top is yellow with white daisies and puff sleeves and the top is yellow with white daisies and puff"
            " sleeves and the top is yellow",
            "loop",
            hit_limit=True,
        ),
        Q.material("linen", "unsupported"),
        details("top", "puff sleeves, round neck and a button at the back", "unsupported"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Gini and Jony Girls Mustard Yellow Floral Print Top",
        category="Tops",
        color="Mustard",
        gender="Girls",
    ),
    # photo: three-quarter view: boy in a maroon silk-blend kurta with gold buttons, gold-cream churidar, white
    # backdrop. VQA adapter texts; closed by the reference engine.
    case(
        "X1146-043",
        caption("a boy in a red kurta and gold pants"),
        wearing("a maroon kurta and cream pants", who="the boy"),
        Q.color("maroon"),
        Q.material("silk"),
        is_a("kurta", "yes"),
        describe("kurta", "she is wearing a maroon kurta with gold buttons", "pronoun"),
        details("kurta", "gold buttons Question: What are the kurta details? Answer: gold buttons", "leak"),
        title="Sojanya Boys Maroon Solid Silk Blend Kurta with Churidar",
        category="Kurta Sets",
        color="Maroon",
        gender="Boys",
    ),
    # photo: girl in a navy skater dress with a small white star print, an open red cardigan over it, white shoes,
    # white backdrop. VQA adapter texts; closed by the reference engine.
    case(
        "X1146-044",
        caption("a little girl in a blue dress and a red sweater"),
        wearing("a navy dress with stars and a red cardigan", who="the girl"),
        color_of("dress", "red", "other_garment_color"),
        Q.pattern("printed"),
        describe(
            "dress",
            "the dress is navy blue with white stars on it, the dress is navy blue with white stars on it, the dress"
            " is navy",
            "loop",
            hit_limit=True,
        ),
        is_a("cardigan", "yes", "contradiction"),
        title="Allen Solly Junior Girls Navy Blue Star Print Skater Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy in a short-sleeve colour-blocked tee (red chest, white band, navy lower half), jeans, white backdrop.
    # The feed row has no color column. VQA adapter texts; closed by the reference engine.
    case(
        "X1146-045",
        caption("a young girl wearing a red, white and blue t-shirt and jeans", "pronoun"),
        wearing("a red white and blue shirt and jeans", who="the boy"),
        Q.pattern("colour block"),
        Q.color("multi"),
        details("t-shirt", "the t-shirt has three colors, red white and blue, and a pocket", "unsupported"),
        color_of("jeans", "blue", kind="open"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Gini and Jony Boys Colourblocked Round Neck T-shirt",
        category="Tshirts",
        gender="Boys",
    ),
    # photo: girl in a light pink ruffle-sleeve top with a bow at the neck and blue denim shorts with two front
    # pockets and a button, no belt, white backdrop. The feed row has no gender column. VQA adapter; reference engine.
    case(
        "X1146-046",
        caption("a little girl wearing a pink top and denim shorts"),
        wearing("a pink top and blue shorts"),
        Q.color("pink"),
        Q.garment_type("clothing set"),
        details(
            "top",
            "the top has a bow on the front and ruffles on the sleeves, the shorts have a button and two pockets and a"
            " belt",
            "unsupported",
        ),
        describe("shorts", "shorts", "non_answer"),
        color_of("shorts", "pink", "other_garment_color", kind="open"),
        title="Babyhug Girls Pink Top with Denim Shorts Set",
        category="Clothing Set",
        color="Pink",
    ),
]
