"""BLIND_331 (46 products; men's and boys' festive ethnic wear: kurtas, kurta sets, jackets, sherwanis, dhotis): written
blind in the forty-fourth session. Measured blind at 451376c (the session's rules as they stood): 92/122 failures
found (75.4%) and 9/159 correct texts flagged (5.7%). The writer's notes, verbatim:

Scenario: an English catalog feed for a festival sale of men's and boys' ethnic wear: kurtas, kurta pyjama sets
(some with a nehru jacket or a dupatta), nehru jackets worn over kurtas, sherwanis, bandhgala suits and dhotis. The
photos are model shots in decorated settings: marigold garlands, diyas, rangoli, lanterns, mandaps, brick and mud
walls, a ganesha idol, Holi powder. Each row has the seller's title, category, color and gender; a few rows miss the
color or the gender, as real feeds do. Many items are two- or three-piece outfits in different colors (a maroon
kurta on cream pyjamas, a navy jacket over a white kurta), which is where the base model's colors go wrong.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in a
maroon kurta ...") unless the comment says the caption adapter wrote them (the DeepFashion template, "The man wears a
long-sleeve shirt with pure color patterns and a long pants. ..."). The adapter has no end-of-answer token: every
adapter text runs to its limit (50 new tokens for captions, 30 for answers) and carries hit_limit=True; asked a
question it returns its template. The open questions (wearing, "What is he wearing?", description, details,
material and this set's own open questions) come from the base model unless the comment names the adapter; the base
model stops on its own and never has hit_limit. The closed questions (garment_type, color, pattern, sleeve_length,
the per-piece kurta/pyjama/jacket colors and the yes/no "Is this a ...?") come from enrich's `--engine reference`,
chosen from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: red for maroon or wine, purple for wine, mauve or lavender, blue
  for navy, royal blue or indigo, green for teal, olive, pista or sea green, yellow for mustard, lemon or gold, pink
  for peach, white for cream, ivory or off white, orange for rust or saffron, gray for grey.
- The color of another piece of the outfit (the pyjama, the kurta under a jacket, the jacket over a kurta, the
  dupatta, the jeans, the trousers of a bandhgala) given to the product or to a piece is other_garment_color. The
  color of the embroidery, the zari border, the Holi powder, the backdrop (marigolds, brick wall) given as the
  garment's color is contradiction, as is navy as black.
- Garment synonyms are correct: shirt for a kurta (the adapter's template has no kurta), vest for a nehru jacket,
  coat for a sherwani, suit or jacket for a bandhgala, scarf for a dupatta or stole, dhoti for a mundu, pants for
  pyjamas, churidar or dhoti pants. "dress" for a kurta or an angrakha, "no" to "Is this a kurta?" on a kurta and
  "no" to "Is this a nehru jacket?" on one are contradiction.
- A jacket answered with the sleeves of the kurta under it ("long sleeves" for a sleeveless nehru jacket) is
  contradiction, and so is a material that belongs to another piece (denim for a kurta worn with jeans).
- Materials: one the title names (silk blend, art silk, linen, velvet, cotton) is correct; brocade answered "silk" is
  correct (the brocade is a silk-look weave); a plausible cotton on a matte cotton-look kurta is correct; silk or
  velvet where the title names no fabric and the photo shows none is unsupported. A material question answered with
  the garment and its color, or with the adapter's template, is restated. "it is made of" is cut.
- Invented items or details not in the photo (a turban, a necklace, a pocket square, a print on a plain jacket, a
  white collar on a rust kurta) are unsupported.
- Adapter texts: a text that repeats a sentence of the template is loop; one that stops mid-sentence without
  repeating is cut, even where it invents a hat or an accessory before it stops; where the template calls the man a
  lady, pronoun (the auditor sees the person before the cut). The template answering "What is the person wearing?"
  answers it (cut or loop, not restated). A template that names only the kurta on a jacket product is not wrong.
- Base answers cut short ("a man in a blue kurta and white") are cut without hit_limit. Base answers that run into
  "Question: ... Answer: ..." are leak, even where the first words are right. An empty answer, "the details of the
  kurta" and a bare color for "What is he wearing?" are non_answer. "she", "woman", "girl" for a man or a boy are
  pronoun.
- Multicolor patchwork answered "multicolor" / "color block" is correct; chikankari and mirror work answered
  "embroidered" are correct; a tone-on-tone jacquard answered "solid" is correct; a bandhani dupatta's dots given as
  the kurta's pattern, and a zari border answered "striped", are contradiction.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, describe, is_a, question, wearing

color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
color_pyjama = question("color_pyjama", "What is the color of the pyjama?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
embroidery = question("embroidery", "What embroidery is on the garment?", "open")

BLIND_331 = [
    # photo: man in a maroon silk-blend kurta and cream pyjamas, wall hung with marigold garlands, front view.
    case(
        "X331-001",
        caption("a man in a maroon kurta standing in front of a wall decorated with marigold flowers"),
        D.wearing("a maroon kurta and white pants"),
        color_kurta("red"),
        color_pyjama("red", "other_garment_color"),
        D.material("silk"),
        D.pattern("solid"),
        D.details("the kurta has gold buttons and a pocket square", "unsupported"),
        title="Men Maroon Silk Blend Kurta with Pyjamas",
        category="Kurta Sets",
        color="Maroon",
        gender="Men",
    ),
    # photo: boy in a yellow kurta, white pyjamas and a blue floral printed nehru jacket, diyas on a low table.
    case(
        "X331-002",
        caption("a young boy wearing a yellow kurta and a blue vest"),
        wearing("a yellow kurta with a blue jacket and white pants", who="he"),
        color_kurta("yellow"),
        color_pyjama("white"),
        color_jacket("yellow", "other_garment_color"),
        D.details("the jacket has a floral print and buttons"),
        D.material("it is a yellow kurta", "restated"),
        title="Boys Yellow Kurta Pyjama with Printed Nehru Jacket",
        category="Kurta Sets",
        color="Yellow",
        gender="Boys",
    ),
    # photo: man in a navy jacquard nehru jacket over a white kurta and white pyjamas, beige wall with fairy lights.
    # caption: adapter
    case(
        "X331-003",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is stand. The pants are with cotton fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("jacket"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("long sleeves", "contradiction"),
        is_a("nehru jacket", "yes"),
        D.material("silk", "unsupported"),
        title="Men Navy Blue Self Design Jacquard Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a cream sherwani with gold embroidery, cream churidar, maroon stole on one shoulder, mandap with
    # flowers behind.
    case(
        "X331-004",
        caption("a man in a white sherwani with a red scarf"),
        D.garment_type("sherwani"),
        D.color("gold", "contradiction"),
        is_a("sherwani", "yes"),
        D.details("gold embroidery on the collar and sleeves"),
        D.material("velvet", "unsupported"),
        D.wearing("a white sherwani and a red scarf and a turban", "unsupported"),
        title="Men Cream Embroidered Sherwani Set with Stole",
        category="Sherwanis",
        color="Cream",
        gender="Men",
    ),
    # photo: man in a black bandhgala jacket with gold buttons and a white pocket square, black trousers, carved
    # sandstone arch behind.
    case(
        "X331-005",
        caption("a man in a black suit standing in front of an arch"),
        D.wearing("a black suit with gold buttons"),
        D.color("black"),
        D.details("the jacket has gold buttons and a pocket square"),
        D.sleeve_length("long sleeves"),
        D.material("it is made of", "cut"),
        is_a("sherwani", "yes", "contradiction"),
        title="Men Black Bandhgala Suit",
        category="Suits",
        color="Black",
        gender="Men",
    ),
    # photo: boy in a saffron kurta and white dhoti pants sitting on temple steps.
    case(
        "X331-006",
        caption("a little boy in an orange shirt and white pants sitting on steps"),
        wearing("she is wearing an orange kurta", "pronoun", who="he"),
        color_kurta("white", "other_garment_color"),
        is_a("dhoti", "yes"),
        D.pattern("solid"),
        D.details("the kurta is orange", "non_answer"),
        title="Boys Orange Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Orange",
        gender="Boys",
    ),
    # photo: man in a white chikankari cotton kurta and white pyjamas, colorful paper lanterns hanging behind.
    # caption: adapter
    case(
        "X331-007",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is round. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is",
            "loop",
            hit_limit=True,
        ),
        D.color("white"),
        D.pattern("embroidered"),
        D.material("cotton"),
        embroidery("white thread embroidery on the front"),
        D.wearing("a man in a white kurta and white pants Question: what is the", "leak"),
        title="Men White Chikankari Embroidered Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: man in a mustard kurta and white pyjamas sitting on a wooden swing wound with flowers.
    case(
        "X331-008",
        caption("a man in a yellow kurta sitting on a swing"),
        D.wearing("a yellow kurta and white pants Question: what is the color of the pyjama? Answer: white", "leak"),
        color_kurta("yellow"),
        color_pyjama("yellow", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.details("the kurta has a floral print", "unsupported"),
        title="Men Mustard Yellow Solid Kurta Pyjama Set",
        category="Kurta Sets",
        color="Mustard",
        gender="Men",
    ),
    # photo: man in a peach kurta with sequins at the neckline, holding a lit diya, plain beige backdrop; no jewellery.
    case(
        "X331-009",
        caption("a man in a pink kurta holding a diya"),
        D.color("pink"),
        D.details("sequins on the neckline and", "cut"),
        D.material("silk", "unsupported"),
        describe("kurta", "a pink kurta with a gold necklace", "unsupported"),
        title="Men Peach Sequinned Kurta",
        category="Kurtas",
        color="Peach",
        gender="Men",
    ),
    # photo: man in an olive nehru jacket over a cream kurta, three-quarter view, garden with string lights.
    case(
        "X331-010",
        caption("a man in a green vest and white shirt standing in a garden"),
        D.color("green"),
        color_jacket("green"),
        color_kurta("green", "other_garment_color"),
        is_a("nehru jacket", "yes"),
        D.garment_type("jacket"),
        D.sleeve_length("sleeveless"),
        D.wearing("a green vest over a white shirt and a red scarf", "unsupported"),
        title="Men Olive Green Nehru Jacket",
        category="Nehru Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: man in an indigo block-printed cotton kurta and white pyjamas, whitewashed wall with a jute toran.
    # caption, material: adapter
    case(
        "X331-011",
        caption(
            "The man wears a long-sleeve shirt with floral patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.pattern("printed"),
        D.color("blue"),
        color_pyjama("blue", "other_garment_color"),
        D.material(
            "The man wears a long-sleeve shirt with floral patterns and a long pants. The shirt is with cotton "
            "fabric and its",
            "restated",
            hit_limit=True,
        ),
        title="Men Indigo Blue Printed Cotton Kurta Set",
        category="Kurta Sets",
        color="Blue",
        gender="Men",
    ),
    # photo: boy in a red sherwani with gold buttons and a white churidar, floral drapes of a wedding hall; bare head.
    case(
        "X331-012",
        caption("a young boy in a red and gold outfit"),
        wearing("a red sherwani", who="he"),
        D.color("gold", "contradiction"),
        is_a("sherwani", "yes"),
        D.details("the sherwani has gold buttons and a turban", "unsupported"),
        color_pyjama("red", "other_garment_color"),
        title="Boys Red Embroidered Sherwani with Churidar",
        category="Sherwanis",
        color="Red",
        gender="Boys",
    ),
    # photo: man in a beige linen kurta with a mandarin collar and a chest pocket, white pyjamas, mud wall, rangoli
    # on the floor.
    case(
        "X331-013",
        caption("a man in a beige kurta standing next to a rangoli"),
        D.wearing("", "non_answer"),
        D.color("beige"),
        D.material("linen"),
        D.details("the kurta has a mandarin collar and a pocket"),
        D.description("a beige kurta with a collar"),
        D.pattern("striped", "contradiction"),
        title="Men Beige Solid Linen Kurta",
        category="Kurtas",
        color="Beige",
        gender="Men",
    ),
    # photo: man in a black kurta with gold thread embroidery on the yoke and black pyjamas, Diwali lights behind.
    # caption, material: adapter
    case(
        "X331-014",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long pants. The pants are with cotton "
            "fabric and pure color patterns. There is an accessory on his wrist. The man wears a long-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black kurta and black pants"),
        color_kurta("black"),
        color_pyjama("black"),
        D.pattern("embroidered"),
        D.details("gold embroidery on the neck"),
        D.material(
            "The man wears a long-sleeve shirt with pure color patterns and a long pants. "
            "The shirt is with cotton fabric and its",
            "restated",
            hit_limit=True,
        ),
        title="Men Black Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: man in a wine velvet bandhgala blazer over cream trousers, dark wood panelled room with candles.
    case(
        "X331-015",
        caption("a man in a purple velvet jacket and white pants"),
        D.wearing("a purple jacket and white pants Question: what is the color", "leak"),
        D.color("red"),
        D.material("velvet"),
        D.garment_type("jacket"),
        is_a("blazer", "yes"),
        D.details("the jacket has gold buttons and a brooch", "unsupported"),
        title="Men Wine Velvet Bandhgala Blazer",
        category="Blazers",
        color="Wine",
        gender="Men",
    ),
    # photo: man in a white cotton dhoti with a gold zari border and a cream kurta, temple pillars behind.
    case(
        "X331-016",
        caption("a man in a white dhoti and a white shirt"),
        D.garment_type("dhoti"),
        D.color("gold", "contradiction"),
        is_a("dhoti", "yes"),
        D.material("cotton"),
        D.details("the dhoti has a gold border"),
        D.wearing("a white dhoti and", "cut"),
        title="Men White Cotton Dhoti with Gold Zari Border",
        category="Dhotis",
        color="White",
        gender="Men",
    ),
    # photo: boy in a green kurta, white pyjamas and a pink floral printed nehru jacket, rangoli at his feet.
    case(
        "X331-017",
        caption("a boy in a green and pink outfit"),
        wearing("a green kurta with a pink vest and white pants", who="he"),
        color_kurta("pink", "other_garment_color"),
        color_jacket("pink"),
        color_pyjama("white"),
        describe("jacket", "a pink jacket with a floral print"),
        D.details("the details of the jacket", "non_answer"),
        title="Boys Green Kurta Pyjama with Pink Nehru Jacket",
        category="Kurta Sets",
        color="Green",
        gender="Boys",
    ),
    # photo: man in a matte teal kurta with silver thread buttons and a white churidar, brass urli of flowers beside.
    case(
        "X331-018",
        caption("a man in a blue kurta standing next to a bowl of flowers"),
        D.wearing("a man in a blue kurta and white", "cut"),
        D.color("green"),
        color_pyjama("blue", "other_garment_color"),
        D.material("cotton"),
        D.details("silver buttons on the kurta and a silver necklace", "unsupported"),
        title="Men Teal Blue Kurta Churidar Set",
        category="Kurta Sets",
        color="Teal",
        gender="Men",
    ),
    # photo: man in a pastel pink kurta and white pyjamas, haldi ceremony backdrop of yellow marigold strings.
    case(
        "X331-019",
        caption("a man in a pink kurta in front of yellow flowers"),
        D.wearing("she is wearing a pink kurta", "pronoun"),
        D.color("yellow", "contradiction"),
        color_pyjama("pink", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        title="Men Pink Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Pink",
        gender="Men",
    ),
    # photo: man in an off-white kurta, off-white pyjamas and a maroon nehru jacket with gold buttons, bare head,
    # palace courtyard. caption: adapter
    case(
        "X331-020",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long pants. He wears a vest with pure "
            "color patterns. The vest is with cotton fabric. There is a hat in his head. The",
            "cut",
            hit_limit=True,
        ),
        color_kurta("white"),
        color_jacket("red"),
        D.color("red", "other_garment_color"),
        is_a("kurta", "no", "contradiction"),
        D.wearing("a white kurta and a red vest Question: what is the color of the vest? Answer: red", "leak"),
        title="Men Off White Kurta Pyjama with Maroon Nehru Jacket",
        category="Kurta Sets",
        color="Off White",
        gender="Men",
    ),
    # photo: man in a royal blue art silk kurta and white pyjamas holding a pooja thali with pink flowers.
    case(
        "X331-021",
        caption("a man in a blue kurta holding a plate of flowers"),
        D.material("silk"),
        D.color("blue"),
        D.details("the kurta has a mandarin collar and buttons"),
        D.description("a blue silk kurta with a white pajama"),
        D.pattern("solid"),
        title="Men Royal Blue Art Silk Kurta Set",
        category="Kurta Sets",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a grey pathani kurta and grey salwar in front of a red brick wall.
    case(
        "X331-022",
        caption("a man in a gray kurta standing in front of a brick wall"),
        D.color("red", "contradiction"),
        D.wearing("a gray kurta and gray pants"),
        D.details("the details of the kurta", "non_answer"),
        is_a("kurta", "yes"),
        D.material("it is a gray kurta", "restated"),
        title="Men Grey Pathani Kurta Set",
        category="Kurta Sets",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a yellow kurta with multicolor mirror work and thread embroidery on the front, white pyjamas.
    # details: adapter
    case(
        "X331-023",
        caption("a man in a yellow kurta with mirror work"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. Its neckline is round. The shirt is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.color("yellow"),
        D.material("it is a yellow kurta with mirror work", "restated"),
        embroidery("mirror work and thread embroidery"),
        D.wearing("a yellow kurta and white pants and a yellow scarf", "unsupported"),
        title="Men Yellow Mirror Work Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Men",
    ),
    # photo: boy in a white kurta and pyjamas with a blue-and-white printed jacket, holding a sparkler, night.
    case(
        "X331-024",
        caption("a little boy holding a sparkler"),
        D.wearing("a white kurta and a blue jacket"),
        color_jacket("white", "other_garment_color"),
        D.garment_type("kurta"),
        D.details("the jacket has a print and a pocket square", "unsupported"),
        color_kurta("blue", "other_garment_color"),
        title="Boys White Kurta Pyjama with Printed Jacket",
        category="Kurta Sets",
        color="White",
        gender="Boys",
    ),
    # photo: man in a navy sherwani with silver embroidery and a red safa turban, under a flower arch.
    case(
        "X331-025",
        caption("a man in a blue sherwani and a turban standing under a flower arch"),
        D.color("black", "contradiction"),
        is_a("sherwani", "yes"),
        D.material("the sherwani is blue", "restated"),
        D.sleeve_length("long sleeves"),
        D.details("the sherwani has silver embroidery and a sword", "unsupported"),
        title="Men Navy Blue Embroidered Sherwani",
        category="Sherwanis",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a rust cotton kurta (same rust collar) and white pyjamas, courtyard with autumn leaves.
    # caption: adapter
    case(
        "X331-026",
        caption(
            "The man wears a long-sleeve shirt with solid color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is stand. The pants are with cotton fabric and solid color patterns. There is "
            "an",
            "cut",
            hit_limit=True,
        ),
        D.color("orange"),
        D.material("cotton"),
        describe("kurta", "an orange kurta with a white collar", "unsupported"),
        D.wearing("an orange kurta and white pants"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Men Rust Orange Cotton Kurta",
        category="Kurtas",
        color="Rust",
        gender="Men",
    ),
    # photo: man in a plain lavender kurta and cream pyjamas, pastel balloon backdrop.
    case(
        "X331-027",
        caption("a man in a purple shirt and white pants"),
        D.wearing("a purple kurta and white pajamas"),
        color_kurta("purple"),
        color_pyjama("white"),
        D.pattern("striped", "contradiction"),
        D.details("", "non_answer"),
        is_a("kurta", "no", "contradiction"),
        title="Men Lavender Kurta with Pyjamas",
        category="Kurta Sets",
        color="Lavender",
        gender="Men",
    ),
    # photo: man in a gold brocade nehru jacket with woven floral motifs over a black kurta and black pyjamas.
    case(
        "X331-028",
        caption("a man in a gold vest and black shirt"),
        D.color("black", "other_garment_color"),
        color_jacket("yellow"),
        D.pattern("floral"),
        D.material("silk"),
        D.garment_type("kurta", "contradiction"),
        title="Men Gold-Toned Brocade Nehru Jacket",
        category="Nehru Jackets",
        color="Gold",
        gender="Men",
    ),
    # photo: man in a plain white kurta pyjama smeared with pink and green Holi powder, laughing, outdoor.
    # (feed row without gender)
    case(
        "X331-029",
        caption("a man covered in colored powder"),
        D.color("pink", "contradiction"),
        D.pattern("solid"),
        D.wearing("a white kurta with colors on it"),
        D.material("cotton"),
        D.details("the kurta has pink and green flowers", "unsupported"),
        title="Men White Cotton Kurta Pyjama Set",
        category="Kurta Sets",
        color="White",
    ),
    # photo: man in a red kurta with a mirror-work hem and white dhoti pants, holding two dandiya sticks.
    case(
        "X331-030",
        caption("a man holding two sticks in a red kurta"),
        D.wearing("a red kurta and white dhoti"),
        color_kurta("red"),
        color_pyjama("red", "other_garment_color"),
        D.details("the kurta has a mirror work"),
        D.description("a red kurta with a white dhoti Question: what is the man holding? Answer: sticks", "leak"),
        title="Men Red Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Red",
        gender="Men",
    ),
    # photo: man in a sea green floral printed kurta and white pyjamas, garden gazebo.
    # caption, material, wearing: adapter
    case(
        "X331-031",
        caption(
            "The man wears a long-sleeve shirt with floral patterns and a long pants. The shirt is with cotton "
            "fabric. The pants are with cotton fabric. The man wears a long-sleeve shirt with floral patterns and a "
            "long",
            "loop",
            hit_limit=True,
        ),
        D.pattern("floral"),
        D.color("green"),
        D.material(
            "The man wears a long-sleeve shirt with floral patterns and a long pants. The shirt is with cotton "
            "fabric. The pants",
            "restated",
            hit_limit=True,
        ),
        D.wearing(
            "The man wears a long-sleeve shirt with floral patterns and a long pants. The shirt is with cotton "
            "fabric. The pants are",
            "cut",
            hit_limit=True,
        ),
        title="Men Sea Green Floral Printed Kurta",
        category="Kurtas",
        color="Sea Green",
        gender="Men",
    ),
    # photo: boy in a cream kurta and a maroon dhoti sitting cross-legged before a pooja setup.
    case(
        "X331-032",
        caption("a boy in a white shirt and red pants"),
        wearing("a white kurta and a red dhoti", who="he"),
        color_kurta("red", "other_garment_color"),
        is_a("dhoti", "yes"),
        D.garment_type("dress", "contradiction"),
        D.material("silk", "unsupported"),
        title="Boys Cream Kurta with Maroon Dhoti Set",
        category="Kurta Sets",
        color="Cream",
        gender="Boys",
    ),
    # photo: man in a black short straight kurta with full sleeves and blue jeans, street with festive bunting.
    case(
        "X331-033",
        caption("a man in a black kurta and blue jeans"),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.garment_type("kurta"),
        D.material("denim", "contradiction"),
        title="Men Black Short Kurta",
        category="Kurtas",
        color="Black",
        gender="Men",
    ),
    # photo: man in an ivory kurta and an ivory mundu with a gold kasavu border, banana leaves and a pookalam.
    case(
        "X331-034",
        caption("a man in a white shirt and a white dhoti with a gold border"),
        D.color("white"),
        D.pattern("striped", "contradiction"),
        D.material("silk", "unsupported"),
        D.wearing("a white kurta and dhoti"),
        D.details("gold border"),
        color_kurta("gold", "contradiction"),
        title="Men Off White Kasavu Kurta and Mundu Set",
        category="Kurta Sets",
        color="Off White",
        gender="Men",
    ),
    # photo: long-haired man in a mauve tone-on-tone jacquard kurta and white pyjamas, by a jali window.
    case(
        "X331-035",
        caption("a woman in a purple kurta standing by a window", "pronoun"),
        D.color("purple"),
        D.pattern("solid"),
        D.wearing("a purple kurta and white pants Question: what color is the kurta? Answer: purple", "leak"),
        D.details("the kurta has a", "cut"),
        title="Men Mauve Jacquard Kurta",
        category="Kurtas",
        color="Mauve",
        gender="Men",
    ),
    # photo: man in a multicolor patchwork kurta and white pyjamas, market stall of lamps. (feed row without color)
    # caption, material: adapter
    case(
        "X331-036",
        caption(
            "The man wears a long-sleeve shirt with color block patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.color("multicolor"),
        D.pattern("color block"),
        D.details("the kurta has patches of different colors"),
        describe("kurta", "a multicolored kurta with a", "cut"),
        D.material(
            "The man wears a long-sleeve shirt with color block patterns and a long pants. "
            "The shirt is with cotton fabric and",
            "restated",
            hit_limit=True,
        ),
        title="Men Multicoloured Patchwork Kurta",
        category="Kurtas",
        gender="Men",
    ),
    # photo: man in a mustard nehru jacket with buttons and a welt pocket, over a white full-sleeve kurta.
    case(
        "X331-037",
        caption("a man in a yellow vest and white kurta"),
        D.color("yellow"),
        D.sleeve_length("long sleeves", "contradiction"),
        is_a("nehru jacket", "no", "contradiction"),
        D.details("the jacket has buttons and a pocket"),
        D.material("wool", "unsupported"),
        title="Men Mustard Yellow Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: boy in a navy bandhgala jacket with gold buttons and white trousers, balloons behind.
    case(
        "X331-038",
        caption("a little boy in a blue suit with balloons in the background"),
        D.color("white", "other_garment_color"),
        wearing("a blue jacket and white pants", who="he"),
        D.details("gold buttons"),
        D.description("a girl in a blue jacket", "pronoun"),
        title="Boys Navy Blue Bandhgala Suit",
        category="Suits",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: man in a pista green kurta with floral embroidery at the neck, white pyjamas, Eid lanterns.
    case(
        "X331-039",
        caption("a man in a light green kurta standing next to a lantern"),
        D.color("green"),
        D.details("embroidery on the neck"),
        D.material("it is made of", "cut"),
        D.wearing("a green kurta Question: what is the color of the kurta? Answer: green", "leak"),
        is_a("kurta", "no", "contradiction"),
        title="Men Pista Green Embroidered Kurta",
        category="Kurtas",
        color="Green",
        gender="Men",
    ),
    # photo: man in a white angrakha kurta with a side tie and white churidar, haveli door behind.
    # caption, material: adapter
    case(
        "X331-040",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is v-shape. There is an accessory on his wrist. The gentleman wears a long-sleeve shirt "
            "with pure color",
            "loop",
            hit_limit=True,
        ),
        D.details("the kurta has a tie on the side and a pocket", "unsupported"),
        D.garment_type("dress", "contradiction"),
        D.color("white"),
        D.material(
            "The gentleman wears a long-sleeve shirt with pure color patterns. "
            "The shirt is with cotton fabric and its neckline is",
            "restated",
            hit_limit=True,
        ),
        title="Men White Angrakha Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: man all in black: plain black nehru jacket, black kurta, black pyjamas, holding a diya.
    case(
        "X331-041",
        caption("a man in an all black outfit holding a diya"),
        color_kurta("black"),
        color_jacket("black"),
        color_pyjama("black"),
        D.details("the jacket has a floral print on it", "unsupported"),
        D.material("velvet", "unsupported"),
        D.wearing("a black kurta and a black jacket Question: what is he holding? Answer: a candle", "leak"),
        title="Men Black Kurta Pyjama with Nehru Jacket",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: man in a saffron full-sleeve kurta with a button placket and white pyjamas before a ganesha idol.
    case(
        "X331-042",
        caption("a man in an orange kurta standing in front of a ganesha idol"),
        color_pyjama("orange", "other_garment_color"),
        D.wearing("orange kurta"),
        D.sleeve_length("three-quarter sleeves", "contradiction"),
        D.details("the kurta has a button placket"),
        D.material("the kurta is orange", "restated"),
        title="Men Saffron Kurta Pyjama Set",
        category="Kurta Sets",
        color="Orange",
        gender="Men",
    ),
    # photo: man in a coffee brown cotton kurta and cream pyjamas, wooden jharokha behind.
    # caption, wearing: adapter
    case(
        "X331-043",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. It",
            "cut",
            hit_limit=True,
        ),
        D.color("brown"),
        color_pyjama("brown", "other_garment_color"),
        D.material("cotton"),
        D.wearing(
            "The man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline",
            "cut",
            hit_limit=True,
        ),
        title="Men Coffee Brown Cotton Kurta Set",
        category="Kurta Sets",
        color="Brown",
        gender="Men",
    ),
    # photo: man in a plain white kurta and pyjamas with a red bandhani dupatta (white dots) over the shoulders.
    case(
        "X331-044",
        caption("a man in a white kurta with a red scarf"),
        D.color("red", "other_garment_color"),
        D.pattern("polka dots", "contradiction"),
        D.wearing("a white kurta, a red dupatta and white pyjama"),
        D.details("the scarf has white dots"),
        title="Men White Kurta Pyjama with Bandhani Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: boy in a lemon yellow cotton kurta and white pyjamas sitting on a carved chair with cushions.
    case(
        "X331-045",
        caption("a boy in a yellow kurta sitting on a chair"),
        wearing("yellow", "non_answer", who="he"),
        color_kurta("yellow"),
        color_pyjama("yellow", "other_garment_color"),
        D.material("cotton"),
        D.details("the kurta has a mirror work", "unsupported"),
        title="Boys Lemon Yellow Cotton Kurta Pyjama Set",
        category="Kurta Sets",
        color="Yellow",
        gender="Boys",
    ),
    # photo: man in a maroon velvet sherwani with gold buttons and a gold brooch, cream churidar, palace stairs.
    # caption: adapter
    case(
        "X331-046",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns and a long pants. The coat is with velvet "
            "fabric and its neckline is stand. The pants are with cotton fabric and pure color patterns. The",
            "pronoun",
            hit_limit=True,
        ),
        D.color("red"),
        D.material("velvet"),
        is_a("sherwani", "yes"),
        D.details("the sherwani has gold buttons and a gold brooch"),
        wearing("a maroon sherwani and cream pants", who="he"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Men Maroon Velvet Sherwani",
        category="Sherwanis",
        color="Maroon",
        gender="Men",
    ),
]
