"""BLIND_438 (46 products; men's formal and party wear: suits, tuxedos, blazers, shirts, trousers, bandhgalas): written
blind in the forty-seventh session. Measured blind at 0e2b89a (the session's rules as they stood): 99/132 failures
found (75.0%) and 7/162 correct texts flagged (4.3%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of men's formal and party wear: two- and three-piece suits, tuxedos and
tuxedo blazers, single- and double-breasted blazers (velvet, linen, tweed, jacquard, sequinned), dress shirts (solid,
striped, printed, French-cuff, pleated tuxedo shirts), formal trousers, waistcoats, Nehru jackets, bandhgalas and a
sherwani. Most photos are layered outfits (a blazer over a shirt over trousers of another color, a waistcoat over a
kurta), with walls, doors, curtains, arches, plants and bouquets behind the model. Each row has the seller's title,
category, color and gender; a few rows miss the color or the gender, as real feeds do.

Who wrote what: captions come from either the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in
a navy blazer ...") or the caption-only LoRA adapter of the original experiments (the DeepFashion template, "The
gentleman wears a long-sleeve shirt with pure color patterns and a long trousers ..."). The adapter was trained with
no end-of-answer token, so every adapter text runs to its limit (50 new tokens for captions, 30 for answers) and has
hit_limit=True; asked a question, it returns its caption template. The DeepFashion template has no suit, blazer or
tuxedo class, so it calls a suit "a long-sleeve shirt ... and a long trousers". Open questions (wearing, description,
details, material, lapel, collar) come from the base model unless the comment says the adapter answered them; the
base model stops on its own and never has hit_limit. The closed questions (garment_type, color, pattern,
sleeve_length, per-piece colors, "Is this a ...?") are enrich's `--engine reference` answers, chosen from candidate
sets; they never loop or hit a limit.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, grey for charcoal or silver, red for maroon, wine or
  burgundy, white for cream or off white, tan or beige for khaki, brown or orange for rust, pink for peach, purple
  for lavender, green for olive or teal, yellow for mustard. Pink for a lavender shirt is a contradiction.
- The color of another piece of the outfit (the shirt under the blazer, the trousers under the shirt, the kurta
  under the Nehru jacket, the stole over the sherwani) given as the product's color is other_garment_color; so is
  a wearing answer that gives one piece the color another piece has ("white pants" with a white shirt over beige
  trousers). A color no piece has (the curtain's red, the sky's blue, the brick wall's red, a print or weave color
  such as gold paisley on a black blazer or white dots on a navy shirt) is contradiction.
- Garment synonyms are correct: jacket or suit for a blazer worn with matching or dark trousers, vest for a
  waistcoat or Nehru jacket, pants for trousers, scarf for a stole, tuxedo for a dinner jacket. The DeepFashion
  template calling a suit or blazer "a long-sleeve shirt" is accepted (the shirt is there, the template has no
  better class); calling it a sweater is contradiction. "Is this a tuxedo?" answered yes for a plain suit is
  contradiction; garment_type "dress" for a sherwani is contradiction.
- Patterns: lattice or checked for checks, striped for pinstripes, printed for paisley jacquard or small motifs are
  correct; solid for a checked or pinstriped garment, striped for herringbone tweed or for a pleated tuxedo front is
  contradiction. A waistcoat answered "long sleeves" (the shirt's sleeves) is contradiction.
- Materials: a fabric the title names, or one plainly visible (velvet, sequins, tweed as wool, satin sheen named in
  the title) is correct; cotton for a dress shirt is an accepted guess. For tailored pieces (suits, blazers,
  waistcoats, bandhgalas, formal trousers) a fabric the title does not name and the photo cannot show (wool, silk,
  cotton, linen, polyester) is unsupported. A material question answered with the garment's name and color, or with
  the adapter's template, is restated; "i don't know" and an empty answer are non_answer; "it is made of" is cut.
- Invented items not in the photo (pocket square, pocket watch or chain, chest pocket, watch, tie, boutonniere,
  necklace, red scarf, a back pocket on a front view) are unsupported, and so are a lapel given to a bandhgala (it
  has a mandarin collar, no lapel) and a button-down collar on a spread-collar shirt. A shawl lapel named for a
  peak lapel that the photo shows is contradiction.
- Adapter texts: one that repeats a sentence (or restarts one) of its template is loop; one that stops mid-sentence
  without repeating is cut; "The lady" for a man is pronoun (seen before the cut); a misnamed garment is
  contradiction (hit_limit kept). Wrong fabric or pattern words inside a cut template are labelled cut.
- Base answers that run on into "Question: ... Answer: ...", or that start by echoing the prompt, are leak.
- "she" or "her" for a man is pronoun. "the details of the shirt", "the shirt has a collar", "the collar", "they
  are black pants" (details), "it is a jacket" and "the suit" (description) are non_answer.
- Belts, bow ties, cufflinks and the kurta under a Nehru jacket that the photo shows are correct in open answers.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_blazer = question("color_blazer", "What is the color of the blazer?", "closed")
color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_trousers = question("color_trousers", "What is the color of the trousers?", "closed")
color_waistcoat = question("color_waistcoat", "What is the color of the waistcoat?", "closed")
lapel = question("lapel", "What kind of lapel does the jacket have?", "open")
collar = question("collar", "What type of collar does the shirt have?", "open")

T_SUIT = (
    "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with cotton "
    "fabric. It has a lapel neckline. The trousers are with cotton fabric and pure color patterns. The"
)

BLIND_438 = [
    # photo: model in a navy two-piece suit, jacket buttoned, white shirt, no tie, plain grey studio backdrop.
    # caption: adapter
    case(
        "X438-001",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. It has a lapel neckline. The gentleman wears a long-sleeve shirt with pure color patterns "
            "and",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue suit and white shirt"),
        D.garment_type("suit"),
        D.color("blue"),
        is_a("tuxedo", "no"),
        D.material("wool"),
        D.details(
            "The shirt is with cotton fabric. It has a lapel neckline. The shirt is with cotton fabric. It has a "
            "lapel neckline. The shirt",
            "loop",
            hit_limit=True,
        ),
        title="Men Navy Blue Wool Blend Slim-Fit Two-Piece Formal Suit",
        category="Suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black tuxedo with satin peak lapels, white wing-collar shirt, black bow tie, no pocket square, dark
    # backdrop. description: adapter
    case(
        "X438-002",
        caption("a man in a black tuxedo with a bow tie"),
        D.wearing("she is wearing a tuxedo", "pronoun"),
        D.color("black"),
        lapel("peak lapel"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The gentleman "
            "wears a long-sleeve shirt with pure color patterns and a",
            "loop",
            hit_limit=True,
        ),
        is_a("tuxedo", "yes"),
        D.details("the jacket has a satin lapel and a white pocket square", "unsupported"),
        title="Men Black Solid Slim-Fit Tuxedo Suit Set",
        category="Suits",
        color="Black",
        gender="Men",
    ),
    # photo: charcoal single-breasted blazer over a light blue shirt, dark blue jeans (not sold), white wall.
    # no adapter text
    case(
        "X438-003",
        caption("a man wearing a grey blazer and jeans"),
        D.wearing("a grey blazer with a blue shirt and jeans"),
        D.color("grey"),
        color_blazer("blue", "other_garment_color"),
        D.material("wool", "unsupported"),
        D.details("the details of the blazer", "non_answer"),
        title="Men Charcoal Grey Solid Single-Breasted Slim-Fit Formal Blazer",
        category="Blazers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: white solid full-sleeve shirt, spread collar, no chest pocket, tucked into black trousers, grey backdrop.
    # caption, wearing: adapter
    case(
        "X438-004",
        caption(T_SUIT, "cut", hit_limit=True),
        D.wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. The gentleman wears a long-sleeve shirt with pure",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("shirt"),
        D.color("white"),
        D.sleeve_length("long sleeves"),
        collar("a spread collar"),
        D.material("cotton"),
        D.details("the shirt has a pocket on the chest", "unsupported"),
        title="Men White Pure Cotton Solid Slim-Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: maroon velvet bandhgala with mandarin collar and gold buttons, black trousers, beige wall behind.
    # no adapter text
    case(
        "X438-005",
        caption("a man in a red jacket standing in front of a wall"),
        D.wearing("a red jacket with gold buttons"),
        D.garment_type("jacket"),
        D.color("maroon"),
        D.material("velvet"),
        D.description("it is a jacket", "non_answer"),
        lapel("a notch lapel", "unsupported"),
        title="Men Maroon Velvet Bandhgala Jacket",
        category="Blazers",
        color="Maroon",
        gender="Men",
    ),
    # photo: beige linen blazer, open, over a white crew-neck t-shirt, white trousers, garden greenery behind.
    # caption, details: adapter
    case(
        "X438-006",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with linen fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a tan jacket and a white t-shirt"),
        D.color("white", "other_garment_color"),
        D.material("linen"),
        is_a("blazer", "yes"),
        D.details(
            "The shirt is with linen fabric. It has a lapel neckline. The shirt is with linen fabric. It has a lapel "
            "neckline. The",
            "loop",
            hit_limit=True,
        ),
        title="Men Beige Linen Slim-Fit Casual Blazer",
        category="Blazers",
        color="Beige",
        gender="Men",
    ),
    # photo: grey three-piece suit with faint checks, waistcoat buttoned, light pink shirt, burgundy tie, no watch
    # chain, studio. no adapter text
    case(
        "X438-007",
        caption("a man in a grey suit with a pink shirt and tie"),
        D.wearing("a grey suit with a pink shirt and a red tie"),
        D.pattern("checked"),
        color_waistcoat("grey"),
        D.color("pink", "other_garment_color"),
        D.details("the suit has a vest and a tie and a pocket watch", "unsupported"),
        title="Men Grey Checked Three-Piece Slim-Fit Suit",
        category="Suits",
        color="Grey",
        gender="Men",
    ),
    # photo: waist-down view of black flat-front trousers, white shirt tucked in, black belt and shoes, white floor.
    # no adapter text
    case(
        "X438-008",
        caption("a man in black pants and a white shirt"),
        D.garment_type("trousers"),
        D.color("white", "other_garment_color"),
        D.details("they are black pants", "non_answer"),
        is_a("pair of jeans", "no"),
        D.material("black pants", "restated"),
        title="Men Black Slim-Fit Flat-Front Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: white shirt with thin navy vertical stripes, no tie, navy trousers, grey wall, front view.
    # caption, details: adapter
    case(
        "X438-009",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns and a long trousers. The shirt is with "
            "cotton fabric. It has a lapel neckline. The trousers are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and white striped shirt and a blue tie", "unsupported"),
        D.pattern("striped"),
        D.color("white"),
        D.details(
            "The shirt is with cotton fabric and stripe patterns. It has a lapel neckline. The shirt is with cotton "
            "fabric and stripe patterns. It has",
            "loop",
            hit_limit=True,
        ),
        title="Men White & Navy Blue Striped Slim-Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: olive green bandhgala suit (jacket and trousers), brass buttons, brown loafers, wooden door behind.
    # details: adapter
    case(
        "X438-010",
        caption("a man in a green suit standing in front of a wooden door"),
        D.wearing("she is wearing a green suit", "pronoun"),
        D.color("green"),
        D.garment_type("suit"),
        is_a("kurta", "no"),
        D.material("silk", "unsupported"),
        D.details(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. It has a stand",
            "cut",
            hit_limit=True,
        ),
        title="Men Olive Green Solid Bandhgala Suit Set",
        category="Suits",
        color="Olive",
        gender="Men",
    ),
    # photo: burgundy tuxedo blazer with black satin shawl lapel, white shirt, black bow tie, black trousers,
    # dark studio. no adapter text
    case(
        "X438-011",
        caption("a man in a red tuxedo with a black bow tie"),
        D.wearing("a red jacket and black pants"),
        D.color("black", "other_garment_color"),
        lapel("shawl lapel"),
        D.material("velvet", "unsupported"),
        D.details(
            "the jacket has a black collar and a black bow tie Question: what is the color of the shirt? Answer: white",
            "leak",
        ),
        title="Men Burgundy Shawl-Lapel Tuxedo Blazer",
        category="Blazers",
        color="Burgundy",
        gender="Men",
    ),
    # photo: light blue solid shirt with a navy knit tie, grey trousers, white backdrop. no adapter text
    case(
        "X438-012",
        caption("a man wearing a blue shirt and a tie"),
        D.wearing("a blue shirt and a grey tie", "other_garment_color"),
        D.color("blue"),
        D.sleeve_length("long sleeves"),
        D.garment_type("shirt"),
        D.material("a blue shirt", "restated"),
        collar("the collar", "non_answer"),
        title="Men Blue Solid Slim-Fit Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: cream Nehru jacket with gold thread embroidery over a white kurta and white churidar, festive backdrop
    # with marigold strings. caption, material: adapter
    case(
        "X438-013",
        caption(
            "The gentleman wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. It has a "
            "v-shape neckline. The gentleman wears a long-sleeve shirt with pure color patterns and a long",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white kurta and a gold vest", "contradiction"),
        D.color("white"),
        D.garment_type("waistcoat"),
        D.details("gold embroidery on the front"),
        D.sleeve_length("sleeveless"),
        D.material(
            "The gentleman wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. It has "
            "a v-shape",
            "restated",
            hit_limit=True,
        ),
        title="Men Cream-Coloured Embroidered Nehru Jacket",
        category="Nehru Jackets",
        color="Cream",
        gender="Men",
    ),
    # photo: navy double-breasted blazer with gold buttons, no pocket square, white shirt, khaki chinos, blue wall.
    # no adapter text
    case(
        "X438-014",
        caption("a man in a navy blazer and khaki pants standing in front of a blue wall"),
        D.wearing("a blue jacket and khaki pants"),
        color_blazer("navy"),
        D.description("a navy blue blazer with gold buttons and a white shirt"),
        D.details("the blazer has two rows of buttons and a pocket square", "unsupported"),
        is_a("suit", "no"),
        title="Men Navy Blue Double-Breasted Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey five-button waistcoat, no watch chain, white full-sleeve shirt, black trousers. caption: adapter
    case(
        "X438-015",
        caption(
            "The gentleman wears a sleeveless vest with pure color patterns and a long trousers. The vest is with "
            "cotton fabric. It has a v-shape neckline. The gentleman wears a sleeveless vest with pure color",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey vest and a white shirt"),
        D.color("white", "other_garment_color"),
        D.garment_type("vest"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("the vest has five buttons and a pocket watch chain", "unsupported"),
        title="Men Grey Solid Slim-Fit Formal Waistcoat",
        category="Waistcoat",
        color="Grey",
        gender="Men",
    ),
    # photo: rust linen shirt with mandarin collar, sleeves rolled to the elbow, beige trousers, white wall.
    # no adapter text
    case(
        "X438-016",
        caption("a man in an orange shirt standing in front of a white wall"),
        D.wearing("he is wearing an orange shirt and khaki pants"),
        D.color("brown"),
        D.material("linen"),
        D.sleeve_length("long sleeves"),
        collar("mandarin collar"),
        title="Men Rust Solid Linen Mandarin Collar Party Shirt",
        category="Shirts",
        color="Rust",
        gender="Men",
    ),
    # photo: black satin party shirt with a white floral print, no chest pocket, black jeans, grey backdrop.
    # no adapter text
    case(
        "X438-017",
        caption("a man wearing a black shirt with white flowers"),
        D.wearing(
            "a floral shirt and black jeans Question: what is the color of the shirt? Answer: black",
            "leak",
        ),
        D.pattern("floral"),
        D.color("white", "contradiction"),
        D.material("satin"),
        D.details(
            "the shirt has a floral print on it and a pocket on the chest",
            "unsupported",
        ),
        title="Men Black & White Floral Printed Satin Party Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: khaki pleated formal trousers, navy shirt tucked in, brown belt, full length, white backdrop.
    # caption, details: adapter
    case(
        "X438-018",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. It has a lapel neckline. The trousers are with cotton fabric and pure color patterns. The "
            "gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and khaki pants"),
        D.color("beige"),
        color_trousers("blue", "other_garment_color"),
        D.details(
            "The trousers are with cotton fabric and pure color patterns. The trousers are of long length. The "
            "trousers are with cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        title="Men Khaki Pleated Formal Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: off-white knee-length sherwani with gold embroidery, churidar, maroon stole over one shoulder, palace
    # hall backdrop, no jewellery. no adapter text
    case(
        "X438-019",
        caption("a man in a white sherwani with a red scarf"),
        D.wearing("a white and gold outfit"),
        D.color("red", "other_garment_color"),
        D.garment_type("dress", "contradiction"),
        D.material("silk"),
        D.details("the sherwani has gold embroidery and a gold necklace", "unsupported"),
        title="Men Off White Embroidered Silk Blend Sherwani Set",
        category="Sherwani",
        color="Off White",
        gender="Men",
    ),
    # photo: grey pinstriped double-breasted suit, white shirt, navy tie, studio. caption, details: adapter
    case(
        "X438-020",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns and a long trousers. The shirt is with "
            "cotton fabric. It has a lapel neckline. The trousers are with cotton fabric and stripe patterns. There "
            "is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey suit and tie"),
        D.pattern("solid", "contradiction"),
        D.color("grey"),
        D.description("the suit", "non_answer"),
        D.details(
            "The trousers are with cotton fabric and stripe patterns. The trousers are with cotton fabric and stripe "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        title="Men Grey Pinstriped Double-Breasted Suit",
        category="Suits",
        color="Grey",
        gender="Men",
    ),
    # photo: black single-breasted blazer over a black turtleneck, black trousers, white backdrop. no adapter text
    case(
        "X438-021",
        caption("a man in a black suit and black turtleneck"),
        D.wearing("a black suit and a black sweater"),
        D.color("black"),
        D.material("it is made of", "cut"),
        lapel("notch lapel"),
        D.description(
            "a black blazer Question: what is the color of the shirt? Answer: black",
            "leak",
        ),
        title="Men Black Solid Single-Breasted Blazer",
        category="Blazers",
        color="Black",
        gender="Men",
    ),
    # photo: teal blue velvet party blazer with black satin lapels, white shirt, black bow tie, black trousers, red
    # velvet curtain behind. no adapter text
    case(
        "X438-022",
        caption("a man in a blue velvet jacket in front of a red curtain"),
        D.wearing("a blue jacket and black pants with a red bow tie", "contradiction"),
        D.color("red", "contradiction"),
        D.material("velvet"),
        D.details("the jacket has black lapels"),
        title="Men Teal Blue Velvet Party Blazer",
        category="Blazers",
        color="Teal",
        gender="Men",
    ),
    # photo: white dinner jacket, black trousers, white shirt, black bow tie, grey backdrop. caption, material: adapter
    case(
        "X438-023",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. It has a lapel neckline. The trousers are with cotton fabric and pure color patterns. "
            "There",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a white tuxedo"),
        D.color("white"),
        color_trousers("white", "other_garment_color"),
        D.garment_type("blazer"),
        D.material(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. It",
            "restated",
            hit_limit=True,
        ),
        title="Men White Solid Tuxedo Blazer",
        category="Blazers",
        color="White",
        gender="Men",
    ),
    # photo: lavender solid full-sleeve shirt, charcoal trousers, light grey backdrop. no adapter text
    case(
        "X438-024",
        caption("a man in a purple shirt and grey pants"),
        D.wearing("a pink shirt", "contradiction"),
        D.color("purple"),
        D.material("cotton"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details(
            "Question: What are the details of the garment? Answer: the shirt has a collar and buttons",
            "leak",
        ),
        title="Men Lavender Solid Slim-Fit Formal Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: black jacquard party blazer with a gold paisley weave, black shirt, black trousers, dark backdrop.
    # caption: adapter
    case(
        "X438-025",
        caption(
            "The gentleman wears a long-sleeve shirt with graphic patterns and a long trousers. The shirt is with "
            "cotton fabric. It has a lapel neckline. The gentleman wears a long-sleeve shirt with graphic patterns "
            "and a",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black and gold jacket"),
        D.color("gold", "contradiction"),
        D.pattern("printed"),
        D.material("silk", "unsupported"),
        D.details(
            "the jacket has a gold paisley print Question: what is the color of the pants? Answer: black",
            "leak",
        ),
        title="Men Black & Gold-Toned Paisley Jacquard Party Blazer",
        category="Blazers",
        color="Black",
        gender="Men",
    ),
    # photo: charcoal slim-fit formal trousers, sky blue shirt tucked in, brown belt, waist-down view.
    # description: adapter
    case(
        "X438-026",
        caption("a man in grey pants and a blue shirt"),
        D.wearing("a blue shirt and grey pants"),
        D.color("grey"),
        D.garment_type("pants"),
        D.details("the pants have a brown belt"),
        D.material("cotton", "unsupported"),
        D.description(
            "The trousers are of long length. The trousers are with cotton fabric and pure color patterns. The "
            "gentleman wears a long-sleeve shirt with pure color patterns. The shirt",
            "cut",
            hit_limit=True,
        ),
        title="Men Charcoal Grey Slim-Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: peach solid shirt, white trousers, model holding a bouquet of pink flowers, white backdrop.
    # no adapter text
    case(
        "X438-027",
        caption("a man wearing a pink shirt holding a bouquet of flowers"),
        D.wearing("she is wearing a pink shirt and white pants", "pronoun"),
        D.color("pink"),
        D.description("", "non_answer"),
        D.sleeve_length("long sleeves"),
        D.material("a pink shirt", "restated"),
        title="Men Peach-Coloured Slim-Fit Formal Shirt",
        category="Shirts",
        color="Peach",
        gender="Men",
    ),
    # photo: navy three-piece wedding suit, jacket open over a buttoned waistcoat, white shirt, silver tie, stage
    # with flower decorations, no boutonniere. caption: adapter
    case(
        "X438-028",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a v-shape neckline. The gentleman wears a long trousers. The trousers are with",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing(
            "he is wearing a blue suit with a silver tie and a flower on his lapel",
            "unsupported",
        ),
        color_blazer("blue"),
        color_waistcoat("navy"),
        D.color("white", "other_garment_color"),
        is_a("suit", "yes"),
        D.material("polyester", "unsupported"),
        title="Men Navy Blue Three-Piece Wedding Suit",
        category="Suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: mustard yellow blazer (no pocket square) over a black t-shirt, black trousers, grey backdrop.
    # no adapter text
    case(
        "X438-029",
        caption("a man in a yellow jacket with a black shirt"),
        D.wearing("a yellow blazer and black pants"),
        D.color("yellow"),
        color_blazer("black", "other_garment_color"),
        D.details(
            "the blazer has a notch lapel and two buttons and a black pocket square",
            "unsupported",
        ),
        D.material("cotton Question: what is the color of the garment? Answer: yellow", "leak"),
        title="Men Mustard Yellow Solid Slim-Fit Party Blazer",
        category="Blazers",
        color="Mustard",
        gender="Men",
    ),
    # photo: close-up torso, white French-cuff shirt with silver cufflinks, no tie, grey backdrop.
    # caption, wearing: adapter
    case(
        "X438-030",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. There is an accessory on his wrist. The gentleman wears a long-sleeve",
            "loop",
            hit_limit=True,
        ),
        D.details("the shirt has cufflinks"),
        D.color("white"),
        D.garment_type("shirt"),
        is_a("t-shirt", "no"),
        D.material("cotton"),
        D.wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. There",
            "cut",
            hit_limit=True,
        ),
        title="Men White Solid French-Cuff Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: black Jodhpuri bandhgala with silver buttons, white churidar trousers, sandstone palace arch behind.
    # details: adapter
    case(
        "X438-031",
        caption("a man in a black jacket and white pants standing in front of an arch"),
        D.wearing("a black suit"),
        D.color("black"),
        color_trousers("white"),
        D.description("a black and white suit with silver buttons"),
        lapel("a peak lapel", "unsupported"),
        D.material("a black jacket", "restated"),
        D.details(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The gentleman "
            "wears a long-sleeve shirt with pure color",
            "loop",
            hit_limit=True,
        ),
        title="Men Black Jodhpuri Bandhgala Suit",
        category="Suits",
        color="Black",
        gender="Men",
    ),
    # photo: grey Prince of Wales check blazer, navy turtleneck, navy trousers, studio. caption, material: adapter
    case(
        "X438-032",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns and a long trousers. The shirt is with "
            "cotton fabric. It has a lapel neckline. The trousers are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey plaid jacket and a blue sweater"),
        D.pattern("checked"),
        D.color("blue", "other_garment_color"),
        D.material(
            "The gentleman wears a long-sleeve shirt with lattice patterns and a long trousers. The shirt is with "
            "cotton fabric. It has a lapel",
            "restated",
            hit_limit=True,
        ),
        title="Men Grey Checked Slim-Fit Casual Blazer",
        category="Blazers",
        color="Grey",
        gender="Men",
    ),
    # photo: silver sequinned party blazer, black shirt, black trousers, stage lights behind. description: adapter
    case(
        "X438-033",
        caption("a man in a silver jacket on a stage"),
        D.wearing("she is wearing a shiny silver jacket and a black shirt", "pronoun"),
        D.color("grey"),
        D.material("sequins"),
        D.garment_type("jacket"),
        D.details("it has a sparkly design"),
        D.description(
            "The gentleman wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        title="Men Silver-Toned Sequinned Party Blazer",
        category="Blazers",
        color="Silver",
        gender="Men",
    ),
    # photo: maroon two-piece party suit, black shirt, no tie, notch lapels, black backdrop. caption: adapter
    case(
        "X438-034",
        caption(T_SUIT, "cut", hit_limit=True),
        D.wearing("a red suit and black shirt"),
        D.color("red"),
        color_blazer("black", "other_garment_color"),
        is_a("tuxedo", "yes", "contradiction"),
        D.description(
            "a red suit with a black shirt Question: what is the man wearing? Answer: a red suit",
            "leak",
        ),
        title="Men Maroon Solid Two-Piece Party Suit",
        category="Suits",
        color="Maroon",
        gender="Men",
    ),
    # photo: beige waistcoat with four buttons and two welt pockets, white shirt, brown trousers, light backdrop.
    # no adapter text
    case(
        "X438-035",
        caption("a man wearing a beige vest and a white shirt"),
        D.wearing("a white shirt and a brown vest", "other_garment_color"),
        D.color("beige"),
        D.details("the vest has four buttons and two pockets"),
        D.material("linen", "unsupported"),
        D.garment_type("vest"),
        D.description("she is wearing a beige vest", "pronoun"),
        title="Men Beige Solid Formal Waistcoat",
        category="Waistcoat",
        color="Beige",
        gender="Men",
    ),
    # photo: navy shirt with tiny white polka dots, spread collar, grey trousers, white backdrop. no adapter text
    case(
        "X438-036",
        caption("a man in a blue shirt with white dots"),
        D.wearing("a blue shirt and gray pants"),
        D.pattern("polka dot"),
        D.color("white", "contradiction"),
        D.details(
            "the shirt has white polka dots Question: what is the pattern of the shirt? Answer: polka dots",
            "leak",
        ),
        D.material("cotton"),
        collar("button down collar", "unsupported"),
        title="Men Navy Blue Polka Dot Print Formal Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: navy finely checked formal trousers, white shirt tucked in, full length, grey backdrop.
    # caption: adapter
    case(
        "X438-037",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. It has a lapel neckline. The trousers are with cotton fabric and lattice patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and blue pants"),
        D.pattern("solid", "contradiction"),
        D.color("blue"),
        color_trousers("white", "other_garment_color"),
        D.details("the details of the trousers", "non_answer"),
        title="Men Navy Blue Checked Formal Trousers",
        category="Trousers",
        gender="Men",
    ),
    # photo: black tuxedo with satin peak lapels worn with a black shirt and black tie, all black, dark grey
    # backdrop. details: adapter
    case(
        "X438-038",
        caption("a man in a black suit with a black tie"),
        D.wearing("a black suit with a white shirt", "contradiction"),
        D.color("black"),
        is_a("tuxedo", "yes"),
        lapel("shawl lapel", "contradiction"),
        D.details(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. It has a",
            "cut",
            hit_limit=True,
        ),
        title="Men Black Satin-Trim Tuxedo Suit",
        category="Suits",
        color="Black",
        gender="Men",
    ),
    # photo: brown herringbone tweed blazer, cream crew-neck sweater, dark jeans, red brick wall behind.
    # details: adapter
    case(
        "X438-039",
        caption("a man in a brown jacket standing in front of a brick wall"),
        D.wearing("a brown jacket and a white sweater"),
        D.pattern("striped", "contradiction"),
        D.material("wool"),
        D.color("red", "contradiction"),
        D.details(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with wool fabric. The "
            "gentleman wears a long-sleeve shirt with lattice patterns. The",
            "loop",
            hit_limit=True,
        ),
        title="Men Brown Herringbone Tweed Blazer",
        category="Blazers",
        color="Brown",
        gender="Men",
    ),
    # photo: white bandhgala with gold buttons and white trousers, beach with blue sky behind. caption: adapter
    case(
        "X438-040",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. It has a stand neckline. The gentleman wears a long-sleeve shirt with pure color patterns",
            "loop",
            hit_limit=True,
        ),
        D.wearing("he is wearing a white suit"),
        D.color("white"),
        color_blazer("blue", "contradiction"),
        is_a("shirt", "no"),
        D.details("gold buttons and a gold chain on the pocket", "unsupported"),
        D.material("cotton", "unsupported"),
        title="Men White Solid Bandhgala Blazer",
        category="Blazers",
        color="White",
    ),
    # photo: pale pink shirt with a navy tie, grey backdrop, arms down, cuffs visible, no watch. no adapter text
    case(
        "X438-041",
        caption("a man in a pink shirt and blue tie"),
        D.wearing("he is wearing a pink shirt with a blue tie and a watch", "unsupported"),
        D.color("pink"),
        D.sleeve_length("long sleeves"),
        D.material("cotton"),
        collar("the shirt has a collar", "non_answer"),
        D.details("the details of the shirt", "non_answer"),
        title="Men Pink Solid Slim-Fit Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: front, waist-down view of beige linen-blend pleated trousers, white shirt tucked in. caption: adapter
    case(
        "X438-042",
        caption(
            "The trousers are of long length. The trousers are with linen fabric and pure color patterns. The "
            "gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with linen fabric. It has",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and beige pants"),
        D.color("white", "other_garment_color"),
        D.garment_type("trousers"),
        D.material("linen"),
        D.details(
            "the trousers have a pleat in front and two side pockets and a back pocket",
            "unsupported",
        ),
        title="Men Beige Linen Blend Formal Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: navy Nehru jacket with small white printed motifs over a white kurta and white pyjama, no scarf,
    # cream wall. no adapter text
    case(
        "X438-043",
        caption("a man in a blue vest and white kurta"),
        D.wearing("a blue jacket over a white kurta"),
        D.color("white", "other_garment_color"),
        D.pattern("printed"),
        D.description(
            "a navy blue vest with a white shirt and white pants and a red scarf",
            "unsupported",
        ),
        D.sleeve_length("sleeveless"),
        D.material("it is made of fabric", "non_answer"),
        title="Men Navy Blue Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: close-up torso, white pleated-front tuxedo shirt with studs, black bow tie, grey backdrop.
    # caption: adapter
    case(
        "X438-044",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. There is an accessory in his neck. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and a black bow tie"),
        D.pattern("striped", "contradiction"),
        D.color("white"),
        is_a("tuxedo", "no"),
        D.details("the shirt has pleats on the front"),
        D.material("a white shirt with a bow tie", "restated"),
        title="Men White Pleated-Front Tuxedo Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: olive green two-button blazer, white shirt, beige trousers, potted plant beside the model.
    # no adapter text
    case(
        "X438-045",
        caption("a man in a green jacket next to a plant"),
        D.wearing("a green jacket and white pants", "other_garment_color"),
        D.color("green"),
        D.details("the jacket has two buttons and a pocket"),
        is_a("blazer", "yes"),
        D.material("i don't know", "non_answer"),
        D.description(
            "a green blazer with a white shirt Question: what is the man wearing? Answer: a green blazer",
            "leak",
        ),
        title="Men Olive Green Solid Slim-Fit Formal Blazer",
        category="Blazers",
        color="Olive",
        gender="Men",
    ),
    # photo: light grey two-piece summer suit, lavender shirt, no tie, park trees behind. caption, details: adapter
    case(
        "X438-046",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. It has a lapel neckline. The trousers are with cotton fabric and pure color patterns. The "
            "gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a gray suit and a purple shirt"),
        D.color("grey"),
        color_shirt("grey", "other_garment_color"),
        D.description("a light grey suit"),
        D.garment_type("suit"),
        D.details(
            "The shirt is with cotton fabric. It has a lapel neckline. The trousers are with cotton fabric and pure "
            "color patterns. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        title="Men Light Grey Two-Piece Summer Suit",
        category="Suits",
        gender="Men",
    ),
]
