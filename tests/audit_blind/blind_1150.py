"""BLIND_1150 (46 products; Myntra kids' sets, rompers, night suits, VQA): written blind in the sixtieth session.
Measured blind at 2135623 (the session's eighth rules): 102/128 failures found (79.7%) and 12/182 correct texts flagged
(6.6%). The writer's notes, verbatim:

Scenario: a Myntra-like kids' feed: clothing sets (tee and shorts, kurta pyjama, hoodie and track pants, top and
palazzo), infant rompers, bodysuits and sleepsuits, and night suits for boys and girls. Photos are catalog shots on a
white (a few on pale blue, pink, a sheet or a rug) backdrop: a child model standing, a baby lying or sitting, or a flat
lay of the set, sometimes with a prop (teddy bear, plush rabbit, straw hat, sunglasses).

Who wrote what: every text is from Salesforce/blip2-opt-2.7b (8-bit) with the leoreigoto/Data3_V3_BLIP2_VQA LoRA
adapter. Captions are that adapter given the empty prompt: one epoch of LoRA on q_proj/k_proj left most of the base
captioner, but it sometimes answers a question nobody asked ("Question: ... Answer: ...") or repeats a phrase to the
50-token limit. Open answers are free generation (greedy, 30 new tokens): short, in the In-shop answer style
("romper/jumpsuit", a bare color), often stopping cleanly on padding, but with no trained end token they sometimes
run on into the next "Question: ... Answer:" pair, loop, or stop at the limit mid-phrase. The adapter gives one color
to every garment of a set (the shorts get the t-shirt's color), invents parts (hoods, zips, pockets, hats), calls
rompers dresses, and mixes he/she. Closed answers (color, pattern, sleeve length, garment type, "Is this a ...?") come
from enrich's --engine reference ranking candidate values with the same adapter: never loops or cuts, but sometimes
the wrong candidate.

Labeling conventions and judgement calls:
- A closed answer with the wrong value is a contradiction (never other_garment_color, even when the value is the
  other garment's color); other_garment_color is kept for open answers and captions that give a garment the color
  of another garment in the photo (the set's other piece, the shoes).
- A wrong garment type (dress for a romper, skirt for shorts, costume for a night suit) is a contradiction.
- Invented parts or accessories not in the photo (hood, zip, tail not visible from the front, hat, slippers, socks,
  dupatta, initials, a pocket) are unsupported; so is a fabric that differs from the fabric the title names. A fabric
  is counted correct only where the title names it or the photo shows it (knit, fleece, velour).
- A bare garment name answering "What is the ... wearing?" is correct (it is the answer form the adapter was trained
  on, "romper/jumpsuit" included). A one-word answer (a color, the garment's name, yes) or an empty answer to
  "Describe ..."/"What are the ... details?" is non_answer. Echoing the question's words as a sentence is restated.
- Any spill of the "Question: ... Answer:" format is a leak, even when the leaked answer is right; a repeated
  Question/Answer pair is still a leak, not a loop.
- Loops and cuts ran to the token limit (hit_limit=True); a text that repeats is a loop, not a cut, even if it also
  stops mid-phrase. A leak that runs on to the limit also has hit_limit=True.
- Seller shades named by their coarse color are correct (Peach as pink, Lavender as purple, Teal as blue, Cream as
  white, Maroon as red, Grey Melange as grey); a Multi pack answered with one of its colors is correct. Sea Green
  answered "blue" is counted a contradiction.
- Pronoun failures only on Boys/Girls rows; Unisex rows and the row without gender have no he/she in them.
- garment_type naming the main piece of a set ("kurta" for a kurta pyjama set) is counted correct.
- A backdrop, prop or print color named as such (a blue background, a brown teddy bear) is correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, material, wearing

B = BLIND_QUESTIONS

BLIND_1150 = [
    # photo: boy model, white half-sleeve t-shirt with a navy Ben 10 graphic, navy blue knit shorts with an elastic
    # waist (no fly, no belt loops), white sneakers, white backdrop, front view. All texts: VQA adapter.
    case(
        "X1150-001",
        caption("a young boy wearing a white t-shirt and blue shorts"),
        wearing("a white t-shirt with a cartoon print and navy blue shorts", who="the boy"),
        color_of("t-shirt", "white"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        describe("t-shirt", "a white t-shirt with a ben 10 graphic on the front and a round neck"),
        details("shorts", "the shorts have a zip fly and a button closure with belt loops", "unsupported"),
        B.garment_type("clothing set"),
        title="Ben 10 Kids Boys White & Navy Blue Clothing Set",
        category="Clothing Set",
        color="White",
        gender="Boys",
    ),
    # photo: flat lay of an infant short-sleeve yellow cotton romper with an all-over small grey elephant print,
    # envelope neck, snap buttons along the legs, white backdrop. No hood, no zip. All texts: VQA adapter.
    case(
        "X1150-002",
        caption("a yellow baby romper with elephants on it"),
        wearing("romper/jumpsuit", who="the baby"),
        color_of("romper", "yellow"),
        B.pattern("printed"),
        describe(
            "romper",
            "a yellow romper with small grey elephants, short sleeves, an envelope neck and snap buttons at the crotch "
            "and along the inside of the",
            "cut",
            hit_limit=True,
        ),
        details("romper", "the romper has a hood with bear ears and a zipper down the front", "unsupported"),
        material("cotton"),
        title="Mothercare Infant Unisex Yellow Elephant Print Cotton Romper",
        category="Rompers",
        color="Yellow",
        gender="Unisex",
    ),
    # photo: girl model in a pink full-sleeve pyjama top with a white kitty print and matching pink printed pyjama
    # pants, holding a brown teddy bear, white backdrop. All texts: VQA adapter.
    case(
        "X1150-003",
        caption("a little girl in pink pajamas holding a teddy bear"),
        wearing("he is wearing pink pajamas with a cat print", "pronoun", who="the child"),
        color_of("top", "pink"),
        B.sleeve_length("long"),
        describe("night suit", "a pink pajama set with a white kitty print, a round neck and full sleeves"),
        details(
            "pants",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        is_a("night suit", "yes"),
        title="Hello Kitty Girls Pink Printed Night Suit",
        category="Night suits",
        color="Pink",
        gender="Girls",
    ),
    # photo: girl model in a mustard yellow sleeveless top with a ruffled hem and mid-blue denim shorts, white
    # sandals, white backdrop. All texts: VQA adapter.
    case(
        "X1150-004",
        caption("a little girl wearing a yellow top and denim shorts"),
        wearing("a mustard yellow top and blue denim shorts with white sandals", who="the girl"),
        color_of("top", "yellow"),
        color_of("shorts", "yellow", "other_garment_color", kind="open"),
        B.sleeve_length("short", "contradiction"),
        describe("top", "a sleeveless mustard top with a ruffled hem"),
        title="Gini and Jony Girls Mustard & Blue Clothing Set",
        category="Clothing Set",
        color="Mustard",
        gender="Girls",
    ),
    # photo: boy model in a navy-and-white horizontally striped half-sleeve t-shirt with navy trim at the neck and
    # sleeves, solid navy pyjama shorts, white backdrop. All texts: VQA adapter.
    case(
        "X1150-005",
        caption("a boy in a striped t-shirt and navy shorts standing in front of a white wall"),
        wearing("a blue and white striped t-shirt and shorts", who="the boy"),
        B.pattern("striped"),
        color_of("shorts", "navy blue", kind="open"),
        describe(
            "t-shirt",
            "a navy blue and white striped t-shirt with a round neck, short sleeves, a navy blue trim on the sleeves "
            "and the neck and the",
            "cut",
            hit_limit=True,
        ),
        details("night suit", "she has a striped t-shirt and navy shorts with an elastic waist", "pronoun"),
        is_a("romper", "no"),
        title="Doodle Boys Navy Blue Striped Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: baby girl lying on a white blanket in a pink sleeveless romper with white polka dots and frills on the
    # shoulders, a pink elastic headband; no hat, no bows. All texts: VQA adapter.
    case(
        "X1150-006",
        caption("a baby girl in a pink polka dot romper lying on a white blanket"),
        wearing("a pink romper with white polka dots and a headband", who="the baby"),
        color_of("romper", "pink"),
        B.pattern("polka dots"),
        describe(
            "romper", "a pink romper with white polka dots, frills on the shoulders and a matching hat", "unsupported"
        ),
        details(
            "romper",
            "the romper has a pink bow on the front and a pink bow on the back and a pink bow on the front and a pink "
            "bow on",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("long", "contradiction"),
        title="Babyhug Girls Pink Polka Dot Romper",
        category="Rompers",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy model in a cream full-sleeve kurta with a mandarin collar and gold embroidery on the placket, white
    # churidar pyjama, brown mojari shoes, white backdrop; no dupatta. All texts: VQA adapter.
    case(
        "X1150-007",
        caption("a young boy wearing a white kurta and pajama"),
        wearing("a cream kurta with gold embroidery and white pants", who="the boy"),
        color_of("kurta", "cream"),
        color_of("pyjama", "brown", "other_garment_color", kind="open"),
        describe("kurta", "a cream silk kurta with a mandarin collar and gold embroidery on the placket"),
        details(
            "kurta",
            "the kurta has a mandarin collar, gold embroidery, full sleeves and two side pockets with a matching "
            "dupatta",
            "unsupported",
        ),
        B.garment_type("kurta"),
        title="Little Bum Boys Cream Cotton Silk Kurta Pyjama Set",
        category="Clothing Set",
        color="Cream",
        gender="Boys",
    ),
    # photo: flat lay on white: lavender half-sleeve t-shirt with a white unicorn with a rainbow mane and "dream big"
    # in silver glitter, lavender-and-white checked pyjama pants. All texts: VQA adapter.
    case(
        "X1150-008",
        caption("a purple t-shirt and checkered pants with a unicorn on it"),
        wearing("a unicorn t-shirt and checkered pajama pants", who="the girl"),
        color_of("t-shirt", "purple"),
        describe("pants", "lavender and white checked pajama pants with an elastic waist"),
        details(
            "t-shirt",
            "the t-shirt has a white unicorn with a rainbow mane and the words dream big in silver glitter letters "
            "across the chest and a",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "purple and white", kind="open"),
        material("polyester", "unsupported"),
        title="Tantra Kids Girls Lavender Unicorn Print Cotton Night Suit",
        category="Night suits",
        color="Lavender",
        gender="Girls",
    ),
    # photo: flat lay on white of a grey melange full-sleeve footed sleepsuit with a navy star print and snap buttons
    # down the front, a white plush rabbit beside it. All texts: VQA adapter.
    case(
        "X1150-009",
        caption("Question: what is the color of the romper? Answer: grey Question: what is the color of the", "leak"),
        wearing("a grey romper with stars", who="the baby"),
        color_of("romper", "blue", "contradiction"),
        B.sleeve_length("long"),
        describe(
            "romper",
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey grey grey grey grey grey grey grey",
            "loop",
            hit_limit=True,
        ),
        details("romper", "the romper has snap buttons down the front and covered feet"),
        is_a("romper", "yes"),
        title="Mothercare Infant Unisex Grey Melange Star Print Sleepsuit",
        category="Rompers",
        color="Grey Melange",
        gender="Unisex",
    ),
    # photo: boy model in a red pique polo t-shirt with a self red collar and a small navy logo, khaki chino shorts
    # with belt loops and side pockets, white sneakers, white backdrop. All texts: VQA adapter.
    case(
        "X1150-010",
        caption("a young boy in a red polo shirt and red shorts", "other_garment_color"),
        wearing("a red polo shirt and beige shorts", who="the boy"),
        color_of("shorts", "red", "other_garment_color", kind="open"),
        color_of("polo shirt", "red"),
        describe("polo shirt", "a red polo shirt with a white collar and a logo on the chest", "unsupported"),
        details("shorts", "the shorts have belt loops and side pockets"),
        title="U.S. Polo Assn. Kids Boys Red & Khaki Clothing Set",
        category="Clothing Set",
        color="Red",
        gender="Boys",
    ),
    # photo: girl model in a mid-blue denim sleeveless dungaree romper (short legs) with a bib pocket, worn over a
    # white t-shirt with a small red heart print, red shoes, white backdrop. All texts: VQA adapter.
    case(
        "X1150-011",
        caption("a little girl wearing a denim romper and a white t-shirt"),
        wearing("a denim romper over a white shirt with red hearts", who="the girl"),
        color_of("romper", "white", "contradiction"),
        describe("romper", "a blue denim dungaree romper with shoulder straps and a front pocket"),
        details("romper", "it is a romper", "non_answer"),
        is_a("dress", "no"),
        B.pattern("solid"),
        title="Gini and Jony Girls Blue Denim Dungaree Romper with T-shirt",
        category="Rompers",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy model in an olive green half-sleeve t-shirt with a dinosaur graphic and grey pyjama pants with a
    # small white dinosaur print and ribbed cuffs (no pockets visible), white backdrop. All texts: VQA adapter.
    case(
        "X1150-012",
        caption("a boy wearing a green dinosaur t-shirt and grey pajama pants"),
        wearing("a green t-shirt with a dinosaur and grey pants", who="the boy"),
        color_of("t-shirt", "green"),
        color_of("pants", "green", "other_garment_color", kind="open"),
        describe(
            "pants",
            "grey pajama pants with a white dinosaur print, ribbed cuffs and a side pocket with a dinosaur patch",
            "unsupported",
        ),
        details("t-shirt", "Question: what is the color of the t-shirt? Answer: green", "leak"),
        B.garment_type("night suit"),
        title="Doodle Boys Olive & Grey Dinosaur Print Night Suit",
        category="Night suits",
        color="Olive",
        gender="Boys",
    ),
    # photo: flat lay on white: white short-sleeve top with a pink flamingo print, coral pink shorts with a small
    # fabric bow at the waist. All texts: VQA adapter.
    case(
        "X1150-013",
        caption("a white shirt with flamingos and pink shorts"),
        wearing("a white top with pink flamingos and a pink skirt", "contradiction", who="the girl"),
        color_of("top", "pink", "contradiction"),
        describe("shorts", "a pair of pink shorts with a bow at the waist"),
        details("top", "the details of the top", "restated"),
        B.pattern("printed"),
        title="Peppermint Girls White & Coral Flamingo Print Clothing Set",
        category="Clothing Set",
        color="White",
        gender="Girls",
    ),
    # photo: baby sitting on white, front view, in an orange sleeveless romper with a tiger face and the text "little
    # tiger", black stripes at the leg hems, snaps at the crotch; no hood, the back is not visible. Row lacks gender.
    # All texts: VQA adapter.
    case(
        "X1150-014",
        caption("a baby sitting in an orange tiger costume with a hood", "unsupported"),
        wearing("yes", "non_answer", who="the baby"),
        color_of("romper", "orange"),
        describe("romper", "an orange sleeveless romper with a tiger face and the words little tiger"),
        details(
            "romper", "the romper has black stripes on the legs, snap buttons, and a tail on the back", "unsupported"
        ),
        B.sleeve_length("sleeveless"),
        is_a("romper", "yes"),
        title="Babyhug Infant Orange Little Tiger Romper",
        category="Rompers",
        color="Orange",
    ),
    # photo: girl model in a peach short-sleeve top with white polka dots and peach shorts with white lace at the hem,
    # white backdrop. All texts: VQA adapter.
    case(
        "X1150-015",
        caption("a little girl in a pink polka dot pajama set"),
        wearing("a peach top and shorts with white polka dots", who="the girl"),
        color_of("shorts", "peach"),
        describe(
            "night suit",
            "a peach polka dot top with short sleeves and matching shorts with white lace trim on the hem and white "
            "lace trim on the hem and white lace",
            "loop",
            hit_limit=True,
        ),
        details("shorts", "his shorts have white lace on the bottom", "pronoun"),
        material("satin", "unsupported"),
        title="Bwitch Girls Peach Polka Dot Cotton Night Suit",
        category="Night suits",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy model in a sky blue checked full-sleeve shirt and navy blue trousers with belt loops, brown loafers,
    # white backdrop. All texts: VQA adapter.
    case(
        "X1150-016",
        caption("a young boy in a blue checkered shirt and navy pants"),
        wearing("a blue plaid shirt and dark blue trousers", who="the boy"),
        B.pattern("checked"),
        color_of("trousers", "light blue", "other_garment_color", kind="open"),
        describe("shirt", "a sky blue checked shirt with a collar, full sleeves and buttons down the front"),
        details(
            "trousers",
            "the trousers have a belt loops, a belt loops, a belt loops, a belt loops, a belt loops, a belt",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        title="Gini and Jony Boys Blue Checked Shirt & Navy Trousers Set",
        category="Clothing Set",
        color="Blue",
        gender="Boys",
    ),
    # photo: baby boy lying on a white sheet in a navy blue short-sleeve romper with a white anchor print, red trim on
    # the round collar, snap buttons at the crotch. All texts: VQA adapter.
    case(
        "X1150-017",
        caption("a baby boy laying on a bed in a blue romper with anchors"),
        wearing("a navy blue romper with white anchors", who="the baby"),
        color_of("romper", "navy blue"),
        describe("romper", "a navy romper with an anchor print, short sleeves and a red trim on the collar"),
        details(
            "romper",
            "the romper has a red trim on the round collar, short sleeves with a navy blue hem, white anchors all over "
            "and snap buttons at the",
            "cut",
            hit_limit=True,
        ),
        B.pattern("floral", "contradiction"),
        material("wool", "unsupported"),
        title="Mothercare Infant Boys Navy Blue Anchor Print Cotton Romper",
        category="Rompers",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl model in a black full-sleeve top with "sleepy" in white letters and red-and-black tartan pyjama
    # pants with an elastic waist (no pockets), white backdrop. All texts: VQA adapter.
    case(
        "X1150-018",
        caption("a girl wearing a black shirt and red plaid pants"),
        wearing("a black t-shirt and red checkered pajamas", who="the girl"),
        color_of("top", "black"),
        color_of("pants", "red and black", kind="open"),
        describe("top", "a black long sleeve top with the word sleepy in white letters"),
        details("pants", "the pants have a drawstring and two zip pockets", "unsupported"),
        is_a("night suit", "no", "contradiction"),
        title="Bwitch Girls Black & Red Checked Night Suit",
        category="Night suits",
        color="Black",
        gender="Girls",
    ),
    # photo: boy model, hands in his shorts' pockets, smiling, in an orange t-shirt with a Chhota Bheem print and brown
    # shorts, white backdrop. All texts: VQA adapter.
    case(
        "X1150-019",
        caption(
            "a boy in an orange t-shirt with a cartoon character on it and brown shorts standing in front of a white "
            "wall with his hands in his pockets and smiling at the camera with a big smile on his face and",
            "cut",
            hit_limit=True,
        ),
        wearing("an orange t-shirt with chhota bheem and brown shorts", who="the boy"),
        color_of("shorts", "orange", "other_garment_color", kind="open"),
        color_of("t-shirt", "orange"),
        describe("shorts", "shorts", "non_answer"),
        B.garment_type("clothing set"),
        title="Chhota Bheem Kids Boys Orange & Brown Clothing Set",
        category="Clothing Set",
        color="Orange",
        gender="Boys",
    ),
    # photo: girl model in a white sleeveless wide-leg jumpsuit with a blue floral print and a tie belt, a straw hat,
    # white backdrop; front view, no zip or pockets visible. All texts: VQA adapter.
    case(
        "X1150-020",
        caption("a little girl in a white floral jumpsuit and a straw hat"),
        wearing("a white jumpsuit Question: what is the color of the jumpsuit? Answer: white", "leak", who="the girl"),
        color_of("jumpsuit", "blue", "contradiction"),
        B.pattern("floral"),
        describe("jumpsuit", "a sleeveless white jumpsuit with a blue floral print and a tie belt at the waist"),
        details(
            "jumpsuit",
            "the jumpsuit has a tie belt, wide legs, and a zipper at the back with lace on the pockets",
            "unsupported",
        ),
        material("cotton"),
        title="Cherry Crumble Girls White Floral Print Cotton Jumpsuit",
        category="Jumpsuit",
        color="White",
        gender="Girls",
    ),
    # photo: flat lay on white of a grey-and-white striped full-sleeve pyjama set, round neck, ribbed cuffs at the
    # wrists and ankles. All texts: VQA adapter.
    case(
        "X1150-021",
        caption(
            "a grey and white striped pajama set on a white background with a white background with a white "
            "background with a white background with a white background with a white background with a white "
            "background with a",
            "loop",
            hit_limit=True,
        ),
        wearing("pajamas", who="the child"),
        B.pattern("striped"),
        color_of("pyjama", "grey and white", kind="open"),
        describe(
            "night suit",
            "a grey and white striped pajama set with a round neck and long sleeves and long pants with ribbed cuffs "
            "at the ankles and the",
            "cut",
            hit_limit=True,
        ),
        details("night suit", "what are the night suit details", "restated"),
        is_a("night suit", "yes"),
        title="Mothercare Kids Unisex Grey & White Striped Night Suit",
        category="Night suits",
        color="Grey",
        gender="Unisex",
    ),
    # photo: flat lay on white of an infant three-piece set: white short-sleeve bodysuit, mid-blue denim dungaree
    # shorts with two buttons on the straps and a plain bib, a blue cap. All texts: VQA adapter.
    case(
        "X1150-022",
        caption("a baby outfit with a white onesie, blue overalls and a hat"),
        wearing("a white bodysuit, blue dungarees and a cap", who="the baby"),
        color_of("bodysuit", "blue", "contradiction"),
        color_of("dungarees", "white", "other_garment_color", kind="open"),
        describe("dungarees", "blue denim dungaree shorts with two buttons on the straps"),
        details("dungarees", "the dungarees have a teddy bear patch on the bib", "unsupported"),
        title="Babyhug Infant Boys White & Blue Bodysuit with Dungarees and Cap",
        category="Clothing Set",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl model in a purple fleece hooded sweatshirt with a kangaroo pocket and white drawstrings, purple track
    # pants with a white side stripe, white sneakers, white backdrop. All texts: VQA adapter.
    case(
        "X1150-023",
        caption("a young girl wearing a purple hoodie and purple pants"),
        wearing("he is wearing a purple hoodie and track pants", "pronoun", who="the child"),
        color_of("hoodie", "purple"),
        color_of("track pants", "white", "other_garment_color", kind="open"),
        describe(
            "hoodie",
            "a purple hooded sweatshirt with a kangaroo pocket, white drawstrings at the hood, ribbed cuffs on the "
            "long sleeves and a ribbed hem at the",
            "cut",
            hit_limit=True,
        ),
        details("track pants", "the track pants have a white stripe on the side"),
        B.sleeve_length("long"),
        material("fleece"),
        title="Gini and Jony Girls Purple Fleece Hoodie & Track Pants Set",
        category="Clothing Set",
        color="Purple",
        gender="Girls",
    ),
    # photo: baby girl lying on white in a white romper with a lace collar, pink smocking on the chest, short puff
    # sleeves and a pink satin bow at the waist. All texts: VQA adapter.
    case(
        "X1150-024",
        caption("a baby in a white dress with pink flowers", "contradiction"),
        wearing("a white romper with a lace collar", who="the baby"),
        color_of("romper", "white"),
        describe("romper", "a white romper with pink smocking on the chest and puff sleeves"),
        details(
            "romper",
            "the romper has a lace collar, puff sleeves, pink smocking and a pink satin ribbon at the waist with a bow "
            "on the",
            "cut",
            hit_limit=True,
        ),
        is_a("dress", "yes", "contradiction"),
        title="Babyhug Girls White Smocked Romper with Lace Collar",
        category="Rompers",
        color="White",
        gender="Girls",
    ),
    # photo: boy model in a sky blue half-sleeve t-shirt with a white rocket, stars and planets print, navy blue
    # pyjama pants with an elastic waist, white backdrop. All texts: VQA adapter.
    case(
        "X1150-025",
        caption("a boy wearing a light blue shirt with a rocket and dark blue pants"),
        wearing("she is wearing a blue t-shirt with a rocket and blue pajama pants", "pronoun", who="the child"),
        color_of("t-shirt", "blue"),
        color_of("pants", "light blue", "other_garment_color", kind="open"),
        describe("pants", "", "non_answer"),
        details(
            "t-shirt",
            "the t-shirt has a rocket and stars and planets on the front and a rocket and stars and planets on the "
            "front and a rocket and",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("night suit"),
        title="Doodle Boys Blue Rocket Print Night Suit",
        category="Night suits",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl model in a red full-sleeve top with white polka dots and a Minnie Mouse face, red pyjama pants with
    # white polka dots, barefoot, white backdrop. All texts: VQA adapter.
    case(
        "X1150-026",
        caption("a little girl wearing red minnie mouse pajamas"),
        wearing("a red and white polka dot pajama set with minnie mouse", who="the girl"),
        color_of("top", "red"),
        B.pattern("polka dots"),
        describe(
            "top",
            "Answer: red minnie mouse top Question: describe the pants. Answer: red pants with white dots",
            "leak",
        ),
        details("pants", "long", "non_answer"),
        B.garment_type("dress", "contradiction"),
        title="Disney Kids Girls Red Minnie Mouse Night Suit",
        category="Night suits",
        color="Red",
        gender="Girls",
    ),
    # photo: flat lay on white of a sea green sleeveless cable-knit infant romper with two buttons on each shoulder.
    # No hat or other item. All texts: VQA adapter.
    case(
        "X1150-027",
        caption("a green knitted baby romper with buttons on the shoulders"),
        wearing("Answer: a green sweater romper", "leak", who="the baby"),
        color_of("romper", "blue", "contradiction"),
        material("knit"),
        describe("romper", "a sea green knit romper with a cable pattern and two buttons on each shoulder"),
        details(
            "romper", "the romper has a cable knit front and buttons on the shoulders and a pom pom hat", "unsupported"
        ),
        B.sleeve_length("sleeveless"),
        title="Mothercare Infant Unisex Sea Green Cable Knit Romper",
        category="Rompers",
        color="Sea Green",
        gender="Unisex",
    ),
    # photo: boy model in a black half-sleeve t-shirt with "GAME ON" in neon green and grey jogger shorts with a
    # drawstring and side pockets, white backdrop. All texts: VQA adapter.
    case(
        "X1150-028",
        caption("a boy in a black t-shirt that says game on"),
        wearing("a black t-shirt and grey shorts", who="the boy"),
        color_of("shorts", "black", "other_garment_color", kind="open"),
        color_of("t-shirt", "black"),
        describe("t-shirt", "black", "non_answer"),
        details(
            "shorts",
            "the shorts have a drawstring, side pockets and a black black black black black black black black black "
            "black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        title="HRX Kids Boys Black & Grey Game On Clothing Set",
        category="Clothing Set",
        color="Black",
        gender="Boys",
    ),
    # photo: girl model in a pink flared anarkali-style kurti with a gold print, three-quarter sleeves and a mandarin
    # collar, white leggings, gold juttis, white backdrop. No mirror work. All texts: VQA adapter.
    case(
        "X1150-029",
        caption("a young girl wearing a pink kurta with white leggings"),
        wearing("a pink kurti with gold print and white leggings", who="the girl"),
        color_of("kurti", "pink"),
        color_of("leggings", "pink", "other_garment_color", kind="open"),
        describe("kurti", "a pink anarkali kurti with gold print, three quarter sleeves and a mandarin collar"),
        details("kurti", "the kurti has gold print, a mandarin collar and mirror work on the yoke", "unsupported"),
        B.sleeve_length("three-quarter"),
        title="Biba Girls Pink & White Kurti with Leggings",
        category="Clothing Set",
        color="Pink",
        gender="Girls",
    ),
    # photo: flat lay on a pale blue backdrop of a pack of two short-sleeve infant rompers side by side: one white with
    # blue trims, one plain sky blue; envelope necks, snaps along the legs. All texts: VQA adapter.
    case(
        "X1150-030",
        caption("two baby rompers, one white and one blue, on a blue background"),
        wearing("two rompers", who="the baby"),
        color_of("romper", "blue"),
        describe("rompers", "describe the rompers", "restated"),
        details(
            "rompers",
            "the rompers have envelope necklines, short sleeves and snap buttons along the legs and on the shoulders "
            "of the white romper there is a",
            "cut",
            hit_limit=True,
        ),
        is_a("romper", "no", "contradiction"),
        title="Mothercare Infant Unisex Pack of 2 Rompers",
        category="Rompers",
        color="Multi",
        gender="Unisex",
    ),
    # photo: boy model in a maroon-and-navy checked flannel pyjama shirt (notch collar, buttons, navy piping, long
    # sleeves) and solid navy pants with maroon side piping, white backdrop. All texts: VQA adapter.
    case(
        "X1150-031",
        caption("a boy in a maroon plaid shirt and navy blue pants"),
        wearing("a red and blue checkered shirt and dark pants", who="the boy"),
        color_of("shirt", "maroon"),
        color_of("pants", "maroon", "other_garment_color", kind="open"),
        describe("shirt", "a red and green plaid shirt with a collar and buttons", "contradiction"),
        details(
            "pants",
            "the pants have an elastic waist and maroon piping on the side seams and they are long with a cuffed hem "
            "and they match the navy",
            "cut",
            hit_limit=True,
        ),
        material("flannel"),
        B.pattern("solid", "contradiction"),
        title="Marks & Spencer Boys Maroon & Navy Checked Flannel Night Suit",
        category="Night suits",
        color="Maroon",
        gender="Boys",
    ),
    # photo: flat lay on white: white short-sleeve top with a pink rabbit print, pink pyjama pants with small white
    # hearts. Row lacks color. All texts: VQA adapter.
    case(
        "X1150-032",
        caption("a white and pink pajama set with a bunny on it"),
        wearing("a white shirt with a bunny and pink pants with hearts", who="the girl"),
        color_of("top", "white"),
        describe(
            "top",
            "a white top with a pink bunny and a pink bunny and a pink bunny and a pink bunny and a pink bunny and a "
            "pink",
            "loop",
            hit_limit=True,
        ),
        details(
            "pants",
            "Question: What are the pants details? Answer: pink pants with white hearts Question: What",
            "leak",
            hit_limit=True,
        ),
        B.pattern("printed"),
        title="Tantra Kids Girls Bunny Print Night Suit",
        category="Night suits",
        gender="Girls",
    ),
    # photo: flat lay on white of an infant boys' light blue chambray romper with a shirt collar, short sleeves and
    # snap buttons down the front; no bow tie, no suspenders. All texts: VQA adapter.
    case(
        "X1150-033",
        caption("Answer: romper/jumpsuit", "leak"),
        wearing("a blue romper with a collar", who="the baby"),
        color_of("romper", "blue"),
        describe("romper", "a light blue romper with a collar, short sleeves and snap buttons down the front"),
        details("romper", "the romper has a collar and a bow tie and suspenders", "unsupported"),
        material("denim", "unsupported"),
        title="Babyhug Boys Blue Chambray Romper",
        category="Rompers",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl model in a white short-sleeve t-shirt with "princess" and a crown in silver glitter and a pink
    # layered tulle tutu skirt, silver ballet flats, white backdrop. All texts: VQA adapter.
    case(
        "X1150-034",
        caption("a little girl in a white t-shirt and a pink tutu"),
        wearing("a white shirt that says princess and a pink tutu skirt", who="the girl"),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        color_of("t-shirt", "white"),
        describe("skirt", "a pink tulle tutu skirt with layers"),
        details("t-shirt", "the t-shirt details are the details on the t-shirt", "restated"),
        B.garment_type("dress", "contradiction"),
        title="Barbie Girls White & Pink T-shirt with Tutu Skirt",
        category="Clothing Set",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy model in a yellow sleeveless vest tee with a surfboard graphic and blue board shorts with a green
    # palm leaf print and an elastic waist, sunglasses on his head, white backdrop. All texts: VQA adapter.
    case(
        "X1150-035",
        caption("a young boy wearing a yellow tank top and blue shorts with sunglasses"),
        wearing("a yellow tank top and blue shorts with leaves", who="the boy"),
        color_of("shorts", "yellow", "other_garment_color", kind="open"),
        color_of("tank top", "yellow"),
        B.sleeve_length("short", "contradiction"),
        describe("shorts", "blue shorts with a green palm leaf print and an elastic waist"),
        details(
            "tank top",
            "the tank top has a surfboard on it and a surfboard on it and a surfboard on it and a surfboard on it "
            "and a",
            "loop",
            hit_limit=True,
        ),
        title="Palm Tree Boys Yellow & Blue Tropical Clothing Set",
        category="Clothing Set",
        color="Yellow",
        gender="Boys",
    ),
    # photo: flat lay on white of a teal full-sleeve pyjama top with white stars and matching teal star-print pants,
    # ribbed cuffs at the wrists and ankles; nothing else in the shot. All texts: VQA adapter.
    case(
        "X1150-036",
        caption("a blue pajama set with white stars on it and a pair of blue slippers", "unsupported"),
        wearing("pajamas with stars", who="the child"),
        color_of("top", "teal"),
        B.pattern("striped", "contradiction"),
        describe("night suit", "a blue and white star print pajama set with long sleeves"),
        details(
            "night suit",
            "the night suit has a white star print all over the top and the pants, ribbed cuffs on the sleeves and the "
            "ankles, and a round",
            "cut",
            hit_limit=True,
        ),
        material("cotton"),
        title="Mothercare Kids Unisex Teal Star Print Cotton Night Suit",
        category="Night suits",
        color="Teal",
        gender="Unisex",
    ),
    # photo: girl model in a coral red short playsuit with white daisies, thin shoulder straps and a ruffle at the top,
    # nothing underneath, white sneakers, white backdrop. All texts: VQA adapter.
    case(
        "X1150-037",
        caption("a girl in a red floral romper and white sneakers"),
        wearing(
            "a red romper with white flowers, white flowers, white flowers, white flowers, white flowers, white "
            "flowers, white flowers, white",
            "loop",
            who="the girl",
            hit_limit=True,
        ),
        color_of("romper", "white", "contradiction"),
        describe("romper", "a coral red playsuit with white daisies, thin straps and a ruffle at the top"),
        details(
            "romper",
            "the romper has a ruffle and shoulder straps and it is worn with a white t-shirt underneath",
            "unsupported",
        ),
        B.pattern("floral"),
        title="Cherry Crumble Girls Red Daisy Print Playsuit",
        category="Rompers",
        color="Red",
        gender="Girls",
    ),
    # photo: boy model in a red-and-blue full-sleeve Spider-Man pyjama top with a web print and a spider on the
    # chest, blue pyjama pants with a web print, white backdrop. All texts: VQA adapter.
    case(
        "X1150-038",
        caption("a boy in a spiderman costume", "contradiction"),
        wearing("spider-man pajamas", who="the boy"),
        color_of("top", "red"),
        color_of("pants", "red", "other_garment_color", kind="open"),
        describe("top", "a red and blue spider-man top with a web print and a spider on the chest"),
        details("pants", "yes", "non_answer"),
        is_a("romper", "yes", "contradiction"),
        title="Marvel Boys Red & Blue Spider-Man Night Suit",
        category="Night suits",
        color="Red",
        gender="Boys",
    ),
    # photo: flat lay on white of an infant three-piece set: pink sleeveless frock top with a white lace hem, pink
    # bloomer shorts, pink headband with a fabric flower. No socks. All texts: VQA adapter.
    case(
        "X1150-039",
        caption("a pink baby dress with matching bloomers and a headband"),
        wearing("a pink dress and bloomers with a headband and white socks", "unsupported", who="the baby"),
        color_of("bloomers", "pink", kind="open"),
        describe(
            "top",
            "a pink sleeveless frock top with a lace hem and a lace hem and a lace hem and a lace hem and a lace hem "
            "and a lace hem",
            "loop",
            hit_limit=True,
        ),
        details("headband", "Question: Is this a headband? Answer: yes", "leak"),
        B.garment_type("clothing set"),
        B.sleeve_length("sleeveless"),
        title="Babyhug Girls Pink Frock Top with Bloomer and Headband",
        category="Clothing Set",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy model in a white knee-length full-sleeve kurta with a mandarin collar and side slits, a green
    # sleeveless Nehru jacket with gold buttons, white pyjama, beige juttis, white backdrop. All texts: VQA adapter.
    case(
        "X1150-040",
        caption("a young boy wearing a green vest and white kurta"),
        wearing("a white kurta with a green nehru jacket and white pyjamas", who="the boy"),
        color_of("jacket", "green"),
        color_of("kurta", "green", "other_garment_color", kind="open"),
        describe("jacket", "a green nehru jacket with gold buttons and a mandarin collar"),
        details(
            "kurta",
            "the kurta is white with a mandarin collar, full sleeves, side slits and it reaches below the knees and it "
            "is worn under the",
            "cut",
            hit_limit=True,
        ),
        title="Manyavar Boys White & Green Kurta Pyjama with Nehru Jacket",
        category="Clothing Set",
        color="Green",
        gender="Boys",
    ),
    # photo: flat lay on a pink backdrop of a white sleeveless infant bodysuit with "mom's little star" and a small
    # star printed in black. All texts: VQA adapter.
    case(
        "X1150-041",
        caption("a white baby onesie that says mom's little star on a pink background"),
        wearing(
            "a white onesie with a star on it with a star on it with a star on it with a star on it with a star on it "
            "with a star",
            "loop",
            who="the baby",
            hit_limit=True,
        ),
        color_of("romper", "black", "contradiction"),
        describe("romper", "a white sleeveless bodysuit with mom's little star printed in black"),
        details("romper", "the details of the romper are the details of the romper", "restated"),
        is_a("romper", "yes"),
        title="Babyhug Infant Unisex White Slogan Print Bodysuit",
        category="Rompers",
        color="White",
        gender="Unisex",
    ),
    # photo: girl model in a navy blue and white vertically striped full-sleeve pyjama shirt with a notch collar,
    # white piping and a plain chest pocket, matching striped pants with white piping at the cuffs, white backdrop.
    # All texts: VQA adapter.
    case(
        "X1150-042",
        caption("a girl in navy blue and white striped pajamas"),
        wearing("striped pajamas", who="the girl"),
        color_of("shirt", "navy blue"),
        B.pattern("striped"),
        describe(
            "shirt",
            "a navy and white striped pajama shirt with a notch collar, white piping and a chest pocket with her "
            "initials embroidered",
            "unsupported",
        ),
        details("pants", "the pants are striped and have white piping on the cuffs"),
        color_of(
            "pants",
            "Answer: navy blue and white stripes Question: What is the color of the shirt? Answer: navy blue",
            "leak",
            kind="open",
        ),
        B.sleeve_length("short", "contradiction"),
        title="Marks & Spencer Girls Navy Blue & White Striped Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy model, front view, in a grey melange hooded sweatshirt with "BRONX 82" printed in navy and a kangaroo
    # pocket, black track pants with ribbed cuffs and a small white logo on the left leg, white backdrop.
    # All texts: VQA adapter.
    case(
        "X1150-043",
        caption("a young boy wearing a grey hoodie and black pants"),
        wearing("she is wearing a grey sweatshirt and black track pants", "pronoun", who="the child"),
        color_of("sweatshirt", "grey"),
        color_of("track pants", "grey", "other_garment_color", kind="open"),
        describe("sweatshirt", "a grey melange hoodie with bronx 82 printed in navy and a kangaroo pocket"),
        details(
            "track pants",
            "the track pants have ribbed cuffs and a zip pocket on the back and a logo on the left leg",
            "unsupported",
        ),
        B.sleeve_length("long"),
        title="United Colors of Benetton Kids Boys Grey Melange Hoodie & Black Track Pants Set",
        category="Clothing Set",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: girl model in a mint green sleeveless top with a pink and white floral print and a round neck, white
    # palazzo pants, white backdrop. Row lacks category. All texts: VQA adapter.
    case(
        "X1150-044",
        caption("a little girl wearing a green floral top and green pants", "other_garment_color"),
        wearing("a mint green top with flowers and white palazzo pants", who="the girl"),
        color_of("top", "green"),
        color_of("palazzo pants", "green", "other_garment_color", kind="open"),
        describe("top", "a sleeveless mint green top with a pink and white floral print and a round neck"),
        details("palazzo pants", "the palazzo pants are palazzo pants", "restated"),
        B.pattern("floral"),
        title="Peppermint Girls Mint Green Floral Top with White Palazzos",
        color="Green",
        gender="Girls",
    ),
    # photo: flat lay on white of a beige half-sleeve top with a brown teddy bear holding a red balloon (no pocket)
    # and brown pyjama pants with an elastic waist, a brown plush bear beside it. All texts: VQA adapter.
    case(
        "X1150-045",
        caption("a beige pajama set with a teddy bear and a stuffed bear next to it"),
        wearing("a beige t-shirt with a teddy bear and brown pants", who="the boy"),
        color_of("top", "beige"),
        color_of("pants", "beige", "other_garment_color", kind="open"),
        describe("pants", "brown Question: What are the top details? Answer: a teddy bear", "leak"),
        details("top", "the top has a teddy bear holding a balloon and a pocket with a zipper", "unsupported"),
        title="Doodle Boys Beige & Brown Teddy Print Night Suit",
        category="Night suits",
        color="Beige",
        gender="Boys",
    ),
    # photo: baby girl lying on a white fur rug in a maroon velour full-sleeve footed romper with a small gold star
    # print and snap buttons down the front (no zip). All texts: VQA adapter.
    case(
        "X1150-046",
        caption("a baby girl in a red velvet onesie with gold stars on a white rug"),
        wearing("a maroon romper with gold stars", who="the baby"),
        color_of("romper", "maroon"),
        material("velvet"),
        describe("romper", "romper", "non_answer"),
        details(
            "romper",
            "the romper has gold stars and gold buttons and gold stars and gold buttons and gold stars and gold "
            "buttons and gold stars and",
            "loop",
            hit_limit=True,
        ),
        B.pattern("solid", "contradiction"),
        title="Mothercare Infant Girls Maroon Star Print Velour Romper",
        category="Rompers",
        color="Maroon",
        gender="Girls",
    ),
]
