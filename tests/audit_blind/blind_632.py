"""BLIND_632 (46 products; Myntra women's tops under jackets and shrugs): written blind in the fifty-third session.
Measured blind at 1bb707c (the session's eighth rules): 108/134 failures found (80.6%) and 13/194 correct texts flagged
(6.7%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's western tops, t-shirts and shirts, photographed on a model with a jacket,
blazer, coat, kimono or shrug layered over them (white or light grey studio backdrop, front or three-quarter view).
The product is always the top or shirt in the seller's row; the layer is styling, except one row sold as a set.

Who wrote what: captions by the untuned base model blip2-opt-2.7b (short, lowercase, "a woman wearing ...", writes
"t - shirt", sometimes adds a prop or a backdrop that is not there, sometimes gives the top the jacket's color).
Open answers (wearing, description, details, material) by the VQA adapter Data3_V3_BLIP2_VQA under enrich: no
end token, so some answers run to the 30-token limit and are cut or loop, some continue the `Question: ... Answer:`
format, some give one word. It reads the largest garment in the frame, so the jacket's or shrug's color and shape
often end up on the top. Closed answers (garment_type, color, pattern, sleeve_length) come from the reference
engine picking one candidate: never cut or looping, but they often pick the layer (jacket, checked, long sleeves).

Labeling conventions and judgement calls:
- "The garment" is the seller's product (the top or shirt), never the jacket or shrug over it.
- A closed color or an open answer that gives the top the layer's color is other_garment_color, also when the same
  answer gives the layer's shape too; a "wearing" answer with one color for every garment is other_garment_color.
- A closed garment_type naming the layer, a pattern or sleeve length that belongs to the layer, and an open answer
  that describes only the layer as if it were the garment, or gives the top the layer's trims, are contradiction.
- An answer that describes the layer and names it as the layer, beside the top, is correct.
- Shades are accepted within a family: mustard as yellow, burgundy/maroon as red, lavender as purple, peach and
  magenta as pink, off-white/cream as white, charcoal as grey, teal as teal. A multicolor print on a white ground
  answered "white" is accepted. "Black with white stripes" for a white top with black stripes is a contradiction.
- Base captions calling a woven or knit top a "shirt", or a ribbed knit top a "sweater", are accepted as correct.
- Material: a plausible fabric matching the photo is correct; one the photo does not support (leather, wool, silk
  on a polyester top) is unsupported; one that contradicts the title's fabric is contradiction.
- One word, yes/no, "none", "clothes" or a bare garment word to an open question is non_answer; a one-word fabric
  to the material question is a real answer. An answer that only hands the question back is restated.
- Any "Question:" or "Answer:" in a text is a leak, even when it also repeats or hits the limit.
- A text that repeats itself is a loop even though it was also stopped by the limit; cut is a text stopped
  mid-phrase at the limit without repeating, even when everything before the cut is true.
- hit_limit=True on every text that ran to its 30-token (answer) limit: all loops and cuts, some leaks.
- Pronoun failures only on rows with gender Women ("he", "his"); rows lacking gender get none.
- Unsupported: props, accessories, backdrops, trims, pockets or logos that are not in the photo.
- The one set row (top with shrug, X632-019): the seller's color is the top's, so the shrug's cream is
  other_garment_color; garment_type "top" is correct.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS, caption, case

W = DEFAULT_QUESTIONS.wearing
TYPE = DEFAULT_QUESTIONS.garment_type
COLOR = DEFAULT_QUESTIONS.color
PATTERN = DEFAULT_QUESTIONS.pattern
SLEEVES = DEFAULT_QUESTIONS.sleeve_length
DESC = DEFAULT_QUESTIONS.description
DETAILS = DEFAULT_QUESTIONS.details
MATERIAL = DEFAULT_QUESTIONS.material

BLIND_632 = [
    # photo: white sleeveless round-neck jersey top under an open black cropped blazer, blue skinny jeans, white
    # backdrop, no brooch, front view. Caption base model; open answers VQA adapter; closed reference engine.
    case(
        "X632-001",
        caption("a woman wearing a black blazer and white top standing in front of a white background"),
        W("a white top, a black blazer and blue jeans"),
        TYPE("top"),
        COLOR("black", "other_garment_color"),
        PATTERN("solid"),
        SLEEVES("long sleeves", "contradiction"),
        DESC("a white sleeveless top with a round neck, worn under a black blazer"),
        DETAILS(
            "round neckline, sleeveless, the blazer is open with a single button and a brooch on the lapel",
            "unsupported",
        ),
        title="Vero Moda Women Solid White Sleeveless Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: navy and white horizontal-stripe boat-neck cotton top, three-quarter sleeves, under an open red
    # cardigan-style shrug, white jeans, white backdrop, front view. Caption base; open VQA adapter; closed reference.
    case(
        "X632-002",
        caption("a woman wearing a red cardigan over a striped shirt"),
        W("a red shrug, a striped top and white pants"),
        COLOR("navy blue"),
        PATTERN("striped"),
        DESC("the top is red with navy stripes and three quarter sleeves", "other_garment_color"),
        DETAILS(
            "the top has a boat neck and three quarter sleeves, navy and white horizontal stripes all over, and it is"
            " worn under a red shrug that has",
            "cut",
            hit_limit=True,
        ),
        MATERIAL("cotton"),
        title="ONLY Women Navy Blue Striped Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: peach sleeveless chiffon top with a knotted front hem, round neck, under an off-white crochet shrug,
    # light blue denim shorts, light grey backdrop, three-quarter view. Caption base; open VQA; closed reference.
    case(
        "X632-003",
        caption("a woman in a white lace shrug and shorts posing for a picture"),
        W(
            "a white shrug and a white top and white shorts and white shorts and white shorts and white shorts and"
            " white shorts and white shorts",
            "loop",
            hit_limit=True,
        ),
        TYPE("shrug", "contradiction"),
        COLOR("peach"),
        SLEEVES("sleeveless"),
        DESC("a sleeveless peach top with a knotted hem, worn under a crochet shrug"),
        DETAILS("the top has a knot at the front hem and a zip at the back", "unsupported"),
        title="Tokyo Talkies Women Peach Knot Detail Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: black short-sleeve top with a small white floral print, under a mustard yellow cropped jacket, black
    # trousers, white backdrop, front view. Caption base model; open answers VQA adapter; closed reference engine.
    case(
        "X632-004",
        caption("a woman wearing a yellow jacket and black pants"),
        W("she is wearing a yellow jacket over a black floral top with black trousers"),
        TYPE("top"),
        COLOR("yellow", "other_garment_color"),
        PATTERN("floral"),
        DESC("the top is black with small white flowers and a round neck"),
        MATERIAL("the garment is made of the material of the garment", "restated"),
        title="Harpa Women Black Printed Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: olive green utility shirt, two flap chest pockets, buttoned, long sleeves rolled to the elbow, under an
    # open tan suede biker jacket, black jeans, white backdrop, no scarf. Caption base; open VQA; closed reference.
    case(
        "X632-005",
        caption("a woman wearing a brown leather jacket and green shirt with a scarf", "unsupported"),
        W("he is wearing a brown jacket, a green shirt and black jeans", "pronoun"),
        TYPE("shirt"),
        COLOR("olive"),
        SLEEVES("long sleeves"),
        DETAILS("two flap pockets on the chest, button placket, roll-up sleeves"),
        MATERIAL("leather", "unsupported"),
        title="Roadster Women Olive Utility Shirt",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: dusty pink ribbed knit crop top, short sleeves, under an oversized light blue denim jacket, high-waist
    # white jeans, white backdrop, front view. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X632-006",
        caption("a woman wearing a denim jacket and pink crop top"),
        W(
            "a denim jacket and a pink top and white jeans Question: What is the color of the jacket? Answer: blue"
            " Question: What is",
            "leak",
            hit_limit=True,
        ),
        COLOR("blue", "other_garment_color"),
        PATTERN("solid"),
        DESC("a pink ribbed crop top under a light blue denim jacket"),
        DETAILS("the top is made of denim with a button front and chest pockets", "contradiction"),
        title="Mast & Harbour Women Pink Ribbed Crop Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: mustard yellow sleeveless high-neck shell top under a black-and-white houndstooth blazer, black pencil
    # skirt, white backdrop, front view. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X632-007",
        caption("a woman in a black and white checkered blazer and black skirt"),
        W("a checked blazer, a yellow top and a black skirt"),
        TYPE("blazer", "contradiction"),
        COLOR("yellow"),
        PATTERN("checked", "contradiction"),
        SLEEVES("sleeveless"),
        DESC("a black and white high neck top", "other_garment_color"),
        title="AND Women Mustard Yellow High Neck Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: white cotton button-down shirt, long sleeves, under a camel brown unbelted long coat, blue jeans, white
    # backdrop, front view, hands in coat pockets. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X632-008",
        caption("a woman wearing a brown coat and white shirt with her hands in her pockets"),
        W("a brown coat, white shirt and blue jeans"),
        TYPE("shirt"),
        COLOR("brown", "other_garment_color"),
        DESC("the shirt is brown with long sleeves and a collar", "other_garment_color"),
        DETAILS("the shirt has a collar and button placket, the coat has a belt", "unsupported"),
        MATERIAL("cotton"),
        title="Dressberry Women White Solid Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: grey melange t-shirt, short sleeves, black "NYC" graphic on the chest, under an open black leather biker
    # jacket with silver zips, black jeans, white backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X632-009",
        caption("a woman in a black leather jacket and a grey t - shirt"),
        W("she is wearing a black leather jacket, a grey t-shirt with print and black jeans"),
        TYPE("t-shirt"),
        COLOR("grey"),
        PATTERN("graphic"),
        DESC("a grey t shirt with the letters nyc printed in black on the front"),
        DETAILS(
            "the t-shirt has a round neck, short sleeves and a black print of the letters nyc on the front, the jacket"
            " is open and has silver zips on the",
            "cut",
            hit_limit=True,
        ),
        MATERIAL("the t-shirt is made of t-shirt material", "restated"),
        title="Mineral Women Printed Grey Melange Tshirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: maroon velvet wrap top, long sleeves, tie at the waist, black faux-fur shrug draped over the shoulders,
    # black trousers, light grey backdrop. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X632-010",
        caption("a woman wearing a black fur shrug and a red top"),
        W("he is wearing a black fur shrug over a maroon wrap top with black pants", "pronoun"),
        COLOR("maroon"),
        PATTERN("solid"),
        SLEEVES("long sleeves"),
        DESC("a black top with a v neck and long sleeves", "other_garment_color"),
        DETAILS("wrap front with a tie at the waist, long sleeves, v neckline"),
        MATERIAL("velvet"),
        title="Athena Women Maroon Velvet Wrap Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: turquoise blue cap-sleeve top with a pleated neckline under a white cotton shrug with three-quarter
    # sleeves, white trousers, white backdrop. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X632-011",
        caption("a woman wearing a white shrug over a blue top and white pants"),
        W(
            "white white white white white white white white white white white white white white white white white"
            " white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        TYPE("top"),
        COLOR("white", "other_garment_color"),
        SLEEVES("three-quarter sleeves", "contradiction"),
        DESC("a turquoise top with pleats at the neckline and cap sleeves"),
        title="Remanika Women Turquoise Blue Top",
        category="Tops",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: red and black buffalo check flannel shirt, long sleeves, two flap chest pockets, untucked, under an open
    # khaki green field jacket, blue jeans, no belt visible, white backdrop. Caption base; open VQA; closed reference.
    case(
        "X632-012",
        caption("a woman wearing a green jacket and red plaid shirt"),
        W("a green jacket, a red and black checked shirt, blue jeans and a black belt", "unsupported"),
        COLOR("red"),
        PATTERN("checked"),
        DESC(
            "a red and black check shirt and a red and black check shirt and a red and black check shirt and a red"
            " and black check",
            "loop",
            hit_limit=True,
        ),
        DETAILS("the shirt has a pointed collar, button front, and two chest pockets with flaps"),
        MATERIAL("flannel"),
        title="Scullers For Her Women Red Check Shirt",
        category="Shirts",
        color="Red",
        gender="Women",
    ),
    # photo: lavender satin camisole, thin straps, lace trim at the neckline, under a cropped white denim jacket,
    # light blue jeans rolled at the ankle, white sneakers, white backdrop. Caption base; open VQA; closed reference.
    case(
        "X632-013",
        caption("a woman in a white denim jacket and purple top"),
        W(
            "a white denim jacket, a purple camisole with lace trim at the neckline, light blue jeans that are rolled"
            " up at the ankles and a pair of white",
            "cut",
            hit_limit=True,
        ),
        TYPE("jacket", "contradiction"),
        COLOR("purple"),
        SLEEVES("sleeveless"),
        DESC(
            "Question: Describe the garment. Answer: a purple camisole with lace Question: Describe the garment."
            " Answer: a purple camisole with lace Question",
            "leak",
            hit_limit=True,
        ),
        DETAILS("lace trim at the neckline, thin straps"),
        MATERIAL("satin"),
        title="FOREVER 21 Women Lavender Satin Cami Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: beige linen shirt, mandarin collar, sleeves rolled to the elbow, under a navy blue blazer, white
    # trousers, white backdrop, no bag. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X632-014",
        caption("a woman wearing a navy blazer and beige shirt holding a brown handbag", "unsupported"),
        W("a navy blazer, a navy shirt and white trousers", "other_garment_color"),
        TYPE("shirt"),
        COLOR("beige"),
        PATTERN("solid"),
        DESC("a beige shirt with a mandarin collar and sleeves rolled up to the elbow"),
        MATERIAL("linen"),
        title="Wills Lifestyle Women Beige Linen Shirt",
        category="Shirts",
        color="Beige",
        gender="Women",
    ),
    # photo: black sheer georgette top with white polka dots, short sleeves, under a red cropped blazer with notched
    # lapels, black skinny jeans, white backdrop. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X632-015",
        caption("a woman in a red jacket and black polka dot shirt"),
        W(
            "red jacket, black top, black jeans, black shoes, black bag, black belt, black hat, black shoes, black"
            " bag, black belt, black hat",
            "loop",
            hit_limit=True,
        ),
        COLOR("black"),
        PATTERN("solid", "contradiction"),
        DESC("the top is black with white polka dots and short sleeves"),
        DETAILS("the top is red with a notched collar and a single button", "other_garment_color"),
        MATERIAL("georgette"),
        title="Jealous 21 Women Black Polka Dot Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: sea green sleeveless peplum top under a sheer white longline shrug with long sleeves, white jeans, white
    # sneakers, no jewellery, white backdrop. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X632-016",
        caption("a woman wearing a white shrug over a green top with white jeans and a necklace", "unsupported"),
        W("the person is wearing a green top and a white shrug and white jeans and white shoes"),
        TYPE("top"),
        COLOR("green"),
        SLEEVES("long sleeves", "contradiction"),
        DESC("a green peplum top with a flared hem"),
        DETAILS("the details of the garment are the details of the top", "restated"),
        title="Ginger by Lifestyle Women Sea Green Peplum Top",
        category="Tops",
        color="Sea Green",
        gender="Women",
    ),
    # photo: rust orange ribbed cotton-blend turtleneck top, long sleeves, under an oversized cream open shrug, blue
    # jeans, white backdrop, front view. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X632-017",
        caption("a woman wearing an orange sweater and a white cardigan"),
        W("an orange top and a white shrug"),
        COLOR("orange"),
        PATTERN("striped", "contradiction"),
        SLEEVES("long sleeves"),
        DESC("a rust colored ribbed turtleneck top with long sleeves, worn under a cream shrug"),
        DETAILS("no", "non_answer"),
        MATERIAL("wool", "unsupported"),
        title="Femella Women Rust Ribbed Turtleneck Top",
        category="Tops",
        color="Rust",
        gender="Women",
    ),
    # photo: blue and white pinstripe shirt, long sleeves, plain buttoned cuffs, no pocket, under a black tailored
    # blazer, black trousers, white backdrop. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X632-018",
        caption("a woman in a black suit and blue striped shirt"),
        W("he is wearing a black suit and a blue shirt", "pronoun"),
        TYPE("shirt"),
        COLOR("black", "other_garment_color"),
        PATTERN("striped"),
        DESC(
            "blue and white stripes Question: What is the color of the shirt? Answer: blue Question: What is the"
            " color of the blazer? Answer:",
            "leak",
            hit_limit=True,
        ),
        DETAILS("button down collar, french cuffs with cufflinks, a chest pocket with a logo", "unsupported"),
        title="Arrow Woman Women Blue Striped Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: a set sold together: peach sleeveless round-neck top and a cream floral-print open shrug with
    # three-quarter sleeves, black leggings, white backdrop. Caption base; open VQA adapter; closed reference engine.
    case(
        "X632-019",
        caption("a woman wearing a floral shrug and a pink top"),
        W(
            "she is wearing a cream floral shrug over a peach sleeveless top with black leggings and the shrug has"
            " three quarter sleeves and is open at",
            "cut",
            hit_limit=True,
        ),
        TYPE("top"),
        COLOR("cream", "other_garment_color"),
        DESC("a peach sleeveless top that comes with a cream floral printed shrug"),
        DETAILS("the shrug has a floral print and the top is sleeveless with a round neck"),
        title="Avirate Women Peach Top with Printed Shrug",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: black short-sleeve top with a lace panel at the yoke, under a white tweed jacket with gold buttons,
    # white trousers, white backdrop. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X632-020",
        caption("a woman wearing a white jacket and white pants"),
        W("a white jacket and white pants and a white top", "other_garment_color"),
        TYPE("jacket", "contradiction"),
        COLOR("white", "other_garment_color"),
        DESC("a white tweed jacket with gold buttons", "contradiction"),
        DETAILS("lace panel at the yoke, short sleeves, round neck"),
        MATERIAL("lace"),
        title="Elle Women Black Lace Panel Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: red short-sleeve cotton top with a small white logo on the chest, under an open navy zip-up track jacket
    # with white sleeve stripes, grey joggers, standing, white backdrop. Caption base; open VQA; closed reference.
    case(
        "X632-021",
        caption("a woman in a blue jacket and red shirt sitting on a stool", "unsupported"),
        W("she is wearing a navy blue track jacket over a red top with grey track pants"),
        TYPE("top"),
        COLOR("red"),
        SLEEVES("short sleeves"),
        DESC("yes", "non_answer"),
        DETAILS(
            "the jacket has a zip front with white stripes down the sleeves, the red top underneath has a round neck"
            " and short sleeves and a small logo on the",
            "cut",
            hit_limit=True,
        ),
        MATERIAL("cotton"),
        title="United Colors of Benetton Women Red Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: white short-sleeve top with a black abstract brush-stroke print, under an open olive green utility
    # jacket, black jeans, white backdrop, no belt or tie. Caption base; open VQA adapter; closed reference engine.
    case(
        "X632-022",
        caption("a woman wearing a green jacket and a white shirt with a black and white print"),
        W(
            "a green jacket, a white top, black jeans, a green jacket, a white top, black jeans, a green jacket, a"
            " white top, black jeans, a green",
            "loop",
            hit_limit=True,
        ),
        COLOR("white"),
        PATTERN("printed"),
        DESC("a white top with a black print and a tie at the waist", "unsupported"),
        DETAILS("round neck, short sleeves, abstract print"),
        title="Mango Women White Printed Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: navy blue shirt with tiny white polka dots, collar, long sleeves, under a grey melange longline shrug,
    # white jeans, light grey backdrop. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X632-023",
        caption("a woman wearing a grey cardigan and a navy blue polka dot shirt"),
        W("a grey cardigan, a blue shirt and white jeans"),
        TYPE("cardigan", "contradiction"),
        COLOR("navy blue"),
        PATTERN("polka dot"),
        DESC("the shirt is grey with long sleeves and a collar", "other_garment_color"),
        MATERIAL("yes", "non_answer"),
        title="StyleStone Women Navy Blue Polka Dot Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: olive organic cotton sleeveless top, plain front, straight hem, under a light blue denim jacket, beige
    # shorts, white backdrop. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X632-024",
        caption("a woman in a denim jacket and a green top and shorts"),
        W("Answer: a denim jacket and a green top", "leak"),
        COLOR("blue", "other_garment_color"),
        SLEEVES("sleeveless"),
        DESC("an olive green sleeveless top made of cotton"),
        DETAILS("a small embroidered logo on the left chest and a curved hem", "unsupported"),
        MATERIAL("denim", "contradiction"),
        title="Do U Speak Green Women Olive Organic Cotton Top",
        category="Tops",
        color="Olive",
        gender="Women",
    ),
    # photo: bright yellow sleeveless crop top with ruffle trim at the neckline and hem, under a black cropped
    # leather jacket, black skirt, white backdrop. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X632-025",
        caption("a woman wearing a black leather jacket and a yellow top with a black skirt"),
        W("the person is wearing a yellow top"),
        TYPE("top"),
        COLOR("black", "other_garment_color"),
        SLEEVES("long sleeves", "contradiction"),
        DESC(
            "the top is yellow and the top is yellow and the top is yellow and the top is yellow and the top is yellow"
            " and the top is",
            "loop",
            hit_limit=True,
        ),
        DETAILS("ruffles along the neckline and hem"),
        title="Miss Chase Women Yellow Ruffled Crop Top",
        category="Tops",
        color="Yellow",
        gender="Women",
    ),
    # photo: white cotton t-shirt with a multicolor bicycle graphic, short sleeves, under an unbuttoned red-black
    # check flannel overshirt worn as a jacket, black jeans, white backdrop. Caption base; open VQA; closed reference.
    case(
        "X632-026",
        caption("a woman wearing a red and black plaid shirt over a white t - shirt"),
        W("a plaid shirt and a white t-shirt and black jeans"),
        TYPE("shirt", "contradiction"),
        COLOR("white"),
        PATTERN("checked", "contradiction"),
        DESC("white t-shirt with a bicycle print in many colours"),
        DETAILS(
            "a graphic print of a bicycle on the front, round neck, short sleeves, the shirt on top is open and has a"
            " red and black check with two",
            "cut",
            hit_limit=True,
        ),
        MATERIAL("yes", "non_answer"),
        title="Tantra Women Printed White Tshirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: charcoal grey sleeveless viscose top with a cowl drape at the front, under a long black open shrug with
    # long gathered sleeves, black trousers, plain white backdrop. Caption base; open VQA adapter; closed reference.
    case(
        "X632-027",
        caption("a woman wearing a black cardigan and grey top in front of a brick wall", "unsupported"),
        W("she is wearing a black shrug over a grey top with black trousers"),
        COLOR("grey"),
        PATTERN("solid"),
        SLEEVES("sleeveless"),
        DESC("a brown sleeveless top with a draped neckline", "contradiction"),
        DETAILS(
            "the top has a cowl drape at the front neckline and the shrug falls below the hips with open front and"
            " long sleeves that are gathered at the",
            "cut",
            hit_limit=True,
        ),
        MATERIAL("viscose"),
        title="Lee Women Charcoal Cowl Neck Top",
        category="Tops",
        color="Charcoal",
        gender="Women",
    ),
    # photo: purple top with a white paisley print, three-quarter sleeves, under a beige short-sleeve crochet shrug,
    # blue jeans, white backdrop. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X632-028",
        caption("a woman wearing a purple shirt with a white pattern and a beige shrug"),
        W("beige shrug, purple top, jeans"),
        TYPE("top"),
        COLOR("beige", "other_garment_color"),
        PATTERN("printed"),
        SLEEVES("short sleeves", "contradiction"),
        DETAILS(
            "Question: What are the details of the garment? Answer: paisley print, three quarter sleeves Question:"
            " What are the details of the",
            "leak",
            hit_limit=True,
        ),
        title="People Women Purple Paisley Print Top",
        category="Tops",
        color="Purple",
        gender="Women",
    ),
    # photo: black polyester training t-shirt, raglan short sleeves, pink cat logo on the chest, under an open pink
    # zip-up hooded windcheater, black tights, white backdrop. Caption base; open VQA adapter; closed reference.
    case(
        "X632-029",
        caption("a woman wearing a pink jacket and black leggings"),
        W("his pink jacket is open over a black t-shirt and black leggings", "pronoun"),
        TYPE("t-shirt"),
        COLOR("pink", "other_garment_color"),
        DESC("the t-shirt is black with a pink logo on the chest"),
        DETAILS(
            "the t-shirt has a round neck, short raglan sleeves, a pink cat logo on the chest and the jacket has a"
            " full zip with a pink hood and two",
            "cut",
            hit_limit=True,
        ),
        MATERIAL("polyester"),
        title="Puma Women Black Training Tshirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: cream polyester crepe blouse with a pussy-bow tie at the neck, long sleeves, under a pale pink tailored
    # blazer, navy trousers, white backdrop. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X632-030",
        caption("a woman wearing a pink blazer and a white blouse with a bow"),
        W("a pink blazer, a white blouse with a bow and blue pants"),
        COLOR("pink", "other_garment_color"),
        PATTERN("solid"),
        DESC("a pink blouse", "other_garment_color"),
        DETAILS("a bow at the neck"),
        MATERIAL("silk", "unsupported"),
        title="Dorothy Perkins Women Cream Bow Neck Top",
        category="Tops",
        color="Cream",
        gender="Women",
    ),
    # photo: mid-blue denim shirt, two chest pockets with pearl snaps, long sleeves, under an open tan faux-suede
    # fringe jacket, white jeans, white backdrop, front view. Caption base; open VQA adapter; closed reference.
    case(
        "X632-031",
        caption("a woman in a brown fringe jacket and a denim shirt"),
        W(
            "a brown jacket, a denim shirt, white jeans, a brown jacket, a denim shirt, white jeans, a brown jacket,"
            " a denim shirt, white",
            "loop",
            hit_limit=True,
        ),
        TYPE("jacket", "contradiction"),
        COLOR("blue"),
        DESC("she is wearing a blue denim shirt under a jacket with fringe"),
        DETAILS(
            "the shirt has two chest pockets with snap buttons, a pointed collar and embroidery on the back yoke",
            "unsupported",
        ),
        MATERIAL("denim"),
        title="Wrangler Women Blue Denim Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: teal sleeveless high-low top under a black lace shrug with short sleeves, black jeans, white backdrop.
    # Caption base model; open answers VQA adapter; closed reference engine.
    case(
        "X632-032",
        caption("a woman wearing a black lace top and black jeans", "other_garment_color"),
        W("clothes", "non_answer"),
        COLOR("teal"),
        PATTERN("solid"),
        DESC("a teal sleeveless top with a hem that is longer at the back"),
        DETAILS(
            "lace, lace, lace, lace, lace, lace, lace, lace, lace, lace, lace, lace, lace, lace, lace, lace",
            "loop",
            hit_limit=True,
        ),
        title="Chemistry Women Teal High Low Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: cotton top with a tropical print (green leaves, pink flowers) on a white ground, short sleeves, under a
    # white cropped blazer, white trousers, white backdrop. No birds in the print. Caption base; open VQA; closed ref.
    case(
        "X632-033",
        caption("a woman wearing a white blazer and a floral shirt"),
        W("a white jacket and a floral top and white pants"),
        TYPE("top"),
        COLOR("white"),
        PATTERN("floral"),
        DESC("the garment is a garment with a print", "restated"),
        DETAILS("a floral print with birds and butterflies, a round neck and short sleeves", "unsupported"),
        MATERIAL(
            "the material of the garment is cotton and the material of the jacket is cotton and the material of the"
            " pants is cotton and the material",
            "loop",
            hit_limit=True,
        ),
        title="Zink London Women Multicoloured Tropical Print Top",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: black satin shirt, collar, long sleeves, chest pocket, under an open beige trench coat with a loose belt
    # and epaulettes, blue jeans, white backdrop. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X632-034",
        caption("a woman wearing a beige trench coat and black shirt"),
        W("he is wearing a trench coat", "pronoun"),
        TYPE("coat", "contradiction"),
        COLOR("black"),
        DESC("a black satin shirt with a collar and long sleeves"),
        DETAILS(
            "the shirt has a collar, button front, a chest pocket, and the coat has a belt at the waist, epaulettes on"
            " the shoulders, and buttons on the",
            "cut",
            hit_limit=True,
        ),
        MATERIAL("satin"),
        title="Mast & Harbour Women Black Satin Shirt",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: royal blue v-neck top with short flutter sleeves, under an open white linen blazer, black jeans, black
    # heels, no hat, light grey backdrop. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X632-035",
        caption("a woman in a white blazer and blue top"),
        W("a white blazer, a blue top, black jeans and black boots and a black hat", "unsupported"),
        COLOR("blue"),
        SLEEVES("short sleeves"),
        DESC("Question: Describe the garment. Answer: a blue top with a v neck", "leak"),
        DETAILS("the top has a v neck and flutter sleeves"),
        MATERIAL("none", "non_answer"),
        title="Vero Moda Women Blue Flutter Sleeve Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: off-white top with black embroidery around the yoke, three-quarter sleeves, under a black sleeveless
    # knee-length shrug, black trousers, white backdrop. Caption base model; open VQA adapter; closed reference.
    case(
        "X632-036",
        caption("a woman wearing a white top and a black vest"),
        W(
            "a black long sleeveless shrug that reaches the knees over an off white top with black embroidery around"
            " the neck and three quarter sleeves, black trousers and",
            "cut",
            hit_limit=True,
        ),
        TYPE("vest", "contradiction"),
        COLOR("white"),
        SLEEVES("three-quarter sleeves"),
        DESC("a white top with black embroidery on the neck"),
        DETAILS("the garment has details", "restated"),
        title="Harpa Women Off White Embroidered Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: pale pink sleeveless top with a small red rose print, plain round neck, no ruffles or pockets, under a
    # light grey denim jacket, blue jeans, white backdrop. Caption base model; open VQA adapter; closed reference.
    case(
        "X632-037",
        caption("a woman wearing a grey jacket and a pink floral top"),
        W("jacket", "non_answer"),
        COLOR("grey", "other_garment_color"),
        PATTERN("floral"),
        SLEEVES("sleeveless"),
        DESC("a pink top with red roses on it"),
        DETAILS("The top has a ruffle at the neck and a bow at the back and pockets on the front", "unsupported"),
        MATERIAL("the garment is made of fabric", "restated"),
        title="Rare Women Pink Floral Print Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: white cotton top with thin black horizontal stripes, long sleeves, round neck, under a red blazer with
    # notched lapels, blue jeans, white backdrop. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X632-038",
        caption("a woman in a red blazer and black and white striped shirt"),
        W("red blazer, striped top, jeans"),
        COLOR("red", "other_garment_color"),
        PATTERN("striped"),
        SLEEVES("long sleeves"),
        DESC("the top is black with white stripes", "contradiction"),
        DETAILS(
            "thin black stripes all over, round neck, long sleeves, and the blazer is red with notched lapels and one"
            " button at the waist and flap pockets on",
            "cut",
            hit_limit=True,
        ),
        MATERIAL("cotton"),
        title="United Colors of Benetton Women Striped White Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: burgundy ribbed v-neck top, long sleeves, plain neckline, under an oversized beige blazer, black jeans,
    # white backdrop. Caption base model; open answers VQA adapter; closed reference engine.
    case(
        "X632-039",
        caption("a woman wearing a beige blazer and a red top and black pants"),
        W("she is wearing a beige blazer and a beige top and beige pants", "other_garment_color"),
        TYPE("blazer", "contradiction"),
        COLOR("red"),
        DESC("burgundy v-neck ribbed top with long sleeves"),
        DETAILS("v neck with a lace trim and a small bow at the center", "unsupported"),
        title="Tokyo Talkies Women Burgundy Ribbed Top",
        category="Tops",
        color="Burgundy",
        gender="Women",
    ),
    # photo: baby pink formal shirt, long sleeves, no tie, under a charcoal grey blazer, grey trousers, white
    # backdrop. Caption base model; open answers VQA adapter; closed reference engine.
    case(
        "X632-040",
        caption("a woman wearing a grey suit and a pink shirt"),
        W("grey blazer, pink shirt, grey trousers and a tie", "unsupported"),
        TYPE("shirt"),
        COLOR("grey", "other_garment_color"),
        PATTERN("solid"),
        DESC("a grey shirt with a collar", "other_garment_color"),
        DETAILS(
            "a grey shirt with a collar and a grey shirt with a collar and a grey shirt with a collar and a grey shirt"
            " with a collar and",
            "loop",
            hit_limit=True,
        ),
        title="Arrow Woman Women Pink Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Women",
    ),
    # photo: emerald green sleeveless crepe top with a white geometric print, under a sheer black chiffon kimono
    # shrug with a fringed hem and long sleeves, black jeans, white backdrop. Caption base; open VQA; closed ref.
    # The feed row has no color column.
    case(
        "X632-041",
        caption("a woman wearing a black kimono and green top"),
        W("she is wearing a black kimono over a green and white printed top"),
        TYPE("top"),
        COLOR("green"),
        PATTERN("printed"),
        SLEEVES("long sleeves", "contradiction"),
        DESC("a green top with a white print and fringe on the hem", "contradiction"),
        MATERIAL(
            "crepe Question: What material is the jacket made of? Answer: chiffon Question: What material is the"
            " jacket made of? Answer:",
            "leak",
            hit_limit=True,
        ),
        title="Vero Moda Women Green Printed Top",
        category="Tops",
        gender="Women",
    ),
    # photo: plain white cotton crew-neck t-shirt, short sleeves, no pocket or logo, under an open black bomber
    # jacket with orange lining, ripped blue jeans, white backdrop. Caption base; open VQA adapter; closed reference.
    case(
        "X632-042",
        caption("a woman wearing a black bomber jacket and black shirt with ripped jeans", "other_garment_color"),
        W("a black jacket, a white t-shirt, and ripped jeans"),
        TYPE("t-shirt"),
        COLOR("white"),
        PATTERN("solid"),
        DESC("plain white crew neck t-shirt"),
        DETAILS("the t shirt has a chest pocket and a logo embroidered on the pocket", "unsupported"),
        MATERIAL("cotton"),
        title="Roadster Women White Solid Tshirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: magenta wrap-front top with a side tie, three-quarter sleeves, under a cream cropped shrug with pom-pom
    # trim, white jeans, white backdrop, empty hands. Caption base; open VQA; closed reference. No gender column.
    case(
        "X632-043",
        caption("a woman wearing a pink top and white pants holding a cup of coffee", "unsupported"),
        W("a pink top with a cream shrug and white jeans"),
        COLOR("pink"),
        SLEEVES("three-quarter sleeves"),
        DESC("magenta top with a wrap front and a tie at the side"),
        DETAILS(
            "pom pom trim, pom pom trim, pom pom trim, pom pom trim, pom pom trim, pom pom trim, pom pom trim",
            "loop",
            hit_limit=True,
        ),
        MATERIAL("polyester"),
        title="Avirate Women Magenta Wrap Top",
        category="Tops",
        color="Magenta",
    ),
    # photo: red shirt with a tiny white anchor print, collar, short sleeves, under a navy blue cropped denim jacket,
    # white shorts, white backdrop. Caption base model; open VQA adapter; closed reference engine.
    case(
        "X632-044",
        caption("a woman wearing a blue denim jacket and red shirt with white shorts"),
        W(
            "a blue jacket and a red shirt and white shorts Question: What is the color of the shirt? Answer: red"
            " Question: What is the color",
            "leak",
            hit_limit=True,
        ),
        TYPE("shirt"),
        COLOR("red"),
        PATTERN("polka dot", "contradiction"),
        DESC("he is wearing a red shirt with a white anchor print", "pronoun"),
        DETAILS("anchor print all over, short sleeves, a collar"),
        title="Elle Women Red Printed Shirt",
        category="Shirts",
        color="Red",
        gender="Women",
    ),
    # photo: black square-neck long-sleeve jersey top under an oversized grey-and-white checked blazer, black
    # trousers, white backdrop. Caption base model; open answers VQA adapter; closed reference engine.
    case(
        "X632-045",
        caption("a woman wearing a grey plaid blazer and black top"),
        W("blazer", "non_answer"),
        TYPE("blazer", "contradiction"),
        COLOR("black"),
        PATTERN("checked", "contradiction"),
        DESC("a black top with a square neck and long sleeves"),
        MATERIAL("wool", "unsupported"),
        title="SASSAFRAS Women Black Square Neck Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: mint green sleeveless top with a lace-up neckline, under a light pink open cardigan-style shrug, light
    # blue jeans, nude flats, white backdrop. Caption base; open VQA adapter; closed reference. No category column.
    case(
        "X632-046",
        caption("a woman wearing a pink cardigan and a green top and jeans"),
        W(
            "she is wearing a light pink cardigan over a mint green sleeveless top with a lace up neckline, light blue"
            " jeans and nude flats with a",
            "cut",
            hit_limit=True,
        ),
        COLOR("green"),
        SLEEVES("sleeveless"),
        DESC("a mint green top with a lace-up detail at the neck"),
        DETAILS(
            "the lace up neck has a tie at the front and the sleeves are long and pink and the sleeves are long and"
            " pink and the sleeves are long",
            "loop",
            hit_limit=True,
        ),
        title="FabAlley Women Mint Green Lace-Up Top",
        color="Sea Green",
        gender="Women",
    ),
]
