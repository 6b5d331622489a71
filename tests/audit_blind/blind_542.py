"""BLIND_542 (46 products; men's and boys' tees, shirts, sweatshirts, jackets, jeans, shorts, kurta and night sets):
written blind in the fiftieth session. Measured blind at d15be79 (the session's rules as they stood): 118/133
failures found (88.7%) and 9/164 correct texts flagged (5.5%). The writer's notes, verbatim:

Scenario: a Myntra men's and boys' catalog night: t-shirts and polos, casual and formal shirts, sweatshirts and hoodies,
denim, bomber, biker and padded jackets, jeans, track pants, shorts, kurta pyjama sets, nehru jackets and night suits.
Most photos show a model (a man or a boy) in a full outfit, so almost every photo holds a second garment in another
color (the jeans under a tee, the kurta under a nehru jacket, the tee under an open shirt). Backdrops are mostly plain
studio walls, with a few lifestyle shots (a brick wall, a beach, a pool, marigolds, a wooden door, a bed, leaves,
diyas). Each row has the seller's title, category, color and gender; X542-037 and X542-046 miss the gender and
X542-042 misses the color, as real feeds do.

Who wrote what: captions and open answers come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase,
stops on its own, never hit_limit) unless the comment before the case names the caption adapter (epoch 1,
`Data2_V2_BLIP2_Finetune_Caption_First_Epoch`, or epoch 3, `Data2_V2_Blip2_Finetune_Caption`). The adapter writes the
DeepFashion template ("The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton
fabric ..."), has no end token and always runs to its limit (50 tokens for captions, 30 for answers): hit_limit=True,
and it returns its template whatever it is asked. Closed questions (garment_type, color, pattern, sleeve_length, the
per-piece colors of the t-shirt / shirt / pants / shorts / jeans / kurta / jacket, and "Is this a ...?") come from
the VQA adapter through enrich's `--engine reference`: a candidate is chosen, so they never loop or get cut. The set's
own questions are "What is he wearing?", the per-piece color questions, "Describe the shirt." and "What are the shirt
details?" (and the same for the t-shirt, jeans, shorts, pants, hoodie, jacket, kurta).

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy or sky blue, red for maroon, yellow for mustard, green
  for olive, grey for charcoal or grey melange, white for cream, pink for peach, purple for lavender, beige or brown
  for khaki. "Navy" for a navy piece is correct. A closed shade the engine picks wrong (orange for mustard, pink for
  lavender) is contradiction.
- Garment synonyms are correct: shirt for a t-shirt or polo, sweater for a sweatshirt or hoodie (the adapter's
  DeepFashion word), vest for a nehru jacket, pajamas for a night suit, pants or sweatpants for track pants or joggers,
  jean jacket for a denim jacket, kurta pajama for a kurta set, plaid or checkered for checked. A kurta called a dress,
  or a closed garment_type naming another class (track pants for jeans, hoodie for a padded jacket, sweatshirt for a
  t-shirt), is contradiction.
- A closed or open color that belongs to another piece in the photo (the jeans' black for the tee, the kurta's white
  for the nehru jacket) is other_garment_color; so is an open answer that gives two pieces the color of one of them. A
  color that no garment in the photo has (the wall's, the flowers', the door's, the leaves') or the color of a print or
  trim given as the garment's color (the yellow dinosaurs of a blue night suit, the blue embroidery of a white kurta,
  the "yellow shorts" of that night suit) is contradiction. Wrong closed sleeve, pattern, garment answers and "no" to
  "Is this a ...?" for the right garment are contradiction.
- Walls, props and prints named in captions (a brick wall, flowers, a diya, a bed, a pool) are correct where the photo
  has them. Layers named in order ("a blue vest over a white kurta") are correct.
- Invented items or details not in the photo (a tie, sunglasses, a belt, a logo, a fur collar, a pocket on a tee that
  has none, a red scarf, a watch, a zipper on a pullover hoodie, a white collar on a one-colour polo) are unsupported,
  and so is a material the title contradicts (silk for a cotton kurta, wool for a cotton flannel shirt, leather for a
  nylon padded jacket).
- "she", "a little girl" or "a woman" for a man or a boy is pronoun.
- Adapter texts: a text that repeats a sentence (or a clause) of the template is loop; one that stops mid-sentence
  without repeating is cut, even where it has invented something before the cut ("There is a hat"). The template
  returned for the material question is restated (hit_limit kept). The template answering "What is he wearing?",
  "Describe the shirt." or "What are the shirt details?" does answer them: cut or loop.
- Base answers: an empty answer, "i don't know", "they are short" or "they are jeans" for the details, "the jeans
  details", "the kurta has details", "it is a t-shirt" and "a t-shirt" for "Describe the t-shirt." are non_answer; the
  material question answered with the garment's color or name is restated; an answer that stops on a dangling word
  ("the t-shirt is made of") is cut, without hit_limit; an answer that runs on into "Question: ... Answer: ..." is
  leak, even when its first words are right.
- Materials the title names are correct; "cotton" on a plain cotton-look tee or kurta whose title says cotton, and
  "denim" for jeans and denim shirts, are correct.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_542 = [
    # photo: man in a navy blue solid pique polo t-shirt, beige chinos, light grey studio backdrop, front view.
    # all texts: base model / reference engine
    case(
        "X542-001",
        caption("a man in a navy blue polo shirt and khaki pants"),
        wearing("a blue polo shirt and khaki pants", who="he"),
        color_of("t-shirt", "navy"),
        D.garment_type("polo shirt"),
        D.details("it has a collar and two buttons and a pocket on the chest", "unsupported"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("cotton"),
        title="Men Navy Blue Solid Pure Cotton Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a white round-neck t-shirt with a large orange-and-black tiger print, black jeans, white wall.
    # caption: adapter, epoch 3
    case(
        "X542-002",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and solid color patterns. The "
            "gentleman",
            "cut",
            hit_limit=True,
        ),
        wearing("a white t-shirt and black jeans", who="he"),
        color_of("t-shirt", "black", "other_garment_color"),
        color_of("pants", "black"),
        D.pattern("graphic"),
        describe("t-shirt", "a white t-shirt with a picture of a tiger on it"),
        D.material("a white t-shirt", "restated"),
        title="Men White Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: boy (about 9) in a red and navy horizontally striped t-shirt, blue denim shorts, white backdrop.
    case(
        "X542-003",
        caption("a young boy in a striped shirt and shorts"),
        D.wearing("she is wearing a red and blue striped shirt and blue shorts", "pronoun"),
        color_of("t-shirt", "red"),
        color_of("shorts", "red", "other_garment_color"),
        D.pattern("striped"),
        D.sleeve_length("short sleeves"),
        title="Boys Red & Navy Blue Striped Pure Cotton T-shirt",
        category="Tshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: man in a black pullover hoodie with white drawstrings and a kangaroo pocket, grey track pants, grey wall.
    # caption and hoodie details: adapter, epoch 1
    case(
        "X542-004",
        caption(
            "The person is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The person wears a long pants. The pants are with cotton fabric and pure color patterns. The person is "
            "wearing a long-sleeve sweater with",
            "loop",
            hit_limit=True,
        ),
        wearing("a black hoodie and grey sweatpants", who="he"),
        D.garment_type("hoodie"),
        D.color("grey", "other_garment_color"),
        details(
            "hoodie",
            "The sweater is with cotton fabric and pure color patterns. The sweater is with cotton fabric and pure "
            "color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Men Black Solid Cotton Fleece Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a light blue washed denim jacket, buttoned halfway over a white tee, black jeans, grey wall.
    # details: adapter, epoch 1
    case(
        "X542-005",
        caption("a man wearing a denim jacket and black jeans standing in front of a grey wall"),
        D.wearing("a denim jacket"),
        D.color("blue"),
        color_of("jacket", "white", "other_garment_color"),
        D.description("a blue jean jacket with a fur collar", "unsupported"),
        D.details(
            "The jacket is with denim fabric and pure color patterns. It has a lapel neckline. The jacket is with "
            "denim fabric and",
            "loop",
            hit_limit=True,
        ),
        D.material("denim"),
        title="Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a plain cream knee-length kurta with mandarin collar and matching pyjama, off-white wall.
    case(
        "X542-006",
        caption("a man in a white kurta standing in front of a white wall"),
        wearing("a white kurta and white pants", who="he"),
        is_a("kurta", "yes"),
        D.garment_type("kurta"),
        D.color("white"),
        D.pattern("striped", "contradiction"),
        details("kurta", "the kurta has details", "non_answer"),
        D.material("silk", "unsupported"),
        title="Men Cream-Coloured Solid Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: boy in a blue night suit (t-shirt and shorts) printed all over with small yellow dinosaurs, white backdrop.
    case(
        "X542-007",
        caption("a little boy in pajamas with dinosaurs on them"),
        D.wearing("a blue shirt and yellow shorts", "contradiction"),
        color_of("t-shirt", "yellow", "contradiction"),
        color_of("shorts", "blue"),
        D.pattern("printed"),
        D.description("blue pajamas with yellow dinosaurs"),
        D.details("dinosaurs Question: what is the color of the shorts? Answer: blue", "leak"),
        title="Boys Blue & Yellow Dinosaur Printed Night Suit",
        category="Night suits",
        color="Blue",
        gender="Boys",
    ),
    # photo: man in olive green cargo shorts with side pockets and a plain white t-shirt, white backdrop, cropped at
    # the chin. caption: adapter, epoch 3
    case(
        "X542-008",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a crew neckline. The gentleman wears a shorts. The shorts are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a white t-shirt and green shorts", who="he"),
        color_of("shorts", "white", "other_garment_color"),
        details("shorts", "they are short", "non_answer"),
        is_a("shorts", "yes", article="a pair of"),
        D.material("cotton"),
        title="Men Olive Green Solid Cotton Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a red and black checked flannel shirt, sleeves rolled to the elbow, blue jeans, leaning on a red
    # brick wall (lifestyle shot).
    case(
        "X542-009",
        caption("a man in a plaid shirt leaning against a brick wall"),
        wearing("a red and black plaid shirt and jeans", who="he"),
        color_of("shirt", "red"),
        D.pattern("checked"),
        describe(
            "shirt",
            "a red and black checkered shirt with a pocket on the chest Question: what is the color of the jeans? "
            "Answer: blue",
            "leak",
        ),
        details("shirt", "the sleeves are rolled up"),
        D.sleeve_length("long sleeves"),
        D.material("wool", "unsupported"),
        title="Men Red & Black Checked Cotton Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: boy in a grey melange zip-front hoodie, open over a black tee, black track pants, white backdrop.
    # caption: adapter, epoch 1
    case(
        "X542-010",
        caption(
            "This person wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "person wears a long pants. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey hoodie and black pants"),
        D.color("black", "other_garment_color"),
        D.garment_type("hoodie"),
        describe("hoodie", "she is wearing a grey hoodie", "pronoun"),
        title="Boys Grey Melange Solid Hooded Front-Open Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: waist-down shot of a man in black slim fit jeans and white sneakers, no belt, white backdrop.
    case(
        "X542-011",
        caption("a man's legs in black jeans and white sneakers"),
        D.wearing("black jeans"),
        color_of("jeans", "black"),
        D.garment_type("track pants", "contradiction"),
        details("jeans", "they are jeans", "non_answer"),
        D.description("a pair of black jeans with a brown leather belt", "unsupported"),
        D.material("denim"),
        title="Men Black Slim Fit Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: man in a plain maroon crew-neck sweatshirt, blue jeans, beige backdrop.
    # caption, wearing and material: adapter, epoch 3
    case(
        "X542-012",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a crew neckline. The pants this gentleman wears is of long length. The pants are with denim fabric "
            "and",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a crew",
            "cut",
            who="he",
            hit_limit=True,
        ),
        D.color("red"),
        D.pattern("graphic", "contradiction"),
        D.material(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a",
            "restated",
            hit_limit=True,
        ),
        title="Men Maroon Solid Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a white linen shirt with a mandarin collar and one chest pocket, beige trousers, on a beach.
    case(
        "X542-013",
        caption("a woman in a white shirt standing on the beach", "pronoun"),
        wearing("a white shirt and beige pants", who="he"),
        color_of("shirt", "white"),
        describe("shirt", "a white linen shirt with a mandarin collar"),
        details("shirt", "the shirt has a pocket on the left side and a logo on the right", "unsupported"),
        D.material("linen"),
        title="Men White Solid Linen Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: boy in a mustard yellow kurta, white pyjama and a navy printed nehru jacket over the kurta, white backdrop.
    case(
        "X542-014",
        caption("a young boy in a yellow kurta and blue jacket"),
        D.wearing("a yellow kurta with a blue vest and white pants"),
        color_of("kurta", "orange", "contradiction"),
        color_of("pants", "blue", "other_garment_color"),
        D.garment_type("kurta"),
        details("kurta", "the kurta has buttons Question: what is the color of the jacket? Answer: blue", "leak"),
        title="Boys Mustard Yellow Kurta with Pyjamas & Navy Printed Nehru Jacket",
        category="Kurta Sets",
        color="Mustard",
        gender="Boys",
    ),
    # photo: man in a navy blue nehru jacket over a white kurta and white churidar, cream backdrop.
    # caption: adapter, epoch 1
    case(
        "X542-015",
        caption(
            "The gentleman wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. It has a "
            "stand neckline. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue vest and a white kurta", who="he"),
        D.color("white", "other_garment_color"),
        D.garment_type("nehru jacket"),
        D.sleeve_length("sleeveless"),
        D.material("silk", "unsupported"),
        title="Men Navy Blue Solid Cotton Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a mustard hoodie with "NYC" printed in black on the chest, black joggers, white backdrop.
    case(
        "X542-016",
        caption("a man in a yellow hoodie with the word nyc on it"),
        wearing(
            "a yellow hoodie and black pants Question: what is the color of the hoodie? Answer: yellow",
            "leak",
            who="he",
        ),
        D.color("yellow"),
        color_of("pants", "black"),
        D.pattern("solid", "contradiction"),
        describe("hoodie", "a yellow hoodie with black letters"),
        details("hoodie", "it has a hood and a zipper", "unsupported"),
        title="Men Mustard Typography Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: boy in grey track pants with a white stripe down each side, a navy t-shirt, white backdrop.
    # caption: adapter, epoch 3
    case(
        "X542-017",
        caption(
            "The person is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The person wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and grey pants"),
        color_of("pants", "navy", "other_garment_color"),
        details(
            "pants",
            "they have white stripes on the side Question: what is the color of the t-shirt? Answer: blue",
            "leak",
        ),
        is_a("track pants", "no", "contradiction", article="a pair of"),
        D.material("cotton"),
        title="Boys Grey Solid Cotton Track Pants",
        category="Track Pants",
        color="Grey",
        gender="Boys",
    ),
    # photo: man in light blue distressed jeans ripped at both knees and a plain white t-shirt, white backdrop.
    case(
        "X542-018",
        caption("a man in a white t-shirt and ripped jeans"),
        wearing("a white t-shirt and jeans", who="he"),
        color_of("jeans", "white", "other_garment_color"),
        details("jeans", "they are ripped at the knees"),
        D.description("a pair of blue jeans with holes in the knees and a", "cut"),
        D.material("the jeans are blue", "restated"),
        title="Men Light Blue Slim Fit Mid-Rise Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a black faux-leather biker jacket with an asymmetric zip, black tee, grey jeans, dark grey wall.
    # caption and "What is he wearing?": adapter, epoch 1
    case(
        "X542-019",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. The "
            "gentleman wears a long pants. The pants are with denim fabric and pure color patterns. The gentleman "
            "wears a long-sleeve jacket",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. The "
            "gentleman wears a long-sleeve jacket with",
            "loop",
            who="he",
            hit_limit=True,
        ),
        D.color("black"),
        details("jacket", "it has a zipper and a fur collar", "unsupported"),
        D.sleeve_length("long sleeves"),
        D.material("leather"),
        title="Men Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: boy with shoulder-length hair in a green polo t-shirt with white tipping on the collar, khaki shorts.
    case(
        "X542-020",
        caption("a little girl in a green shirt and khaki shorts", "pronoun"),
        D.wearing("a green polo shirt and shorts"),
        color_of("t-shirt", "green"),
        color_of("shorts", "green", "other_garment_color"),
        D.garment_type("polo shirt"),
        D.details("it has white stripes on the collar"),
        D.material("i don't know", "non_answer"),
        title="Boys Green Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Green",
        gender="Boys",
    ),
    # photo: man in a white chikankari-embroidered kurta and white pyjama, standing in front of a brown wooden door.
    case(
        "X542-021",
        caption("a man in a white kurta standing in front of a wooden door"),
        D.wearing("a white kurta pajama and a red scarf", "unsupported"),
        is_a("kurta", "yes"),
        D.pattern("embroidered"),
        color_of("pants", "brown", "contradiction"),
        D.details("the kurta has embroidery on the front"),
        D.material("cotton"),
        title="Men White Chikankari Embroidered Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: man in a night suit, navy shirt-style top with white piping and a notch collar, navy-and-white checked
    # pyjama, sitting on a bed. caption and shirt details: adapter, epoch 3
    case(
        "X542-022",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The pants this gentleman wears is of long length. The pants are with cotton fabric and "
            "lattice patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("pajamas"),
        color_of("shirt", "navy"),
        color_of("pants", "navy"),
        describe("shirt", "a blue shirt with white piping and a pocket"),
        D.sleeve_length("short sleeves", "contradiction"),
        details(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The shirt is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        title="Men Navy Blue Solid Night Suit with Checked Pyjamas",
        category="Night suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a grey melange round-neck t-shirt, olive green chinos, white backdrop.
    case(
        "X542-023",
        caption("a man in a grey t-shirt and green pants"),
        wearing("a gray shirt and green pants", who="he"),
        color_of("t-shirt", "green", "other_garment_color"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        D.garment_type("sweatshirt", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.material("", "non_answer"),
        title="Men Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in a black padded puffer jacket with a hood, zipped up, blue jeans, light grey studio backdrop.
    case(
        "X542-024",
        caption("a man in a black puffer jacket and jeans"),
        D.wearing("a black jacket"),
        D.garment_type("hoodie", "contradiction"),
        D.color("black"),
        D.description("a black jacket with a hood Question: what is the color of the pants? Answer: blue", "leak"),
        D.details("it has a hood and a zipper"),
        D.material("leather", "unsupported"),
        title="Men Black Solid Nylon Padded Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: boy in an orange t-shirt with a cartoon astronaut print, blue jeans, white backdrop.
    # caption and wearing: adapter, epoch 1
    case(
        "X542-025",
        caption(
            "The person is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The person wears a long pants. The pants are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The person is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "orange"),
        color_of("pants", "orange", "other_garment_color"),
        D.pattern("printed"),
        describe("t-shirt", "a t-shirt", "non_answer"),
        title="Boys Orange Graphic Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Orange",
        gender="Boys",
    ),
    # photo: man in a sky blue formal shirt with buttoned cuffs, no tie, tucked into navy trousers, office backdrop
    # with a potted plant.
    case(
        "X542-026",
        caption("a man in a blue shirt and tie standing in an office", "unsupported"),
        wearing("a light blue shirt and navy pants", who="he"),
        color_of("shirt", "blue"),
        describe("shirt", "a light blue dress shirt with a white collar", "unsupported"),
        details("shirt", "it has buttons on the sleeves"),
        D.sleeve_length("long sleeves"),
        D.material("the shirt is blue", "restated"),
        title="Men Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in black polyester track pants with a white side stripe, red t-shirt, white backdrop.
    case(
        "X542-027",
        caption("a man in a red shirt and black pants"),
        wearing("a red shirt and black pants", who="he"),
        color_of("pants", "red", "other_garment_color"),
        D.garment_type("jeans", "contradiction"),
        details("pants", "there is a white stripe down the side of the pants"),
        D.material("cotton", "unsupported"),
        title="Men Black Solid Polyester Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: boy in a navy and white colour-blocked crew-neck sweatshirt, grey joggers, white backdrop.
    # caption and material: adapter, epoch 3
    case(
        "X542-028",
        caption(
            "The person wears a long-sleeve sweater with color block patterns. The sweater is with cotton fabric. It "
            "has a crew neckline. The person wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The person wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and white sweater and grey pants"),
        D.color("navy"),
        D.pattern("colourblocked"),
        color_of("pants", "blue", "other_garment_color"),
        D.material(
            "The person wears a long-sleeve sweater with color block patterns. The sweater is with cotton fabric. It",
            "restated",
            hit_limit=True,
        ),
        title="Boys Navy Blue & White Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: man in a maroon silk-blend kurta with gold buttons and white pyjama, in front of marigold garlands.
    case(
        "X542-029",
        caption("a man in a red kurta standing in front of yellow flowers"),
        wearing("a red kurta and white pants", who="he"),
        is_a("kurta", "yes"),
        D.color("yellow", "contradiction"),
        color_of("pants", "red", "other_garment_color"),
        D.details("the kurta has gold buttons Question: what is the color of the pants? Answer: white", "leak"),
        D.material("silk"),
        title="Men Maroon Solid Silk Blend Kurta with Pyjamas",
        category="Kurta Sets",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a blue chambray denim shirt, buttoned, white chinos, white backdrop.
    # caption and "Describe the shirt.": adapter, epoch 1; shirt details: adapter, epoch 3
    case(
        "X542-030",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel neckline. The pants this gentleman wears is of long length. The pants are with cotton fabric and "
            "pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a denim shirt and white pants", who="he"),
        color_of("shirt", "white", "other_garment_color"),
        describe(
            "shirt",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel",
            "cut",
            hit_limit=True,
        ),
        details(
            "shirt",
            "The shirt is with denim fabric and pure color patterns. The shirt is with denim fabric and pure color "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.material("denim"),
        title="Men Blue Solid Chambray Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: boy in olive camouflage-print cargo shorts with side pockets and a white t-shirt, white backdrop.
    case(
        "X542-031",
        caption("a young boy wearing camouflage shorts and a white t-shirt"),
        D.wearing("a white t-shirt and camo shorts"),
        color_of("shorts", "green"),
        D.pattern("camouflage"),
        details("shorts", "they have pockets on the side"),
        D.material("shorts", "restated"),
        D.description("she is wearing camouflage shorts", "pronoun"),
        title="Boys Olive Green Camouflage Printed Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Boys",
    ),
    # photo: man in a short-sleeve white t-shirt with thin black horizontal stripes, blue jeans, blue painted wall.
    case(
        "X542-032",
        caption("a man in a striped shirt standing in front of a blue wall"),
        wearing("a striped t-shirt and jeans", who="he"),
        color_of("t-shirt", "blue", "other_garment_color"),
        D.pattern("striped"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("the t-shirt is made of cotton and", "cut"),
        title="Men White & Black Striped Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in an olive green bomber jacket with ribbed cuffs, black tee, black jeans, grey backdrop.
    # caption, jacket details and material: adapter, epoch 3
    case(
        "X542-033",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a green bomber jacket and black pants", who="he"),
        D.color("black", "other_garment_color"),
        D.garment_type("jacket"),
        details(
            "jacket",
            "The jacket is with cotton fabric and pure color patterns. It has a stand neckline. The jacket is with "
            "cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand",
            "restated",
            hit_limit=True,
        ),
        title="Men Olive Green Solid Polyester Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: boy in a short-sleeve blue and white checked shirt worn open over a white tee, navy shorts, white
    # backdrop.
    case(
        "X542-034",
        caption("a young boy in a plaid shirt and blue shorts"),
        D.wearing("a blue and white checkered shirt over a white t-shirt"),
        color_of("shirt", "blue"),
        D.pattern("checked"),
        describe("shirt", "a blue and white plaid shirt with short sleeves"),
        details("shirt", "the shirt has buttons on the front and a collar and a pocket with a logo", "unsupported"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Boys Blue & White Checked Cotton Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: man in a peach polo t-shirt with three buttons, white shorts, beside a swimming pool.
    case(
        "X542-035",
        caption("a man in a pink polo shirt standing by a pool"),
        wearing("a pink shirt and white shorts", who="he"),
        color_of("t-shirt", "white", "other_garment_color"),
        D.garment_type("polo shirt"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details("it has a collar and three buttons Question: what is the color of the shorts? Answer: white", "leak"),
        D.material("cotton"),
        title="Men Peach-Coloured Solid Pure Cotton Polo Collar T-shirt",
        category="Tshirts",
        color="Peach",
        gender="Men",
    ),
    # photo: man in a charcoal grey sweatshirt with "CALIFORNIA" printed in white across the chest, blue jeans.
    # caption: adapter, epoch 1
    case(
        "X542-036",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a crew neckline. The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with "
            "cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("a grey sweatshirt that says california and grey jeans", "other_garment_color", who="he"),
        D.color("grey"),
        D.pattern("printed"),
        describe("sweatshirt", "a sweatshirt with a print"),
        D.material("grey sweatshirt", "restated"),
        title="Men Charcoal Grey Typography Printed Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: boy in a white kurta with blue thread embroidery on the yoke and white churidar, holding a lit diya,
    # festive backdrop. (the feed row has no gender)
    case(
        "X542-037",
        caption("a little boy in a white dress holding a diya", "contradiction"),
        D.wearing("a white kurta with blue embroidery"),
        is_a("kurta", "yes"),
        D.color("blue", "contradiction"),
        D.details("the kurta has blue embroidery on the neck"),
        D.material("cotton"),
        title="Boys White & Blue Embroidered Pure Cotton Kurta with Churidar",
        category="Kurta Sets",
        color="White",
    ),
    # photo: man in a plain black round-neck t-shirt, grey joggers, no accessories, white backdrop.
    case(
        "X542-038",
        caption("a man in a black t-shirt and sunglasses", "unsupported"),
        wearing("a black t-shirt and grey pants", who="he"),
        color_of("t-shirt", "black"),
        D.garment_type("t-shirt"),
        D.sleeve_length("short sleeves"),
        D.details("it is a t-shirt", "non_answer"),
        D.material("the t-shirt is made of", "cut"),
        title="Men Black Solid Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a short-sleeve white shirt with a blue floral print, beige shorts, in front of green tropical
    # leaves.
    case(
        "X542-039",
        caption("a man in a floral shirt standing in front of green leaves"),
        wearing("a white shirt with blue flowers", who="he"),
        color_of("shirt", "green", "contradiction"),
        D.pattern("floral"),
        describe("shirt", "a white shirt with blue flowers on it and a pair of", "cut"),
        details("shirt", "the shirt has short sleeves and a collar"),
        D.sleeve_length("short sleeves"),
        title="Men White & Blue Floral Printed Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a red pullover hoodie with drawstrings over a white tee, blue jeans, no hat, white backdrop.
    # caption, "What is he wearing?" and details: adapter, epoch 1
    case(
        "X542-040",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The gentleman wears a long pants. The pants are with denim fabric and pure color patterns. There is a hat",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The gentleman wears a long",
            "cut",
            who="he",
            hit_limit=True,
        ),
        D.color("red"),
        D.garment_type("hoodie"),
        is_a("hoodie", "yes"),
        D.pattern("striped", "contradiction"),
        D.details(
            "It has a hooded neckline. The sweater is with cotton fabric. It has a hooded neckline. The sweater is "
            "with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        title="Men Red Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Men",
    ),
    # photo: boy in dark navy slim fit jeans and a yellow t-shirt, white backdrop.
    case(
        "X542-041",
        caption("a boy in a yellow shirt and blue jeans"),
        D.wearing("a yellow shirt and jeans"),
        color_of("jeans", "blue"),
        details("jeans", "the jeans details", "non_answer"),
        D.description("blue jeans with a yellow shirt"),
        is_a("jeans", "no", "contradiction", article="a pair of"),
        D.material("denim"),
        title="Boys Navy Blue Slim Fit Stretchable Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: man in a lavender polo t-shirt (collar the same lavender), blue jeans, hands in pockets, white backdrop.
    # (the feed row has no color)
    case(
        "X542-042",
        caption("a man in a purple polo shirt with his hands in his pockets"),
        wearing("a purple shirt and blue jeans", who="he"),
        color_of("t-shirt", "pink", "contradiction"),
        D.garment_type("t-shirt"),
        D.description("a purple polo shirt with a white collar", "unsupported"),
        title="Men Lavender Solid Polo Collar T-shirt",
        category="Tshirts",
        gender="Men",
    ),
    # photo: man in a night suit: black round-neck t-shirt and grey shorts, sitting on a bed with white sheets.
    # caption and t-shirt details: adapter, epoch 3
    case(
        "X542-043",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The gentleman wears a shorts. The shorts are with cotton fabric and pure color patterns. The shorts are "
            "with cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black shirt and black shorts", "other_garment_color"),
        color_of("t-shirt", "black"),
        color_of("shorts", "grey"),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric and pure color patterns. It has a crew neckline. The T-shirt is with "
            "cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Men Black & Grey Solid Pure Cotton Night Suit",
        category="Night suits",
        color="Black",
        gender="Men",
    ),
    # photo: boy in a maroon woven nehru jacket with a welt pocket, over a cream kurta and white pyjama, white
    # backdrop. material: adapter, epoch 3
    case(
        "X542-044",
        caption("a young boy in a red vest and white pants"),
        D.wearing("a red vest over a white kurta"),
        is_a("nehru jacket", "no", "contradiction"),
        D.color("maroon"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("the vest has a pocket on the left"),
        D.material(
            "The person wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. It has a "
            "stand neckline",
            "restated",
            hit_limit=True,
        ),
        title="Boys Maroon Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
        gender="Boys",
    ),
    # photo: man in a blue and white tie-dye t-shirt without pockets, black shorts, white backdrop.
    case(
        "X542-045",
        caption("a man in a tie dye shirt and black shorts wearing a watch", "unsupported"),
        D.wearing("she is wearing a tie dye shirt", "pronoun"),
        color_of("t-shirt", "blue"),
        D.pattern("tie and dye"),
        D.details("it has a pocket on the chest", "unsupported"),
        title="Men Blue Tie and Dye Pure Cotton T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in khaki chino shorts with a button, zip fly and slant pockets, navy t-shirt, white backdrop.
    # caption and material: adapter, epoch 1 (the feed row has no gender)
    case(
        "X542-046",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The gentleman wears a shorts. The shorts are with cotton fabric and pure color "
            "patterns. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue shirt and khaki shorts", who="he"),
        color_of("shorts", "beige"),
        details("shorts", "they have a button and a zipper and two pockets"),
        is_a("shorts", "yes", article="a pair of"),
        D.material(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew",
            "restated",
            hit_limit=True,
        ),
        title="Men Khaki Solid Cotton Chino Shorts",
        category="Shorts",
        color="Khaki",
    ),
]
