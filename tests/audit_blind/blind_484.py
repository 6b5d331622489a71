"""BLIND_484 (46 products; men's DeepFashion In-shop studio photos: tees, polos, shirts, knits, jackets, denim): written
blind in the forty-ninth session. Measured blind at 212fbfe (the session's rules as they stood): 114/133 failures
found (85.7%) and 5/168 correct texts flagged (3.0%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of men's casual and smart-casual wear photographed the DeepFashion
In-shop way: one model per photo on a plain white, grey or beige studio backdrop (one against a textured beige wall),
mostly front views cropped at the knees or full length, one back view and one side view. Garments: crew, V-neck,
graphic, ringer and raglan tees, a tank, polos (plain, tipped, striped), casual, formal, check, chambray, floral
and utility shirts, crew, V-neck, cable, Breton, quarter-zip and turtleneck sweaters, a cardigan, hoodies and a
sweatshirt, bomber, trucker, biker, puffer, field jackets and a blazer, jeans, chinos, joggers, linen and check
trousers, chino, denim and sports shorts. Most photos show a layered outfit (a tee under an open shirt or jacket,
a shirt collar under a sweater) and a second garment (jeans, chinos, shorts) in its own color. Each product has the
seller's title, category, color and gender; a few rows miss the color, the category or the gender.

Who wrote what: the questions are the original experiments' VQA questions ("What cloth is the person wearing?",
"What is the color of the {garment}?", "Is this a {garment}?"), their questionnaire (What is he wearing? Describe
the shirt. What are the shirt details?) and enrich's closed garment_type, color, pattern and sleeve_length, plus
the material question. Captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short lowercase, "a man in
a white t-shirt and jeans") or from the caption-only LoRA adapter (the DeepFashion-MultiModal template, "The
gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric ..."). The
adapter has no end token: each of its texts runs to its limit (hit_limit=True) and, asked a question, it returns its
template. The open answers come from the base model, which stops on its own (never hit_limit), unless the comment
says the adapter answered. The closed answers (garment_type, color, pattern, sleeve_length, the per-piece color
questions, "Is this a ...?") are enrich's `--engine reference` picks from candidate sets: they never loop or cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy or teal, green for olive or teal, red for maroon or
  burgundy, grey for charcoal or grey melange, beige or tan for khaki and camel, orange for rust, yellow for mustard.
  Navy called black, mustard called orange, indigo jeans or a charcoal henley called black, and "a white shirt"
  for a black tee with a white print are contradiction; so are "short sleeves" for a long-sleeve cardigan, a no to
  "Is this a ...?" for the product itself, and a check called striped or stripes called checked.
- The color of another piece in the photo (the jeans, the tee under the shirt, the shirt collar under the sweater,
  the trim when the jeans share its color) given as the product's color, or given to another piece by a per-piece
  question, is other_garment_color. A print's or lettering's color given as the garment's color, where no other
  piece has it, is contradiction. An all-black outfit answered black for shirt and pants is correct.
- Garment synonyms are correct: shirt or t shirt for a tee in open answers, suit jacket or suit for a blazer,
  sweatshirt for a hoodie, jean jacket for a denim jacket, track pants for joggers, sweater for a cardigan. The
  adapter's "T-shirt with a lapel neckline" for a polo is its template's word for a polo: correct. The reference
  engine's closed garment_type picking a neighbouring candidate (hoodie for the denim jacket worn over a hoodie,
  jacket for a utility shirt or a zip hoodie, shirt for a henley tee) is contradiction; the adapter's template naming
  a puffer jacket "shirt" is contradiction too (hit_limit kept).
- Sleeves rolled to the elbow on a long-sleeve shirt answered "short sleeves" is contradiction; a side stripe on
  joggers answered "striped" is contradiction; cable knit answered "striped" is contradiction.
- Materials: one the title names, or one the photo plainly shows (denim, leather on a faux-leather jacket, knit wool
  on a sweater, fleece on a hoodie, nylon shell on a puffer, chambray taken for denim) is correct; cotton as a guess
  on a plain tee or polo is correct; a material the title contradicts (polyester for cotton chinos, leather for a
  cotton field jacket) or nothing supports (silk on a printed viscose shirt, cashmere) is unsupported.
- Invented things not in the photo (a tie, a hat, a pocket square, a hood on a bomber, a belt on beltless shorts or
  a beltless biker jacket, a front logo seen from the back, back pockets on a front view, shoes on a knee-cropped
  photo, shoulder buttons, a city picture for a text print) are unsupported. Sunglasses held in the hand given as
  what he is wearing are unsupported.
- Adapter texts: a repeated sentence is loop; stopping mid-sentence without a repeat is cut. "The lady"/"her" for a
  man is what the auditor sees first: pronoun (hit_limit kept). The template returned for the material question is
  restated; returned for a color question (no color named) it is non_answer; returned for "What cloth is the person
  wearing?" it does answer, so it is cut or loop.
- Base answers: "she"/"a woman" for a man is pronoun; an answer that runs on into "Question: ... Answer: ..." is
  leak even when its first words are right; an empty answer, "they are short" or "it is a tank top" for the
  details, "the shirt details", and "white" for "What cloth is the person wearing?" are non_answer; "black shorts"
  for the shorts' details, "the t-shirt is white" for the t-shirt details, or the garment's name for the material
  question is restated; an answer stopped early mid-phrase ("it is made of", "the jacket has", "... and a pocket on
  the") is cut without hit_limit.
- One failure kind per text, the one the auditor sees first: a leak after a right answer is leak; a pronoun at the
  start of a template is pronoun; a cut template that also invents nothing is cut.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

cloth = question("cloth", "What cloth is the person wearing?", "open")

BLIND_484 = [
    # photo: man in a white crew-neck tee and mid-blue jeans, front view cropped at the knees, light grey backdrop.
    # caption adapter: none
    case(
        "X484-001",
        caption("a man in a white t-shirt and jeans"),
        cloth("a white t-shirt"),
        color_of("t-shirt", "white"),
        color_of("jeans", "white", "other_garment_color"),
        is_a("t-shirt", "yes"),
        B.sleeve_length("short sleeves"),
        B.material("cotton"),
        details("t-shirt", "the t-shirt is white", "restated"),
        title="Northmark Men White Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a plain navy pique polo, collar with two buttons, khaki chinos, white backdrop, front view.
    # caption adapter: the caption and the shirt details
    case(
        "X484-002",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        cloth("a blue polo shirt"),
        B.garment_type("polo shirt"),
        B.color("black", "contradiction"),
        is_a("polo shirt", "yes"),
        color_of("pants", "navy", "other_garment_color"),
        details(
            "shirt",
            "The T-shirt is with cotton fabric. It has a lapel neckline. The T-shirt is with cotton fabric. It has a "
            "lapel",
            "loop",
            hit_limit=True,
        ),
        title="Northmark Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a red-and-black buffalo check flannel shirt with two chest flap pockets, worn open over a black
    # crew tee, black jeans, grey backdrop, front view. caption adapter: none
    case(
        "X484-003",
        caption("a man wearing a red and black plaid shirt"),
        wearing("a plaid shirt and black jeans and a black hat", "unsupported", who="he"),
        B.pattern("checked"),
        B.color("red"),
        color_of("t-shirt", "red", "other_garment_color"),
        describe("shirt", "it is a red and black plaid shirt with pockets on the chest"),
        B.material("flannel"),
        title="Trailwise Men Red & Black Buffalo Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: man in a grey melange cable-knit crew-neck pullover, dark jeans, white backdrop, front view.
    # caption adapter: the caption and the sweater description
    case(
        "X484-004",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a round neckline. The gentleman wears a long-sleeve sweater with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        cloth("a grey sweater"),
        details("sweater", "cable knit"),
        B.pattern("striped", "contradiction"),
        B.color("grey"),
        B.material("wool"),
        describe(
            "sweater",
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a round neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        title="Northmark Men Grey Melange Cable Knit Pullover",
        category="Sweaters",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in an olive green bomber jacket (ribbed collar, zip front, no hood) over a white tee, black slim
    # pants, light grey backdrop, front view. caption adapter: none
    case(
        "X484-005",
        caption("a man in a green jacket and black pants"),
        cloth("a green jacket with a white shirt"),
        color_of("jacket", "white", "other_garment_color"),
        B.garment_type("jacket"),
        is_a("jacket", "yes"),
        details("jacket", "it has a zipper and a hood", "unsupported"),
        B.material("cotton Question: is this a jacket? Answer: yes", "leak"),
        title="Urbano Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: man in light-wash blue slim jeans, white crew tee, white sneakers, full length, white backdrop.
    # caption adapter: the caption, the jeans details and the cloth answer
    case(
        "X484-006",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The man wears a long trousers. The trousers are with denim fabric and solid color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("jeans", "blue"),
        details(
            "jeans",
            "The trousers are with denim fabric and solid color patterns. The trousers are with denim fabric and "
            "solid color patterns. The",
            "loop",
            hit_limit=True,
        ),
        cloth(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The man",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("jeans"),
        B.color("white", "other_garment_color"),
        title="Kavé Denim Men Blue Slim Fit Light Fade Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in khaki chino shorts with belt loops (no belt), navy crew tee, white backdrop, front view.
    # caption adapter: none
    case(
        "X484-007",
        caption("a man in a blue shirt and khaki shorts"),
        wearing("shorts", who="he"),
        details("shorts", "they are short", "non_answer"),
        color_of("shorts", "beige"),
        is_a("pair of shorts", "yes"),
        describe("shorts", "a pair of khaki shorts with a brown belt", "unsupported"),
        B.material("the shorts are made of", "cut"),
        title="Northmark Men Khaki Solid Slim Fit Chino Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: man in black slim cotton chinos and a grey crew sweatshirt, full length, light grey backdrop.
    # caption adapter: none
    case(
        "X484-008",
        caption("a man in a grey sweatshirt and black pants"),
        color_of("pants", "grey", "other_garment_color"),
        cloth("black pants"),
        is_a("pair of pants", "yes"),
        B.garment_type("pants"),
        B.material("polyester", "unsupported"),
        details(
            "pants",
            "the pants have pockets and a belt loop and a zipper and a button and a",
            "cut",
        ),
        title="Urbano Men Black Slim Fit Cotton Chinos",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: man in a black tee with a large white "BROOKLYN NYC" text print on the chest, grey jeans, white
    # backdrop, front view. caption adapter: none
    case(
        "X484-009",
        caption("a man wearing a black t-shirt with the word brooklyn on it"),
        cloth("a white shirt", "contradiction"),
        B.color("white", "contradiction"),
        B.pattern("printed"),
        details("t-shirt", "the shirt has a picture of a city on it", "unsupported"),
        is_a("t-shirt", "yes"),
        B.sleeve_length("long sleeves", "contradiction"),
        wearing("a black t-shirt with the word brooklyn on it and grey jeans", who="he"),
        title="Streetline Men Black Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a white polo with navy horizontal stripes, navy chino shorts, grey backdrop, front view.
    # caption adapter: the caption and the shirt details
    case(
        "X484-010",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has "
            "a lapel neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns. There",
            "pronoun",
            hit_limit=True,
        ),
        B.pattern("striped"),
        color_of("polo shirt", "white"),
        is_a("polo shirt", "no", "contradiction"),
        cloth("a striped shirt and blue shorts"),
        details(
            "shirt",
            "The T-shirt is with cotton fabric and striped patterns. It has a lapel neckline. The T-shirt is with "
            "cotton fabric and striped patterns. It",
            "loop",
            hit_limit=True,
        ),
        title="Northmark Men White & Navy Blue Striped Polo Collar T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a light blue chambray long-sleeve shirt, sleeves rolled to the elbows, two chest pockets,
    # beige chinos, white backdrop, front view. caption adapter: none
    case(
        "X484-011",
        caption("a man in a blue denim shirt and khaki pants"),
        B.garment_type("shirt"),
        B.sleeve_length("short sleeves", "contradiction"),
        B.material("denim"),
        describe("shirt", "a blue shirt with buttons down the front and two pockets"),
        color_of("shirt", "white", "contradiction"),
        details("shirt", "the shirt details", "non_answer"),
        title="Trailwise Men Light Blue Solid Chambray Casual Shirt",
        category="Shirts",
        color="Light Blue",
        gender="Men",
    ),
    # photo: man in a maroon V-neck sweater over a white shirt (collar showing), grey trousers, white backdrop.
    # caption adapter: the caption and the material answer
    case(
        "X484-012",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a V-shape neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        cloth("a red sweater"),
        B.color("white", "other_garment_color"),
        describe("sweater", "a maroon v-neck sweater over a white shirt"),
        is_a("sweater", "yes"),
        B.material(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a V-shape",
            "restated",
            hit_limit=True,
        ),
        title="Northmark Men Maroon Solid V-Neck Pullover Sweater",
        category="Sweaters",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a mid-blue denim trucker jacket (buttons, chest flap pockets) over a black pullover hoodie, hood
    # out over the collar, black jeans, grey backdrop, front view. caption adapter: none
    case(
        "X484-013",
        caption("a man wearing a denim jacket and a black hoodie"),
        B.garment_type("hoodie", "contradiction"),
        wearing("a jean jacket"),
        color_of("jacket", "black", "other_garment_color"),
        B.material("denim"),
        details(
            "jacket",
            "the jacket has buttons and pockets Question: what color is the hoodie? Answer: black",
            "leak",
        ),
        title="Kavé Denim Men Blue Washed Denim Trucker Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a heather grey V-neck tee and black jeans, white backdrop, front view.
    # caption adapter: the caption, the cloth answer, the open t-shirt color answer and the t-shirt details
    case(
        "X484-014",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a V-shape neckline. The pants the gentleman wears is of long length. The pants are with denim "
            "fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        cloth(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a V-shape neckline",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "t-shirt",
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a V-shape neckline. The",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        B.color("grey"),
        B.sleeve_length("short sleeves"),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric and pure color patterns. It has a V-shape neckline. The T-shirt is with "
            "cotton fabric and pure color patterns",
            "loop",
            hit_limit=True,
        ),
        title="Northmark Men Grey Melange Solid V-Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in a black pullover hoodie with white drawstrings and a kangaroo pocket, grey joggers, light grey
    # backdrop, front view. caption adapter: none
    case(
        "X484-015",
        caption("a man in a black hoodie and grey sweatpants"),
        cloth("a hoodie"),
        color_of("hoodie", "grey", "other_garment_color"),
        B.garment_type("sweatshirt"),
        details("hoodie", "it has a hood and a pocket in the front"),
        B.material("fleece"),
        wearing("a woman in a black hoodie", "pronoun", who="he"),
        title="Streetline Men Black Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a white formal shirt (one chest pocket, open collar, no tie) tucked into black trousers with a
    # black belt, white backdrop, front view. caption adapter: none
    case(
        "X484-016",
        caption("a man in a white shirt and black pants"),
        wearing("a white shirt and black pants with a belt", who="he"),
        B.pattern("solid"),
        B.color("white"),
        details("shirt", "the shirt has a pocket on the left side and a tie", "unsupported"),
        describe("shirt", "a white shirt tucked in"),
        B.material("cotton Question: what color is the shirt? Answer: white", "leak"),
        title="Formline Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in dark indigo skinny jeans with rips at both knees, white shirt untucked, front view, full
    # length, grey backdrop. caption adapter: none
    case(
        "X484-017",
        caption("a man in ripped jeans and a white shirt"),
        color_of("jeans", "black", "contradiction"),
        details("jeans", "they have holes in the knees"),
        is_a("pair of jeans", "yes"),
        cloth("a pair of jeans"),
        describe(
            "jeans",
            "blue jeans with rips on the knees and the back pockets",
            "unsupported",
        ),
        B.material("blue jeans", "restated"),
        title="Kavé Denim Men Navy Blue Skinny Fit Mildly Distressed Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a grey melange muscle tank top and black track shorts, white backdrop, front view.
    # caption adapter: the caption
    case(
        "X484-018",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a three-point shorts. The shorts are with",
            "pronoun",
            hit_limit=True,
        ),
        B.sleeve_length("sleeveless"),
        B.garment_type("tank top"),
        cloth("a tank top and shorts"),
        color_of("tank top", "black", "other_garment_color"),
        details("tank top", "it is a tank top", "non_answer"),
        title="HRX Active Men Grey Melange Solid Training Tank Top",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in a navy-and-white Breton striped crew-neck sweater (no shoulder buttons), white trousers, beige
    # backdrop, front view. caption adapter: none. The feed row has no gender.
    case(
        "X484-019",
        caption("a man wearing a blue and white striped sweater"),
        B.pattern("striped"),
        B.color("white", "other_garment_color"),
        details("sweater", "it has buttons on the shoulder", "unsupported"),
        B.material("cotton"),
        cloth(
            "a striped sweater and white pants Question: what is the color of the sweater? Answer: blue and white",
            "leak",
        ),
        describe("sweater", "a navy blue and white striped sweater"),
        title="Northmark Men Navy Blue & White Striped Pullover",
        category="Sweaters",
        color="Navy Blue",
    ),
    # photo: man in grey check (Prince of Wales) slim trousers, light blue shirt tucked in, no tie, grey backdrop.
    # caption adapter: the caption and the pants details
    case(
        "X484-020",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and lattice "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        cloth("a shirt and tie", "unsupported"),
        color_of("pants", "blue", "other_garment_color"),
        B.pattern("striped", "contradiction"),
        is_a("pair of pants", "yes"),
        details(
            "pants",
            "The trousers are with cotton fabric and lattice patterns. The trousers are with cotton fabric and lattice "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        title="Formline Men Grey Checked Slim Fit Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a mustard yellow crew tee with a small chest pocket, olive cargo pants, white backdrop.
    # caption adapter: none
    case(
        "X484-021",
        caption("a man in a yellow shirt and green pants"),
        B.color("orange", "contradiction"),
        cloth("a yellow t shirt"),
        details("t-shirt", "it has a pocket on the chest"),
        color_of("pants", "green"),
        wearing(
            "he is wearing a yellow shirt and green pants Question: what is he holding? Answer:",
            "leak",
            who="he",
        ),
        title="Streetline Men Mustard Yellow Solid Round Neck Pocket T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: man in a black faux-leather biker jacket (asymmetric zip, lapels, no belt) over a grey tee, black
    # jeans, grey backdrop, front view. caption adapter: the caption and the jacket details
    case(
        "X484-022",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. "
            "It has a lapel neckline. The gentleman wears a long-sleeve jacket with pure color patterns. The jacket",
            "loop",
            hit_limit=True,
        ),
        B.material("leather"),
        color_of("jacket", "black"),
        B.garment_type("jacket"),
        cloth("a leather jacket"),
        details(
            "jacket",
            "The jacket is with leather fabric. It has a lapel neckline. The jacket is with leather fabric. It has a "
            "lapel neckline. The",
            "loop",
            hit_limit=True,
        ),
        describe("jacket", "a black leather jacket with a belt at the waist", "unsupported"),
        title="Urbano Men Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: man in a navy short-sleeve shirt with a white hibiscus print, beige chino shorts, standing against a
    # textured beige wall, front view. caption adapter: none
    case(
        "X484-023",
        caption("a man in a floral shirt standing in front of a wall"),
        B.pattern("floral"),
        B.color("white", "contradiction"),
        B.sleeve_length("short sleeves"),
        describe("shirt", "a blue shirt with white flowers on it and a pocket on the", "cut"),
        B.material("silk", "unsupported"),
        title="Trailwise Men Navy Blue Floral Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a grey melange crew sweatshirt with a navy "ATHLETIC DEPT" print, black joggers, white backdrop.
    # caption adapter: none
    case(
        "X484-024",
        caption("a man wearing a grey sweatshirt with the words athletic dept"),
        cloth("a sweatshirt"),
        B.color("navy", "contradiction"),
        is_a("sweatshirt", "yes"),
        details("sweatshirt", "", "non_answer"),
        B.garment_type("t-shirt", "contradiction"),
        describe("sweatshirt", "a grey sweatshirt with blue letters on the front"),
        title="Streetline Men Grey Melange Printed Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in light blue denim shorts with a frayed hem and a white tank top, white backdrop, front view.
    # caption adapter: the caption
    case(
        "X484-025",
        caption(
            "The gentleman wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
            "It has a round neckline. The gentleman wears a three-point shorts. The shorts are with denim fabric. "
            "There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        color_of("shorts", "white", "other_garment_color"),
        details("shorts", "the shorts have a frayed hem"),
        cloth("shorts and a white tank top"),
        B.garment_type("shorts"),
        wearing("she is wearing a white tank top and denim shorts", "pronoun"),
        title="Kavé Denim Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a maroon polo with white tipping on the collar and sleeve edges, black trousers, grey backdrop.
    # caption adapter: none
    case(
        "X484-026",
        caption("a man in a maroon polo shirt"),
        B.color("red"),
        B.garment_type("polo shirt"),
        details("shirt", "it has a collar with white stripes and two buttons"),
        wearing("she is wearing a maroon polo shirt and black pants", "pronoun", who="he"),
        is_a("polo shirt", "yes"),
        B.material("cotton Question: what brand is the shirt? Answer: polo", "leak"),
        title="Northmark Men Maroon Solid Polo Collar T-shirt with Tipping",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a navy quilted puffer jacket (stand collar, zipped halfway) over a grey hoodie with the hood out,
    # blue jeans, white backdrop, front view. caption adapter: the caption
    case(
        "X484-027",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long trousers. The trousers are with denim fabric and",
            "contradiction",
            hit_limit=True,
        ),
        cloth("a blue puffer jacket"),
        color_of("jacket", "grey", "other_garment_color"),
        B.material("nylon"),
        B.garment_type("jacket"),
        details("jacket", "the jacket has", "cut"),
        title="Urbano Men Navy Blue Solid Padded Puffer Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a white ringer tee (black collar rib and black sleeve bands, white sleeves), black jeans, grey
    # backdrop, front view. caption adapter: none
    case(
        "X484-028",
        caption("a man in a white t-shirt with black trim"),
        B.color("black", "other_garment_color"),
        cloth("a white shirt and black pants"),
        B.pattern("solid"),
        describe("t-shirt", "a white t-shirt with black sleeves", "contradiction"),
        details("t-shirt", "the details of the t-shirt", "non_answer"),
        title="Streetline Men White Solid Ringer T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in an olive utility shirt with two flap pockets, worn open over a white crew tee, black jeans,
    # white backdrop. caption adapter: the shirt details and the shirt description
    case(
        "X484-029",
        caption("a man wearing a green shirt over a white t-shirt"),
        color_of("shirt", "green"),
        B.garment_type("jacket", "contradiction"),
        is_a("shirt", "yes"),
        details(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The shirt is with "
            "cotton fabric and pure color patterns. It",
            "loop",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves"),
        title="Trailwise Men Olive Solid Utility Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a camel long-sleeve button-front knit cardigan (buttons only) over a white tee, blue jeans,
    # grey backdrop. caption adapter: none
    case(
        "X484-030",
        caption("a man in a tan cardigan and jeans"),
        B.garment_type("cardigan"),
        B.color("beige"),
        cloth("a sweater and jeans"),
        describe("cardigan", "a beige cardigan with buttons and a zipper", "unsupported"),
        B.material("cashmere", "unsupported"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Northmark Men Beige Solid Button-Front Cardigan",
        category="Sweaters",
        color="Beige",
        gender="Men",
    ),
    # photo: man in navy joggers with a white side stripe down each leg and a white crew tee, full length, white
    # backdrop. caption adapter: none
    case(
        "X484-031",
        caption("a man in a white t-shirt and blue track pants"),
        color_of("pants", "white", "other_garment_color"),
        details("pants", "they have a white stripe on the side"),
        is_a("pair of pants", "yes"),
        cloth("white", "non_answer"),
        B.pattern("striped", "contradiction"),
        title="HRX Active Men Navy Blue Solid Joggers with Side Taping",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: back view of a man in a plain red crew tee (nothing printed on the back) and blue jeans, grey backdrop.
    # caption adapter: none
    case(
        "X484-032",
        caption("the back of a man in a red shirt"),
        cloth("she is wearing a red shirt", "pronoun"),
        describe("t-shirt", "a red shirt with a logo on the front", "unsupported"),
        B.color("red"),
        B.sleeve_length("short sleeves"),
        is_a("t-shirt", "no", "contradiction"),
        title="Northmark Men Red Solid Round Neck T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: side view of a man in black slim jeans and a grey marl crew tee, full length, white backdrop.
    # caption adapter: the caption and the material answer. The feed row has no category.
    case(
        "X484-033",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The pants the man wears is of long length. The pants the man wears is of long length. "
            "The",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "black"),
        color_of("t-shirt", "black", "other_garment_color"),
        B.garment_type("jeans"),
        cloth("jeans"),
        B.material(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round",
            "restated",
            hit_limit=True,
        ),
        title="Kavé Denim Men Black Slim Fit Stretchable Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: man in a blue-and-white vertical striped shirt with one chest pocket, white chinos, grey backdrop.
    # caption adapter: none
    case(
        "X484-034",
        caption("a man in a blue and white striped shirt and white pants"),
        B.pattern("checked", "contradiction"),
        B.color("blue"),
        describe("shirt", "the shirt is blue and white"),
        details(
            "shirt",
            "the shirt has a collar and buttons and a pocket on the chest and a pocket on the",
            "cut",
        ),
        cloth(
            "a striped shirt Question: what is the color of the pants? Answer: white",
            "leak",
        ),
        title="Formline Men Blue & White Striped Slim Fit Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a grey two-button blazer over a white shirt with an open collar (no tie), black trousers, white
    # backdrop, front view. caption adapter: none
    case(
        "X484-035",
        caption("a man in a grey suit jacket"),
        B.garment_type("suit"),
        is_a("jacket", "yes"),
        color_of("jacket", "grey"),
        cloth("a suit and tie", "unsupported"),
        details("jacket", "two buttons"),
        B.material("wool"),
        describe(
            "jacket",
            "a grey blazer with a white shirt and a red pocket square",
            "unsupported",
        ),
        title="Formline Men Grey Slim Fit Single-Breasted Blazer",
        category="Blazers",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a charcoal long-sleeve henley tee with a three-button placket, blue jeans, white backdrop.
    # caption adapter: none
    case(
        "X484-036",
        caption("a man wearing a grey long sleeve shirt"),
        B.sleeve_length("long sleeves"),
        B.garment_type("shirt", "contradiction"),
        details("shirt", "it has three buttons at the neck"),
        cloth("a grey shirt and blue jeans"),
        wearing("a woman wearing a grey shirt", "pronoun", who="he"),
        B.color("black", "contradiction"),
        title="Northmark Men Charcoal Grey Solid Henley Neck Full Sleeve T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man in a green quarter-zip knit pullover (stand collar), grey trousers, grey backdrop, front view.
    # caption adapter: the caption and the cloth answer
    case(
        "X484-037",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a stand neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        cloth(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a stand neckline. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        color_of("sweater", "green"),
        describe("sweater", "a green sweater with a zipper at the neck"),
        is_a("sweater", "yes"),
        B.material("a green sweater", "restated"),
        title="Northmark Men Green Solid Quarter Zip Pullover",
        category="Sweaters",
        color="Green",
        gender="Men",
    ),
    # photo: man in black polyester sports shorts and a red crew tee, white backdrop, front view.
    # caption adapter: none
    case(
        "X484-038",
        caption("a man in a red shirt and black shorts"),
        color_of("shorts", "red", "other_garment_color"),
        wearing("shorts"),
        details("shorts", "black shorts", "restated"),
        B.material("polyester"),
        describe("shorts", "black shorts with white stripes on the side", "unsupported"),
        title="HRX Active Men Black Solid Sports Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a burgundy zip-up hoodie worn open over a white tee, black jeans, grey backdrop, front view.
    # caption adapter: none
    case(
        "X484-039",
        caption("a man in a red hoodie and black jeans"),
        color_of("hoodie", "white", "other_garment_color"),
        B.garment_type("jacket", "contradiction"),
        cloth(
            "a red hoodie Question: what is the color of the hoodie? Answer: red",
            "leak",
        ),
        B.sleeve_length("long sleeves"),
        describe("hoodie", "a red zip up hoodie with a white shirt underneath"),
        title="Streetline Men Burgundy Solid Hooded Zip-Front Sweatshirt",
        category="Sweatshirts",
        color="Burgundy",
        gender="Men",
    ),
    # photo: man in a black long-sleeve casual shirt and black jeans (all black), white backdrop, front view.
    # caption adapter: none
    case(
        "X484-040",
        caption("a man in a black shirt and black pants"),
        color_of("shirt", "black"),
        color_of("pants", "black"),
        cloth("a black shirt"),
        B.pattern("solid"),
        describe("shirt", "a black button down shirt"),
        B.material("cotton"),
        title="Trailwise Men Black Solid Slim Fit Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a plain white polo and navy shorts, arms crossed, grey backdrop, front view.
    # caption adapter: the caption and the shirt details
    case(
        "X484-041",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a lapel neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color",
            "pronoun",
            hit_limit=True,
        ),
        cloth("a white polo shirt and blue shorts"),
        B.color("white"),
        is_a("polo shirt", "yes"),
        B.material("it is made of", "cut"),
        details(
            "shirt",
            "The T-shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The T-shirt is with "
            "cotton fabric and pure color patterns",
            "loop",
            hit_limit=True,
        ),
        title="Northmark Men White Solid Polo Collar T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a khaki cotton field jacket with four flap pockets and a drawcord waist (no belt) over a black
    # tee, dark jeans, white backdrop, front view. caption adapter: none
    case(
        "X484-042",
        caption("a man in a khaki jacket"),
        details("jacket", "it has four pockets and a belt at the waist", "unsupported"),
        color_of("jacket", "black", "other_garment_color"),
        B.color("beige"),
        wearing("a jacket", who="he"),
        B.material("leather", "unsupported"),
        title="Trailwise Men Khaki Solid Cotton Field Jacket",
        category="Jackets",
        color="Khaki",
        gender="Men",
    ),
    # photo: man in beige linen drawstring trousers and a white linen long-sleeve shirt, white backdrop, full length.
    # caption adapter: the caption
    case(
        "X484-043",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with linen fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with linen fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "beige"),
        color_of("shirt", "beige", "other_garment_color"),
        cloth("a white shirt and tan pants"),
        B.material("linen"),
        is_a("pair of pants", "no", "contradiction"),
        title="Trailwise Men Beige Solid Linen Drawstring Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: man in a plain teal crew tee (no pocket, no logo), khaki shorts, holding sunglasses in his right hand,
    # light grey backdrop, front view. caption adapter: none
    case(
        "X484-044",
        caption("a man in a teal shirt holding sunglasses"),
        cloth("a blue t-shirt"),
        B.color("green"),
        details("t-shirt", "the t-shirt has a pocket on the front and a logo", "unsupported"),
        is_a("t-shirt", "yes"),
        wearing("sunglasses", "unsupported", who="he"),
        title="Northmark Men Teal Solid Round Neck T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: man in a rust chunky-knit turtleneck sweater and black trousers, cropped at the knees, beige backdrop.
    # caption adapter: the caption, the cloth answer and the sweater details
    case(
        "X484-045",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a turtleneck neckline. The sweater is with knitting fabric. It has a turtleneck neckline. The",
            "loop",
            hit_limit=True,
        ),
        cloth(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a turtleneck neckline. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        B.color("orange"),
        describe(
            "sweater",
            "an orange turtleneck sweater with a pair of black pants and black shoes",
            "unsupported",
        ),
        color_of("sweater", "the sweater is orange", kind="open"),
        details(
            "sweater",
            "The sweater is with knitting fabric. It has a turtleneck neckline. The sweater is with knitting fabric. "
            "It has a turtleneck",
            "loop",
            hit_limit=True,
        ),
        title="Northmark Men Rust Solid Turtleneck Chunky Knit Sweater",
        category="Sweaters",
        color="Rust",
        gender="Men",
    ),
    # photo: man in a raglan tee with a white body and black three-quarter sleeves, black jeans, white backdrop.
    # caption adapter: none. The feed row has no color.
    case(
        "X484-046",
        caption("a man wearing a black and white baseball shirt"),
        B.pattern("color block"),
        B.color("white"),
        B.sleeve_length("three-quarter sleeves"),
        cloth(
            "a baseball shirt and jeans Question: what is the man doing? Answer: posing",
            "leak",
        ),
        describe("t-shirt", "the shirt is white with black sleeves"),
        color_of("jeans", "white", "other_garment_color"),
        title="Streetline Men White & Black Colourblocked Raglan T-shirt",
        category="Tshirts",
        gender="Men",
    ),
]
