"""BLIND_975 (46 products; old Myntra feed, mixed, caption adapter epoch 3): written blind in the fifty-eighth session.
Measured blind at 041ab2e (the session's first rules): 119/133 failures found (89.5%) and 6/184 correct texts flagged
(3.3%). The writer's notes, verbatim:

Scenario: a night's enrichment of the older Myntra feed (short titles such as "Basics Men Khaki Shorts"), a mixed men's
and women's catalog: t-shirts, polos, shirts, tops, kurtas, dresses, skirts, jeans, trousers, track pants, shorts,
sweaters, sweatshirts, jackets. Photos are the shared set's kind: a model on a white backdrop, front or three-quarter
view, wearing the product with other clothes (jeans under a tee, a tee under an open jacket, leggings under a kurta).
Rows carry gender, category (the seller's article type), color (the seller's base colour) and title; one row lacks the
color, one the category and one the gender, as the older feed has them.

Who wrote what: the caption and every open answer come from BLIP-2 OPT-2.7b with the caption adapter at epoch 3
(leoreigoto/Data2_V2_Blip2_Finetune_Caption). Its captions are the DeepFashion-MultiModal template ("This gentleman
wears a long-sleeve shirt with pure color patterns ... The shirt is with cotton fabric and its neckline is lapel"),
with no hue names, "lattice" for checks, "graphic" for prints, "three-point" for 3/4 sleeves and knee shorts; it has
no kurta class and calls kurtas shirts, blouses or dresses. Trained without an end token, it stops on a newline only
some of the time: the rest run to the limit (50 tokens for captions, 30 for answers) and either repeat a sentence or
stop mid-phrase. Open answers sometimes fall back to the caption template, sometimes echo the Question/Answer frame,
and often take the color of the other garment in the photo. Closed answers (garment type, color, pattern, sleeve
length, "Is this a ...?") come from enrich's --engine reference, one candidate value each, so they never loop or stop
short; their failures are the wrong candidate.

Labeling conventions and judgement calls:
- One label per text, the most salient failure. A text that repeats a phrase until the limit is a loop even if the
  last repetition is cut; cut is kept for texts that ran to the limit mid-phrase without repeating.
- hit_limit=True only on texts that ran to their token limit (all loops and cuts here, and two leaks that kept going).
- Naming the product with another garment class (a kurta called a shirt, blouse or dress; a crew tee called a polo;
  track pants called jeans; a sweater called a cardigan) is a contradiction of the seller's category or title.
- The closed or open color of the product given as the color of another worn garment (jeans, trousers, the tee under
  a jacket) is other_garment_color; a color no garment in the photo has, or a print's color given as the base color,
  or the base and print colors swapped, is a contradiction.
- A pattern or sleeve answer that contradicts the photo and the title or caption (solid for a striped shirt, short
  sleeves for long ones, floral for plain trousers because the top is floral) is a contradiction. Long sleeves rolled
  to the elbow are still long sleeves.
- Invented details (pockets, hoods, rips, slits at an unseen back, accessories, a tie, a different print motif) and
  fabrics the photo does not support (leather for a nylon bomber, silk for a matte cotton kurta, denim for a poplin
  shirt) are unsupported. Plausible fabrics that match the look (cotton for a jersey tee, wool for a knit, denim for
  jeans, polyester for track pants, chiffon for a sheer light top, linen for a slubby shirt) are correct; the template's
  "cotton fabric" is accepted where the garment looks like cotton.
- The template's "pure color patterns" is accepted for a garment with only a small chest logo or thin piping; a large
  print is graphic. "Sweater" for a crew sweatshirt, "pants" for trousers or jeans, "red" for maroon, "white" for cream,
  "yellow" for mustard, "green" for olive, "blue" for navy, "beige"/"khaki"/"tan" for khaki are accepted as synonyms.
- A one-word or yes/no answer to an open question, or an answer that only gives the garment's name back ("jeans",
  "it is a sweater", "they are shorts"), is non_answer; an answer that turns the question's own words into a sentence
  ("the pants details are the pants details", "describe the sweater") is restated.
- A text that begins with or contains "Question:" / "Answer:" is a leak, even when the answer in it is right.
- He/she/his/her or lady/gentleman against the row's gender is pronoun; the row with no gender has no pronoun label.
- One seller color is wrong (a "Brown" kurta that is rust-orange in the photo): answers that say orange are correct.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

Q = BLIND_QUESTIONS

BLIND_975 = [
    # photo: yellow crew-neck short-sleeve tee, small black cat logo on the left chest, dark blue jeans, hands in
    # pockets, white backdrop, front view. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X975-001",
        caption(
            "This gentleman wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt"
            " is with cotton fabric and its neckline is crew. The pants are with denim fabric and solid color patterns."
        ),
        wearing("a yellow t-shirt and blue jeans", who="he"),
        Q.color("yellow"),
        Q.garment_type("t-shirt"),
        details("t-shirt", "the t-shirt has a black logo on the chest, short sleeves and a round neck"),
        describe("t-shirt", "the t-shirt is blue", failure="other_garment_color"),
        Q.material("cotton"),
        is_a("polo shirt", "yes", failure="contradiction"),
        title="Puma Men Logo Yellow Tshirts",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: peach sleeveless top, light semi-sheer woven fabric, gathered round neckline, white slim trousers, gold
    # bangle on the left wrist, white backdrop, front view. Caption/open: caption adapter; closed: reference engine.
    case(
        "X975-002",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric and its"
            " neckline is round. The pants this lady wears is of long length. There is an accessory on her wrist."
        ),
        wearing("a peach top and white pants", who="she"),
        color_of("top", "white", failure="other_garment_color"),
        Q.garment_type("dress", failure="contradiction"),
        describe(
            "top",
            "the top is sleeveless with a round neck and gathers at the neckline, it has a zipper on the back and two"
            " pockets on the front",
            failure="unsupported",
        ),
        Q.sleeve_length("sleeveless"),
        Q.pattern("solid"),
        title="Vero Moda Women Peach Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: navy shirt with thin white vertical pinstripes, full sleeves, button-down collar, one chest pocket,
    # tucked into beige chinos with a brown belt, white backdrop, front view. Caption/open: adapter; closed: reference.
    case(
        "X975-003",
        caption(
            "This gentleman wears a long-sleeve shirt with stripe patterns and a long trousers. The shirt is with"
            " cotton fabric and its neckline is lapel. The trousers are with cotton fabric and solid color patterns."
            " The trousers are with cotton fabric and solid color patterns. The trousers are with",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a blue shirt and khaki pants", who="he"),
        color_of("shirt", "navy blue"),
        Q.pattern("solid", failure="contradiction"),
        details("shirt", "the shirt has a collar, buttons, a pocket on the chest and long sleeves"),
        describe(
            "shirt",
            "a navy blue shirt with white stripes Question: Describe the pants. Answer: a pair of khaki pants",
            failure="leak",
        ),
        title="Arrow Men Stripes Navy Blue Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: bottle-green straight knee-length kurta with small gold block-printed flowers all over, three-quarter
    # sleeves, round neck with a short slit, matte cotton, white churidar leggings, silver juttis, white backdrop.
    # Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X975-004",
        caption(
            "The lady wears a three-point sleeve dress with floral patterns. The dress is with cotton fabric and its"
            " neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color"
            " patterns.",
            failure="contradiction",
        ),
        wearing("a green kurta and white leggings", who="she"),
        Q.color("green"),
        Q.garment_type("kurta"),
        Q.sleeve_length("three-quarter sleeves"),
        details("kurta", "the kurta has gold print all over, a round neck with a slit and three quarter sleeves"),
        Q.material("silk", failure="unsupported"),
        title="Biba Women Printed Green Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: mid-blue faded slim jeans with whiskering, grey crew-neck tee worn untucked, white sneakers, no watch or
    # bracelet, white backdrop, full-length front view. Caption/open: caption adapter; closed: reference engine.
    case(
        "X975-005",
        caption(
            "The person wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with"
            " cotton fabric and its neckline is crew. The pants are with denim fabric and solid color patterns. There"
            " is an accessory on his wrist.",
            failure="unsupported",
        ),
        wearing("a grey t-shirt and blue jeans", who="he"),
        color_of("jeans", "grey", failure="other_garment_color"),
        is_a("jeans", "yes", article="a pair of"),
        details("jeans", "the jeans are faded at the thighs with whiskering, they have front pockets and a slim fit"),
        describe("jeans", "blue", failure="non_answer"),
        title="Lee Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: black sleeveless knee-length shift dress in a matte crepe, round neck, black pumps, hand on hip, white
    # backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X975-006",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is of knee length and its neckline"
            " is round. She wears a pair of black shoes."
        ),
        wearing("she is wearing a black dress and black heels", who="she"),
        Q.color("black"),
        Q.garment_type("dress"),
        Q.sleeve_length("sleeveless"),
        details("dress", "the dress has a round neck, no sleeves and a belt at the waist", failure="unsupported"),
        describe("dress", "the dress is a short black dress with long sleeves", failure="contradiction"),
        Q.material("silk", failure="unsupported"),
        title="Mango Women Black Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: grey melange crew-neck sweatshirt, navy "PROLINE" text print across the chest, ribbed cuffs and hem,
    # blue jeans, white backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X975-007",
        caption(
            "This gentleman wears a long-sleeve sweater with graphic patterns and a long pants. The sweater is with"
            " cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a grey sweatshirt with the word proline on it and blue jeans", who="he"),
        color_of(
            "sweatshirt",
            "grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey",
            failure="loop",
            kind="open",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        Q.material("cotton fleece"),
        details(
            "sweatshirt",
            "the sweatshirt has a print on the chest and ribbed cuffs and hem. the sweatshirt has a print on the chest"
            " and ribbed cuffs and hem. the sweatshirt has a print on the",
            failure="loop",
            hit_limit=True,
        ),
        title="Proline Men Grey Melange Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: olive cotton utility jacket worn open, long sleeves, collar, two flap chest pockets, no hood, over a
    # white tee, blue skinny jeans, white backdrop, front view. Caption/open: caption adapter; closed: reference.
    case(
        "X975-008",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long denim pants. The jacket is with"
            " cotton fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns. Her"
            " outer clothing is a jacket."
        ),
        wearing("a white t-shirt, green jacket and jeans", who="she"),
        color_of("jacket", "white", failure="other_garment_color"),
        Q.garment_type("jacket"),
        describe("jacket", "the jacket is olive green with two flap pockets on the chest and long sleeves"),
        details("jacket", "the jacket has a hood, a zipper and a drawstring at the waist", failure="unsupported"),
        title="Mango Women Olive Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: black track pants with three white stripes down each side, elastic cuffs, white tee with a small black
    # logo, white backdrop, three-quarter view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X975-009",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and"
            " its neckline is round. The gentleman wears a long pants. The pants are with cotton fabric and stripe"
            " patterns. The pants are with cotton fabric and stripe patterns. The pants are",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a white shirt and black pants", who="he"),
        color_of("pants", "white", failure="other_garment_color"),
        Q.pattern("striped"),
        describe("pants", "the pants are black with white stripes on the side"),
        Q.material("polyester"),
        details("pants", "the pants details are the pants details", failure="restated"),
        title="Adidas Men Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: red flared skater skirt ending above the knee, white sleeveless top tucked in, white backdrop, front
    # view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X975-010",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The"
            " lady wears a long skirt. The skirt is with cotton fabric and pure color patterns.",
            failure="contradiction",
        ),
        wearing("she is wearing a white top and a red skirt", who="she"),
        Q.color("white", failure="other_garment_color"),
        Q.garment_type("skirt"),
        details(
            "skirt",
            "The skirt is with cotton fabric and pure color patterns. The skirt is with cotton fabric and pure color"
            " patterns. The skirt is with cotton fabric and pure color",
            failure="loop",
            hit_limit=True,
        ),
        describe("skirt", "a red skirt that is flared and short, he is wearing a white top", failure="pronoun"),
        title="Jealous 21 Women Red Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: khaki chino shorts to the knee, navy polo t-shirt untucked, brown watch on the left wrist, white
    # backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X975-011",
        caption(
            "This gentleman wears a short-sleeve polo shirt with pure color patterns and a three-point shorts. The polo"
            " shirt is with cotton fabric and its neckline is lapel. The shorts are with cotton fabric and pure color"
            " patterns. There is an accessory on his",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a blue polo shirt and tan shorts", who="he"),
        color_of("shorts", "beige"),
        details("shorts", "they are shorts", failure="non_answer"),
        Q.material("cotton"),
        is_a("jeans", "no", article="a pair of"),
        describe("shorts", "the shorts are navy blue with a drawstring waist", failure="other_garment_color"),
        title="Basics Men Khaki Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: white crew-neck tee with a pink "FM" logo print and small pink text on the chest, short sleeves, blue
    # jeans, white backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X975-012",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long denim pants. The T-shirt is with"
            " cotton fabric and its neckline is crew. The pants are with denim fabric and solid color patterns."
        ),
        wearing("a white t-shirt with pink writing and blue jeans", who="she"),
        Q.color("pink", failure="contradiction"),
        Q.pattern("graphic"),
        details("t-shirt", "the t-shirt has a pink print of the letters fm on the front and short sleeves"),
        describe(
            "t-shirt",
            "the t-shirt is white with a pink print of the letters fm and some small writing under it in pink, it has"
            " short sleeves and a round neck and the",
            failure="cut",
            hit_limit=True,
        ),
        Q.material("Question: What material is the garment made of? Answer: cotton", failure="leak"),
        title="Flying Machine Women White Tshirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: white cotton long kurta, long sleeves, mandarin collar, placket with wooden buttons, plain hem, white
    # pyjama, brown kolhapuri sandals, white backdrop, front view. No category column in the row.
    # Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X975-013",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with"
            " cotton fabric and its neckline is stand. The pants are with cotton fabric and pure color patterns.",
            failure="contradiction",
        ),
        wearing("a white kurta and white pajamas", who="he"),
        Q.color("white"),
        Q.garment_type("kurta"),
        details("kurta", "the kurta has a mandarin collar, a button placket with wooden buttons and long sleeves"),
        Q.sleeve_length("long sleeves"),
        describe("kurta", "the kurta is white with a blue embroidered border at the hem", failure="unsupported"),
        title="Fabindia Men White Kurta",
        color="White",
        gender="Men",
    ),
    # photo: lavender fine-knit crew-neck sweater, long sleeves, plain knit, grey skinny jeans, white backdrop, front
    # view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X975-014",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and its"
            " neckline is round. The lady wears a long pants. The pants are with denim fabric and pure color patterns."
            " The lady wears a long pants. The pants are with denim",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a purple sweater and grey jeans", who="she"),
        color_of("sweater", "grey", failure="other_garment_color"),
        Q.material("wool"),
        describe("sweater", "it is a sweater", failure="non_answer"),
        details(
            "sweater",
            "the sweater has a round neck, ribbed cuffs and a cable knit pattern on the front",
            failure="unsupported",
        ),
        title="Vero Moda Women Lavender Sweater",
        category="Sweaters",
        color="Lavender",
        gender="Women",
    ),
    # photo: black nylon zip-up windcheater with grey shoulder panels, stand collar, zipped halfway over a white tee,
    # blue jeans, white backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X975-015",
        caption(
            "This gentleman wears a long-sleeve jacket with color block patterns and a long pants. The jacket is with"
            " nylon fabric and its neckline is stand. The pants are with denim fabric and pure color patterns. There"
            " is",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a black jacket, white t-shirt and jeans", who="he"),
        Q.color("black"),
        Q.garment_type("jacket"),
        details("jacket", "the jacket has a zipper, grey panels on the shoulders and a stand collar"),
        Q.material("leather", failure="unsupported"),
        is_a("jacket", "no", failure="contradiction"),
        describe("jacket", "what is the jacket? the jacket is a jacket", failure="restated"),
        title="Fila Men Black Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: black straight-leg ankle trousers, beige short-sleeve top with a small brown floral print worn untucked
    # over them, white backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X975-016",
        caption(
            "The lady wears a short-sleeve blouse with floral patterns and a long trousers. The blouse is with chiffon"
            " fabric. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("a beige top and black pants", who="she"),
        color_of("pants", "beige", failure="other_garment_color"),
        Q.pattern("floral", failure="contradiction"),
        details("pants", "the pants are black and have a straight leg, they end at the ankle"),
        describe(
            "pants",
            "the pants are black and have a straight leg, they end at the ankle. the pants are black and have a"
            " straight leg, they end at the ankle. the pants",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("denim", failure="unsupported"),
        title="W Women Black Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: maroon pique polo, short sleeves, three-button placket, small white embroidered logo on the chest, grey
    # chinos, white backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X975-017",
        caption(
            "This gentleman wears a short-sleeve polo shirt with pure color patterns and a long trousers. The polo"
            " shirt is with cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color"
            " patterns."
        ),
        wearing("a red polo shirt and grey pants", who="he"),
        Q.color("red"),
        Q.garment_type("polo shirt"),
        Q.sleeve_length("short sleeves"),
        details("t-shirt", "the t-shirt has a collar, three buttons and a logo on the chest"),
        describe(
            "t-shirt",
            "a maroon polo shirt with a white logo on the chest and a collar Question: What is the color of the pants?"
            " Answer: grey Question: What is the color",
            failure="leak",
            hit_limit=True,
        ),
        is_a("t-shirt", "no", failure="contradiction"),
        title="U.S. Polo Assn. Men Maroon Polo Tshirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: light pink full-sleeve cotton poplin shirt, pointed collar, sleeves rolled to the elbows, tucked into
    # black trousers, white backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X975-018",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with"
            " cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns.",
            failure="pronoun",
        ),
        wearing("a pink shirt and black pants", who="she"),
        color_of("shirt", "pink"),
        Q.sleeve_length("short sleeves", failure="contradiction"),
        details(
            "shirt",
            "the shirt has a pointed collar, buttons down the front and the sleeves are rolled up to the elbows",
        ),
        Q.material("denim", failure="unsupported"),
        title="Arrow Woman Pink Shirt",
        category="Shirts",
        color="Pink",
        gender="Women",
    ),
    # photo: red and black buffalo-check flannel shirt, full sleeves, two flap chest pockets, buttoned, blue jeans,
    # white backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X975-019",
        caption(
            "This gentleman wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton"
            " fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a red and black checkered shirt and blue jeans", who="he"),
        color_of("shirt", "red and black", kind="open"),
        Q.pattern("checked"),
        details("shirt", "the shirt has two pockets on the chest with flaps and buttons"),
        describe("shirt", "the shirt is blue and black plaid", failure="other_garment_color"),
        Q.material("silk", failure="unsupported"),
        title="Wrangler Men Checks Red Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: dark indigo skinny jeans, loose white short-sleeve top, tan ankle boots, white backdrop, front view.
    # Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X975-020",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long denim pants. The shirt is with"
            " cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. There"
            " is an accessory on her",
            failure="cut",
            hit_limit=True,
        ),
        wearing("white top and blue jeans", who="she"),
        color_of("jeans", "blue"),
        is_a("jeans", "yes", article="a pair of"),
        details("jeans", "skinny fit, dark wash, the hems sit on the ankle boots"),
        describe("jeans", "jeans", failure="non_answer"),
        Q.material("denim"),
        title="Levis Women Navy Blue Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: charcoal V-neck fine-knit sweater, long sleeves, white shirt collar showing at the neck, black trousers,
    # white backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X975-021",
        caption(
            "This gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric"
            " and its neckline is V-shape. The gentleman wears a long trousers. The trousers are with cotton fabric and"
            " pure color patterns."
        ),
        wearing("a grey sweater over a white shirt and black pants", who="he"),
        Q.color("white", failure="other_garment_color"),
        Q.garment_type("sweater"),
        describe("sweater", "she is wearing a grey v neck sweater over a white shirt", failure="pronoun"),
        Q.material("wool"),
        details(
            "sweater",
            "the sweater has a v neck, ribbed cuffs and hem, and it is worn over a white shirt with the collar showing"
            " at the neck and the sleeves of the shirt are",
            failure="cut",
            hit_limit=True,
        ),
        title="United Colors of Benetton Men Charcoal Sweater",
        category="Sweaters",
        color="Charcoal",
        gender="Men",
    ),
    # photo: purple polyester sports tee, white swoosh on the chest, short raglan sleeves, no pockets, black track
    # pants, white backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X975-022",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton"
            " fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. The lady"
            " wears a short-sleeve T-shirt with graphic patterns and a long pants. The",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a black nike shirt and black pants", who="she", failure="other_garment_color"),
        color_of("t-shirt", "purple"),
        Q.material("polyester"),
        details(
            "t-shirt", "the t-shirt has a nike logo on the chest and a pocket on the sleeve", failure="unsupported"
        ),
        is_a("t-shirt", "yes"),
        describe("t-shirt", "no", failure="non_answer"),
        title="Nike Women Purple Tshirt",
        category="Tshirts",
        color="Purple",
        gender="Women",
    ),
    # photo: beige flat-front trousers, white full-sleeve shirt tucked in, brown belt, brown shoes, white backdrop,
    # front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X975-023",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with"
            " cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns."
            " There is an accessory in his waist."
        ),
        wearing("a white shirt and khaki pants", who="he"),
        color_of("pants", "white", failure="other_garment_color"),
        is_a("jeans", "yes", failure="contradiction", article="a pair of"),
        details("pants", "the pants have a flat front, belt loops and side pockets"),
        describe(
            "pants",
            "the pants are beige and the shirt is white and the belt is brown and the shoes are brown and the shirt is"
            " white and the belt is brown and the shoes are brown and the",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("Answer: cotton Question: What material is the shirt made of? Answer: cotton", failure="leak"),
        title="Scullers Men Beige Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: maroon straight kurta with gold thread embroidery around the neckline, three-quarter sleeves, side slits,
    # beige leggings, white backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X975-024",
        caption(
            "The lady wears a three-point sleeve blouse with pure color patterns and a long leggings. The blouse is"
            " with cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color"
            " patterns.",
            failure="contradiction",
        ),
        wearing("a maroon kurta with gold embroidery and beige leggings", who="she"),
        Q.color("maroon"),
        Q.garment_type("kurta"),
        details("kurta", "the kurta has gold embroidery around the neck, three quarter sleeves and slits on the sides"),
        Q.material("cotton"),
        Q.pattern("embroidered"),
        Q.sleeve_length("sleeveless", failure="contradiction"),
        describe("kurta", "the kurta is described as a kurta", failure="restated"),
        title="W Women Maroon Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: crew-neck tee with horizontal navy, white and red stripes, short sleeves, no pocket, blue jeans, white
    # backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X975-025",
        caption(
            "This gentleman wears a short-sleeve T-shirt with stripe patterns and a long denim pants. The T-shirt is"
            " with cotton fabric and its neckline is crew. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a striped shirt and jeans", who="he"),
        color_of("t-shirt", "blue, white and red stripes", kind="open"),
        Q.pattern("striped"),
        details(
            "t-shirt",
            "the t-shirt has horizontal stripes in navy, white and red and a round neck, the stripes are navy, white"
            " and red, the stripes are navy, white and red, the",
            failure="loop",
            hit_limit=True,
        ),
        describe(
            "t-shirt", "a t-shirt with stripes in navy, white and red, and a pocket with a zip", failure="unsupported"
        ),
        title="Classic Polo Men Stripes Multi Tshirt",
        category="Tshirts",
        color="Multi",
        gender="Men",
    ),
    # photo: light-blue denim shorts with frayed hems and a small rip on the left thigh, white cotton tank top, white
    # backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X975-026",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a short denim shorts. The tank top is"
            " with cotton fabric and its neckline is round. The shorts are with denim fabric and pure color patterns."
        ),
        wearing("she is wearing shorts", who="she"),
        color_of("shorts", "blue"),
        details(
            "shorts",
            "the shorts have frayed hems, a button and zip fly, two front pockets and a light wash with some fading on"
            " the thighs and a small rip on the left",
            failure="cut",
            hit_limit=True,
        ),
        describe("shorts", "the shorts are white", failure="other_garment_color"),
        Q.material("denim"),
        is_a("shorts", "yes", article="a pair of"),
        title="ONLY Women Blue Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: plain white formal shirt, full sleeves, spread collar, no tie, no pocket, tucked into grey trousers,
    # black belt, white backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X975-027",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with"
            " cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. He"
            " wears a tie.",
            failure="unsupported",
        ),
        wearing("a white shirt and grey trousers", who="he"),
        Q.color("grey", failure="other_garment_color"),
        Q.garment_type("shirt"),
        Q.sleeve_length("long sleeves"),
        details("shirt", "white", failure="non_answer"),
        Q.pattern("striped", failure="contradiction"),
        title="Peter England Men White Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: pink pullover hoodie, white cat logo on the chest, kangaroo pocket, white drawstrings, grey track pants,
    # white backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X975-028",
        caption(
            "The lady wears a long-sleeve hoodie with graphic patterns and a long pants. The hoodie is with cotton"
            " fabric. The pants are with cotton fabric and pure color patterns. The lady wears a long-sleeve hoodie"
            " with graphic patterns and a long pants. The hoodie is with",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a pink hoodie and grey sweatpants", who="she"),
        color_of("sweatshirt", "grey", failure="other_garment_color"),
        describe(
            "sweatshirt",
            "the sweatshirt is pink with a white puma logo, a hood with drawstrings and a pocket at the front",
        ),
        Q.garment_type("hoodie"),
        details(
            "sweatshirt",
            "Question: What are the sweatshirt details? Answer: the sweatshirt has a hood Question: What are the pants"
            " details? Answer:",
            failure="leak",
            hit_limit=True,
        ),
        title="Puma Women Pink Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: navy track pants with thin white piping down the sides, zip pockets, elastic waist with a drawstring,
    # grey tee, white backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X975-029",
        caption(
            "This gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with"
            " cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a grey t-shirt and blue track pants", who="he"),
        color_of("track pants", "navy blue"),
        details("track pants", "the track pants have white piping, zip pockets and an elastic waist with a drawstring"),
        Q.material("polyester"),
        describe("track pants", "the track pants are track pants", failure="restated"),
        is_a("jeans", "yes", failure="contradiction", article="a pair of"),
        title="Reebok Men Navy Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white short-sleeve top with a blue and pink floral print, round neck with a small front slit, light
    # woven fabric, blue jeans, white backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference.
    case(
        "X975-030",
        caption(
            "The lady wears a short-sleeve blouse with floral patterns and a long denim pants. The blouse is with"
            " chiffon fabric and its neckline is round. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a floral top and jeans", who="she"),
        color_of("top", "white with blue and pink flowers", kind="open"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves", failure="contradiction"),
        details(
            "top",
            "the top has a floral print in blue and pink on a white base, short sleeves and a round neck with a small"
            " slit at the front and a row of tiny",
            failure="cut",
            hit_limit=True,
        ),
        describe("top", "he is wearing a floral top with short sleeves", failure="pronoun"),
        title="Mango Women Floral Top",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: black slim jeans, plain white casual shirt untucked with sleeves rolled, white sneakers, no rips, white
    # backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X975-031",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is with"
            " cotton fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns."
        ),
        wearing("he is wearing a white shirt and black jeans", who="he"),
        color_of("jeans", "white", failure="other_garment_color"),
        is_a("jeans", "yes", article="a pair of"),
        describe("jeans", "the jeans are black with a slim fit and a ripped knee", failure="unsupported"),
        details(
            "jeans",
            "black jeans, black jeans, black jeans, black jeans, black jeans, black jeans, black jeans, black jeans,"
            " black jeans, black jeans",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("denim Question: What is the color of the shirt? Answer: white", failure="leak"),
        title="Spykar Men Black Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: rust-orange long cotton kurta (the seller's "Brown" is wrong), full sleeves, mandarin collar, white
    # pyjama, white backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X975-032",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with"
            " cotton fabric and its neckline is stand. The pants are with cotton fabric and pure color patterns. The"
            " shirt is with cotton fabric and its neckline is stand. The pants are",
            failure="loop",
            hit_limit=True,
        ),
        wearing("an orange kurta and white pants", who="he"),
        Q.color("orange"),
        Q.garment_type("shirt", failure="contradiction"),
        details("kurta", "the kurta is long with a mandarin collar and full sleeves"),
        Q.sleeve_length("long sleeves"),
        title="Fabindia Men Brown Kurta",
        category="Kurtas",
        color="Brown",
        gender="Men",
    ),
    # photo: light-blue denim jacket with metal buttons and two flap chest pockets, worn open over a black camisole,
    # black jeans, white backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X975-033",
        caption(
            "The lady wears a long-sleeve denim jacket with pure color patterns. The jacket is with denim fabric and"
            " its neckline is lapel. The lady wears a long pants. The pants are with denim fabric and pure color"
            " patterns. Her inner clothing is a tank top. There is",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a denim jacket, a black top and black jeans", who="she"),
        color_of("jacket", "black", failure="other_garment_color"),
        Q.material("denim"),
        details("jacket", "the jacket has metal buttons and two flap pockets on the chest"),
        describe("jacket", "yes", failure="non_answer"),
        title="Levis Women Blue Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: black tee with a large white and red motorcycle print across the chest, short sleeves, round neck, blue
    # jeans, white backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X975-034",
        caption(
            "This gentleman wears a short-sleeve T-shirt with graphic patterns and a long denim pants. The T-shirt is"
            " with cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a black t-shirt with a motorcycle on it and jeans", who="he"),
        Q.color("black"),
        Q.pattern("graphic"),
        describe(
            "t-shirt",
            "the t-shirt is black with a picture of a motorcycle in white and red on the front, it has short sleeves"
            " and a round neck and the print is large and covers the",
            failure="cut",
            hit_limit=True,
        ),
        details("t-shirt", "the t-shirt has a picture of a skull on the front", failure="unsupported"),
        Q.material("cotton"),
        color_of("t-shirt", "blue", failure="other_garment_color", kind="open"),
        title="Tantra Men Printed Black Tshirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: cream high-waisted wide-leg trousers, navy fitted short-sleeve top tucked in, no bag, white backdrop,
    # front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X975-035",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is with"
            " cotton fabric and its neckline is round. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("a blue top, white pants and a brown handbag", who="she", failure="unsupported"),
        color_of("trousers", "navy blue", failure="other_garment_color"),
        describe("trousers", "the trousers are cream colored wide leg pants with a high waist"),
        details("trousers", "the details of the trousers are on the trousers", failure="restated"),
        Q.garment_type("pants"),
        title="Vero Moda Women Cream Trousers",
        category="Trousers",
        color="Cream",
        gender="Women",
    ),
    # photo: navy crew-neck sweatshirt with a white swoosh on the chest, ribbed cuffs, black track pants, white
    # backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X975-036",
        caption(
            "This lady wears a long-sleeve sweater with graphic patterns and a long pants. The sweater is with cotton"
            " fabric and its neckline is round. The pants are with cotton fabric and pure color patterns.",
            failure="pronoun",
        ),
        wearing("a blue sweatshirt and black pants", who="he"),
        Q.color("black", failure="other_garment_color"),
        Q.garment_type("sweatshirt"),
        details("sweatshirt", "the sweatshirt has a white nike logo on the chest and ribbed cuffs"),
        Q.material("cotton"),
        describe(
            "sweatshirt",
            "the sweatshirt is navy blue with a white nike swoosh on the left side of the chest and ribbed cuffs and a"
            " ribbed hem that sits on the",
            failure="cut",
            hit_limit=True,
        ),
        title="Nike Men Navy Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: olive v-neck cotton tee, short sleeves, blue jeans, white backdrop, front view. The row has no color
    # column. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X975-037",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is with"
            " cotton fabric and its neckline is V-shape. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a green shirt and blue jeans", who="she"),
        color_of("t-shirt", "green"),
        Q.sleeve_length("short sleeves"),
        describe("t-shirt", "the t-shirt is a brown t-shirt with a v neck", failure="contradiction"),
        details("t-shirt", "he is wearing a green v neck t-shirt", failure="pronoun"),
        Q.material("silk", failure="unsupported"),
        title="United Colors of Benetton Women Olive Tshirt",
        category="Tshirts",
        gender="Women",
    ),
    # photo: grey sports shorts with a black side panel and a small black logo, elastic waistband, black tee, white
    # backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X975-038",
        caption(
            "This gentleman wears a short-sleeve T-shirt with pure color patterns and a short shorts. The T-shirt is"
            " with cotton fabric and its neckline is round. The shorts are with cotton fabric and pure color patterns."
            " The shorts are with cotton fabric and pure color patterns. The",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a black t-shirt and grey shorts", who="he"),
        color_of("shorts", "black", failure="other_garment_color"),
        details("shorts", "the shorts have an elastic waistband, a black panel on the side and a small logo"),
        describe(
            "shorts",
            "the shorts are grey with black side panel. Question: What is the color of the shirt? Answer:",
            failure="leak",
        ),
        is_a("shorts", "yes", article="a pair of"),
        title="Puma Men Grey Shorts",
        category="Shorts",
        color="Grey",
        gender="Men",
    ),
    # photo: royal blue knee-length dress with small white polka dots, short sleeves, round neck, thin self tie belt
    # at the waist, white backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X975-039",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric and its"
            " neckline is round. The dress is of knee length. There is an accessory on her waist."
        ),
        wearing("a blue polka dot dress", who="she"),
        color_of("dress", "blue"),
        Q.pattern("polka dot"),
        details("dress", "the dress has white polka dots, short sleeves and a tie at the waist"),
        describe("dress", "the dress is white with blue dots", failure="contradiction"),
        Q.sleeve_length("sleeveless", failure="contradiction"),
        title="Jealous 21 Women Printed Blue Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: dark brown nylon bomber jacket with ribbed collar, cuffs and hem, zip front half open, two side pockets
    # and a zip pocket on the left sleeve, white tee, black jeans, white backdrop, front view.
    # Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X975-040",
        caption(
            "This gentleman wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with"
            " leather fabric and its neckline is stand. The pants are with denim fabric and pure color patterns.",
            failure="unsupported",
        ),
        wearing("a brown jacket, a white t-shirt and black jeans", who="he"),
        Q.color("brown"),
        Q.garment_type("jacket"),
        details(
            "jacket",
            "the jacket has a ribbed collar, ribbed cuffs and a ribbed hem, a zip front, two side pockets and a small"
            " pocket on the left sleeve with a zip and a",
            failure="cut",
            hit_limit=True,
        ),
        describe("jacket", "a bomber jacket"),
        color_of("jacket", "black", failure="other_garment_color", kind="open"),
        title="Wrangler Men Coffee Brown Jacket",
        category="Jackets",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: white shirt with thin blue checks, full sleeves, one chest pocket, worn untucked over blue jeans, white
    # backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X975-041",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns and a long denim pants. The shirt is with cotton"
            " fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a white checkered shirt and blue jeans", who="she"),
        color_of("shirt", "white"),
        Q.pattern("checked"),
        details("shirt", "the shirt has a collar, buttons and a pocket on the chest"),
        describe(
            "shirt",
            "the shirt is a checkered shirt with a checkered pattern and a checkered collar and checkered sleeves and a"
            " checkered pocket and checkered cuffs and a checkered",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        Q.sleeve_length("short sleeves", failure="contradiction"),
        title="Wrangler Women Checked White Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: green tee with three white stripes across the shoulders and a small white logo, short sleeves, black
    # sports shorts, white backdrop, front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X975-042",
        caption(
            "The gentleman wears a short-sleeve T-shirt with stripe patterns and a short shorts. The T-shirt is with"
            " cotton fabric and its neckline is round. The shorts are with cotton fabric and pure color patterns. The"
            " gentleman wears a pair of",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a green t-shirt and black shorts", who="he"),
        Q.color("green"),
        Q.sleeve_length("short sleeves"),
        details("t-shirt", "the t-shirt has three white stripes on the shoulders and an adidas logo on the chest"),
        describe("t-shirt", "the t-shirt is black", failure="other_garment_color"),
        Q.material("Answer: cotton", failure="leak"),
        title="Adidas Men Green Tshirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: indigo straight kurta with a white floral block print, long sleeves, round neck, white salwar, no
    # dupatta, white backdrop, front view. The row has no gender. Caption/open: adapter; closed: reference engine.
    case(
        "X975-043",
        caption(
            "The lady wears a long-sleeve dress with floral patterns and a long pants. The dress is with cotton fabric"
            " and its neckline is round. The pants are with cotton fabric and pure color patterns.",
            failure="contradiction",
        ),
        wearing("a blue kurta with white flowers, white pants and a dupatta", failure="unsupported"),
        color_of("kurta", "blue"),
        Q.pattern("floral"),
        details(
            "kurta",
            "the kurta has a white floral print all over and long sleeves and a round neck and a white floral print"
            " all over and long sleeves and a round neck and a",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        is_a("dress", "yes", failure="contradiction"),
        title="Biba Women Blue Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # photo: olive short-sleeve slubby linen shirt, camp collar, plain (no print), beige shorts, white backdrop, front
    # view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X975-044",
        caption(
            "This gentleman wears a short-sleeve shirt with pure color patterns and a three-point shorts. The shirt is"
            " with linen fabric and its neckline is lapel. The shorts are with cotton fabric and pure color patterns."
        ),
        wearing("an olive green shirt and beige shorts", who="he"),
        color_of("shirt", "beige", failure="other_garment_color"),
        Q.sleeve_length("short sleeves"),
        describe(
            "shirt",
            "the shirt has a camp collar, short sleeves and coconut buttons, and it has a printed pattern of palm"
            " leaves",
            failure="unsupported",
        ),
        details("shirt", "short", failure="non_answer"),
        is_a("t-shirt", "yes", failure="contradiction"),
        title="Mother Earth Men Olive Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: black knee-length pencil skirt, white sleeveless blouse tucked in, thin silver bracelet, black heels,
    # white backdrop, front view (the back is not shown). Caption/open: caption adapter epoch 3; closed: reference.
    case(
        "X975-045",
        caption(
            "The lady wears a sleeveless blouse with pure color patterns and a medium skirt. The blouse is with chiffon"
            " fabric. The skirt is with cotton fabric and pure color patterns. There is an accessory on her wrist."
        ),
        wearing("a white blouse and black skirt", who="she"),
        Q.color("black"),
        Q.garment_type("skirt"),
        describe("skirt", "the skirt is a pencil skirt and he is wearing a white shirt", failure="pronoun"),
        details("skirt", "the skirt is black and has a slit at the back", failure="unsupported"),
        color_of("skirt", "white", failure="other_garment_color", kind="open"),
        title="Mango Women Black Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: mustard crew-neck cable-knit sweater, long sleeves, ribbed cuffs and hem, blue jeans, white backdrop,
    # front view. Caption/open: caption adapter epoch 3; closed: reference engine.
    case(
        "X975-046",
        caption(
            "This gentleman wears a long-sleeve sweater with pure color patterns and a long denim pants. The sweater is"
            " with knitting fabric and its neckline is round. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a yellow sweater and jeans", who="he"),
        color_of("sweater", "yellow"),
        Q.material("wool"),
        details("sweater", "the sweater has a cable knit pattern on the front and sleeves, ribbed cuffs and hem"),
        describe("sweater", "describe the sweater", failure="restated"),
        is_a("cardigan", "yes", failure="contradiction"),
        title="Reid & Taylor Men Mustard Sweater",
        category="Sweaters",
        color="Mustard",
        gender="Men",
    ),
]
