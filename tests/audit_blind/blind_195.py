"""BLIND_195 (46 products; North-European winter wear, men's and women's, snow and studio shots): written blind in
the thirty-eighth session. Measured blind at 636e493 (the session's final rules): 116/144 failures found (80.6%) and
14/183 correct texts flagged (7.7%). The writer's notes, verbatim:

Scenario: an English-language North-European online retailer's winter range: puffer jackets and coats, parkas, wool
coats, knit sweaters (jumpers), cardigans, fleece jackets, thermal base layers (tops, leggings, sets), and scarves and
beanies sold alone. Photos are of models outdoors in snow (forest, street, ski slope, harbour, cabins), studio shots
on grey or white backgrounds, and a few ghost-mannequin and flat-lay shots. The feed gives a title, a seller category,
a seller color in the retailer's own words (Oatmeal, Ecru, Camel, Charcoal, Bottle Green, Burnt Orange...), and a
gender; a few rows lack the gender (unisex accessories, and two rows where the feed dropped it), one lacks
its category.

Who wrote what: the retailer's run was done in four batches, and the closed questions (garment_type, color,
pattern, sleeve_length, and the hood question) always come from the reference engine, which ranks a closed set of
candidate answers and never hits a token limit.
  * X195-001..020: caption and short open answers from the untuned base model `Salesforce/blip2-opt-2.7b` (stops on
    the newline, never hits the limit); `details` for some of them from the epoch-3 caption adapter
    `leoreigoto/Data2_V2_Blip2_Finetune_Caption`, which has no end token, so every text of it ran to the limit
    (hit_limit=True) and returns the DeepFashion template whatever the prompt.
  * X195-021..030: caption from the same epoch-3 caption adapter and open answers from the VQA adapter
    `leoreigoto/Data3_V3_BLIP2_VQA`; neither has an end token, so all their texts hit the limit (loops of the In-shop
    answers, "Question: ... Answer:" leaks from the unmasked training labels, template captions cut mid-sentence).
  * X195-031..040: a retrained mixed caption+VQA adapter (masked labels, newline terminator): it stops, so no
    hit_limit; its captions are the DeepFashion template (no hue words), its answers short, and it still sometimes
    returns the template for a question.
  * X195-041..046: captions from the epoch-1 caption adapter
    `leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch` (a base-model sentence, then the template, to the
    limit), open answers extracted from that caption by `timpal0l/mdeberta-v3-base-squad2` (spans, empty when the
    model finds none; never hits a limit).

Labeling conventions and judgement calls:
  * Shade words for the seller color are correct: Oatmeal/Ecru/Ivory/Off White/Cream -> beige, white; Navy -> dark
    blue, blue; Camel/Tobacco -> brown, tan; Charcoal/Grey Melange/Silver -> grey; Burgundy -> red, maroon; Olive,
    Khaki, Sage, Forest/Bottle Green -> green; Lilac -> purple; Powder Blue -> blue; Dusty Pink/Blush -> pink.
    Navy or Bottle Green answered "black" is a contradiction (an auditor sees a blue or green coat).
  * Garment synonyms are correct: parka/peacoat/duffle -> coat or jacket; puffer -> down jacket, puffer coat;
    jumper -> sweater; cardigan -> sweater (the closed "sweater" for a cardigan too: less precise, not wrong); fleece
    half-zip -> sweatshirt, sweater; base layer top -> long sleeve shirt, tee; base layer leggings -> tights, pants;
    beanie -> hat. A long puffer or a belted wrap coat called a "dress", a scarf or beanie given sleeves or called a
    sweater/jacket, are contradictions (accessory answered as garment, or a garment the seller contradicts).
  * Sets are named piece by piece in their own colors ("a grey hat and a pink scarf", "a grey top and black
    leggings"): correct. One color repeated over pieces of different colors is a contradiction; an all-black set
    called "black shirt and black leggings" is correct.
  * The product given the color of a garment that is not the product (the model's jeans, tee, coat, hat) is
    other_garment_color; a non-product garment given a wrong color that another text has right (the experiments'
    "What is the color of the pants?") is a contradiction.
  * Materials: a fiber the title names (merino, alpaca, down, wool blend, nylon, fleece) or a construction the photo
    shows (knit, knitting fabric, furry fabric for fleece or teddy) is correct; a fiber the title contradicts or does
    not name and the photo cannot show (cotton for a merino top, cashmere for a wool blend, leather for a glossy
    puffer, acrylic, "fur" for teddy fleece) is unsupported. The template's "cotton fabric" for a nylon shell whose
    fiber the title does not name is accepted (the template's vocabulary has no synthetic), but where the title names
    another fiber it is unsupported; the template's "other fabric" is accepted.
  * Lattice for a check scarf or for diamond quilting, graphic for a Nordic / fair isle knit: correct. "Solid" for a
    red-and-white Nordic sweater and "striped" for a plain ribbed beanie are contradictions (pattern).
  * The DeepFashion template returned for an open question is correct when it answers that question (description,
    details, wearing), and restated when it does not (fit, length). Base-model tautologies ("the coat has a collar",
    "the details of the cardigan") are restated; "yes", "none", "it is a sweater" for a details question and empty
    answers are non_answer.
  * Every adapter text without an end token has hit_limit=True and is a failure: loop when it repeats, cut when it
    stops mid-sentence, otherwise the kind seen first (a "This lady" for a man, a "Question:" leak, a wrong garment
    at the start, invented lower clothing on a ghost mannequin). A cut caption with an earlier wrong fabric word is
    labeled cut: the broken ending is what the auditor sees first. Extractive spans that are a fragment of a cut
    caption ("The fabric is") are cut without hit_limit; a one-word base answer cut off ("it has") likewise.
  * Where the catalog has no gender, "a woman wearing" is not a pronoun failure.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, question

COLOR_PANTS = question("color_pants", "What is the color of the pants?", "open")
COLOR_JEANS = question("color_jeans", "What is the color of the jeans?", "open")
CLOSURE = question("closure", "How does the garment fasten?", "open")
COLLAR = question("collar", "What kind of collar does the coat have?", "open")
FIT = question("fit", "How does the garment fit?", "open")
LENGTH = question("length", "How long is the garment?", "open")
POCKETS = question("pockets", "What pockets does the jacket have?", "open")
NECKLINE = question("neckline", "What is the neckline of the sweater?", "open")
HOOD = question("hood", "Does the jacket have a hood?", "closed")

_TEMPLATE_CUT_M = (
    "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is stand. The "
    "lower clothing is of long length. The fabric is denim and it has pure color patterns. This gentleman also wears an"
)

BLIND_195 = [
    # ---- batch 1: base model captions and open answers, caption adapter (epoch 3) details, reference engine closed
    # Snowy forest, male model in a black hooded down puffer zipped up, grey jeans, black boots.
    case(
        "X195-001",
        caption("a man in a black puffer jacket standing in the snow"),
        D.wearing("a black down jacket"),
        D.garment_type("jacket"),
        D.color("black"),
        D.material("down"),
        D.description("a black puffer jacket with a red logo on the chest", "unsupported"),
        COLOR_PANTS("black", "contradiction"),
        D.details(_TEMPLATE_CUT_M, "cut", hit_limit=True),
        gender="men",
        title="Men's Hooded Down Puffer Jacket",
        category="Puffer Jackets",
        color="Black",
    ),
    # Snowy park, woman in a long olive parka with faux-fur trimmed hood up, black boots, no belt.
    case(
        "X195-002",
        caption("a woman in a green coat walking in the snow"),
        D.wearing("a green parka with a fur hood"),
        D.garment_type("coat"),
        D.color("green"),
        D.pattern("solid"),
        D.description("a long green coat with a fur hood and a belt", "unsupported"),
        D.details(
            "the hood, the zipper, the pockets, the hood, the zipper, the pockets, the hood, the zipper, the pockets,"
            " the hood, the",
            "loop",
            hit_limit=True,
        ),
        gender="women",
        title="Women's Long Hooded Parka with Faux Fur Trim",
        category="Parkas",
        color="Olive",
    ),
    # Studio, grey backdrop, male model in a navy merino crew-neck jumper and khaki chinos.
    case(
        "X195-003",
        caption("a man wearing a dark blue sweater and khaki pants"),
        D.wearing("a blue sweater"),
        D.garment_type("sweater"),
        D.color("navy"),
        D.material("merino wool"),
        D.description("a navy sweater with brown elbow patches", "unsupported"),
        COLOR_PANTS("blue", "contradiction"),
        D.details(
            "The upper clothing has long sleeves, knitting fabric and pure color patterns. The neckline of it is "
            "round. The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The "
            "upper clothing has long sleeves, knitting fabric and pure color patterns. The neckline",
            "loop",
            hit_limit=True,
        ),
        gender="men",
        title="Men's Merino Wool Crew Neck Jumper",
        category="Knitwear",
        color="Navy",
    ),
    # Studio, woman in a buttoned oatmeal chunky cable-knit cardigan over a white tee, blue jeans.
    case(
        "X195-004",
        caption("a woman wearing a beige cardigan and jeans"),
        D.wearing("a white sweater and blue jeans", "other_garment_color"),
        D.garment_type("cardigan"),
        D.color("beige"),
        D.pattern("solid"),
        D.description("a beige cable knit cardigan with buttons"),
        D.material("wool"),
        COLOR_JEANS("beige", "contradiction"),
        gender="women",
        title="Women's Wool Blend Cable Knit Cardigan",
        category="Cardigans",
        color="Oatmeal",
    ),
    # Snowy mountain ridge, man in a forest-green full-zip fleece (stand collar, no hood), black beanie, backpack.
    case(
        "X195-005",
        caption("a man in a green jacket and a black hat standing on a snowy mountain"),
        D.wearing("a green fleece jacket and a black beanie"),
        D.garment_type("jacket"),
        D.color("black", "other_garment_color"),
        D.material("fleece"),
        D.description("a green fleece jacket with a hood and a zipper", "unsupported"),
        POCKETS("yes", "non_answer"),
        D.details(
            "The upper clothing has long sleeves, furry fabric and pure color patterns. The neckline of it is stand. "
            "This gentleman wears a hat. The lower clothing is of long length. The fabric is cotton and it has pure "
            "color patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        gender="men",
        title="Men's Full Zip Fleece Jacket",
        category="Fleece",
        color="Forest Green",
    ),
    # Studio, woman in a heather-grey long-sleeve thermal top and black thermal leggings (sold as a set).
    case(
        "X195-006",
        caption("a woman wearing a grey long sleeve top and black leggings"),
        D.wearing("a grey shirt and black leggings"),
        D.color("grey"),
        D.material("cotton", "unsupported"),
        D.description("a grey shirt and grey leggings", "contradiction"),
        D.details(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is round."
            " The lower clothing is of long length. The fabric is cotton and it has pure color patterns. This lady "
            "wears",
            "cut",
            hit_limit=True,
        ),
        gender="women",
        title="Women's Merino Thermal Base Layer Set",
        category="Base Layers",
        color="Grey/Black",
    ),
    # Snowy city street, man in a camel knee-length wool overcoat with dark horn buttons, navy scarf, dark trousers.
    case(
        "X195-007",
        caption("a man in a brown coat and a blue scarf walking down a snowy street"),
        D.wearing("she is wearing a tan coat and a scarf", "pronoun"),
        D.garment_type("coat"),
        D.color("brown"),
        D.description("a brown wool coat with a blue scarf"),
        D.material("wool"),
        D.details("the buttons are gold", "unsupported"),
        COLLAR("the coat has a collar", "restated"),
        gender="men",
        title="Men's Wool Blend Overcoat",
        category="Wool Coats",
        color="Camel",
    ),
    # Ghost mannequin on white: ivory short puffer with a faux-fur trimmed hood.
    case(
        "X195-008",
        caption("a white puffer jacket with a fur hood"),
        D.wearing("a white jacket"),
        D.garment_type("coat"),
        D.color("white"),
        D.material("polyester"),
        D.details(
            "The upper clothing has long sleeves, furry fabric and pure color patterns. The neckline of it is hooded."
            " This lady also wears an outer clothing, with furry fabric and pure color patterns. This lady also wears"
            " an outer clothing, with furry fabric and",
            "loop",
            hit_limit=True,
        ),
        gender="women",
        title="Women's Recycled Polyester Puffer Jacket with Faux Fur Hood",
        category="Puffer Jackets",
        color="Ivory",
    ),
    # Outside a snowy log cabin, man in a red lambswool sweater with a white Nordic snowflake yoke, jeans.
    case(
        "X195-009",
        caption("a man wearing a red and white sweater standing in front of a cabin"),
        D.wearing("a christmas sweater"),
        D.color("red"),
        D.pattern("solid", "contradiction"),
        D.material("wool"),
        D.description("a red sweater with a white snowflake pattern"),
        D.details("it is a sweater", "non_answer"),
        COLOR_JEANS("red", "contradiction"),
        gender="men",
        title="Men's Nordic Pattern Lambswool Sweater",
        category="Knitwear",
        color="Red/White",
    ),
    # Studio close-up, woman in a mustard ribbed beanie (no pom pom) and a grey wool coat.
    case(
        "X195-010",
        caption("a woman wearing a yellow hat and a grey coat"),
        D.wearing("a yellow beanie"),
        D.garment_type("hat"),
        D.color("grey", "other_garment_color"),
        D.material("knit"),
        D.sleeve_length("long", "contradiction"),
        D.pattern("striped", "contradiction"),
        D.description("a yellow beanie with a pom pom", "unsupported"),
        title="Unisex Ribbed Knit Beanie",
        category="Hats",
        color="Mustard",
    ),
    # Snowy park, woman in a burgundy belted wool wrap coat, black leather gloves.
    case(
        "X195-011",
        caption("a woman in a red coat standing in the snow"),
        D.wearing("a maroon coat with a belt"),
        D.garment_type("dress", "contradiction"),
        D.color("red"),
        D.description("a red coat with a belt and black gloves"),
        D.material("cashmere", "unsupported"),
        D.details(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. This lady "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        gender="women",
        title="Women's Wool Blend Wrap Coat",
        category="Wool Coats",
        color="Burgundy",
    ),
    # Heavy snowfall, man in a navy waterproof parka with the hood up, face half hidden.
    case(
        "X195-012",
        caption("a woman in a blue jacket walking in the snow", "pronoun"),
        D.wearing("a blue parka"),
        D.garment_type("coat"),
        D.color("black", "contradiction"),
        D.description("a dark blue winter coat with a hood"),
        D.material("cotton", "unsupported"),
        D.details("the jacket has details", "restated"),
        POCKETS("two pockets on the chest", "unsupported"),
        gender="men",
        title="Men's Waterproof Hooded Parka",
        category="Parkas",
        color="Navy",
    ),
    # Studio, woman in an ecru oversized chunky turtleneck and black trousers.
    case(
        "X195-013",
        caption("a woman wearing a white turtleneck sweater and black pants"),
        D.wearing("a white sweater and black pants"),
        D.garment_type("sweater"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("long"),
        D.description("a white turtleneck sweater"),
        D.details("turtleneck"),
        D.material("the sweater is made of fabric", "restated"),
        COLOR_PANTS("white", "contradiction"),
        gender="women",
        title="Women's Oversized Turtleneck Sweater",
        category="Knitwear",
        color="Ecru",
    ),
    # Studio, man in a charcoal ribbed merino long-sleeve base layer top and black base layer leggings.
    case(
        "X195-014",
        caption("a man wearing a grey long sleeve shirt and black tights"),
        D.wearing("she is wearing a grey thermal shirt", "pronoun"),
        D.garment_type("shirt"),
        D.color("grey"),
        D.material("merino wool"),
        D.sleeve_length("short", "contradiction"),
        D.details(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is round."
            " The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper "
            "clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it",
            "loop",
            hit_limit=True,
        ),
        gender="men",
        title="Men's Ribbed Merino Base Layer Top",
        category="Base Layers",
        color="Charcoal",
    ),
    # Studio, woman with a light grey chunky knit scarf wrapped over a black coat.
    case(
        "X195-015",
        caption("a woman wearing a grey scarf and a black coat"),
        D.wearing("a scarf and a coat"),
        D.garment_type("scarf"),
        D.color("grey"),
        D.sleeve_length("long", "contradiction"),
        D.description("a black scarf", "other_garment_color"),
        D.material("wool"),
        D.details("none", "non_answer"),
        gender="women",
        title="Women's Chunky Knit Wool-Mix Scarf",
        category="Scarves",
        color="Light Grey",
    ),
    # Studio, man in an open grey melange shawl-collar zip cardigan over a white tee, dark indigo jeans, two pockets.
    case(
        "X195-016",
        caption("a man wearing a grey cardigan over a white t-shirt"),
        D.wearing("a grey sweater and jeans"),
        D.garment_type("sweater"),
        D.color("white", "other_garment_color"),
        D.description("a grey cardigan with a shawl collar and a zipper"),
        D.details("it has a zipper and two pockets"),
        D.material("cotton"),
        COLOR_JEANS("grey", "contradiction"),
        FIT("the garment fits", "restated"),
        gender="men",
        title="Men's Cotton Shawl Collar Zip Cardigan",
        category="Cardigans",
        color="Grey Melange",
    ),
    # Snowy street at dusk, woman in a glossy black ankle-length hooded puffer coat and a white beanie.
    case(
        "X195-017",
        caption("a woman in a black coat and a white hat standing in the snow"),
        D.wearing("a black dress", "contradiction"),
        D.garment_type("coat"),
        D.color("black"),
        D.description("a long black puffer coat with a hood"),
        D.material("leather", "unsupported"),
        D.details(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is hooded."
            " This lady wears a hat. The lower clothing is of long length. The fabric is cotton and it has pure color "
            "patterns. This lady also wears an",
            "cut",
            hit_limit=True,
        ),
        gender="women",
        title="Women's Longline Puffer Coat",
        category="Puffer Coats",
        color="Black",
    ),
    # Snowy field, man in an off-white sherpa half-zip fleece pullover (stand collar), brown trousers.
    case(
        "X195-018",
        caption("a man in a white sweater standing in a snowy field"),
        D.wearing("a white fleece"),
        D.garment_type("sweatshirt"),
        D.color("white"),
        D.material("fleece"),
        D.description("a white fleece jacket with a hood", "unsupported"),
        CLOSURE("half zip"),
        D.details(
            "The upper clothing has long sleeves, furry fabric and pure color patterns. The neckline of it is stand. "
            "The lower clothing is of long length. There is an accessory on his wrist. There is an accessory on his "
            "wrist. There is an accessory on his wrist. There",
            "loop",
            hit_limit=True,
        ),
        gender="men",
        title="Men's Heavyweight Sherpa Fleece Half-Zip",
        category="Fleece",
        color="Off White",
    ),
    # Studio, woman in a dusty pink V-neck alpaca-blend cardigan with plain horn buttons, grey wide-leg trousers.
    case(
        "X195-019",
        caption("a woman wearing a pink cardigan and grey pants"),
        D.wearing("she is wearing a pink sweater and grey pants"),
        D.garment_type("cardigan"),
        D.color("pink"),
        D.material("alpaca"),
        D.description("a pink cardigan with pearl buttons", "unsupported"),
        D.details("the details of the cardigan", "restated"),
        COLOR_PANTS("pink", "contradiction"),
        gender="women",
        title="Women's Alpaca Blend V-Neck Cardigan",
        category="Cardigans",
        color="Dusty Pink",
    ),
    # Studio, male model in a grey base layer top and the black thermal leggings (the product).
    case(
        "X195-020",
        caption("a woman in a grey shirt and black leggings", "pronoun"),
        D.wearing("a grey shirt and grey pants", "other_garment_color"),
        D.garment_type("leggings"),
        D.color("black"),
        D.description("a pair of black tights"),
        D.material("", "non_answer"),
        D.details(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lower "
            "clothing is of long length. The fabric is cotton and it has pure color patterns. The lower clothing is of"
            " long length. The",
            "loop",
            hit_limit=True,
        ),
        gender="men",
        title="Men's Thermal Base Layer Leggings",
        category="Base Layers",
        color="Black",
    ),
    # ---- batch 2: caption adapter (epoch 3) captions, VQA adapter open answers, reference engine closed
    # Snowy lake shore, woman in a sage green cropped quilted puffer, light blue jeans.
    case(
        "X195-021",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is stand."
            " The lower clothing is of long length. The fabric is denim and it has pure color patterns. This lady "
            "also wears an outer clothing, with cotton fabric and pure color patterns. This",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat "
            "jacket/coat",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("jacket"),
        D.color("green"),
        D.description(
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "cotton Question: What is the color of the jacket? Answer: green Question: What is the color of the "
            "jacket? Answer: green Question:",
            "leak",
            hit_limit=True,
        ),
        gender="women",
        title="Women's Quilted Cropped Puffer Jacket",
        category="Puffer Jackets",
        color="Sage Green",
    ),
    # Studio, man in a charcoal chunky shawl-collar wool cardigan over a white shirt, navy trousers, no belt visible.
    case(
        "X195-022",
        caption(
            "The upper clothing has long sleeves, knitting fabric and pure color patterns. It has a lapel neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper "
            "clothing has long sleeves, knitting fabric and pure color patterns. It has a lapel",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan "
            "cardigan cardigan cardigan cardigan",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("cardigan"),
        D.color("white", "other_garment_color"),
        D.material(
            "knitting Question: What is the color of the cardigan? Answer: grey Question: What is the color of the "
            "cardigan? Answer:",
            "leak",
            hit_limit=True,
        ),
        D.description(
            "grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey", "loop", hit_limit=True
        ),
        gender="men",
        title="Men's Shawl Collar Wool Cardigan",
        category="Cardigans",
        color="Charcoal",
    ),
    # Snowy village street, woman in a camel wool duffle coat with toggles and hood, red scarf.
    case(
        "X195-023",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is hooded."
            " This lady has neckwear. The lower clothing is of long length. The fabric is denim and it has pure color"
            " patterns. This lady also wears an outer clothing, with cotton fabric",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "coat Question: What is the color of the coat? Answer: brown Question: What is the color of the coat? "
            "Answer: brown Question",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("coat"),
        D.color("red", "other_garment_color"),
        D.description(
            "brown coat brown coat brown coat brown coat brown coat brown coat brown coat brown coat brown coat brown",
            "loop",
            hit_limit=True,
        ),
        CLOSURE(
            "buttons and a zipper and a zipper and a zipper and a zipper and a zipper and a zipper and a zipper and a",
            "loop",
            hit_limit=True,
        ),
        gender="women",
        title="Women's Wool Blend Hooded Duffle Coat",
        category="Wool Coats",
        color="Camel",
    ),
    # Ghost mannequin on white: black hooded down parka, no person and no trousers in the shot.
    case(
        "X195-024",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is hooded."
            " The lower clothing is of long length. The fabric is denim and it has pure color patterns. This "
            "gentleman also wears an outer clothing, with cotton fabric and",
            "unsupported",
            hit_limit=True,
        ),
        D.wearing(
            "jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat "
            "jacket/coat",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("jacket"),
        D.color("black"),
        D.material(
            "cotton Question: What is the material of the jacket? Answer: cotton Question: What is the material of the",
            "leak",
            hit_limit=True,
        ),
        D.description(
            "black jacket with hood and zipper and pockets and zipper and pockets and zipper and pockets and zipper "
            "and pockets and zipper and",
            "loop",
            hit_limit=True,
        ),
        POCKETS(
            "pockets pockets pockets pockets pockets pockets pockets pockets pockets pockets pockets pockets pockets"
            " pockets pockets",
            "loop",
            hit_limit=True,
        ),
        gender="men",
        title="Men's Recycled Down Parka",
        category="Parkas",
        color="Black",
    ),
    # Outside a snowy cabin, woman in a navy wool sweater with a white fair isle yoke, beige beanie, jeans.
    case(
        "X195-025",
        caption(
            "The upper clothing has long sleeves, knitting fabric and graphic patterns. The neckline of it is round. "
            "This lady wears a hat. The lower clothing is of long length. The fabric is denim and it has pure color "
            "patterns. This lady also wears an outer",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater "
            "sweater sweater",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("sweater"),
        D.color("navy"),
        D.pattern("graphic"),
        D.material(
            "wool Answer: wool Answer: wool Answer: wool Answer: wool Answer: wool Answer: wool Answer: wool",
            "leak",
            hit_limit=True,
        ),
        D.description(
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            hit_limit=True,
        ),
        NECKLINE(
            "round round round round round round round round round round round round round round round round round",
            "loop",
            hit_limit=True,
        ),
        gender="women",
        title="Women's Fair Isle Wool Sweater",
        category="Knitwear",
        color="Navy",
    ),
    # Studio, male model in a tobacco-brown fleece jacket with a sherpa collar, black jeans.
    case(
        "X195-026",
        caption(
            "The upper clothing has long sleeves, furry fabric and pure color patterns. It has a lapel neckline. The "
            "lower clothing is of long length. The fabric is denim and it has pure color patterns. This lady also "
            "wears an outer clothing, with furry fabric and pure color patterns.",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing(
            "black jeans Question: What is the color of the jeans? Answer: black Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("jacket"),
        D.color("brown"),
        D.material(
            "furry furry furry furry furry furry furry furry furry furry furry furry furry furry furry",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "a brown jacket with a white collar and a zipper on the front and two pockets on the side and a zipper on"
            " the",
            "cut",
            hit_limit=True,
        ),
        gender="men",
        title="Men's Sherpa Collar Fleece Jacket",
        category="Fleece",
        color="Tobacco Brown",
    ),
    # Studio close-up, woman in a powder blue ribbed pom-pom beanie and a white knit sweater.
    case(
        "X195-027",
        caption(
            "The upper clothing has long sleeves, knitting fabric and pure color patterns. The neckline of it is "
            "round. This lady wears a hat. The upper clothing has long sleeves, knitting fabric and pure color "
            "patterns. The neckline of it is round. This lady wears a hat.",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "hat and sweater and hat and sweater and hat and sweater and hat and sweater and hat and sweater and hat",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("sweater", "contradiction"),
        D.color("blue"),
        D.material(
            "cotton Question: Is this a sweater? Answer: yes Question: Is this a sweater? Answer: yes Question: Is "
            "this a",
            "leak",
            hit_limit=True,
        ),
        gender="women",
        title="Women's Ribbed Pom Pom Beanie",
        category="Hats",
        color="Powder Blue",
    ),
    # Ski slope, man in a burnt orange hooded puffer, black ski trousers, goggles pushed up on his head.
    case(
        "X195-028",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is hooded."
            " The lower clothing is of long length. The fabric is cotton and it has pure color patterns. This "
            "gentleman wears glasses. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "orange jacket and black pants and orange jacket and black pants and orange jacket and black pants and "
            "orange jacket",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("jacket"),
        D.color("orange"),
        D.sleeve_length("long"),
        HOOD("yes"),
        D.description(
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange orange"
            " orange orange",
            "loop",
            hit_limit=True,
        ),
        gender="men",
        title="Men's Hooded Puffer Jacket",
        category="Puffer Jackets",
        color="Burnt Orange",
    ),
    # Ghost mannequin on white: grey long belted wool coat with notch lapels.
    case(
        "X195-029",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. This"
            " lady wears a belt. The lower clothing is of long length. The fabric is cotton and it has pure color "
            "patterns. This lady also wears an outer clothing",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "dress Question: What is the color of the dress? Answer: grey Question: What is the color of the dress? "
            "Answer: grey",
            "contradiction",
            hit_limit=True,
        ),
        D.garment_type("coat"),
        D.color("grey"),
        D.material(
            "wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "a grey coat with a belt and a collar and buttons on the front and a belt on the waist and a collar on the",
            "cut",
            hit_limit=True,
        ),
        gender="women",
        title="Women's Belted Wool Coat",
        category="Wool Coats",
        color="Grey",
    ),
    # Flat lay on white: a red and black check lambswool scarf, folded, fringed ends.
    case(
        "X195-030",
        caption(
            "The upper clothing has long sleeves, cotton fabric and lattice patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is cotton and it has lattice patterns. This person "
            "also wears an outer clothing, with cotton fabric",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing(
            "sweater Question: What cloth is the person wearing? Answer: sweater Question: What cloth is the person "
            "wearing? Answer:",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("scarf"),
        D.color("red"),
        D.pattern("lattice"),
        D.description(
            "red and black red and black red and black red and black red and black red and black red and black red",
            "loop",
            hit_limit=True,
        ),
        title="Unisex Lambswool Check Scarf",
        category="Scarves",
        color="Red Check",
    ),
    # ---- batch 3: retrained mixed caption+VQA adapter (stops on newline), reference engine closed
    # Studio, man in an ecru chunky roll-neck jumper and brown corduroy trousers.
    case(
        "X195-031",
        caption(
            "The upper clothing has long sleeves, knitting fabric and pure color patterns. It has a turtle neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        D.wearing("a sweater and pants"),
        D.garment_type("sweater"),
        D.color("white"),
        D.description(
            "The upper clothing has long sleeves, knitting fabric and pure color patterns. It has a turtle neckline."
        ),
        D.material("wool"),
        FIT(
            "The upper clothing has long sleeves, knitting fabric and pure color patterns. It has a turtle neckline.",
            "restated",
        ),
        COLOR_PANTS("white", "contradiction"),
        NECKLINE("round", "contradiction"),
        gender="men",
        title="Men's Wool Chunky Roll Neck Jumper",
        category="Knitwear",
        color="Ecru",
    ),
    # Snowy street, woman in a lilac cropped padded puffer, white jeans, white beanie.
    case(
        "X195-032",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is stand."
            " This gentleman wears a hat. The lower clothing is of long length. The fabric is denim and it has pure "
            "color patterns.",
            "pronoun",
        ),
        D.wearing("a purple jacket and white jeans"),
        D.garment_type("jacket"),
        D.color("white", "other_garment_color"),
        D.description("a purple puffer jacket"),
        D.details("long sleeves, a stand collar and a zipper"),
        COLOR_JEANS("purple", "contradiction"),
        gender="women",
        title="Women's Padded Cropped Puffer Jacket",
        category="Puffer Jackets",
        color="Lilac",
    ),
    # Snowy pine forest, man in a khaki down parka with a faux-fur trimmed hood, hood down.
    case(
        "X195-033",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is hooded."
            " This lady also wears an outer clothing, with furry fabric and pure color patterns.",
            "pronoun",
        ),
        D.wearing("a green jacket"),
        D.garment_type("coat"),
        D.color("green"),
        D.material("cotton", "unsupported"),
        D.description("a green parka with a fur hood"),
        gender="men",
        title="Men's Down Parka with Faux Fur Hood",
        category="Parkas",
        color="Khaki",
    ),
    # Snowy trail, woman in a black merino long-sleeve thermal top and grey thermal leggings, hiking.
    case(
        "X195-034",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is round."
            " The lower clothing is of long length. The fabric is cotton and it has pure color patterns.",
            "unsupported",
        ),
        D.wearing("a black shirt and grey leggings"),
        D.garment_type("tee"),
        D.color("black"),
        D.material("wool"),
        D.description("a black long sleeve shirt and grey leggings"),
        D.details("it has", "cut"),
        COLOR_PANTS("black", "contradiction"),
        gender="women",
        title="Women's Merino Thermal Long Sleeve Top",
        category="Base Layers",
        color="Black",
    ),
    # Snowy street close-up, man in a navy cable-knit beanie and a red puffer jacket.
    case(
        "X195-035",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is stand."
            " This lady wears a hat.",
            "pronoun",
        ),
        D.wearing("a red jacket and a blue hat"),
        D.garment_type("hat"),
        D.color("red", "other_garment_color"),
        D.material("wool"),
        D.description("a blue beanie with a logo patch", "unsupported"),
        gender="men",
        title="Men's Cable Knit Wool Beanie",
        category="Hats",
        color="Navy",
    ),
    # Studio, woman in a long open camel wool cardigan with patch pockets, white tee, blue jeans.
    case(
        "X195-036",
        caption(
            "The upper clothing has long sleeves, knitting fabric and pure color patterns. The neckline of it is "
            "V-shape. The lower clothing is of long length. The fabric is denim and it has pure color patterns. This "
            "lady also wears an outer clothing, with knitting fabric and pure color patterns."
        ),
        D.wearing("a brown cardigan, a white shirt and blue jeans"),
        D.garment_type("cardigan"),
        D.color("brown"),
        D.description("blue", "other_garment_color"),
        D.details("long sleeves, v-neck, pockets"),
        LENGTH(
            "The upper clothing has long sleeves, knitting fabric and pure color patterns. The neckline of it is "
            "V-shape.",
            "restated",
        ),
        gender="women",
        title="Women's Longline Wool Cardigan",
        category="Cardigans",
        color="Camel",
    ),
    # Ghost mannequin on white: olive diamond-quilted liner jacket with snap buttons and a corduroy collar.
    case(
        "X195-037",
        caption("The upper clothing has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline."),
        D.wearing("a green jacket"),
        D.garment_type("jacket"),
        D.color("green"),
        D.pattern("lattice"),
        D.material("nylon"),
        D.details("snap buttons and a corduroy collar"),
        D.description("a green jacket with a hood", "unsupported"),
        gender="men",
        title="Men's Recycled Nylon Quilted Liner Jacket",
        category="Puffer Jackets",
        color="Olive",
    ),
    # Studio on white, woman in a white sweater wearing the set: grey knit beanie and blush pink knit scarf.
    case(
        "X195-038",
        caption(
            "The upper clothing has long sleeves, knitting fabric and pure color patterns. The neckline of it is "
            "round. This lady wears a hat. This lady has neckwear."
        ),
        D.wearing("a grey hat and a pink scarf"),
        D.garment_type("hat"),
        D.color("grey"),
        D.description("a grey hat and a grey scarf", "contradiction"),
        D.material("acrylic", "unsupported"),
        D.sleeve_length("long", "contradiction"),
        gender="women",
        title="Women's Knitted Hat and Scarf Set",
        category="Scarves",
        color="Grey/Blush",
    ),
    # Snowy harbour, man in a navy double-breasted wool peacoat, grey scarf, blue jeans.
    case(
        "X195-039",
        caption(
            "The upper clothing has long sleeves, other fabric and pure color patterns. It has a lapel neckline. The "
            "lower clothing is of long length. The fabric is denim and it has pure color patterns. This gentleman has"
            " neckwear."
        ),
        D.wearing("a blue coat, a grey scarf and jeans"),
        D.garment_type("coat"),
        D.color("grey", "other_garment_color"),
        D.description("a navy blue peacoat with two rows of buttons"),
        D.material("wool"),
        D.details("gold anchor buttons", "unsupported"),
        FIT(
            "The upper clothing has long sleeves, other fabric and pure color patterns. It has a lapel neckline.",
            "restated",
        ),
        gender="men",
        title="Men's Double-Breasted Wool Peacoat",
        category="Wool Coats",
        color="Navy",
    ),
    # Snowy garden, woman in a cream teddy fleece zip jacket with stand collar, black leggings (feed has no gender).
    case(
        "X195-040",
        caption(
            "The upper clothing has long sleeves, furry fabric and pure color patterns. The neckline of it is stand. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        D.wearing("a white fleece jacket and black leggings"),
        D.garment_type("jacket"),
        D.color("white"),
        D.material("fur", "unsupported"),
        D.description("a white fur coat", "unsupported"),
        D.details(
            "The upper clothing has long sleeves, furry fabric and pure color patterns. The neckline of it is stand."
        ),
        title="Women's Teddy Fleece Zip Jacket",
        category="Fleece",
        color="Cream",
    ),
    # ---- batch 4: caption adapter (epoch 1) captions, extractive QA over the caption, reference engine closed
    # Snowy lakeside, man in a navy lightweight down jacket and a grey beanie.
    case(
        "X195-041",
        caption(
            "a man wearing a blue jacket and a grey hat. The upper clothing has long sleeves, cotton fabric and pure "
            "color patterns. The neckline of it is stand. This gentleman wears a hat. The lower clothing is of long "
            "length. The fabric is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue jacket and a grey hat"),
        D.garment_type("jacket"),
        D.color("navy"),
        D.material("cotton fabric", "unsupported"),
        D.details("long sleeves"),
        D.description("The fabric is", "cut"),
        CLOSURE("", "non_answer"),
        gender="men",
        title="Men's Lightweight Down Jacket",
        category="Puffer Jackets",
        color="Navy",
    ),
    # Snowy park, woman in a bottle green hooded wool-blend coat and black boots.
    case(
        "X195-042",
        caption(
            "a woman in a green coat standing in the snow. The upper clothing has long sleeves, cotton fabric and pure"
            " color patterns. The neckline of it is hooded. The lower clothing is of long length. The fabric is "
            "cotton and it has pure color patterns. This lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green coat"),
        D.garment_type("coat"),
        D.color("black", "contradiction"),
        D.material("", "non_answer"),
        D.details("hooded"),
        gender="women",
        title="Women's Hooded Wool Blend Coat",
        category="Wool Coats",
        color="Bottle Green",
    ),
    # Flat lay on white: a black ribbed wool beanie with a folded cuff, nothing else in the shot.
    case(
        "X195-043",
        caption(
            "a black hat on a white background. The upper clothing has long sleeves, knitting fabric and pure color "
            "patterns. The neckline of it is round. The lower clothing is of long length. The fabric is cotton and it"
            " has pure color patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black hat"),
        D.garment_type("hat"),
        D.color("black"),
        D.material("knitting fabric"),
        D.description("", "non_answer"),
        title="Unisex Ribbed Wool Beanie",
        category="Hats",
        color="Black",
    ),
    # Studio, woman in a metallic silver puffer, black turtleneck, black trousers.
    case(
        "X195-044",
        caption(
            "a woman in a silver jacket and black pants. The upper clothing has long sleeves, cotton fabric and pure "
            "color patterns. The neckline of it is stand. The lower clothing is of long length. The fabric is cotton "
            "and it has pure color patterns. This lady also",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a silver jacket and black pants"),
        D.garment_type("jacket"),
        D.color("grey"),
        D.description("", "non_answer"),
        D.details("The neckline of it is stand"),
        gender="women",
        title="Women's Metallic Puffer Jacket",
        category="Puffer Jackets",
        color="Silver",
    ),
    # Snowy trail, man running in an all-black merino base layer set (top and leggings).
    case(
        "X195-045",
        caption(
            "a man in black shirt and black leggings running in the snow. The upper clothing has long sleeves, cotton"
            " fabric and pure color patterns. The neckline of it is round. The lower clothing is of long length. The "
            "fabric is cotton and it has",
            "cut",
            hit_limit=True,
        ),
        D.wearing("black shirt and black leggings"),
        D.garment_type("leggings"),
        D.color("black"),
        D.material("cotton", "unsupported"),
        D.description("The fabric is cotton and it has", "cut"),
        gender="men",
        title="Men's Merino Base Layer Set",
        color="Black",
    ),
    # Studio, woman with a camel cashmere-blend scarf wrapped over a black wool coat (feed has no gender).
    case(
        "X195-046",
        caption(
            "a woman wearing a brown scarf and a black coat. The upper clothing has long sleeves, cotton fabric and "
            "pure color patterns. It has a lapel neckline. This lady has neckwear. This lady has neckwear. This lady "
            "has neckwear. This lady has",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a brown scarf and a black coat"),
        D.garment_type("scarf"),
        D.color("brown"),
        D.description("a black coat", "other_garment_color"),
        D.material("", "non_answer"),
        title="Cashmere Blend Scarf",
        category="Scarves",
        color="Camel",
    ),
]
