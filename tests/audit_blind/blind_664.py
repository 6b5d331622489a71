"""BLIND_664 (46 products; old Myntra casual-wear feed, per-piece colors): written blind in the fifty-fourth session.
Measured blind at 6e41e08 (the session's first rules): 106/123 failures found (86.2%) and 7/173 correct texts flagged
(4.0%). The writer's notes, verbatim:

Scenario: the older Myntra catalog feed of the shared photos' kind: short seller titles ("Puma Men Yellow Tshirt"),
men's and women's casual wear (tees, shirts, tops, jeans, trousers, shorts, skirts, sweaters, sweatshirts, jackets,
track pants, a few kurtas and one dress). Studio shots on a white backdrop, the model front or three-quarter view,
always wearing a second garment (jeans under a tee, a tee under an open jacket). The run asked the experiments'
per-piece questions: the color of each visible piece (shirt, jeans, pants, shorts, top, ...), what the person is
wearing, describe / details of the product piece, and now and then a yes/no garment or a pattern question.

Who wrote what: captions come from the untuned base (blip2-opt-2.7b: one short line, "a man in a ... and ...") or
from the caption adapter (epoch 3: the DeepFashion template, "The gentleman wears a long-sleeve shirt with pure color
patterns...", no hue names, cotton/denim fabric by default; no end token, so it often runs to the 50-token limit and
stops mid-sentence or loops its own sentences). "What is he/she wearing?" and most describe answers: the base, short
and usually right, sometimes with the wrong pronoun or one color for two garments. Most details answers: the caption
adapter (loops, cuts, invented belts and pockets); some details/describe answers: the VQA adapter (leaks the
"Question: ... Answer:" format, repeats one word or phrase until the 30-token limit). Per-piece color, pattern and
yes/no questions are closed: enrich's reference engine picks one candidate, so they never loop or stop short; their
failures are a wrong pick (another piece's color, or a color/answer nothing in the photo supports).

Labeling conventions and judgement calls:
- other_garment_color: a text gives the asked or described piece a color that belongs to another piece worn in the
  photo (either direction: the tee's yellow given to the jeans, or the jeans' blue given to the top). A color that
  is only in a print or logo, or in nothing in the photo, is a contradiction instead.
- contradiction: a color no piece has, a wrong yes/no to "Is this a ...?", a wrong pattern pick, or a garment the
  seller's category contradicts (a kurta or a dress called "a dress" / "a tank top and a skirt" by the template).
  A kurta called "a shirt" / "a long shirt" by the base is accepted as correct (that is how the base names it).
- unsupported: invented details not in the photo (logos, bows, belts, hoods, zippers at a back we cannot see, a
  fur collar, ripped knees on clean jeans, a wrong fabric such as silk or leather). The template's default fabric
  (cotton for a tee or shirt, denim for jeans, knitting for a sweater) is accepted where nothing contradicts it.
- cut: a text that ran to its token limit and stops mid-phrase, even when every word before the cut is right; a
  text that ran to the limit while repeating itself is a loop, and one that ran to it while echoing the prompt
  format is a leak (both marked hit_limit).
- non_answer: a one-word color or the bare garment name, or a pronoun alone, for an open question (describe, details,
  wearing); "they are short" for the shorts' details. restated: a sentence that only gives the question back ("the
  kurta is a kurta", "the t-shirt details are ...").
- pronoun: he/she/his/her or "a man"/"a woman" wrong for the model in the photo (the seller's gender agrees with it).
- Seller colors are kept as the feed had them; where the photo disagrees (a "Brown" shirt that is maroon), the
  answer that matches the photo is correct. Shades within a group (peach for pink, lavender for purple, tan for
  beige, cream for white, charcoal for grey) count as correct. Some rows lack a catalog column, as the feed does.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, material, wearing

pattern = BLIND_QUESTIONS.pattern

BLIND_664 = [
    # photo: man in a plain yellow crew-neck tee, mid-blue jeans, hands in pockets, white backdrop, front view.
    # caption, wearing, describe: base; details: caption adapter; colors: reference engine.
    case(
        "X664-001",
        caption("a man in a yellow t-shirt and jeans standing in front of a white wall"),
        wearing("a yellow t-shirt and blue jeans", who="he"),
        color_of("t-shirt", "yellow"),
        color_of("jeans", "yellow", "other_garment_color"),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric and pure color patterns. It has a round neckline. The T-shirt is with "
            "cotton fabric and pure color patterns. It has a round neckline. The T-shirt is",
            "loop",
            hit_limit=True,
        ),
        describe("t-shirt", "a yellow t-shirt with a black logo on the chest", "unsupported"),
        title="Puma Men Yellow Tshirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: woman in a peach short-sleeve tee, light-wash jeans rolled at the ankle, hand on hip, white backdrop,
    # three-quarter view. caption: caption adapter; wearing, describe: base; jeans details: VQA adapter.
    case(
        "X664-002",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long denim pants. The pants are with denim fabric and pure color "
            "patterns."
        ),
        wearing("a pink t-shirt and jeans", who="she"),
        color_of("t-shirt", "peach"),
        color_of("jeans", "light blue"),
        describe("t-shirt", "she is wearing a pink t-shirt with a white collar and buttons", "unsupported"),
        details(
            "jeans",
            "the jeans are blue Question: What are the jeans details? Answer: the jeans are blue Question: What",
            "leak",
            hit_limit=True,
        ),
        is_a("dress", "yes", "contradiction"),
        title="Benetton Women Peach T-Shirt",
        category="Tshirts",
        color="Peach",
        gender="Women",
    ),
    # photo: man in a navy full-sleeve shirt with thin white vertical stripes and a chest pocket, beige chinos,
    # white backdrop, front view. caption, details: base; describe: caption adapter; closed: reference engine.
    case(
        "X664-003",
        caption("a man wearing a blue striped shirt and khaki pants"),
        color_of("shirt", "navy blue"),
        color_of("pants", "navy blue", "other_garment_color"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and stripe patterns. It has long sleeves and a lapel neckline. There is "
            "an accessory on his wrist. The shirt is with cotton fabric and stripe patterns. It has long sleeves and",
            "loop",
            hit_limit=True,
        ),
        details("shirt", "white stripes, a pocket on the chest and buttons down the front"),
        is_a("shirt", "yes"),
        title="Arrow Men Stripes Navy Blue Shirts",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a black sleeveless top with small white polka dots, mid-grey skinny jeans, white backdrop,
    # front view. caption: caption adapter; the rest of the open texts: base.
    case(
        "X664-004",
        caption(
            "The female is wearing a sleeveless tank shirt with graphic patterns. The tank shirt is with chiffon "
            "fabric. The female wears a long trousers. The trousers are with denim fabric and pure color patterns. "
            "There is an accessory on her wrist. She",
            "cut",
            hit_limit=True,
        ),
        wearing("black top and grey jeans", who="she"),
        color_of("top", "black"),
        color_of("jeans", "black", "other_garment_color"),
        details("top", "polka dots"),
        describe("top", "a black and white polka dot top with a bow at the neck", "unsupported"),
        title="Vero Moda Women Printed Black Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: man in a loose white crew tee over dark indigo slim jeans with light whiskering, white sneakers,
    # white backdrop. caption, describe: base; details: caption adapter.
    case(
        "X664-005",
        caption("a man in a white t-shirt and blue jeans"),
        color_of("jeans", "dark blue"),
        color_of("t-shirt", "white"),
        is_a("pair of jeans", "yes"),
        details(
            "jeans",
            "The pants are with denim fabric and pure color patterns. The pants are with denim fabric and pure color "
            "patterns. The pants are with denim fabric and pure color patterns. The pants",
            "loop",
            hit_limit=True,
        ),
        describe("jeans", "the jeans are white", "other_garment_color"),
        title="Spykar Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a knee-length maroon straight kurta with a gold block print at the yoke, 3/4 sleeves, white
    # churidar leggings, white backdrop. all open texts: base; closed: reference engine.
    case(
        "X664-006",
        caption("a woman in a red dress with gold embroidery", "contradiction"),
        color_of("kurta", "maroon"),
        color_of("leggings", "white"),
        wearing("he is wearing a maroon kurta and white pants", "pronoun"),
        details("kurta", "gold print on the yoke and three quarter sleeves"),
        is_a("kurta", "no", "contradiction"),
        title="Biba Women Maroon Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: man in knee-length khaki chino shorts with belt loops, a navy polo tee, white canvas shoes, white
    # backdrop. caption, details: caption adapter; wearing, describe: base.
    case(
        "X664-007",
        caption(
            "The gentleman is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns."
        ),
        color_of("shorts", "khaki"),
        color_of("polo shirt", "navy blue"),
        details("shorts", "they are short", "non_answer"),
        describe("shorts", "beige shorts with side pockets and a drawstring waist", "unsupported"),
        wearing("a blue shirt and khaki shorts", who="he"),
        title="Basics Men Khaki Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in mid-blue skinny jeans (clean, no rips), a white sleeveless top, grey ankle boots, white
    # backdrop. caption, wearing, describe: base; details: VQA adapter.
    case(
        "X664-008",
        caption("a woman wearing white top and blue jeans"),
        color_of("jeans", "blue"),
        color_of("top", "blue", "other_garment_color"),
        details(
            "jeans",
            "skinny skinny skinny skinny skinny skinny skinny skinny skinny skinny skinny skinny skinny skinny skinny "
            "skinny skinny skinny skinny skinny skinny skinny skinny skinny skinny skinny skinny skinny skinny",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing jeans and a white tank top and ankle boots", who="she"),
        describe("jeans", "ripped blue jeans with distressed knees", "unsupported"),
        title="Levis Women Blue Skinny Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a grey melange crew-neck sweatshirt (no hood) with a small black logo on the chest, black
    # track pants, white backdrop. caption, describe: base; details: caption adapter.
    case(
        "X664-009",
        caption("a man in a grey sweatshirt and black pants"),
        color_of("sweatshirt", "grey"),
        color_of("pants", "grey", "other_garment_color"),
        details(
            "sweatshirt",
            "The sweater is with cotton fabric and pure color patterns. It has long sleeves and a crew neckline. The "
            "gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        describe("sweatshirt", "a grey sweatshirt with a small black logo on the chest"),
        is_a("hoodie", "yes", "contradiction"),
        title="Puma Men Grey Melange Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a knee-length navy sleeveless shift dress with a white floral print, nude heels, white
    # backdrop, front view. caption: caption adapter; wearing, describe, details, material: base.
    case(
        "X664-010",
        caption(
            "Her tank top has sleeveless sleeves, cotton fabric and floral patterns. The neckline of it is round. "
            "The lady wears a short skirt. The skirt is with cotton fabric and floral patterns.",
            "contradiction",
        ),
        color_of("dress", "navy blue"),
        pattern("floral"),
        wearing("a blue dress with white flowers", who="she"),
        details("dress", "the dress has white flowers on it and a zipper on the back", "unsupported"),
        describe("dress", "a navy blue dress"),
        material("the material of the dress is the material", "restated"),
        title="Mango Women Navy Blue Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in an open black faux-leather biker jacket over a grey marl crew tee, blue jeans, white backdrop.
    # caption, wearing, material: base; details: caption adapter.
    case(
        "X664-011",
        caption("a man in a black leather jacket and jeans"),
        color_of("jacket", "black"),
        color_of("t-shirt", "black", "other_garment_color"),
        color_of("jeans", "blue"),
        wearing("a black jacket, a grey t-shirt and jeans", who="he"),
        details(
            "jacket",
            "The outer clothing is a leather jacket with long sleeves. It has a lapel neckline and a zipper. The "
            "outer clothing is a leather jacket with long sleeves. It has a lapel neckline and a zipper. The outer",
            "loop",
            hit_limit=True,
        ),
        material("wool", "unsupported"),
        title="Roadster Men Black Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a knee-length flared skirt with a red, yellow and blue paisley print on a cream ground, a
    # plain white tee tucked in, white backdrop. caption, describe, wearing: base; details: caption adapter.
    case(
        "X664-012",
        caption("a woman wearing a white shirt and a colorful skirt"),
        color_of("skirt", "multi"),
        color_of("t-shirt", "white"),
        details(
            "skirt",
            "The skirt is with cotton fabric and floral patterns. It is knee-length. The skirt is with cotton fabric "
            "and floral patterns. It is knee-length. The skirt is with cotton fabric and floral patterns. It",
            "loop",
            hit_limit=True,
        ),
        describe("skirt", "a cream skirt with a red and blue paisley print"),
        wearing("she", "non_answer", who="she"),
        is_a("skirt", "yes"),
        title="Only Women Printed Skirt",
        category="Skirts",
        color="Multi",
        gender="Women",
    ),
    # photo: man in navy track pants with three white side stripes, a white logo tee, white sneakers, white
    # backdrop. caption, wearing: base; details, describe: VQA adapter.
    case(
        "X664-013",
        caption("a man wearing a white t-shirt and blue track pants"),
        color_of("pants", "white", "other_garment_color"),
        color_of("t-shirt", "white"),
        details("pants", "three white stripes on the side"),
        describe("pants", "Question: Describe the pants. Answer: navy blue track pants with white stripes", "leak"),
        wearing(
            "he is wearing a white t-shirt, blue track pants with white stripes, white sneakers, white socks and a "
            "white wristband on his left",
            "cut",
            who="he",
            hit_limit=True,
        ),
        title="Adidas Men Navy Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a lavender cable-knit crew sweater, black leggings, white backdrop, front view.
    # caption: caption adapter; wearing, details, describe: base.
    case(
        "X664-014",
        caption(
            "This woman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. This woman wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns."
        ),
        color_of("sweater", "purple"),
        color_of("leggings", "black"),
        wearing("a man in a purple sweater and black pants", "pronoun"),
        details("sweater", "cable knit"),
        describe("sweater", "the sweater is a sweater", "restated"),
        title="Benetton Women Lavender Sweater",
        category="Sweaters",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in a solid dark maroon full-sleeve shirt (the seller says Brown), sleeves rolled, charcoal
    # trousers, white backdrop. caption, wearing, describe: base; details: caption adapter.
    case(
        "X664-015",
        caption("a man in a maroon shirt and grey pants"),
        color_of("shirt", "maroon"),
        color_of("pants", "grey"),
        is_a("shirt", "yes"),
        details(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has long sleeves and a lapel neckline. There "
            "is a ring on his finger. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a red shirt and grey pants", who="he"),
        describe("shirt", "a purple shirt with rolled up sleeves", "contradiction"),
        title="Turtle Men Brown Shirt",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: woman in a white polo tee with a small navy embroidered logo, blue denim shorts, white backdrop.
    # caption, details, describe: base; wearing: VQA adapter.
    case(
        "X664-016",
        caption("a woman in a white polo shirt and denim shorts"),
        color_of("polo shirt", "white"),
        color_of("shorts", "white", "other_garment_color"),
        wearing(
            "she is wearing a white polo shirt and blue shorts Question: What is the color of the shorts? Answer: "
            "blue Question",
            "leak",
            who="she",
            hit_limit=True,
        ),
        details("polo shirt", "a collar, two buttons and a small logo on the chest"),
        describe("polo shirt", "white", "non_answer"),
        title="Flying Machine Women White Polo Tshirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: man in charcoal flat-front trousers, a light blue shirt tucked in, black belt, black shoes, white
    # backdrop. caption: caption adapter; details, wearing: base.
    case(
        "X664-017",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. There is a belt",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "grey"),
        color_of("shirt", "light blue"),
        details("pants", "the pants are grey and the shirt is grey", "other_garment_color"),
        wearing("she is wearing a blue shirt and grey pants", "pronoun", who="he"),
        is_a("pair of trousers", "yes"),
        title="Van Heusen Men Charcoal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a mustard short-sleeve peplum top with a ruffled hem, white jeans, white backdrop.
    # caption, describe: base; details: caption adapter.
    case(
        "X664-018",
        caption("a woman in a yellow top and white pants"),
        color_of("top", "mustard"),
        color_of("jeans", "yellow", "other_garment_color"),
        details(
            "top",
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a round neckline. "
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a round neckline. "
            "The upper",
            "loop",
            hit_limit=True,
        ),
        describe("top", "a yellow top with ruffles at the bottom"),
        title="Harpa Women Mustard Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in a black tee with a large white-and-red graphic of an auto rickshaw and Hindi lettering, blue
    # jeans, white backdrop. caption, describe, wearing: base; details: VQA adapter.
    case(
        "X664-019",
        caption("a man wearing a black t-shirt with a graphic print"),
        color_of("t-shirt", "black"),
        color_of("jeans", "blue"),
        pattern("graphic"),
        describe("t-shirt", "a black t-shirt with a picture of a man on a motorcycle", "unsupported"),
        details(
            "t-shirt",
            "a black t-shirt with a white and red print of a black t-shirt with a white and red print of a black "
            "t-shirt with a white",
            "loop",
            hit_limit=True,
        ),
        wearing("black", "non_answer", who="he"),
        title="Tantra Men Printed Black T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in an open olive utility jacket with a shirt collar and chest flap pockets, over a white tee
    # with black text, black skinny jeans, white backdrop. caption: caption adapter; wearing, describe: base;
    # details: VQA adapter.
    case(
        "X664-020",
        caption(
            "The lady is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a lapel neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns."
        ),
        color_of("jacket", "olive"),
        color_of("t-shirt", "green", "other_garment_color"),
        color_of("jeans", "black"),
        wearing("she is wearing a green jacket, a white shirt and black pants", who="she"),
        details(
            "jacket",
            "pockets, pockets, pockets, pockets, pockets, pockets, pockets, pockets, pockets, pockets, pockets, "
            "pockets, pockets, pockets, pockets",
            "loop",
            hit_limit=True,
        ),
        describe("jacket", "it is an olive jacket with a hood", "unsupported"),
        title="Roadster Women Olive Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: man in a knee-length white kurta with a mandarin collar and a button placket, white pyjama, brown
    # sandals, white backdrop. all open texts: base.
    case(
        "X664-021",
        caption("a man in a white kurta and white pants"),
        color_of("kurta", "white"),
        color_of("pants", "white"),
        wearing("a long white shirt and white pajamas", who="the person"),
        details("kurta", "mandarin collar and buttons down the front"),
        describe("kurta", "white", "non_answer"),
        pattern("striped", "contradiction"),
        title="Fabindia Men White Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: woman in pink cotton shorts with rolled hems, a white-and-grey striped tank top, white backdrop, side
    # view. caption, wearing, describe: base; details: caption adapter.
    case(
        "X664-022",
        caption("a woman in a striped tank top and pink shorts"),
        color_of("shorts", "pink"),
        color_of("top", "pink", "other_garment_color"),
        details(
            "shorts",
            "The shorts are with cotton fabric and pure color patterns. The shorts are with cotton fabric and pure "
            "color patterns. The shorts are with cotton fabric and pure color patterns. The shorts are with",
            "loop",
            hit_limit=True,
        ),
        wearing("a shirt and shorts", who="she"),
        describe("shorts", "pink shorts with a white belt", "unsupported"),
        title="Forever 21 Women Pink Shorts",
        category="Shorts",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a solid navy V-neck sweater over a white collared shirt (collar showing, no tie), beige chinos,
    # white backdrop. caption, wearing, describe: base; details: caption adapter.
    case(
        "X664-023",
        caption("a man in a blue sweater and khaki pants"),
        color_of("sweater", "navy blue"),
        color_of("shirt", "white"),
        color_of("pants", "beige"),
        wearing("a blue sweater over a white shirt and tan pants", who="he"),
        details(
            "sweater",
            "The sweater is with knitting fabric and pure color patterns. It has long sleeves and a v-shape neckline. "
            "The gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns. There "
            "is a",
            "cut",
            hit_limit=True,
        ),
        describe("sweater", "a navy sweater with a white shirt underneath and a red tie", "unsupported"),
        pattern("checked", "contradiction"),
        title="United Colors of Benetton Men Navy Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a plain olive crew-neck tee, dark indigo jeans, white backdrop, front view.
    # caption: caption adapter; wearing, details, describe: base.
    case(
        "X664-024",
        caption(
            "The female wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The female wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The female",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "brown", "contradiction"),
        color_of("jeans", "dark blue"),
        wearing("a green t-shirt and blue jeans", who="she"),
        details("t-shirt", "the details of the t-shirt are the t-shirt", "restated"),
        describe("t-shirt", "an olive green t-shirt with short sleeves and a round neck"),
        title="Benetton Women Olive T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Women",
    ),
    # photo: man in black slim jeans, a light grey henley tee, white backdrop, front view (back not visible).
    # caption, describe: base; details: VQA adapter.
    case(
        "X664-025",
        caption("a man in a grey shirt and black jeans"),
        color_of("jeans", "black"),
        color_of("t-shirt", "black", "other_garment_color"),
        details(
            "jeans",
            "Question: What are the jeans details? Answer: black jeans Question: What are the jeans details? Answer: "
            "black jeans Question:",
            "leak",
            hit_limit=True,
        ),
        describe("jeans", "black jeans with a brown leather patch on the back", "unsupported"),
        is_a("pair of jeans", "yes"),
        title="Jack & Jones Men Black Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a sea green A-line kurta with a small white floral print and 3/4 sleeves, white palazzo
    # pants, no dupatta, white backdrop. caption, wearing: base; details: caption adapter.
    case(
        "X664-026",
        caption("a woman wearing a green and white floral kurta"),
        color_of("kurta", "sea green"),
        color_of("pants", "green", "other_garment_color"),
        wearing("she is wearing a green kurta and white pants and a white dupatta", "unsupported", who="she"),
        details(
            "kurta",
            "The upper clothing has medium sleeves, cotton fabric and floral patterns. It has a round neckline. The "
            "upper clothing has medium sleeves, cotton fabric and floral patterns. It has a round neckline. The",
            "loop",
            hit_limit=True,
        ),
        pattern("floral"),
        title="W Women Green Printed Kurta",
        category="Kurtas",
        color="Sea Green",
        gender="Women",
    ),
    # photo: man in a red polo with thin white horizontal stripes and a red collar, navy shorts, white backdrop.
    # caption, wearing, describe: base; details: VQA adapter.
    case(
        "X664-027",
        caption("a man in a red and white striped polo shirt and blue shorts"),
        color_of("polo shirt", "red"),
        color_of("shorts", "navy blue"),
        pattern("striped"),
        details(
            "polo shirt",
            "red and white stripes red and white stripes red and white stripes red and white stripes red and white "
            "stripes red",
            "loop",
            hit_limit=True,
        ),
        describe("polo shirt", "a blue polo shirt with white stripes", "other_garment_color"),
        wearing("a man wearing a red and white shirt", who="the person"),
        title="Benetton Men Stripes Red Polo T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: woman in a grey pullover hoodie with a kangaroo pocket and a pink logo print on the chest, black
    # track pants, white backdrop. caption, details, wearing: base; describe: VQA adapter. (row has no color.)
    case(
        "X664-028",
        caption("a woman in a gray hoodie and black pants"),
        color_of("sweatshirt", "grey"),
        color_of("pants", "black"),
        is_a("hoodie", "yes"),
        details("sweatshirt", "a hood, a kangaroo pocket and a pink logo on the chest"),
        describe(
            "sweatshirt",
            "the sweatshirt is gray and the sweatshirt is gray and the sweatshirt is gray and the sweatshirt is gray "
            "and the sweatshirt is",
            "loop",
            hit_limit=True,
        ),
        wearing("a grey sweater and black skirt", "contradiction", who="she"),
        title="Puma Women Sweatshirt",
        category="Sweatshirts",
        gender="Women",
    ),
    # photo: man in a buttoned mustard-and-white checked full-sleeve shirt with a button-down collar, dark blue
    # jeans, white backdrop. caption: caption adapter; details, wearing: base; describe: VQA adapter.
    case(
        "X664-029",
        caption(
            "The gentleman is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns."
        ),
        color_of("shirt", "yellow"),
        color_of("jeans", "yellow", "other_garment_color"),
        pattern("checked"),
        details("shirt", "a button down collar and a chest pocket"),
        describe(
            "shirt",
            "a yellow and white checkered shirt with a pocket on the left and a pocket on the right and a pocket on "
            "the left and a pocket on the",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a yellow plaid shirt and blue jeans", "pronoun", who="he"),
        title="U.S. Polo Assn. Men Checks Mustard Shirt",
        category="Shirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: woman in black tapered trousers (no belt), a cream blouse tucked in, black heels, white backdrop.
    # caption, wearing, describe: base; details: caption adapter.
    case(
        "X664-030",
        caption("a woman in a white blouse and black pants"),
        color_of("pants", "black"),
        color_of("blouse", "pink", "contradiction"),
        wearing("a white shirt and black pants", who="she"),
        details(
            "pants",
            "The trousers are with cotton fabric and pure color patterns. The trousers are with cotton fabric and pure "
            "color patterns. The trousers are with cotton fabric and pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        describe("pants", "black pants with a belt", "unsupported"),
        title="Van Heusen Women Black Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: man in olive cargo shorts with side flap pockets and a button fly, a plain black crew tee, white
    # backdrop. caption, details, wearing: base; describe: VQA adapter.
    case(
        "X664-031",
        caption("a man wearing a black t-shirt and green shorts"),
        color_of("shorts", "olive"),
        color_of("t-shirt", "olive", "other_garment_color"),
        details("shorts", "cargo pockets on the sides and a button"),
        describe(
            "shorts",
            "green shorts Question: What is the color of the shorts? Answer: green Question: What is the",
            "leak",
            hit_limit=True,
        ),
        wearing("a t-shirt and shorts", who="he"),
        title="Roadster Men Olive Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a white short-sleeve top with a black bird print, red skinny trousers, white backdrop, front.
    # caption, describe, wearing, details: base.
    case(
        "X664-032",
        caption("a woman wearing a white shirt with birds on it and red pants"),
        color_of("top", "white"),
        color_of("pants", "red"),
        describe("top", "a white top with black birds"),
        details("top", "the top has a bow on the back and a zipper on the side", "unsupported"),
        wearing("a woman in a red top and red pants", "other_garment_color", who="the person"),
        pattern("striped", "contradiction"),
        title="Mango Women Printed White Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: man in an open mid-blue denim jacket with button chest pockets over a white tee, black jeans, white
    # backdrop. caption: caption adapter; wearing, describe: base; details: VQA adapter.
    case(
        "X664-033",
        caption(
            "The gentleman is wearing a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. "
            "It has a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("jacket", "blue"),
        color_of("t-shirt", "white"),
        color_of("jeans", "blue", "other_garment_color"),
        wearing("a denim jacket, a white t-shirt and black jeans", who="he"),
        details(
            "jacket",
            "buttons, chest pockets, buttons, chest pockets, buttons, chest pockets, buttons, chest pockets, buttons, "
            "chest",
            "loop",
            hit_limit=True,
        ),
        describe("jacket", "a blue jean jacket with a fur collar", "unsupported"),
        title="Wrangler Men Blue Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a lavender training tee with a white swoosh on the chest, black running shorts, white
    # backdrop, front view. all open texts: base.
    case(
        "X664-034",
        caption("a woman in a purple shirt and black shorts"),
        color_of("t-shirt", "lavender"),
        color_of("shorts", "black"),
        wearing("a purple nike shirt and black shorts", who="she"),
        describe(
            "t-shirt",
            "a purple t-shirt with a white nike logo and the word nike written across the back",
            "unsupported",
        ),
        details("t-shirt", "the t-shirt", "non_answer"),
        title="Nike Women Lavender T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in black track pants with white side piping and an elastic waist, a red logo tee, white
    # backdrop. caption: caption adapter; details, wearing: base; describe: VQA adapter.
    case(
        "X664-035",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns."
        ),
        color_of("pants", "black"),
        color_of("t-shirt", "black", "other_garment_color"),
        details("pants", "white piping along the sides and an elastic waist"),
        describe(
            "pants",
            "black track pants with white piping along the sides and elastic at the ankles and a zip pocket on the "
            "right and a",
            "cut",
            hit_limit=True,
        ),
        wearing("a red t-shirt and black pants", who="he"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Puma Men Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a black cotton-twill A-line mini skirt, a grey marl tee tucked in, white backdrop.
    # caption, describe: base; wearing: VQA adapter (stopped on its own after echoing the prompt).
    case(
        "X664-036",
        caption("a woman in a gray t-shirt and black skirt"),
        color_of("skirt", "black"),
        color_of("t-shirt", "grey"),
        wearing("a shirt and skirt Question: What is she wearing? Answer: a shirt and skirt", "leak", who="she"),
        describe("skirt", "a black leather skirt", "unsupported"),
        is_a("skirt", "no", "contradiction"),
        title="Vero Moda Women Black Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: man in a plain grey V-neck tee, khaki shorts, white backdrop, front view. caption, wearing, describe:
    # base; details: caption adapter. (row has no category.)
    case(
        "X664-037",
        caption("a man in a gray shirt and khaki shorts"),
        color_of("t-shirt", "grey"),
        color_of("shorts", "grey", "other_garment_color"),
        wearing("she is wearing a grey shirt and tan shorts", "pronoun"),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric and pure color patterns. It has short sleeves and a v-shape neckline. "
            "The gentleman wears a three-point shorts. The shorts are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        describe("t-shirt", "a gray v-neck t-shirt"),
        title="Proline Men Grey T-shirt",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in light-wash boyfriend jeans ripped at the knees with rolled cuffs, a black tee, white
    # backdrop. caption, describe, wearing: base; details: caption adapter.
    case(
        "X664-038",
        caption("a woman in a black shirt and ripped jeans"),
        color_of("jeans", "light blue"),
        color_of("t-shirt", "black"),
        describe("jeans", "light blue ripped jeans with rolled cuffs"),
        details(
            "jeans",
            "The trousers are with denim fabric and pure color patterns. It has rips on the knees. The trousers are "
            "with denim fabric and pure color patterns. It has rips on the knees. The trousers",
            "loop",
            hit_limit=True,
        ),
        wearing("a black t-shirt and jeans", who="she"),
        is_a("pair of shorts", "yes", "contradiction"),
        title="Roadster Women Blue Boyfriend Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a pale pink solid full-sleeve shirt with a chest pocket, navy chinos, brown belt, white
    # backdrop. caption, describe, wearing, material: base; details: VQA adapter.
    case(
        "X664-039",
        caption("a man in a pink shirt and blue pants"),
        color_of("shirt", "pink"),
        color_of("pants", "navy blue"),
        describe("shirt", "pink", "non_answer"),
        details(
            "shirt",
            "the shirt has a collar and buttons and a pocket Question: What is the color of the shirt? Answer: pink "
            "Question",
            "leak",
            hit_limit=True,
        ),
        wearing("a pink shirt, navy pants and a brown belt", who="he"),
        material("silk", "unsupported"),
        title="Reid & Taylor Men Pink Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: woman in a red long-sleeve off-shoulder top (plain, no ruffles or ties), blue denim shorts, white
    # backdrop. caption: caption adapter; wearing, details: base; describe: VQA adapter.
    case(
        "X664-040",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a short shorts. The shorts are with denim fabric and pure color patterns."
        ),
        color_of("top", "red"),
        color_of("shorts", "red", "other_garment_color"),
        wearing("she is wearing a red off the shoulder top and denim shorts", who="she"),
        details("top", "it has ruffles on the sleeves and a tie at the front", "unsupported"),
        describe(
            "top",
            "the top is red and the top is red and the top is red and the top is red and the top is red and the top is",
            "loop",
            hit_limit=True,
        ),
        title="Only Women Red Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: man in an open maroon zip-up hoodie (plain, no print) over a white tee, grey joggers, white
    # backdrop. all open texts: base.
    case(
        "X664-041",
        caption("a man in a red hoodie and grey pants"),
        color_of("sweatshirt", "maroon"),
        color_of("t-shirt", "maroon", "other_garment_color"),
        color_of("pants", "grey"),
        wearing("a maroon hoodie over a white t-shirt and gray sweatpants", who="he"),
        details("sweatshirt", "zip front, hood with drawstrings and two pockets"),
        describe("sweatshirt", "a maroon hoodie with the word roadster printed on the chest", "unsupported"),
        title="Roadster Men Maroon Hooded Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman in a beige single-button blazer-style jacket over a black camisole, black trousers, white
    # backdrop. caption, wearing, describe: base; details: caption adapter.
    case(
        "X664-042",
        caption("a woman in a tan jacket and black pants"),
        color_of("jacket", "beige"),
        color_of("top", "black"),
        color_of("pants", "beige", "other_garment_color"),
        wearing("he is wearing a beige blazer and black pants", "pronoun"),
        details(
            "jacket",
            "The outer clothing is a jacket with long sleeves. It has a lapel neckline. The outer clothing is a jacket "
            "with long sleeves. It has a lapel neckline. The outer clothing is a jacket with long",
            "loop",
            hit_limit=True,
        ),
        describe("jacket", "a beige blazer with one button"),
        title="Mango Women Beige Jacket",
        category="Jackets",
        color="Beige",
        gender="Women",
    ),
    # photo: man in a short indigo kurta with a small white dot print and a mandarin collar, blue jeans, white
    # backdrop. all open texts: base.
    case(
        "X664-043",
        caption("a man wearing a blue shirt and jeans"),
        color_of("kurta", "navy blue"),
        color_of("jeans", "blue"),
        pattern("solid", "contradiction"),
        details("kurta", "the kurta is a kurta", "restated"),
        describe("kurta", "a blue kurta with white dots and a mandarin collar"),
        title="Fabindia Men Indigo Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a plain black full-sleeve shirt with sleeves rolled, light blue jeans, white backdrop.
    # caption, wearing, describe, details: base.
    case(
        "X664-044",
        caption("a woman in a black shirt and blue jeans standing against a white background"),
        color_of("shirt", "black"),
        color_of("jeans", "black", "other_garment_color"),
        wearing("a black shirt", who="she"),
        describe("shirt", "a black shirt with white polka dots", "unsupported"),
        details("shirt", "What are the shirt details? the shirt details are the collar and the buttons", "restated"),
        title="Benetton Women Black Shirt",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: man in dark blue slim jeans (no belt), an untucked olive shirt with rolled sleeves, white backdrop.
    # caption, wearing: base; details: VQA adapter; describe: caption adapter. (row has no color.)
    case(
        "X664-045",
        caption("a man in a green shirt and blue jeans"),
        color_of("jeans", "dark blue"),
        color_of("shirt", "olive"),
        details("jeans", "blue", "non_answer"),
        describe(
            "jeans",
            "The pants are with denim fabric and pure color patterns. There is a belt. The gentleman wears a "
            "long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its neckline is lapel. "
            "The gentleman",
            "cut",
            hit_limit=True,
        ),
        wearing("a man in a green shirt and blue jeans", who="the person"),
        is_a("pair of jeans", "no", "contradiction"),
        title="Lee Men Slim Jeans",
        category="Jeans",
        gender="Men",
    ),
    # photo: woman in a pink tee with "SMILE" printed in white letters, grey jogger pants, white backdrop.
    # caption: caption adapter; wearing, describe: base; details: VQA adapter.
    case(
        "X664-046",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("t-shirt", "white", "contradiction"),
        color_of("pants", "grey"),
        wearing("a pink t-shirt that says smile and gray pants", who="she"),
        describe("t-shirt", "a pink t-shirt with the word smile on it in white letters"),
        details(
            "t-shirt",
            "the t-shirt has the word smile on it in white letters the t-shirt has the word smile on it in white "
            "letters the t-shirt",
            "loop",
            hit_limit=True,
        ),
        title="Kook N Keech Women Pink Printed T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Women",
    ),
]
