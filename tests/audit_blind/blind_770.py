"""BLIND_770 (46 products; older Myntra feed, women's tops, kurtas, sarees, VQA adapter): written blind in the
fifty-fifth session. Measured blind at 81e168c (the session's sixth rules): 108/127 failures found (85.0%) and 10/182
correct texts flagged (5.5%). The writer's notes, verbatim:

Scenario: the older Myntra catalog feed of the shared photos' kind: short seller titles ("W Women Printed Blue Kurtas",
"Ishin Women Green Saree"), article types Tops, Kurtas, Kurtis and Sarees, Myntra base colours (Navy Blue, Mustard,
Peach, Maroon, Off White, Multi...). Product shots on a white (a few on a light grey) backdrop, worn by a model:
kurtas over churidars, leggings or palazzos, often with a dupatta; sarees draped with a blouse of another color;
tops over jeans, shorts, trousers or skirts. Some rows lack a colour, a category or a title, as the old feed does.

Who wrote what: every text is from the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA on blip2-opt-2.7b). Captions are
the adapter with the empty caption prompt: short "a woman in ..." phrases when it behaves, otherwise it starts its
own "Question: ... Answer: ..." pair. Open answers are free generation (greedy, 30 new tokens): short answers often
stop on a newline, as the base OPT does, but longer ones run on into lists that repeat or stop at the limit, and some
carry on into the next "Question:" of the training format. Closed answers (garment type, colour, pattern, sleeve
length, "Is this a ...?") come from enrich's reference engine, which ranks the candidate values with the adapter, so
they never loop or stop short, but they inherit its In-shop habits: a kurta or a saree is a "dress" or a "blouse",
"no" to "Is this a kurta?", and the colour picked is often the churidar's, the blouse's or the dupatta's.

Labeling conventions and judgement calls:
- A kurta or saree called a "dress", "blouse" or "skirt" (open or closed) is a contradiction: the seller's category
  says otherwise and the photo agrees with the seller.
- A colour that belongs to another visible garment (churidar, leggings, palazzo, dupatta, saree blouse, jeans) given
  to the product is other_garment_color, also when one answer gives one colour to both garments. A wrong colour that
  nothing in the photo wears (a backdrop colour, an invented hue) is a contradiction.
- Close shades count as right: maroon called red, peach called pink or orange-ish, teal called blue or green, mustard
  called yellow, off white or cream called white; "multi" or "multicolor" is right for a print of several colors.
- A border colour of a saree given as the saree's colour is other_garment_color only when the blouse wears the same
  colour; otherwise a contradiction.
- Material: right when the title names the fabric or it shows (denim, lace, sheer net); a fabric named with nothing
  to back it is unsupported. An invented trim, pocket, tie, back detail or jewellery is unsupported.
- A pattern or sleeve length that another text of the same product contradicts is a contradiction; a print or
  pattern given to a plain garment with no other text saying otherwise is unsupported.
- A fabric that the title contradicts ("silk" for a "Cotton Kurta") is a contradiction, not unsupported.
- A short kurti called a kurta, and a shirt-style top called a shirt, are right; a kurta called a top is not used.
- A one-word or yes/no answer to an open question, or naming only the garment back, is non_answer; an answer that
  repeats the question's words as a sentence ("the kurta details are the details of the kurta") is restated.
- Loops and cuts ran to the 30-token limit (hit_limit=True); a leak is labeled leak even when it also ran to the
  limit, and a loop is labeled loop even when the repeated phrase holds a wrong claim.
- he/his for a Women row is pronoun, whatever else the answer says right.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

Q = BLIND_QUESTIONS


def she(text, failure=None, hit_limit=False):
    """The experiments' "What is she wearing?"."""
    return wearing(text, failure, who="she", hit_limit=hit_limit)


border = question("border", "What is the color of the border?", "open")
dupatta = question("dupatta", "Is there a dupatta?", "closed")


