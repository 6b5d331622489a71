"""BLIND_651 (46 products; Myntra men's formal wear, epoch-3 captions + QA): written blind in the fifty-third session.
Measured blind at 94342b7 (the session's sixteenth rules): 88/118 failures found (74.6%) and 11/170 correct texts
flagged (6.5%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's formal wear (Shirts, Trousers, Blazers, Suits, Waistcoat), 46 catalog model shots on
white, light grey or beige studio backdrops. Every shot shows the product worn with other clothes: a formal shirt
tucked into trousers, trousers under a tucked shirt and a belt, a blazer or waistcoat over a shirt, suits with a
shirt and often a tie. The seller columns are the feed's: title, category (article type), color (base colour),
gender; three rows lack one column, as real feeds do.

Who wrote what: the captions are the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption) on
blip2-opt-2.7b, 50 new tokens. It writes the DeepFashion-MultiModal template ("The gentleman wears a long-sleeve
shirt with pure color patterns. The shirt is with cotton fabric. It has a lapel neckline."), calls a blazer or
suit jacket "jacket" and a waistcoat "vest", names patterns instead of hues (lattice = checks, graphic = print),
but still lets a base-model hue word in on about a third of the photos ("a long-sleeve blue shirt"). Trained
mostly on women, it says "lady"/"woman"/"female" for a man now and then; with no end token it runs on into loops,
is cut at 50 tokens, or carries on into a new "Question: ... Answer:" pair. Captions that ended cleanly stopped on
the newline enrich stops on. Open answers (wearing, describe, details, material, and the open color questions) are
spans that timpal0l/mdeberta-v3-base-squad2 extracted from that caption: always words of the caption, an empty
string when the no-answer score won, at most 15 tokens (hit_limit=True where a span ran to that cap). Closed
answers (garment type, color, pattern, sleeve length, "Is this a ...?", closed color questions) are one candidate
value picked by enrich's --engine reference: never loops, never cut, but often the shirt's or the trousers' color
for the product, or the shirt's sleeves for a waistcoat.

Labeling conventions and judgement calls:
- "The product" is the seller's item in the row; a color, type or sleeve length of another garment in the shot
  given as the product's is a failure even though it is true of that other garment.
- A hue word that belongs to another visible garment (the trousers' navy for the shirt, the shirt's white for the
  trousers, the tie's maroon for the suit) is other_garment_color; a wrong hue, pattern, sleeve length or type
  that belongs to nothing in the photo, or that the title contradicts, is contradiction. A non-hue attribute of
  another garment (the shirt's long sleeves for a waistcoat, "shirt" as the type of a waistcoat) is contradiction.
- Hues are judged at the level of the seller's color group: "red" for maroon, "green" for olive, "khaki" for
  beige, "grey" for charcoal or grey melange, "white" for off white count as right. The white ground of a
  blue-and-white check or the black micro print on a white shirt given as the color is contradiction.
- "jacket" for a blazer and "vest" for a waistcoat are the template's words and count as right; "blazer" as the
  type of a two-piece suit counts as contradiction (the row is a suit, the trousers match).
- Pattern words: lattice = checked, graphic or floral = printed, pure/solid color = solid. The template's "pure
  color patterns" on pinstriped trousers is contradiction; "lattice patterns" put on a plain shirt while the
  trousers are the checked product is contradiction.
- Fabric: a fabric the title contradicts (cotton for a linen blend, denim for a pure-cotton chambray) is
  contradiction; where the title names no fabric, "cotton" is left as right (not visible either way, and the
  usual fabric of formal shirts and trousers), while a fabric the photo rules out (denim on smooth suiting,
  leather on a tuxedo blazer, chiffon on a poplin shirt) is unsupported. "other fabric" or "other patterns" as an
  answer says nothing: non_answer.
- Accessories the photo does not show (a watch, glasses, ring, hat, socks) are unsupported; ones it shows (a
  watch on his wrist, a belt, a tie as "neckwear") are right even when the answer is to a garment question.
- A wearing answer that names the visible shirt and not the product trousers is true and counted right.
- One-word spans: the garment's own name ("trousers", "a vest") or nothing at all is non_answer; a span of the
  question's own words with nothing added ("The trousers the gentleman wears", "The shirt is with", "The gentleman
  wears") is restated. A color question answered with a pattern ("lattice patterns", "pure color") is non_answer.
- One label per text: a loop is labeled loop even when it also is cut at the limit; a caption that runs into a
  "Question: ... Answer:" pair is leak even when it also stops mid-question; a span lifted from a leaked or
  looped tail carries the tail's label. A span taken from a cut caption that ends where the caption ends is cut.
- "he/she" wrong for the row's gender is pronoun, in captions and in spans copied from them; "gentleman", "man"
  and "person" are right. The row without a gender column has no pronoun failure.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as B,
)
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

BLIND_651 = [
    # photo: white solid long-sleeve formal shirt tucked into charcoal trousers, black belt, white backdrop, front
    # view cropped at mid-thigh; caption by the epoch-3 adapter, open answers by mdeberta, closed by reference
    case(
        "X651-001",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The trousers the gentleman wears is of long length. He wears a belt."
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        B.color("white"),
        B.pattern("solid"),
        B.sleeve_length("long"),
        B.material("cotton fabric"),
        describe("shirt", "It has a lapel neckline"),
        title="Peter England Men White Slim Fit Pure Cotton Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: light blue solid formal shirt, long sleeves, navy trousers, silver watch on the left wrist, white
    # backdrop, front; epoch-3 caption (hue word slipped in), mdeberta spans, reference closed answers
    case(
        "X651-002",
        caption(
            "The gentleman wears a long-sleeve blue shirt with solid color patterns and long trousers. The shirt "
            "is with cotton fabric. It has a lapel neckline. There is an accessory on his wrist."
        ),
        color_of("shirt", "navy blue", "other_garment_color"),
        B.garment_type("shirt"),
        is_a("shirt", "yes"),
        details("shirt", "It has a lapel neckline"),
        B.sleeve_length("long"),
        title="Arrow Men Blue Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: charcoal grey flat-front trousers, full length, worn with a white formal shirt tucked in, black belt,
    # black derby shoes, white backdrop, front; epoch-3 caption, mdeberta spans, reference closed answers
    case(
        "X651-003",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The trousers the gentleman wears is of long length. The trousers are with "
            "cotton fabric and pure color patterns."
        ),
        B.color("white", "other_garment_color"),
        color_of("trousers", "grey"),
        describe("trousers", "The trousers the gentleman wears", "restated"),
        B.garment_type("trousers"),
        B.pattern("solid"),
        is_a("trousers", "yes", article="a pair of"),
        title="Van Heusen Men Charcoal Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: navy single-breasted two-button blazer worn open over a white shirt, grey trousers, white pocket
    # square, no tie, white backdrop, front to the knee; epoch-3 caption ("lady"), mdeberta spans, reference closed
    case(
        "X651-004",
        caption(
            "The lady wears a long-sleeve jacket with solid color patterns. The jacket is with cotton fabric. It "
            "has a lapel neckline. The pants this lady wears is of long length.",
            "pronoun",
        ),
        wearing("a long-sleeve jacket with solid color patterns", who="he"),
        B.color("navy blue"),
        is_a("blazer", "no", "contradiction"),
        B.sleeve_length("long"),
        details("blazer", "It has a lapel neckline"),
        describe("blazer", "The pants this lady wears is of long length", "pronoun"),
        title="Blackberrys Men Navy Blue Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black two-piece suit, white shirt, black tie, black shoes, full body, front, white backdrop;
    # epoch-3 caption cut at 50 tokens, mdeberta spans, reference closed answers
    case(
        "X651-005",
        caption(
            "The gentleman wears a long-sleeve suit with solid color patterns and long trousers. It has a lapel "
            "neckline. He has neckwear. The trousers the gentleman wears is of long length. The trousers are "
            "with solid color patterns and the",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("suit"),
        B.color("black"),
        wearing("a long-sleeve suit with solid color patterns and long trousers"),
        describe("suit", "solid color patterns and the", "cut"),
        B.pattern("solid"),
        title="Raymond Men Black Solid Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Black",
        gender="Men",
    ),
    # photo: mid-grey five-button waistcoat with a fine self texture over a white long-sleeve shirt, navy
    # trousers, no jacket, white backdrop, front; epoch-3 caption, mdeberta spans, reference closed answers
    case(
        "X651-006",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a vest. The vest is with cotton "
            "fabric and pure color patterns. It has a V-shape neckline. The trousers the gentleman wears is of "
            "long length."
        ),
        B.garment_type("shirt", "contradiction"),
        B.sleeve_length("sleeveless"),
        B.color("grey"),
        describe("waistcoat", "", "non_answer"),
        wearing("a long-sleeve shirt with pure color patterns and a vest"),
        title="Park Avenue Men Grey Self-Design Slim Fit Formal Waistcoat",
        category="Waistcoat",
        color="Grey",
        gender="Men",
    ),
    # photo: pale pink solid formal shirt, buttoned cuffs, tucked into grey trousers, light grey backdrop, front;
    # epoch-3 caption ran on into a Question/Answer pair, mdeberta spans, reference closed answers
    case(
        "X651-007",
        caption(
            "The gentleman wears a long-sleeve shirt with solid color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. Question: What is the color of the shirt? Answer: pink. Question: What",
            "leak",
            hit_limit=True,
        ),
        color_of("shirt", "pink"),
        B.pattern("solid"),
        details("shirt", "Question: What is the color of the shirt? Answer: pink", "leak"),
        B.sleeve_length("long"),
        wearing("a long-sleeve shirt with solid color patterns"),
        title="Louis Philippe Men Pink Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: lavender and white micro gingham formal shirt, long sleeves, navy trousers, white backdrop, front
    # cropped at the hip; epoch-3 caption, mdeberta spans (open color question), reference closed answers
    case(
        "X651-008",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The trousers the gentleman wears is of long length. The trousers are with "
            "cotton fabric and pure color patterns."
        ),
        B.pattern("solid", "contradiction"),
        B.color("lavender"),
        color_of("shirt", "lattice patterns", "non_answer", kind="open"),
        describe("shirt", "a long-sleeve shirt with lattice patterns"),
        B.garment_type("shirt"),
        title="Louis Philippe Men Lavender & White Checked Slim Fit Formal Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: black slim formal trousers, full length, light blue shirt tucked in, black belt, black shoes, white
    # backdrop, three-quarter front view; epoch-3 caption (hue word, "denim"), mdeberta spans, reference closed
    case(
        "X651-009",
        caption(
            "The gentleman wears a long-sleeve blue shirt with pure color patterns. The shirt is with cotton "
            "fabric. It has a lapel neckline. The trousers the gentleman wears is of long length. The trousers are "
            "with denim fabric and pure color patterns.",
            "unsupported",
        ),
        B.material("denim fabric", "unsupported"),
        color_of("trousers", "blue", "other_garment_color", kind="open"),
        B.color("black"),
        B.garment_type("jeans", "contradiction"),
        is_a("trousers", "yes", article="a pair of"),
        title="Arrow Men Black Flat-Front Slim Fit Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: white formal shirt with thin blue vertical pinstripes, long sleeves, black trousers, no tie, white
    # backdrop, front; epoch-3 caption, mdeberta spans (one ran to the 15-token cap), reference closed answers
    case(
        "X651-010",
        caption(
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The trousers the gentleman wears is of long length."
        ),
        B.pattern("striped"),
        B.color("white"),
        describe("shirt", "a long-sleeve shirt with striped patterns"),
        details(
            "shirt",
            "striped patterns. The shirt is with cotton fabric. It has a lapel neckline. The trousers the",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("long"),
        title="Van Heusen Men White & Blue Pinstriped Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: mid-grey blazer with a faint Prince of Wales check over a white shirt, black trousers, white
    # backdrop, front to the knee; epoch-3 caption looping to the limit, mdeberta spans, reference closed answers
    case(
        "X651-011",
        caption(
            "The gentleman wears a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric and "
            "lattice patterns. The jacket is with cotton fabric and lattice patterns. The jacket is with cotton "
            "fabric and lattice",
            "loop",
            hit_limit=True,
        ),
        B.pattern("checked"),
        B.color("black", "other_garment_color"),
        B.material(
            "cotton fabric and lattice patterns. The jacket is with cotton fabric and lattice patterns",
            "loop",
        ),
        B.garment_type("blazer"),
        title="Louis Philippe Men Grey Checked Slim Fit Single-Breasted Blazer",
        category="Blazers",
        color="Grey",
        gender="Men",
    ),
    # photo: beige formal trousers, full length, white shirt tucked in, brown belt, brown shoes, bare cuffs (no
    # watch), white backdrop, front; epoch-3 caption invents a wrist accessory, mdeberta spans, reference closed
    case(
        "X651-012",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The trousers the gentleman wears is of long length. He wears a belt. There "
            "is an accessory on his wrist.",
            "unsupported",
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        B.color("khaki"),
        details("trousers", "There is an accessory on his wrist", "unsupported"),
        color_of("trousers", "beige"),
        B.pattern("solid"),
        describe("trousers", "The trousers the gentleman wears is", "restated"),
        title="Park Avenue Men Beige Regular Fit Solid Formal Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: navy three-piece suit (jacket, waistcoat, trousers), light blue shirt, navy and silver striped tie,
    # brown shoes, full body, white backdrop, front; epoch-3 caption, mdeberta spans, reference closed answers
    case(
        "X651-013",
        caption(
            "The gentleman wears a long-sleeve suit with solid color patterns and a vest. He has neckwear. The "
            "trousers the gentleman wears is of long length. The trousers are with cotton fabric and solid color "
            "patterns."
        ),
        B.garment_type("suit"),
        B.color("light blue", "other_garment_color"),
        is_a("suit", "yes"),
        describe("suit", "a long-sleeve suit with solid color patterns and a vest"),
        B.pattern("striped", "contradiction"),
        B.sleeve_length("long"),
        details(
            "suit",
            "a long-sleeve suit with solid color patterns and a vest. He has neckwear. The trousers the",
            "cut",
            hit_limit=True,
        ),
        title="Raymond Men Navy Blue Self-Design Three-Piece Formal Suit",
        category="Suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black solid formal shirt, long sleeves, bare wrists, grey trousers, white backdrop, front; epoch-3
    # caption invents a wrist accessory, mdeberta spans, reference closed answers
    case(
        "X651-014",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants this man wears is of long length. There is an accessory on his wrist.",
            "unsupported",
        ),
        B.color("grey", "other_garment_color"),
        color_of("shirt", "black"),
        B.pattern("solid"),
        wearing("a long-sleeve shirt with pure color patterns", who="he"),
        B.material("cotton fabric"),
        details("shirt", "There is an accessory on his wrist", "unsupported"),
        title="Mark Taylor Men Black Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: deep maroon solid formal shirt, beige trousers, brown belt, black-strap watch on the left wrist,
    # white backdrop, front; epoch-3 caption (hue "red"), mdeberta spans, reference closed answers
    case(
        "X651-015",
        caption(
            "The gentleman wears a long-sleeve red shirt with pure color patterns. The shirt is with cotton "
            "fabric. It has a lapel neckline. There is an accessory on his wrist. He wears a belt."
        ),
        B.color("beige", "other_garment_color"),
        color_of("shirt", "red", kind="open"),
        describe("shirt", "a long-sleeve red shirt with pure color patterns"),
        B.sleeve_length("short", "contradiction"),
        is_a("shirt", "yes"),
        title="Turtle Men Maroon Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: black waistcoat over a white shirt, black tie, black trousers, white backdrop, front cropped at the
    # thigh; epoch-3 caption ("female"), mdeberta spans, reference closed answers
    case(
        "X651-016",
        caption(
            "This female wears a long-sleeve shirt with pure color patterns and a vest. The vest is with cotton "
            "fabric. It has a V-shape neckline. She has neckwear.",
            "pronoun",
        ),
        B.color("white", "other_garment_color"),
        B.garment_type("waistcoat"),
        B.sleeve_length("sleeveless"),
        wearing("a long-sleeve shirt with pure color patterns and a vest"),
        describe("waistcoat", "It has a V-shape neckline"),
        details("waistcoat", "She has neckwear", "pronoun"),
        title="Blackberrys Men Black Slim Fit Formal Waistcoat",
        category="Waistcoat",
        color="Black",
        gender="Men",
    ),
    # photo: navy slim formal trousers, full length, pink shirt tucked in, tan belt, tan shoes, no glasses,
    # white backdrop, front; epoch-3 caption invents glasses, mdeberta spans, reference closed answers
    case(
        "X651-017",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "The trousers the gentleman wears is of long length. The trousers are with cotton fabric and pure "
            "color patterns. He wears a pair of glasses.",
            "unsupported",
        ),
        B.color("pink", "other_garment_color"),
        color_of("trousers", "navy blue"),
        describe("trousers", "The trousers are with cotton fabric and pure color patterns"),
        B.garment_type("shirt", "contradiction"),
        B.pattern("solid"),
        details("trousers", "He wears a pair of glasses", "unsupported"),
        title="Louis Philippe Men Navy Blue Slim Fit Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: cream solid formal shirt, long sleeves, dark brown trousers, beige backdrop, front; the feed row has
    # no color column; epoch-3 caption cut at 50 tokens, mdeberta spans, reference closed answers
    case(
        "X651-018",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The trousers the gentleman wears is of long length. The trousers are with "
            "cotton fabric and solid",
            "cut",
            hit_limit=True,
        ),
        B.color("cream"),
        B.pattern("solid"),
        wearing("a long-sleeve shirt with pure color patterns"),
        color_of("shirt", "brown", "other_garment_color"),
        B.material("cotton"),
        title="Raymond Men Cream-Coloured Solid Regular Fit Formal Shirt",
        category="Shirts",
        gender="Men",
    ),
    # photo: black tuxedo blazer with satin peak lapels, white shirt, black bow tie, black trousers, grey
    # backdrop, front; epoch-3 caption calls the fabric leather, mdeberta spans, reference closed answers
    case(
        "X651-019",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. "
            "It has a lapel neckline. He has neckwear. The trousers the gentleman wears is of long length.",
            "unsupported",
        ),
        B.material("leather fabric", "unsupported"),
        B.color("black"),
        is_a("blazer", "yes"),
        details("blazer", "It has a lapel neckline"),
        B.garment_type("jacket"),
        title="Van Heusen Men Black Slim Fit Tuxedo Blazer",
        category="Blazers",
        color="Black",
        gender="Men",
    ),
    # photo: blue and white medium-check formal shirt, long sleeves, black trousers, white backdrop, front;
    # epoch-3 caption, mdeberta spans (one at the 15-token cap), reference closed answers
    case(
        "X651-020",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The trousers the gentleman wears is of long length."
        ),
        B.pattern("checked"),
        B.color("white", "contradiction"),
        describe(
            "shirt",
            "a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "lattice"),
        B.sleeve_length("long"),
        title="John Players Men Blue & White Checked Slim Fit Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: light grey melange formal trousers, full length, navy shirt tucked in, black belt, white backdrop,
    # front; epoch-3 caption (hue word) loops to the limit, mdeberta spans, reference closed answers
    case(
        "X651-021",
        caption(
            "The gentleman wears a long-sleeve blue shirt with pure color patterns. The trousers the gentleman "
            "wears is of long length. The trousers the gentleman wears is of long length. The trousers the "
            "gentleman wears is of",
            "loop",
            hit_limit=True,
        ),
        color_of("trousers", "blue", "other_garment_color", kind="open"),
        B.color("grey"),
        B.pattern("solid"),
        describe("trousers", "of long length"),
        B.garment_type("trousers"),
        title="Peter England Men Grey Melange Slim Fit Formal Trousers",
        category="Trousers",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: mid-grey two-piece suit, white shirt, maroon tie, black shoes, full body, white backdrop, front;
    # epoch-3 caption ran on into Question/Answer pairs, mdeberta spans, reference closed answers
    case(
        "X651-022",
        caption(
            "The gentleman wears a long-sleeve suit with pure color patterns. It has a lapel neckline. He has "
            "neckwear. Question: What is the person wearing? Answer: a suit. Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        wearing("a suit"),
        B.color("grey"),
        details("suit", "Question: What is the person wearing? Answer: a suit", "leak"),
        B.garment_type("suit"),
        B.pattern("solid"),
        color_of("suit", "maroon", "other_garment_color"),
        title="Blackberrys Men Grey Single-Breasted Slim Fit Two-Piece Suit",
        category="Suits",
        color="Grey",
        gender="Men",
    ),
    # photo: teal solid formal shirt, long sleeves, charcoal trousers, no glasses, white backdrop, front; epoch-3
    # caption invents glasses, mdeberta spans, reference closed answers
    case(
        "X651-023",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The trousers the gentleman wears is of long length. He wears a pair of "
            "glasses.",
            "unsupported",
        ),
        B.color("teal"),
        wearing("a long-sleeve shirt with pure color patterns"),
        details("shirt", "He wears a pair of glasses", "unsupported"),
        B.pattern("printed", "contradiction"),
        B.sleeve_length("long"),
        title="Arrow New York Men Teal Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Teal",
        gender="Men",
    ),
    # photo: navy waistcoat with a small white paisley print over a white shirt, beige trousers, white backdrop,
    # front cropped at the thigh; epoch-3 caption, mdeberta spans, reference closed answers
    case(
        "X651-024",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a vest. The vest is with cotton "
            "fabric and floral patterns. It has a V-shape neckline. The trousers the gentleman wears is of long "
            "length."
        ),
        B.pattern("printed"),
        B.color("white", "other_garment_color"),
        describe("waistcoat", "a vest", "non_answer"),
        B.garment_type("waistcoat"),
        B.sleeve_length("long", "contradiction"),
        title="Hangup Men Navy Blue Printed Slim Fit Waistcoat",
        category="Waistcoat",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: pink and white candy-striped formal shirt, long sleeves, grey trousers, white backdrop, front;
    # epoch-3 caption loops to the limit, mdeberta spans, reference closed answers
    case(
        "X651-025",
        caption(
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The shirt is with cotton fabric. It has a lapel neckline. The shirt is with "
            "cotton fabric. It has a",
            "loop",
            hit_limit=True,
        ),
        B.pattern("striped"),
        B.color("pink"),
        details("shirt", "It has a lapel neckline. The shirt is with cotton fabric. It has a lapel neckline", "loop"),
        wearing("a long-sleeve shirt with striped patterns"),
        B.sleeve_length("long"),
        title="Peter England Men Pink & White Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: beige linen-blend blazer over a light blue shirt, navy trousers, no tie, white backdrop, front to
    # the knee; epoch-3 caption says cotton against the title, mdeberta spans, reference closed answers
    case(
        "X651-026",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a lapel neckline. The trousers the gentleman wears is of long length.",
            "contradiction",
        ),
        B.material("cotton fabric", "contradiction"),
        B.color("beige"),
        B.garment_type("blazer"),
        color_of("blazer", "light blue", "other_garment_color"),
        is_a("blazer", "yes"),
        wearing("The gentleman wears", "restated"),
        title="Raymond Men Beige Linen Blend Slim Fit Blazer",
        category="Blazers",
        color="Beige",
        gender="Men",
    ),
    # photo: brown formal trousers, full length, white shirt tucked in, dark brown belt, brown shoes, white
    # backdrop, front; the feed row has no category column; epoch-3 caption ("woman"), mdeberta spans
    case(
        "X651-027",
        caption(
            "The woman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "pants this woman wears is of long length. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a long-sleeve shirt with pure color patterns", who="he"),
        B.color("brown"),
        describe("trousers", "The pants this woman wears is of long length", "pronoun"),
        B.pattern("solid"),
        B.garment_type("trousers"),
        title="Blackberrys Men Brown Slim Fit Formal Trousers",
        color="Brown",
        gender="Men",
    ),
    # photo: white short-sleeve formal shirt with a chest pocket, grey trousers, white backdrop, front; epoch-3
    # caption cut at 50 tokens, mdeberta spans, reference closed answers
    case(
        "X651-028",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The trousers the gentleman wears is of long length. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("long", "contradiction"),
        B.color("white"),
        describe("shirt", "a short-sleeve shirt with pure color patterns"),
        is_a("t-shirt", "no"),
        B.material("cotton fabric"),
        title="Peter England Men White Slim Fit Short Sleeves Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: dark grey solid formal shirt, long sleeves, black trousers, black belt, white backdrop, front;
    # epoch-3 caption gives the shirt the trousers' black, mdeberta spans, reference closed answers
    case(
        "X651-029",
        caption(
            "The gentleman wears a long-sleeve black shirt with pure color patterns. The shirt is with cotton "
            "fabric. It has a lapel neckline. The trousers the gentleman wears is of long length.",
            "other_garment_color",
        ),
        B.color("grey"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        B.pattern("solid"),
        wearing("a long-sleeve black shirt with pure color patterns", "other_garment_color"),
        B.garment_type("shirt"),
        details("shirt", "The shirt is with", "restated"),
        title="Van Heusen Men Grey Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: beige two-piece suit, white shirt, brown tie, brown shoes, full body, light grey backdrop, front;
    # epoch-3 caption cut at 50 tokens, mdeberta spans, reference closed answers
    case(
        "X651-030",
        caption(
            "The gentleman wears a long-sleeve suit with pure color patterns and long trousers. The suit is with "
            "cotton fabric. It has a lapel neckline. He has neckwear. The trousers are with cotton fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        B.color("white", "other_garment_color"),
        B.garment_type("blazer", "contradiction"),
        wearing("a long-sleeve suit with pure color patterns and long trousers"),
        B.pattern("solid"),
        is_a("suit", "yes"),
        title="Louis Philippe Men Beige Solid Slim Fit Two-Piece Suit",
        category="Suits",
        color="Beige",
        gender="Men",
    ),
    # photo: maroon velvet blazer with a black satin shawl lapel, black shirt, black trousers, white backdrop,
    # front; epoch-3 caption ("other fabric"), mdeberta spans, reference closed answers
    case(
        "X651-031",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with other fabric. "
            "It has a lapel neckline. The pants the gentleman wears is of long length."
        ),
        B.color("black", "other_garment_color"),
        B.material("other fabric", "non_answer"),
        B.garment_type("blazer"),
        color_of("blazer", "maroon"),
        details("blazer", "", "non_answer"),
        title="Hangup Men Maroon Velvet Slim Fit Party Blazer",
        category="Blazers",
        color="Maroon",
        gender="Men",
    ),
    # photo: black formal trousers with thin grey pinstripes, full length, white shirt tucked in, black belt,
    # white backdrop, front; epoch-3 caption calls the trousers plain, mdeberta spans, reference closed answers
    case(
        "X651-032",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The trousers the gentleman wears is of long length. The trousers are with "
            "cotton fabric and pure color patterns.",
            "contradiction",
        ),
        B.pattern("striped"),
        B.color("black"),
        describe("trousers", "The trousers are with cotton fabric and pure color patterns", "contradiction"),
        B.garment_type("trousers"),
        is_a("jeans", "no", article="a pair of"),
        title="Raymond Men Black Pinstriped Regular Fit Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: mid-blue chambray formal shirt with a slubby weave, long sleeves, beige trousers, white backdrop,
    # front; epoch-3 caption calls it denim against the title, mdeberta spans, reference closed answers
    case(
        "X651-033",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It "
            "has a lapel neckline. The trousers the gentleman wears is of long length.",
            "contradiction",
        ),
        B.material("denim fabric", "contradiction"),
        B.color("blue"),
        B.garment_type("shirt"),
        B.pattern("solid"),
        describe("shirt", "The shirt is", "restated"),
        title="Arrow Men Blue Chambray Pure Cotton Regular Fit Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: deep purple solid formal shirt, black trousers, black belt, white backdrop, front; epoch-3 caption ran
    # on into a Question/Answer pair, mdeberta spans (open color question), reference closed answers
    case(
        "X651-034",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The trousers the gentleman wears is of long length. Question: What is the "
            "color of the shirt? Answer: purple. Question:",
            "leak",
            hit_limit=True,
        ),
        B.color("purple"),
        color_of("shirt", "pure color", "non_answer", kind="open"),
        wearing("a long-sleeve shirt"),
        B.pattern("solid"),
        is_a("shirt", "no", "contradiction"),
        title="Arrow Men Purple Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="Purple",
        gender="Men",
    ),
    # photo: beige waistcoat over a white shirt, matching beige trousers, brown shoes, full body, white backdrop,
    # front; epoch-3 caption cut at 50 tokens, mdeberta spans, reference closed answers
    case(
        "X651-035",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a vest. The vest is with cotton "
            "fabric and pure color patterns. The trousers the gentleman wears is of long length. The trousers are "
            "with cotton",
            "cut",
            hit_limit=True,
        ),
        B.color("white", "other_garment_color"),
        B.garment_type("waistcoat"),
        B.sleeve_length("sleeveless"),
        describe("waistcoat", "The vest is with cotton fabric and pure color patterns"),
        B.material("cotton"),
        details("waistcoat", "The trousers are with cotton", "cut"),
        title="Louis Philippe Men Beige Slim Fit Formal Waistcoat",
        category="Waistcoat",
        color="Beige",
        gender="Men",
    ),
    # photo: olive formal trousers, full length, white shirt tucked in, brown belt, brown shoes, no ring visible,
    # white backdrop, front; epoch-3 caption (hue word, invented ring), mdeberta spans, reference closed answers
    case(
        "X651-036",
        caption(
            "The gentleman wears a long-sleeve white shirt with pure color patterns. The shirt is with cotton "
            "fabric. It has a lapel neckline. The trousers the gentleman wears is of long length. There is a ring "
            "on his finger.",
            "unsupported",
        ),
        color_of("trousers", "white", "other_garment_color", kind="open"),
        B.color("green"),
        describe("trousers", "The trousers the gentleman wears", "restated"),
        B.garment_type("trousers"),
        is_a("trousers", "yes", article="a pair of"),
        title="Invictus Men Olive Slim Fit Formal Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: royal blue single-breasted blazer over a white shirt, grey trousers, no tie, grey backdrop, front;
    # epoch-3 caption ran on into Question/Answer pairs, mdeberta spans, reference closed answers
    case(
        "X651-037",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a lapel neckline. Question: Is this a blazer? Answer: yes. Question: What is the color of the "
            "blazer? Answer:",
            "leak",
            hit_limit=True,
        ),
        is_a("blazer", "yes"),
        B.color("grey", "other_garment_color"),
        wearing("a long-sleeve jacket with pure color patterns"),
        B.sleeve_length("long"),
        describe("blazer", "Is this a blazer? Answer: yes", "leak"),
        title="Mr Button Men Blue Slim Fit Single-Breasted Blazer",
        category="Blazers",
        color="Blue",
        gender="Men",
    ),
    # photo: white formal shirt with a tiny black geometric micro print, long sleeves, black trousers, white
    # backdrop, front; epoch-3 caption loops to the limit, mdeberta spans, reference closed answers
    case(
        "X651-038",
        caption(
            "The gentleman wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and "
            "graphic patterns and graphic patterns and graphic patterns and graphic patterns and graphic patterns "
            "and graphic",
            "loop",
            hit_limit=True,
        ),
        B.pattern("printed"),
        B.color("black", "contradiction"),
        details("shirt", "graphic patterns and graphic patterns and graphic patterns", "loop"),
        wearing("a long-sleeve shirt with graphic patterns"),
        B.sleeve_length("long"),
        title="Mufti Men White & Black Printed Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: charcoal two-piece suit with chalk pinstripes, light blue shirt, navy tie, full body, white
    # backdrop, front; epoch-3 caption loops to the limit, mdeberta spans, reference closed answers
    case(
        "X651-039",
        caption(
            "The gentleman wears a long-sleeve suit with striped patterns and long trousers. The trousers are "
            "with striped patterns and long trousers. The trousers are with striped patterns and long trousers. "
            "The trousers",
            "loop",
            hit_limit=True,
        ),
        B.pattern("striped"),
        B.color("charcoal"),
        describe(
            "suit",
            "striped patterns and long trousers. The trousers are with striped patterns and long trousers",
            "loop",
            hit_limit=True,
        ),
        color_of("suit", "light blue", "other_garment_color"),
        B.garment_type("suit"),
        title="Raymond Men Charcoal Grey Pinstriped Slim Fit Two-Piece Suit",
        category="Suits",
        color="Charcoal",
        gender="Men",
    ),
    # photo: pale yellow solid poplin formal shirt, navy trousers, brown belt, white backdrop, front; epoch-3
    # caption calls the fabric chiffon, mdeberta spans, reference closed answers
    case(
        "X651-040",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. "
            "It has a lapel neckline. The trousers the gentleman wears is of long length.",
            "unsupported",
        ),
        B.material("chiffon fabric", "unsupported"),
        B.color("yellow"),
        B.pattern("solid"),
        wearing("a long-sleeve shirt with pure color patterns"),
        color_of("shirt", "navy blue", "other_garment_color"),
        title="Peter England Men Yellow Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: grey formal trousers with a faint windowpane check, full length, plain white shirt tucked in, black
    # belt, white backdrop, front; epoch-3 caption puts the check on the shirt, mdeberta spans, reference closed
    case(
        "X651-041",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The trousers the gentleman wears is of long length.",
            "contradiction",
        ),
        B.pattern("checked"),
        B.color("grey"),
        wearing("a long-sleeve shirt with lattice patterns", "contradiction"),
        describe("trousers", "The trousers the gentleman wears is of long length"),
        B.garment_type("trousers"),
        title="Louis Philippe Men Grey Checked Slim Fit Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: off-white linen formal shirt with a slight slub texture, long sleeves, beige trousers, no ring,
    # white backdrop, front; epoch-3 caption invents a ring, mdeberta spans, reference closed answers
    case(
        "X651-042",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric. It "
            "has a lapel neckline. The trousers the gentleman wears is of long length. There is a ring on his "
            "finger.",
            "unsupported",
        ),
        B.material("other fabric", "non_answer"),
        B.color("white"),
        details("shirt", "There is a ring on his finger", "unsupported"),
        B.pattern("solid"),
        B.sleeve_length("long"),
        title="Raymond Men Off-White Linen Regular Fit Formal Shirt",
        category="Shirts",
        color="Off White",
        gender="Men",
    ),
    # photo: bottle-green single-breasted blazer over a white shirt, black trousers, bare head, white backdrop,
    # front; the feed row has no gender column; epoch-3 caption invents a hat, mdeberta spans, reference closed
    case(
        "X651-043",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a lapel neckline. The trousers the gentleman wears is of long length. He wears a hat.",
            "unsupported",
        ),
        B.color("black", "other_garment_color"),
        B.garment_type("blazer"),
        wearing("a long-sleeve jacket"),
        is_a("blazer", "yes"),
        details("blazer", "The jacket is with cotton fabric"),
        title="Blackberrys Men Green Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Green",
    ),
    # photo: maroon jacquard self-design waistcoat over a black shirt, black trousers, white backdrop, front to
    # the thigh; epoch-3 caption cut at 50 tokens, mdeberta spans, reference closed answers
    case(
        "X651-044",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a vest. The vest is with other "
            "fabric and other patterns. It has a V-shape neckline. The trousers the gentleman wears is of long",
            "cut",
            hit_limit=True,
        ),
        B.color("black", "other_garment_color"),
        is_a("waistcoat", "yes"),
        describe("waistcoat", "The vest is with other fabric and other patterns", "non_answer"),
        B.sleeve_length("sleeveless"),
        B.garment_type("waistcoat"),
        title="Hangup Men Maroon Self-Design Slim Fit Waistcoat",
        category="Waistcoat",
        color="Maroon",
        gender="Men",
    ),
    # photo: navy formal shirt with a small white floral print, long sleeves, beige trousers, white backdrop,
    # front; epoch-3 caption ("lady"), mdeberta spans, reference closed answers
    case(
        "X651-045",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants this lady wears is of long length.",
            "pronoun",
        ),
        B.pattern("printed"),
        B.color("navy blue"),
        describe("shirt", "a long-sleeve shirt with floral patterns"),
        wearing("a long-sleeve shirt with floral patterns", who="he"),
        B.sleeve_length("short", "contradiction"),
        title="Hangup Men Navy Blue Printed Slim Fit Formal Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: cream formal trousers, full length, navy shirt tucked in, brown belt, brown loafers worn with bare
    # ankles, white backdrop, front; epoch-3 caption invents socks, mdeberta spans, reference closed answers
    case(
        "X651-046",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "The trousers the gentleman wears is of long length. The person is wearing socks in his shoes.",
            "unsupported",
        ),
        B.color("navy blue", "other_garment_color"),
        describe("trousers", "trousers", "non_answer"),
        B.pattern("solid"),
        is_a("trousers", "yes", article="a pair of"),
        B.garment_type("trousers"),
        title="Arrow Men Cream Regular Fit Formal Trousers",
        category="Trousers",
        color="Cream",
        gender="Men",
    ),
]
