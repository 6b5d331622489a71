"""BLIND_1117 (46 products; Myntra men's formal wear, caption adapter epoch 2): written blind in the sixtieth session.
Measured blind at 796126b (the session's fourth rules): 99/119 failures found (83.2%) and 17/171 correct texts flagged
(9.9%). The writer's notes, verbatim:

Scenario: a Myntra men's formal-wear feed (formal shirts, blazers, suits, trousers, waistcoats) with the seller's
columns as the feed has them: title, category (article_type), color (base_colour), gender; a few rows lack a column.
Photos are Myntra catalog shots on a white or light grey backdrop, nearly all on a male model styled with other
garments (a shirt tucked into trousers, a shirt and tie under a blazer, a waistcoat over a shirt), one flat lay.

Who wrote what: captions and every open answer come from BLIP-2 OPT-2.7b with the caption LoRA adapter stopped at
epoch 2 (between the published epoch-1 and epoch-3 checkpoints), greedy, 50 new tokens for captions and 30 for
answers. At epoch 2 it still answers about half the prompts like the base model (short, hue names, stops), and on
the rest falls back to the DeepFashion template ("The gentleman wears a long-sleeve shirt with pure color patterns",
patterns instead of hues, "lapel neckline", "There is a belt in his clothes", sometimes "The lady ... her"), which
never stops: it loops or is cut at the token limit, and it echoes the `Question: ... Answer:` format. Closed answers
(garment_type, color, pattern, sleeve_length, is_*, closure) come from `enrich --engine reference`, one candidate
value each: they never loop or stop short, but often pick the shirt's or the tie's color for the blazer, the
shirt's sleeves for a waistcoat, or a near garment type.

Labeling conventions and judgement calls:
- Every text is judged against the photo described in its `# photo:` comment, not against the seller's columns; where
  the seller's color looks wrong (X1117-027, a "Brown" shirt that photographs maroon) an answer matching the photo is
  correct.
- Shade synonyms within one color family count as correct: navy/dark blue/blue, charcoal/grey/dark grey, maroon/
  burgundy/red, cream/off-white/white, khaki/tan/beige, lavender/purple. Teal called "green" and peach called
  "orange" are counted as contradictions (other families in the seller's palette).
- A self-design or faint-texture fabric answered "solid" is correct; a visible check or pinstripe answered "solid" is
  a contradiction.
- A color that belongs to another garment in the photo (the shirt under the blazer, the trousers under a tucked
  shirt, the tie) is other_garment_color, also for closed answers; a color no garment in the photo has, or a wrong
  garment type / pattern / sleeve length / closure, is contradiction. A pattern or sleeve length taken from the other
  garment (the shirt's stripes for the trousers, the shirt's sleeves for a waistcoat) is contradiction.
- One label per text: a text that repeats a span until the limit is loop even if it also ends mid-word; a text that
  echoes or continues the `Question: ... Answer:` format is leak even if it ran to the limit; otherwise a text cut
  mid-sentence at the limit is cut. Cut texts were kept free of other failures where possible.
- hit_limit=True marks every text that ran to its token limit (all loops and cuts, the leaks that ran on).
- The template answer to a color question with a pattern and no hue ("the shirt is with pure color patterns") is
  non_answer; a one-word or yes/no answer to an open question (describe, details, wearing, material) is non_answer;
  an empty answer is non_answer. Repeating the question's words as the answer is restated.
- Invented details not visible in the photo (pocket square, cufflinks, a tie that is not there, elbow patches on a
  front view, a back buckle, sleeves rolled up) are unsupported; a fabric the title contradicts or that the photo
  rules out (denim, leather for a formal blazer) is unsupported; a fabric named by the title is correct. Correct
  texts name no fabric the title does not support.
- "The lady", "she", "her" for a Men row is pronoun, even inside the template caption.
- "vest" for a waistcoat and "suit jacket" for a blazer are correct synonyms; "coat" or "jacket" as the closed
  garment type of a blazer, or "blazer" for a suit, is contradiction with the seller's category.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as Q,
)
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    material,
    question,
    wearing,
)

closure = question("closure", "Is the jacket single-breasted or double-breasted?", "closed")

BLIND_1117 = [
    # photo: white long-sleeve formal shirt tucked into charcoal grey trousers, black belt, no tie, white backdrop,
    # front view cropped at the knee. Caption and wearing: epoch-2 adapter; the rest: reference engine.
    case(
        "X1117-001",
        caption("a man in a white shirt and grey pants standing against a white background"),
        wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt has a "
            "lapel neckline and the trousers are of long",
            "cut",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.pattern("solid"),
        color_of("trousers", "white", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        title="Van Heusen Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: light blue formal shirt with thin white vertical stripes and a spread collar, navy tie, tucked into
    # navy trousers, white backdrop, three-quarter view. Caption, describe, details: adapter; closed: reference.
    case(
        "X1117-002",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns. The shirt has a lapel neckline. There is a "
            "tie around his neck. The gentleman wears a long trousers with pure color patterns."
        ),
        Q.color("blue"),
        Q.pattern("striped"),
        describe("shirt", "a light blue shirt with white pinstripes and a button-down collar", "unsupported"),
        details(
            "shirt",
            "the shirt has a stripe, stripe, stripe, stripe, stripe, stripe, stripe, stripe, stripe, stripe, stripe,"
            " stripe",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        title="Arrow Men Blue & White Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: navy two-button single-breasted blazer, notch lapels, no pocket square, over an open-collar white shirt,
    # mid-grey trousers, white backdrop, front view. Caption, describe, material: adapter; closed: reference.
    case(
        "X1117-003",
        caption("a man wearing a navy blue blazer over a white shirt with grey trousers"),
        Q.garment_type("blazer"),
        Q.color("white", "other_garment_color"),
        color_of("blazer", "navy blue"),
        describe(
            "blazer",
            "The blazer is with pure color patterns. It has a lapel neckline and two buttons on the front. The "
            "blazer is with pure color patterns. It has a lapel",
            "loop",
            hit_limit=True,
        ),
        material("The blazer is with leather fabric.", "unsupported"),
        closure("single-breasted"),
        title="Louis Philippe Men Navy Blue Solid Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: charcoal grey two-piece suit with a faint self-design weave, light pink shirt, maroon tie, black shoes,
    # full length on a white backdrop. Caption and wearing: adapter; closed: reference.
    case(
        "X1117-004",
        caption(
            "The lady wears a long-sleeve blazer with pure color patterns and a long trousers. Her shirt has a lapel "
            "neckline. There is a tie on her neck.",
            "pronoun",
        ),
        wearing("a grey suit with a pink shirt and a red tie", who="he"),
        Q.color("charcoal"),
        Q.garment_type("suit"),
        Q.pattern("solid"),
        is_a("tuxedo", "no"),
        title="Raymond Men Charcoal Grey Self-Design Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Charcoal",
        gender="Men",
    ),
    # photo: beige flat-front formal trousers worn with a white shirt tucked in, brown belt, brown shoes, cropped from
    # the waist down, white backdrop. Caption, details, material: adapter; closed: reference.
    case(
        "X1117-005",
        caption("a man in a white shirt and beige pants standing on a white background"),
        color_of("trousers", "white", "other_garment_color"),
        Q.garment_type("trousers"),
        details("trousers", "the trousers are long", "non_answer"),
        material("The trousers are with denim fabric.", "unsupported"),
        Q.pattern("solid"),
        title="Park Avenue Men Beige Regular Fit Solid Formal Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: black five-button waistcoat over a white shirt, black trousers, white backdrop, front view. Caption and
    # describe: adapter; closed: reference.
    case(
        "X1117-006",
        caption(
            "The gentleman wears a sleeveless vest with pure color patterns. The vest has a v-shape neckline. The "
            "gentleman wears a long-sleeve shirt inside and a long trousers."
        ),
        Q.garment_type("vest"),
        Q.color("black"),
        describe("waistcoat", "the waistcoat is a waistcoat", "restated"),
        is_a("blazer", "yes", "contradiction"),
        Q.sleeve_length("sleeveless"),
        title="Blackberrys Men Black Solid Slim Fit Formal Waistcoat",
        category="Waistcoat",
        color="Black",
        gender="Men",
    ),
    # photo: light pink long-sleeve shirt, cuffs buttoned, tucked into navy trousers, hands in pockets, no tie, white
    # backdrop, cropped at the thigh. Caption, wearing, details: adapter; closed: reference.
    case(
        "X1117-007",
        caption("a man wearing a pink shirt and blue pants with his hands in his pockets"),
        Q.color("pink"),
        color_of("trousers", "pink", "other_garment_color"),
        wearing("a pink shirt and navy blue trousers"),
        details(
            "shirt",
            "The shirt has a lapel neckline and a button placket. The shirt has a lapel neckline and a button "
            "placket. The shirt has a lapel",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Peter England Men Pink Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: grey single-breasted blazer with a faint windowpane check, white shirt, black trousers, white backdrop,
    # front view. Caption and describe: adapter; closed: reference.
    case(
        "X1117-008",
        caption(
            "The gentleman wears a long-sleeve jacket with lattice patterns. The jacket has a lapel neckline. Inside "
            "he wears a shirt with pure color patterns. The gentleman wears a long trousers with pure",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("checked"),
        Q.color("grey"),
        color_of("blazer", "black", "other_garment_color"),
        describe("blazer", "a grey checked blazer with notch lapels and flap pockets"),
        closure("double-breasted", "contradiction"),
        title="Blackberrys Men Grey Checked Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Grey",
        gender="Men",
    ),
    # photo: navy three-piece suit (jacket, waistcoat, trousers), white shirt, silver tie, no pocket square, brown
    # shoes, full length, white backdrop. Caption, wearing, details, material: adapter; closed: reference.
    case(
        "X1117-009",
        caption("a man in a navy blue three piece suit with a white shirt and a grey tie"),
        wearing(
            "Question: What is the man wearing? Answer: a blue suit. Question: What is the man wearing? Answer: a "
            "blue suit. Question:",
            "leak",
            who="the man",
            hit_limit=True,
        ),
        Q.garment_type("suit"),
        Q.color("navy blue"),
        is_a("suit", "yes"),
        details(
            "suit",
            "the suit has a waistcoat and a pocket square and a pocket square and a pocket square and a pocket",
            "loop",
            hit_limit=True,
        ),
        material("The suit is made of wool.", "unsupported"),
        title="Blackberrys Men Navy Blue Slim Fit Three-Piece Formal Suit",
        category="Suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: charcoal slim-fit trousers, light blue shirt tucked in, black belt, black shoes, cropped from the chest
    # down, white backdrop. Caption, open pants color, details: adapter; closed: reference.
    case(
        "X1117-010",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers with pure color "
            "patterns. There is a belt in his clothes."
        ),
        color_of("trousers", "grey"),
        color_of(
            "pants",
            "the pants are with pure color patterns. The pants are with pure color patterns. The pants are with pure",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.garment_type("trousers"),
        Q.color("light blue", "other_garment_color"),
        details("trousers", "slim fit with a flat front, belt loops and side pockets"),
        Q.pattern("checked", "contradiction"),
        title="Louis Philippe Men Charcoal Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: navy shirt with a small white check, tucked into khaki chinos, no tie, white backdrop, front view.
    # Caption and describe: adapter; closed: reference.
    case(
        "X1117-011",
        caption("a man in a blue checkered shirt and khaki pants"),
        Q.pattern("checked"),
        Q.color("navy blue"),
        color_of("pants", "navy blue", "other_garment_color"),
        describe(
            "shirt",
            "The gentleman wears a long-sleeve shirt with lattice patterns. It has a lapel neckline and buttons. The "
            "gentleman wears a long trousers with pure color patterns and",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        title="Allen Solly Men Navy Blue Checked Slim Fit Formal Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black single-breasted blazer with notch lapels and black buttons, no pocket square, over a light grey
    # shirt, black trousers, steel watch on the left wrist, white backdrop. Caption, wearing, describe: adapter.
    case(
        "X1117-012",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. There is an accessory on her wrist. She "
            "wears a long trousers.",
            "pronoun",
        ),
        wearing("a black blazer over a grey shirt and black trousers, with a watch on his wrist"),
        Q.color("black"),
        Q.garment_type("coat", "contradiction"),
        describe("blazer", "a black blazer with peak lapels, gold buttons and a red pocket square", "unsupported"),
        closure("single-breasted"),
        title="Wills Lifestyle Men Black Solid Tailored Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Black",
        gender="Men",
    ),
    # photo: grey herringbone waistcoat, front view only, over a white shirt, navy trousers, white backdrop. Caption,
    # details, material: adapter; closed: reference.
    case(
        "X1117-013",
        caption("a man wearing a grey vest and a white shirt"),
        Q.color("grey"),
        color_of("vest", "white", "other_garment_color"),
        details(
            "waistcoat",
            "The waistcoat has five buttons and two welt pockets, with an adjustable buckle at the back.",
            "unsupported",
        ),
        material("no", "non_answer"),
        is_a("waistcoat", "yes"),
        title="Raymond Men Grey Self-Design Slim Fit Waistcoat",
        category="Waistcoat",
        color="Grey",
        gender="Men",
    ),
    # photo: lavender long-sleeve shirt, buttoned cuffs, tucked into dark grey trousers, white backdrop, front view.
    # Caption, wearing, details: adapter; closed: reference.
    case(
        "X1117-014",
        caption("a man in a purple shirt and grey pants posing for a photo"),
        Q.color("lavender"),
        wearing("a purple shirt and purple pants", "other_garment_color"),
        details("shirt", "the shirt details are the details of the shirt", "restated"),
        describe(
            "shirt",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt has a lapel neckline and "
            "buttons down the front and the cuffs are",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        title="Park Avenue Men Lavender Solid Formal Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: navy pleated trousers with slanted pockets, white shirt with thin blue stripes tucked in, brown belt,
    # cropped from the chest down, white backdrop. Caption and details: adapter; closed: reference.
    case(
        "X1117-015",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns and a long trousers with pure color "
            "patterns. There is a belt in his clothes. The gentleman wears a long-sleeve shirt with stripe patterns"
            " and a long",
            "loop",
            hit_limit=True,
        ),
        color_of("trousers", "navy blue"),
        Q.pattern("striped", "contradiction"),
        details("trousers", "pleated front with belt loops and slanted side pockets"),
        Q.garment_type("trousers"),
        is_a("pair of jeans", "no"),
        title="Arrow Men Navy Blue Regular Fit Pleated Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black two-piece suit, white shirt, black tie, model holding his lapel, full length, white backdrop.
    # Caption, wearing, describe, material: adapter; closed: reference.
    case(
        "X1117-016",
        caption("a man in a black suit and tie"),
        wearing("a black suit, a white shirt and a black tie"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("suit"),
        describe("suit", "suit", "non_answer"),
        is_a("tuxedo", "yes", "contradiction"),
        closure("single-breasted"),
        Q.material(
            "The suit is with cotton fabric and pure color patterns. The suit is with cotton fabric and pure color "
            "patterns. The suit is",
            "loop",
            hit_limit=True,
        ),
        title="Van Heusen Men Black Solid Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Black",
        gender="Men",
    ),
    # photo: white shirt with a thin black windowpane check and one chest pocket, black trousers, white backdrop,
    # front view. Caption, open pants color, describe: adapter; closed: reference.
    case(
        "X1117-017",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. It has a lapel neckline. The gentleman "
            "wears a long pants with pure color patterns."
        ),
        Q.color("white"),
        Q.pattern("striped", "contradiction"),
        color_of("pants", "black and white", "other_garment_color", kind="open"),
        describe("shirt", "a white shirt with a black grid check, a pointed collar and a single chest pocket"),
        Q.sleeve_length("long sleeves"),
        title="John Miller Men White & Black Checked Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: maroon velvet single-breasted blazer with a black satin shawl lapel and one button, no pocket square,
    # black shirt, black trousers, black shoes, full length, white backdrop. Caption and open answers: adapter.
    case(
        "X1117-018",
        caption("a man in a red blazer and black shirt"),
        Q.color("maroon"),
        color_of("blazer", "black", "other_garment_color"),
        wearing("He is wearing a red blazer with a black shirt, black pants and black shoes", who="he"),
        material("velvet"),
        details("blazer", "shawl lapel, one button, and a chest pocket with a pocket square", "unsupported"),
        Q.garment_type("blazer"),
        title="Mark Taylor Men Maroon Velvet Slim Fit Single-Breasted Party Blazer",
        category="Blazers",
        color="Maroon",
        gender="Men",
    ),
    # photo: pale yellow formal shirt, navy tie, grey trousers, black belt, white backdrop, front view. Caption, open
    # shirt color, wearing: adapter; closed: reference.
    case(
        "X1117-019",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a tie. The shirt has a lapel "
            "neckline. The gentleman wears a long trousers with pure color patterns. There is a belt in",
            "cut",
            hit_limit=True,
        ),
        Q.color("yellow"),
        color_of("shirt", "the shirt is with pure color patterns", "non_answer", kind="open"),
        wearing("yellow shirt and blue tie"),
        Q.pattern("solid"),
        is_a("t-shirt", "yes", "contradiction"),
        title="Basics Men Yellow Slim Fit Formal Shirt",
        category="Shirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: grey trousers with a subtle blue Prince of Wales check, plain hems, white shirt tucked in, black belt,
    # cropped from the chest down, white backdrop. Caption, describe, wearing: adapter; closed: reference.
    case(
        "X1117-020",
        caption("a man wearing grey plaid pants and a white shirt"),
        Q.pattern("checked"),
        color_of("trousers", "grey"),
        describe(
            "trousers",
            "grey checked trousers with a flat front, belt loops and cuffed hems with turn-ups",
            "unsupported",
        ),
        Q.garment_type("jeans", "contradiction"),
        wearing("Answer: grey pants and a white shirt", "leak"),
        title="Blackberrys Men Grey Slim Fit Checked Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: beige linen waistcoat over a light blue long-sleeve shirt, white trousers, light grey backdrop, front
    # view. Caption, material, describe: adapter; closed: reference.
    case(
        "X1117-021",
        caption("a man in a tan vest and a blue shirt"),
        Q.color("light blue", "other_garment_color"),
        material("linen"),
        Q.garment_type("waistcoat"),
        describe(
            "waistcoat",
            "The waistcoat is beige. The waistcoat is beige. The waistcoat is beige. The waistcoat is beige. The "
            "waistcoat",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Hangup Men Beige Solid Linen Waistcoat",
        category="Waistcoat",
        color="Beige",
        gender="Men",
    ),
    # photo: black long-sleeve shirt with plain buttoned cuffs and no pocket, tucked into grey trousers, one hand on
    # the hip, white backdrop. Caption, details, describe: adapter; closed: reference.
    case(
        "X1117-022",
        caption("a man in a black shirt and grey pants with his hand on his hip"),
        Q.color("black"),
        color_of("pants", "grey"),
        details(
            "shirt",
            "a black shirt with a spread collar, french cuffs with silver cufflinks and a chest pocket",
            "unsupported",
        ),
        describe("shirt", "black", "non_answer"),
        Q.pattern("solid"),
        title="Louis Philippe Men Black Solid Formal Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: beige single-breasted two-piece suit with a faint self-design, white shirt, brown tie, brown shoes, full
    # length, white backdrop. Caption and wearing: adapter; closed: reference.
    case(
        "X1117-023",
        caption("a man in a beige suit and white shirt"),
        Q.color("brown", "other_garment_color"),
        wearing(
            "The gentleman wears a long-sleeve suit with pure color patterns and a long trousers. He wears a shirt "
            "inside. There is a tie around his neck and a",
            "cut",
            who="the man",
            hit_limit=True,
        ),
        Q.garment_type("suit"),
        closure("double-breasted", "contradiction"),
        Q.pattern("solid"),
        title="Park Avenue Men Beige Self-Design Regular Fit Two-Piece Suit",
        category="Suits",
        color="Beige",
        gender="Men",
    ),
    # photo: light blue long-sleeve shirt tucked into navy trousers, model wearing glasses, white backdrop, front
    # view. Caption, wearing, material: adapter; closed: reference.
    case(
        "X1117-024",
        caption("a man wearing glasses and a light blue shirt"),
        Q.color("blue"),
        wearing("a light blue shirt and navy pants"),
        color_of("pants", "light blue", "other_garment_color"),
        material("The garment is made of the garment's material.", "restated"),
        Q.sleeve_length("long sleeves"),
        title="Zodiac Men Light Blue Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: khaki linen single-breasted blazer over a white shirt, blue jeans, white backdrop, three-quarter view.
    # Caption, material, describe: adapter; closed: reference.
    case(
        "X1117-025",
        caption("a man in a tan blazer and jeans"),
        color_of("jeans", "beige", "other_garment_color"),
        Q.color("khaki"),
        material("The blazer is with denim fabric.", "unsupported"),
        Q.garment_type("blazer"),
        describe(
            "blazer",
            "Question: Describe the blazer. Answer: a tan blazer with notch lapels. Question: Describe the jeans. "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        title="Raymond Men Khaki Linen Slim Fit Single-Breasted Blazer",
        category="Blazers",
        color="Khaki",
        gender="Men",
    ),
    # photo: black formal trousers, white shirt tucked in, black belt, black shoes, full length, front view only,
    # white backdrop. Caption and details: adapter; closed: reference.
    case(
        "X1117-026",
        caption("a man in a white shirt and black pants"),
        color_of("trousers", "black"),
        Q.color("white", "other_garment_color"),
        details("trousers", "flat front, belt loops, two side pockets and two back pockets", "unsupported"),
        Q.garment_type("trousers"),
        Q.pattern("solid"),
        title="Peter England Men Black Slim Fit Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: a shirt the seller calls brown that photographs dark maroon, long sleeves, black trousers, white
    # backdrop, front view. Caption, wearing, describe: adapter; closed: reference.
    case(
        "X1117-027",
        caption("a man in a maroon shirt and black pants"),
        Q.color("maroon"),
        wearing("a red shirt and black pants"),
        describe(
            "shirt",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The gentleman wears a long-sleeve shirt"
            " with pure color patterns. The gentleman",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.sleeve_length("long sleeves"),
        title="Genesis Men Brown Solid Formal Shirt",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: navy waistcoat with a tiny white paisley print over a white shirt, beige trousers, white backdrop, front
    # view. Caption, details, wearing: adapter; closed: reference.
    case(
        "X1117-028",
        caption(
            "The gentleman wears a sleeveless vest with graphic patterns. Inside he wears a long-sleeve shirt. The "
            "gentleman wears a long trousers with pure color patterns."
        ),
        Q.pattern("printed"),
        Q.color("navy blue"),
        color_of("trousers", "navy blue", "other_garment_color"),
        details("waistcoat", "yes", "non_answer"),
        wearing(
            "he is wearing a navy blue vest with a white paisley print over a white shirt and beige trousers", who="he"
        ),
        title="Blackberrys Men Navy Blue Printed Slim Fit Waistcoat",
        category="Waistcoat",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey shirt with a subtle dobby self-design, plain collar and cuffs, charcoal trousers, no tie, white
    # backdrop. Caption, open shirt color, describe, material: adapter; closed: reference.
    case(
        "X1117-029",
        caption("a man in a grey shirt and dark grey pants"),
        Q.color("grey"),
        color_of(
            "shirt",
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey"
            " grey grey grey grey grey grey grey grey grey",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe("shirt", "a grey shirt with a white floral print on the collar and cuffs", "unsupported"),
        Q.pattern("solid"),
        material("the shirt is made of the material of the shirt", "restated"),
        title="Van Heusen Men Grey Self-Design Slim Fit Formal Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: royal blue two-piece suit with a faint black windowpane check, open-collar white shirt, no tie, brown
    # loafers, sunglasses held in one hand, full length, white backdrop. Caption and open answers: adapter.
    case(
        "X1117-030",
        caption("a man in a blue suit holding a pair of sunglasses"),
        wearing("a blue checked suit with a white shirt and a black tie", "unsupported"),
        Q.pattern("checked"),
        Q.color("blue"),
        Q.garment_type("blazer", "contradiction"),
        details("suit", "the suit has two buttons, notch lapels and flap pockets; the trousers are flat front."),
        title="Raymond Men Blue Checked Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Blue",
        gender="Men",
    ),
    # photo: dark brown formal trousers, cream shirt tucked in, tan belt, white backdrop, cropped from the chest down.
    # Caption, describe, material: adapter; closed: reference.
    case(
        "X1117-031",
        caption(
            "The lady wears a long trousers with pure color patterns and a long-sleeve shirt. There is a belt in her "
            "clothes.",
            "pronoun",
        ),
        color_of("trousers", "brown"),
        Q.color("cream", "other_garment_color"),
        describe("trousers", "brown trousers with a flat front and belt loops"),
        Q.garment_type("trousers"),
        material("", "non_answer"),
        title="Park Avenue Men Brown Regular Fit Formal Trousers",
        category="Trousers",
        color="Brown",
        gender="Men",
    ),
    # photo: peach long-sleeve formal shirt, brown trousers, brown belt, brown shoes, full length, no tie, white
    # backdrop. Caption and wearing: adapter; closed: reference.
    case(
        "X1117-032",
        caption("a man in a peach shirt and brown pants"),
        Q.color("orange", "contradiction"),
        describe(
            "shirt",
            "peach shirt Question: What is the color of the pants? Answer: brown Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        wearing(
            "peach shirt, brown pants, brown belt, brown shoes, brown socks, brown belt, brown shoes, brown socks, "
            "brown",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("shirt", "yes"),
        title="Arrow Men Peach-Coloured Solid Formal Shirt",
        category="Shirts",
        color="Peach",
        gender="Men",
    ),
    # photo: navy double-breasted blazer with white pinstripes and peak lapels over a light blue shirt, navy trousers,
    # white backdrop, front view. Caption, describe, material: adapter; closed: reference.
    case(
        "X1117-033",
        caption("a man in a navy pinstripe double breasted suit jacket"),
        closure("double-breasted"),
        Q.pattern("solid", "contradiction"),
        Q.color("light blue", "other_garment_color"),
        describe("blazer", "a navy blue double-breasted blazer with white pinstripes and peak lapels"),
        Q.material(
            "The blazer is with other fabric and stripe patterns. The blazer is with other fabric and stripe "
            "patterns. The blazer is with",
            "loop",
            hit_limit=True,
        ),
        title="Blackberrys Men Navy Pinstriped Slim Fit Double-Breasted Formal Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: olive green long-sleeve shirt with one chest pocket, sleeves down and buttoned, beige trousers, white
    # backdrop. Caption, details, wearing: adapter; closed: reference.
    case(
        "X1117-034",
        caption("a man in a green shirt and khaki pants"),
        Q.color("green"),
        color_of("pants", "green", "other_garment_color"),
        details("shirt", "Question: What are the shirt details? Answer: long sleeves with a chest pocket", "leak"),
        wearing("He is wearing a green shirt with the sleeves rolled up", "unsupported", who="he"),
        Q.sleeve_length("long sleeves"),
        title="Peter England Men Olive Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: black tuxedo with satin peak lapels, white shirt, black bow tie, black shoes, full length, white
    # backdrop; the feed row has no color. Caption and open answers: adapter; closed: reference.
    case(
        "X1117-035",
        caption("a man in a black tuxedo with a bow tie"),
        Q.color("black"),
        is_a("tuxedo", "yes"),
        wearing("a black tuxedo, white shirt, black bow tie, black shoes"),
        describe(
            "suit",
            "The gentleman wears a long-sleeve suit with pure color patterns. It has a lapel neckline. There is a tie "
            "on his neck. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("suit"),
        material("The suit is made of satin and silk.", "unsupported"),
        closure("double-breasted", "contradiction"),
        title="Raymond Men Slim Fit Single-Breasted Tuxedo",
        category="Suits",
        gender="Men",
    ),
    # photo: khaki flat-front trousers laid flat on a white backdrop, no model, no belt, front view. Caption, wearing,
    # details: adapter; closed: reference.
    case(
        "X1117-036",
        caption("a pair of khaki pants on a white background"),
        color_of("trousers", "khaki"),
        wearing(
            "The gentleman wears a long trousers with pure color patterns. There is a belt in his clothes.",
            "unsupported",
        ),
        Q.garment_type("trousers"),
        details("trousers", "the details of the trousers are the trousers", "restated"),
        is_a("pair of shorts", "no"),
        title="Raymond Men Khaki Slim Fit Formal Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: the white pure-cotton shirt worn under an open navy blazer, red tie, grey trousers, white backdrop; the
    # blazer is styling, the product is the shirt. Caption, material, wearing: adapter; closed: reference.
    case(
        "X1117-037",
        caption("a man in a navy blazer and red tie"),
        Q.color("navy blue", "other_garment_color"),
        Q.garment_type("blazer", "contradiction"),
        material("cotton"),
        color_of("shirt", "white"),
        wearing("he is wearing a navy blazer over a white shirt with a red tie and grey trousers", who="he"),
        Q.sleeve_length("long sleeves"),
        title="Louis Philippe Men White Slim Fit Solid Pure Cotton Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: brown tweed single-breasted blazer with a subtle check, front view only, over a light blue shirt, dark
    # blue jeans, white backdrop, three-quarter view. Caption and open answers: adapter; closed: reference.
    case(
        "X1117-038",
        caption("a man in a brown tweed jacket and blue jeans"),
        Q.color("blue", "other_garment_color"),
        color_of("blazer", "the blazer is with lattice patterns", "non_answer", kind="open"),
        Q.pattern("checked"),
        details("blazer", "elbow patches, notch lapels, leather buttons and flap pockets", "unsupported"),
        wearing(
            "The lady wears a long-sleeve jacket with lattice patterns and a long pants. The pants are with denim "
            "fabric.",
            "pronoun",
        ),
        title="Raymond Men Brown Checked Tweed Single-Breasted Formal Blazer",
        category="Blazers",
        color="Brown",
        gender="Men",
    ),
    # photo: burgundy long-sleeve shirt tucked into black trousers, silver watch, no jacket, white backdrop. Caption
    # and open answers: adapter; closed: reference.
    case(
        "X1117-039",
        caption("a man in a burgundy shirt and black pants with a watch"),
        Q.color("red"),
        wearing("a burgundy shirt, black pants, and a black blazer", "unsupported", who="the man"),
        Q.pattern("solid"),
        describe(
            "shirt",
            "Describe the shirt. Describe the shirt. Describe the shirt. Describe the shirt. Describe the shirt. "
            "Describe",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Turtle Men Burgundy Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Burgundy",
        gender="Men",
    ),
    # photo: charcoal waistcoat with a v-neck, five buttons and two welt pockets over a lavender shirt, matching
    # charcoal trousers, white backdrop; the feed row has no category. Caption and open answers: adapter.
    case(
        "X1117-040",
        caption("a man in a grey vest and purple shirt"),
        Q.garment_type("waistcoat"),
        Q.color("purple", "other_garment_color"),
        color_of("waistcoat", "charcoal"),
        describe("waistcoat", "a charcoal grey waistcoat with a v-neck, five buttons and two welt pockets"),
        wearing(
            "Question: What is the person wearing? Answer: a grey vest and a purple shirt. Question: What is the "
            "color of the vest? Answer: grey",
            "leak",
            hit_limit=True,
        ),
        title="Mr Button Men Charcoal Grey Solid Formal Waistcoat",
        color="Charcoal",
        gender="Men",
    ),
    # photo: cream flat-front trousers, navy shirt tucked in, brown belt, cropped from the chest down, white backdrop.
    # Caption, details, wearing: adapter; closed: reference.
    case(
        "X1117-041",
        caption(
            "The gentleman wears a long trousers with pure color patterns and a long-sleeve shirt with pure color "
            "patterns. There is a belt in his clothes and the trousers are of long length and the",
            "cut",
            hit_limit=True,
        ),
        color_of("trousers", "navy blue", "other_garment_color"),
        Q.color("cream"),
        details("trousers", "flat front, belt loops and slanted pockets"),
        describe("trousers", "a pair of cream shorts with belt loops", "contradiction"),
        Q.garment_type("trousers"),
        wearing("he is wearing a navy shirt and white pants", who="he"),
        title="Louis Philippe Men Cream Regular Fit Formal Trousers",
        category="Trousers",
        color="Cream",
        gender="Men",
    ),
    # photo: mid-blue shirt with a tiny white dot print, pointed collar, straight hem tucked into navy trousers,
    # white backdrop. Caption, describe, details: adapter; closed: reference.
    case(
        "X1117-042",
        caption("a man in a blue polka dot shirt and navy pants"),
        Q.pattern("printed"),
        Q.color("blue"),
        describe(
            "shirt",
            "a blue shirt with white polka dots. a blue shirt with white polka dots. a blue shirt with white polka "
            "dots. a blue",
            "loop",
            hit_limit=True,
        ),
        details(
            "shirt", "white dots, a cutaway collar and a curved hem with a logo embroidered on the cuff", "unsupported"
        ),
        is_a("t-shirt", "no"),
        title="Blackberrys Men Blue Printed Slim Fit Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: light grey two-button suit, white shirt, navy tie, brown shoes, full length, white backdrop. Caption,
    # wearing, details: adapter; closed: reference.
    case(
        "X1117-043",
        caption("a man in a grey suit with a white shirt and blue tie"),
        Q.garment_type("suit"),
        Q.color("navy blue", "other_garment_color"),
        wearing("She is wearing a grey suit and a blue tie", "pronoun", who="he"),
        closure("single-breasted"),
        details(
            "suit",
            "two-button jacket with notch lapels and flap pockets, and flat-front trousers with belt loops and a",
            "cut",
            hit_limit=True,
        ),
        title="Blackberrys Men Grey Solid Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Grey",
        gender="Men",
    ),
    # photo: teal blue single-breasted blazer with a white pocket square over a white shirt, navy trousers, white
    # backdrop; the feed row has no gender. Caption, wearing, describe: adapter; closed: reference.
    case(
        "X1117-044",
        caption("a man in a teal blazer and white shirt"),
        Q.color("teal"),
        color_of("blazer", "green", "contradiction"),
        wearing("blazer", "non_answer"),
        Q.garment_type("blazer"),
        describe("blazer", "a teal blue blazer with notch lapels, two buttons and a white pocket square"),
        details(
            "blazer",
            "notch lapels, two buttons, flap pockets and a white pocket square in the chest pocket, with the sleeves "
            "ending in four",
            "cut",
            hit_limit=True,
        ),
        title="Allen Solly Men Teal Blue Solid Slim Fit Single-Breasted Blazer",
        category="Blazers",
        color="Teal",
    ),
    # photo: sky blue short-sleeve formal shirt with one chest pocket, navy trousers, white backdrop, front view.
    # Caption, details, wearing, material: adapter; closed: reference.
    case(
        "X1117-045",
        caption("a man wearing a blue short sleeve shirt and dark blue pants"),
        Q.sleeve_length("short sleeves"),
        Q.color("blue"),
        details(
            "shirt",
            "The shirt has short sleeves, a lapel neckline and a chest pocket. The shirt has short sleeves, a lapel "
            "neckline and a chest",
            "loop",
            hit_limit=True,
        ),
        wearing("a long sleeve blue shirt", "contradiction", who="the man"),
        material("cotton"),
        title="Basics Men Sky Blue Slim Fit Cotton Short Sleeves Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: navy trousers with thin white pinstripes, white shirt tucked in, black belt, black shoes, full length,
    # white backdrop. Caption, describe, wearing: adapter; closed: reference.
    case(
        "X1117-046",
        caption("a man in a white shirt and blue pinstripe pants"),
        Q.pattern("striped"),
        color_of("trousers", "white", "other_garment_color"),
        describe("trousers", "pants", "non_answer"),
        Q.garment_type("trousers"),
        wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants with stripe patterns. "
            "There is a belt in his clothes."
        ),
        title="Van Heusen Men Navy Blue Striped Slim Fit Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
]
