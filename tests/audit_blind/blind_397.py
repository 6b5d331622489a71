"""BLIND_397 (46 products; Indian men's formal and workwear: shirts, suits, blazers, waistcoats, chinos, polos): written
blind in the forty-sixth session. Measured blind at 7afc101 (the session's rules as they stood): 93/124 failures
found (75.0%) and 1/152 correct texts flagged (0.7%). The writer's notes, verbatim:

Scenario: an Indian retailer's English catalog feed of men's formal and workwear: formal shirts (solid, checked,
striped, micro-printed, mandarin and button-down collars, one half-sleeve), blazers (solid, tweed, velvet, checked,
linen), two- and three-piece suits (one Jodhpuri bandhgala, one waistcoat-and-trouser set), waistcoats and Nehru
jackets, chinos and formal trousers, and polos. Ties are not sold, but some suit shots wear one. Model shots and
flat-lays on white, light grey or beige backdrops, a few with a wall, a plant or a chair in frame. Each row carries
the seller's title, category, color and gender; a few rows miss the gender or the category, as real feeds do.

Who wrote what: captions come from either the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in
a navy suit ...") or the caption-only LoRA adapter (the DeepFashion template: "The man wears a long-sleeve shirt with
pure color patterns ..."; no hue names, only pure color / lattice / striped / graphic). The adapter has no end token:
every adapter text runs to its limit (50 tokens for captions, 30 for answers) and carries hit_limit=True; asked a
question it returns its template. Open questions (wearing, description, details, material, collar, pieces) come from
the base model unless the comment names the adapter; the base model stops on its own (never hit_limit). Closed
questions (garment_type, color, pattern, sleeve_length, fit, per-piece colors, "Is this a ...?") are enrich's
`--engine reference` answers chosen from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, sky, powder or royal blue; red for maroon or
  burgundy; green for olive, dark green or teal (and blue for teal too); purple for lavender; yellow for mustard;
  brown for tan or camel; beige, tan or khaki for one another; white for cream or off white; grey for charcoal.
  Black for navy, for dark green or for charcoal is contradiction, and so is pink for lavender.
- The color of another piece in the photo (the shirt under a blazer, the chinos under a polo, the trousers of the
  outfit) given for the product is other_garment_color. A trim, print or button color given as the garment's color
  (navy tipping of a white polo, the navy micro print of a white shirt, gold buttons of a navy bandhgala) is
  contradiction, and so is a color no piece has (brown from the wooden chair).
- Garment synonyms are correct: vest for waistcoat, jacket for blazer or Nehru jacket, pants for trousers or chinos,
  khaki pants for beige chinos, plaid or checkered for checked, t-shirt for a polo. A sherwani for a hip-length
  bandhgala, a kurta or a tuxedo for a shirt or a suit, a sweater or a shirt for a blazer or waistcoat
  (the layer under it) are contradiction.
- Wrong counts (two for a three-piece suit, three for a two-piece) and a fit that the title contradicts (regular for
  a slim-fit title, relaxed for slim) are contradiction. Rolled-up full sleeves answered "short sleeves" and a
  sleeveless waistcoat answered "long sleeves" are contradiction; so is "solid" or "striped" for the wrong pattern.
- Materials: one the title names (cotton, linen, tweed, velvet, polyester for poly viscose) is correct; wool for a
  suit, blazer or waistcoat whose title names no material is a plausible guess and correct; a material the title
  contradicts or that is neither named nor visible (linen for a cotton shirt, silk, velvet on a matte suit) is
  unsupported. A material question answered with the garment or its color ("the suit is beige") is restated.
- Invented items are unsupported: a tie, pocket square, belt, logo or elbow patches not in the photo, back pockets on
  a front view, shoes on a photo cropped at the knees, pleats on flat-front trousers, a shirt under a flat-lay
  waistcoat. A tie, belt or watch the photo does show is correct.
- Adapter texts: one that repeats a template sentence is loop; one that stops mid-sentence without repeating is cut
  (hit_limit kept either way). Its template describing the shirt and trousers under a blazer is not a misnaming (the
  shirt is there), so cut. A template returned for the material question is restated, though also cut; for
  wearing, description or details it does answer, so loop or cut.
- A base answer stopped early ("it is made of", "it has a pocket on the") is cut, without hit_limit. An empty answer,
  "nothing" for a flat-lay's wearing question and "the details of the shirt" are non_answer. Base answers that run on
  into "Question: ... Answer: ..." are leak even where the first words are right. "she" or "a woman" for a men's
  product worn by a man is pronoun.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question

fit = question("fit", "What is the fit of the garment?", "closed")
collar = question("collar", "What type of collar does the shirt have?", "open")
pieces = question("pieces", "How many pieces are in the suit?", "open")

BLIND_397 = [
    # photo: model in a white slim-fit formal shirt tucked into charcoal trousers, no pocket, light grey backdrop,
    # front view to the knees.
    # adapter: none
    case(
        "X397-001",
        caption("a man in a white shirt and grey pants"),
        D.wearing("a white shirt and white pants", "contradiction"),
        B.color("white"),
        fit("slim fit"),
        collar("a spread collar"),
        D.details("the shirt has a pocket on the left chest", "unsupported"),
        title="Men White Slim Fit Pure Cotton Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: flat-lay of a folded light blue formal shirt on a white backdrop, collar and cuff visible.
    # adapter: caption
    case(
        "X397-002",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and a tie", "unsupported"),
        B.color("blue"),
        B.sleeve_length("long sleeves"),
        B.material("linen", "unsupported"),
        title="Men Light Blue Regular Fit Cotton Formal Shirt",
        category="Shirts",
        color="Light Blue",
        gender="Men",
    ),
    # photo: model in a navy two-piece suit, white shirt, maroon tie, white wall behind, full length, front view.
    # adapter: none
    case(
        "X397-003",
        caption("a man in a suit and tie standing in front of a white wall"),
        D.wearing("a black suit with a white shirt and a red tie", "contradiction"),
        color_of("blazer", "blue"),
        color_of("trousers", "white", "other_garment_color"),
        pieces("two"),
        is_a("suit", "yes"),
        D.details(
            "the suit has a white shirt and a red tie Question: What is the color of the suit? Answer: black",
            "leak",
        ),
        title="Men Navy Blue Solid Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a charcoal three-piece suit (blazer open over the waistcoat), light blue shirt, no tie, steel
    # watch on the left wrist, beige backdrop, full length.
    # adapter: caption
    case(
        "X397-004",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. The trousers are with cotton fabric and pure color patterns. There is an accessory on "
            "his wrist. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey suit and a white shirt", "contradiction"),
        pieces("two", "contradiction"),
        color_of("waistcoat", "grey"),
        B.pattern("solid"),
        B.material("wool"),
        title="Men Charcoal Grey Solid Three-Piece Suit",
        category="Suits",
        color="Charcoal",
        gender="Men",
    ),
    # photo: model in beige chinos with an untucked navy polo and white sneakers, white backdrop, full length.
    # adapter: none
    case(
        "X397-005",
        caption("a man in a blue shirt and khaki pants"),
        D.wearing("a blue polo shirt and khaki pants with a brown belt", "unsupported"),
        B.color("blue", "other_garment_color"),
        color_of("pants", "beige"),
        fit("slim fit"),
        B.material("cotton"),
        title="Men Beige Slim Fit Stretch Chinos",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: model in an open black single-breasted blazer over a white crew-neck tee and blue jeans, no pocket
    # square, light grey backdrop, front view to mid-thigh.
    # adapter: caption, material
    case(
        "X397-006",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is "
            "with cotton fabric. It has a crew neckline. The pants are with denim fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black jacket and a white t-shirt"),
        B.color("white", "other_garment_color"),
        B.garment_type("blazer"),
        D.details("the blazer has two buttons and a pocket square", "unsupported"),
        is_a("blazer", "yes"),
        B.material(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is "
            "with cotton fabric",
            "restated",
            hit_limit=True,
        ),
        title="Men Black Solid Single-Breasted Casual Blazer",
        category="Blazers",
        color="Black",
        gender="Men",
    ),
    # photo: model in a maroon self-design Nehru jacket over a white full-sleeve shirt and beige trousers, white
    # backdrop, front view to the knees.
    # adapter: none
    case(
        "X397-007",
        caption("a man wearing a red vest and white shirt"),
        D.wearing("a red vest over a white shirt"),
        color_of("waistcoat", "red"),
        B.garment_type("jacket"),
        B.material("silk", "unsupported"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Men Maroon Self-Design Cotton Blend Nehru Jacket",
        category="Waistcoats",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in a blue-and-white checked formal shirt with a button-down collar and one chest pocket, cropped at
    # the waist (a strip of dark trousers shows), white backdrop.
    # adapter: caption
    case(
        "X397-008",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and white checkered shirt"),
        B.pattern("checked"),
        B.color("blue"),
        D.details("the shirt has a button down collar and a pocket"),
        B.material("a checkered shirt", "restated"),
        title="Men Blue & White Checked Slim Fit Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a navy pinstriped two-piece suit, white shirt, light blue tie, grey backdrop, full length.
    # adapter: none
    case(
        "X397-009",
        caption("a man in a pinstripe suit"),
        D.wearing("a blue pinstripe suit with a white shirt and tie"),
        B.pattern("striped"),
        color_of("blazer", "black", "contradiction"),
        D.description(
            "a navy blue suit with white stripes Question: Is the man wearing a tie? Answer: yes",
            "leak",
        ),
        pieces("two piece suit"),
        title="Men Navy Pinstriped Slim Fit Two-Piece Suit",
        category="Suits",
        color="Navy",
        gender="Men",
    ),
    # photo: flat-lay of folded olive chinos on a white backdrop, belt loops and button visible, no belt.
    # adapter: caption, material
    case(
        "X397-010",
        caption(
            "The man wears a long trousers. The trousers are with cotton fabric and pure color patterns. The man "
            "wears "
            "a long trousers. The trousers are with cotton fabric and pure color patterns. The man wears a",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pair of green pants"),
        B.color("green"),
        D.details("the pants have a zipper and a belt", "unsupported"),
        B.material(
            "The man wears a long trousers. The trousers are with cotton fabric and pure color patterns. The man "
            "wears "
            "a long",
            "restated",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Men Olive Green Regular Fit Cotton Chinos",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a maroon polo (three-button placket) and beige chinos, white backdrop, front view to the knees.
    # adapter: none
    case(
        "X397-011",
        caption("a man in a red polo shirt and khaki pants"),
        D.wearing("she is wearing a red polo shirt", "pronoun"),
        B.color("red"),
        B.sleeve_length("short sleeves"),
        D.details("the polo shirt has a collar and buttons and a pocket", "unsupported"),
        is_a("polo shirt", "yes"),
        title="Men Maroon Solid Polo Collar T-shirt",
        category="T-Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in khaki formal trousers, white shirt tucked in, brown belt and brown shoes, light grey backdrop,
    # full length.
    # adapter: caption
    case(
        "X397-012",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with cotton "
            "fabric. It has a lapel neckline. The trousers are with cotton fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and tan pants"),
        color_of("trousers", "white", "other_garment_color"),
        B.color("beige"),
        D.details("the pants have a belt and pockets"),
        fit("regular fit", "contradiction"),
        title="Men Khaki Slim Fit Formal Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: model in a pink formal shirt with a spread collar and navy trousers, white backdrop, to mid-thigh.
    # adapter: none
    case(
        "X397-013",
        caption("a man in a pink shirt and blue pants"),
        D.wearing("a pink shirt and blue pants"),
        B.color("pink"),
        D.description("a pink shirt with a collar and long sleeves and a", "cut"),
        B.material("it is made of cotton"),
        collar("a collar", "restated"),
        title="Men Pink Solid Regular Fit Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: model in a white shirt with thin blue vertical stripes and grey trousers, grey wall with a potted plant
    # at the left, front view to the knees.
    # adapter: none
    case(
        "X397-014",
        caption("a man in a striped shirt standing next to a plant"),
        D.wearing("a blue and white striped shirt"),
        B.pattern("solid", "contradiction"),
        B.color("white"),
        D.details("the shirt is striped"),
        B.material("cotton Question: What is the pattern of the shirt? Answer: striped", "leak"),
        title="Men White & Blue Striped Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a brown checked tweed blazer over a white shirt and dark brown trousers, no elbow patches
    # visible (front view), beige backdrop.
    # adapter: caption
    case(
        "X397-015",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The man wears a long trousers. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a brown plaid jacket and a brown shirt", "contradiction"),
        color_of("blazer", "brown"),
        B.pattern("checked"),
        B.material("tweed"),
        D.details("the jacket has elbow patches", "unsupported"),
        title="Men Brown Checked Tweed Slim Fit Blazer",
        category="Blazers",
        color="Brown",
        gender="Men",
    ),
    # photo: model in a cream linen full-sleeve shirt with the sleeves rolled to the elbow, white chinos, off-white
    # backdrop, full length.
    # adapter: none
    case(
        "X397-016",
        caption("a man in a white shirt and white pants"),
        D.wearing("a white shirt and white pants"),
        B.color("white"),
        B.sleeve_length("short sleeves", "contradiction"),
        B.material("cotton", "unsupported"),
        D.description("a cream colored linen shirt"),
        title="Men Cream Pure Linen Full Sleeve Semi-Formal Shirt",
        category="Shirts",
        color="Cream",
        gender="Men",
    ),
    # photo: flat-lay of black flat-front formal trousers on a white backdrop, full length, unfolded.
    # adapter: caption, details, description
    case(
        "X397-017",
        caption(
            "The trousers are with cotton fabric and pure color patterns. The man wears a long trousers. The trousers "
            "are with cotton fabric and pure color patterns. The man wears a long trousers. The trousers are",
            "loop",
            hit_limit=True,
        ),
        D.wearing("black pants"),
        B.color("black"),
        D.details(
            "The man wears a long trousers. The trousers are with cotton fabric and pure color patterns. The man "
            "wears a long trousers",
            "loop",
            hit_limit=True,
        ),
        B.material("polyester"),
        D.description(
            "The man wears a long trousers. The trousers are with cotton fabric and pure color patterns. There is "
            "an accessory on his",
            "cut",
            hit_limit=True,
        ),
        title="Men Black Flat-Front Poly Viscose Formal Trousers",
        category="Trousers",
        color="Black",
    ),
    # photo: model in a teal blue three-piece wedding suit (matte fabric), white shirt, no tie, white pocket square,
    # white backdrop, full length.
    # adapter: none
    case(
        "X397-018",
        caption("a man in a blue suit with a pocket square and a tie", "unsupported"),
        D.wearing("a green suit"),
        color_of("waistcoat", "blue"),
        pieces("three"),
        D.details("the suit has a vest and a pocket square"),
        B.material("velvet", "unsupported"),
        title="Men Teal Blue Solid Slim Fit Three-Piece Wedding Suit",
        category="Suits",
        color="Teal Blue",
        gender="Men",
    ),
    # photo: model in a buttoned beige linen-blend blazer over a white shirt, navy trousers, light grey backdrop, to
    # the knees; the blazer hides the waistband.
    # adapter: caption
    case(
        "X397-019",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with linen "
            "fabric. It has a lapel neckline. The trousers are with cotton fabric and pure color patterns",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a beige jacket, white shirt and blue pants"),
        color_of("blazer", "beige"),
        B.color("blue", "other_garment_color"),
        B.material("linen"),
        D.description(
            "a beige blazer with a white shirt and blue pants and a brown belt",
            "unsupported",
        ),
        title="Men Beige Linen Blend Single Breasted Blazer",
        category="Blazers",
        color="Beige",
        gender="Men",
    ),
    # photo: flat-lay of a grey five-button waistcoat with two welt pockets on a white backdrop, nothing under it.
    # adapter: none
    case(
        "X397-020",
        caption("a grey vest on a white background"),
        D.wearing("a grey vest and a white shirt", "unsupported"),
        color_of("waistcoat", "grey"),
        D.details("the vest has buttons and pockets and a watch chain", "unsupported"),
        B.sleeve_length("sleeveless"),
        B.material("wool"),
        title="Men Grey Solid Slim Fit Waistcoat",
        category="Waistcoats",
        color="Grey",
        gender="Men",
    ),
    # photo: model in navy chinos with a white polo tucked in and brown loafers, beige backdrop, full length.
    # adapter: caption
    case(
        "X397-021",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is with "
            "cotton fabric. It has a lapel neckline. The trousers are with cotton fabric and pure color patterns. The "
            "man",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and black pants", "contradiction"),
        color_of("pants", "blue"),
        fit("slim fit"),
        is_a("pair of chinos", "yes"),
        title="Men Navy Blue Slim Fit Chinos",
        category="Trousers",
        color="Navy",
        gender="Men",
    ),
    # photo: model in a white pique polo with navy tipping on the collar and sleeve hems, no logo, grey trousers, white
    # backdrop, to mid-thigh.
    # adapter: none
    case(
        "X397-022",
        caption("a man in a white polo shirt"),
        D.wearing("a white shirt with blue collar"),
        B.color("blue", "contradiction"),
        B.sleeve_length("short sleeves"),
        B.material("polyester", "unsupported"),
        D.details(
            "the shirt has a collar and two buttons and a logo on the chest",
            "unsupported",
        ),
        title="Men White Solid Pique Cotton Polo T-Shirt with Tipping",
        category="T-Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a lavender formal shirt with one chest pocket and charcoal trousers, white backdrop,
    # to the knees.
    # adapter: none
    case(
        "X397-023",
        caption("a man in a purple shirt and grey pants"),
        D.wearing("a pink shirt", "contradiction"),
        B.color("purple"),
        D.details("the shirt has a pocket and buttons"),
        B.material("it is made of", "cut"),
        is_a("t-shirt", "yes", "contradiction"),
        title="Men Lavender Solid Smart Fit Formal Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: flat-lay of a folded white formal shirt with a small navy geometric micro print, light grey backdrop.
    # adapter: caption
    case(
        "X397-024",
        caption(
            "The man wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The man wears a long-sleeve shirt with graphic patterns. The shirt is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white shirt with blue dots"),
        B.pattern("printed"),
        B.color("blue", "contradiction"),
        D.description("a white shirt with a blue print and a blue collar", "unsupported"),
        B.material("cotton"),
        title="Men White Micro Printed Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a black two-piece suit over a black shirt, no tie, white backdrop, full length.
    # adapter: none
    case(
        "X397-025",
        caption("a man in a black suit"),
        D.wearing("a black suit and a black shirt"),
        color_of("shirt", "white", "contradiction"),
        color_of("blazer", "black"),
        is_a("tuxedo", "yes", "contradiction"),
        D.details("the suit has a black shirt and black tie", "unsupported"),
        title="Men Black Solid Slim Fit Two-Piece Party Suit",
        category="Suits",
        color="Black",
        gender="Men",
    ),
    # photo: model in a light grey two-piece suit, white shirt, navy tie, grey backdrop (close to the suit's shade),
    # full length.
    # adapter: caption
    case(
        "X397-026",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. It has a lapel neckline. There is an accessory on his neck. The trousers are",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey suit and a blue tie"),
        color_of("trousers", "grey"),
        pieces("three", "contradiction"),
        D.description(
            "a light grey suit with a white shirt and a blue tie Question: what is the color of the tie? Answer: blue",
            "leak",
        ),
        title="Men Light Grey Solid Two-Piece Formal Suit",
        category="Suits",
        color="Light Grey",
        gender="Men",
    ),
    # photo: model in a mustard polo and white chinos, white backdrop, full length.
    # adapter: none
    case(
        "X397-027",
        caption("a man in a yellow shirt and white pants"),
        D.wearing("a yellow polo shirt and yellow pants", "contradiction"),
        B.color("white", "other_garment_color"),
        B.garment_type("t-shirt"),
        D.details("", "non_answer"),
        title="Men Mustard Yellow Solid Polo T-shirt",
        category="T-Shirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: model in a burgundy velvet blazer with a shawl lapel and one button, black shirt, black trousers, white
    # backdrop, to the knees.
    # adapter: none
    case(
        "X397-028",
        caption("a man in a red velvet jacket"),
        D.wearing("a red jacket and red pants", "contradiction"),
        color_of("blazer", "black", "other_garment_color"),
        B.material("velvet"),
        B.garment_type("blazer"),
        D.details("shawl lapel and one button"),
        title="Men Burgundy Velvet Shawl Lapel Blazer",
        category="Blazers",
        color="Burgundy",
        gender="Men",
    ),
    # photo: model in a beige two-piece suit, white shirt, no tie, light beige backdrop, full length.
    # adapter: caption
    case(
        "X397-029",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with cotton "
            "fabric. The trousers are with cotton fabric and pure color patterns. It has a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a tan suit"),
        color_of("blazer", "beige"),
        color_of("trousers", "white", "other_garment_color"),
        B.material("the suit is beige", "restated"),
        fit("regular fit"),
        title="Men Beige Solid Regular Fit Two-Piece Suit",
        category="Suits",
        color="Beige",
        gender="Men",
    ),
    # photo: model in a white mandarin-collar cotton shirt (one chest pocket) and beige trousers, white backdrop.
    # adapter: none
    case(
        "X397-030",
        caption("a man in a white shirt"),
        D.wearing("a white shirt with a collar"),
        collar("mandarin collar"),
        B.garment_type("kurta", "contradiction"),
        D.description("a white shirt with a mandarin collar"),
        B.material("it is a white shirt", "restated"),
        title="Men White Mandarin Collar Cotton Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a dark green formal shirt and black trousers, white backdrop, to the knees.
    # adapter: caption, details
    case(
        "X397-031",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black shirt and black pants", "contradiction"),
        B.color("green"),
        D.details(
            "The shirt is with cotton fabric. It has a lapel neckline. The shirt is with cotton fabric. It has a "
            "lapel "
            "neckline. The",
            "loop",
            hit_limit=True,
        ),
        B.material("cotton"),
        title="Men Dark Green Solid Formal Shirt",
        category="Shirts",
        color="Dark Green",
        gender="Men",
    ),
    # photo: model in brown chinos with a white shirt tucked in, front view, white backdrop, full length.
    # adapter: none
    case(
        "X397-032",
        caption("a man in a white shirt and brown pants"),
        D.wearing("a man wearing a white shirt and brown pants"),
        color_of("pants", "brown"),
        B.color("white", "other_garment_color"),
        D.details("the pants have pockets on the back", "unsupported"),
        B.material("cotton"),
        title="Men Brown Slim Fit Cotton Chinos",
        category="Trousers",
        color="Brown",
        gender="Men",
    ),
    # photo: model in a navy waistcoat and matching flat-front trousers over a white shirt with rolled sleeves, grey
    # backdrop, full length.
    # adapter: none
    case(
        "X397-033",
        caption("a man in a vest and pants"),
        D.wearing("a blue vest and blue pants with a white shirt"),
        pieces("two"),
        color_of("waistcoat", "white", "other_garment_color"),
        color_of("trousers", "blue"),
        D.details("the vest has buttons and the pants have pleats", "unsupported"),
        B.sleeve_length("sleeveless"),
        title="Men Navy Blue Waistcoat & Trouser Set",
        category="Suits",
        color="Navy",
        gender="Men",
    ),
    # photo: model seated on a brown wooden chair in an off-white three-piece suit with a white shirt, beige backdrop.
    # adapter: none
    case(
        "X397-034",
        caption("a man in a white suit sitting on a chair"),
        D.wearing("a white suit"),
        pieces("three pieces"),
        color_of("waistcoat", "brown", "contradiction"),
        B.material("he is wearing a white suit", "restated"),
        is_a("suit", "yes"),
        title="Men Off-White Three-Piece Wedding Suit",
        category="Suits",
        color="Off White",
        gender="Men",
    ),
    # photo: model in an open tan blazer over a black turtleneck and black trousers, white backdrop, to the knees.
    # adapter: caption
    case(
        "X397-035",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns and a long trousers. The sweater is with "
            "cotton fabric. It has a high neckline. The trousers are with cotton fabric and pure color patterns.",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a brown jacket and black sweater"),
        color_of("blazer", "black", "other_garment_color"),
        B.garment_type("sweater", "contradiction"),
        B.material("wool"),
        D.details("the jacket has two buttons and elbow patches", "unsupported"),
        title="Men Tan Brown Solid Slim Fit Casual Blazer",
        category="Blazers",
        color="Tan",
        gender="Men",
    ),
    # photo: flat-lay of a sky blue oxford button-down shirt, one plain chest pocket, no logo, white backdrop.
    # adapter: none
    case(
        "X397-036",
        caption("a blue shirt on a white background"),
        D.wearing("a blue shirt and a tie", "unsupported"),
        B.color("blue"),
        collar("button down"),
        D.details("the shirt has a pocket and a logo on the pocket", "unsupported"),
        B.material("cotton"),
        title="Men Sky Blue Oxford Cotton Button-Down Formal Shirt",
        category="Shirts",
        color="Sky Blue",
    ),
    # photo: model in charcoal formal trousers with a white shirt tucked in and a black belt, white backdrop.
    # adapter: caption
    case(
        "X397-037",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with cotton "
            "fabric. The man wears a long-sleeve shirt with pure color patterns and a long trousers.",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white shirt and grey pants"),
        color_of("trousers", "black", "contradiction"),
        B.color("white", "other_garment_color"),
        fit("slim fit"),
        D.details("the pants have a belt"),
        B.material("the pants are grey", "restated"),
        title="Men Charcoal Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: model in a powder blue two-piece suit (matte fabric), white shirt, no tie, white backdrop, cropped at the
    # knees.
    # adapter: none
    case(
        "X397-038",
        caption("a man in a light blue suit"),
        D.wearing("a blue suit and a white shirt"),
        D.description("a light blue suit with a white shirt and brown shoes", "unsupported"),
        color_of("blazer", "blue"),
        pieces("the suit has two pieces"),
        B.material("silk", "unsupported"),
        title="Men Powder Blue Slim Fit Two-Piece Suit",
        category="Suits",
        color="Powder Blue",
        gender="Men",
    ),
    # photo: model in a navy polo with white horizontal stripes and beige chinos, light grey backdrop.
    # adapter: caption
    case(
        "X397-039",
        caption(
            "The man wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears a long trousers. The trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and white striped polo shirt"),
        B.pattern("striped"),
        B.color("beige", "other_garment_color"),
        D.details("the details of the shirt", "non_answer"),
        is_a("polo shirt", "yes"),
        B.material("cotton Question: What is the color of the pants? Answer: beige", "leak"),
        title="Men Navy Blue Striped Polo T-shirt",
        category="T-Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a black formal waistcoat over a white shirt with black trousers, grey backdrop, to the knees.
    # adapter: none
    case(
        "X397-040",
        caption("a man in a black vest and white shirt"),
        D.wearing("a black vest and a black shirt", "contradiction"),
        color_of("waistcoat", "black"),
        B.garment_type("shirt", "contradiction"),
        D.description("a black vest with a white shirt underneath"),
        B.material("a black vest", "restated"),
        title="Men Black Solid Slim Fit Formal Waistcoat",
        category="Waistcoats",
        color="Black",
        gender="Men",
    ),
    # photo: model in an olive half-sleeve formal shirt with a chest pocket and khaki trousers, white backdrop.
    # adapter: none
    case(
        "X397-041",
        caption("a woman in a green shirt and khaki pants", "pronoun"),
        D.wearing("a green shirt and beige pants"),
        B.sleeve_length("long sleeves", "contradiction"),
        B.color("green"),
        D.details("it has a pocket on the", "cut"),
        B.material("cotton"),
        title="Men Olive Half Sleeve Formal Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: flat-lay of grey slim chinos, folded at the knee, on a white backdrop.
    # adapter: caption, material
    case(
        "X397-042",
        caption(
            "The man wears a long trousers. The trousers are with cotton fabric and pure color patterns. The man "
            "wears "
            "a long trousers. The trousers are with cotton fabric and pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("grey pants"),
        B.color("grey"),
        fit("relaxed fit", "contradiction"),
        B.material(
            "The man wears a long trousers. The trousers are with cotton fabric and pure color patterns. The trousers",
            "restated",
            hit_limit=True,
        ),
        D.details("", "non_answer"),
        title="Men Grey Slim Fit Chinos",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a royal blue blazer with a breast pocket, white shirt and beige chinos, light backdrop.
    # adapter: none
    case(
        "X397-043",
        caption("a woman in a blue jacket and a white shirt", "pronoun"),
        D.wearing("a blue jacket and white shirt"),
        color_of("blazer", "blue"),
        B.color("white", "other_garment_color"),
        D.details(
            "the jacket has two buttons and a pocket on the chest and a pocket on the",
            "cut",
        ),
        title="Men Royal Blue Single-Breasted Slim Fit Blazer",
        category="Blazers",
        color="Royal Blue",
        gender="Men",
    ),
    # photo: flat-lay of cream pleated formal trousers with side pockets on a white backdrop.
    # adapter: none
    case(
        "X397-044",
        caption("a pair of beige pants on a white background"),
        D.wearing("nothing", "non_answer"),
        B.color("white"),
        D.details("the pants have pleats and pockets"),
        B.material("cotton"),
        is_a("pair of jeans", "no"),
        title="Men Cream Pleated Cotton Stretch Formal Trousers",
        category="Trousers",
        color="Cream",
        gender="Men",
    ),
    # photo: model in a grey Prince of Wales checked blazer over a white shirt, navy trousers, light grey backdrop.
    # adapter: caption, description
    case(
        "X397-045",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The man wears a long-sleeve shirt with lattice patterns. The shirt is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey plaid jacket and blue pants"),
        B.pattern("striped", "contradiction"),
        color_of("blazer", "grey"),
        D.description(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The",
            "cut",
            hit_limit=True,
        ),
        B.material("wool"),
        title="Men Grey Checked Slim Fit Formal Blazer",
        category="Blazers",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a navy Jodhpuri bandhgala two-piece suit (hip-length, mandarin collar, gold buttons), white
    # backdrop, full length.
    # adapter: none
    case(
        "X397-046",
        caption("a man in a blue suit with gold buttons"),
        D.wearing("a blue sherwani", "contradiction"),
        color_of("blazer", "gold", "contradiction"),
        pieces("two"),
        collar("mandarin collar"),
        B.material("cotton Question: What is the pattern of the suit? Answer: solid", "leak"),
        D.details("the suit has gold buttons and a red pocket square", "unsupported"),
        title="Men Navy Blue Jodhpuri Bandhgala Two-Piece Suit",
        category="Suits",
        color="Navy Blue",
        gender="Men",
    ),
]
