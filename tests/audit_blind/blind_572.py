"""BLIND_572 (46 products; Myntra men's formal night, suits to bandhgalas): written blind in the fifty-first session.
Measured blind at 8befd0d (the session's rules as they stood): 79/134 failures found (59.0%) and 11/190 correct texts
flagged (5.8%). The writer's notes, verbatim:

Scenario: a Myntra men's formal and occasion feed. Formal shirts, blazers, two and three piece suits, waistcoats,
formal trousers, tuxedos, bandhgalas and Nehru jackets, each worn by a male model on a white or light grey studio
backdrop with the rest of an outfit: shirts under jackets, ties, bow ties, pocket squares, belts, watches. Seller
columns as a Myntra-like feed has them (title, category = article type, color = base colour, gender); one row lacks
its gender.

Who wrote what: the captions come from the caption-only LoRA adapter at epoch 3 (DeepFashion-MultiModal template:
"This man wears a long-sleeve jacket with solid color patterns. The neckline of the jacket is lapel..."). It knows
no hue names, calls a blazer or bandhgala a "jacket", a waistcoat or Nehru jacket a "vest", checks "lattice", and
picks from DeepFashion's fabrics (cotton, denim, chiffon, furry, leather). Trained without an end token, it often
runs to its 50-token limit and is cut or loops; the shorter captions end on a full stop. Because DeepFashion is
mostly women, it sometimes writes "the lady" / "her" for a man. The open questions (What is the man wearing?
Describe the X. What are the details? What is the fabric?) are answered by an extractive QA model over that
caption: every such answer is a span of the caption (or empty when the caption has nothing to copy), so it inherits
the caption's mistakes. The per-piece color questions (shirt / tie / trousers) are free generation by the untuned
blip2-opt-2.7b: short hue answers, often the product's or the jacket's color for every piece, sometimes a
continued "Question: ... Answer:" dialogue, a restated question or a loop. Garment type, color, pattern, sleeve
length and the yes/no garment questions are closed answers from enrich's reference engine (one candidate each).

Labeling conventions and judgement calls:
- One label per text, the most salient failure; a caption that runs to the limit is labelled cut or loop even if it
  also claims something dubious before that point.
- A QA span copied from a failed part of the caption carries the same kind (a copied loop is a loop, a span that
  stops where the caption was cut is cut, a copied "her" is pronoun); those answers did not hit their own limit.
- Fabric: a fabric the seller's title names otherwise (cotton for "Pure Linen", "Velvet") is a contradiction; a
  fabric claimed where neither the title nor the photo gives any basis (cotton for a suit or trousers whose title
  is silent, denim or chiffon for formal wear) is unsupported. "Cotton" for a plain formal shirt is accepted only
  where the title says cotton; otherwise I left the fabric sentence out of the correct captions.
- "furry" for a velvet bandhgala is a contradiction of the title's "Velvet".
- An accessory, hat, glasses, ring or tie that is not in the photo is unsupported, and so is a color given for a tie
  the model is not wearing; "there is no tie" for a tie-less photo is correct.
- A color answer that gives a piece the color of another visible piece (shirt answered with the blazer's navy, tie
  with the shirt's white) is other_garment_color; a wrong color that belongs to nothing in the photo is a
  contradiction. Closed answers that pick the wrong candidate are contradictions.
- Color groups follow the seller's coarse groups: maroon answered "red", lavender "purple", charcoal "grey",
  cream / off white "white", khaki "beige" are correct.
- "the lady" / "the woman" / "her" / "she" for a men's model is pronoun, even where the word is a noun, not a
  pronoun.
- A Nehru jacket called a "vest" or "waistcoat", a bandhgala called a "jacket" or "blazer" (Myntra sells them as
  bandhgala blazers), a waistcoat called a "vest" and a suit jacket called a "jacket" are correct; a bandhgala or
  Nehru jacket called a "kurta", a suit called a "blazer" or a blazer with odd trousers called a "suit" are not.
- Tone-on-tone self-design (a jacquard bandhgala seen from a catalog distance) may be called solid / pure color;
  a visible brocade or paisley motif called "floral" is correct.
- The extractive QA's empty answer, a one-word answer that only echoes the question ("shirt" for "Describe the
  shirt.") or a bare attribute ("sleeveless" for what he is wearing) is non_answer; a base-model sentence that only
  turns the question around ("the tie is the color of the tie") is restated.
- A shirt that is not visible (a closed bandhgala collar) answered with the jacket's color is unsupported, not
  other_garment_color, because nothing shows a shirt at all.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, is_a, question, wearing

FABRIC = question("material", "What is the fabric?", "open")
DETAILS = question("details", "What are the details?", "open")


def man(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="the man", hit_limit=hit_limit)


def shade(garment, text, failure=None, hit_limit=False):
    """The base model's free-generation color answer for one piece of the outfit."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_572 = [
    # photo: white solid formal shirt, navy tie, charcoal trousers, black belt, white backdrop, front view;
    # caption by the epoch-3 caption adapter, open answers by extractive QA, colors by base blip2-opt-2.7b
    case(
        "X572-001",
        caption(
            "This man wears a long-sleeve shirt with solid color patterns. The shirt is with cotton fabric. The "
            "neckline of the shirt is lapel. There is a belt on his waist."
        ),
        man("a long-sleeve shirt with solid color patterns"),
        shade("shirt", "white"),
        shade("tie", "white", "other_garment_color"),
        shade("trousers", "grey Question: What is the color of the belt? Answer: black", "leak"),
        FABRIC("cotton"),
        Q.garment_type("shirt"),
        title="Van Heusen Men White Slim Fit Pure Cotton Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: navy single-breasted two-button blazer over a white shirt, grey trousers, burgundy pocket square,
    # white backdrop; caption adapter (ran to its limit), QA for open questions, base model for colors
    case(
        "X572-002",
        caption(
            "This man wears a long-sleeve jacket with solid color patterns. The jacket is with cotton fabric. The "
            "neckline of the jacket is lapel. The pants this man wears is of long length. The pants are with cotton "
            "fabric and solid",
            "cut",
            hit_limit=True,
        ),
        describe("blazer", "long-sleeve jacket with solid color patterns"),
        DETAILS("The neckline of the jacket is lapel"),
        FABRIC("cotton", "unsupported"),
        shade("shirt", "navy blue", "other_garment_color"),
        shade("trousers", "grey"),
        Q.color("Navy Blue"),
        title="Raymond Men Navy Blue Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: charcoal pinstriped two-piece suit, light blue shirt, maroon tie, black shoes, light grey backdrop;
    # caption adapter, QA, base model colors, closed pattern and yes/no from the reference engine
    case(
        "X572-003",
        caption(
            "This man wears a long-sleeve jacket with striped patterns and long trousers. The neckline of the "
            "jacket is lapel. There is a neckwear on his neck."
        ),
        man("a long-sleeve jacket with striped patterns and long trousers"),
        shade(
            "shirt",
            "the shirt is blue and the tie is red and the shirt is blue and the tie is red and the shirt is blue and "
            "the",
            "loop",
            hit_limit=True,
        ),
        shade("tie", "red"),
        shade("trousers", "black", "contradiction"),
        Q.pattern("striped"),
        is_a("suit", "yes"),
        title="Louis Philippe Men Charcoal Grey Pinstriped Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Charcoal",
        gender="Men",
    ),
    # photo: black tuxedo with satin peak lapels, white wing-collar shirt, black bow tie, black trousers, white
    # backdrop; caption adapter wrote "the lady", QA copied it, base model colors
    case(
        "X572-004",
        caption(
            "The lady wears a long-sleeve jacket with solid color patterns. The neckline of the jacket is lapel. "
            "There is an accessory on her neck.",
            "pronoun",
        ),
        man("a long-sleeve jacket with solid color patterns"),
        DETAILS("There is an accessory on her neck", "pronoun"),
        shade("shirt", "black", "other_garment_color"),
        shade("tie", "black"),
        shade("trousers", "black"),
        Q.garment_type("suit"),
        Q.sleeve_length("long sleeves"),
        title="Blackberrys Men Black Slim Fit Satin Lapel Tuxedo Suit",
        category="Suits",
        color="Black",
        gender="Men",
    ),
    # photo: beige pure linen formal trousers, white shirt tucked in, brown belt, brown loafers, waist-down crop
    # showing the shirt's hem; caption adapter, QA, base model colors, closed color and yes/no
    case(
        "X572-005",
        caption(
            "The pants this man wears is of long length. The pants are with cotton fabric and solid color "
            "patterns. There is a belt on his waist.",
            "contradiction",
        ),
        man("The pants this man wears is of long length"),
        FABRIC("cotton", "contradiction"),
        shade("trousers", "beige"),
        shade("shirt", "beige", "other_garment_color"),
        Q.color("Beige"),
        is_a("trousers", "yes", article="a pair of"),
        title="Arrow Men Beige Slim Fit Pure Linen Formal Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: maroon self-design (tone-on-tone jacquard) bandhgala with gold-tone buttons and mandarin collar,
    # matching maroon trousers, cream pocket square, brown juttis, light grey backdrop; no shirt visible;
    # caption adapter, QA, base model colors, closed type and color
    case(
        "X572-006",
        caption(
            "This gentleman wears a long-sleeve jacket with pure color patterns. The neckline of the jacket is "
            "stand. The pants this gentleman wears is of long length. There is an accessory on his chest."
        ),
        describe("bandhgala", "long-sleeve jacket with pure color patterns"),
        DETAILS("The neckline of the jacket is stand"),
        shade("trousers", "maroon"),
        shade("shirt", "maroon", "unsupported"),
        Q.garment_type("kurta", "contradiction"),
        Q.color("Maroon"),
        title="Manyavar Men Maroon Self-Design Bandhgala Suit",
        category="Suits",
        color="Maroon",
        gender="Men",
    ),
    # photo: light blue formal shirt with thin white stripes, navy trousers, no tie, white backdrop; caption
    # adapter looped to its limit, QA copied part of the loop, base model colors, closed pattern
    case(
        "X572-007",
        caption(
            "This man wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. The neckline "
            "of the shirt is lapel. The shirt is with cotton fabric. The shirt is with cotton fabric. The shirt is "
            "with cotton",
            "loop",
            hit_limit=True,
        ),
        man("a long-sleeve shirt with striped patterns"),
        shade("shirt", "blue and white"),
        shade("trousers", "blue"),
        FABRIC("cotton fabric. The shirt is with cotton fabric. The shirt is with cotton", "loop"),
        Q.pattern("striped"),
        title="Peter England Men Blue Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: grey three-piece suit (jacket, waistcoat, trousers), white shirt, silver-grey tie, white backdrop;
    # caption adapter, QA, base model colors (one leaked into the next question), closed answers
    case(
        "X572-008",
        caption(
            "This man wears a long-sleeve jacket with solid color patterns. The neckline of the jacket is lapel. "
            "He wears a vest. The pants this man wears is of long length."
        ),
        man("a long-sleeve jacket with solid color patterns"),
        DETAILS("He wears a vest"),
        shade("shirt", "grey", "other_garment_color"),
        shade("tie", "grey"),
        shade(
            "trousers",
            "grey Question: What is the color of the waistcoat? Answer: grey Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        is_a("waistcoat", "no"),
        Q.garment_type("suit"),
        title="Park Avenue Men Grey Solid Slim Fit Three-Piece Suit",
        category="Suits",
        color="Grey",
        gender="Men",
    ),
    # photo: olive green Nehru jacket over a white formal shirt, beige trousers, no tie, white backdrop;
    # caption adapter, QA, base model colors, closed sleeve, color and yes/no
    case(
        "X572-009",
        caption(
            "This man wears a sleeveless vest with solid color patterns. The neckline of the vest is stand. This "
            "man wears a long-sleeve shirt with solid color patterns."
        ),
        describe("Nehru jacket", "sleeveless vest with solid color patterns"),
        shade("shirt", "green", "other_garment_color"),
        shade("trousers", "white", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        Q.color("Olive"),
        is_a("kurta", "yes", "contradiction"),
        title="Mr Button Men Olive Green Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: black flat-front formal trousers, pale pink shirt tucked in, black belt, no tie, white backdrop; caption
    # adapter wrote "the lady", QA, base model colors, closed type and color
    case(
        "X572-010",
        caption(
            "The lady wears a long-sleeve shirt with solid color patterns. The pants the lady wears is of long "
            "length. The pants are with cotton fabric and solid color patterns. There is a belt on her waist.",
            "pronoun",
        ),
        man("a long-sleeve shirt with solid color patterns"),
        shade("trousers", "black"),
        shade("shirt", "white", "contradiction"),
        shade("tie", "black", "unsupported"),
        DETAILS("There is a belt on her waist", "pronoun"),
        Q.garment_type("trousers"),
        Q.color("Black"),
        title="Blackberrys Men Black Slim Fit Flat-Front Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: teal blue textured single-breasted blazer over a white shirt, black trousers, white pocket square,
    # no tie, white backdrop; caption adapter, QA (empty for the fabric), base model colors, closed answers
    case(
        "X572-011",
        caption(
            "This man wears a long-sleeve jacket with solid color patterns. The neckline of the jacket is lapel. "
            "This man wears a long-sleeve shirt with solid color patterns. The pants this man wears is of long "
            "length."
        ),
        describe("blazer", "long-sleeve jacket with solid color patterns"),
        FABRIC("", "non_answer"),
        shade("shirt", "white"),
        shade("trousers", "black"),
        shade("tie", "white Question: What is the color of the pocket square? Answer: white", "leak"),
        Q.color("Teal"),
        Q.pattern("solid"),
        title="SUITLTD Men Teal Blue Slim Fit Single-Breasted Party Blazer",
        category="Blazers",
        color="Teal",
        gender="Men",
    ),
    # photo: black formal waistcoat over a white shirt, black tie, grey trousers, white backdrop; caption adapter
    # cut at its limit, QA, base model colors, closed sleeve and type
    case(
        "X572-012",
        caption(
            "This man wears a sleeveless vest with solid color patterns. The vest is with cotton fabric. This man "
            "wears a long-sleeve shirt with solid color patterns. The pants this man wears is of long length. There "
            "is a",
            "cut",
            hit_limit=True,
        ),
        man("a sleeveless vest with solid color patterns"),
        FABRIC("cotton", "unsupported"),
        shade("shirt", "black", "other_garment_color"),
        shade("tie", "black"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.garment_type("waistcoat"),
        title="Hangup Men Black Solid Slim Fit Formal Waistcoat",
        category="Waistcoat",
        color="Black",
        gender="Men",
    ),
    # photo: burgundy velvet tuxedo blazer with black satin shawl lapel, white shirt, black bow tie, black
    # trousers, dark grey backdrop; caption adapter, QA, base model colors (one ran to its limit), closed answers
    case(
        "X572-013",
        caption(
            "This man wears a long-sleeve jacket with solid color patterns. The jacket is with cotton fabric. The "
            "neckline of the jacket is lapel. This man wears a long trousers.",
            "contradiction",
        ),
        describe("blazer", "long-sleeve jacket with solid color patterns"),
        FABRIC("cotton", "contradiction"),
        shade(
            "shirt",
            "white with a black bow tie and a burgundy velvet jacket with black satin lapels and a white pocket "
            "square and black pants and",
            "cut",
            hit_limit=True,
        ),
        shade("tie", "black"),
        shade("trousers", "maroon", "other_garment_color"),
        Q.color("Burgundy"),
        Q.garment_type("blazer"),
        title="Blackberrys Men Burgundy Velvet Slim Fit Tuxedo Blazer",
        category="Blazers",
        color="Burgundy",
        gender="Men",
    ),
    # photo: lavender solid formal shirt, purple tie, grey formal trousers, white backdrop; caption adapter
    # invented denim trousers, QA, base model colors
    case(
        "X572-014",
        caption(
            "This man wears a long-sleeve shirt with solid color patterns. The neckline of the shirt is lapel. "
            "There is a neckwear on his neck. The pants are with denim fabric and solid color patterns.",
            "unsupported",
        ),
        man("a long-sleeve shirt with solid color patterns"),
        DETAILS("There is a neckwear on his neck"),
        shade("shirt", "purple"),
        shade("tie", "the tie is the same color as the tie", "restated"),
        shade("trousers", "purple", "other_garment_color"),
        title="Arrow Men Lavender Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: navy three-piece suit with a faint windowpane check, white shirt, navy tie with small white dots,
    # white backdrop; caption adapter cut at its limit, QA copied the cut end, base model colors, closed pattern
    case(
        "X572-015",
        caption(
            "This man wears a long-sleeve jacket with lattice patterns. The neckline of the jacket is lapel. He "
            "wears a sleeveless vest with lattice patterns. The pants this man wears is of long length. There is a "
            "neckwear on",
            "cut",
            hit_limit=True,
        ),
        man("a long-sleeve jacket with lattice patterns"),
        DETAILS("There is a neckwear on", "cut"),
        shade("shirt", "the shirt is the color of the shirt", "restated"),
        shade("tie", "navy blue"),
        shade("trousers", "navy blue"),
        Q.pattern("solid", "contradiction"),
        title="Raymond Men Navy Blue Checked Slim Fit Three-Piece Suit",
        category="Suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: off-white bandhgala with fabric-covered buttons and mandarin collar, white trousers, maroon pocket
    # square, no ring, light grey backdrop; caption adapter invented a ring, QA copied it, base model colors
    case(
        "X572-016",
        caption(
            "This man wears a long-sleeve jacket with pure color patterns. The neckline of the jacket is stand. The "
            "pants this man wears is of long length. There is a ring on his finger.",
            "unsupported",
        ),
        describe("bandhgala", "long-sleeve jacket with pure color patterns"),
        DETAILS("There is a ring on his finger", "unsupported"),
        man("a long-sleeve jacket with pure color patterns"),
        shade("trousers", "white"),
        Q.color("White"),
        is_a("blazer", "yes"),
        title="Jompers Men Off White Solid Bandhgala Blazer",
        category="Blazers",
        color="Off White",
        gender="Men",
    ),
    # photo: grey pleated formal trousers, navy formal shirt tucked in, black belt, white backdrop; caption
    # adapter, QA, base model colors, closed answers
    case(
        "X572-017",
        caption(
            "This man wears a long-sleeve shirt with solid color patterns. The pants this man wears is of long "
            "length. The pants are with cotton fabric and solid color patterns. There is a belt on his waist.",
            "unsupported",
        ),
        man("a long-sleeve shirt with solid color patterns"),
        FABRIC("cotton fabric and solid color patterns", "unsupported"),
        shade("trousers", "navy blue", "other_garment_color"),
        shade("shirt", "navy blue"),
        Q.color("Grey"),
        Q.pattern("solid"),
        is_a("shirt", "yes", "contradiction"),
        title="Louis Philippe Men Grey Regular Fit Pleated Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: pink solid formal shirt, navy tie with white stripes, navy trousers, white backdrop; caption
    # adapter, QA (echoed the question for the description), base model colors (one leaked)
    case(
        "X572-018",
        caption(
            "This man wears a long-sleeve shirt with solid color patterns. The shirt is with cotton fabric. The "
            "neckline of the shirt is lapel. There is a neckwear on his neck."
        ),
        man("a long-sleeve shirt"),
        describe("shirt", "shirt", "non_answer"),
        shade("shirt", "pink"),
        shade("tie", "blue and white"),
        shade("trousers", "pink Question: What is the color of the tie? Answer: blue", "leak"),
        title="Park Avenue Men Pink Slim Fit Solid Cotton Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: black jodhpuri suit (bandhgala with silver buttons, matching trousers), tone-on-tone self-design,
    # no shirt visible, white backdrop; caption adapter wrote "the woman", QA, base model looped, closed answers
    case(
        "X572-019",
        caption(
            "The woman wears a long-sleeve jacket with pure color patterns. The neckline of the jacket is stand. "
            "The pants the woman wears is of long length.",
            "pronoun",
        ),
        describe("jacket", "long-sleeve jacket with pure color patterns"),
        man("a long-sleeve jacket with pure color patterns. The neckline of the jacket is stand"),
        shade("trousers", "black"),
        shade(
            "shirt",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("suit"),
        Q.pattern("solid"),
        title="Manyavar Men Black Self Design Jodhpuri Suit",
        category="Suits",
        color="Black",
        gender="Men",
    ),
    # photo: blue and white small-check formal shirt, plain beige trousers, no tie, white backdrop; caption
    # adapter gave the trousers the shirt's checks, QA, base model colors (invented a tie), closed answers
    case(
        "X572-020",
        caption(
            "This man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. The neckline "
            "of the shirt is lapel. The pants this man wears is of long length. The pants are with lattice "
            "patterns.",
            "contradiction",
        ),
        man("a long-sleeve shirt with lattice patterns"),
        shade("shirt", "blue and white"),
        shade("trousers", "blue", "other_garment_color"),
        shade("tie", "red", "unsupported"),
        Q.pattern("checked"),
        Q.sleeve_length("long sleeves"),
        is_a("shirt", "yes"),
        title="John Players Men Blue & White Checked Slim Fit Cotton Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: charcoal Nehru jacket over a sky blue shirt, black trousers, black shoes, blue pocket square, no tie, white
    # backdrop; caption adapter, QA, base model colors (restated the tie question)
    case(
        "X572-021",
        caption(
            "This man wears a sleeveless jacket with solid color patterns. The neckline of the jacket is stand. "
            "This man wears a long-sleeve shirt with solid color patterns. There is an accessory on his chest."
        ),
        describe("Nehru jacket", "sleeveless jacket with solid color patterns"),
        DETAILS("There is an accessory on his chest"),
        shade("shirt", "grey", "other_garment_color"),
        shade("trousers", "brown", "contradiction"),
        shade("tie", "the tie is a tie", "restated"),
        Q.color("Grey"),
        title="Hangup Men Charcoal Grey Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Charcoal",
        gender="Men",
    ),
    # photo: beige pure linen unstructured blazer over a white shirt, navy trousers, no tie, white backdrop;
    # caption adapter cut at its limit, QA, base model colors, closed color
    case(
        "X572-022",
        caption(
            "This man wears a long-sleeve jacket with solid color patterns. The jacket is with cotton fabric. The "
            "neckline of the jacket is lapel. This man wears a long-sleeve shirt with solid color patterns. The "
            "pants this man wears is of long length. The pants are with",
            "cut",
            hit_limit=True,
        ),
        describe("blazer", "long-sleeve jacket with solid color patterns"),
        FABRIC("cotton", "contradiction"),
        shade("shirt", "white"),
        shade("trousers", "beige", "other_garment_color"),
        Q.color("White", "contradiction"),
        title="Van Heusen Men Beige Pure Linen Slim Fit Blazer",
        category="Blazers",
        color="Beige",
        gender="Men",
    ),
    # photo: midnight navy tuxedo with black satin peak lapels and satin trouser stripe, white shirt, black bow
    # tie, white backdrop; caption adapter, QA, base model looped, closed answers (color picked black)
    case(
        "X572-023",
        caption(
            "This man wears a long-sleeve jacket with solid color patterns. The neckline of the jacket is lapel. "
            "The pants this man wears is of long length. There is an accessory on his neck."
        ),
        man("a long-sleeve jacket with solid color patterns"),
        shade("shirt", "white"),
        shade(
            "trousers",
            "navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue "
            "navy blue navy blue navy blue navy",
            "loop",
            hit_limit=True,
        ),
        is_a("suit", "yes"),
        Q.color("Black", "contradiction"),
        title="Louis Philippe Men Navy Blue Slim Fit Tuxedo Suit",
        category="Suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white tuxedo shirt with pleated bib front and wing collar, black bow tie, black trousers, white
    # backdrop; caption adapter read the pleats as stripes, QA copied it, base model colors, closed pattern
    case(
        "X572-024",
        caption(
            "This man wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. The neckline "
            "of the shirt is stand. There is a neckwear on his neck.",
            "contradiction",
        ),
        man("a long-sleeve shirt with striped patterns", "contradiction"),
        DETAILS("The neckline of the shirt is stand"),
        shade("shirt", "white"),
        shade(
            "tie",
            "black bow tie and a white shirt with a pleated front and black pants and black shoes and a black belt "
            "and a white",
            "cut",
            hit_limit=True,
        ),
        shade("trousers", "the trousers are black"),
        Q.pattern("solid"),
        title="Blackberrys Men White Solid Cotton Tuxedo Shirt With Pleated Bib",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: bottle green two-piece suit, white shirt, no tie, brown belt, no hat, white backdrop; caption
    # adapter invented a hat, QA copied it, base model colors (one leaked), closed answers
    case(
        "X572-025",
        caption(
            "This man wears a long-sleeve jacket with solid color patterns. The neckline of the jacket is lapel. "
            "This man wears a long-sleeve shirt with solid color patterns. There is a hat on his head.",
            "unsupported",
        ),
        man("a long-sleeve jacket with solid color patterns"),
        DETAILS("There is a hat on his head", "unsupported"),
        shade("shirt", "green", "other_garment_color"),
        shade("trousers", "green\nQuestion: What is the color of the shirt? Answer: white", "leak"),
        Q.color("Green"),
        Q.garment_type("blazer", "contradiction"),
        title="SUITLTD Men Green Solid Slim Fit Two-Piece Party Suit",
        category="Suits",
        color="Green",
        gender="Men",
    ),
    # photo: light grey formal waistcoat over a lavender shirt, navy trousers, steel watch, no tie, white
    # backdrop; caption adapter, QA (echoed the garment word), base model colors, closed sleeve
    case(
        "X572-026",
        caption(
            "This man wears a sleeveless vest with solid color patterns. This man wears a long-sleeve shirt with "
            "solid color patterns. The pants this man wears is of long length. There is an accessory on his wrist."
        ),
        man("a sleeveless vest with solid color patterns"),
        describe("waistcoat", "This man wears", "non_answer"),
        shade("shirt", "purple"),
        shade("trousers", "grey", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        title="Peter England Men Grey Slim Fit Formal Waistcoat",
        category="Waistcoat",
        color="Grey",
        gender="Men",
    ),
    # photo: black solid party shirt, silver tie, grey trousers, white backdrop; caption adapter called it
    # chiffon, QA copied it, base model colors (one with "she"), closed color
    case(
        "X572-027",
        caption(
            "This man wears a long-sleeve shirt with solid color patterns. The shirt is with chiffon fabric. The "
            "neckline of the shirt is lapel. There is a neckwear on his neck.",
            "unsupported",
        ),
        man("a long-sleeve shirt with solid color patterns"),
        FABRIC("chiffon", "unsupported"),
        shade("shirt", "she is wearing a black shirt", "pronoun"),
        shade("tie", "silver"),
        shade("trousers", "black", "other_garment_color"),
        Q.color("Black"),
        title="Mufti Men Black Slim Fit Solid Party Shirt",
        category="Shirts",
        color="Black",
    ),
    # photo: navy tapered formal trousers, sky blue shirt tucked in, brown belt, full length, white backdrop;
    # caption adapter said three-point length, QA copied it, base model colors, closed answers; no gender column
    case(
        "X572-028",
        caption(
            "The pants this man wears is of three-point length. The pants are with solid color patterns. This man "
            "wears a long-sleeve shirt with solid color patterns.",
            "contradiction",
        ),
        man("The pants this man wears is of three-point length", "contradiction"),
        shade("trousers", "blue"),
        shade("shirt", "light blue"),
        Q.garment_type("trousers"),
        is_a("shorts", "no", article="a pair of"),
        title="Arrow Men Navy Blue Tapered Fit Formal Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # photo: maroon brocade waistcoat with a woven floral motif, V neck, over a white shirt, black trousers,
    # white backdrop; caption adapter, QA, base model colors, closed pattern and color
    case(
        "X572-029",
        caption(
            "This man wears a sleeveless vest with floral patterns. The neckline of the vest is V-shape. This man "
            "wears a long-sleeve shirt with solid color patterns."
        ),
        describe("waistcoat", "sleeveless vest with floral patterns"),
        DETAILS("The neckline of the vest is V-shape"),
        shade("shirt", "maroon", "other_garment_color"),
        shade("trousers", "the trousers are the same color as the trousers", "restated"),
        Q.pattern("floral"),
        Q.color("Maroon"),
        title="Manyavar Men Maroon Brocade Woven Design Ethnic Waistcoat",
        category="Waistcoat",
        color="Maroon",
        gender="Men",
    ),
    # photo: charcoal windowpane-check single-breasted blazer over a white shirt, black knit tie, black trousers,
    # white backdrop; caption adapter looped, QA, base model colors (one leaked), closed pattern and color
    case(
        "X572-030",
        caption(
            "This man wears a long-sleeve jacket with lattice patterns. The jacket is with lattice patterns. The "
            "jacket is with lattice patterns. The jacket is with lattice patterns. The jacket is with lattice "
            "patterns. The jacket is",
            "loop",
            hit_limit=True,
        ),
        describe("blazer", "long-sleeve jacket with lattice patterns"),
        shade("shirt", "white"),
        shade("tie", "black Question: What is the color of the pocket square? Answer:", "leak"),
        shade("trousers", "grey", "other_garment_color"),
        Q.pattern("checked"),
        Q.color("Grey"),
        title="Raymond Men Charcoal Grey Checked Slim Fit Single-Breasted Blazer",
        category="Blazers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: sky blue solid formal shirt worn open-collared under a grey blazer (not the product), black
    # trousers, no tie, white backdrop; caption adapter, QA, base model colors (looped on the tie), closed type
    case(
        "X572-031",
        caption(
            "This man wears a long-sleeve jacket with solid color patterns. The neckline of the jacket is lapel. "
            "This man wears a long-sleeve shirt with solid color patterns."
        ),
        man("a long-sleeve jacket with solid color patterns"),
        shade("shirt", "grey", "other_garment_color"),
        shade("trousers", "black"),
        shade(
            "tie",
            "the tie is blue and the shirt is blue and the tie is blue and the shirt is blue and the tie is blue and "
            "the shirt is",
            "loop",
            hit_limit=True,
        ),
        Q.color("Blue"),
        Q.garment_type("blazer", "contradiction"),
        title="Louis Philippe Men Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: navy solid bandhgala with mandarin collar and brass buttons, white trousers, white pocket square,
    # no shirt visible, light grey backdrop; caption adapter, QA took the trousers' fabric, base model colors
    case(
        "X572-032",
        caption(
            "This man wears a long-sleeve jacket with solid color patterns. The neckline of the jacket is stand. "
            "The pants this man wears is of long length. The pants are with cotton fabric and solid color "
            "patterns. There is an accessory on his chest.",
            "unsupported",
        ),
        describe("bandhgala", "long-sleeve jacket with solid color patterns"),
        FABRIC("cotton", "unsupported"),
        shade("trousers", "blue", "other_garment_color"),
        shade("tie", "the tie is navy blue", "unsupported"),
        Q.garment_type("blazer"),
        Q.sleeve_length("long sleeves"),
        title="Vastramay Men Navy Blue Solid Bandhgala Jacket",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: boy in a navy three-piece suit, white shirt, red bow tie, white backdrop; caption adapter, QA,
    # base model colors (the shirt answer ran on), closed type
    case(
        "X572-033",
        caption(
            "This person wears a long-sleeve jacket with solid color patterns. The neckline of the jacket is lapel. "
            "He wears a sleeveless vest. The pants this person wears is of long length. There is an accessory on "
            "his neck."
        ),
        DETAILS("He wears a sleeveless vest"),
        shade("tie", "red"),
        shade(
            "shirt",
            "white shirt with a red bow tie and a navy blue vest and a navy blue jacket and a navy blue vest and a "
            "navy blue jacket and a navy",
            "loop",
            hit_limit=True,
        ),
        shade("trousers", "red", "other_garment_color"),
        Q.garment_type("suit"),
        title="FOURFOLDS Boys Navy Blue Solid 3-Piece Party Suit",
        category="Suits",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: mustard yellow Nehru jacket over a white shirt, cream trousers, white backdrop; caption adapter wrote
    # "the lady", QA copied it, base model colors, closed color and yes/no
    case(
        "X572-034",
        caption(
            "The lady wears a sleeveless vest with pure color patterns. The neckline of the vest is stand. The lady "
            "wears a long-sleeve shirt with pure color patterns.",
            "pronoun",
        ),
        describe("Nehru jacket", "The lady wears a sleeveless vest with pure color patterns", "pronoun"),
        shade("shirt", "yellow", "other_garment_color"),
        shade(
            "trousers",
            "white and yellow and white and yellow and white and yellow and white and yellow and white and yellow and "
            "white and yellow and white",
            "loop",
            hit_limit=True,
        ),
        Q.color("Yellow"),
        is_a("waistcoat", "yes"),
        title="Mr Button Men Mustard Yellow Self Design Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: brown checked two-piece suit, white shirt, brown knit tie, white backdrop; caption adapter, QA,
    # base model colors, closed pattern and color; every text right
    case(
        "X572-035",
        caption(
            "This man wears a long-sleeve jacket with lattice patterns. The neckline of the jacket is lapel. The "
            "pants this man wears is of long length. The pants are with lattice patterns. There is a neckwear on "
            "his neck."
        ),
        man("a long-sleeve jacket with lattice patterns"),
        shade("shirt", "white"),
        shade("tie", "brown"),
        shade("trousers", "brown"),
        Q.pattern("checked"),
        Q.color("Brown"),
        title="Van Heusen Men Brown Checked Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Brown",
        gender="Men",
    ),
    # photo: light grey solid formal shirt, black tie, black trousers, white backdrop; caption adapter, QA,
    # base model colors (the tie answer leaked two more turns), closed answers
    case(
        "X572-036",
        caption(
            "This man wears a long-sleeve shirt with solid color patterns. The shirt is with cotton fabric. The "
            "neckline of the shirt is lapel. There is a neckwear on his neck. This man wears a long trousers."
        ),
        FABRIC("cotton"),
        shade("shirt", "grey"),
        shade(
            "tie",
            "black\nQuestion: What is the color of the shirt? Answer: grey\nQuestion: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        shade("trousers", "grey", "other_garment_color"),
        Q.garment_type("shirt"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Blackberrys Men Grey Slim Fit Solid Cotton Formal Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: cream Nehru jacket with gold-tone buttons over a pink shirt, white trousers, steel watch, no tie,
    # white backdrop; caption adapter, QA (a bare attribute for what he wears), base model colors, closed color
    case(
        "X572-037",
        caption(
            "This man wears a sleeveless vest with solid color patterns. The vest is with cotton fabric. The "
            "neckline of the vest is stand. This man wears a long-sleeve shirt with solid color patterns. There is "
            "an accessory on his wrist."
        ),
        man("sleeveless", "non_answer"),
        describe("Nehru jacket", "sleeveless vest with solid color patterns"),
        FABRIC("cotton"),
        shade("shirt", "pink"),
        shade("trousers", "white"),
        shade("tie", "there is no tie"),
        Q.color("White"),
        title="Manyavar Men Cream-Coloured Solid Pure Cotton Nehru Jacket",
        category="Nehru Jackets",
        color="Cream",
        gender="Men",
    ),
    # photo: navy double-breasted blazer with gold buttons over a white shirt, burgundy tie with navy stripes,
    # beige trousers, white pocket square, white backdrop; caption adapter cut, QA, base model colors, closed
    case(
        "X572-038",
        caption(
            "This man wears a long-sleeve jacket with solid color patterns. The neckline of the jacket is lapel. "
            "This man wears a long-sleeve shirt with solid color patterns. The pants this man wears is of long "
            "length. The pants are with cotton fabric",
            "cut",
            hit_limit=True,
        ),
        describe("blazer", "long-sleeve jacket with solid color patterns"),
        DETAILS("The neckline of the jacket is lapel"),
        shade("shirt", "white"),
        shade("trousers", "khaki"),
        shade(
            "tie",
            "burgundy and navy blue stripes with a white pocket square and a white shirt and a navy blue blazer with "
            "gold buttons and a",
            "cut",
            hit_limit=True,
        ),
        Q.color("Navy Blue"),
        is_a("suit", "yes", "contradiction"),
        title="Tommy Hilfiger Men Navy Blue Double-Breasted Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: off-white shawl-collar dinner jacket with black satin lapel, white shirt, black bow tie, black
    # trousers, white backdrop; caption adapter, QA (nothing to copy for the fabric), base model colors, closed
    case(
        "X572-039",
        caption(
            "This man wears a long-sleeve jacket with pure color patterns. The neckline of the jacket is lapel. The "
            "pants this man wears is of long length. There is an accessory on his neck."
        ),
        describe("blazer", "long-sleeve jacket with pure color patterns"),
        FABRIC("", "non_answer"),
        shade(
            "shirt",
            "white Question: What is the color of the bow tie? Answer: black Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        shade("tie", "black"),
        shade("trousers", "white", "other_garment_color"),
        Q.color("White"),
        Q.garment_type("blazer"),
        title="Raymond Men Off White Shawl Collar Slim Fit Tuxedo Blazer",
        category="Blazers",
        color="Off White",
        gender="Men",
    ),
    # photo: khaki solid formal trousers, white shirt tucked in, brown belt, brown shoes, waist-down with the
    # shirt's lower half, white backdrop; caption adapter called them denim, QA copied it, base model colors
    case(
        "X572-040",
        caption(
            "The pants this man wears is of long length. The pants are with denim fabric and solid color patterns. "
            "There is a belt on his waist.",
            "unsupported",
        ),
        man("The pants this man wears is of long length"),
        DETAILS("There is a belt on his waist"),
        FABRIC("denim", "unsupported"),
        shade("trousers", "beige"),
        shade("shirt", "she is wearing a white shirt", "pronoun"),
        Q.color("Khaki"),
        title="Van Heusen Men Khaki Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: maroon solid formal shirt, black trousers, no tie, white backdrop; caption adapter looped, QA copied
    # the loop for the details, base model colors, closed pattern
    case(
        "X572-041",
        caption(
            "This man wears a long-sleeve shirt with solid color patterns. The shirt is with cotton fabric. The "
            "neckline of the shirt is lapel. The shirt is with cotton fabric. The neckline of the shirt is lapel. "
            "The shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        man("a long-sleeve shirt with solid color patterns"),
        DETAILS(
            "The neckline of the shirt is lapel. The shirt is with cotton fabric. The neckline of the shirt is lapel",
            "loop",
        ),
        shade("shirt", "red"),
        shade("trousers", "maroon", "other_garment_color"),
        Q.pattern("solid"),
        title="Arrow Men Maroon Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: royal blue two-piece suit over a black shirt, no tie, white backdrop; caption adapter, QA (the
    # caption never says "suit", so no span), base model colors, closed answers
    case(
        "X572-042",
        caption(
            "This man wears a long-sleeve jacket with solid color patterns. The neckline of the jacket is lapel. "
            "This man wears a long-sleeve shirt with solid color patterns. The pants this man wears is of long "
            "length."
        ),
        man("a long-sleeve jacket with solid color patterns"),
        describe("suit", "", "non_answer"),
        shade("shirt", "blue", "other_garment_color"),
        shade("trousers", "blue"),
        shade("tie", "the color of the tie is the color of the suit", "restated"),
        Q.color("Blue"),
        Q.pattern("striped", "contradiction"),
        is_a("suit", "yes"),
        title="SUITLTD Men Blue Solid Slim Fit Two-Piece Party Suit",
        category="Suits",
        color="Blue",
        gender="Men",
    ),
    # photo: emerald green velvet bandhgala with mandarin collar, black trousers, white backdrop; caption adapter
    # called the velvet furry, QA copied it, base model colors, closed answers
    case(
        "X572-043",
        caption(
            "This man wears a long-sleeve jacket with pure color patterns. The jacket is with furry fabric. The "
            "neckline of the jacket is stand. The pants this man wears is of long length.",
            "contradiction",
        ),
        describe("bandhgala", "long-sleeve jacket with pure color patterns"),
        FABRIC("furry", "contradiction"),
        shade("trousers", "green", "other_garment_color"),
        Q.color("Green"),
        Q.garment_type("blazer"),
        title="Jompers Men Green Velvet Bandhgala Blazer",
        category="Blazers",
        color="Green",
        gender="Men",
    ),
    # photo: white formal shirt with a navy micro print, navy trousers, brown belt, no tie, no glasses, white
    # backdrop; caption adapter invented glasses, QA copied them, base model colors (a tie that is not there)
    case(
        "X572-044",
        caption(
            "This man wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. The neckline "
            "of the shirt is lapel. There is a belt on his waist. There are glasses on his face.",
            "unsupported",
        ),
        man("a long-sleeve shirt with graphic patterns"),
        DETAILS("There are glasses on his face", "unsupported"),
        shade("shirt", "white and blue"),
        shade("trousers", "white", "other_garment_color"),
        shade("tie", "blue", "unsupported"),
        Q.pattern("printed"),
        title="Louis Philippe Men White & Navy Blue Printed Slim Fit Pure Cotton Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: beige two-piece suit, white shirt, brown tie, steel watch, grey backdrop with a potted plant;
    # caption adapter wrote "the lady" and "her", QA copied it, base model colors, closed answers
    case(
        "X572-045",
        caption(
            "The lady wears a long-sleeve jacket with solid color patterns. The neckline of the jacket is lapel. The "
            "pants the lady wears is of long length. There is a neckwear on her neck.",
            "pronoun",
        ),
        man("a long-sleeve jacket with solid color patterns"),
        DETAILS("There is a neckwear on her neck", "pronoun"),
        shade("shirt", "white"),
        shade("tie", "beige", "other_garment_color"),
        shade("trousers", "white", "other_garment_color"),
        Q.color("Beige"),
        Q.garment_type("suit"),
        title="Park Avenue Men Beige Solid Regular Fit Two-Piece Suit",
        category="Suits",
        color="Beige",
        gender="Men",
    ),
    # photo: purple party blazer with a visible tonal paisley jacquard, black shirt, black trousers, no tie,
    # white backdrop; caption adapter, QA (no fabric in the caption), base model colors, closed color
    case(
        "X572-046",
        caption(
            "This man wears a long-sleeve jacket with floral patterns. The neckline of the jacket is lapel. This "
            "man wears a long-sleeve shirt with solid color patterns. The pants this man wears is of long length."
        ),
        describe("blazer", "long-sleeve jacket with floral patterns"),
        FABRIC("", "non_answer"),
        shade("shirt", "purple", "other_garment_color"),
        shade(
            "trousers",
            "black pants with a black shirt and a purple blazer with a paisley pattern and black shoes and a black "
            "belt and a pair of black",
            "cut",
            hit_limit=True,
        ),
        shade("tie", "the tie is the tie", "restated"),
        Q.color("Purple"),
        title="SUITLTD Men Purple Self-Design Slim Fit Party Blazer",
        category="Blazers",
        color="Purple",
        gender="Men",
    ),
]
