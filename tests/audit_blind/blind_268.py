"""BLIND_268 (46 products; athleisure and sneaker-culture tees, hoodies, track jackets, joggers, shorts, bombers):
written blind in the forty-second session. Measured blind at cdc969f (the session's rules as they stood): 99/125
failures found (79.2%) and 9/154 correct texts flagged (5.8%). The writer's notes, verbatim:

Scenario: an English catalog feed of a streetwear / athleisure brand, men's, women's and unisex: oversized tees
(plain, slogan, graphic, back-print, tie-dye), hoodies and crewneck sweatshirts (puff print, collegiate, colour block),
track jackets with sleeve stripes, bomber jackets (nylon MA-1, satin souvenir, faux suede, varsity), cargo and track
joggers, cargo, mesh and running shorts. Photos are street-style model shots (graffiti and brick walls, basketball and
tennis courts, skate parks, subway, rooftops, coloured studio walls, props such as skateboards, coffee cups, a red car,
a dog) and flat-lays on white, wooden or concrete backgrounds. Each row has the seller's title, category, color and
gender; a few rows miss the gender or the color, as real feeds do.

Who wrote what: the default questionnaire is answered by the untuned base `Salesforce/blip2-opt-2.7b`, which writes
short lowercase texts and stops on its own (never hit_limit). Three products had the caption-only LoRA adapter of the
original experiments for the caption or the details/material questions (said in the comment above them): it writes
the DeepFashion template ("The gentleman wears a long-sleeve sweater with graphic patterns ..."), has no end token,
runs to its limit (hit_limit=True) and returns the template whatever the question. The closed questions
(garment_type, color, pattern, sleeve_length, the per-piece color questions and "Is this a hoodie?") are enrich's
`--engine reference` answers, chosen from candidate sets; they never loop or get cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy or cobalt, green for olive, sage or forest green,
  grey for heather grey, charcoal or grey marl, purple for lilac, red for burgundy or maroon, white for off white or
  cream, beige, tan or khaki for sand and khaki, black for washed black.
- The color of a print, a stripe, a lining or a trim given as the garment's color (blue for the navy letters on a grey
  sweatshirt, gold for an embroidered tiger, orange for a lining) is contradiction. A color that belongs to another
  piece worn in the photo (the pants, the tee under the jacket, the hoodie under the bomber) given to the product or to
  another piece is other_garment_color, also when a matching trim has the same color as that piece.
- Garment synonyms are correct: sweatshirt or sweatsuit for a hoodie set, tracksuit for a track jacket worn with its
  pants, sweatpants or track pants for joggers, pants for joggers and cargo pants, jacket for any bomber or track
  jacket. Another garment class (jeans for joggers, pants for shorts, jacket for a tee worn under a jacket, "yes" to
  "Is this a hoodie?" for a jacket) is contradiction.
- Walls, props and backdrops in the caption (pink wall behind a pink tee, red car beside a black tee, graffiti) are
  correct when true; a caption that describes only the setting (a man on concrete steps) is correct. The wall's
  color given to the garment (a pink hoodie for a lilac one against a pink wall) and the print's or a prop's color
  given to a piece (red shorts for black ones beside a red car and a red print) are contradiction.
- Materials: one the title names or that is visible (nylon, satin, velour as velvet, mesh, fleece, faux suede as
  suede) is correct, and so is a plausible guess (cotton for a tee or hoodie, polyester for a track jacket); a
  material neither named nor plausible (wool on a hoodie, denim on twill cargo joggers, leather on a track jacket, silk
  on a tie-dye tee) is unsupported. A material question answered with the garment or its color is restated.
- Invented details and accessories (a chest pocket, a hood on a crewneck, a zipper on a pullover, side stripes on
  plain pants, a print on the unseen back, a leather collar, a belt, a hat) are unsupported.
- Base answers stopped mid-phrase ("the t-shirt has the words") are cut, without hit_limit. Base answers that repeat
  a phrase ("a zipper and a pocket and a zipper and a pocket") are loop. Answers that run on into "Question: ..." are
  leak, even when the first words are right. Empty answers, "i don't know", "the details of the hoodie" and "they are
  shorts" for the details are non_answer.
- "he" for a woman, "a man" for a woman and "she" for a man are pronoun (no pronoun rule for unisex rows).
- Adapter texts: a repeated template sentence is loop, a template stopped mid-sentence is cut, the template returned
  for the material question is restated (hit_limit kept on all of them).
- Reference engine sleeve_length for a tee hidden under a long-sleeve jacket ("long sleeves") is contradiction: it
  answers for the jacket, not for the product.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
graphic = question("graphic", "What is printed on the garment?", "open")
fit = question("fit", "How does the garment fit?", "open")

BLIND_268 = [
    # photo: man in an oversized black tee with a small white chest logo, grey cargo joggers, white sneakers, in front
    # of a graffiti-covered concrete wall; front view, full body.
    # caption adapter: none
    case(
        "X268-001",
        caption("a man standing in front of a graffiti wall"),
        D.wearing("a black t-shirt and black pants", "other_garment_color"),
        D.garment_type("t-shirt"),
        D.color("black"),
        D.material("cotton"),
        D.details("the shirt has a logo on the front"),
        title="Men Black Oversized Logo Tee",
        category="T-Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a lilac oversized hoodie with white drawstrings and a kangaroo pocket, black biker shorts, against
    # a pink painted wall; front view, three-quarter length.
    # caption adapter: none
    case(
        "X268-002",
        caption("a woman in a pink hoodie standing against a pink wall", "contradiction"),
        D.wearing("he is wearing a purple hoodie", "pronoun"),
        D.color("purple"),
        D.sleeve_length("long sleeves"),
        D.details("the hoodie has a hood and a pocket on the front and white strings"),
        D.material("wool", "unsupported"),
        title="Women Lilac Oversized Fleece Hoodie",
        category="Hoodies & Sweatshirts",
        color="Lilac",
        gender="Women",
    ),
    # photo: flat-lay of olive twill cargo joggers with side cargo pockets and a drawstring waist on a white background.
    # caption adapter: none
    case(
        "X268-003",
        caption("a pair of brown cargo pants on a white background", "contradiction"),
        D.garment_type("pants"),
        D.color("brown", "contradiction"),
        D.pattern("solid"),
        D.details("the pants have pockets on the side and a belt", "unsupported"),
        D.material("denim", "unsupported"),
        title="Men Olive Cargo Joggers",
        category="Joggers",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a zipped navy track jacket with two white stripes down each sleeve, black track pants, on an
    # outdoor basketball court; front view, full body.
    # caption adapter: none
    case(
        "X268-004",
        caption("a man in a blue jacket standing on a basketball court"),
        D.wearing("a black jacket and black pants", "other_garment_color"),
        D.color("black", "other_garment_color"),
        D.pattern("striped"),
        D.details("the jacket has white stripes on the sleeves and a zipper"),
        D.material("polyester"),
        title="Men Navy Retro Track Jacket",
        category="Track Jackets",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in an open cream satin bomber jacket with a ribbed black-striped collar, black crop top, black cargo
    # pants, on a city street; front view, full body.
    # caption adapter: none
    case(
        "X268-005",
        caption("a woman wearing a white jacket and black pants on a city street"),
        D.wearing("he is wearing a white jacket and black pants", "pronoun"),
        D.color("black", "other_garment_color"),
        D.garment_type("jacket"),
        D.material("satin"),
        D.details("the jacket has a zipper and a leather collar", "unsupported"),
        title="Women Cream Satin Bomber Jacket",
        category="Bomber Jackets",
        color="Cream",
        gender="Women",
    ),
    # photo: flat-lay of a heather grey crewneck sweatshirt with "ATHLETIC DEPT" printed in navy across the chest, on a
    # white background; no hood.
    # caption adapter: none
    case(
        "X268-006",
        caption("a grey sweatshirt with the words athletic dept on it"),
        D.garment_type("hoodie", "contradiction"),
        D.color("blue", "contradiction"),
        D.pattern("graphic"),
        D.description("a grey sweatshirt with a hood", "unsupported"),
        D.material("cotton"),
        title="Men Heather Grey Athletic Dept Sweatshirt",
        category="Hoodies & Sweatshirts",
        color="Heather Grey",
        gender="Men",
    ),
    # photo: man in a black pullover hoodie with an orange flame print on the chest, black joggers, holding a
    # skateboard, in front of a red brick wall; front view, full body.
    # caption adapter: none
    case(
        "X268-007",
        caption(
            "a man in a black hat holding a skateboard in front of a brick wall",
            "unsupported",
        ),
        D.wearing("a black hoodie with flames on it"),
        D.color("black"),
        D.pattern("solid", "contradiction"),
        D.details("the hoodie has a flame design on the front"),
        D.material("the hoodie is black", "restated"),
        title="Men Black Flame Graphic Hoodie",
        category="Hoodies & Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a sage green oversized boyfriend tee, front half tucked into light-wash denim shorts, beige studio
    # backdrop; front view, knee up.
    # caption adapter: none
    case(
        "X268-008",
        caption("a woman in a blue shirt and denim shorts", "other_garment_color"),
        D.wearing("he is wearing a green t-shirt and blue shorts", "pronoun"),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("short sleeves"),
        D.description("a light green t-shirt with a", "cut"),
        D.material("cotton"),
        title="Women Sage Oversized Boyfriend Tee",
        category="T-Shirts",
        color="Sage",
        gender="Women",
    ),
    # photo: man in burgundy track pants with a white stripe down each leg, plain black tee, white sneakers, light
    # grey studio; front view, full body.
    # caption adapter: none
    case(
        "X268-009",
        caption("a man in a black shirt and red pants"),
        D.wearing(
            "a black t-shirt and red track pants Question: what is the color of the pants? Answer: red",
            "leak",
        ),
        D.color("black", "other_garment_color"),
        D.details("the pants have white stripes on the side"),
        D.pattern("striped"),
        title="Men Burgundy Side Stripe Track Pants",
        category="Joggers",
        color="Burgundy",
        gender="Men",
    ),
    # photo: flat-lay of an off white oversized tee with a small black "NYC" print on the left chest, on light wood;
    # no pocket.
    # caption adapter: none
    case(
        "X268-010",
        caption("a white t-shirt with the word nyc on it"),
        D.garment_type("sweatshirt", "contradiction"),
        D.color("white"),
        D.pattern("graphic"),
        D.details("the t-shirt has a pocket on the chest", "unsupported"),
        D.material("cotton Question: what is the color of the shirt? Answer: white", "leak"),
        title="Unisex Off White NYC Oversized Tee",
        category="T-Shirts",
        color="Off White",
        gender="Unisex",
    ),
    # photo: woman in an open black nylon bomber jacket showing its orange lining, white tee, black leggings, on a
    # subway platform; front view, full body.
    # caption adapter: none
    case(
        "X268-011",
        caption("a man standing in a subway station wearing a black jacket", "pronoun"),
        D.wearing("she is wearing a black jacket and a white shirt"),
        D.color("orange", "contradiction"),
        D.material("nylon"),
        D.details("the jacket has an orange lining and a zipper"),
        title="Women Black Nylon Bomber Jacket",
        category="Bomber Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: man in sand cargo shorts with flap side pockets, plain white tee, white crew socks and sneakers, on a
    # wooden boardwalk; front view, full body.
    # caption adapter: none
    case(
        "X268-012",
        caption("a man in a white shirt and khaki shorts"),
        D.wearing("a white shirt and beige shorts"),
        D.garment_type("pants", "contradiction"),
        D.color("white", "other_garment_color"),
        color_shorts("beige"),
        D.details("the shorts have a zipper on the pocket and a", "cut"),
        title="Men Sand Cargo Shorts",
        category="Shorts",
        color="Sand",
        gender="Men",
    ),
    # photo: flat-lay of a plain cobalt blue pullover hoodie with a kangaroo pocket, on a white background; no zipper.
    # caption adapter: none
    case(
        "X268-013",
        caption("a blue hoodie on a white background"),
        D.garment_type("hoodie"),
        D.color("blue"),
        D.description("a blue hoodie with a zipper on the front", "unsupported"),
        D.details("the details of the hoodie", "non_answer"),
        D.material("a blue hoodie", "restated"),
        title="Men Cobalt Blue Essential Hoodie",
        category="Hoodies & Sweatshirts",
        color="Cobalt Blue",
        gender="Men",
    ),
    # photo: woman in a washed black oversized tee with a yellow tiger print on the front, grey bike shorts, in front of
    # a bright multicolour graffiti wall; front view, full body.
    # caption adapter: none
    case(
        "X268-014",
        caption("a woman standing in front of a colorful graffiti wall"),
        D.wearing("a black t-shirt with a tiger on it"),
        D.color("yellow", "contradiction"),
        D.pattern("graphic"),
        graphic("a tiger on the front and a tiger on the back", "unsupported"),
        D.description(
            "a black t-shirt with a yellow tiger Question: what is the woman wearing? Answer: a black t-shirt",
            "leak",
        ),
        title="Women Washed Black Tiger Graphic Tee",
        category="T-Shirts",
        color="Washed Black",
        gender="Women",
    ),
    # photo: man in charcoal slim fleece joggers with elastic cuffs and a drawstring, plain white hoodie, grey studio;
    # front view, full body.
    # caption adapter: none
    case(
        "X268-015",
        caption("a man in a white hoodie and grey pants"),
        D.wearing("a white hoodie and white pants", "other_garment_color"),
        D.garment_type("pants"),
        D.color("grey"),
        D.material("it is made of", "cut"),
        D.details("the pants have a drawstring waist and elastic cuffs"),
        title="Men Charcoal Slim Fleece Joggers",
        category="Joggers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a zipped orange track jacket with white colour-block panels on the shoulders, no hood, black
    # wide-leg pants, on a rooftop with a city skyline; front view, full body.
    # caption adapter: none
    case(
        "X268-016",
        caption("a woman in an orange and white jacket on a rooftop"),
        D.wearing("an orange jacket and orange pants", "other_garment_color"),
        D.color("orange"),
        D.pattern("color block"),
        D.description("it is an orange and white jacket with a", "cut"),
        is_a("hoodie", "yes", "contradiction"),
        D.sleeve_length("long sleeves"),
        title="Women Orange Colorblock Track Jacket",
        category="Track Jackets",
        color="Orange/White",
        gender="Women",
    ),
    # photo: man in a zipped black track jacket with red and white stripes down the sleeves and a small chest logo,
    # matching black track pants, white studio; front view, full body.
    # caption adapter: none
    case(
        "X268-017",
        caption("a man wearing a black tracksuit"),
        D.wearing("she is wearing a black jacket and black pants", "pronoun"),
        D.color("red", "contradiction"),
        D.details("the jacket has a red and white stripe on the sleeves and a logo on the chest"),
        D.material("leather", "unsupported"),
        title="Men Black Stripe Track Jacket",
        category="Track Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: flat-lay of a cream oversized hoodie with a brown puff-print "STRATA" across the chest, on concrete.
    # caption adapter: none
    case(
        "X268-018",
        caption("a white hoodie with brown letters on it"),
        D.color("brown", "contradiction"),
        D.garment_type("hoodie"),
        D.pattern("graphic"),
        D.details("the hoodie has a hood and a front pocket and a zipper", "unsupported"),
        D.material("a cream hoodie", "restated"),
        title="Unisex Cream Puff Print Hoodie",
        category="Hoodies & Sweatshirts",
        color="Cream",
    ),
    # photo: woman in khaki cargo joggers with zip cargo pockets, black crop top, white sneakers, in front of a
    # corrugated metal warehouse door; front view, full body.
    # caption adapter: none
    case(
        "X268-019",
        caption("a woman in a black top and tan pants"),
        D.wearing("he is wearing a black crop top and khaki pants", "pronoun"),
        D.color("black", "other_garment_color"),
        D.garment_type("pants"),
        D.details("the pants have cargo pockets and a zipper on the", "cut"),
        D.material("cotton"),
        title="Women Khaki Cargo Joggers",
        category="Joggers",
        color="Khaki",
        gender="Women",
    ),
    # photo: man in a white oversized tee with a large multicolour basketball print on the front, black mesh shorts,
    # holding a basketball on an outdoor court; front view, full body.
    # caption adapter: none
    case(
        "X268-020",
        caption(
            "a man in a white shirt and white shorts holding a basketball",
            "other_garment_color",
        ),
        D.wearing("he is wearing a white t-shirt and black shorts"),
        D.color("white"),
        D.pattern("graphic"),
        D.sleeve_length("short sleeves"),
        D.material("a white t-shirt", "restated"),
        graphic("a basketball and the number 23 on the back", "unsupported"),
        title="Men White Hoops Graphic Oversized Tee",
        category="T-Shirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a burgundy velour zip track jacket and matching burgundy velour pants, white wall; front view,
    # full body.
    # caption adapter: none
    case(
        "X268-021",
        caption("a woman in a maroon tracksuit standing against a white wall"),
        D.wearing("a red jacket and red pants"),
        D.color("brown", "contradiction"),
        D.material("velvet"),
        D.details("the jacket has a zipper and a pocket and a zipper and a pocket", "loop"),
        title="Women Burgundy Velour Track Jacket",
        category="Track Jackets",
        color="Burgundy",
        gender="Women",
    ),
    # photo: flat-lay of a black pullover hoodie with a white skeleton-hands print on the chest, on a white background.
    # caption adapter: none
    case(
        "X268-022",
        caption("a black hoodie with a skeleton on it"),
        D.color("white", "contradiction"),
        D.garment_type("sweatshirt"),
        D.pattern("graphic"),
        D.description(
            "a black hoodie with skeleton hands on the front and the back",
            "unsupported",
        ),
        D.material("", "non_answer"),
        title="Men Black Skeleton Hands Hoodie",
        category="Hoodies & Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in an open olive MA-1 bomber jacket with a zip pocket on the left sleeve, a grey hoodie under it with
    # the hood out over the collar, black jeans, on a street at night; front view, full body.
    # caption adapter: none
    case(
        "X268-023",
        caption("a man in a green jacket and a grey hoodie standing on a street at night"),
        D.wearing("a green jacket over a green hoodie and black jeans", "other_garment_color"),
        D.color("grey", "other_garment_color"),
        D.garment_type("jacket"),
        is_a("hoodie", "yes", "contradiction"),
        D.details("the jacket has a zipper pocket on the sleeve"),
        D.material("nylon"),
        title="Men Olive MA-1 Bomber Jacket",
        category="Bomber Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a pastel pink oversized tee with a white butterfly print, white cycling shorts, in front of a
    # pink painted wall; front view, knee up.
    # caption adapter: none
    case(
        "X268-024",
        caption("a woman in a pink shirt standing in front of a pink wall"),
        D.wearing("a pink t-shirt and pink shorts", "other_garment_color"),
        D.color("pink"),
        D.pattern("floral", "contradiction"),
        D.details("the shirt has butterflies on it"),
        D.description("she is wearing a pink shirt with butterflies on it"),
        title="Women Pink Butterfly Oversized Tee",
        category="T-Shirts",
        color="Pink",
        gender="Women",
    ),
    # photo: man sitting on concrete steps in black utility cargo joggers with many pockets, a grey marl hoodie,
    # black sneakers; front view, full body.
    # caption adapter: none
    case(
        "X268-025",
        caption("a man sitting on concrete steps"),
        D.wearing("a grey hoodie and grey pants", "other_garment_color"),
        D.color("black"),
        D.garment_type("pants"),
        color_pants("black"),
        D.details("the pants have a lot of pockets and a belt", "unsupported"),
        title="Men Black Utility Cargo Joggers",
        category="Joggers",
        color="Black",
        gender="Men",
    ),
    # photo: flat-lay of navy nylon running shorts with white piping along the split hem, on a white background.
    # caption adapter: none
    case(
        "X268-026",
        caption("a pair of blue and white striped shorts", "contradiction"),
        D.garment_type("shorts"),
        D.color("blue"),
        D.pattern("solid"),
        D.material("nylon"),
        D.details("they are shorts", "non_answer"),
        title="Men Navy Nylon Running Shorts",
        category="Shorts",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in a zipped black track jacket with white sleeve stripes, black leggings, walking a small dog on a
    # leash on a city sidewalk; front view, full body.
    # caption adapter: none
    case(
        "X268-027",
        caption("a woman walking a dog on a city street"),
        D.wearing("he is wearing a black jacket", "pronoun"),
        D.color("black"),
        D.pattern("striped"),
        D.description("a black jacket with white stripes down the sleeves"),
        D.material("polyester Question: what is the color of the jacket? Answer: black", "leak"),
        title="Women Black Classic Track Jacket",
        category="Track Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: man in a forest green oversized pullover hoodie with the hood up, black cargo pants, among trees in a
    # park; front view, full body.
    # caption adapter: none
    case(
        "X268-028",
        caption("a man in a green hoodie standing in a park"),
        D.wearing("a green hoodie and black pants"),
        D.color("green"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("the hoodie has a hood and a zipper", "unsupported"),
        is_a("hoodie", "yes"),
        title="Men Forest Green Oversized Hoodie",
        category="Hoodies & Sweatshirts",
        color="Forest Green",
        gender="Men",
    ),
    # photo: man in a black oversized tee with the white slogan "NO DAYS OFF" across the chest, mid-blue jeans, white
    # studio; front view, full body.
    # caption: caption adapter (hit its 50-token limit)
    case(
        "X268-029",
        caption(
            "This gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The pants this gentleman wears is of long length. The pants are with denim fabric "
            "and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black t-shirt and black jeans", "other_garment_color"),
        D.color("black"),
        D.pattern("graphic"),
        D.material("cotton"),
        D.details("the t-shirt has the words", "cut"),
        title="Men Black No Days Off Slogan Tee",
        category="T-Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a grey melange cropped hoodie and matching grey melange joggers, beige studio; front view, full
    # body.
    # caption adapter: none
    case(
        "X268-030",
        caption("a woman in a grey sweatsuit"),
        D.wearing("a grey hoodie and grey pants"),
        D.color("grey"),
        D.garment_type("jeans", "contradiction"),
        D.details("the details of the pants", "non_answer"),
        D.material("cotton Question: what is the color of the pants? Answer: grey", "leak"),
        title="Women Grey Melange Joggers",
        category="Joggers",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: flat-lay of a purple, blue and pink spiral tie-dye tee on a wooden floor.
    # caption adapter: none
    case(
        "X268-031",
        caption("a tie dye t-shirt on a wooden floor"),
        D.garment_type("t-shirt"),
        D.color("purple"),
        D.pattern("floral", "contradiction"),
        D.description("a colorful tie dye shirt with a", "cut"),
        D.material("silk", "unsupported"),
        title="Unisex Spiral Tie-Dye Tee",
        category="T-Shirts",
        color="Multicolor",
        gender="Unisex",
    ),
    # photo: man in black mesh basketball shorts with a white side panel, red tee, dribbling on an indoor court; front
    # view, full body.
    # caption adapter: none
    case(
        "X268-032",
        caption("a man in a red shirt and black shorts playing basketball"),
        D.wearing("a red shirt and red shorts", "other_garment_color"),
        D.color("black"),
        D.garment_type("shorts"),
        D.material("mesh Question: what is the color of the shorts? Answer: black", "leak"),
        D.details("the shorts have a white stripe on the side and a", "cut"),
        title="Men Black Mesh Basketball Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in an oversized navy hoodie with "BROOKLYN" printed in white collegiate letters, grey joggers,
    # holding a takeaway coffee cup on a street; front view, full body.
    # caption adapter: none
    case(
        "X268-033",
        caption("a woman holding a cup of coffee"),
        D.wearing("a man in a blue sweatshirt", "pronoun"),
        D.color("blue"),
        D.pattern("graphic"),
        D.details("the hoodie says brooklyn on the front and on the back", "unsupported"),
        D.material("cotton blend"),
        color_pants("blue", "other_garment_color"),
        title="Women Navy Brooklyn Graphic Hoodie",
        category="Hoodies & Sweatshirts",
        color="Navy",
        gender="Women",
    ),
    # photo: flat-lay, back view, of a black satin souvenir bomber with a large gold embroidered tiger on the back, on
    # a white background.
    # caption adapter: none
    case(
        "X268-034",
        caption("a black jacket with a tiger on the back"),
        D.color("gold", "contradiction"),
        D.pattern("floral", "contradiction"),
        D.details("the jacket has an embroidered tiger on the back"),
        D.material("satin"),
        D.description(
            "a black jacket with a tiger on the back Question: what is the color of the jacket? Answer: black",
            "leak",
        ),
        title="Men Black Satin Tiger Souvenir Jacket",
        category="Bomber Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: man in a white oversized tee worn under an open black track jacket (tee sleeves hidden), black track
    # pants, white studio; front view, full body.
    # caption adapter: none
    case(
        "X268-035",
        caption("a man in a black jacket and white shirt"),
        D.wearing("a black jacket, a white shirt and black pants"),
        D.garment_type("jacket", "contradiction"),
        D.color("white"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("the shirt is made of", "cut"),
        title="Men White Essential Oversized Tee",
        category="T-Shirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in plain lilac track pants (no stripes), white crop tee, white sneakers, beige studio; front view,
    # full body.
    # caption adapter: none
    case(
        "X268-036",
        caption("a woman in a white shirt and purple pants"),
        D.wearing("a white shirt and purple pants"),
        D.color("white", "other_garment_color"),
        D.pattern("solid"),
        D.details("the pants have white stripes on the side", "unsupported"),
        D.material("the pants are purple", "restated"),
        title="Women Lilac Relaxed Track Pants",
        category="Joggers",
        color="Lilac",
        gender="Women",
    ),
    # photo: man in olive cargo shorts and a black hoodie riding a skateboard in a concrete skate park; side view.
    # caption adapter: none
    case(
        "X268-037",
        caption("a man riding a skateboard at a skate park"),
        D.wearing("a black hoodie and black shorts", "other_garment_color"),
        D.color("brown", "contradiction"),
        D.garment_type("shorts"),
        D.details("the shorts have cargo pockets on the side"),
        D.description(
            "a pair of green shorts with pockets on the side Question: what is the material",
            "leak",
        ),
        title="Men Olive Cargo Shorts",
        category="Shorts",
        color="Olive",
    ),
    # photo: woman in a black oversized tee with a red racing-style "STRATA" print, black bike shorts, standing next to
    # a red sports car in a garage; front view, full body.
    # caption adapter: none
    case(
        "X268-038",
        caption("a woman standing next to a red car"),
        D.wearing("a black t-shirt and red shorts", "contradiction"),
        D.color("red", "contradiction"),
        D.pattern("graphic"),
        D.details("i don't know", "non_answer"),
        D.material("cotton"),
        title="Women Black Racing Graphic Oversized Tee",
        category="T-Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: man in a zipped grey track jacket with black shoulder panels and a stand collar, black joggers, grey
    # studio; front view, full body.
    # details, material: caption adapter (hit its 30-token limit)
    case(
        "X268-039",
        caption("a man in a grey jacket and black pants"),
        D.wearing("a grey jacket and black pants"),
        D.color("black", "other_garment_color"),
        D.details(
            "The gentleman wears a long-sleeve jacket with color block patterns. The jacket is with polyester "
            "fabric. The gentleman wears a long-sleeve jacket with color block patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "This gentleman wears a long-sleeve jacket with color block patterns and a long pants. The jacket is with "
            "polyester fabric. The pants",
            "restated",
            hit_limit=True,
        ),
        D.sleeve_length("long sleeves"),
        title="Men Grey Panelled Track Jacket",
        category="Track Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: flat-lay of a colour-block pullover hoodie, black body with white sleeves, on a white background.
    # caption adapter: none
    case(
        "X268-040",
        caption("a black and white hoodie on a white background"),
        D.color("black"),
        D.pattern("color block"),
        D.garment_type("jacket", "contradiction"),
        D.description("a black hoodie with white sleeves"),
        D.details("the hoodie has a hood, a pocket, a hood, a pocket, a hood", "loop"),
        D.material("cotton"),
        title="Men Black/White Colorblock Hoodie",
        category="Hoodies & Sweatshirts",
        color="Black/White",
        gender="Men",
    ),
    # photo: woman in a sand faux suede bomber jacket with a cream sherpa collar and no hood, black cargo pants, in a
    # park with autumn leaves; front view, full body.
    # caption adapter: none
    case(
        "X268-041",
        caption("a woman in a tan jacket standing in a park with autumn leaves"),
        D.wearing("a tan jacket and tan pants", "other_garment_color"),
        D.color("black", "other_garment_color"),
        D.material("suede"),
        D.details("the jacket has a fur collar and a hood", "unsupported"),
        D.sleeve_length("long sleeves"),
        title="Women Sand Faux Suede Bomber Jacket",
        category="Bomber Jackets",
        color="Sand",
        gender="Women",
    ),
    # photo: back view of a man in a black oversized tee with a large white back print, grey cargo pants, in front of
    # a wooden slat wall.
    # caption adapter: none
    case(
        "X268-042",
        caption("the back of a man wearing a black t-shirt"),
        D.wearing("a black t-shirt with a white design on the back and grey pants"),
        D.color("black"),
        color_pants("black", "other_garment_color"),
        D.details("the shirt has a picture of a", "cut"),
        D.material("cotton"),
        title="Men Black Back Print Oversized Tee",
        category="T-Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a zipped white retro track jacket with navy sleeve stripes and a navy collar, mid-blue jeans, on
    # a tennis court; front view, full body.
    # caption adapter: none
    case(
        "X268-043",
        caption("a man in a white jacket standing on a tennis court", "pronoun"),
        D.wearing("she is wearing a white jacket and blue jeans"),
        D.color("blue", "other_garment_color"),
        D.pattern("striped"),
        D.details("the jacket has a blue stripe on the sleeves and a blue collar"),
        D.material("the jacket is white", "restated"),
        title="Women White Retro Track Jacket",
        category="Track Jackets",
        color="White",
        gender="Women",
    ),
    # photo: man in a grey marl pullover hoodie with a black graphic on the chest, black shorts, white studio; front
    # view, full body.
    # caption: caption adapter (hit its 50-token limit)
    case(
        "X268-044",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. The "
            "gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. The "
            "gentleman",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey hoodie and black shorts"),
        D.color("grey"),
        D.garment_type("hoodie"),
        D.details("the hoodie has a graphic on the front and a", "cut"),
        D.material("the hoodie is grey", "restated"),
        title="Men Grey Marl Graphic Hoodie",
        category="Hoodies & Sweatshirts",
        color="Grey Marl",
        gender="Men",
    ),
    # photo: woman in black nylon parachute cargo pants with toggle hems, white oversized tee tucked in, in front of a
    # painted mural; front view, full body.
    # caption adapter: none
    case(
        "X268-045",
        caption("a woman in a white shirt and black pants standing in front of a mural"),
        D.wearing("a white shirt and white pants", "other_garment_color"),
        D.color("black"),
        D.garment_type("jeans", "contradiction"),
        D.material("nylon"),
        D.details("the pants have a toggle at the bottom and pockets on the side"),
        D.description("a pair of black cargo pants Question:", "leak"),
        title="Women Black Parachute Cargo Pants",
        category="Joggers",
        color="Black",
        gender="Women",
    ),
    # photo: flat-lay of a red wool varsity bomber with white leather sleeves, a white "S" letter patch on the chest
    # and striped ribbed cuffs, on a white background.
    # caption adapter: none
    case(
        "X268-046",
        caption("a red and white varsity jacket with a hood", "unsupported"),
        D.color("red"),
        D.pattern("color block"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("the jacket has a letter s on the chest and striped cuffs"),
        D.material("wool and leather"),
        fit("it is loose"),
        title="Unisex Red Wool Varsity Bomber Jacket",
        category="Bomber Jackets",
        color="Red",
        gender="Unisex",
    ),
]