BLIND_770 = [
    # photo: bottle-green straight kurta, small gold foil print on the yoke, round neck, 3/4 sleeves, white churidar,
    # no dupatta, white backdrop, front view. All texts by the VQA adapter.
    case(
        "X770-001",
        caption("a woman wearing a green dress and white pants", "contradiction"),
        she("a green kurta and white leggings"),
        color_of("kurta", "green"),
        is_a("kurta", "yes"),
        Q.garment_type("dress", "contradiction"),
        describe(
            "kurta",
            "the kurta is green with gold print on the yoke and has three quarter sleeves and a round neck with a"
            " small slit in the",
            "cut",
            hit_limit=True,
        ),
        title="Biba Women Green Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: navy blue sleeveless top with white polka dots, round neck, worn untucked over mid-blue jeans, white
    # backdrop, hand on hip, front view. All texts by the VQA adapter.
    case(
        "X770-002",
        caption(
            "a woman in a navy blue polka dot top and blue jeans standing with her hand on her hip and a woman in a"
            " navy blue polka dot top and blue jeans standing with her hand on her hip and a woman in a navy",
            "loop",
            hit_limit=True,
        ),
        she("a navy blue top with white dots and jeans"),
        Q.color("navy blue"),
        Q.pattern("polka dots"),
        Q.sleeve_length("sleeveless"),
        details("top", "white polka dots, sleeveless, round neck, a bow tie at the back and a zip", "unsupported"),
        title="Roadster Women Navy Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: pink chiffon saree with a thin silver zari border, pallu over the left shoulder, matching pink blouse with
    # short sleeves, white backdrop, full length, front view. All texts by the VQA adapter.
    case(
        "X770-003",
        caption("Question: what is the color of the saree? Answer: pink", "leak"),
        is_a("saree", "yes"),
        Q.garment_type("saree"),
        color_of("saree", "pink"),
        describe(
            "saree",
            "pink saree with silver border and a pink blouse and a pink blouse and a pink blouse and a pink blouse and",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        she("a pink saree"),
        title="Saree mall Women Pink Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: cobalt blue kurta with a white floral block print, mandarin collar, 3/4 sleeves, side slits, over white
    # palazzo pants, white backdrop, three-quarter view. All texts by the VQA adapter.
    case(
        "X770-004",
        caption("a woman in a blue and white floral kurta with white pants"),
        she("a blue kurta with white flowers and white pants"),
        color_of("kurta", "white", "other_garment_color"),
        Q.pattern("floral"),
        is_a("kurta", "no", "contradiction"),
        details("kurta", "floral print, side slits, three quarter sleeves, mandarin collar"),
        describe(
            "kurta",
            "the kurta is blue with white flowers all over and has side slits and it is worn with white palazzo"
            " pants and a white",
            "cut",
            hit_limit=True,
        ),
        title="W Women Printed Blue Kurtas",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: white cotton top with a lace panel at the scalloped hem, cap sleeves, worn with black skinny jeans,
    # white backdrop, front view. All texts by the VQA adapter.
    case(
        "X770-005",
        caption("a woman wearing a white top and black pants"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("top"),
        describe("top", "the top is white with lace on the hem and it has short sleeves"),
        details("top", "the details of the top are the top details", "restated"),
        Q.material("lace"),
        she("a white top and black jeans and a black belt with a gold buckle", "unsupported"),
        title="Vero Moda Women White Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: maroon cotton kurta with a small off-white butta print, mandarin collar, full sleeves, off-white churidar,
    # mustard dupatta over one shoulder, white backdrop, front view. All texts by the VQA adapter.
    case(
        "X770-006",
        caption("a woman in a red kurta with a yellow scarf"),
        she("he is wearing a maroon kurta and a yellow dupatta", "pronoun"),
        color_of("kurta", "mustard", "other_garment_color"),
        Q.material("cotton"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("solid", "contradiction"),
        details(
            "kurta",
            "mandarin collar, full sleeves, small prints, and a mandarin collar, full sleeves, small prints, and a"
            " mandarin collar, full",
            "loop",
            hit_limit=True,
        ),
        title="Fabindia Women Cotton Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: black georgette saree with a red and gold printed border, red blouse with elbow sleeves, pallu across the
    # front, model holding the pallu, white backdrop. All texts by the VQA adapter.
    case(
        "X770-007",
        caption("a woman in a black saree with a red blouse"),
        color_of("saree", "red", "other_garment_color"),
        color_of("blouse", "red", kind="open"),
        Q.garment_type("dress", "contradiction"),
        describe(
            "saree", "black saree with red border and a red blouse with gold embroidery on the sleeves", "unsupported"
        ),
        is_a("saree", "yes"),
        title="Mimosa Women Black Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: red off-shoulder top with a ruffle and short ruffled sleeves, light blue denim shorts, white backdrop,
    # front view. All texts by the VQA adapter.
    case(
        "X770-008",
        caption("a woman in a red off the shoulder top and denim shorts"),
        she("a red top and blue shorts"),
        Q.color("red"),
        Q.sleeve_length("short sleeves"),
        describe("top", "red top with ruffles on the shoulders and a tie at the waist", "unsupported"),
        details("top", "the top is blue and the shorts are blue", "other_garment_color"),
        title="Only Women Red Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: mustard-yellow straight kurta with gota patti trim at the hem and cuffs, round neck, 3/4 sleeves, white
    # palazzos, white backdrop, front view. All texts by the VQA adapter.
    case(
        "X770-009",
        caption("a woman in a yellow kurta and white pants"),
        color_of("kurta", "yellow"),
        is_a("kurta", "yes"),
        Q.garment_type("kurta"),
        she("a yellow dress", "contradiction"),
        Q.material("silk", "unsupported"),
        describe(
            "kurta",
            "the kurta is yellow with golden lace on the hem and on the sleeves, it is straight and has a round neck"
            " and is paired with white palazzo pants and",
            "cut",
            hit_limit=True,
        ),
        title="Anouk Women Yellow Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: peach chiffon top, pleats at the neckline, short flutter sleeves, solid, worn with white trousers, white
    # backdrop, front view. All texts by the VQA adapter.
    case(
        "X770-010",
        caption("a woman wearing a pink top and white pants"),
        Q.color("white", "other_garment_color"),
        she(
            "Answer: a peach top and white pants Question: What is the color of the pants? Answer: white",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.material("silk", "unsupported"),
        describe("top", "peach top with flutter sleeves"),
        title="Harpa Women Peach Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: parrot-green art silk saree with a magenta border and gold zari buttis, magenta blouse, pleated pallu on
    # the shoulder, white backdrop, front view. All texts by the VQA adapter.
    case(
        "X770-011",
        caption("a woman in a green and pink saree"),
        color_of("saree", "pink", "other_garment_color"),
        describe("saree", "green saree with pink border and gold dots all over it and a pink blouse"),
        Q.material("cotton", "unsupported"),
        she(
            "she is wearing a green saree with a pink border and gold dots and a pink blouse and the pallu is"
            " pleated on her shoulder and the saree",
            "cut",
            hit_limit=True,
        ),
        is_a("saree", "no", "contradiction"),
        title="Ishin Women Green Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: multicolor ikat print kurta (orange, pink, teal), sleeveless, teal leggings, white backdrop, front view.
    # No colour in the feed row. All texts by the VQA adapter.
    case(
        "X770-012",
        caption("a woman in a colorful printed dress and blue leggings", "contradiction"),
        Q.color("multi"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        color_of("leggings", "blue", kind="open"),
        she(
            "a multicolor kurta and blue leggings Question: What is the color of the leggings? Answer: blue",
            "leak",
            hit_limit=True,
        ),
        details("kurta", "the kurta details are the details of the kurta", "restated"),
        title="Global Desi Women Kurta",
        category="Kurtas",
        gender="Women",
    ),
    # photo: black crepe top, gold buttons on one shoulder, long sleeves, solid, white trousers, light grey backdrop,
    # front view. All texts by the VQA adapter.
    case(
        "X770-013",
        caption("a woman in a black top and white pants standing in front of a grey wall"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        she("a black and white striped shirt", "contradiction"),
        details("top", "gold buttons on the shoulder"),
        describe("top", "the top is grey", "contradiction"),
        title="Mango Women Black Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: off-white short kurti with black geometric print, 3/4 sleeves, worn with blue jeans, white backdrop,
    # front view. Category "Kurtis" in the old feed. All texts by the VQA adapter.
    case(
        "X770-014",
        caption("a woman wearing a white printed kurta and blue jeans"),
        Q.garment_type("kurta"),
        color_of("kurti", "white"),
        she("white", "non_answer"),
        Q.pattern("geometric"),
        describe(
            "kurti",
            "the kurti is white with black print and the jeans are blue and the kurti is white with black print and"
            " the jeans are blue and",
            "loop",
            hit_limit=True,
        ),
        title="Jaipur Kurti Women White Kurti",
        category="Kurtis",
        color="Off White",
        gender="Women",
    ),
    # photo: royal blue silk saree with a wide gold zari border, gold blouse, pallu draped over the arm, white
    # backdrop, front view; model wears a gold necklace. All texts by the VQA adapter.
    case(
        "X770-015",
        caption("a woman in a blue and gold saree"),
        color_of("saree", "gold", "other_garment_color"),
        border("gold"),
        Q.material("silk"),
        she("a blue saree with a golden blouse"),
        details("saree", "blue", "non_answer"),
        Q.garment_type("dress", "contradiction"),
        title="Kalini Women Blue Silk Saree",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: olive green A-line kurta, solid, v-neck with thin piping, full sleeves, beige churidar, beige dupatta
    # with tassels, white backdrop, front view. All texts by the VQA adapter.
    case(
        "X770-016",
        caption("a woman in a green kurta and beige pants with a scarf"),
        color_of("kurta", "beige", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves", "contradiction"),
        describe("kurta", "olive green kurta with v neck and full sleeves"),
        she("a green kurta with a matching dupatta and pants", "unsupported"),
        dupatta("yes"),
        title="Libas Women Olive Kurta",
        category="Kurtas",
        color="Olive",
        gender="Women",
    ),
    # photo: lavender top with white lace yoke, sleeveless, white skirt, white backdrop, front view.
    # All texts by the VQA adapter.
    case(
        "X770-017",
        caption(
            "Question: What is the woman wearing? Answer: a purple top and a white skirt Question: What is the",
            "leak",
            hit_limit=True,
        ),
        Q.color("white", "other_garment_color"),
        Q.garment_type("top"),
        Q.sleeve_length("sleeveless"),
        describe("top", "the top is purple with a white lace neck"),
        details("top", "lace", "non_answer"),
        title="AND Women Lavender Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: teal anarkali kurta, flared, gold print on the bodice and hem, full sleeves, teal churidar, no dupatta,
    # white backdrop, front view. All texts by the VQA adapter.
    case(
        "X770-018",
        caption("a woman in a long green dress", "contradiction"),
        color_of("kurta", "blue"),
        is_a("kurta", "no", "contradiction"),
        she("she is wearing a teal anarkali with gold print"),
        describe(
            "kurta",
            "teal kurta with gold print on the bodice and the hem, flared, full sleeves, and a round neck and a gold"
            " print on the bodice and",
            "cut",
            hit_limit=True,
        ),
        Q.material("velvet", "unsupported"),
        Q.sleeve_length("long sleeves"),
        title="Biba Women Teal Anarkali Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: cream top with navy horizontal stripes, boat neck, 3/4 sleeves, red trousers, white backdrop, front view.
    # All texts by the VQA adapter.
    case(
        "X770-019",
        caption("a woman wearing a striped top and red pants"),
        Q.pattern("striped"),
        Q.color("red", "other_garment_color"),
        she("a white and blue striped top and red pants"),
        Q.sleeve_length("three quarter sleeves"),
        describe("top", "striped", "non_answer"),
        details("top", "stripes, boat neck, three quarter sleeves, and a pocket on the chest", "unsupported"),
        title="Tokyo Talkies Women Striped Top",
        category="Tops",
        color="Cream",
        gender="Women",
    ),
    # photo: red bandhani print saree with a green border, green blouse, pallu over the shoulder, white backdrop.
    # All texts by the VQA adapter.
    case(
        "X770-020",
        caption("a woman in a red and green saree"),
        color_of("saree", "red"),
        Q.pattern("printed"),
        describe("saree", "red saree with white dots and green border and a green blouse"),
        she(
            "Answer: red saree Question: What is the color of the blouse? Answer: green Question: Is this a saree?",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("skirt", "contradiction"),
        title="Sringam Women Red Bandhani Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: white chikankari kurta, white thread embroidery, straight, 3/4 sleeves, white churidar, white backdrop,
    # front view. All texts by the VQA adapter.
    case(
        "X770-021",
        caption("a woman in a white kurta and white pants"),
        color_of("kurta", "white"),
        Q.pattern("embroidered"),
        she("a white kurta with blue embroidery and white churidar", "contradiction"),
        details(
            "kurta",
            "white embroidery, white embroidery, white embroidery, white embroidery, white embroidery, white"
            " embroidery, white",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Vishudh Women White Chikan Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: magenta top, wrap front with a tie at the waist, short sleeves, black jeans, white backdrop, front view.
    # All texts by the VQA adapter.
    case(
        "X770-022",
        caption("a woman in a pink wrap top and black jeans"),
        Q.color("pink"),
        she("he is wearing a pink top and black jeans", "pronoun"),
        Q.sleeve_length("short sleeves"),
        describe("top", "the top is pink and has a tie at the waist"),
        details("top", "yes", "non_answer"),
        Q.material("silk", "unsupported"),
        title="Mitera Women Magenta Top",
        category="Tops",
        color="Magenta",
        gender="Women",
    ),
    # photo: rust kurta with a small black and cream block print, mandarin collar, full sleeves, black leggings,
    # white backdrop, front view. Older row with no category. All texts by the VQA adapter.
    case(
        "X770-023",
        caption("a woman in an orange kurta and black leggings"),
        color_of("kurta", "black", "other_garment_color"),
        she("an orange kurta and black leggings"),
        Q.pattern("printed"),
        describe("kurta", "orange kurta with black print and mandarin collar and gold buttons", "unsupported"),
        is_a("kurta", "yes"),
        details(
            "kurta",
            "mandarin collar, full sleeves, block print, mandarin collar, full sleeves, block print, mandarin"
            " collar, full sleeves, block",
            "loop",
            hit_limit=True,
        ),
        title="W Women Printed Rust Kurtas",
        color="Rust",
        gender="Women",
    ),
    # photo: grey melange t-shirt style top with a silver foil print of a feather, short sleeves, black shorts,
    # white backdrop, front view. All texts by the VQA adapter.
    case(
        "X770-024",
        caption("a woman in a grey t-shirt and black shorts"),
        Q.garment_type("top"),
        Q.color("grey"),
        Q.pattern("graphic"),
        details(
            "top",
            "a feather print on the front and a feather print on the front and a feather print on the front and a"
            " feather print on the",
            "loop",
            hit_limit=True,
        ),
        describe(
            "top",
            "grey top with a silver print of a feather on the front and short sleeves and a round neck and the"
            " shorts are black and the top is",
            "cut",
            hit_limit=True,
        ),
        title="Forever 21 Women Grey Top",
        category="Tops",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: purple georgette saree, solid, with a silver sequin border, purple blouse, pallu pleated over the left
    # shoulder, white backdrop. All texts by the VQA adapter.
    case(
        "X770-025",
        caption("a woman in a purple saree"),
        color_of("saree", "purple"),
        is_a("saree", "yes"),
        Q.garment_type("blouse", "contradiction"),
        Q.material("georgette"),
        describe(
            "saree",
            "purple saree with a silver border and a purple blouse with a silver border and a purple"
            " blouse with a silver",
            "loop",
            hit_limit=True,
        ),
        she("a purple saree with a purple blouse"),
        title="Mishka Women Purple Georgette Saree",
        category="Sarees",
        color="Purple",
        gender="Women",
    ),
    # photo: navy kurta with white and red floral print, round neck, 3/4 sleeves, red palazzo pants, red dupatta,
    # white backdrop, front view. All texts by the VQA adapter.
    case(
        "X770-026",
        caption("a woman in a blue floral kurta with red pants and a red scarf"),
        color_of("kurta", "red", "other_garment_color"),
        she("a blue kurta and red palazzo pants and a red dupatta"),
        Q.pattern("floral"),
        describe("kurta", "what is the kurta", "restated"),
        details("kurta", "he has a kurta with floral print and round neck", "pronoun"),
        dupatta("yes"),
        title="AURELIA Women Navy Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: olive cotton top with white schiffli embroidery on the yoke, roll-up sleeves, blue jeans, white backdrop,
    # front view. All texts by the VQA adapter.
    case(
        "X770-027",
        caption("a woman wearing a green top and blue jeans"),
        Q.color("green"),
        she("a green top and blue jeans"),
        Q.material("cotton"),
        details(
            "top",
            "the top is green with white embroidery on the yoke and the sleeves are rolled up and held with a tab and a"
            " button and the",
            "cut",
            hit_limit=True,
        ),
        describe("top", "the top is blue", "other_garment_color"),
        title="Roxy Women Olive Cotton Top",
        category="Tops",
        color="Olive",
        gender="Women",
    ),
    # photo: beige straight kurta with brown block print, slit sides, 3/4 sleeves, brown churidar, white backdrop,
    # side view. All texts by the VQA adapter.
    case(
        "X770-028",
        caption(
            "Question: what is the color of the kurta? Answer: beige Question: what is the color of the pants?"
            " Answer: brown",
            "leak",
            hit_limit=True,
        ),
        color_of("kurta", "beige"),
        color_of("pants", "brown", kind="open"),
        Q.pattern("printed"),
        is_a("kurta", "no", "contradiction"),
        describe("kurta", "beige kurta with brown print"),
        she("a beige kurta and brown churidar with a brown dupatta", "unsupported"),
        title="Fabindia Women Beige Kurta",
        category="Kurtas",
        color="Beige",
        gender="Women",
    ),
    # photo: maroon saree with a mustard border and small mustard buttis, mustard blouse, pallu over the shoulder,
    # white backdrop, front view. All texts by the VQA adapter.
    case(
        "X770-029",
        caption("a woman in a red saree with a yellow blouse"),
        color_of("saree", "yellow", "other_garment_color"),
        color_of("blouse", "yellow", kind="open"),
        she("she is wearing a red saree and a yellow blouse with gold bangles", "unsupported"),
        Q.pattern("printed"),
        details("saree", "the saree is a saree", "restated"),
        is_a("saree", "yes"),
        title="Shaily Women Maroon Saree",
        category="Sarees",
        color="Maroon",
        gender="Women",
    ),
    # photo: white sheer net top over a white camisole, long sleeves, dotted net, black skirt, white backdrop, front
    # view cropped above the knees (no shoes in the frame). All texts by the VQA adapter.
    case(
        "X770-030",
        caption("a woman in a white top and black skirt"),
        Q.color("white"),
        Q.sleeve_length("long sleeves"),
        Q.material("net"),
        she("a white top and a black skirt and black boots", "unsupported"),
        describe("top", "the top is black", "other_garment_color"),
        details(
            "top",
            "sheer sleeves sheer sleeves sheer sleeves sheer sleeves sheer sleeves sheer sleeves sheer"
            " sleeves sheer sleeves sheer",
            "loop",
            hit_limit=True,
        ),
        title="Vero Moda Women White Net Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: pink kurta with white leaf print, round neck, sleeveless, white leggings, white backdrop, front view. The
    # title names no fabric. All texts by the VQA adapter.
    case(
        "X770-031",
        caption("a woman in a pink and white printed kurta"),
        color_of("kurta", "pink"),
        Q.sleeve_length("sleeveless"),
        she("a pink kurta and white leggings"),
        describe("kurta", "pink kurta with white leaves and three quarter sleeves", "contradiction"),
        Q.material("cotton", "unsupported"),
        details("kurta", "pink", "non_answer"),
        title="W Women Printed Pink Kurtas",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: solid cream kurta with a gold zari-woven neckline, full sleeves, red churidar, red bandhani dupatta, white
    # backdrop, front view. All texts by the VQA adapter.
    case(
        "X770-032",
        caption("a woman wearing a white kurta and red pants with a red scarf"),
        color_of("kurta", "red", "other_garment_color"),
        she("a cream kurta with a red dupatta and red churidar"),
        describe("kurta", "white kurta with gold neck"),
        details("kurta", "gold neck, full sleeves, and a pocket on the side", "unsupported"),
        Q.garment_type("dress", "contradiction"),
        Q.pattern("floral", "unsupported"),
        title="Biba Women Cream Kurta",
        category="Kurtas",
        color="Cream",
        gender="Women",
    ),
    # photo: mustard sleeveless top with a black tribal print, keyhole neck, black trousers, white backdrop, front view.
    # All texts by the VQA adapter.
    case(
        "X770-033",
        caption("a woman wearing a yellow printed top and black pants"),
        Q.color("yellow"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        describe("top", "the top is yellow and black and the pants are yellow", "other_garment_color"),
        she("Answer: yellow top and black pants Question: What", "leak"),
        title="Tokyo Talkies Women Mustard Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: orange chiffon saree with a pink border, pink blouse, light lehariya stripes, pallu over the shoulder,
    # white backdrop. Feed row without a colour. All texts by the VQA adapter.
    case(
        "X770-034",
        caption("a woman in an orange saree with a pink border"),
        color_of("saree", "orange"),
        Q.pattern("striped"),
        Q.material("chiffon"),
        she("he is wearing an orange saree", "pronoun"),
        describe("saree", "the saree is orange"),
        details(
            "saree",
            "the saree has a pink border and the blouse is pink and the saree has a pink border and the blouse is"
            " pink and the",
            "loop",
            hit_limit=True,
        ),
        title="Saree mall Women Chiffon Saree",
        category="Sarees",
        gender="Women",
    ),
    # photo: black kurta with colorful thread embroidery on the yoke, straight, 3/4 sleeves, white churidar, white
    # backdrop, front view. All texts by the VQA adapter.
    case(
        "X770-035",
        caption("a woman in a black kurta with colorful embroidery and white pants"),
        color_of("kurta", "white", "other_garment_color"),
        she("a black kurta with red embroidery and white pants and a red dupatta", "unsupported"),
        Q.pattern("embroidered"),
        describe("kurta", "black", "non_answer"),
        details(
            "kurta",
            "embroidery on the neck and the sleeves, the neck and the sleeves, the neck and the sleeves, the neck and"
            " the sleeves, the",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="Sringam Women Black Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: teal peplum top, solid, short sleeves, zip at the back not visible, white jeans, white backdrop, front
    # view. All texts by the VQA adapter.
    case(
        "X770-036",
        caption("a woman in a teal top and white jeans"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("top"),
        she("a green top and white pants"),
        describe("top", "the top is a peplum top with short sleeves"),
        details("top", "short sleeves, peplum, and lace on the neck", "unsupported"),
        Q.pattern("solid"),
        title="AND Women Teal Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: lemon yellow cotton saree with a thin white border, white blouse, pallu over the left shoulder, white
    # backdrop, front view. All texts by the VQA adapter.
    case(
        "X770-037",
        caption("a woman in a yellow saree and white blouse"),
        color_of("saree", "white", "other_garment_color"),
        Q.material("cotton"),
        border("white"),
        she("a yellow saree with a white blouse and a white belt", "unsupported"),
        Q.garment_type("saree"),
        describe(
            "saree",
            "the saree is yellow with a thin white border and a white blouse and the pallu is on the left shoulder"
            " and the saree is made of",
            "cut",
            hit_limit=True,
        ),
        title="Mimosa Women Yellow Cotton Saree",
        category="Sarees",
        color="Yellow",
        gender="Women",
    ),
    # photo: grey kurta with a pink floral print, round neck, 3/4 sleeves, pink leggings, white backdrop, front view.
    # All texts by the VQA adapter.
    case(
        "X770-038",
        caption("a woman in a pink kurta and pink leggings", "other_garment_color"),
        color_of("kurta", "grey"),
        Q.pattern("floral"),
        she("a grey kurta and pink pants"),
        describe("kurta", "the kurta is pink", "other_garment_color"),
        details(
            "kurta",
            "floral print, round neck, three quarter sleeves, straight cut, and the leggings are pink and the print"
            " is pink and the sleeves have a",
            "cut",
            hit_limit=True,
        ),
        title="W Women Printed Grey Kurtas",
        category="Kurtas",
        color="Grey",
        gender="Women",
    ),
    # photo: burgundy velvet top, long sleeves, round neck, solid, black jeans, white backdrop, front view.
    # All texts by the VQA adapter.
    case(
        "X770-039",
        caption("a woman wearing a maroon top and black jeans"),
        Q.color("maroon"),
        Q.material("velvet"),
        Q.sleeve_length("long sleeves"),
        she("a brown top and black pants", "contradiction"),
        describe("top", "describe the top", "restated"),
        details("top", "velvet, long sleeves, round neck, and a zip at the back", "unsupported"),
        title="Mango Women Burgundy Velvet Top",
        category="Tops",
        color="Burgundy",
        gender="Women",
    ),
    # photo: white and blue block-print kurta (white base, indigo print), straight, 3/4 sleeves, indigo palazzo,
    # white backdrop, front view. All texts by the VQA adapter.
    case(
        "X770-040",
        caption(
            "Question: What is the color of the kurta? Answer: white Question: What is the color of the pants?"
            " Answer: blue Question:",
            "leak",
            hit_limit=True,
        ),
        color_of("kurta", "white"),
        she("a white kurta with blue print and blue palazzo pants"),
        Q.pattern("printed"),
        is_a("kurta", "yes"),
        describe(
            "kurta",
            "the kurta is white with blue print and the pants are blue and the kurta is white with blue print and the"
            " pants are",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk", "contradiction"),
        title="Fabindia Women White Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: peach net saree with sequin work all over, peach blouse, pallu over the shoulder, white backdrop; model in
    # a three-quarter view. Feed row without a title. All texts by the VQA adapter.
    case(
        "X770-041",
        caption("a woman in a pink saree with sequins"),
        color_of("saree", "pink"),
        Q.material("net"),
        describe("saree", "peach saree with sequins all over"),
        details(
            "saree",
            "the details of the saree are sequins and the saree has sequins and the saree has sequins"
            " and the saree has",
            "loop",
            hit_limit=True,
        ),
        she("she is wearing a pink dress", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        category="Sarees",
        color="Peach",
        gender="Women",
    ),
    # photo: white shirt-style top with thin blue vertical stripes, collar, roll-up sleeves, white trousers, white
    # backdrop, front view. All texts by the VQA adapter.
    case(
        "X770-042",
        caption("a woman in a white and blue striped shirt and white pants"),
        Q.pattern("striped"),
        Q.color("white"),
        Q.garment_type("shirt"),
        she("a striped shirt and white pants"),
        details("top", "stripes, collar, rolled up sleeves, and a belt", "unsupported"),
        describe("top", "the top is blue and white striped with a collar and buttons"),
        title="Arrow Women Striped White Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: magenta anarkali kurta with gold print, flared, sleeveless, gold churidar, magenta dupatta, white
    # backdrop, front view. All texts by the VQA adapter.
    case(
        "X770-043",
        caption("a woman in a pink dress", "contradiction"),
        color_of("kurta", "pink"),
        Q.sleeve_length("sleeveless"),
        she("a pink anarkali kurta with gold pants and a pink dupatta"),
        describe(
            "kurta",
            "the kurta is pink and gold and flared and has a gold border at the hem and a gold neck"
            " and the dupatta is pink and has a gold border",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "gold print, flared, sleeveless"),
        is_a("kurta", "no", "contradiction"),
        title="Libas Women Magenta Anarkali Kurta",
        category="Kurtas",
        color="Magenta",
        gender="Women",
    ),
    # photo: black top with white floral print, short sleeves, round neck, blue jeans, white backdrop, front view.
    # All texts by the VQA adapter.
    case(
        "X770-044",
        caption("Question: What is the woman wearing? Answer: black top and blue jeans", "leak"),
        Q.color("black"),
        Q.pattern("floral"),
        she("a black floral top and blue jeans"),
        describe(
            "top",
            "the top is black with white flowers and it is short sleeves and has a round neck and the jeans are"
            " blue and the top is black with",
            "cut",
            hit_limit=True,
        ),
        details("top", "what are the top details", "restated"),
        title="Only Women Black Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: sea green straight kurta, solid, with white lace at the hem and sleeves, 3/4 sleeves, white leggings,
    # white backdrop, front view. All texts by the VQA adapter.
    case(
        "X770-045",
        caption("a woman in a green kurta and white leggings"),
        color_of("kurta", "green"),
        Q.pattern("solid"),
        she("he is wearing a green kurta and white pants", "pronoun"),
        describe("kurta", "green kurta with white lace on the hem and sleeves"),
        details("kurta", "the kurta is white", "other_garment_color"),
        Q.garment_type("kurta"),
        Q.sleeve_length("three quarter sleeves"),
        title="Jaipur Kurti Women Sea Green Kurta",
        category="Kurtas",
        color="Sea Green",
        gender="Women",
    ),
    # photo: navy blue silk saree with a red border and gold zari, red blouse, pallu over the shoulder, white backdrop.
    # All texts by the VQA adapter.
    case(
        "X770-046",
        caption("a woman in a blue saree with red border"),
        color_of("saree", "blue"),
        Q.pattern("solid"),
        border("red"),
        she("a blue saree with a red blouse"),
        describe(
            "saree",
            "Answer: blue saree Question: What is the color of the border? Answer: red Question: Is",
            "leak",
            hit_limit=True,
        ),
        details("saree", "red border, gold zari, and a long sleeve", "unsupported"),
        Q.material("silk"),
        title="Kalini Women Navy Silk Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
]
