"""BLIND_746 (46 products; old Myntra topwear feed, short names, VQA adapter): written blind in the fifty-fifth session.
Measured blind at 77cd110 (the session's third rules): 111/125 failures found (88.8%) and 6/180 correct texts flagged
(3.3%). The writer's notes, verbatim:

Scenario: the older Myntra "Fashion Product Images" feed, the kind of the shared photos: short seller titles
("Puma Men Navy Blue Tshirt", "Genesis Men Solid Maroon Shirts"), article_type as the seller's category (Tshirts,
Shirts, Tops, Sweaters, Sweatshirts, Jackets, Kurtas), base_colour as the seller's color. Men's and women's topwear
only. Photos are 224x224 product shots on a white backdrop, the model worn by a person who also wears bottoms
(jeans, chinos, leggings, palazzos, churidars, a skirt) and sometimes a layer under or over the product. Some rows
lack a column: one has no gender, one no category, one no color. A few seller colors are off (a "Brown" kurta that
is rust in the photo); texts that name the photo's color there are correct.

Who wrote what: every text comes from the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b,
8-bit, greedy). Captions are its free generation from the empty prompt (max 50 new tokens); trained on VQA alone it
lost captioning, so a caption is sometimes a bare answer ("yes"), a loop of one color word, or a chain of invented
"Question: ... Answer: ..." pairs. Open answers (wearing, describe, details, material, and the color question where
stored open) are free generation, max 30 new tokens; trained without an end token, the adapter often runs on,
looping a phrase or stopping mid-sentence at the limit, or writes the next "Question:" of the prompt format. Closed
answers (garment type, color, pattern, sleeve length, "Is this a ...?") come from enrich's --engine reference,
which ranks the candidate values with the same adapter and keeps one: they never loop or stop short, but they often
pick the color of the bottoms, the print, or the layer. The adapter also guesses pronouns and invents fabrics and
hidden details (back closures, linings, hoods).

Labeling conventions and judgement calls:
- One label per text. Where a text has several faults, the label is the one that shows first on reading: a leak of
  "Question:"/"Answer:" wins over the cut or the wrong color in the same text; a repetition that runs to the limit is
  a loop, not a cut; a text that ends mid-phrase at the limit without repeating is a cut.
- other_garment_color is used only for open answers and captions that give the product the color of another garment
  in the photo (the bottoms, the tee under a jacket, the shirt under a sweater). A closed color answer that picks
  another garment's color is labelled contradiction, as is a color taken from a print or a logo (not a garment).
- contradiction also covers a closed garment type, pattern, sleeve length or yes/no that the photo and the seller
  contradict (a solid jacket called "striped" because the tee under it is striped), and a kurta called a "dress"
  in a caption or an answer (the seller's category and the photo say kurta).
- Seller shades count as the same color: maroon ~ red, cream ~ white, peach ~ pink, olive ~ green, charcoal ~ grey,
  lavender ~ purple, mustard ~ yellow, teal ~ green/blue. "navy blue" for navy is correct; "blue" for navy is correct.
- Material: "cotton" for tees, shirts, kurtas and "wool" for knit sweaters, "fleece" for sweatshirts, "denim",
  "leather"/"suede" where the photo shows that surface, and "polyester" for a sports tee are counted correct.
  A fabric the photo contradicts or cannot show (silk, linen, satin lining, spandex blend, wool for a puffer) is
  unsupported, as are invented details: a hood, a back keyhole, gold buttons, zari, a reindeer, a belt not in view,
  and a setting or prop the photo lacks (a gym behind a white backdrop, a handbag in empty hands).
- non_answer: a caption or open answer that is one bare word, a bare yes/no, or "it is a shirt" for Describe.
  restated: an answer that gives the question back ("the shirt details are the details of the shirt").
- pronoun: he/his for a Women row, she/her for a Men row. The row with no gender gets no pronoun label.
- A caption that only says "the color of the top is black" is poor but true: counted correct.
- hit_limit=True on every loop and cut, and on leaks that run on to the limit; a leak that ends by itself has none.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, garment_type, is_a, wearing

PATTERN = BLIND_QUESTIONS.pattern
SLEEVES = BLIND_QUESTIONS.sleeve_length
MATERIAL = BLIND_QUESTIONS.material

BLIND_746 = [
    # photo: man in a navy crew-neck tee with a small white Puma logo on the left chest, light blue jeans, white
    # backdrop, front view. All texts: VQA adapter; closed answers via the reference engine.
    case(
        "X746-001",
        caption("a man wearing a navy blue t-shirt and jeans"),
        wearing("a navy blue t-shirt with a white logo on the chest", who="he"),
        color_of("t-shirt", "navy blue"),
        PATTERN("solid"),
        describe("t-shirt", "the t-shirt is a crew neck with short sleeves and a white puma logo on the left chest"),
        MATERIAL("cotton"),
        title="Puma Men Navy Blue Tshirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a sleeveless pink peplum top, white cropped trousers, hand on hip, white backdrop, front view.
    # All texts: VQA adapter; closed answers via the reference engine.
    case(
        "X746-002",
        caption(
            "Question: What is the color of the top? Answer: pink Question: Is this a top? Answer: yes Question: "
            "What is the color of the pants? Answer: white Question: What is the",
            "leak",
            hit_limit=True,
        ),
        wearing("a pink top and white pants", who="she"),
        color_of("top", "white", "contradiction"),
        SLEEVES("sleeveless"),
        details("top", "ruffled peplum hem and a round neck"),
        MATERIAL("silk", "unsupported"),
        title="Vero Moda Women Pink Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a white shirt with big blue checks, sleeves rolled to the elbow, untucked over dark indigo jeans,
    # no belt in view, white backdrop. All texts: VQA adapter; closed answers via the reference engine.
    case(
        "X746-003",
        caption("a man in a white and blue checked shirt and dark jeans"),
        color_of("shirt", "white"),
        PATTERN("checked"),
        wearing("a checkered shirt, blue jeans and a brown leather belt", "unsupported"),
        details(
            "shirt",
            "the shirt has a collar, buttons, a pocket, the sleeves, the collar, the buttons, the pocket, the sleeves, "
            "the collar, the",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        title="Wrangler Men Urban Big Check White Shirts",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a maroon straight kurta with gold block-printed motifs on the yoke, three-quarter sleeves,
    # beige churidar, no dupatta, white backdrop. All texts: VQA adapter; closed answers via the reference engine.
    case(
        "X746-004",
        caption("a woman in a red and gold kurta"),
        wearing("she is wearing a maroon kurta with gold print and beige leggings", who="she"),
        color_of("kurta", "beige", "contradiction"),
        SLEEVES("three-quarter sleeves"),
        describe(
            "kurta",
            "a maroon kurta with gold embroidery on the neckline and mirror work on the sleeves",
            "unsupported",
        ),
        MATERIAL("cotton"),
        is_a("kurta", "yes"),
        title="Biba Women Maroon Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: man in a grey melange crew-neck sweatshirt, black track pants, hands in the pants' pockets, white
    # backdrop. All texts: VQA adapter; closed answers via the reference engine.
    case(
        "X746-005",
        caption(" ".join(["grey"] * 50), "loop", hit_limit=True),
        wearing("a grey sweatshirt and black pants", who="he"),
        color_of("sweatshirt", "black", "contradiction"),
        garment_type("sweatshirt"),
        describe(
            "sweatshirt",
            "a grey melange sweatshirt with a round neck, long sleeves with ribbed cuffs and a ribbed hem, it is "
            "worn with black track pants and the",
            "cut",
            hit_limit=True,
        ),
        details("sweatshirt", "ribbed cuffs and hem with a crew neck"),
        MATERIAL("fleece"),
        title="Proline Men Grey Melange Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a white tee (rolled short sleeves) with a big red lips graphic, blue denim shorts, white backdrop.
    # All texts: VQA adapter; closed answers via the reference engine.
    case(
        "X746-006",
        caption("a woman wearing a white t-shirt with red lips on it"),
        PATTERN("printed"),
        wearing("white t-shirt and denim shorts", who="she"),
        describe("t-shirt", "a blue t-shirt with a red lips graphic", "other_garment_color"),
        details(
            "t-shirt",
            "the t-shirt has a big red lips print in the middle of the front, short sleeves with a rolled hem and a "
            "round neck with a ribbed band that is",
            "cut",
            hit_limit=True,
        ),
        SLEEVES("short sleeves"),
        title="Flying Machine Women Printed White Tshirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: man in a black faux-leather biker jacket worn open over a white crew tee, grey jeans, no hood, white
    # backdrop. All texts: VQA adapter; closed answers via the reference engine.
    case(
        "X746-007",
        caption("a man in a black leather jacket and white t-shirt"),
        wearing("a black jacket over a white shirt", who="he"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        garment_type("jacket"),
        details("jacket", "a hood with fur trim and zip pockets", "unsupported"),
        MATERIAL("leather"),
        is_a("jacket", "yes"),
        title="Roadster Men Black Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman in an olive cable-knit pullover with long sleeves and olive ribbed cuffs, black skinny jeans, white
    # backdrop. All texts: VQA adapter; closed answers via the reference engine.
    case(
        "X746-008",
        caption("a woman in a green sweater and black jeans"),
        wearing("he is wearing a green sweater and black pants", "pronoun", who="she"),
        color_of("sweater", "olive"),
        PATTERN("solid"),
        describe("sweater", "a knitted sweater with cable pattern and long sleeves"),
        details("sweater", "black ribbed cuffs and a black hem", "other_garment_color"),
        MATERIAL("wool"),
        title="United Colors of Benetton Women Olive Sweater",
        category="Sweaters",
        color="Olive",
        gender="Women",
    ),
    # photo: man in a navy shirt with thin white vertical stripes, tucked into beige chinos, brown belt, white
    # backdrop. All texts: VQA adapter; closed answers via the reference engine.
    case(
        "X746-009",
        caption("a man in a blue striped shirt and khaki pants"),
        color_of("shirt", "beige", "contradiction"),
        PATTERN("solid", "contradiction"),
        wearing("a blue and white striped shirt, khaki pants and a brown belt"),
        details("shirt", "the shirt has a spread collar, a chest pocket and the cuffs are buttoned"),
        SLEEVES("long sleeves"),
        MATERIAL("cotton"),
        title="Arrow Men Stripes Navy Blue Shirts",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a black off-shoulder top with long sleeves, light blue jeans, white backdrop, front view.
    # All texts: VQA adapter; closed answers via the reference engine.
    case(
        "X746-010",
        caption("the color of the top is black"),
        wearing("black", "non_answer", who="she"),
        color_of("top", "black"),
        SLEEVES("long sleeves"),
        details(
            "top",
            "off the shoulder neckline with an elastic band, long sleeves with elastic cuffs and a slightly cropped "
            "hem that sits just above the waist of the",
            "cut",
            hit_limit=True,
        ),
        is_a("top", "yes"),
        title="Mango Women Black Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: man in a plain maroon crew-neck tee with maroon ribbed collar, black shorts, three-quarter view, white
    # backdrop. All texts: VQA adapter; closed answers via the reference engine.
    case(
        "X746-011",
        caption(
            "a man in a maroon t-shirt and black shorts Question: What is the color of the t-shirt? Answer: maroon "
            "Question: What is the color of the shorts? Answer: black Question: Is this a t-shirt? Answer: yes "
            "Question",
            "leak",
            hit_limit=True,
        ),
        wearing("a maroon t-shirt and black shorts", who="he"),
        color_of("t-shirt", "maroon"),
        garment_type("t-shirt"),
        MATERIAL("cotton"),
        describe("t-shirt", "the t-shirt is maroon with a v-neck and a small chest pocket", "unsupported"),
        details("t-shirt", "black ribbed collar and black sleeve hems", "other_garment_color"),
        title="Probase Men Solid Maroon Tshirts",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman in a sleeveless blue A-line kurta with a white floral print, white palazzo pants, white
    # backdrop. All texts: VQA adapter; closed answers via the reference engine.
    case(
        "X746-012",
        caption("a woman in a blue floral kurta and white palazzo pants"),
        wearing("a blue and white floral dress", "contradiction", who="she"),
        color_of("kurta", "blue with white flowers", kind="open"),
        PATTERN("floral"),
        SLEEVES("short sleeves", "contradiction"),
        details("kurta", "no", "non_answer"),
        is_a("kurta", "yes"),
        MATERIAL("cotton"),
        title="W Women Blue Printed Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a charcoal V-neck pullover sweater over a white collared shirt (collar and cuffs showing), black
    # trousers, white backdrop. All texts: VQA adapter; closed answers via the reference engine.
    case(
        "X746-013",
        caption("a man wearing a grey sweater over a white shirt"),
        wearing("a grey v-neck sweater with a white shirt underneath and black pants", who="he"),
        color_of("sweater", "white", "other_garment_color", kind="open"),
        garment_type("cardigan", "contradiction"),
        details(
            "sweater",
            "v neck, ribbed cuffs and hem, v neck, ribbed cuffs and hem, v neck, ribbed cuffs and hem, v neck, ribbed",
            "loop",
            hit_limit=True,
        ),
        is_a("sweater", "yes"),
        title="Wills Lifestyle Men Charcoal Sweater",
        category="Sweaters",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a lavender Nike training tee with a white swoosh on the chest, black running tights, white
    # backdrop. All texts: VQA adapter; closed answers via the reference engine.
    case(
        "X746-014",
        caption("a woman in a purple t-shirt and black leggings standing in a gym", "unsupported"),
        color_of("t-shirt", "lavender"),
        wearing("a purple nike shirt and black leggings", who="she"),
        describe("t-shirt", "t-shirt", "non_answer"),
        details(
            "t-shirt",
            "a white nike swoosh on the chest Question: What is the color of the leggings? Answer: black Question: Is",
            "leak",
            hit_limit=True,
        ),
        MATERIAL("polyester"),
        SLEEVES("short sleeves"),
        title="Nike Women Trainng Lavender T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in a light pink formal shirt with full sleeves, tucked into grey trousers, white backdrop.
    # All texts: VQA adapter; closed answers via the reference engine.
    case(
        "X746-015",
        caption("a man in a pink shirt and grey pants"),
        wearing("she is wearing a pink shirt and grey pants", "pronoun", who="he"),
        color_of("shirt", "grey", "contradiction"),
        PATTERN("solid"),
        details("shirt", "the shirt details are the details of the shirt", "restated"),
        MATERIAL("cotton"),
        title="Reid & Taylor Men Solid Pink Shirts",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: woman in a mid-blue denim jacket, buttoned, a white tee's neckline showing, black jeans, white
    # backdrop. All texts: VQA adapter; closed answers via the reference engine.
    case(
        "X746-016",
        caption("a woman in a denim jacket and black jeans"),
        color_of("jacket", "blue"),
        garment_type("jeans", "contradiction"),
        wearing("a blue denim jacket, a white t-shirt and black jeans", who="she"),
        describe("jacket", "a white jacket with buttons", "other_garment_color"),
        details(
            "jacket",
            "button front, two chest flap pockets with buttons, two chest flap pockets with buttons, two chest flap "
            "pockets with",
            "loop",
            hit_limit=True,
        ),
        MATERIAL("denim"),
        title="Levis Women Blue Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a yellow crew tee with "PUMA" printed in black across the chest, blue jeans, white backdrop.
    # All texts: VQA adapter; closed answers via the reference engine.
    case(
        "X746-017",
        caption("yes", "non_answer"),
        wearing("a yellow t-shirt and blue jeans", who="he"),
        color_of("t-shirt", "yellow", kind="open"),
        PATTERN("printed"),
        describe("t-shirt", "a yellow t-shirt with the word puma printed in black letters across the chest"),
        MATERIAL(", ".join(["cotton"] * 15), "loop", hit_limit=True),
        is_a("t-shirt", "yes"),
        title="Puma Men spine tee Yellow Tshirts",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: woman in an olive utility shirt with two flap chest pockets and roll-up sleeves held by button tabs,
    # worn untucked over blue jeans, white backdrop. All texts: VQA adapter; closed answers via the reference engine.
    case(
        "X746-018",
        caption("a woman in a green shirt and jeans"),
        wearing("an olive green shirt with the sleeves rolled up, blue jeans", who="she"),
        color_of("shirt", "blue", "contradiction"),
        PATTERN("solid"),
        details(
            "shirt",
            "two flap pockets on the chest, roll up sleeves held with button tabs, a pointed collar and a curved hem "
            "at the back that",
            "cut",
            hit_limit=True,
        ),
        MATERIAL("linen", "unsupported"),
        title="Arrow Woman Hallie Olive Shirt",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: man in a long white cotton kurta with a mandarin collar and white self buttons, white pyjama, white
    # backdrop (white on white). All texts: VQA adapter; closed answers via the reference engine.
    case(
        "X746-019",
        caption("a man in a white kurta and white pants standing in front of a white wall"),
        color_of("kurta", "white"),
        garment_type("kurta"),
        wearing("she is wearing a white kurta and pyjama", "pronoun", who="he"),
        describe(
            "kurta",
            "a long white kurta with a mandarin collar and a button placket Question: What is the color of the pants? "
            "Answer: white",
            "leak",
            hit_limit=True,
        ),
        details("kurta", "a mandarin collar with gold buttons and side slits", "unsupported"),
        MATERIAL("cotton"),
        title="Fabindia Men White Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: woman in a red wrap top with short sleeves and a tie at the waist, black trousers, white backdrop.
    # All texts: VQA adapter; closed answers via the reference engine.
    case(
        "X746-020",
        caption("a woman wearing a red top and black pants"),
        wearing("red top and black pants", who="she"),
        color_of("top", "red"),
        describe("top", "a black wrap top with short sleeves and a tie at the waist", "other_garment_color"),
        details(
            "top",
            "a tie at the waist, a tie at the waist, a tie at the waist, a tie at the waist, a tie at the waist, a",
            "loop",
            hit_limit=True,
        ),
        is_a("top", "no", "contradiction"),
        SLEEVES("short sleeves"),
        title="Tokyo Talkies Women Red Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: man in an olive nylon bomber jacket zipped halfway over a grey tee, zip pocket on the left sleeve, black
    # jeans, white backdrop. All texts: VQA adapter; closed answers via the reference engine.
    case(
        "X746-021",
        caption("a man wearing an olive green bomber jacket and black jeans"),
        color_of("jacket", "grey", "contradiction"),
        garment_type("jacket"),
        wearing("an olive bomber jacket over a grey t-shirt and black jeans", who="he"),
        describe("jacket", "a grey bomber jacket with a zip front", "other_garment_color"),
        details("jacket", "ribbed collar, cuffs and hem, a zip front and a sleeve pocket with zip on the left arm"),
        MATERIAL("leather", "unsupported"),
        title="Wrangler Men Olive Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a grey hooded sweatshirt (grey hood, kangaroo pocket) with a pink Puma logo on the chest,
    # black leggings, white backdrop. All texts: VQA adapter; closed answers via the reference engine.
    case(
        "X746-022",
        caption("a woman in a grey hoodie with a pink logo"),
        wearing("yes", "non_answer", who="she"),
        color_of("sweatshirt", "pink", "contradiction", kind="open"),
        describe(
            "sweatshirt", "the sweatshirt is grey with a hood, a kangaroo pocket and a pink puma logo on the chest"
        ),
        details("sweatshirt", "a black hood with a drawstring and a kangaroo pocket", "other_garment_color"),
        SLEEVES("long sleeves"),
        is_a("hoodie", "yes"),
        title="Puma Women Grey Sweatshirt",
        category="Sweatshirts",
        color="Grey",
        gender="Women",
    ),
    # photo: man in a teal tee with a multicolor cartoon character and the word "NONSENSE" under it, khaki shorts,
    # white backdrop. All texts: VQA adapter; closed answers via the reference engine.
    case(
        "X746-023",
        caption("a man in a green t-shirt with a cartoon on it"),
        color_of("t-shirt", "teal"),
        PATTERN("graphic"),
        wearing("a khaki t-shirt with a cartoon and khaki shorts", "other_garment_color"),
        describe(
            "t-shirt",
            "a teal t-shirt with a cartoon of a man and the word nonsense printed under it, a teal t-shirt with a "
            "cartoon of a man and the",
            "loop",
            hit_limit=True,
        ),
        is_a("t-shirt", "no", "contradiction"),
        MATERIAL("cotton"),
        title="Mr. Men Men Nonsense Green Tshirts",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: woman in a mustard kurta with white thread embroidery at the neckline, three-quarter sleeves, white
    # leggings, white backdrop. All texts: VQA adapter; closed answers via the reference engine.
    case(
        "X746-024",
        caption("Answer: a woman in a yellow kurta and white leggings", "leak"),
        wearing("a yellow kurta and white leggings", who="she"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        SLEEVES("three-quarter sleeves"),
        details("kurta", "embroidery on the neckline"),
        MATERIAL("silk", "unsupported"),
        title="Aurelia Women Mustard Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in a black half-sleeve shirt with a chest pocket and button-down collar, khaki chinos, white
    # backdrop. All texts: VQA adapter; closed answers via the reference engine.
    case(
        "X746-025",
        caption("a man wearing a black shirt and khaki pants"),
        color_of("shirt", "black"),
        SLEEVES("long sleeves", "contradiction"),
        wearing("black shirt", who="he"),
        describe("shirt", "it is a shirt", "non_answer"),
        details(
            "shirt",
            "the shirt has a pocket on the chest and a button down collar and a button down collar and a button down "
            "collar and a button down",
            "loop",
            hit_limit=True,
        ),
        title="Mother Earth Men Solid Black Shirts",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a peach scoop-neck tee with rolled short sleeves, white jeans, white backdrop.
    # All texts: VQA adapter; closed answers via the reference engine.
    case(
        "X746-026",
        caption("a woman in a pink t-shirt and white jeans"),
        wearing("a peach t-shirt and white jeans", who="she"),
        color_of("t-shirt", "white", "contradiction"),
        garment_type("t-shirt"),
        describe(
            "t-shirt",
            "a peach t-shirt with a scoop neck, short sleeves with a rolled cuff and a straight hem that falls just "
            "below the waist and is",
            "cut",
            hit_limit=True,
        ),
        MATERIAL("the t-shirt is made of the material of the t-shirt", "restated"),
        title="United Colors Of Benetton Women Light Winter Peach Peach T-Shirt",
        category="Tshirts",
        color="Peach",
        gender="Women",
    ),
    # photo: man in a navy crew-neck sweatshirt (no hood, no pockets) with a white Nike swoosh, grey joggers, white
    # backdrop. All texts: VQA adapter; closed answers via the reference engine.
    case(
        "X746-027",
        caption(
            "Question: What is the man wearing? Answer: a navy blue sweatshirt and grey joggers Question: What is the "
            "color of the sweatshirt? Answer: navy blue Question: What is the color of the joggers? Answer: grey "
            "Question: What",
            "leak",
            hit_limit=True,
        ),
        wearing("a navy blue sweatshirt and grey joggers", who="he"),
        color_of("sweatshirt", "navy blue"),
        describe("sweatshirt", "a grey sweatshirt with a white nike logo on the chest", "other_garment_color"),
        details("sweatshirt", "the sweatshirt has a hood with drawstrings and a zip pocket", "unsupported"),
        is_a("sweatshirt", "yes"),
        title="Nike Men Navy Blue Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a plain black long-sleeve shirt tucked into a red A-line skirt, hands empty, white backdrop.
    # All texts: VQA adapter; closed answers via the reference engine.
    case(
        "X746-028",
        caption("a woman in a black shirt and a red skirt holding a handbag", "unsupported"),
        color_of("shirt", "red", "other_garment_color", kind="open"),
        PATTERN("solid"),
        wearing("a black shirt and a red skirt", who="she"),
        is_a("shirt", "yes"),
        details("shirt", "the shirt is tucked into the skirt"),
        MATERIAL("satin with a silk lining", "unsupported"),
        title="United Colors of Benetton Women Solid Black Shirts",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: man in a blue polo tee with narrow white horizontal stripes and a navy collar, beige chinos, white
    # backdrop. All texts: VQA adapter; closed answers via the reference engine.
    case(
        "X746-029",
        caption("a man in a beige and white striped polo shirt", "other_garment_color"),
        PATTERN("striped"),
        color_of("t-shirt", "white", "contradiction"),
        wearing("a blue striped polo shirt and beige pants", who="he"),
        details("t-shirt", "a collar with two buttons"),
        describe("t-shirt", "the t-shirt is the t-shirt in the picture", "restated"),
        MATERIAL("cotton"),
        title="Classic Polo Men Narrow Stripes Blue Tshirts",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a sleeveless top with a multicolor geometric print (orange, teal, white), navy jeans, white
    # backdrop, front view only. All texts: VQA adapter; closed answers via the reference engine.
    case(
        "X746-030",
        caption("a woman wearing a colorful printed top and jeans"),
        color_of("top", "navy blue", "other_garment_color", kind="open"),
        PATTERN("printed"),
        wearing("a printed top and blue jeans", who="she"),
        SLEEVES("sleeveless"),
        describe("top", "a multicolored top with a geometric print in orange, teal and white"),
        details("top", "a tie at the back of the neck and a zip on the side", "unsupported"),
        title="Femella Women Printed Multi Top",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: man in a tan-brown suede-look jacket, open over a black tee, blue jeans, plain collar, white backdrop.
    # All texts: VQA adapter; closed answers via the reference engine.
    case(
        "X746-031",
        caption(
            "a man in a brown jacket and black shirt Question: What is the color of the jacket? Answer: brown "
            "Question: What is the color of the shirt? Answer: black Question: What is the color of the jeans? "
            "Answer: blue Question:",
            "leak",
            hit_limit=True,
        ),
        wearing("a brown jacket, black t-shirt and blue jeans", who="he"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        garment_type("jacket"),
        details("jacket", "a fur collar and quilted lining", "unsupported"),
        MATERIAL("suede"),
        is_a("jacket", "yes"),
        title="Fort Collins Men Brown Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: woman in a cream chunky-knit turtleneck sweater, brown trousers, white backdrop.
    # All texts: VQA adapter; closed answers via the reference engine.
    case(
        "X746-032",
        caption("a woman in a white sweater and brown pants"),
        wearing("a white turtleneck sweater and brown pants", who="she"),
        color_of("sweater", "brown", "contradiction"),
        describe("sweater", "a chunky knit turtleneck sweater with long sleeves"),
        details("sweater", "white", "non_answer"),
        SLEEVES("long sleeves"),
        MATERIAL(" ".join(["wool"] * 30), "loop", hit_limit=True),
        title="Vero Moda Women Cream Sweater",
        category="Sweaters",
        color="Cream",
        gender="Women",
    ),
    # photo: man in a rust-orange kurta with a self jacquard weave and mandarin collar (seller says Brown; it is rust
    # in the photo), white churidar, white backdrop. All texts: VQA adapter; closed answers via the reference engine.
    case(
        "X746-033",
        caption("a man in an orange kurta and white pants"),
        color_of("kurta", "rust"),
        wearing("an orange kurta and white churidar", who="he"),
        describe(
            "kurta",
            "a kurta with a mandarin collar, a mandarin collar, a mandarin collar, a mandarin collar, a mandarin "
            "collar, a mandarin collar",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "gold zari embroidery on the collar and cuffs", "unsupported"),
        PATTERN("solid"),
        is_a("kurta", "no", "contradiction"),
        title="Manyavar Men Brown Kurta",
        category="Kurtas",
        color="Brown",
        gender="Men",
    ),
    # photo: woman in a black tee with "BROOKLYN" printed in white, grey joggers, white backdrop.
    # All texts: VQA adapter; closed answers via the reference engine.
    case(
        "X746-034",
        caption("a woman wearing a black t-shirt with white letters"),
        color_of("t-shirt", "grey", "contradiction"),
        wearing("he is wearing a black t-shirt with brooklyn written on it and grey sweatpants", "pronoun", who="she"),
        PATTERN("printed"),
        describe(
            "t-shirt",
            "a black t-shirt with white text Question: What is she wearing? Answer: a black t-shirt and grey "
            "sweatpants Question:",
            "leak",
            hit_limit=True,
        ),
        MATERIAL("cotton"),
        title="Roadster Women Black Printed Tshirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: man in a mustard shirt with navy and white checks, button-down collar, navy chinos, white backdrop.
    # All texts: VQA adapter; closed answers via the reference engine.
    case(
        "X746-035",
        caption("a man in a yellow checked shirt"),
        color_of("shirt", "navy blue", "contradiction"),
        PATTERN("checked"),
        wearing("a yellow plaid shirt and navy pants"),
        details(
            "shirt",
            "the shirt has a button down collar, a chest pocket with a small logo embroidered on it, long sleeves "
            "with buttoned cuffs and",
            "cut",
            hit_limit=True,
        ),
        MATERIAL("denim", "unsupported"),
        title="U.S. Polo Assn. Men Checks Mustard Shirt",
        category="Shirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: woman in a white schiffli-embroidered top with a round neck, scalloped hem and three-quarter sleeves,
    # blue jeans, white backdrop. All texts: VQA adapter; closed answers via the reference engine.
    case(
        "X746-036",
        caption("a woman in a white top and blue jeans against a white background"),
        wearing("a white lace top and jeans", who="she"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        SLEEVES("three-quarter sleeves"),
        describe("top", "top", "non_answer"),
        details(
            "top", "she is wearing a white top with embroidery and jeans, the top has a round neck and scalloped hem"
        ),
        MATERIAL("the material of the garment is the material", "restated"),
        title="Harpa Women White Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: man in a red crew-neck sweater with a white and navy Fair Isle band across the chest, plain red sleeves,
    # blue jeans, white backdrop. All texts: VQA adapter; closed answers via the reference engine.
    case(
        "X746-037",
        caption("a man wearing a red sweater with a white pattern on the chest"),
        color_of("sweater", "red"),
        PATTERN("solid", "contradiction"),
        wearing("a red sweater with a pattern and jeans", who="he"),
        describe("sweater", "a red sweater with a reindeer on it and snowflakes all over the sleeves", "unsupported"),
        details(
            "sweater",
            "a fair isle band across the chest in white and navy, ribbed crew neck, ribbed cuffs and a ribbed hem at "
            "the bottom of the",
            "cut",
            hit_limit=True,
        ),
        MATERIAL("wool"),
        title="Monte Carlo Men Red Sweater",
        category="Sweaters",
        color="Red",
        gender="Men",
    ),
    # photo: woman in a solid black cropped blazer-style jacket, open over a black-and-white striped tee, black
    # jeans, white backdrop. All texts: VQA adapter; closed answers via the reference engine.
    case(
        "X746-038",
        caption("a woman in a black jacket and a striped shirt"),
        color_of("jacket", "black"),
        PATTERN("striped", "contradiction"),
        wearing("he is wearing a black blazer and a striped t-shirt", "pronoun", who="she"),
        details("jacket", "notched lapels, a single button and two flap pockets"),
        describe(
            "jacket",
            "a black cropped blazer with notched lapels and a single button, worn open over a striped t-shirt with "
            "black jeans and the sleeves are",
            "cut",
            hit_limit=True,
        ),
        garment_type("jacket"),
        title="Only Women Black Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: man in a grey v-neck tee, navy track pants, white backdrop.
    # All texts: VQA adapter; closed answers via the reference engine.
    case(
        "X746-039",
        caption("a man in a grey t-shirt and blue pants"),
        color_of("t-shirt", "grey", kind="open"),
        wearing("a navy t-shirt and blue track pants", "other_garment_color", who="he"),
        describe("t-shirt", "the t-shirt is grey"),
        details("t-shirt", "yes", "non_answer"),
        is_a("t-shirt", "yes"),
        MATERIAL("cotton with spandex for a stretch fit and moisture wicking fabric", "unsupported"),
        title="Proline Men Grey T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in a sleeveless green asymmetric-hem kurta with a pink floral print, white leggings, juttis, white
    # backdrop. All texts: VQA adapter; closed answers via the reference engine.
    case(
        "X746-040",
        caption("a woman in a green and pink dress", "contradiction"),
        wearing("a green floral kurta and white leggings", who="she"),
        color_of("kurta", "green"),
        PATTERN("floral"),
        SLEEVES("sleeveless"),
        details(
            "kurta",
            "asymmetrical hem, floral print, asymmetrical hem, floral print, asymmetrical hem, floral print, "
            "asymmetrical hem, floral",
            "loop",
            hit_limit=True,
        ),
        MATERIAL("rayon with gold foil print", "unsupported"),
        title="Global Desi Women Green Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: man in a blue shirt with white checks, sleeves rolled up, black jeans, white backdrop. The seller row
    # has no color. All texts: VQA adapter; closed answers via the reference engine.
    case(
        "X746-041",
        caption("a man wearing a blue and white checked shirt with the sleeves rolled up"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        PATTERN("checked"),
        wearing("a blue checked shirt and black jeans", who="he"),
        describe(
            "shirt",
            "the shirt is a blue checked shirt with a collar and buttons, the shirt is a blue checked shirt with a "
            "collar and buttons",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "no", "contradiction"),
        MATERIAL("cotton"),
        title="Wrangler Men August Stripe Look Checks Blue Shirts",
        category="Shirts",
        gender="Men",
    ),
    # photo: woman in a pink crew sweatshirt with "CALIFORNIA" printed in white, blue ripped jeans, white backdrop.
    # All texts: VQA adapter; closed answers via the reference engine.
    case(
        "X746-042",
        caption("Question: What is the person wearing? Answer: a pink sweatshirt and jeans", "leak"),
        wearing("a pink sweatshirt with white writing and ripped jeans", who="she"),
        color_of("sweatshirt", "pink"),
        garment_type("hoodie", "contradiction"),
        describe("sweatshirt", "a pink sweatshirt with california written in white on the chest and ripped jeans"),
        details("sweatshirt", "the details of the sweatshirt are on the sweatshirt", "restated"),
        title="Roadster Women Pink Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a navy quilted puffer jacket with a hood, zipped, two zip pockets at the waist, grey jeans, white
    # backdrop. All texts: VQA adapter; closed answers via the reference engine.
    case(
        "X746-043",
        caption("a man in a blue puffer jacket with a hood"),
        color_of("jacket", "navy blue"),
        wearing("she is wearing a blue jacket and grey jeans", "pronoun", who="he"),
        describe(
            "jacket",
            "a navy blue quilted puffer jacket with a hood, a zip front and two zip pockets at the waist, it is padded "
            "and has a",
            "cut",
            hit_limit=True,
        ),
        MATERIAL("wool", "unsupported"),
        is_a("jacket", "yes"),
        title="Duke Men Navy Blue Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a purple sleeveless top with pleats at the round neckline, white trousers, white backdrop,
    # front view only. All texts: VQA adapter; closed answers via the reference engine.
    case(
        "X746-044",
        caption(
            "a woman in a purple top and white pants Question: What is the color of the top? Answer: purple Question: "
            "What is the color of the pants? Answer: white Question: Is this a top? Answer: yes Question",
            "leak",
            hit_limit=True,
        ),
        color_of("top", "purple"),
        wearing("a purple sleeveless top and white trousers", who="she"),
        SLEEVES("sleeveless"),
        details("top", "the top has pleats at the neckline and a keyhole at the back with a button", "unsupported"),
        describe("top", "a white top", "other_garment_color"),
        title="Vero Moda Women Purple Top",
        category="Tops",
        color="Purple",
        gender="Women",
    ),
    # photo: man in a black tee with a white skull print (red eyes, a red rose in its mouth), dark blue jeans, white
    # backdrop. The seller row has no gender. All texts: VQA adapter; closed answers via the reference engine.
    case(
        "X746-045",
        caption("a man wearing a black t-shirt with a skull on it"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        PATTERN("graphic"),
        wearing("a black t-shirt with a white and red skull print and dark jeans"),
        describe(
            "t-shirt",
            "a black t-shirt with a white skull print on the front, the skull has red eyes and a red rose in its "
            "mouth and the",
            "cut",
            hit_limit=True,
        ),
        MATERIAL("cotton"),
        title="Flying Machine Men Printed Black Tshirts",
        category="Tshirts",
        color="Black",
    ),
    # photo: woman in a lavender long-sleeve shirt, white jeans, white backdrop. The seller row has no category.
    # All texts: VQA adapter; closed answers via the reference engine.
    case(
        "X746-046",
        caption("a woman in a purple shirt and white pants standing on a white background"),
        color_of("shirt", "white", "contradiction"),
        wearing("a lavender shirt and white jeans", who="she"),
        SLEEVES("long sleeves"),
        describe("shirt", " ".join(["purple"] * 30), "loop", hit_limit=True),
        details(
            "shirt", "a mandarin collar with a hidden button placket and an embroidered logo on the cuff", "unsupported"
        ),
        MATERIAL("cotton"),
        title="United Colors of Benetton Women Solid Lavender Shirt",
        color="Lavender",
        gender="Women",
    ),
]
