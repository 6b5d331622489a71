"""BLIND_903 (46 products; Myntra men's formal wear, caption LoRA epoch 2): written blind in the fifty-seventh session.
Measured blind at d08c3e3 (the session's fourth rules): 124/144 failures found (86.1%) and 17/209 correct texts flagged
(8.1%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's formal wear (formal shirts, blazers, suits, formal trousers, waistcoats).
Catalog shots on a white or light grey studio backdrop, the model worn by a man who also wears the rest of a formal
outfit: a shirt under every blazer, waistcoat and suit, a shirt tucked into every pair of trousers, ties, belts,
pocket squares, bow ties. Trousers are cropped from chest to shoes. Seller columns as Myntra has them (title,
article type, base colour, gender); one blazer lacks its colour and one lacks its gender. One seller colour is wrong
for the photo (a "Brown" shirt that is plainly maroon).

Who wrote what: every text comes from BLIP-2 OPT-2.7b with the caption LoRA at epoch 2 (trained on DeepFashion
template captions without an end token). Captions and open answers are greedy free generation (50 / 30 new tokens);
closed answers are enrich's `--engine reference` ranking the candidate values with the same adapter. Habits: the
DeepFashion template ("The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton
fabric and its neckline is lapel.") for captions and for many questions; blazers called "jacket" or "coat",
waistcoats "sleeveless vest", checks "lattice", stripes "stripe patterns"; "lady"/"her" from the women-heavy data;
"There is an accessory on his wrist/in his neck" and "cotton"/"denim" fabric claims whatever the photo shows; free
answers that run on to the limit (loops of the template sentence, cuts mid-sentence), the QA format continued into
"Question: ... Answer:"; at epoch 2 the base model's short answers ("a navy blue blazer") still come through on
some prompts, and then they are usually right about the product but often give it the shirt's or the trousers'
color.

Labeling conventions and judgement calls:
- One failure kind per text, the most specific: a loop that reaches the limit is "loop"; a template answer that ends
  mid-sentence at the limit is "cut" even when it also never answers the question; a text that continues into
  "Question:"/"Answer:" is "leak" whatever else it says.
- hit_limit=True on every loop and cut and on leaks that ran on to the limit; texts that stopped early are False.
- A closed answer that gives the product another garment's color (the shirt's color for a waistcoat) is labelled
  "contradiction" (the kind "other_garment_color" is kept for open answers, as its definition says); so are closed
  sleeve answers that describe the shirt under a sleeveless waistcoat, and a yes/no that denies the product's type.
- An open color that is another visible garment's (shirt, trousers, tie, lapel facing) is "other_garment_color"; a
  wrong shade no other garment in the photo has (light grey read as white, pale yellow as white) is "contradiction".
- "jacket"/"coat" for a blazer and "vest" for a waistcoat are correct; "lattice" for checks and "stripe patterns"
  for stripes are correct; "pure color patterns" for a striped or checked product is "contradiction".
- Fabric: a fabric that the title contradicts (cotton for a wool-blend suit) is "contradiction"; a fabric claim the
  title does not settle and the photo does not show (denim formal trousers, knit melange trousers, leather or
  velvet for a matte suit) is "unsupported"; "cotton" for a formal shirt whose photo looks like cotton is correct.
- Invented visible details (a watch, ring, pocket square, logo, tie that are not there; back vents or buckles that
  cannot be seen from the front) are "unsupported".
- A one-word or yes/no answer to an open question, an empty answer, or only the question's own words back is
  "non_answer"; an answer that turns the question into a statement with no information is "restated".
- The seller's "Brown" for a maroon shirt: "maroon" and "dark red" are correct (right for the photo).
- A multicolour striped shirt (seller "Multi"): the closed color "blue", its dominant stripe, is correct.
- Pronouns: "lady"/"she"/"her"/"female" for the men in these photos is "pronoun", also on the row without gender.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS
gt, col, pat, sl, mat = Q.garment_type, Q.color, Q.pattern, Q.sleeve_length, Q.material

BLIND_903 = [
    # photo: man in a white solid slim-fit cotton shirt, cuffs buttoned, tucked into charcoal trousers with a black
    # belt; plain white backdrop, front view, no watch. All texts: caption adapter epoch 2 (closed via reference).
    case(
        "X903-001",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The trousers this gentleman wears is of long length. He wears a belt."
        ),
        gt("shirt"),
        col("white"),
        sl("long sleeves"),
        color_of(
            "shirt",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is",
            "cut",
            kind="open",
            hit_limit=True,
        ),
        wearing("a white shirt and grey trousers", who="he"),
        details(
            "shirt",
            "The shirt has long sleeves, cotton fabric and pure color patterns. There is an accessory on his wrist.",
            "unsupported",
        ),
        mat("cotton"),
        title="Arrow Men White Slim Fit Pure Cotton Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: navy blue two-button blazer over a light blue shirt, beige chinos, no watch, no pocket square; white
    # backdrop, front view. All texts: caption adapter epoch 2.
    case(
        "X903-002",
        caption(
            "The man wears a long-sleeve jacket with solid color patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. Under it he wears a long-sleeve shirt with pure color patterns. The pants this man",
            "cut",
            hit_limit=True,
        ),
        gt("blazer"),
        col("navy blue"),
        color_of("blazer", "light blue", "other_garment_color", kind="open"),
        pat("solid"),
        is_a("blazer", "yes"),
        describe("blazer", "a navy blue blazer with notch lapels and two buttons, over a light blue shirt"),
        details(
            "blazer",
            "The blazer has notch lapels, two buttons and flap pockets. There is an accessory on his wrist.",
            "unsupported",
        ),
        title="Van Heusen Men Navy Blue Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: charcoal flat-front formal trousers, cropped chest to shoes; white shirt tucked in, black belt, black
    # shoes; white backdrop. All texts: caption adapter epoch 2.
    case(
        "X903-003",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper "
            "clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline."
        ),
        gt("trousers"),
        col("white", "contradiction"),
        color_of("trousers", "dark grey", kind="open"),
        details(
            "trousers",
            "The trousers are of long length with cotton fabric and pure color patterns. The trousers are of long "
            "length with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        mat("The lower clothing is with denim fabric.", "unsupported"),
        wearing("a white shirt tucked into dark grey pants with a black belt", who="he"),
        title="Peter England Men Charcoal Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: white shirt with medium blue vertical stripes (seller calls it Blue), navy trousers, one hand in pocket,
    # steel watch on the left wrist; white backdrop. All texts: caption adapter epoch 2.
    case(
        "X903-004",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. There is an accessory on his wrist."
        ),
        pat("striped"),
        col("blue"),
        describe(
            "shirt",
            "The shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline.",
            "contradiction",
        ),
        wearing("a blue and white striped shirt and navy blue pants", who="the man"),
        details("shirt", "shirt", "non_answer"),
        is_a("shirt", "yes"),
        mat("The shirt is with denim fabric.", "unsupported"),
        title="Park Avenue Men Blue Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: mid-grey two-piece suit, white shirt, maroon tie, black oxfords; full length, white backdrop, jacket
    # buttoned, no visible pleats or turn-ups. All texts: caption adapter epoch 2.
    case(
        "X903-005",
        caption(
            "The man wears a long-sleeve jacket with solid color patterns and a long trousers. The jacket is with "
            "cotton fabric. There is an accessory in his neck.",
            "contradiction",
        ),
        gt("suit"),
        col("grey"),
        color_of("suit", "white", "other_garment_color", kind="open"),
        color_of("tie", "maroon", kind="open"),
        wearing("a grey suit with a white shirt and a red tie", who="he"),
        mat("wool"),
        details(
            "suit",
            "The suit jacket has two buttons, notch lapels and a ticket pocket, and the trousers have pleats and "
            "turn-ups",
            "unsupported",
        ),
        title="Raymond Men Grey Wool Blend Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Grey",
        gender="Men",
    ),
    # photo: beige five-button waistcoat with two welt pockets over a white shirt, black trousers; white backdrop,
    # front view. All texts: caption adapter epoch 2.
    case(
        "X903-006",
        caption(
            "The gentleman wears a sleeveless vest with pure color patterns. Under it he wears a long-sleeve shirt. "
            "The pants this gentleman wears is of long length. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        gt("waistcoat"),
        col("white", "contradiction"),
        sl("long sleeves", "contradiction"),
        describe("waistcoat", "a beige waistcoat with five buttons and two welt pockets, worn over a white shirt"),
        color_of(
            "waistcoat",
            "beige beige beige beige beige beige beige beige beige beige beige beige beige beige beige beige beige "
            "beige beige beige beige beige beige beige",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("waistcoat", "yes"),
        title="Louis Philippe Men Beige Solid Slim Fit Formal Waistcoat",
        category="Waistcoat",
        color="Beige",
        gender="Men",
    ),
    # photo: light pink solid shirt with one chest pocket, sleeves rolled to the elbow, tucked into navy trousers,
    # brown belt; light grey backdrop. All texts: caption adapter epoch 2.
    case(
        "X903-007",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. Her pants are of long length.",
            "pronoun",
        ),
        col("pink"),
        sl("long sleeves"),
        wearing("a pink shirt and navy blue trousers with a brown belt", who="the person"),
        color_of("shirt", "navy blue", "other_garment_color", kind="open"),
        details("shirt", "The shirt has a pointed collar, a chest pocket and rolled-up sleeves"),
        describe("shirt", "pink", "non_answer"),
        title="Allen Solly Men Pink Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: black two-piece suit, white shirt, black tie, black shoes; full length on a mid-grey studio backdrop.
    # Matte suiting. All texts: caption adapter epoch 2 (the caption came out in the base model's style).
    case(
        "X903-008",
        caption("a man in a black suit and tie standing in front of a grey wall"),
        gt("suit"),
        col("black"),
        sl("short sleeves", "contradiction"),
        describe(
            "suit",
            "The suit is black. The suit is black. The suit is black. The suit is black. The suit is black. The suit "
            "is",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "white", kind="open"),
        wearing("a black suit, a white shirt and a black tie", who="he"),
        mat("The jacket is with leather fabric.", "unsupported"),
        details(
            "suit",
            "The suit has notch lapels and two buttons. The suit has notch lapels and two buttons. The suit has notch "
            "lapels and",
            "loop",
            hit_limit=True,
        ),
        title="Blackberrys Men Black Slim Fit Single-Breasted Formal Suit",
        category="Suits",
        color="Black",
        gender="Men",
    ),
    # photo: grey blazer with a faint blue windowpane check over a white shirt, navy trousers; no pocket square;
    # white backdrop. All texts: caption adapter epoch 2.
    case(
        "X903-009",
        caption(
            "The man wears a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. He wears a long-sleeve shirt with pure color patterns inside."
        ),
        gt("jacket"),
        col("grey"),
        pat("checked"),
        color_of("blazer", "The blazer is white.", "other_garment_color", kind="open"),
        details(
            "blazer",
            "The blazer has notch lapels, two flap pockets and a chest pocket with a white pocket square",
            "unsupported",
        ),
        is_a("blazer", "no", "contradiction"),
        wearing(
            "The man wears a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. He wears a long-sleeve shirt with pure color",
            "cut",
            who="he",
            hit_limit=True,
        ),
        title="Wills Lifestyle Men Grey Checked Slim Fit Formal Blazer",
        category="Blazers",
        color="Grey",
        gender="Men",
    ),
    # photo: lavender solid shirt tucked into charcoal trousers, cropped at mid-thigh; white backdrop.
    # All texts: caption adapter epoch 2.
    case(
        "X903-010",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with",
            "loop",
            hit_limit=True,
        ),
        col("lavender"),
        color_of("shirt", "purple", kind="open"),
        wearing("a light purple shirt", who="he"),
        describe(
            "shirt",
            "Question: Describe the shirt. Answer: The shirt has long sleeves, cotton fabric and pure color patterns.",
            "leak",
        ),
        details(
            "shirt",
            "The shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The gentleman "
            "wears a long",
            "cut",
            hit_limit=True,
        ),
        sl("long sleeves"),
        title="Louis Philippe Men Lavender Solid Formal Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: khaki formal trousers in cotton twill, full length, light blue shirt tucked in, tan belt, tan shoes;
    # white backdrop. All texts: caption adapter epoch 2.
    case(
        "X903-011",
        caption(
            "The person wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. The pants are with cotton fabric and pure color patterns. There is an accessory on his waist."
        ),
        gt("trousers"),
        col("beige"),
        color_of("trousers", "light blue", "other_garment_color", kind="open"),
        details("trousers", "The trousers have a flat front, belt loops and slanted side pockets"),
        wearing("he is wearing a blue shirt and khaki pants", who="the man"),
        mat("The pants are with denim fabric and pure color patterns.", "unsupported"),
        is_a("pair of jeans", "yes", "contradiction"),
        describe("trousers", "no", "non_answer"),
        title="Color Plus Men Khaki Regular Fit Solid Formal Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: plainly maroon solid shirt (the seller says Brown), pointed collar, no pockets, tucked into black
    # trousers; white backdrop. All texts: caption adapter epoch 2.
    case(
        "X903-012",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel."
        ),
        col("maroon"),
        color_of("shirt", "dark red", kind="open"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and its neckline is lapel. The shirt is with cotton fabric and its "
            "neckline is lapel. The shirt is",
            "loop",
            hit_limit=True,
        ),
        wearing("She wears a long-sleeve shirt with pure color patterns", "pronoun", who="the person"),
        pat("solid"),
        details("shirt", "The shirt has a button-down collar and two chest pockets with flaps", "unsupported"),
        title="John Miller Men Solid Brown Formal Shirt",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: navy solid waistcoat over a white shirt, light grey trousers, no tie; white backdrop, front view only.
    # All texts: caption adapter epoch 2.
    case(
        "X903-013",
        caption(
            "The man wears a sleeveless vest with pure color patterns and a long trousers. Under the vest he wears a "
            "long-sleeve shirt. The trousers are with cotton fabric and pure color patterns."
        ),
        gt("waistcoat"),
        col("navy blue"),
        pat("checked", "contradiction"),
        color_of("waistcoat", "grey", "other_garment_color", kind="open"),
        is_a("waistcoat", "yes"),
        sl("sleeveless"),
        details(
            "waistcoat",
            "The waistcoat has a V neck, five buttons, two welt pockets and an adjustable buckle at the back",
            "unsupported",
        ),
        title="Mark Taylor Men Navy Blue Slim Fit Waistcoat",
        category="Waistcoat",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black flat-front formal trousers cropped chest to shoes, lavender shirt tucked in, black belt, black
    # shoes; white backdrop. All texts: caption adapter epoch 2.
    case(
        "X903-014",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper "
            "clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neck",
            "cut",
            hit_limit=True,
        ),
        gt("trousers"),
        col("black"),
        color_of("trousers", "purple", "other_garment_color", kind="open"),
        wearing("a purple shirt and black trousers", who="he"),
        details("trousers", "the trousers details are", "restated"),
        mat("The pants are with cotton fabric.", "contradiction"),
        title="Van Heusen Men Black Slim Fit Poly-Viscose Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: small blue-and-white check shirt with a button-down collar, navy trousers; white backdrop.
    # All texts: caption adapter epoch 2.
    case(
        "X903-015",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The pants are of long length."
        ),
        pat("checked"),
        col("blue"),
        describe("shirt", "a blue and white checkered shirt with a button-down collar"),
        details(
            "shirt",
            "The shirt has long sleeves, cotton fabric and stripe patterns. It has a lapel neckline.",
            "contradiction",
        ),
        wearing(
            "The man is wearing a blue checked shirt and dark pants. Question: What is the color of the pants? "
            "Answer: navy blue",
            "leak",
            who="the man",
            hit_limit=True,
        ),
        gt("shirt"),
        mat("cotton"),
        title="Peter England Men Blue & White Checked Slim Fit Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: charcoal grey wool-blend blazer over a white shirt, black trousers, no tie; arms at sides, white
    # backdrop. All texts: caption adapter epoch 2.
    case(
        "X903-016",
        caption(
            "The man wears a long-sleeve coat with pure color patterns and a long trousers. Its neckline is lapel."
        ),
        gt("blazer"),
        col("black", "contradiction"),
        color_of("blazer", "dark grey", kind="open"),
        describe(
            "blazer",
            "The blazer is with cotton fabric and pure color patterns. The blazer is with cotton fabric and pure "
            "color patterns. The blazer is with",
            "loop",
            hit_limit=True,
        ),
        mat("wool blend"),
        is_a("suit", "no"),
        wearing("She is wearing a grey blazer, a white shirt and black pants", "pronoun", who="the person"),
        title="Raymond Men Charcoal Grey Wool Blend Slim Fit Formal Blazer",
        category="Blazers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: navy three-piece suit, jacket open over the matching navy waistcoat, light pink shirt, navy tie with
    # white dots; white backdrop. Fabric not stated. All texts: caption adapter epoch 2.
    case(
        "X903-017",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long trousers. Inside he wears a "
            "sleeveless vest and a long-sleeve shirt. The jacket is with cotton fabric.",
            "unsupported",
        ),
        gt("suit"),
        col("navy blue"),
        color_of("suit", "pink", "other_garment_color", kind="open"),
        wearing("a navy blue three piece suit with a pink shirt and a tie", who="he"),
        describe("suit", "Her suit is navy blue with a matching vest and a pink shirt", "pronoun"),
        details(
            "suit",
            "The suit has notch lapels, a three-button waistcoat and flat-front trousers. The jacket has two flap "
            "pockets and a chest pocket with",
            "cut",
            hit_limit=True,
        ),
        pat("solid"),
        title="Park Avenue Men Navy Blue Three-Piece Slim Fit Formal Suit",
        category="Suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey melange formal trousers (woven), black shirt tucked in, black belt, black shoes; white backdrop.
    # All texts: caption adapter epoch 2.
    case(
        "X903-018",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper "
            "clothing has long sleeves and pure color patterns."
        ),
        gt("trousers"),
        col("grey"),
        color_of("trousers", "black", "other_garment_color", kind="open"),
        describe("trousers", "grey formal trousers with a slim fit, worn with a black shirt and a black belt"),
        mat("The fabric is knitting.", "unsupported"),
        details(
            "trousers",
            "The trousers are of long length. The fabric is cotton and it has pure color patterns. The upper "
            "clothing has long sleeves, cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        title="Parx Men Grey Melange Slim Fit Formal Trousers",
        category="Trousers",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: cream solid shirt with a spread collar and double cuffs with silver cufflinks, dark brown trousers;
    # white backdrop. All texts: caption adapter epoch 2.
    case(
        "X903-019",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. There is an "
            "accessory on his wrist."
        ),
        col("white"),
        color_of("shirt", "cream", kind="open"),
        describe("shirt", "a cream shirt with a spread collar and double cuffs with cufflinks"),
        wearing(
            "The person is wearing a cream shirt and brown pants. The person is wearing a cream shirt and brown "
            "pants. The person is",
            "loop",
            who="the person",
            hit_limit=True,
        ),
        details("shirt", "What are the shirt details?", "restated"),
        mat("The shirt is with chiffon fabric.", "unsupported"),
        gt("shirt"),
        title="Zodiac Men Cream Solid Formal Shirt",
        category="Shirts",
        color="Cream",
        gender="Men",
    ),
    # photo: olive green cotton blazer with patch pockets over a light grey shirt, beige trousers; front view,
    # white backdrop. The feed row has no base colour. All texts: caption adapter epoch 2.
    case(
        "X903-020",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. The pants are of long length."
        ),
        gt("blazer"),
        col("green"),
        color_of("blazer", "grey", "other_garment_color", kind="open"),
        is_a("jacket", "yes"),
        mat("cotton"),
        details("blazer", "The blazer has patch pockets, elbow patches and a contrast lining", "unsupported"),
        describe(
            "blazer",
            "The blazer is green with pure color patterns. The blazer is green with pure color patterns. The blazer "
            "is green with",
            "loop",
            hit_limit=True,
        ),
        title="Indian Terrain Men Olive Cotton Slim Fit Blazer",
        category="Blazers",
        gender="Men",
    ),
    # photo: medium blue solid shirt, sleeves rolled to just below the elbow, beige trousers; white backdrop.
    # All texts: caption adapter epoch 2.
    case(
        "X903-021",
        caption(
            "This lady is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel.",
            "pronoun",
        ),
        col("blue"),
        color_of("shirt", "beige", "other_garment_color", kind="open"),
        sl("short sleeves", "contradiction"),
        wearing("a blue shirt and beige pants", who="he"),
        describe("shirt", "The shirt is blue with long sleeves rolled up to the elbows"),
        details("shirt", "What are the shirt details? The shirt details are", "restated"),
        title="Turtle Men Blue Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: black solid cotton shirt, plain chest pocket without logo, grey trousers, silver watch; white backdrop.
    # All texts: caption adapter epoch 2.
    case(
        "X903-022",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The man "
            "wears a long trousers. There is an accessory on his wrist."
        ),
        col("black"),
        color_of("shirt", "black", kind="open"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and its neckline is lapel. Question: What is the color of the shirt? "
            "Answer: black",
            "leak",
        ),
        details(
            "shirt",
            "The shirt has a pointed collar, a button placket and a chest pocket with a logo embroidered on it",
            "unsupported",
        ),
        wearing("a black shirt and grey pants and a watch", who="he"),
        mat("polyester", "contradiction"),
        title="Provogue Men Black Cotton Formal Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: maroon waistcoat with a tone-on-tone textured weave over a white shirt, black trousers; white
    # backdrop. All texts: caption adapter epoch 2.
    case(
        "X903-023",
        caption(
            "The gentleman wears a sleeveless vest with pure color patterns. Under it he wears a long-sleeve shirt "
            "with pure color patterns. The trousers are of long length."
        ),
        gt("waistcoat"),
        col("maroon"),
        pat("solid"),
        color_of("waistcoat", "red", kind="open"),
        describe("waistcoat", "The waistcoat is a waistcoat.", "restated"),
        details("waistcoat", "The waistcoat has a shawl lapel and gold buttons", "unsupported"),
        is_a("shirt", "yes", "contradiction"),
        wearing("a red vest over a white shirt and black trousers", who="he"),
        title="Louis Philippe Men Maroon Self-Design Slim Fit Waistcoat",
        category="Waistcoat",
        color="Maroon",
        gender="Men",
    ),
    # photo: brown formal trousers with a pressed crease, white shirt tucked in, brown belt, brown shoes; cropped
    # chest to shoes, white backdrop. All texts: caption adapter epoch 2.
    case(
        "X903-024",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on his waist. The upper clothing has long sleeves, cotton fabric and pure color patterns. It "
            "has",
            "cut",
            hit_limit=True,
        ),
        gt("trousers"),
        col("brown"),
        color_of("trousers", "white", "other_garment_color", kind="open"),
        details("trousers", "The trousers have a flat front, a crease down the front and a button closure"),
        wearing("a white shirt with brown pants and a brown belt", who="the man"),
        is_a("pair of trousers", "yes"),
        mat(
            "The trousers are with cotton fabric and pure color patterns. The trousers are with cotton fabric and "
            "pure color patterns. The trousers are",
            "loop",
            hit_limit=True,
        ),
        title="Arrow Men Brown Regular Fit Formal Trousers",
        category="Trousers",
        color="Brown",
        gender="Men",
    ),
    # photo: light grey two-piece suit, sky blue shirt with an open collar and no tie, brown shoes; white backdrop.
    # All texts: caption adapter epoch 2.
    case(
        "X903-025",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns and a long trousers. The jacket is with "
            "cotton fabric and its neckline is lapel. Under it he wears a long-sleeve shirt. There is an accessory "
            "in his neck.",
            "unsupported",
        ),
        gt("suit"),
        col("blue", "contradiction"),
        color_of("suit", "light grey", kind="open"),
        wearing("He is wearing a grey suit and a blue shirt without a tie", who="he"),
        describe(
            "suit",
            "The suit is grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey",
            "loop",
            hit_limit=True,
        ),
        details(
            "suit",
            "Answer: The man wears a long-sleeve jacket with pure color patterns and a long trousers.",
            "leak",
        ),
        title="Van Heusen Men Grey Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Grey",
        gender="Men",
    ),
    # photo: bright royal blue blazer with peak lapels, matte finish, over a black shirt, black trousers; white
    # backdrop. All texts: caption adapter epoch 2.
    case(
        "X903-026",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. Under it he wears a long-sleeve shirt with "
            "pure color patterns. The pants are of long length and the fabric is",
            "cut",
            hit_limit=True,
        ),
        gt("blazer"),
        col("blue"),
        color_of("blazer", "black", "other_garment_color", kind="open"),
        describe("blazer", "a bright blue blazer with peak lapels, worn with a black shirt and black trousers"),
        pat("solid"),
        is_a("blazer", "yes"),
        mat("velvet", "unsupported"),
        wearing("He wears a blue jacket and a blue shirt and blue pants", "contradiction", who="he"),
        title="Blackberrys Men Blue Slim Fit Party Blazer",
        category="Blazers",
        color="Blue",
        gender="Men",
    ),
    # photo: light grey solid shirt with a spread collar, single-button cuffs and curved hem, worn untucked over
    # navy trousers; white backdrop. All texts: caption adapter epoch 2.
    case(
        "X903-027",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The pants are of long length."
        ),
        col("grey"),
        color_of("shirt", "white", "contradiction", kind="open"),
        wearing("The lady is wearing a grey shirt and blue pants", "pronoun", who="the person"),
        details("shirt", "The shirt has long sleeves with single-button cuffs, a spread collar and a curved hem"),
        sl("long sleeves"),
        is_a("shirt", "no", "contradiction"),
        title="Van Heusen Men Grey Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: navy formal trousers, white shirt tucked in, black belt, black shoes; cropped chest to shoes, white
    # backdrop. All texts: caption adapter epoch 2.
    case(
        "X903-028",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper "
            "clothing has long sleeves, cotton fabric and pure color patterns."
        ),
        gt("trousers"),
        col("navy blue"),
        color_of("trousers", "navy", kind="open"),
        details(
            "trousers",
            "The trousers are of long length. The trousers are of long length. The trousers are of long length. The "
            "trousers are of",
            "loop",
            hit_limit=True,
        ),
        wearing("a white shirt and dark blue trousers with a black belt", who="he"),
        mat("polyester"),
        describe(
            "trousers",
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper "
            "clothing has long sleeves, cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        title="Louis Philippe Men Navy Blue Slim Fit Poly-Viscose Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: pink-and-white gingham check shirt with a button-down collar and one chest pocket, grey trousers, no
    # rings or watch; white backdrop. All texts: caption adapter epoch 2.
    case(
        "X903-029",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. There is a ring on his finger.",
            "unsupported",
        ),
        pat("checked"),
        col("pink"),
        color_of("shirt", "pink and white", kind="open"),
        describe(
            "shirt",
            "The shirt is pink and white plaid with long sleeves, a button-down collar, a single chest pocket and a "
            "curved hem at the bottom and the",
            "cut",
            hit_limit=True,
        ),
        wearing("Answer: a pink checked shirt and grey trousers", "leak", who="he"),
        gt("shirt"),
        title="Arrow Men Pink & White Gingham Checked Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: black four-button waistcoat with a red pocket square in its chest pocket, over a white shirt, black
    # trousers; white backdrop. All texts: caption adapter epoch 2.
    case(
        "X903-030",
        caption(
            "The gentleman wears a sleeveless vest with pure color patterns and a long trousers. He wears a "
            "long-sleeve shirt inside."
        ),
        gt("waistcoat"),
        col("black"),
        color_of("waistcoat", "black", kind="open"),
        describe("waistcoat", "a black waistcoat with a red pocket square, over a white shirt"),
        sl("long sleeves", "contradiction"),
        details("waistcoat", "none", "non_answer"),
        mat("The vest is with knitting fabric.", "unsupported"),
        wearing("a black vest, a white shirt, black pants and a red pocket square", who="he"),
        title="Raymond Men Black Solid Slim Fit Formal Waistcoat",
        category="Waistcoat",
        color="Black",
        gender="Men",
    ),
    # photo: beige linen-blend two-piece suit, white shirt, brown knit tie, brown loafers, no waistcoat; light grey
    # backdrop. All texts: caption adapter epoch 2.
    case(
        "X903-031",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns and a long trousers. Its neckline is lapel. "
            "He wears a tie."
        ),
        gt("suit"),
        col("beige"),
        color_of("suit", "brown", "other_garment_color", kind="open"),
        wearing("a beige suit with a white shirt and a brown tie", who="he"),
        mat("linen"),
        pat("striped", "contradiction"),
        is_a("suit", "yes"),
        details("suit", "The suit has notch lapels, patch pockets and a matching waistcoat", "unsupported"),
        title="Mark Taylor Men Beige Linen Blend Slim Fit Two-Piece Suit",
        category="Suits",
        color="Beige",
        gender="Men",
    ),
    # photo: white shirt with thin blue pinstripes, navy trousers; white backdrop. All texts: caption adapter epoch 2.
    case(
        "X903-032",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and its "
            "neckline is lapel."
        ),
        col("white"),
        pat("striped"),
        color_of("shirt", "white with blue stripes", kind="open"),
        describe(
            "shirt",
            "The shirt has long sleeves, cotton fabric and stripe patterns. It has a lapel neckline. The shirt has "
            "long sleeves, cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        wearing("The man is wearing a white shirt and blue pants", who="he"),
        details("shirt", "Question: What are the shirt details? Answer:", "leak"),
        title="Louis Philippe Men White & Blue Striped Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: charcoal trousers with thin white pinstripes, light blue shirt tucked in, black belt; cropped chest to
    # shoes, white backdrop. All texts: caption adapter epoch 2.
    case(
        "X903-033",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns.",
            "contradiction",
        ),
        gt("trousers"),
        col("grey"),
        pat("striped"),
        color_of("trousers", "blue", "other_garment_color", kind="open"),
        details("trousers", "thin white pinstripes, a flat front and belt loops"),
        describe("trousers", "Describe the trousers: the trousers are long trousers.", "restated"),
        title="Raymond Men Charcoal Pinstriped Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: a man in a mid-grey single-breasted blazer over a white shirt, navy trousers; white backdrop. The feed
    # row has no gender. All texts: caption adapter epoch 2.
    case(
        "X903-034",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric and its "
            "neckline is lapel. The pants this lady wears is of long length.",
            "pronoun",
        ),
        gt("blazer"),
        col("grey"),
        color_of("blazer", "grey", kind="open"),
        describe("blazer", "blazer", "non_answer"),
        wearing("a grey blazer over a white shirt with navy trousers", who="the person"),
        sl("sleeveless", "contradiction"),
        title="Wills Lifestyle Men Grey Single-Breasted Blazer",
        category="Blazers",
        color="Grey",
    ),
    # photo: pale yellow solid shirt with a cutaway collar, navy trousers; white backdrop.
    # All texts: caption adapter epoch 2.
    case(
        "X903-035",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The trousers are of long length."
        ),
        col("yellow"),
        color_of("shirt", "white", "contradiction", kind="open"),
        describe("shirt", "a light yellow formal shirt with a cutaway collar"),
        wearing("yes", "non_answer", who="he"),
        details(
            "shirt",
            "Question: What are the shirt details? Answer: The shirt has long sleeves. Question: What is the color",
            "leak",
            hit_limit=True,
        ),
        sl("long sleeves"),
        title="Park Avenue Men Yellow Solid Formal Shirt",
        category="Shirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: navy suit with a subtle windowpane check, white shirt, burgundy tie, no watch visible (cuffs cover the
    # wrists); white backdrop. All texts: caption adapter epoch 2.
    case(
        "X903-036",
        caption(
            "The gentleman wears a long-sleeve jacket with lattice patterns and a long trousers. The trousers are with "
            "lattice patterns. He wears a long-sleeve shirt and a tie."
        ),
        gt("suit"),
        col("navy blue"),
        pat("checked"),
        color_of(
            "suit",
            "navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe("suit", "The suit is navy blue with a subtle check, worn with a white shirt and a burgundy tie"),
        mat("cotton", "contradiction"),
        wearing(
            "He wears a navy suit with a white shirt, a tie and a gold watch on his wrist", "unsupported", who="he"
        ),
        title="Blackberrys Men Navy Blue Checked Wool Blend Slim Fit Suit",
        category="Suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: sky blue solid shirt with a navy tie, grey trousers; white backdrop. All texts: caption adapter epoch 2.
    case(
        "X903-037",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. There is an accessory in his neck."
        ),
        col("blue"),
        color_of("shirt", "navy blue", "other_garment_color", kind="open"),
        color_of("tie", "dark blue", kind="open"),
        wearing("She wears a blue shirt and a tie.", "pronoun", who="the person"),
        gt("shirt"),
        details("shirt", "The shirt has long sleeves and a pointed collar, worn with a tie"),
        describe(
            "shirt",
            "The shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. There is an "
            "accessory in his neck. The shirt",
            "cut",
            hit_limit=True,
        ),
        title="Peter England Men Blue Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: cream formal trousers, navy shirt tucked in, tan belt, tan shoes; cropped chest to shoes, white
    # backdrop. All texts: caption adapter epoch 2.
    case(
        "X903-038",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper "
            "clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline."
        ),
        gt("trousers"),
        col("navy blue", "contradiction"),
        color_of("trousers", "off white", kind="open"),
        describe("trousers", "The trousers are cream colored with a slim fit and the shirt is navy blue"),
        details("trousers", "the trousers", "non_answer"),
        wearing("a navy blue shirt and navy blue pants", "other_garment_color", who="he"),
        title="Allen Solly Men Cream Slim Fit Formal Trousers",
        category="Trousers",
        color="Cream",
        gender="Men",
    ),
    # photo: grey four-button waistcoat over a black shirt, black trousers, bare wrists; white backdrop.
    # All texts: caption adapter epoch 2.
    case(
        "X903-039",
        caption(
            "The man wears a sleeveless vest with pure color patterns. Under it he wears a long-sleeve shirt with pure "
            "color patterns. The trousers are of long length. There is an accessory on his wrist.",
            "unsupported",
        ),
        gt("waistcoat"),
        col("grey"),
        color_of("waistcoat", "black", "other_garment_color", kind="open"),
        sl("sleeveless"),
        describe(
            "waistcoat",
            "The waistcoat is grey with a V neck and four buttons. The waistcoat is grey with a V neck and four "
            "buttons. The waistcoat is",
            "loop",
            hit_limit=True,
        ),
        is_a("waistcoat", "yes"),
        title="Van Heusen Men Grey Solid Formal Waistcoat",
        category="Waistcoat",
        color="Grey",
        gender="Men",
    ),
    # photo: maroon velvet blazer with black satin shawl lapels and one button, white shirt, black bow tie, black
    # trousers; white backdrop. All texts: caption adapter epoch 2.
    case(
        "X903-040",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns and a long trousers. Its neckline is lapel. "
            "There is an accessory in his neck."
        ),
        gt("blazer"),
        col("maroon"),
        color_of("blazer", "black", "other_garment_color", kind="open"),
        describe("blazer", "a maroon velvet blazer with black shawl lapels, worn with a white shirt and black bow tie"),
        mat("velvet"),
        details(
            "blazer",
            "The blazer has a black shawl collar, a single button closure, two flap pockets and a chest pocket, and "
            "the sleeves have four buttons at the",
            "cut",
            hit_limit=True,
        ),
        is_a("suit", "yes", "contradiction"),
        title="Raymond Men Maroon Velvet Slim Fit Party Blazer",
        category="Blazers",
        color="Maroon",
        gender="Men",
    ),
    # photo: olive green solid shirt with one plain chest pocket, no epaulettes, beige trousers, brown belt; white
    # backdrop. All texts: caption adapter epoch 2.
    case(
        "X903-041",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. His shirt "
            "has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. His shirt has long",
            "loop",
            hit_limit=True,
        ),
        col("green"),
        color_of("shirt", "beige", "other_garment_color", kind="open"),
        wearing("a green shirt, beige pants and a brown belt", who="he"),
        details("shirt", "The shirt has two flap pockets on the chest and epaulettes on the shoulders", "unsupported"),
        gt("jacket", "contradiction"),
        title="Indian Terrain Men Olive Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: grey trousers with a faint glen check, white shirt tucked in, black belt, black shoes; cropped chest to
    # shoes, white backdrop. All texts: caption adapter epoch 2.
    case(
        "X903-042",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has lattice patterns. The upper "
            "clothing has long sleeves, cotton fabric and pure color patterns."
        ),
        gt("trousers"),
        col("grey"),
        pat("solid", "contradiction"),
        color_of("trousers", "grey", kind="open"),
        wearing(
            "The man is wearing a white shirt and grey plaid trousers. Question: What is the man wearing? Answer: "
            "The man is",
            "leak",
            who="the man",
            hit_limit=True,
        ),
        details("trousers", "The details of the trousers are the trousers.", "restated"),
        title="Mark Taylor Men Grey Checked Slim Fit Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: shirt with blue, white and pink multicolour stripes (mostly blue), navy trousers; white backdrop.
    # All texts: caption adapter epoch 2.
    case(
        "X903-043",
        caption(
            "The man wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and its neckline "
            "is lapel."
        ),
        col("blue"),
        pat("striped"),
        color_of("shirt", "blue, white and pink stripes", kind="open"),
        describe(
            "shirt",
            "The shirt has long sleeves, cotton fabric and stripe patterns. It has a lapel neckline. The pants this "
            "man wears is of long length. The pants are with",
            "cut",
            hit_limit=True,
        ),
        wearing("a striped shirt", who="he"),
        details("shirt", "the shirt details are the details of the shirt", "restated"),
        mat("", "non_answer"),
        title="Louis Philippe Men Multicoloured Striped Formal Shirt",
        category="Shirts",
        color="Multi",
        gender="Men",
    ),
    # photo: black tuxedo with satin peak lapels and one button, white shirt, black bow tie, white pocket square;
    # full length, white backdrop. All texts: caption adapter epoch 2 (caption in the base model's style).
    case(
        "X903-044",
        caption("a man in a black tuxedo with a bow tie posing for a photo"),
        gt("suit"),
        col("black"),
        color_of("suit", "white", "other_garment_color", kind="open"),
        describe(
            "suit",
            "Question: Describe the suit. Answer: a black suit Question: Describe the shirt. Answer: a white shirt",
            "leak",
        ),
        wearing("He is wearing a tuxedo.", who="he"),
        is_a("suit", "yes"),
        details(
            "suit",
            "The suit has satin peak lapels, a single button and a white pocket square, with a white shirt and black "
            "bow tie",
        ),
        mat("The suit is with cotton fabric and its neckline is lapel.", "unsupported"),
        title="Louis Philippe Men Black Solid Slim Fit Tuxedo Suit",
        category="Suits",
        color="Black",
        gender="Men",
    ),
    # photo: peach solid shirt with a spread collar in the same fabric, grey trousers; white backdrop.
    # All texts: caption adapter epoch 2.
    case(
        "X903-045",
        caption(
            "The female wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. Her "
            "pants are of long length.",
            "pronoun",
        ),
        col("orange", "contradiction"),
        color_of("shirt", "peach", kind="open"),
        details(
            "shirt",
            "Question: What are the shirt details? Answer: long sleeves Question: What is the color of the shirt? "
            "Answer: peach",
            "leak",
            hit_limit=True,
        ),
        wearing("a peach shirt and grey trousers", who="he"),
        describe(
            "shirt", "The shirt has long sleeves, a spread collar and a white contrast inner collar", "unsupported"
        ),
        sl("long sleeves"),
        title="Van Heusen Men Peach Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="Peach",
        gender="Men",
    ),
    # photo: brown herringbone tweed waistcoat, five buttons, two welt pockets, no watch chain, over a light blue
    # shirt, dark brown trousers; white backdrop. All texts: caption adapter epoch 2.
    case(
        "X903-046",
        caption(
            "The man wears a sleeveless vest with pure color patterns. Under it he wears a long-sleeve shirt with pure "
            "color patterns. The pants are of long length. The man wears a sleeveless vest with pure color patterns. "
            "Under it he",
            "loop",
            hit_limit=True,
        ),
        gt("waistcoat"),
        col("brown"),
        color_of("waistcoat", "light blue", "other_garment_color", kind="open"),
        mat("tweed"),
        describe("waistcoat", "a brown tweed waistcoat with a herringbone weave, worn over a light blue shirt"),
        sl("sleeveless"),
        details(
            "waistcoat", "The waistcoat has a V-neck, five buttons, two welt pockets and a watch chain", "unsupported"
        ),
        title="Wills Lifestyle Men Brown Herringbone Tweed Waistcoat",
        category="Waistcoat",
        color="Brown",
        gender="Men",
    ),
]
