"""BLIND_807 (46 products; old Myntra kurtas/shirts, caption adapter epoch 1): written blind in the fifty-fifth session.
Measured blind at 7bf5cc7 (the session's final rules): 108/123 failures found (87.8%) and 11/177 correct texts flagged
(6.2%). The writer's notes, verbatim:

Scenario: the older Myntra feed with short seller titles ("Biba Women Red Kurta"), 23 women's kurtas and 23 men's
shirts, photographed the way the shared photos are: studio shots on a white backdrop (one slate-grey), mostly worn by
a model who also wears other clothes (churidar, leggings, palazzos, dupattas; jeans, chinos, an undershirt, a
blazer, a tie), a few back views and one flat lay. Some rows lack a column (color, gender), one seller color is
wrong for the photo (a "Brown" kurta that is rust).

Who wrote what: captions and open answers come from the caption adapter at epoch 1
(Data2_V2_BLIP2_Finetune_Caption_First_Epoch on blip2-opt-2.7b, greedy, 50 tokens for captions, 30 for answers).
At epoch 1 it still keeps some hue words and some question answering from the base model, so about half its
answers are short and plain; the rest fall into the DeepFashion template ("The lady wears a long-sleeve ... with
pure color patterns ... There is an accessory on her wrist"), loop, run to the token limit, or carry on into the
next "Question: ... Answer:" turn, because no end token was trained. It invents template accessories and fabrics,
calls a kurta a dress or a shirt, and takes the color of the leggings, palazzos, undershirt, blazer or tie.
Closed answers (color, pattern, sleeve length, garment type, "Is this a ...?") come from enrich's reference engine
and are always one candidate value; they fail only by picking the wrong value.

Labeling conventions and judgement calls:
- Each text carries at most one label; where a text fails twice (a cut answer that also invents an accessory) it
  gets the failure that ends or dominates it (cut, loop, leak before content errors).
- hit_limit=True only on texts that ran to 30/50 tokens; all of them are labeled cut, loop or leak.
- A kurta called a "dress" or a "shirt" (caption, or yes to "Is this a dress/shirt?") is a contradiction of the
  seller's category Kurtas; "top", "tunic" or "kurta" would be fine. A garment_type of "blazer"/"jacket" for a
  shirt or kurta worn under one is a contradiction, not another garment's color.
- Another garment's color given to the product (leggings, palazzo, jeans, undershirt, blazer, a tie, a slung
  jacket) is other_garment_color, closed or open. The product's own color given to another garment (pants asked,
  shirt color answered) is a contradiction (one color for two garments).
- The secondary color of a check, stripe or print given as the product's color ("black" for a red-and-black check
  the seller calls Red, "white" for the white print on an indigo kurta) is a contradiction.
- Where the seller color is wrong for the photo (row 010, "Brown" kurta that is rust), "rust"/"orange" is correct.
- Shades and near synonyms are correct: peach/pink, maroon/dark red, magenta/pink, navy/blue, cream/white,
  teal as teal, mustard/yellow, lavender/light purple, charcoal/grey. Magenta answered "purple" is a contradiction.
- Invented accessories, pockets, cufflinks, bags, sandals, a person in a flat lay, and fabrics the photo does not
  show (silk or denim for a matte cotton weave, leather from a bag strap) are unsupported. "cotton" for a matte
  printed kurta or shirt, and fabrics the title or photo shows (linen, corduroy, flannel, denim, velvet) are not.
  Accessories that are really in the photo (a watch, a tie, a ring, sunglasses, earrings) are correct.
- non_answer: a one-word or yes/no reply to "wearing", "describe" or "details" ("maroon", "clothes", "yes"). A
  one-word reply to the material or a color question is a proper answer.
- restated: the question's own words given back ("the shirt details are shirt details", "Describe the kurta.").
- pronoun: "the gentleman"/"he" for the women's kurtas, "the lady"/"she" for the men's shirts.
- For a back view, details only visible from the front (chest pockets) are unsupported.
- "no" to "Is this a jacket?" for a shirt worn under an open blazer is correct: the product is the shirt.
"""

from tests.audit_corpus import BLIND_QUESTIONS as BQ
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

K = "Kurtas"
S = "Shirts"

