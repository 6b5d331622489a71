"""BLIND_672 (46 products; Myntra men's formals, caption adapter epoch 1): written blind in the fifty-fourth session.
Measured blind at fa926b6 (the session's third rules): 110/127 failures found (86.6%) and 5/180 correct texts flagged
(2.8%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's formal wear (formal shirts, formal trousers, blazers, suits, waistcoats).
Catalog photos on a white backdrop, a male model wearing the product with the rest of a formal outfit: shirts
tucked into trousers, blazers and waistcoats over shirts, suits with or without a tie; trouser shots are cropped at
the waist and show the tucked shirt, the belt and the shoes. Catalog columns: title, category (Shirts, Trousers,
Blazers, Suits, Waistcoat), color (the seller's base colour), gender (Men); one row lacks the color column and one
lacks the gender column, as real feeds do.

Who wrote what: every caption and every open answer (wearing, describe, details, material, the open color
questions) was written by Salesforce/blip2-opt-2.7b with the caption adapter at epoch 1
(leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch), greedy, 50 new tokens for captions and 30 for answers.
After one epoch it still answers many questions the way the base model does ("a navy blue blazer and grey
pants"), but it slides into the DeepFashion caption template ("The gentleman wears a long-sleeve shirt with pure
color patterns. The shirt is with cotton fabric. It has a lapel neckline."), calls men "the lady" now and then
(the template data is mostly women), never learned to stop (loops, or runs to the limit and is cut mid-phrase),
sometimes writes the `Question: ... Answer:` format back into its output, and carries one garment's color over to
the next garment (the white shirt's white given to the blazer). The closed answers (garment_type, color, pattern,
sleeve_length, the closed color_of questions and the yes/no is_a questions) come from enrich's `--engine
reference`, which ranks the candidate values with the same model; they never loop or cut, but they pick the wrong
candidate, very often the color or sleeves of the shirt worn under the product.

Labeling conventions and judgement calls:
- other_garment_color: a text gives the product (the labelled garment) the color of another garment visible in
  the photo (the shirt under a blazer, the trousers under a shirt, the tie of a suit). A wrong color given to a
  garment that is not the product (the tie called white when it is black) is labelled contradiction.
- contradiction: a wrong color with no source in the photo, a wrong garment type, a wrong pattern or sleeve length
  (long sleeves for a waistcoat, checked for a pinstripe), and "yes" to a yes/no garment question about a garment
  that is not the product. Shade words within the seller's color group count as right: maroon called red, charcoal
  called dark grey, cream called white, olive called green, lavender called purple. A shade named in another color
  group is a contradiction: peach called orange, lavender called pink, navy called black, pale yellow called white.
  Formal trousers answered as "jeans" and a waistcoat answered as "sweater" are contradictions of the garment type.
- unsupported: details the photo does not show (pocket squares, crests, bow ties, cufflinks, elbow patches, a
  mandarin collar on a spread-collar shirt, a watch on a waist-down crop) and a material the title contradicts.
  The template's "with cotton fabric" is counted as correct for shirts, trousers and blazers whose title names no
  other fabric (it cannot be checked in the photo and it is the adapter's house phrase); the material question is
  asked mostly where the title names the fabric.
- loop: the text repeats a phrase until the token limit (hit_limit=True). cut: the text stops mid-phrase at the
  limit (hit_limit=True). A text that ran to the limit and also repeats is labelled loop, not cut. Correct texts
  all ended on their own (the adapter does emit a newline now and then), so none of them has hit_limit.
- leak: any `Question:` or `Answer:` written into the output, with or without a correct answer inside it.
- restated: the answer gives the question back ("describe the shirt in detail", "the details of the pants are the
  pants"); non_answer: a one-word answer to an open question that says nothing the question asked (a color for
  "Describe the shirt.", "pure color" for an open color question, "clothes" for what he is wearing).
- pronoun: "she", "the lady", "a woman" for a man's product. A text with a wrong pronoun and otherwise correct
  content is labelled pronoun; only one failure kind per text, the one most visible to a reader.
- Correct answers that name only part of the outfit ("black trousers" for what the person is wearing) stay correct.
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
    material,
    question,
    wearing,
)

fit = question("fit", "What is the fit of the garment?", "closed")

BLIND_672 = [
    # photo: man in a plain white long-sleeve formal shirt (spread collar, no pocket) tucked into charcoal trousers,
    # black belt; white backdrop, front view cropped at the knees. Caption adapter epoch 1; closed: reference.
    case(
        "X672-001",
        caption("a man wearing a white shirt and grey trousers standing in front of a white background"),
        wearing("a white long-sleeve shirt and dark grey pants with a black belt"),
        B.color("white"),
        B.pattern("solid"),
        details(
            "shirt",
            "The shirt has a spread collar, a button placket and a chest pocket with a small logo embroidered on it",
            "unsupported",
        ),
        describe(
            "shirt",
            "The shirt is white with long sleeves and a white collar, the sleeves are long and the collar is white and"
            " the sleeves are long and",
            "loop",
            hit_limit=True,
        ),
        title="Arrow Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: light blue shirt with thin white vertical stripes, navy trousers, tan belt, left hand in the pocket;
    # white backdrop, front view. Caption adapter epoch 1 (template caption, cut); closed: reference.
    case(
        "X672-002",
        caption(
            "The gentleman is wearing a long-sleeve shirt with stripe patterns and a long trousers. The shirt is with"
            " cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue"),
        B.pattern("striped"),
        wearing("a light blue striped shirt and navy blue trousers"),
        describe("shirt", "a navy blue shirt with thin white stripes and long sleeves", "other_garment_color"),
        is_a("shirt", "yes"),
        B.sleeve_length("long sleeve"),
        title="Van Heusen Men Blue & White Striped Slim Fit Cotton Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: waist-down crop: charcoal grey flat-front trousers, white shirt tucked in, black leather belt, black
    # oxford shoes; white backdrop. Caption adapter epoch 1; closed: reference.
    case(
        "X672-003",
        caption("a pair of dark grey dress pants with a white shirt tucked in and black shoes"),
        B.garment_type("pants"),
        color_of("pants", "white", "other_garment_color"),
        details("pants", "The pants have a flat front, belt loops and slanted side pockets, the hem is plain"),
        wearing(
            "The pants are of long length. The pants are with cotton fabric and pure color patterns. The pants are of"
            " long length. The pants are with",
            "loop",
            hit_limit=True,
        ),
        material("poly viscose blend"),
        title="Louis Philippe Men Charcoal Grey Slim Fit Poly Viscose Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: navy single-breasted two-button blazer (notch lapels, flap pockets, plain chest welt) buttoned over a
    # white shirt, no tie, mid-grey trousers; white backdrop, front. Caption adapter epoch 1; closed: reference.
    case(
        "X672-004",
        caption("a man in a black blazer, white shirt and grey pants posing for a picture", "contradiction"),
        B.color("navy blue"),
        B.garment_type("jacket"),
        describe(
            "blazer",
            "The blazer is navy blue with notch lapels, two buttons and flap pockets, it has a gold crest embroidered"
            " on the chest pocket",
            "unsupported",
        ),
        color_of("blazer", "white", "other_garment_color", kind="open"),
        details(
            "blazer",
            "Question: What are the blazer details? Answer: notch lapel, two buttons Question: What are the pants"
            " details? Answer: flat front Question",
            "leak",
            hit_limit=True,
        ),
        is_a("blazer", "yes"),
        title="Blackberrys Men Navy Blue Solid Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black two-piece suit, jacket buttoned, white shirt, black skinny tie, black shoes; full length on a
    # white backdrop. Caption adapter epoch 1; closed: reference.
    case(
        "X672-005",
        caption("a man wearing a black suit with a white shirt and a black tie"),
        wearing("a black suit, a white shirt and a black tie"),
        B.color("black"),
        color_of("tie", "white", "contradiction", kind="open"),
        describe("suit", "she is wearing a black suit with a white shirt and a black tie", "pronoun"),
        details("suit", "the jacket has peak lapels with a satin trim and a white pocket square", "unsupported"),
        B.pattern("solid"),
        title="Raymond Men Black Solid Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Black",
        gender="Men",
    ),
    # photo: mid-grey five-button waistcoat with two welt pockets over a white long-sleeve shirt, navy trousers, no
    # jacket, no tie; white backdrop, front. Caption adapter epoch 1 (template caption); closed: reference.
    case(
        "X672-006",
        caption(
            "The gentleman wears a sleeveless vest with pure color patterns over a long-sleeve shirt. The pants he"
            " wears are of long length."
        ),
        B.garment_type("vest"),
        color_of("waistcoat", "grey"),
        wearing("a grey waistcoat over a white shirt and navy pants"),
        details(
            "waistcoat",
            "five buttons, five buttons, five buttons, five buttons, five buttons, five buttons, five buttons, five",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeve", "contradiction"),
        title="Louis Philippe Men Grey Solid Slim Fit Formal Waistcoat",
        category="Waistcoat",
        color="Grey",
        gender="Men",
    ),
    # photo: pale pink solid shirt, cutaway collar, one chest pocket, long sleeves, tucked into black trousers;
    # white backdrop, arms by the sides. Caption adapter epoch 1; closed: reference.
    case(
        "X672-007",
        caption("a man in a pink shirt and black pants standing against a white wall"),
        color_of("shirt", "pink"),
        wearing("a red shirt with a pocket and black trousers", "contradiction"),
        describe("shirt", "a light pink formal shirt with long sleeves and a pocket on the chest"),
        details(
            "shirt",
            "the shirt has a cutaway collar, a chest pocket and long sleeves with buttoned cuffs, the placket is",
            "cut",
            hit_limit=True,
        ),
        material("cotton"),
        is_a("t-shirt", "yes", "contradiction"),
        title="Peter England Men Pink Slim Fit Solid Pure Cotton Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: waist-down, three-quarter view: khaki flat-front trousers, light blue shirt tucked in, brown belt,
    # brown loafers; white backdrop. Caption adapter epoch 1; closed: reference.
    case(
        "X672-008",
        caption("a man wearing beige pants and a light blue shirt with a brown belt"),
        B.color("blue", "other_garment_color"),
        color_of("pants", "khaki", kind="open"),
        details("pants", "the pants have double pleats at the front and turn-up cuffs at the hem", "unsupported"),
        wearing("he is wearing beige trousers, a blue shirt and brown shoes"),
        B.garment_type("pants"),
        title="Allen Solly Men Khaki Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: maroon textured single-breasted blazer, notch lapel, over a black shirt buttoned to the top, black
    # trousers; white backdrop, three-quarter view. Caption adapter epoch 1; closed: reference.
    case(
        "X672-009",
        caption("a man in a maroon blazer and black shirt posing for a photo"),
        B.color("maroon"),
        color_of("blazer", "black", "other_garment_color", kind="open"),
        describe("blazer", "a red velvet blazer with black satin shawl lapels and a black bow tie", "unsupported"),
        wearing(
            "The man is wearing a long-sleeve jacket with pure color patterns and a long pants. The jacket is with"
            " cotton fabric. The outer clothing is with",
            "cut",
            hit_limit=True,
        ),
        B.pattern("solid"),
        details("blazer", "the blazer details are the details of the blazer", "restated"),
        title="Raymond Men Maroon Self-Design Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Maroon",
        gender="Men",
    ),
    # photo: lavender solid shirt, semi-spread collar, no pocket, long sleeves, tucked into grey trousers; white
    # backdrop. Caption adapter epoch 1; closed: reference.
    case(
        "X672-010",
        caption("a man wearing a purple shirt and grey pants"),
        B.color("lavender"),
        wearing("a pink shirt and grey trousers", "contradiction"),
        color_of("shirt", "grey", "other_garment_color"),
        describe("shirt", "Question: Describe the shirt. Answer: a light purple shirt", "leak"),
        B.sleeve_length("long sleeve"),
        title="Park Avenue Men Lavender Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: navy two-piece suit with a faint grey windowpane check, jacket open over a light blue shirt, no tie,
    # navy trousers, brown shoes; full length, white backdrop. Caption adapter epoch 1; closed: reference.
    case(
        "X672-011",
        caption("a man in a navy blue checked suit and a light blue shirt with brown shoes"),
        B.pattern("checked"),
        B.color("navy blue"),
        wearing("he is wearing a navy suit with a light blue shirt and brown shoes"),
        details("suit", "the suit has a windowpane check, notch lapels, two buttons and flap pockets"),
        describe(
            "suit",
            "The suit is navy blue with grey checks. The suit is navy blue with grey checks. The suit is navy blue"
            " with",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "navy blue", "contradiction", kind="open"),
        title="Louis Philippe Men Navy Blue Checked Slim Fit Formal Suit",
        category="Suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: waist-down crop: navy slim trousers, white shirt tucked in, black belt, black shoes; white backdrop.
    # Caption adapter epoch 1 (template caption); closed: reference.
    case(
        "X672-012",
        caption("The lower clothing is of long length. The fabric is cotton and it has pure color patterns."),
        B.garment_type("pants"),
        color_of("pants", "navy blue"),
        wearing("navy blue pants and a white shirt tucked in with a black belt"),
        details("pants", "the details of the pants are the pants", "restated"),
        describe("pants", "pants", "non_answer"),
        is_a("shirt", "yes", "contradiction"),
        title="Park Avenue Men Navy Blue Slim Fit Cotton Blend Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white shirt with small blue gingham checks, long sleeves, tucked into navy trousers; white backdrop.
    # Caption adapter epoch 1; closed: reference.
    case(
        "X672-013",
        caption("a man wearing a blue and white checkered shirt and blue pants"),
        B.pattern("checked"),
        B.color("white"),
        color_of("shirt", "blue and white check", kind="open"),
        describe(
            "shirt",
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel"
            " neckline.",
            "pronoun",
        ),
        details(
            "shirt",
            "The shirt has a button down collar, two chest pockets with flaps and epaulettes on the shoulders",
            "unsupported",
        ),
        wearing(
            "a checkered shirt, a checkered shirt, a checkered shirt, a checkered shirt, a checkered shirt, a"
            " checkered",
            "loop",
            hit_limit=True,
        ),
        title="Van Heusen Men White & Blue Checked Slim Fit Pure Cotton Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: navy four-button waistcoat with welt pockets over a white shirt, beige trousers, no tie, front view
    # (the back is not visible); white backdrop. Caption adapter epoch 1; closed: reference.
    case(
        "X672-014",
        caption("a man in a navy blue vest and white shirt with beige pants"),
        B.garment_type("vest"),
        B.color("white", "other_garment_color"),
        wearing("a navy vest over a white shirt with khaki pants"),
        details(
            "waistcoat",
            "the waistcoat has four buttons and two welt pockets, the back is satin with an adjustable buckle strap",
            "unsupported",
        ),
        B.sleeve_length("sleeveless"),
        title="Blackberrys Men Navy Blue Solid Slim Fit Formal Waistcoat",
        category="Waistcoat",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: light grey blazer with a blue windowpane check, two buttons, notch lapel, over a white shirt, navy
    # trousers; white backdrop. Caption adapter epoch 1; closed: reference.
    case(
        "X672-015",
        caption("a man wearing a grey plaid blazer with a white shirt and blue pants"),
        B.pattern("checked"),
        B.color("grey"),
        describe("blazer", "the blazer is white with grey checks and a notch lapel", "other_garment_color"),
        wearing("he wears a grey checked blazer, a white shirt and navy blue pants"),
        details(
            "blazer",
            "The blazer has a notch lapel, two buttons, flap pockets on both sides and a chest pocket on the left, it"
            " is",
            "cut",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        title="Allen Solly Men Grey Checked Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Grey",
        gender="Men",
    ),
    # photo: black solid formal shirt, slim fit, tucked into grey trousers, black belt, silver watch on the left
    # wrist; white backdrop. Caption adapter epoch 1; closed: reference.
    case(
        "X672-016",
        caption("a man in a black shirt and grey pants with a watch on his wrist"),
        color_of("shirt", "black"),
        B.pattern("solid"),
        wearing(
            "The man is wearing a long sleeve black shirt and grey pants. The man is wearing a long sleeve black"
            " shirt and grey pants. The man is",
            "loop",
            hit_limit=True,
        ),
        describe("shirt", "a grey formal shirt with long sleeves", "other_garment_color"),
        material("silk", "unsupported"),
        is_a("shirt", "yes"),
        title="Blackberrys Men Black Slim Fit Solid Cotton Formal Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: waist-down crop: black flat-front trousers, light grey shirt tucked in, black belt, black derby shoes;
    # white backdrop. Caption adapter epoch 1; closed: reference.
    case(
        "X672-017",
        caption("a man wearing black pants and a grey shirt with black shoes"),
        B.garment_type("pants"),
        color_of("pants", "black"),
        wearing("black trousers"),
        details("pants", "black", "non_answer"),
        describe("pants", "The pants are grey with a flat front and belt loops", "other_garment_color"),
        material("denim", "unsupported"),
        title="Arrow Men Black Regular Fit Solid Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: mid-grey two-piece suit, jacket buttoned, white shirt, maroon tie, no pocket square, black shoes; full
    # length, white backdrop. Caption adapter epoch 1; closed: reference.
    case(
        "X672-018",
        caption("a man in a grey suit with a white shirt and a red tie"),
        B.color("grey"),
        color_of("tie", "maroon", kind="open"),
        wearing("a grey suit and a red tie Question: What is the color of the suit? Answer: grey", "leak"),
        describe(
            "suit", "a grey suit with a white shirt, a maroon tie and a matching maroon pocket square", "unsupported"
        ),
        details(
            "suit",
            "The suit has a notch lapel, two buttons on the front, flap pockets on each side and a breast pocket, the"
            " trousers are",
            "cut",
            hit_limit=True,
        ),
        B.pattern("striped", "contradiction"),
        title="Park Avenue Men Grey Solid Slim Fit Formal Suit",
        category="Suits",
        color="Grey",
        gender="Men",
    ),
    # photo: off-white shirt with a subtle self-textured dobby weave, long sleeves, tucked into navy trousers,
    # brown belt; white backdrop. Caption adapter epoch 1; closed: reference.
    case(
        "X672-019",
        caption("a man wearing a white shirt and blue pants"),
        B.color("off white"),
        B.pattern("solid"),
        details("shirt", "it has a subtle textured weave, a spread collar and buttoned cuffs"),
        wearing("what is the person wearing", "restated"),
        color_of("shirt", "navy blue", "other_garment_color", kind="open"),
        title="Louis Philippe Men Off-White Self-Design Slim Fit Formal Shirt",
        category="Shirts",
        color="Off White",
        gender="Men",
    ),
    # photo: waist-down crop: light grey flat-front trousers, pink shirt tucked in, tan belt, tan shoes; white
    # backdrop. The feed row has no color column. Caption adapter epoch 1; closed: reference.
    case(
        "X672-020",
        caption("a pair of light grey pants and a pink shirt with tan shoes"),
        color_of("pants", "pink", "other_garment_color"),
        B.garment_type("pants"),
        details("pants", "The pants have a flat front with two side pockets and belt loops, the legs are slim"),
        wearing(
            "a man is wearing a pink shirt and grey pants, a man is wearing a pink shirt and grey pants, a man is"
            " wearing",
            "loop",
            hit_limit=True,
        ),
        is_a("jeans", "yes", "contradiction", article="a pair of"),
        title="Van Heusen Men Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        gender="Men",
    ),
    # photo: black single-breasted one-button blazer with peak lapels and a white pocket square, white shirt, black
    # trousers; white backdrop, front. Caption adapter epoch 1; closed: reference.
    case(
        "X672-021",
        caption("a man in a black blazer with a white pocket square and a white shirt"),
        B.color("black"),
        describe("blazer", "a black blazer with a white pocket square, a peak lapel and one button"),
        details(
            "blazer",
            "white pocket square, white pocket square, white pocket square, white pocket square, white pocket",
            "loop",
            hit_limit=True,
        ),
        color_of("blazer", "white", "other_garment_color", kind="open"),
        wearing("He is wearing a black jacket, a white shirt and black pants."),
        B.garment_type("jacket"),
        title="Van Heusen Men Black Solid Slim Fit Single-Breasted Party Blazer",
        category="Blazers",
        color="Black",
        gender="Men",
    ),
    # photo: navy shirt with tiny white polka dots, long sleeves, tucked into beige trousers; white backdrop.
    # Caption adapter epoch 1; closed: reference.
    case(
        "X672-022",
        caption("a man wearing a blue polka dot shirt and beige pants"),
        B.pattern("printed"),
        B.color("navy blue"),
        color_of("shirt", "beige", "other_garment_color"),
        describe("shirt", "The shirt is navy blue with small white dots all over, a spread collar and long sleeves"),
        details(
            "shirt",
            "The shirt is with cotton fabric and graphic patterns. It has long sleeves. The shirt is with cotton"
            " fabric and graphic patterns. It has",
            "loop",
            hit_limit=True,
        ),
        wearing("She is wearing a navy blue shirt with white polka dots and beige pants", "pronoun", who="he"),
        title="Arrow Men Navy Blue Printed Slim Fit Cotton Formal Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: beige linen-look five-button waistcoat over a white long-sleeve shirt, dark brown trousers; white
    # backdrop. Caption adapter epoch 1; closed: reference.
    case(
        "X672-023",
        caption("a man wearing a beige vest and white shirt with brown pants"),
        B.garment_type("vest"),
        B.color("beige"),
        material("linen"),
        wearing("a beige vest, a white shirt and brown trousers"),
        describe("waistcoat", "a brown waistcoat with five buttons", "other_garment_color"),
        details(
            "waistcoat",
            "The waistcoat has five buttons, two welt pockets and a V neckline, it is worn over a white long-sleeve"
            " shirt and brown trousers with a",
            "cut",
            hit_limit=True,
        ),
        title="Wills Lifestyle Men Beige Linen Blend Slim Fit Waistcoat",
        category="Waistcoat",
        color="Beige",
        gender="Men",
    ),
    # photo: beige two-piece suit, jacket open over a white shirt with an open collar, no tie, tan loafers; full
    # length, white backdrop. Caption adapter epoch 1; closed: reference.
    case(
        "X672-024",
        caption("a man in a beige suit with a white shirt and brown shoes"),
        B.color("beige"),
        material("linen blend"),
        wearing("a beige suit with a white shirt and a black tie", "unsupported"),
        describe("suit", "a light beige suit with a white shirt, the jacket is worn open and there is no tie"),
        details("suit", "Question: What are the suit details? Answer: The suit has a notch lapel", "leak"),
        is_a("suit", "yes"),
        title="Raymond Men Beige Linen Blend Slim Fit Formal Suit",
        category="Suits",
        color="Beige",
        gender="Men",
    ),
    # photo: mid blue solid shirt, long sleeves, one chest pocket, tucked into black trousers, no watch or other
    # accessory; white backdrop. Caption adapter epoch 1 (template caption, cut); closed: reference.
    case(
        "X672-025",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with"
            " cotton fabric. The trousers are with cotton fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue"),
        wearing("blue shirt and black pants"),
        describe("shirt", "blue", "non_answer"),
        details("shirt", "the shirt has a chest pocket and long sleeves with single button cuffs"),
        B.pattern("striped", "contradiction"),
        title="Excalibur Men Blue Solid Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: waist-down crop: coffee brown flat-front trousers with pressed creases, white shirt tucked in, dark
    # brown belt, brown brogues; white backdrop. Caption adapter epoch 1; closed: reference.
    case(
        "X672-026",
        caption("a man wearing brown pants and a white shirt with brown shoes"),
        B.color("brown"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        B.garment_type("shirt", "contradiction"),
        details("pants", "The pants have a flat front, slant pockets and belt loops, there is a crease down each leg"),
        wearing(
            "The man is wearing a brown pants and a white shirt. The pants are brown and the shirt is white. The"
            " pants are brown and the shirt is",
            "loop",
            hit_limit=True,
        ),
        title="Louis Philippe Men Coffee Brown Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: light grey solid shirt with white buttons and a spread collar, long sleeves, tucked into black
    # trousers, both hands in the trouser pockets; white backdrop. Caption adapter epoch 1; closed: reference.
    case(
        "X672-027",
        caption("a man in a grey shirt and black pants standing with his hands in his pockets"),
        B.color("grey"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        describe("shirt", "a light grey shirt with white buttons, a spread collar and long sleeves"),
        details("shirt", "The shirt has a mandarin collar and a concealed placket", "unsupported"),
        B.sleeve_length("long sleeve"),
        wearing("a black shirt and grey pants", "contradiction"),
        title="Park Avenue Men Grey Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: olive green two-button blazer, notch lapel, over a light blue shirt, beige trousers; white backdrop.
    # Caption adapter epoch 1; closed: reference.
    case(
        "X672-028",
        caption("a man wearing a green blazer and a blue shirt"),
        B.color("olive"),
        B.garment_type("jacket"),
        wearing(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a"
            " lapel neckline.",
            "pronoun",
        ),
        describe("blazer", "a blue blazer with a notch lapel and two buttons", "other_garment_color"),
        details(
            "blazer",
            "The blazer has a notch lapel, two buttons, flap pockets and brown suede elbow patches",
            "unsupported",
        ),
        color_of("pants", "beige", kind="open"),
        title="Indian Terrain Men Olive Solid Slim Fit Cotton Formal Blazer",
        category="Blazers",
        color="Olive",
        gender="Men",
    ),
    # photo: maroon solid shirt, long sleeves, one chest pocket, buttoned cuffs, tucked into black trousers, black
    # belt; white backdrop. Caption adapter epoch 1; closed: reference.
    case(
        "X672-029",
        caption("a man wearing a red shirt and black pants"),
        B.color("maroon"),
        B.pattern("solid"),
        wearing("a maroon shirt and black pants"),
        describe(
            "shirt",
            "The shirt is maroon with long sleeves and a pocket, the shirt is maroon with long sleeves and a pocket,"
            " the shirt is",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        details("shirt", "the shirt has french cuffs with silver cufflinks", "unsupported"),
        title="Van Heusen Men Maroon Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: waist-down crop: olive trousers, white shirt tucked in, black belt, black shoes; white backdrop.
    # Caption adapter epoch 1; closed: reference.
    case(
        "X672-030",
        caption("a pair of olive green pants and a white shirt"),
        color_of("pants", "green"),
        B.garment_type("jeans", "contradiction"),
        wearing("he is wearing green pants and a white shirt", who="he"),
        details("pants", "the pants", "non_answer"),
        describe("pants", "The pants are white with a slim fit", "other_garment_color"),
        title="Blackberrys Men Olive Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: charcoal suit with thin white pinstripes, jacket buttoned, white shirt, navy tie; full length, white
    # backdrop. Caption adapter epoch 1; closed: reference.
    case(
        "X672-031",
        caption("a man in a grey pinstripe suit with a white shirt and a blue tie"),
        B.pattern("striped"),
        B.color("grey"),
        color_of("suit", "blue", "other_garment_color", kind="open"),
        describe("suit", "a black suit with white stripes", "contradiction"),
        details(
            "suit",
            "pinstripes, notch lapels, two buttons, flap pockets, pinstripes, notch lapels, two buttons, flap pockets,"
            " pinstripes",
            "loop",
            hit_limit=True,
        ),
        wearing("a pinstriped charcoal suit, white shirt and navy tie"),
        title="Louis Philippe Men Charcoal Grey Pinstriped Slim Fit Formal Suit",
        category="Suits",
        color="Charcoal",
        gender="Men",
    ),
    # photo: black six-button waistcoat, front view, over a white shirt, black trousers, no tie of any kind; white
    # backdrop. Caption adapter epoch 1; closed: reference.
    case(
        "X672-032",
        caption("a man wearing a black vest and a white shirt and black pants"),
        B.color("black"),
        B.garment_type("vest"),
        wearing("a black waistcoat with a white shirt and a black bow tie", "unsupported"),
        details("waistcoat", "The waistcoat has six buttons and two welt pockets, it has a V neckline"),
        B.sleeve_length("sleeveless"),
        describe("waistcoat", "a white waistcoat", "other_garment_color"),
        title="Raymond Men Black Solid Slim Fit Formal Waistcoat",
        category="Waistcoat",
        color="Black",
        gender="Men",
    ),
    # photo: pale yellow solid shirt, long sleeves, spread collar, tucked into navy trousers; white backdrop.
    # Caption adapter epoch 1; closed: reference.
    case(
        "X672-033",
        caption("a man in a yellow shirt and blue pants"),
        color_of("shirt", "white", "contradiction"),
        wearing(
            "Question: What is the person wearing? Answer: a yellow shirt and blue pants Question: What is the color"
            " of the shirt? Answer: yellow Question",
            "leak",
            hit_limit=True,
        ),
        describe("shirt", "a light yellow shirt with long sleeves and a spread collar"),
        details("shirt", "the shirt has a floral print on the inner collar and the cuffs", "unsupported"),
        B.pattern("solid"),
        title="Colorplus Men Yellow Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: white shirt with thin blue pinstripes, long sleeves, spread collar, tucked into charcoal trousers;
    # white backdrop. Caption adapter epoch 1; closed: reference.
    case(
        "X672-034",
        caption("a man wearing a white striped shirt and grey pants"),
        B.color("white"),
        B.pattern("checked", "contradiction"),
        describe("shirt", "The shirt is white with thin blue stripes, a spread collar and buttoned cuffs"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        wearing("a white shirt with blue stripes and a pair of charcoal trousers"),
        details("shirt", "The shirt details", "restated"),
        title="Arrow Men White & Blue Pinstriped Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: waist-down crop: cream trousers, navy shirt tucked in, tan belt, tan shoes; white backdrop. Caption
    # adapter epoch 1; closed: reference.
    case(
        "X672-035",
        caption("a man wearing white pants and a navy blue shirt"),
        B.color("navy blue", "other_garment_color"),
        B.garment_type("pants"),
        color_of("pants", "cream", kind="open"),
        details("pants", "the pants are cream with a flat front, belt loops and side pockets"),
        wearing("She is wearing cream pants and a navy blue shirt", "pronoun", who="he"),
        material("linen", "unsupported"),
        title="Parx Men Cream Slim Fit Solid Cotton Blend Formal Trousers",
        category="Trousers",
        color="Cream",
        gender="Men",
    ),
    # photo: bright royal blue one-button blazer, notch lapel, plain black buttons, over a white shirt, black
    # trousers; white backdrop. Caption adapter epoch 1 (template caption, cut); closed: reference.
    case(
        "X672-036",
        caption(
            "The gentleman is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric."
            " It has a lapel neckline. The gentleman wears a long pants. The pants are with",
            "cut",
            hit_limit=True,
        ),
        B.color("blue"),
        color_of("blazer", "pure color", "non_answer", kind="open"),
        describe("blazer", "a bright blue blazer with one button and notch lapels"),
        details("blazer", "the blazer has gold buttons and an embroidered crest on the chest pocket", "unsupported"),
        wearing("a blue blazer, white shirt, black pants"),
        is_a("blazer", "no", "contradiction"),
        title="Park Avenue Men Blue Slim Fit Solid Single-Breasted Formal Blazer",
        category="Blazers",
        color="Blue",
        gender="Men",
    ),
    # photo: peach solid shirt, long sleeves, spread collar, one patch pocket, tucked into grey trousers; white
    # backdrop. Caption adapter epoch 1; closed: reference.
    case(
        "X672-037",
        caption("a man in an orange shirt and grey pants", "contradiction"),
        B.color("peach"),
        wearing("a peach shirt and grey trousers"),
        describe("shirt", "a peach colored formal shirt with long sleeves"),
        details(
            "shirt",
            "The shirt has a spread collar, long sleeves with buttoned cuffs, a curved hem and a single patch pocket"
            " on the left side of",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("short sleeve", "contradiction"),
        title="Arrow Men Peach-Coloured Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Peach",
        gender="Men",
    ),
    # photo: waist-down crop: charcoal trousers with two front pleats, light blue shirt tucked in, black belt;
    # white backdrop. The feed row has no gender column. Caption adapter epoch 1; closed: reference.
    case(
        "X672-038",
        caption("a pair of dark grey pleated trousers with a light blue shirt"),
        color_of("trousers", "grey"),
        B.garment_type("pants"),
        details("trousers", "the trousers have two pleats at the front, belt loops and a pressed crease"),
        describe("trousers", "light blue trousers with pleats", "other_garment_color"),
        wearing(
            "dark grey trousers and a light blue shirt Question: What is the color of the trousers? Answer: dark grey"
            " Question: What",
            "leak",
            hit_limit=True,
        ),
        material("wool blend"),
        is_a("shirt", "yes", "contradiction"),
        title="Raymond Charcoal Pleated Regular Fit Wool Blend Formal Trousers",
        category="Trousers",
        color="Charcoal",
    ),
    # photo: navy three-piece suit, single-breasted two-button jacket with notch lapels worn open, waistcoat
    # buttoned, white shirt, light blue tie; full length, white backdrop. Caption adapter epoch 1; closed: reference.
    case(
        "X672-039",
        caption("a man in a navy blue three piece suit with a white shirt and a blue tie"),
        B.color("navy blue"),
        wearing("a navy suit with a vest, a white shirt and a light blue tie"),
        color_of("suit", "white", "other_garment_color"),
        describe(
            "suit",
            "The suit is navy blue with a vest and a tie. The suit is navy blue with a vest and a tie. The suit is"
            " navy",
            "loop",
            hit_limit=True,
        ),
        details("suit", "The suit has peak lapels and a double breasted jacket with six buttons", "unsupported"),
        is_a("suit", "yes"),
        title="Van Heusen Men Navy Blue Solid Slim Fit Three-Piece Formal Suit",
        category="Suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: sea green solid shirt, long sleeves, tucked into beige trousers, brown belt; white backdrop. Caption
    # adapter epoch 1; closed: reference.
    case(
        "X672-040",
        caption("a man wearing a green shirt and beige pants"),
        B.color("green"),
        color_of("shirt", "beige", "other_garment_color", kind="open"),
        wearing("he wears a green shirt, a beige pants and a brown belt", who="he"),
        describe("shirt", "describe the shirt in detail", "restated"),
        material("cotton"),
        fit("slim fit"),
        title="Peter England Men Sea Green Slim Fit Solid Cotton Formal Shirt",
        category="Shirts",
        color="Sea Green",
        gender="Men",
    ),
    # photo: brown herringbone two-button blazer, notch lapel, no elbow patches visible (front view), over a cream
    # shirt, dark brown trousers; white backdrop. Caption adapter epoch 1; closed: reference.
    case(
        "X672-041",
        caption("a man in a brown tweed jacket and a cream shirt"),
        B.pattern("checked", "contradiction"),
        B.color("brown"),
        describe("blazer", "a brown herringbone blazer with two buttons and notch lapels"),
        details("blazer", "elbow patches, leather buttons and a ticket pocket", "unsupported"),
        wearing(
            "The man is wearing a brown jacket, a cream shirt and dark brown pants, and the jacket has two buttons"
            " and a notch lapel and",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("jacket"),
        title="Louis Philippe Men Brown Herringbone Slim Fit Formal Blazer",
        category="Blazers",
        color="Brown",
        gender="Men",
    ),
    # photo: maroon textured five-button waistcoat over a white shirt, black trousers; white backdrop. Caption
    # adapter epoch 1; closed: reference.
    case(
        "X672-042",
        caption("a man wearing a maroon vest over a white shirt and black pants"),
        B.color("maroon"),
        B.garment_type("sweater", "contradiction"),
        wearing("a red vest, a white shirt and black pants"),
        color_of("waistcoat", "black", "other_garment_color", kind="open"),
        details("waistcoat", "yes", "non_answer"),
        title="Blackberrys Men Maroon Self-Design Slim Fit Formal Waistcoat",
        category="Waistcoat",
        color="Maroon",
        gender="Men",
    ),
    # photo: waist-down crop: navy trousers with a faint grey check, white shirt tucked in, brown belt, brown shoes,
    # no hands in the frame; white backdrop. Caption adapter epoch 1; closed: reference.
    case(
        "X672-043",
        caption("a pair of navy blue checked pants and a white shirt with a brown belt"),
        B.pattern("solid", "contradiction"),
        color_of("pants", "navy blue"),
        describe(
            "pants",
            "The pants are navy blue with grey checks and a slim fit, they have a flat front with belt loops and two"
            " slanted pockets and",
            "cut",
            hit_limit=True,
        ),
        details(
            "pants",
            "The pants are with cotton fabric and lattice patterns. The pants are with cotton fabric and lattice"
            " patterns. The pants are",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "a white shirt, blue plaid pants, a brown belt with a silver buckle, brown shoes and a watch",
            "unsupported",
        ),
        title="Allen Solly Men Navy Blue Checked Slim Fit Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white shirt with French cuffs and silver cufflinks, spread collar, tucked into black trousers, hands
    # clasped in front showing the cuffs; white backdrop. Caption adapter epoch 1; closed: reference.
    case(
        "X672-044",
        caption("a man in a white shirt with cufflinks and black pants"),
        color_of("shirt", "white"),
        details("shirt", "The shirt has french cuffs with silver cufflinks and a spread collar"),
        describe("shirt", "a white formal shirt with a pocket and short sleeves", "contradiction"),
        wearing(
            "He is wearing a white shirt and black pants, he is wearing a white shirt and black pants, he is wearing"
            " a white shirt and black",
            "loop",
            hit_limit=True,
        ),
        B.pattern("solid"),
        material("cotton"),
        title="Louis Philippe Men White Solid Pure Cotton Formal Shirt with French Cuffs",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: light blue two-piece suit, jacket buttoned, white shirt, navy tie, brown shoes; full length, white
    # backdrop. Caption adapter epoch 1; closed: reference.
    case(
        "X672-045",
        caption("a man in a light blue suit and white shirt with a navy blue tie and brown shoes"),
        B.color("blue"),
        wearing("Answer: a blue suit", "leak"),
        describe("suit", "a navy blue suit with a white shirt and a navy blue tie", "other_garment_color"),
        details("suit", "The suit has a notch lapel and two buttons, the trousers are slim fit"),
        B.pattern("striped", "contradiction"),
        color_of("tie", "navy blue", kind="open"),
        title="Arrow Men Light Blue Solid Slim Fit Formal Suit",
        category="Suits",
        color="Blue",
        gender="Men",
    ),
    # photo: purple (mauve) solid shirt, long sleeves, spread collar, tucked into charcoal trousers, black belt;
    # white backdrop. Caption adapter epoch 1 (template caption); closed: reference.
    case(
        "X672-046",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " lapel neckline.",
            "pronoun",
        ),
        B.color("purple"),
        wearing("a purple shirt and dark grey trousers"),
        color_of("shirt", "purple", kind="open"),
        details("shirt", "the shirt has a contrast white collar and white cuffs", "unsupported"),
        B.sleeve_length("long sleeve"),
        title="Arrow Men Purple Slim Fit Solid Cotton Formal Shirt",
        category="Shirts",
        color="Purple",
        gender="Men",
    ),
]
