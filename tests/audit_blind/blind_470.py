"""BLIND_470 (46 products; men's formal shirts, trousers, blazers, suits and waistcoats): written blind in the forty-
eighth session. Measured blind at d3750fe (the session's rules as they stood): 84/116 failures found (72.4%) and
6/146 correct texts flagged (4.1%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of men's formal wear: formal shirts (solid, striped, checked, small
prints, half and full sleeves), formal trousers (flat-front and pleated, often cropped at the waist with the shirt
tucked in), blazers (single- and double-breasted, velvet, linen, windowpane checks), two- and three-piece suits and
waistcoats. Models wear full outfits: shirts under blazers, waistcoats over shirts, ties, belts, pocket squares,
watches; backdrops are grey or white studio walls, a brick wall, a wooden door, a plant, a leather chair, a stool.
Each product has the seller's title, category, color and gender; a few rows miss one of them, as real feeds do.

Who wrote what: enrich's default questionnaire. Captions come from the untuned base `Salesforce/blip2-opt-2.7b`
(short, lowercase, "a man in a navy blue suit and red tie") or, where the comment says so, from the caption-only
LoRA adapter (the DeepFashion template, "The gentleman wears a long-sleeve shirt with pure color patterns ...",
with no hue names). The adapter never learnt an end token: its texts run to the limit (hit_limit=True) and, asked a
question, it returns its template. The open questions (wearing, description, details, material) come from the base
model unless the comment names the adapter; the base model stops on its own (never hit_limit). The closed questions
(garment_type, color, pattern, sleeve_length, the per-piece colors and "Is this a ...?") are enrich's
`--engine reference` answers, picked from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct: blue for navy, teal or royal blue; green for olive or teal; grey for charcoal in an open
  answer; red for maroon, wine or burgundy; purple for lavender; white for cream; beige or khaki for beige. Charcoal
  answered "black" by the reference engine is a contradiction (like navy as black), and so is navy called black.
- The color of a print, a check line or a motif given as the garment's color (white for blue with white stripes,
  gold for a black waistcoat with gold motifs) is contradiction. The color of another piece of the outfit (the
  tucked-in shirt for trousers, the shirt under a waistcoat, the suit's color for its shirt, the tie) given to the
  product or to another piece is other_garment_color, in open and closed answers alike; a color no piece in the
  photo has is contradiction. A prop's color (the brown leather chair) given as the garment's is contradiction.
- Garment synonyms: pants for trousers, jacket for a blazer, vest for a waistcoat, tuxedo for a black suit, suit
  for a blazer worn with matching trousers. Contradictions: t-shirt for a formal shirt, jeans for formal trousers,
  shirt for trousers, blazer for a two-piece suit (the title and the photo show the set), jacket for a waistcoat,
  "yes" to "Is this a suit?" for a blazer worn with contrasting trousers, "no" to "Is this a blazer/suit/pair of
  trousers?" for that very product, "tank top" in the adapter's template for a waistcoat.
- Sleeves: a waistcoat answered "long sleeves" (the shirt's sleeves) is contradiction; half sleeves as long is
  contradiction. Pinstripes, self checks or a herringbone answered solid/striped/checked wrongly are contradiction.
- Materials: one the title names is correct; a plausible guess on plain suiting or shirting the title does not name
  (cotton, wool, polyester) is correct; a material the title contradicts (linen for a cotton shirt) or nothing
  supports (silk for a jacquard waistcoat) is unsupported.
- Invented items or details not in the photo (a tie, a pocket square, a chest pocket, gold buttons, a peak lapel,
  a belt where only belt loops show, back pockets on a front view) are unsupported.
- Adapter texts: repeating a template sentence is loop; stopping mid-sentence without repeating is cut; the
  template returned for the material question is restated (hit_limit kept). Where the template names the inner
  shirt under a blazer or suit, it describes something in the photo; the cut or loop is labelled. A template that
  misnames the product itself (tank top for a waistcoat) is contradiction.
- Base answers cut by an early stop ("it is made of") are cut without hit_limit. Empty answers, "fabric", "the
  details of the shirt" and "the pants are long" for details are non_answer. A material question answered with the
  garment's name, or "the garment" for a description, is restated.
- Base answers running on into "Question: ... Answer: ..." are leak even where the first part is right.
- "she", "her" or "a woman" for a male model is pronoun.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_tie = question("color_tie", "What is the color of the tie?", "closed")
color_trousers = question("color_trousers", "What is the color of the trousers?", "closed")
color_waistcoat = question("color_waistcoat", "What is the color of the waistcoat?", "closed")

BLIND_470 = [
    # photo: model in a white solid slim-fit formal shirt, navy trousers, navy tie, plain grey studio backdrop.
    # caption, details: adapter
    case(
        "X470-001",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The gentleman wears a long-sleeve shirt with pure",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white shirt and a blue tie"),
        D.garment_type("shirt"),
        D.color("white"),
        D.sleeve_length("long sleeves"),
        D.material("cotton"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The gentleman wears a "
            "long trousers. The",
            "cut",
            hit_limit=True,
        ),
        title="Louis Philippe Men White Slim Fit Solid Formal Shirt",
        category="Formal Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a light blue shirt with thin white stripes, no chest pocket, charcoal trousers, no tie, in
    # front of a white wall; front view.
    case(
        "X470-002",
        caption("a man in a blue striped shirt standing in front of a white wall"),
        D.wearing("a blue shirt and grey pants"),
        D.pattern("striped"),
        D.color("white", "contradiction"),
        D.details("the shirt has a pocket on the left side", "unsupported"),
        D.material("silk", "unsupported"),
        title="Men Blue Striped Slim Fit Formal Shirt",
        category="Formal Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a pink solid cotton formal shirt tucked into grey trousers, black belt, plain white backdrop.
    case(
        "X470-003",
        caption("a man in a pink shirt and grey pants"),
        D.wearing("she is wearing a pink shirt and grey pants", "pronoun"),
        D.color("pink"),
        D.material("linen", "unsupported"),
        D.description("a pink shirt with a collar and buttons"),
        title="Men Pink Solid Regular Fit Cotton Formal Shirt",
        category="Formal Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: model sitting on a stool in a navy-and-white gingham checked shirt with a chest pocket, beige trousers;
    # grey backdrop.
    # caption: adapter
    case(
        "X470-004",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The pants the gentleman wears is of long length. The pants are with cotton fabric and "
            "pure",
            "cut",
            hit_limit=True,
        ),
        D.pattern("checked"),
        D.color("blue"),
        color_trousers("blue", "other_garment_color"),
        D.details("buttons on the front and a pocket on the chest"),
        title="Men Navy Blue & White Checked Formal Shirt",
        category="Formal Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a black solid formal shirt with black buttons and black trousers, no tie, grey backdrop;
    # full length.
    case(
        "X470-005",
        caption("a man in a black shirt and black pants"),
        D.wearing("a black shirt and black pants"),
        D.garment_type("t-shirt", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.material("it is made of", "cut"),
        D.description("a black shirt with white buttons", "unsupported"),
        title="Men Black Solid Slim Fit Party Formal Shirt",
        category="Formal Shirts",
        color="Black",
    ),
    # photo: model in a white shirt with thin blue pinstripes under an open navy blazer, red tie, grey backdrop;
    # the shirt is the product, the blazer is styling.
    case(
        "X470-006",
        caption("a man in a blue suit and red tie"),
        D.wearing("a navy blazer, white shirt and red tie"),
        D.color("blue", "other_garment_color"),
        color_tie("red"),
        D.pattern("striped"),
        is_a("shirt", "no", "contradiction"),
        title="Arrow Men White & Blue Striped Formal Shirt",
        category="Formal Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a lavender solid shirt with a dark purple tie and navy trousers, leaning against a red brick
    # wall.
    # details: adapter
    case(
        "X470-007",
        caption("a man in a purple shirt and tie leaning against a brick wall"),
        D.color("purple"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The shirt is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.material("a purple shirt", "restated"),
        D.garment_type("shirt"),
        title="Men Lavender Slim Fit Solid Formal Shirt",
        category="Formal Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: model in a sky blue half-sleeve formal shirt tucked into black trousers, plain light grey backdrop.
    case(
        "X470-008",
        caption("a man in a blue shirt and black pants"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.color("blue"),
        D.description("a blue shirt with short sleeves and a collar"),
        D.wearing(
            "a blue shirt and black pants Question: What is the color of the shirt? Answer: blue",
            "leak",
        ),
        title="Men Blue Solid Half Sleeves Formal Shirt",
        category="Formal Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a maroon solid formal shirt and beige trousers, brown belt, grey backdrop.
    # caption, material: adapter
    case(
        "X470-009",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and solid "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.color("red"),
        D.wearing("a maroon shirt and beige pants"),
        color_trousers("maroon", "other_garment_color"),
        D.material(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Peter England Men Maroon Slim Fit Solid Formal Shirt",
        category="Formal Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in a white shirt with a small navy polka-dot print, no pocket, grey trousers, white backdrop.
    case(
        "X470-010",
        caption("a man in a white shirt with a pattern"),
        D.pattern("printed"),
        D.color("blue", "contradiction"),
        D.details("the shirt has small blue dots on it"),
        D.description("it is a white shirt with blue polka dots and a pocket", "unsupported"),
        D.wearing("a white shirt and blue pants", "contradiction"),
        title="Men White & Navy Blue Slim Fit Polka Dot Print Formal Shirt",
        category="Formal Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in an olive green solid shirt, no tie, black trousers, standing in front of a wooden door.
    case(
        "X470-011",
        caption("a man in a green shirt standing in front of a wooden door"),
        D.color("green"),
        D.wearing("a green shirt and a black tie", "unsupported"),
        D.garment_type("shirt"),
        D.material("", "non_answer"),
        title="Men Olive Green Solid Slim Fit Formal Shirt",
        category="Formal Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a grey-and-white checked shirt, black trousers, black belt, grey backdrop.
    case(
        "X470-012",
        caption("a man in a grey plaid shirt and black pants"),
        D.pattern("solid", "contradiction"),
        D.color("grey"),
        D.details("the details of the shirt", "non_answer"),
        D.wearing("a grey shirt and grey pants", "other_garment_color"),
        title="Men Grey & White Regular Fit Checked Formal Shirt",
        category="Formal Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: model in charcoal grey trousers, white shirt tucked in, black belt and shoes, grey backdrop; full
    # length.
    # material: adapter
    case(
        "X470-013",
        caption("a man in a white shirt and grey pants"),
        D.garment_type("shirt", "contradiction"),
        D.color("white", "other_garment_color"),
        color_trousers("grey"),
        is_a("trousers", "yes", article="a pair of"),
        D.material(
            "The pants are with cotton fabric and pure color patterns. The lower clothing is of long length. The "
            "pants are with",
            "restated",
            hit_limit=True,
        ),
        title="Men Charcoal Grey Slim Fit Solid Formal Trousers",
        category="Formal Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: waist-down crop: navy trousers, the hem of a light blue shirt tucked in, brown belt, brown shoes.
    # details: adapter
    case(
        "X470-014",
        caption("a pair of navy blue pants with a brown belt"),
        D.wearing("navy blue pants and brown shoes"),
        D.color("blue"),
        D.garment_type("pants"),
        D.material("material", "non_answer"),
        D.details(
            "The pants the gentleman wears is of long length. The pants are with cotton fabric and pure color "
            "patterns. The pants the gentleman wears is of",
            "loop",
            hit_limit=True,
        ),
        title="Men Navy Blue Tapered Fit Formal Trousers",
        category="Formal Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in beige cotton trousers (belt loops, no belt) and a white shirt, white backdrop; full length.
    case(
        "X470-015",
        caption("a man in a white shirt and khaki pants"),
        D.wearing("a white shirt and white pants", "other_garment_color"),
        D.color("beige"),
        D.material("the pants are made of", "cut"),
        D.description("beige pants with a belt and pockets", "unsupported"),
        title="Men Beige Regular Fit Solid Cotton Formal Trousers",
        category="Formal Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: model from the chest down in black trousers and a grey shirt tucked in, grey backdrop.
    # caption: adapter
    case(
        "X470-016",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper "
            "clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. This "
            "gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.color("black"),
        D.garment_type("jeans", "contradiction"),
        D.wearing("a grey shirt and black pants"),
        D.details("the pants are long", "non_answer"),
        title="Men Black Slim Fit Solid Formal Trousers",
        category="Formal Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: model in grey pleated trousers, white shirt, navy tie, grey backdrop; full length.
    case(
        "X470-017",
        caption("a man in a white shirt and blue tie"),
        D.color("grey"),
        color_tie("grey", "other_garment_color"),
        D.details("pleats on the front and belt loops"),
        D.wearing(
            "he is wearing a white shirt, blue tie and grey pants Question: What is the color of the tie? Answer: blue",
            "leak",
        ),
        title="Men Grey Pleated Regular Fit Formal Trousers",
        category="Formal Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: model in olive trousers, white shirt, brown belt, standing next to a potted plant, white backdrop.
    case(
        "X470-018",
        caption("a man in a white shirt and green pants standing next to a plant"),
        D.color("green"),
        D.material("wool"),
        D.garment_type("trousers"),
        color_shirt("white"),
        D.wearing("a white shirt and white pants", "other_garment_color"),
        title="Men Olive Green Slim Fit Solid Formal Trousers",
        category="Formal Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: model in navy trousers with a faint self check, white shirt, grey backdrop.
    case(
        "X470-019",
        caption("a man in a white shirt and blue pants"),
        D.pattern("solid", "contradiction"),
        D.color("blue"),
        D.wearing("she is wearing a white shirt and blue pants", "pronoun"),
        D.description("blue pants"),
        title="Men Navy Blue Checked Slim Fit Formal Trousers",
        category="Formal Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in brown trousers and a cream shirt, grey backdrop; the feed row has no color.
    # caption, material: adapter
    case(
        "X470-020",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric. The pants are with cotton fabric. The gentleman wears a long-sleeve shirt with pure "
            "color patterns and",
            "loop",
            hit_limit=True,
        ),
        D.color("brown"),
        color_shirt("brown", "other_garment_color"),
        D.garment_type("shirt", "contradiction"),
        D.material(
            "The pants are with cotton fabric and pure color patterns. The lower clothing is of long length. The "
            "pants are with cotton",
            "restated",
            hit_limit=True,
        ),
        title="Men Brown Tapered Fit Formal Trousers",
        category="Formal Trousers",
        gender="Men",
    ),
    # photo: model in black trousers and a pink shirt, front view, white backdrop.
    case(
        "X470-021",
        caption("a man in a pink shirt and black pants"),
        D.color("pink", "other_garment_color"),
        is_a("trousers", "no", "contradiction", article="a pair of"),
        D.details("two pockets on the back and a button closure", "unsupported"),
        D.material("polyester"),
        title="Men Black Solid Regular Fit Formal Trousers",
        category="Formal Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: waist-down crop: light grey flat-front trousers, the hem of a navy shirt tucked in, white backdrop.
    case(
        "X470-022",
        caption("a pair of grey pants"),
        D.wearing(
            "a blue shirt and grey pants Question: What is the person holding? Answer: nothing",
            "leak",
        ),
        color_trousers("blue", "other_garment_color"),
        D.description("a pair of light grey formal pants with a flat front"),
        D.garment_type("trousers"),
        title="Men Light Grey Slim Fit Formal Trousers",
        category="Formal Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a navy single-breasted notch-lapel blazer over a white shirt, grey trousers, no pocket square,
    # grey backdrop.
    # caption: adapter
    case(
        "X470-023",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue blazer, white shirt and grey pants"),
        D.garment_type("jacket"),
        D.color("blue"),
        is_a("suit", "yes", "contradiction"),
        D.details("a notch lapel, two buttons and a pocket square", "unsupported"),
        title="Men Navy Blue Solid Single-Breasted Slim Fit Formal Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a grey two-button blazer, no pocket square, white shirt, black trousers, sitting on a brown
    # leather armchair.
    case(
        "X470-024",
        caption("a man in a grey blazer sitting on a brown leather chair"),
        D.color("brown", "contradiction"),
        D.description("a grey blazer with two buttons and a pocket square", "unsupported"),
        D.sleeve_length("long sleeves"),
        D.material("wool"),
        D.wearing(
            "a grey blazer and a white shirt Question: What is the man sitting on? Answer: a chair",
            "leak",
        ),
        title="Men Grey Wool Blend Single-Breasted Formal Blazer",
        category="Blazers",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a black blazer, black shirt and matching black trousers, dark grey backdrop.
    case(
        "X470-025",
        caption("a man in a black suit"),
        D.color("black"),
        color_shirt("black"),
        D.wearing("a black suit and a black shirt"),
        D.garment_type("blazer"),
        D.details("she has a black shirt under the blazer", "pronoun"),
        title="Men Black Solid Slim Fit Party Blazer",
        category="Blazers",
        color="Black",
        gender="Men",
    ),
    # photo: model in a maroon velvet blazer with a black satin shawl lapel and one button, black shirt, no tie,
    # black trousers, dark backdrop.
    case(
        "X470-026",
        caption("a man in a red velvet jacket"),
        D.material("velvet"),
        D.color("black", "other_garment_color"),
        D.details("a black lapel and one button"),
        is_a("blazer", "yes"),
        D.wearing("a red velvet blazer and black pants and a black shirt and a black bow tie", "unsupported"),
        title="Men Maroon Velvet Shawl Lapel Slim Fit Party Blazer",
        category="Blazers",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in a beige linen blazer over a light blue shirt, white trousers, in front of a beige wall; the
    # feed row has no gender.
    # caption: adapter
    case(
        "X470-027",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with linen fabric. It has "
            "a lapel neckline. The shirt is with linen fabric. It has a lapel neckline. The shirt is",
            "loop",
            hit_limit=True,
        ),
        D.color("beige"),
        D.material("linen"),
        D.wearing("a beige blazer, blue shirt and beige pants", "other_garment_color"),
        color_shirt("blue"),
        title="Men Beige Solid Linen Single-Breasted Blazer",
        category="Blazers",
        color="Beige",
    ),
    # photo: model in a navy blazer with white windowpane checks, navy horn buttons, notch lapel, flap pockets,
    # white shirt, grey trousers, grey backdrop.
    case(
        "X470-028",
        caption("a man in a blue plaid blazer"),
        D.pattern("checked"),
        D.color("white", "contradiction"),
        D.details("a notch lapel, two buttons and flap pockets"),
        D.description("a blue blazer with checks and gold buttons", "unsupported"),
        title="Men Navy Blue Checked Single-Breasted Slim Fit Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a teal blue blazer over a white shirt, black trousers, white backdrop.
    case(
        "X470-029",
        caption("a man in a blue blazer and black pants"),
        D.color("green"),
        D.wearing("a blue blazer and a black shirt", "other_garment_color"),
        D.garment_type("blazer"),
        D.material("fabric", "non_answer"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Men Teal Blue Solid Slim Fit Single-Breasted Blazer",
        category="Blazers",
        color="Teal",
        gender="Men",
    ),
    # photo: model in a grey herringbone tweed blazer over a white shirt with a blue tie, black trousers, no
    # belt showing, grey backdrop.
    # caption: adapter
    case(
        "X470-030",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. This gentleman has neckwear. The pants the gentleman wears is of long length. The",
            "cut",
            hit_limit=True,
        ),
        D.pattern("checked", "contradiction"),
        D.color("grey"),
        D.description("a grey tweed blazer with a blue tie"),
        D.wearing("a grey blazer, a white shirt, a blue tie and a brown belt", "unsupported"),
        title="Men Grey Self-Design Herringbone Single-Breasted Blazer",
        category="Blazers",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a navy double-breasted blazer with six gold buttons and a white pocket square, white shirt,
    # white trousers, grey backdrop.
    case(
        "X470-031",
        caption("a man in a navy blue double breasted blazer with a pocket square"),
        D.details("six gold buttons and a pocket square"),
        D.color("white", "other_garment_color"),
        is_a("blazer", "yes"),
        D.wearing("he is wearing a navy blazer with white pants and a white shirt"),
        D.material("cotton"),
        D.garment_type("suit", "contradiction"),
        title="Men Navy Blue Solid Double-Breasted Formal Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a navy two-piece suit, white shirt, red tie, grey backdrop.
    case(
        "X470-032",
        caption("a man in a navy blue suit and red tie"),
        D.garment_type("suit"),
        D.color("blue"),
        color_tie("red"),
        D.wearing(
            "a blue suit with a red tie Question: What is the color of the shirt? Answer: white",
            "leak",
        ),
        D.material("wool"),
        D.details("the details of the suit", "non_answer"),
        title="Raymond Men Navy Blue Solid Two-Piece Formal Suit",
        category="Suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a charcoal grey two-piece suit, light blue shirt, navy tie, white backdrop.
    # caption: adapter
    case(
        "X470-033",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. This gentleman has neckwear. The gentleman wears a long-sleeve shirt with pure color "
            "patterns",
            "loop",
            hit_limit=True,
        ),
        D.color("black", "contradiction"),
        D.wearing("a grey suit, a blue shirt and a blue tie"),
        D.sleeve_length("long sleeves"),
        color_shirt("grey", "other_garment_color"),
        title="Men Charcoal Grey Solid Slim Fit Two-Piece Suit",
        category="Suits",
        color="Charcoal",
        gender="Men",
    ),
    # photo: model in a black three-piece suit (blazer, waistcoat, trousers) with notch lapels, white shirt, black
    # long tie, black backdrop.
    case(
        "X470-034",
        caption("a man in a black tuxedo"),
        D.garment_type("suit"),
        D.wearing("a black suit with a vest and a white shirt"),
        color_waistcoat("black"),
        D.details("a peak lapel and a black bow tie", "unsupported"),
        is_a("suit", "yes"),
        D.color("white", "other_garment_color"),
        title="Men Black Solid Slim Fit Three-Piece Party Suit",
        category="Suits",
        color="Black",
        gender="Men",
    ),
    # photo: model in a beige linen-blend two-piece suit over a white shirt, no tie, printed garden backdrop; the
    # feed row has no gender.
    case(
        "X470-035",
        caption("a man in a beige suit standing in a garden"),
        D.color("white", "other_garment_color"),
        D.material("linen"),
        D.wearing("a beige suit and a white shirt and a brown tie", "unsupported"),
        D.description("the garment", "restated"),
        title="Men Beige Solid Slim Fit Linen Blend Two-Piece Suit",
        category="Suits",
        color="Beige",
    ),
    # photo: model in a grey pinstriped double-breasted suit, white shirt, burgundy tie, grey backdrop.
    # caption: adapter
    case(
        "X470-036",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. This gentleman has neckwear. The pants the gentleman wears is of long length. The pants "
            "are",
            "cut",
            hit_limit=True,
        ),
        D.pattern("solid", "contradiction"),
        D.color("grey"),
        color_tie("red"),
        D.wearing("a grey pinstripe suit and a red tie"),
        D.garment_type("blazer", "contradiction"),
        title="Men Grey Pinstriped Double-Breasted Formal Suit",
        category="Suits",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a royal blue two-piece suit, white shirt, navy tie, a steel watch on his wrist, hands in his
    # pockets, white backdrop.
    case(
        "X470-037",
        caption("a man in a blue suit with his hands in his pockets"),
        D.wearing("a blue suit, white shirt and a watch"),
        D.description("a blue suit with a white shirt and a black tie", "contradiction"),
        D.color("blue"),
        D.material("it is a blue suit", "restated"),
        D.pattern("striped", "contradiction"),
        title="Men Blue Solid Slim Fit Two-Piece Suit",
        category="Suits",
        color="Blue",
        gender="Men",
    ),
    # photo: model with shoulder-length hair in a wine two-piece suit, black shirt, no tie, dark backdrop.
    case(
        "X470-038",
        caption("a woman in a red suit", "pronoun"),
        D.color("red"),
        color_shirt("black"),
        D.wearing("a red suit and a black shirt"),
        D.details("the suit has a pocket on the chest"),
        D.material("velvet", "unsupported"),
        title="Men Wine Solid Slim Fit Party Suit",
        category="Suits",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in a light grey three-piece suit, lavender shirt, purple tie, no watch visible, grey backdrop.
    # caption, description: adapter
    case(
        "X470-039",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. This gentleman has neckwear. There is an accessory on his wrist. This gentleman has "
            "neckwear. This gentleman",
            "loop",
            hit_limit=True,
        ),
        D.color("purple", "other_garment_color"),
        D.garment_type("suit"),
        color_tie("purple"),
        D.wearing("a grey suit with a vest and purple tie"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. This",
            "cut",
            hit_limit=True,
        ),
        title="Men Light Grey Solid Three-Piece Slim Fit Suit",
        category="Suits",
        color="Grey",
        gender="Men",
    ),
    # photo: model walking in a navy Prince of Wales checked two-piece suit, notch lapels, two buttons, white
    # shirt, blue tie, grey backdrop.
    case(
        "X470-040",
        caption("a man in a blue checked suit and tie walking"),
        D.pattern("checked"),
        D.color("blue"),
        D.details("notch lapels, two buttons and checks"),
        D.wearing("a blue suit blue shirt and blue tie", "other_garment_color"),
        is_a("suit", "no", "contradiction"),
        D.material("a blue checked suit", "restated"),
        title="Men Navy Blue Checked Slim Fit Two-Piece Suit",
        category="Suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a grey waistcoat over a white long-sleeve shirt, black trousers, grey backdrop; full length.
    case(
        "X470-041",
        caption("a man in a grey vest and white shirt"),
        D.garment_type("vest"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("cotton"),
        D.wearing(
            "a grey vest, a white shirt and black pants Question: What is the color of the vest? Answer: grey",
            "leak",
        ),
        title="Men Grey Solid Slim-Fit Formal Waistcoat",
        category="Waistcoats",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a navy waistcoat with two welt pockets over a light pink shirt, matching navy trousers, no
    # tie, in front of a brick wall.
    # caption: adapter
    case(
        "X470-042",
        caption(
            "The gentleman wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "V-shape neckline. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue vest and a pink shirt"),
        D.color("blue"),
        color_shirt("pink"),
        D.details("buttons on the front and two pockets"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Men Navy Blue Solid Slim Fit Waistcoat",
        category="Waistcoats",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a black jacquard waistcoat with gold paisley motifs over a white shirt, no tie, black
    # trousers, grey backdrop.
    case(
        "X470-043",
        caption("a man in a black and gold vest"),
        D.pattern("printed"),
        D.color("gold", "contradiction"),
        D.description("a black vest with gold paisley design"),
        D.material("silk", "unsupported"),
        D.wearing("he is wearing a black vest and a white shirt and a gold tie", "unsupported"),
        title="Men Black & Gold-Toned Woven Design Jacquard Waistcoat",
        category="Waistcoats",
        color="Black",
        gender="Men",
    ),
    # photo: model with a hand in his pocket in a beige waistcoat over a white shirt, brown trousers, white backdrop.
    case(
        "X470-044",
        caption("a man wearing a beige vest over a white shirt"),
        D.garment_type("jacket", "contradiction"),
        D.color("beige"),
        color_trousers("beige", "other_garment_color"),
        D.details("", "non_answer"),
        D.wearing("she is wearing a beige vest and white shirt", "pronoun"),
        title="Men Beige Solid Waistcoat",
        category="Waistcoats",
        color="Beige",
        gender="Men",
    ),
    # photo: model in a maroon waistcoat over a black shirt, black tie, black trousers, grey backdrop.
    # caption: adapter
    case(
        "X470-045",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. This "
            "gentleman has neckwear. This",
            "cut",
            hit_limit=True,
        ),
        D.color("red"),
        D.wearing("a maroon vest, black shirt and black tie"),
        D.description("she is wearing a maroon vest with buttons", "pronoun"),
        D.sleeve_length("sleeveless"),
        is_a("vest", "yes"),
        title="Men Maroon Solid Slim Fit Formal Waistcoat",
        category="Waistcoats",
        color="Maroon",
        gender="Men",
    ),
    # photo: model sitting on a white stool in a light grey checked waistcoat with five buttons and two pockets,
    # blue shirt, navy tie, matching grey trousers, white backdrop; the feed row has no category.
    case(
        "X470-046",
        caption("a man in a grey vest and blue tie sitting on a stool"),
        D.pattern("checked"),
        D.color("grey"),
        D.wearing("a grey vest and a grey tie", "other_garment_color"),
        D.material("the vest is made of", "cut"),
        D.details(
            "it has five buttons and two pockets Question: What is the color of the tie? Answer: blue",
            "leak",
        ),
        title="Men Grey Checked Slim Fit Formal Waistcoat",
        color="Grey",
        gender="Men",
    ),
]
