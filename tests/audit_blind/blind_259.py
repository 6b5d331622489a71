"""BLIND_259 (46 products; men's and boys' ethnic and festive wear: kurtas, kurta sets, nehru jackets, sherwanis):
written blind in the forty-second session. Measured blind at 322ac7a (the session's rules as they stood): 86/122
failures found (70.5%) and 14/161 correct texts flagged (8.7%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of men's and boys' ethnic and festive wear: kurtas and kurta sets
(with pyjamas, churidars or dhoti pants), nehru jackets worn over kurtas, sherwanis with stoles, dhotis, bandhgalas.
All are model shots, many with props and settings (marigold garlands, carved doors, swings, diyas, brick and
painted walls, palace arches, wooden chairs), front, side and back views. Each row has the seller's title,
category, color and gender; a few rows miss the color or the gender, as real feeds do.

Who wrote what: most captions and open answers come from the untuned base `Salesforce/blip2-opt-2.7b` (short,
lowercase, stops on its own, never hit_limit). Some captions and open answers come from the caption-only LoRA
adapter (the DeepFashion template, "The gentleman wears a long-sleeve shirt with pure color patterns. ..."), which
has no end token: it runs to its limit (hit_limit=True) and returns its template to any question. Some open answers
come from the VQA adapter (trained on "What is the color of the {garment}?" and "What cloth is the person
wearing?", no end token either): it loops or is cut at 30 tokens (hit_limit=True). The comment above each case
says which texts an adapter wrote. The closed questions (garment_type, color, pattern, sleeve_length, the per-piece
color questions and "Is this a ...?") are enrich's `--engine reference` answers, values chosen from candidate sets:
never a loop or a cut, but sometimes the wrong candidate.

Labeling conventions and judgement calls:
- Shade words count as correct for the seller's color: red for maroon or wine, purple for wine or lavender, blue for
  navy or sky blue, green for teal, olive, sea green, mint or lime, yellow for mustard or gold, pink for peach or
  rose, white or cream for off white, ivory or cream, orange for rust or saffron, grey for charcoal or melange.
  A hue outside the shade (black for navy, yellow for lime green, white for beige) is contradiction.
- Garment synonyms count as correct: shirt for a kurta (the base model's usual word; a kurta is a long shirt), vest
  or jacket for a nehru jacket, coat or jacket for a sherwani or achkan, suit or blazer for a bandhgala, scarf for
  a stole or dupatta, pants or pyjamas for churidars. A kurta called a dress, a dhoti called a skirt or shorts, a
  sherwani called a kurta (base text or reference garment_type) is contradiction.
- The color of another piece in the photo given for the asked piece (the kurta's white for the nehru jacket, the
  jeans' blue for a grey kurta, the stole's red for a gold sherwani, the kurta's maroon for a white dhoti) is
  other_garment_color. A color that no garment has (the wall's red, the print's gold or blue as the garment's color)
  is contradiction. Walls, backdrops and props named with their own colors are correct.
- The reference engine's wrong non-color candidates are contradiction: "long sleeves" for a sleeveless nehru jacket
  (the kurta under it has them), "striped" for a jacquard self-design, "no" to "Is this a dhoti?" for a kurta with
  dhoti set.
- Materials: a fabric the title names (silk blend, art silk, raw silk, velvet, linen, cotton) is correct; silk for a
  brocade or for a sherwani with a visible sheen is correct; cotton as a guess on a plain cotton-look kurta is
  correct; a fabric the title contradicts (cotton for a silk-blend, silk for a cotton kurta) is contradiction.
- Invented items or details not in the photo (a turban where there is none, a tie on a closed-neck bandhgala, a
  necklace, pockets or front buttons on a back view, a shirt under a bandhgala) are unsupported. A turban that is in
  the photo is correct.
- Adapter texts: a text that repeats a sentence or a phrase of its own is loop; one that stops mid-sentence without
  repeating is cut (also where it invents an accessory or a wrong fabric before the cut). The caption template given
  for the material question is restated; given for the color question (no hue at all) it is non_answer. A template
  that misnames the pattern of a printed kurta ("pure color patterns") is contradiction, hit_limit kept.
- Base texts: "the details of the kurta", "the kurta has details" and an empty answer are non_answer; the material
  question answered with the garment's name and color is restated; "it is made of" (an early stop) is cut without
  hit_limit; a text that runs on into "Question: ... Answer: ..." is leak even where its first words are right.
- "she", "her", "a woman" or "a girl" for a man or a boy is pronoun.
- The trim's or the print's color as the garment's color (gold for a cream dhoti with a gold border, gold for a green
  kurta with gold buta, blue for a white kurta with a blue paisley print) is contradiction; the red of a red safa
  worn with an ivory sherwani is other_garment_color (the turban is a piece of the outfit). Denim for a kurta worn
  with jeans (the jeans' fabric) is contradiction; "white" as the material is restated.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
color_dhoti = question("color_dhoti", "What is the color of the dhoti?", "closed")

ADAPTER_KURTA = (
    "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
    "stand neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color"
)

BLIND_259 = [
    # photo: man in a white chikankari-embroidered cotton kurta and white pyjamas, brown mojaris, beige studio
    # backdrop, front view, full length.
    # adapters: none
    case(
        "X259-001",
        caption("a man in a white kurta and white pants standing in front of a beige wall"),
        wearing("a white kurta and pyjamas and brown shoes", who="he"),
        B.garment_type("kurta"),
        B.color("white"),
        B.pattern("embroidered"),
        details("kurta", "white embroidery on the front and gold buttons", "unsupported"),
        B.material("cotton"),
        title="Men White Chikankari Embroidered Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: man in a navy blue silk-blend kurta with gold buttons, cream churidar, grey backdrop, three-quarter view.
    # caption, details: caption adapter
    case(
        "X259-002",
        caption(ADAPTER_KURTA, "cut", hit_limit=True),
        wearing("a black kurta and white pants", "contradiction", who="he"),
        B.color("blue"),
        color_pants("blue", "other_garment_color"),
        details(
            "kurta",
            "The shirt is with cotton fabric and pure color patterns. It has a stand neckline. The shirt is with "
            "cotton fabric and pure color patterns. It has",
            "loop",
            hit_limit=True,
        ),
        B.material("silk"),
        is_a("kurta", "yes"),
        title="Men Navy Blue Solid Silk Blend Kurta with Churidar",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a maroon velvet sherwani with gold embroidery on collar and placket, cream churidar, no headwear,
    # in front of a carved wooden door.
    # details: caption adapter
    case(
        "X259-003",
        caption("a man in a red sherwani standing in front of a wooden door"),
        wearing("a red sherwani with a turban", "unsupported", who="he"),
        B.garment_type("sherwani"),
        B.color("maroon"),
        details(
            "sherwani",
            "The shirt is with cotton fabric and graphic patterns. It has a stand neckline. There is an accessory on "
            "his neck. The shirt is with cotton fabric and graphic patterns. It",
            "loop",
            hit_limit=True,
        ),
        B.material("velvet"),
        is_a("sherwani", "yes"),
        title="Men Maroon Embroidered Velvet Sherwani Set",
        category="Sherwanis",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a mustard woven-design nehru jacket over a white kurta and white pyjamas, strings of yellow and
    # orange marigolds hanging behind him.
    # adapters: none
    case(
        "X259-004",
        caption("a man in a yellow vest and white kurta standing in front of flowers"),
        wearing("a yellow jacket and a yellow kurta", "other_garment_color", who="he"),
        B.garment_type("nehru jacket"),
        color_jacket("white", "other_garment_color"),
        color_kurta("white"),
        B.sleeve_length("sleeveless"),
        B.material("cotton"),
        title="Men Mustard Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: man in a sky blue cotton kurta with a small white floral buti print, white pyjamas, garden with trees.
    # wearing, color_kurta (open), details: VQA adapter
    case(
        "X259-005",
        caption("a man in a blue shirt standing in a garden"),
        wearing(
            "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt "
            "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt",
            "loop",
            who="he",
            hit_limit=True,
        ),
        color_of(
            "kurta",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details(
            "kurta",
            "the kurta is blue with white flowers and the sleeves are long and the collar is round and the buttons are "
            "white and the",
            "cut",
            hit_limit=True,
        ),
        B.pattern("floral"),
        B.color("blue"),
        title="Men Blue Floral Printed Pure Cotton Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a black bandhgala jacket (closed stand collar, no shirt visible) and black trousers, white
    # pocket square, grey backdrop, front view.
    # caption, details: caption adapter
    case(
        "X259-006",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long trousers. The jacket is "
            "with cotton fabric. It has a stand neckline. There is an accessory in his pocket. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        wearing("a black suit and a white shirt", "unsupported", who="he"),
        B.garment_type("bandhgala"),
        B.color("black"),
        describe("jacket", "a black jacket with a mandarin collar and buttons"),
        details(
            "jacket",
            "The jacket is with cotton fabric and pure color patterns. It has a stand neckline. There is an accessory "
            "in his pocket. The jacket is with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves"),
        title="Men Black Solid Bandhgala Suit",
        category="Bandhgalas",
        color="Black",
        gender="Men",
    ),
    # photo: boy in an off white kurta with pink thread embroidery on the yoke, off white pyjamas, pastel blue wall
    # with paper lanterns.
    # adapters: none
    case(
        "X259-007",
        caption("a little boy in a white kurta and pants standing in front of a blue wall"),
        wearing("she is wearing a white kurta", "pronoun"),
        B.color("white"),
        details("kurta", "pink embroidery on the neck"),
        B.material("cotton"),
        is_a("kurta", "yes"),
        title="Boys Off White Yoke Design Kurta with Pyjamas",
        category="Kurta Sets",
        color="Off White",
        gender="Boys",
    ),
    # photo: man in a peach kurta and peach churidar seated on a wooden chair, brass urli with floating flowers
    # beside him.
    # adapters: none
    case(
        "X259-008",
        caption("a man sitting on a chair in a pink kurta"),
        wearing("a pink kurta and pink pants and a white scarf", "unsupported", who="he"),
        B.color("peach"),
        details("kurta", "the kurta has details", "non_answer"),
        B.material("it is made of", "cut"),
        title="Men Peach-Coloured Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Peach",
        gender="Men",
    ),
    # photo: man in a teal green kurta with an asymmetric hem and white dhoti pants, side view, white backdrop.
    # adapters: none
    case(
        "X259-009",
        caption("a man in a green kurta and white dhoti"),
        wearing("a green dress and white pants", "contradiction", who="he"),
        B.garment_type("kurta"),
        color_dhoti("green", "other_garment_color"),
        details("kurta", "white embroidery on the hem", "unsupported"),
        B.sleeve_length("long sleeves"),
        title="Men Teal Green Asymmetric Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Teal",
        gender="Men",
    ),
    # photo: man in a rust orange cotton linen kurta and white pyjamas, standing against an exposed brick wall.
    # description: caption adapter
    case(
        "X259-010",
        caption("a man in an orange shirt standing against a brick wall"),
        wearing(
            "an orange kurta and white pyjamas Question: What is the color of the kurta? Answer: orange",
            "leak",
            who="he",
        ),
        describe(
            "kurta",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with linen fabric. It has "
            "a stand neckline. There is an accessory on his wrist. The gentleman",
            "cut",
            hit_limit=True,
        ),
        B.color("orange"),
        B.pattern("solid"),
        B.material("linen"),
        title="Men Rust Orange Solid Cotton Linen Kurta",
        category="Kurtas",
        color="Rust",
        gender="Men",
    ),
    # photo: man in a gold-toned brocade sherwani with matching churidar and a red stole over one shoulder, ornate
    # palace hall with chandeliers, full length.
    # caption: caption adapter
    case(
        "X259-011",
        caption(
            "The gentleman wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "stand neckline. The gentleman wears a long-sleeve shirt with graphic patterns. The shirt",
            "loop",
            hit_limit=True,
        ),
        wearing("a gold sherwani and a red scarf", who="he"),
        B.garment_type("sherwani"),
        B.color("red", "other_garment_color"),
        details(
            "sherwani",
            "gold embroidery and a red scarf and a gold necklace",
            "unsupported",
        ),
        B.material("silk"),
        title="Men Gold-Toned Woven Design Brocade Sherwani Set",
        category="Sherwanis",
        color="Gold",
        gender="Men",
    ),
    # photo: man in a black nehru jacket with a white floral print and black fabric buttons over a white kurta,
    # white backdrop.
    # adapters: none
    case(
        "X259-012",
        caption("a man in a black and white jacket"),
        wearing("a black vest and a white shirt", who="he"),
        color_jacket("black"),
        color_kurta("black", "other_garment_color"),
        B.material("cotton"),
        B.pattern("floral"),
        describe(
            "jacket",
            "a black jacket with white flowers and gold buttons",
            "unsupported",
        ),
        title="Men Black Floral Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: boy in a lavender kurta and white pyjamas holding a paper kite, rooftop with a blue sky.
    # adapters: none
    case(
        "X259-013",
        caption("a young boy holding a kite on a roof"),
        wearing("she is wearing a purple kurta and white pants", "pronoun"),
        B.color("purple"),
        color_pants("purple", "other_garment_color"),
        details("kurta", "it is a kurta", "non_answer"),
        is_a("kurta", "yes"),
        title="Boys Lavender Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Lavender",
        gender="Boys",
    ),
    # photo: man in a cream art silk dhoti with a gold zari border, worn with a plain white kurta, front view,
    # cream backdrop.
    # adapters: none
    case(
        "X259-014",
        caption("a man in a white shirt and white dhoti"),
        wearing("a white shirt and a white skirt", "contradiction", who="he"),
        B.garment_type("dhoti"),
        B.color("gold", "contradiction"),
        details("dhoti", "gold border at the bottom and red embroidery", "unsupported"),
        B.material("silk"),
        title="Men Cream Solid Art Silk Dhoti",
        category="Dhotis",
        color="Cream",
        gender="Men",
    ),
    # photo: man in a sea green kurta with mirror work on the placket, white churidar, courtyard with stone pillars.
    # details, material: caption adapter; wearing: VQA adapter
    case(
        "X259-015",
        caption("a man in a green kurta standing next to a pillar"),
        details(
            "kurta",
            "The shirt is with cotton fabric and pure color patterns. It has a stand neckline. The shirt is with "
            "cotton fabric and pure color patterns. It has",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "a green shirt and white pants and a green shirt and white pants and a green shirt and white pants and a",
            "loop",
            who="he",
            hit_limit=True,
        ),
        B.color("green"),
        describe("kurta", "a green kurta with mirror work"),
        B.material(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Men Sea Green Mirror Work Kurta with Churidar",
        category="Kurta Sets",
        color="Sea Green",
        gender="Men",
    ),
    # photo: man in a pink jacquard (self-design) silk-blend kurta and white pyjamas, white wall with hanging plants.
    # adapters: none
    case(
        "X259-016",
        caption("a man in a pink kurta standing in front of a white wall with plants"),
        wearing("a pink kurta and white pants", who="he"),
        describe("kurta", "a pink kurta with white embroidery", "unsupported"),
        B.color("pink"),
        B.pattern("striped", "contradiction"),
        B.material("cotton", "contradiction"),
        title="Men Pink Jacquard Silk Blend Kurta",
        category="Kurtas",
        color="Pink",
        gender="Men",
    ),
    # photo: man in a charcoal grey bandhgala (closed neck) and trousers, hands in pockets, wooden panelled wall.
    # adapters: none
    case(
        "X259-017",
        caption("a man in a grey suit standing in front of a wooden wall"),
        wearing("a grey suit", who="he"),
        details("suit", "buttons on the front and a pocket square", "unsupported"),
        B.color("grey"),
        B.garment_type("blazer"),
        describe("suit", "a grey suit with a black tie", "unsupported"),
        is_a("bandhgala", "no", "contradiction"),
        title="Men Charcoal Grey Solid Bandhgala Suit",
        category="Bandhgalas",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man in a yellow kurta and white pyjamas sitting on a wooden swing decorated with marigolds (haldi setup).
    # wearing, color_pants (open): VQA adapter
    case(
        "X259-018",
        caption("a man in a yellow kurta sitting on a swing"),
        wearing(
            "yellow kurta yellow kurta yellow kurta yellow kurta yellow kurta yellow kurta yellow kurta yellow kurta "
            "yellow kurta yellow kurta",
            "loop",
            who="he",
            hit_limit=True,
        ),
        color_of(
            "pants",
            "yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.color("yellow"),
        B.material("cotton Question: What is the color of the pants? Answer: white", "leak"),
        is_a("kurta", "yes"),
        title="Men Yellow Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
        gender="Men",
    ),
    # photo: man in an olive green kurta with full sleeves and a chest pocket, olive pyjamas, dark grey backdrop.
    # caption: caption adapter
    case(
        "X259-019",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric. It has a stand neckline. There is a pocket on the",
            "cut",
            hit_limit=True,
        ),
        wearing("a green kurta and a brown belt", "unsupported", who="he"),
        B.color("green"),
        B.sleeve_length("short sleeves", "contradiction"),
        details("kurta", "a pocket on the chest"),
        B.material("cotton"),
        title="Men Olive Green Solid Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a white kurta and white pyjamas with a red bandhani-printed stole over his shoulders, wedding
    # mandap with flowers behind; no jewellery.
    # adapters: none
    case(
        "X259-020",
        caption("a man in a white kurta with a red scarf"),
        wearing("a white kurta and a red scarf", who="he"),
        B.color("red", "other_garment_color"),
        describe("kurta", "a white kurta with a red scarf and a gold necklace", "unsupported"),
        B.material("silk", "unsupported"),
        is_a("kurta", "yes"),
        title="Men White Solid Kurta with Pyjamas and Printed Stole",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: man in a navy blue nehru jacket over a white kurta and white pyjamas, plain light grey backdrop.
    # caption: caption adapter
    case(
        "X259-021",
        caption(
            "The gentleman wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. It has a "
            "stand neckline. The gentleman wears a long-sleeve shirt with pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue vest and a blue shirt", "other_garment_color", who="he"),
        color_jacket("blue"),
        B.material("silk", "unsupported"),
        B.garment_type("nehru jacket"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Men Navy Blue Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: boy in a black kurta and white pyjamas, plain white backdrop, front view.
    # adapters: none
    case(
        "X259-022",
        caption("a boy in a black kurta and white pants"),
        wearing("a black kurta with white pants", who="he"),
        color_pants("black", "other_garment_color"),
        details("kurta", "red buttons on the front", "unsupported"),
        B.color("black"),
        B.material("a black kurta", "restated"),
        title="Boys Black Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Black",
        gender="Boys",
    ),
    # photo: man in a cream raw silk sherwani with pastel floral embroidery, cream churidar and a pink stole, under a
    # palace archway.
    # description: VQA adapter
    case(
        "X259-023",
        caption("a man in a white sherwani standing under an archway"),
        describe(
            "sherwani",
            "the sherwani is white and the sherwani is white and the sherwani is white and the sherwani is white and",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a white sherwani and a pink scarf", "pronoun"),
        B.color("cream"),
        B.pattern("embroidered"),
        is_a("sherwani", "yes"),
        B.material("silk"),
        title="Men Cream Embroidered Raw Silk Sherwani Set",
        category="Sherwanis",
        color="Cream",
        gender="Men",
    ),
    # photo: man in a short grey melange kurta over blue jeans, city street backdrop, front view.
    # adapters: none
    case(
        "X259-024",
        caption("a man in a grey shirt and jeans standing on a street"),
        wearing("a grey kurta and blue jeans", who="he"),
        B.garment_type("kurta"),
        B.color("blue", "other_garment_color"),
        B.material("denim", "contradiction"),
        B.sleeve_length("long sleeves"),
        details(
            "kurta",
            "buttons on the front and a mandarin collar Question: What is the color of the jeans? Answer: blue",
            "leak",
        ),
        title="Men Grey Melange Short Kurta",
        category="Kurtas",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in a wine velvet bandhgala with gold buttons and black trousers, sitting in a vintage armchair,
    # dark green backdrop.
    # adapters: none
    case(
        "X259-025",
        caption("a man in a purple jacket sitting in a chair"),
        wearing("a red jacket and black pants", who="he"),
        color_pants("black"),
        B.color("black", "other_garment_color"),
        B.material("velvet"),
        details("jacket", "gold buttons and a gold chain", "unsupported"),
        title="Men Wine Velvet Bandhgala Blazer with Trousers",
        category="Bandhgalas",
        color="Wine",
        gender="Men",
    ),
    # photo: boy in a yellow kurta and a white knee-length dhoti, plain white backdrop, front view.
    # adapters: none
    case(
        "X259-026",
        caption("a little boy in a yellow kurta and white dhoti"),
        wearing("a yellow shirt and white shorts", "contradiction", who="he"),
        B.color("yellow"),
        color_dhoti("white"),
        details("kurta", "the kurta is yellow", "non_answer"),
        is_a("dhoti", "no", "contradiction"),
        title="Boys Yellow Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Yellow",
        gender="Boys",
    ),
    # photo: back view of a man in a navy blue kurta and white pyjamas, grey backdrop (front not visible).
    # adapters: none
    case(
        "X259-027",
        caption("the back of a man in a blue kurta"),
        wearing("a blue kurta", who="he"),
        details("kurta", "a mandarin collar and buttons on the front", "unsupported"),
        B.color("black", "contradiction"),
        B.sleeve_length("long sleeves"),
        title="Men Navy Blue Solid Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a multicolour ikat-printed nehru jacket over a white kurta and white pyjamas, terrace with potted
    # plants.
    # caption, material: caption adapter
    case(
        "X259-028",
        caption(
            "The gentleman wears a sleeveless vest with graphic patterns. The vest is with cotton fabric. It has a "
            "stand neckline. The gentleman wears a long pants. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        wearing("a colorful vest and a white kurta", who="he"),
        B.color("white", "other_garment_color"),
        B.pattern("geometric"),
        B.material(
            "The vest is with cotton fabric and graphic patterns. It has a stand neckline. The gentleman wears a long "
            "pants. The pants are",
            "restated",
            hit_limit=True,
        ),
        title="Men Multicoloured Ikat Printed Cotton Nehru Jacket",
        category="Nehru Jackets",
        color="Multi",
        gender="Men",
    ),
    # photo: man with shoulder-length hair in a maroon kurta and black pyjamas, plain beige backdrop.
    # adapters: none
    case(
        "X259-029",
        caption("a woman in a red kurta", "pronoun"),
        wearing("a red kurta and black pants"),
        B.color("maroon"),
        color_pants("black"),
        B.material("cotton Question: What is the pattern of the garment? Answer: solid", "leak"),
        title="Men Maroon Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a lime green kurta with a white and pink floral digital print, white pyjamas, holding a lit diya,
    # dark backdrop with string lights.
    # adapters: none
    case(
        "X259-030",
        caption("a man in a green shirt holding a lamp"),
        wearing("a green kurta and white pants", who="he"),
        B.color("yellow", "contradiction"),
        color_pants("green", "other_garment_color"),
        B.pattern("printed"),
        describe("kurta", "a green kurta with white and pink flowers"),
        details("kurta", "", "non_answer"),
        title="Men Lime Green Floral Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Lime Green",
        gender="Men",
    ),
    # photo: man in a black sherwani with silver embroidery, black churidar and a maroon stole, dark backdrop.
    # color_sherwani (open): VQA adapter
    case(
        "X259-031",
        caption("a man in a black sherwani with a red scarf"),
        color_of(
            "sherwani",
            "black and black and black and black and black and black and black and black and black and black and",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.color("black"),
        B.garment_type("kurta", "contradiction"),
        details(
            "sherwani",
            "silver embroidery on the front and the sleeves and a silver brooch",
            "unsupported",
        ),
        B.sleeve_length("long sleeves"),
        title="Men Black Embroidered Sherwani with Churidar and Stole",
        category="Sherwanis",
        color="Black",
        gender="Men",
    ),
    # photo: man in a beige linen short kurta with full sleeves and beige trousers, on a beach at sunset.
    # adapters: none
    case(
        "X259-032",
        caption("a man in a beige shirt standing on a beach"),
        wearing("a white shirt and white pants", "contradiction", who="he"),
        B.color("beige"),
        B.pattern("striped", "contradiction"),
        B.material("linen"),
        describe("kurta", "a beige kurta with short sleeves", "contradiction"),
        title="Men Beige Solid Linen Short Kurta",
        category="Kurtas",
        color="Beige",
        gender="Men",
    ),
    # photo: man in a white kurta and white pyjamas standing in front of a bright red wall.
    # adapters: none
    case(
        "X259-033",
        caption("a man in a white kurta standing in front of a red wall"),
        wearing("a white kurta and white pajamas", who="he"),
        B.color("red", "contradiction"),
        color_pants("white"),
        B.material("white", "restated"),
        title="Men White Solid Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: man in a light blue nehru jacket over a navy blue kurta and navy pyjamas, white backdrop.
    # caption: caption adapter
    case(
        "X259-034",
        caption(
            "The gentleman wears a sleeveless vest with pure color patterns. The vest is with denim fabric. It has a "
            "stand neckline. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue jacket and a blue kurta", who="he"),
        color_jacket("blue"),
        color_kurta("blue"),
        B.garment_type("kurta", "contradiction"),
        is_a("nehru jacket", "yes"),
        title="Men Blue Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: boy in a maroon cotton kurta with gold embroidery on the collar and white churidar, sitting on a wooden
    # swing.
    # adapters: none
    case(
        "X259-035",
        caption("a girl in a red kurta sitting on a wooden swing", "pronoun"),
        wearing("a red kurta and white pants", who="he"),
        describe("kurta", "a red kurta with gold embroidery on the collar"),
        is_a("kurta", "no", "contradiction"),
        B.color("maroon"),
        B.material("silk", "contradiction"),
        title="Boys Maroon Solid Cotton Kurta with Churidar",
        category="Kurta Sets",
        color="Maroon",
        gender="Boys",
    ),
    # photo: man in an ivory sherwani with gold buttons, ivory churidar and a red safa (turban), holding a decorative
    # sword, palace courtyard.
    # wearing: caption adapter
    case(
        "X259-036",
        caption("a man in a white sherwani and a red turban"),
        wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a stand neckline. The gentleman wears a long-sleeve shirt with pure color patterns",
            "loop",
            who="he",
            hit_limit=True,
        ),
        B.color("red", "other_garment_color"),
        details("sherwani", "gold buttons on the front"),
        is_a("sherwani", "yes"),
        title="Men Ivory Solid Sherwani Set with Safa",
        category="Sherwanis",
        color="Ivory",
        gender="Men",
    ),
    # photo: man in a bottle green silk-blend kurta with a small gold buta print and white churidar, warm bokeh
    # lights behind.
    # wearing: VQA adapter
    case(
        "X259-037",
        caption("a man in a green kurta with gold dots"),
        wearing(
            "a green kurta with gold print and white churidar and the kurta has a mandarin collar and long sleeves and "
            "gold",
            "cut",
            who="he",
            hit_limit=True,
        ),
        B.color("gold", "contradiction"),
        B.pattern("printed"),
        details("kurta", "gold embroidery on the collar", "unsupported"),
        B.material("silk"),
        title="Men Green Ethnic Motifs Printed Silk Blend Kurta",
        category="Kurtas",
        color="Green",
        gender="Men",
    ),
    # photo: side profile of a man in a white chikankari kurta and white pyjamas walking in a garden.
    # adapters: none
    case(
        "X259-038",
        caption("a man in a white kurta walking in the garden"),
        wearing(
            "white kurta Question: what is the color of the pants? Answer: white Question: what",
            "leak",
            who="he",
        ),
        details("kurta", "the details of the kurta", "non_answer"),
        B.material("silk", "unsupported"),
        B.color("white"),
        B.pattern("embroidered"),
        title="Men White Chikankari Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: man in a teal blue achkan-style long jacket with a high collar (no pockets visible) and cream pants,
    # stone steps of a haveli.
    # adapters: none
    case(
        "X259-039",
        caption("a man in a blue coat and white pants standing on steps"),
        wearing("a green jacket and white pants", who="he"),
        B.garment_type("sherwani"),
        B.color("teal"),
        color_pants("teal", "other_garment_color"),
        describe("jacket", "a blue jacket with a high collar and pockets", "unsupported"),
        title="Men Teal Blue Solid Achkan Sherwani",
        category="Sherwanis",
        color="Teal Blue",
        gender="Men",
    ),
    # photo: man in a white cotton dhoti worn with a maroon kurta, front view, whitewashed wall with a wooden window.
    # adapters: none
    case(
        "X259-040",
        caption("a man in a red kurta and white dhoti"),
        wearing("a red shirt and a white dhoti", who="he"),
        B.color("maroon", "other_garment_color"),
        B.garment_type("kurta", "contradiction"),
        color_dhoti("white"),
        B.material("cotton"),
        title="Men White Solid Cotton Dhoti",
        category="Dhotis",
        color="White",
        gender="Men",
    ),
    # photo: man in a saffron orange round-neck kurta (no side slits visible) and white pyjamas, sitting on temple
    # steps.
    # description: VQA adapter
    case(
        "X259-041",
        caption("a man in an orange kurta sitting on steps"),
        describe(
            "kurta",
            "the kurta is orange with a round neck and the sleeves are long and the kurta has a slit on the side and "
            "the",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "an orange kurta and white pants Question: What is the color of the kurta? Answer: orange Question:",
            "leak",
            who="he",
        ),
        B.color("orange"),
        B.sleeve_length("long sleeves"),
        is_a("kurta", "yes"),
        title="Men Saffron Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Orange",
        gender="Men",
    ),
    # photo: boy in a red nehru jacket with gold buttons over a white kurta and white pyjamas, plain white backdrop.
    # adapters: none
    case(
        "X259-042",
        caption("a little boy in a red vest and white pants"),
        wearing("a red jacket and a white kurta", who="he"),
        color_jacket("red"),
        color_kurta("red", "other_garment_color"),
        describe(
            "jacket",
            "a red jacket with gold buttons and a pocket square",
            "unsupported",
        ),
        B.material("velvet", "unsupported"),
        B.pattern("solid"),
        title="Boys Red Nehru Jacket with Kurta and Pyjama Set",
        category="Kurta Sets",
        color="Red",
        gender="Boys",
    ),
    # photo: man in a purple straight kurta with a collar and front buttons, white churidar, holding a wrapped gift
    # box, dark backdrop with fairy lights.
    # adapters: none
    case(
        "X259-043",
        caption("a man in a purple kurta holding a gift box"),
        wearing("a purple dress", "contradiction", who="he"),
        color_pants("purple", "other_garment_color"),
        B.color("purple"),
        B.material("a purple kurta", "restated"),
        details("kurta", "a collar and buttons"),
        title="Men Purple Solid Straight Kurta with Churidar",
        category="Kurta Sets",
        color="Purple",
    ),
    # photo: man in a mint green kurta and white pyjamas, plain white studio backdrop.
    # color_kurta (open): caption adapter
    case(
        "X259-044",
        caption("a man in a green kurta"),
        color_of(
            "kurta",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        wearing("a green kurta and green pyjamas", "other_garment_color", who="he"),
        B.color("green"),
        details("kurta", "a round neck and buttons and pockets on the side", "unsupported"),
        B.pattern("solid"),
        title="Mint Green Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Mint Green",
    ),
    # photo: bearded man in a rose pink raw-silk-look sherwani with floral embroidery and cream churidar, garden
    # pavilion.
    # adapters: none
    case(
        "X259-045",
        caption("a man in a pink sherwani standing in a pavilion"),
        wearing("a pink kurta and white pants", "contradiction", who="he"),
        B.color("pink"),
        details("sherwani", "the sherwani has details", "non_answer"),
        B.pattern("floral"),
        is_a("sherwani", "yes"),
        B.sleeve_length("sleeveless", "contradiction"),
        B.material("silk"),
        title="Men Pink Embroidered Sherwani Set",
        category="Sherwanis",
        color="Pink",
        gender="Men",
    ),
    # photo: man in a white cotton kurta with a blue paisley block print and wooden buttons, white pyjamas, standing
    # against an indigo-painted wall.
    # caption: caption adapter
    case(
        "X259-046",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a stand neckline. The gentleman wears a long pants. The pants are with",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a white kurta with blue print", who="he"),
        B.color("blue", "contradiction"),
        B.material("cotton"),
        B.pattern("paisley"),
        details("kurta", "blue paisley print and wooden buttons and a pocket", "unsupported"),
        title="Men White & Blue Paisley Block Print Cotton Kurta",
        category="Kurtas",
        gender="Men",
    ),
]
