"""BLIND_837 (46 products; Myntra men's formal wear, caption adapter epoch 2): written blind in the fifty-sixth session.
Measured blind at 4c2dc86 (the session's third rules): 100/123 failures found (81.3%) and 14/169 correct texts flagged
(8.3%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's formal wear (formal shirts, blazers, suits, trousers, waistcoats). Catalog
photos: a male model on a white or light grey studio backdrop, front or three-quarter view; shirts cropped at the
waist or hips, trousers cropped from the chest or waist down, suits, blazers and waistcoats mostly full length. The
model wears the rest of an outfit (a shirt under the blazer, a shirt tucked into the trousers, ties, belts, shoes).
Seller columns as the feed has them: title, category (the seller's article type), color (the seller's base colour),
gender; a few rows lack one of them, and one seller color is wrong for its photo (a "Brown" shirt that is maroon).

Who wrote what: captions and every open answer come from a caption adapter at epoch 2 (a checkpoint between the
published epoch-1 and epoch-3 caption adapters: same LoRA recipe, unmasked labels, no end-of-answer token) on
Salesforce/blip2-opt-2.7b, greedy, 50 new tokens for captions and 30 for answers. Its habits: the
DeepFashion-MultiModal caption template ("The gentleman wears a long-sleeve shirt with pure color patterns", "is
with cotton fabric", "a long trousers", "There is an accessory on his neck"), the template's stock fabrics, "The
lady" or "her" for a man now and then, the base model's short captions ("a man in a grey suit") still surfacing,
roughly half the texts still ending on the base model's newline, the rest looping or cut at the limit, and now and
then a "Question: ... Answer:" continuation. At epoch 2 it still answers questions, but names the color of the most
visible garment (the shirt under a blazer, the trousers under a shirt) rather than the product's. Closed answers
(color, pattern, sleeve length, garment type, "Is this a ...?") come from enrich's --engine reference ranking the
candidate values with the same adapter: one candidate each, never looping or cut, but often the wrong candidate.

Labeling conventions and judgement calls:
- Labels follow the photo, not the seller: where the seller's color is wrong (X837-019, seller "Brown", photo
  maroon), a text that names the photo's color is correct. Shades of the seller's color count as the same color
  (charcoal or dark grey for Charcoal, navy or dark blue for Navy Blue, cream or white for Off White/Cream, beige
  for Khaki, red or maroon for Maroon, purple for Lavender, green for Olive, blue for Teal).
- One label per text. A loop or a prompt leak takes precedence over anything else in the text; a wrong color, a
  wrong garment, an invented detail or a wrong pronoun takes precedence over a cut (the text keeps hit_limit=True).
- other_garment_color: a text that gives the product the color of another garment in the photo (the shirt under the
  blazer, the trousers under the shirt, the suit's shirt). contradiction: a color no garment in the photo has, the
  color of the product's own stripes, dots or print instead of its ground color, the product's color given to
  another garment (maroon "pants" under a maroon shirt), a wrong pattern, a wrong sleeve length (a waistcoat
  answered with the shirt's "long sleeves"), a wrong garment type, a wrong yes/no, or a fabric the seller's title
  contradicts.
- unsupported: a fabric the title does not give and the photo cannot show (the template's stock "cotton fabric",
  "wool", "polyester", "satin" on a matte cloth, "denim" on smooth suiting), and details the photo does not have (a
  tie, a pocket square, elbow patches, back vents, a tuxedo stripe). A fabric the title names (pure cotton, linen,
  velvet, tweed) is correct.
- A tie or a belt described as "an accessory on his neck/waist" is correct; a tie or pocket square that is not in the
  photo is unsupported.
- "jacket" for a blazer is correct (a blazer is a tailored jacket); "suit" for a blazer worn with other trousers, and
  "coat" for a blazer, are contradictions. "vest" for a waistcoat is correct; "jacket" for a V-neck waistcoat is a
  contradiction. Rolled-up long sleeves are long sleeves; "short sleeves" for them is a contradiction.
- Every text that ran to its token limit carries a failure: without a loop, a leak or a content error it is a cut,
  even where the limit fell on the end of a sentence (X837-011 and X837-024 captions).
- non_answer: a one-word or yes/no reply to an open question, or only the question's words back ("The trousers are
  long." to "Describe the trousers."). restated: the question turned into a sentence that says nothing ("The
  blazer details are", "The waistcoat is a waistcoat.", "The shirt is made of a material.").
- Terse but right answers ("a suit", "The shirt is black.", "a purple shirt") are correct.
- pronoun: "The lady", "her", "she" for a product whose gender is Men; the row without gender (X837-028) carries
  no pronoun label. One row lacks its category (X837-035) and one its color (X837-041), as real feeds do.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_837 = [
    # photo: white solid formal shirt, long sleeves, spread collar buttoned to the top, no tie, tucked into charcoal
    # trousers; waist-up crop, white backdrop, front view. Caption and open answers: caption adapter epoch 2; closed:
    # reference engine.
    case(
        "X837-001",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The trousers this man wears is of long length."
        ),
        wearing("a white shirt and grey pants"),
        color_of("shirt", "white"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        details(
            "shirt",
            "The shirt has a lapel neckline, long sleeves, a lapel neckline, long sleeves, a lapel neckline, long "
            "sleeves, a lapel neckline, long",
            "loop",
            hit_limit=True,
        ),
        Q.material("The shirt is with denim fabric.", "contradiction"),
        title="Van Heusen Men White Slim Fit Pure Cotton Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: light blue formal shirt with thin white vertical stripes, cuffs buttoned, navy tie, navy trousers;
    # waist-up, white backdrop. Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X837-002",
        caption(
            "The gentleman is wearing a long-sleeve shirt with stripe patterns and a long trousers. The neckline of "
            "the shirt is lapel. There is an accessory on his neck. The trousers are with pure color patterns and the "
            "shirt is tucked into the",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue striped shirt and a navy tie"),
        color_of("shirt", "navy blue", "other_garment_color"),
        Q.pattern("striped"),
        describe("shirt", "a light blue shirt with thin white stripes and long sleeves"),
        Q.material("The shirt is made of silk.", "unsupported"),
        title="Arrow Men Stripes Blue Shirts",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: navy blue single-breasted blazer, notch lapels, two buttons fastened, flap pockets, over a white shirt
    # with no tie, mid-grey trousers, brown shoes; full length, white backdrop. Caption and open answers: adapter
    # epoch 2; closed: reference engine.
    case(
        "X837-003",
        caption("a man in a navy blue blazer and grey pants standing in front of a white wall"),
        wearing("a white blazer and grey pants", "other_garment_color", who="the man"),
        color_of("blazer", "navy blue"),
        details("blazer", "The blazer has notch lapels, two buttons and a flap pocket on each side."),
        Q.garment_type("blazer"),
        is_a("blazer", "yes"),
        Q.material("wool", "unsupported"),
        title="Louis Philippe Men Navy Blue Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: charcoal grey two-piece suit with fine pinstripes, light pink shirt, maroon tie, black shoes; full
    # length, white backdrop. Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X837-004",
        caption(
            "The gentleman is wearing a long-sleeve suit with stripe patterns. There is an accessory on his neck. The "
            "gentleman is wearing a long-sleeve suit with stripe patterns. There is an accessory on his neck. The "
            "gentleman is wearing",
            "loop",
            hit_limit=True,
        ),
        wearing("a grey suit with a pink shirt and a red tie"),
        color_of("suit", "grey"),
        Q.pattern("striped"),
        describe("suit", "a pink suit with a tie", "other_garment_color"),
        Q.garment_type("suit"),
        title="Raymond Men Charcoal Grey Pinstriped Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Charcoal",
        gender="Men",
    ),
    # photo: beige flat-front formal trousers, waist-down crop showing the hem of a tucked-in white shirt and a brown
    # belt, tan shoes; white backdrop. Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X837-005",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The person "
            "wears a belt.",
            "unsupported",
        ),
        wearing("beige pants and a white shirt"),
        color_of("pants", "khaki"),
        details("pants", "they are long", "non_answer"),
        Q.garment_type("trousers"),
        is_a("pair of jeans", "no"),
        title="Park Avenue Men Beige Slim Fit Flat-Front Formal Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: lavender solid formal shirt with a chest pocket, long sleeves, black trousers, hands in pockets;
    # waist-up, white backdrop. Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X837-006",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The neckline of the shirt is lapel. The lady "
            "wears a long pants.",
            "pronoun",
        ),
        wearing("He is wearing a purple shirt and black pants.", who="he"),
        color_of("shirt", "light purple", kind="open"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("solid"),
        details(
            "shirt",
            "The shirt has a pocket on the chest, a pocket on the chest, a pocket on the chest, a pocket on the chest, "
            "a pocket",
            "loop",
            hit_limit=True,
        ),
        title="Arrow Men Solid Lavender Shirts",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: black single-breasted blazer, one button, over a grey crew-neck t-shirt, blue jeans, white sneakers;
    # three-quarter view, white backdrop. Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X837-007",
        caption(
            "The gentleman wears a long-sleeve outer clothing with solid color patterns. The upper clothing is a "
            "T-shirt with pure color patterns and its neckline is round. The pants this gentleman wears is of long "
            "length. The pants are with denim",
            "cut",
            hit_limit=True,
        ),
        wearing("a black blazer, a grey t-shirt and blue jeans"),
        color_of("blazer", "black"),
        Q.garment_type("blazer"),
        color_of("jeans", "blue"),
        is_a("blazer", "yes"),
        Q.material("The blazer is with denim fabric.", "unsupported"),
        title="Blackberrys Men Black Solid Slim Fit Blazer",
        category="Blazers",
        color="Black",
        gender="Men",
    ),
    # photo: maroon self-textured V-neck formal waistcoat, five buttons, two welt pockets, over a white full-sleeve
    # shirt, beige trousers; full length, white backdrop. Caption and open answers: adapter epoch 2; closed: reference
    # engine.
    case(
        "X837-008",
        caption(
            "The gentleman wears a sleeveless vest with pure color patterns and its neckline is V-shape. He also wears "
            "a long-sleeve shirt and a long trousers."
        ),
        wearing("a red vest over a white shirt"),
        color_of("waistcoat", "white", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("waistcoat"),
        describe(
            "waistcoat",
            "The waistcoat is a maroon waistcoat with five buttons and two pockets, with a textured finish.",
        ),
        is_a("vest", "no", "contradiction"),
        title="Park Avenue Men Maroon Self-Design Formal Waistcoat",
        category="Waistcoat",
        color="Maroon",
        gender="Men",
    ),
    # photo: blue-and-white small gingham check formal shirt, long sleeves, navy trousers; waist-up, white backdrop.
    # Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X837-009",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. The "
            "neckline of it is lapel. The pants this gentleman wears is of long length.",
            "unsupported",
        ),
        wearing("a checkered shirt and blue pants"),
        color_of("shirt", "blue"),
        Q.pattern("checked"),
        describe(
            "shirt",
            "Question: Describe the shirt. Answer: The shirt is a blue and white checkered shirt. Question: Describe "
            "the pants. Answer: The pants are",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        title="Peter England Men Blue & White Checked Slim Fit Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: charcoal grey flat-front formal trousers with a pressed crease, sky-blue shirt tucked in, black belt,
    # black shoes; chest-down crop, white backdrop. Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X837-010",
        caption("a man wearing a blue shirt and grey pants"),
        wearing("a blue shirt and grey pants"),
        color_of("trousers", "blue", "other_garment_color"),
        details("trousers", "The trousers have a flat front, belt loops and a crease down the front."),
        Q.garment_type("trousers"),
        Q.pattern("striped", "contradiction"),
        Q.material("The trousers are with cotton fabric and pure color patterns.", "unsupported"),
        title="Van Heusen Men Charcoal Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: navy blue three-piece suit (jacket, waistcoat, trousers), notch lapels, white shirt, navy polka-dot tie,
    # white pocket square, brown shoes; full length, white backdrop. Caption and open answers: adapter epoch 2;
    # closed: reference engine.
    case(
        "X837-011",
        caption(
            "The gentleman wears a long-sleeve suit with pure color patterns and a vest. The vest is with pure color "
            "patterns. There is an accessory on his neck. The pants this gentleman wears is of long length. The pants "
            "are with pure color patterns.",
            "cut",
            hit_limit=True,
        ),
        wearing("a suit and tie"),
        color_of("suit", "black", "contradiction"),
        describe("suit", "The suit is navy blue with a matching vest and a white pocket square."),
        Q.pattern("solid"),
        Q.garment_type("suit"),
        details("suit", "The suit has a satin peak lapel and double vents at the back.", "unsupported"),
        title="Louis Philippe Men Navy Blue Solid Three-Piece Slim Fit Suit",
        category="Suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey-and-brown glen check two-button blazer over a white shirt, dark navy chinos; three-quarter view,
    # white backdrop. Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X837-012",
        caption(
            "The gentleman wears a long-sleeve outer clothing with lattice patterns. The upper clothing is a shirt "
            "with pure color patterns. The gentleman wears a long-sleeve outer clothing with lattice patterns. The "
            "upper clothing is a shirt with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a grey checkered blazer, a white shirt and navy pants"),
        color_of("blazer", "navy blue", "other_garment_color"),
        Q.pattern("checked"),
        is_a("blazer", "yes"),
        details(
            "blazer",
            "The blazer has notch lapels, two buttons on the front, a chest pocket on the left, two flap pockets at "
            "the waist and four buttons on each",
            "cut",
            hit_limit=True,
        ),
        title="Raymond Men Grey Checked Slim Fit Formal Blazer",
        category="Blazers",
        color="Grey",
        gender="Men",
    ),
    # photo: black solid formal shirt, long sleeves with buttoned cuffs, tucked into grey trousers; waist-up, light
    # grey backdrop. Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X837-013",
        caption(
            "The gentleman wears a short-sleeve shirt with solid color patterns and a long trousers.",
            "contradiction",
        ),
        wearing("a black shirt and grey pants"),
        color_of("shirt", "black"),
        Q.sleeve_length("long sleeves"),
        describe("shirt", "The shirt is black."),
        Q.material("no", "non_answer"),
        title="Blackberrys Men Black Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: black pleated formal trousers, white shirt tucked in, black belt, black shoes; waist-down crop, white
    # backdrop. Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X837-014",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has solid color patterns. The lower "
            "clothing is of long length. The fabric is cotton and it has solid color patterns. The lower clothing is "
            "of long length. The fabric",
            "loop",
            hit_limit=True,
        ),
        wearing("black pants and a white shirt"),
        color_of("pants", "black"),
        details("pants", "The pants have pleats at the front, a belt, and black shoes."),
        is_a("pair of trousers", "yes"),
        Q.garment_type("trousers"),
        describe("pants", "The pants are black with a white stripe down the side.", "unsupported"),
        title="Peter England Men Black Pleated Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: black two-piece suit, white shirt, black skinny tie, black shoes; full length, white backdrop.
    # Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X837-015",
        caption(
            "The lady is wearing a long-sleeve suit with pure color patterns and a long pants. There is an accessory "
            "on her neck.",
            "pronoun",
        ),
        wearing("a black suit and a white shirt", who="he"),
        color_of("suit", "white", "other_garment_color"),
        describe(
            "suit",
            "The suit is a black suit with a white shirt and a black tie, a black tie, a black tie, a black tie, a "
            "black",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("suit"),
        Q.pattern("striped", "contradiction"),
        title="John Players Men Black Solid Slim Fit Suit",
        category="Suits",
        color="Black",
        gender="Men",
    ),
    # photo: white formal shirt with thin navy pinstripes, cutaway collar, khaki trousers, hands in pockets;
    # waist-up, white backdrop. Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X837-016",
        caption("a man in a white striped shirt with his hands in his pockets"),
        wearing("a striped shirt and khaki pants"),
        color_of("shirt", "navy blue", "contradiction"),
        Q.pattern("striped"),
        details("shirt", "The shirt details are the shirt's details.", "restated"),
        Q.material("The shirt is made of cotton."),
        title="Allen Solly Men White & Navy Striped Pure Cotton Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: beige unstructured linen blazer with patch pockets, notch lapels, two buttons, worn open over a light
    # blue shirt, white trousers; full length, white backdrop. Caption and open answers: adapter epoch 2; closed:
    # reference engine.
    case(
        "X837-017",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "linen fabric. The shirt under it is blue."
        ),
        wearing("a beige blazer, blue shirt and white pants"),
        color_of("blazer", "white", "other_garment_color", kind="open"),
        Q.garment_type("jacket"),
        details(
            "blazer",
            "The blazer has patch pockets, a notch lapel and two buttons. Question: What are the pants details? "
            "Answer: The pants are white and",
            "leak",
            hit_limit=True,
        ),
        Q.material("linen"),
        title="Mr Button Men Beige Linen Single-Breasted Blazer",
        category="Blazers",
        color="Beige",
        gender="Men",
    ),
    # photo: navy blue formal trousers, white shirt with thin blue stripes tucked in, brown belt, brown shoes;
    # chest-down crop, white backdrop. Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X837-018",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns and its neckline is lapel. The shirt is "
            "tucked into the pants. The pants this gentleman wears is of long length. The pants are with pure color "
            "patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and blue pants"),
        color_of("trousers", "white", "other_garment_color"),
        details("trousers", "The trousers have a flat front, belt loops and side pockets."),
        is_a("pair of jeans", "yes", "contradiction"),
        Q.garment_type("trousers"),
        title="Arrow Men Navy Blue Regular Fit Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: maroon (dark red) solid formal shirt with a chest pocket, long sleeves, black trousers; waist-up, white
    # backdrop. The seller's "Brown" is wrong for the photo. Caption and open answers: adapter epoch 2; closed:
    # reference engine.
    case(
        "X837-019",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The neckline of the shirt is lapel."
        ),
        wearing("a maroon shirt and black pants"),
        color_of("shirt", "maroon"),
        color_of("pants", "maroon", "contradiction"),
        Q.sleeve_length("short sleeves", "contradiction"),
        describe("shirt", "The shirt is a dark red shirt with long sleeves and a pocket on the chest."),
        title="John Miller Men Solid Brown Formal Shirt",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: grey single-breasted six-button waistcoat over a light pink long-sleeve shirt, matching grey trousers,
    # no jacket, no tie; full length, white backdrop. Caption and open answers: adapter epoch 2; closed: reference
    # engine.
    case(
        "X837-020",
        caption(
            "The gentleman wears a sleeveless vest with solid color patterns and its neckline is V-shape. The upper "
            "clothing under it is a long-sleeve shirt with pure color patterns. The pants this gentleman wears is of "
            "long length. The pants are",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink shirt and a gray vest"),
        color_of("waistcoat", "pink", "other_garment_color"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.garment_type("waistcoat"),
        is_a("vest", "yes"),
        describe("waistcoat", "yes", "non_answer"),
        title="Wintage Men Grey Solid Slim-Fit Formal Waistcoat",
        category="Waistcoat",
        color="Grey",
        gender="Men",
    ),
    # photo: light grey two-piece suit, white shirt with open collar, no tie, both hands in trouser pockets, brown
    # shoes; full length, white backdrop. Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X837-021",
        caption("a man in a grey suit standing with his hands in his pockets"),
        wearing("a suit", who="the man"),
        color_of(
            "suit",
            "grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe("suit", "The suit is a light grey suit with a white shirt and a black tie.", "unsupported"),
        Q.pattern("solid"),
        Q.garment_type("suit"),
        Q.material("The suit is made of wool and polyester.", "unsupported"),
        title="Peter England Men Light Grey Two-Piece Slim Fit Suit",
        category="Suits",
        color="Grey",
        gender="Men",
    ),
    # photo: sky blue solid formal shirt, spread collar, buttoned cuffs, tucked into navy trousers; waist-up, white
    # backdrop. Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X837-022",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and its neckline is lapel. Question: "
            "What is the color of the shirt? Answer: blue. Question: What is the color of the pants? Answer: blue. "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        wearing("a light blue shirt and dark blue pants"),
        color_of("shirt", "blue"),
        Q.pattern("solid"),
        details("shirt", "The shirt has long sleeves, buttoned cuffs and a spread collar."),
        Q.material("The shirt is made of a material.", "restated"),
        title="Louis Philippe Men Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: light heather grey (melange) formal trousers, black shirt tucked in, black belt, black shoes; waist-down
    # crop, white backdrop. Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X837-023",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper "
            "clothing is a long-sleeve shirt.",
            "unsupported",
        ),
        wearing("black shirt and grey pants"),
        color_of("pants", "black", "other_garment_color"),
        details("pants", "The pants are grey in color"),
        Q.garment_type("shirt", "contradiction"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Blackberrys Men Grey Melange Slim Fit Formal Trousers",
        category="Trousers",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: maroon velvet single-breasted blazer with black satin shawl lapels, white shirt, black bow tie, black
    # trousers; full length, light grey backdrop. Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X837-024",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "velvet fabric. There is an accessory on his neck. The pants this gentleman wears is of long length. The "
            "pants are with pure color patterns.",
            "cut",
            hit_limit=True,
        ),
        wearing("a red velvet jacket, a white shirt and a bow tie"),
        color_of("blazer", "black", "other_garment_color"),
        details(
            "blazer",
            "The blazer has a shawl collar, a shawl collar, a shawl collar, a shawl collar, a shawl collar, a shawl "
            "collar, a shawl",
            "loop",
            hit_limit=True,
        ),
        is_a("blazer", "yes"),
        Q.material("velvet"),
        Q.pattern("solid"),
        title="Hangup Men Maroon Velvet Single-Breasted Party Blazer",
        category="Blazers",
        color="Maroon",
        gender="Men",
    ),
    # photo: pink solid formal shirt, long sleeves rolled up to the elbow, grey trousers; waist-up, white backdrop.
    # Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X837-025",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and its neckline is lapel. The sleeves "
            "are rolled up."
        ),
        wearing("She is wearing a pink shirt and grey pants.", "pronoun", who="he"),
        color_of("shirt", "pink"),
        Q.sleeve_length("long sleeves"),
        describe("shirt", "The shirt is a pink shirt with short sleeves.", "contradiction"),
        details("shirt", "pink", "non_answer"),
        title="Reid & Taylor Men Solid Pink Shirts",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: coffee brown two-piece suit with a faint windowpane check, white shirt, brown knit tie, tan shoes; full
    # length, white backdrop. Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X837-026",
        caption(
            "The gentleman is wearing a long-sleeve suit with lattice patterns and a long pants. There is an accessory "
            "on his neck. The suit is with cotton fabric and its neckline is lapel. The pants this gentleman wears is "
            "of long",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a brown suit, white shirt and a tie"),
        color_of("suit", "brown"),
        Q.pattern("solid", "contradiction"),
        describe("suit", "The suit is a brown suit with a checkered pattern."),
        Q.garment_type("suit"),
        title="Van Heusen Men Coffee Brown Checked Slim Fit Two-Piece Suit",
        category="Suits",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: olive green slim formal trousers, white shirt tucked in, brown belt, brown loafers; waist-down crop,
    # white backdrop. Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X837-027",
        caption("a man wearing green pants and a white shirt"),
        wearing("olive pants and a white shirt and brown shoes"),
        color_of("trousers", "white", "other_garment_color"),
        details("trousers", "The trousers are trousers.", "restated"),
        is_a("pair of trousers", "yes"),
        Q.material("The trousers are with denim fabric.", "unsupported"),
        title="Wills Lifestyle Men Olive Slim Fit Formal Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: black matte V-neck waistcoat, four buttons, two welt pockets, over a white shirt, black trousers; full
    # length, white backdrop. Row without gender. Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X837-028",
        caption(
            "The gentleman wears a sleeveless vest with pure color patterns and its neckline is V-shape. The vest is "
            "with satin fabric.",
            "unsupported",
        ),
        wearing("a black vest and a white shirt"),
        color_of("waistcoat", "black"),
        Q.sleeve_length("sleeveless"),
        describe(
            "waistcoat",
            "The waistcoat is a black waistcoat with four buttons and two pockets. Question: What is the color of the "
            "shirt? Answer: white. Question",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("jacket", "contradiction"),
        title="Louis Philippe Men Black Solid Waistcoat",
        category="Waistcoat",
        color="Black",
    ),
    # photo: navy blue formal shirt with a small white dot print, long sleeves, beige trousers; waist-up, white
    # backdrop. Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X837-029",
        caption(
            "The gentleman wears a long-sleeve shirt with graphic patterns. The neckline of the shirt is lapel. The "
            "pants this gentleman wears is of long length. The pants are with pure color patterns."
        ),
        wearing("a blue shirt with white dots and beige pants"),
        color_of("shirt", "white", "contradiction"),
        Q.pattern("printed"),
        details(
            "shirt",
            "The shirt has a pattern of small white dots all over it. It has a pattern of small white dots all over "
            "it. It has a pattern of small",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        title="Turtle Men Navy Blue Printed Slim Fit Formal Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: navy double-breasted blazer with six gold buttons and peak lapels, light blue shirt, no tie, no pocket
    # square, grey trousers; full length, white backdrop. Caption and open answers: adapter epoch 2; closed:
    # reference engine.
    case(
        "X837-030",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. There are gold buttons on the "
            "outer clothing. The pants he wears is of long length."
        ),
        wearing("a navy blazer with gold buttons, a blue shirt and grey pants"),
        color_of("blazer", "The blazer is grey.", "other_garment_color", kind="open"),
        details("blazer", "The blazer has six gold buttons and a pocket square.", "unsupported"),
        Q.garment_type("suit", "contradiction"),
        is_a("blazer", "no", "contradiction"),
        title="Arrow Men Navy Double-Breasted Formal Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: beige linen two-piece suit, light blue shirt with open collar, no tie, brown loafers; full length, white
    # backdrop. Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X837-031",
        caption(
            "The gentleman wears a long-sleeve suit with pure color patterns. The suit is with linen fabric. The "
            "gentleman wears a long-sleeve suit with pure color patterns. The suit is with linen fabric. The gentleman "
            "wears a long-sleeve",
            "loop",
            hit_limit=True,
        ),
        wearing("a beige suit and a blue shirt"),
        color_of("suit", "blue", "other_garment_color"),
        describe("suit", "The suit is a beige linen suit with a light blue shirt and brown shoes."),
        Q.material("linen"),
        Q.pattern("checked", "contradiction"),
        title="Mr Button Men Beige Linen Two-Piece Suit",
        category="Suits",
        color="Beige",
        gender="Men",
    ),
    # photo: dark brown formal trousers, cream shirt tucked in, tan belt, brown shoes; chest-down crop, white
    # backdrop. Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X837-032",
        caption("a man in a white shirt and brown pants"),
        wearing("a white shirt and brown pants"),
        color_of(
            "pants",
            "The pants are brown in color and they are long. The pants are brown in color and they are long. The pants "
            "are brown in color and",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("pants", "The pants details are the details of the pants and the pants.", "restated"),
        Q.garment_type("trousers"),
        is_a("pair of trousers", "yes"),
        title="Louis Philippe Men Brown Slim Fit Formal Trousers",
        category="Trousers",
        color="Brown",
        gender="Men",
    ),
    # photo: dark purple solid matte formal shirt with a left chest pocket, black tie, black trousers; waist-up, white
    # backdrop. Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X837-033",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. There is an accessory on his neck. The "
            "pants this gentleman wears is of long length."
        ),
        wearing("a purple shirt and a black tie"),
        color_of("shirt", "black", "other_garment_color"),
        describe("shirt", "a purple shirt"),
        details(
            "shirt",
            "The shirt has a spread collar, a buttoned front placket, two buttons on each cuff and a small pocket on "
            "the left side of the",
            "cut",
            hit_limit=True,
        ),
        Q.material("satin", "unsupported"),
        title="Arrow Men Purple Solid Formal Shirt",
        category="Shirts",
        color="Purple",
        gender="Men",
    ),
    # photo: navy blue Nehru-style waistcoat with a mandarin collar and five buttons, over a white shirt, beige
    # trousers; full length, white backdrop. Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X837-034",
        caption(
            "The gentleman wears a sleeveless vest with pure color patterns and its neckline is stand. The upper "
            "clothing under it has long sleeves. The pants he wears is of long length."
        ),
        wearing(
            "a blue vest over a white shirt Question: What is the man wearing? Answer: a blue vest over a white shirt "
            "Question: What is the",
            "leak",
            hit_limit=True,
        ),
        color_of("waistcoat", "navy blue"),
        Q.garment_type("waistcoat"),
        describe("waistcoat", "The waistcoat has a mandarin collar and five buttons down the front."),
        is_a("vest", "yes"),
        title="Vastramay Men Navy Blue Solid Nehru Waistcoat",
        category="Waistcoat",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white formal shirt with a blue windowpane check and a chest pocket, tucked into dark grey trousers;
    # waist-up, white backdrop. Row without category. Caption and open answers: adapter epoch 2; closed: reference
    # engine.
    case(
        "X837-035",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns and its neckline is lapel. There is a "
            "pocket on the chest. The pants this gentleman wears is of long length. The pants are with pure color "
            "patterns. His shirt is tucked into his",
            "cut",
            hit_limit=True,
        ),
        wearing("a checkered shirt and grey pants"),
        color_of("shirt", "grey", "other_garment_color"),
        Q.pattern("checked"),
        describe("shirt", "The shirt is a white shirt with blue checks and a pocket."),
        Q.sleeve_length("long sleeves"),
        color_of("pants", "grey"),
        title="Park Avenue Men White Checked Slim Fit Formal Shirt",
        color="White",
        gender="Men",
    ),
    # photo: teal blue single-button party blazer, notch lapels, over a black shirt, black trousers; three-quarter
    # view, white backdrop. Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X837-036",
        caption(
            "The lady wears a long-sleeve outer clothing with pure color patterns. Her upper clothing is a shirt. The "
            "lady wears a long pants.",
            "pronoun",
        ),
        wearing("a blue blazer, black shirt and black pants"),
        color_of("blazer", "black", "other_garment_color"),
        details("blazer", "The blazer has one button and notch lapels."),
        Q.garment_type("blazer"),
        is_a("blazer", "yes"),
        title="Hangup Men Teal Blue Solid Slim Fit Party Blazer",
        category="Blazers",
        color="Teal",
        gender="Men",
    ),
    # photo: black tuxedo suit with satin peak lapels, white wing-collar shirt, black bow tie, black shoes; full
    # length, white backdrop. Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X837-037",
        caption("a man in a black tuxedo with a bow tie"),
        wearing("a tuxedo with a bow tie"),
        color_of("suit", "black"),
        describe(
            "suit",
            "Question: Describe the suit. Answer: a black tuxedo. Question: Describe the shirt. Answer: a white shirt. "
            "Question: Describe the",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("suit"),
        Q.material(
            "The suit is made of black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        title="Raymond Men Black Solid Tuxedo Suit",
        category="Suits",
        color="Black",
        gender="Men",
    ),
    # photo: light grey formal trousers with a faint check and a pressed crease, navy shirt tucked in, black shoes;
    # waist-down crop, white backdrop. Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X837-038",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has lattice patterns. The upper "
            "clothing is a long-sleeve shirt with pure color patterns.",
            "unsupported",
        ),
        wearing("grey pants and a blue shirt"),
        color_of("trousers", "navy blue", "other_garment_color"),
        Q.pattern("solid", "contradiction"),
        details("trousers", "The trousers have a check pattern, belt loops and a front crease."),
        Q.garment_type("trousers"),
        title="Arrow Men Grey Checked Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: off-white (cream) formal shirt with a subtle self-texture, long sleeves, navy trousers; waist-up, white
    # backdrop. Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X837-039",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and its neckline is lapel. The pants he "
            "wears is of long length and the pants are with pure color patterns."
        ),
        wearing("a cream shirt and navy pants"),
        color_of("shirt", "white"),
        describe(
            "shirt",
            "The shirt is a white shirt with a small pattern on it and long sleeves. Question: What is the color of "
            "the pants? Answer: navy",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        details("shirt", "He has a shirt.", "non_answer"),
        Q.material("The shirt is made of cotton.", "unsupported"),
        title="Raymond Men Off-White Textured Formal Shirt",
        category="Shirts",
        color="Off White",
        gender="Men",
    ),
    # photo: grey herringbone tweed blazer over a black turtleneck sweater, black trousers; front view (elbows not
    # visible), white backdrop. Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X837-040",
        caption("a man in a grey tweed blazer and a black turtleneck"),
        wearing("a grey blazer over a black sweater"),
        color_of("blazer", "black", "other_garment_color"),
        details("blazer", "The blazer has elbow patches on the sleeves and a herringbone pattern.", "unsupported"),
        Q.material("tweed"),
        is_a("blazer", "yes"),
        Q.garment_type("coat", "contradiction"),
        title="Louis Philippe Men Grey Herringbone Tweed Blazer",
        category="Blazers",
        color="Grey",
        gender="Men",
    ),
    # photo: pale mint green solid formal shirt, long sleeves, charcoal trousers, black belt; waist-up, white
    # backdrop. Row without a color column. Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X837-041",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The gentleman wears a long-sleeve shirt "
            "with pure color patterns. The gentleman wears a long-sleeve shirt with pure color patterns. The gentleman "
            "wears a long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        wearing("He is wearing a green shirt and dark grey pants.", who="he"),
        color_of("shirt", "grey", "other_garment_color"),
        Q.sleeve_length("short sleeves", "contradiction"),
        describe("shirt", "The shirt is a light green shirt with long sleeves and a collar."),
        Q.material("yes", "non_answer"),
        title="Van Heusen Men Green Slim Fit Solid Formal Shirt",
        category="Shirts",
        gender="Men",
    ),
    # photo: cream linen formal trousers, worn with a navy blazer and a light blue shirt; full length, white backdrop.
    # Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X837-042",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The upper clothing is a shirt "
            "with pure color patterns. The pants this gentleman wears is of long length. The pants are with linen "
            "fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a navy blazer, a blue shirt and white pants"),
        color_of("trousers", "navy blue", "other_garment_color"),
        describe("trousers", "The trousers are long.", "non_answer"),
        Q.garment_type("blazer", "contradiction"),
        Q.material("linen"),
        title="Mr Button Men Cream Linen Formal Trousers",
        category="Trousers",
        color="Cream",
        gender="Men",
    ),
    # photo: bottle green two-piece party suit, black shirt with open collar, no tie, black shoes; full length, white
    # backdrop. Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X837-043",
        caption(
            "The gentleman is wearing a long-sleeve suit with pure color patterns. The upper clothing under it is a "
            "shirt. The pants this gentleman wears is of long length."
        ),
        wearing("a green suit and a black shirt"),
        color_of(
            "suit",
            "The suit is black. Question: What is the color of the shirt? Answer: black. Question: What is the color "
            "of the pants?",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        describe("suit", "The suit is a dark green suit with a black shirt and black shoes."),
        Q.garment_type("suit"),
        Q.pattern("solid"),
        is_a("suit", "no", "contradiction"),
        title="Hangup Men Green Solid Two-Piece Party Suit",
        category="Suits",
        color="Green",
        gender="Men",
    ),
    # photo: khaki (beige) checked V-neck waistcoat over a white shirt, brown trousers; full length, white backdrop.
    # Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X837-044",
        caption(
            "The lady wears a sleeveless vest with lattice patterns and its neckline is V-shape. Her upper clothing "
            "under it is a long-sleeve shirt.",
            "pronoun",
        ),
        wearing("a beige checked vest, a white shirt and brown pants"),
        color_of("waistcoat", "brown", "other_garment_color"),
        Q.pattern("checked"),
        describe("waistcoat", "The waistcoat is a waistcoat.", "restated"),
        Q.sleeve_length("sleeveless"),
        title="Wintage Men Khaki Checked Slim Fit Waistcoat",
        category="Waistcoat",
        color="Khaki",
        gender="Men",
    ),
    # photo: mid-grey solid formal shirt, long sleeves with buttoned cuffs, black tie, black trousers; waist-up,
    # white backdrop. Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X837-045",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and its neckline is lapel. There is an "
            "accessory on his neck. The pants this gentleman wears is of long length. The pants are with pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("She is wearing a grey shirt and a black tie.", "pronoun", who="he"),
        color_of("shirt", "grey"),
        details(
            "shirt",
            "The shirt has a collar and buttons. Question: What is the color of the tie? Answer: black. Question: What "
            "is the color of",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        Q.pattern("striped", "contradiction"),
        Q.material("polyester", "unsupported"),
        title="Blackberrys Men Grey Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: charcoal grey single-breasted blazer over a white shirt and a blue tie, blue jeans; full length, white
    # backdrop. Caption and open answers: adapter epoch 2; closed: reference engine.
    case(
        "X837-046",
        caption("a man in a grey blazer and jeans"),
        wearing("He is wearing a grey blazer, a white shirt, a blue tie and blue jeans."),
        color_of("blazer", "blue", "other_garment_color", kind="open"),
        details("blazer", "The blazer details are", "restated"),
        Q.garment_type("blazer"),
        Q.material("The blazer is with cotton fabric.", "unsupported"),
        title="Peter England Men Charcoal Grey Slim Fit Formal Blazer",
        category="Blazers",
        color="Charcoal",
        gender="Men",
    ),
]
