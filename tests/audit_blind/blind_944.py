"""BLIND_944 (46 products; Women's activewear and loungewear, VQA adapter): written blind in the fifty-seventh session.
Measured blind at eed7db2 (the session's seventh rules): 122/135 failures found (90.4%) and 6/195 correct texts flagged
(3.1%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's activewear and loungewear (sports bras, tights, leggings, capris, joggers and
track pants, lounge pants and shorts, sweatshirts and hoodies, training and lounge t-shirts). Catalog shots, most on
a white or light grey backdrop, a few against a colored wall or with a prop (dumbbell, yoga mat, sofa). The product
is always worn by a woman together with other clothes (a bra with leggings, tights with a tee, a sweatshirt with
jeans or joggers), so another garment's color is always in the frame. Rows carry title, category (Myntra's
article_type: Bra, Tights, Leggings, Capris, Track Pants, Lounge Pants, Lounge Shorts, Shorts, Sweatshirts, Tshirts,
Lounge Tshirts), color (base_colour) and gender; a few rows lack the color or the gender, as real feeds do.

Who wrote what: every text comes from Salesforce/blip2-opt-2.7b with the leoreigoto/Data3_V3_BLIP2_VQA adapter.
Captions are that adapter run with an empty prompt (50 new tokens): it was trained on VQA alone, so its captions are
short and answer-like, sometimes only "yes", and now and then it writes its own "Question: ... Answer:" block.
Open answers (wearing, describe, details, material, open color) are greedy free generation, 30 new tokens, stopped
on newline; the adapter had no end token in training, so many answers stop on a newline after a short phrase, but
some loop on a phrase until the limit or run to the limit and are cut. It says "leggings", "pants", "tee",
"sweatpants" for whatever it sees, likes "yes", and gives the leggings' or tee's color to the product. Closed
answers (garment_type, color, pattern, sleeve_length, the open-ended "color of the X" stored closed, and the yes/no
"Is this a X?") come from enrich's --engine reference ranking candidate values with the same model: one candidate
each, never looped or cut, but often the other garment's color, a near garment type, or "yes".

Labeling conventions and judgement calls:
- Labels follow the photo, not the seller: in X944-041 the seller says Navy Blue for a tee that is black in the
  photo, so "black" is correct there and "blue" (the jeans' color) is other_garment_color.
- Shades within one family are correct: charcoal called grey or dark grey, grey melange called grey, off white and
  cream called white, maroon called red, lavender and mauve called purple, teal and turquoise called blue, peach
  called pink, sea green and olive called green, mustard called yellow.
- Navy called black (X944-003, X944-045) and fluorescent green called yellow (X944-016) are contradictions.
- other_garment_color: the product's color given as the color of another garment worn in the photo (the leggings
  under a bra, the tee over tights), also when the answer inverts a print's ground and motif and the ground color
  named is the other garment's. A wrong color that no garment in the frame has, or the color of a prop or of the
  furniture (a blue yoga mat, a beige sofa), is a contradiction.
- contradiction also covers a wrong garment type (a hoodie for a crew sweatshirt, shorts for capris, a tank top for
  a sports bra), "yes"/"no" to "Is this a X?" that the photo contradicts, a wrong pattern or sleeve length, and a
  pattern borrowed from the other garment. Tights and leggings are the same garment: "leggings" for tights is right
  and "no" to "Is this a pair of leggings?" for tights is a contradiction. Track pants and joggers for a jogger are
  both right; sweater for a sweatshirt is right; pajama pants for lounge pants are right.
- unsupported: invented details that the photo cannot show and the title does not state (fabric percentages,
  organic, recycled, anti-odour, moisture-wicking when the title names no such fabric, removable pads, a hood or zip
  the garment does not have, pockets hidden under another garment). A plain fiber word that fits the garment and the
  title names no fabric ("cotton" for a jersey lounge tee, "fleece" for a brushed sweatshirt, "spandex" for tights)
  counts as correct; "100% cotton" does not. A material word the title states (Dri-FIT, Rapid-Dry, fleece) is right.
- loop beats cut: a text that repeats a phrase up to the token limit is loop (hit_limit=True) even though its last
  phrase is unfinished; cut is a text that runs to the limit mid-phrase without repeating itself. A cut text may
  carry a small invented detail near its end; cut is its label.
- leak beats everything else in the same text: any "Question:" or "Answer:" scaffold in a text is leak, even when
  the answer inside it is right.
- non_answer: an open answer that is only "yes", one word, or the garment's own name ("t-shirt", "they are lounge
  pants"), or a garment name to the material question. restated: the question's words turned back into a sentence
  ("the sweatshirt details are the sweatshirt details", "the tights are tights that you wear").
- pronoun: "he", "his" or "a man" for the woman in the photo; in X944-044 the row has no gender but the photo shows
  a woman, so "a man" in its caption is still labelled pronoun.
- A short but true answer ("a purple shirt" to what she is wearing, "cargo pockets" for the details) is correct.
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

BLIND_944 = [
    # photo: front view, black medium-support sports bra with a white Swoosh on the under-bust band, scoop neck, worn
    # with black high-waist leggings, white backdrop. All texts: VQA adapter (closed ones via the reference engine).
    case(
        "X944-001",
        caption("a woman wearing a black sports bra and black leggings"),
        wearing("a black sports bra and black leggings", who="she"),
        color_of("sports bra", "black"),
        Q.garment_type("sports bra"),
        details(
            "sports bra",
            "the sports bra has a white nike logo on the front and a racerback racerback racerback racerback "
            "racerback racerback racerback racerback racerback racerback",
            "loop",
            hit_limit=True,
        ),
        describe(
            "sports bra",
            "the sports bra has a scoop neck and dri-fit fabric and a removable pad inside each cup",
            "unsupported",
        ),
        Q.material("polyester"),
        title="Nike Women Black Dri-FIT Swoosh Medium-Support Sports Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: front view, grey melange joggers with a black drawstring and ribbed ankle cuffs, worn with a white
    # cropped t-shirt and white sneakers, white backdrop. VQA adapter throughout.
    case(
        "X944-002",
        caption("a woman in a white t-shirt and grey sweatpants"),
        wearing("she is wearing a white tee and grey joggers", who="she"),
        color_of("joggers", "white", "other_garment_color"),
        describe("joggers", "the joggers are grey with a black drawstring at the waist and ribbed cuffs at the ankles"),
        details(
            "joggers",
            "the joggers have two side pockets and a zip pocket at the back and a zip pocket at the back and a zip "
            "pocket at the back",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of joggers", "yes"),
        Q.material(
            "the joggers are made of a soft cotton blend with a brushed fleece lining for warmth", "unsupported"
        ),
        title="Puma Women Grey Melange Solid Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: side view in a running pose, navy blue full-length tights with a thin reflective strip at the ankle,
    # worn with a neon pink t-shirt, white backdrop. VQA adapter throughout.
    case(
        "X944-003",
        caption("a woman in a pink shirt and black leggings running", "contradiction"),
        wearing("a pink t-shirt and navy blue leggings"),
        color_of("tights", "navy blue"),
        Q.pattern("solid"),
        details("tights", "the tights have a reflective strip at the ankle and a wide waistband"),
        describe("tights", "the tights are tights that you wear", "restated"),
        Q.material("the tights are made of 88% polyester and 12% spandex for four-way stretch", "unsupported"),
        is_a("pair of tights", "yes"),
        title="HRX by Hrithik Roshan Women Navy Blue Rapid-Dry Running Tights",
        category="Tights",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: front view, off-white cropped crew-neck sweatshirt with a small black adidas linear logo, long sleeves,
    # worn with black joggers, light grey backdrop. VQA adapter; its caption wrote its own question block.
    case(
        "X944-004",
        caption(
            "Question: what is the color of the sweatshirt? Answer: white Question: what is the color of the pants? "
            "Answer: black Question: what is the",
            "leak",
            hit_limit=True,
        ),
        wearing("a white sweatshirt and black pants"),
        color_of("sweatshirt", "white"),
        Q.sleeve_length("long sleeves"),
        describe("sweatshirt", "the sweatshirt is a sweatshirt", "restated"),
        is_a("hoodie", "yes", "contradiction"),
        title="ADIDAS Women Off White Essentials Cropped Sweatshirt",
        category="Sweatshirts",
        color="Off White",
        gender="Women",
    ),
    # photo: front view, black relaxed straight lounge pants with a white drawcord, worn with a heather grey
    # t-shirt, barefoot, white backdrop. VQA adapter throughout.
    case(
        "X944-005",
        caption("a woman wearing a grey shirt and black pants"),
        wearing(
            "grey t-shirt and black pants and black pants and black pants and black pants and black pants and black "
            "pants and black",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "black"),
        details("pants", "they are black pants", "non_answer"),
        describe(
            "pants",
            "the pants are black and have a drawstring at the waist and the pants are loose fitting and the pants "
            "have pockets on the sides and the",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Jockey Women Black Solid Lounge Pants",
        category="Lounge Pants",
        color="Black",
        gender="Women",
    ),
    # photo: three-quarter back view, bubblegum pink padded racerback sports bra, worn with charcoal grey leggings,
    # white backdrop. VQA adapter throughout.
    case(
        "X944-006",
        caption("a woman in a pink sports bra and grey leggings"),
        wearing("he is wearing a pink sports bra and grey leggings", "pronoun", who="she"),
        Q.color("grey", "other_garment_color"),
        color_of("sports bra", "pink", kind="open"),
        describe("sports bra", "a pink sports bra with a racerback and pads made of recycled polyester", "unsupported"),
        is_a("sports bra", "yes"),
        title="Reebok Women Pink Lux Racer Padded Training Sports Bra",
        category="Bra",
        color="Pink",
        gender="Women",
    ),
    # photo: front view, lavender lounge t-shirt with a white "sleepy" text print and small moon-and-star graphics,
    # short sleeves, worn with white pyjama pants with black polka dots, white backdrop. VQA adapter throughout.
    case(
        "X944-007",
        caption("a woman in a purple t-shirt and white pants with polka dots"),
        wearing("a purple shirt"),
        color_of("t-shirt", "lavender"),
        Q.pattern("printed"),
        details(
            "t-shirt",
            "the t-shirt has a graphic print of the moon and stars and the word sleepy on the front and the word "
            "sleepy on the front and the word",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves"),
        describe("t-shirt", "a white t-shirt with a purple moon print", "other_garment_color"),
        title="Sweet Dreams Women Lavender Printed Lounge T-shirt",
        category="Lounge Tshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: side view, seated on a grey yoga mat, olive green 7/8 tights with a small darker Swoosh on the left
    # thigh, worn with a black cropped tank top, white backdrop. VQA adapter throughout.
    case(
        "X944-008",
        caption("a woman sitting on a yoga mat in green leggings and a black top"),
        wearing("a black tank top and black leggings", "other_garment_color"),
        color_of("tights", "black", "other_garment_color"),
        Q.garment_type("leggings"),
        details(
            "tights",
            "the tights have a high waist with a small pocket at the back of the waistband and a swoosh logo printed "
            "on the left thigh in a slightly darker",
            "cut",
            hit_limit=True,
        ),
        describe("tights", "the tights are dark green and stop just above the ankles"),
        Q.material("spandex"),
        title="Nike Women Olive One Luxe Mid-Rise 7/8 Tights",
        category="Tights",
        color="Olive",
        gender="Women",
    ),
    # photo: front view, black crew-neck t-shirt with a large white PUMA cat logo and pink "RUN" lettering, short
    # sleeves, worn with grey shorts, white backdrop. VQA adapter throughout.
    case(
        "X944-009",
        caption("a woman wearing a black t-shirt with a puma logo on it"),
        wearing("a black t-shirt and grey shorts"),
        color_of("t-shirt", "black"),
        Q.pattern("solid", "contradiction"),
        details(
            "t-shirt",
            "Question: What are the t-shirt details? Answer: the t-shirt has a puma logo on the front",
            "leak",
        ),
        describe("t-shirt", "the t-shirt has a ribbed crew neck and side slits and a longer back hem", "unsupported"),
        is_a("t-shirt", "yes"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton"),
        title="Puma Women Black Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: front view, dusty mauve pullover hoodie with a kangaroo pocket and white drawstrings, worn with light
    # blue jeans and white sneakers, white backdrop. VQA adapter throughout.
    case(
        "X944-010",
        caption("a woman in a purple hoodie and blue jeans"),
        wearing("a purple hoodie and blue jeans"),
        color_of("hoodie", "blue", "other_garment_color"),
        Q.garment_type("hoodie"),
        describe(
            "hoodie",
            "the hoodie has a front pocket and a drawstring hood and a drawstring hood and a drawstring hood and a "
            "drawstring hood and a drawstring",
            "loop",
            hit_limit=True,
        ),
        details("hoodie", "the hoodie has a zip at the front", "unsupported"),
        Q.material("Answer: fleece", "leak"),
        title="Roadster Women Mauve Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Mauve",
        gender="Women",
    ),
    # photo: front view, teal high-neck sports bra with a white mesh panel at the neckline, worn with black running
    # shorts, white backdrop. VQA adapter throughout.
    case(
        "X944-011",
        caption("a woman wearing a blue sports bra and black shorts"),
        wearing("yes", "non_answer"),
        color_of("sports bra", "teal"),
        details("sports bra", "it has a mesh panel at the neckline"),
        describe(
            "sports bra", "a blue sports bra with moisture-wicking fabric and an antibacterial finish", "unsupported"
        ),
        is_a("sports bra", "yes"),
        title="Enamor Women Teal Blue Non-Wired Lightly Padded High-Neck Sports Bra",
        category="Bra",
        color="Teal",
        gender="Women",
    ),
    # photo: three-quarter front view, black track pants with three white side stripes and zips at the ankles, worn
    # with a white crop top, white backdrop. VQA adapter throughout.
    case(
        "X944-012",
        caption("a woman wearing black pants with white stripes on the side"),
        wearing("a white top and black track pants"),
        color_of("track pants", "black"),
        Q.pattern("striped"),
        details("track pants", "the pants have three white stripes down the sides and zips at the ankles"),
        describe("track pants", "the track pants are the track pants", "restated"),
        Q.material("the pants are made of recycled polyester tricot from adidas primegreen", "unsupported"),
        title="ADIDAS Women Black Solid 3-Stripes Track Pants",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: front view, peach crew-neck lounge t-shirt with a small self-colored logo, short sleeves, worn with navy
    # and white checked lounge pants, white backdrop. VQA adapter throughout.
    case(
        "X944-013",
        caption("a woman in a pink shirt and blue plaid pants"),
        wearing("she is wearing a pink t-shirt and plaid pajama pants", who="she"),
        color_of("t-shirt", "navy blue", "other_garment_color"),
        Q.sleeve_length("short sleeves"),
        Q.pattern("checked", "contradiction"),
        describe("t-shirt", "a peach t-shirt with a round neck and a small logo on the chest"),
        details("t-shirt", "the t-shirt has a v-neck and a chest pocket", "unsupported"),
        Q.material("cotton"),
        title="Jockey Women Peach Solid Lounge T-shirt",
        category="Lounge Tshirts",
        color="Peach",
        gender="Women",
    ),
    # photo: front view, full-length tights in a pink-and-purple tie-dye print with a black waistband, worn with a
    # black sports bra, white backdrop. VQA adapter throughout.
    case(
        "X944-014",
        caption("a woman wearing a black sports bra and tie dye leggings"),
        wearing("a sports bra and leggings"),
        color_of("tights", "black", "other_garment_color"),
        Q.pattern("printed"),
        describe("tights", "the tights are pink and purple tie dye with a black waistband"),
        details(
            "tights",
            "the tights have a tie dye print tie dye print tie dye print tie dye print tie dye print tie dye print "
            "tie dye",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of leggings", "no", "contradiction"),
        title="Nike Women Multicoloured Tie-Dye Printed Training Tights",
        category="Tights",
        color="Multi",
        gender="Women",
    ),
    # photo: front view against a pale blue wall, navy blue crew-neck sweatshirt with a small white Puma cat on the
    # chest and ribbed cuffs, worn with white joggers. VQA adapter throughout.
    case(
        "X944-015",
        caption("a woman standing in front of a blue wall wearing a navy blue sweatshirt and white pants"),
        wearing("a man in a blue sweatshirt and white pants", "pronoun"),
        color_of("sweatshirt", "blue"),
        describe("sweatshirt", "a navy blue sweatshirt with a small white logo on the chest and ribbed cuffs"),
        details("sweatshirt", "the sweatshirt has a hood and a kangaroo pocket", "unsupported"),
        Q.sleeve_length("long sleeves"),
        is_a("sweatshirt", "no", "contradiction"),
        title="Puma Women Navy Blue Solid Crew Neck Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: front view, fluorescent lime-green training t-shirt with a small black logo on the chest, worn with black
    # tights, holding a blue dumbbell, white backdrop. VQA adapter throughout.
    case(
        "X944-016",
        caption("a woman holding a blue dumbbell in a neon green t-shirt and black leggings"),
        wearing("a green t-shirt and black leggings"),
        color_of("t-shirt", "yellow", "contradiction"),
        details("t-shirt", "the t-shirt has a round neck and short sleeves and a logo on the chest"),
        describe(
            "t-shirt",
            "the t-shirt is a neon green t-shirt with a round neck and short sleeves and it has a small logo on the "
            "chest and a reflective strip on the back that",
            "cut",
            hit_limit=True,
        ),
        Q.material("the t-shirt is made of rapid-dry fabric"),
        title="HRX by Hrithik Roshan Women Fluorescent Green Rapid-Dry Training T-shirt",
        category="Tshirts",
        color="Fluorescent Green",
        gender="Women",
    ),
    # photo: front view, black jersey lounge shorts with white side piping, worn with an oversized white t-shirt
    # printed "weekend mode" in black, white backdrop. VQA adapter throughout.
    case(
        "X944-017",
        caption("a woman wearing a white t-shirt and black shorts"),
        wearing(
            "she is wearing a white shirt and black shorts and white shirt and black shorts and white shirt and black "
            "shorts and white shirt and",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("shorts", "black"),
        details("shorts", "the shorts have white piping on the sides"),
        describe("shorts", "the shorts are white", "other_garment_color"),
        is_a("pair of shorts", "yes"),
        Q.material("the shorts are made of modal fabric that is soft and breathable", "unsupported"),
        title="Zivame Women Black Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: front view, maroon sports bra with white three stripes on the straps and a white logo on the band, worn
    # with matching maroon leggings, white backdrop. VQA adapter throughout.
    case(
        "X944-018",
        caption("a woman in a maroon sports bra and matching leggings"),
        wearing("a red sports bra and red leggings"),
        color_of("sports bra", "maroon"),
        details("sports bra", "the sports bra has three stripes on the straps and an adidas logo on the front band"),
        describe("sports bra", "a maroon sports bra with a black band", "contradiction"),
        Q.material("the sports bra is made of organic cotton with a silver-ion antibacterial lining", "unsupported"),
        is_a("sports bra", "yes"),
        title="ADIDAS Women Maroon Training Sports Bra",
        category="Bra",
        color="Maroon",
        gender="Women",
    ),
    # photo: front view, off-white joggers with a small black logo on the left thigh, elastic waist and cuffs, worn
    # with a black sports bra, white backdrop. VQA adapter throughout.
    case(
        "X944-019",
        caption("a woman wearing a black sports bra and white pants"),
        wearing("he is wearing a black top and white joggers", "pronoun", who="she"),
        color_of("joggers", "black", "other_garment_color"),
        describe("joggers", "the joggers are white with a black logo on the left leg and an elastic waistband"),
        details(
            "joggers",
            "the joggers have an elastic waistband with a drawstring and two side pockets and tapered legs with "
            "elastic cuffs at the ankles and a small",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("joggers"),
        title="FILA Women Off White Solid Joggers",
        category="Track Pants",
        color="Off White",
        gender="Women",
    ),
    # photo: front view, grey melange pullover hoodie with a black Swoosh, white drawstrings and a kangaroo pocket,
    # worn with black leggings, white backdrop. VQA adapter throughout.
    case(
        "X944-020",
        caption("a woman in a grey nike hoodie and black leggings"),
        wearing("grey sweatshirt"),
        color_of("hoodie", "grey"),
        is_a("hoodie", "yes"),
        details("hoodie", "Answer: the hoodie has a kangaroo pocket and a hood with drawstrings", "leak"),
        Q.material("fleece"),
        describe("hoodie", "the hoodie is black", "other_garment_color"),
        Q.garment_type("t-shirt", "contradiction"),
        title="Nike Women Grey Melange Pullover Hoodie",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: front view, black calf-length capris with a mesh panel down the outer calf, worn with a mint green tank
    # top, white backdrop. VQA adapter throughout.
    case(
        "X944-021",
        caption("a woman wearing a green tank top and black capri pants"),
        wearing("a green tank top and green leggings", "other_garment_color"),
        color_of("capris", "black"),
        Q.garment_type("shorts", "contradiction"),
        details("capris", "the capris have a mesh panel on the side of the leg"),
        describe("capris", "the capris are green", "other_garment_color"),
        Q.material(
            "the capris are made of a four-way stretch fabric with sweat-wicking and anti-odour technology",
            "unsupported",
        ),
        title="Proline Active Women Black Solid Capris",
        category="Capris",
        color="Black",
        gender="Women",
    ),
    # photo: front view, navy blue pyjama pants with a small white star print and an elastic drawstring waist, worn
    # with a white t-shirt, white backdrop. VQA adapter throughout.
    case(
        "X944-022",
        caption("a woman in a white t-shirt and navy blue pants with stars on them"),
        color_of("lounge pants", "navy blue"),
        Q.pattern("printed"),
        describe("lounge pants", "they are lounge pants", "non_answer"),
        details("lounge pants", "the pants have a white star print and an elastic waistband with a drawstring"),
        wearing("a white shirt and white pajama pants", "other_garment_color"),
        Q.material("the lounge pants are made of 100% supima cotton", "unsupported"),
        title="Jockey Women Navy Blue Star Print Lounge Pants",
        category="Lounge Pants",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: back view, red crossback sports bra with the straps crossing between the shoulder blades, worn with
    # black leggings, white backdrop. VQA adapter throughout.
    case(
        "X944-023",
        caption("the back of a woman wearing a red sports bra with crossed straps and black leggings"),
        color_of("sports bra", "red"),
        details("sports bra", "the sports bra has a crossback design on the back"),
        describe("sports bra", "a red sports bra with a crossback design and a zip at the front", "unsupported"),
        wearing(
            "a red sports bra and black leggings black leggings black leggings black leggings black leggings black "
            "leggings black leggings black",
            "loop",
            hit_limit=True,
        ),
        is_a("t-shirt", "no"),
        Q.garment_type("tank top", "contradiction"),
        title="Under Armour Women Red Mid Crossback Sports Bra",
        category="Bra",
        color="Red",
        gender="Women",
    ),
    # photo: front view, charcoal grey joggers with a zip side pocket trimmed in yellow, worn with a yellow t-shirt,
    # white backdrop. VQA adapter throughout.
    case(
        "X944-024",
        caption("a woman in a yellow shirt and dark grey sweatpants"),
        wearing("a yellow shirt and grey joggers"),
        color_of("joggers", "yellow", "other_garment_color"),
        details(
            "joggers",
            "the joggers have a zip pocket on the side with a yellow trim Question: What are the joggers details? "
            "Answer: the joggers have a zip pocket",
            "leak",
            hit_limit=True,
        ),
        describe("joggers", "the joggers are grey"),
        Q.material("polyester"),
        is_a("pair of joggers", "yes"),
        title="Alcis Women Charcoal Grey Solid Training Joggers",
        category="Track Pants",
        color="Charcoal",
        gender="Women",
    ),
    # photo: side view with a hand in the jeans pocket, mustard yellow crew-neck sweatshirt with long balloon sleeves,
    # worn with black jeans, white backdrop. VQA adapter throughout.
    case(
        "X944-025",
        caption("a woman in a yellow sweater and black jeans"),
        color_of("sweatshirt", "mustard"),
        Q.sleeve_length("short sleeves", "contradiction"),
        describe("sweatshirt", "the sweatshirt is a mustard yellow sweatshirt with puffed sleeves and a round neck"),
        wearing("she is wearing a yellow sweatshirt and black jeans", who="she"),
        details("sweatshirt", "the sweatshirt details are the sweatshirt details", "restated"),
        Q.material("yes", "non_answer"),
        title="Mast & Harbour Women Mustard Yellow Solid Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: front view, black tights with white colorblock panels down each outer leg, worn with a lilac sports bra,
    # white backdrop. VQA adapter throughout.
    case(
        "X944-026",
        caption("a woman in a purple sports bra and black and white leggings"),
        color_of("tights", "purple", "other_garment_color"),
        Q.pattern("colour block"),
        details("tights", "the tights have white panels on the sides and a wide waistband"),
        Q.material(
            "Question: What material is the garment made of? Answer: polyester Question: What material is the "
            "garment made of? Answer:",
            "leak",
            hit_limit=True,
        ),
        wearing("he is wearing a purple sports bra and black leggings", "pronoun"),
        title="Reebok Women Black & White Colourblocked Lux Tights",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: front view, teal crew-neck training t-shirt with a white Puma cat logo on the chest, short sleeves, worn
    # with black shorts, white backdrop. VQA adapter throughout.
    case(
        "X944-027",
        caption("a woman wearing a teal t-shirt and black shorts"),
        wearing("a blue t-shirt"),
        color_of("t-shirt", "teal"),
        Q.pattern("solid"),
        describe(
            "t-shirt",
            "the t-shirt is a t-shirt with a logo on the front and short sleeves and a round neck and a logo on the "
            "front and short sleeves and",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves", "contradiction"),
        details("t-shirt", "the details of the t-shirt are the t-shirt details", "restated"),
        Q.material("polyester"),
        title="Puma Women Teal Solid Round Neck Training T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Women",
    ),
    # photo: front view, black fleece joggers with a small white Swoosh on the left thigh and elastic cuffs, worn with
    # a white cropped hoodie and white sneakers, white backdrop. VQA adapter; its caption opened a question block.
    case(
        "X944-028",
        caption("Question: what is the person wearing? Answer: a white hoodie and black joggers", "leak"),
        wearing("a white hoodie and black sweatpants", who="she"),
        color_of("joggers", "black"),
        details("joggers", "the joggers are white", "other_garment_color"),
        describe("joggers", "the joggers have a white nike logo on the left thigh and elastic cuffs"),
        is_a("pair of joggers", "yes"),
        Q.material("fleece"),
        title="Nike Women Black Sportswear Essential Fleece Joggers",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: front view, black zip-front high-impact sports bra with wide straps, worn with olive green leggings,
    # white backdrop. VQA adapter throughout.
    case(
        "X944-029",
        caption("a woman wearing a black sports bra with a zipper and green leggings"),
        color_of("sports bra", "olive", "other_garment_color"),
        details("sports bra", "the sports bra has a zipper in the front and wide straps"),
        describe(
            "sports bra",
            "the sports bra is a black sports bra with a zipper in the front and a zipper in the front and a zipper "
            "in the front and",
            "loop",
            hit_limit=True,
        ),
        wearing("black bra and green pants"),
        Q.garment_type("sports bra"),
        is_a("tank top", "yes", "contradiction"),
        Q.material(
            "the sports bra is made of a quick-dry fabric with four-way stretch and encapsulated cups", "unsupported"
        ),
        title="Enamor Women Black Zip Front High Impact Sports Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: front view, cream crew-neck sweatshirt with a black "PARIS" text print, ribbed cuffs and hem, worn with
    # light blue jeans, white backdrop. VQA adapter throughout.
    case(
        "X944-030",
        caption("a woman in a white sweatshirt that says paris and blue jeans"),
        color_of("sweatshirt", "white"),
        Q.pattern("solid", "contradiction"),
        wearing("she is wearing a sweatshirt and jeans", who="she"),
        details(
            "sweatshirt",
            "the sweatshirt has the word paris printed in black letters on the front and ribbed cuffs and a ribbed "
            "hem and a",
            "cut",
            hit_limit=True,
        ),
        describe(
            "sweatshirt",
            "the sweatshirt is made of soft cotton with a brushed interior and a relaxed drop-shoulder fit",
            "unsupported",
        ),
        is_a("sweatshirt", "yes"),
        Q.material("sweatshirt", "non_answer"),
        title="DressBerry Women Off White Typography Printed Sweatshirt",
        category="Sweatshirts",
        color="Off White",
        gender="Women",
    ),
    # photo: front view, turquoise blue full-length tights with a small white logo on the left hip, worn with a white
    # slogan t-shirt tucked at the front, white backdrop. Row has no color. VQA adapter throughout.
    case(
        "X944-031",
        caption("a woman in a white t-shirt and blue leggings"),
        Q.color("white", "other_garment_color"),
        color_of("tights", "blue", kind="open"),
        wearing("a white t-shirt and blue tights"),
        details(
            "tights",
            "the tights have a wide waistband and a small logo on the left hip and flat seams along the inner leg "
            "and the hem of the tights ends at the",
            "cut",
            hit_limit=True,
        ),
        describe("tights", "the tights are a pair of tights that are tights", "restated"),
        Q.material("nylon"),
        title="HRX by Hrithik Roshan Women Turquoise Blue Training Tights",
        category="Tights",
        gender="Women",
    ),
    # photo: front view, black running shorts with a pink inner brief showing at the hem and a small white logo on the
    # left leg, worn with a grey racerback tank top, white backdrop. VQA adapter throughout.
    case(
        "X944-032",
        caption("a woman in a grey tank top and black shorts"),
        color_of("shorts", "black"),
        details("shorts", "the shorts have a pink lining and a puma logo on the left leg"),
        wearing("he is wearing a grey tank top and black shorts", "pronoun", who="she"),
        describe("shorts", "black", "non_answer"),
        is_a("pair of shorts", "yes"),
        Q.garment_type("shorts"),
        Q.material("polyester"),
        title="Puma Women Black Solid Running Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: front view, white sports bra with a black Swoosh on the band, worn with grey joggers, white backdrop.
    # VQA adapter throughout.
    case(
        "X944-033",
        caption("a woman wearing a white bra and grey sweatpants"),
        color_of("sports bra", "white"),
        wearing(
            "a white sports bra and grey joggers and a white sports bra and grey joggers and a white sports bra and "
            "grey joggers and",
            "loop",
            hit_limit=True,
        ),
        describe(
            "sports bra", "Question: Describe the sports bra. Answer: a white sports bra with a black swoosh", "leak"
        ),
        details("sports bra", "the bra has a black nike logo on the front"),
        is_a("sports bra", "yes"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Nike Women White Solid Swoosh Sports Bra",
        category="Bra",
        color="White",
        gender="Women",
    ),
    # photo: front view, seated on a beige sofa in the studio, lavender melange lounge joggers with a drawstring,
    # side pockets and elastic cuffs, worn with a white t-shirt. VQA adapter throughout.
    case(
        "X944-034",
        caption("a woman sitting on a couch wearing a white shirt and purple pants"),
        color_of("joggers", "lavender"),
        wearing("she is wearing a white t-shirt and purple pajama pants", who="she"),
        details("joggers", "the joggers have two pockets on the side and elastic cuffs"),
        describe("joggers", "the joggers are beige", "contradiction"),
        Q.material("cotton"),
        is_a("pair of joggers", "no", "contradiction"),
        title="Jockey Women Lavender Melange Lounge Joggers",
        category="Lounge Pants",
        color="Lavender",
        gender="Women",
    ),
    # photo: front view, black training t-shirt with an all-over small white geometric print and a small logo on the
    # chest, short sleeves, worn with black tights, white backdrop. VQA adapter throughout.
    case(
        "X944-035",
        caption("a woman in a black and white patterned shirt and black leggings"),
        color_of("t-shirt", "black"),
        Q.pattern("printed"),
        details(
            "t-shirt",
            "the t-shirt has a geometric print all over and a small logo on the chest and reflective details on the "
            "back for visibility in low light and a curved",
            "cut",
            hit_limit=True,
        ),
        describe("t-shirt", "a lightweight t-shirt with flatlock seams to prevent chafing", "unsupported"),
        Q.sleeve_length("short sleeves"),
        wearing("black shirt and black pants", who="she"),
        is_a("sweatshirt", "yes", "contradiction"),
        title="ASICS Women Black Printed Round Neck Running T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: front view, olive green cargo joggers with flap pockets on the thighs, worn with a black crop top, white
    # backdrop. VQA adapter throughout.
    case(
        "X944-036",
        caption("a woman wearing a black crop top and green cargo pants"),
        color_of("joggers", "olive"),
        describe("joggers", "the joggers are black with cargo pockets on the side", "other_garment_color"),
        details("joggers", "cargo pockets"),
        wearing(
            "Question: What is the person wearing? Answer: black crop top and green pants Question:",
            "leak",
        ),
        Q.garment_type("joggers"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Roadster Women Olive Green Solid Cargo Joggers",
        category="Track Pants",
        color="Olive",
        gender="Women",
    ),
    # photo: front view, hands in the joggers' pockets, colorblocked sweatshirt with a pink body and white sleeves,
    # ribbed hem, worn with grey joggers and white sneakers, white backdrop. VQA adapter throughout.
    case(
        "X944-037",
        caption(
            "a woman wearing a pink and white color block sweatshirt with white sleeves and a pink body and grey "
            "sweatpants with a drawstring waist and white sneakers standing against a white background with her "
            "hands in the pockets of the",
            "cut",
            hit_limit=True,
        ),
        color_of("sweatshirt", "grey", "other_garment_color"),
        Q.pattern("colour block"),
        describe("sweatshirt", "a pink sweatshirt with white sleeves and a ribbed hem"),
        details(
            "sweatshirt",
            "the sweatshirt has white sleeves and a pink body and white sleeves and a pink body and white sleeves and "
            "a pink body and",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        Q.material("the sweatshirt is made of organic cotton certified by gots", "unsupported"),
        wearing("he is wearing a pink sweatshirt and grey joggers", "pronoun", who="she"),
        title="Campus Sutra Women Pink & White Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: front view, grey melange lounge t-shirt with a knot tied at the front hem, short sleeves, worn with black
    # lounge pants, white backdrop. VQA adapter throughout.
    case(
        "X944-038",
        caption("a woman wearing a grey shirt and black pants"),
        color_of("t-shirt", "black", "other_garment_color"),
        details("t-shirt", "the t-shirt has a knot at the front"),
        wearing("she is wearing a grey t-shirt and black pants", who="she"),
        describe("t-shirt", "t-shirt", "non_answer"),
        Q.sleeve_length("short sleeves"),
        Q.pattern("striped", "contradiction"),
        Q.material("cotton"),
        title="Zivame Women Grey Melange Solid Front Knot Lounge T-shirt",
        category="Lounge Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: front view, purple scoop-neck sports bra with a white Puma logo on the under-bust band, worn with black
    # tights, holding a rolled blue yoga mat, white backdrop. VQA adapter throughout.
    case(
        "X944-039",
        caption("a woman holding a blue yoga mat wearing a purple sports bra and black leggings"),
        color_of("sports bra", "blue", "contradiction"),
        wearing("a purple sports bra and black leggings"),
        details(
            "sports bra",
            "the sports bra has a wide elastic band under the bust with a white puma logo in the middle and a scoop "
            "neckline with thin straps that go over",
            "cut",
            hit_limit=True,
        ),
        is_a("sports bra", "yes"),
        describe("sports bra", "the sports bra is purple"),
        Q.material(
            "the sports bra is made of recycled polyester with drycell technology that wicks moisture", "unsupported"
        ),
        title="Puma Women Purple Mid Impact Sports Bra",
        category="Bra",
        color="Purple",
        gender="Women",
    ),
    # photo: front view, black full-length leggings, worn with an oversized white graphic sweatshirt that covers the
    # waistband, white backdrop. VQA adapter throughout.
    case(
        "X944-040",
        caption("a woman in a white sweatshirt and black leggings"),
        wearing("she is wearing a white sweatshirt with a graphic on it and black leggings", who="she"),
        color_of("leggings", "white", "other_garment_color"),
        describe("leggings", "the leggings have a high waistband with a hidden key pocket and a gusset", "unsupported"),
        Q.material("spandex"),
        details("leggings", "the details of the leggings are that they are leggings", "restated"),
        Q.garment_type("leggings"),
        title="Nike Women Black One Mid-Rise Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: front view, a t-shirt that is black in the photo (seller says Navy Blue) with a white adidas trefoil on
    # the chest, short sleeves, worn with light blue ripped-knee jeans, white sneakers and a silver watch on the left
    # wrist, white backdrop. VQA adapter throughout.
    case(
        "X944-041",
        caption("a woman in a black adidas t-shirt and blue jeans"),
        color_of("t-shirt", "black"),
        wearing(
            "a black t-shirt with a white adidas logo on the front and blue jeans with rips at the knees and white "
            "sneakers and a silver watch on her left",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        details("t-shirt", "the t-shirt has a white adidas logo on the front"),
        describe("t-shirt", "the t-shirt is blue", "other_garment_color"),
        Q.sleeve_length("short sleeves"),
        title="ADIDAS Originals Women Navy Blue Trefoil Printed T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: front view, sea green pyjama pants with an all-over white leaf print and an elastic waist, worn with a
    # white tank top, white backdrop. VQA adapter; its caption ran on into a question block.
    case(
        "X944-042",
        caption(
            "Question: what is the woman wearing? Answer: a white tank top and green pajama pants Question: what is "
            "the color of the pants? Answer: green",
            "leak",
            hit_limit=True,
        ),
        color_of("lounge pants", "green"),
        Q.pattern("floral"),
        details("lounge pants", "the pants have an elastic waistband and a leaf print all over"),
        wearing("he is wearing a white tank top and green pants", "pronoun"),
        describe("lounge pants", "the lounge pants are blue with white leaves", "contradiction"),
        Q.material("cotton"),
        title="Slumber Jill Women Sea Green Leaf Print Lounge Pants",
        category="Lounge Pants",
        color="Sea Green",
        gender="Women",
    ),
    # photo: front view, white Dri-FIT training t-shirt with a black Swoosh on the chest, short sleeves, worn with
    # black leggings, white backdrop. VQA adapter; its caption was only "yes".
    case(
        "X944-043",
        caption("yes", "non_answer"),
        color_of("t-shirt", "black", "other_garment_color"),
        wearing("a white t-shirt and black leggings", who="she"),
        Q.material("the t-shirt is made of dri-fit fabric"),
        details(
            "t-shirt",
            "the t-shirt has a black nike swoosh on the chest and the sleeves are short and the sleeves are short and "
            "the sleeves are short and the",
            "loop",
            hit_limit=True,
        ),
        describe("t-shirt", "the t-shirt is white with a black logo"),
        is_a("t-shirt", "yes"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Nike Women White Dri-FIT Legend Training T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: front view, black racerback sports bra with wide straps and a white Jockey logo on the band, worn with
    # grey leggings, white backdrop. Row has no gender. VQA adapter throughout.
    case(
        "X944-044",
        caption("a man wearing a black tank top and grey pants", "pronoun"),
        wearing("a black sports bra and grey leggings"),
        color_of("sports bra", "black"),
        Q.garment_type("t-shirt", "contradiction"),
        details("sports bra", "the sports bra has a racerback"),
        describe(
            "sports bra",
            "a black sports bra with a racerback and wide straps and a wide band under the bust with the jockey logo "
            "printed in white on the band and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Jockey Women Black Solid Racerback Sports Bra",
        category="Bra",
        color="Black",
    ),
    # photo: front view, navy blue tights with pink colorblock panels down the outer legs and a small white logo on
    # the left hip, worn with a white t-shirt, white backdrop. VQA adapter throughout.
    case(
        "X944-045",
        caption("a woman in a white t-shirt and black leggings with pink stripes", "contradiction"),
        color_of("tights", "navy blue"),
        Q.pattern("colour block"),
        wearing("white shirt and blue pants"),
        details(
            "tights",
            "the tights have pink panels on the sides of the legs and a small white logo on the left hip above the "
            "pink panel that runs down to",
            "cut",
            hit_limit=True,
        ),
        Q.material("the tights are made of a sweat-wicking fabric with uv protection", "unsupported"),
        describe("tights", "the tights are blue and pink"),
        title="Alcis Women Navy Blue & Pink Colourblocked Running Tights",
        category="Tights",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: front view, maroon and white horizontally striped long-sleeve lounge t-shirt with a round neck, worn with
    # matching solid maroon pyjama pants, white backdrop. VQA adapter throughout.
    case(
        "X944-046",
        caption("a woman in a red and white striped shirt and red pants"),
        color_of("t-shirt", "maroon"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves"),
        describe(
            "t-shirt",
            "the t-shirt has red and white stripes red and white stripes red and white stripes red and white stripes "
            "red and white stripes",
            "loop",
            hit_limit=True,
        ),
        wearing("a striped shirt and pajamas"),
        details("t-shirt", "the details of the t-shirt are the details", "restated"),
        Q.garment_type("sweatshirt", "contradiction"),
        Q.material("the t-shirt is made of 100% cotton", "unsupported"),
        title="Sweet Dreams Women Maroon Striped Lounge T-shirt",
        category="Lounge Tshirts",
        color="Maroon",
        gender="Women",
    ),
]
