"""BLIND_239 (46 products; men's ethnic and winter wear: sherwanis, nehru jackets, kurta sets, sweaters, puffers):
written blind in the forty-first session. Measured blind at 878e10b (the session's rules as they stood): 94/126
failures found (74.6%) and 9/161 correct texts flagged (5.6%). The writer's notes, verbatim:

Scenario: an Indian marketplace's English catalog feed of men's ethnic and winter wear: sherwanis (velvet, brocade,
embroidered), nehru jackets and bandhgalas, kurta pyjama sets (some sold with a nehru jacket or a dupatta), sweaters
and cardigans, puffer jackets and gilets, thermal tops and sets, and woollen shawls. Model shots on studio backdrops
(grey, white, beige, pink, red, maroon, a white brick wall), a few with props (a wooden chair, a plant, diyas and
marigolds). Many photos are layered: a kurta under a nehru jacket, a shirt collar under a sweater, a hoodie under a
puffer, a stole or a turban with a sherwani. Each row has the seller's title, category, color and gender; a few rows
miss the gender, as real feeds do. Seller colors are vendor shades (Maroon, Mustard, Teal, Wine, Rust, Off White...).

Who wrote what: captions come from either the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in
a maroon sherwani ...") or the caption-only LoRA adapter (the DeepFashion template, "The gentleman wears a
long-sleeve jacket with pure color patterns ..."), which names patterns but never hues. The adapter was trained with
no end-of-answer token: every adapter text runs to its limit (50 new tokens for captions, 30 for answers), carries
hit_limit=True, and asked a question it returns its template. Open questions (wearing, description, details,
material, embroidery) come from the base model unless the comment says the adapter answered; the base model stops
on its own and never has hit_limit. Closed questions (garment_type, color, pattern, sleeve_length, the per-piece
colors and "Is this a ...?") are enrich's `--engine reference` answers, chosen from candidate sets: never a loop or
a cut.

Labeling conventions and judgement calls:
- Shade words are correct: red for maroon or wine, blue for navy or light blue, green for teal, olive or sea green,
  yellow for mustard, pink for peach, purple for lavender, white for cream, ivory or off white, orange for rust,
  gold for a gold-toned brocade. Maroon given as brown, mustard as orange, lavender as pink are contradiction.
- Garment synonyms are correct: coat for a sherwani or a parka, vest for a nehru jacket or a puffer gilet, suit or
  blazer for a bandhgala, shirt for a kurta, scarf for a shawl or a stole, long johns or leggings for thermal
  bottoms, pajamas or pants for a pyjama or churidar, candles for diyas. A sherwani or a kurta called a dress, a shawl
  called a blanket, a pullover called a cardigan, a sherwani answered "yes" to "Is this a kurta?" are contradiction.
- The color of another piece in the photo (the kurta under the jacket, the stole, the turban, the hoodie, the shirt
  collar under a sweater, the jacket over the kurta) given as the product's or another piece's color is
  other_garment_color. The color of the backdrop or of a prop (pink wall, wooden chair, maroon backdrop), or of a
  print given as the whole garment's color (red of a Fair Isle yoke on a cream sweater), is contradiction.
- Patterns: cable knit or ribbing answered "striped", herringbone answered "checked" are contradiction; chikankari
  "embroidered", brocade "floral", a Kashmiri shawl "paisley", quilting "solid" are correct. Sleeves: a sleeveless
  nehru jacket or a sleeveless thermal vest answered "long sleeves" (the shirt's sleeves) is contradiction.
- Materials: one the title names (velvet, jacquard as "brocade", tweed, pashmina, linen, art silk) is correct; a
  plausible guess on a look that fits (wool for a knit, nylon or polyester for a shiny puffer shell, cotton for a
  plain kurta or thermal) is correct. Silk on a cotton or cotton-blend kurta, on a jute-cotton jacket or on a
  self-design sherwani, "wool and silk" for a wool shawl, wool for a shawl the title calls acrylic, leather or wool
  for a nylon puffer are unsupported.
- Invented items not in the photo (a pearl necklace, a sword, a tie, a pocket square, a chest pocket, a zipper, a
  hood, a hat, a red scarf, a chain on a pocket, shorts on a photo cropped at the waist, buttons on a back view, a
  fur collar on a jacket without one) are unsupported, even where the rest of the answer is right.
- Closed answers: the reference engine's garment_type "kurta" for a sherwani, "yes" to "Is this a hoodie?" for a
  puffer worn over a hoodie, "no" to "Is this a puffer jacket?" for one, "striped" for a plain shawl with one woven
  border are contradiction.
- Adapter texts: a text that repeats a sentence of its template is loop; one that stops mid-sentence without a
  repeat is cut; a template returned for the material question is restated. Where the adapter misnames the garment
  (a sherwani as a dress) that is contradiction, and where it opens with "The lady" for a man that is pronoun; both
  keep hit_limit. An invented accessory or a wrong pattern ("pure color" for a Fair Isle sweater) inside a cut or
  looping template is labelled cut or loop.
- A base answer that stops short ("it is made of", "the scarf has") is cut, without hit_limit. An empty answer, "the
  details of the thermal set" and "it is a shawl" for a description are non_answer; a material question answered
  with the garment's color and name is restated. Base answers running on into "Question: ... Answer: ..." are leak
  even where the first words are right. "she" or "The lady" for a man is pronoun.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
color_pyjama = question("color_pyjama", "What is the color of the pyjama?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
embroidery = question("embroidery", "What embroidery is on the garment?", "open")

BLIND_239 = [
    # photo: man in a maroon velvet sherwani with gold zari embroidery on collar and cuffs, cream churidar, cream stole
    # over one shoulder, beige studio backdrop, front view, no jewellery.
    # adapter: none
    case(
        "X239-001",
        caption("a man in a maroon sherwani with gold embroidery standing in front of a beige wall"),
        D.wearing("a red sherwani and white pants"),
        D.garment_type("kurta", "contradiction"),
        D.color("red"),
        color_pants("red", "other_garment_color"),
        D.material("velvet"),
        D.details("the sherwani has gold embroidery on the collar and the cuffs and a pearl necklace", "unsupported"),
        title="Men Maroon Embroidered Velvet Sherwani Set",
        category="Sherwani",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a navy blue sleeveless nehru jacket (mandarin collar) over a white kurta and white pyjama, grey
    # backdrop, front view.
    # adapter: caption
    case(
        "X239-002",
        caption(
            "The gentleman wears a sleeveless vest with pure color patterns and a long pants. The vest is with cotton "
            "fabric and its neckline is stand. The pants are with cotton fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue vest and a white kurta"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        is_a("nehru jacket", "yes"),
        D.material("silk", "unsupported"),
        title="Men Navy Blue Solid Jute Cotton Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a cream chikankari kurta (white thread embroidery) and cream pyjama, hands in pockets, light pink
    # backdrop.
    # adapter: none
    case(
        "X239-003",
        caption("a man in a white kurta standing in front of a pink wall"),
        D.wearing("a white kurta and white pants"),
        D.color("white"),
        D.pattern("embroidered"),
        color_pyjama("pink", "contradiction"),
        D.details(
            "the kurta has white embroidery on the front Question: what is the material of the kurta? Answer: cotton",
            "leak",
        ),
        D.material("cotton"),
        title="Men Cream Chikankari Embroidered Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: man in a black crew-neck cable-knit pullover over a white collared shirt (collar showing), blue jeans,
    # white backdrop.
    # adapter: caption
    case(
        "X239-004",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "knitting fabric and its neckline is round. The pants are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black sweater over a white shirt"),
        D.color("black"),
        D.pattern("striped", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.details("the sweater has a v-neck and buttons on the front", "unsupported"),
        D.material("wool"),
        title="Men Black Cable Knit Pullover Sweater",
        category="Sweaters",
        color="Black",
        gender="Men",
    ),
    # photo: man in an olive green hooded puffer jacket, zipped half-way over a black t-shirt, black pants, grey
    # backdrop.
    # adapter: caption, details
    case(
        "X239-005",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns. The jacket is with cotton "
            "fabric.",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green jacket and black pants"),
        D.color("green"),
        D.details(
            "The jacket is with cotton fabric and pure color patterns. It has a hooded neckline. The jacket is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        is_a("puffer jacket", "yes"),
        D.material("nylon"),
        title="Men Olive Green Hooded Puffer Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a beige bandhgala suit (jacket and trousers), gold buttons, mandarin collar, plain pockets,
    # ivory backdrop.
    # adapter: none
    case(
        "X239-006",
        caption("a man in a beige suit with gold buttons"),
        D.wearing("a suit"),
        D.garment_type("jacket"),
        D.color("beige"),
        D.details("it has a mandarin collar and gold buttons and a gold chain on the pocket", "unsupported"),
        D.description("she is wearing a beige suit with gold buttons", "pronoun"),
        title="Men Beige Solid Bandhgala Suit",
        category="Bandhgala",
        color="Beige",
        gender="Men",
    ),
    # photo: man in a grey melange thermal set (long-sleeve crew-neck top and long bottoms), white backdrop.
    # adapter: caption, material
    case(
        "X239-007",
        caption(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns and a long leggings. The T-shirt is "
            "with cotton fabric. The leggings are with cotton fabric. The T-shirt is with cotton fabric. The leggings",
            "loop",
            hit_limit=True,
        ),
        D.wearing("grey thermal underwear"),
        D.color("grey"),
        D.sleeve_length("long sleeves"),
        D.material(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns and a long leggings. The T-shirt is "
            "with cotton fabric. It has",
            "restated",
            hit_limit=True,
        ),
        D.details("the details of the shirt", "non_answer"),
        title="Men Grey Melange Thermal Top and Bottom Set",
        category="Thermal Sets",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in a mustard yellow kurta (nehru collar, buttoned placket) and white pyjama, a green potted plant in
    # the corner, light grey backdrop.
    # adapter: none
    case(
        "X239-008",
        caption("a man in a yellow kurta standing next to a plant"),
        D.wearing("a yellow kurta and yellow pants", "other_garment_color"),
        color_kurta("yellow"),
        color_pyjama("yellow", "other_garment_color"),
        D.details("the kurta has a green collar", "contradiction"),
        D.material("cotton"),
        title="Men Mustard Yellow Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Mustard",
        gender="Men",
    ),
    # photo: red Kashmiri shawl with a woven cream and green paisley pattern and fringed ends, draped over the shoulders
    # of a man in a black kurta, grey backdrop.
    # adapter: none
    case(
        "X239-009",
        caption("a man wearing a red scarf with a pattern over his shoulders"),
        D.wearing("a black kurta and a red shawl"),
        D.garment_type("shawl"),
        D.color("black", "other_garment_color"),
        D.pattern("paisley"),
        D.material("pashmina"),
        D.description("a red shawl with a paisley pattern and fringes"),
        title="Men Red Woven Design Pashmina Wool Shawl",
        category="Shawls",
        color="Red",
        gender="Men",
    ),
    # photo: man in a white kurta and white pyjama with a maroon sleeveless nehru jacket over them (a three-piece set),
    # grey backdrop, front view, no scarf.
    # adapter: caption
    case(
        "X239-010",
        caption(
            "The gentleman wears a sleeveless vest with pure color patterns and a long pants. The vest is with cotton "
            "fabric and its neckline is stand. The pants are with cotton fabric. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white kurta and a red vest"),
        color_jacket("red"),
        color_kurta("red", "other_garment_color"),
        color_pyjama("white"),
        D.description("a white kurta with a red vest and a red scarf", "unsupported"),
        title="Men White Kurta Pyjama with Maroon Nehru Jacket",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: man in a black bandhgala (jodhpuri) with black trousers, silver buttons, a white pocket square, dark grey
    # backdrop.
    # adapter: none
    case(
        "X239-011",
        caption("a man in a black suit with a white pocket square"),
        D.wearing("a black suit and a red tie", "unsupported"),
        D.color("grey", "contradiction"),
        D.details("the jacket has silver buttons and a white pocket square"),
        D.material("it is made of", "cut"),
        is_a("bandhgala", "yes"),
        title="Men Black Solid Jodhpuri Bandhgala Suit",
        category="Bandhgala",
        color="Black",
        gender="Men",
    ),
    # photo: man in a navy blue quilted puffer jacket with a faux-fur-trimmed navy hood, open over a grey hoodie, blue
    # jeans, white backdrop.
    # adapter: none
    case(
        "X239-012",
        caption("a man in a blue puffer jacket and jeans"),
        D.wearing("a blue jacket with a grey hoodie"),
        D.color("blue"),
        D.pattern("solid"),
        D.details("the jacket is grey with a fur hood", "other_garment_color"),
        D.material("polyester"),
        is_a("hoodie", "yes", "contradiction"),
        title="Men Navy Blue Quilted Polyester Puffer Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a peach kurta with sleeve embroidery and a white churidar, seated on a wooden chair, cream backdrop.
    # adapter: details
    case(
        "X239-013",
        caption("a man in a pink kurta sitting on a wooden chair"),
        D.wearing("a pink kurta and white pants"),
        D.color("pink"),
        color_pyjama("brown", "contradiction"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a stand neckline. The shirt is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        title="Men Peach Cotton Blend Kurta with Churidar",
        category="Kurta Sets",
        color="Peach",
        gender="Men",
    ),
    # photo: man in a charcoal grey v-neck pullover over a pale blue shirt (collar and cuffs showing), khaki chinos,
    # white backdrop.
    # adapter: caption, description
    case(
        "X239-014",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long trousers. The sweater is "
            "with knitting fabric and its neckline is V-shape. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey sweater and khaki pants"),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.description(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "The sweater is with knitting fabric. The",
            "loop",
            hit_limit=True,
        ),
        is_a("cardigan", "yes", "contradiction"),
        title="Men Charcoal Grey V-Neck Pullover Sweater",
        category="Sweaters",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man in a gold-toned jacquard sherwani with floral brocade motifs, cream churidar, red stole and red safa
    # (turban), beige backdrop, no sword or other props.
    # adapter: none
    case(
        "X239-015",
        caption("a man in a gold sherwani and a red turban"),
        D.wearing("a gold sherwani with a red scarf"),
        D.color("red", "other_garment_color"),
        D.pattern("floral"),
        D.material("brocade"),
        D.details("the sherwani has gold buttons and a sword", "unsupported"),
        D.description("a gold sherwani Question: what is the color of the turban? Answer: red", "leak"),
        title="Men Gold-Toned Woven Design Jacquard Sherwani Set",
        category="Sherwani",
        color="Gold",
        gender="Men",
    ),
    # photo: man in a white long-sleeve crew-neck thermal top, no pocket, cropped at the waist, grey backdrop.
    # adapter: none
    case(
        "X239-016",
        caption("a man in a white long sleeve shirt"),
        D.wearing("she is wearing a white shirt", "pronoun"),
        D.garment_type("t-shirt"),
        D.color("white"),
        D.material("cotton"),
        D.details("the shirt has a pocket on the chest", "unsupported"),
        title="Men White Solid Thermal Top",
        category="Thermal Tops",
        color="White",
        gender="Men",
    ),
    # photo: man in a teal blue floral-printed sleeveless nehru jacket over a white long-sleeve shirt, beige trousers,
    # grey backdrop.
    # adapter: caption
    case(
        "X239-017",
        caption(
            "The lady wears a sleeveless vest with floral patterns and a long pants. The vest is with cotton fabric "
            "and its neckline is stand. The pants are with cotton fabric and pure color patterns. There",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a blue floral vest and a white shirt"),
        D.color("white", "other_garment_color"),
        D.pattern("floral"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("cotton"),
        title="Men Teal Blue Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Teal",
        gender="Men",
    ),
    # photo: man in a brown shawl-collar cardigan with wooden toggles, open over a white t-shirt, dark jeans, white
    # backdrop.
    # adapter: none
    case(
        "X239-018",
        caption("a man in a brown cardigan with a white shirt"),
        D.wearing("a brown sweater"),
        D.garment_type("cardigan"),
        D.color("white", "other_garment_color"),
        D.details("the sweater has buttons on the front and a shawl collar"),
        D.material("wool"),
        D.description("", "non_answer"),
        title="Men Brown Wool Blend Shawl Collar Cardigan",
        category="Sweaters",
        color="Brown",
        gender="Men",
    ),
    # photo: man in a plain black kurta and black pyjama against a bright red backdrop, no scarf.
    # adapter: none
    case(
        "X239-019",
        caption("a man in a black kurta standing in front of a red wall"),
        D.wearing("a black kurta and a red scarf", "unsupported"),
        D.color("red", "contradiction"),
        D.pattern("solid"),
        color_pyjama("black"),
        D.material("a black kurta", "restated"),
        title="Men Black Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: man in a wine velvet bandhgala blazer (stand collar, gold buttons, no tie) with black trousers, in front
    # of a brown wooden door.
    # adapter: caption
    case(
        "X239-020",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long trousers. The jacket is with "
            "cotton fabric and its neckline is stand. The trousers are with cotton fabric and pure color patterns. The "
            "jacket",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red blazer and black pants"),
        D.color("red"),
        D.material("velvet"),
        D.details("the blazer has gold buttons and a red tie", "unsupported"),
        color_pants("red", "other_garment_color"),
        title="Men Wine Velvet Bandhgala Blazer",
        category="Bandhgala",
        color="Wine",
        gender="Men",
    ),
    # photo: back view: man in an off-white sherwani and off-white churidar facing away from the camera, dusty pink
    # backdrop; the front and its buttons are not visible.
    # adapter: none
    case(
        "X239-021",
        caption("a man in a white sherwani standing with his back to the camera"),
        D.wearing("a white coat"),
        D.color("pink", "contradiction"),
        D.details("the sherwani has gold buttons on the front", "unsupported"),
        D.sleeve_length("long sleeves"),
        D.material("silk", "unsupported"),
        title="Men Off White Self Design Sherwani Set",
        category="Sherwani",
        color="Off White",
        gender="Men",
    ),
    # photo: man in a black sleeveless puffer gilet over a red crew-neck sweater, black pants, white backdrop.
    # adapter: details
    case(
        "X239-022",
        caption("a man in a black vest and a red sweater"),
        D.wearing("a black puffer vest"),
        D.garment_type("vest"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.color("black"),
        D.details(
            "The vest is with cotton fabric and pure color patterns. It has a stand neckline. The vest is with cotton "
            "fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.material("nylon"),
        title="Men Black Sleeveless Puffer Gilet",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: man in a grey marl ribbed turtleneck sweater (no zip), black jeans, white backdrop.
    # adapter: caption
    case(
        "X239-023",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "knitting fabric. The sweater is with knitting fabric. The sweater is with knitting fabric. The sweater is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey turtleneck sweater and black jeans"),
        D.color("grey"),
        D.pattern("striped", "contradiction"),
        D.material("wool"),
        D.description("a grey turtle neck sweater with a zipper", "unsupported"),
        title="Men Grey Ribbed Turtle Neck Sweater",
        category="Sweaters",
        color="Grey",
        gender="Men",
    ),
    # photo: plain beige woollen shawl with an embroidered border, wrapped around the shoulders of a man in a white
    # kurta, beige backdrop.
    # adapter: none
    case(
        "X239-024",
        caption("a man wrapped in a blanket", "contradiction"),
        D.wearing("a white kurta and a beige shawl"),
        D.color("white", "other_garment_color"),
        D.details("the shawl has an embroidered border"),
        D.material("the shawl is made of wool and silk", "unsupported"),
        is_a("shawl", "yes"),
        title="Men Beige Solid Wool Shawl with Embroidered Border",
        category="Shawls",
        color="Beige",
        gender="Men",
    ),
    # photo: man in a light blue kurta (collar, buttoned placket) and white pyjama, a potted plant and a wooden stool,
    # white brick wall.
    # adapter: caption
    case(
        "X239-025",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "stand neckline. There is an accessory on her wrist. The lady wears a long-sleeve dress with",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and white pants"),
        color_kurta("blue"),
        color_pyjama("blue", "other_garment_color"),
        D.details("it has a collar and buttons on the front"),
        D.material("linen"),
        title="Men Blue Cotton Linen Kurta Pyjama Set",
        category="Kurta Sets",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a red quilted puffer jacket with a black zip and a hood, over a black t-shirt, grey backdrop,
    # bareheaded.
    # adapter: none
    case(
        "X239-026",
        caption("a man in a red jacket and a black hat", "unsupported"),
        D.wearing("a red jacket and a black shirt"),
        D.color("black", "other_garment_color"),
        D.details("the jacket has a zipper and a hood Question: what is the color of the jacket? Answer: red", "leak"),
        D.material("leather", "unsupported"),
        is_a("puffer jacket", "yes"),
        title="Men Red Padded Puffer Jacket",
        category="Jackets",
        color="Red",
        gender="Men",
    ),
    # photo: full length: man in a navy blue sherwani with silver embroidery on collar and placket, white churidar,
    # white mojari shoes, grey backdrop.
    # adapter: caption
    case(
        "X239-027",
        caption(
            "The gentleman wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has "
            "a stand neckline. The gentleman wears a long-sleeve dress with pure color patterns. The dress is",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue sherwani and white shoes"),
        D.color("blue"),
        color_pants("white"),
        embroidery("silver embroidery on the collar and the front"),
        D.material("the sherwani is made of", "cut"),
        title="Men Navy Blue Embroidered Sherwani Set",
        category="Sherwani",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: full length: man in a black long-sleeve thermal top and black thermal bottoms, white backdrop.
    # adapter: none
    case(
        "X239-028",
        caption("a man in black long johns"),
        D.wearing("a black shirt and black pants Question: what is the man wearing? Answer: a black shirt", "leak"),
        D.color("black"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("the details of the thermal set", "non_answer"),
        D.material("cotton"),
        title="Men Black Solid Thermal Set",
        category="Thermal Sets",
        color="Black",
        gender="Men",
    ),
    # photo: man in a mustard brocade sleeveless nehru jacket (floral woven motifs) over a black kurta and black
    # pyjama, grey backdrop.
    # adapter: description
    case(
        "X239-029",
        caption("a man in a yellow vest and a black kurta"),
        D.wearing("a yellow jacket and yellow pants", "other_garment_color"),
        color_jacket("black", "other_garment_color"),
        D.pattern("floral"),
        D.material("silk"),
        D.description(
            "The gentleman wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. It has a "
            "stand neckline. The vest is",
            "cut",
            hit_limit=True,
        ),
        title="Men Mustard Woven Design Silk Blend Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: man in a cream full-sleeve sweater with a navy and red Fair Isle yoke, white shirt collar showing, white
    # backdrop. The feed row has no gender.
    # adapter: details
    case(
        "X239-030",
        caption("a man wearing a white sweater with a pattern"),
        D.wearing("a white sweater"),
        D.color("red", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The sweater is with knitting fabric and pure color patterns. It has a round neckline. The sweater is with "
            "knitting fabric and pure",
            "loop",
            hit_limit=True,
        ),
        D.material("wool"),
        title="Fair Isle Yoke Crew Neck Sweater",
        category="Sweaters",
        color="Cream",
    ),
    # photo: man in a rust orange art silk kurta (mandarin collar, buttoned placket) with off-white dhoti pants, brown
    # backdrop.
    # adapter: none
    case(
        "X239-031",
        caption("a man in an orange kurta and white dhoti"),
        D.wearing("orange kurta"),
        color_kurta("orange"),
        D.material("silk"),
        D.details(
            "the kurta has a mandarin collar and buttons Question: what is the color of the kurta? Answer: orange",
            "leak",
        ),
        is_a("kurta", "yes"),
        D.description("she is wearing an orange kurta", "pronoun"),
        title="Men Rust Orange Art Silk Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Rust",
        gender="Men",
    ),
    # photo: man in a navy blue sleeveless thermal vest (round neck), cropped at the waist, white backdrop.
    # adapter: caption, material
    case(
        "X239-032",
        caption(
            "The gentleman wears a tank top with pure color patterns and a long pants. The tank top is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue tank top and blue shorts", "unsupported"),
        D.sleeve_length("sleeveless"),
        D.color("blue"),
        D.material(
            "The gentleman wears a tank top with pure color patterns. The tank top is with cotton fabric and its "
            "neckline is round. The gentleman",
            "restated",
            hit_limit=True,
        ),
        D.garment_type("vest"),
        title="Men Navy Blue Sleeveless Thermal Vest",
        category="Thermal Tops",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a black longline padded parka with a hood (no fur), zipped, grey sweater collar showing, white
    # backdrop.
    # adapter: none
    case(
        "X239-033",
        caption("a man in a black coat with a hood"),
        D.wearing("she is wearing a black coat", "pronoun"),
        D.color("black"),
        D.garment_type("coat"),
        D.details("the coat has a hood and a zipper and a fur collar", "unsupported"),
        D.material("the coat is made of", "cut"),
        title="Men Black Longline Padded Parka",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: grey shawl with a black check, draped over the shoulders of a man in a navy crew-neck sweater, grey
    # backdrop.
    # adapter: none
    case(
        "X239-034",
        caption("a man wearing a grey plaid scarf"),
        D.wearing("a blue sweater and a grey scarf"),
        D.pattern("checked"),
        D.color("blue", "other_garment_color"),
        D.material("wool", "unsupported"),
        D.details("the scarf has", "cut"),
        title="Men Grey Checked Acrylic Shawl",
        category="Shawls",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a white kurta with a gold zari border and white pyjama, a mustard dupatta over one shoulder, seated
    # among lit diyas and marigold garlands.
    # adapter: details
    case(
        "X239-035",
        caption("a man in a white kurta sitting next to candles"),
        D.wearing("a white kurta and a yellow scarf"),
        D.color("yellow", "other_garment_color"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a stand neckline. The shirt is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        color_pyjama("white"),
        title="Men White Cotton Kurta Pyjama with Mustard Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: man in a maroon half-zip sweater over a white t-shirt, blue jeans, white backdrop.
    # adapter: caption
    case(
        "X239-036",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "knitting fabric and its neckline is stand. The pants are with denim fabric and pure color patterns. This "
            "gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red sweater and jeans"),
        D.color("brown", "contradiction"),
        D.details("it has a zipper on the neck"),
        D.description("a red sweater with a zipper on the neck and a white shirt under it"),
        D.material("a red sweater", "restated"),
        title="Men Maroon Half Zip Pullover Sweater",
        category="Sweaters",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a black sherwani with red embroidery on the collar, white churidar, red safa and red stole, dark
    # grey backdrop.
    # adapter: none
    case(
        "X239-037",
        caption("a man in a black sherwani and a red turban"),
        D.wearing("a black sherwani and red scarf"),
        D.color("red", "other_garment_color"),
        color_pants("white"),
        D.details("the sherwani has red embroidery on the collar"),
        is_a("kurta", "yes", "contradiction"),
        D.material("", "non_answer"),
        title="Men Black Embroidered Sherwani with Churidar",
        category="Sherwani",
        color="Black",
        gender="Men",
    ),
    # photo: man in a grey herringbone tweed nehru jacket over a white shirt, blue jeans, white backdrop, no pocket
    # square.
    # adapter: none
    case(
        "X239-038",
        caption("a man in a grey vest and a white shirt"),
        D.wearing("a grey vest"),
        D.pattern("checked", "contradiction"),
        D.color("white", "other_garment_color"),
        D.material("tweed"),
        D.details("the vest has a pocket square", "unsupported"),
        title="Men Grey Herringbone Tweed Nehru Jacket",
        category="Nehru Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a maroon long-sleeve henley thermal top (three-button placket), cropped at the hips, white
    # backdrop.
    # adapter: caption
    case(
        "X239-039",
        caption(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The gentleman wears a long-sleeve T-shirt with pure color "
            "patterns",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red shirt"),
        D.color("red"),
        D.details("it has buttons on the neck"),
        D.material("the shirt is made of cotton Question: what is the color of the shirt? Answer: red", "leak"),
        D.sleeve_length("long sleeves"),
        title="Men Maroon Henley Neck Thermal Top",
        category="Thermal Tops",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a colour-blocked puffer jacket, white upper half and navy lower half, hooded, white backdrop.
    # adapter: details
    case(
        "X239-040",
        caption("a man in a white and blue jacket"),
        D.wearing("she is wearing a blue and white jacket", "pronoun"),
        D.color("white"),
        D.pattern("color block"),
        D.details(
            "The jacket is with cotton fabric and color block patterns. It has a hooded neckline. The jacket is with "
            "cotton fabric and color block",
            "loop",
            hit_limit=True,
        ),
        D.material("wool", "unsupported"),
        title="Men White & Navy Colourblocked Hooded Puffer Jacket",
        category="Jackets",
        color="White",
        gender="Men",
    ),
    # photo: man in a lavender kurta with tonal thread work on the collar, white pyjama, white backdrop.
    # adapter: material
    case(
        "X239-041",
        caption("a man in a purple kurta"),
        D.wearing("a purple kurta and white pajamas"),
        D.color("pink", "contradiction"),
        color_pyjama("white"),
        D.details("the details of the kurta", "non_answer"),
        D.material(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a stand neckline. The gentleman",
            "restated",
            hit_limit=True,
        ),
        title="Men Lavender Thread Work Kurta with Pyjamas",
        category="Kurta Sets",
        color="Lavender",
        gender="Men",
    ),
    # photo: man in a sea green indo-western sherwani with a gold brooch on the chest, cream dhoti pants, beige
    # backdrop, no flower.
    # adapter: caption
    case(
        "X239-042",
        caption(
            "The gentleman wears a long-sleeve coat with pure color patterns and a long pants. The coat is with cotton "
            "fabric and its neckline is stand. The pants are with cotton fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green sherwani and white pants"),
        D.garment_type("sherwani"),
        D.color("green"),
        color_pants("green", "other_garment_color"),
        D.details("the sherwani has a gold brooch and a red flower", "unsupported"),
        title="Men Sea Green Indo-Western Sherwani with Dhoti",
        category="Sherwani",
        color="Sea Green",
        gender="Men",
    ),
    # photo: black woollen shawl with a narrow white woven border, draped over a man in a white kurta, maroon backdrop.
    # adapter: none
    case(
        "X239-043",
        caption("a man in a white shirt with a black scarf"),
        D.wearing("a black shawl"),
        D.color("red", "contradiction"),
        D.pattern("striped", "contradiction"),
        D.material("wool"),
        D.description("it is a shawl", "non_answer"),
        title="Men Black Solid Woollen Shawl",
        category="Shawls",
        color="Black",
        gender="Men",
    ),
    # photo: man in a navy and white horizontal-striped crew-neck sweater, khaki chinos, white backdrop. No hood.
    # adapter: none
    case(
        "X239-044",
        caption("a man in a blue and white striped sweater"),
        D.wearing("a striped sweater and khaki pants"),
        D.pattern("striped"),
        D.color("blue"),
        D.sleeve_length("long sleeves"),
        D.details("the sweater has a hood", "unsupported"),
        D.material("the sweater is made of wool Question: what is the color of the sweater? Answer: blue", "leak"),
        title="Men Navy Blue Striped Crew Neck Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a black kurta and black pyjama with a gold-beige sleeveless nehru jacket (three-piece set), grey
    # backdrop.
    # adapter: material
    case(
        "X239-045",
        caption("a man in a gold vest and black kurta"),
        D.wearing("a black kurta with a gold vest"),
        color_kurta("gold", "other_garment_color"),
        color_jacket("gold"),
        D.description("a black kurta with a gold vest and black pants and a black vest", "contradiction"),
        D.material(
            "The gentleman wears a sleeveless vest with pure color patterns and a long-sleeve shirt. The vest is with "
            "cotton fabric. The",
            "restated",
            hit_limit=True,
        ),
        title="Men Black Kurta Pyjama with Gold-Toned Nehru Jacket",
        category="Kurta Sets",
        color="Black",
    ),
    # photo: man in a mustard yellow hooded puffer jacket with a black backpack strap over one shoulder, grey backdrop.
    # adapter: caption
    case(
        "X239-046",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "cotton fabric and its neckline is hooded. There is an accessory on his shoulder. The pants are with "
            "denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow jacket and a backpack"),
        D.color("orange", "contradiction"),
        D.details("the jacket has a hood and a zipper"),
        D.material("a yellow jacket", "restated"),
        is_a("puffer jacket", "no", "contradiction"),
        title="Men Mustard Yellow Hooded Puffer Jacket",
        category="Jackets",
        color="Mustard",
        gender="Men",
    ),
]
