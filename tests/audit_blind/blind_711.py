"""BLIND_711 (46 products; men's winterwear, base BLIP-2, per-piece colors): written blind in the fifty-fourth session.
Measured blind at 253afe2 (the session's ninth rules): 105/120 failures found (87.5%) and 10/161 correct texts flagged
(6.2%). The writer's notes, verbatim:

Scenario: a Myntra-like men's winterwear feed (Jackets, Sweaters, Sweatshirts, Rain Jacket, Thermal Tops): padded and
quilted jackets, denim, leather, fleece and bomber jackets, a gilet and an overcoat, crew-neck, V-neck, cable-knit,
turtleneck and half-zip sweaters, a cardigan and a sweater vest, pullover and zip hoodies, crew sweatshirts, and
thermal tops. Catalog shots on a white backdrop, a male model wearing the product over or with other clothes
(t-shirts, shirts, jeans, chinos, joggers, thermal bottoms); one back view. Seller columns are title, category
(article type) and color (base colour); two rows lack one of them, as real feeds do.

Who wrote what: every text is the untuned base Salesforce/blip2-opt-2.7b, zero-shot, greedy; no adapter. Captions
(max 50 tokens) and open answers (max 30 tokens) are free generation; the per-piece color questions ("What is the
color of the jacket / t-shirt / jeans / pants?"), pattern, sleeve length, garment type and "Is this a ...?" are
closed, picked from candidates by enrich's reference engine, so they never loop or stop short. The base model is
terse and mostly stops at the newline; its habits here are one color for every garment, a print or trim color
given as the product's color, invented hoods, logos, linings and materials, "she"/"woman" for long-haired or
back-view models, the odd echo of the question or of the Question/Answer format, and, rarely, a run-on loop or an
answer cut at the token limit.

Labeling conventions and judgement calls:
- other_garment_color: the product's own color question answered with the color of another piece the model wears
  (the t-shirt, jeans, joggers, inner shirt). A print, stripe, lining or trim color that belongs to the product
  itself, given as its color, is a contradiction; so is another piece (jeans, pants, shirt) given the product's
  color or any color it does not have (one color repeated for every garment).
- A pattern or sleeve length that belongs to another worn piece (the checked shirt under a solid sweater vest, the
  sweatshirt's long sleeves under a sleeveless gilet) is a contradiction; so is a "yes" to "Is this a hoodie?" for a
  garment without a hood, and a garment type the seller's category excludes (a thermal top called a sweater).
- unsupported: a detail the photo does not show (hood, lining, reflective strips, a logo on an unseen back, shoes
  outside the crop) and a material claim beyond what the look allows (leather for quilted nylon, down feathers,
  cashmere, "100% cotton", fiber percentages and care, wool where the title says cotton). A plain fiber the garment
  plausibly is and the title does not contradict (cotton for a sweatshirt, wool for a sweater, nylon for a puffer,
  leather for a leather-look biker jacket) counts as correct.
- Shades: maroon called red, cream called white, khaki called beige, teal called blue, mustard called yellow and
  charcoal called grey are correct; the closed candidates are coarse. Navy jeans and a navy sweater both "blue", or
  black jeans under a black jacket both "black", are correct, not one color for two garments.
- non_answer: "yes"/"no"/"none" to an open question, or an answer that is only the garment's name or only its
  color to "Describe ..." or "What are the ... details?". A one-word answer that names a real feature
  ("turtleneck") or a one-word garment to "What is the person wearing?" ("hoodie") is thin but correct.
- restated: the question (or its words) given back with nothing new. "the person is wearing a sweatshirt" answers
  the question and is correct.
- pronoun: "she"/"her"/"woman" for these men's products, in any text including captions.
- leak: any text carrying "Question:" or "Answer:" from the prompt format, even when the first words are right
  ("Answer: a white sweater" included).
- other_garment_color also covers an open answer that paints the product with another piece's color ("a black
  sweater and black pants" for a charcoal sweater over black trousers). Where the closed answers swap two pieces'
  colors (the product gets the pants' color, the pants get the product's), the product's answer is
  other_garment_color and the pants' answer a contradiction.
- A brand or logo the product does not carry ("nike" in the caption of a plain Roadster hoodie), or a hood on a
  crew-neck sweatshirt, named in a caption, is unsupported.
- A text that both invents and runs to the token limit is labeled by its ending: cut when it stops mid-phrase
  without repeating, loop when it repeats; hit_limit=True on both.
- A shacket called a shirt, an overcoat called a jacket, a cardigan (filed under Sweaters) called a cardigan and
  long johns for thermals are correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, material, wearing

Q = BLIND_QUESTIONS

BLIND_711 = [
    # photo: navy pullover hoodie, kangaroo pocket, white drawstrings, black track pants, white backdrop, front view;
    # base BLIP-2 wrote every text
    case(
        "X711-001",
        caption("a man wearing a navy blue hoodie and black pants"),
        wearing("a blue hoodie", who="the man"),
        color_of("hoodie", "navy blue"),
        color_of("pants", "navy blue", "contradiction"),
        details("hoodie", "white drawstrings and a front pocket"),
        title="Roadster Men Navy Blue Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black quilted puffer jacket zipped to a stand collar (no hood), small white Puma cat logo on the chest,
    # grey joggers, white backdrop, front view; base BLIP-2
    case(
        "X711-002",
        caption("puma men's black padded jacket"),
        wearing("a black jacket"),
        color_of("jacket", "black"),
        color_of("pants", "black", "contradiction"),
        describe("jacket", "it is a black jacket with a hood and a zipper", "unsupported"),
        details("jacket", "no", "non_answer"),
        is_a("jacket", "yes"),
        title="Puma Men Black Padded Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: grey melange crew-neck pullover sweater, white shirt collar and cuffs showing, mid-blue jeans, white
    # backdrop, front view; base BLIP-2
    case(
        "X711-003",
        caption("a man wearing a grey sweater and jeans"),
        wearing("a sweater and a white shirt"),
        color_of("sweater", "white", "other_garment_color"),
        color_of("shirt", "white"),
        describe("sweater", "a grey sweater Answer: a grey sweater", "leak"),
        details("sweater", "the sweater has a v-neck and buttons down the front", "unsupported"),
        Q.pattern("solid"),
        title="United Colors of Benetton Men Grey Melange Solid Sweater",
        category="Sweaters",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: olive cotton field jacket, buttoned, four flap pockets, black t-shirt at the neck, beige chinos, white
    # backdrop; base BLIP-2
    case(
        "X711-004",
        caption("a man wearing a green jacket and khaki pants"),
        wearing("a green jacket", who="he"),
        color_of("jacket", "black", "other_garment_color"),
        color_of("t-shirt", "green", "contradiction"),
        describe("jacket", "green", "non_answer"),
        details("jacket", "four pockets and buttons"),
        title="Wrangler Men Solid Olive Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: heather grey zip-up hoodie worn open over a black t-shirt with a white Nike swoosh, black track pants,
    # white backdrop; base BLIP-2
    case(
        "X711-005",
        caption("a man wearing a grey nike hoodie over a black t-shirt"),
        wearing("he is wearing a grey hoodie and black pants"),
        color_of("hoodie", "black", "other_garment_color"),
        color_of("t-shirt", "black"),
        details(
            "hoodie",
            "the hoodie has a zipper and a hood and a zipper and a hood and a zipper and a hood and a zipper and a",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sweatshirt"),
        title="Nike Men Grey Melange Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: maroon V-neck cable-knit pullover over a white collared shirt, charcoal trousers, white backdrop;
    # base BLIP-2
    case(
        "X711-006",
        caption("a man wearing a red sweater and a white shirt"),
        wearing("she is wearing a red sweater", "pronoun"),
        color_of("sweater", "red"),
        color_of("shirt", "white"),
        describe(
            "sweater",
            "it is a maroon sweater with a v-neck, a cable knit pattern and leather elbow patches",
            "unsupported",
        ),
        material("wool"),
        title="Monte Carlo Men Maroon Cable Knit Sweater",
        category="Sweaters",
        color="Maroon",
        gender="Men",
    ),
    # photo: black long-sleeve crew-neck thermal top, fitted, worn with matching black thermal bottoms, white
    # backdrop, front view; base BLIP-2
    case(
        "X711-007",
        caption("a man wearing a black long sleeve shirt and black leggings"),
        wearing("a black shirt"),
        color_of("top", "black"),
        describe("top", "a black long sleeve shirt with a round neck"),
        material("polyester", "unsupported"),
        Q.sleeve_length("short", "contradiction"),
        title="Lux Cottswool Men Black Thermal Top",
        category="Thermal Tops",
        color="Black",
        gender="Men",
    ),
    # photo: mid-blue denim trucker jacket, open over a white crew-neck t-shirt, black jeans, white backdrop;
    # base BLIP-2
    case(
        "X711-008",
        caption("a man wearing a denim jacket and black jeans"),
        wearing("a denim jacket"),
        color_of("jacket", "white", "other_garment_color"),
        color_of("t-shirt", "white"),
        color_of("jeans", "blue", "contradiction"),
        details("jacket", "buttons and two chest pockets"),
        title="Flying Machine Men Blue Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: mustard crew-neck sweatshirt with ribbed cuffs and hem, blue jeans, white backdrop; base BLIP-2
    case(
        "X711-009",
        caption("a man in a yellow sweatshirt and blue jeans"),
        color_of("sweatshirt", "yellow"),
        color_of("jeans", "blue"),
        describe("sweatshirt", "Question: Describe the sweatshirt. Answer: a yellow sweatshirt", "leak"),
        details("sweatshirt", "the sweatshirt details", "restated"),
        material("fleece lined cotton, very warm", "unsupported"),
        title="Roadster Men Mustard Yellow Solid Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: red hooded rain jacket, hood down, zipped, black zip pulls, unlined shell, grey track pants, white
    # backdrop; base BLIP-2
    case(
        "X711-010",
        caption("a man wearing a red jacket with a hood"),
        wearing("a red raincoat", who="he"),
        color_of("jacket", "grey", "other_garment_color"),
        color_of("pants", "black", "contradiction"),
        describe("jacket", "a red jacket with a hood and a fleece lining", "unsupported"),
        details("jacket", "yes", "non_answer"),
        title="Wildcraft Men Red Hooded Rain Jacket",
        category="Rain Jacket",
        color="Red",
        gender="Men",
    ),
    # photo: charcoal quilted nylon jacket, open, over a light blue shirt, navy chinos, brown boots, white backdrop;
    # base BLIP-2
    case(
        "X711-011",
        caption("a man wearing a grey jacket and a blue shirt"),
        wearing("a jacket, a shirt and pants"),
        color_of("jacket", "blue", "other_garment_color"),
        color_of("shirt", "blue"),
        details("jacket", "quilted pattern and a zipper"),
        material("leather", "unsupported"),
        title="Jack & Jones Men Charcoal Grey Quilted Jacket",
        category="Jackets",
        color="Charcoal",
        gender="Men",
    ),
    # photo: navy crew-neck sweater with one white horizontal band across the chest and none on the sleeves, grey
    # chinos, white backdrop; base BLIP-2
    case(
        "X711-012",
        caption("a man wearing a blue sweater with a white stripe"),
        Q.pattern("solid", "contradiction"),
        color_of("sweater", "navy blue"),
        color_of("pants", "grey"),
        describe(
            "sweater",
            "a blue sweater with a white stripe on the chest and a white stripe on the sleeves and a white stripe on"
            " the",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a blue sweater", "pronoun", who="he"),
        title="Duke Men Navy Blue Striped Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black zip track jacket, three white stripes down each sleeve, white trefoil on the left chest, black
    # track pants with white side stripes, white backdrop; base BLIP-2
    case(
        "X711-013",
        caption("a man wearing a black adidas jacket with white stripes"),
        wearing("a tracksuit"),
        color_of("jacket", "white", "contradiction"),
        color_of("pants", "black"),
        Q.pattern("striped"),
        describe(
            "jacket",
            "the jacket is black with three white stripes down each sleeve and a white logo on the left side of the"
            " chest and the zipper goes all the way up to",
            "cut",
            hit_limit=True,
        ),
        title="Adidas Originals Men Black Track Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: cream cable-knit crew-neck sweater, dark brown trousers, white backdrop (cream on white); base BLIP-2
    case(
        "X711-014",
        caption("a man wearing a white sweater and brown pants"),
        color_of("sweater", "white"),
        color_of("pants", "brown"),
        describe("sweater", "it is a white sweater with a cable knit pattern"),
        details("sweater", "the sweater she is wearing has cable knit on the front", "pronoun"),
        wearing("Answer: a white sweater", "leak"),
        title="Scullers Men Cream Cable Knit Sweater",
        category="Sweaters",
        color="Cream",
        gender="Men",
    ),
    # photo: royal blue crew sweatshirt with a large white PUMA print across the chest, black jeans, white
    # backdrop; base BLIP-2
    case(
        "X711-015",
        caption("a man wearing a blue puma sweatshirt"),
        wearing("a blue sweatshirt and black jeans"),
        color_of("sweatshirt", "black", "other_garment_color"),
        color_of("jeans", "black"),
        Q.pattern("printed"),
        details("sweatshirt", "puma logo and a hood", "unsupported"),
        title="Puma Men Blue Printed Sweatshirt",
        category="Sweatshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: dark brown leather biker jacket, asymmetric zip, lapels, belted waist, open over a grey t-shirt, blue
    # jeans, long-haired male model, white backdrop; base BLIP-2
    case(
        "X711-016",
        caption("a woman wearing a brown leather jacket and jeans", "pronoun"),
        wearing("a leather jacket"),
        color_of("jacket", "grey", "other_garment_color"),
        color_of("t-shirt", "grey"),
        color_of("jeans", "blue"),
        details("jacket", "zipper, lapels and a belt at the waist"),
        title="Numero Uno Men Brown Leather Biker Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: khaki sleeveless V-neck sweater vest over a white-and-blue checked full-sleeve shirt, navy trousers,
    # white backdrop; base BLIP-2
    case(
        "X711-017",
        caption("a man wearing a sweater vest over a checkered shirt"),
        Q.sleeve_length("long", "contradiction"),
        color_of("sweater", "beige"),
        color_of("shirt", "blue"),
        Q.pattern("checked", "contradiction"),
        describe("sweater", "a sleeveless sweater with a v neck"),
        title="Allen Solly Men Khaki Sleeveless Sweater",
        category="Sweaters",
        color="Khaki",
        gender="Men",
    ),
    # photo: grey melange henley thermal top with three buttons, matching grey thermal bottoms, white backdrop,
    # front view; base BLIP-2
    case(
        "X711-018",
        caption("a man in a grey long sleeve shirt and grey pants"),
        wearing("he is wearing long johns", who="he"),
        Q.garment_type("sweater", "contradiction"),
        color_of("top", "grey"),
        describe("top", "top", "non_answer"),
        details("top", "buttons on the front"),
        title="Dollar Thermals Men Grey Melange Henley Thermal Top",
        category="Thermal Tops",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: olive hooded windcheater, zipped, black panels across the shoulders, black joggers, no reflective
    # trim, white backdrop; base BLIP-2
    case(
        "X711-019",
        caption("a man wearing a green and black jacket"),
        color_of("jacket", "green"),
        color_of("pants", "black"),
        describe("jacket", "the jacket is a windbreaker"),
        details("jacket", "a hood, a zipper, and reflective strips on the sleeves", "unsupported"),
        is_a("hoodie", "yes", "contradiction"),
        title="Nike Men Olive Green Hooded Windcheater",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: plain charcoal zip hoodie (no logo) zipped up, hands in the kangaroo pockets, black jeans, grey
    # sneakers, white backdrop; base BLIP-2
    case(
        "X711-020",
        caption("a man wearing a grey nike hoodie and black jeans", "unsupported"),
        wearing("hoodie"),
        color_of("hoodie", "black", "other_garment_color"),
        color_of("jeans", "black"),
        details("hoodie", "the hoodie has a hood", "restated"),
        material("cotton"),
        title="Roadster Men Charcoal Grey Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: navy bomber jacket open at the front showing orange lining, ribbed collar/cuffs/hem, white t-shirt,
    # beige chinos, white backdrop; base BLIP-2
    case(
        "X711-021",
        caption(
            "a man wearing a blue bomber jacket and a white t-shirt and a white t-shirt and a white t-shirt and a white"
            " t-shirt and a white t-shirt and a white t-shirt and a white t-shirt and a white",
            "loop",
            hit_limit=True,
        ),
        wearing("a bomber jacket Question: What is the color of the jacket? Answer: blue", "leak"),
        color_of("jacket", "orange", "contradiction"),
        color_of("t-shirt", "white"),
        details("jacket", "ribbed collar and cuffs, orange lining"),
        material("polyester and cotton blend, machine wash cold", "unsupported"),
        title="Indian Terrain Men Navy Blue Bomber Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: teal fine-knit crew-neck sweater, dark navy jeans, white backdrop; base BLIP-2
    case(
        "X711-022",
        caption("a man wearing a teal sweater and jeans"),
        color_of("sweater", "blue"),
        color_of("jeans", "blue"),
        describe("sweater", "teal", "non_answer"),
        details("sweater", "ribbed collar and cuffs"),
        wearing("a teal sweater with a white shirt underneath", "unsupported"),
        title="Van Heusen Men Teal Solid Sweater",
        category="Sweaters",
        color="Teal",
        gender="Men",
    ),
    # photo: black pullover hoodie with a large red-and-white graphic print on the front, grey jeans, white
    # backdrop; base BLIP-2
    case(
        "X711-023",
        caption("a man wearing a black hoodie with a red and white graphic"),
        wearing("a black hoodie with a red print on the front and black pants", "contradiction"),
        color_of("hoodie", "red", "contradiction"),
        color_of("jeans", "grey"),
        Q.pattern("printed"),
        details("hoodie", "a graphic print on the front"),
        title="Proline Men Black Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: rust shawl-collar cardigan, buttoned, white shirt collar at the neck, dark blue jeans, white backdrop;
    # base BLIP-2
    case(
        "X711-024",
        caption("a man wearing an orange cardigan and jeans"),
        color_of("sweater", "blue", "other_garment_color"),
        color_of("shirt", "orange", "contradiction"),
        describe("sweater", "it is a cardigan with a shawl collar and buttons"),
        details(
            "sweater",
            "the cardigan has a shawl collar and five buttons and two patch pockets on the front and ribbed cuffs and"
            " elbow patches on the",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing an orange cardigan", "pronoun"),
        title="Basics Men Rust Shawl Collar Cardigan",
        category="Sweaters",
        color="Rust",
        gender="Men",
    ),
    # photo: grey melange crew sweatshirt, small Reebok logo on the chest, black track pants, white sneakers, white
    # backdrop; base BLIP-2
    case(
        "X711-025",
        caption("reebok men's grey sweatshirt with a hood", "unsupported"),
        wearing("he is wearing a grey sweatshirt and black pants", who="he"),
        color_of("sweatshirt", "grey"),
        color_of("pants", "grey", "contradiction"),
        details("sweatshirt", "what are the sweatshirt details?", "restated"),
        title="Reebok Men Grey Melange Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: black faux-leather biker jacket, zipped, silver zips on the chest pockets and cuffs, black jeans,
    # white backdrop (all black); base BLIP-2
    case(
        "X711-026",
        caption("a man wearing a black leather jacket and black jeans"),
        wearing("she is wearing a black leather jacket", "pronoun"),
        color_of("jacket", "black"),
        color_of("jeans", "black"),
        details(
            "jacket",
            "silver zippers on the pockets and the sleeves and the pockets and the sleeves and the pockets and the"
            " sleeves and the",
            "loop",
            hit_limit=True,
        ),
        material("leather"),
        title="Spykar Men Black Solid Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: bottle green sleeveless quilted gilet, zipped, over a grey full-sleeve sweatshirt, blue jeans, white
    # backdrop; base BLIP-2
    case(
        "X711-027",
        caption("a man wearing a green vest over a grey sweatshirt"),
        Q.sleeve_length("long", "contradiction"),
        color_of("jacket", "grey", "other_garment_color"),
        color_of("sweatshirt", "grey"),
        is_a("vest", "yes"),
        describe(
            "jacket",
            "a green puffer vest with a zipper and a high collar worn over a grey sweatshirt with the sleeves pushed"
            " up and a pair of blue jeans with",
            "cut",
            hit_limit=True,
        ),
        material("down feathers", "unsupported"),
        title="Lee Men Green Quilted Sleeveless Jacket",
        category="Jackets",
        color="Green",
        gender="Men",
    ),
    # photo: red crew-neck sweater with a white nordic snowflake band across the chest, grey trousers, white
    # backdrop; base BLIP-2
    case(
        "X711-028",
        caption("a man wearing a red christmas sweater"),
        wearing("a red sweater and grey pants", who="the man"),
        color_of("sweater", "grey", "other_garment_color"),
        color_of("pants", "red", "contradiction"),
        describe("sweater", "a red sweater with a white snowflake pattern"),
        details("sweater", "Question: What are the sweater details? Answer: snowflakes", "leak"),
        title="United Colors of Benetton Men Red Patterned Sweater",
        category="Sweaters",
        color="Red",
        gender="Men",
    ),
    # photo: navy long-sleeve crew-neck thermal top styled with blue jeans, white backdrop; base BLIP-2
    case(
        "X711-029",
        caption("a man wearing a black long sleeve shirt", "contradiction"),
        is_a("sweater", "no"),
        color_of("top", "blue"),
        details(
            "top",
            "the top is navy blue and the jeans are blue and the top is navy blue and the jeans are blue and the top",
            "loop",
            hit_limit=True,
        ),
        material("wool", "unsupported"),
        title="Jockey Men Navy Blue Cotton Thermal Top",
        category="Thermal Tops",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black padded parka, hood with grey faux-fur trim, zip with a press-stud storm flap, blue jeans, white
    # backdrop; base BLIP-2
    case(
        "X711-030",
        caption("a man wearing a black jacket with a fur hood"),
        wearing("a parka", who="he"),
        color_of("jacket", "grey", "contradiction"),
        color_of("jeans", "blue"),
        describe("jacket", "it is a black winter jacket with a fur hood, a zipper and snap buttons"),
        details(
            "jacket",
            "the hood has a faux fur trim that can be removed and the jacket has a two way zipper with a storm flap"
            " that closes with",
            "cut",
            hit_limit=True,
        ),
        title="Fort Collins Men Black Hooded Padded Parka Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: navy sweatshirt with a light blue and white colour-blocked chest panel, black joggers, white
    # backdrop; base BLIP-2
    case(
        "X711-031",
        caption("a man wearing a blue and white sweatshirt"),
        wearing("the person is wearing a sweatshirt"),
        color_of("sweatshirt", "navy blue"),
        color_of("pants", "black"),
        details("sweatshirt", "a zipper pocket on the sleeve", "unsupported"),
        describe("sweatshirt", "blue", "non_answer"),
        title="HRX by Hrithik Roshan Men Navy Blue Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: charcoal ribbed turtleneck sweater, black trousers, bearded model, white backdrop; base BLIP-2
    case(
        "X711-032",
        caption("a man in a grey turtleneck sweater"),
        color_of("sweater", "black", "other_garment_color"),
        color_of("pants", "black"),
        wearing("a black sweater and black pants", "other_garment_color"),
        describe("sweater", "describe the sweater", "restated"),
        details("sweater", "turtleneck"),
        title="Monte Carlo Men Charcoal Grey Turtle Neck Sweater",
        category="Sweaters",
        color="Charcoal",
        gender="Men",
    ),
    # photo: back view: black pullover hoodie, hood down, plain back (the swoosh is on the unseen front), grey
    # joggers, white backdrop; base BLIP-2
    case(
        "X711-033",
        caption("the back of a man wearing a black hoodie"),
        wearing("she is wearing a black hoodie", "pronoun", who="he"),
        color_of("hoodie", "black"),
        color_of("pants", "grey"),
        details("hoodie", "a nike logo on the back", "unsupported"),
        Q.garment_type("hoodie"),
        title="Nike Men Black Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: tan corduroy trucker jacket with a cream sherpa collar, open over a white t-shirt, dark blue jeans,
    # white backdrop; base BLIP-2
    case(
        "X711-034",
        caption("a man wearing a brown jacket with a fur collar"),
        color_of("jacket", "blue", "other_garment_color"),
        color_of("t-shirt", "white"),
        describe("jacket", "a brown corduroy jacket with a sherpa collar and buttons"),
        details("jacket", "the collar is made of real sheep wool", "unsupported"),
        wearing(
            "a jacket and a jacket and a jacket and a jacket and a jacket and a jacket and a jacket and a jacket and a",
            "loop",
            hit_limit=True,
        ),
        title="Wrangler Men Tan Corduroy Sherpa Collar Jacket",
        category="Jackets",
        color="Tan",
        gender="Men",
    ),
    # photo: olive crew-neck sweatshirt, ribbed cuffs, no hood, black jeans, white backdrop; base BLIP-2 (the
    # feed row has no color column)
    case(
        "X711-035",
        caption("a man wearing a green sweatshirt and black jeans"),
        color_of("sweatshirt", "green"),
        color_of("jeans", "black"),
        details("sweatshirt", "the details of the sweatshirt", "restated"),
        material("100% cotton", "unsupported"),
        is_a("hoodie", "yes", "contradiction"),
        title="Roadster Men Olive Solid Sweatshirt",
        category="Sweatshirts",
        gender="Men",
    ),
    # photo: royal blue polar fleece jacket with a hood, full zip, two zip side pockets, black track pants, white
    # backdrop; base BLIP-2
    case(
        "X711-036",
        caption("a man wearing a blue fleece jacket"),
        wearing("a blue jacket Question: What is the color of the pants? Answer: black", "leak", who="the man"),
        color_of("jacket", "blue"),
        color_of("pants", "black"),
        details(
            "jacket",
            "the jacket has a hood with a drawstring and a full zip and two zip pockets on the sides and elastic"
            " cuffs and a hem that can be adjusted with",
            "cut",
            hit_limit=True,
        ),
        is_a("sweater", "yes", "contradiction"),
        title="Wildcraft Men Blue Hooded Fleece Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: navy crew-neck sweater with thin white horizontal stripes all over, beige chinos, white backdrop;
    # base BLIP-2
    case(
        "X711-037",
        caption("a man wearing a blue and white striped sweater and khaki pants"),
        Q.pattern("striped"),
        color_of("sweater", "white", "contradiction"),
        color_of("pants", "beige"),
        describe("sweater", "the sweater is a blue and white striped sweater with a round neck and long sleeves"),
        details("sweater", "none", "non_answer"),
        title="Jack & Jones Men Navy & White Striped Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: maroon crew-neck thermal top with matching maroon thermal bottoms, model in a side pose, white
    # backdrop; base BLIP-2
    case(
        "X711-038",
        caption("a man in red long underwear"),
        wearing("a red shirt and red pants"),
        color_of("top", "red"),
        describe("top", "the top is the top", "restated"),
        material("merino wool", "unsupported"),
        is_a("sweater", "no"),
        title="Lux Inferno Men Maroon Thermal Top",
        category="Thermal Tops",
        color="Maroon",
        gender="Men",
    ),
    # photo: grey melange pullover hoodie with a navy "FLYING MACHINE" text print on the chest, blue jeans, white
    # backdrop; base BLIP-2
    case(
        "X711-039",
        caption("a man wearing a grey hoodie with the words flying machine on it"),
        wearing("hoodie and jeans", who="the person"),
        color_of("hoodie", "blue", "other_garment_color"),
        color_of("jeans", "grey", "contradiction"),
        details("hoodie", "the words flying machine on the front"),
        describe("hoodie", "hoodie", "non_answer"),
        title="Flying Machine Men Grey Melange Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: bottle green V-neck sweater over a blue-and-white checked shirt (collar out, cuffs showing, not rolled),
    # navy jeans, white backdrop; base BLIP-2
    case(
        "X711-040",
        caption("a man wearing a green sweater over a plaid shirt"),
        wearing("she's wearing a green sweater and a plaid shirt", "pronoun"),
        color_of("sweater", "green"),
        color_of("shirt", "green", "contradiction"),
        Q.pattern("checked", "contradiction"),
        describe(
            "sweater",
            "the sweater is v-neck and the shirt collar is out and the shirt is checked and the sleeves are rolled"
            " up to the elbows and the",
            "cut",
            hit_limit=True,
        ),
        details("sweater", "v neck"),
        title="Monte Carlo Men Green V-Neck Sweater",
        category="Sweaters",
        color="Green",
        gender="Men",
    ),
    # photo: red-and-black buffalo check flannel shacket with two button-flap chest pockets, open over a black
    # t-shirt, black jeans, white backdrop; base BLIP-2
    case(
        "X711-041",
        caption("a man wearing a red and black plaid shirt and black jeans"),
        wearing("what is the person wearing", "restated"),
        Q.garment_type("shirt"),
        color_of("jacket", "red"),
        color_of("t-shirt", "black"),
        details("jacket", "buttons and two pockets on the chest"),
        material("cotton flannel"),
        title="Roadster Men Red & Black Checked Shacket",
        category="Jackets",
        color="Red",
        gender="Men",
    ),
    # photo: coffee brown half-zip pullover with a stand collar, white t-shirt at the neck, blue jeans, cropped
    # above the knees (no shoes), white backdrop; base BLIP-2
    case(
        "X711-042",
        caption("a man wearing a brown sweater with a zipper"),
        is_a("jacket", "yes", "contradiction"),
        color_of("sweater", "brown"),
        color_of("t-shirt", "brown", "contradiction"),
        describe("sweater", "the man is wearing a brown sweater and blue jeans and white shoes", "unsupported"),
        details("sweater", "a half zip collar"),
        material("wool Question: What type of garment is this? Answer: sweater", "leak"),
        title="Wrangler Men Coffee Brown Half-Zip Sweater",
        category="Sweaters",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: white puffer jacket without a hood, stand collar, small black Nike swoosh, black joggers, white
    # backdrop (white on white); base BLIP-2
    case(
        "X711-043",
        caption("a man wearing a white puffer jacket"),
        wearing("white jacket and black pants", who="he"),
        color_of("jacket", "black", "other_garment_color"),
        color_of("pants", "black"),
        describe("jacket", "it is white", "non_answer"),
        details("jacket", "a nike logo and a hood", "unsupported"),
        title="Nike Men White Padded Jacket",
        category="Jackets",
        color="White",
        gender="Men",
    ),
    # photo: purple crew-neck sweater, blue jeans, brown belt, white backdrop; base BLIP-2 (the feed row has no
    # category column)
    case(
        "X711-044",
        caption("a man wearing a purple sweater and blue jeans"),
        wearing("her sweater is purple", "pronoun"),
        color_of("sweater", "purple"),
        color_of("jeans", "blue"),
        describe(
            "sweater",
            "purple sweater purple sweater purple sweater purple sweater purple sweater purple sweater purple"
            " sweater purple sweater purple sweater purple",
            "loop",
            hit_limit=True,
        ),
        material("cashmere", "unsupported"),
        details("sweater", "the sweater details are the sweater details", "restated"),
        title="United Colors of Benetton Men Purple Solid Sweater",
        color="Purple",
        gender="Men",
    ),
    # photo: black crew sweatshirt with a large multicolour (yellow, pink, blue) graphic on the chest, light blue
    # ripped jeans, white backdrop; base BLIP-2
    case(
        "X711-045",
        caption("a man wearing a black sweatshirt with a colorful graphic"),
        wearing("a sweatshirt and ripped jeans"),
        color_of("sweatshirt", "yellow", "contradiction"),
        color_of("jeans", "blue"),
        Q.pattern("graphic"),
        details("sweatshirt", "a colorful print on the front"),
        material("cotton Question: What is the pattern of the garment? Answer: printed", "leak"),
        title="Puma Men Black Graphic Printed Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: camel wool overcoat, knee length, notched lapels, two buttons, open over a black turtleneck, black
    # trousers, white backdrop; base BLIP-2
    case(
        "X711-046",
        caption("a man wearing a brown coat and a black turtleneck"),
        Q.garment_type("jacket"),
        color_of("coat", "black", "other_garment_color"),
        color_of("sweater", "brown", "contradiction"),
        describe("coat", "it is a coat", "non_answer"),
        details("coat", "notched lapels and two buttons"),
        title="Peter England Men Camel Brown Wool Blend Overcoat",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
]
