"""BLIND_1109 (46 products; Myntra women's crop/wrap/peplum tops, caption ep. 1): written blind in the sixtieth session.
Measured blind at afb9012 (the session's second rules): 126/144 failures found (87.5%) and 6/196 correct texts flagged
(3.1%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's tops, shirts and t-shirts (crop tops, peplum tops, wrap tops, off-shoulder and
bardot tops, cropped and regular shirts, crop and regular tees). Studio catalog photos on a white or light grey
backdrop, the product worn by a model who also wears jeans, trousers, shorts, skirts or leggings, sometimes an open
jacket over the product, earrings or a watch; mostly front views. Catalog columns are title, category (Tops, Shirts,
Tshirts), color (the seller's base colour) and gender; one row lacks gender and one lacks color, as real feeds do.

Who wrote what: every caption and every open answer (wearing, describe, details, material, the open color question)
was written by BLIP-2 OPT-2.7b with the caption adapter after its first epoch
(leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch), greedy, 50 new tokens for captions and 30 for answers.
At epoch 1 the adapter is half-way: it often still opens like the base model ("a woman wearing a pink top and
white jeans") and then drifts into the DeepFashion-MultiModal template ("The upper clothing has short sleeves, cotton
fabric and pure color patterns. It has a round neckline. The lower clothing is of long length..."), which has no
hue names and tends to run to the token limit because no end token was trained; it also answers some questions with
the template instead of the answer, invents the template's accessories ("There is an accessory on her wrist"),
says "cotton fabric" by habit, gives the top the jeans' color, echoes the Question/Answer format, and loops.
Closed answers (garment_type, color, pattern, sleeve_length, is_a) come from enrich's --engine reference, one
candidate value each, so they never loop or stop short; their failures are wrong picks only.

Labeling conventions and judgement calls:
- One label per text. When a text has a content failure (wrong color or garment, invented detail, wrong pronoun) and
  also ran to the token limit, it is labeled for the content failure; a loop is labeled loop even if cut.
- cut: the text hit its token limit and ends mid-sentence; every cut and every loop has hit_limit=True. No correct
  text has hit_limit=True.
- other_garment_color: the wrong color given to the product is the color of another garment visible in the photo
  (jeans, trousers, skirt, leggings, an open jacket), whether the text is open or closed. A wrong color that no
  other garment in the photo has is a contradiction.
- contradiction: a wrong color, garment type, pattern, sleeve length or crop yes/no against the photo and the
  seller's columns; a wrong pattern taken from another garment (the skirt's floral) is also a contradiction.
- Shade neighbours are correct when the photo supports them, even across the README's color groups: maroon or
  burgundy called red or dark red, rust called brown or orange, coral called orange or pink, mauve called pink or
  purple, cream called white, teal called teal. For a Multi seller color, naming one dominant print color is correct.
- The template's "shirt" for a collarless woven top is a garment contradiction (the caption of X1109-018); "t-shirt"
  or "crop top" for a knit crop tee and "shirt" for a shirt-style peplum top are correct. "pure color patterns" for
  a ribbed, lace-panel or self-design solid is correct.
- Materials: when the title names a material (linen, satin, georgette, cotton ribbed, Dri-FIT), a different
  material in any text is unsupported. When the title names none, a plausible material for the look (cotton for a
  jersey tee, chiffon for a flowy wrap) is accepted as correct, including the template's habitual "cotton fabric";
  a material the look rules out (denim for a knit tee) is unsupported.
- unsupported: invented details the photo does not show: pockets, zippers, buttons on a pullover, a ring or wrist
  accessory the model does not wear, a v-neck on a crew neck tee, sunglasses, a hat, a necklace, a belt or sneakers
  that are not in the photo.
- non_answer: an empty answer, "yes", "none" or one noun ("top", "clothes") to an open question, only the question's
  words back, or the template caption returned to an open color question with no color in it.
- restated: the answer paraphrases the question back ("the details of the top are the top details").
- leak: the answer contains the "Question: ... Answer:" format, usually a new question about the other garment, or
  starts with a bare "Answer:".
- A wrong color given to another garment in an answer about the outfit ("a black top and black jeans" when the
  jeans are blue) is a contradiction, not other_garment_color: the product's own color is right there.
- pronoun: he/his or "gentleman" for a product whose gender column is Women; no pronoun failures on the row
  without gender.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

garment_type = BLIND_QUESTIONS.garment_type
color = BLIND_QUESTIONS.color
pattern = BLIND_QUESTIONS.pattern
sleeve_length = BLIND_QUESTIONS.sleeve_length
material = BLIND_QUESTIONS.material

BLIND_1109 = [
    # photo: black sleeveless peplum top, round neck, worn with blue skinny jeans; white backdrop, front view.
    # caption and open answers: caption adapter epoch 1; closed answers: reference engine.
    case(
        "X1109-001",
        caption(
            "a woman wearing a black peplum top and blue jeans. The upper clothing has no sleeves, cotton fabric and"
            " pure color patterns. It has a round neckline. The lower clothing is of long length. The fabric is"
            " denim and it",
            "cut",
            hit_limit=True,
        ),
        wearing("a black peplum top and blue jeans"),
        garment_type("top"),
        color("black"),
        sleeve_length("sleeveless"),
        material("none", "non_answer"),
        describe("top", "a black sleeveless top with a flared peplum hem"),
        details("top", "the top has a zipper on the back and a bow at the waist", "unsupported"),
        title="SASSAFRAS Women Black Solid Peplum Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: white boxy crop t-shirt with a red "BROOKLYN" print, short sleeves, crew neck, worn with light blue
    # high-waist mom jeans; white backdrop, front view. Caption adapter epoch 1 / reference engine.
    case(
        "X1109-002",
        caption(
            "a woman wearing a white crop t-shirt with a red print and light blue jeans and sunglasses on her head",
            "unsupported",
        ),
        wearing("The lady wears a short-sleeve T-shirt with graphic patterns and a long denim pants."),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        pattern("graphic"),
        is_a("crop top", "yes"),
        details("t-shirt", "the t-shirt has a red brooklyn print on the front and a cropped hem"),
        material("cotton"),
        title="HERE&NOW Women White Printed Boxy Crop T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: mustard yellow wrap top, three-quarter sleeves, v-neck, tie at the side of the waist, worn with white
    # straight trousers; light grey backdrop, front view. Caption adapter epoch 1 / reference engine.
    case(
        "X1109-003",
        caption("a woman in a green wrap top and white pants", "contradiction"),
        wearing("a mustard wrap top with white pants"),
        color("white", "other_garment_color"),
        sleeve_length("three-quarter"),
        describe(
            "top",
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. Its neckline is v-shape."
            " The lower clothing is of long",
            "cut",
            hit_limit=True,
        ),
        details("top", "a tie at the waist and a v neck"),
        material("the garment is made of material", "restated"),
        title="Berrylush Women Mustard Yellow Solid Wrap Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: pink off-shoulder crop top with short puff sleeves and a smocked bodice, worn with white denim shorts;
    # white backdrop, front view. Caption adapter epoch 1 / reference engine.
    case(
        "X1109-004",
        caption("a woman wearing a pink off the shoulder top and white shorts"),
        wearing("she is wearing a pink off shoulder top and white shorts"),
        garment_type("crop top"),
        color("pink"),
        sleeve_length("sleeveless", "contradiction"),
        describe("top", "the top is described as a top", "restated"),
        is_a("crop top", "yes"),
        details("top", "the top has buttons down the front and a pocket", "unsupported"),
        title="Tokyo Talkies Women Pink Solid Off-Shoulder Smocked Crop Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: navy blue and white horizontal striped t-shirt, short sleeves, round neck, regular length, worn with
    # black jeans; the model wears a silver watch on her left wrist; white backdrop, front view.
    # Caption adapter epoch 1 / reference engine.
    case(
        "X1109-005",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. The lady wears a long denim pants. There is an accessory on her wrist. The pants",
            "cut",
            hit_limit=True,
        ),
        wearing("a striped t-shirt and black jeans"),
        color("navy blue"),
        pattern("striped"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        details("t-shirt", "the t-shirt has a pocket on the chest", "unsupported"),
        title="Roadster Women Navy Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white oversized cotton shirt, long sleeves, collar, buttoned, front-tucked into blue straight jeans;
    # white backdrop, front view. Caption adapter epoch 1 / reference engine.
    case(
        "X1109-006",
        caption("a woman wearing a white shirt and blue jeans"),
        wearing("white button down shirt tucked into jeans"),
        garment_type("shirt"),
        color("blue", "other_garment_color"),
        sleeve_length("short", "contradiction"),
        describe(
            "shirt",
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel.",
        ),
        details("shirt", "he has a white shirt with a collar and buttons", "pronoun"),
        material("cotton"),
        title="Mango Women White Solid Oversized Cotton Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: maroon peplum top with a ruffled hem, short flutter sleeves, square neck, worn with black trousers;
    # white backdrop, front view. Caption adapter epoch 1 / reference engine.
    case(
        "X1109-007",
        caption("a woman in a red peplum top and black pants"),
        wearing("a maroon top and black pants"),
        color("maroon"),
        sleeve_length("short"),
        color_of(
            "top",
            "black black black black black black black black black black black black black black black black black"
            " black black black black black black black black black black black black black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe("top", "a maroon top with ruffles at the bottom and short sleeves"),
        details(
            "top",
            "The upper clothing has short sleeves, chiffon fabric and pure color patterns. It has a square neckline."
            " The lower clothing is of long length. The",
            "cut",
            hit_limit=True,
        ),
        title="DressBerry Women Maroon Solid Peplum Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: olive green utility shirt with two flap chest pockets and rolled-up sleeves, worn open over a white
    # tank top, with blue jeans; white backdrop, front view. Caption adapter epoch 1 / reference engine.
    case(
        "X1109-008",
        caption("a woman wearing a green shirt over a white tank top and jeans"),
        wearing("a green shirt and a white top"),
        color("white", "other_garment_color"),
        garment_type("jacket", "contradiction"),
        describe(
            "shirt",
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel."
            " This lady also wears an outer clothing, with",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "two pockets on the chest and rolled up sleeves"),
        is_a("shirt", "yes"),
        title="Roadster Women Olive Green Solid Utility Shirt",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: white schiffli (eyelet embroidered) off-shoulder top, elasticated neckline, long bell sleeves, worn with
    # blue denim shorts; white backdrop, front view. Caption adapter epoch 1 / reference engine.
    case(
        "X1109-009",
        caption("a woman wearing a white off the shoulder top with long sleeves and denim shorts"),
        wearing("a white top and shorts Question: what is the color of the shorts? Answer: blue", "leak"),
        sleeve_length("long"),
        color("white"),
        describe("top", "a white off shoulder top with eyelet embroidery and flared sleeves"),
        details("top", "the top has a lace up back and a zipper", "unsupported"),
        material("cotton"),
        title="Trendyol Women White Schiffli Cotton Off-Shoulder Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: black ribbed sleeveless crop top with a square neck, worn with high-waist beige trousers; white
    # backdrop, front view. Caption adapter epoch 1 / reference engine.
    case(
        "X1109-010",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a square"
            " neckline. She wears a long trousers. This female wears a necklace.",
            "unsupported",
        ),
        wearing("a black crop top and beige pants"),
        garment_type("tank top"),
        color("beige", "other_garment_color"),
        sleeve_length("sleeveless"),
        describe("top", "top", "non_answer"),
        details("top", "ribbed knit fabric with a square neck"),
        title="ONLY Women Black Ribbed Square Neck Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: peach wrap top with a small white and green floral print, short sleeves, v-neck, tie at the waist, worn
    # with white jeans; white backdrop, front view. Caption adapter epoch 1 / reference engine.
    case(
        "X1109-011",
        caption("a woman wearing a pink floral wrap top and white jeans"),
        pattern("floral"),
        color("peach"),
        sleeve_length("short"),
        color_of("top", "white", "other_garment_color", kind="open"),
        describe(
            "top",
            "The upper clothing has short sleeves, georgette fabric and floral patterns. It has a v-shape neckline.",
        ),
        details(
            "top",
            "the top has floral patterns, the top has floral patterns, the top has floral patterns, the top has"
            " floral patterns, the top",
            "loop",
            hit_limit=True,
        ),
        material("silk", "unsupported"),
        title="Athena Women Peach-Coloured Floral Print Georgette Wrap Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: grey melange crew-neck t-shirt, short sleeves, small black logo on the chest, worn with black track
    # pants, hands in the pockets; white backdrop, front view. Caption adapter epoch 1 / reference engine.
    case(
        "X1109-012",
        caption("a woman wearing a grey t-shirt and black pants with her hands in her pockets"),
        wearing(
            "a grey t-shirt and black track pants Question: what is the color of the t-shirt? Answer: grey",
            "leak",
        ),
        color("grey"),
        pattern("striped", "contradiction"),
        is_a("t-shirt", "yes"),
        describe("t-shirt", "a grey t-shirt with a small logo on the chest"),
        details(
            "t-shirt",
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a crew neckline. The"
            " lower clothing is of long length. The fabric is",
            "cut",
            hit_limit=True,
        ),
        material("cotton"),
        title="Puma Women Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: red and white gingham checked cropped shirt with a tie-front knot, short sleeves, collar, worn with
    # blue denim shorts; white backdrop, front view. Caption adapter epoch 1 / reference engine.
    case(
        "X1109-013",
        caption("a woman in a red and white checkered shirt tied at the waist and denim shorts"),
        wearing("a red and white plaid shirt and shorts"),
        pattern("striped", "contradiction"),
        color("red"),
        garment_type("shirt"),
        describe(
            "shirt",
            "The upper clothing has short sleeves, cotton fabric and lattice patterns. The neckline of it is lapel.",
        ),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        details("shirt", "a tie at the front and a lace trim at the hem", "unsupported"),
        title="StyleStone Women Red & White Checked Tie-Up Crop Shirt",
        category="Shirts",
        color="Red",
        gender="Women",
    ),
    # photo: lavender satin wrap crop top with long sleeves and a side tie, worn with a black mini skirt; white
    # backdrop, front view. Caption adapter epoch 1 / reference engine.
    case(
        "X1109-014",
        caption("a woman wearing a purple satin dress and black heels", "contradiction"),
        wearing("The lady wears a long-sleeve top with pure color patterns and a short skirt."),
        color("purple"),
        sleeve_length("long"),
        material("cotton", "unsupported"),
        describe("top", "a lavender satin wrap top with long sleeves"),
        details("top", "he has a wrap front and a tie at the side", "pronoun"),
        title="Mast & Harbour Women Lavender Satin Wrap Crop Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: rust orange ribbed off-shoulder fitted top, long sleeves, regular (not cropped) length, tucked into
    # blue jeans; white backdrop, front view. Caption adapter epoch 1 / reference engine.
    case(
        "X1109-015",
        caption("a woman wearing a brown off shoulder top and blue jeans"),
        wearing("a rust colored off shoulder top and jeans"),
        color("orange"),
        sleeve_length("long"),
        is_a("crop top", "no"),
        color_of("top", "The lady wears a long-sleeve top with pure color patterns.", "non_answer", kind="open"),
        describe(
            "top",
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The upper clothing has long"
            " sleeves, cotton fabric and pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Rust Solid Off-Shoulder Fitted Top",
        category="Tops",
        color="Rust",
        gender="Women",
    ),
    # photo: teal blue sleeveless peplum top with small white polka dots, round neck, worn with white jeans; white
    # backdrop, front view. Caption adapter epoch 1 / reference engine.
    case(
        "X1109-016",
        caption("a woman in a blue and white polka dot top with a ruffled hem and white pants"),
        wearing(
            "polka dot, polka dot, polka dot, polka dot, polka dot, polka dot, polka dot, polka dot, polka dot",
            "loop",
            hit_limit=True,
        ),
        pattern("polka dot"),
        color("teal"),
        color_of("top", "white", "other_garment_color", kind="open"),
        sleeve_length("short", "contradiction"),
        details("top", "the details of the top are the top details", "restated"),
        describe("top", "a blue top with white polka dots, a peplum and gold buttons on the shoulders", "unsupported"),
        title="Harpa Women Teal Blue Polka Dot Print Peplum Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: white boxy crop t-shirt with black "NO DRAMA" typography, drop-shoulder short sleeves, crew neck, worn
    # with black cycling shorts and white sneakers; white backdrop, full-length front view.
    # Caption adapter epoch 1 / reference engine.
    case(
        "X1109-017",
        caption("a woman wearing a white t-shirt that says no drama and black shorts"),
        wearing("a white crop top and black biker shorts"),
        color("black", "other_garment_color"),
        pattern("printed"),
        garment_type("t-shirt"),
        describe(
            "t-shirt",
            "a white t-shirt with the words no drama no drama no drama no drama no drama no drama no drama no drama"
            " no drama no"
            " drama",
            "loop",
            hit_limit=True,
        ),
        details("t-shirt", "the t-shirt has a v-neck and a chest pocket", "unsupported"),
        material("cotton"),
        title="Tokyo Talkies Women White Typography Printed Boxy Crop T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: burgundy wrap top, long balloon sleeves, v-neck, no collar, no buttons, worn with black jeans; light
    # grey backdrop, front view. Caption adapter epoch 1 / reference engine.
    case(
        "X1109-018",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. Its"
            " neckline is v-shape. She wears a long denim pants. The pants are with denim fabric.",
            "contradiction",
        ),
        wearing("a burgundy top and black jeans"),
        color("maroon"),
        sleeve_length("long"),
        describe("top", "a dark red wrap top with puffed long sleeves and a v neckline"),
        color_of("top", "black", "other_garment_color", kind="open"),
        material(
            "Question: What material is the garment made of? Answer: polyester Question: What is the color of the"
            " jeans? Answer",
            "leak",
            hit_limit=True,
        ),
        title="Vero Moda Women Burgundy Solid Wrap Top",
        category="Tops",
        color="Burgundy",
        gender="Women",
    ),
    # photo: yellow off-shoulder bardot crop top with a white floral print and a ruffle layer, short sleeves, worn
    # with a blue denim mini skirt; no jewellery; white backdrop, front view. Caption adapter epoch 1 / reference.
    case(
        "X1109-019",
        caption("a woman wearing a yellow floral off shoulder top and a denim skirt"),
        wearing("a yellow top and a blue skirt"),
        pattern("floral"),
        color("yellow"),
        sleeve_length("short"),
        describe("top", "a description of the top", "restated"),
        is_a("crop top", "no", "contradiction"),
        details(
            "top",
            "The upper clothing has short sleeves, cotton fabric and floral patterns. There is an accessory on her"
            " wrist.",
            "unsupported",
        ),
        title="SASSAFRAS Women Yellow Floral Print Bardot Crop Top",
        category="Tops",
        color="Yellow",
        gender="Women",
    ),
    # photo: blue and white vertical pinstripe linen shirt with one chest pocket, long sleeves rolled to the elbow,
    # tucked into white trousers; white backdrop, front view. Caption adapter epoch 1 / reference engine.
    case(
        "X1109-020",
        caption("a woman wearing a blue and white striped shirt and white pants"),
        wearing("a blue striped dress", "contradiction"),
        pattern("striped"),
        color("blue"),
        material("linen"),
        describe(
            "shirt",
            "The upper clothing has long sleeves, cotton fabric and striped patterns. The neckline of it is lapel.",
            "unsupported",
        ),
        details(
            "shirt",
            "she has a collar, a pocket on the chest, and buttons on the front Question: what is the color of the"
            " pants? Answer",
            "leak",
            hit_limit=True,
        ),
        title="Mango Women Blue & White Striped Pure Linen Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: coral sleeveless peplum top with a smocked waist and v-neck, worn with mid-blue jeans; white backdrop,
    # front view. Caption adapter epoch 1 / reference engine.
    case(
        "X1109-021",
        caption("a woman wearing an orange top and blue jeans with a ruffle at the bottom"),
        wearing("he is wearing a coral top and jeans", "pronoun"),
        color("pink"),
        sleeve_length("sleeveless"),
        describe("top", "a coral top with a smocked waist and a peplum hem"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        details(
            "top",
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. This lady wears a belt.",
            "unsupported",
        ),
        title="FabAlley Women Coral Solid Smocked Peplum Top",
        category="Tops",
        color="Coral",
        gender="Women",
    ),
    # photo: lime green crop t-shirt, short sleeves, a small white embroidered smiley on the left chest, worn with
    # grey joggers; white backdrop, front view. Caption adapter epoch 1 / reference engine.
    case(
        "X1109-022",
        caption(
            "a woman in a green crop top and grey sweatpants. The upper clothing has short sleeves, cotton fabric and"
            " pure color patterns. It has a crew neckline. This lady wears a hat.",
            "unsupported",
        ),
        wearing("a green crop top and grey pants"),
        color("yellow", "contradiction"),
        garment_type("crop top"),
        pattern("solid"),
        color_of("t-shirt", "grey", "other_garment_color", kind="open"),
        details("t-shirt", "a small embroidered smiley face on the left chest"),
        title="Roadster Women Lime Green Solid Cropped T-shirt",
        category="Tshirts",
        color="Lime Green",
        gender="Women",
    ),
    # photo: off-white peasant blouse with blue embroidery on the yoke, three-quarter sleeves, tie neck with tassels,
    # worn with blue jeans; white backdrop, front view. Caption adapter epoch 1 / reference engine.
    case(
        "X1109-023",
        caption("a woman wearing a white embroidered blouse with blue embroidery and blue jeans"),
        wearing("The lady wears a top with graphic patterns and a long denim pants."),
        color("blue", "other_garment_color"),
        sleeve_length("three-quarter"),
        describe("top", "an off white top with blue embroidery around the neck and tassels"),
        details(
            "top",
            "tassels, tassels, tassels, tassels, tassels, tassels, tassels, tassels, tassels, tassels, tassels,"
            " tassels",
            "loop",
            hit_limit=True,
        ),
        is_a("blouse", "yes"),
        title="Globus Women Off-White Embroidered Tie-Up Neck Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: pink and white tie-dye crop t-shirt, short sleeves, round neck, worn with light blue jeans; white
    # backdrop, front view. Caption adapter epoch 1 / reference engine.
    case(
        "X1109-024",
        caption("a woman wearing a pink tie dye crop top and light blue jeans"),
        wearing("a tie dye shirt and jeans"),
        pattern("floral", "contradiction"),
        color("pink"),
        garment_type("t-shirt"),
        describe(
            "t-shirt",
            "The upper clothing has short sleeves, cotton fabric and color block patterns. It has a round neckline."
            " The lower clothing is of long length. The fabric is",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "pink", kind="open"),
        details("t-shirt", "a knot at the front hem and a small pocket", "unsupported"),
        title="HERE&NOW Women Pink & White Tie-Dye Cropped T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: white sleeveless peplum top with a black floral print, round neck, worn with black trousers; no rings
    # or bracelets; white backdrop, front view. The feed row has no gender column.
    # Caption adapter epoch 1 / reference engine.
    case(
        "X1109-025",
        caption("a woman wearing a white and black floral top and black pants"),
        wearing("Answer: a white floral top and black pants", "leak"),
        pattern("floral"),
        color("white"),
        sleeve_length("sleeveless"),
        describe("top", "a white sleeveless peplum top with black flowers"),
        details(
            "top",
            "The upper clothing has no sleeves, cotton fabric and floral patterns. It has a round neckline. This lady"
            " wears a ring on her finger.",
            "unsupported",
        ),
        material("cotton"),
        title="Marie Claire Women White & Black Floral Print Peplum Top",
        category="Tops",
        color="White",
    ),
    # photo: light blue denim shirt, long sleeves, two flap chest pockets, metal snap buttons, buttoned, worn with
    # black jeans; white backdrop, front view. Caption adapter epoch 1 / reference engine.
    case(
        "X1109-026",
        caption("a woman wearing a blue denim shirt and black jeans"),
        wearing("a denim shirt and black jeans"),
        color("black", "other_garment_color"),
        garment_type("jacket", "contradiction"),
        material("denim"),
        describe(
            "shirt",
            "The upper clothing has long sleeves, denim fabric and pure color patterns. The neckline of it is lapel."
            " The lower clothing is of long length. The fabric",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "two flap pockets on the chest and metal snap buttons"),
        title="Roadster Women Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: blue and white horizontal striped off-shoulder bardot top, long sleeves, worn with white jeans; white
    # backdrop, front view. Caption adapter epoch 1 / reference engine.
    case(
        "X1109-027",
        caption("a woman in a blue and white striped off shoulder top and white jeans"),
        wearing("a blue and white striped top"),
        pattern("striped"),
        color("blue"),
        sleeve_length("short", "contradiction"),
        describe(
            "top",
            "The lady wears a long-sleeve top with striped patterns. Question: Describe the top. Answer: The lady"
            " wears",
            "leak",
            hit_limit=True,
        ),
        is_a("shirt", "no"),
        color_of(
            "top",
            "The upper clothing has long sleeves, cotton fabric and striped patterns.",
            "non_answer",
            kind="open",
        ),
        title="Berrylush Women Blue & White Striped Off-Shoulder Bardot Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: black peplum top with a lace yoke, short sleeves, worn with a black pencil skirt (all-black outfit);
    # white backdrop, front view. Caption adapter epoch 1 / reference engine.
    case(
        "X1109-028",
        caption("a woman wearing a black top with lace and a black skirt"),
        wearing("a black lace top and black skirt"),
        color("black"),
        pattern("floral", "contradiction"),
        describe("top", "a black top with a lace yoke and peplum waist"),
        details(
            "top",
            "lace at the neck, lace at the sleeves, lace at the hem, lace at the neck, lace at the sleeves, lace at"
            " the hem, lace",
            "loop",
            hit_limit=True,
        ),
        sleeve_length("long", "contradiction"),
        title="Vero Moda Women Black Lace Detail Peplum Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: mauve wrap top with short puff sleeves and a v-neck, worn with white jeans; white backdrop, front view.
    # Caption adapter epoch 1 / reference engine.
    case(
        "X1109-029",
        caption(
            "The lady wears a short-sleeve top with pure color patterns. The top is with chiffon fabric. Its neckline"
            " is v-shape. She wears a long denim pants. The pants are with denim fabric and pure color patterns."
            " The",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink wrap top and white jeans"),
        color("purple"),
        sleeve_length("short"),
        color_of("top", "white", "other_garment_color", kind="open"),
        material("chiffon"),
        details("top", "yes", "non_answer"),
        title="DressBerry Women Mauve Solid Wrap Top",
        category="Tops",
        color="Mauve",
        gender="Women",
    ),
    # photo: navy blue crop t-shirt with a white "NYC 1986" varsity print, short sleeves, worn with a white mini
    # skirt; white backdrop, front view framed from the knees up (no shoes in the picture).
    # Caption adapter epoch 1 / reference engine.
    case(
        "X1109-030",
        caption("a woman wearing a blue crop top and a white skirt"),
        wearing("a blue t-shirt with white letters, a white skirt and white sneakers", "unsupported"),
        color("black", "contradiction"),
        pattern("graphic"),
        garment_type("top"),
        describe(
            "t-shirt",
            "The upper clothing has short sleeves, cotton fabric and graphic patterns. It has a crew neckline. The"
            " lower clothing is of short length.",
        ),
        details("t-shirt", "he has white letters on the front", "pronoun"),
        title="Roadster Women Navy Blue Printed Crop T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: cream ribbed cotton wrap crop top, long sleeves, ties at the front, worn with brown wide-leg trousers;
    # light grey backdrop, front view. Caption adapter epoch 1 / reference engine.
    case(
        "X1109-031",
        caption(
            "a woman wearing a white wrap top and brown pants. The upper clothing has long sleeves, cotton fabric"
            " and pure color patterns. The lower clothing is of long length. The fabric is cotton and it has pure"
            " color",
            "cut",
            hit_limit=True,
        ),
        wearing("a cream top and brown trousers"),
        color("brown", "other_garment_color"),
        sleeve_length("long"),
        describe("top", "a cream ribbed knit crop top that wraps and ties at the front"),
        material("wool", "unsupported"),
        details(
            "top",
            "the top has a tie on the front and a tie on the front and a tie on the front and a tie on the front and a",
            "loop",
            hit_limit=True,
        ),
        title="Trendyol Women Cream-Coloured Ribbed Cotton Wrap Crop Top",
        category="Tops",
        color="Cream",
        gender="Women",
    ),
    # photo: green and white gingham peplum top with thin shoulder straps (sleeveless), worn with white jeans; white
    # backdrop, front view. Caption adapter epoch 1 / reference engine.
    case(
        "X1109-032",
        caption("a woman wearing a green and white checkered top and white jeans"),
        pattern("checked"),
        color("green"),
        sleeve_length("short", "contradiction"),
        describe(
            "top",
            "The upper clothing has no sleeves, cotton fabric and lattice patterns. It has a suspenders neckline.",
        ),
        wearing(
            "a green gingham top and white pants Question: what is the color of the pants? Answer: white Question:"
            " what is",
            "leak",
            hit_limit=True,
        ),
        is_a("peplum top", "yes"),
        details("top", "a ruffle hem and a lace up back", "unsupported"),
        title="Rare Women Green & White Checked Peplum Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: black cropped shirt, short sleeves, collar, buttons down the front, no zip, worn with a blue denim
    # skirt; white backdrop, front view. Caption adapter epoch 1 / reference engine.
    case(
        "X1109-033",
        caption("a woman wearing a black shirt and a blue skirt"),
        wearing(
            "a black shirt, a black shirt, a black shirt, a black shirt, a black shirt, a black shirt, a black"
            " shirt, a black",
            "loop",
            hit_limit=True,
        ),
        garment_type("shirt"),
        color("blue", "other_garment_color"),
        sleeve_length("short"),
        describe(
            "shirt",
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. The neckline of it is lapel."
            " The lower clothing is of short length. The fabric is",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "a collar and buttons down the front and a zipper on the side", "unsupported"),
        title="Tokyo Talkies Women Black Solid Crop Shirt",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: white wrap top with a tropical print of green leaves and pink flowers, short sleeves, v-neck, tie at the
    # waist, worn with black trousers; white backdrop, front view. Caption adapter epoch 1 / reference engine.
    case(
        "X1109-034",
        caption("a woman wearing a floral print wrap top and black pants"),
        color("green"),
        pattern("floral"),
        color_of("top", "black", "other_garment_color", kind="open"),
        describe(
            "top", "The upper clothing has short sleeves, cotton fabric and floral patterns. Its neckline is v-shape."
        ),
        details("top", "tie at the waist"),
        sleeve_length("long", "contradiction"),
        wearing("clothes", "non_answer"),
        title="Athena Women Multicoloured Tropical Print Wrap Top",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: baby pink regular-fit shirt, long sleeves, collar, tucked into grey trousers; white backdrop, front view.
    # Caption adapter epoch 1 / reference engine.
    case(
        "X1109-035",
        caption("a woman wearing a pink shirt and grey pants"),
        wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns. His pants are of long length.", "pronoun"
        ),
        color("pink"),
        garment_type("shirt"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        describe("shirt", "a light pink button up shirt with a collar"),
        details("shirt", "a collar, a chest pocket with an embroidered logo and cuffs", "unsupported"),
        title="Harpa Women Pink Solid Regular Fit Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Women",
    ),
    # photo: white ribbed crop top, short puff sleeves, square neck, worn with mid-blue jeans; white backdrop, front
    # view. Caption adapter epoch 1 / reference engine.
    case(
        "X1109-036",
        caption("a woman wearing a white top with puff sleeves and blue jeans"),
        wearing("a white crop top with a lace trim and jeans", "unsupported"),
        color("white"),
        sleeve_length("sleeveless", "contradiction"),
        is_a("crop top", "yes"),
        describe(
            "top",
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a square neckline.",
        ),
        details("top", "what are the top details", "restated"),
        title="ONLY Women White Ribbed Puff Sleeve Crop Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: olive green shirt-style peplum top, collar, buttons, long sleeves, worn with black jeans; white
    # backdrop, front view. Caption adapter epoch 1 / reference engine.
    case(
        "X1109-037",
        caption("a woman in a green shirt and black jeans"),
        wearing(
            "The lady wears a long-sleeve shirt with pure color patterns. She wears a long denim pants. The pants"
            " are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        color("olive"),
        garment_type("shirt"),
        color_of("top", "black", "other_garment_color", kind="open"),
        describe("top", "an olive shirt with a peplum at the waist"),
        details("top", "the top has top details", "restated"),
        sleeve_length("sleeveless", "contradiction"),
        title="SASSAFRAS Women Olive Green Solid Peplum Shirt Style Top",
        category="Tops",
        color="Olive",
        gender="Women",
    ),
    # photo: red bardot off-shoulder top with a smocked bodice, long sleeves, worn with white jeans; white backdrop,
    # front view. Caption adapter epoch 1 / reference engine.
    case(
        "X1109-038",
        caption(
            "a woman wearing a red off shoulder top and white jeans. The upper clothing has long sleeves, cotton"
            " fabric and pure color patterns. The lower clothing is of long length. The fabric is denim and it has"
            " pure color patterns. She",
            "cut",
            hit_limit=True,
        ),
        wearing("a red off the shoulder top"),
        color("red"),
        sleeve_length("long"),
        describe(
            "top",
            "the top is red and the top is red and the top is red and the top is red and the top is red and the",
            "loop",
            hit_limit=True,
        ),
        details("top", "a zipper at the back and two front pockets", "unsupported"),
        is_a("dress", "yes", "contradiction"),
        title="Street 9 Women Red Solid Bardot Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: charcoal grey Dri-FIT crop training t-shirt with a white swoosh, short sleeves, worn with black
    # leggings; white backdrop, front view. Caption adapter epoch 1 / reference engine.
    case(
        "X1109-039",
        caption("a woman wearing a blue nike sports bra and black leggings", "contradiction"),
        wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns. She wears a long leggings. The"
            " leggings are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        color("black", "other_garment_color"),
        material("polyester"),
        describe("t-shirt", "a charcoal t-shirt with a white nike logo and a cropped hem"),
        details(
            "t-shirt", "The upper clothing has short sleeves, cotton fabric and pure color patterns.", "unsupported"
        ),
        pattern("solid"),
        title="Nike Women Charcoal Grey Dri-FIT Crop Training T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Women",
    ),
    # photo: navy blue shirt with a small white floral print, long sleeves, collar, worn with beige trousers; white
    # backdrop, front view. Caption adapter epoch 1 / reference engine.
    case(
        "X1109-040",
        caption("a woman wearing a blue floral shirt and beige pants"),
        wearing("a blue and white floral shirt and khaki pants"),
        pattern("polka dot", "contradiction"),
        color("navy blue"),
        describe(
            "shirt",
            "The upper clothing has long sleeves, cotton fabric and floral patterns. The neckline of it is lapel."
            " The lower clothing is of long length. The fabric",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "beige", "other_garment_color", kind="open"),
        details("shirt", "he is wearing a shirt with flowers on it", "pronoun"),
        title="Mast & Harbour Women Navy Blue & White Floral Print Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: plain white crop t-shirt, short sleeves, worn under an open light-blue denim jacket with black
    # high-waist jeans; white backdrop, front view. Caption adapter epoch 1 / reference engine.
    case(
        "X1109-041",
        caption("a woman wearing a denim jacket over a white crop top and black jeans"),
        wearing("he wears a denim jacket, a white t-shirt and black jeans", "pronoun"),
        garment_type("jacket", "contradiction"),
        color("blue", "other_garment_color"),
        describe(
            "t-shirt",
            "The upper clothing has long sleeves, denim fabric and pure color patterns. This lady also wears an outer"
            " clothing, with denim",
            "contradiction",
            hit_limit=True,
        ),
        is_a("crop top", "yes"),
        sleeve_length("short"),
        title="Roadster Women White Solid Crop T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: mustard self-design (dobby texture) peplum top, flutter sleeves, round neck with a keyhole, worn with
    # white trousers; white backdrop, front view. Caption adapter epoch 1 / reference engine.
    case(
        "X1109-042",
        caption("a woman in a yellow peplum top and white pants"),
        wearing("she is wearing a yellow top with ruffles and white pants"),
        color("mustard"),
        pattern("solid"),
        color_of("top", "orange", "contradiction", kind="open"),
        describe("top", "a mustard peplum top with flutter sleeves and a keyhole neck"),
        details("top", "the details", "non_answer"),
        material(
            "cotton Question: What is the pattern of the garment? Answer: solid Question: What is the sleeve",
            "leak",
            hit_limit=True,
        ),
        title="Harpa Women Mustard Yellow Self Design Peplum Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: black wrap top with white polka dots, long sleeves, v-neck, worn with white trousers; white backdrop,
    # front view. Caption adapter epoch 1 / reference engine.
    case(
        "X1109-043",
        caption(
            "The lady wears a long-sleeve top with graphic patterns. The top is with chiffon fabric. Its neckline is"
            " v-shape. She wears a long pants. The pants are with cotton fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a polka dot top and white pants"),
        pattern("polka dot"),
        color("white", "contradiction"),
        sleeve_length("long"),
        describe("top", "a black wrap top with white polka dots and long sleeves"),
        material("georgette"),
        details(
            "top",
            "polka dots, polka dots, polka dots, polka dots, polka dots, polka dots, polka dots, polka dots, polka"
            " dots,"
            " polka",
            "loop",
            hit_limit=True,
        ),
        title="Dodo & Moa Women Black & White Polka Dot Print Wrap Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: white cropped shirt tied at the front, short sleeves, collar, worn with a pink floral midi skirt; white
    # backdrop, front view. Caption adapter epoch 1 / reference engine.
    case(
        "X1109-044",
        caption(
            "a woman wearing a white shirt and a floral skirt. The upper clothing has short sleeves, cotton fabric"
            " and pure color patterns. The neckline of it is lapel. The lower clothing is of long length. The fabric is"
            " chiffon and",
            "cut",
            hit_limit=True,
        ),
        wearing("a white crop shirt tied at the front and a pink floral skirt"),
        pattern("floral", "contradiction"),
        color("white"),
        describe(
            "shirt",
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. The lower clothing has"
            " floral patterns.",
        ),
        color_of("shirt", "pink", "other_garment_color", kind="open"),
        sleeve_length("short"),
        details("shirt", "the shirt is tied at the front and has a belt", "unsupported"),
        title="StyleStone Women White Solid Tie-Up Crop Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: black off-shoulder crop top, long sleeves, worn with blue ripped jeans and gold hoop earrings; white
    # backdrop, front view. Caption adapter epoch 1 / reference engine.
    case(
        "X1109-045",
        caption("a woman wearing a black off shoulder crop top and ripped jeans with hoop earrings"),
        wearing("a black top and black jeans", "contradiction"),
        color("black"),
        sleeve_length("long"),
        describe(
            "top",
            "a black off shoulder top with a black off shoulder top with a black off shoulder top with a black off"
            " shoulder",
            "loop",
            hit_limit=True,
        ),
        details(
            "top",
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. This female wears earrings.",
        ),
        material("", "non_answer"),
        title="Marie Claire Women Black Solid Off-Shoulder Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: color-block crop t-shirt, blue upper half and pink lower half, short sleeves, round neck, worn with
    # white jeans; white backdrop, front view. The feed row has no color column.
    # Caption adapter epoch 1 / reference engine.
    case(
        "X1109-046",
        caption("a woman wearing a blue and pink color block crop top and white jeans"),
        wearing("a blue and pink shirt and white jeans"),
        pattern("striped", "contradiction"),
        color("blue"),
        color_of("t-shirt", "white", "other_garment_color", kind="open"),
        describe(
            "t-shirt",
            "The upper clothing has short sleeves, cotton fabric and color block patterns. It has a round neckline.",
        ),
        details("t-shirt", "the t-shirt details are the details of the t-shirt", "restated"),
        material("denim", "unsupported"),
        title="Trendyol Women Blue & Pink Colourblocked Crop T-shirt",
        category="Tshirts",
        gender="Women",
    ),
]
