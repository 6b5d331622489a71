"""BLIND_537 (46 products; Myntra women's overnight run: kurtas, sets, tops, shirts, dresses, jeans, shrugs): written
blind in the fiftieth session. Measured blind at 49ac3c2 (the session's rules as they stood): 110/131 failures found
(84.0%) and 4/161 correct texts flagged (2.5%). The writer's notes, verbatim:

Scenario: one overnight enrich run over a Myntra-like English women's catalog: cotton and rayon kurtas, kurta sets
(kurta with trousers or palazzos and a dupatta), tops, shirts, dresses, jumpsuits, jeans, palazzos, skirts and
shrugs. Every photo shows a model in a full outfit (a top over the jeans, a kurta over the palazzos, a shrug over a
dress), on a studio backdrop or by a wall, a door, a plant or a garden. The feed gives the seller's title, category,
color and gender; a few rows miss the gender, as real feeds do. enrich's default questionnaire is asked, plus
per-piece color questions (kurta, dupatta, pants, palazzos, top, jeans, skirt, shrug, shirt) and a few yes/no
"Is this a ...?" questions.

Who wrote what: the untuned base `Salesforce/blip2-opt-2.7b` wrote the captions and the open answers (wearing,
description, details, material) unless the comment before a case names the caption adapter; its texts are short,
lowercase, and stop on their own (never hit_limit), though a few stop early mid-phrase or run on into a new
"Question: ... Answer:". The caption adapter (epoch 1 `..._Caption_First_Epoch` or epoch 3 `..._Caption`) wrote some
captions, descriptions, details and material answers: the DeepFashion template with no hue names ("pure color
patterns"), always run to its limit (hit_limit=True), and the same template whatever the question. The closed
questions (garment_type, color, pattern, sleeve_length, the per-piece colors, "Is this a ...?") are the VQA
adapter's answers through enrich's `--engine reference`: one value from a candidate set, never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct: yellow for mustard, blue for navy, indigo or teal, green for teal, olive or sea green,
  pink for peach, coral, magenta or fuchsia, orange for rust or coral, purple for lavender or mauve, white for off
  white, navy for navy blue. Orange for mustard and black for navy are contradiction.
- A color that belongs to the print, trim, dots or embroidery (gold zari on magenta, white dots on navy, pink
  embroidery on a white collar) given as the garment's color is contradiction; so is the color of the wall, door or
  backdrop given as the garment's color. The color of another piece of the outfit (the jeans under a top, the top
  over the palazzos, the dupatta, the tank top under an open shirt) is other_garment_color, in open and closed
  answers alike, and also when an open answer gives one piece the product's color ("white pants" under a white top).
- Garment synonyms are correct: top, tunic or shirt for a kurta; pants or trousers for palazzos or churidar;
  cardigan, sweater or jacket for a shrug; overalls for a dungaree jumpsuit; scarf for a dupatta; t-shirt or tank top
  for a top; "anarkali dress" for an anarkali kurta (it is cut like a frock). A straight kurta called a dress or a
  saree, a jumpsuit called a dress or "a T-shirt and trousers", and a garment_type that names another piece of the
  outfit (shirt for the jeans, dress for the shrug) are contradiction.
- Materials: one the title names, or one that is plainly visible (denim, sequins, satin sheen, crochet holes) is
  correct; chiffon for georgette and wool for an acrylic knit are correct (they look alike); cotton as a guess on a
  plain matte fabric the title does not name is correct; silk or denim where the title names cotton, satin or crepe,
  and linen or cotton where the title names another fabric, are unsupported. The material of another piece (leather
  for the jeans, from the jacket over them) is contradiction.
- Invented items not in the photo (a necklace, a belt, a dupatta, a slit, pockets hidden under a top, a pocket the
  shirt lacks, pants below a knee-length crop) are unsupported.
- Closed sleeve answers: the sleeves of the layer under or over the product (the tee under a sleeveless dungaree,
  the strappy dress under a long-sleeved shrug) are contradiction; three-quarter answered "long sleeves" is
  contradiction. Pleats answered "striped" is contradiction.
- Adapter texts: all hit the limit. A text that starts its template again is loop; one that ends mid-sentence
  without repeating is cut (even where it also invents a fabric or an accessory); the template returned for the
  material question is restated. Where the template misnames the product itself (a jumpsuit as a dress, a kurta as
  a dress, a jumpsuit as a T-shirt and trousers), contradiction, hit_limit kept. Adapter captions are never labelled
  correct: even the ones that name the garment right stop mid-sentence at the limit.
- Base texts: one that ends mid-phrase ("buttons on the", "it is made of") is cut without hit_limit; an empty
  answer, "fabric", "it has details", "the details of the shirt", "the pants are blue" for the details, are
  non_answer; the material question answered with the garment's color and name, and the question echoed back as
  the answer ("what is the person wearing"), are restated; a text that runs on into "Question: ... Answer:"
  is leak even where its first words are right; "he" or "a man" for a woman is pronoun ("a girl" is not).
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_palazzos = question("color_palazzos", "What is the color of the palazzos?", "closed")
color_top = question("color_top", "What is the color of the top?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
color_shrug = question("color_shrug", "What is the color of the shrug?", "closed")
color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")

BLIND_537 = [
    # photo: model in a mustard yellow straight cotton kurta with a white floral block print, three-quarter
    # sleeves, over white palazzos; plain white studio backdrop, front view, full length.
    # adapter: none
    case(
        "X537-001",
        caption("a woman in a yellow and white dress", "contradiction"),
        D.wearing("a yellow kurta with white flowers"),
        D.garment_type("kurta"),
        D.color("orange", "contradiction"),
        D.pattern("floral"),
        D.material("silk", "unsupported"),
        title="Women Mustard Yellow Floral Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a navy blue A-line kurta with a gold foil print, matching navy palazzos, navy dupatta with a
    # gold border over one shoulder; grey backdrop, front view.
    # caption: adapter, epoch 3
    case(
        "X537-002",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue kurta and pants"),
        color_kurta("navy"),
        color_dupatta("gold", "contradiction"),
        D.description("a blue kurta with gold print and a matching dupatta"),
        D.details("the kurta has gold print all over it and a gold necklace", "unsupported"),
        title="Women Navy Blue Foil Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a peach cotton kurta with white thread embroidery at the yoke, white straight trousers and a
    # white dupatta; standing beside a potted plant against a beige wall.
    # details: adapter, epoch 3
    case(
        "X537-003",
        caption("a woman in a pink kurta standing next to a plant"),
        D.wearing("a pink kurta and white pants with a white scarf"),
        color_kurta("pink"),
        color_pants("pink", "other_garment_color"),
        D.details(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long-sleeve shirt with pure",
            "loop",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        title="Women Peach-Coloured Yoke Design Thread Work Cotton Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a black sleeveless crepe peplum top over blue skinny jeans; white backdrop, front view.
    # caption and details: adapter, epoch 1
    case(
        "X537-004",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black top and jeans"),
        D.garment_type("top"),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.details(
            "The tank top is with cotton fabric and pure color patterns. It has a round neckline. The tank top is "
            "with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        title="Women Black Solid Peplum Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in a white shirt with thin blue vertical stripes, long sleeves rolled to the elbow, tucked into
    # beige trousers; she holds a coffee cup; light grey backdrop.
    # adapter: none
    case(
        "X537-005",
        caption("a woman in a striped shirt holding a cup of coffee"),
        D.wearing("a blue and white striped shirt and white pants", "other_garment_color"),
        D.color("white"),
        D.pattern("striped"),
        D.sleeve_length("long sleeves"),
        D.material("denim", "unsupported"),
        D.details(
            "the shirt has a collar and buttons down the front Question: what is the color of the pants? Answer: beige",
            "leak",
        ),
        title="Women White & Blue Regular Fit Striped Cotton Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a maroon wrap midi dress with a small pink and white floral print, short flutter sleeves and a
    # tie belt at the waist; outdoors against a white-painted brick wall.
    # adapter: none
    case(
        "X537-006",
        caption("a woman in a red floral dress standing in front of a brick wall"),
        D.wearing("a red dress with flowers"),
        D.garment_type("dress"),
        D.color("white", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("short sleeves"),
        D.description("a red floral wrap dress with a belt and a necklace", "unsupported"),
        title="Women Maroon Floral Print Wrap Midi Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in an olive green short-sleeved utility jumpsuit with chest pockets and a self belt, white
    # sneakers; white backdrop, full length.
    # caption: adapter, epoch 3
    case(
        "X537-007",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a green jumpsuit and white shoes"),
        D.garment_type("jumpsuit"),
        D.color("green"),
        D.details(
            "it has pockets on the chest and a belt at the waist Question: what is the color of the shoes? Answer: "
            "white",
            "leak",
        ),
        D.material("cotton"),
        title="Women Olive Green Solid Cotton Utility Jumpsuit",
        category="Jumpsuit",
        color="Olive",
        gender="Women",
    ),
    # photo: model in light blue high-rise wide-leg jeans with a white crop top tucked in; white backdrop, full
    # length, front view; no belt.
    # adapter: none
    case(
        "X537-008",
        caption("a woman in white top and blue jeans"),
        D.wearing("white top and jeans"),
        color_jeans("white", "other_garment_color"),
        D.garment_type("pants"),
        D.description("blue jeans with a white top and a brown belt", "unsupported"),
        D.details("the jeans are blue", "non_answer"),
        D.material("denim"),
        title="Women Blue Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in black and white geometric printed palazzos and a plain black top left untucked over the
    # waistband; white backdrop, full length.
    # adapter: none
    case(
        "X537-009",
        caption("a woman wearing black and white printed pants"),
        D.wearing("a black top and black and white pants"),
        color_palazzos("black"),
        D.garment_type("pants"),
        D.pattern("geometric"),
        D.description(
            "black and white printed palazzo pants with a black top Question: what is the pattern of the pants? "
            "Answer: geometric",
            "leak",
        ),
        D.details("the pants have a elastic waistband and pockets on the side", "unsupported"),
        title="Women Black & White Geometric Printed Flared Palazzos",
        category="Palazzos",
        color="Black",
        gender="Women",
    ),
    # photo: model in a pink pleated satin midi skirt with a white t-shirt tucked in, tote bag on her shoulder;
    # grey backdrop.
    # details and material: adapter, epoch 1
    case(
        "X537-010",
        caption("a woman in a pink skirt and white t-shirt with a bag"),
        D.wearing("a white t - shirt and pink skirt"),
        color_skirt("pink"),
        D.pattern("striped", "contradiction"),
        D.details(
            "The lady wears a long skirt. The skirt is with chiffon fabric and pure color patterns. The lady wears a "
            "short-sleeve T-shirt with pure color patterns. The T-shirt is",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long",
            "restated",
            hit_limit=True,
        ),
        title="Women Pink Accordion Pleated Satin Midi Skirt",
        category="Skirts",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a white crochet open-front shrug with three-quarter sleeves over a black strappy midi dress;
    # white backdrop. No belt.
    # adapter: none
    case(
        "X537-011",
        caption("a woman wearing a white cardigan over a black dress"),
        D.wearing("a black dress and black sweater", "other_garment_color"),
        D.garment_type("dress", "contradiction"),
        D.color("white"),
        color_shrug("white"),
        D.material("knit"),
        D.details("the cardigan has holes in it and a black belt", "unsupported"),
        title="Women White Crochet Open Front Shrug",
        category="Shrug",
        color="White",
        gender="Women",
    ),
    # photo: model with short hair in a green straight kurta with a mandarin collar, side slits and full sleeves,
    # over white churidar; she stands in front of a brown wooden door prop.
    # adapter: none
    case(
        "X537-012",
        caption("a man in a green kurta standing in front of a wooden door", "pronoun"),
        D.wearing("a green kurta and green pants", "other_garment_color"),
        D.garment_type("kurta"),
        D.sleeve_length("long sleeves"),
        D.color("brown", "contradiction"),
        D.details("the kurta has a mandarin collar and slits on the side"),
        title="Women Green Solid Mandarin Collar Straight Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: model in a teal blue tie-dye cotton crop top with short sleeves over black jeans; white backdrop.
    # caption: adapter, epoch 1
    case(
        "X537-013",
        caption(
            "This female is wearing a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. This female is wearing a short-sleeve T-shirt with color block "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue tie dye shirt and blue jeans", "other_garment_color"),
        D.color("green"),
        D.pattern("tie-dye"),
        D.description("a tie dye crop top with a black jeans"),
        D.material("it is made of", "cut"),
        title="Women Teal Blue Tie and Dye Cotton Crop Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a lavender sleeveless tiered maxi dress with a smocked bodice; outdoors in a garden with
    # flowering bushes behind her.
    # adapter: none
    case(
        "X537-014",
        caption("a woman in a purple dress standing in a garden"),
        D.wearing("a purple dress"),
        D.color("purple"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description(
            "a long purple dress with ruffles Question: what is the color of the flowers? Answer: pink",
            "leak",
        ),
        D.details("the dress has a purple flower on it", "unsupported"),
        D.material("cotton"),
        title="Women Lavender Smocked Tiered Maxi Dress",
        category="Dresses",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a white chikankari kurta with long sleeves and white palazzos, no dupatta; plain blue
    # backdrop.
    # description: adapter, epoch 3
    case(
        "X537-015",
        caption("a woman in a white kurta standing in front of a blue wall"),
        D.wearing("a white kurta and white pants"),
        color_kurta("white"),
        color_palazzos("blue", "contradiction"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.material("a white kurta", "restated"),
        title="Women White Chikankari Embroidered Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: model in a black satin shirt with long sleeves, buttoned, and black trousers (all black); grey
    # backdrop.
    # adapter: none
    case(
        "X537-016",
        caption("a woman in a black shirt and black pants"),
        D.wearing("black shirt and black pants"),
        D.color("black"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("the material of the shirt", "non_answer"),
        D.description("a black satin shirt with long sleeves"),
        D.details("the details of the shirt", "non_answer"),
        title="Women Black Solid Satin Formal Shirt",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in dark blue skinny jeans with ripped knees and a red and black checked flannel shirt, untucked;
    # white backdrop.
    # caption: adapter, epoch 3
    case(
        "X537-017",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red plaid shirt and jeans"),
        color_jeans("red", "other_garment_color"),
        D.garment_type("shirt", "contradiction"),
        D.details("the jeans are ripped at the knees"),
        is_a("jeans", "yes", article="a pair of"),
        title="Women Navy Blue Skinny Fit Mildly Distressed Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in rust orange solid flared palazzos with a short white kurti over them; white backdrop.
    # adapter: none
    case(
        "X537-018",
        caption("a woman in a white top and orange pants"),
        D.wearing("a white shirt and white pants", "other_garment_color"),
        color_palazzos("orange"),
        D.color("white", "other_garment_color"),
        D.material("cotton"),
        D.description(
            "a pair of orange pants with a white shirt Question: what is the color of the shirt? Answer: white",
            "leak",
        ),
        title="Women Rust Solid Flared Palazzos",
        category="Palazzos",
        color="Rust",
        gender="Women",
    ),
    # photo: model in a black denim mini skirt with a button front and two front pockets, and a yellow and white
    # striped t-shirt tucked in; white backdrop. No belt.
    # adapter: none
    case(
        "X537-019",
        caption("a woman wearing a yellow and white striped shirt and black skirt"),
        D.wearing("he is wearing a yellow shirt and black skirt", "pronoun"),
        color_skirt("yellow", "other_garment_color"),
        D.garment_type("skirt"),
        D.material("denim"),
        D.details("the skirt has buttons on the front and a yellow belt", "unsupported"),
        title="Women Black Denim A-Line Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in a coral red long-sleeved bodycon dress with a square neck, seated on a white chair; beige
    # backdrop. No jewellery on her wrists.
    # caption and details: adapter, epoch 1
    case(
        "X537-020",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The lady wears a long-sleeve dress with pure color patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink dress"),
        D.color("orange"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The dress is with cotton fabric and pure color patterns. It has a square neckline. There is an "
            "accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        D.description("he is wearing a pink bodycon dress with long sleeves", "pronoun"),
        title="Women Coral Red Solid Bodycon Dress",
        category="Dresses",
        color="Coral",
        gender="Women",
    ),
    # photo: model in a black sleeveless halter-neck wide-leg jumpsuit with a thin gold belt; her hair covers her
    # ears; grey backdrop.
    # adapter: none
    case(
        "X537-021",
        caption("a woman in a black dress with a gold belt", "contradiction"),
        D.wearing("black jumpsuit"),
        D.garment_type("dress", "contradiction"),
        D.color("black"),
        D.sleeve_length("sleeveless"),
        D.details(
            "the jumpsuit has a halter neck and a gold belt and gold earrings",
            "unsupported",
        ),
        title="Women Black Solid Halter Neck Basic Jumpsuit with Belt",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: model in an indigo blue anarkali kurta with a small white floral print, flared to the calf,
    # three-quarter sleeves, over white leggings; white backdrop.
    # adapter: none
    case(
        "X537-022",
        caption("a woman in a blue anarkali dress"),
        D.wearing("a blue and white dress"),
        D.garment_type("kurta"),
        D.pattern("printed"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.color("white", "other_garment_color"),
        D.material("cotton"),
        title="Women Indigo Blue Floral Printed Cotton Anarkali Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: model with a short bob in an off-white cotton top with white embroidery on the front and puff sleeves,
    # and brown wide trousers; white backdrop.
    # adapter: none
    case(
        "X537-023",
        caption("a woman in a white top and brown pants"),
        D.wearing("he is wearing a white shirt and brown pants", "pronoun"),
        D.color("white"),
        D.sleeve_length("short sleeves"),
        D.details(
            "the top has embroidery on the front and puff sleeves Question: what is the color of the pants? "
            "Answer: brown",
            "leak",
        ),
        D.material("a white top", "restated"),
        title="Women Off White Embroidered Puff Sleeve Cotton Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: model in an oversized olive green linen shirt with long sleeves, worn open over a white tank top and
    # blue jeans; white backdrop. The shirt has no pockets; no jewellery.
    # caption: adapter, epoch 3
    case(
        "X537-024",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green shirt, a white tank top and blue jeans"),
        D.color("white", "other_garment_color"),
        D.garment_type("shirt"),
        D.material("linen"),
        D.details("the shirt has a pocket on the chest and a gold necklace", "unsupported"),
        title="Women Olive Green Oversized Pure Linen Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a magenta silk-blend kurta with gold zari work at the neck and sleeves, matching magenta
    # pants and a pink dupatta with a gold border; festive backdrop with hanging marigold garlands.
    # adapter: none
    case(
        "X537-025",
        caption("a woman in a pink and gold saree", "contradiction"),
        D.wearing("a pink kurta with gold embroidery"),
        color_kurta("pink"),
        color_dupatta("pink"),
        color_pants("gold", "contradiction"),
        D.material("silk"),
        D.details("it has details", "non_answer"),
        title="Women Magenta Zari Woven Silk Blend Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Magenta",
        gender="Women",
    ),
    # photo: model in a yellow and white gingham sundress, sleeveless, square neck, knee length, holding a straw
    # hat in her hand; outdoors by a wooden fence.
    # caption and material: adapter, epoch 1
    case(
        "X537-026",
        caption(
            "The lady wears a sleeveless dress with lattice patterns. The dress is with cotton fabric. It has a "
            "square neckline. The lady wears a hat. The dress is with cotton fabric and lattice patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a yellow checkered dress and a straw hat on her head", "unsupported"),
        D.pattern("checked"),
        D.color("yellow"),
        D.material(
            "The lady wears a sleeveless dress with lattice patterns. The dress is with cotton fabric. It has a "
            "square neckline. The lady",
            "restated",
            hit_limit=True,
        ),
        D.description("a yellow and white checkered dress with a straw hat"),
        title="Women Yellow & White Checked Cotton Fit and Flare Dress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: model with cropped hair in black mom-fit jeans and a grey oversized sweatshirt; white backdrop.
    # adapter: none
    case(
        "X537-027",
        caption("a man in a grey sweatshirt and black jeans", "pronoun"),
        D.wearing("a grey sweater and black jeans"),
        color_jeans("black"),
        D.color("grey", "other_garment_color"),
        is_a("jeans", "yes", article="a pair of"),
        D.details(
            "the jeans are black and have a high waist Question: what is the color of the sweater? Answer: grey",
            "leak",
        ),
        title="Women Black Mom Fit High-Rise Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: model in white palazzos with a pink floral print, under a plain pink straight kurta; white backdrop.
    # adapter: none
    case(
        "X537-028",
        caption("a woman in a pink kurta and floral pants"),
        D.wearing("a pink top and pink pants", "other_garment_color"),
        color_palazzos("pink", "other_garment_color"),
        D.pattern("floral"),
        D.description("white palazzo pants with pink flowers"),
        D.details("", "non_answer"),
        title="Women White & Pink Floral Printed Flared Palazzos",
        category="Palazzos",
        color="White",
        gender="Women",
    ),
    # photo: model in a sheer black georgette longline shrug with lace trim, long sleeves, over a red camisole and
    # black jeans; white backdrop.
    # description: adapter, epoch 3
    case(
        "X537-029",
        caption("a woman in a red top and a red jacket", "other_garment_color"),
        D.wearing("a black shrug over a red top and black pants"),
        D.color("red", "other_garment_color"),
        color_shrug("black"),
        D.description(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with chiffon fabric. It "
            "has a V-shape neckline. The lady wears a long trousers. The trousers are",
            "cut",
            hit_limit=True,
        ),
        D.material("chiffon"),
        title="Women Black Sheer Longline Georgette Shrug with Lace Detail",
        category="Shrug",
        color="Black",
        gender="Women",
    ),
    # photo: model in a mustard yellow floral tiered maxi skirt and a white crop top; white backdrop. The skirt
    # has no slit.
    # adapter: none
    case(
        "X537-030",
        caption("a woman in a yellow skirt and white crop top"),
        D.wearing("what is the person wearing", "restated"),
        color_skirt("yellow"),
        D.pattern("floral"),
        D.color("orange", "contradiction"),
        D.details("the skirt has a slit on the side", "unsupported"),
        title="Women Mustard Floral Printed Tiered Maxi Flared Skirt",
        category="Skirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a beige straight kurta with a black geometric print, round neck, three-quarter sleeves, over
    # black pants; no dupatta; she stands against a pink wall.
    # adapter: none; the feed row has no gender
    case(
        "X537-031",
        caption("a woman in a beige kurta standing in front of a pink wall"),
        D.wearing("a beige kurta and beige pants", "other_garment_color"),
        D.color("pink", "contradiction"),
        D.pattern("geometric"),
        D.sleeve_length("three-quarter sleeves"),
        D.description(
            "a beige kurta with black print and black pants and a black dupatta",
            "unsupported",
        ),
        title="Beige & Black Geometric Printed Straight Kurta",
        category="Kurtas",
        color="Beige",
    ),
    # photo: model in a red satin cowl-neck camisole top, sleeveless, with white trousers; grey backdrop.
    # caption and details: adapter, epoch 3
    case(
        "X537-032",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a V-shape neckline. The lady wears a long trousers. The trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red top and red pants", "other_garment_color"),
        D.color("red"),
        D.sleeve_length("sleeveless"),
        D.details(
            "The tank top is with chiffon fabric and pure color patterns. It has a V-shape neckline. The tank top is "
            "with chiffon fabric and pure",
            "loop",
            hit_limit=True,
        ),
        D.material("satin"),
        title="Women Red Solid Cowl Neck Satin Camisole Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: model in a white cotton shirt with small pink floral embroidery on the collar, no pockets, and blue
    # jeans; a green potted plant beside her; white backdrop.
    # adapter: none
    case(
        "X537-033",
        caption("a woman in white shirt and jeans standing next to a plant"),
        D.wearing("a white shirt and blue jeans"),
        D.color("pink", "contradiction"),
        D.pattern("solid"),
        D.details("the collar has pink flowers"),
        D.description(
            "a white shirt with pink flowers on the collar and a pink flower on the pocket",
            "unsupported",
        ),
        title="Women White Embroidered Collar Pure Cotton Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a navy blue shirt dress with white polka dots, short sleeves, button front and a fabric
    # belt; white backdrop.
    # adapter: none
    case(
        "X537-034",
        caption("a woman in a navy blue polka dot dress"),
        D.wearing("a blue and white polka dot dress"),
        D.color("white", "contradiction"),
        D.pattern("polka dots"),
        D.description("he is wearing a blue dress with white dots", "pronoun"),
        D.sleeve_length("short sleeves"),
        title="Women Navy Blue Polka Dot Print Shirt Dress with Belt",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a mauve satin jumpsuit with long sleeves, V-neck and a tie waist; white backdrop.
    # caption: adapter, epoch 1
    case(
        "X537-035",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a long-sleeve dress with pure color patterns.",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a purple jumpsuit"),
        D.garment_type("jumpsuit"),
        D.color("purple"),
        D.description("a purple satin jumpsuit with long sleeves and a", "cut"),
        D.material("silk", "unsupported"),
        title="Women Mauve Solid Satin Basic Jumpsuit with Tie-Up Waist",
        category="Jumpsuit",
        color="Mauve",
        gender="Women",
    ),
    # photo: model in a sea green kurta with small white printed motifs, sea green trousers and a white dupatta with
    # a green border; white backdrop.
    # adapter: none
    case(
        "X537-036",
        caption("a woman in a green kurta and white scarf"),
        D.wearing("a green kurta and a white dupatta"),
        color_kurta("green"),
        color_dupatta("green", "other_garment_color"),
        color_pants("green"),
        D.details(
            "the kurta has white print on it and a white dupatta Question: what is the color of the pants? Answer: "
            "green",
            "leak",
        ),
        D.material("a green kurta", "restated"),
        title="Women Sea Green Ethnic Motifs Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: model in light blue bootcut jeans with a black leather jacket over a white t-shirt; white backdrop.
    # caption and details: adapter, epoch 3
    case(
        "X537-037",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It has "
            "a lapel neckline. The lady wears a long trousers. The trousers are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black leather jacket, a white shirt and blue jeans"),
        color_jeans("blue"),
        D.garment_type("jacket", "contradiction"),
        D.details(
            "The trousers are with denim fabric and pure color patterns. The lady wears a long-sleeve jacket with "
            "pure color patterns. The jacket is with leather fabric",
            "cut",
            hit_limit=True,
        ),
        D.material("leather", "contradiction"),
        title="Women Blue Bootcut Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in navy blue solid crepe palazzos with a white shirt tucked in; white backdrop.
    # adapter: none; the feed row has no gender
    case(
        "X537-038",
        caption("a woman in a white shirt and blue pants"),
        D.wearing("a white blouse and navy pants"),
        color_palazzos("navy"),
        D.color("black", "contradiction"),
        D.garment_type("pants"),
        D.details("the pants are blue", "non_answer"),
        D.material("cotton", "unsupported"),
        title="Navy Blue Solid Crepe Wide Leg Palazzos",
        category="Palazzos",
        color="Navy Blue",
    ),
    # photo: model in a white broderie anglaise cotton A-line knee-length skirt with a black tank top tucked in;
    # white backdrop.
    # caption: adapter, epoch 1
    case(
        "X537-039",
        caption(
            "Her tank top has sleeves cut off, cotton fabric and pure color patterns. The neckline of it is round. "
            "The lady wears a short skirt. The skirt is with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black tank top and white skirt"),
        color_skirt("white"),
        color_top("white", "other_garment_color"),
        D.details("the skirt has small holes and embroidery"),
        D.pattern("embroidered"),
        title="Women White Schiffli Embroidered Cotton A-Line Skirt",
        category="Skirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a red cotton kurta with a white bandhani dot print, short sleeves, round neck; white backdrop,
    # front view cropped just below the knee (the kurta's hem); nothing below it visible.
    # adapter: none
    case(
        "X537-040",
        caption("a woman in a red and white kurta with a white dupatta", "unsupported"),
        D.wearing("a red kurta"),
        D.color("red"),
        D.pattern("printed"),
        D.sleeve_length("short sleeves"),
        D.description("a red kurta with white dots and a white pants", "unsupported"),
        D.material("fabric", "non_answer"),
        title="Women Red Bandhani Printed Pure Cotton Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: model in a black and white striped boat-neck top with three-quarter sleeves and a red midi skirt;
    # white backdrop.
    # adapter: none
    case(
        "X537-041",
        caption("a woman in a striped shirt and red skirt"),
        D.wearing("a black and white striped top and a black skirt", "other_garment_color"),
        D.color("red", "other_garment_color"),
        D.pattern("striped"),
        D.sleeve_length("three-quarter sleeves"),
        D.details("the top has a boat neck and three quarter sleeves"),
        is_a("top", "yes"),
        title="Women Black & White Striped Boat Neck Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in a green sequinned long-sleeved bodycon party dress; dark black backdrop.
    # caption and description: adapter, epoch 3
    case(
        "X537-042",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The lady wears a long-sleeve dress with pure color patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green sequin dress"),
        D.color("black", "contradiction"),
        D.description(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.material("sequins"),
        title="Women Green Sequinned Embellished Bodycon Party Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: model in a mustard yellow cropped knitted shrug with long sleeves over a white sleeveless midi dress;
    # white backdrop.
    # adapter: none
    case(
        "X537-043",
        caption("a woman wearing a yellow sweater and white dress"),
        D.wearing("a white dress and a yellow cardigan"),
        D.garment_type("sweater"),
        D.color("yellow"),
        color_shrug("white", "other_garment_color"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.material("the sweater is made of", "cut"),
        title="Women Mustard Yellow Acrylic Knitted Crop Shrug",
        category="Shrug",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a blue denim sleeveless dungaree jumpsuit with a bib pocket and buttoned straps, over a white
    # short-sleeved t-shirt; white backdrop.
    # adapter: none
    case(
        "X537-044",
        caption("a girl in a denim jumpsuit and white shirt"),
        D.wearing("blue overalls and a white t - shirt"),
        D.garment_type("jumpsuit"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("denim"),
        D.details("the jumpsuit has a pocket on the front and buttons on the", "cut"),
        title="Women Blue Denim Dungaree Jumpsuit",
        category="Jumpsuit",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a black kurta with multicolour floral embroidery at the yoke, black palazzos and a multicolour
    # printed dupatta; white backdrop.
    # details: adapter, epoch 1
    case(
        "X537-045",
        caption("a woman in a black kurta with colorful embroidery"),
        D.wearing("a black kurta and palazzo pants with a colorful dupatta"),
        color_kurta("black"),
        color_dupatta("black", "other_garment_color"),
        D.details(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a long-sleeve dress with floral",
            "contradiction",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        D.material("the kurta is made of", "cut"),
        title="Women Black Floral Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: model in a pink and white checked cotton shirt, long sleeves, knotted at the waist, with blue jeans;
    # she leans against a grey wall. No belt.
    # adapter: none; the feed row has no gender
    case(
        "X537-046",
        caption("a woman in a pink checkered shirt leaning against a wall"),
        D.wearing("a pink and white plaid shirt and jeans"),
        D.color("pink"),
        D.pattern("checked"),
        D.description(
            "a pink and white plaid shirt tied at the waist with a brown belt",
            "unsupported",
        ),
        D.details("the shirt has a collar and buttons and the", "cut"),
        D.material("a pink shirt", "restated"),
        title="Pink & White Checked Cotton Casual Shirt",
        category="Shirts",
        color="Pink",
    ),
]
