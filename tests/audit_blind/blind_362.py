"""BLIND_362 (46 products; men's formal and office wear: shirts, trousers, blazers, suits, waistcoats, ties, polos):
written blind in the forty-fifth session. Measured blind at c223820 (the session's rules as they stood): 109/135
failures found (80.7%) and 7/170 correct texts flagged (4.1%). The writer's notes, verbatim:

Scenario: an English catalog feed of men's formal and office wear: solid, checked, striped and printed formal shirts,
formal trousers, blazers and dinner jackets, two- and three-piece suits, waistcoats, ties (one sold with a pocket
square) and formal polos. Photos are model shots (cropped at the chest for some ties, full length for suits) and
ghost or dress-form mannequins, on white, light grey or beige backdrops; the product is almost always worn with other
garments (a white shirt under the blazer, the suit around the tie, a shirt tucked into the trousers). Each row has
the seller's title, category, color and gender; a few rows miss the gender or the color.

Who wrote what: every caption comes from the caption-only LoRA adapter of the original experiments (DeepFashion
template: "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric ...").
It was trained with no end-of-answer token, so each caption runs to its 50-token limit (hit_limit=True): it is cut
mid-sentence or starts the template over (loop). All answers come from the untuned base `Salesforce/blip2-opt-2.7b`:
the open ones (wearing, description, details, material, collar) are short lowercase texts that stop on their own
(never hit_limit); the closed ones (garment_type, color, pattern, sleeve_length, fit, the per-piece colors and
"Is this a suit/tie?") are enrich's `--engine reference` answers, chosen from candidate sets: never a loop or a cut.
No answer in this set comes from the adapter.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, royal blue or teal, green for teal, olive, mint or
  bottle green, grey for charcoal, silver or grey melange, red or maroon for wine and maroon, pink for peach, white
  or cream for off white and ivory, purple for lavender, tan or khaki for beige/khaki, brown for coffee brown.
  Charcoal or navy answered "black" is a contradiction (the reference engine had grey and navy among its
  candidates).
- The color of another garment in the photo given to the product or to the piece asked about (the white shirt for
  a tie, the navy trousers for a beige blazer, the suit's navy for a tie set) is other_garment_color. The color of a
  print, a stripe or the buttons given as the garment's color (blue for a white shirt with navy dots, gold for a
  green tie with gold stripes or for a navy blazer with gold buttons, red for a navy tie with red stripes) is
  contradiction.
- Garment synonyms are correct: pants for trousers, jacket for a blazer, vest for a waistcoat, tuxedo for a satin
  lapel suit, polo shirt for a polo T-shirt. A suit answered "blazer", a lone blazer answered "suit", "no" to "Is
  this a suit?" for a suit, long sleeves for a sleeveless waistcoat or a short-sleeve polo are contradiction.
- Patterns: checked or plaid for a Prince of Wales check, floral for a paisley tie, printed for a micro-dot print
  are correct; "solid" for pinstripes, "striped" for a solid polo with contrast tipping, a grey melange polo or
  solid khaki trousers, "checked" for a plain linen blazer are contradiction.
- Materials: a fabric the title names (cotton, linen, tweed, polyester, wool blend, pique) is correct; one the
  title contradicts or nothing shows (silk for a microfiber or polyester tie, satin or linen for a cotton shirt,
  velvet lapels on a plain dinner jacket) is unsupported. The material question answered with the garment's name and
  color, or the question read back, is restated; "it is made of fabric" is non_answer; a base answer that stops on
  "it is made of" / "the suit is made of a" is cut, without hit_limit.
- Invented details the photo lacks (a pocket square, a tie on an open-collar suit, gold buttons on black ones, a
  pocket watch chain, a chest pocket, pleats on flat-front trousers, a white collar, a chest logo, a white shirt
  on a lower-body mannequin) are unsupported; so is wool for a polo whose title names no fabric. Things that
  are in the photo (the belt, the plant beside the model, the beige wall, the contrast tipping, the gold buttons of
  the navy blazer) are correct.
- "the details of the shirt", "the pants have details", "they are black pants" for the details, "it is a polo shirt"
  for the details and "the shirt has a collar" for the collar are non_answer.
- Base answers that run on into "Question: ... Answer: ..." are leak, even when the first words are right.
- "she" for a man, or for a mannequin in a men's catalog row with gender Men, is pronoun.
- Adapter captions: one that starts the template over is loop; one that stops mid-sentence is cut, even where it
  invents trousers on a torso mannequin or names a wrong fabric (denim) before the cut. Where the template misnames
  what the product plainly is (a waistcoat as a sleeveless tank top, a striped shirt as pure color, a half-sleeve
  shirt as long-sleeve), that is what the auditor sees first: contradiction, hit_limit kept. The template calling a
  blazer or suit jacket "a long-sleeve shirt" or "a long-sleeve jacket" is not labelled for the misnaming (the shirt
  is visible under it); those captions are cut or loop.
- Fit answers are checked against the title ("Slim Fit" answered "regular fit" is contradiction).
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

fit = question("fit", "What is the fit of the garment?", "closed")
collar = question("collar", "What type of collar does the shirt have?", "open")
color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_trousers = question("color_trousers", "What is the color of the trousers?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
color_blazer = question("color_blazer", "What is the color of the blazer?", "closed")
color_waistcoat = question("color_waistcoat", "What is the color of the waistcoat?", "closed")
color_tie = question("color_tie", "What is the color of the tie?", "closed")

BLIND_362 = [
    # photo: model in a white slim-fit cotton formal shirt, spread collar, tucked into charcoal trousers, light grey
    # backdrop, front view, full length.
    # caption: adapter
    case(
        "X362-001",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and grey pants"),
        D.color("white"),
        fit("slim fit"),
        collar("a spread collar"),
        D.material("cotton"),
        D.details("the details of the shirt", "non_answer"),
        title="Men White Slim Fit Solid Cotton Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a navy two-piece suit, white shirt, maroon tie, no pocket square, white backdrop, full length.
    # caption: adapter
    case(
        "X362-002",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. This gentleman wears a long trousers. This gentleman wears a long-sleeve shirt "
            "with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue suit and a red tie"),
        D.garment_type("suit"),
        D.color("black", "contradiction"),
        color_jacket("navy"),
        color_trousers("navy"),
        D.description("a navy blue suit with a white shirt and a tie"),
        D.details("a pocket square in the breast pocket", "unsupported"),
        title="Men Navy Blue Solid Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in charcoal grey flat-front formal trousers, sky blue shirt tucked in, black belt, light backdrop.
    # caption: adapter
    case(
        "X362-003",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The trousers the gentleman wears is of long length. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and grey pants"),
        D.color("blue", "other_garment_color"),
        fit("slim fit"),
        D.details("belt loops and a flat front"),
        D.material("it is made of", "cut"),
        title="Men Charcoal Grey Slim Fit Flat-Front Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: ghost mannequin torso in a light blue and white checked shirt, button-down collar, long sleeves, white
    # backdrop, no lower half in the frame.
    # caption: adapter
    case(
        "X362-004",
        caption(
            "His shirt has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline. The pants this "
            "gentleman wears is of long length. The pants are with cotton fabric and pure color patterns. His shirt "
            "has long",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue and white checkered shirt"),
        D.pattern("checked"),
        D.color("blue"),
        collar("a button down collar"),
        D.sleeve_length("long sleeves"),
        D.material("a light blue checked shirt", "restated"),
        title="Men Light Blue Checked Button-Down Formal Shirt",
        category="Shirts",
        color="Light Blue",
        gender="Men",
    ),
    # photo: model in a black two-piece tuxedo with satin peak lapels, white shirt, black bow tie, light grey
    # backdrop, full length.
    # caption: adapter
    case(
        "X362-005",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. There is an accessory on his neck. The gentleman wears a long trousers. The "
            "trousers are",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black tuxedo with a bow tie"),
        D.description("a black suit with a white shirt and a black bow tie"),
        color_jacket("black"),
        is_a("suit", "yes"),
        D.details("satin lapels and a single button"),
        D.material("the suit is made of a", "cut"),
        title="Men Black Satin Peak Lapel Two-Piece Tuxedo Suit",
        category="Suits",
        color="Black",
        gender="Men",
    ),
    # photo: model in a beige linen-blend single-breasted blazer, slub texture, light blue shirt open at the neck,
    # navy trousers, white backdrop.
    # caption: adapter
    case(
        "X362-006",
        caption(
            "This man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. This man wears a long trousers. The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a tan blazer, a blue shirt and blue pants"),
        D.garment_type("blazer"),
        color_blazer("beige"),
        color_trousers("beige", "other_garment_color"),
        D.pattern("checked", "contradiction"),
        D.material("linen"),
        title="Men Beige Linen Blend Single-Breasted Blazer",
        category="Blazers",
        color="Beige",
        gender="Men",
    ),
    # photo: navy tie with small white polka dots on a model in a white shirt, cropped at the chest, white backdrop.
    # caption: adapter
    case(
        "X362-007",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. There is an accessory on his neck. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and a blue polka dot tie"),
        is_a("tie", "yes"),
        D.color("white", "other_garment_color"),
        D.pattern("polka dot"),
        D.material("silk", "unsupported"),
        title="Men Navy Blue Polka Dot Microfiber Formal Tie",
        category="Ties",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a grey five-button waistcoat with two welt pockets over a white shirt, black trousers, light
    # grey backdrop.
    # caption: adapter
    case(
        "X362-008",
        caption(
            "His tank top has no sleeves, cotton fabric and pure color patterns. The neckline of it is V-shape. The "
            "pants this gentleman wears is of long length. The pants are with cotton fabric and pure color",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a grey vest and a white shirt"),
        D.garment_type("vest"),
        D.color("grey"),
        color_shirt("grey", "other_garment_color"),
        D.details("five buttons and two pockets"),
        D.description("she is wearing a grey vest over a white shirt", "pronoun"),
        title="Men Grey Solid Slim Fit Formal Waistcoat",
        category="Waistcoats",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a pink formal shirt (self-colored collar), tucked into navy trousers, light wall behind.
    # caption: adapter
    case(
        "X362-009",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is "
            "with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        D.wearing("she is wearing a pink shirt and blue pants", "pronoun"),
        D.color("pink"),
        D.description("a pink shirt with a white collar", "unsupported"),
        collar("a spread collar"),
        D.sleeve_length("long sleeves"),
        title="Men Pink Solid Regular Fit Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: model in a maroon pique polo with two buttons, short sleeves, beige chinos, white backdrop.
    # caption: adapter
    case(
        "X362-010",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red polo shirt and khaki pants"),
        D.garment_type("polo shirt"),
        D.color("maroon"),
        D.sleeve_length("short sleeves"),
        D.details("a collar and two buttons and a logo on the chest", "unsupported"),
        D.description("a maroon polo shirt Question: what is the color of the pants? Answer: beige", "leak"),
        title="Men Maroon Solid Cotton Pique Formal Polo T-shirt",
        category="Polo T-Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in khaki formal trousers, white shirt tucked in, brown belt and brown shoes, beige backdrop.
    # caption: adapter
    case(
        "X362-011",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and tan pants"),
        color_trousers("khaki"),
        color_shirt("white"),
        D.pattern("striped", "contradiction"),
        D.material("cotton"),
        D.details("two side pockets and a brown belt"),
        title="Men Khaki Cotton Blend Slim Fit Formal Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: model in a charcoal pinstriped two-piece suit, light blue shirt, navy tie, light grey backdrop.
    # caption: adapter
    case(
        "X362-012",
        caption(
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. There is an accessory on his neck. The gentleman wears a long trousers with striped "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey pinstripe suit and a blue tie"),
        D.pattern("solid", "contradiction"),
        color_jacket("black", "contradiction"),
        D.description("a grey suit with a blue shirt and a blue tie"),
        D.details("notch lapels, two buttons and flap pockets"),
        D.material("a grey pinstripe suit", "restated"),
        title="Men Charcoal Grey Pinstriped Slim Fit Two-Piece Suit",
        category="Suits",
        color="Charcoal",
        gender="Men",
    ),
    # photo: model in a lavender formal shirt, black trousers, white backdrop, three-quarter view.
    # caption: adapter
    case(
        "X362-013",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The pants "
            "this man wears is of long length. His shirt has long sleeves, cotton fabric and pure color patterns. It "
            "has a",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a purple shirt and black pants"),
        D.color("purple"),
        D.description("a light purple shirt with long sleeves"),
        D.material("a lavender shirt", "restated"),
        collar("a spread collar Question: what is the fit of the shirt? Answer: slim", "leak"),
        title="Men Lavender Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="Lavender",
    ),
    # photo: model in an olive green single-breasted blazer, white shirt, black trousers, grey backdrop.
    # caption: adapter
    case(
        "X362-014",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green jacket and black pants"),
        D.garment_type("blazer"),
        D.color("black", "other_garment_color"),
        color_blazer("olive"),
        D.details("a notch lapel and two buttons"),
        D.description("a man wearing a green blazer Question: what is the color of the shirt? Answer: white", "leak"),
        title="Men Olive Green Solid Slim Fit Single-Breasted Blazer",
        category="Blazers",
        color="Olive",
        gender="Men",
    ),
    # photo: black flat-front formal trousers on a lower-body mannequin, white backdrop, front view.
    # caption: adapter
    case(
        "X362-015",
        caption(
            "The trousers the gentleman wears is of long length. The trousers are with cotton fabric and pure color "
            "patterns. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pair of black pants and a white shirt", "unsupported"),
        D.garment_type("trousers"),
        D.color("black"),
        fit("regular fit"),
        D.details("they are black pants", "non_answer"),
        title="Men Black Regular Fit Flat-Front Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: model in a navy polo with white tipping on the collar and sleeve hems, grey trousers, white backdrop.
    # caption: adapter
    case(
        "X362-016",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long trousers. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a navy polo shirt and grey pants"),
        D.color("blue"),
        D.pattern("striped", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.details("white stripes on the collar and sleeves"),
        D.material("wool", "unsupported"),
        title="Men Navy Blue Solid Polo Collar T-shirt with Contrast Tipping",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a white and blue vertical-striped formal shirt with a cutaway collar and no chest pocket,
    # navy trousers, light grey backdrop.
    # caption: adapter
    case(
        "X362-017",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue and white striped shirt"),
        D.pattern("striped"),
        D.color("white"),
        D.description("a blue striped shirt with a pocket", "unsupported"),
        collar("a cutaway collar"),
        fit("slim fit"),
        D.material("a white and blue striped shirt", "restated"),
        title="Men White & Blue Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: maroon skinny tie on a model in a grey suit and white shirt, cropped at the waist, white backdrop.
    # caption: adapter
    case(
        "X362-018",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. There is an accessory on his neck. The "
            "gentleman wears a long-sleeve shirt with pure color patterns. There is an accessory on his neck. The "
            "gentleman",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey suit and a red tie"),
        D.color("grey", "other_garment_color"),
        color_tie("maroon"),
        D.material("polyester"),
        D.description("a man in a suit Question: what color is the tie? Answer: red", "leak"),
        title="Men Maroon Solid Polyester Skinny Tie",
        category="Ties",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in a grey Prince of Wales check three-piece suit, white shirt open at the neck (no tie), light
    # backdrop, full length.
    # caption: adapter
    case(
        "X362-019",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and lattice "
            "patterns. The gentleman wears a long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey plaid suit with a vest"),
        D.garment_type("suit"),
        D.pattern("checked"),
        D.color("white", "other_garment_color"),
        color_waistcoat("grey"),
        is_a("suit", "yes"),
        D.details("a vest and a tie", "unsupported"),
        title="Men Grey Checked Slim Fit Three-Piece Suit",
        category="Suits",
        color="Grey",
        gender="Men",
    ),
    # photo: navy V-neck waistcoat over a white long-sleeve shirt on a dress-form mannequin (torso only), white
    # backdrop.
    # caption: adapter
    case(
        "X362-020",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a V-shape neckline. The gentleman wears a long trousers. The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a navy vest and a white shirt"),
        D.garment_type("waistcoat"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("a v neck and buttons down the front"),
        title="Navy Blue Solid Slim Fit Waistcoat",
        category="Waistcoats",
        color="Navy",
    ),
    # photo: model in a black single-breasted blazer with black buttons, white shirt, grey trousers, hands in
    # pockets, light backdrop.
    # caption: adapter
    case(
        "X362-021",
        caption(
            "This man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. This man wears a long trousers. The trousers are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black jacket and a white shirt"),
        D.color("black"),
        fit("regular fit", "contradiction"),
        D.description("a black blazer with gold buttons", "unsupported"),
        D.material("it is made of fabric", "non_answer"),
        title="Men Black Solid Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Black",
        gender="Men",
    ),
    # photo: model in an off-white cotton formal shirt with a spread collar, black trousers, beige wall behind.
    # caption: adapter
    case(
        "X362-022",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. His shirt "
            "has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. His shirt has long",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white shirt and black pants"),
        D.color("cream"),
        D.description("a white button up shirt in front of a beige wall"),
        D.sleeve_length("long sleeves"),
        D.material("linen", "unsupported"),
        collar("the shirt has a collar", "non_answer"),
        title="Men Off-White Solid Cotton Formal Shirt",
        category="Shirts",
        color="Off White",
        gender="Men",
    ),
    # photo: bottle green tie with thin diagonal gold stripes on a model in a navy suit and white shirt, cropped at
    # the waist, light grey backdrop.
    # caption: adapter
    case(
        "X362-023",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. There is an accessory on his neck. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a navy suit and a green tie"),
        is_a("tie", "yes"),
        D.pattern("striped"),
        color_tie("gold", "contradiction"),
        D.color("blue", "other_garment_color"),
        title="Men Green Striped Woven Formal Tie",
        category="Ties",
        color="Bottle Green",
        gender="Men",
    ),
    # photo: model in navy slim-fit formal trousers, white shirt tucked in, brown shoes, white backdrop.
    # caption: adapter
    case(
        "X362-024",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The pants this gentleman wears is of long length. The pants are with cotton fabric "
            "and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and navy pants"),
        D.color("navy"),
        color_trousers("navy"),
        fit("slim fit"),
        D.description("a pair of blue pants with a white shirt"),
        D.details("the pants have details", "non_answer"),
        D.material("the pants are made of", "cut"),
        title="Men Navy Blue Slim Fit Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a sky blue half-sleeve formal shirt with a chest pocket and spread collar, grey trousers,
    # white backdrop.
    # caption: adapter
    case(
        "X362-025",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a light blue shirt and grey pants"),
        D.sleeve_length("short sleeves"),
        D.color("grey", "other_garment_color"),
        D.description("a blue short sleeve shirt with a pocket"),
        collar("a spread collar"),
        D.material("a light blue shirt", "restated"),
        title="Men Sky Blue Solid Half Sleeve Formal Shirt",
        category="Shirts",
        color="Sky Blue",
        gender="Men",
    ),
    # photo: model in a brown checked tweed blazer, white shirt (no tie), navy trousers, light backdrop.
    # caption: adapter
    case(
        "X362-026",
        caption(
            "This man wears a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. This man wears a long trousers. This man wears a long-sleeve jacket with lattice "
            "patterns. The jacket",
            "loop",
            hit_limit=True,
        ),
        D.wearing("she is wearing a brown plaid jacket and blue pants", "pronoun"),
        D.pattern("checked"),
        D.color("brown"),
        D.description("a brown checkered blazer with a brown tie", "unsupported"),
        D.material("tweed"),
        title="Men Brown Checked Tweed Slim Fit Blazer",
        category="Blazers",
        color="Brown",
        gender="Men",
    ),
    # photo: model in a teal two-piece suit, white shirt open at the neck (no tie), white backdrop, full length.
    # caption: adapter
    case(
        "X362-027",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green suit and a white shirt"),
        D.garment_type("blazer", "contradiction"),
        color_jacket("blue"),
        color_trousers("teal"),
        D.description("he is wearing a teal suit"),
        D.details("a teal suit with a white shirt and a red tie", "unsupported"),
        title="Men Teal Blue Solid Slim Fit Two-Piece Suit",
        category="Suits",
        color="Teal",
        gender="Men",
    ),
    # photo: model in a black cotton formal shirt, spread collar, black trousers, light grey backdrop.
    # caption: adapter
    case(
        "X362-028",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black shirt and black pants"),
        D.color("black"),
        D.material("satin", "unsupported"),
        collar("a spread collar"),
        D.description("she is wearing a black shirt", "pronoun"),
        title="Men Black Solid Cotton Slim Fit Formal Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in a wine-red waistcoat over a black shirt, black trousers, white backdrop; no watch chain.
    # caption: adapter
    case(
        "X362-029",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a V-shape neckline. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is "
            "with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red vest and a black shirt"),
        D.garment_type("vest"),
        D.color("black", "other_garment_color"),
        color_waistcoat("maroon"),
        D.details("a red vest with a pocket watch chain", "unsupported"),
        title="Men Wine Solid Slim Fit Formal Waistcoat",
        category="Waistcoats",
        color="Wine",
        gender="Men",
    ),
    # photo: model in a grey melange cotton polo with three buttons, short sleeves, black trousers, white backdrop.
    # caption: adapter
    case(
        "X362-030",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey polo shirt and black pants"),
        D.color("grey"),
        D.pattern("striped", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.material("cotton"),
        D.details("a collar and three buttons Question: what is the color of the polo shirt? Answer: grey", "leak"),
        title="Men Grey Melange Cotton Formal Polo T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model in a beige linen two-piece suit, white shirt open at the neck, potted plant beside him, white
    # wall behind, full length.
    # caption: adapter
    case(
        "X362-031",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. This gentleman wears a long trousers. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a beige suit and a white shirt"),
        D.description("a man in a tan suit standing next to a plant"),
        is_a("suit", "no", "contradiction"),
        color_jacket("beige"),
        color_trousers("white", "other_garment_color"),
        D.material("linen"),
        title="Men Beige Linen Blend Two-Piece Summer Suit",
        category="Suits",
        color="Beige",
        gender="Men",
    ),
    # photo: mustard yellow paisley silk tie on a model in a navy blazer and white shirt, cropped at the waist,
    # light grey backdrop. The feed row has no color.
    # caption: adapter
    case(
        "X362-032",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. There is an accessory on his neck. "
            "The gentleman wears a long-sleeve jacket with pure color patterns. There is an accessory on his neck. "
            "The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue blazer, a white shirt and a yellow tie"),
        D.pattern("paisley"),
        D.color("yellow"),
        D.description("a yellow tie with a floral print"),
        D.material("the tie is made of", "cut"),
        title="Men Mustard Yellow Paisley Print Silk Tie",
        category="Ties",
        gender="Men",
    ),
    # photo: light grey flat-front formal trousers on a lower-body mannequin, white backdrop, front view.
    # caption: adapter
    case(
        "X362-033",
        caption(
            "The pants this gentleman wears is of long length. The pants are with cotton fabric and pure color "
            "patterns. The pants this gentleman wears is of long length. The pants are with cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pair of grey pants"),
        D.color("grey"),
        fit("slim fit"),
        D.details("pleats in the front", "unsupported"),
        D.description("she is wearing grey pants", "pronoun"),
        title="Men Light Grey Slim Fit Flat-Front Formal Trousers",
        category="Trousers",
        color="Light Grey",
        gender="Men",
    ),
    # photo: model in an ivory shawl-lapel dinner jacket (self-fabric lapels), black trousers, black bow tie, white
    # shirt, light backdrop.
    # caption: adapter
    case(
        "X362-034",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a lapel neckline. There is an accessory on his neck. The gentleman wears a long trousers. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white tuxedo jacket and black pants"),
        color_jacket("white"),
        color_trousers("black"),
        D.color("black", "other_garment_color"),
        D.description("a white jacket with a black bow tie"),
        D.details("a shawl collar and one button"),
        D.material("velvet", "unsupported"),
        title="Men Ivory Shawl Lapel Dinner Jacket",
        category="Blazers",
        color="Ivory",
        gender="Men",
    ),
    # photo: navy tie with thin red diagonal stripes on a model in a white shirt, cropped at the chest, white backdrop.
    # caption: adapter
    case(
        "X362-035",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. There is an accessory on his neck. The shirt is with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and a blue tie with red stripes"),
        D.garment_type("tie"),
        D.pattern("striped"),
        D.color("red", "contradiction"),
        D.details("red stripes Question: what is the material of the tie? Answer: silk", "leak"),
        title="Men Navy Blue Striped Formal Tie",
        category="Ties",
        color="Navy",
        gender="Men",
    ),
    # photo: model in a peach formal shirt, grey trousers, no tie, light grey backdrop.
    # caption: adapter
    case(
        "X362-036",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The pants "
            "this gentleman wears is of long length. His shirt has long sleeves, cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink shirt and grey pants"),
        D.color("pink"),
        D.description("a pink shirt and a pink tie", "unsupported"),
        collar("the collar of the shirt", "non_answer"),
        D.sleeve_length("long sleeves"),
        title="Men Peach Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="Peach",
        gender="Men",
    ),
    # photo: model in a navy blazer with gold metal buttons, white shirt, grey trousers, white backdrop.
    # caption: adapter
    case(
        "X362-037",
        caption(
            "This man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. This man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a navy blazer and grey pants"),
        D.garment_type("jacket"),
        D.description("a navy blazer with gold buttons"),
        D.color("gold", "contradiction"),
        fit("regular fit", "contradiction"),
        title="Men Navy Blue Slim Fit Blazer with Metal Buttons",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a black four-button waistcoat over a white shirt, grey trousers, light grey backdrop.
    # caption: adapter
    case(
        "X362-038",
        caption(
            "His tank top has no sleeves, cotton fabric and pure color patterns. The neckline of it is V-shape. The "
            "trousers this gentleman wears is of long length. The trousers are with cotton fabric and",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black vest and a white shirt"),
        D.color("black"),
        color_shirt("grey", "other_garment_color"),
        D.material("polyester"),
        D.details("four buttons and a pocket watch", "unsupported"),
        title="Men Black Solid Polyester Viscose Waistcoat",
        category="Waistcoats",
        color="Black",
        gender="Men",
    ),
    # photo: model in a mint green formal shirt with white buttons, beige trousers, light wall behind.
    # caption: adapter
    case(
        "X362-039",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a light green shirt and khaki pants"),
        D.garment_type("shirt"),
        D.color("green"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description("a mint green shirt with white buttons"),
        D.material("what material is the shirt made of", "restated"),
        title="Men Mint Green Solid Regular Fit Formal Shirt",
        category="Shirts",
        color="Mint Green",
    ),
    # photo: model in dark brown formal trousers, light blue shirt tucked in, brown belt, white backdrop.
    # caption: adapter
    case(
        "X362-040",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The gentleman wears a long trousers. "
            "The gentleman wears a long-sleeve shirt with pure color patterns. The gentleman wears a long trousers. "
            "The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and brown pants"),
        color_trousers("brown"),
        color_shirt("brown", "other_garment_color"),
        D.details("a belt and pockets"),
        D.description("she is wearing brown pants and a blue shirt", "pronoun"),
        title="Men Dark Brown Regular Fit Formal Trousers",
        category="Trousers",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: model in a white cotton shirt with a navy micro-dot print, spread collar, navy trousers, white backdrop.
    # caption: adapter
    case(
        "X362-041",
        caption(
            "The gentleman wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt with blue dots and blue pants"),
        D.pattern("printed"),
        D.color("blue", "contradiction"),
        D.description("a white shirt with a small print"),
        collar("a spread collar"),
        D.material("silk", "unsupported"),
        title="Men White & Navy Micro Print Slim Fit Cotton Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: royal blue three-piece suit over a white shirt (no tie) on a full dress-form mannequin, white backdrop.
    # caption: adapter
    case(
        "X362-042",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue suit with a vest"),
        D.garment_type("blazer", "contradiction"),
        color_jacket("blue"),
        color_waistcoat("blue"),
        color_trousers("white", "other_garment_color"),
        D.description("a mannequin wearing a blue suit and a white shirt"),
        title="Royal Blue Slim Fit Three-Piece Suit",
        category="Suits",
        color="Royal Blue",
    ),
    # photo: model in a black short-sleeve formal polo, grey trousers, light backdrop.
    # caption: adapter
    case(
        "X362-043",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black polo shirt and grey pants"),
        D.color("black"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description("he is wearing a black polo shirt"),
        D.details("it is a polo shirt", "non_answer"),
        title="Men Black Solid Formal Polo T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: silver grey tie with a matching pocket square on a model in a navy suit and white shirt, cropped at the
    # waist, white backdrop.
    # caption: adapter
    case(
        "X362-044",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. There is an accessory on his neck. "
            "The jacket is with cotton fabric. The gentleman wears a long-sleeve jacket with pure color patterns. "
            "There is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue suit, a white shirt and a grey tie"),
        is_a("tie", "yes"),
        color_tie("silver"),
        D.color("navy", "other_garment_color"),
        D.details("a tie and a pocket square"),
        D.material("silk", "unsupported"),
        title="Men Silver Grey Solid Polyester Tie & Pocket Square Set",
        category="Ties",
        color="Silver",
        gender="Men",
    ),
    # photo: model in olive formal trousers, white shirt tucked in, mid-grey backdrop, full length.
    # caption: adapter
    case(
        "X362-045",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The pants this gentleman wears is of long length. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a white shirt and green pants"),
        D.color("white", "other_garment_color"),
        color_trousers("green"),
        fit("slim fit"),
        D.description(
            "a pair of olive pants with a white shirt Question: what is the fit of the pants? Answer: slim", "leak"
        ),
        title="Men Olive Slim Fit Formal Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: charcoal wool-blend double-breasted blazer (six buttons, peak lapels) over a white shirt on a torso
    # mannequin, white backdrop.
    # caption: adapter
    case(
        "X362-046",
        caption(
            "This man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. This man wears a long trousers. The trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey double breasted jacket"),
        D.garment_type("suit", "contradiction"),
        D.color("grey"),
        D.details("six buttons and a pocket square", "unsupported"),
        D.material("wool"),
        title="Men Charcoal Grey Wool Blend Double-Breasted Blazer",
        category="Blazers",
        color="Charcoal",
        gender="Men",
    ),
]
