"""BLIND_483 (46 products; men's ethnic and formal wear: kurtas, kurta sets, nehru jackets, sherwanis, suits): written
blind in the forty-ninth session. Measured blind at 212fbfe (the session's rules as they stood): 105/122 failures
found (86.1%) and 6/160 correct texts flagged (3.8%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed for a men's ethnic and formal night: straight, pathani and chikankari
kurtas, kurta sets (kurta with pyjamas, churidar or dhoti pants, some with a dupatta or a nehru jacket), nehru
jackets worn over a kurta or a shirt, sherwanis (with churidar, stole, safa turban), formal shirts, formal trousers,
blazers and suits. Models wear full outfits, so nearly every photo has a second or third garment in another color
(the pyjama under the kurta, the kurta under the jacket, the shirt under the blazer), and several have props or
colored backdrops (an orange wall, marigold garlands, a brick wall, wooden doors, festive lights). Each product has
the seller's title, category, color and gender; a few rows miss the gender or the color, as real feeds do.

Who wrote what: captions and the open answers (wearing, description, details, material, "What is he wearing?",
"Describe the kurta.", "What are the kurta details?") come from the untuned base `Salesforce/blip2-opt-2.7b` unless
the comment says otherwise: short, lowercase, stopping on its own (never hit_limit). The caption adapter (epoch 3,
DeepFashion template, "The gentleman wears a long-sleeve shirt with pure color patterns ...") wrote a few captions
and details; trained without an end token, it runs to its limit (50 new tokens for captions, 30 for answers) and
carries hit_limit=True, and it returns its template to any question. The VQA adapter answered a few "What is he
wearing?" questions: also trained without an end token, it either repeats its short answer until the limit or goes
on into the "Question: ... Answer: ..." format it was trained on (hit_limit=True both ways). The closed questions
(garment_type, color, pattern, sleeve_length, the per-piece colors and "Is this a ...?") are enrich's
`--engine reference` answers, chosen from candidate sets: never a loop or a cut, but often the wrong candidate.

Labeling conventions and judgement calls:
- Shade words count as correct for the seller's color: blue or navy blue for navy, red for maroon, yellow for
  mustard, green for teal, olive or sea green, pink for peach, purple for lavender, white or cream for off white
  and cream, tan or cream for beige, grey or black for charcoal, orange for rust, gold or golden for gold-toned.
- The color of another piece of the outfit given as the product's color (the pyjama's white for the kurta, the
  shirt's light blue for the trousers, the kurta's color for the pyjama, a turban or stole or dupatta color for the
  sherwani or kurta) is other_garment_color. A color that no piece has, from the backdrop or a prop (orange wall,
  marigolds, brick wall, wooden door, blue backdrop), or a trim color given as the garment's color (gold zari on a
  maroon kurta), or a shade mixed up (navy as black), is contradiction.
- Garment synonyms count as correct: pants for trousers, pyjama or churidar; vest or jacket for a nehru jacket;
  scarf for a stole or dupatta; shirt for a short kurta; tuxedo or suit; jacket for a blazer or bandhgala. The
  adapter's template words ("long-sleeve shirt" for a kurta, "sleeveless vest" for a nehru jacket, "long-sleeve
  jacket" for a sherwani or blazer) are its nearest DeepFashion classes, not misnamings; its texts are labelled cut
  or loop. "dress" for a sherwani, "blazer" for the shirt under a blazer, and "no" to "Is this a sherwani/suit?"
  for one are contradiction.
- Sleeves: "long sleeves" for a sleeveless nehru jacket (the sleeves are the kurta's or shirt's underneath) is
  contradiction, and so is "short sleeves" for a long-sleeved shirt or tuxedo.
- Materials: one the title names (cotton, linen, silk blend, velvet, poly viscose as polyester) is correct; a
  plausible guess on a plain cotton-look formal shirt ("cotton") is correct; a material neither named nor visible
  (silk on a jacquard nehru jacket, wool on a suit or blazer whose title names none, velvet on a plain suit) is
  unsupported. A material question answered with the garment's name or color is restated; "it is made of fabric"
  is non_answer.
- Invented items or details not in the photo (a chest pocket on a plain shirt, a pocket square, a brooch, a tie, a
  zipper on a blazer, a necklace, a white collar on a one-color kurta, three buttons and a round neck on a mandarin
  collar kurta, a scarf or a rose on the lapel nobody wears, a tie on an open collar) are unsupported. Visible
  ones (a safa turban, a pearl mala, a white pocket square, satin lapels) are correct.
- A base answer that stops after a few words ("it is made of", "the suit has") is cut, without hit_limit. Empty
  answers, "the details of the pants", "the suit has details", "it is a kurta" for "Describe the kurta." and
  "the kurta is yellow" for the details (the color only, no detail) are non_answer; "the shirt is a shirt" for
  "Describe the garment." and "it is a kurta" for the material question are restated.
- Base answers that run on into "Question: ... Answer: ..." are leak even where the first words are right.
- "she" or "a woman" for a male model is pronoun (one model has shoulder-length hair).
- Caption adapter texts that restart a sentence of the template are loop; those that stop mid-sentence without
  repeating are cut; the template given for the material question is restated. VQA adapter texts that repeat their
  answer are loop; those that run into "Question:" are leak. One kind per text: the first the auditor would see.
- Where the model names both pieces in their own colors ("a blue shirt and blue pants" for a light blue shirt and
  navy trousers, "a black shirt and black pants" when both are black), the text is correct.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_483 = [
    # photo: model in a white chikankari embroidered straight kurta with white pyjama, beige wall, front view.
    # adapter texts: none
    case(
        "X483-001",
        caption("a man in a white kurta standing in front of a wall"),
        wearing("a white kurta and white pants", who="he"),
        color_of("kurta", "white"),
        details("kurta", "the kurta has embroidery on the front"),
        D.description("a white kurta with a pocket and gold buttons", "unsupported"),
        D.material("cotton"),
        title="Men White Chikankari Embroidered Pure Cotton Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: maroon silk blend kurta with gold zari embroidery on the placket, cream churidar, tan mojaris, grey
    # backdrop. kurta details: caption adapter
    case(
        "X483-002",
        caption("a man in a red kurta with gold embroidery"),
        wearing("a maroon kurta and white pants", who="he"),
        color_of("kurta", "gold", "contradiction"),
        color_of("churidar", "cream"),
        details(
            "kurta",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with silk fabric. The "
            "gentleman wears a long-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        D.material("silk"),
        title="Men Maroon Ethnic Motifs Embroidered Silk Blend Kurta with Churidar",
        category="Kurta Sets",
        color="Maroon",
        gender="Men",
    ),
    # photo: navy jacquard nehru jacket over a white kurta and white pyjama, plain white backdrop, front view.
    # caption: caption adapter
    case(
        "X483-003",
        caption(
            "The gentleman wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. It has a "
            "stand neckline. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue vest and white kurta", who="he"),
        color_of("jacket", "white", "other_garment_color"),
        D.garment_type("jacket"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("silk", "unsupported"),
        title="Men Navy Blue Woven Design Jacquard Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white slim fit formal shirt tucked into charcoal trousers, black belt, light grey backdrop; no pocket.
    # adapter texts: none
    case(
        "X483-004",
        caption("a man in a white shirt and grey pants"),
        D.wearing("a white shirt and black pants"),
        D.color("white"),
        D.sleeve_length("long sleeves"),
        D.details("the shirt has a pocket on the chest", "unsupported"),
        D.material("white shirt", "restated"),
        title="Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: navy slim fit formal trousers, light blue shirt tucked in, brown belt and shoes, white backdrop.
    # details: caption adapter
    case(
        "X483-005",
        caption("a man in a blue shirt and blue pants"),
        D.wearing("a light blue shirt and navy pants"),
        D.color("light blue", "other_garment_color"),
        D.garment_type("pants"),
        D.details(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The trousers are "
            "with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.material("the pants are made of wool", "unsupported"),
        title="Men Navy Blue Slim Fit Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: cream sherwani with gold zari embroidery, cream churidar, maroon stole over one shoulder, carved dark
    # wooden doors behind. caption: caption adapter
    case(
        "X483-006",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long-sleeve shirt with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a white sherwani with a red scarf", who="he"),
        D.color("maroon", "other_garment_color"),
        D.details("the sherwani has gold embroidery on the collar and the sleeves"),
        D.material("it is made of fabric", "non_answer"),
        title="Men Cream-Coloured Embroidered Sherwani with Churidar & Stole",
        category="Sherwanis",
        color="Cream",
        gender="Men",
    ),
    # photo: charcoal grey two-piece suit, white shirt, navy tie, grey backdrop, full length.
    # adapter texts: none
    case(
        "X483-007",
        caption("a man in a grey suit and tie"),
        wearing("she is wearing a grey suit", "pronoun", who="he"),
        D.color("grey"),
        color_of("shirt", "white"),
        D.pattern("solid"),
        D.material("wool", "unsupported"),
        title="Men Charcoal Grey Solid Single-Breasted Two-Piece Formal Suit",
        category="Suits",
        color="Charcoal",
        gender="Men",
    ),
    # photo: beige blazer with faint brown windowpane checks over a black turtleneck, black trousers, white backdrop.
    # wearing: VQA adapter
    case(
        "X483-008",
        caption("a man wearing a tan blazer and black pants"),
        D.wearing(
            "a jacket and pants a jacket and pants a jacket and pants a jacket and pants a jacket and pants a jacket",
            "loop",
            hit_limit=True,
        ),
        D.color("black", "other_garment_color"),
        D.pattern("checked"),
        D.garment_type("blazer"),
        D.details("the blazer has two buttons and a pocket square", "unsupported"),
        title="Men Beige Checked Single-Breasted Casual Blazer",
        category="Blazers",
        color="Beige",
        gender="Men",
    ),
    # photo: mustard kurta with a small white floral print, white pyjama, garden backdrop with green plants.
    # adapter texts: none
    case(
        "X483-009",
        caption("a man in a yellow kurta standing in front of plants"),
        color_of("kurta", "yellow"),
        D.pattern("floral"),
        D.color("green", "contradiction"),
        is_a("kurta", "no", "contradiction"),
        D.description("a yellow kurta with white flowers"),
        D.details("the kurta is yellow", "non_answer"),
        title="Men Mustard Yellow Floral Printed Pure Cotton Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Men",
    ),
    # photo: teal self-design kurta, white pyjamas, model leaning on a wooden chair, cream wall.
    # caption: caption adapter
    case(
        "X483-010",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. The trousers are with cotton fabric and pure color patterns. The trousers",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue kurta and white pants", who="he"),
        color_of("kurta", "green"),
        color_of("pyjama", "white"),
        describe("kurta", "she is wearing a blue kurta", "pronoun"),
        is_a("kurta", "yes"),
        D.material("silk", "unsupported"),
        title="Men Teal Self Design Kurta with Pyjamas",
        category="Kurta Sets",
        color="Teal",
        gender="Men",
    ),
    # photo: blue and white pinstriped formal shirt, navy trousers, hands in pockets, grey wall.
    # wearing: VQA adapter
    case(
        "X483-011",
        caption("a man in a striped shirt and blue pants"),
        D.wearing(
            "a shirt and pants a shirt and pants a shirt and pants a shirt and pants a shirt and pants a shirt and",
            "loop",
            hit_limit=True,
        ),
        D.pattern("striped"),
        D.color("blue"),
        D.details("the shirt has a collar and buttons Question: what is the color of the pants? Answer: blue", "leak"),
        D.material("cotton"),
        title="Men Blue & White Pure Cotton Striped Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: black solid nehru jacket over a white kurta and white churidar, light grey backdrop.
    # adapter texts: none
    case(
        "X483-012",
        caption("a man in a black vest and white pants"),
        D.wearing("a black jacket and white kurta"),
        color_of("jacket", "black"),
        color_of("kurta", "black", "other_garment_color"),
        D.details("the jacket has a mandarin collar and buttons down the front"),
        D.material("a black jacket", "restated"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Men Black Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: gold-toned jacquard sherwani, off-white churidar, red safa turban, arched palace-style backdrop; no
    # brooch. adapter texts: none
    case(
        "X483-013",
        caption("a man in a gold sherwani and a red turban"),
        D.wearing("a golden sherwani"),
        D.color("red", "other_garment_color"),
        is_a("sherwani", "yes"),
        D.garment_type("dress", "contradiction"),
        D.details("the sherwani has a mandarin collar and gold buttons and a brooch", "unsupported"),
        title="Men Gold-Toned Woven Design Sherwani Set",
        category="Sherwanis",
        color="Gold",
        gender="Men",
    ),
    # photo: beige pleated formal trousers, white shirt tucked in, brown belt, cropped waist to feet, white backdrop.
    # wearing: VQA adapter
    case(
        "X483-014",
        caption("a pair of beige pants and brown shoes"),
        D.wearing(
            "white shirt and beige pants Question: What is the color of the pants? Answer: beige Question: What is "
            "the color of the",
            "leak",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        D.garment_type("trousers"),
        D.details("the details of the pants", "non_answer"),
        D.pattern("solid"),
        title="Men Beige Regular Fit Pleated Formal Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: black pathani kurta with one flap pocket on the chest, black salwar, dark grey backdrop.
    # kurta description: caption adapter
    case(
        "X483-015",
        caption("a man in a black kurta and black pants"),
        D.wearing("a black kurta"),
        color_of("kurta", "black"),
        details("kurta", "the kurta has a collar and a pocket on the chest"),
        describe(
            "kurta",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "gentleman wears a long-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        D.material("it is a kurta", "restated"),
        title="Men Black Solid Pathani Kurta with Salwar",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: off-white kurta under a green printed nehru jacket, off-white dhoti pants, plain beige backdrop.
    # material: caption adapter
    case(
        "X483-016",
        caption("a man in a white kurta and green jacket"),
        wearing("a white kurta and a green vest", who="he"),
        color_of("kurta", "green", "other_garment_color"),
        D.color("cream"),
        details("kurta", "the kurta has a band collar and the jacket has a floral print"),
        D.material(
            "The gentleman wears a sleeveless vest with floral patterns. The vest is with cotton fabric. It has a "
            "stand",
            "restated",
            hit_limit=True,
        ),
        title="Men Off White Kurta with Dhoti Pants & Printed Nehru Jacket",
        category="Kurta Sets",
        color="Off White",
        gender="Men",
    ),
    # photo: navy single-breasted blazer over a white shirt, no tie, grey trousers, plain white backdrop.
    # caption: caption adapter
    case(
        "X483-017",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. The man wears a long-sleeve jacket with pure color patterns. The jacket is",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("blazer"),
        D.color("black", "contradiction"),
        D.wearing("a blue blazer and grey pants"),
        D.details("the blazer has two buttons and a notch lapel"),
        title="Men Navy Blue Solid Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black three-piece tuxedo with satin lapels and waistcoat, white shirt, black bow tie, dark backdrop.
    # adapter texts: none
    case(
        "X483-018",
        caption("a man in a black tuxedo and bow tie"),
        D.wearing("a black suit with a bow tie"),
        D.color("white", "other_garment_color"),
        color_of("shirt", "white"),
        D.details("the suit has satin lapels and a vest"),
        D.sleeve_length("short sleeves", "contradiction"),
        describe("suit", "a black suit with a red rose on the lapel", "unsupported"),
        title="Men Black Solid Three-Piece Tuxedo Suit",
        category="Suits",
        color="Black",
        gender="Men",
    ),
    # photo: olive green kurta with small white ethnic motifs, white pyjama, bright orange painted wall behind.
    # adapter texts: none
    case(
        "X483-019",
        caption("a man in a green kurta standing in front of an orange wall"),
        wearing(
            "a green kurta and white pants Question: what is the color of the kurta? Answer: green", "leak", who="he"
        ),
        color_of("kurta", "orange", "contradiction"),
        D.description("a green kurta with white print"),
        D.material("cotton"),
        title="Men Olive Green Ethnic Motifs Printed Pure Cotton Kurta",
        category="Kurtas",
        color="Olive",
        gender="Men",
    ),
    # photo: light pink formal shirt under an open navy blazer, grey trousers, white backdrop.
    # adapter texts: none
    case(
        "X483-020",
        caption("a man in a blue blazer and pink shirt"),
        D.color("blue", "other_garment_color"),
        D.garment_type("blazer", "contradiction"),
        color_of("shirt", "pink"),
        D.wearing("he is wearing a blazer and a pink shirt"),
        D.details("the shirt has a spread collar"),
        D.material("a pink shirt", "restated"),
        title="Men Pink Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: bright yellow kurta with mirror work on the yoke, white pyjamas, orange and yellow marigold garlands
    # hanging behind. wearing: VQA adapter
    case(
        "X483-021",
        caption("a man in a yellow kurta with flowers in the background"),
        wearing(
            "shirt and pants shirt and pants shirt and pants shirt and pants shirt and pants shirt and pants shirt "
            "and pants shirt and",
            "loop",
            who="he",
            hit_limit=True,
        ),
        color_of("kurta", "orange", "contradiction"),
        details("kurta", "the kurta has mirror work on the collar"),
        D.material("it is made of", "cut"),
        title="Men Yellow Mirror Work Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
        gender="Men",
    ),
    # photo: navy velvet sherwani with gold embroidery, white churidar, model beside an ornate gilded chair; no
    # pocket square. caption: caption adapter
    case(
        "X483-022",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long trousers. The jacket is "
            "with cotton fabric. The trousers are with cotton fabric and pure color patterns. It has a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and gold sherwani"),
        D.color("blue"),
        D.material("velvet"),
        is_a("sherwani", "no", "contradiction"),
        D.details("gold embroidery on the chest and sleeves and a red pocket square", "unsupported"),
        title="Men Navy Blue Embroidered Velvet Sherwani Set",
        category="Sherwanis",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: charcoal slim fit formal trousers, white shirt tucked in, black belt and shoes, plain light backdrop.
    # wearing: VQA adapter
    case(
        "X483-023",
        caption("a man in a white shirt and black pants"),
        wearing(
            "shirt and pants Question: What is the color of the shirt? Answer: white Question: What is the color of "
            "the pants? Answer",
            "leak",
            who="he",
            hit_limit=True,
        ),
        D.color("grey"),
        D.garment_type("pants"),
        D.details("the pants have a flat front and side pockets"),
        D.material("the pants are made of cotton and have a", "cut"),
        title="Men Charcoal Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: maroon woven silk blend nehru jacket over a cream kurta and cream pyjama, model seated on a stool.
    # adapter texts: none
    case(
        "X483-024",
        caption("a man sitting on a stool wearing a red vest"),
        color_of("jacket", "maroon"),
        color_of("kurta", "cream"),
        D.wearing("a red jacket and white kurta Question: what is the color of the jacket? Answer: red", "leak"),
        D.garment_type("vest"),
        D.details("the jacket has", "cut"),
        D.material("silk"),
        title="Men Maroon Woven Design Silk Blend Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
        gender="Men",
    ),
    # photo: peach kurta with tonal chikankari embroidery, white pyjama, pale blue studio backdrop.
    # kurta details: caption adapter
    case(
        "X483-025",
        caption("a man in a pink kurta and white pants"),
        color_of("kurta", "blue", "contradiction"),
        details(
            "kurta",
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The man "
            "wears a long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("three-quarter sleeves", "contradiction"),
        D.material("cotton"),
        title="Men Peach-Coloured Chikankari Embroidered Pure Cotton Kurta",
        category="Kurtas",
        color="Peach",
    ),
    # photo: model with shoulder-length hair in a black solid formal shirt and black trousers, grey backdrop.
    # adapter texts: none
    case(
        "X483-026",
        caption("a woman in a black shirt and black pants", "pronoun"),
        D.wearing("a black shirt and black pants"),
        D.color("black"),
        D.pattern("striped", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.details("a black shirt with a collar and buttons"),
        title="Men Black Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: indigo floral block printed kurta, white churidar, three-quarter angle, red brick wall outdoors.
    # caption: caption adapter
    case(
        "X483-027",
        caption(
            "The gentleman wears a long-sleeve shirt with floral patterns and a long trousers. The shirt is with "
            "cotton fabric. The trousers are with cotton fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue and white kurta", who="he"),
        color_of("kurta", "red", "contradiction"),
        D.pattern("floral"),
        details("kurta", "the kurta has a floral print and a pocket"),
        title="Men Indigo Blue Floral Block Printed Pure Cotton Kurta with Churidar",
        category="Kurta Sets",
        color="Blue",
        gender="Men",
    ),
    # photo: navy two-piece suit with faint grey checks, light blue shirt, no tie, white pocket square, grey
    # backdrop. wearing: VQA adapter
    case(
        "X483-028",
        caption("a man in a blue suit"),
        D.pattern("solid", "contradiction"),
        color_of("shirt", "light blue"),
        D.details("the suit has a white pocket square"),
        D.wearing(
            "jacket and pants Question: Is this a jacket? Answer: yes Question: What is the color of the jacket? "
            "Answer: blue Question",
            "leak",
            hit_limit=True,
        ),
        is_a("suit", "no", "contradiction"),
        title="Men Navy Blue Checked Slim Fit Two-Piece Suit",
        category="Suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: short white linen kurta with a mandarin collar, worn with blue denim jeans, white wall.
    # adapter texts: none
    case(
        "X483-029",
        caption("a man in a white kurta and jeans"),
        D.wearing("a white shirt and blue jeans"),
        color_of("kurta", "blue", "other_garment_color"),
        D.material("linen"),
        is_a("kurta", "yes"),
        details("kurta", "the kurta has a round neck and three buttons and a pocket on the chest", "unsupported"),
        title="Men White Pure Linen Short Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: maroon velvet bandhgala blazer with gold buttons, black trousers, dark backdrop.
    # caption: caption adapter
    case(
        "X483-030",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long trousers. The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.color("red"),
        D.material("velvet"),
        D.wearing("a red jacket with gold buttons and black pants"),
        D.details("the jacket has a mandarin collar and gold buttons"),
        D.pattern("floral", "contradiction"),
        is_a("blazer", "no", "contradiction"),
        title="Men Maroon Solid Velvet Bandhgala Blazer",
        category="Blazers",
        color="Maroon",
        gender="Men",
    ),
    # photo: lavender solid kurta, white pyjama, grey backdrop, front view.
    # adapter texts: none
    case(
        "X483-031",
        caption("a man in a purple kurta"),
        color_of("kurta", "purple"),
        color_of("pyjama", "purple", "other_garment_color"),
        describe("kurta", "it is a kurta", "non_answer"),
        D.material("cotton"),
        wearing("she is wearing a purple kurta", "pronoun", who="he"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Men Lavender Solid Cotton Blend Kurta with Pyjamas",
        category="Kurta Sets",
        color="Lavender",
        gender="Men",
    ),
    # photo: white shirt with blue checks, button-down collar and a chest pocket, long sleeves, beige chinos, model
    # leaning against a white brick wall. adapter texts: none
    case(
        "X483-032",
        caption("a man in a blue checked shirt leaning against a wall"),
        wearing("a blue and white checked shirt and beige pants", who="he"),
        D.pattern("checked"),
        D.color("beige", "other_garment_color"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Men Blue & White Checked Pure Cotton Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: black kurta with silver thread embroidery at the neck, white churidar, red printed dupatta over one
    # shoulder, dark grey backdrop. wearing (the default question): VQA adapter
    case(
        "X483-033",
        caption("a man in a black kurta with a red scarf"),
        color_of("kurta", "black"),
        color_of("dupatta", "black", "other_garment_color"),
        details("kurta", "silver embroidery on the neck"),
        D.material("silk"),
        D.wearing(
            "shirt and pants shirt and pants shirt and pants shirt and pants shirt and pants shirt and pants shirt "
            "and pants shirt and",
            "loop",
            hit_limit=True,
        ),
        title="Men Black Embroidered Silk Blend Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: mustard nehru jacket with a small ethnic print over a white kurta and pyjama, brown wooden door
    # behind. caption: caption adapter
    case(
        "X483-034",
        caption(
            "The gentleman wears a sleeveless vest with graphic patterns. The vest is with cotton fabric. It has a "
            "stand neckline. The gentleman wears a sleeveless vest with graphic patterns. The vest",
            "loop",
            hit_limit=True,
        ),
        color_of("jacket", "yellow"),
        D.color("brown", "contradiction"),
        D.pattern("printed"),
        describe("jacket", "a yellow jacket with a print and buttons"),
        D.wearing("a mustard jacket over a white kurta"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Men Mustard Yellow Ethnic Motifs Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: peach asymmetric indo-western sherwani with floral embroidery, white dhoti-style pants, white backdrop;
    # no jewellery. adapter texts: none
    case(
        "X483-035",
        caption("a man in a pink sherwani"),
        D.wearing("a pink and white outfit"),
        D.color("peach"),
        D.details("the sherwani has floral embroidery and a necklace", "unsupported"),
        D.garment_type("dress", "contradiction"),
        D.material("silk", "unsupported"),
        title="Men Peach-Coloured Floral Embroidered Indo-Western Sherwani with Dhoti Pants",
        category="Sherwanis",
        color="Peach",
        gender="Men",
    ),
    # photo: black slim fit formal trousers, lavender shirt tucked in, no tie, white backdrop.
    # details: caption adapter
    case(
        "X483-036",
        caption("a man in a purple shirt and black pants"),
        D.color("black"),
        D.pattern("solid"),
        D.wearing("a purple shirt and black pants and a black tie", "unsupported"),
        D.details(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        D.material("polyester"),
        D.garment_type("shirt", "contradiction"),
        title="Men Black Slim Fit Poly Viscose Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: navy kurta with a tonal jacquard paisley self design, white pyjama, grey backdrop. (feed row has no
    # color.) adapter texts: none
    case(
        "X483-037",
        caption("a man in a blue kurta"),
        color_of("kurta", "navy blue"),
        D.pattern("striped", "contradiction"),
        describe("kurta", "the kurta is blue and has a mandarin collar"),
        D.material("the kurta is made of cotton. Question: what is the color of the kurta? Answer: blue", "leak"),
        D.sleeve_length("long sleeves"),
        wearing("a blue kurta with a white scarf", "unsupported", who="he"),
        title="Men Navy Blue Self Design Jacquard Kurta",
        category="Kurtas",
        gender="Men",
    ),
    # photo: grey single-breasted blazer, white t-shirt, blue jeans, white sneakers, white backdrop; no zipper.
    # adapter texts: none
    case(
        "X483-038",
        caption("a man in a grey blazer and jeans"),
        D.color("grey"),
        D.garment_type("jacket"),
        D.wearing("a grey jacket, white shirt and blue jeans"),
        D.details("the jacket has a notch collar and two buttons and a zipper", "unsupported"),
        D.pattern("checked", "contradiction"),
        D.material("the jacket is made of", "cut"),
        title="Men Grey Solid Single-Breasted Casual Blazer",
        category="Blazers",
        color="Grey",
        gender="Men",
    ),
    # photo: sea green silk blend kurta with gold buttons, off-white pyjama, string lights and diyas behind.
    # adapter texts: none
    case(
        "X483-039",
        caption("a man in a green kurta standing in front of lights"),
        wearing("a green kurta and white pants", who="he"),
        color_of("kurta", "green"),
        color_of("pyjama", "green", "other_garment_color"),
        D.material("the kurta is green", "restated"),
        title="Men Sea Green Solid Silk Blend Kurta with Pyjamas",
        category="Kurta Sets",
        color="Sea Green",
        gender="Men",
    ),
    # photo: white formal shirt with a tiny navy geometric print, long sleeves, navy trousers, grey backdrop.
    # adapter texts: none
    case(
        "X483-040",
        caption("a man in a white shirt with blue dots"),
        D.pattern("printed"),
        D.color("white"),
        D.wearing("a white shirt and blue pants Question: what is the color of the shirt? Answer: white", "leak"),
        D.details("the shirt has short sleeves", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.description("the shirt is a shirt", "restated"),
        title="Men White & Navy Blue Printed Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: beige linen two-piece suit, white shirt with open collar, brown loafers, sand-colored backdrop; no
    # stripes. caption: caption adapter
    case(
        "X483-041",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long trousers. The jacket is "
            "with cotton fabric. It has a lapel neckline. The trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.color("cream"),
        D.material("linen"),
        D.wearing("a tan suit with a white shirt"),
        D.details("the suit has", "cut"),
        D.pattern("striped", "contradiction"),
        title="Men Beige Solid Linen Two-Piece Suit",
        category="Suits",
        color="Beige",
        gender="Men",
    ),
    # photo: rust solid kurta (collar the same rust), cream pyjama, white backdrop.
    # wearing: VQA adapter
    case(
        "X483-042",
        caption("a man in an orange kurta"),
        color_of("kurta", "orange"),
        describe("kurta", "an orange kurta with a white collar", "unsupported"),
        D.sleeve_length("long sleeves"),
        wearing(
            "shirt and pants shirt and pants shirt and pants shirt and pants shirt and pants shirt and pants shirt "
            "and pants shirt and",
            "loop",
            who="he",
            hit_limit=True,
        ),
        D.material("cotton"),
        details(
            "kurta",
            "the kurta has a collar and buttons Question: what is the color of the pyjama? Answer: white",
            "leak",
        ),
        title="Men Rust Orange Solid Cotton Kurta",
        category="Kurtas",
        color="Rust",
        gender="Men",
    ),
    # photo: grey checked nehru jacket over a light blue shirt, navy trousers (indo-western), grey backdrop.
    # adapter texts: none
    case(
        "X483-043",
        caption("a man in a grey vest and blue shirt"),
        D.color("blue", "other_garment_color"),
        D.pattern("checked"),
        color_of("jacket", "grey"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.wearing("a grey vest and a blue shirt Question: what is the color of the vest? Answer: grey", "leak"),
        title="Men Grey Checked Nehru Jacket",
        category="Nehru Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: white sherwani with white thread embroidery, white churidar, pink safa turban, pearl mala, pink flower
    # wall behind. caption: caption adapter
    case(
        "X483-044",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. There is an accessory on his neck. The gentleman wears a long-sleeve",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white sherwani and a pink turban"),
        D.color("pink", "other_garment_color"),
        D.details("pearl necklace and embroidery"),
        D.material("it is a white sherwani", "restated"),
        title="Men White Embroidered Sherwani with Churidar",
        category="Sherwanis",
        color="White",
        gender="Men",
    ),
    # photo: olive green solid formal shirt, black trousers, grey backdrop. (feed row has no gender.)
    # adapter texts: none
    case(
        "X483-045",
        caption("a man in a green shirt and black pants"),
        wearing("she is wearing a green shirt", "pronoun", who="he"),
        D.color("olive"),
        D.description("a green shirt with a collar and buttons"),
        D.details("", "non_answer"),
        D.material("cotton"),
        D.pattern("checked", "contradiction"),
        title="Men Olive Green Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Olive",
    ),
    # photo: maroon single-breasted party suit, black shirt, no tie, black backdrop.
    # adapter texts: none
    case(
        "X483-046",
        caption("a man in a red suit and black shirt"),
        D.color("black", "other_garment_color"),
        color_of("shirt", "black"),
        D.wearing("a maroon suit and a black shirt"),
        D.details("the suit has details", "non_answer"),
        D.material("velvet", "unsupported"),
        title="Men Maroon Solid Slim Fit Single-Breasted Party Suit",
        category="Suits",
        color="Maroon",
        gender="Men",
    ),
]
