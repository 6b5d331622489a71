"""BLIND_1085 (46 products; old Myntra kurtas & shirts, caption epoch 1): written blind in the fifty-ninth session.
Measured blind at caeb924 (the session's final rules): 98/117 failures found (83.8%) and 4/167 correct texts flagged
(2.4%). The writer's notes, verbatim:

Scenario: the older Myntra catalog feed of the shared photos' kind: short seller titles ("Biba Women Red Kurta",
"Arrow Men Pink Shirt"), columns title / category (Kurtas, Shirts) / color (the seller's base colour) / gender.
23 women's kurtas worn by a model with churidar, leggings, palazzo or jeans, some with a dupatta; 23 men's shirts
worn with jeans, chinos, trousers or shorts, one layered over a t-shirt, one with a tie, one folded flat with no
model. All on the white studio backdrop, front or three-quarter view. A few rows lack a column (no gender, no
category, no color), and one seller color is off (a "Brown" kurta that photographs rust).

Who wrote what: captions and every open answer come from the caption adapter at epoch 1
(leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch on blip2-opt-2.7b, greedy, 50 new tokens for captions,
30 for answers). At epoch 1 it has half learned the DeepFashion template ("The lady wears a medium-sleeve kurta
with floral patterns. The kurta is with cotton fabric. It has a round neckline...") and still half answers like
the base model ("a pink kurta with white leggings"). No end token was trained, so template texts often run to the
limit: cut mid-sentence or repeating a sentence. The base's stop habit is not gone at epoch 1, so short base-style
answers end on their own. It calls men "the lady" (DeepFashion is mostly women), names kurtas dress/top/shirt,
puts "cotton fabric" / "chiffon fabric" / "knitting fabric" everywhere, invents wrist accessories and rings, and
carries the OPT habit of continuing with a new "Question: ... Answer:" turn. Closed answers (garment type, color,
pattern, sleeve length, the color of a named garment, "Is this a ...?") come from enrich's reference engine: one
candidate value, never looped or cut, but often the color of the bottoms, the dupatta or the print.

Labeling conventions and judgement calls:
- One label per text: the failure a reader meets first. A template text that runs to the limit is "cut" when it
  stops mid-sentence and nothing earlier is wrong, "loop" when a phrase or sentence repeats, and keeps the earlier
  content failure (contradiction, unsupported, pronoun, leak) when there is one; hit_limit=True whenever it ran to
  its 30 or 50 tokens, whatever the label.
- other_garment_color: the product (kurta or shirt) is given the color of another garment in the photo (the
  churidar, palazzo, leggings, jeans, trousers, dupatta, the t-shirt under the shirt, the tie), in open or closed
  texts alike. A wrong color that belongs to nothing else in the photo (or only to the print or the stripes) is a
  contradiction. The bottoms given the product's color ("one color for two garments") is a contradiction.
- A kurta called dress, top or shirt contradicts the seller's category; "tunic", "kurti", "anarkali suit" and
  "outfit" are accepted. A "yes" to "Is this a dress?" for a kurta, or "no" to "Is this a kurta?", is a contradiction.
- Colors are judged against the photo by color group: navy/dark blue, teal/turquoise and light blue are all blue;
  maroon is red; peach and magenta are pink; cream is off white/white; beige chinos are khaki. Where the seller is
  off (the "Brown" kurta that is rust), an answer that says orange/rust is correct.
- Patterns: DeepFashion's "lattice" is checks, "pure color" is solid, "graphic" is a print, and "floral" is accepted
  for paisley and floral block prints; a tie-dye or print called "striped", or a check called "solid", contradicts.
- Material: cotton for a matte woven kurta or shirt, flannel, denim or linen where the photo or title shows it, are
  correct. Silk, chiffon, velvet, rayon, "knitting" or "100% cotton" claims the photo cannot show are unsupported;
  a material that conflicts with another text of the same product or with the title is a contradiction.
- Invented parts (flap pockets, logos, gold buttons, a white collar, a ring, a wrist accessory) that the photo does
  not show are unsupported; parts the photo comment lists are correct.
- Pronoun: "he"/"his"/"the gentleman" for a women's kurta, "she"/"the lady" for a men's shirt.
- non_answer: a one-word or yes/no reply to an open question, or a fragment that names only the garment;
  restated: a sentence that only turns the question back ("the details of the shirt are the details of the shirt").
- leak: any text that contains a "Question: ... Answer:" turn, whether it repeats the prompt or starts a new one.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

GARMENT_TYPE = BLIND_QUESTIONS.garment_type
COLOR = BLIND_QUESTIONS.color
PATTERN = BLIND_QUESTIONS.pattern
SLEEVES = BLIND_QUESTIONS.sleeve_length
MATERIAL = BLIND_QUESTIONS.material

BLIND_1085 = [
    # photo: navy blue straight calf-length kurta with small white floral block print, three-quarter sleeves, round
    # neck with a short placket; white churidar, thin silver bangles; white backdrop, front, full length. Matte cotton.
    # Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X1085-001",
        caption(
            "The lady wears a medium-sleeve kurta with floral patterns. The kurta is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a navy blue kurta with white flowers and white leggings"),
        color_of("kurta", "navy blue"),
        PATTERN("floral"),
        SLEEVES("short sleeve", "contradiction"),
        details(
            "kurta",
            "round neck with a short placket, small white flowers all over and mirror work on the yoke",
            "unsupported",
        ),
        MATERIAL("The kurta is with cotton fabric."),
        title="Fabindia Women Printed Navy Blue Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: light blue and white checked shirt, long sleeves buttoned, spread collar, one chest pocket; dark blue
    # jeans; white backdrop, front, cropped at the knees. Caption/open: caption adapter epoch 1; closed: reference.
    case(
        "X1085-002",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns."
        ),
        wearing("a blue checkered shirt and jeans", who="he"),
        color_of("shirt", "blue"),
        color_of("jeans", "blue"),
        describe("shirt", "a dark blue denim shirt with long sleeves and a pocket on the chest", "other_garment_color"),
        PATTERN("checked"),
        MATERIAL("The shirt is with denim fabric and lattice patterns.", "contradiction"),
        title="Wrangler Men Check Blue Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: mustard yellow sleeveless A-line kurta with a maroon geometric printed border at the hem; maroon palazzo,
    # maroon dupatta over the left shoulder; white backdrop, front. Caption/open: adapter epoch 1; closed: reference.
    case(
        "X1085-003",
        caption(
            "The lady wears a sleeveless dress with color block patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with chiffon fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        wearing("a yellow kurta and red pants"),
        COLOR("maroon", "other_garment_color"),
        SLEEVES("sleeveless"),
        details("kurta", "the kurta has a maroon border at the bottom with a geometric print"),
        is_a("kurta", "yes"),
        title="W Women Mustard Printed Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: plain white formal shirt, long sleeves, tucked into black trousers with a black belt, hands in pockets;
    # white backdrop, front. Caption/open: caption adapter epoch 1 (base-style caption); closed: reference engine.
    case(
        "X1085-004",
        caption("a man in a white shirt and black pants standing in front of a white wall"),
        wearing(
            "He wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. He wears a long trousers. The",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("shirt", "white"),
        color_of("pants", "white", "contradiction"),
        describe("shirt", "white shirt with black stripes on the sleeves and collar", "unsupported"),
        PATTERN("solid"),
        title="Peter England Men White Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: rose pink straight kurta with white chikankari embroidery on the front and sleeves, three-quarter
    # sleeves, round neck; white leggings, thin watch on the left wrist; white backdrop, front. Looks like cotton.
    # Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1085-005",
        caption(
            "The lady wears a medium-sleeve kurta with floral patterns. It has a round neckline. The lady wears a "
            "long leggings. There is an accessory on her wrist."
        ),
        wearing(
            "she is wearing a white kurta with white embroidery and white leggings", "other_garment_color", who="she"
        ),
        color_of("kurta", "pink"),
        details("kurta", "the kurta has white chikan embroidery on the front and the sleeves, the neckline is round"),
        MATERIAL("silk with gold zari embroidery", "unsupported"),
        title="Ada Women Pink Chikankari Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: maroon solid casual shirt, short sleeves, spread collar, untucked over beige chinos; white backdrop,
    # front. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1085-006",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The lady",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a red shirt and khaki pants"),
        color_of("shirt", "maroon"),
        SLEEVES("short sleeve"),
        details("shirt", "the details of the shirt are the shirt details", "restated"),
        MATERIAL("cotton"),
        title="Locomotive Men Maroon Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: bottle green straight kurta with gold foil print, long sleeves, mandarin collar; beige palazzo; white
    # backdrop, front. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1085-007",
        caption(
            "The lady wears a long-sleeve kurta with graphic patterns. The kurta is with cotton fabric. It has a "
            "stand neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a green kurta with gold print and beige pants"),
        COLOR("green"),
        PATTERN("printed"),
        describe(
            "kurta",
            "a green kurta with gold print, mandarin collar and long sleeves Question: What is the color of the "
            "pants? Answer: beige",
            "leak",
        ),
        is_a("dress", "no"),
        title="Biba Women Green Printed Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: navy blue shirt with tiny white polka dots, long sleeves, worn over grey trousers; white backdrop,
    # three-quarter view. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1085-008",
        caption("a man wearing a blue shirt with white polka dots"),
        wearing("he is wearing a navy shirt with white dots and grey pants", who="he"),
        color_of("shirt", "white", "contradiction"),
        PATTERN("printed"),
        details(
            "shirt",
            "the shirt has white dots, white dots, white dots, white dots, white dots, white dots, white dots, "
            "white dots,",
            "loop",
            hit_limit=True,
        ),
        MATERIAL("The shirt is made of 100% cotton and is machine washable.", "unsupported"),
        title="Scullers Men Printed Navy Blue Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: cream kurta with red and blue paisley block print, three-quarter sleeves, V-neck; blue jeans; white
    # backdrop, front. Cotton look. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1085-009",
        caption(
            "The lady wears a medium-sleeve kurta with floral patterns. It has a V-shape neckline. The lady wears a "
            "long pants. The pants are with denim fabric and pure color patterns."
        ),
        wearing("she is wearing a blue kurta and jeans", "other_garment_color", who="she"),
        COLOR("off white"),
        color_of("jeans", "blue"),
        SLEEVES("three-quarter sleeve"),
        MATERIAL("the material of the garment is the material the garment is made of", "restated"),
        title="Global Desi Women Cream Printed Kurta",
        category="Kurtas",
        color="Cream",
        gender="Women",
    ),
    # photo: black slim shirt, sleeves rolled to the elbows, sunglasses hooked on the placket; blue jeans; white
    # backdrop, front. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1085-010",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric. There "
            "is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing("a black shirt with rolled up sleeves and blue jeans"),
        color_of("shirt", "black"),
        color_of("jeans", "black", "contradiction"),
        describe(
            "shirt",
            "black shirt black shirt black shirt black shirt black shirt black shirt black shirt black shirt black "
            "shirt black shirt",
            "loop",
            hit_limit=True,
        ),
        SLEEVES("long sleeve"),
        is_a("shirt", "yes"),
        title="Mother Earth Men Black Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: red anarkali-style flared kurta with gold embroidery at the yoke, full sleeves; red churidar, gold
    # dupatta draped over both arms, gold bangles; white backdrop, front, full length. Flowing georgette look.
    # Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1085-011",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a long leggings. The leggings are",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a red anarkali suit with a gold dupatta"),
        COLOR("red"),
        GARMENT_TYPE("dress", "contradiction"),
        details("kurta", "golden embroidery on the yoke and flared panels"),
        MATERIAL("the kurta is made of silk", "unsupported"),
        title="Span Women Red Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: green and navy checked casual shirt, short sleeves, button-down collar, one patch pocket without a
    # flap and no logo; folded flat, no model; white backdrop. Caption/open: adapter epoch 1; closed: reference.
    case(
        "X1085-012",
        caption("a green and blue plaid shirt on a white background"),
        wearing("a green and blue plaid shirt"),
        color_of("shirt", "green"),
        PATTERN("checked"),
        SLEEVES("long sleeve", "contradiction"),
        details(
            "shirt",
            "the shirt has a button down collar, a chest pocket with a flap and a logo on the pocket",
            "unsupported",
        ),
        MATERIAL("The shirt is with cotton fabric."),
        title="Indian Terrain Men Check Green Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: turquoise blue solid straight kurta, short sleeves, round neck, side slits; white cigarette pants;
    # white backdrop, front. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1085-013",
        caption(
            "The lady wears a short-sleeve kurta with pure color patterns. The kurta is with cotton fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("he is wearing a blue kurta and white pants", "pronoun"),
        color_of("kurta", "teal"),
        color_of("pants", "white"),
        describe(
            "kurta",
            "a blue kurta with white pants, a blue kurta with white pants, a blue kurta with white pants, a blue kurta",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="Aurelia Women Turquoise Blue Kurta",
        category="Kurtas",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: pink solid formal shirt, long sleeves, spread collar, buttoned cuffs, one pocket on the left chest,
    # curved hem, tucked into navy trousers; white backdrop, front. Caption/open: adapter epoch 1; closed: reference.
    case(
        "X1085-014",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers."
        ),
        wearing("a pink shirt and navy blue trousers"),
        COLOR("pink"),
        describe("shirt", "pink", "non_answer"),
        details(
            "shirt",
            "the shirt has a spread collar, button cuffs and a single pocket on the left chest, it is a slim fit "
            "shirt with a curved hem and",
            "cut",
            hit_limit=True,
        ),
        MATERIAL("The shirt is with denim fabric and pure color patterns.", "contradiction"),
        title="Arrow Men Pink Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: black kurta with white and red floral print, three-quarter sleeves, keyhole neck; white leggings;
    # white backdrop, three-quarter view. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1085-015",
        caption(
            "The lady wears a medium-sleeve kurta with floral patterns. The kurta is with cotton fabric. The lady "
            "wears a long leggings. The leggings are with cotton fabric and pure color patterns. The lady wears a "
            "long leggings. The leggings are with",
            "loop",
            hit_limit=True,
        ),
        wearing("a black floral kurta with white leggings", who="she"),
        COLOR("black"),
        color_of("leggings", "black", "contradiction"),
        PATTERN("floral"),
        details(
            "kurta",
            "Question: What are the kurta details? Answer: the kurta has a keyhole neckline and floral print",
            "leak",
        ),
        title="Mother Earth Women Black Printed Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: white shirt with thin blue vertical stripes, long sleeves, spread collar, one chest pocket; beige chinos,
    # brown belt; white backdrop, front. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1085-016",
        caption("a man wearing a white and blue striped shirt and khaki pants"),
        wearing(
            "He wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. He wears a long trousers. The",
            "cut",
            who="he",
            hit_limit=True,
        ),
        color_of("shirt", "blue", "contradiction"),
        PATTERN("striped"),
        describe("shirt", "a white shirt with blue stripes, a spread collar and a pocket on the chest"),
        MATERIAL("The shirt is with chiffon fabric.", "unsupported"),
        title="Van Heusen Men Stripes White Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: peach straight kurta with cream lace trim at the hem and sleeves, three-quarter sleeves, round neck;
    # cream palazzo; white backdrop, front. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1085-017",
        caption(
            "The lady wears a medium-sleeve top with pure color patterns. The top is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a long trousers. The trousers are with chiffon fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        wearing("a cream kurta with cream pants", "other_garment_color"),
        COLOR("peach"),
        SLEEVES("three-quarter sleeve"),
        details("kurta", "the kurta has lace on the sleeves and the hem"),
        is_a("kurta", "no", "contradiction"),
        title="Jashn Women Peach Kurta",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: olive green utility shirt, long sleeves, two flap chest pockets, epaulettes; black jeans; white
    # backdrop, front. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1085-018",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a green military shirt and black jeans"),
        color_of("shirt", "olive"),
        color_of("jeans", "olive", "contradiction"),
        details("shirt", "two chest pockets with flaps and buttons, epaulettes on the shoulders"),
        describe("shirt", "a black shirt with two pockets", "other_garment_color"),
        title="Roadster Men Olive Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: purple straight kurta with silver mirror work at the neckline, long sleeves; matching purple churidar; no
    # jewellery, hands at the sides; white backdrop, front. Matte cotton-silk look.
    # Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1085-019",
        caption("a woman in a purple outfit posing for a photo"),
        wearing(
            "She wears a long-sleeve kurta with pure color patterns. There is an accessory on her wrist.",
            "unsupported",
            who="she",
        ),
        COLOR("purple"),
        color_of("leggings", "purple"),
        details("kurta", "mirror work at the neck"),
        MATERIAL("The kurta is with chiffon fabric.", "unsupported"),
        title="Biba Women Purple Kurta",
        category="Kurtas",
        color="Purple",
        gender="Women",
    ),
    # photo: grey washed denim shirt, long sleeves, two chest pockets with snap buttons, buttoned up; black jeans;
    # white backdrop, front. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1085-020",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns."
        ),
        wearing("a grey denim shirt and black jeans"),
        COLOR("grey"),
        MATERIAL("denim"),
        details("shirt", "two pockets on the chest with snap buttons and orange contrast stitching", "unsupported"),
        is_a("shirt", "yes"),
        title="Levis Men Denim Grey Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: rust-orange straight kurta with black block print (seller says Brown), three-quarter sleeves, round neck;
    # black leggings; white backdrop, front. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1085-021",
        caption(
            "The lady wears a medium-sleeve kurta with graphic patterns. The kurta is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings."
        ),
        wearing("an orange kurta with black print and black leggings"),
        COLOR("rust"),
        color_of("leggings", "black"),
        describe("kurta", "a black kurta with orange print and black leggings", "other_garment_color"),
        PATTERN("printed"),
        SLEEVES("long sleeve", "contradiction"),
        title="Fabindia Women Brown Printed Kurta",
        category="Kurtas",
        color="Brown",
        gender="Women",
    ),
    # photo: mustard yellow shirt with white and navy checks, long sleeves, button-down collar, small embroidered logo
    # on the pocket; plain navy chinos; white backdrop, front. Caption/open: adapter epoch 1; closed: reference.
    case(
        "X1085-022",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and lattice "
            "patterns.",
            "contradiction",
        ),
        wearing("a yellow checked shirt and navy blue pants", who="he"),
        color_of("shirt", "mustard"),
        color_of("pants", "navy blue"),
        describe(
            "shirt",
            "a yellow and blue plaid shirt with a logo on the chest Question: What is the color of the pants? "
            "Answer: blue Question: What",
            "leak",
            hit_limit=True,
        ),
        details(
            "shirt",
            "the shirt has a button-down collar, a pocket and a logo, a button-down collar, a pocket and a logo, a "
            "button-down",
            "loop",
            hit_limit=True,
        ),
        title="U.S. Polo Assn. Men Checks Mustard Shirt",
        category="Shirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: white cotton kurta with tonal white embroidery at the neck and cuffs, long sleeves, V-neck; white
    # churidar; pink and green printed dupatta around the neck; white backdrop, front. Row has no gender column.
    # Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1085-023",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a long leggings. She wears neckwear."
        ),
        wearing("a white kurta with a pink and green dupatta"),
        COLOR("white"),
        color_of("kurta", "the kurta is pink and green", "other_garment_color", kind="open"),
        details(
            "kurta",
            "white embroidery on the neck and the sleeves with a pink and green border at the hem",
            "unsupported",
        ),
        MATERIAL("cotton"),
        title="Fabindia Women White Kurta",
        category="Kurtas",
        color="White",
    ),
    # photo: light blue solid formal shirt, long sleeves, spread collar, buttoned cuffs; navy tie; grey trousers,
    # hands in pockets; white backdrop, front. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1085-024",
        caption("a man in a blue shirt and tie standing with his hands in his pockets"),
        wearing("a blue shirt and a tie", who="he"),
        color_of("shirt", "navy blue", "other_garment_color"),
        describe(
            "shirt",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        SLEEVES("long sleeve"),
        details("shirt", "her shirt has a spread collar and buttoned cuffs", "pronoun"),
        title="Louis Philippe Men Blue Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: lime green straight kurta with pink floral embroidery at the neck, short sleeves, round neck; pink
    # leggings; hands at the sides, no rings; white backdrop, front. Caption/open: adapter epoch 1; closed: reference.
    case(
        "X1085-025",
        caption(
            "The lady wears a short-sleeve kurta with floral patterns. The kurta is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is a ring on her finger.",
            "unsupported",
        ),
        wearing("a green kurta with pink leggings"),
        COLOR("pink", "other_garment_color"),
        color_of("leggings", "pink"),
        describe("kurta", "a pink kurta with green embroidery", "other_garment_color"),
        SLEEVES("short sleeve"),
        title="Span Women Lime Green Kurta",
        category="Kurtas",
        color="Lime Green",
        gender="Women",
    ),
    # photo: mid-blue denim shirt worn open over a white crew-neck t-shirt, long sleeves with buttoned cuffs, two
    # buttoned chest pockets; beige chinos; white backdrop, front. Caption/open: adapter epoch 1; closed: reference.
    case(
        "X1085-026",
        caption("a man wearing a blue denim shirt over a white t-shirt and khaki pants"),
        wearing("he is wearing a denim shirt over a white t shirt and beige chinos", who="he"),
        color_of("shirt", "white", "other_garment_color"),
        MATERIAL("denim"),
        details(
            "shirt",
            "the shirt is open and has two pockets with buttons on the chest, the sleeves are long and the cuffs "
            "are buttoned, the shirt is worn over",
            "cut",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        title="Wrangler Men Blue Denim Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: magenta straight kurta with gold foil motifs, three-quarter sleeves, round neck; beige leggings; white
    # backdrop, front. Matte cotton. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1085-027",
        caption(
            "The lady wears a medium-sleeve kurta with graphic patterns. The kurta is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("The gentleman wears a medium-sleeve shirt with graphic patterns.", "pronoun"),
        COLOR("pink"),
        PATTERN("printed"),
        describe(
            "kurta",
            "a magenta kurta with gold print, a magenta kurta with gold print, a magenta kurta with gold print, a "
            "magenta",
            "loop",
            hit_limit=True,
        ),
        MATERIAL("The kurta is with cotton fabric."),
        title="Anouk Women Magenta Printed Kurta",
        category="Kurtas",
        color="Magenta",
        gender="Women",
    ),
    # photo: dark coffee brown solid shirt, long sleeves, tucked into black trousers with a black belt; white
    # backdrop, front. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1085-028",
        caption("a man in a black shirt and black pants", "other_garment_color"),
        wearing("a brown shirt and black pants"),
        color_of("shirt", "brown"),
        color_of("pants", "black"),
        describe("shirt", "the shirt is a shirt that is worn by a man", "restated"),
        SLEEVES("long sleeve"),
        title="John Miller Men Brown Shirt",
        category="Shirts",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: indigo blue kurta with white shibori tie-dye, long sleeves, round neck; white palazzo; white backdrop,
    # front. Row has no category column. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1085-029",
        caption(
            "The lady wears a long-sleeve kurta with graphic patterns. The kurta is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("she is wearing a blue and white tie dye kurta with white palazzo pants", who="she"),
        COLOR("blue"),
        PATTERN("striped", "contradiction"),
        details(
            "kurta",
            "Question: What are the kurta details? Answer: blue Question: What are the kurta details? Answer: blue "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        MATERIAL("cotton"),
        title="Fabindia Women Blue Kurta",
        color="Blue",
        gender="Women",
    ),
    # photo: red and black buffalo check flannel shirt, long sleeves, two chest pockets, buttoned cuffs; blue jeans;
    # white backdrop, front. Brushed flannel look. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1085-030",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with knitting fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns.",
            "unsupported",
        ),
        wearing("a red and black plaid shirt and blue jeans"),
        color_of("shirt", "red"),
        color_of("jeans", "blue"),
        PATTERN("checked"),
        details("shirt", "red and black checks all over, two chest pockets and buttoned cuffs"),
        MATERIAL("flannel"),
        title="Roadster Men Red Check Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: yellow A-line kurta with white floral embroidery at the neck and hem, three-quarter sleeves; white
    # churidar; holds a white dupatta in one hand; white backdrop, front. Caption/open: adapter epoch 1; closed: ref.
    case(
        "X1085-031",
        caption(
            "The lady wears a medium-sleeve kurta with floral patterns. The kurta is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("a yellow kurta and white leggings"),
        COLOR("white", "other_garment_color"),
        SLEEVES("three-quarter sleeve"),
        describe("kurta", "yes", "non_answer"),
        details(
            "kurta",
            "white floral embroidery around the neck and on the hem, with sequins and a tassel tie at the neck",
            "unsupported",
        ),
        is_a("kurta", "yes"),
        title="Biba Women Yellow Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Women",
    ),
    # photo: white linen shirt with a mandarin (band) collar, long sleeves rolled up, no pockets; beige linen
    # trousers; white backdrop, front. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1085-032",
        caption("a man in a white shirt with a mandarin collar and beige pants"),
        wearing("she is wearing a white shirt and beige pants", "pronoun", who="he"),
        color_of("shirt", "white"),
        MATERIAL("linen"),
        details("shirt", "mandarin collar, rolled up sleeves, no pockets"),
        describe("shirt", "The shirt is with cotton fabric. It has a lapel neckline.", "contradiction"),
        title="Fabindia Men White Linen Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: maroon straight kurta with gold block print, long sleeves, mandarin collar, no buttons; black leggings;
    # no jewellery; white backdrop, front. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1085-033",
        caption("a woman in a maroon kurta with gold print and black leggings"),
        wearing(
            "She wears a long-sleeve kurta with graphic patterns. There is a ring on her finger. There is an "
            "accessory on her wrist.",
            "unsupported",
            who="she",
        ),
        COLOR("maroon"),
        color_of("leggings", "maroon", "contradiction"),
        details("kurta", "the kurta has gold buttons down the front and gold embroidery on the cuffs", "unsupported"),
        PATTERN("solid", "contradiction"),
        title="W Women Maroon Printed Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: lavender solid shirt, long sleeves, self-colored collar and cuffs, one pocket on the left; grey trousers;
    # white backdrop, front. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1085-034",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey shirt and grey pants", "other_garment_color"),
        COLOR("lavender"),
        color_of("shirt", "the shirt is light purple", kind="open"),
        details(
            "shirt",
            "the shirt has a pocket on the left side and the buttons are white and the collar is white and the cuffs "
            "are white and",
            "unsupported",
            hit_limit=True,
        ),
        MATERIAL("The shirt is with silk fabric.", "unsupported"),
        title="Arrow Men Solid Lavender Shirts",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: beige kurta with brown thread embroidery on the yoke, short sleeves, round neck; brown leggings; white
    # backdrop, front. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1085-035",
        caption(
            "The lady wears a short-sleeve kurta with pure color patterns. The kurta is with cotton fabric. It has "
            "a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("a brown kurta and brown leggings", "other_garment_color", who="she"),
        COLOR("beige"),
        color_of("leggings", "brown"),
        describe("kurta", "kurta", "non_answer"),
        is_a("dress", "yes", "contradiction"),
        title="Aneri Women Beige Kurta",
        category="Kurtas",
        color="Beige",
        gender="Women",
    ),
    # photo: navy blue solid slim shirt, short sleeves, one pocket; white trousers; white backdrop, front.
    # Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1085-036",
        caption("a man wearing a white shirt and white pants", "other_garment_color"),
        wearing("a dark blue shirt and white pants"),
        color_of("shirt", "navy blue"),
        SLEEVES("short sleeve"),
        describe("shirt", "the shirt", "non_answer"),
        details(
            "shirt",
            "a navy blue shirt with a navy blue collar, navy blue buttons, navy blue sleeves, navy blue cuffs, navy "
            "blue pocket, navy blue",
            "loop",
            hit_limit=True,
        ),
        title="Basics Men Navy Blue Slim Fit Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white kurta with a multicolor floral print (pink, green, blue), long sleeves, V-neck; pink palazzo;
    # white backdrop, front. Cotton look. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1085-037",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("a floral kurta and pink pants"),
        COLOR("white"),
        PATTERN("floral"),
        details(
            "kurta",
            "Question: What are the details of the kurta? Answer: floral print Question: What are the details of "
            "the kurta?",
            "leak",
            hit_limit=True,
        ),
        SLEEVES("long sleeve"),
        title="Global Desi Women Multi Printed Kurta",
        category="Kurtas",
        color="Multi",
        gender="Women",
    ),
    # photo: black and white gingham checked shirt, short sleeves; black jeans; white backdrop, front.
    # Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1085-038",
        caption("a man in a black and white checkered shirt"),
        wearing("a black and white checkered shirt and black jeans", who="he"),
        color_of("shirt", "black"),
        PATTERN("checked"),
        SLEEVES("long sleeve", "contradiction"),
        details(
            "shirt",
            "black and white checks, black and white checks, black and white checks, black and white checks, black and",
            "loop",
            hit_limit=True,
        ),
        MATERIAL(
            "The shirt is with cotton fabric and lattice patterns. It is a slim fit with a cutaway collar.",
            "unsupported",
        ),
        title="Wrangler Men Check Black Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: sea green straight kurta with white print, three-quarter sleeves, round neck; white leggings; white
    # backdrop, front. Row has no color column. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1085-039",
        caption(
            "The lady wears a medium-sleeve kurta with graphic patterns. The kurta is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings."
        ),
        wearing("he is wearing a green kurta with white leggings", "pronoun", who="she"),
        COLOR("sea green"),
        describe(
            "kurta",
            "a green kurta with white print and a round neck, Question: What is the color of the leggings? Answer: "
            "white",
            "leak",
        ),
        details("kurta", "the kurta has a white print"),
        MATERIAL("rayon", "unsupported"),
        title="Aurelia Women Sea Green Kurta",
        category="Kurtas",
        gender="Women",
    ),
    # photo: charcoal grey shirt, long sleeves, two chest pockets, worn untucked over blue jeans; white backdrop,
    # front. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1085-040",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns."
        ),
        wearing("a blue shirt and jeans", "other_garment_color"),
        color_of("shirt", "grey"),
        color_of("jeans", "blue"),
        describe("shirt", "a dark grey shirt with two pockets on the chest"),
        is_a("jacket", "no"),
        title="United Colors of Benetton Men Charcoal Shirt",
        category="Shirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: grey straight kurta with white geometric print, long sleeves, round neck; black palazzo; white backdrop,
    # front. Cotton look. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1085-041",
        caption(
            "The lady wears a long-sleeve kurta with graphic patterns. The kurta is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey and white kurta with black palazzo pants", who="she"),
        COLOR("black", "other_garment_color"),
        PATTERN("printed"),
        details(
            "kurta",
            "The lady wears a long-sleeve kurta with graphic patterns. The lady wears a long-sleeve kurta with "
            "graphic patterns. The lady",
            "loop",
            hit_limit=True,
        ),
        MATERIAL("cotton"),
        title="Mother Earth Women Grey Kurta",
        category="Kurtas",
        color="Grey",
        gender="Women",
    ),
    # photo: orange and white small-check shirt, long sleeves, regular point collar; blue jeans; white backdrop,
    # front. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1085-042",
        caption("a man wearing an orange checkered shirt and jeans"),
        wearing("an orange and white checked shirt with blue jeans", who="he"),
        COLOR("orange"),
        describe(
            "shirt",
            "the shirt is orange and white with a slim fit, it is made of 100% cotton and has a button-down collar",
            "unsupported",
        ),
        details("shirt", "shirt details", "non_answer"),
        SLEEVES("long sleeve"),
        title="Basics Men Orange Slim Fit Checked Shirt",
        category="Shirts",
        color="Orange",
        gender="Men",
    ),
    # photo: olive green straight kurta with cream floral print, three-quarter sleeves, round neck with a keyhole;
    # rust leggings; white backdrop, front. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1085-043",
        caption(
            "The lady wears a medium-sleeve kurta with floral patterns. The kurta is with cotton fabric. The kurta "
            "is with cotton fabric. The kurta is with cotton fabric. The kurta is with cotton fabric. The kurta is "
            "with cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("an olive green kurta with cream flowers and orange leggings"),
        COLOR("olive"),
        color_of("kurta", "orange", "other_garment_color", kind="open"),
        SLEEVES("three-quarter sleeve"),
        details("kurta", "the kurta details are the details on the kurta", "restated"),
        title="W Women Olive Printed Kurta",
        category="Kurtas",
        color="Olive",
        gender="Women",
    ),
    # photo: purple and white checked shirt, long sleeves, button-down collar; grey jeans; white backdrop, front.
    # Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1085-044",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        wearing("a purple checkered shirt and grey jeans"),
        color_of("shirt", "purple"),
        PATTERN("solid", "contradiction"),
        describe("shirt", "a purple and white checked shirt with a button-down collar"),
        MATERIAL(
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline. The gentleman wears a "
            "long trousers. The trousers are",
            "cut",
            hit_limit=True,
        ),
        title="United Colors of Benetton Men Check Purple Shirt",
        category="Shirts",
        color="Purple",
        gender="Men",
    ),
    # photo: teal straight kurta with gold embroidery on the yoke and sleeve cuffs, long sleeves, round neck; white
    # churidar; gold earrings; white backdrop, front. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1085-045",
        caption("a woman in a blue kurta with gold embroidery and white leggings"),
        wearing(
            "She wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric. It has a round "
            "neckline. She wears earrings. She wears",
            "cut",
            who="she",
            hit_limit=True,
        ),
        COLOR("white", "other_garment_color"),
        color_of("leggings", "teal", "contradiction"),
        describe("kurta", "the kurta is described as a kurta with a description", "restated"),
        details("kurta", "gold embroidery on the yoke and on the sleeve cuffs"),
        title="Biba Women Teal Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: sky blue and white vertical striped shirt, short sleeves; khaki shorts; white backdrop, front.
    # Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X1085-046",
        caption("a man in a blue and white striped shirt and khaki shorts"),
        wearing(
            "he is wearing a striped shirt and shorts Question: What is the color of the shorts? Answer: khaki",
            "leak",
            who="he",
        ),
        color_of("shirt", "blue"),
        color_of("shorts", "blue", "contradiction"),
        details("shirt", "it is a shirt", "non_answer"),
        SLEEVES("short sleeve"),
        MATERIAL("The shirt is with cotton fabric and striped patterns."),
        title="Pepe Jeans Men Stripes Blue Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
]
