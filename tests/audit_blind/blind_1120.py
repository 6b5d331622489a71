"""BLIND_1120 (46 products; older Myntra feed, M/W topwear, VQA adapter): written blind in the sixtieth session.
Measured blind at 796126b (the session's fourth rules): 113/129 failures found (87.6%) and 8/182 correct texts flagged
(4.4%). The writer's notes, verbatim:

Scenario: the older Myntra "Fashion Product Images" feed, short seller titles ("Puma Men Red Polo Tshirt"), men's
and women's topwear only (Tshirts, Shirts, Tops, Sweaters, Sweatshirts, Jackets, Kurtas). Photos as the shared
real ones: a model on a white backdrop, front view mostly, the product worn with a bottom (jeans, chinos, track
pants, palazzos, leggings, a skirt) and sometimes over or under another top. Seller columns: title, category
(article_type), color (base_colour), gender; three rows lack one column (no category, no color, no title).

Who wrote what: every free text (the caption, from an empty prompt, and the open answers) is greedy output of the
VQA adapter leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b, 30 new tokens for answers, 50 for the
caption. Closed answers (color, garment_type, pattern, sleeve_length, is_* yes/no) come from enrich's
`--engine reference`, which ranks candidate values with the same adapter, so they are one candidate and never loop or
stop short. The adapter's habits: In-shop class words ("tee", "blouse", "denim", "graphic tee", "coat"), lowercase
and article-less short answers; no end token was trained, so long answers loop ("green green green ...", "a
collar and a collar ...") or are cut at 30 tokens, and it often goes on with its own training format ("Question:
what is the color of the pants? Answer: ..."). Its captions are broken by VQA-only training: mostly one short
"a man wearing ..." clause, sometimes a bare answer word ("yes", "grey"), a loop or a leaked Question/Answer.
Colors drift to the bottom or the layer under; yes/no leaks into open questions; he/she is sometimes wrong.

Labeling conventions and judgement calls:
- A closed or open color that is the bottom's or another worn top's color is other_garment_color. Where that color
  is also in the product's own print (white dots on a black top worn with white jeans) it is still
  other_garment_color.
- A color that belongs only to the product's own print, stripe band or logo (pink logo on a grey sweatshirt, red
  band on a navy sweater, white lettering on navy) given as the garment's color is a contradiction (the caption and
  the seller give the ground color), not other_garment_color: no other garment has it.
- A kurta called a "dress", a half-zip sweater called a "jacket", a crew tee called a "polo shirt", a kurta typed
  "shirt", a shirt answered "no" to "Is this a shirt?": contradiction (seller category and other texts disagree).
- Class words the In-shop data merges count as correct: tee for t-shirt, blouse for top, coat for jacket, sweater
  for sweatshirt, denim for a denim jacket, hoodie for a hooded sweatshirt.
- Shades inside one color group are correct (navy -> blue, mustard -> yellow, charcoal -> grey, maroon -> red, teal
  -> green when the seller's own title says Green, peach -> pink, cream -> white). Peach called "orange" is a
  contradiction: the caption says pink and the seller peach.
- For a striped or checked two-hue garment a closed color naming the seller's hue is correct; I avoided scoring the
  second hue of such garments either way.
- Material: the usual material of the article (cotton tee/shirt/kurta, wool sweater, denim jacket, leather look on a
  biker jacket, suede on a visibly suede jacket, silk on a kurta with a visible silk sheen, polyester on a Nike
  training tee) is correct; a material the photo does not show or contradicts (denim for a cotton check shirt,
  leather for a nylon bomber, linen, silk on a matte printed kurta) is unsupported.
- Invented parts (hood, tie, buttons on an open cardigan, pocket, logo on a plain tee, fur, tassels, dupatta,
  handbag, sandals or sneakers below the crop) are unsupported, whether in the caption or an answer.
- "yes"/"no" to an open question, a bare color word as the caption, "the shirt" or "it is a t-shirt" for a
  description: non_answer. Echoing the question ("the shirt details are the shirt details", "describe the t-shirt",
  "what cloth is the person wearing"): restated. A one-word answer that carries content ("lace", "stripes") is
  correct.
- A text that repeats a phrase until the limit is loop; one that continues with "Question: ... Answer:" is leak,
  even when the leaked pairs repeat; one that is right up to where it stops mid-phrase at the limit is cut. All
  three ran to the limit (hit_limit=True); no correct text did.
- Pronoun: the question used the right pronoun for the seller's gender and the answer used the other one.
- Each failing text gets one label, the most salient; I kept cut texts' content correct so cut is the only fault.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as Q,
)
from tests.audit_corpus import (
    DEFAULT_QUESTIONS as D,
)
from tests.audit_corpus import (
    caption,
    case,
    color,
    color_of,
    describe,
    details,
    garment_type,
    is_a,
    material,
    question,
    wearing,
)

# the adapter's own training prompt for the garment worn (In-shop VQA data)
cloth = question("cloth", "What cloth is the person wearing?", "open")

BLIND_1120 = [
    # photo: navy crew-neck tee with a small white logo on the chest, light blue jeans, white backdrop, front view,
    # arms at sides. VQA adapter: caption + open answers; reference engine: closed.
    case(
        "X1120-001",
        caption(
            "a man wearing a navy blue t-shirt and jeans and a navy blue t-shirt and jeans and a navy blue t-shirt"
            " and jeans and a navy blue t-shirt and jeans and a navy blue t-shirt and",
            "loop",
            hit_limit=True,
        ),
        color("navy blue"),
        garment_type("t-shirt"),
        cloth("tee and jeans"),
        color_of("t-shirt", "blue", kind="open"),
        details(
            "t-shirt",
            "the t-shirt has a round neck and short sleeves and a round neck and short sleeves and a round neck and"
            " short sleeves and a",
            "loop",
            hit_limit=True,
        ),
        material("cotton"),
        title="U.S. Polo Assn. Men Solid Navy Tshirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white sleeveless top with thin straps, tucked into black trousers with a gold-buckle belt, white
    # backdrop, front view. VQA adapter: caption + open; reference engine: closed.
    case(
        "X1120-002",
        caption("a woman in a white top and black pants"),
        color("black", "other_garment_color"),
        wearing("she is wearing a white tank top and black pants", who="she"),
        color_of("top", "white", kind="open"),
        describe("top", "the top is white with a black trim around the neck", "unsupported"),
        D.sleeve_length("sleeveless"),
        details(
            "top",
            "the top has thin straps and a round neck and it is tucked into the black pants, which have a belt with"
            " a gold buckle and are",
            "cut",
            hit_limit=True,
        ),
        title="Vero Moda Women White Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: blue-and-white check shirt, button-down collar, one chest pocket, full sleeves, tucked into beige chinos
    # with a brown belt, white backdrop, front view. VQA adapter: caption + open; reference engine: closed.
    case(
        "X1120-003",
        caption("a man wearing a blue and white checkered shirt"),
        Q.pattern("checked"),
        color_of("shirt", "blue and white", kind="open"),
        details(
            "shirt",
            "the shirt has a button-down collar, a chest pocket and long sleeves with buttoned cuffs and it is tucked"
            " into a pair of beige chinos with a brown",
            "cut",
            hit_limit=True,
        ),
        cloth("shirt and khaki pants"),
        is_a("shirt", "yes"),
        material("denim", "unsupported"),
        wearing("she is wearing a blue checkered shirt and khaki pants", "pronoun", who="he"),
        title="Wrangler Men Check Blue Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: knee-length maroon kurta with a gold block print, round neck, 3/4 sleeves, white churidar, white
    # backdrop, front view, matte cotton. VQA adapter: caption + open; reference engine: closed.
    case(
        "X1120-004",
        caption("a woman wearing a red dress with gold print", "contradiction"),
        color("maroon"),
        garment_type("kurta"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        D.pattern("printed"),
        wearing(
            "she is wearing a kurta and white pants Question: what is the color of the kurta? Answer: red Question:"
            " what is the color of the",
            "leak",
            who="she",
            hit_limit=True,
        ),
        material("silk", "unsupported"),
        title="Biba Women Maroon Printed Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: grey melange crew-neck sweatshirt with ribbed cuffs and hem, navy track pants with a white side stripe,
    # white backdrop, front view. VQA adapter: caption + open; reference engine: closed.
    case(
        "X1120-005",
        caption("a man in a grey sweatshirt and blue pants"),
        color("grey"),
        garment_type("sweatshirt"),
        cloth(
            "sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt"
            " sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt sweatshirt",
            "loop",
            hit_limit=True,
        ),
        details("sweatshirt", "it has a hood and a kangaroo pocket", "unsupported"),
        is_a("jacket", "no"),
        color_of("sweatshirt", "blue", "other_garment_color", kind="open"),
        title="Proline Men Grey Melange Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: pink crew-neck tee with a white swoosh on the chest, black leggings, white backdrop, front view.
    # VQA adapter: caption + open; reference engine: closed.
    case(
        "X1120-006",
        caption("a woman wearing a pink nike t-shirt and black leggings"),
        color("pink"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        wearing("he is wearing a pink shirt and black pants", "pronoun", who="she"),
        describe("t-shirt", "the t-shirt is pink with a white logo on the chest"),
        D.sleeve_length("short"),
        title="Nike Women Pink T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: black nylon zip bomber jacket worn open over a white crew tee, blue jeans; ribbed collar, cuffs and hem,
    # two slanted pockets; white backdrop, front view. VQA adapter: caption + open; reference engine: closed.
    case(
        "X1120-007",
        caption("a man wearing a black jacket over a white t-shirt and jeans"),
        color("white", "other_garment_color"),
        garment_type("jacket"),
        color_of("jacket", "black", kind="open"),
        details(
            "jacket",
            "the jacket has a zipper in the front, ribbed cuffs and a ribbed hem, two slanted pockets at the waist and"
            " a ribbed collar, it is worn open over a white",
            "cut",
            hit_limit=True,
        ),
        material("leather", "unsupported"),
        cloth("jacket and jeans"),
        title="Roadster Men Black Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: olive shirt with sleeves rolled to the elbow, tucked into blue jeans, white backdrop, front view.
    # VQA adapter: caption + open; reference engine: closed.
    case(
        "X1120-008",
        caption("a woman in a green shirt and jeans"),
        color("olive"),
        color_of(
            "shirt",
            "green green green green green green green green green green green green green green green green green"
            " green green green green green green green green green green green green green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing("a shirt", who="she"),
        details("shirt", "the shirt details are the shirt details", "restated"),
        is_a("shirt", "no", "contradiction"),
        title="Arrow Woman Olive Shirt",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: white crew tee with a large black-and-red eagle graphic on the chest, blue jeans, white backdrop, front
    # view. VQA adapter: caption + open; reference engine: closed.
    case(
        "X1120-009",
        caption("a man wearing a white t-shirt with a graphic print"),
        Q.pattern("graphic"),
        color("blue", "other_garment_color"),
        color_of("t-shirt", "white with black and red print", kind="open"),
        describe("t-shirt", "a white t-shirt with a graphic print of a skull on the front", "unsupported"),
        cloth("graphic tee and jeans"),
        material("cotton"),
        title="Flying Machine Men Printed White Tshirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: mustard cable-knit crew-neck pullover, long sleeves, dark blue jeans, white backdrop, front view.
    # VQA adapter: caption + open; reference engine: closed.
    case(
        "X1120-010",
        caption("yes", "non_answer"),
        color("blue", "other_garment_color"),
        garment_type("sweater"),
        color_of("sweater", "yellow", kind="open"),
        details(
            "sweater",
            "the sweater has a cable knit pattern and long sleeves and a round neck and long sleeves and a round neck"
            " and long sleeves and a round",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("long"),
        wearing("she is wearing a yellow sweater and blue jeans", who="she"),
        title="Only Women Mustard Sweater",
        category="Sweaters",
        color="Mustard",
        gender="Women",
    ),
    # photo: plain white formal shirt, full sleeves, one chest pocket, tucked into navy trousers, no tie, white
    # backdrop, front view. VQA adapter: caption + open; reference engine: closed.
    case(
        "X1120-011",
        caption(
            "a man in a white shirt and blue pants Question: what is the color of the shirt? Answer: white Question:"
            " what is the color of the pants? Answer: blue Question: what is the color of the",
            "leak",
            hit_limit=True,
        ),
        color("white"),
        garment_type("shirt"),
        color_of("shirt", "white", kind="open"),
        details(
            "shirt",
            "the shirt has a pocket on the chest and a collar and buttons on the front and cuffs on the sleeves and"
            " the shirt is tucked into the pants and the",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a shirt and tie", "unsupported", who="he"),
        title="Peter England Men White Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: black top with white polka dots, short puff sleeves, white jeans, framed down to the knee, white
    # backdrop, front view. VQA adapter: caption + open; reference engine: closed. Row has no category.
    case(
        "X1120-012",
        caption("a woman wearing a black and white polka dot top"),
        color("black"),
        D.pattern("solid", "contradiction"),
        color_of("top", "white", "other_garment_color", kind="open"),
        describe("top", "the top is black with white polka dots and puff sleeves"),
        cloth("blouse and jeans"),
        wearing("she is wearing a black and white top and white jeans and black sandals", "unsupported", who="she"),
        title="Mango Women Black Top",
        color="Black",
        gender="Women",
    ),
    # photo: charcoal V-neck pullover over a white collared shirt (collar and cuffs showing), no tie, grey trousers,
    # white backdrop, front view. VQA adapter: caption + open; reference engine: closed.
    case(
        "X1120-013",
        caption("a man wearing a grey sweater over a white shirt and a tie", "unsupported"),
        color("white", "other_garment_color"),
        garment_type("sweater"),
        color_of("sweater", "grey", kind="open"),
        details("sweater", "v-neck, ribbed cuffs and hem"),
        is_a("cardigan", "yes", "contradiction"),
        material("wool"),
        title="Wills Lifestyle Men Charcoal Sweater",
        category="Sweaters",
        color="Charcoal",
        gender="Men",
    ),
    # photo: sea-green straight kurta with white thread embroidery at the neckline, 3/4 sleeves, white palazzos,
    # white backdrop, front view. VQA adapter: caption + open; reference engine: closed.
    case(
        "X1120-014",
        caption("a woman wearing a green kurta and white pants"),
        color("green"),
        garment_type("dress", "contradiction"),
        color_of(
            "kurta",
            "green and white and green and white and green and white and green and white and green and white and"
            " green and white and green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("kurta", "embroidery on the neck"),
        wearing("a kurta", who="she"),
        describe(
            "kurta",
            "a green kurta Question: what is the color of the pants? Answer: white Question: what is the color of the"
            " dupatta? Answer:",
            "leak",
            hit_limit=True,
        ),
        title="W Women Green Kurta",
        category="Kurtas",
        color="Sea Green",
        gender="Women",
    ),
    # photo: red pique polo with white tipping on the collar only, small black puma logo, beige shorts, white
    # backdrop, front view. VQA adapter: caption + open; reference engine: closed.
    case(
        "X1120-015",
        caption("a man wearing a red polo shirt and khaki shorts"),
        color("red"),
        garment_type("polo shirt"),
        color_of("polo shirt", "red", kind="open"),
        details("polo shirt", "yes", "non_answer"),
        wearing("she is wearing a red shirt and shorts", "pronoun", who="he"),
        describe(
            "polo shirt",
            "the polo shirt is red with white stripes on the collar and a puma logo on the chest and white stripes on"
            " the sleeves",
            "unsupported",
        ),
        title="Puma Men Red Polo Tshirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: mid-blue denim jacket worn open over a white tee, black skinny jeans, two flap chest pockets, white
    # backdrop, front view. VQA adapter: caption + open; reference engine: closed.
    case(
        "X1120-016",
        caption(
            "a woman wearing a denim jacket and black jeans Question: what is the color of the jacket? Answer: blue"
            " Question: what is the color of the jeans? Answer: black Question",
            "leak",
            hit_limit=True,
        ),
        color("blue"),
        Q.material("denim"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        details(
            "jacket",
            "the jacket has buttons on the front and two chest pockets with flaps and buttoned cuffs and it is worn"
            " open over a white t-shirt with a pair of black skinny",
            "cut",
            hit_limit=True,
        ),
        cloth("denim and tee"),
        is_a("jacket", "yes"),
        title="Levis Women Blue Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: dark green short-sleeve shirt with a tiny white leaf print, blue jeans, bare head (no hat), white
    # backdrop, front view. VQA adapter: caption + open; reference engine: closed.
    case(
        "X1120-017",
        caption("a man in a green shirt and jeans with a hat", "unsupported"),
        color("green"),
        Q.pattern("printed"),
        Q.sleeve_length("long", "contradiction"),
        color_of("shirt", "dark green", kind="open"),
        details("shirt", "what are the shirt details the shirt details are", "restated"),
        title="Mark Taylor Men Green Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: lavender V-neck tee, dark grey track pants, white backdrop, front view, one hand on the hip.
    # VQA adapter: caption + open; reference engine: closed.
    case(
        "X1120-018",
        caption("a woman wearing a purple t-shirt and grey pants"),
        color("lavender"),
        color_of("t-shirt", "grey", "other_garment_color", kind="open"),
        wearing(
            "a purple tee and grey pants and a purple tee and grey pants and a purple tee and grey pants and a purple"
            " tee and",
            "loop",
            who="she",
            hit_limit=True,
        ),
        D.sleeve_length("short"),
        material("polyester"),
        details("t-shirt", "the t-shirt has details", "restated"),
        title="Nike Women Lavender T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: plain white cotton kurta, mandarin collar, white self buttons, long sleeves, white pyjama, white
    # backdrop, front view. VQA adapter: caption + open; reference engine: closed.
    case(
        "X1120-019",
        caption("a man wearing a white kurta and white pants"),
        color("white"),
        garment_type("kurta"),
        color_of("kurta", "white", kind="open"),
        details(
            "kurta",
            "the kurta has a collar and a collar and a collar and a collar and a collar and a collar and a collar and"
            " a collar and",
            "loop",
            hit_limit=True,
        ),
        describe("kurta", "a long white kurta with gold buttons and embroidery on the sleeves", "unsupported"),
        wearing("he is wearing a white dress", "contradiction", who="he"),
        title="Fabindia Men White Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: pale pink shirt, long sleeves with buttoned cuffs, worn untucked over blue skinny jeans, white backdrop,
    # front view. VQA adapter: caption + open; reference engine: closed.
    case(
        "X1120-020",
        caption("a woman wearing a pink shirt and blue jeans"),
        color("blue", "other_garment_color"),
        color_of("shirt", "pink", kind="open"),
        details("shirt", "it has a collar and buttons"),
        describe(
            "shirt",
            "the shirt is pink and has a collar and buttons on the front and long sleeves with cuffs and it is worn"
            " untucked over a pair of blue skinny",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        wearing("he is wearing a pink shirt and blue jeans", "pronoun", who="she"),
        title="United Colors of Benetton Women Pink Shirt",
        category="Shirts",
        color="Pink",
        gender="Women",
    ),
    # photo: black-and-white horizontal striped crew tee, grey jeans, white backdrop, front view.
    # VQA adapter: caption + open; reference engine: closed.
    case(
        "X1120-021",
        caption("a man wearing a black and white striped shirt"),
        Q.pattern("striped"),
        color("black"),
        color_of("t-shirt", "grey", "other_garment_color", kind="open"),
        cloth(
            "tee and jeans Question: what is the color of the tee? Answer: black and white Question: what",
            "leak",
            hit_limit=True,
        ),
        details("t-shirt", "stripes"),
        title="Jack & Jones Men Striped Black Tshirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: red sleeveless top with a round neck and a ruffled hem, blue denim shorts with frayed hems, white
    # backdrop, front view. VQA adapter: caption + open; reference engine: closed.
    case(
        "X1120-022",
        caption("a woman wearing a red top and denim shorts"),
        color("red"),
        garment_type("blouse"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        describe(
            "top",
            "the top is red and sleeveless with a ruffled hem and a round neckline, it is worn with a pair of blue"
            " denim shorts that have frayed edges and a",
            "cut",
            hit_limit=True,
        ),
        details("top", "the top has ruffles at the bottom and no sleeves"),
        Q.sleeve_length("short", "contradiction"),
        title="Harpa Women Red Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: olive zipped utility jacket with two flap chest pockets and a stand collar (no hood), black tee showing
    # at the neck, black jeans, white backdrop, front view. VQA adapter: caption + open; reference engine: closed.
    case(
        "X1120-023",
        caption("a man wearing a green jacket and black pants"),
        color("black", "other_garment_color"),
        garment_type("coat"),
        color_of("jacket", "olive green", kind="open"),
        details("jacket", "the jacket has a hood", "unsupported"),
        cloth(
            "jacket and pants and jacket and pants and jacket and pants and jacket and pants and jacket and pants and"
            " jacket and pants and",
            "loop",
            hit_limit=True,
        ),
        material("cotton"),
        title="Wrangler Men Olive Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: navy crew sweatshirt with white "BROOKLYN" lettering across the chest, light grey joggers, white
    # backdrop, front view. VQA adapter: caption + open; reference engine: closed.
    case(
        "X1120-024",
        caption("a woman wearing a blue sweatshirt with the word brooklyn on it"),
        color("navy blue"),
        Q.pattern("printed"),
        color_of("sweatshirt", "white", "contradiction", kind="open"),
        wearing("she is wearing a sweatshirt and grey sweatpants", who="she"),
        describe(
            "sweatshirt",
            "Question: Describe the sweatshirt. Answer: a blue sweatshirt with a print Question: Describe the",
            "leak",
            hit_limit=True,
        ),
        cloth(
            "sweatshirt and pants and sweatshirt and pants and sweatshirt and pants and sweatshirt and pants and"
            " sweatshirt and",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Women Navy Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: purple-and-white small-check shirt, spread collar, patch pocket, long sleeves, dark grey trousers,
    # white backdrop, front view. VQA adapter: caption + open; reference engine: closed.
    case(
        "X1120-025",
        caption("a man in a purple checkered shirt and grey pants"),
        color("purple"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        Q.pattern("checked"),
        details(
            "shirt",
            "the shirt has a spread collar, a button placket, long sleeves with single-button cuffs and a patch pocket"
            " on the left side of the",
            "cut",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        material("linen", "unsupported"),
        title="Arrow Men Purple Check Shirt",
        category="Shirts",
        color="Purple",
        gender="Men",
    ),
    # photo: bright yellow crew tee (yellow neckband and hems) with a black puma logo on the chest, black shorts,
    # white backdrop, front view. VQA adapter: caption + open; reference engine: closed.
    case(
        "X1120-026",
        caption("a woman wearing a yellow shirt and black shorts"),
        color("yellow"),
        garment_type("t-shirt"),
        color_of("t-shirt", "yellow", kind="open"),
        wearing("yes", "non_answer", who="she"),
        details("t-shirt", "a puma logo on the front"),
        describe(
            "t-shirt",
            "the t-shirt is yellow with a black logo and a black collar and black cuffs on the sleeves",
            "unsupported",
        ),
        title="Puma Women Yellow Tshirt",
        category="Tshirts",
        color="Yellow",
        gender="Women",
    ),
    # photo: maroon pullover hoodie with white drawstrings and a kangaroo pocket, black track pants, no jacket, white
    # backdrop, front view. VQA adapter: caption + open; reference engine: closed. Row has no title.
    case(
        "X1120-027",
        caption("a man wearing a red hoodie and black pants"),
        color("black", "other_garment_color"),
        garment_type("hoodie"),
        color_of(
            "hoodie",
            "maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("hoodie", "the hoodie has a hood with drawstrings and a front pocket"),
        wearing("he is wearing a hoodie and a jacket", "unsupported", who="he"),
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: indigo kurta with a white floral print, round neck without ties, 3/4 sleeves, white leggings, white
    # backdrop, front view. VQA adapter: caption + open; reference engine: closed.
    case(
        "X1120-028",
        caption("a woman in a blue and white floral kurta"),
        color("blue"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        describe(
            "kurta",
            "the kurta is blue with white flowers and a mandarin collar and a slit on the side and tassels on the neck"
            " tie",
            "unsupported",
        ),
        material("cotton"),
        is_a("dress", "yes", "contradiction"),
        title="Global Desi Women Blue Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: teal-green crew tee with a blue-and-yellow "Mr. Grumpy" cartoon print, blue jeans with a brown belt,
    # white backdrop, front view. VQA adapter: caption + open; reference engine: closed.
    case(
        "X1120-029",
        caption("a man wearing a green t-shirt with a cartoon on it"),
        color("green"),
        color_of("t-shirt", "teal", kind="open"),
        cloth("graphic tee"),
        details("t-shirt", "cartoon character print on the chest and the words mr grumpy"),
        wearing(
            "he is wearing a green t-shirt with a cartoon on the front and a pair of blue jeans with a brown belt and"
            " the t-shirt is",
            "cut",
            who="he",
            hit_limit=True,
        ),
        is_a("polo shirt", "yes", "contradiction"),
        title="Mr. Men Men Nonsense Green Tshirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: black faux-leather biker jacket with an asymmetric zip, zipped pockets and zipped cuffs, worn open over
    # a grey tee, blue jeans, empty hands (no bag), white backdrop, front view. VQA adapter: caption + open;
    # reference engine: closed.
    case(
        "X1120-030",
        caption("a woman wearing a black leather jacket and blue jeans holding a handbag", "unsupported"),
        color("black"),
        color_of("jacket", "grey", "other_garment_color", kind="open"),
        Q.material("leather"),
        details(
            "jacket",
            "the jacket has zippers on the sleeves and the pockets and the front and the zippers on the sleeves and"
            " the pockets and the front and the zippers on",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a black jacket and a grey top and jeans", who="she"),
        is_a("jacket", "yes"),
        title="Only Women Black Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: navy shirt with thin white vertical stripes, long sleeves, tucked into beige chinos, white backdrop,
    # front view. VQA adapter: caption + open; reference engine: closed.
    case(
        "X1120-031",
        caption("a man wearing a blue striped shirt and khaki pants"),
        color("beige", "other_garment_color"),
        Q.pattern("striped"),
        color_of("shirt", "navy blue with white stripes", kind="open"),
        details("shirt", "the shirt", "non_answer"),
        describe(
            "shirt",
            "the shirt is blue and white striped and has a collar and buttons and the sleeves are long and the shirt"
            " is tucked into the pants and the pants are khaki and the",
            "cut",
            hit_limit=True,
        ),
        title="Arrow Men Navy Striped Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: peach crop top with lace trim at the neckline, short sleeves, high-waist white jeans, white backdrop,
    # front view. VQA adapter: caption + open; reference engine: closed.
    case(
        "X1120-032",
        caption("a woman wearing a pink top and white pants"),
        color("white", "other_garment_color"),
        color_of("top", "peach", kind="open"),
        details("top", "lace"),
        describe("top", "the top is orange with a lace trim on the neckline", "contradiction"),
        D.sleeve_length("short"),
        title="Forever 21 Women Peach Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: navy crew-neck sweater with a red-and-white stripe band across the chest, beige chinos, white backdrop,
    # front view. VQA adapter: caption + open; reference engine: closed.
    case(
        "X1120-033",
        caption("a man in a blue sweater with a red and white stripe"),
        color("navy blue"),
        garment_type("sweater"),
        color_of("sweater", "red", "contradiction", kind="open"),
        details("sweater", "the sweater has a stripe across the chest"),
        material("wool"),
        wearing(
            "he is wearing a blue sweater and khaki pants Question: what is the color of the sweater? Answer: blue"
            " Question:",
            "leak",
            who="he",
            hit_limit=True,
        ),
        title="Monte Carlo Men Navy Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: long cream open-front cardigan without buttons over a black tank top, black jeans, white backdrop,
    # front view. VQA adapter: caption + open; reference engine: closed.
    case(
        "X1120-034",
        caption("a woman wearing a white cardigan and black pants"),
        color("black", "other_garment_color"),
        garment_type("cardigan"),
        color_of("cardigan", "cream", kind="open"),
        is_a("cardigan", "yes"),
        details("cardigan", "the cardigan has buttons down the front", "unsupported"),
        wearing("he is wearing a white sweater and black pants", "pronoun", who="she"),
        title="Vero Moda Women Cream Cardigan",
        category="Sweaters",
        color="Cream",
        gender="Women",
    ),
    # photo: plain grey crew tee with no logo or print, black shorts, white backdrop, front view.
    # VQA adapter: caption + open; reference engine: closed.
    case(
        "X1120-035",
        caption("grey", "non_answer"),
        color("grey"),
        color_of("t-shirt", "grey", kind="open"),
        describe("t-shirt", "describe the t-shirt", "restated"),
        details(
            "t-shirt",
            "it is a grey t-shirt with a round neck and short sleeves and a small logo on the chest and a small logo"
            " on the sleeve",
            "unsupported",
        ),
        cloth("tee and shorts"),
        title="Proline Men Grey T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: black long-sleeve shirt tucked into a red midi skirt with a black belt, hands in the skirt's pockets,
    # hair in a ponytail, white backdrop, front view. VQA adapter: caption + open; reference engine: closed.
    case(
        "X1120-036",
        caption(
            "a woman wearing a black shirt and a red skirt with a black belt standing in front of a white background"
            " with her hands in her pockets and her hair in a ponytail and the shirt is tucked into the skirt and"
            " the",
            "cut",
            hit_limit=True,
        ),
        color("red", "other_garment_color"),
        color_of("shirt", "black", kind="open"),
        details(
            "shirt",
            "the shirt has a collar and buttons and long sleeves and a collar and buttons and long sleeves and a"
            " collar and buttons and long sleeves and",
            "loop",
            hit_limit=True,
        ),
        garment_type("shirt"),
        wearing("a black shirt and a red skirt", who="she"),
        title="United Colors of Benetton Women Black Shirt",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: tan-brown suede zip jacket, zipped up, point collar, two side pockets, no hood, blue jeans, white
    # backdrop, three-quarter view. VQA adapter: caption + open; reference engine: closed.
    case(
        "X1120-037",
        caption("a man wearing a brown jacket and jeans"),
        color("brown"),
        Q.material("suede"),
        color_of("jacket", "blue", "other_garment_color", kind="open"),
        details("jacket", "it has a zipper, a collar and two side pockets"),
        describe("jacket", "the jacket is brown with a fur lined hood", "unsupported"),
        is_a("jacket", "yes"),
        cloth(
            "jacket Question: what cloth is the person wearing? Answer: jacket Question: what cloth is the person"
            " wearing? Answer: jacket",
            "leak",
            hit_limit=True,
        ),
        title="Woodland Men Brown Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: white polo tee with a small navy logo, short sleeves, blue jeans, white backdrop, front view.
    # VQA adapter: caption + open; reference engine: closed.
    case(
        "X1120-038",
        caption("a woman in a white polo shirt and jeans"),
        color("white"),
        garment_type("polo shirt"),
        color_of("polo shirt", "blue", "other_garment_color", kind="open"),
        wearing(
            "she is wearing a white shirt and blue jeans and a white shirt and blue jeans and a white shirt and blue"
            " jeans and a white",
            "loop",
            who="she",
            hit_limit=True,
        ),
        details("polo shirt", "no", "non_answer"),
        title="Flying Machine Women Solid White Polo Tshirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: beige art-silk kurta with a visible sheen and a self-woven pattern, mandarin collar, buttoned placket,
    # long sleeves, white churidar, white backdrop, front view. VQA adapter: caption + open; reference engine: closed.
    case(
        "X1120-039",
        caption("a man wearing a beige kurta and white pants"),
        color("beige"),
        garment_type("shirt", "contradiction"),
        color_of("kurta", "beige", kind="open"),
        details("kurta", "mandarin collar and buttons on the front"),
        wearing(
            "he is wearing a kurta and pajama Question: what is the color of the kurta? Answer: beige Question: what"
            " is the color of the",
            "leak",
            who="he",
            hit_limit=True,
        ),
        material("silk"),
        title="Manyavar Men Beige Kurta",
        category="Kurtas",
        color="Beige",
        gender="Men",
    ),
    # photo: white top with a pink, green and blue floral print, short sleeves, round neck, blue jeans, white
    # backdrop, front view. VQA adapter: caption + open; reference engine: closed.
    case(
        "X1120-040",
        caption("a woman wearing a floral top and jeans"),
        color("multi"),
        Q.pattern("floral"),
        color_of("top", "white with pink and green flowers", kind="open"),
        describe(
            "top",
            "the top is white with a floral print and short sleeves and a round neck and a floral print and short"
            " sleeves and a round neck and a",
            "loop",
            hit_limit=True,
        ),
        cloth("what cloth is the person wearing", "restated"),
        wearing("she is wearing a dress", "contradiction", who="she"),
        title="Tokyo Talkies Women Printed Top",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: orange crew tee with a white swoosh, no pocket, navy shorts, white backdrop, front view.
    # VQA adapter: caption + open; reference engine: closed.
    case(
        "X1120-041",
        caption("a man in an orange shirt and blue shorts"),
        color("orange"),
        color_of(
            "t-shirt",
            "orange and orange and orange and orange and orange and orange and orange and orange and orange and"
            " orange and orange and orange and orange and orange and orange",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing("yes", "non_answer", who="he"),
        details("t-shirt", "the t-shirt has a nike logo and a pocket on the chest", "unsupported"),
        D.sleeve_length("short"),
        title="Nike Men Orange Tshirt",
        category="Tshirts",
        color="Orange",
        gender="Men",
    ),
    # photo: light grey melange sweatshirt with a pink puma print on the chest, ribbed cuffs and hem, black leggings,
    # framed down to mid-thigh (no shoes in frame), white backdrop, front view. VQA adapter: caption + open;
    # reference engine: closed. Row has no color.
    case(
        "X1120-042",
        caption("a woman wearing a grey sweatshirt and black leggings"),
        color("grey"),
        color_of("sweatshirt", "pink", "contradiction", kind="open"),
        cloth("sweater"),
        details(
            "sweatshirt",
            "the sweatshirt has a pink puma logo on the front and ribbed cuffs and a ribbed hem and ribbed cuffs and a"
            " ribbed hem and ribbed cuffs and",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a grey sweatshirt and black leggings and white sneakers", "unsupported", who="she"),
        title="Puma Women Grey Sweatshirt",
        category="Sweatshirts",
        gender="Women",
    ),
    # photo: red-and-black buffalo-check flannel shirt with two buttoned chest pockets, worn open with sleeves
    # rolled, over a black tee, blue jeans, white backdrop, front view. VQA adapter: caption + open; reference
    # engine: closed.
    case(
        "X1120-043",
        caption("a man wearing a red and black plaid shirt over a black t-shirt"),
        color("red"),
        Q.pattern("checked"),
        is_a("jacket", "yes", "contradiction"),
        details("shirt", "the shirt is made of flannel and has two chest pockets with buttons"),
        wearing(
            "he is wearing a red and black checkered shirt over a black t-shirt and a pair of blue jeans, the shirt is"
            " open and the sleeves are rolled up to",
            "cut",
            who="he",
            hit_limit=True,
        ),
        material("cotton"),
        title="Levis Men Red Check Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: navy-and-white Breton-striped long-sleeve tee with a boat neck, white jeans, white backdrop, front view.
    # VQA adapter: caption + open; reference engine: closed.
    case(
        "X1120-044",
        caption("a woman in a blue and white striped shirt and white pants"),
        color("navy blue"),
        Q.sleeve_length("long"),
        Q.pattern("solid", "contradiction"),
        wearing("she is wearing a striped shirt and white jeans", who="she"),
        details(
            "t-shirt",
            "Question: What are the t-shirt details? Answer: stripes Question: What are the t-shirt details? Answer:"
            " stripes Question:",
            "leak",
            hit_limit=True,
        ),
        describe("t-shirt", "it is a t-shirt", "non_answer"),
        title="Tommy Hilfiger Women Navy Tshirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: bottle-green half-zip sweater with ribbed collar, cuffs and hem, khaki chinos with a brown belt, white
    # backdrop, front view. VQA adapter: caption + open; reference engine: closed.
    case(
        "X1120-045",
        caption("a man wearing a green sweater and khaki pants"),
        color("green"),
        garment_type("jacket", "contradiction"),
        color_of("sweater", "khaki", "other_garment_color", kind="open"),
        details(
            "sweater",
            "the sweater has a zipper at the neck and a ribbed collar, ribbed cuffs and a ribbed hem and it is worn"
            " with a pair of khaki chinos and a brown",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a green sweater and khaki pants", "pronoun", who="he"),
        title="United Colors of Benetton Men Green Sweater",
        category="Sweaters",
        color="Green",
        gender="Men",
    ),
    # photo: pink sleeveless A-line kurta with a gold foil-print border at the hem, white palazzos, no dupatta, white
    # backdrop, front view. VQA adapter: caption + open; reference engine: closed.
    case(
        "X1120-046",
        caption("a woman wearing a pink kurta with gold print"),
        color("pink"),
        Q.sleeve_length("sleeveless"),
        color_of("kurta", "pink and gold", kind="open"),
        describe(
            "kurta",
            "the kurta is pink with a gold border at the bottom and white pants and a white dupatta",
            "unsupported",
        ),
        wearing(
            "she is wearing a pink kurta and white palazzo pants and a pink kurta and white palazzo pants and a pink"
            " kurta and white",
            "loop",
            who="she",
            hit_limit=True,
        ),
        material("cotton"),
        title="Aurelia Women Pink Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
]
