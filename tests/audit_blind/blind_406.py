"""BLIND_406 (46 products; women's ethnic and fusion wear: anarkalis, kurta sets, shararas, lehengas, sarees): written
blind in the forty-sixth session. Measured blind at e10bbc0 (the session's rules as they stood): 100/131 failures
found (76.3%) and 3/165 correct texts flagged (1.8%). The writer's notes, verbatim:

Scenario: an Indian marketplace feed of women's ethnic and fusion wear, shot on models in decorated studios (flower
walls, arches, swings, brass lamps and urlis, carved doors, marigold garlands, mirrors). Anarkali kurtas, straight
kurtas with palazzos or trousers, kurtis with shararas, lehenga cholis, sarees with blouses and ethnic dresses; most
sets come with a dupatta in the same or a contrasting color. Each row has the seller's title, category, color and
gender; a few rows miss the gender, as real feeds do.

Who wrote what: the base `Salesforce/blip2-opt-2.7b` answers the default questionnaire (English) plus per-piece color
questions (kurta, dupatta, palazzos, pants, sharara, lehenga, choli, blouse, jacket) and writes most captions: short,
lowercase, stops on its own, never hit_limit. Where the comment says so, the caption (and sometimes the details or
material answer) comes from the caption-only LoRA adapter: DeepFashion template, no end token, runs to its limit
(hit_limit=True) and returns the template to any question. The closed questions (garment_type, color, pattern,
sleeve_length, the per-piece colors, "Is this a ...?") come from enrich's `--engine reference` (chosen from candidate
sets): never a loop or a cut, but they can pick the wrong candidate.

Labeling conventions and judgement calls:
- Shade words are correct: red for maroon, wine or burgundy; pink for peach, magenta or fuchsia; yellow for mustard;
  orange for rust; blue for navy, indigo, teal blue or powder blue; green for teal, mint, olive, sea green or bottle
  green; purple for lavender; white or cream for off white or ivory. Navy answered black is a contradiction.
- The color of the print, zari, border or embroidery given as the garment's color (gold for a navy foil-print kurta,
  red for a white dress with red flowers) is contradiction; the color of another piece of the outfit (dupatta,
  palazzos, blouse, choli, jacket) given to this piece is other_garment_color; the color of the wall, curtain,
  backdrop flowers or garlands given to a garment is contradiction.
- Garment synonyms counted correct: dress for a flared floor-length anarkali kurta, suit for a kurta set, top or
  tunic for a kurta or kurti, top, blouse or crop top for a choli (tank top for a sleeveless one), skirt for a
  lehenga, pants for palazzos, shararas or cigarette pants, scarf for a dupatta, kaftan for a kaftan dress.
  Misnamings counted contradiction: "dress" for a straight kurta worn over pants, "shirt" or "T-shirt" for a kurta or
  choli, "dress" for a saree or for a lehenga with crop top (two pieces seen as one), "lehenga" for a sharara, and
  "two women" for one model and her reflection in a mirror.
- Materials: one the title names, or visible (net, velvet, sequins, brocade) is correct; chiffon for georgette is
  correct (they look alike); cotton on a cotton-look print where the title names no fabric is correct; a fabric the
  title contradicts (silk for georgette or velvet, cotton for rayon) or neither named nor visible is unsupported.
- Invented items (a belt, buttons, a pocket, a watch, a slit, heels hidden under a floor-length lehenga) are
  unsupported; jewelry, belts and props that the photo does show are correct even in a details answer.
- Adapter texts: repeating a template sentence is loop; stopping mid-sentence without repeating is cut; the template
  returned for the material question is restated; a template that misnames the garment itself is contradiction
  (hit_limit kept). An invented ring or wrist accessory before the cut stays cut (one kind per text).
- Base answers: stopped early mid-phrase ("it is made of", "a pink kurta with a") is cut, no hit_limit; empty, "the
  details of the dress", "the dress has details" are non_answer; a material question answered with the garment's
  name or color is restated; running on into "Question: ... Answer: ..." is leak even if the start is right; "he",
  "his" or "a man" for a woman is pronoun.
- Sets named piece by piece in their own colors are correct; the seller's color is the main piece's color.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
color_palazzo = question("color_palazzos", "What is the color of the palazzos?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_sharara = question("color_sharara", "What is the color of the sharara?", "closed")
color_lehenga = question("color_lehenga", "What is the color of the lehenga?", "closed")
color_choli = question("color_choli", "What is the color of the choli?", "closed")
color_blouse = question("color_blouse", "What is the color of the blouse?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")

BLIND_406 = [
    # photo: model in a maroon georgette anarkali kurta, gold zari yoke, three-quarter sleeves, maroon churidar, gold
    # dupatta over one shoulder; beige studio wall with a tall brass lamp; front view.
    # adapter: none
    case(
        "X406-001",
        caption("a woman in a red anarkali dress with a gold dupatta"),
        D.wearing("a red dress and a gold scarf"),
        color_kurta("maroon"),
        color_dupatta("maroon", "other_garment_color"),
        D.sleeve_length("three-quarter sleeves"),
        D.material("silk", "unsupported"),
        D.details("gold embroidery on the neck and a gold belt", "unsupported"),
        title="Women Maroon Embroidered Georgette Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a mustard cotton anarkali kurta with white floral block print, long sleeves, white churidar,
    # no dupatta; plain white backdrop with a potted plant; front view.
    # caption: adapter
    case(
        "X406-002",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady also wears a long leggings. The leggings are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow dress with white flowers and a yellow dupatta", "unsupported"),
        D.color("yellow"),
        D.pattern("floral"),
        D.material("cotton"),
        is_a("kurta", "yes"),
        title="Women Mustard Floral Printed Cotton Anarkali Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a teal anarkali kurta, sleeveless, gold gota patti borders, teal dupatta with gota border;
    # backdrop a wall of pink paper flowers; front view.
    # adapter: none
    case(
        "X406-003",
        caption("a woman in a green dress standing in front of a wall of pink flowers"),
        D.wearing("a pink dress", "contradiction"),
        D.color("blue"),
        D.sleeve_length("sleeveless"),
        D.details(
            "gold lace on the border and the neckline and mirror work on the yoke",
            "unsupported",
        ),
        color_dupatta("teal"),
        title="Women Teal Gotta Patti Anarkali Kurta with Dupatta",
        category="Kurta Sets",
        color="Teal",
    ),
    # photo: model in a white chikankari anarkali kurta, long sleeves, white palazzos, peach net dupatta over both
    # arms; studio with a wooden swing and hanging lamps; she stands beside the swing.
    # caption: adapter
    case(
        "X406-004",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The lady wears a long-sleeve dress with pure color",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white dress and a pink scarf"),
        D.color("white"),
        color_dupatta("white", "other_garment_color"),
        D.details("white embroidery all over the dress"),
        D.material("cotton"),
        color_palazzo("pink", "other_garment_color"),
        title="Women White Chikankari Embroidered Anarkali Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: model in a navy blue anarkali kurta with all-over gold foil print, long sleeves, navy trousers, no
    # dupatta; plain grey backdrop; front view, no belt.
    # adapter: none
    case(
        "X406-005",
        caption("a woman in a blue and gold dress"),
        D.color("gold", "contradiction"),
        D.pattern("printed"),
        D.wearing("a blue dress with gold print and blue pants"),
        D.details("gold print on the dress and a belt at the waist", "unsupported"),
        color_pants("black", "contradiction"),
        title="Women Navy Blue Foil Printed Anarkali Kurta with Trousers",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a peach anarkali kurta, short sleeves, sequin work at the yoke, peach churidar; plain cream
    # backdrop; three-quarter view, turning.
    # adapter: none
    case(
        "X406-006",
        caption("a woman in a pink dress posing for a photo"),
        D.wearing("he is wearing a pink dress", "pronoun"),
        D.color("pink"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("sequins on the neckline"),
        D.material("the dress is pink", "restated"),
        title="Women Peach Sequinned Anarkali Kurta",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a black anarkali kurta with a multicolor floral print along the hem, long sleeves, black
    # leggings, red dupatta with pom-poms; backdrop a carved wooden door.
    # adapter: none
    case(
        "X406-007",
        caption("a woman in a black dress with a red scarf standing in front of a door"),
        D.wearing("a black dress and a red scarf and a black", "cut"),
        color_kurta("red", "other_garment_color"),
        color_dupatta("red"),
        D.pattern("floral"),
        D.details(
            "a black dress with a red scarf Question: what is the color of the scarf? Answer: red",
            "leak",
        ),
        title="Women Black Floral Print Anarkali Kurta with Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: model in a lavender net anarkali with sheer full-length sleeves, silver sequin yoke, lavender dupatta;
    # pastel wall with a floral arch; no rings visible.
    # caption: adapter
    case(
        "X406-008",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The lady wears a ring. There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple dress with silver sequins"),
        D.color("purple"),
        D.material("net"),
        D.description(
            "a long purple dress with a silver neck, a matching scarf and a silver clutch",
            "unsupported",
        ),
        is_a("kurta", "yes"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Women Lavender Embellished Net Anarkali Kurta with Dupatta",
        category="Kurta Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: model sitting on a cane chair in a green straight kurta with white floral print, three-quarter sleeves,
    # white palazzos, no dupatta; white backdrop.
    # adapter: none
    case(
        "X406-009",
        caption("a woman in a green and white outfit sitting on a chair"),
        D.wearing("a green top and white pants"),
        color_kurta("green"),
        color_palazzo("green", "other_garment_color"),
        D.sleeve_length("three-quarter sleeves"),
        D.material("green and white", "restated"),
        D.details("a green kurta with a", "cut"),
        title="Women Green Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: model in a rust straight kurta with mirror work at the yoke, long sleeves, rust palazzos, orange-and-pink
    # bandhani dupatta; yellow wall with a brass urli of floating flowers at her feet.
    # caption: adapter
    case(
        "X406-010",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lady also wears a long pants. The pants are with cotton fabric and pure color",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("he is wearing an orange top and orange pants", "pronoun"),
        D.color("yellow", "contradiction"),
        D.details("mirror work on the neck"),
        color_dupatta("pink"),
        D.material("cotton"),
        title="Women Rust Mirror Work Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Rust",
        gender="Women",
    ),
    # photo: model in a sky blue straight kurta with white thread embroidery, white palazzos, white dupatta; plain
    # grey backdrop; front view.
    # adapter: none
    case(
        "X406-011",
        caption("a woman in a blue kurta and white pants"),
        D.wearing("a blue shirt, white pants and a white dupatta", "contradiction"),
        color_kurta("blue"),
        color_palazzo("white"),
        color_dupatta("blue", "other_garment_color"),
        D.details("white embroidery on the neck and sleeves"),
        D.material("", "non_answer"),
        title="Women Blue Thread Work Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a bottle green velvet straight kurta with gold embroidery at neck, cuffs and hem, long sleeves,
    # green trousers, gold organza dupatta; dark maroon curtain behind; no buttons.
    # adapter: none
    case(
        "X406-012",
        caption("a woman in a green velvet suit with a gold dupatta"),
        D.wearing("a green dress with gold embroidery", "contradiction"),
        D.material("velvet"),
        D.color("green"),
        color_dupatta("green", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.details(
            "gold embroidery on the neck, sleeves and hem, and gold buttons",
            "unsupported",
        ),
        title="Women Green Velvet Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: model in a pink printed rayon straight kurta, short sleeves, matching printed pink palazzos, no dupatta;
    # white background; full-length front view.
    # caption: adapter
    case(
        "X406-013",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady also wears a long pants. The pants are with cotton",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a pink top and pink pants"),
        D.pattern("printed"),
        D.material("cotton", "unsupported"),
        D.sleeve_length("short sleeves"),
        D.color("pink"),
        D.details("a pink kurta and pink", "cut"),
        title="Women Pink Printed Rayon Kurta with Palazzos",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a white straight kurta with black geometric print, black palazzos, black-and-white dupatta with
    # tassels held in one hand; plain white wall.
    # adapter: none
    case(
        "X406-014",
        caption("a woman in a black and white outfit"),
        D.wearing("a black top and white pants", "contradiction"),
        color_kurta("white"),
        color_palazzo("white", "other_garment_color"),
        D.pattern("geometric"),
        D.details("black and white print with tassels on the dupatta"),
        D.description("a man in a white kurta and black pants", "pronoun"),
        title="Women White & Black Geometric Print Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: model in a mint green straight kurta with white chikan embroidery, white trousers, silver jhumkas;
    # pastel pink backdrop with a side table holding a vase of flowers.
    # adapter: none
    case(
        "X406-015",
        caption("a woman in a green shirt and white pants", "contradiction"),
        D.wearing("a green kurta and white pants with earrings"),
        D.color("green"),
        color_pants("white"),
        D.details("", "non_answer"),
        D.material("it is made of", "cut"),
        title="Women Mint Green Embroidered Kurta with Trousers",
        category="Kurta Sets",
        color="Mint Green",
        gender="Women",
    ),
    # photo: model in a sleeveless yellow straight kurta with orange floral print, yellow palazzos, green dupatta;
    # white backdrop with a vase of sunflowers.
    # caption and details: adapter
    case(
        "X406-016",
        caption(
            "The lady wears a sleeveless top with floral patterns. The top is with cotton fabric. It has a v-shape "
            "neckline. The lady wears a sleeveless top with floral patterns. The top is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a yellow top and pants with a green scarf"),
        color_dupatta("green"),
        color_palazzo("green", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.details(
            "The top is with cotton fabric and floral patterns. It has a v-shape neckline. The lady also wears a long "
            "pants. The pants are",
            "cut",
            hit_limit=True,
        ),
        title="Women Yellow Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in an off-white short georgette kurti with pink floral embroidery, off-white sharara, pink
    # dupatta; backdrop a wall of pink flowers.
    # adapter: none
    case(
        "X406-017",
        caption("a woman in a white outfit with pink flowers"),
        D.wearing("a white kurta and sharara with a pink dupatta"),
        D.color("white"),
        color_sharara("pink", "other_garment_color"),
        D.material("the kurta is white", "restated"),
        is_a("kurta", "yes"),
        D.description("a white kurta with pink flowers and white pants Question: what is", "leak"),
        title="Women Off White Embroidered Georgette Kurti with Sharara & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a wine velvet kurti with zari at neck and hem, long sleeves, wine sharara, gold net dupatta;
    # dark studio with strings of fairy lights.
    # caption: adapter
    case(
        "X406-018",
        caption(
            "The lady wears a long-sleeve top with pure color patterns. The top is with other fabric. It has a round "
            "neckline. The lady also wears a long trousers. The trousers are with other fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red velvet suit and a gold dupatta"),
        D.color("red"),
        D.material("velvet"),
        D.details("gold zari work on the neck and hem with a gold dupatta"),
        color_sharara("gold", "other_garment_color"),
        D.description("he is wearing a red velvet kurta and sharara", "pronoun"),
        title="Women Wine Velvet Zari Kurti with Sharara & Dupatta",
        category="Kurta Sets",
        color="Burgundy",
        gender="Women",
    ),
    # photo: model in a short lime green printed kurti, three-quarter sleeves, green-and-white printed sharara,
    # white dupatta with lace border; plain white backdrop; no pockets.
    # adapter: none
    case(
        "X406-019",
        caption("a woman in a green top and pants"),
        D.wearing("a green top with a white scarf and green pants"),
        D.pattern("solid", "contradiction"),
        color_dupatta("white"),
        D.details(
            "green and white print, the dupatta has a lace border and the kurta has a pocket",
            "unsupported",
        ),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Women Green Printed Kurti with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: model in a black georgette kurti with gold mirror work, black sharara with gold border, red dupatta;
    # rustic wooden wall with hanging lanterns.
    # adapter: none
    case(
        "X406-020",
        caption("a woman in a black and gold outfit with a red scarf"),
        D.wearing(
            "a black and red outfit Question: what is the color of the dupatta? Answer: red",
            "leak",
        ),
        D.color("black"),
        color_sharara("black"),
        D.details("mirror work on the kurta and the sharara"),
        D.material("silk", "unsupported"),
        color_dupatta("black", "other_garment_color"),
        title="Women Black Mirror Work Georgette Kurti with Sharara & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: model in a powder blue kurti with sequins, short sleeves, powder blue sharara, blue organza dupatta;
    # white arch with pampas grass.
    # caption and material: adapter
    case(
        "X406-021",
        caption(
            "The lady wears a short-sleeve top with pure color patterns. The top is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a short-sleeve top with pure color patterns. The top",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue top and pants with a blue dupatta"),
        D.sleeve_length("sleeveless", "contradiction"),
        color_dupatta("blue"),
        D.material(
            "The lady wears a short-sleeve top with pure color patterns. The top is with chiffon fabric. It has a "
            "v-shape neckline. The lady",
            "restated",
            hit_limit=True,
        ),
        is_a("saree", "no"),
        title="Women Powder Blue Sequinned Kurti with Sharara & Dupatta",
        category="Kurta Sets",
        color="Blue",
    ),
    # photo: model in a red kurti with gota patti, red sharara, red-and-gold dupatta draped over her head; backdrop
    # hung with orange marigold garlands.
    # adapter: none
    case(
        "X406-022",
        caption("a woman in a red outfit with flowers"),
        D.wearing("a red lehenga", "contradiction"),
        D.color("orange", "contradiction"),
        D.details("gold lace on the dupatta and kurta"),
        color_dupatta("red"),
        D.material("the kurta", "restated"),
        title="Women Red Gotta Patti Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: model in a pink lehenga with silver sequin work, sleeveless pink choli, pink net dupatta; white studio
    # with a flower arrangement on a stand.
    # adapter: none
    case(
        "X406-023",
        caption("a woman in a pink lehenga with a pink dupatta"),
        D.wearing("a pink lehenga"),
        D.garment_type("lehenga"),
        color_choli("pink"),
        D.sleeve_length("sleeveless"),
        D.material("the lehenga is pink", "restated"),
        D.details("silver sequins all over the skirt"),
        title="Women Pink Sequinned Lehenga Choli with Dupatta",
        category="Lehenga Cholis",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a mustard lehenga with multicolor mirror embroidery, green short-sleeve choli, pink dupatta;
    # a blue door with potted plants behind.
    # caption: adapter
    case(
        "X406-024",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady also wears a long skirt. The skirt is with cotton fabric and",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a yellow skirt, a green blouse and a pink dupatta"),
        color_lehenga("yellow"),
        color_choli("pink", "other_garment_color"),
        color_dupatta("pink"),
        D.details("mirror work and colorful embroidery on the skirt"),
        D.material("silk", "unsupported"),
        title="Women Mustard Embroidered Mirror Work Lehenga Choli with Dupatta",
        category="Lehenga Cholis",
        color="Mustard",
        gender="Women",
    ),
    # photo: bride-look model in a red velvet lehenga with heavy gold zari, red choli with three-quarter sleeves, red
    # dupatta with gold border over her head, gold choker necklace and maang tikka; mandap-style floral decor.
    # adapter: none
    case(
        "X406-025",
        caption("a bride in a red lehenga with gold jewelry"),
        D.wearing("a red and gold lehenga with a necklace"),
        D.color("gold", "contradiction"),
        D.sleeve_length("three-quarter sleeves"),
        D.material("silk", "unsupported"),
        D.details("gold embroidery on the lehenga and the blouse"),
        D.description("a red lehenga with gold embroidery and a red", "cut"),
        title="Women Red Embroidered Velvet Bridal Lehenga Choli with Dupatta",
        category="Lehenga Cholis",
        color="Red",
        gender="Women",
    ),
    # photo: model sitting on a flower-wound swing in a peach lehenga with pastel floral print, sleeveless peach
    # choli, peach organza dupatta; garden-style studio.
    # caption: adapter
    case(
        "X406-026",
        caption(
            "The lady wears a sleeveless tank top with floral patterns. The tank top is with chiffon fabric. It has a "
            "round neckline. The lady also wears a long skirt. The skirt is with chiffon fabric and floral patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a floral skirt and top sitting on a swing"),
        D.pattern("floral"),
        D.color("pink"),
        color_choli("peach"),
        D.details("the details of the lehenga", "non_answer"),
        D.material("a peach lehenga", "restated"),
        title="Women Peach Floral Printed Lehenga Choli",
        category="Lehenga Cholis",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a navy blue lehenga with vertical silver sequin stripes, navy full-sleeve choli, silver net
    # dupatta; plain grey backdrop; the floor-length lehenga hides her feet.
    # adapter: none
    case(
        "X406-027",
        caption("a woman in a blue and silver lehenga"),
        D.pattern("striped"),
        D.color("black", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.wearing("a blue lehenga with a silver dupatta and high heels", "unsupported"),
        color_dupatta("blue", "other_garment_color"),
        title="Women Navy Blue Sequinned Lehenga Choli with Dupatta",
        category="Lehenga Cholis",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a green lehenga with a wide pink border, pink choli, pink dupatta; backdrop of palace-like
    # arches.
    # adapter: none
    case(
        "X406-028",
        caption("a woman in a green and pink lehenga standing in front of a building"),
        color_lehenga("pink", "other_garment_color"),
        color_choli("pink"),
        D.wearing("a green skirt and pink top"),
        D.description(
            "a green skirt with a pink border, a pink blouse and a pink dupatta Question: what is the color of the "
            "skirt? Answer: green",
            "leak",
        ),
        D.material("", "non_answer"),
        title="Women Green & Pink Lehenga Choli with Dupatta",
        category="Lehenga Cholis",
        color="Green",
        gender="Women",
    ),
    # photo: model in a lavender chiffon tiered ruffled lehenga and a lavender crop top with short puff sleeves, no
    # dupatta; white studio.
    # caption: adapter
    case(
        "X406-029",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color patterns. "
            "The lady wears a short-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a purple dress", "contradiction"),
        D.color("purple"),
        D.details("ruffles on the skirt, puff sleeves and a belt", "unsupported"),
        D.material("chiffon"),
        is_a("lehenga", "yes"),
        title="Women Lavender Ruffled Lehenga with Crop Top",
        category="Lehenga Cholis",
        color="Lavender",
    ),
    # photo: model in a maroon lehenga with gold print, gold brocade choli with short sleeves, maroon dupatta; beige
    # backdrop with brass lamps on both sides.
    # adapter: none
    case(
        "X406-030",
        caption("a woman in a maroon and gold lehenga"),
        color_choli("maroon", "other_garment_color"),
        D.wearing("a red lehenga with a gold blouse"),
        D.details("gold print on the skirt and brass lamps in the background"),
        D.material("", "non_answer"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Women Maroon & Gold Printed Lehenga Choli with Dupatta",
        category="Lehenga Cholis",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a red Banarasi silk saree with gold zari border and small gold motifs, red blouse with elbow
    # sleeves; plain cream backdrop; front view.
    # adapter: none
    case(
        "X406-031",
        caption("a woman in a red saree with gold border"),
        D.garment_type("saree"),
        D.color("red"),
        D.material("silk"),
        D.details("gold border and small gold flowers"),
        D.wearing("she is wearing a red saree"),
        D.sleeve_length("short sleeves"),
        title="Women Red Banarasi Silk Saree with Blouse Piece",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: model in a pink georgette saree with floral print, black sleeveless blouse; white wall with hanging
    # plants; no rings.
    # caption: adapter
    case(
        "X406-032",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a ring. There is an accessory on her wrist. The lady wears a",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a pink saree with a black blouse"),
        D.color("black", "other_garment_color"),
        D.material("chiffon"),
        color_blouse("black"),
        D.pattern("floral"),
        D.details("the saree has details", "non_answer"),
        title="Women Pink Floral Georgette Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a yellow cotton saree with white checks, white short-sleeve blouse; studio with a vintage
    # bicycle prop she stands beside.
    # adapter: none
    case(
        "X406-033",
        caption("a woman in a yellow saree standing next to a bicycle"),
        D.pattern("striped", "contradiction"),
        D.wearing("a yellow saree and white blouse"),
        color_blouse("yellow", "other_garment_color"),
        D.material("cotton"),
        D.description(
            "a yellow saree with white checks and a white blouse Question: what is the material of the saree? "
            "Answer: cotton",
            "leak",
        ),
        title="Women Yellow Checked Cotton Saree with Blouse",
        category="Sarees",
        color="Yellow",
        gender="Women",
    ),
    # photo: model sitting on the floor beside a brass urli with diyas, teal Kanjeevaram silk saree with a magenta
    # border, magenta blouse, gold temple necklace; dark backdrop; no watch.
    # adapter: none
    case(
        "X406-034",
        caption("a woman in a green and pink saree sitting on the floor"),
        D.color("pink", "other_garment_color"),
        color_blouse("pink"),
        D.material("silk"),
        D.details("pink border, and she is wearing gold jewelry and a watch", "unsupported"),
        D.wearing("he is wearing a green saree", "pronoun"),
        title="Women Teal Kanjeevaram Silk Saree with Contrast Border",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a black georgette saree with all-over black sequins, black sleeveless blouse; grey backdrop.
    # caption: adapter
    case(
        "X406-035",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "v-shape neckline. The lady wears a sleeveless dress with pure color patterns. The dress is with other",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black dress with sequins", "contradiction"),
        D.color("black"),
        D.material("sequins"),
        is_a("saree", "yes"),
        D.details("the details of the saree", "non_answer"),
        title="Women Black Sequinned Georgette Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: model in an off-white kasavu cotton saree with gold border, gold blouse, jasmine flowers in her hair;
    # plain beige backdrop.
    # adapter: none
    case(
        "X406-036",
        caption("a woman in a white saree with a gold border and flowers in her hair"),
        D.color("cream"),
        color_blouse("white", "other_garment_color"),
        D.material("cotton"),
        D.details("gold border and gold buttons on the blouse", "unsupported"),
        D.wearing("a white saree with a gold", "cut"),
        title="Women Off White Kasavu Cotton Saree",
        category="Sarees",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a purple printed saree with an orange pallu, orange short-sleeve blouse; white backdrop.
    # adapter: none
    case(
        "X406-037",
        caption("a woman in a purple and orange saree"),
        D.wearing("a purple saree with an orange blouse and a purple", "cut"),
        D.color("orange", "other_garment_color"),
        D.pattern("printed"),
        D.material("purple saree", "restated"),
        D.sleeve_length("short sleeves"),
        title="Women Purple Printed Saree with Blouse Piece",
        category="Sarees",
        color="Purple",
        gender="Women",
    ),
    # photo: model in a sea green pre-draped saree with a silver waist belt, sleeveless silver blouse; white studio;
    # the drape has no slit.
    # adapter: none
    case(
        "X406-038",
        caption("a woman in a green saree with a belt"),
        D.wearing("a green dress with a silver belt", "contradiction"),
        color_blouse("silver"),
        D.color("silver", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.details("a silver belt and silver blouse, and the saree has a slit", "unsupported"),
        title="Women Sea Green Pre-Draped Saree with Belt & Blouse",
        category="Sarees",
        color="Sea Green",
        gender="Women",
    ),
    # photo: model in an indigo tiered maxi ethnic dress with white block print, three-quarter sleeves; white wall
    # with a cane basket; a thin bracelet on one wrist.
    # caption and material: adapter
    case(
        "X406-039",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is long. There is an accessory on her wrist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and white dress"),
        D.color("white", "contradiction"),
        D.pattern("printed"),
        D.material(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The",
            "restated",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        title="Women Indigo Block Print Tiered Maxi Ethnic Dress",
        category="Ethnic Dresses",
        color="Indigo",
        gender="Women",
    ),
    # photo: model in a magenta angrakha-style midi ethnic dress with gold gota at neck and waist, side tie, long
    # sleeves; pink wall behind.
    # adapter: none
    case(
        "X406-040",
        caption("a woman in a pink dress standing in front of a pink wall"),
        D.color("pink"),
        D.details("a gold lace on the neck and waist with a tie on the side"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.wearing("a pink dress with a dupatta", "unsupported"),
        D.material("cotton"),
        D.description("the dress", "non_answer"),
        title="Women Magenta Angrakha Ethnic Dress",
        category="Ethnic Dresses",
        color="Magenta",
    ),
    # photo: model in a white flared ethnic dress with red floral print, mandarin collar, button placket, long
    # sleeves; plain grey backdrop.
    # adapter: none
    case(
        "X406-041",
        caption("a woman in a white dress with red flowers"),
        D.color("red", "contradiction"),
        D.pattern("floral"),
        D.description("a white dress with red flowers and a collar and buttons down the front"),
        D.details("the dress has details", "non_answer"),
        D.wearing("his dress is white with red flowers", "pronoun"),
        title="Women White Printed Flared Ethnic Dress",
        category="Ethnic Dresses",
        color="White",
        gender="Women",
    ),
    # photo: model in a sleeveless olive A-line ethnic dress with mirror-work yoke and a multicolor printed dupatta
    # over her shoulders; terracotta wall.
    # caption and details: adapter
    case(
        "X406-042",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a sleeveless dress with pure color patterns. The dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green dress with a colorful scarf"),
        D.color("green"),
        color_dupatta("green", "other_garment_color"),
        D.details(
            "The dress is with cotton fabric and pure color patterns. It has a v-shape neckline. The dress is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("sleeveless"),
        title="Women Olive Mirror Work A-Line Ethnic Dress with Dupatta",
        category="Ethnic Dresses",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a rust crepe kaftan-style ethnic dress with gold embroidery at the neck, wide sleeves to the
    # wrist; terracotta pots on a ledge behind; no pockets.
    # adapter: none
    case(
        "X406-043",
        caption("a woman in an orange dress with gold embroidery"),
        D.wearing("an orange kaftan"),
        D.garment_type("dress"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("silk", "unsupported"),
        D.details(
            "gold embroidery on the neck and a pocket Question: what is the color of the dress? Answer:",
            "leak",
        ),
        title="Women Rust Embroidered Crepe Kaftan Ethnic Dress",
        category="Ethnic Dresses",
        color="Rust",
        gender="Women",
    ),
    # photo: model in a yellow straight kurta, white cigarette pants, multicolor phulkari dupatta (pink, green,
    # orange embroidery); blue wall behind.
    # adapter: none
    case(
        "X406-044",
        caption("a woman in a yellow kurta and white pants with a colorful dupatta"),
        D.wearing("a yellow kurta with a blue scarf", "contradiction"),
        color_kurta("yellow"),
        color_pants("yellow", "other_garment_color"),
        D.details("the dupatta has colorful embroidery"),
        D.material("cotton"),
        D.garment_type("dress", "contradiction"),
        title="Women Yellow Kurta with Trousers & Phulkari Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in an ivory long-sleeve kurta with gold buttons and ivory straight pants, layered under a long
    # sleeveless maroon embroidered jacket; white backdrop.
    # caption: adapter
    case(
        "X406-045",
        caption(
            "The lady wears a long-sleeve top with pure color patterns. The top is with cotton fabric. It has a stand "
            "neckline. The lady wears a vest. The vest is with other fabric and graphic patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white outfit with a red jacket"),
        D.color("red", "other_garment_color"),
        color_jacket("maroon"),
        D.details("gold buttons on the kurta and embroidery on the jacket"),
        D.sleeve_length("long sleeves"),
        D.material("a white kurta and a red jacket", "restated"),
        title="Women Ivory Kurta Set with Maroon Embroidered Jacket",
        category="Kurta Sets",
        color="Ivory",
        gender="Women",
    ),
    # photo: model in a sky blue anarkali kurta with a white net dupatta, side view, standing next to a large mirror
    # that shows her reflection; white studio.
    # adapter: none
    case(
        "X406-046",
        caption("two women in blue dresses standing in front of a mirror", "contradiction"),
        D.wearing("a blue dress and a white dupatta"),
        D.color("blue"),
        color_dupatta("white"),
        D.details("the details of the dress", "non_answer"),
        D.material("blue dress", "restated"),
        title="Women Sky Blue Anarkali Kurta with Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
]
