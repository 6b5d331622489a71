"""BLIND_210 (46 products; men's formal and office wear: suits, blazers, waistcoats, shirts, trousers, ties, coats):
written blind in the fortieth session. Measured blind at 170b32e (the session's rules as they stood): 84/134 failures
found (62.7%) and 9/174 correct texts flagged (5.2%). The writer's notes, verbatim:

Scenario: a European department store's English catalog feed of men's formal and office wear: two- and three-piece
suits, dinner suits, blazers and dinner jackets, waistcoats, formal shirts, suit and chino trousers, ties and bow
ties, overcoats. Most photos are studio shots of a model in a layered outfit (a shirt under a blazer, a tie, trousers
of another color, a coat over a suit); some shirts are flat-lays, folded with a tie laid on them, and some ties are
product shots on a plain ground. Seller colors are the store's own words (Navy, Charcoal, Mid Grey, Stone, Camel,
Bottle Green, Lilac, Ivory, Navy/Red). Each row has title, category, color and gender; a few miss the gender.

Who wrote what: captions come from either the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in
a navy suit and tie ...") or the caption-only LoRA adapter of the original experiments (the DeepFashion template,
"The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric ..."). The adapter
has no end-of-answer token, so every adapter text runs to its limit (50 new tokens for captions, 30 for answers),
carries hit_limit=True and returns its template to whatever it is asked. Open questions (wearing, description,
details, material, the set's lapel/collar questions) come from the base model unless the comment says the adapter
answered them; the base model stops on its own and never has hit_limit. Closed questions (garment_type, color,
pattern, sleeve_length, the per-piece color questions, "Is this a ...?") are enrich's `--engine reference` answers,
picked from candidate sets: they never loop or get cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy or cobalt, grey for charcoal, mid grey, silver,
  brown/tan/beige for camel, khaki or beige for stone, red for burgundy, purple for lilac, white for ivory or cream,
  green for bottle green. Black for charcoal or for navy is contradiction (a different color, not a shade).
- The color of another piece of the outfit given as the product's color (the shirt's white for a blazer, the
  blazer's navy for the shirt under it, the tie's color for the shirt it lies on, the suit's grey for the tie, the
  scarf's grey for the coat) is other_garment_color, and so is a per-piece question answered with another piece's
  color (the blazer's brown for the shirt under it, the shirt's white for the trousers). One color given to every
  piece of the outfit ("a grey shirt, grey pants and a grey jacket", "a pink shirt and a pink vest") is
  contradiction. A color taken from the wall, a brick backdrop or a plant prop is contradiction (no garment in the
  photo has it).
- Garment synonyms count as correct: jacket or blazer for a blazer, vest for a waistcoat, tuxedo for a dinner suit,
  coat for an overcoat, pants for trousers, chinos for chino trousers, checkered/plaid/checked for a check, gingham
  or Prince of Wales check, tie for a bow tie. "Jeans" for suit trousers, "jacket" for a waistcoat, a suit for a
  blazer worn with trousers of another color, and "suit" as the garment type of a tie are contradiction.
- A tie product photographed on a model: the caption and wearing answers naming the whole outfit are correct; a
  shirt photographed under a blazer and called "a suit and tie" in a torso crop (trousers not visible) is correct.
- The flat-lay shirt's pattern answered from the striped tie lying on it is contradiction; "long sleeves" for a
  waistcoat (the shirt's sleeves) or for a short-sleeve shirt is contradiction; pleats answered "striped" is
  contradiction; paisley answered "floral" is contradiction.
- Invented items or construction details not in the photo (a pocket square, a tie clip, a pocket-watch chain, elbow
  patches on a front view, a fur collar, a hat, shoes on a photo cropped at the thigh, pleats on flat-front chinos,
  a button-down collar on a spread collar, a pattern on a plain satin tie) are unsupported. A wrong material where
  the title names another one (silk for a cotton shirt, cotton for a silk tie or a wool blazer, leather for a wool
  coat) is unsupported; a plausible guess where the title names none (cotton for a shirt or an unlabelled suit) is
  correct.
- Adapter texts: one that repeats a sentence of the template is a loop; one that stops mid-sentence without
  repeating is cut. The template naming the visible shirt (under a jacket or a waistcoat) and not the product is not
  counted as misnaming: it is labelled cut or loop. An invented accessory or wrong fabric inside a cut template is
  labelled cut (one kind per text). The template returned for the material question is restated.
- Base answers: "it is made of" is cut (no hit_limit); an empty answer, "the details of the suit", "they are pants"
  and "the suit has a lot of details" are non_answer; the garment's own name given as its details, or its name and
  color given as its material, is restated. A base answer that runs on into "Question: ... Answer: ..." is leak,
  even where its first words are right. "she" for a man's product is pronoun. A base answer looping a phrase that
  still ends on its own is loop, without hit_limit.
- A flat-lay or a tie product asked "What is the person wearing?" and answered with the items shown is correct.
- Also unsupported: a material neither named nor visible (velvet on a plain ivory dinner jacket, denim on a gingham
  shirt). "yes", "i don't know" and a bare color for the collar type are non_answer; "she" or "her" is pronoun.
  The reference engine's "suit" for a tie or an overcoat, "scarf" for a rolled tie, "no" to "Is this a blazer?" for
  a blazer, and a check given to the plain trousers ("blue plaid pants") are contradiction.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question

lapel = question("lapel", "What type of lapel does the jacket have?", "open")
collar = question("collar", "What type of collar does the shirt have?", "open")

BLIND_210 = [
    # photo: model in a navy two-piece wool suit, white shirt, burgundy tie, black shoes, full length, plain light
    # grey backdrop.
    # adapter: none
    case(
        "X210-001",
        caption("a man in a navy suit and tie standing in front of a grey wall"),
        D.wearing("a suit and tie"),
        D.color("navy"),
        color_of("tie", "red"),
        D.details("two buttons and a notch lapel"),
        D.material("wool"),
        color_of("shirt", "blue", "other_garment_color"),
        title="Navy Wool Slim Fit Suit",
        category="Suits",
        color="Navy",
        gender="Men",
    ),
    # photo: model in a charcoal chalk-stripe suit, light blue shirt, navy tie, full length, mid grey backdrop.
    # caption: adapter
    case(
        "X210-002",
        caption(
            "The gentleman's upper clothing has long sleeves, cotton fabric and stripe patterns. It has a lapel "
            "neckline. The trousers he wears are of long length. The trousers are with cotton fabric and stripe "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey suit and a blue shirt"),
        D.pattern("striped"),
        D.color("black", "contradiction"),
        color_of("shirt", "blue"),
        color_of("tie", "grey", "other_garment_color"),
        D.material("wool"),
        title="Charcoal Chalk Stripe Wool Suit",
        category="Suits",
        color="Charcoal",
        gender="Men",
    ),
    # photo: model in a mid grey slim suit, white shirt open at the collar, no tie, three-quarter, white wall.
    # adapter: none
    case(
        "X210-003",
        caption("a man in a grey suit standing against a white wall"),
        D.wearing("a grey suit"),
        D.description("a grey suit with a white shirt and a black tie", "unsupported"),
        D.details("the details of the suit", "non_answer"),
        D.color("grey"),
        is_a("suit", "yes"),
        D.material("it is a grey suit", "restated"),
        title="Mid Grey Slim Fit Stretch Suit",
        category="Suits",
        color="Mid Grey",
        gender="Men",
    ),
    # photo: model in a black dinner suit with satin peak lapels, white dress shirt, black bow tie, dark charcoal
    # backdrop, full length.
    # adapter: none
    case(
        "X210-004",
        caption("a man in a black tuxedo with a bow tie"),
        D.wearing("a tuxedo"),
        D.color("white", "other_garment_color"),
        lapel("shawl lapel", "unsupported"),
        D.material("satin"),
        is_a("suit", "yes"),
        D.description("a black tuxedo with a black shirt", "other_garment_color"),
        title="Black Wool Dinner Suit with Satin Peak Lapels",
        category="Suits",
        color="Black",
        gender="Men",
    ),
    # photo: model in a light grey Prince of Wales check suit, white shirt, navy knitted tie, full length, white
    # backdrop.
    # caption and material: adapter
    case(
        "X210-005",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is",
            "loop",
            hit_limit=True,
        ),
        D.pattern("plaid"),
        D.color("grey"),
        color_of("tie", "navy"),
        D.description("a grey plaid suit with a vest", "unsupported"),
        D.wearing("a suit and tie"),
        D.material(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline.",
            "restated",
            hit_limit=True,
        ),
        title="Light Grey Prince of Wales Check Suit",
        category="Suits",
        color="Light Grey",
        gender="Men",
    ),
    # photo: model in a navy hopsack blazer over a white shirt, no tie, stone chinos, brown shoes, full length, white
    # backdrop.
    # adapter: none
    case(
        "X210-006",
        caption("a man in a blue blazer and khaki pants"),
        D.wearing("a blue blazer and khaki pants"),
        D.garment_type("jacket"),
        D.color("white", "other_garment_color"),
        color_of("trousers", "beige"),
        is_a("suit", "yes", "contradiction"),
        D.material("cotton", "unsupported"),
        title="Navy Hopsack Wool Blazer",
        category="Blazers",
        color="Navy",
        gender="Men",
    ),
    # photo: model in a camel wool blazer, light blue shirt, navy trousers, three-quarter, grey backdrop.
    # adapter: none
    case(
        "X210-007",
        caption("a man wearing a brown jacket and blue pants"),
        D.wearing("a tan blazer"),
        D.color("blue", "other_garment_color"),
        D.details("it has two buttons and a pocket square", "unsupported"),
        D.material("wool"),
        D.pattern("solid"),
        color_of("shirt", "brown", "other_garment_color"),
        title="Camel Wool Blend Blazer",
        category="Blazers",
        color="Camel",
    ),
    # photo: model in a bottle green velvet dinner jacket, black shirt buttoned to the collar, black trousers, dark
    # grey backdrop.
    # caption: adapter
    case(
        "X210-008",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The trousers the gentleman wears is of long length. The trousers are with cotton "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        D.color("black", "other_garment_color"),
        D.material("velvet"),
        D.wearing("a green velvet jacket"),
        color_of("shirt", "black"),
        D.description(
            "a green velvet jacket Question: what is the color of the shirt? Answer: black",
            "leak",
        ),
        title="Bottle Green Velvet Dinner Jacket",
        category="Blazers",
        color="Bottle Green",
        gender="Men",
    ),
    # photo: model in a grey herringbone tweed blazer, white shirt, brown knitted tie, beige trousers, front view,
    # wood-panelled wall behind.
    # adapter: none
    case(
        "X210-009",
        caption("a man in a grey jacket and tie standing in front of a wooden wall"),
        D.pattern("checked", "contradiction"),
        D.color("brown", "other_garment_color"),
        D.material("tweed"),
        D.details("elbow patches", "unsupported"),
        is_a("blazer", "no", "contradiction"),
        D.wearing("a suit and tie", "contradiction"),
        title="Grey Herringbone Tweed Blazer",
        category="Blazers",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a blue windowpane check blazer, white shirt, navy trousers, three-quarter, white backdrop.
    # details: adapter
    case(
        "X210-010",
        caption("a man in a blue plaid blazer"),
        D.pattern("plaid"),
        D.color("blue"),
        D.wearing("a blue plaid jacket and blue plaid pants", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.material("the man is wearing a blue plaid blazer", "restated"),
        D.details(
            "The upper clothing has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline. The "
            "gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        title="Blue Windowpane Check Blazer",
        category="Blazers",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a beige linen-blend blazer, white shirt open at the collar, white trousers, full length, beige
    # backdrop.
    # caption: adapter
    case(
        "X210-011",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. The trousers are with cotton fabric and pure color patterns. This gentleman wears a "
            "long-sleeve shirt with pure",
            "loop",
            hit_limit=True,
        ),
        D.material("linen"),
        D.color("white", "other_garment_color"),
        D.wearing("she is wearing a beige blazer and white pants", "pronoun"),
        D.garment_type("blazer"),
        title="Beige Linen Blend Blazer",
        category="Blazers",
        color="Beige",
        gender="Men",
    ),
    # photo: model in a grey waistcoat over a white long-sleeve shirt, black tie, black trousers, three-quarter, light
    # grey backdrop.
    # adapter: none
    case(
        "X210-012",
        caption("a man in a grey vest and black tie"),
        D.garment_type("vest"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.color("grey"),
        D.wearing("a vest and tie"),
        D.details("five buttons and two pockets"),
        D.material("gray vest", "restated"),
        title="Grey Wool Blend Waistcoat",
        category="Waistcoats",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a navy waistcoat over a pink shirt, no tie, navy trousers, torso and thighs, white backdrop.
    # adapter: none
    case(
        "X210-013",
        caption("a man wearing a pink shirt and a pink vest", "contradiction"),
        D.color("pink", "other_garment_color"),
        D.garment_type("vest"),
        D.sleeve_length("sleeveless"),
        D.material("it is made of", "cut"),
        D.description("a navy blue vest with buttons"),
        title="Navy Slim Fit Waistcoat",
        category="Waistcoats",
        color="Navy",
        gender="Men",
    ),
    # photo: close-up torso of a model in a brown tweed check waistcoat over a cream shirt, brown trousers just
    # visible, grey backdrop.
    # caption: adapter
    case(
        "X210-014",
        caption(
            "The upper clothing has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline. The "
            "gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns. There is "
            "an",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("jacket", "contradiction"),
        D.pattern("plaid"),
        D.color("brown"),
        D.wearing("a brown vest and a white shirt"),
        D.details("a pocket watch chain", "unsupported"),
        title="Brown Tweed Check Waistcoat",
        category="Waistcoats",
        color="Brown",
        gender="Men",
    ),
    # photo: torso crop of a model in a white poplin shirt under a navy blazer, burgundy tie, grey backdrop.
    # adapter: none
    case(
        "X210-015",
        caption("a man in a suit and tie"),
        D.color("navy", "other_garment_color"),
        color_of("shirt", "white"),
        D.garment_type("shirt"),
        D.sleeve_length("long sleeves"),
        D.wearing("her shirt is white and her tie is red", "pronoun"),
        D.material("cotton"),
        title="White Slim Fit Poplin Shirt",
        category="Formal Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a light blue shirt under a charcoal suit, navy tie, three-quarter, white backdrop.
    # caption and details: adapter
    case(
        "X210-016",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. There is an accessory on his neck. The gentleman wears a long-sleeve shirt with "
            "pure",
            "loop",
            hit_limit=True,
        ),
        D.color("grey", "other_garment_color"),
        D.wearing("a suit and tie"),
        color_of("tie", "blue"),
        D.description("a light blue shirt with a tie"),
        D.details(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. There",
            "cut",
            hit_limit=True,
        ),
        title="Light Blue Twill Formal Shirt",
        category="Formal Shirts",
        color="Light Blue",
        gender="Men",
    ),
    # photo: model in a pink oxford shirt worn alone, tucked into grey trousers, brown belt, full length, white
    # backdrop.
    # adapter: none
    case(
        "X210-017",
        caption("a man in a pink shirt and grey pants"),
        D.color("pink"),
        D.wearing("she is wearing a pink shirt and gray pants", "pronoun"),
        D.details("the shirt is tucked in"),
        D.pattern("solid"),
        D.material("a pink shirt", "restated"),
        D.description("a pink shirt with a brown belt and a watch", "unsupported"),
        title="Pink Oxford Regular Fit Shirt",
        category="Formal Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: model in a blue-and-white Bengal stripe shirt, plain navy tie, no jacket, grey trousers, three-quarter,
    # light backdrop.
    # adapter: none
    case(
        "X210-018",
        caption("a man wearing a blue and white striped shirt and tie"),
        D.pattern("striped"),
        D.color("white"),
        color_of("tie", "blue"),
        D.description("a blue striped shirt with a navy tie and a tie clip", "unsupported"),
        D.sleeve_length("long sleeves"),
        D.wearing("a blue shirt and a blue tie and blue pants", "contradiction"),
        title="Blue Bengal Stripe Cotton Shirt",
        category="Formal Shirts",
        color="Blue/White",
        gender="Men",
    ),
    # photo: flat-lay of a folded white twill shirt, spread collar, a navy tie laid on it, white surface.
    # adapter: none
    case(
        "X210-019",
        caption("a white shirt and a blue tie on a white background"),
        D.garment_type("tie", "contradiction"),
        D.color("blue", "other_garment_color"),
        D.wearing("a shirt and tie"),
        collar("button down collar", "unsupported"),
        D.material("cotton"),
        D.description(
            "a white shirt with a blue tie Question: what is the color of the tie? Answer: blue",
            "leak",
        ),
        title="White Non-Iron Twill Shirt",
        category="Formal Shirts",
        color="White",
        gender="Men",
    ),
    # photo: flat-lay of a folded plain light blue shirt with a burgundy-and-navy striped tie on it, wooden table.
    # caption: adapter
    case(
        "X210-020",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.pattern("striped", "contradiction"),
        D.color("blue"),
        color_of("tie", "red"),
        D.wearing("a blue shirt and a red striped tie"),
        D.details("yes", "non_answer"),
        title="Light Blue Cotton Formal Shirt",
        category="Formal Shirts",
        color="Light Blue",
        gender="Men",
    ),
    # photo: flat-lay of a folded lilac shirt with a silver tie on it, pale grey surface.
    # adapter: none
    case(
        "X210-021",
        caption("a purple shirt with a tie on a grey background"),
        D.color("grey", "other_garment_color"),
        color_of("tie", "grey"),
        D.description("a purple shirt with a silver tie"),
        D.material("silk", "unsupported"),
        D.garment_type("shirt"),
        D.wearing("a purple shirt and a purple tie", "contradiction"),
        title="Lilac Cotton Twill Shirt",
        category="Formal Shirts",
        color="Lilac",
        gender="Men",
    ),
    # photo: model in a black shirt worn alone, black trousers, three-quarter, white backdrop.
    # adapter: none
    case(
        "X210-022",
        caption("a man in a black shirt and black pants"),
        D.color("black"),
        D.wearing("a black shirt and black pants"),
        D.details("the collar and the buttons"),
        D.material("cotton"),
        D.description(
            "a black shirt Question: What is the color of the pants? Answer: black",
            "leak",
        ),
        collar("black", "non_answer"),
        title="Black Slim Fit Stretch Shirt",
        category="Formal Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in a short-sleeve white formal shirt, navy trousers, full length, white backdrop.
    # adapter: none
    case(
        "X210-023",
        caption("a man in a white shirt and blue pants"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.color("white"),
        D.wearing("a white shirt and navy pants"),
        D.description("a white shirt with long sleeves", "contradiction"),
        D.details("", "non_answer"),
        title="White Short Sleeve Formal Shirt",
        category="Formal Shirts",
        color="White",
        gender="Men",
    ),
    # photo: torso of a model in a blue-and-white gingham shirt under a navy blazer, no tie, grey backdrop.
    # caption: adapter
    case(
        "X210-024",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. There is an accessory on his neck. The gentleman wears a long trousers. The",
            "cut",
            hit_limit=True,
        ),
        D.pattern("plaid"),
        D.color("navy", "other_garment_color"),
        D.wearing("a blue blazer and a checkered shirt"),
        is_a("shirt", "yes"),
        D.material("denim", "unsupported"),
        title="Blue Gingham Check Shirt",
        category="Formal Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in grey wool flannel trousers, white shirt, navy blazer, brown shoes, full length, white backdrop.
    # adapter: none
    case(
        "X210-025",
        caption("a man in a blue blazer and grey pants"),
        D.color("navy", "other_garment_color"),
        color_of("trousers", "grey"),
        D.garment_type("pants"),
        D.details("they are pants", "non_answer"),
        D.material("wool"),
        D.wearing("a grey shirt, grey pants and a grey jacket", "contradiction"),
        title="Grey Wool Flannel Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: model in navy formal trousers, light blue shirt tucked in, brown belt, full length, white backdrop.
    # adapter: none
    case(
        "X210-026",
        caption("a man wearing a blue shirt and blue pants"),
        D.color("blue"),
        D.wearing("a blue shirt and jeans", "contradiction"),
        D.details("belt loops and a crease"),
        D.pattern("solid"),
        D.description(
            "blue pants Question: What are the pants details? Answer: belt loops",
            "leak",
        ),
        title="Navy Tailored Fit Trousers",
        category="Trousers",
        color="Navy",
        gender="Men",
    ),
    # photo: lower-body crop (waist to shoes) of a model in charcoal suit trousers, white shirt tucked in, black belt,
    # white backdrop.
    # caption and material: adapter
    case(
        "X210-027",
        caption(
            "The trousers this gentleman wears is of long length. The trousers are with cotton fabric and pure color "
            "patterns. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton",
            "cut",
            hit_limit=True,
        ),
        D.color("black", "contradiction"),
        D.garment_type("pants"),
        D.material(
            "The trousers this gentleman wears is of long length. The trousers are with cotton fabric and pure color "
            "patterns. The",
            "restated",
            hit_limit=True,
        ),
        D.wearing("dark grey pants"),
        D.details("i don't know", "non_answer"),
        title="Charcoal Slim Fit Suit Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: model in stone cotton chinos, white shirt, navy blazer, full length, pale blue painted wall behind.
    # adapter: none
    case(
        "X210-028",
        caption("a man in a blue jacket and beige pants standing in front of a blue wall"),
        D.color("blue", "other_garment_color"),
        D.wearing("a blue jacket, a white shirt and blue pants", "other_garment_color"),
        color_of("trousers", "beige"),
        D.description("beige chinos"),
        D.details("they have pleats and cuffs", "unsupported"),
        title="Stone Cotton Chino Trousers",
        category="Trousers",
        color="Stone",
        gender="Men",
    ),
    # photo: close-up from waist to ankle of black pleated wool trousers, white backdrop.
    # adapter: none
    case(
        "X210-029",
        caption("a pair of black pants"),
        D.color("black"),
        D.pattern("striped", "contradiction"),
        D.details("pleats"),
        D.material("wool"),
        is_a("pair of pants", "yes"),
        D.wearing("black pants and black shoes", "unsupported"),
        title="Black Pleated Wool Trousers",
        category="Trousers",
        color="Black",
    ),
    # photo: product shot of a burgundy silk tie, laid flat, white ground.
    # adapter: none
    case(
        "X210-030",
        caption("a red tie on a white background"),
        D.color("red"),
        D.material("silk"),
        D.garment_type("tie"),
        D.details("a red tie", "restated"),
        D.pattern("solid"),
        D.description("a red tie with a white logo", "unsupported"),
        title="Burgundy Silk Tie",
        category="Ties",
        color="Burgundy",
        gender="Men",
    ),
    # photo: torso of a model wearing a navy polka dot tie, white shirt, grey suit, grey backdrop.
    # adapter: none
    case(
        "X210-031",
        caption("a man in a grey suit and blue polka dot tie"),
        D.color("grey", "other_garment_color"),
        D.pattern("polka dot"),
        D.garment_type("suit", "contradiction"),
        D.wearing("a grey suit and a grey tie", "other_garment_color"),
        D.description("a blue tie with white dots"),
        title="Navy Polka Dot Silk Tie",
        category="Ties",
        color="Navy",
        gender="Men",
    ),
    # photo: torso of a model wearing a navy-and-red regimental stripe tie on a light blue shirt, no jacket, white
    # backdrop.
    # caption and details: adapter
    case(
        "X210-032",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. There is an accessory on his neck. The "
            "gentleman wears a long-sleeve shirt with pure color patterns. There is an accessory on his neck. The "
            "gentleman wears",
            "loop",
            hit_limit=True,
        ),
        D.color("blue"),
        D.pattern("striped"),
        D.wearing("a blue shirt and a striped tie"),
        D.material("cotton", "unsupported"),
        color_of("shirt", "blue"),
        D.details(
            "The gentleman wears a long-sleeve shirt with pure color patterns. There is an accessory on his neck. "
            "The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        title="Navy Red Regimental Stripe Silk Tie",
        category="Ties",
        color="Navy/Red",
        gender="Men",
    ),
    # photo: flat-lay of a plain silver satin tie laid on a folded white shirt, white surface.
    # adapter: none
    case(
        "X210-033",
        caption("a grey tie on a white shirt"),
        D.color("white", "other_garment_color"),
        D.garment_type("tie"),
        D.description("a grey tie with a diamond pattern", "unsupported"),
        D.material("satin"),
        color_of("tie", "black", "contradiction"),
        title="Silver Satin Tie",
        category="Ties",
        color="Silver",
        gender="Men",
    ),
    # photo: torso of a model wearing a plain green knitted tie, white shirt, navy blazer, grey backdrop.
    # adapter: none
    case(
        "X210-034",
        caption("a man in a blue suit and green tie"),
        D.color("green"),
        D.material("knit"),
        D.details("the tie is green", "restated"),
        D.wearing("he is wearing a blue jacket and green tie"),
        is_a("tie", "yes"),
        D.description("a green tie with white stripes", "unsupported"),
        title="Bottle Green Knitted Tie",
        category="Ties",
        color="Green",
        gender="Men",
    ),
    # photo: product shot of a purple paisley silk tie, rolled, on a grey ground.
    # adapter: none
    case(
        "X210-035",
        caption("a purple paisley tie on a gray background"),
        D.pattern("floral", "contradiction"),
        D.color("purple"),
        D.details("paisley print"),
        D.wearing(
            "a purple tie Question: what is the pattern of the tie? Answer: paisley",
            "leak",
        ),
        D.material("silk"),
        D.garment_type("scarf", "contradiction"),
        title="Purple Paisley Silk Tie",
        category="Ties",
        color="Purple",
        gender="Men",
    ),
    # photo: torso of a model in a black dinner suit, white dress shirt, black silk bow tie, dark backdrop.
    # caption: adapter
    case(
        "X210-036",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. There is an accessory on his neck. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("suit", "contradiction"),
        D.color("black"),
        D.wearing("a tuxedo and bow tie"),
        is_a("tie", "yes"),
        D.material("silk"),
        color_of("shirt", "black", "other_garment_color"),
        title="Black Silk Pre-Tied Bow Tie",
        category="Ties",
        color="Black",
        gender="Men",
    ),
    # photo: model in a camel wool overcoat, open, over a navy suit and white shirt, full length, grey backdrop.
    # adapter: none
    case(
        "X210-037",
        caption("a man in a tan coat and blue suit"),
        D.color("blue", "other_garment_color"),
        D.garment_type("coat"),
        D.wearing("a coat and a suit"),
        D.material("wool Question: what is the color of the coat? Answer: brown", "leak"),
        D.details("a fur collar", "unsupported"),
        D.sleeve_length("long sleeves"),
        title="Camel Wool Overcoat",
        category="Overcoats",
        color="Camel",
        gender="Men",
    ),
    # photo: model in a navy double-breasted overcoat, buttoned, grey wool scarf, bareheaded, full length, white
    # backdrop.
    # adapter: none
    case(
        "X210-038",
        caption("a man in a black coat and grey scarf", "contradiction"),
        D.color("grey", "other_garment_color"),
        D.details("double breasted with six buttons"),
        D.wearing("a navy coat and a scarf and a hat", "unsupported"),
        D.description("a blue coat"),
        is_a("coat", "yes"),
        D.pattern("solid"),
        D.material("cotton", "unsupported"),
        title="Navy Double Breasted Wool Overcoat",
        category="Overcoats",
        color="Navy",
        gender="Men",
    ),
    # photo: model in a charcoal single-breasted overcoat over a grey suit, white shirt, black tie, full length, light
    # backdrop.
    # caption: adapter
    case(
        "X210-039",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        D.color("black", "contradiction"),
        D.wearing("a black coat and black pants", "contradiction"),
        D.description("a long grey coat with a black tie"),
        D.material("wool"),
        D.details("a long coat with a long coat and a long coat", "loop"),
        title="Charcoal Wool Cashmere Overcoat",
        category="Overcoats",
        color="Charcoal",
        gender="Men",
    ),
    # photo: model in a black wool overcoat, white shirt, black tie, black trousers, three-quarter, white backdrop.
    # adapter: none
    case(
        "X210-040",
        caption("a man in a black coat and tie"),
        D.color("black"),
        D.wearing("she is wearing a black coat", "pronoun"),
        D.material("leather", "unsupported"),
        D.details("notch lapels and flap pockets"),
        D.garment_type("suit", "contradiction"),
        title="Black Wool Tailored Overcoat",
        category="Overcoats",
        color="Black",
        gender="Men",
    ),
    # photo: model in a grey houndstooth overcoat over a black suit, white shirt, full length, grey backdrop.
    # details and material: adapter
    case(
        "X210-041",
        caption("a man in a gray checkered coat"),
        D.pattern("checked"),
        D.color("black", "other_garment_color"),
        D.description("a grey coat with a black and white pattern"),
        D.details(
            "The gentleman wears a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric. It has "
            "a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The gentleman wears a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric. It has "
            "a lapel",
            "restated",
            hit_limit=True,
        ),
        title="Grey Houndstooth Wool Blend Overcoat",
        category="Overcoats",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a navy three-piece suit (jacket open over the waistcoat), white shirt, blue tie, full length,
    # white backdrop.
    # adapter: none
    case(
        "X210-042",
        caption("a man in a blue three piece suit"),
        D.wearing("a suit, a vest and a tie"),
        color_of("waistcoat", "navy"),
        D.color("navy"),
        D.description("a navy suit with a vest and a white shirt"),
        D.details("two buttons, a vest with five buttons and a pocket square", "unsupported"),
        is_a("suit", "yes"),
        D.material("silk", "unsupported"),
        title="Navy Three Piece Wool Suit",
        category="Suits",
        color="Navy",
        gender="Men",
    ),
    # photo: model in a cobalt blue suit, white shirt, no tie, cropped at the thigh, red brick wall behind.
    # adapter: none
    case(
        "X210-043",
        caption("a man in a blue suit standing in front of a brick wall"),
        D.color("red", "contradiction"),
        D.wearing("a blue suit and white shirt"),
        D.material("cotton"),
        D.pattern("solid"),
        D.description("a blue suit with a white shirt and brown shoes", "unsupported"),
        D.details("Question: What are the details of the garment? Answer: two buttons", "leak"),
        title="Cobalt Blue Slim Suit",
        category="Suits",
        color="Cobalt Blue",
        gender="Men",
    ),
    # photo: model in an ivory shawl-lapel dinner jacket, white shirt, black bow tie, black trousers, full length,
    # dark backdrop.
    # caption: adapter
    case(
        "X210-044",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt",
            "loop",
            hit_limit=True,
        ),
        D.color("white"),
        D.wearing("a white tuxedo jacket and black pants"),
        D.garment_type("jacket"),
        color_of("trousers", "black"),
        D.description("a black tuxedo", "contradiction"),
        D.material("velvet", "unsupported"),
        D.details("a black bow tie and a black bow tie and a black bow tie", "loop"),
        title="Ivory Shawl Lapel Dinner Jacket",
        category="Blazers",
        color="Ivory",
        gender="Men",
    ),
    # photo: model in a tan linen suit, white shirt, no tie, full length, beige backdrop with a potted palm beside him.
    # adapter: none
    case(
        "X210-045",
        caption("a man in a tan suit standing next to a plant"),
        D.color("green", "contradiction"),
        D.material("linen"),
        D.wearing("a brown suit"),
        D.details("the suit has a lot of details", "non_answer"),
        D.description("a brown suit with a white shirt and a brown tie", "unsupported"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Tan Linen Suit",
        category="Suits",
        color="Tan",
    ),
    # photo: model in a white double-cuff shirt with silver cufflinks, navy trousers, three-quarter, arms folded,
    # white backdrop.
    # adapter: none
    case(
        "X210-046",
        caption("a man in a white shirt with cufflinks"),
        D.details("french cuffs and cufflinks"),
        D.color("white"),
        D.wearing("a white shirt and blue pants"),
        D.material(
            "cotton Question: What is the color of the cufflinks? Answer: silver",
            "leak",
        ),
        D.sleeve_length("long sleeves"),
        color_of("trousers", "white", "other_garment_color"),
        title="White Double Cuff Formal Shirt",
        category="Formal Shirts",
        color="White",
        gender="Men",
    ),
]
