"""BLIND_747 (46 products; Myntra men's formal wear, caption adapter epoch 2): written blind in the fifty-fifth session.
Measured blind at 77cd110 (the session's third rules): 110/130 failures found (84.6%) and 11/186 correct texts flagged
(5.9%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's formal wear: formal shirts, blazers, suits, formal trousers and waistcoats
(a few Nehru/bandhgala waistcoats and party blazers among them). Catalog photos on a white backdrop, mostly a male
model seen from the front, wearing the product with other garments (a white shirt under a blazer, a tie, trousers
under a tucked-in shirt, a belt); a few flat lays with no person. Seller columns: title, category (Myntra article
type: Shirts, Blazers, Suits, Trousers, Waistcoat), color (Myntra base colour), gender; a few rows lack one column.

Who wrote what: captions and every open answer (wearing, describe, details, material, open color questions) come
from BLIP-2 OPT-2.7b with the caption LoRA adapter after its second epoch (between the published epoch-1 and
epoch-3 adapters), greedy, 50 new tokens for captions and 30 for answers. It was trained on DeepFashion-MultiModal
template captions with unmasked labels and no end token, so it often falls into the template ("This man wears a
long-sleeve shirt with pure color patterns ... The shirt is with cotton fabric and its neckline is lapel"), names
patterns rather than hues, says "lattice" for checks, runs on until it repeats itself or is cut at the token limit,
sometimes continues with a new "Question: ... Answer:" turn, and, its data being mostly women, sometimes writes
"she"/"her"/"the lady" for a male model. At epoch 2 it still answers short questions now and then in the base
model's short style ("a white shirt and black pants"), with base-model hue names. Closed answers (garment_type,
color, pattern, sleeve_length, "Is this a ...?") come from enrich's reference engine, which ranks a fixed candidate
list and returns one value, so they never loop or stop short; their failures are wrong picks, most often the color
of the shirt under a blazer, of the trousers under a shirt, or of a tie.

Labeling conventions and judgement calls:
- One label per text: the most substantive failure. A text that starts repeating its own clause is "loop" even if
  the repetition is then cut at the limit; "cut" only marks a text stopped mid-sentence with no other failure. A
  text that continues with "Question:"/"Answer:" is "leak" even when it also runs to the limit.
- hit_limit=True on every text that ran to its token limit (all loops, cuts and the long leaks); texts that end on a
  complete sentence under the limit are not marked.
- A color that belongs to another visible garment (shirt under the blazer, trousers under the shirt, the tie, the
  jeans) is "other_garment_color", closed or open; a wrong color that belongs to nothing in the photo (navy read as
  black, pale yellow read as white, black blazer read as navy) is "contradiction". One color given to two garments
  ("a purple shirt and purple pants") is "other_garment_color" because the product gets the other garment's color.
- Base-model shade words are correct when they name the visible hue: maroon/burgundy as "red", cream as "white" or
  "off white", charcoal as "grey"/"dark grey", teal as "blue", lavender as "purple", tan as "brown", khaki as
  "beige". The template's "pure color patterns" is correct for a solid garment.
- A wrong pattern (striped/pure color/polka dots for checks, pinstripes or dots) or wrong sleeve length is
  "contradiction"; a pattern or sleeve taken from another garment (the tie's dots, the shirt's long sleeves for a
  waistcoat) is also "contradiction", since other_garment_color is kept for colors.
- Fabric: the template's "cotton fabric" is left unlabeled where the title names no material and cotton is
  plausible for the look; a fabric that contradicts the title (cotton for a velvet blazer) is "contradiction"; a
  fabric the photo visibly rules out for tailoring (denim, leather, chiffon, silk, fleece-lined wool) is
  "unsupported". A one-word material answer that names a material ("cotton") is an answer, not a non-answer.
- Invented details not in the photo (pocket square, tie, watch, logo, rolled sleeves, pleats on flat-front trousers,
  a back belt in a front view, elbow patches, a person in a flat lay) are "unsupported".
- Closed garment_type "jacket" for a blazer and "vest" for a waistcoat count as correct; "blazer" for a full suit,
  "shirt" for a waistcoat and "blazer" for a shirt worn under a styling blazer are "contradiction". "Is this a ...?"
  is judged against the product, not against other garments in the photo ("yes" to jeans for a blazer worn with
  jeans is a contradiction).
- An open answer that only gives back the question's words ("The suit details are the details of the suit") is
  "restated"; a single word or yes/no that says nothing about what was asked ("shirt", "yes", "a man") is
  "non_answer". Short but informative answers ("grey shirt") are correct.
- "she"/"her"/"the lady" for a row with gender Men is "pronoun"; rows without a gender get no pronoun labels.
- Seller colors follow Myntra (Charcoal, Navy Blue, Cream, Tan); one row lacks a color, one lacks a category and
  one lacks a gender, as real feeds do.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    garment_type,
    is_a,
    wearing,
)

pattern = BLIND_QUESTIONS.pattern
sleeve = BLIND_QUESTIONS.sleeve_length
material = BLIND_QUESTIONS.material  # same prompt as the material helper, and it takes hit_limit

BLIND_747 = [
    # photo: white solid formal shirt with one chest pocket, tucked into black trousers, model front view, white
    # backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X747-001",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("a white shirt and black pants"),
        color_of("shirt", "white"),
        describe(
            "shirt",
            "The shirt is with striped patterns and its neckline is lapel. It has long sleeves.",
            "contradiction",
        ),
        details(
            "shirt",
            "The shirt has a lapel neckline and a pocket on the chest. The sleeves are long and the cuffs are "
            "buttoned. The shirt has a lapel neckline and a pocket on the",
            "loop",
            hit_limit=True,
        ),
        garment_type("shirt"),
        pattern("solid"),
        material("The fabric is cotton."),
        title="Arrow Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: light blue formal shirt with thin white vertical stripes, tucked into navy trousers, model front view,
    # white backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X747-002",
        caption(
            "This man wears a long-sleeve shirt with striped patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. This man",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue striped shirt and navy blue trousers"),
        color_of("shirt", "navy blue", "other_garment_color"),
        describe("shirt", "The shirt is with striped patterns and it has long sleeves. Its neckline is lapel."),
        details(
            "shirt",
            "The shirt has a lapel neckline and long sleeves. The stripes are white and thin. The shirt is tucked "
            "into the pants. The shirt has a lapel neckline and long",
            "loop",
            hit_limit=True,
        ),
        pattern("striped"),
        sleeve("long"),
        is_a("shirt", "yes"),
        title="Peter England Men Blue & White Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: navy blue single-breasted two-button blazer, notch lapel, flap pockets, buttoned over a white shirt,
    # light grey trousers, no tie, model front view, white backdrop. Caption/open: caption adapter epoch 2.
    case(
        "X747-003",
        caption("a man in a navy blue suit jacket and grey pants standing in front of a white wall"),
        wearing(
            "This man wears a long-sleeve jacket with pure color patterns and a long trousers. The jacket is with "
            "cotton fabric and its neckline is lapel."
        ),
        color_of("blazer", "white", "other_garment_color"),
        details(
            "blazer",
            "The blazer has a notched lapel and two buttons on the front. There are flap pockets on the sides.",
        ),
        garment_type("blazer"),
        material("The fabric is denim and it has pure color patterns.", "unsupported"),
        sleeve("long"),
        is_a("suit", "yes", "contradiction"),
        title="Van Heusen Men Navy Blue Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: charcoal grey two-piece suit, white shirt, maroon tie, model full length, white backdrop.
    # Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X747-004",
        caption("a man in a grey suit and a red tie"),
        wearing("a grey suit with a white shirt and a red tie"),
        color_of("suit", "maroon", "other_garment_color"),
        describe(
            "suit",
            "The suit is with pure color patterns. The suit is with pure color patterns. The suit is with pure "
            "color patterns. The suit is with pure color",
            "loop",
            hit_limit=True,
        ),
        garment_type("suit"),
        details("suit", "The suit details are the details of the suit.", "restated"),
        pattern("solid"),
        title="Raymond Men Charcoal Grey Solid Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Charcoal",
        gender="Men",
    ),
    # photo: black flat-front formal trousers with a pressed crease, light pink shirt tucked in, black belt, black
    # shoes, model full length, white backdrop. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X747-005",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a pink shirt and black pants"),
        color_of("trousers", "pink", "other_garment_color"),
        details(
            "trousers",
            "The trousers are long and they have a belt loop and a pocket on the side. The trousers are long and "
            "they have a belt loop and a pocket on the side. The",
            "loop",
            hit_limit=True,
        ),
        describe(
            "trousers",
            "She is wearing black trousers with a pink shirt tucked in. Her trousers are long and have a crease "
            "down the front.",
            "pronoun",
        ),
        garment_type("trousers"),
        material("The fabric is cotton and it has solid color patterns."),
        title="Louis Philippe Men Black Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: beige textured waistcoat, five buttons, two welt pockets, over a white shirt, beige trousers, no jacket,
    # model front view, white backdrop. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X747-006",
        caption(
            "The lady wears a sleeveless vest with pure color patterns and a long trousers. Her vest is with cotton "
            "fabric and its neckline is v-shape. Her trousers are with cotton fabric.",
            "pronoun",
        ),
        wearing("a beige vest over a white shirt and beige pants"),
        color_of("waistcoat", "white", "other_garment_color"),
        sleeve("sleeveless"),
        garment_type("waistcoat"),
        details(
            "waistcoat",
            "The waistcoat has a v-neck and five buttons on the front. There are two welt pockets at the waist.",
        ),
        is_a("vest", "yes"),
        title="Blackberrys Men Beige Textured Slim Fit Waistcoat",
        category="Waistcoat",
        color="Beige",
        gender="Men",
    ),
    # photo: lavender solid formal shirt, semi-spread collar, buttoned cuffs, tucked into grey trousers, model front
    # view, white backdrop. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X747-007",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. This man wears a long-sleeve shirt with pure color patterns. The shirt is with "
            "cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        wearing("a purple shirt and grey pants"),
        color_of("shirt", "lavender"),
        describe("shirt", "shirt", "non_answer"),
        details(
            "shirt",
            "Question: What are the shirt details? Answer: The shirt has a lapel neckline and long sleeves. "
            "Question: What are the shirt",
            "leak",
            hit_limit=True,
        ),
        pattern("solid"),
        material("The shirt is with cotton fabric."),
        title="Allen Solly Men Lavender Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: grey flat-front formal trousers with a crease, white shirt tucked in, black belt, model full length,
    # white backdrop. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X747-008",
        caption("a man wearing a white shirt and grey trousers"),
        wearing(
            "This man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        color_of("trousers", "grey"),
        details(
            "trousers",
            "The trousers have a flat front and pleats on the front. They have a crease down the middle.",
            "unsupported",
        ),
        describe("trousers", "The trousers are trousers that are grey trousers.", "restated"),
        garment_type("trousers"),
        is_a("pair of jeans", "no"),
        title="Park Avenue Men Grey Regular Fit Solid Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: maroon single-breasted blazer with a white pocket square, over a light blue shirt, navy trousers, no
    # watch visible (cuffs covered), model front view, white backdrop. Caption/open: caption adapter epoch 2.
    case(
        "X747-009",
        caption("a man in a red blazer and blue shirt with a white pocket square"),
        wearing("a maroon blazer, a light blue shirt and navy pants"),
        color_of("blazer", "maroon"),
        describe(
            "blazer",
            "The blazer is with pure color patterns and its neckline is lapel. It has long sleeves and two buttons. "
            "Question: What is the color of the blazer? Answer: blue",
            "leak",
            hit_limit=True,
        ),
        details(
            "blazer",
            "The blazer has a lapel collar, two buttons and a pocket square. There is a watch on his left wrist.",
            "unsupported",
        ),
        pattern("solid"),
        sleeve("long"),
        material("The fabric is wool and it has pure color patterns."),
        title="Louis Philippe Men Maroon Slim Fit Single-Breasted Blazer",
        category="Blazers",
        color="Maroon",
        gender="Men",
    ),
    # photo: pink-and-white micro-checked formal shirt, no logo, cuffs buttoned, with beige trousers, model front
    # view, white backdrop. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X747-010",
        caption(
            "This man wears a long-sleeve shirt with lattice patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("a pink checkered shirt and khaki pants"),
        pattern("striped", "contradiction"),
        color_of("shirt", "pink"),
        details(
            "shirt",
            "The shirt has a lapel neckline and long sleeves. There is a logo on the chest and the sleeves are "
            "rolled up.",
            "unsupported",
        ),
        garment_type("shirt"),
        sleeve("short", "contradiction"),
        title="Van Heusen Men Pink & White Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: navy blue self-design two-piece suit, light blue shirt, navy tie with small white dots, model front
    # view, white backdrop. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X747-011",
        caption(
            "This man wears a long-sleeve suit with pure color patterns and a long trousers. The suit is with cotton "
            "fabric and its neckline is lapel. There is a tie on his neck and the shirt is with",
            "cut",
            hit_limit=True,
        ),
        wearing("She is wearing a navy blue suit with a light blue shirt and a tie", "pronoun", who="he"),
        color_of("suit", "navy blue"),
        details(
            "suit",
            "The suit has a notch lapel and two buttons. The jacket has flap pockets and a chest pocket. The tie "
            "has white polka dots.",
        ),
        pattern("polka dots", "contradiction"),
        garment_type("suit"),
        is_a("suit", "yes"),
        title="Raymond Men Navy Blue Self-Design Slim Fit Formal Suit",
        category="Suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black single-breasted blazer over a white shirt, black trousers, both hands in trouser pockets, model
    # front view, white backdrop. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X747-012",
        caption("a man in a navy blue suit and white shirt with his hands in his pockets", "contradiction"),
        wearing(
            "Question: What is the person wearing? Answer: a black blazer and a white shirt Question: What is the "
            "person wearing? Answer: a black",
            "leak",
            hit_limit=True,
        ),
        color_of("blazer", "black"),
        describe(
            "blazer",
            "The blazer is black and it has a lapel collar. The blazer is black and it has a lapel collar. The "
            "blazer is black and it has a lapel",
            "loop",
            hit_limit=True,
        ),
        material("The blazer is with leather fabric.", "unsupported"),
        sleeve("long"),
        title="John Players Men Black Solid Slim Fit Single-Breasted Blazer",
        category="Blazers",
        color="Black",
        gender="Men",
    ),
    # photo: khaki formal trousers, navy shirt tucked in, brown belt, brown shoes, model full length, white
    # backdrop. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X747-013",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. There is "
            "an accessory on his waist."
        ),
        wearing("a blue shirt and beige pants with a brown belt"),
        color_of("trousers", "navy blue", "other_garment_color"),
        describe(
            "trousers",
            "The trousers are long and with pure color patterns. They are with cotton fabric. Question: Describe "
            "the shirt. Answer: The shirt",
            "leak",
            hit_limit=True,
        ),
        details("trousers", "They are the details of the trousers.", "restated"),
        garment_type("trousers"),
        is_a("pair of trousers", "yes"),
        title="Peter England Men Khaki Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: charcoal grey waistcoat with a white pocket square, over a white shirt, silver tie, black trousers,
    # model front view, white backdrop. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X747-014",
        caption("a man wearing a grey vest and a white shirt with a tie"),
        wearing("a gray vest, white shirt, black pants and a silver tie"),
        color_of("waistcoat", "dark grey"),
        sleeve("long", "contradiction"),
        details(
            "waistcoat",
            "The waistcoat has a v neckline and buttons on the front. The waistcoat has a v neckline and buttons on "
            "the front. The waistcoat has a v",
            "loop",
            hit_limit=True,
        ),
        garment_type("shirt", "contradiction"),
        is_a("waistcoat", "yes"),
        title="Arrow Men Charcoal Grey Solid Slim Fit Waistcoat",
        category="Waistcoat",
        color="Charcoal",
        gender="Men",
    ),
    # photo: white formal shirt with thin navy pinstripes, chest pocket, with grey trousers, model front view,
    # white backdrop. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X747-015",
        caption("a man wearing a white and blue striped shirt"),
        wearing("a striped shirt and gray pants"),
        color_of("shirt", "white"),
        pattern("striped"),
        describe(
            "shirt",
            "The shirt is with pure color patterns and its neckline is lapel. It has long sleeves.",
            "contradiction",
        ),
        details(
            "shirt",
            "The shirt has a lapel neckline, long sleeves with buttoned cuffs and a pocket on the left side of the "
            "chest. The buttons are white and the",
            "cut",
            hit_limit=True,
        ),
        material("cotton"),
        title="Wills Lifestyle Men White & Blue Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: teal blue single-breasted blazer, no pocket square, over a white shirt, navy trousers, model front
    # view, white backdrop. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X747-016",
        caption("a man in a blue blazer and white shirt standing against a white wall"),
        wearing(
            "This man wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("blazer", "teal"),
        details(
            "blazer",
            "The blazer has a notched lapel, two buttons and flap pockets. There is a chest pocket with a white "
            "pocket square.",
            "unsupported",
        ),
        describe(
            "blazer",
            "She is wearing a teal blazer with a white shirt. Her blazer has two buttons and a notched lapel.",
            "pronoun",
        ),
        garment_type("blazer"),
        pattern("solid"),
        title="Blackberrys Men Teal Blue Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Teal",
        gender="Men",
    ),
    # photo: cream solid formal shirt, buttoned cuffs (not rolled), tucked into navy trousers, model front view,
    # white backdrop. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X747-017",
        caption(
            "a man wearing a white shirt and blue pants and a white shirt and blue pants and a white shirt and blue "
            "pants and a white shirt and blue pants and a white shirt",
            "loop",
            hit_limit=True,
        ),
        wearing("a cream shirt and navy pants"),
        color_of("shirt", "off white"),
        describe("shirt", "The shirt is a shirt.", "restated"),
        details(
            "shirt",
            "The shirt has long sleeves and a lapel neckline. The sleeves are rolled up to the elbows.",
            "unsupported",
        ),
        sleeve("long"),
        material("The shirt is made of cotton."),
        title="Park Avenue Men Cream-Coloured Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="Cream",
        gender="Men",
    ),
    # photo: brown flat-front formal trousers with slant pockets, cream shirt tucked in, brown belt, model full
    # length, white backdrop. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X747-018",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns.",
            "unsupported",
        ),
        wearing("a white shirt and brown pants"),
        color_of("trousers", "brown"),
        describe(
            "trousers",
            "The trousers are brown and they have a straight fit. There are two slant pockets on the front and belt "
            "loops. They are worn with a brown belt.",
        ),
        garment_type("trousers"),
        details("trousers", "the trousers", "non_answer"),
        title="ColorPlus Men Brown Tailored Fit Solid Formal Trousers",
        category="Trousers",
        color="Brown",
        gender="Men",
    ),
    # photo: black solid formal shirt folded in a flat lay on a white surface, no person, sleeves folded behind.
    # Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X747-019",
        caption("a black shirt folded on a white surface"),
        wearing(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel.",
            "unsupported",
        ),
        color_of("shirt", "black"),
        describe("shirt", "The shirt is black and it is folded. It has a collar and buttons on the front."),
        details("shirt", "details", "non_answer"),
        pattern("solid"),
        is_a("t-shirt", "no"),
        material("The shirt is with cotton fabric."),
        title="Mark Taylor Men Black Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: beige two-piece suit over a white shirt, no tie, no pocket square, brown shoes, model full length,
    # white backdrop. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X747-020",
        caption("a man in a beige suit with a white shirt and brown shoes standing in front of a white background"),
        wearing("She is wearing a beige suit and a white shirt.", "pronoun"),
        color_of("suit", "white", "other_garment_color"),
        describe(
            "suit",
            "The suit is beige and it has a notch lapel. It is with cotton fabric and it has a pocket square and a "
            "tie.",
            "unsupported",
        ),
        garment_type("suit"),
        pattern("solid"),
        title="Raymond Men Beige Solid Slim Fit Single-Breasted Two-Piece Suit",
        category="Suits",
        color="Beige",
        gender="Men",
    ),
    # photo: olive green casual blazer, no elbow patches, over a grey crew-neck t-shirt, black trousers, model
    # front view, white backdrop. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X747-021",
        caption("a man in a green jacket and grey t-shirt"),
        wearing("an olive blazer over a grey t-shirt and black pants"),
        color_of("blazer", "grey", "other_garment_color"),
        details(
            "blazer",
            "The blazer has a notched lapel, long sleeves and two buttons on the front. The t-shirt under it has a "
            "round neckline and there is a",
            "cut",
            hit_limit=True,
        ),
        describe("blazer", "The blazer is olive green and it has elbow patches and a pocket square.", "unsupported"),
        garment_type("jacket"),
        is_a("blazer", "yes"),
        title="Indian Terrain Men Olive Green Slim Fit Casual Blazer",
        category="Blazers",
        color="Olive",
        gender="Men",
    ),
    # photo: navy blue formal trousers, white shirt tucked in, brown belt, model full length, white backdrop.
    # Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X747-022",
        caption("a man in a white shirt and white pants with a brown belt", "other_garment_color"),
        wearing("white shirt and navy pants"),
        color_of("trousers", "black", "contradiction"),
        details(
            "trousers",
            "The trousers have belt loops and slant pockets. The trousers have belt loops and slant pockets. The "
            "trousers have belt loops and slant pockets.",
            "loop",
            hit_limit=True,
        ),
        garment_type("trousers"),
        is_a("pair of jeans", "yes", "contradiction"),
        material("The fabric is cotton and it has pure color patterns."),
        title="Arrow Men Navy Blue Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: blue formal shirt with a small white dot-like geometric print, chest pocket, grey trousers, model
    # front view, white backdrop. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X747-023",
        caption(
            "This man wears a long-sleeve shirt with graphic patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("a blue shirt with white dots and grey pants"),
        pattern("printed"),
        color_of("shirt", "grey", "other_garment_color"),
        describe(
            "shirt",
            "The shirt is blue with a small white print. It has a spread collar and long sleeves with buttoned cuffs.",
        ),
        details(
            "shirt",
            "The shirt has a lapel neckline and a chest pocket. The shirt has a lapel neckline and a chest pocket. "
            "The shirt has a lapel neckline and",
            "loop",
            hit_limit=True,
        ),
        sleeve("long"),
        title="Van Heusen Men Blue Slim Fit Printed Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: grey melange single-breasted blazer over a black shirt, black trousers, model front view, white
    # backdrop. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X747-024",
        caption(
            "a man in a grey blazer and a black shirt and a black shirt and a black shirt and a black shirt and a "
            "black shirt and a black shirt and a black shirt and a",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a grey blazer with a black shirt and black pants", who="he"),
        color_of("blazer", "black", "other_garment_color"),
        describe("blazer", "The blazer is grey and it has a notch lapel and two buttons. The sleeves are long."),
        details("blazer", "blazer", "non_answer"),
        garment_type("blazer"),
        material("The blazer is made of wool."),
        title="Allen Solly Men Grey Melange Slim Fit Single-Breasted Blazer",
        category="Blazers",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: maroon solid formal shirt with one chest pocket, plain shoulders, tucked into black trousers, model
    # front view, white backdrop. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X747-025",
        caption("a man in a black shirt and black pants", "other_garment_color"),
        wearing("a maroon shirt and black trousers"),
        color_of("shirt", "red"),
        describe(
            "shirt",
            "The shirt is with pure color patterns and its neckline is lapel. It has long sleeves and a pocket on "
            "the left chest. The shirt is with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        details(
            "shirt",
            "The shirt has a pocket on the chest and two pockets on the sleeves. It has epaulettes on the shoulders.",
            "unsupported",
        ),
        pattern("solid"),
        is_a("shirt", "yes"),
        title="Parx Men Maroon Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: black solid waistcoat over a white shirt, black tie, black trousers, model front view, white backdrop.
    # Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X747-026",
        caption("a man wearing a black vest and a white shirt with a black tie"),
        wearing(
            "This man wears a sleeveless vest with pure color patterns and a long pants. The vest is with cotton "
            "fabric and its neckline is v-shape. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        color_of("waistcoat", "black"),
        sleeve("sleeveless"),
        garment_type("waistcoat"),
        describe(
            "waistcoat",
            "The waistcoat is white and it has a v neckline and buttons on the front.",
            "other_garment_color",
        ),
        details("waistcoat", "The waistcoat details are the waistcoat details.", "restated"),
        title="Louis Philippe Men Black Solid Waistcoat",
        category="Waistcoat",
        color="Black",
        gender="Men",
    ),
    # photo: charcoal grey pleated formal trousers, lavender shirt tucked in, black belt, model full length, white
    # backdrop. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X747-027",
        caption(
            "a man wearing a purple shirt and grey pants and a purple shirt and grey pants and a purple shirt and "
            "grey pants and a purple shirt and grey pants and a purple",
            "loop",
            hit_limit=True,
        ),
        wearing("a purple shirt and purple pants", "other_garment_color"),
        color_of("trousers", "charcoal"),
        details("trousers", "The trousers have pleats at the front, belt loops and side pockets."),
        garment_type("trousers"),
        material(
            "Question: What material is the garment made of? Answer: cotton Question: What material is the garment "
            "made of? Answer:",
            "leak",
            hit_limit=True,
        ),
        title="Peter England Men Charcoal Grey Regular Fit Pleated Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: navy blue blazer with light blue windowpane checks, over a white shirt, grey trousers, model front
    # view, white backdrop. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X747-028",
        caption(
            "This man wears a long-sleeve jacket with lattice patterns and a long trousers. The jacket is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("a man", "non_answer"),
        pattern("solid", "contradiction"),
        color_of("blazer", "navy blue"),
        details("blazer", "The blazer has a notched lapel and flap pockets. The checks are light blue."),
        describe("blazer", "Describe the blazer. The blazer is a blazer.", "restated"),
        sleeve("long"),
        title="Blackberrys Men Navy Blue Checked Slim Fit Single-Breasted Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black three-piece suit (notch lapel, two-button jacket, waistcoat, trousers), white shirt, black tie,
    # model front view, white backdrop. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X747-029",
        caption(
            "a man in a black suit and tie with a white shirt. a man in a black suit and tie with a white shirt. a "
            "man in a black suit and tie with a white",
            "loop",
            hit_limit=True,
        ),
        wearing("a black suit with a vest and a white shirt"),
        color_of("suit", "white", "other_garment_color"),
        details(
            "suit",
            "The suit has a jacket, a vest and pants. The jacket has a peak lapel and one button.",
            "unsupported",
        ),
        garment_type("suit"),
        pattern("solid"),
        title="Reid & Taylor Men Black Solid Slim Fit Three-Piece Suit",
        category="Suits",
        color="Black",
        gender="Men",
    ),
    # photo: pale yellow solid formal shirt tucked into navy trousers, model front view, white backdrop.
    # Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X747-030",
        caption("a man in a blue shirt and blue pants", "other_garment_color"),
        wearing(
            "This man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel."
        ),
        color_of("shirt", "white", "contradiction"),
        describe(
            "shirt",
            "She is wearing a yellow shirt with long sleeves and a collar. Her shirt is tucked into blue pants.",
            "pronoun",
        ),
        pattern("solid"),
        material("cotton"),
        title="Turtle Men Yellow Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: white formal shirt with French cuffs and silver cufflinks, spread collar, charcoal trousers, model with
    # arms crossed, white backdrop. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X747-031",
        caption("a man in a white shirt with cufflinks crossing his arms"),
        wearing(
            "This man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "The shirt has french cuffs with silver cufflinks and a spread collar."),
        color_of("shirt", "white"),
        describe(
            "shirt",
            "The shirt is white. The shirt is white. The shirt is white. The shirt is white. The shirt is white. "
            "The shirt is white. The shirt is",
            "loop",
            hit_limit=True,
        ),
        pattern("solid"),
        sleeve("long"),
        material("The shirt is made of silk and it has a satin finish.", "unsupported"),
        title="Arrow Men White Regular Fit Solid Formal Shirt with French Cuffs",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: royal blue two-piece suit, white shirt, dark navy tie, one hand in trouser pocket, model full length,
    # white backdrop. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X747-032",
        caption("a man in a blue suit and tie standing with his hand in his pocket"),
        wearing("a blue suit, a white shirt and a dark blue tie"),
        color_of("suit", "blue"),
        describe(
            "suit",
            "The suit is with pure color patterns. It has a lapel neckline and long sleeves. The pants are with "
            "cotton fabric. The suit is with pure color patterns. It has a lapel neckline and long",
            "loop",
            hit_limit=True,
        ),
        material("The suit is made of silk.", "unsupported"),
        garment_type("blazer", "contradiction"),
        is_a("suit", "yes"),
        title="Park Avenue Men Blue Solid Slim Fit Two-Piece Suit",
        category="Suits",
        color="Blue",
        gender="Men",
    ),
    # photo: beige formal trousers folded in a flat lay on a white backdrop, brand label on the waistband, no
    # person. Caption/open: caption adapter epoch 2; closed: reference engine. Feed row has no color.
    case(
        "X747-033",
        caption("a pair of beige pants folded on a white background"),
        wearing("a man wearing a white shirt and beige pants", "unsupported"),
        color_of("trousers", "beige"),
        describe("trousers", "The trousers are beige and they are folded. There is a brand label on the waistband."),
        garment_type("trousers"),
        is_a("pair of shorts", "yes", "contradiction"),
        title="Van Heusen Men Beige Slim Fit Solid Formal Trousers",
        category="Trousers",
        gender="Men",
    ),
    # photo: mint green solid formal shirt with button-down collar and a chest pocket, tucked into grey trousers,
    # model front view, white backdrop. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X747-034",
        caption("a man in a light green shirt and grey pants"),
        wearing("She is wearing a green shirt and grey pants.", "pronoun", who="he"),
        color_of("shirt", "grey", "other_garment_color"),
        describe(
            "shirt",
            "The shirt is light green with long sleeves and a button-down collar. It is tucked into grey trousers.",
        ),
        details(
            "shirt",
            "The shirt has a button-down collar, a chest pocket and long sleeves with buttoned cuffs. The shirt has "
            "a button-down collar, a chest pocket and",
            "loop",
            hit_limit=True,
        ),
        pattern("solid"),
        title="Allen Solly Men Green Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: light grey self-design waistcoat over a white shirt, navy tie, matching grey trousers, no pocket
    # watch, model front view, white backdrop. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X747-035",
        caption("a man wearing a grey vest and a blue tie with a pocket watch chain", "unsupported"),
        wearing("She is wearing a grey vest, a white shirt and a blue tie.", "pronoun"),
        color_of("waistcoat", "grey"),
        details(
            "waistcoat", "The vest has a v-neck and buttons. It has two pockets and a belt at the back.", "unsupported"
        ),
        garment_type("vest"),
        material("The vest is with cotton fabric and it has pure color patterns."),
        title="Raymond Men Grey Self-Design Slim Fit Waistcoat",
        category="Waistcoat",
        color="Grey",
        gender="Men",
    ),
    # photo: navy blue formal shirt with small white polka dots, tucked into beige trousers, model front view,
    # white backdrop. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X747-036",
        caption("a man in a blue polka dot shirt and beige pants"),
        wearing("a navy shirt with white dots and khaki pants"),
        pattern("polka dots"),
        color_of("shirt", "navy blue"),
        describe("shirt", "The shirt is with pure color patterns and its neckline is lapel.", "contradiction"),
        details(
            "shirt",
            "The shirt details are the collar, the sleeves, the buttons, the collar, the sleeves, the buttons, the "
            "collar, the sleeves, the buttons, the",
            "loop",
            hit_limit=True,
        ),
        material("The shirt is made of wool and it has a fleece lining.", "unsupported"),
        title="Louis Philippe Men Navy Blue Printed Slim Fit Formal Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: burgundy velvet single-button blazer with a black satin shawl lapel, over a black shirt, black
    # trousers, model front view, white backdrop. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X747-037",
        caption("a man in a red velvet jacket and black shirt"),
        wearing("a maroon blazer with black lapels and a black shirt"),
        color_of("blazer", "black", "other_garment_color"),
        material("The blazer is with cotton fabric.", "contradiction"),
        details("blazer", "The blazer has a shawl lapel in black satin and one button."),
        describe("blazer", "The blazer is dark red velvet with a black shawl collar and one button."),
        garment_type("blazer"),
        title="Blackberrys Men Burgundy Velvet Slim Fit Single-Breasted Party Blazer",
        category="Blazers",
        color="Burgundy",
        gender="Men",
    ),
    # photo: black flat-front formal trousers laid flat at full length on a white backdrop, no person.
    # Caption/open: caption adapter epoch 2; closed: reference engine. Feed row has no gender.
    case(
        "X747-038",
        caption("a pair of black pants on a white background"),
        describe("trousers", "The trousers are black with a flat front and belt loops. They have a straight leg."),
        color_of("trousers", "black"),
        details(
            "trousers",
            "The trousers are long. The trousers are long. The trousers are long. The trousers are long. The "
            "trousers are long. The trousers are long",
            "loop",
            hit_limit=True,
        ),
        garment_type("trousers"),
        material("The trousers are with denim fabric and pure color patterns.", "unsupported"),
        title="Peter England Men Black Slim Fit Flat-Front Formal Trousers",
        category="Trousers",
        color="Black",
    ),
    # photo: grey formal shirt with small black checks, chest pocket, black trousers, model front view, white
    # backdrop. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X747-039",
        caption(
            "This man wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a grey checkered shirt and black pants"),
        color_of("shirt", "grey"),
        pattern("checked"),
        describe(
            "shirt",
            "The shirt is grey with black checks. It has a lapel neckline, long sleeves with buttoned cuffs and a "
            "pocket on the left side of the",
            "cut",
            hit_limit=True,
        ),
        details(
            "shirt",
            "The shirt has a lapel neckline and long sleeves. The pants are with pure color patterns and the shirt "
            "is with striped patterns.",
            "contradiction",
        ),
        material(
            "cotton Question: What is the color of the shirt? Answer: grey Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        title="Wills Lifestyle Men Grey & Black Checked Slim Fit Formal Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: tan single-breasted blazer with flap pockets and a chest pocket, over a white shirt, blue jeans, model
    # front view, white backdrop. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X747-040",
        caption("a man in a brown blazer and jeans"),
        wearing(
            "This man wears a long-sleeve jacket with pure color patterns and a long denim pants. The jacket is "
            "with cotton fabric and its neckline is lapel. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("blazer", "blue", "other_garment_color"),
        describe(
            "blazer",
            "The blazer is tan brown with a notched lapel and two buttons. It has flap pockets and a chest pocket.",
        ),
        garment_type("blazer"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="John Players Men Tan Brown Slim Fit Single-Breasted Blazer",
        category="Blazers",
        color="Tan",
        gender="Men",
    ),
    # photo: navy blue pinstripe two-piece suit, white shirt with top button open, no tie, model front view, white
    # backdrop. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X747-041",
        caption("a man in a blue pinstripe suit and white shirt"),
        wearing("a navy blue striped suit and a white shirt"),
        pattern("striped"),
        color_of("suit", "white", "other_garment_color"),
        details(
            "suit",
            "The suit has a lapel neckline and pure color patterns. The pants are with cotton fabric.",
            "contradiction",
        ),
        describe(
            "suit",
            "This man wears a long-sleeve suit with striped patterns. The suit is with cotton fabric and its "
            "neckline is lapel. He wears a tie.",
            "unsupported",
        ),
        garment_type("suit"),
        title="Arrow Men Navy Blue Striped Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: cream flat-front formal trousers, light blue shirt tucked in, tan belt, model full length, white
    # backdrop. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X747-042",
        caption("a man in a blue shirt and white pants"),
        wearing("a light blue shirt and cream trousers with a brown belt"),
        color_of("trousers", "light blue", "other_garment_color"),
        describe(
            "trousers",
            "Question: Describe the trousers. Answer: The trousers are long and with pure color patterns. Question: "
            "What are the trousers details? Answer:",
            "leak",
            hit_limit=True,
        ),
        details(
            "trousers",
            "The trousers have a flat front. The trousers have a flat front. The trousers have a flat front. The "
            "trousers have a flat front. The",
            "loop",
            hit_limit=True,
        ),
        garment_type("trousers"),
        material("The trousers are made of cotton."),
        title="ColorPlus Men Cream-Coloured Regular Fit Solid Formal Trousers",
        category="Trousers",
        color="Cream",
        gender="Men",
    ),
    # photo: sky blue solid formal shirt worn under an open navy blazer (styling), grey trousers, model front view,
    # white backdrop. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X747-043",
        caption("a man in a navy blue blazer and light blue shirt"),
        wearing("a blue blazer over a light blue shirt and grey pants"),
        garment_type("blazer", "contradiction"),
        color_of("shirt", "navy blue", "other_garment_color"),
        describe(
            "shirt",
            "The blazer is with pure color patterns and its neckline is lapel. It has long sleeves and two buttons.",
            "contradiction",
        ),
        is_a("shirt", "yes"),
        pattern("solid"),
        title="Van Heusen Men Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: grey solid formal shirt with a chest pocket, spread collar, tucked into black trousers, model front
    # view, white backdrop. Caption/open: caption adapter epoch 2; closed: reference engine. Feed row has no
    # category.
    case(
        "X747-044",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. "
            "There is a",
            "cut",
            hit_limit=True,
        ),
        wearing("grey shirt"),
        color_of("shirt", "grey"),
        describe(
            "shirt",
            "The shirt is grey with a spread collar and long sleeves. It has a pocket on the chest and "
            "the cuffs are buttoned.",
        ),
        details(
            "shirt",
            "The shirt has a lapel neckline. It has a pocket on the chest. It has a pocket on the chest. It has a "
            "pocket on the chest. It has a pocket",
            "loop",
            hit_limit=True,
        ),
        material("The shirt is with chiffon fabric.", "unsupported"),
        sleeve("short", "contradiction"),
        title="Parx Men Grey Slim Fit Solid Formal Shirt",
        color="Grey",
        gender="Men",
    ),
    # photo: navy blue self-design bandhgala (Nehru) waistcoat with mandarin collar and a welt chest pocket, no
    # pocket square, over a white shirt, beige trousers, model front view. Caption/open: caption adapter epoch 2.
    case(
        "X747-045",
        caption("a man in a white vest and white shirt", "other_garment_color"),
        wearing("a navy nehru jacket over a white shirt and beige pants"),
        color_of("waistcoat", "navy blue"),
        sleeve("sleeveless"),
        describe(
            "waistcoat", "The waistcoat has a mandarin collar and buttons on the front. It has a pocket on the chest."
        ),
        details("waistcoat", "The waistcoat has a lapel neckline and a pocket square.", "unsupported"),
        garment_type("waistcoat"),
        title="Arrow Men Navy Blue Self-Design Bandhgala Nehru Waistcoat",
        category="Waistcoat",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: light grey two-piece suit with notch lapel and flap pockets, pink shirt, no tie, model front view,
    # white backdrop. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X747-046",
        caption(
            "This man wears a long-sleeve suit with pure color patterns and a long trousers. The suit is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. "
            "The shirt is",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a grey suit with a pink shirt", who="he"),
        color_of("suit", "pink", "other_garment_color"),
        describe("suit", "The suit is light grey with a notch lapel and two buttons. The jacket has flap pockets."),
        garment_type("suit"),
        details("suit", "yes", "non_answer"),
        title="Peter England Men Grey Solid Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Grey",
        gender="Men",
    ),
]
