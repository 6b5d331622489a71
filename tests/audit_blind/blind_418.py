"""BLIND_418 (46 products; British men's suits and occasion wear, model shots on grey backdrops): written blind in the
forty-sixth session. Measured blind at dbf17b7 (the session's rules as they stood): 112/146 failures found (76.7%)
and 9/183 correct texts flagged (4.9%). The writer's notes, verbatim:

Scenario: an English catalog feed from a British tailoring brand: two- and three-piece suits, blazers and dinner
jackets, waistcoats, dress trousers, formal shirts, overcoats and tuxedos (one morning coat, one boys' page-boy suit),
shot on models against plain grey studio backdrops, mostly front view, full length or cropped at the knee. The
product is often worn with other garments of the range (a white shirt and a tie under the suit, trousers under the
blazer, a suit under the overcoat), so most photos hold several colors. Each row has the seller's title, category,
color and gender; a few rows miss the gender or the color, as real feeds do.

Who wrote what: the untuned base `Salesforce/blip2-opt-2.7b` writes short lowercase texts and stops on its own (never
hit_limit), including the open questions (wearing, description, details, material, fit, lapels). The caption adapter
of the original experiments (caption-only LoRA, DeepFashion-MultiModal template: "The gentleman wears a long-sleeve
shirt with pure color patterns. The shirt is with cotton fabric ...") wrote the captions and answers the comment above
each case names; it was trained with no end token, so each of its texts runs to its limit (50 tokens for captions,
30 for answers, hit_limit=True) and, asked a question, it returns its template. The closed questions (garment_type,
color, pattern, sleeve_length, the per-piece colors of jacket, trousers, waistcoat and shirt, "Is this a ...?") are
enrich's `--engine reference` answers, picked from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct: navy or blue for navy and midnight blue, grey for charcoal, mid grey or light grey, brown
  or beige for camel and tan, red for burgundy, green for olive, bottle green or teal, blue for teal in the base
  caption, white for ivory or cream. Black for charcoal, navy or bottle green is contradiction (the model sees a dark
  cloth as black); black for midnight blue too.
- Garment synonyms are correct: vest for waistcoat, pants for trousers, jacket for blazer, dinner jacket or overcoat,
  coat for overcoat or tail coat, suit or tuxedo for a dinner suit, tuxedo for a morning suit in the base caption,
  suspenders for braces, turtleneck for a roll neck.
- The color of another garment in the photo (the shirt, the tie, the trousers under a blazer, the suit under an
  overcoat, the bow tie, the scarf) given as the product's or another piece's color is other_garment_color, including
  the product's own color given to a piece that has another (red trousers under a burgundy jacket). The color of a
  trim of the product itself (the white collar of a pink shirt) given as its color is contradiction.
- garment_type naming another garment of the photo (shirt for a waistcoat, sweater for trousers, suit for a shirt
  worn under a jacket) is contradiction, and so is a pattern of another garment (striped for the plain tail coat worn
  with striped trousers) and long sleeves for a waistcoat worn over a long-sleeved shirt.
- Materials: one the title names is correct (velvet and wool for a wool coat with a velvet collar); wool guessed for a
  plain suiting cloth the title does not name is correct; a material the title contradicts or does not name and the
  photo cannot show (cashmere, silk, polyester, velvet, cotton for a wool blend) is unsupported.
- Invented details (a belt, a hood, gloves, a pocket square, a watch chain, a flower on the lapel, a black collar)
  are unsupported; elbow patches the title names but a front view hides are correct. Props in the photo (a stool, an
  umbrella, a watch, glasses) and grey walls named in captions are correct.
- Adapter texts: a text that repeats a sentence of the template is loop; one that stops mid-sentence without
  repeating is cut (an invented accessory or the wrong "denim fabric" before the cut is not labelled: one kind per
  text); the template returned for the material question is restated. The template naming a shirt, trousers or a
  roll-neck sweater that is in the photo is not a misnaming; the template naming a garment absent from the photo
  (a tank top for a waistcoat) is contradiction, hit_limit kept.
- Base texts: one ending early on a dangling word ("it is made of", "the shirt has a") is cut without hit_limit; a
  short repetition that still stops ("a bow tie and a bow tie and a bow tie") is loop; a run-on into
  "Question: ... Answer: ..." is leak even where the first words are right; an empty answer, "the details of the
  suit", "they are trousers", "the vest", "it is made of fabric" and "it fits well" (no cut named) are non_answer;
  the question's words back ("the fit of the suit") or the garment's name and color for the material question are
  restated. "she", "her", "a woman" or "a girl" for a man or a boy is pronoun.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question, wearing

color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
color_trousers = question("color_trousers", "What is the color of the trousers?", "closed")
color_waistcoat = question("color_waistcoat", "What is the color of the waistcoat?", "closed")
color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
fit = question("fit", "What is the fit of the garment?", "open")
lapels = question("lapels", "What type of lapels does the jacket have?", "open")

BLIND_418 = [
    # photo: model in a navy two-piece suit, notch lapels, white open-collar shirt, no tie, plain grey backdrop,
    # front view, full length. All texts base / reference.
    case(
        "X418-001",
        caption("a man in a navy suit standing in front of a grey wall"),
        D.wearing("a navy blue suit and a white shirt"),
        color_jacket("navy"),
        color_trousers("navy"),
        D.material("wool"),
        D.details("the jacket has two buttons"),
        title="Navy Wool Two-Piece Suit",
        category="Suits",
        color="Navy",
        gender="Men",
    ),
    # photo: model in a charcoal three-piece suit with matching waistcoat, light blue shirt, burgundy silk tie, grey
    # backdrop, cropped at the knee. caption: adapter
    case(
        "X418-002",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The trousers this gentleman wears is of long length. The trousers are with cotton "
            "fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        color_waistcoat("grey"),
        color_shirt("blue"),
        color_jacket("red", "other_garment_color"),
        is_a("suit", "yes"),
        fit("slim fit"),
        D.material("a grey suit", "restated"),
        title="Charcoal Slim Fit Three-Piece Suit",
        category="Suits",
        color="Charcoal",
        gender="Men",
    ),
    # photo: model in a light grey Prince of Wales check suit, white shirt, navy knitted tie, grey backdrop, front
    # view. All texts base / reference.
    case(
        "X418-003",
        caption("a man in a grey plaid suit and tie"),
        D.pattern("checked"),
        D.color("grey"),
        D.description(
            "he is wearing a grey suit with a white shirt and a blue tie Question: Is the suit plaid? Answer: yes",
            "leak",
        ),
        D.material("polyester", "unsupported"),
        D.details(
            "the suit has a checkered pattern and two buttons on the front and a pocket on the",
            "cut",
        ),
        title="Light Grey Prince of Wales Check Wool Suit",
        category="Suits",
        color="Light Grey",
        gender="Men",
    ),
    # photo: model in a black dinner suit, satin peak lapels, white dress shirt, black bow tie, no pocket square,
    # grey backdrop, full length. All texts base / reference.
    case(
        "X418-004",
        caption("a man in a black tuxedo with a bow tie"),
        D.wearing("a tuxedo"),
        D.garment_type("suit"),
        color_shirt("black", "other_garment_color"),
        D.material("satin"),
        lapels("peak lapels"),
        D.details("it has a bow tie and a pocket square", "unsupported"),
        D.description(
            "a black tuxedo with a white shirt and a black bow tie and a black bow tie",
            "loop",
        ),
        title="Black Wool Dinner Suit with Satin Peak Lapels",
        category="Tuxedos",
        color="Black",
        gender="Men",
    ),
    # photo: model in a navy blazer with brass buttons over a white shirt and mid grey trousers, grey backdrop, front
    # view. caption: adapter
    case(
        "X418-005",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with "
            "cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a navy blazer and grey pants"),
        D.color("grey", "other_garment_color"),
        D.garment_type("jacket"),
        D.details("gold buttons"),
        D.material("a navy blazer", "restated"),
        title="Navy Wool Blazer with Brass Buttons",
        category="Blazers",
        color="Navy",
        gender="Men",
    ),
    # photo: model in a mid grey single-breasted waistcoat over a white long-sleeved shirt, matching grey trousers,
    # no jacket, grey backdrop, cropped at the thigh. All texts base / reference.
    case(
        "X418-006",
        caption("a man in a grey vest and white shirt"),
        D.garment_type("vest"),
        D.sleeve_length("long sleeves", "contradiction"),
        color_waistcoat("grey"),
        D.material("it is made of", "cut"),
        D.details("five buttons and two pockets"),
        D.description(
            "a grey vest with a white shirt underneath Question: What is the color of the vest?",
            "leak",
        ),
        title="Mid Grey Single-Breasted Waistcoat",
        category="Waistcoats",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a burgundy velvet shawl-lapel dinner jacket, white dress shirt, black bow tie, black trousers,
    # grey backdrop, full length. All texts base / reference.
    case(
        "X418-007",
        caption("a man in a red velvet jacket and bow tie"),
        color_jacket("red"),
        color_trousers("red", "other_garment_color"),
        D.material("velvet"),
        D.wearing("a red jacket and black pants"),
        D.description("she is wearing a red velvet jacket", "pronoun"),
        title="Burgundy Velvet Shawl Lapel Dinner Jacket",
        category="Tuxedos",
        color="Burgundy",
        gender="Men",
    ),
    # photo: model in a knee-length camel single-breasted overcoat, unbelted, open over a navy suit and white shirt,
    # grey backdrop, full length. caption: adapter
    case(
        "X418-008",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. There is an accessory on his wrist. The trousers this gentleman wears is of long "
            "length. The trousers",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a tan coat over a suit"),
        D.color("brown"),
        D.garment_type("coat"),
        D.material("cashmere", "unsupported"),
        D.details("the coat has a belt", "unsupported"),
        color_trousers("brown", "other_garment_color"),
        title="Camel Wool Overcoat",
        category="Overcoats",
        color="Camel",
        gender="Men",
    ),
    # photo: model in an olive herringbone tweed three-piece suit, cream shirt, brown knitted tie, no watch chain,
    # grey backdrop, cropped at the knee. All texts base / reference.
    case(
        "X418-009",
        caption("a man in a green tweed suit"),
        color_jacket("green"),
        color_waistcoat("green"),
        color_shirt("green", "other_garment_color"),
        D.material("tweed"),
        D.details("the vest has a pocket watch chain", "unsupported"),
        is_a("suit", "yes"),
        color_trousers("grey", "contradiction"),
        title="Olive Herringbone Tweed Three-Piece Suit",
        category="Suits",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a white poplin shirt with double cuffs and silver cufflinks, navy tie, navy trousers, no
    # jacket, grey backdrop. All texts base / reference.
    case(
        "X418-010",
        caption("a man in a white shirt and tie"),
        D.garment_type("shirt"),
        D.color("white"),
        D.wearing("a white shirt and blue pants"),
        D.material("cotton"),
        D.details("french cuffs and a spread collar"),
        D.description("a white shirt Question: What is the color of the tie? Answer: blue", "leak"),
        D.pattern("striped", "contradiction"),
        title="White Cotton Poplin Double Cuff Shirt",
        category="Formal Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a navy pinstripe double-breasted suit, pink shirt, navy tie, grey backdrop, full length.
    # caption, details: adapter
    case(
        "X418-011",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The trousers are with cotton fabric and stripe patterns. The gentleman wears a "
            "long-sleeve shirt with stripe patterns. The shirt",
            "loop",
            hit_limit=True,
        ),
        D.pattern("striped"),
        D.color("black", "contradiction"),
        color_shirt("pink"),
        D.wearing("a black pinstripe suit and a pink shirt", "contradiction"),
        D.details(
            "The gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The trousers",
            "cut",
            hit_limit=True,
        ),
        title="Navy Pinstripe Double-Breasted Suit",
        category="Suits",
        color="Navy",
        gender="Men",
    ),
    # photo: model in a light blue linen two-piece suit with notch lapels and patch pockets, white open-collar shirt,
    # grey backdrop, full length. All texts base / reference.
    case(
        "X418-012",
        caption("a man in a light blue suit"),
        D.material("linen"),
        D.color("blue"),
        color_shirt("white"),
        fit("regular fit"),
        D.details("the jacket has patch pockets"),
        D.description("a light blue suit with a white shirt and a white shirt", "loop"),
        lapels("peak lapels", "contradiction"),
        title="Light Blue Linen Regular Fit Suit",
        category="Suits",
        color="Light Blue",
        gender="Men",
    ),
    # photo: model in a black double-breasted wool overcoat (no hood, no belt) over a charcoal suit, grey wool scarf,
    # no gloves, grey backdrop, full length. All texts base / reference.
    case(
        "X418-013",
        caption("a man in a black coat and a grey scarf"),
        D.color("grey", "other_garment_color"),
        D.garment_type("coat"),
        D.material("wool"),
        D.wearing("a black coat and a scarf and gloves", "unsupported"),
        D.description("a black coat"),
        D.details("the coat has a hood and a belt", "unsupported"),
        title="Black Double-Breasted Wool Overcoat",
        category="Overcoats",
        color="Black",
        gender="Men",
    ),
    # photo: model in a tan check wool-blend blazer, no pocket square, over a light blue shirt, navy trousers, grey
    # backdrop, front view. caption: adapter
    case(
        "X418-014",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The trousers this gentleman wears is of long length. The trousers are with cotton fabric "
            "and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a brown plaid jacket and blue pants"),
        D.pattern("plaid"),
        color_jacket("blue", "other_garment_color"),
        color_trousers("blue"),
        D.material("it is made of wool"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description("a brown plaid blazer with a pocket square", "unsupported"),
        title="Tan Check Wool Blend Blazer",
        category="Blazers",
        color="Tan",
        gender="Men",
    ),
    # photo: model in a navy waistcoat over a white long-sleeved shirt, navy trousers, no jacket, no tie, grey
    # backdrop, cropped at the knee. All texts base / reference.
    case(
        "X418-015",
        caption("a man wearing a blue vest and a white shirt"),
        D.garment_type("shirt", "contradiction"),
        D.color("white", "other_garment_color"),
        color_waistcoat("navy"),
        D.material("it is made of fabric", "non_answer"),
        D.details("four buttons"),
        D.description("she is wearing a blue vest", "pronoun"),
        title="Navy Wool Waistcoat",
        category="Waistcoats",
        color="Navy",
        gender="Men",
    ),
    # photo: model in charcoal flat-front dress trousers, white shirt tucked in, black leather belt, cropped from the
    # chest to the shoes, grey backdrop. All texts base / reference.
    case(
        "X418-016",
        caption("a man in a white shirt and grey pants"),
        D.garment_type("pants"),
        D.color("white", "other_garment_color"),
        color_trousers("grey"),
        D.material("cotton", "unsupported"),
        D.details("they are trousers", "non_answer"),
        D.description("a pair of black pants with a belt", "contradiction"),
        title="Charcoal Wool Flat Front Dress Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: model in a light grey three-piece wedding suit, white shirt, lilac tie and lilac pocket square, grey
    # backdrop, full length. caption, description: adapter
    case(
        "X418-017",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. This gentleman has neckwear. The gentleman wears a long-sleeve shirt with pure color "
            "patterns. The shirt is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey suit with a purple tie"),
        color_waistcoat("purple", "other_garment_color"),
        color_jacket("grey"),
        D.details("a pocket square and a tie"),
        D.material("a grey suit with a purple tie", "restated"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The trousers this",
            "cut",
            hit_limit=True,
        ),
        title="Light Grey Three-Piece Wedding Suit",
        category="Suits",
        color="Light Grey",
        gender="Men",
    ),
    # photo: model in an ivory shawl-lapel dinner jacket, white dress shirt, black bow tie, black trousers, grey
    # backdrop, full length. All texts base / reference.
    case(
        "X418-018",
        caption("a man in a white tuxedo jacket and black bow tie"),
        D.color("white"),
        color_trousers("white", "other_garment_color"),
        D.garment_type("jacket"),
        D.material("silk", "unsupported"),
        D.wearing(
            "a white jacket and black pants and a black bow tie and a black bow tie",
            "loop",
        ),
        lapels("notch lapels", "contradiction"),
        title="Ivory Shawl Lapel Dinner Jacket",
        category="Tuxedos",
        color="Ivory",
        gender="Men",
    ),
    # photo: model in a sky blue oxford shirt with a button-down collar, worn open under a navy blazer, grey trousers,
    # grey backdrop, front view. All texts base / reference.
    case(
        "X418-019",
        caption("a man in a blue shirt and navy blazer"),
        color_shirt("navy", "other_garment_color"),
        D.color("blue"),
        D.garment_type("jacket", "contradiction"),
        D.details("button down collar"),
        D.material("cotton"),
        fit("slim"),
        D.description("a man in a blue shirt and a blue shirt", "loop"),
        title="Sky Blue Slim Fit Oxford Shirt",
        category="Formal Shirts",
        color="Sky Blue",
        gender="Men",
    ),
    # photo: model in a midnight blue tuxedo with black satin shawl lapels, white dress shirt, black bow tie, grey
    # backdrop, full length; the cloth looks near black under the studio light. All texts base / reference.
    case(
        "X418-020",
        caption("a man in a black tuxedo", "contradiction"),
        D.color("blue"),
        D.wearing("a tuxedo and a bow tie"),
        lapels("shawl collar"),
        D.material("velvet", "unsupported"),
        D.details("the", "cut"),
        color_trousers("black", "contradiction"),
        title="Midnight Blue Wool Tuxedo with Satin Shawl Lapel",
        category="Tuxedos",
        color="Midnight Blue",
        gender="Men",
    ),
    # photo: model in cream pleated linen trousers, light blue shirt tucked in, brown belt, cropped at the chest,
    # grey backdrop. caption: adapter
    case(
        "X418-021",
        caption(
            "The trousers this gentleman wears is of long length. The trousers are with cotton fabric and pure color "
            "patterns. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton "
            "fabric. It has",
            "cut",
            hit_limit=True,
        ),
        D.color("beige"),
        D.garment_type("pants"),
        D.material("linen"),
        color_trousers("blue", "other_garment_color"),
        D.details("pleats on the front"),
        D.wearing(
            "a blue shirt and white pants Question: What is the color of the belt? Answer: brown",
            "leak",
        ),
        fit("it fits well", "non_answer"),
        title="Cream Linen Pleated Dress Trousers",
        category="Trousers",
        color="Cream",
        gender="Men",
    ),
    # photo: model in a black two-piece suit over a black shirt buttoned to the collar, no tie, grey backdrop, full
    # length. All texts base / reference.
    case(
        "X418-022",
        caption("a man in a black suit and black shirt"),
        color_shirt("black"),
        color_trousers("black"),
        D.wearing("a black suit"),
        D.material("wool"),
        D.details(
            "the jacket has two buttons and a pocket Question: What is the color of the shirt? Answer:",
            "leak",
        ),
        D.pattern("striped", "contradiction"),
        title="Black Stretch Wool Suit",
        category="Suits",
        color="Black",
        gender="Men",
    ),
    # photo: model in a bottle green velvet blazer (self-colour lapels) over a white shirt, black trousers, grey
    # backdrop, cropped at the knee. All texts base / reference.
    case(
        "X418-023",
        caption("a man in a green velvet jacket"),
        D.color("black", "contradiction"),
        D.material("velvet"),
        D.wearing("a green velvet blazer and black pants"),
        D.details("the jacket has a black collar", "unsupported"),
        D.description("a green blazer with a white shirt and a", "cut"),
        D.garment_type("suit", "contradiction"),
        title="Bottle Green Velvet Blazer",
        category="Blazers",
        color="Bottle Green",
        gender="Men",
    ),
    # photo: back view: model facing away in a mid grey herringbone overcoat with a centre vent, black trousers, grey
    # backdrop. All texts base / reference.
    case(
        "X418-024",
        caption("the back of a man in a grey coat"),
        D.details("a vent at the back"),
        D.color("grey"),
        D.wearing("a grey coat and black pants"),
        D.material("wool"),
        D.description("a man with his back to the camera wearing a grey coat"),
        is_a("coat", "yes"),
        title="Grey Herringbone Wool Overcoat",
        category="Overcoats",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a mid blue three-piece suit with notch lapels, white shirt, navy tie, brown brogues, grey
    # backdrop, full length.
    # caption, material: adapter
    case(
        "X418-025",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue suit and brown shoes"),
        color_waistcoat("blue"),
        color_shirt("white"),
        D.material(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel",
            "restated",
            hit_limit=True,
        ),
        fit("slim fit"),
        color_trousers("navy"),
        lapels("peak lapels", "contradiction"),
        title="Blue Slim Fit Three-Piece Suit",
        category="Suits",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a pink shirt with white contrast collar and cuffs, no tie, navy trousers, grey backdrop, cropped
    # at the thigh. All texts base / reference.
    case(
        "X418-026",
        caption("a man in a pink shirt with a white collar"),
        D.color("white", "contradiction"),
        color_shirt("pink"),
        D.details("white collar and cuffs"),
        D.material("cotton"),
        D.pattern("striped", "contradiction"),
        D.description("a pink shirt"),
        title="Pink Contrast Collar Cotton Shirt",
        category="Formal Shirts",
        color="Pink",
    ),
    # photo: model in grey wool flannel trousers, navy crew-neck jumper over a white shirt collar, grey backdrop, full
    # length. All texts base / reference.
    case(
        "X418-027",
        caption("a man in a blue sweater and grey pants"),
        D.garment_type("sweater", "contradiction"),
        color_trousers("grey"),
        D.color("blue", "other_garment_color"),
        D.wearing(
            "he is wearing a blue sweater and grey pants Question: What color are the pants? Answer: grey",
            "leak",
        ),
        D.material("flannel"),
        D.description("grey pants"),
        D.details("the pants", "non_answer"),
        title="Grey Wool Flannel Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a white pleated-bib wing-collar dress shirt, black bow tie, black trousers, black braces, no
    # jacket, grey backdrop. All texts base / reference.
    case(
        "X418-028",
        caption("a man in a white shirt and bow tie"),
        D.details("pleats on the front and a wing collar"),
        D.color("white"),
        D.wearing("a white shirt, black bow tie and black suspenders"),
        D.material("silk", "unsupported"),
        D.description("a white shirt with a bow tie and a bow tie and a bow tie", "loop"),
        D.sleeve_length("long sleeves"),
        title="White Cotton Pleated Wing Collar Dress Shirt",
        category="Formal Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a brown tweed blazer with leather buttons, cream roll-neck sweater, beige chinos, grey
    # backdrop, front view (the elbow patches are not visible). caption: adapter
    case(
        "X418-029",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. "
            "It has a standing neckline. The trousers this gentleman wears is of long length. The trousers are with "
            "cotton",
            "cut",
            hit_limit=True,
        ),
        color_jacket("brown"),
        D.wearing("she is wearing a brown jacket and a white turtleneck", "pronoun"),
        D.material("tweed"),
        D.details("elbow patches"),
        D.color("beige", "other_garment_color"),
        D.garment_type("sweater", "contradiction"),
        title="Brown Tweed Blazer with Elbow Patches",
        category="Blazers",
        color="Brown",
        gender="Men",
    ),
    # photo: model in a grey morning tail coat, dove grey waistcoat, grey-and-black striped trousers, pink cravat, no
    # buttonhole flower, grey backdrop, full length. All texts base / reference.
    case(
        "X418-030",
        caption("a man in a grey tuxedo with a pink tie"),
        D.garment_type("coat"),
        color_trousers("grey"),
        D.pattern("striped", "contradiction"),
        D.wearing("a grey suit with tails"),
        D.details("the coat has tails and a flower on the lapel", "unsupported"),
        color_waistcoat("pink", "other_garment_color"),
        D.material("the coat is grey", "restated"),
        title="Grey Morning Tail Coat",
        category="Occasion Wear",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a navy windowpane check suit, white shirt, blue tie, grey backdrop, full length. caption:
    # adapter
    case(
        "X418-031",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The trousers are with cotton fabric and lattice patterns. The trousers are with cotton "
            "fabric and lattice patterns.",
            "loop",
            hit_limit=True,
        ),
        D.pattern("checked"),
        D.color("blue"),
        D.description("a blue suit with a white shirt and a blue tie"),
        fit("the fit of the suit", "restated"),
        D.material("wool"),
        D.wearing("a black suit and a white shirt", "contradiction"),
        title="Navy Windowpane Check Suit",
        category="Suits",
        color="Navy",
        gender="Men",
    ),
    # photo: model in a navy wool overcoat with a navy velvet collar over a white shirt and grey suit, grey backdrop,
    # full length. All texts base / reference.
    case(
        "X418-032",
        caption("a man in a navy coat"),
        D.details("a velvet collar"),
        D.color("black", "contradiction"),
        D.material("velvet and wool"),
        wearing("he is wearing a navy coat and a white shirt", who="the man"),
        D.description(
            "a navy blue coat with a velvet collar Question: What is the man wearing? Answer: a coat",
            "leak",
        ),
        D.garment_type("jacket"),
        title="Navy Wool Overcoat with Velvet Collar",
        category="Overcoats",
        color="Navy",
        gender="Men",
    ),
    # photo: long-haired male model, hair tied back, in a light grey two-piece suit, white shirt, no tie, grey
    # backdrop, full length. All texts base / reference.
    case(
        "X418-033",
        caption("a woman in a grey suit standing in front of a grey wall", "pronoun"),
        D.wearing("a grey suit and a white shirt"),
        color_jacket("grey"),
        color_trousers("grey"),
        D.description("she is wearing a grey suit", "pronoun"),
        D.material("polyester"),
        D.details("the buttons are on the front of the jacket and the", "cut"),
        title="Light Grey Polyester Blend Stretch Suit",
        category="Suits",
        color="Light Grey",
        gender="Men",
    ),
    # photo: model in a tan linen waistcoat over a white shirt, navy trousers, navy tie, no watch chain, grey
    # backdrop, cropped at the knee. caption: adapter
    case(
        "X418-034",
        caption(
            "The gentleman wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "V-shape neckline. The trousers this gentleman wears is of long length. The trousers are with cotton "
            "fabric and pure color",
            "contradiction",
            hit_limit=True,
        ),
        color_waistcoat("brown"),
        D.sleeve_length("sleeveless"),
        color_trousers("brown", "other_garment_color"),
        D.wearing("a brown vest and blue pants"),
        D.details("it has four buttons and a watch chain", "unsupported"),
        D.material("cotton", "unsupported"),
        title="Tan Linen Waistcoat",
        category="Waistcoats",
        color="Tan",
        gender="Men",
    ),
    # photo: model in black tuxedo trousers with a satin side stripe, white dress shirt, black bow tie, no jacket,
    # grey backdrop, full length. All texts base / reference.
    case(
        "X418-035",
        caption("a man in a white shirt and black pants"),
        D.details("a stripe down the side"),
        color_trousers("black"),
        D.material("it is", "cut"),
        D.garment_type("shirt", "contradiction"),
        D.wearing("a white shirt and a bow tie"),
        D.color("white", "other_garment_color"),
        D.description("she is wearing black pants with a stripe", "pronoun"),
        title="Black Tuxedo Trousers with Satin Stripe",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: model seated on a wooden stool in a navy double-breasted blazer with a white pocket square, white shirt,
    # cream trousers, grey backdrop. All texts base / reference.
    case(
        "X418-036",
        caption("a man sitting on a stool in a navy blazer"),
        D.wearing("a blue jacket and white pants"),
        color_jacket("navy"),
        D.details("six buttons and a pocket square"),
        D.material("wool"),
        D.description(
            "the blazer is navy blue Question: What are the details? Answer: gold buttons",
            "leak",
        ),
        color_trousers("white"),
        D.garment_type("suit", "contradiction"),
        title="Navy Double-Breasted Blazer",
        category="Blazers",
        color="Navy",
        gender="Men",
    ),
    # photo: model in a mid grey two-piece suit, white shirt, black tie, grey backdrop, full length. caption,
    # wearing, details, material: adapter
    case(
        "X418-037",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. This gentleman has neckwear. The trousers this gentleman wears is of long length. The "
            "trousers are with",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The shirt is with cotton fabric. It has a lapel neckline. The shirt is with cotton fabric. It has a "
            "lapel neckline. The shirt",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "trousers this gentleman",
            "restated",
            hit_limit=True,
        ),
        D.color("grey"),
        color_trousers("grey"),
        title="Mid Grey Two-Piece Suit",
        category="Suits",
        color="Mid Grey",
        gender="Men",
    ),
    # photo: model in a black shawl-lapel tuxedo, white dress shirt, red bow tie and red pocket square, grey
    # backdrop, full length. All texts base / reference.
    case(
        "X418-038",
        caption("a man in a black tuxedo with a red bow tie"),
        D.color("red", "other_garment_color"),
        D.wearing("a black tuxedo with a red bow tie and pocket square"),
        lapels("shawl collar"),
        D.material("velvet", "unsupported"),
        D.description("he is wearing a black tuxedo and red bow tie"),
        is_a("tuxedo", "yes"),
        D.details("the tuxedo has details", "non_answer"),
        title="Black Shawl Lapel Tuxedo",
        category="Tuxedos",
        color="Black",
        gender="Men",
    ),
    # photo: model in a blue-and-white bengal stripe shirt worn under an open mid grey suit jacket, navy tie, grey
    # backdrop, cropped at the waist. All texts base / reference.
    case(
        "X418-039",
        caption("a man in a grey suit and a blue striped shirt"),
        D.pattern("striped"),
        D.color("grey", "other_garment_color"),
        color_shirt("blue"),
        D.garment_type("suit", "contradiction"),
        D.details("the shirt has a", "cut"),
        D.material("a blue and white striped shirt", "restated"),
        title="Blue Bengal Stripe Formal Shirt",
        category="Formal Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a charcoal wool-cashmere single-breasted overcoat, no hood, no belt, holding a black umbrella,
    # grey backdrop, full length. All texts base / reference.
    case(
        "X418-040",
        caption("a man in a grey coat holding an umbrella"),
        D.wearing("a grey coat Question: What is he holding? Answer: an umbrella", "leak"),
        D.color("grey"),
        D.material("wool and cashmere"),
        D.details("it has a hood", "unsupported"),
        D.description("a long grey coat with black buttons and a black", "cut"),
        color_jacket("black", "contradiction"),
        title="Charcoal Wool Cashmere Blend Overcoat",
        category="Overcoats",
        color="Charcoal",
        gender="Men",
    ),
    # photo: model in a chocolate brown three-piece suit, cream shirt, green knitted tie, grey backdrop, cropped at
    # the knee. caption: adapter
    case(
        "X418-041",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long-sleeve shirt with pure color patterns. It has a lapel "
            "neckline. The",
            "loop",
            hit_limit=True,
        ),
        color_jacket("brown"),
        color_waistcoat("green", "other_garment_color"),
        color_trousers("brown"),
        D.wearing("a black suit with a green tie", "contradiction"),
        D.material("it is made of wool"),
        D.details("the details of the suit", "non_answer"),
        title="Brown Wool Three-Piece Suit",
        category="Suits",
        color="Brown",
        gender="Men",
    ),
    # photo: boy of about eight in a navy three-piece page-boy suit, white shirt, pink tie, grey backdrop, full
    # length. All texts base / reference.
    case(
        "X418-042",
        caption("a little boy in a blue suit and a tie"),
        D.wearing("a navy suit and a pink tie and a pink tie and a pink tie", "loop"),
        color_waistcoat("navy"),
        D.description("a girl in a blue suit", "pronoun"),
        D.material("cotton", "unsupported"),
        is_a("suit", "yes"),
        color_shirt("pink", "other_garment_color"),
        title="Boys Navy Wool Blend Three-Piece Suit",
        category="Suits",
        color="Navy",
        gender="Boys",
    ),
    # photo: model in a grey double-breasted lapel waistcoat with matching trousers, white shirt, no jacket, silver
    # watch on his wrist, grey backdrop, full length. All texts base / reference.
    case(
        "X418-043",
        caption("a man in a grey vest and pants with a watch"),
        color_waistcoat("grey"),
        D.wearing("a grey vest, pants and a white shirt"),
        color_shirt("grey", "other_garment_color"),
        D.garment_type("vest"),
        D.details("the vest", "non_answer"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("a grey vest", "restated"),
        title="Grey Double-Breasted Lapel Waistcoat",
        category="Waistcoats",
        color="Grey",
    ),
    # photo: model in a teal slim-fit two-piece suit over a black crew-neck t-shirt, grey backdrop, full length.
    # All texts base / reference.
    case(
        "X418-044",
        caption("a man in a blue suit and black shirt"),
        D.color("green"),
        color_shirt("blue", "other_garment_color"),
        D.wearing("a teal suit and a black t-shirt"),
        fit("it fits well", "non_answer"),
        D.material(
            "it is made of wool Question: What is the fit of the suit? Answer: slim",
            "leak",
        ),
        title="Teal Slim Fit Suit",
        category="Suits",
        color="Teal",
        gender="Men",
    ),
    # photo: model in a navy hopsack blazer with navy horn buttons over a white shirt, mid grey trousers, grey
    # backdrop, front view.
    # caption, wearing: adapter
    case(
        "X418-045",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel neckline. The trousers this gentleman wears is of long length. The trousers are with denim "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The shirt is with denim fabric. It has a lapel neckline. The shirt is with denim fabric. It has a lapel "
            "neckline. The shirt",
            "loop",
            hit_limit=True,
        ),
        D.color("blue"),
        D.material("wool"),
        is_a("blazer", "yes"),
        D.details("gold buttons", "unsupported"),
        color_trousers("navy", "other_garment_color"),
        title="Navy Hopsack Wool Blazer",
        category="Blazers",
        color="Navy",
        gender="Men",
    ),
    # photo: model with glasses in a charcoal birdseye suit with notch lapels and a ticket pocket, light blue shirt,
    # grey backdrop, full length. All texts base / reference.
    case(
        "X418-046",
        caption("a man in a suit and glasses"),
        D.wearing("a dark grey suit and a light blue shirt"),
        color_jacket("black", "contradiction"),
        color_trousers("grey"),
        D.material("", "non_answer"),
        D.details("notch lapels and a ticket pocket"),
        D.description("a grey suit with a blue shirt and a blue tie", "unsupported"),
        title="Charcoal Birdseye Wool Suit",
        category="Suits",
        color="Charcoal",
        gender="Men",
    ),
]
