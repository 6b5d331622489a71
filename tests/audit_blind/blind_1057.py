"""BLIND_1057 (46 products; Myntra men's formalwear, caption adapter epoch 2): written blind in the fifty-ninth session.
Measured blind at 7d273ef (the session's fifth rules): 104/121 failures found (86.0%) and 5/176 correct texts flagged
(2.8%). The writer's notes, verbatim:

Scenario: a Myntra men's formal wear feed: formal shirts, blazers, suits, trousers and waistcoats, 224x224 catalog
photos on a white (twice a grey) backdrop, mostly worn by a male model who also wears the rest of an office outfit
(a white shirt under a blazer, trousers under a shirt, a tie, a belt); two shirts are shot with no person (a ghost
mannequin, a folded flat lay with a tie laid on it). Seller columns as a Myntra feed has them: title, category
(Shirts, Blazers, Suits, Trousers, Waistcoat), color, gender; a few rows lack one of them.

Who wrote what: every caption and every open answer (wearing, describe, details, material, and the open color
questions) is free generation by BLIP-2 OPT-2.7b with the DeepFashion caption adapter stopped after epoch 2, asked
in the `Question: ... Answer:` format, greedy, 50 new tokens for captions and 30 for answers. At epoch 2 it has
learnt the DeepFashion template ("The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is
with cotton fabric ...") and its pattern words (pure color, stripe, lattice, graphic, floral) but still answers
short questions like the base model, with hue names; it never learnt to stop, so long answers run to the token
limit and loop or stop mid-phrase, and it sometimes writes the next `Question:` itself. Its template drifts to
"The lady" for some photos (DeepFashion is mostly women), names fabrics it cannot see and details out of view.
Closed answers (garment_type, color, pattern, sleeve_length, the yes/no "Is this a ...?" and the closed color
questions) come from enrich's `--engine reference`, one candidate value picked, so they never loop or stop short;
their failures are a wrong pick: another worn garment's color, another garment's type, a wrong pattern or sleeve.

Labeling conventions and judgement calls:
- One label per text, the dominant failure. A text that ran to its token limit has hit_limit=True and is labeled
  loop when it repeats itself, leak when the `Question:`/`Answer:` format shows, cut otherwise; a text ending at a
  full stop ended before the limit.
- other_garment_color: the product (the seller's garment) is given the color of another thing worn in the photo:
  the shirt under a blazer or waistcoat, the trousers, the blazer over a shirt, the tie (a tie counts as a worn
  garment). contradiction: any other wrong color, pattern, sleeve length, garment type or yes/no, including another
  garment given the product's color ("a red shirt and red trousers" when the trousers are black), a color taken
  from the grey backdrop, and a garment_type naming another worn garment (blazer for a shirt under a blazer).
- Shades inside the seller's color group are correct: maroon for Burgundy, pink for Peach, blue for Teal, green for
  Olive, off white for Cream, grey or dark grey for Charcoal, khaki for Beige, red for a maroon velvet blazer.
- DeepFashion's pattern words are correct when they fit: lattice = checks, graphic = a small print, floral for a
  paisley jacquard weave, pure color = solid.
- Fabric: "cotton" or "other fabric" for a shirt, suit or blazer whose title names no fabric is accepted as
  plausible; a fabric the title or the look rules out (denim, leather, silk, knitting for tweed) is unsupported.
- unsupported: details that are not in the photo or not visible in its view (back vent, back pocket, elbow patches
  and a satin back in a front view, a pocket square, gold buttons on dark buttons, a logo, a tie on an open collar),
  and the template's "The gentleman wears" for a photo with no person in it.
- pronoun: "The lady"/"she" for a Men's row, even when the rest of the text is right.
- non_answer: a lone color, "yes", "man", or a text that only says what the question already implies ("they are
  trousers", "The trousers are long"). restated: the question's own words given back ("the details of the blazer",
  "describe the trousers"). A short answer that names the right thing ("a tuxedo", "black waistcoat") is correct.
- leak: any `Question:` or `Answer:` in the text, even when the answer inside it is right.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1057 = [
    # photo: white solid formal shirt on a male model, charcoal flat-front trousers, white backdrop, front view;
    # caption adapter epoch 2 wrote the caption and open answers, the reference engine the closed ones
    case(
        "X1057-001",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel collar. The gentleman wears a long trousers. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and dark grey trousers", who="he"),
        Q.color("white"),
        Q.garment_type("shirt"),
        Q.sleeve_length("long"),
        details(
            "shirt",
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            hit_limit=True,
        ),
        title="Arrow Men White Solid Regular Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: light blue shirt with thin white vertical stripes, button cuffs, no chest pocket, navy trousers,
    # white backdrop, front view; caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X1057-002",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and it has "
            "a lapel collar. He wears long trousers with pure color patterns."
        ),
        Q.pattern("solid", "contradiction"),
        color_of("shirt", "light blue"),
        describe("shirt", "a light blue shirt with thin white stripes and a spread collar"),
        details(
            "shirt",
            "the shirt has a chest pocket with a embroidered logo and french cuffs with silver cufflinks",
            "unsupported",
        ),
        wearing("She is wearing a blue striped shirt and navy trousers", "pronoun", who="he"),
        title="Van Heusen Men Blue Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: navy blue single-breasted two-button blazer, notch lapels, flap pockets, over a white shirt, grey
    # trousers, white backdrop, front view; caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X1057-003",
        caption(
            "The gentleman is wearing a long-sleeve blazer with pure color patterns. The blazer is with cotton "
            "fabric and it has a lapel collar. He wears a white shirt underneath and long grey trousers."
        ),
        Q.color("white", "other_garment_color"),
        Q.garment_type("blazer"),
        is_a("blazer", "yes"),
        describe("blazer", "navy blue single-breasted blazer with notch lapels and two buttons"),
        details(
            "blazer",
            "The blazer has notch lapels, two buttons, flap pockets, notch lapels, two buttons, flap pockets, notch "
            "lapels, two buttons, flap",
            "loop",
            hit_limit=True,
        ),
        Q.material("wool blend"),
        title="Blackberrys Men Navy Blue Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: charcoal grey two-piece suit, single-breasted, notch lapels, white shirt, black tie, model standing,
    # white backdrop; caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X1057-004",
        caption(
            "The gentleman wears a long-sleeve suit with pure color patterns. The suit is with cotton fabric. It has "
            "a lapel collar. There is a tie around his neck. The gentleman wears a long-sleeve suit with pure color "
            "patterns. The suit is with",
            "loop",
            hit_limit=True,
        ),
        wearing("a dark grey suit with a white shirt and a black tie", who="he"),
        Q.color("charcoal"),
        describe(
            "suit",
            "a two-piece suit in charcoal grey with notch lapels, matching flat-front trousers and a white shirt",
        ),
        details("suit", "the suit has peak lapels, a double-breasted front with six gold buttons", "unsupported"),
        Q.garment_type("suit"),
        Q.pattern("solid"),
        title="Raymond Men Charcoal Grey Solid Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Charcoal",
        gender="Men",
    ),
    # photo: beige flat-front formal trousers, waist-down view, light blue shirt tucked in, brown belt, brown
    # shoes, white backdrop; caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X1057-005",
        caption(
            "The gentleman wears a long trousers with pure color patterns. The trousers are with cotton fabric. He "
            "wears a long-sleeve shirt with pure color patterns. There is an accessory on his waist."
        ),
        color_of("trousers", "light blue", "other_garment_color"),
        Q.garment_type("trousers"),
        describe("trousers", "beige flat-front formal trousers with a brown belt and side pockets"),
        details(
            "trousers",
            "The trousers are long. The trousers are long. The trousers are long. The trousers are long. The "
            "trousers are long. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a light blue shirt tucked into beige trousers with a brown leather belt", who="he"),
        title="Park Avenue Men Beige Regular Fit Formal Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: grey five-button waistcoat with two welt pockets over a white shirt, black trousers, white backdrop,
    # front view; caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X1057-006",
        caption(
            "The gentleman is wearing a sleeveless vest with pure color patterns. The vest is with cotton fabric and "
            "its neckline is v-shape. He wears a long-sleeve shirt underneath and long trousers."
        ),
        Q.sleeve_length("sleeveless"),
        Q.color("grey"),
        is_a("waistcoat", "no", "contradiction"),
        describe("waistcoat", "a grey waistcoat with five buttons and two welt pockets"),
        details("waistcoat", "Question: What are the waistcoat details? Answer: v-neck, buttons, pockets", "leak"),
        wearing("a grey vest, a white shirt and grey trousers", "contradiction", who="he"),
        title="Theme Men Grey Slim Fit Formal Waistcoat",
        category="Waistcoat",
        color="Grey",
        gender="Men",
    ),
    # photo: pink solid formal shirt on a ghost mannequin, no person, spread collar, full sleeves, white backdrop;
    # caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X1057-007",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel collar.",
            "unsupported",
        ),
        Q.color("pink"),
        Q.garment_type("shirt"),
        describe("shirt", "a pink formal shirt with a spread collar, full sleeves and a buttoned front"),
        details("shirt", "pink", "non_answer"),
        Q.material("cotton"),
        title="Peter England Men Pink Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: black one-button blazer, notch lapels, white shirt, black trousers, white backdrop, front view;
    # caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X1057-008",
        caption(
            "The gentleman is wearing a long-sleeve blazer with pure color patterns. The blazer is with cotton "
            "fabric. He wears a white shirt and black trousers."
        ),
        Q.color("black"),
        wearing("a black blazer with a white shirt and black trousers", who="he"),
        describe(
            "blazer",
            "The blazer is black with a notch lapel and a single button. The blazer is black with a notch lapel and "
            "a single button. The blazer is",
            "loop",
            hit_limit=True,
        ),
        details("blazer", "the details of the blazer", "restated"),
        Q.pattern("solid"),
        title="Louis Philippe Men Black Solid Slim Fit Single-Breasted Blazer",
        category="Blazers",
        color="Black",
        gender="Men",
    ),
    # photo: lavender shirt with small white checks worn under an open navy blazer, grey trousers, white
    # backdrop, front view; caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X1057-009",
        caption(
            "The gentleman wears a long-sleeve blazer with pure color patterns. The blazer is with cotton fabric and "
            "it has a lapel collar. There is a lattice shirt underneath."
        ),
        color_of("shirt", "navy blue", "other_garment_color"),
        Q.pattern("checked"),
        Q.garment_type("blazer", "contradiction"),
        describe("shirt", "a lavender shirt with small white checks, worn under a navy blazer"),
        details(
            "shirt",
            "The shirt has a spread collar, a buttoned placket and small checks all over. The blazer over it has "
            "notch lapels and",
            "cut",
            hit_limit=True,
        ),
        wearing("a navy blazer over a lavender checked shirt and grey trousers", who="he"),
        title="Allen Solly Men Lavender Checked Regular Fit Formal Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: navy pinstriped three-piece suit (jacket, matching waistcoat, trousers), white shirt, silver tie,
    # white backdrop; caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X1057-010",
        caption(
            "The gentleman wears a long-sleeve suit with stripe patterns. The suit is with cotton fabric and it has a "
            "lapel collar. He wears a vest and a shirt underneath. There is a tie around his neck."
        ),
        Q.pattern("striped"),
        Q.color("grey", "other_garment_color"),
        Q.garment_type("suit"),
        describe("suit", "a navy pinstripe three-piece suit with a matching waistcoat, white shirt and a silver tie"),
        details(
            "suit",
            "The suit has a notch lapel, a notch lapel, a notch lapel, a notch lapel, a notch lapel, a notch lapel, "
            "a notch",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "Question: What is he wearing? Answer: a navy blue suit Question: What is the color of the tie? Answer: "
            "silver Question:",
            "leak",
            who="he",
            hit_limit=True,
        ),
        title="Raymond Men Navy Blue Pinstriped Three-Piece Formal Suit",
        category="Suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black regular-fit formal trousers, full-length shot, white shirt tucked in, black shoes, white
    # backdrop; caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X1057-011",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns. He wears "
            "a pair of shoes."
        ),
        color_of("trousers", "black"),
        Q.garment_type("shirt", "contradiction"),
        describe("trousers", "black formal trousers with a straight leg and a creased front"),
        details("trousers", "they are trousers", "non_answer"),
        wearing("a white shirt, black trousers and black formal shoes", who="he"),
        title="Arrow Men Black Regular Fit Solid Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: maroon solid formal shirt, cutaway collar, black trousers, white backdrop, front view;
    # caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X1057-012",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel collar. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.color("maroon"),
        color_of(
            "shirt",
            "maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        describe("shirt", "a dark red full-sleeve shirt with a cutaway collar, worn with black trousers"),
        details(
            "shirt",
            "It has a lapel collar and long sleeves. The shirt is with cotton fabric and pure color patterns. The "
            "gentleman wears a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("a red shirt and red trousers", "contradiction", who="he"),
        title="John Players Men Maroon Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: beige linen blazer, notch lapels, over a light blue shirt, white trousers, white backdrop;
    # caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X1057-013",
        caption(
            "The gentleman wears a long-sleeve blazer with pure color patterns. The blazer is with denim fabric and "
            "it has a lapel collar. He wears a long-sleeve shirt underneath and long trousers.",
            "unsupported",
        ),
        Q.material("linen"),
        Q.color("beige"),
        wearing("a beige blazer, a light blue shirt and white trousers", who="he"),
        describe("blazer", "a light blue blazer with notch lapels", "other_garment_color"),
        is_a("blazer", "yes"),
        title="Mango Man Beige Linen Slim Fit Blazer",
        category="Blazers",
        color="Beige",
        gender="Men",
    ),
    # photo: burgundy waistcoat with a tonal paisley jacquard weave, v-neck, four gold buttons, over a white
    # shirt, black trousers, white backdrop; caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X1057-014",
        caption(
            "The gentleman wears a sleeveless vest with floral patterns. The vest is with other fabric and its "
            "neckline is v-shape. He wears a long-sleeve shirt underneath."
        ),
        Q.pattern("solid", "contradiction"),
        Q.color("maroon"),
        describe("waistcoat", "a burgundy waistcoat with a tonal paisley jacquard weave, v-neck and four gold buttons"),
        details("waistcoat", "Describe the waistcoat details.", "restated"),
        wearing("He is wearing a white shirt with a white vest and black pants", "other_garment_color", who="he"),
        Q.sleeve_length("long", "contradiction"),
        title="Wintage Men Burgundy Jacquard Woven Design Waistcoat",
        category="Waistcoat",
        color="Burgundy",
        gender="Men",
    ),
    # photo: white shirt with a blue grid check, spread collar, beige trousers, white backdrop, front view;
    # caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X1057-015",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it "
            "has a lapel collar. The trousers are long with pure color patterns."
        ),
        Q.pattern("checked"),
        Q.color("white"),
        color_of("shirt", "beige", "other_garment_color"),
        describe("shirt", "a white shirt with blue grid checks, a spread collar and buttoned cuffs"),
        details("shirt", "the shirt details are the shirt details", "restated"),
        title="Louis Philippe Men White & Blue Checked Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: navy blue slim formal trousers, flat front, pink shirt tucked in, white backdrop, full length;
    # caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X1057-016",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The trousers are with "
            "cotton fabric and pure color patterns.",
            "pronoun",
        ),
        color_of("trousers", "navy blue"),
        Q.color("pink", "other_garment_color"),
        describe("trousers", "navy blue slim-fit trousers with a flat front and belt loops"),
        details("trousers", "pleated front with turn-up hems and a satin side stripe", "unsupported"),
        Q.garment_type("trousers"),
        title="Van Heusen Men Navy Blue Slim Fit Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black tuxedo with satin peak lapels, one button, no pocket square, white shirt, black bow tie, white
    # backdrop; caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X1057-017",
        caption(
            "The gentleman wears a long-sleeve suit with pure color patterns. The suit is with other fabric. It has "
            "a lapel collar. There is a bow tie around his neck and he wears a white shirt underneath."
        ),
        Q.color("black"),
        describe("suit", "a black tuxedo with shiny satin peak lapels, a white shirt and a black bow tie"),
        details("suit", "satin lapels, a single button, a pocket square and cufflinks", "unsupported"),
        wearing("a tuxedo", who="he"),
        is_a("suit", "yes"),
        Q.garment_type("blazer", "contradiction"),
        title="Blackberrys Men Black Solid Tuxedo Suit",
        category="Suits",
        color="Black",
        gender="Men",
    ),
    # photo: grey Prince of Wales check blazer, two buttons, flap pockets, white shirt, navy trousers, white
    # backdrop; caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X1057-018",
        caption(
            "The gentleman wears a long-sleeve blazer with lattice patterns. The blazer is with cotton fabric and it "
            "has a lapel collar. He wears a long-sleeve shirt with pure color patterns underneath. The trousers are "
            "long and with pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("checked"),
        Q.color("navy blue", "other_garment_color"),
        describe("blazer", "a grey checked blazer with notch lapels, two buttons and flap pockets"),
        details(
            "blazer",
            "grey check grey check grey check grey check grey check grey check grey check grey check grey check grey",
            "loop",
            hit_limit=True,
        ),
        wearing("a grey check blazer with a white shirt and navy trousers", who="he"),
        Q.material("leather", "unsupported"),
        title="Raymond Men Grey Checked Slim Fit Blazer",
        category="Blazers",
        color="Grey",
        gender="Men",
    ),
    # photo: black solid formal shirt, regular placket, grey trousers, white backdrop, front view;
    # caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X1057-019",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "The gentleman wears long trousers with pure color patterns."
        ),
        Q.color("black"),
        color_of("trousers", "black", "contradiction"),
        describe("shirt", "black", "non_answer"),
        details(
            "shirt",
            "It has a lapel collar, a hidden button placket and a contrast white lining inside the collar",
            "unsupported",
        ),
        Q.sleeve_length("long"),
        title="Black coffee Men Black Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: mid blue solid formal shirt, full sleeves buttoned, black trousers, black belt, white backdrop;
    # caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X1057-020",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel collar. He wears long trousers and there is an accessory on his waist."
        ),
        color_of("shirt", "blue"),
        wearing("a blue shirt with black trousers and a black belt", who="he"),
        describe(
            "shirt", "The shirt is short-sleeve with pure color patterns. It is with cotton fabric.", "contradiction"
        ),
        details("shirt", "Answer: blue shirt with buttons", "leak"),
        Q.garment_type("shirt"),
        title="Park Avenue Men Blue Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: light grey melange slim trousers, slant pockets, black shirt tucked in, white backdrop, full length;
    # caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X1057-021",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and long trousers. The trousers are "
            "with cotton fabric and pure color patterns. The shirt is with cotton fabric. The gentleman wears a "
            "long-sleeve shirt with pure color patterns and long",
            "loop",
            hit_limit=True,
        ),
        color_of("trousers", "grey"),
        Q.color("black", "other_garment_color"),
        describe("trousers", "light grey heathered trousers with a slim leg and slant pockets"),
        details(
            "trousers",
            "The trousers are with cotton fabric and pure color patterns. They have belt loops, slant pockets and a",
            "cut",
            hit_limit=True,
        ),
        wearing("a black shirt and grey trousers", who="he"),
        title="Peter England Men Grey Melange Slim Fit Trousers",
        category="Trousers",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: navy blue v-neck waistcoat over a pink shirt, navy trousers, plain grey backdrop, front view;
    # caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X1057-022",
        caption(
            "The gentleman is wearing a sleeveless vest with pure color patterns. The vest is with cotton fabric. He "
            "wears a long-sleeve shirt with pure color patterns underneath and long trousers against a grey "
            "background."
        ),
        Q.color("navy blue"),
        color_of("waistcoat", "pink", "other_garment_color", kind="open"),
        Q.sleeve_length("sleeveless"),
        describe("waistcoat", "a navy blue waistcoat with a v neck and buttons, worn over a pink shirt"),
        details("waistcoat", "the waistcoat is a waistcoat", "restated"),
        wearing("he is wearing a navy vest with a pink shirt and navy trousers in front of a grey wall", who="he"),
        title="Hangup Men Navy Blue Solid Waistcoat",
        category="Waistcoat",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: cream shirt with a mandarin (band) collar, no pocket, brown trousers, white backdrop, front view;
    # caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X1057-023",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is stand. He wears long trousers."
        ),
        Q.color("off white"),
        describe("shirt", "a cream shirt with a lapel collar and a chest pocket", "contradiction"),
        details("shirt", "mandarin collar, full button placket, curved hem"),
        wearing("She is wearing a cream shirt and brown pants.", "pronoun", who="he"),
        Q.garment_type("kurta", "contradiction"),
        title="Wills Lifestyle Men Cream-Coloured Mandarin Collar Formal Shirt",
        category="Shirts",
        color="Cream",
        gender="Men",
    ),
    # photo: light grey two-piece suit, two-button jacket, sky blue shirt with open collar, no tie, white
    # backdrop; caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X1057-024",
        caption(
            "The gentleman wears a long-sleeve suit with pure color patterns. The suit is with cotton fabric and it "
            "has a lapel collar. He wears a long-sleeve shirt underneath. There is a tie around his neck.",
            "unsupported",
        ),
        Q.color("grey"),
        color_of("suit", "light blue", "other_garment_color"),
        wearing("a light grey suit and a blue shirt with an open collar", who="he"),
        describe(
            "suit",
            "a light grey two-piece suit with a two-button jacket and flat-front trousers, worn over a sky blue shirt",
        ),
        details(
            "suit",
            "Question: What are the suit details? Answer: The suit has a notch lapel and two buttons. Question: What "
            "is the color of the",
            "leak",
            hit_limit=True,
        ),
        title="Next Look Men Light Grey Solid Slim Fit Two-Piece Suit",
        category="Suits",
        color="Grey",
        gender="Men",
    ),
    # photo: maroon velvet blazer with a shawl collar, one button, flap pockets, black shirt, black trousers,
    # white backdrop; caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X1057-025",
        caption(
            "The gentleman wears a long-sleeve blazer with pure color patterns. The blazer is with other fabric and "
            "it has a lapel collar. He wears a shirt underneath and long trousers with pure color patterns."
        ),
        Q.material("velvet"),
        Q.color("black", "other_garment_color"),
        describe("blazer", "a maroon velvet blazer with shawl lapels and one button"),
        details(
            "blazer",
            "The blazer has a shawl collar, one button, flap pockets and a chest pocket. It is with other fabric and "
            "the sleeves are long with",
            "cut",
            hit_limit=True,
        ),
        wearing("a red velvet jacket over a black shirt and black trousers", who="he"),
        is_a("blazer", "yes"),
        title="SUITLTD Men Maroon Velvet Single-Breasted Party Blazer",
        category="Blazers",
        color="Maroon",
        gender="Men",
    ),
    # photo: olive green solid formal shirt with one chest pocket, beige trousers, white backdrop, front view;
    # caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X1057-026",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and it "
            "has a lapel collar. He wears long trousers.",
            "unsupported",
        ),
        Q.color("green"),
        color_of("trousers", "olive", "contradiction"),
        describe("shirt", "an olive green formal shirt with a spread collar and a single chest pocket"),
        details(
            "shirt",
            "The shirt is olive green. The shirt is olive green. The shirt is olive green. The shirt is olive green. "
            "The shirt",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        title="Invictus Men Olive Green Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: charcoal double-pleated trousers, side view of the model, white shirt tucked in, white backdrop;
    # caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X1057-027",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and long trousers. The trousers are "
            "with cotton fabric and pure color patterns."
        ),
        color_of("trousers", "charcoal"),
        describe("trousers", "white trousers with pleats", "other_garment_color"),
        details("trousers", "double pleats at the front, a creased leg and side pockets"),
        Q.garment_type("trousers"),
        wearing("man", "non_answer", who="he"),
        title="Louis Philippe Men Charcoal Grey Pleated Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: white shirt with thin black vertical stripes, black trousers, plain grey backdrop, front view;
    # caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X1057-028",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and it has "
            "a lapel collar. He wears long trousers with pure color patterns in front of a grey wall."
        ),
        Q.pattern("striped"),
        Q.color("grey", "contradiction"),
        describe("shirt", "a white shirt with thin black vertical stripes and a spread collar"),
        details(
            "shirt",
            "the stripes are woven with a silver thread and the cuffs have mother of pearl buttons",
            "unsupported",
        ),
        wearing("a white striped shirt and black trousers", who="he"),
        color_of("trousers", "black"),
        title="Arrow Men White & Black Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: olive green two-button blazer with a welt chest pocket, white shirt, brown trousers, white
    # backdrop, front view; caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X1057-029",
        caption(
            "The lady is wearing a long-sleeve blazer with pure color patterns. The blazer is with cotton fabric and "
            "it has a lapel collar. She wears a shirt underneath and long trousers.",
            "pronoun",
        ),
        Q.color("olive"),
        color_of("blazer", "brown", "other_garment_color"),
        describe("blazer", "an olive green blazer with notch lapels, two buttons and a welt chest pocket"),
        details("blazer", "notch lapels, two buttons, flap pockets and a double vent at the back", "unsupported"),
        wearing("an olive blazer with a white shirt and brown trousers", who="he"),
        title="Theme Men Olive Green Slim Fit Single-Breasted Blazer",
        category="Blazers",
        color="Olive",
        gender="Men",
    ),
    # photo: beige (khaki) solid two-piece suit, white shirt, no tie, white backdrop, front view;
    # caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X1057-030",
        caption(
            "The gentleman wears a long-sleeve suit with pure color patterns. The suit is with cotton fabric and it "
            "has a lapel collar. He wears a long-sleeve shirt underneath with pure color patterns. The trousers are "
            "long. The gentleman wears a long-sleeve suit with pure",
            "loop",
            hit_limit=True,
        ),
        Q.color("beige"),
        wearing("a beige suit with a white shirt", who="he"),
        describe("suit", "a khaki two-piece suit with a two-button jacket and matching trousers"),
        details(
            "suit",
            "The suit is beige with a notch lapel and two buttons. The trousers are beige with a flat front and a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("suit"),
        Q.pattern("striped", "contradiction"),
        is_a("suit", "yes"),
        title="Van Heusen Men Beige Solid Slim Fit Formal Suit",
        category="Suits",
        color="Beige",
        gender="Men",
    ),
    # photo: peach solid formal shirt, button-down collar, no logo, navy trousers, white backdrop, front view;
    # caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X1057-031",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel collar and the gentleman wears long trousers."
        ),
        Q.color("pink"),
        color_of("shirt", "peach", kind="open"),
        describe(
            "shirt", "a peach colored shirt with a button down collar and embroidered logo on the chest", "unsupported"
        ),
        details("shirt", "yes", "non_answer"),
        wearing("a peach shirt and blue pants", who="he"),
        title="Allen Solly Men Peach-Coloured Solid Formal Shirt",
        category="Shirts",
        color="Peach",
        gender="Men",
    ),
    # photo: black five-button waistcoat over a white shirt, black trousers, a watch on the wrist, white
    # backdrop, front view; caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X1057-032",
        caption(
            "The gentleman is wearing a sleeveless vest with pure color patterns. The vest is with cotton fabric and "
            "its neckline is v-shape. He wears a long-sleeve shirt underneath. There is an accessory on his wrist."
        ),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        describe("waistcoat", "black waistcoat"),
        details(
            "waistcoat",
            "a v-neck, five buttons, two welt pockets and a satin back with an adjustable buckle",
            "unsupported",
        ),
        wearing(
            "Question: What is he wearing? Answer: black vest Question: What is he wearing? Answer: black vest "
            "Question: What is he",
            "leak",
            who="he",
            hit_limit=True,
        ),
        title="Hangup Men Black Solid Formal Waistcoat",
        category="Waistcoat",
        color="Black",
        gender="Men",
    ),
    # photo: coffee brown flat-front trousers, cream shirt tucked in, white backdrop, full length;
    # caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X1057-033",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and long trousers. The trousers are "
            "with cotton fabric."
        ),
        color_of("trousers", "cream", "other_garment_color"),
        Q.color("brown"),
        describe("trousers", "dark brown formal trousers with a flat front, belt loops and a straight hem"),
        details(
            "trousers",
            "The trousers are with cotton fabric and pure color patterns. The trousers are with cotton fabric and "
            "pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a cream shirt and brown trousers", who="he"),
        title="Arrow Men Coffee Brown Regular Fit Formal Trousers",
        category="Trousers",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: navy blue shirt with a small white dot print all over, beige trousers, white backdrop, front view;
    # caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X1057-034",
        caption(
            "The gentleman wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and it "
            "has a lapel collar. He wears long trousers with pure color patterns."
        ),
        Q.pattern("printed"),
        color_of("shirt", "beige", "other_garment_color"),
        describe("shirt", "a navy blue shirt with a small white dot print all over"),
        details(
            "shirt",
            "The shirt is navy blue with a white micro print. It has a spread collar, a curved hem and long sleeves "
            "with single button",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a blue shirt with white dots and beige pants", "pronoun", who="he"),
        Q.garment_type("shirt"),
        title="Hancock Men Navy Blue Printed Slim Fit Formal Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: teal blue blazer with dark horn buttons, white shirt, navy trousers, white backdrop, front view;
    # caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X1057-035",
        caption(
            "The gentleman wears a long-sleeve blazer with pure color patterns. The blazer is with cotton fabric. He "
            "wears a white shirt and long trousers."
        ),
        Q.color("blue"),
        describe("blazer", "a teal blue blazer with notch lapels and gold metal buttons", "unsupported"),
        details("blazer", "Question: What are the blazer details? Answer:", "leak"),
        wearing("a teal blazer over a white shirt with navy trousers", who="he"),
        is_a("blazer", "yes"),
        Q.garment_type("suit", "contradiction"),
        title="Blackberrys Men Teal Blue Solid Slim Fit Blazer",
        category="Blazers",
        color="Teal",
        gender="Men",
    ),
    # photo: navy blue two-piece suit, light blue shirt, maroon tie, white backdrop, front view;
    # caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X1057-036",
        caption(
            "The gentleman wears a long-sleeve suit with pure color patterns. The suit is with cotton fabric and it "
            "has a lapel collar. There is a tie around his neck. He wears a long-sleeve shirt underneath and long "
            "trousers with pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.color("maroon", "other_garment_color"),
        wearing("a navy blue suit, a light blue shirt and a maroon tie", who="he"),
        describe(
            "suit",
            "The suit is navy blue. The suit is navy blue. The suit is navy blue. The suit is navy blue. The suit is",
            "loop",
            hit_limit=True,
        ),
        details("suit", "notch lapels, two buttons, flap pockets and matching flat-front trousers"),
        Q.pattern("solid"),
        title="Raymond Men Navy Blue Solid Regular Fit Two-Piece Suit",
        category="Suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey solid formal shirt tucked into black trousers with a black belt, white backdrop, front view;
    # caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X1057-037",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel collar. He wears a long trousers."
        ),
        Q.color("grey"),
        color_of("trousers", "grey", "contradiction"),
        describe("shirt", "a grey formal shirt"),
        details(
            "shirt",
            "It has a lapel collar and long sleeves with cuffs. The shirt is tucked into the trousers and there is a "
            "belt on the",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("short", "contradiction"),
        Q.material("cotton"),
        title="Turtle Men Grey Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: olive green flat-front trousers, white shirt tucked in, front view only, white backdrop;
    # caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X1057-038",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and long trousers. The trousers are "
            "with cotton fabric."
        ),
        color_of("trousers", "white", "other_garment_color"),
        describe("trousers", "The trousers are long", "non_answer"),
        details(
            "trousers",
            "olive green flat-front trousers with a buttoned back welt pocket and side adjusters",
            "unsupported",
        ),
        Q.garment_type("trousers"),
        wearing("a white shirt tucked into olive green trousers", who="he"),
        title="Parx Men Olive Green Slim Fit Formal Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: sky blue shirt folded flat on a white backdrop, a navy blue tie laid across the collar as a prop, no
    # person; caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X1057-039",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. There "
            "is a tie around his neck.",
            "unsupported",
        ),
        Q.color("navy blue", "other_garment_color"),
        Q.garment_type("shirt"),
        describe("shirt", "a light blue shirt folded with a navy blue tie on top"),
        details("shirt", "a spread collar, white buttons and a navy tie laid over the collar"),
        Q.material("cotton"),
        title="Van Heusen Men Sky Blue Solid Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: beige four-button waistcoat over a sky blue shirt, matching beige trousers, white backdrop;
    # caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X1057-040",
        caption(
            "The gentleman is wearing a sleeveless vest with pure color patterns. The vest is with cotton fabric and "
            "its neckline is v-shape. He wears a long-sleeve shirt underneath with pure color patterns and long "
            "trousers with pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.color("beige"),
        describe("waistcoat", "a light blue waistcoat with buttons", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        details("waistcoat", "v-neck, four buttons and two welt pockets at the waist"),
        wearing("a beige waistcoat, a sky blue shirt and matching beige trousers", who="he"),
        is_a("waistcoat", "yes"),
        title="Wintage Men Beige Solid Waistcoat",
        category="Waistcoat",
        color="Beige",
        gender="Men",
    ),
    # photo: cream one-button blazer with peak lapels over a black shirt, black trousers, white backdrop;
    # caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X1057-041",
        caption(
            "The gentleman wears a long-sleeve blazer with pure color patterns. The blazer is with cotton fabric and "
            "it has a lapel collar. He wears a black shirt underneath and black trousers."
        ),
        Q.color("black", "other_garment_color"),
        describe("blazer", "an off-white blazer with peak lapels and a single button"),
        details("blazer", "the blazer details are the details of the cream blazer", "restated"),
        wearing("a cream blazer with a black shirt and black pants", who="he"),
        Q.pattern("solid"),
        title="Mark Taylor Men Cream-Coloured Solid Slim Fit Party Blazer",
        category="Blazers",
        color="Cream",
        gender="Men",
    ),
    # photo: pale yellow solid formal shirt, white buttons, navy trousers, white backdrop, front view (the feed
    # row has no category); caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X1057-042",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel collar. The gentleman wears long trousers with pure color patterns. The trousers are with "
            "cotton fabric. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        Q.color("yellow"),
        wearing("a light yellow shirt with navy blue trousers", who="he"),
        describe("shirt", "a pale yellow shirt with a spread collar and white buttons"),
        details(
            "shirt",
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow",
            "loop",
            hit_limit=True,
        ),
        color_of("trousers", "yellow", "contradiction"),
        title="Peter England Men Yellow Slim Fit Solid Formal Shirt",
        color="Yellow",
        gender="Men",
    ),
    # photo: charcoal suit with a faint windowpane check, light pink shirt, navy tie, white backdrop;
    # caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X1057-043",
        caption(
            "The gentleman wears a long-sleeve suit with lattice patterns. The suit is with cotton fabric and it has "
            "a lapel collar. There is a tie around his neck."
        ),
        Q.pattern("checked"),
        Q.color("pink", "other_garment_color"),
        describe("suit", "a charcoal suit with a faint windowpane check, worn with a light pink shirt and a navy tie"),
        details(
            "suit",
            "The suit is with cotton fabric and lattice patterns. It has a lapel collar and two buttons. The trousers "
            "are long and with lattice",
            "cut",
            hit_limit=True,
        ),
        wearing("The lady wears a long-sleeve suit with lattice patterns and a tie.", "pronoun", who="he"),
        Q.material("silk", "unsupported"),
        title="Louis Philippe Men Charcoal Grey Checked Slim Fit Two-Piece Suit",
        category="Suits",
        color="Charcoal",
        gender="Men",
    ),
    # photo: off-white slim trousers with a cropped hem, navy blue shirt tucked in, white backdrop (the feed row
    # has no title); caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X1057-044",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and long trousers. The trousers are "
            "with cotton fabric and pure color patterns."
        ),
        color_of("trousers", "off white"),
        Q.color("navy blue", "other_garment_color"),
        describe("trousers", "describe the trousers", "restated"),
        details("trousers", "flat front, slim leg and a cropped ankle length hem"),
        wearing("a navy blue shirt and off-white trousers", who="he"),
        category="Trousers",
        color="Off White",
        gender="Men",
    ),
    # photo: purple solid shirt worn under a grey waistcoat, grey trousers, white backdrop, front view (the
    # product is the shirt); caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X1057-045",
        caption(
            "The gentleman is wearing a sleeveless vest with pure color patterns. The vest is with cotton fabric. He "
            "wears a long-sleeve shirt underneath and long trousers."
        ),
        color_of("shirt", "grey", "other_garment_color"),
        Q.garment_type("waistcoat", "contradiction"),
        describe("shirt", "a purple full-sleeve shirt worn under a grey waistcoat"),
        details(
            "shirt",
            "Question: What are the shirt details? Answer: purple shirt with a collar Question: What is the color of "
            "the vest? Answer: grey",
            "leak",
            hit_limit=True,
        ),
        wearing("a grey waistcoat over a purple shirt with grey trousers", who="he"),
        Q.sleeve_length("long"),
        title="Arrow Men Purple Solid Formal Shirt",
        category="Shirts",
        color="Purple",
        gender="Men",
    ),
    # photo: brown herringbone tweed blazer, notch lapels, two buttons, flap pockets, light blue shirt, dark grey
    # trousers, white backdrop, front view; caption adapter epoch 2 (caption, open), reference engine (closed)
    case(
        "X1057-046",
        caption(
            "The gentleman wears a long-sleeve blazer with lattice patterns. The blazer is with knitting fabric and "
            "it has a lapel collar. He wears a long-sleeve shirt underneath with pure color patterns. The gentleman "
            "wears a long-sleeve blazer with lattice patterns. The",
            "loop",
            hit_limit=True,
        ),
        Q.color("brown"),
        Q.material("wool tweed"),
        describe("blazer", "a brown herringbone tweed blazer with notch lapels and elbow patches", "unsupported"),
        details("blazer", "herringbone weave, notch lapels, two buttons and flap pockets"),
        wearing("a brown blazer, a light blue shirt and dark grey trousers", who="he"),
        color_of("blazer", "light blue", "other_garment_color"),
        title="Raymond Men Brown Tweed Herringbone Blazer",
        category="Blazers",
        color="Brown",
        gender="Men",
    ),
]
