"""BLIND_454 (46 products; women's sarees and readymade blouses from several Indian sellers): written blind in the
forty-seventh session. Measured blind at bbc1aa6 (the session's rules as they stood): 109/124 failures found (87.9%)
and 8/155 correct texts flagged (5.2%). The writer's notes, verbatim:

Scenario: an English catalog feed pooled from several Indian sellers of women's ethnic wear: silk sarees (Banarasi,
Kanjeevaram, Paithani, Patola, tussar, tissue), cotton and handloom sarees (tant, kasavu, Chettinad checks, dabu,
kantha, chanderi, linen), georgette, chiffon, crepe and organza sarees (printed, bandhani, leheriya, sequinned,
gota patti), and readymade blouses (brocade, velvet, raw silk, net, chikankari, kalamkari, polka dots). Sarees are
shown draped on a model with a blouse that often has another color than the saree; blouses are shown worn with a
saree of another color, on a mannequin, on a hanger or flat on a floor. Backdrops include colored walls, plants, a
sofa, a chair and a brass lamp held as a prop. Each row has the seller's title, category, color and gender; a few
rows miss the gender, as pooled feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase: "a woman in a red
saree with gold border") unless the comment says the caption adapter wrote them. The caption-only LoRA adapter of the
original experiments writes the DeepFashion template ("The upper clothing has short sleeves, cotton fabric and pure
color patterns. It has a round neckline. The lower clothing is of long length ..."); it has no end token, so every
adapter text runs to its limit (50 new tokens for captions, 30 for answers) and carries hit_limit=True; asked a
question, it returns its template. Open answers (wearing, description, details, material and the set's own open
questions: border, pallu, work, neckline) come from the base model unless the comment names the adapter; the base
model stops on its own, never with hit_limit. Closed answers (garment_type, color, pattern, sleeve_length, the
per-piece colors of saree, blouse and border, and the yes/no "Is this a ...?") come from enrich's `--engine
reference`, chosen from candidate sets; they never loop or get cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: red for maroon, pink for rani pink, magenta, fuchsia or peach,
  blue for navy, royal or sky blue and for teal, green for teal, olive or bottle green, white or cream for off white
  and ivory, yellow for gold sequins, grey for silver, orange for rust, purple for lavender. Mustard answered orange,
  wine answered brown and lime green answered yellow are contradictions.
- A saree body and border named together ("a white saree with a gold border", "red and gold") is correct. The
  border, zari or print color given alone as the garment's color (gold for a kasavu saree, white for indigo dabu,
  black for mustard checks) is contradiction. The blouse's color given as the saree's (or the saree's as the
  blouse product's) is other_garment_color; the color of a wall or backdrop given to the garment is contradiction.
- For a blouse product photographed with a saree, answers that describe the saree and blouse both ("a black saree
  with a gold blouse") are correct; "yes" to "Is this a saree?" for the blouse product is contradiction.
- Garment names: saree is the garment; "blouse", "shirt" and "upper clothing" for a blouse are correct. The adapter
  calling a saree a "dress" is contradiction (hit_limit kept), since that is what the auditor sees first; its
  "upper clothing ... lower clothing of long length" template does not misname the saree and is labelled cut or
  loop. The reference engine's "kurta" for a blouse and "yes" to "Is this a lehenga?" are contradictions.
- Materials: the title's fabric or a look-alike is correct (chiffon for georgette, silk for raw silk, net for a net
  blouse, cotton for chanderi or cotton silk, sequins for a sequinned blouse). A fabric neither named nor visible
  (silk on a cotton saree or a cotton blouse, satin on tissue, cotton on organza) is unsupported.
- Invented items (a necklace or bangles on a model with none, a crown, a bag, a belt, mirrors, back buttons on a
  front view, animals in a purely geometric weave) are unsupported. Jewellery and earrings the model really wears,
  the lamp she holds and the walls, plants, sofa and chair are correct.
- Leheriya answered "striped" is correct (it is a diagonal stripe print); a blouse with puff short sleeves answered
  "long sleeves" is contradiction; a sleeveless blouse described with long sleeves is contradiction.
- Adapter texts: repeating a template sentence is loop; stopping mid-sentence without repeating is cut; the template
  returned for the material question is restated (even where it names a fabric). Template answers to wearing,
  description or details answer them, so they are cut or loop.
- Base answers cut by an early stop ("the saree has a") are cut without hit_limit; "" and "the blouse has details",
  "saree details", "it is made of fabric" are non_answer; the garment's name and color for the material, or "the
  person is wearing" for the wearing question, are restated; answers that run on into "Question: ... Answer: ..."
  are leak; "he" for a woman is pronoun.
- Also contradiction: red for a fuchsia blouse, the saree's own body color given for its border, "no" to "Is this
  a blouse?" or "Is this a saree?" for the product itself, and a piece color no piece has (a "pink blouse" for an ivory
  one, where only the print's flowers are pink).
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_saree = question("color_saree", "What is the color of the saree?", "closed")
color_blouse = question("color_blouse", "What is the color of the blouse?", "closed")
color_border = question("color_border", "What is the color of the border?", "closed")
border = question("border", "Describe the border of the saree.", "open")
pallu = question("pallu", "What is on the pallu of the saree?", "open")
work = question("work", "What work is on the garment?", "open")
neckline = question("neckline", "What is the neckline of the blouse?", "open")

BLIND_454 = [
    # photo: model in a maroon Banarasi silk saree with gold zari border and gold buttis, matching maroon blouse with
    # elbow sleeves, pallu over the left shoulder, no jewellery, plain beige studio backdrop, full front view.
    # adapter: none
    case(
        "X454-001",
        caption("a woman in a red saree with gold border"),
        D.wearing("a red and gold saree"),
        color_saree("gold", "contradiction"),
        D.pattern("woven"),
        D.material("silk"),
        pallu("gold flowers and a gold border"),
        D.details("gold zari work and a necklace", "unsupported"),
        title="Women Maroon & Gold-Toned Woven Design Banarasi Silk Saree",
        category="Sarees",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a navy blue georgette saree with a small white floral print, plain white sleeveless blouse,
    # white wall backdrop, front view.
    # caption: adapter
    case(
        "X454-002",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a sleeveless dress with floral patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue saree with white flowers"),
        color_saree("blue"),
        color_blouse("blue", "other_garment_color"),
        D.material("chiffon"),
        D.color("white", "other_garment_color"),
        title="Navy Blue & White Floral Printed Georgette Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a gold brocade readymade blouse with elbow sleeves and a sweetheart neck (the product), worn with
    # a plain black chiffon saree, grey backdrop, front view cropped at the knees.
    # adapter: none
    case(
        "X454-003",
        caption("a woman wearing a black saree and gold blouse"),
        D.wearing("a black saree with a gold blouse"),
        D.color("black", "other_garment_color"),
        D.garment_type("blouse"),
        B.sleeve_length("elbow sleeves"),
        D.material("brocade"),
        neckline("the neckline of the blouse", "restated"),
        title="Women Gold-Toned Woven Brocade Readymade Saree Blouse",
        category="Blouses",
        color="Gold",
        gender="Women",
    ),
    # photo: model seated on a wooden chair in an off white handloom cotton tant saree with a wide red border, red
    # short-sleeve blouse, no jewellery, plain cream wall.
    # adapter: none
    case(
        "X454-004",
        caption("a woman in a white saree sitting on a wooden chair"),
        color_saree("white"),
        color_border("gold", "contradiction"),
        D.color("cream"),
        D.material("cotton"),
        border("a wide red border"),
        D.description("a white cotton saree with a red border and gold bangles", "unsupported"),
        title="Off White & Red Handloom Cotton Tant Saree",
        category="Sarees",
        color="Off White",
    ),
    # photo: black sleeveless readymade blouse with mirror work around the v-neck, on a dress form, white backdrop.
    # details: adapter
    case(
        "X454-005",
        caption("a black blouse with mirror work on a mannequin"),
        D.garment_type("blouse"),
        B.sleeve_length("sleeveless"),
        D.details(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a v-shape neckline. "
            "The upper clothing has no sleeves",
            "loop",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        is_a("blouse", "no", "contradiction"),
        title="Black Mirror Work Cotton Sleeveless Readymade Blouse",
        category="Blouses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a mustard pure cotton saree with an indigo block print, plain blue short-sleeve blouse, light
    # grey backdrop.
    # adapter: none
    case(
        "X454-006",
        caption("a woman in a yellow saree with a blue blouse"),
        D.wearing(
            "a yellow saree with a blue blouse Question: What is the material of the saree? Answer: cotton",
            "leak",
        ),
        color_saree("orange", "contradiction"),
        color_blouse("blue"),
        D.pattern("printed"),
        D.material("silk", "unsupported"),
        title="Mustard & Blue Block Printed Pure Cotton Saree",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a rani pink georgette saree with a sequinned border, matching pink blouse, standing in front of a
    # wall of green potted plants.
    # caption: adapter
    case(
        "X454-007",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The lady wears a",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a pink saree with sequins"),
        D.color("pink"),
        D.details(
            "Question: What are the details of the saree? Answer: sequins on the border",
            "leak",
        ),
        D.material("georgette"),
        is_a("lehenga", "yes", "contradiction"),
        title="Rani Pink Sequinned Georgette Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a green Kanjeevaram silk saree with a wide purple contrast border, purple short-sleeve blouse,
    # beige backdrop.
    # caption: adapter
    case(
        "X454-008",
        caption(
            "The upper clothing has short sleeves, silk fabric and solid color patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is silk and it has",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green saree with a purple border"),
        color_saree("green"),
        color_border("purple"),
        D.color("purple", "other_garment_color"),
        D.material("cotton", "unsupported"),
        title="Green & Purple Kanjeevaram Pure Silk Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: model in a white chikankari cotton readymade blouse with three-quarter sleeves (the product), worn with a
    # red georgette saree, white backdrop.
    # caption: adapter
    case(
        "X454-009",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a medium-sleeve shirt with pure color",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red saree with a white blouse"),
        D.color("red", "other_garment_color"),
        B.sleeve_length("three-quarter sleeves"),
        work("white embroidery on the sleeves"),
        D.material("cotton"),
        is_a("saree", "yes", "contradiction"),
        title="White Chikankari Embroidered Cotton Readymade Blouse",
        category="Blouses",
        color="White",
        gender="Women",
    ),
    # photo: model in a black and white geometric printed crepe saree, plain black blouse, white backdrop.
    # adapter: none
    case(
        "X454-010",
        caption("a woman in a black and white saree"),
        D.wearing(
            "a black and white printed saree Question: What is the color of the blouse? Answer: black",
            "leak",
        ),
        D.pattern("floral", "contradiction"),
        color_blouse("black"),
        D.material("the saree is black and white", "restated"),
        title="Black & White Geometric Printed Crepe Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: model in a peach organza saree with pastel floral embroidery, matching peach blouse with short sleeves,
    # holding the pallu out, beige backdrop.
    # details, material: adapter
    case(
        "X454-011",
        caption("a woman in a pink saree with flowers"),
        D.details(
            "The upper clothing has short sleeves, chiffon fabric and floral patterns. It has a v-shape neckline. The "
            "lower clothing is of long length. The fabric is chiffon",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The lady",
            "restated",
            hit_limit=True,
        ),
        D.color("peach"),
        D.wearing("a peach saree with flowers and a gold necklace", "unsupported"),
        is_a("saree", "yes"),
        title="Peach Floral Embroidered Organza Saree",
        category="Sarees",
        color="Peach",
        gender="Women",
    ),
    # photo: red raw silk readymade blouse with short sleeves and a boat neck on a wooden hanger against a white wall,
    # front view only.
    # adapter: none
    case(
        "X454-012",
        caption("a red blouse hanging on a white wall"),
        D.garment_type("blouse"),
        D.description("a red silk blouse with short sleeves and a boat neck"),
        D.details("it has gold buttons on the back", "unsupported"),
        B.sleeve_length("sleeveless", "contradiction"),
        D.material("silk"),
        title="Red Raw Silk Boat Neck Readymade Blouse",
        category="Blouses",
        color="Red",
    ),
    # photo: model in a teal Paithani silk saree with a magenta border and a peacock woven pallu, magenta blouse, no
    # headwear, cream backdrop.
    # adapter: none
    case(
        "X454-013",
        caption("a woman in a blue saree with a pink border"),
        pallu("peacocks"),
        color_saree("green"),
        color_border("pink"),
        D.wearing("a blue saree with a peacock on it and a gold crown", "unsupported"),
        is_a("saree", "no", "contradiction"),
        title="Teal & Magenta Paithani Silk Saree with Peacock Pallu",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a mustard Chettinad cotton saree with black checks, plain red blouse, white backdrop.
    # adapter: none
    case(
        "X454-014",
        caption("a woman wearing a yellow and black checkered saree"),
        D.pattern("checked"),
        D.color("black", "contradiction"),
        color_blouse("yellow", "other_garment_color"),
        D.details("the saree has a", "cut"),
        D.material("cotton"),
        title="Mustard & Black Checked Chettinad Cotton Saree",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a bottle green velvet readymade blouse with long sleeves and zari embroidery (the product), worn
    # with a gold tissue saree, dark backdrop.
    # caption, details: adapter
    case(
        "X454-015",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long-sleeve shirt with pure color patterns",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green blouse and a gold saree"),
        color_blouse("green"),
        D.color("gold", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        D.material("velvet"),
        D.details(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a round neckline. "
            "There is an accessory on her wrist. The upper clothing is",
            "cut",
            hit_limit=True,
        ),
        title="Bottle Green Velvet Zari Embroidered Readymade Blouse",
        category="Blouses",
        color="Green",
        gender="Women",
    ),
    # photo: model in a yellow georgette saree with a leheriya (diagonal wave stripe) print, pink blouse, white wall.
    # adapter: none
    case(
        "X454-016",
        caption("a woman in a yellow saree and pink blouse"),
        D.pattern("striped"),
        color_saree("yellow"),
        color_blouse("yellow", "other_garment_color"),
        D.material("silk", "unsupported"),
        D.wearing("she is wearing a yellow saree"),
        title="Yellow Leheriya Printed Georgette Saree",
        category="Sarees",
        color="Yellow",
        gender="Women",
    ),
    # photo: cream embroidered net readymade blouse with sheer short sleeves on a dress form, black backdrop.
    # details: adapter
    case(
        "X454-017",
        caption("a white blouse on a mannequin"),
        D.details(
            "The upper clothing has short sleeves, chiffon fabric and lattice patterns. It has a round neckline. The "
            "upper clothing has short sleeves, chiffon",
            "loop",
            hit_limit=True,
        ),
        D.material("net"),
        B.sleeve_length("sleeveless", "contradiction"),
        D.color("black", "contradiction"),
        title="Cream Embroidered Net Readymade Blouse",
        category="Blouses",
        color="Cream",
        gender="Women",
    ),
    # photo: model in a lavender chiffon saree with a silver sequinned border, lavender blouse, grey backdrop.
    # adapter: none
    case(
        "X454-018",
        caption("a woman in a purple saree posing for a photo"),
        D.wearing("he is wearing a purple saree", "pronoun"),
        D.color("purple"),
        color_border("purple", "contradiction"),
        D.material("chiffon"),
        D.details("silver sequins on the border and a silver clutch", "unsupported"),
        title="Lavender Sequinned Chiffon Saree",
        category="Sarees",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in an off white Kerala kasavu cotton saree with a gold border, plain green blouse, jasmine in her
    # hair, white backdrop.
    # adapter: none
    case(
        "X454-019",
        caption("a woman in a white and gold saree with a green blouse"),
        D.wearing("a white saree with a gold border"),
        D.color("gold", "contradiction"),
        color_blouse("green"),
        D.material("silk", "unsupported"),
        D.details("the saree has a gold border and a gold", "cut"),
        title="Off White & Gold Kerala Kasavu Cotton Saree",
        category="Sarees",
        color="Off White",
        gender="Women",
    ),
    # photo: back view of a model in a fuchsia silk sleeveless readymade blouse (the product) with a tassel tie at the
    # back, worn with a grey saree, white backdrop.
    # adapter: none
    case(
        "X454-020",
        caption("the back of a woman wearing a pink blouse"),
        D.details("a tie at the back with tassels"),
        B.sleeve_length("sleeveless"),
        D.color("red", "contradiction"),
        D.description("a pink blouse with long sleeves", "contradiction"),
        D.material("it is made of fabric", "non_answer"),
        title="Fuchsia Silk Sleeveless Readymade Blouse with Tassels",
        category="Blouses",
        color="Fuchsia",
        gender="Women",
    ),
    # photo: model in a black georgette saree with a red border, red short-sleeve blouse, a watch on her wrist, white
    # backdrop.
    # caption: adapter
    case(
        "X454-021",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The lady",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black saree with a red border"),
        color_saree("black"),
        color_blouse("black", "other_garment_color"),
        D.garment_type("dress", "contradiction"),
        title="Black & Red Solid Georgette Saree with Border",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: model in an indigo mulmul cotton saree with a white dabu block print, indigo blouse, white backdrop.
    # adapter: none
    case(
        "X454-022",
        caption("a woman in a blue and white printed saree"),
        D.details("", "non_answer"),
        D.pattern("printed"),
        D.color("white", "contradiction"),
        D.material("cotton"),
        D.wearing("he is wearing a blue and white saree", "pronoun"),
        title="Indigo Dabu Print Mulmul Cotton Saree",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: bride in a red Banarasi silk saree heavy with gold zari, red blouse, gold necklace and maang tikka, red
    # curtain backdrop.
    # adapter: none
    case(
        "X454-023",
        caption("a bride in a red saree and gold jewelry"),
        D.wearing("a red saree and a gold necklace"),
        D.details("gold zari work all over the saree"),
        D.material("a red saree with gold", "restated"),
        color_saree("red"),
        pallu("a gold pallu with a red and gold", "cut"),
        title="Red & Gold-Toned Bridal Banarasi Silk Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: model in a navy blue kalamkari printed cotton readymade blouse with elbow sleeves (the product), worn with
    # a plain cream saree, light grey backdrop.
    # wearing: adapter
    case(
        "X454-024",
        caption("a woman in a white saree with a blue blouse"),
        D.wearing(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lower clothing is of long length. The",
            "cut",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        D.pattern("floral"),
        D.material("silk", "unsupported"),
        color_blouse("blue"),
        title="Navy Blue Kalamkari Printed Cotton Readymade Blouse",
        category="Blouses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a silver tissue saree with a shimmer, silver blouse, standing before a pink wall painted with
    # flowers.
    # adapter: none
    case(
        "X454-025",
        caption("a woman in a grey saree standing in front of a pink wall"),
        D.color("grey"),
        D.wearing("a silver saree"),
        is_a("lehenga", "yes", "contradiction"),
        D.material("satin", "unsupported"),
        D.description("a pink saree with a silver blouse", "contradiction"),
        title="Silver-Toned Tissue Saree",
        category="Sarees",
        color="Silver",
        gender="Women",
    ),
    # photo: model in a half-orange half-pink bandhani georgette saree with small white dots, pink blouse, white
    # backdrop.
    # adapter: none
    case(
        "X454-026",
        caption("a woman in an orange and pink saree"),
        D.wearing("an orange and pink saree with a pink blouse and a", "cut"),
        D.pattern("printed"),
        D.details(
            "small white dots all over Question: What is the material of the saree? Answer: georgette",
            "leak",
        ),
        D.material("georgette"),
        color_saree("orange"),
        color_blouse("orange", "other_garment_color"),
        title="Orange & Pink Bandhani Georgette Saree",
        category="Sarees",
        color="Orange",
        gender="Women",
    ),
    # photo: gold sequinned sleeveless readymade blouse with a v-neck on a dress form, white backdrop.
    # caption: adapter
    case(
        "X454-027",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a v-shape neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure",
            "cut",
            hit_limit=True,
        ),
        D.color("white", "contradiction"),
        D.material("sequins"),
        B.sleeve_length("sleeveless"),
        is_a("blouse", "yes"),
        title="Gold-Toned Sequinned Sleeveless Readymade Blouse",
        category="Blouses",
        color="Gold",
    ),
    # photo: model seated on a grey sofa with cushions in a wine crepe saree with an embroidered border, wine blouse,
    # empty hands, no bag in the photo.
    # adapter: none
    case(
        "X454-028",
        caption("a woman in a maroon saree sitting on a couch"),
        D.wearing(
            "a maroon saree Question: What is the color of the blouse? Answer: maroon",
            "leak",
        ),
        D.color("brown", "contradiction"),
        D.details("embroidered border and a matching blouse"),
        D.material("crepe"),
        D.description("a maroon saree with a bag", "unsupported"),
        title="Wine Solid Crepe Saree with Embroidered Border",
        category="Sarees",
        color="Burgundy",
        gender="Women",
    ),
    # photo: model in a sky blue linen saree with a silver zari striped border, white blouse, white backdrop.
    # description, material: adapter
    case(
        "X454-029",
        caption("a woman in a light blue saree"),
        D.description(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a short-sleeve shirt with pure",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of long",
            "restated",
            hit_limit=True,
        ),
        color_saree("blue"),
        color_blouse("blue", "other_garment_color"),
        D.pattern("solid"),
        title="Sky Blue Linen Saree with Zari Border",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a maroon silk readymade blouse with gold embroidered elbow sleeves and a round neck (the product),
    # worn with a mustard saree, white backdrop.
    # adapter: none
    case(
        "X454-030",
        caption("a woman in a yellow saree and red blouse"),
        D.wearing("a yellow saree"),
        D.color("yellow", "other_garment_color"),
        work("gold embroidery on the sleeves and a gold", "cut"),
        B.sleeve_length("elbow sleeves"),
        neckline("a round neck"),
        title="Maroon Embroidered Silk Readymade Blouse",
        category="Blouses",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a white chiffon saree printed with pink and green flowers, plain green blouse, white backdrop.
    # adapter: none
    case(
        "X454-031",
        caption("a woman in a white saree with pink flowers"),
        D.color("green", "other_garment_color"),
        D.pattern("floral"),
        color_blouse("white", "other_garment_color"),
        D.details("pink and green flowers"),
        D.wearing("he is wearing a floral saree and a green blouse", "pronoun"),
        title="White & Pink Floral Printed Chiffon Saree",
        category="Sarees",
        color="White",
        gender="Women",
    ),
    # photo: model in a coffee brown tussar silk saree with a Madhubani painted pallu (figures and fish), brown blouse,
    # beige backdrop.
    # adapter: none
    case(
        "X454-032",
        caption("a woman in a brown saree with a painting on it"),
        D.material("a brown saree", "restated"),
        pallu("painted figures of people and fish"),
        color_saree("brown"),
        D.details("the saree has details", "non_answer"),
        D.color("black", "contradiction"),
        title="Coffee Brown Tussar Silk Saree with Madhubani Print",
        category="Sarees",
        color="Brown",
        gender="Women",
    ),
    # photo: model in a black cotton readymade blouse with white polka dots and short puff sleeves (the product), worn
    # with a red saree, white backdrop.
    # adapter: none
    case(
        "X454-033",
        caption("a woman in a red saree and black and white blouse"),
        D.pattern("polka dots"),
        color_blouse("black"),
        D.description("a black blouse with white dots"),
        D.material("silk", "unsupported"),
        D.details("the blouse has details", "non_answer"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Black & White Polka Dot Cotton Readymade Blouse",
        category="Blouses",
        color="Black",
        gender="Women",
    ),
    # photo: model in an olive green cotton silk saree with a woven mustard border, mustard blouse, white backdrop.
    # caption: adapter
    case(
        "X454-034",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it",
            "cut",
            hit_limit=True,
        ),
        color_saree("green"),
        D.wearing("a green saree with a yellow border"),
        color_blouse("green", "other_garment_color"),
        D.pattern("checked", "contradiction"),
        title="Olive Green Cotton Silk Saree with Woven Border",
        category="Sarees",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a half-and-half saree, pink georgette pleats and a black net pallu, black blouse, drop earrings,
    # no belt, grey backdrop.
    # adapter: none
    case(
        "X454-035",
        caption("a woman in a pink and black saree wearing earrings"),
        D.wearing("a pink and black saree"),
        color_blouse("black"),
        D.color("pink"),
        D.material("silk", "unsupported"),
        D.details("black lace on the pallu and a black belt", "unsupported"),
        title="Pink & Black Half and Half Georgette Net Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: white sleeveless cotton blouse with lace trim at the neck and armholes, laid flat on a wooden floor.
    # caption: adapter
    case(
        "X454-036",
        caption(
            "The upper clothing has no sleeves, cotton fabric and lattice patterns. It has a round neckline. The "
            "upper clothing has no sleeves, cotton fabric",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("kurta", "contradiction"),
        D.color("white"),
        D.details("lace on the edges and buttons in the front", "unsupported"),
        D.material("cotton"),
        B.sleeve_length("sleeveless"),
        title="White Solid Cotton Sleeveless Blouse with Lace",
        category="Blouses",
        color="White",
        gender="Women",
    ),
    # photo: model in a hot pink Kanjeevaram silk saree with a gold border, pink short-sleeve blouse, holding a brass
    # lamp, carved wooden pillar behind her.
    # wearing, details: adapter
    case(
        "X454-037",
        caption("a woman in a pink saree holding a lamp"),
        D.wearing(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with silk fabric. It has a "
            "round neckline. There is an accessory in her hand. The",
            "contradiction",
            hit_limit=True,
        ),
        D.details(
            "The upper clothing has short sleeves, silk fabric and pure color patterns. It has a round neckline. The "
            "upper clothing has short sleeves, silk fabric",
            "loop",
            hit_limit=True,
        ),
        color_saree("pink"),
        color_border("gold"),
        D.color("gold", "contradiction"),
        title="Pink & Gold Kanjeevaram Silk Saree",
        category="Sarees",
        color="Pink",
    ),
    # photo: model in a beige cotton saree with multicolor kantha thread embroidery (no mirrors), rust blouse, white
    # backdrop.
    # adapter: none
    case(
        "X454-038",
        caption("a woman in a beige saree with colorful embroidery"),
        D.wearing("a beige saree and an orange blouse"),
        work("colorful thread embroidery"),
        D.color("orange", "other_garment_color"),
        D.material("it is made of", "cut"),
        D.description("a beige saree with embroidery and mirrors", "unsupported"),
        title="Beige Kantha Embroidered Cotton Saree",
        category="Sarees",
        color="Beige",
        gender="Women",
    ),
    # photo: model in a royal blue brocade high neck readymade blouse with three-quarter sleeves (the product), worn
    # with a pink saree, white backdrop.
    # adapter: none
    case(
        "X454-039",
        caption("a woman in a pink saree and a blue blouse"),
        D.wearing("a blue blouse and a pink saree"),
        color_blouse("blue"),
        D.color("pink", "other_garment_color"),
        neckline(
            "high neck Question: What is the sleeve length? Answer: three quarter",
            "leak",
        ),
        B.sleeve_length("sleeveless", "contradiction"),
        title="Royal Blue Brocade High Neck Readymade Blouse",
        category="Blouses",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a red and white striped handloom cotton saree, plain white blouse, white backdrop.
    # adapter: none
    case(
        "X454-040",
        caption("a woman in a red and white striped saree"),
        D.pattern("striped"),
        D.color("red"),
        color_blouse("white"),
        D.details("saree details", "non_answer"),
        D.wearing("he is wearing a red and white saree", "pronoun"),
        title="Red & White Striped Handloom Cotton Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: model in a dark green georgette saree with a gold gota patti border, green elbow-sleeve blouse, outdoors
    # in a garden with green plants behind her.
    # caption: adapter
    case(
        "X454-041",
        caption(
            "The upper clothing has medium sleeves, chiffon fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of long length. The lower clothing is of long length. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green saree with a gold border"),
        D.color("green"),
        D.description("a green saree with a gold border and a green", "cut"),
        color_border("gold"),
        D.details("gold lace border and a green blouse"),
        title="Dark Green Gota Patti Georgette Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: peach cotton princess-cut readymade blouse with short sleeves on a hanger against a pastel pink wall.
    # adapter: none
    case(
        "X454-042",
        caption("a peach blouse hanging on a pink wall"),
        D.garment_type("blouse"),
        D.color("pink"),
        B.sleeve_length("short sleeves"),
        D.description("a peach blouse with short sleeves and a", "cut"),
        D.material("silk", "unsupported"),
        D.details("", "non_answer"),
        title="Peach Solid Cotton Readymade Blouse",
        category="Blouses",
        color="Peach",
    ),
    # photo: model in a grey and pink double ikat Patola silk saree with a purely geometric weave, pink blouse, white
    # backdrop.
    # adapter: none
    case(
        "X454-043",
        caption("a woman in a grey and pink saree with a geometric pattern"),
        D.pattern("geometric"),
        color_saree("grey"),
        color_blouse("grey", "other_garment_color"),
        is_a("lehenga", "no"),
        D.details("elephants and parrots in the pattern", "unsupported"),
        D.material("silk"),
        title="Grey & Pink Patola Silk Saree",
        category="Sarees",
        color="Grey",
        gender="Women",
    ),
    # photo: model in an ivory organza saree with a digital floral print, ivory blouse, tan backdrop.
    # description: adapter
    case(
        "X454-044",
        caption("a woman in a white saree with flowers"),
        D.description(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The lower clothing is of long length. The fabric is",
            "cut",
            hit_limit=True,
        ),
        D.color("white"),
        D.wearing("a white saree with pink flowers and a pink blouse", "contradiction"),
        D.material("cotton", "unsupported"),
        title="Ivory Floral Printed Organza Saree",
        category="Sarees",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a mustard cotton silk readymade blouse with maroon piping at the neck and elbow sleeves (the
    # product), worn with a maroon saree, white backdrop.
    # adapter: none
    case(
        "X454-045",
        caption("a woman in a red saree and yellow blouse"),
        D.wearing("a maroon saree and a mustard blouse"),
        color_blouse("red", "other_garment_color"),
        D.color("red", "other_garment_color"),
        D.details("maroon piping on the sleeves and neck"),
        B.sleeve_length("elbow sleeves"),
        title="Mustard Cotton Silk Readymade Blouse with Piping",
        category="Blouses",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a lime green chanderi cotton saree with small gold buttis, pink blouse, white backdrop.
    # adapter: none
    case(
        "X454-046",
        caption("a woman in a green saree with a pink blouse"),
        D.wearing("the person is wearing", "restated"),
        D.details("small gold dots all over the saree"),
        color_saree("green"),
        color_blouse("green", "other_garment_color"),
        D.color("yellow", "contradiction"),
        title="Lime Green Chanderi Cotton Saree with Buttis",
        category="Sarees",
        color="Lime Green",
        gender="Women",
    ),
]