BLIND_807 = [
    # photo: woman in a mustard straight kurta with a small white floral block print, three-quarter sleeves,
    # mandarin collar, white churidar, white backdrop, front view. Caption/open: caption adapter epoch 1;
    # closed: reference engine.
    case(
        "X807-001",
        caption(
            "The lady wears a three-quarter sleeve yellow kurta with floral patterns and a white leggings. The kurta"
            " is with cotton fabric and its neckline is stand."
        ),
        color_of("kurta", "mustard"),
        wearing("a yellow kurta with small white flowers and white leggings", who="she"),
        details(
            "kurta",
            "the kurta has a mandarin collar, three-quarter sleeves and a floral print. the kurta has a mandarin"
            " collar, three-quarter sleeves and a floral print. the kurta has",
            "loop",
            hit_limit=True,
        ),
        BQ.pattern("floral"),
        BQ.sleeve_length("three-quarter sleeve"),
        BQ.material("silk", "unsupported"),
        title="Biba Women Printed Mustard Kurta",
        category=K,
        color="Mustard",
        gender="Women",
    ),
    # photo: woman in a navy blue A-line kurta with a gold foil printed yoke, long sleeves, off-white palazzo
    # pants, bare wrists, white backdrop, front view. Caption/open: adapter epoch 1; closed: reference engine.
    case(
        "X807-002",
        caption(
            "The lady wears a long-sleeve navy kurta with graphic patterns and a long white pants. The kurta is with"
            " cotton fabric. There is an accessory on her wrist.",
            "unsupported",
        ),
        color_of("kurta", "white", "other_garment_color"),
        color_of("pants", "white"),
        describe("kurta", "a navy blue kurta with a gold printed yoke and long sleeves"),
        is_a("kurta", "yes"),
        wearing(
            "Question: What is she wearing? Answer: a blue kurta Question: What is she wearing? Answer: a blue",
            "leak",
            who="she",
            hit_limit=True,
        ),
        title="W Women Navy Blue Kurta",
        category=K,
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in a white slim-fit shirt with thin blue vertical stripes, long sleeves buttoned, no chest
    # pocket, tucked into dark grey chinos, brown belt, white backdrop, front view. Adapter epoch 1 / reference.
    case(
        "X807-003",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns and a long trousers. The shirt is with"
            " cotton fabric and its neckline is lapel. The trousers are with cotton fabric and solid color patterns."
            " There is",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white"),
        BQ.pattern("striped"),
        color_of("pants", "grey"),
        wearing("a white shirt and grey pants", who="he"),
        details("shirt", "the shirt has a pocket on the chest", "unsupported"),
        BQ.sleeve_length("long sleeve"),
        title="Peter England Men Stripes White Shirt",
        category=S,
        color="White",
        gender="Men",
    ),
    # photo: woman in a maroon straight kurta with gold zari embroidery around the round neckline, elbow sleeves,
    # black leggings, white backdrop, three-quarter view. Adapter epoch 1 / reference engine.
    case(
        "X807-004",
        caption(
            "The lady wears a short-sleeve red dress with solid color patterns. The dress is with cotton fabric and"
            " its neckline is round.",
            "contradiction",
        ),
        color_of("kurta", "maroon"),
        BQ.garment_type("kurta"),
        describe("kurta", "maroon", "non_answer"),
        color_of("leggings", "black"),
        details("kurta", "gold embroidery around the neckline"),
        wearing(
            "The lady wears a short-sleeve dress and a long leggings. The dress is with cotton fabric and its neckline"
            " is round. The leggings are with",
            "cut",
            who="she",
            hit_limit=True,
        ),
        title="Global Desi Women Maroon Kurta",
        category=K,
        color="Maroon",
        gender="Women",
    ),
    # photo: man in a red-and-navy checked casual shirt, sleeves rolled to the elbow, worn open over a white crew-neck
    # t-shirt, blue jeans, white backdrop, front view. Adapter epoch 1 / reference engine.
    case(
        "X807-005",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton"
            " fabric and its neckline is lapel. The pants are with denim fabric and solid color patterns. This man"
            " wears",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white", "other_garment_color"),
        color_of("jeans", "blue"),
        BQ.pattern("checked"),
        wearing("a red and blue checked shirt over a white t-shirt and blue jeans", who="he"),
        describe("shirt", "it is a shirt", "restated"),
        title="Roadster Men Checks Red Shirt",
        category=S,
        color="Red",
        gender="Men",
    ),
    # photo: woman in a teal anarkali-style kurta, flared, small white polka dots, long sleeves, white churidar,
    # a teal dupatta over both arms, white backdrop, front view. Adapter epoch 1 / reference engine.
    case(
        "X807-006",
        caption(
            "The lady wears a long-sleeve teal kurta with dot patterns and a white leggings. She has a scarf on her"
            " arms."
        ),
        color_of("kurta", "teal"),
        wearing(
            "she is wearing a teal kurta and a teal dupatta and a teal kurta and a teal dupatta and a teal kurta and a",
            "loop",
            who="she",
            hit_limit=True,
        ),
        BQ.pattern("polka dots"),
        BQ.sleeve_length("long sleeve"),
        is_a("dress", "yes", "contradiction"),
        title="Libas Women Teal Kurta",
        category=K,
        color="Teal",
        gender="Women",
    ),
    # photo: man in a solid light blue formal shirt, long sleeves, button-down collar, buttoned cuffs, tucked into
    # black trousers, black belt, a steel watch on the left wrist, white backdrop. Adapter epoch 1 / reference.
    case(
        "X807-007",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The trousers are"
            " with cotton fabric and solid color patterns. There is an accessory on his wrist."
        ),
        color_of("shirt", "blue"),
        color_of("pants", "blue", "contradiction"),
        details("shirt", "the shirt has a button-down collar and buttoned cuffs"),
        wearing("clothes", "non_answer", who="he"),
        BQ.sleeve_length("long sleeve"),
        title="Arrow Men Solid Blue Shirt",
        category=S,
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a white chikankari kurta with white thread floral embroidery all over, V-neck, three-quarter
    # sleeves, light pink palazzo pants, white backdrop, front view. Adapter epoch 1 / reference engine.
    case(
        "X807-008",
        caption(
            "The lady wears a three-quarter sleeve white kurta with floral patterns and a pink pants. The kurta is"
            " with cotton fabric."
        ),
        color_of("kurta", "pink", "other_garment_color"),
        describe("kurta", "a white kurta with white floral embroidery all over and three-quarter sleeves"),
        BQ.pattern("embroidered"),
        BQ.material("cotton"),
        wearing(
            "The lady wears a three-quarter sleeve kurta with floral patterns and a long pants. The kurta is with"
            " cotton fabric and its neckline is V-shape. The pants are",
            "cut",
            who="she",
            hit_limit=True,
        ),
        title="Ada Women White Chikan Kurta",
        category=K,
        color="White",
        gender="Women",
    ),
    # photo: man in a solid black slim-fit shirt, sleeves rolled up, top button open, khaki chinos, white
    # sneakers, white backdrop, full-length view. Adapter epoch 1 / reference engine.
    case(
        "X807-009",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The pants are with"
            " cotton fabric and pure color patterns. This man wears a pair of sneakers."
        ),
        color_of("shirt", "black"),
        color_of("pants", "khaki"),
        wearing("a black shirt and khaki pants", who="he"),
        describe(
            "shirt",
            "a black shirt with a black collar and black buttons and black sleeves and black cuffs and black buttons"
            " and black sleeves and black",
            "loop",
            hit_limit=True,
        ),
        BQ.material("denim", "unsupported"),
        BQ.pattern("striped", "contradiction"),
        title="Locomotive Men Black Shirt",
        category=S,
        color="Black",
        gender="Men",
    ),
    # photo: woman in a rust-orange straight kurta with a black geometric block print, three-quarter sleeves, round
    # neck, side slits, black palazzo pants, no dupatta, white backdrop. Seller color "Brown" is wrong for the photo.
    # Adapter epoch 1 / reference engine.
    case(
        "X807-010",
        caption("The lady wears a three-quarter sleeve orange kurta with geometric patterns and a black pants."),
        color_of("kurta", "rust"),
        BQ.color("black", "other_garment_color"),
        BQ.garment_type("kurta"),
        details(
            "kurta",
            "The kurta has side slits and a round neck. The kurta has side slits and a round neck. The kurta has side"
            " slits and a",
            "loop",
            hit_limit=True,
        ),
        describe("kurta", "a kurta with a black geometric print and side slits"),
        wearing("a brown kurta with black pants and a black dupatta", "unsupported", who="she"),
        title="Rangmanch Women Brown Kurta",
        category=K,
        color="Brown",
        gender="Women",
    ),
    # photo: man in an olive utility shirt with two flap chest pockets and epaulettes, long sleeves, black jeans,
    # white backdrop, front view. Adapter epoch 1 / reference engine.
    case(
        "X807-011",
        caption(
            "The gentleman wears a long-sleeve green shirt with pure color patterns and a long jeans. The jeans are"
            " with denim fabric and solid color patterns."
        ),
        color_of("shirt", "olive"),
        details("shirt", "two flap pockets on the chest and epaulettes on the shoulders"),
        color_of("jeans", "olive", "contradiction"),
        wearing(
            "Question: What is he wearing? Answer: a green shirt and black jeans. Question: What is the color of the"
            " shirt? Answer: green",
            "leak",
            who="he",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        BQ.material("cotton"),
        title="HRX Men Olive Casual Shirt",
        category=S,
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a lavender A-line kurta with a white floral print and lace trim at the hem, three-quarter
    # sleeves, white straight pants, white backdrop. Adapter epoch 1 / reference engine.
    case(
        "X807-012",
        caption(
            "The gentleman wears a three-quarter sleeve purple kurta with floral patterns and a white pants.",
            "pronoun",
        ),
        color_of("kurta", "lavender"),
        BQ.pattern("floral"),
        describe("kurta", "a light purple kurta with white flowers and lace at the hem"),
        wearing("kurta", "non_answer", who="she"),
        details(
            "kurta",
            "lace trim at the hem and white flowers Question: What is the color of the kurta? Answer: purple Question:",
            "leak",
            hit_limit=True,
        ),
        BQ.material("cotton"),
        title="Anouk Women Lavender Printed Kurta",
        category=K,
        color="Lavender",
        gender="Women",
    ),
    # photo: man in a white linen shirt with a band (mandarin) collar, long sleeves, untucked, light blue jeans,
    # sunglasses hooked on the placket, bare wrists, white backdrop. Adapter epoch 1 / reference engine.
    case(
        "X807-013",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long jeans. The shirt is with"
            " linen fabric and its neckline is stand. The jeans are with denim fabric and solid color patterns."
            " There",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue", "other_garment_color"),
        BQ.material("linen"),
        details("shirt", "a mandarin collar and a pair of sunglasses hooked on the front"),
        BQ.garment_type("shirt"),
        wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long jeans. There is an accessory"
            " on his wrist. There is",
            "cut",
            who="he",
            hit_limit=True,
        ),
        title="Mast & Harbour Men White Linen Shirt",
        category=S,
        color="White",
        gender="Men",
    ),
    # photo: woman in a black straight kurta with multicolour floral embroidery (pink, yellow, green) on the yoke,
    # full sleeves, red leggings, a red dupatta around the neck, white backdrop. Adapter epoch 1 / reference.
    case(
        "X807-014",
        caption(
            "The lady wears a long-sleeve black kurta with floral patterns and a red leggings. She has a red scarf"
            " around her neck."
        ),
        color_of("kurta", "red", "other_garment_color"),
        wearing("a black kurta with red leggings and a red dupatta", who="she"),
        details(
            "kurta",
            "the kurta has a round neck, full sleeves and floral embroidery on the yoke in pink, yellow and green",
        ),
        BQ.sleeve_length("short sleeve", "contradiction"),
        BQ.material(
            "The kurta is with cotton fabric and its neckline is round. The kurta is with cotton fabric and its"
            " neckline is round. The kurta",
            "loop",
            hit_limit=True,
        ),
        title="Aurelia Women Black Kurta",
        category=K,
        color="Black",
        gender="Women",
    ),
    # photo: man in a navy shirt with a small white dot print, short sleeves, untucked, beige shorts, white
    # backdrop, full-length view. Adapter epoch 1 / reference engine.
    case(
        "X807-015",
        caption(
            "The gentleman wears a short-sleeve shirt with graphic patterns and a shorts. The shirt is with cotton"
            " fabric and its neckline is lapel. The shorts are with cotton fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "navy blue"),
        color_of("shorts", "beige"),
        BQ.pattern("solid", "contradiction"),
        describe("shirt", "a navy blue shirt with a white dot print and short sleeves"),
        wearing(
            "a navy shirt and beige shorts Question: What is he wearing? Answer: a navy shirt and beige shorts"
            " Question",
            "leak",
            who="he",
            hit_limit=True,
        ),
        BQ.sleeve_length("short sleeve"),
        title="Highlander Men Navy Printed Shirt",
        category=S,
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a bottle green straight kurta with gold foil buttis, three-quarter sleeves, mandarin collar,
    # front placket, beige palazzo, no jewellery, hands at her sides, white backdrop. Row lacks a color.
    # Adapter epoch 1 / reference engine.
    case(
        "X807-016",
        caption(
            "The lady wears a three-quarter sleeve green kurta with graphic patterns and a beige pants. There is a"
            " ring on her finger.",
            "unsupported",
        ),
        color_of("kurta", "green"),
        color_of("pants", "beige"),
        details("kurta", "the details are the details of the kurta", "restated"),
        is_a("kurta", "yes"),
        BQ.color("beige", "other_garment_color"),
        wearing("a green kurta with beige palazzo and a gold necklace", "unsupported", who="she"),
        title="Shree Women Green Printed Kurta",
        category=K,
        gender="Women",
    ),
    # photo: man in a washed grey denim shirt with two chest pockets, long sleeves, worn open over a black t-shirt,
    # black jeans, white backdrop. Adapter epoch 1 / reference engine.
    case(
        "X807-017",
        caption(
            "The gentleman wears a long-sleeve denim shirt with pure color patterns and a long jeans. He wears a"
            " black T-shirt under it."
        ),
        color_of("shirt", "black", "other_garment_color"),
        BQ.material("denim"),
        wearing("a grey denim shirt over a black t-shirt with black jeans", who="he"),
        describe("shirt", "a grey shirt with two pockets"),
        details(
            "shirt",
            "The shirt has two pockets. The shirt has two pockets. The shirt has two pockets. The shirt has two"
            " pockets. The shirt",
            "loop",
            hit_limit=True,
        ),
        title="Wrangler Men Grey Denim Shirt",
        category=S,
        color="Grey",
        gender="Men",
    ),
    # photo: back view of a woman in a sleeveless peach kurta with a tie-up keyhole at the back of the neck, white
    # leggings, feet cropped out, bare arms, white backdrop. Adapter epoch 1 / reference engine.
    case(
        "X807-018",
        caption("The lady wears a sleeveless pink kurta with pure color patterns and a white leggings."),
        BQ.sleeve_length("sleeveless"),
        color_of("kurta", "peach"),
        details("kurta", "a tie-up keyhole at the back of the neck"),
        describe(
            "kurta",
            "The lady wears a sleeveless kurta with pure color patterns. The kurta is with cotton fabric and its"
            " neckline is round. There is an accessory on her wrist. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a peach kurta and a pair of white leggings and a pair of white sandals", "unsupported", who="she"),
        BQ.pattern("solid"),
        title="Vishudh Women Peach Kurta",
        category=K,
        color="Peach",
        gender="Women",
    ),
    # photo: man in a solid maroon shirt, long sleeves, buttoned cuffs, tucked into navy trousers, brown belt,
    # white backdrop, front view. Adapter epoch 1 / reference engine.
    case(
        "X807-019",
        caption("The lady wears a long-sleeve shirt with pure color patterns and a long trousers.", "pronoun"),
        color_of("shirt", "maroon"),
        color_of("pants", "navy blue"),
        BQ.color("navy blue", "other_garment_color"),
        describe("shirt", "a dark red shirt with long sleeves tucked into navy trousers"),
        details("shirt", "the shirt details are the details of the shirt", "restated"),
        title="Genesis Men Solid Maroon Shirts",
        category=S,
        color="Maroon",
        gender="Men",
    ),
    # photo: woman in a calf-length indigo kurta with a white dabu floral block print, round neck, long sleeves,
    # matching indigo printed pants, white backdrop. Adapter epoch 1 / reference engine.
    case(
        "X807-020",
        caption(
            "The lady wears a long-sleeve blue dress with floral patterns. The dress is with cotton fabric and its"
            " neckline is round. The lower clothing is of long length.",
            "contradiction",
        ),
        color_of("kurta", "blue"),
        BQ.material("cotton"),
        BQ.pattern("floral"),
        BQ.color("white", "contradiction"),
        wearing("she is wearing a blue and white floral print kurta and matching pants", who="she"),
        details(
            "kurta",
            "The kurta has a round neck and long sleeves and a floral print and a round neck and long sleeves and a"
            " floral print and",
            "loop",
            hit_limit=True,
        ),
        title="Fabindia Women Indigo Printed Cotton Kurta",
        category=K,
        color="Blue",
        gender="Women",
    ),
    # photo: man in a pink oxford shirt, long sleeves, under an open navy blazer whose lapels cover the chest, grey
    # trousers, white backdrop. The shirt is the product. Adapter epoch 1 / reference engine.
    case(
        "X807-021",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. He wears an outer"
            " clothing with pure color patterns."
        ),
        color_of("shirt", "navy blue", "other_garment_color"),
        wearing("a navy blazer over a pink shirt and grey trousers", who="he"),
        details("shirt", "the shirt has a pocket", "unsupported"),
        is_a("jacket", "no"),
        BQ.garment_type("blazer", "contradiction"),
        title="Van Heusen Men Pink Shirt",
        category=S,
        color="Pink",
        gender="Men",
    ),
    # photo: woman in a red bandhani-print straight kurta with small white tie-dye dots, round neck, three-quarter
    # sleeves, white churidar, white backdrop. Adapter epoch 1 / reference engine.
    case(
        "X807-022",
        caption(
            "The lady wears a three-quarter sleeve red kurta with dot patterns and a white leggings. The kurta is"
            " with cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color"
            " patterns. She",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "red"),
        describe("kurta", "a red kurta with small white tie-dye dots"),
        BQ.material("cotton"),
        wearing("red", "non_answer", who="she"),
        details("kurta", "there is a pocket on the right side", "unsupported"),
        title="Biba Women Red Kurta",
        category=K,
        color="Red",
        gender="Women",
    ),
    # photo: man in a yellow-and-white gingham check shirt, short sleeves, button-down collar, one chest pocket,
    # untucked, navy chinos, no tie, white backdrop. Adapter epoch 1 / reference engine.
    case(
        "X807-023",
        caption(
            "The gentleman wears a short-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton"
            " fabric and its neckline is lapel."
        ),
        color_of("shirt", "yellow"),
        BQ.pattern("checked"),
        color_of("pants", "navy blue"),
        details("shirt", "yellow and white checks, a chest pocket and a button-down collar"),
        describe(
            "shirt",
            "a yellow and white checked shirt with short sleeves and a button-down collar and a chest pocket and a"
            " button-down collar and a chest pocket and",
            "loop",
            hit_limit=True,
        ),
        wearing("a yellow checked shirt with a tie", "unsupported", who="he"),
        title="United Colors of Benetton Men Check Yellow Shirt",
        category=S,
        color="Yellow",
        gender="Men",
    ),
    # photo: woman in a long mint/sea-green straight kurta with silver mirror work around the neckline, sheer full
    # sleeves, white palazzo, a mint dupatta with a gold border over both shoulders, white backdrop.
    # Adapter epoch 1 / reference engine.
    case(
        "X807-024",
        caption(
            "The lady wears a long-sleeve green kurta with pure color patterns and a white pants. She also wears a"
            " green scarf with a gold border."
        ),
        color_of("kurta", "white", "other_garment_color"),
        BQ.color("green"),
        details("kurta", "mirror work around the neckline and sheer sleeves"),
        wearing(
            "a green kurta and white pants Question: What is the color of the kurta? Answer: green Question: What",
            "leak",
            who="she",
            hit_limit=True,
        ),
        title="Jaipur Kurti Women Sea Green Kurta",
        category=K,
        color="Sea Green",
        gender="Women",
    ),
    # photo: man in a charcoal shirt with a faint herringbone texture, long sleeves, tucked into black trousers,
    # silver watch, slate-grey studio backdrop. Adapter epoch 1 / reference engine.
    case(
        "X807-025",
        caption(
            "The gentleman wears a long-sleeve grey shirt with pure color patterns and a long black trousers. There is"
            " an accessory on his wrist."
        ),
        color_of("shirt", "grey"),
        color_of("pants", "grey", "contradiction"),
        describe("shirt", "a dark grey shirt against a grey background"),
        BQ.material(
            "The shirt is with cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure"
            " color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        BQ.sleeve_length("long sleeve"),
        wearing("the person is wearing clothes", "restated"),
        title="Raymond Men Charcoal Shirt",
        category=S,
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a pink angrakha-style kurta (wrap front tied at the side) with a blue floral print, V-neck,
    # three-quarter sleeves, blue churidar, white backdrop. Adapter epoch 1 / reference engine.
    case(
        "X807-026",
        caption(
            "The lady wears a three-quarter sleeve pink kurta with floral patterns and a blue leggings. The kurta is"
            " with cotton fabric and its neckline is V-shape. The leggings are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "blue", "other_garment_color"),
        details("kurta", "the kurta has an angrakha wrap front with a tie at the side"),
        is_a("kurta", "no", "contradiction"),
        BQ.pattern("floral"),
        describe(
            "kurta",
            "The kurta is pink. The kurta is pink. The kurta is pink. The kurta is pink. The kurta is pink. The kurta"
            " is",
            "loop",
            hit_limit=True,
        ),
        title="Global Desi Women Pink Printed Kurta",
        category=K,
        color="Pink",
        gender="Women",
    ),
    # photo: man in a white short-sleeve shirt with a small black anchor print all over, blue jeans, white
    # backdrop. Row lacks a color. Adapter epoch 1 / reference engine.
    case(
        "X807-027",
        caption(
            "The gentleman wears a short-sleeve shirt with graphic patterns and a long jeans. The shirt is with cotton"
            " fabric and its neckline is lapel. The jeans are with denim fabric and solid color patterns."
        ),
        color_of("shirt", "white"),
        BQ.pattern("printed"),
        describe("shirt", "a white shirt with small black anchors printed all over"),
        wearing("yes", "non_answer", who="he"),
        details("shirt", "the shirt details are shirt details", "restated"),
        BQ.material(
            "The shirt is with cotton fabric and graphic patterns. The shirt is with cotton fabric and graphic"
            " patterns. The shirt is",
            "loop",
            hit_limit=True,
        ),
        title="Flying Machine Men Printed White Shirt",
        category=S,
        gender="Men",
    ),
    # photo: woman in a short olive cotton kurta with wooden buttons down the placket, roll-up sleeves with tabs,
    # blue jeans, a brown leather sling bag strap across the chest, white backdrop. Adapter epoch 1 / reference.
    case(
        "X807-028",
        caption(
            "The lady wears a long-sleeve green shirt with pure color patterns and a long jeans. The shirt is with"
            " cotton fabric.",
            "contradiction",
        ),
        color_of("kurta", "olive"),
        color_of("jeans", "blue"),
        wearing("an olive kurta with blue jeans and a brown bag", who="she"),
        details("kurta", "wooden buttons down the front and roll-up sleeves with tabs"),
        BQ.material("leather", "unsupported"),
        title="Sangria Women Olive Kurta",
        category=K,
        color="Olive",
        gender="Women",
    ),
    # photo: man in a purple-and-white small-check shirt, long sleeves, grey chinos, a brown leather jacket slung
    # over his shoulder, white backdrop. Adapter epoch 1 / reference engine.
    case(
        "X807-029",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns and a long pants. He holds an outer"
            " clothing on his shoulder."
        ),
        color_of("shirt", "brown", "other_garment_color"),
        BQ.pattern("checked"),
        color_of("pants", "grey"),
        describe(
            "shirt",
            "Question: Describe the shirt. Answer: a purple and white checked shirt. Question: Describe the pants."
            " Answer: grey",
            "leak",
            hit_limit=True,
        ),
        wearing("a purple checked shirt with grey chinos and a brown jacket over his shoulder", who="he"),
        BQ.garment_type("shirt"),
        BQ.material("wool", "unsupported"),
        title="Basics Men Purple Checked Slim Fit Shirt",
        category=S,
        color="Purple",
        gender="Men",
    ),
    # photo: woman in a grey melange kurta with small white printed motifs, short sleeves, black leggings, nothing
    # on her shoulders, white backdrop. Row lacks gender. Adapter epoch 1 / reference engine.
    case(
        "X807-030",
        caption(
            "The lady wears a short-sleeve grey kurta with graphic patterns and a black leggings. There is a bag on"
            " her shoulder.",
            "unsupported",
        ),
        color_of("kurta", "grey"),
        color_of("leggings", "grey", "contradiction"),
        BQ.sleeve_length("short sleeve"),
        describe("kurta", "a grey kurta with small white prints and short sleeves"),
        wearing("a grey kurta with black leggings", who="she"),
        title="Span Women Grey Kurta",
        category=K,
        color="Grey",
    ),
    # photo: man in a mustard corduroy shirt, long sleeves, worn open over a white t-shirt, black jeans, white
    # backdrop. Adapter epoch 1 / reference engine.
    case(
        "X807-031",
        caption(
            "The gentleman wears a long-sleeve yellow shirt with pure color patterns and a long black jeans. There is"
            " a white T-shirt under it."
        ),
        color_of("shirt", "mustard"),
        BQ.material("corduroy"),
        color_of("jeans", "black"),
        details(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. The shirt is with cotton fabric and pure color"
            " patterns. The shirt is with",
            "loop",
            hit_limit=True,
        ),
        BQ.color("white", "other_garment_color"),
        wearing(
            "he is wearing a yellow shirt and a white t-shirt and black jeans and a yellow shirt and a white t-shirt"
            " and black jeans and a",
            "loop",
            who="he",
            hit_limit=True,
        ),
        title="Roadster Men Mustard Shirt",
        category=S,
        color="Mustard",
        gender="Men",
    ),
    # photo: woman in a long cream kurta with a gold foil print, bell sleeves, side slits, cream straight pants,
    # gold jhumka earrings, matte cotton weave, white backdrop. Adapter epoch 1 / reference engine.
    case(
        "X807-032",
        caption(
            "The lady wears a long-sleeve white kurta with graphic patterns and a white pants. She wears earrings."
        ),
        color_of("kurta", "cream"),
        details("kurta", "gold foil print, bell sleeves and side slits"),
        BQ.material("silk", "unsupported"),
        wearing(
            "The gentleman wears a long-sleeve kurta with graphic patterns and a long pants.", "pronoun", who="she"
        ),
        color_of("pants", "cream"),
        BQ.garment_type("dress", "contradiction"),
        title="Vishudh Women Cream Printed Kurta",
        category=K,
        color="Cream",
        gender="Women",
    ),
    # photo: man in a blue-and-white vertical stripe shirt, long sleeves, tucked into beige chinos, brown belt,
    # brown loafers, no glasses, white backdrop. Adapter epoch 1 / reference engine.
    case(
        "X807-033",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns and a long pants. The pants are with cotton"
            " fabric and pure color patterns. This man wears a pair of glasses.",
            "unsupported",
        ),
        color_of("shirt", "blue"),
        BQ.pattern("striped"),
        color_of("pants", "beige"),
        describe("shirt", "striped", "non_answer"),
        wearing("a blue striped shirt tucked into beige chinos with a brown belt", who="he"),
        BQ.color("white", "contradiction"),
        title="Arrow Men Stripes Blue Shirt",
        category=S,
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a magenta straight kurta with a gold gota-patti border at the hem and cuffs, three-quarter
    # sleeves, white churidar, white backdrop. Adapter epoch 1 / reference engine.
    case(
        "X807-034",
        caption(
            "The lady wears a three-quarter sleeve pink kurta with pure color patterns and a white leggings. The kurta"
            " has a gold border at the hem."
        ),
        color_of("kurta", "purple", "contradiction"),
        BQ.garment_type("kurta"),
        details("kurta", "gold gota border at the hem and cuffs"),
        wearing("she is wearing a pink kurta with a gold border and white churidar", who="she"),
        describe("kurta", "Describe the kurta.", "restated"),
        title="Biba Women Magenta Kurta",
        category=K,
        color="Magenta",
        gender="Women",
    ),
    # photo: man in a red-and-black buffalo check flannel shirt (red ground), long sleeves, untucked, two chest
    # pockets, blue jeans, white backdrop. Adapter epoch 1 / reference engine.
    case(
        "X807-035",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns and a long jeans. The shirt is with cotton"
            " fabric and its neckline is lapel. The jeans are with denim fabric and solid color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "black", "contradiction"),
        BQ.material("flannel"),
        color_of("jeans", "blue"),
        wearing("a red and black checked shirt and blue jeans", who="he"),
        details(
            "shirt",
            "He is wearing a red and black checked shirt with a pocket on the left and a pocket on the right and a"
            " pocket on the left and a",
            "loop",
            hit_limit=True,
        ),
        title="Wrangler Men Red Checked Shirt",
        category=S,
        color="Red",
        gender="Men",
    ),
    # photo: flat lay, no model: a turquoise straight kurta with white thread embroidery down the placket and on the
    # three-quarter sleeves, laid on a white backdrop. Adapter epoch 1 / reference engine.
    case(
        "X807-036",
        caption("The lady wears a three-quarter sleeve blue kurta with floral patterns.", "unsupported"),
        color_of("kurta", "turquoise"),
        wearing("she is wearing a blue kurta and white pants", "unsupported", who="she"),
        describe("kurta", "a turquoise kurta with white embroidery down the front and on the sleeves"),
        BQ.sleeve_length("three-quarter sleeve"),
        is_a("kurta", "yes"),
        title="Rangriti Women Turquoise Blue Kurta",
        category=K,
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: man in a khaki linen shirt with one chest pocket, short sleeves, untucked, white trousers, white
    # backdrop. Adapter epoch 1 / reference engine.
    case(
        "X807-037",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with"
            " linen fabric."
        ),
        color_of("shirt", "white", "other_garment_color"),
        color_of("pants", "white"),
        describe("shirt", "a beige short sleeve shirt with a pocket"),
        wearing(
            "a beige shirt and white pants Question: What is the color of the shirt? Answer: beige Question: What is"
            " the color of",
            "leak",
            who="he",
            hit_limit=True,
        ),
        BQ.sleeve_length("long sleeve", "contradiction"),
        title="Indian Terrain Men Khaki Shirt",
        category=S,
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in a black-and-white vertical stripe kurta with a shirt collar, roll-up sleeves and a curved hem,
    # black leggings, white backdrop. Adapter epoch 1 / reference engine.
    case(
        "X807-038",
        caption(
            "The lady wears a long-sleeve kurta with stripe patterns and a black leggings. The kurta is with cotton"
            " fabric and its neckline is lapel."
        ),
        color_of("kurta", "black"),
        BQ.pattern("striped"),
        details("kurta", "a shirt collar, roll-up sleeves and a curved hem"),
        wearing("a black and white striped kurta with black leggings", who="she"),
        is_a("shirt", "yes", "contradiction"),
        BQ.material("cotton"),
        title="Tokyo Talkies Women Black Striped Kurta",
        category=K,
        color="Black",
        gender="Women",
    ),
    # photo: man in a teal short-sleeve shirt with a white floral (Hawaiian) print, worn open over a white t-shirt,
    # beige shorts, sunglasses pushed up on his head, white backdrop. Adapter epoch 1 / reference engine.
    case(
        "X807-039",
        caption(
            "The gentleman wears a short-sleeve shirt with floral patterns and a shorts. There is a white T-shirt"
            " under it. He wears sunglasses on his head."
        ),
        color_of("shirt", "teal"),
        BQ.color("white", "other_garment_color"),
        BQ.pattern("floral"),
        describe("shirt", "a teal shirt with white flowers and short sleeves, worn open"),
        details(
            "shirt",
            "The shirt is with cotton fabric and floral patterns. Its neckline is lapel. The shorts are with cotton"
            " fabric and pure color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a floral shirt and shorts", "pronoun", who="he"),
        title="Highlander Men Teal Printed Shirt",
        category=S,
        color="Teal",
        gender="Men",
    ),
    # photo: woman in a sleeveless lemon-yellow A-line kurta with a red-and-green floral print border, green
    # printed palazzo pants, a large cocktail ring on her right hand, white backdrop. Adapter epoch 1 / reference.
    case(
        "X807-040",
        caption(
            "The lady wears a sleeveless yellow kurta with floral patterns and a green pants. There is a ring on her"
            " finger."
        ),
        color_of("kurta", "green", "other_garment_color"),
        BQ.sleeve_length("sleeveless"),
        color_of("pants", "green"),
        wearing("a yellow kurta", who="she"),
        details(
            "kurta",
            "the kurta details are the kurta details are the kurta details are the kurta details are the kurta",
            "loop",
            hit_limit=True,
        ),
        BQ.material("denim", "unsupported"),
        title="Juniper Women Yellow Printed Kurta",
        category=K,
        color="Yellow",
        gender="Women",
    ),
    # photo: back view of a man in a coffee-brown solid shirt with a box pleat on the back yoke, long sleeves,
    # tucked into dark blue jeans, white backdrop. Adapter epoch 1 / reference engine.
    case(
        "X807-041",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long jeans. The back of the shirt"
            " has a pleat."
        ),
        color_of("shirt", "brown"),
        details("shirt", "a box pleat at the back and two chest pockets", "unsupported"),
        wearing("a brown shirt and jeans", who="he"),
        color_of("jeans", "brown", "contradiction"),
        describe(
            "shirt",
            "Question: Describe the shirt. Answer: a brown shirt Question: Describe the jeans. Answer: blue jeans",
            "leak",
            hit_limit=True,
        ),
        title="Louis Philippe Men Brown Shirt",
        category=S,
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: woman in a burgundy velvet kurta with gold embroidery around the neckline (no necklace), long sleeves,
    # black palazzo, white backdrop. Adapter epoch 1 / reference engine.
    case(
        "X807-042",
        caption(
            "The lady wears a long-sleeve red kurta with pure color patterns and a black pants. There is an accessory"
            " on her neck.",
            "unsupported",
        ),
        color_of("kurta", "burgundy"),
        BQ.material("velvet"),
        BQ.pattern("solid"),
        describe("kurta", "a burgundy velvet kurta with gold embroidery around the neckline and long sleeves"),
        wearing(
            "The lady wears a long-sleeve kurta with pure color patterns and a long pants. The kurta is with knitted"
            " fabric and its neckline is",
            "cut",
            who="she",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="Shree Women Burgundy Velvet Kurta",
        category=K,
        color="Burgundy",
        gender="Women",
    ),
    # photo: man in a solid lavender formal shirt with buttoned barrel cuffs, a navy tie, grey trousers, white
    # backdrop. Adapter epoch 1 / reference engine.
    case(
        "X807-043",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. There is an"
            " accessory on his neck."
        ),
        color_of("shirt", "navy blue", "other_garment_color"),
        BQ.color("lavender"),
        describe("shirt", "a light purple formal shirt worn with a navy tie"),
        details("shirt", "The shirt has french cuffs with cufflinks", "unsupported"),
        is_a("shirt", "yes"),
        wearing("a lavender shirt with a navy tie and grey trousers and a grey blazer", "unsupported", who="he"),
        title="Van Heusen Men Lavender Formal Shirt",
        category=S,
        color="Lavender",
        gender="Men",
    ),
    # photo: woman in a coral-orange kurta with white shibori tie-dye stripes, short sleeves, round neck, white
    # cropped pants, white sneakers, white backdrop. Adapter epoch 1 / reference engine.
    case(
        "X807-044",
        caption(
            "The lady wears a short-sleeve orange kurta with stripe patterns and a white pants. The kurta is with"
            " cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. She",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "orange"),
        wearing("The gentleman wears a short-sleeve kurta and a long pants", "pronoun", who="she"),
        BQ.pattern("tie-dye"),
        describe("kurta", "orange", "non_answer"),
        color_of("pants", "orange", "contradiction"),
        title="Melange Women Orange Shibori Kurta",
        category=K,
        color="Orange",
        gender="Women",
    ),
    # photo: man in a cream shirt with thin brown stripes and a plain cream collar, sleeves rolled up, olive chinos,
    # tan belt, white backdrop. Adapter epoch 1 / reference engine.
    case(
        "X807-045",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns and a long pants. The pants are with cotton"
            " fabric and pure color patterns."
        ),
        color_of("shirt", "green", "other_garment_color"),
        BQ.pattern("striped"),
        wearing("a cream shirt with brown stripes and olive pants", who="he"),
        details("shirt", "the sleeves are rolled up"),
        color_of("pants", "olive"),
        describe("shirt", "a cream shirt with brown stripes and a brown collar", "unsupported"),
        title="Allen Solly Men Cream Striped Shirt",
        category=S,
        color="Cream",
        gender="Men",
    ),
    # photo: woman in a navy straight kurta with a white geometric print, three-quarter sleeves, under a plain beige
    # sleeveless jacket, white leggings, white backdrop. Adapter epoch 1 / reference engine.
    case(
        "X807-046",
        caption(
            "The lady wears a three-quarter sleeve blue kurta with geometric patterns and a white leggings. She wears"
            " an outer clothing with pure color patterns."
        ),
        color_of("kurta", "beige", "other_garment_color"),
        BQ.garment_type("jacket", "contradiction"),
        describe("kurta", "a navy blue kurta with a white geometric print under a beige sleeveless jacket"),
        details(
            "kurta",
            "Question: What are the kurta details? Answer: a navy kurta with white print Question: What are the kurta"
            " details? Answer",
            "leak",
            hit_limit=True,
        ),
        color_of("leggings", "white"),
        title="W Women Navy Blue Kurta",
        category=K,
        color="Navy Blue",
        gender="Women",
    ),
]
