"""BLIND_588 (46 products; Myntra men's ethnic and formal wear): written blind in the fifty-second session. Measured
blind at 2c3debe (the session's fourth rules): 110/136 failures found (80.9%) and 17/184 correct texts flagged (9.2%).
The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's ethnic and formal wear: kurtas, kurta pyjama and kurta churidar sets, Nehru
jackets, a bandhgala, sherwanis, formal shirts, blazers, suits and formal trousers. Catalog photos on a white studio
backdrop, front view, worn by a male model who also wears the rest of the outfit (white churidar under a kurta, a
kurta under a Nehru jacket, a shirt tucked into the trousers, shirt and tie under a suit, a stole with a sherwani).
Seller columns: title, category (article type), color (base colour), gender; two rows lack the color column and one
lacks gender, as real feeds do.

Who wrote what: every caption comes from the caption adapter (Data2_V2_Blip2_Finetune_Caption, epoch 3). It writes
the DeepFashion-MultiModal template ("The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is
with cotton fabric..."), names patterns but never hues, has no word for kurta or sherwani (shirt, coat, dress, vest),
adds "There is an accessory on his wrist" from habit, and, trained without an end token, either stops after a few
sentences, loops a sentence, or runs to the 50-token limit mid-sentence. Every answer comes from the VQA adapter
(Data3_V3_BLIP2_VQA): open answers are its free generation (30 tokens; short In-shop style answers that usually stop,
sometimes loop, run to the limit, or go on with another "Question: ... Answer:"); closed answers are enrich's
`--engine reference` picking one candidate, so they are always a clean single value, right or wrong. The VQA adapter
often gives the kurta the churidar's white, the Nehru jacket the kurta's color, and the suit the shirt's color.

Labeling conventions and judgement calls:
- One label per text: the most visible failure. A caption that calls a kurta a "dress" and also says "cotton" for
  silk is a contradiction; a caption that runs to the limit mid-sentence is a cut even if what it said was right.
- A loop that fills the token limit is a loop (hit_limit=True), not a cut. A cut is an answer that was sensible and
  ran to the limit mid-phrase.
- The caption template's "shirt" for a kurta, "coat" for a sherwani or bandhgala, "vest" for a Nehru jacket and
  "blazer" for a suit jacket are correct (the adapter has no other word); "dress", "T-shirt" or "skirt" for them is
  a contradiction. "pure color patterns" for a solid or tone-on-tone self-design garment is correct; for a printed,
  striped or checked product it is a contradiction.
- A closed garment type that names another category than the product's (shirt for a kurta, blazer for a suit,
  nehru jacket for a sleeved bandhgala, blazer for a shirt worn under a blazer) is a contradiction; "jacket" for a
  blazer or Nehru jacket, and "kurta" for a kurta set, are correct.
- A color that belongs to another garment in the photo (the churidar's white given to the kurta, the kurta's color
  given to the Nehru jacket over it, a stole's gold given to the trousers) is other_garment_color, closed or open.
  A wrong color that belongs to nothing in the photo, or the stripe color of a mostly white striped shirt, is a
  contradiction.
- Shades and neighbours count as right: cream or off white answered white, mustard yellow, peach pink, maroon red,
  lavender purple, charcoal grey, teal green (teal looks blue-green on the photo), khaki for beige.
- Material: a fabric the title names is right; a different fabric than the title names is a contradiction; a fabric
  the title does not name is right when the photo's look supports it (cotton for a matte kurta, silk for a sheeny
  sherwani, wool blend for a suit) and unsupported when the look does not (denim formal trousers, leather suit,
  satin shirt). The caption's "denim fabric" for navy formal trousers or a cotton shirt is unsupported.
- Invented details (pockets, embroidery, zippers, pleats, peak lapels, a ring or wrist accessory the photo does not
  show) are unsupported. A wrist accessory is correct where the model wears a watch.
- A one-word answer (a color, a garment name, "yes") to an open description or details question is a non_answer,
  as is "it is a garment" or "they are trousers". An answer that turns the question into a sentence ("the kurta
  details are the details of the kurta", "What are the details of the garment? the shirt has...") is restated.
- "she", "her" or "the lady" for the male model is a pronoun failure, in answers and captions alike.
- A "yes" to "Is this a pair of jeans?" for a kurta styled with jeans is a contradiction (the product is the kurta).
- Another garment's color is the commonest failure here because every photo is a layered outfit; I let it be.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as B,
)
from tests.audit_corpus import (
    DEFAULT_QUESTIONS as Q,
)
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    is_a,
    question,
    wearing,
)

neckline = question("neckline", "What is the neckline of the garment?", "closed")

BLIND_588 = [
    # photo: cream self-design knee-length kurta with a faint sheen, mandarin collar, small gold-tone buttons, long
    # sleeves, matching cream churidar, tan mojaris; white backdrop, front view. Caption adapter e3; VQA adapter.
    case(
        "X588-001",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric"
            " and it has a stand collar. The gentleman wears a long trousers. The trousers are with cotton fabric and"
            " pure",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a cream kurta and churidar"),
        B.color("cream"),
        B.garment_type("kurta"),
        color_of("pyjama", "cream"),
        Q.details(
            "the kurta has a mandarin collar, a button placket with gold buttons and embroidery on the sleeves",
            "unsupported",
        ),
        B.material("silk blend"),
        title="Manyavar Men Cream-Coloured Self Design Kurta with Churidar",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: indigo blue straight kurta with small white block-printed floral motifs, long sleeves, band collar,
    # white pyjama; white backdrop. Caption adapter e3; VQA adapter.
    case(
        "X588-002",
        caption(
            "The gentleman wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a"
            " stand collar. The gentleman wears a long pants. The pants are with cotton fabric and pure color"
            " patterns."
        ),
        B.color("blue"),
        B.pattern("solid", "contradiction"),
        Q.wearing("a blue and white kurta with white pajamas"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        B.material("cotton"),
        Q.details(
            "the kurta has a mandarin collar, long sleeves, a printed pattern, and a printed pattern, and a printed"
            " pattern, and a printed",
            "loop",
            hit_limit=True,
        ),
        title="Fabindia Men Indigo Printed Cotton Straight Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: navy blue sleeveless Nehru jacket, mandarin collar, five self buttons, chest welt pocket and two lower
    # welt pockets, over a white full-sleeve kurta and white churidar; white backdrop. Caption e3; VQA adapter.
    case(
        "X588-003",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric."
            " It has a stand collar. His outer clothing is a vest with pure color patterns."
        ),
        B.garment_type("nehru jacket"),
        B.color("white", "other_garment_color"),
        Q.wearing("a navy blue vest over a white kurta"),
        B.sleeve_length("sleeveless"),
        Q.details("the jacket has a mandarin collar, a buttoned front and welt pockets"),
        is_a("jacket", "yes"),
        B.material("denim", "unsupported"),
        title="Sojanya Men Navy Blue Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white long-sleeve formal shirt, spread collar, tucked into charcoal grey trousers, black belt; white
    # backdrop, front view. Caption adapter e3; VQA adapter.
    case(
        "X588-004",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it"
            " has a lapel collar. The gentleman wears a long trousers. The trousers are with cotton fabric and pure"
            " color patterns. There is an accessory in his",
            "cut",
            hit_limit=True,
        ),
        B.color("white"),
        color_of("trousers", "grey"),
        Q.wearing("a white shirt and grey pants"),
        B.pattern("solid"),
        B.sleeve_length("long"),
        Q.details(
            "the shirt has a spread collar and a button front Question: What is the color of the shirt? Answer: white",
            "leak",
        ),
        title="Louis Philippe Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: maroon brocade sherwani with gold woven motifs, knee length, mandarin collar, gold buttons, cream
    # churidar, gold dupatta over the left shoulder, cream mojaris; white backdrop. Caption e3; VQA adapter.
    case(
        "X588-005",
        caption(
            "The gentleman wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a"
            " stand neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color"
            " patterns.",
            "contradiction",
        ),
        B.color("maroon"),
        B.garment_type("sherwani"),
        Q.wearing("he is wearing a red and gold sherwani with a scarf"),
        color_of("pants", "gold", "other_garment_color"),
        B.material("silk brocade"),
        Q.details(
            "the sherwani has a mandarin collar, gold buttons, and a gold embroidered border on the sleeves and the"
            " hem, and a gold embroidered border on the",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "no"),
        title="Manyavar Men Maroon & Gold-Toned Woven Design Sherwani Set",
        category="Sherwani",
        color="Maroon",
        gender="Men",
    ),
    # photo: charcoal two-piece suit, notch lapel, two buttons, white pocket square, light blue formal shirt, navy
    # tie with small white dots; white backdrop. Caption adapter e3; VQA adapter.
    case(
        "X588-006",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric"
            " and it has a lapel collar. His outer clothing is a blazer with pure color patterns."
        ),
        B.color("grey"),
        Q.wearing("a grey suit with a blue shirt and a blue tie"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        Q.details("the suit has a notch lapel, two buttons, and a pocket square in the breast pocket"),
        B.garment_type("blazer", "contradiction"),
        B.material("wool blend"),
        title="Raymond Men Charcoal Grey Solid Slim Fit Two-Piece Formal Suit",
        category="Suits",
        color="Charcoal",
        gender="Men",
    ),
    # photo: black flat-front formal trousers, light pink formal shirt tucked in, brown belt, black shoes; white
    # backdrop, cropped at the chest. Caption adapter e3; VQA adapter.
    case(
        "X588-007",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The gentleman"
            " wears a long-sleeve shirt with pure color patterns."
        ),
        B.color("pink", "other_garment_color"),
        Q.wearing("a pink shirt and black pants"),
        color_of("pants", "black"),
        Q.details("pants", "non_answer"),
        B.garment_type("trousers"),
        Q.description("she is wearing a pair of black pants with a pink shirt tucked in", "pronoun"),
        title="Van Heusen Men Black Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: mustard yellow kurta with white chikankari thread embroidery on the front yoke, mandarin collar, long
    # sleeves, side slits, white pyjama; no jewellery; white backdrop. Caption adapter e3; VQA adapter.
    case(
        "X588-008",
        caption(
            "The gentleman wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a"
            " stand collar. The gentleman wears a long pants. The pants are with cotton fabric and pure color"
            " patterns. There is a ring on his finger.",
            "unsupported",
        ),
        B.color("yellow"),
        B.pattern("embroidered"),
        Q.wearing("a yellow kurta with white embroidery and white pants"),
        Q.details(
            "the kurta has white thread embroidery on the yoke, a mandarin collar, a short button placket, long"
            " sleeves with buttoned cuffs, and side slits at the",
            "cut",
            hit_limit=True,
        ),
        B.material("cotton"),
        is_a("shirt", "yes", "contradiction"),
        title="Jompers Men Mustard Yellow Chikankari Embroidered Straight Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Men",
    ),
    # photo: light blue and white small gingham-check formal shirt, long sleeves, tucked into navy trousers; white
    # backdrop. Caption adapter e3; VQA adapter.
    case(
        "X588-009",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has"
            " a lapel collar. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color"
            " patterns."
        ),
        B.pattern("checked"),
        B.color("blue"),
        Q.description("a blue and white checkered shirt with long sleeves and a collar"),
        color_of("shirt", "navy blue", "other_garment_color", kind="open"),
        Q.details("yes", "non_answer"),
        B.material("cotton"),
        title="Peter England Men Light Blue Slim Fit Checked Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: peach knee-length kurta, mandarin collar with small golden buttons, long sleeves, off-white churidar;
    # white backdrop. Caption adapter e3; VQA adapter.
    case(
        "X588-010",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " stand collar. The lady wears a long leggings.",
            "pronoun",
        ),
        B.color("pink"),
        Q.wearing("a pink kurta and white pants"),
        color_of("pyjama", "peach", "other_garment_color"),
        B.garment_type("kurta"),
        Q.details("the kurta has the details of a kurta", "restated"),
        B.sleeve_length("short", "contradiction"),
        title="Tasva Men Peach-Coloured Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Peach",
        gender="Men",
    ),
    # photo: navy self-design blazer, notch lapel, two buttons, worn open over a white crew-neck T-shirt and beige
    # chinos; white backdrop. Caption adapter e3; VQA adapter.
    case(
        "X588-011",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric"
            " and it has a round neckline. His outer clothing is a blazer with pure color patterns. The gentleman"
            " wears a long trousers. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        B.color("navy blue"),
        Q.wearing("a navy blazer, white t-shirt and khaki pants"),
        color_of("blazer", "white", "other_garment_color", kind="open"),
        B.garment_type("blazer"),
        Q.description(
            "a blue blazer with a white t shirt underneath and a white t shirt underneath and a white t shirt"
            " underneath and a white",
            "loop",
            hit_limit=True,
        ),
        is_a("suit", "no"),
        title="Blackberrys Men Navy Blue Self Design Slim Fit Single-Breasted Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black straight kurta with an all-over white geometric print, long sleeves, band collar, plain white
    # pyjama; white backdrop. Caption adapter e3; VQA adapter.
    case(
        "X588-012",
        caption(
            "The gentleman wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a"
            " stand collar. The gentleman wears a long trousers. The trousers are with cotton fabric and graphic"
            " patterns.",
            "contradiction",
        ),
        B.color("black"),
        B.pattern("printed"),
        Q.wearing("a black and white kurta and white pants"),
        Q.details("the kurta has a geometric print all over and a mandarin collar"),
        Q.description("kurta", "non_answer"),
        title="See Designs Men Black & White Geometric Printed Straight Kurta",
        category="Kurtas",
        color="Black",
        gender="Men",
    ),
    # photo: beige buttoned Nehru jacket with a slub texture over a maroon kurta and white churidar; white backdrop.
    # Caption adapter e3; VQA adapter.
    case(
        "X588-013",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. His outer clothing is a vest with"
            " pure color patterns. The vest is with cotton fabric. The gentleman wears a long trousers."
        ),
        B.color("maroon", "other_garment_color"),
        Q.wearing("a beige vest over a maroon kurta and white pants"),
        color_of(
            "jacket",
            "beige and maroon and beige and maroon and beige and maroon and beige and maroon and beige and maroon and"
            " beige and",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.garment_type("jacket"),
        Q.details("the jacket has a mandarin collar, buttons and contrast piping on the pockets", "unsupported"),
        B.material("Question: What material is the garment made of? Answer: cotton Question: What", "leak"),
        title="Ethnix by Raymond Men Beige Solid Slim Fit Nehru Jacket",
        category="Nehru Jackets",
        color="Beige",
        gender="Men",
    ),
    # photo: pink and white vertical pinstripe formal shirt, long sleeves, grey trousers; white backdrop.
    # Caption adapter e3; VQA adapter.
    case(
        "X588-014",
        caption(
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and it has"
            " a lapel collar. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color"
            " patterns."
        ),
        B.pattern("solid", "contradiction"),
        B.color("pink"),
        Q.wearing("a pink striped shirt and gray pants"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        Q.details("the shirt details are the details of the shirt", "restated"),
        B.material("silk", "unsupported"),
        title="Arrow Men Pink & White Striped Regular Fit Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: off-white cotton kurta with thin self stripes, long sleeves, band collar, matching off-white pyjama,
    # brown kolhapuris, no watch; white backdrop. Caption adapter e3; VQA adapter.
    case(
        "X588-015",
        caption(
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a"
            " stand collar. The gentleman wears a long pants. The pants are with cotton fabric and striped patterns."
            " There is an accessory on his wrist.",
            "unsupported",
        ),
        B.color("white"),
        Q.wearing("a white kurta pajama"),
        B.garment_type("kurta"),
        B.pattern("striped"),
        B.material("cotton"),
        Q.description(
            "it is a white kurta with a white pajama and a white pajama and a white pajama and a white pajama and a"
            " white",
            "loop",
            hit_limit=True,
        ),
        title="Vastramay Men Off-White Self Striped Kurta with Pyjamas",
        category="Kurta Sets",
        color="Off White",
        gender="Men",
    ),
    # photo: grey blazer with a faint windowpane check, notch lapel, two buttons, flap pockets, over a black
    # turtleneck and black trousers; white backdrop. Caption adapter e3; VQA adapter.
    case(
        "X588-016",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric"
            " and it has a high neckline. His outer clothing is a blazer with lattice patterns."
        ),
        B.color("black", "other_garment_color"),
        B.pattern("checked"),
        Q.wearing("a grey plaid blazer over a black turtleneck and black pants"),
        color_of("blazer", "grey Question: What is the color of the turtleneck? Answer: black", "leak", kind="open"),
        Q.details("the blazer has a notch lapel, two buttons, and flap pockets"),
        Q.description("she is wearing a grey blazer with a black turtleneck", "pronoun"),
        title="Invictus Men Grey Checked Slim Fit Single-Breasted Blazer",
        category="Blazers",
        color="Grey",
        gender="Men",
    ),
    # photo: beige formal trousers, white shirt tucked in, brown belt, brown shoes; white backdrop, cropped at the
    # chest. Caption adapter e3; VQA adapter.
    case(
        "X588-017",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper"
            " clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel."
        ),
        B.color("white", "other_garment_color"),
        color_of("trousers", "beige"),
        Q.wearing("clothes", "non_answer"),
        Q.details(
            "the pants have a belt loop and a front pocket and a back pocket and a belt loop and a front pocket and a"
            " back pocket and a",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("pants"),
        B.material("denim", "unsupported"),
        title="Park Avenue Men Beige Solid Slim Fit Formal Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: teal kurta with small gold foil paisley buttis, mandarin collar, concealed placket, long sleeves,
    # white churidar; white backdrop. Caption adapter e3; VQA adapter.
    case(
        "X588-018",
        caption(
            "The gentleman wears a long-sleeve shirt with floral patterns. The shirt is with silk fabric. It has a"
            " stand collar. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color"
            " patterns."
        ),
        B.color("green"),
        Q.wearing("a teal kurta with gold print and white pants"),
        B.pattern("striped", "contradiction"),
        Q.details(
            "the kurta has a paisley print in gold, a mandarin collar, a concealed placket, long sleeves, straight"
            " hem with side slits and a",
            "cut",
            hit_limit=True,
        ),
        color_of("churidar", "white"),
        is_a("kurta", "yes"),
        title="Manyavar Men Teal Blue Foil Printed Straight Kurta",
        category="Kurtas",
        color="Teal",
        gender="Men",
    ),
    # photo: lavender formal shirt, long sleeves, tucked into navy formal trousers; white backdrop.
    # Caption adapter e3; VQA adapter.
    case(
        "X588-019",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it"
            " has a lapel collar. The gentleman wears a long trousers. The trousers are with denim fabric and pure"
            " color patterns.",
            "unsupported",
        ),
        B.color("purple"),
        Q.wearing("a purple shirt and blue jeans", "contradiction"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        B.sleeve_length("long"),
        Q.description("a light purple formal shirt with french cuffs and cufflinks", "unsupported"),
        title="Allen Solly Men Lavender Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: rust orange solid kurta, mandarin collar, long sleeves, cream churidar; white backdrop.
    # Caption adapter e3; VQA adapter.
    case(
        "X588-020",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has"
            " a stand collar. The gentleman wears a long pants. The pants are with cotton fabric and pure color"
            " patterns."
        ),
        B.color("orange"),
        Q.wearing("a orange kurta and white pants"),
        color_of("pants", "orange", "other_garment_color", kind="open"),
        Q.details("orange", "non_answer"),
        B.garment_type("shirt", "contradiction"),
        B.material("cotton silk"),
        title="House of Pataudi Men Rust Orange Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Rust",
        gender="Men",
    ),
    # photo: navy three-piece suit (notch-lapel single-breasted jacket, waistcoat, trousers), white shirt, maroon
    # tie, no pocket square; white backdrop. Caption adapter e3; VQA adapter.
    case(
        "X588-021",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it"
            " has a lapel collar. His outer clothing is a blazer with pure color patterns. There is an accessory in"
            " his neck."
        ),
        B.color("blue"),
        B.garment_type("suit"),
        Q.wearing("a navy suit, a vest, a white shirt and a red tie"),
        color_of("tie", "navy", "other_garment_color", kind="open"),
        Q.details("the suit jacket has peak lapels, a double breasted front and gold buttons", "unsupported"),
        is_a("suit", "yes"),
        B.material("wool"),
        title="Louis Philippe Men Navy Blue Self Design Slim Fit Three-Piece Suit",
        category="Suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: bottle green kurta with small pink and white floral prints, short mandarin collar, long sleeves, worn
    # with blue jeans; white backdrop. Caption adapter e3; VQA adapter.
    case(
        "X588-022",
        caption(
            "The gentleman wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a"
            " stand collar. The gentleman wears a long trousers. The trousers are with denim fabric and pure color"
            " patterns."
        ),
        B.color("green"),
        B.pattern("floral"),
        Q.wearing("a green floral kurta and blue jeans"),
        color_of("kurta", "blue", "other_garment_color", kind="open"),
        Q.details("floral print, mandarin collar Question: What is the color of the jeans? Answer: blue", "leak"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Kisah Men Green & Pink Floral Printed Straight Kurta",
        category="Kurtas",
        color="Green",
        gender="Men",
    ),
    # photo: white formal shirt with thin blue vertical stripes, no chest pocket, black trousers; white backdrop.
    # Caption adapter e3; VQA adapter.
    case(
        "X588-023",
        caption(
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and it has"
            " a lapel collar. The gentleman wears a long trousers."
        ),
        B.color("blue", "contradiction"),
        B.pattern("striped"),
        Q.wearing("a blue and white striped shirt and black trousers"),
        Q.details("the shirt has a pointed collar, button cuffs and a chest pocket", "unsupported"),
        Q.description("he is wearing a white shirt with blue stripes"),
        title="Hancock Men White & Blue Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: gold-toned silk blend sherwani with self embroidery, cream churidar, maroon velvet stole round the neck;
    # white backdrop. Caption adapter e3; VQA adapter.
    case(
        "X588-024",
        caption(
            "The gentleman wears a long-sleeve coat with graphic patterns. The coat is with silk fabric. It has a"
            " stand collar. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color"
            " patterns. There is a scarf on his neck."
        ),
        B.color("gold"),
        Q.wearing("a gold sherwani with a red scarf and white pants"),
        color_of("sherwani", "red", "other_garment_color", kind="open"),
        B.garment_type("sherwani"),
        Q.details(
            "the sherwani has embroidery on the front and the sleeves and the collar and the front and the sleeves and"
            " the collar and the front",
            "loop",
            hit_limit=True,
        ),
        B.material("silk"),
        B.sleeve_length("long"),
        title="Manyavar Men Gold-Toned Embroidered Silk Blend Sherwani Set",
        category="Sherwani",
        color="Gold",
        gender="Men",
    ),
    # photo: olive green flat-front formal trousers, light grey shirt tucked in; white backdrop, cropped view.
    # Caption adapter e3; VQA adapter.
    case(
        "X588-025",
        caption("The lower clothing is of long length. The fabric is cotton and it has pure color patterns."),
        B.color("grey", "other_garment_color"),
        Q.wearing("a grey shirt and green pants"),
        color_of("pants", "olive green", kind="open"),
        Q.details("the trousers have a flat front, side pockets and a button closure with a zip fly"),
        B.garment_type("shorts", "contradiction"),
        title="Mark Taylor Men Olive Green Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: maroon solid kurta under a cream brocade Nehru jacket, cream churidar; white backdrop.
    # Caption adapter e3; VQA adapter.
    case(
        "X588-026",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. His outer clothing is a vest with"
            " graphic patterns. The vest is with silk fabric. The gentleman wears a long pants. The pants are with"
            " cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        B.color("maroon"),
        Q.wearing("a maroon kurta with a cream jacket and white churidar"),
        color_of("jacket", "maroon", "other_garment_color", kind="open"),
        Q.details("the jacket has a brocade pattern and a mandarin collar"),
        is_a("kurta", "yes"),
        B.garment_type("kurta"),
        Q.description(
            "he is wearing a maroon kurta and he is wearing a cream jacket and he is wearing a white churidar and he"
            " is wearing a",
            "loop",
            hit_limit=True,
        ),
        title="Sojanya Men Maroon & Cream Solid Kurta with Churidar & Nehru Jacket",
        category="Kurta Sets",
        color="Maroon",
        gender="Men",
    ),
    # photo: black matte cotton formal shirt, long sleeves, grey formal trousers; white backdrop.
    # Caption adapter e3; VQA adapter.
    case(
        "X588-027",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it"
            " has a lapel collar. The gentleman wears a long trousers. The trousers are with cotton fabric and pure"
            " color patterns."
        ),
        B.color("black"),
        Q.wearing("a black shirt and grey trousers"),
        color_of("trousers", "black", "other_garment_color"),
        Q.description("a dark blue shirt with long sleeves and a collar", "contradiction"),
        B.material("satin", "unsupported"),
        Q.details(
            "The shirt has a collar and a button-down front. The shirt has a collar and a button-down front. The"
            " shirt has a collar",
            "loop",
            hit_limit=True,
        ),
        title="Arrow Men Black Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: sky blue solid cotton kurta, round neck with a short three-button placket, long sleeves, white pyjama;
    # white backdrop. The feed row lacks the color column. Caption adapter e3; VQA adapter.
    case(
        "X588-028",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has"
            " a round neckline."
        ),
        B.color("blue"),
        wearing("she is wearing a light blue kurta with white pants", "pronoun", who="he"),
        color_of("pyjama", "white"),
        Q.details("the kurta has a round neck, a short placket with three buttons and long sleeves"),
        B.pattern("striped", "contradiction"),
        neckline("round neck"),
        title="Fabindia Men Blue Cotton Straight Kurta",
        category="Kurtas",
        gender="Men",
    ),
    # photo: maroon velvet blazer with a black satin shawl lapel and one button, black shirt, black bow tie, black
    # trousers; white backdrop. Caption adapter e3; VQA adapter.
    case(
        "X588-029",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. His outer clothing is a blazer with pure"
            " color patterns. The blazer is with cotton fabric.",
            "contradiction",
        ),
        B.color("maroon"),
        Q.wearing(
            "a maroon velvet tuxedo jacket with a black satin shawl lapel, a black shirt with a black bow tie, black"
            " trousers and black shoes with a",
            "cut",
            hit_limit=True,
        ),
        color_of("blazer", "black", "other_garment_color", kind="open"),
        B.garment_type("blazer"),
        Q.details("the blazer has a black satin shawl collar and one button"),
        B.material("velvet"),
        neckline("notch lapel", "contradiction"),
        title="Hangup Men Maroon Velvet Slim Fit Single-Breasted Tuxedo Blazer",
        category="Blazers",
        color="Maroon",
        gender="Men",
    ),
    # photo: white kurta with white chikankari floral embroidery all over the front, mandarin collar, white pyjama,
    # brown sandals; white backdrop. Caption adapter e3; VQA adapter.
    case(
        "X588-030",
        caption(
            "The gentleman wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a"
            " stand collar. The gentleman wears a long pants. The pants are with cotton fabric and pure color"
            " patterns. The gentleman wears a long pants. The pants are",
            "loop",
            hit_limit=True,
        ),
        B.color("white"),
        B.pattern("floral"),
        Q.wearing("a white kurta with white embroidery and white pyjamas"),
        Q.details("the kurta has chikankari embroidery on the front and mirror work on the sleeves", "unsupported"),
        is_a("kurta", "yes"),
        B.material("Question: What material is the garment made of? Answer: cotton", "leak"),
        title="Manyavar Men White Chikankari Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: mid-grey formal trousers, navy shirt tucked in, silver wristwatch, black belt; white backdrop.
    # Caption adapter e3; VQA adapter.
    case(
        "X588-031",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper"
            " clothing has long sleeves, cotton fabric and pure color patterns. There is an accessory on his wrist."
        ),
        B.color("grey"),
        Q.wearing("her shirt is blue and her pants are gray", "pronoun"),
        color_of("trousers", "navy blue", "other_garment_color", kind="open"),
        Q.details("the pants have belt loops, a zip fly, a button closure and two slant pockets"),
        Q.description("it is a garment", "non_answer"),
        title="Raymond Men Grey Self Design Slim Fit Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: mustard Nehru jacket with a black ikat print, sleeveless, over a black full-sleeve kurta and black
    # pyjama; white backdrop. Caption adapter e3; VQA adapter.
    case(
        "X588-032",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. His outer clothing is a vest with"
            " graphic patterns. The vest is with cotton fabric and it has a stand collar."
        ),
        B.color("black", "other_garment_color"),
        Q.wearing("a yellow and black printed jacket with black kurta and pants"),
        color_of("jacket", "yellow and black", kind="open"),
        B.pattern("printed"),
        Q.details("the jacket has a zip closure and a hood", "unsupported"),
        B.sleeve_length("long", "contradiction"),
        title="Anouk Men Mustard & Black Ikat Print Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: navy solid formal shirt, long sleeves, beige trousers; white backdrop.
    # Caption adapter e3; VQA adapter.
    case(
        "X588-033",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a"
            " lapel collar. This man wears a long trousers. The trousers are with cotton fabric and pure color"
            " patterns."
        ),
        B.color("beige", "other_garment_color"),
        Q.wearing("a navy blue shirt and beige pants"),
        Q.description(
            "blue shirt blue shirt blue shirt blue shirt blue shirt blue shirt blue shirt blue shirt blue shirt blue"
            " shirt",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "navy", kind="open"),
        Q.details("What are the details of the garment? the shirt has a collar and buttons", "restated"),
        title="Peter England Men Navy Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: cream silk kurta, mandarin collar, cream dhoti pants, cream stole with a gold border over one shoulder;
    # white backdrop. Caption adapter e3; VQA adapter.
    case(
        "X588-034",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with silk fabric. It has a"
            " stand collar. The gentleman wears a long skirt.",
            "contradiction",
        ),
        B.color("white"),
        Q.wearing("a white kurta with a dhoti and a shawl"),
        B.garment_type("kurta"),
        color_of("dhoti", "gold", "other_garment_color", kind="open"),
        Q.details(
            "the kurta has a mandarin collar and the dhoti has pleats and the stole has a gold border and the kurta"
            " has a mandarin collar and the dhoti",
            "loop",
            hit_limit=True,
        ),
        neckline("mandarin collar"),
        title="Sojanya Men Cream-Coloured Solid Silk Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: black two-piece suit, notch lapel, two buttons, flap pockets, white shirt, black tie; white backdrop.
    # Caption adapter e3; VQA adapter.
    case(
        "X588-035",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it"
            " has a lapel collar. His outer clothing is a blazer with pure color patterns. The gentleman wears a long"
            " trousers. The trousers are with cotton fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        B.color("black"),
        Q.wearing("a black suit, white shirt and black tie"),
        color_of("suit", "white", "other_garment_color", kind="open"),
        B.garment_type("suit"),
        Q.details("suit", "non_answer"),
        B.material("leather", "unsupported"),
        wearing(
            "He is wearing a black suit with a white shirt and a black tie. He is wearing a black suit with a white"
            " shirt and",
            "loop",
            who="he",
            hit_limit=True,
        ),
        title="Park Avenue Men Black Solid Regular Fit Single-Breasted Formal Suit",
        category="Suits",
        color="Black",
        gender="Men",
    ),
    # photo: pink kurta with tone-on-tone woven jacquard motifs, mandarin collar, button placket, white pyjama;
    # white backdrop. Caption adapter e3; VQA adapter.
    case(
        "X588-036",
        caption(
            "The gentleman wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a"
            " stand collar."
        ),
        B.color("pink"),
        wearing("he is wearing a pink kurta with white pants", who="he"),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        B.pattern("solid"),
        Q.details("Answer: the kurta has a woven pattern, mandarin collar and a button placket", "leak"),
        B.material("jacquard"),
        title="Jompers Men Pink Woven Design Straight Kurta",
        category="Kurtas",
        color="Pink",
        gender="Men",
    ),
    # photo: maroon solid formal shirt under an open black blazer, black trousers; white backdrop.
    # Caption adapter e3; VQA adapter.
    case(
        "X588-037",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it"
            " has a lapel collar. His outer clothing is a blazer with pure color patterns."
        ),
        B.color("black", "other_garment_color"),
        Q.wearing("a maroon shirt with a black blazer and black pants"),
        color_of("shirt", "red", kind="open"),
        B.garment_type("blazer", "contradiction"),
        Q.description("the garment is a garment that is worn by the person", "restated"),
        title="Van Heusen Men Maroon Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: navy self-design bandhgala with full sleeves, mandarin collar, gold buttons, white pocket square,
    # buttoned, navy trousers; white backdrop. Caption adapter e3; VQA adapter.
    case(
        "X588-038",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and it"
            " has a stand collar. The gentleman wears a long trousers. The trousers are with cotton fabric and pure"
            " color patterns."
        ),
        B.color("navy blue"),
        B.garment_type("nehru jacket", "contradiction"),
        Q.wearing("a navy blue bandhgala suit with gold buttons"),
        Q.details("the jacket has a mandarin collar, gold buttons, and a pocket square"),
        is_a("jacket", "yes"),
        B.sleeve_length("sleeveless", "contradiction"),
        title="Manyavar Men Navy Blue Self Design Bandhgala Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: ivory sherwani with green and gold thread embroidery at the collar, placket and cuffs, ivory churidar,
    # green stole, pink safa on the head, mojaris; white backdrop. Caption adapter e3; VQA adapter.
    case(
        "X588-039",
        caption(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with silk fabric. It has a"
            " stand collar. There is a hat on his head. The gentleman wears a long trousers. The trousers are with"
            " cotton fabric and pure color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        B.color("white"),
        Q.wearing("she is wearing a white sherwani with a green scarf and a pink turban", "pronoun"),
        color_of("sherwani", "green", "other_garment_color", kind="open"),
        B.pattern("embroidered"),
        Q.details(
            "the sherwani has a high mandarin collar with green and gold embroidery, embroidered placket, concealed"
            " buttons, long sleeves with embroidered cuffs and a",
            "cut",
            hit_limit=True,
        ),
        B.material("silk"),
        is_a("sherwani", "no", "contradiction"),
        title="Tasva Men Off-White Embroidered Sherwani with Churidar and Stole",
        category="Sherwani",
        color="Off White",
        gender="Men",
    ),
    # photo: navy formal trousers with a faint grey glen check, white shirt tucked in, black belt; white backdrop,
    # cropped. Caption adapter e3; VQA adapter.
    case(
        "X588-040",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns.",
            "contradiction",
        ),
        B.color("blue"),
        B.pattern("checked"),
        Q.wearing("a white shirt and blue checked pants"),
        color_of("trousers", "white", "other_garment_color", kind="open"),
        Q.details("they are trousers", "non_answer"),
        title="Louis Philippe Men Navy Blue Checked Slim Fit Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: plain black kurta, mandarin collar, long sleeves, no embellishment, white churidar; white backdrop.
    # Caption adapter e3; VQA adapter.
    case(
        "X588-041",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has"
            " a stand collar. The gentleman wears a long pants. The pants are with cotton fabric and pure color"
            " patterns."
        ),
        B.color("white", "other_garment_color"),
        Q.wearing("a black kurta and white churidar Question: Is this a kurta? Answer: yes", "leak"),
        Q.details("the kurta has a mandarin collar and a mirror work yoke with sequins", "unsupported"),
        B.sleeve_length("long"),
        color_of(
            "kurta",
            "black black black black black black black black black black black black black black black black black"
            " black black black black black black black black black black black black black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.material("cotton"),
        title="Ethnix by Raymond Men Black Solid Straight Kurta",
        category="Kurtas",
        color="Black",
        gender="Men",
    ),
    # photo: beige linen blazer, notch lapel, patch pockets, two buttons, light blue cotton shirt, white trousers;
    # white backdrop. Caption adapter e3; VQA adapter.
    case(
        "X588-042",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and it"
            " has a lapel collar. His outer clothing is a blazer with pure color patterns.",
            "unsupported",
        ),
        B.color("beige"),
        Q.wearing("a beige blazer, blue shirt and white pants"),
        color_of("blazer", "blue", "other_garment_color", kind="open"),
        B.material("linen"),
        Q.details("the blazer has a notch lapel, patch pockets, and two buttons"),
        B.garment_type("suit", "contradiction"),
        title="Arrow Men Beige Solid Slim Fit Single-Breasted Linen Blazer",
        category="Blazers",
        color="Beige",
        gender="Men",
    ),
    # photo: sea green solid kurta, mandarin collar, short button placket, side slits, white pyjama; white
    # backdrop. Caption adapter e3; VQA adapter.
    case(
        "X588-043",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has"
            " a stand collar. The gentleman wears a long pants. The pants are with cotton fabric and pure color"
            " patterns. The gentleman wears a pair of",
            "cut",
            hit_limit=True,
        ),
        B.color("green"),
        Q.wearing("Question: What is the person wearing? Answer: a green kurta and white pants", "leak"),
        color_of("pyjama", "white"),
        Q.details("the kurta has a mandarin collar, a short button placket and side slits"),
        is_a("kurta", "yes"),
        Q.description("the garment is described as a kurta", "restated"),
        title="Vastramay Men Sea Green Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Sea Green",
        gender="Men",
    ),
    # photo: white kurta with navy vertical stripes, mandarin collar, no pocket, long sleeves with roll-up tabs
    # (worn down), blue jeans; white backdrop. Caption adapter e3; VQA adapter.
    case(
        "X588-044",
        caption(
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a"
            " stand collar. The gentleman wears a long trousers. The trousers are with denim fabric and pure color"
            " patterns."
        ),
        B.color("white"),
        color_of("kurta", "blue", "other_garment_color", kind="open"),
        B.pattern("striped"),
        Q.wearing("a white and blue striped kurta with blue jeans"),
        Q.details("the kurta has a mandarin collar, a chest pocket with a flap and roll up sleeve tabs", "unsupported"),
        B.sleeve_length("short", "contradiction"),
        title="Anouk Men White & Navy Blue Striped Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: maroon jacquard Nehru jacket with self buttons, over a cream kurta and cream churidar; white backdrop.
    # The feed row lacks gender. Caption adapter e3; VQA adapter.
    case(
        "X588-045",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. His outer clothing is a vest with"
            " graphic patterns. The vest is with silk fabric."
        ),
        B.color("maroon"),
        Q.wearing("the person is wearing clothes", "restated"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        Q.details("the jacket has a mandarin collar and a zipper", "unsupported"),
        B.garment_type("blazer", "contradiction"),
        title="Manyavar Men Maroon Self Design Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
    ),
    # photo: dark brown flat-front formal trousers, no turn-ups, cream shirt tucked in, brown belt; white backdrop.
    # The feed row lacks the color column. Caption adapter e3; VQA adapter.
    case(
        "X588-046",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper"
            " clothing has long sleeves, cotton fabric and pure color patterns."
        ),
        B.color("brown"),
        Q.wearing("a white shirt and brown pants"),
        color_of("trousers", "white", "other_garment_color", kind="open"),
        Q.details("the pants have pleats in the front and cuffs at the hem", "unsupported"),
        B.garment_type("jeans", "contradiction"),
        title="Arrow Men Slim Fit Formal Trousers",
        category="Trousers",
        gender="Men",
    ),
]
