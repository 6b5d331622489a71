"""BLIND_326 (46 products; men's formal and occasion wear: shirts, suits, blazers, sherwanis, kurta sets, ties): written
blind in the forty-fourth session. Measured blind at abf161b (the session's rules as they stood): 93/132 failures
found (70.5%) and 14/170 correct texts flagged (8.2%). The writer's notes, verbatim:

Scenario: an English catalog feed of men's formal and occasion wear: formal shirts (solid, striped, checked, printed,
contrast collar, tuxedo bib), two- and three-piece suits, tuxedos, blazers and dinner jackets, waistcoats and Nehru
jackets, formal trousers, sherwanis and achkans, kurta pyjama sets, bandhgalas and ties. Model shots in studios (grey,
white, beige, pink or black backdrops, a red brick wall) and on location (wedding stages and mandaps, a haldi set with
marigolds, a beach, a palace, a ballroom, a library, a garden, a city street at night). Most products are worn with
other garments (a white shirt under a suit, trousers under a shirt, a pyjama under a kurta, a jacket over a kurta),
so many answers name several colors. Each row has the seller's title, category, color and gender; a few rows miss
the gender, as real feeds do.

Who wrote what: captions and open answers come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase,
"a man in a blue suit ...") unless the comment above the case says the caption adapter wrote them. The adapter was
trained on DeepFashion template captions with no end-of-answer token: it writes "The gentleman wears a long-sleeve
... with pure color patterns ..." whatever it is asked, runs to its limit (50 new tokens for captions, 30 for
answers) and carries hit_limit=True. The base model stops on its own and never has hit_limit. The questionnaire is
enrich's default one plus the experiments' own questions ("What is he wearing?", the color of the shirt / trousers /
waistcoat / pyjama / jacket / dupatta). The closed questions (garment_type, color, pattern, sleeve_length, the
per-piece colors, "Is this a ...?") are enrich's `--engine reference` answers, picked from candidate sets: never a
loop or a cut, but often the wrong candidate.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, teal or sky blue; grey for charcoal; red for maroon,
  wine or burgundy; white or cream for off white, ivory or cream; pink for peach; purple for lavender; yellow for
  mustard; orange for rust; tan or khaki for beige; green for olive, bottle green or mint; gold for a gold-toned
  jacquard. Navy given as black is a contradiction.
- Garment synonyms are correct: pants for trousers, vest for a waistcoat or a Nehru jacket, jacket for a blazer,
  a bandhgala or a Nehru jacket, suit for a bandhgala suit, scarf for a dupatta, shirt for a kurta (the base model
  often sees a kurta as a long shirt), tuxedo for a dinner suit, turban for a safa. A sherwani called a dress, a
  hip-length bandhgala answered yes to "Is this a sherwani?", navy trousers called jeans, and a reference
  garment_type that names the outfit's other garment (suit for a tie, shirt for trousers) are contradictions.
- The color of another garment in the photo (the white shirt under a suit, the trousers under a shirt, the pyjama,
  the turban, the other piece of a kurta-and-jacket set) given as the product's or a piece's color is
  other_garment_color. A color nobody wears in the photo (the wall, the sea, the foliage, the marigolds) is a
  contradiction, and so is the color of the embroidery or print given as the garment's color (gold for a maroon
  sherwani with gold work, gold for a black kurta with gold print).
- Two garments given one color where both really have it (an all-black outfit, a cream bandhgala suit) are correct.
  Walls, doors, bookshelves and flowers named in a caption are correct where the photo shows them.
- Pleats answered "striped", micro checks answered "solid", chikankari all-over embroidery answered "solid" are
  contradictions; a waistcoat answered "long sleeves" (the shirt's sleeves show) is a contradiction.
- Materials: one the title names is correct (polyester for poly-viscose or microfibre, wool for a wool blend, silk
  for art silk or raw silk, satin for a satin-finish or satin-lapel garment); a plausible guess on a plain matte
  fabric with no named material ("cotton") is correct; a fabric the title contradicts (cotton for wool blend or
  jacquard silk) or that the photo does not show (silk on a matte Nehru jacket, velvet on a matte suit) is
  unsupported.
- Invented items or details not in the photo (a boutonniere, a pocket square, sunglasses, a watch, a tie clip, a
  brooch, a necklace, a turban, a tie on an open collar, cufflinks on buttoned cuffs, a glass of champagne, a
  briefcase, gold buttons on horn-buttoned suits, a chest pocket or button-down collar the shirt lacks, elbow
  patches on a front view, embroidery on plain sleeves, a contrast collar) are unsupported.
- Adapter texts: repeating a template sentence is loop; stopping mid-sentence without repeating is cut (even where
  the template invents "an accessory on his wrist" before the cut); the template returned to the material question is
  restated. The adapter's "outer clothing" for a blazer, bandhgala or sherwani and "shirt" for a kurta are accepted.
- Base answers that run on into "Question: ... Answer: ..." are leak even where the first words are right. A base
  answer that stops mid-phrase ("it is made of") is cut, without hit_limit. An empty answer, "the details of the
  pants" and "it is a kurta" for the description are non_answer; a material question answered with the garment's
  color and name is restated ("white shirt", "navy blue pants"); "the kurta is made of fabric" is non_answer. "she"
  or "a woman" for a man is pronoun. A shirt answered "short sleeves" where the long sleeves show is contradiction.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

he_wearing = question("wearing", "What is he wearing?", "open")
color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_trousers = question("color_trousers", "What is the color of the trousers?", "closed")
color_waistcoat = question("color_waistcoat", "What is the color of the waistcoat?", "closed")
color_pyjama = question("color_pyjama", "What is the color of the pyjama?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")

ADAPTER_SHIRT = (
    "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
    "lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
    "patterns. There is"
)

BLIND_326 = [
    # photo: model in a navy blue two-piece suit, white shirt, burgundy tie, black shoes; plain grey studio backdrop,
    # front, full length.
    case(
        "X326-001",
        caption("a man in a blue suit and tie standing in front of a grey background"),
        he_wearing("a blue suit and a red tie"),
        D.garment_type("suit"),
        D.color("white", "other_garment_color"),
        color_shirt("white"),
        D.material("wool", "unsupported"),
        D.description("a navy blue suit with a white shirt and a red tie and a white pocket square", "unsupported"),
        title="Men Navy Blue Slim Fit Single-Breasted Poly Viscose Two-Piece Suit",
        category="Suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a white solid formal shirt, no chest pocket, tucked into black trousers; white studio backdrop,
    # front, to the knee.
    # caption: adapter
    case(
        "X326-002",
        caption(ADAPTER_SHIRT, "cut", hit_limit=True),
        D.wearing("a white shirt and black pants"),
        D.color("white"),
        color_trousers("white", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.description("a white shirt with a collar and buttons and a pocket on the chest", "unsupported"),
        D.material("white shirt", "restated"),
        title="Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a maroon velvet sherwani with gold embroidery on the collar and placket, cream churidar, no
    # turban; wedding stage with marigold garlands behind, full length.
    case(
        "X326-003",
        caption("a man in a red sherwani standing in front of a wedding stage"),
        he_wearing("a red sherwani and a red turban", "unsupported"),
        D.garment_type("sherwani"),
        D.color("gold", "contradiction"),
        D.material("velvet"),
        D.details("gold embroidery on the collar and the front"),
        color_trousers("white"),
        title="Men Maroon Embroidered Velvet Sherwani Set",
        category="Sherwanis",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in a light blue shirt with thin white stripes, spread collar, no chest pocket, grey trousers; white
    # backdrop, waist up.
    case(
        "X326-004",
        caption("a man wearing a blue striped shirt"),
        D.wearing("she is wearing a blue shirt", "pronoun"),
        D.pattern("striped"),
        D.color("blue"),
        D.material("cotton"),
        D.details("the shirt has a button down collar and a pocket on the chest", "unsupported"),
        color_trousers("blue", "other_garment_color"),
        title="Men Light Blue Striped Pure Cotton Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a charcoal grey three-piece suit (jacket, waistcoat, trousers), white shirt, black tie; dark grey
    # studio backdrop, full length.
    # description: adapter
    case(
        "X326-005",
        caption("a man in a grey suit with a black tie"),
        he_wearing("a grey suit, a grey shirt and a grey tie", "other_garment_color"),
        D.color("grey"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The outer clothing is with cotton "
            "fabric. The gentleman wears a long-sleeve shirt with pure color",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("suit"),
        is_a("suit", "yes"),
        D.material("cotton", "unsupported"),
        title="Men Charcoal Grey Solid Three-Piece Wool Blend Suit",
        category="Suits",
        color="Charcoal",
        gender="Men",
    ),
    # photo: model in an off-white art silk kurta with mandarin collar and a button placket, white pyjama; rooftop
    # terrace with potted plants, daylight, full length.
    case(
        "X326-006",
        caption("a man in a white kurta standing on a balcony"),
        he_wearing("a white kurta and white pants"),
        D.garment_type("kurta"),
        D.color("cream"),
        D.material("silk Question: What is the pattern of the garment? Answer: solid", "leak"),
        D.sleeve_length("long sleeves"),
        D.details("it has a mandarin collar and buttons on the front"),
        title="Men Off White Solid Art Silk Kurta with Pyjamas",
        category="Kurta Sets",
        color="Off White",
        gender="Men",
    ),
    # photo: model in a black tuxedo with black satin peak lapels, white wing-collar shirt, black bow tie, no flower,
    # empty hands; party backdrop with blurred lights, three-quarter length.
    case(
        "X326-007",
        caption("a man in a tuxedo and bow tie at a party with a glass of champagne", "unsupported"),
        D.wearing("a black tuxedo with a white shirt and a black bow tie"),
        D.color("black"),
        D.description("a black tuxedo with a satin lapel and a white rose on the lapel", "unsupported"),
        D.material("satin"),
        is_a("tuxedo", "yes"),
        title="Men Black Satin Peak Lapel Tuxedo Suit",
        category="Suits",
        color="Black",
        gender="Men",
    ),
    # photo: model in a navy blue bandhgala jacket with brass buttons and beige trousers, no brooch; beige studio wall,
    # full length.
    # caption: adapter
    case(
        "X326-008",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a standing neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        he_wearing("a blue jacket and beige pants"),
        D.garment_type("jacket"),
        D.color("blue"),
        color_trousers("blue", "other_garment_color"),
        D.details("gold buttons on the front and a gold brooch", "unsupported"),
        title="Men Navy Blue Solid Bandhgala Jacket with Trousers",
        category="Suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: close-up of a chest: burgundy silk tie with small white polka dots, white shirt, grey suit jacket, no tie
    # clip.
    case(
        "X326-009",
        caption("a close up of a man wearing a red tie with a gold tie clip", "unsupported"),
        D.wearing("a grey suit and a red tie"),
        D.garment_type("suit", "contradiction"),
        D.color("grey", "other_garment_color"),
        D.pattern("polka dot"),
        is_a("tie", "yes"),
        D.material("silk"),
        title="Men Burgundy Polka Dot Silk Tie",
        category="Ties",
        color="Burgundy",
        gender="Men",
    ),
    # photo: model in a beige linen blazer (no pocket square) over a light blue shirt, white trousers; beach wedding
    # setting with sand and an arch of white flowers, full length.
    case(
        "X326-010",
        caption("a man in a tan jacket standing on the beach"),
        D.wearing("a tan blazer, a white shirt and white pants", "other_garment_color"),
        D.color("white", "other_garment_color"),
        D.material("linen"),
        D.description("a beige blazer with two buttons and a pocket square", "unsupported"),
        D.sleeve_length("long sleeves"),
        color_shirt("white", "other_garment_color"),
        title="Men Beige Linen Single-Breasted Blazer",
        category="Blazers",
        color="Beige",
        gender="Men",
    ),
    # photo: model in charcoal grey flat-front trousers with belt loops and side pockets, white shirt tucked in; grey
    # backdrop, full length.
    case(
        "X326-011",
        caption("a man in a white shirt and white pants", "other_garment_color"),
        D.wearing("a white shirt and grey pants"),
        D.garment_type("pants"),
        D.color("white", "other_garment_color"),
        color_trousers("grey"),
        D.details("the pants have belt loops and pockets on the side"),
        D.material("it is made of", "cut"),
        title="Men Charcoal Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: model in a gold-toned jacquard silk sherwani with a woven paisley motif, cream churidar, maroon dupatta
    # over one shoulder; wedding mandap with flowers, full length.
    # caption: adapter
    case(
        "X326-012",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "silk fabric. It has a standing neckline. The gentleman wears a long trousers. The trousers are with "
            "cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        he_wearing("she is wearing a gold sherwani and a red scarf", "pronoun"),
        D.color("gold"),
        D.pattern("paisley"),
        color_dupatta("red"),
        D.material("cotton", "unsupported"),
        D.description(
            "The outer clothing is with silk fabric and pure color patterns. It has a standing neckline. The outer "
            "clothing is with silk fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        title="Men Gold-Toned Woven Design Jacquard Silk Sherwani Set",
        category="Sherwanis",
        color="Gold",
        gender="Men",
    ),
    # photo: model in a pink shirt with small pink-and-white micro checks and a chest pocket, navy trousers; white
    # backdrop, to the knee.
    case(
        "X326-013",
        caption("a man in a pink shirt and blue pants"),
        D.wearing("she is wearing a pink shirt and blue pants", "pronoun"),
        D.pattern("solid", "contradiction"),
        D.color("pink"),
        color_trousers("pink", "other_garment_color"),
        D.description("a pink shirt with a collar and a button down front and a pocket on the chest"),
        title="Men Pink Checked Slim Fit Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: model in a matte olive green Nehru jacket over a white kurta and white pyjama; light grey studio, full
    # length.
    case(
        "X326-014",
        caption("a man in a green vest and white kurta"),
        he_wearing("a green jacket over a white shirt"),
        D.garment_type("vest"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.material("silk", "unsupported"),
        color_pyjama("green", "other_garment_color"),
        title="Men Olive Green Solid Nehru Jacket",
        category="Ethnic Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a black shirt with black buttons and black trousers (all black), in front of a red brick wall,
    # three-quarter length.
    case(
        "X326-015",
        caption("a man in a black shirt standing in front of a red brick wall"),
        D.wearing("a black shirt and black pants"),
        D.color("black"),
        color_trousers("black"),
        D.details("the shirt has a black collar and black buttons"),
        D.material("cotton. Question: What is the color of the shirt? Answer: black", "leak"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Men Black Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in a royal blue velvet blazer with a black satin shawl lapel, black shirt, black trousers; dark
    # backdrop with fairy lights, three-quarter length.
    case(
        "X326-016",
        caption("a man in a blue velvet jacket posing for a photo"),
        D.wearing("a blue velvet jacket with black pants and a black shirt"),
        D.color("black", "other_garment_color"),
        D.material("velvet"),
        D.description("a blue velvet blazer with a black lapel"),
        is_a("blazer", "yes"),
        D.details("the jacket has a black lapel and a black button and a black", "cut"),
        title="Men Royal Blue Velvet Shawl Lapel Party Blazer",
        category="Blazers",
        color="Blue",
    ),
    # photo: seated model in a peach cotton kurta with mandarin collar and buttons, white pyjama; haldi set with yellow
    # marigold garlands behind, full length.
    case(
        "X326-017",
        caption("a man in a yellow kurta sitting in front of flowers", "contradiction"),
        he_wearing("a pink kurta and white pants"),
        D.color("pink"),
        D.garment_type("kurta"),
        D.details("the kurta has a mandarin collar and buttons"),
        D.material("cotton"),
        color_pyjama("yellow", "contradiction"),
        title="Men Peach-Coloured Solid Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Peach",
        gender="Men",
    ),
    # photo: model in a grey glen-check blazer over a white shirt, navy trousers; white studio, full length.
    # caption, details: adapter
    case(
        "X326-018",
        caption(
            "The gentleman wears a long-sleeve outer clothing with lattice patterns. The outer clothing is with cotton "
            "fabric. It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton "
            "fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The outer clothing is with cotton fabric and lattice patterns. It has a lapel neckline. The outer "
            "clothing is with cotton fabric and lattice patterns. It",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey plaid jacket, a white shirt and blue pants"),
        D.pattern("checked"),
        D.color("grey"),
        color_trousers("grey", "other_garment_color"),
        title="Men Grey Checked Slim Fit Formal Blazer",
        category="Blazers",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a teal blue silk-blend kurta with gold thread embroidery on the neckline only (plain sleeves), no
    # jewellery, cream churidar; pink studio wall, full length.
    case(
        "X326-019",
        caption("a man in a blue kurta standing in front of a pink wall"),
        D.wearing("a blue kurta with gold embroidery and a gold necklace", "unsupported"),
        D.color("pink", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.material("silk"),
        D.description("a blue kurta with gold embroidery on the neck and the sleeves", "unsupported"),
        color_trousers("blue", "other_garment_color"),
        title="Men Teal Blue Embroidered Silk Blend Kurta with Churidar",
        category="Kurta Sets",
        color="Teal",
        gender="Men",
    ),
    # photo: model in a light grey waistcoat over a white long-sleeve shirt, pink tie, grey trousers; white studio,
    # waist up.
    case(
        "X326-020",
        caption("a man in a grey vest and a pink tie"),
        D.wearing("a grey vest, a white shirt, a pink tie and grey pants"),
        D.garment_type("vest"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("long sleeves", "contradiction"),
        is_a("waistcoat", "yes"),
        D.description("a grey vest with a white shirt and a pink tie and a", "cut"),
        title="Men Light Grey Solid Formal Waistcoat",
        category="Waistcoats",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a navy pinstriped double-breasted suit with dark horn buttons, light blue shirt, no tie; office
    # with glass windows behind, full length.
    case(
        "X326-021",
        caption("a man in a black suit standing in an office", "contradiction"),
        he_wearing("a black pinstripe suit", "contradiction"),
        D.pattern("striped"),
        D.color("blue"),
        D.description("a navy blue suit with white stripes and gold buttons", "unsupported"),
        D.details("the suit has a double breasted jacket and matching pants"),
        D.material("wool"),
        title="Men Navy Blue Pinstriped Double-Breasted Wool Blend Suit",
        category="Suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a white cotton kurta with all-over white chikankari embroidery, white pyjama, bare head; stone
    # courtyard with arches, full length.
    # caption: adapter
    case(
        "X326-022",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a round neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        he_wearing("a white kurta and white pants and a white turban", "unsupported"),
        D.pattern("solid", "contradiction"),
        D.details("white embroidery all over the kurta"),
        D.material("cotton"),
        is_a("kurta", "yes"),
        title="Men White Chikankari Embroidered Pure Cotton Kurta Pyjama Set",
        category="Kurta Sets",
        color="White",
    ),
    # photo: model in a wine satin-finish shirt under an open black blazer, black trousers; wedding reception hall,
    # waist up.
    case(
        "X326-023",
        caption("a man in a black suit and a red shirt"),
        D.wearing("a black jacket and a black shirt", "other_garment_color"),
        D.color("black", "other_garment_color"),
        color_shirt("red"),
        D.description("a black blazer with a notch lapel and two buttons", "contradiction"),
        D.material("satin"),
        title="Men Wine Satin Finish Slim Fit Party Shirt",
        category="Shirts",
        color="Wine",
        gender="Men",
    ),
    # photo: model in a cream bandhgala suit (jacket and trousers) with gold buttons and a mandarin collar, brown shoes;
    # beige studio backdrop, full length.
    # wearing, material: adapter
    case(
        "X326-024",
        caption("a man in a white suit with gold buttons and a white pocket square", "unsupported"),
        D.wearing(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. It has a standing neckline. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. It has a standing neckline. The",
            "restated",
            hit_limit=True,
        ),
        D.color("cream"),
        D.garment_type("suit"),
        D.details("gold buttons and a mandarin collar"),
        title="Men Cream-Coloured Solid Bandhgala Suit",
        category="Suits",
        color="Cream",
        gender="Men",
    ),
    # photo: model in a sky blue shirt with a matching sky blue collar, navy tie, navy trousers; white studio, waist up.
    case(
        "X326-025",
        caption("a young man wearing a blue shirt and a tie"),
        he_wearing("a blue shirt and a blue tie and blue jeans", "contradiction"),
        D.color("blue"),
        D.sleeve_length("long sleeves"),
        D.description("a light blue shirt with a white collar", "unsupported"),
        D.material("she is wearing a cotton shirt", "pronoun"),
        title="Men Sky Blue Solid Regular Fit Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a mustard yellow Nehru jacket over a cream kurta and cream pyjama; garden with green foliage, full
    # length.
    case(
        "X326-026",
        caption("a man in a yellow jacket standing in a garden"),
        D.wearing("a yellow vest and a yellow kurta", "other_garment_color"),
        D.color("green", "contradiction"),
        D.garment_type("jacket"),
        D.pattern("solid"),
        D.material("it is made of cotton and", "cut"),
        title="Men Mustard Yellow Solid Woven Nehru Jacket",
        category="Ethnic Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: model in a white cotton shirt with a small navy geometric print, beige chinos; white backdrop, to the knee.
    case(
        "X326-027",
        caption("a man in a white shirt and khaki pants"),
        D.wearing("a white shirt and khaki pants"),
        D.pattern("printed"),
        D.color("white"),
        D.details(
            "the shirt has a small blue print on it Question: What is the color of the pants? Answer: beige", "leak"
        ),
        D.material("cotton"),
        color_trousers("white", "other_garment_color"),
        title="Men White & Navy Blue Printed Cotton Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a matte burgundy three-piece suit (jacket, waistcoat, trousers), white shirt, black bow tie, a
    # white flower pinned on the lapel; wedding reception, three-quarter length.
    case(
        "X326-028",
        caption("a man in a red suit with a flower on his lapel"),
        D.wearing("a red suit with a white shirt and a red tie", "contradiction"),
        D.color("red"),
        color_waistcoat("white", "other_garment_color"),
        D.material("velvet", "unsupported"),
        D.garment_type("suit"),
        title="Men Burgundy Solid Three-Piece Slim Fit Party Suit",
        category="Suits",
        color="Burgundy",
        gender="Men",
    ),
    # photo: model in beige cotton-blend formal trousers with a sky blue shirt tucked in; grey backdrop, full length.
    case(
        "X326-029",
        caption("a man in a blue shirt and khaki pants"),
        D.garment_type("shirt", "contradiction"),
        D.color("blue", "other_garment_color"),
        color_trousers("beige"),
        D.details("the details of the pants", "non_answer"),
        D.material("cotton"),
        title="Men Beige Solid Cotton Blend Formal Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: model in an ivory raw silk sherwani with pink floral thread embroidery on the front, collar and cuffs,
    # ivory churidar, pink safa (turban); wedding tent, full length.
    # caption: adapter
    case(
        "X326-030",
        caption(
            "The gentleman wears a long-sleeve outer clothing with floral patterns. The outer clothing is with cotton "
            "fabric. It has a standing neckline. The gentleman wears a long trousers. The gentleman wears a long "
            "trousers. The",
            "loop",
            hit_limit=True,
        ),
        he_wearing("a white sherwani and a pink turban"),
        D.color("pink", "other_garment_color"),
        D.garment_type("sherwani"),
        D.description("a white dress with pink flowers", "contradiction"),
        D.details("pink embroidery on the front and the sleeves"),
        D.material("silk"),
        title="Men Ivory Embroidered Raw Silk Sherwani Set",
        category="Sherwanis",
        color="Ivory",
        gender="Men",
    ),
    # photo: close-up of a navy tie with silver diagonal stripes, worn with a white shirt, no jacket.
    case(
        "X326-031",
        caption("a man wearing a white shirt and a blue tie"),
        D.color("white", "other_garment_color"),
        D.pattern("striped"),
        is_a("tie", "yes"),
        D.description("a blue and silver striped tie"),
        D.material("the tie is made of", "cut"),
        D.garment_type("tie"),
        title="Men Navy Blue & Silver Striped Microfibre Tie",
        category="Ties",
        color="Navy Blue",
    ),
    # photo: model in a light grey linen two-piece suit, white shirt with open collar, no accessories; beach with the
    # sea behind, full length.
    case(
        "X326-032",
        caption("a man in a grey suit standing on the beach"),
        he_wearing("a light grey suit and a white shirt and a tie", "unsupported"),
        D.color("blue", "contradiction"),
        D.material("linen"),
        D.description("a grey suit with a white shirt and sunglasses", "unsupported"),
        D.sleeve_length("long sleeves"),
        color_shirt("grey", "other_garment_color"),
        title="Men Light Grey Linen Two-Piece Suit",
        category="Suits",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a black kurta with a gold foil print, white pyjama; black studio backdrop, full length.
    case(
        "X326-033",
        caption("a man in a black kurta with gold print"),
        D.wearing("a black and gold kurta and white pants"),
        D.color("gold", "contradiction"),
        D.pattern("printed"),
        color_pyjama("black", "other_garment_color"),
        D.material("the kurta is made of fabric", "non_answer"),
        title="Men Black & Gold-Toned Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: model in an ivory dinner jacket with an ivory shawl collar and one button, black trousers, black bow tie,
    # no flower, cuffs covering the wrists; ballroom with a chandelier, three-quarter length.
    case(
        "X326-034",
        caption("a man in a white tuxedo standing in a ballroom"),
        D.wearing("a white jacket, black pants and a bow tie"),
        D.color("black", "other_garment_color"),
        D.garment_type("suit", "contradiction"),
        D.description("a white dinner jacket with a shawl collar"),
        D.details("the jacket has a shawl collar and one button and a red rose on the lapel", "unsupported"),
        color_trousers("white", "other_garment_color"),
        title="Men Ivory Shawl Lapel Dinner Jacket",
        category="Blazers",
        color="Ivory",
        gender="Men",
    ),
    # photo: model in a mid-blue shirt with a white contrast collar and white cuffs, navy trousers; white studio, waist
    # up.
    # caption, description, material: adapter
    case(
        "X326-035",
        caption(
            "The gentleman wears a long-sleeve shirt with color block patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "The gentleman wears a long-sleeve shirt with color block patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The gentleman wears a long-sleeve shirt with color block patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The",
            "restated",
            hit_limit=True,
        ),
        D.color("blue"),
        D.details("it has a white collar and white cuffs"),
        is_a("shirt", "yes"),
        title="Men Blue Contrast Collar Slim Fit Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a hip-length bottle green velvet bandhgala with silver buttons, black trousers; wedding reception
    # with a wall of white and pink flowers, full length.
    case(
        "X326-036",
        caption("a man in a green jacket and black pants standing in front of a flower wall"),
        he_wearing("a green jacket and black pants"),
        D.color("green"),
        color_trousers("green", "other_garment_color"),
        D.material("silk", "unsupported"),
        D.description("a green jacket with a mandarin collar and silver buttons"),
        is_a("sherwani", "yes", "contradiction"),
        title="Men Bottle Green Velvet Bandhgala Blazer",
        category="Blazers",
        color="Green",
        gender="Men",
    ),
    # photo: model in a lavender shirt with a spread collar and buttoned cuffs, charcoal trousers; white studio, to the
    # knee.
    case(
        "X326-037",
        caption("a man in a purple shirt and grey pants"),
        D.wearing("", "non_answer"),
        D.color("purple"),
        D.pattern("solid"),
        D.sleeve_length("long sleeves"),
        D.details("the shirt has a spread collar and french cuffs with cufflinks", "unsupported"),
        color_trousers("purple", "other_garment_color"),
        title="Men Lavender Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: model in navy pleated formal trousers and a white shirt tucked in, black belt; grey backdrop, full length.
    case(
        "X326-038",
        caption("a man in a white shirt and black pants", "contradiction"),
        D.wearing("she is wearing a white shirt and blue pants", "pronoun"),
        D.garment_type("pants"),
        D.color("blue"),
        D.material("navy blue pants", "restated"),
        color_trousers("navy"),
        title="Men Navy Blue Pleated Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a rust Indo-western sherwani with a brooch chain on the chest (no pocket square), cream trousers;
    # palace facade behind, full length.
    case(
        "X326-039",
        caption("a man in an orange outfit standing in front of a palace"),
        D.wearing("an orange jacket and orange pants", "other_garment_color"),
        D.color("orange"),
        D.garment_type("sherwani"),
        D.details("the jacket has a brooch on the chest and a pocket square", "unsupported"),
        D.sleeve_length("long sleeves"),
        title="Men Rust Solid Indo-Western Sherwani",
        category="Sherwanis",
        color="Rust",
        gender="Men",
    ),
    # photo: model in a blue-and-white gingham checked shirt with a button-down collar and no chest pocket, navy cotton
    # trousers; white studio, to the knee.
    case(
        "X326-040",
        caption("a man wearing a blue and white checkered shirt"),
        D.wearing("a blue and white checked shirt and a pair of jeans", "contradiction"),
        D.pattern("checked"),
        D.color("blue"),
        D.description(
            "a blue and white checked shirt with a button down collar and a pocket on the chest", "unsupported"
        ),
        D.material("cotton Question: What is the pattern of the shirt? Answer: checkered", "leak"),
        title="Men Blue & White Gingham Checked Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a maroon kurta under a beige Nehru jacket, white pyjama (the jacket is part of the set); wedding
    # venue with string lights, full length.
    case(
        "X326-041",
        caption("a man in a red kurta and a beige vest"),
        he_wearing("a red kurta, a beige jacket and white pants"),
        D.color("beige", "other_garment_color"),
        color_jacket("beige"),
        D.garment_type("kurta"),
        D.material("the kurta is made of", "cut"),
        D.details("the kurta has gold buttons and a gold", "cut"),
        title="Men Maroon Kurta with Beige Nehru Jacket and Pyjama Set",
        category="Kurta Sets",
        color="Maroon",
        gender="Men",
    ),
    # photo: model walking in a black two-piece suit, white shirt, black tie, no watch visible, empty hands; city street
    # at night, full length.
    # wearing, details: adapter
    case(
        "X326-042",
        caption("a man in a black suit walking down the street at night with a briefcase", "unsupported"),
        D.wearing(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The gentleman wears a long "
            "trousers. The gentleman wears a long trousers. The gentleman",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The outer clothing is with cotton fabric and pure color patterns. It has a lapel neckline. There is an "
            "accessory on his wrist. There is an",
            "cut",
            hit_limit=True,
        ),
        D.color("black"),
        D.garment_type("suit"),
        is_a("tuxedo", "no"),
        title="Men Black Solid Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Black",
        gender="Men",
    ),
    # photo: model in a mint green cotton silk kurta with a mandarin collar, white churidar; garden with white pillars,
    # daylight, full length.
    case(
        "X326-043",
        caption("a woman in a green kurta standing in a garden", "pronoun"),
        D.wearing("a light green kurta and white pants"),
        D.color("white", "other_garment_color"),
        D.details("the kurta has a mandarin collar"),
        D.description("it is a kurta", "non_answer"),
        D.material("cotton"),
        title="Men Mint Green Solid Cotton Silk Kurta with Churidar",
        category="Kurta Sets",
        color="Mint Green",
        gender="Men",
    ),
    # photo: front view of a model in a plain brown wool tweed blazer (no pocket square) over a light blue shirt, dark
    # brown trousers; library with bookshelves behind, three-quarter length.
    case(
        "X326-044",
        caption("a man in a brown jacket standing in front of a bookshelf"),
        D.wearing("a brown jacket and a brown shirt", "other_garment_color"),
        D.pattern("solid"),
        D.color("brown"),
        D.material("tweed"),
        D.details("the jacket has elbow patches and a pocket square", "unsupported"),
        title="Men Brown Wool Tweed Slim Fit Blazer",
        category="Blazers",
        color="Brown",
        gender="Men",
    ),
    # photo: model in a white tuxedo shirt with a wing collar and a pleated bib front, black bow tie, black trousers, no
    # jacket; grey studio, waist up.
    case(
        "X326-045",
        caption("a man in a white shirt and a bow tie"),
        D.wearing("a white shirt and a black bow tie"),
        D.color("black", "other_garment_color"),
        D.details("the shirt has pleats on the front and a wing collar"),
        D.pattern("striped", "contradiction"),
        D.garment_type("shirt"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Men White Pleated Bib Tuxedo Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a navy blue knee-length achkan sherwani with gold buttons, white churidar; carved wooden door
    # behind, full length.
    case(
        "X326-046",
        caption("a man in a blue sherwani standing in front of a door"),
        he_wearing("a blue sherwani and white pants Question: What is the color of the sherwani?", "leak"),
        D.color("blue"),
        D.garment_type("sherwani"),
        D.description("a long blue sherwani with gold buttons and a", "cut"),
        is_a("kurta", "no"),
        title="Men Navy Blue Solid Achkan Sherwani",
        category="Sherwanis",
        color="Navy Blue",
        gender="Men",
    ),
]
