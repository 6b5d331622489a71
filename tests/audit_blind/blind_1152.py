"""BLIND_1152 (46 products; Myntra men's tees/shirts, caption adapter epoch 3): written blind in the sixtieth session.
Measured blind at 2135623 (the session's eighth rules): 120/130 failures found (92.3%) and 6/192 correct texts flagged
(3.1%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's Tshirts and Shirts (crew necks, polos, a henley, graphic tees, checks, stripes,
linen, denim, prints), each product worn by a male model with jeans, shorts or track pants, sometimes layered (an
open shirt over a tee, a tee under an open check shirt). Studio shots on white or light grey backdrops, front view
mostly, one side view and one back view; props are few (sunglasses, a backpack, a stool, a cap, a watch, a chain).

Who wrote what: captions and every open answer come from Salesforce/blip2-opt-2.7b (8-bit) with the caption adapter
at epoch 3 (leoreigoto/Data2_V2_Blip2_Finetune_Caption), greedy, 50 new tokens for captions and 30 for answers,
stopping on a newline. The adapter writes the DeepFashion-MultiModal template ("The gentleman wears a short-sleeve
T-shirt with pure color patterns. The T-shirt is with cotton fabric and its neckline is round...") with no hue
names; it often says "The lady" (DeepFashion is mostly women), puts "denim fabric" on every lower garment, invents
"an accessory on his wrist", and, having no trained end token, often runs to the limit (cut mid-sentence) or
repeats a sentence. Its open answers are short when the base model's newline habit wins, and drift into the
caption template, into a repeated phrase or into the next "Question: ... Answer:" when it does not. Color answers
give one hue for two garments or the hue of a print. Closed answers (garment type, color, pattern, sleeve length,
"Is this a ...?") come from enrich's --engine reference ranking candidate values, so they never loop or stop short,
but they can pick the wrong candidate.

Labeling conventions and judgement calls:
- One label per text. When a text has two failures, the structural one wins in the order loop, leak, cut; among
  content failures the one that comes first in the text wins (a cut caption that also calls a linen shirt cotton is
  labelled cut).
- loop: a phrase of three or more words comes back verbatim at least twice and the text runs to its limit. cut: the
  text stops mid-sentence at its limit without such repetition. hit_limit=True only where the text ran to its limit
  (about 50 tokens for captions, 30 for answers); everything else ended on the newline.
- leak: any "Question:" or "Answer:" in the output, even when the answer before or after it is right.
- other_garment_color only for an open answer that gives the product (the seller's top) the color of another garment
  or layer in the photo: the jeans, shorts, track pants, the tee under an open shirt, the shirt over a tee. When a
  lower garment gets the product's color ("red" for the shorts under a red polo) it is a contradiction; a closed
  answer that picks a wrong color is always a contradiction.
- The color of a print or logo given as the garment's color ("red" for a white tee with an Avengers print, "yellow"
  for a black tee with a yellow bat logo) is a contradiction, not other_garment_color.
- Shades inside the seller's color group are correct: maroon or red for Maroon, blue for Navy Blue, white for Off
  White, green for Olive, pink for Peach, grey for Charcoal, orange for Rust, red for Burgundy. Pink for a Lavender
  tee (another group) is a contradiction. Two-color answers ("blue and white", "brown and white" for brown and cream
  checks) are correct when both colors are in the garment.
- Fabric: the template's "cotton fabric" for tees and shirts and "denim fabric" for jeans count as correct unless the
  title names another fabric (linen: contradiction). A fabric nothing supports for the product (denim for a cotton
  shirt, satin, wool) is unsupported. "polyester" for a sports tee is accepted. "denim fabric" for track pants is a
  contradiction of the photo.
- A small chest logo does not make a garment printed: "pure color patterns" is right for it. "pure color" or
  "striped" for a tee or shirt whose title and photo show a print is a contradiction.
- Template words accepted: "long trousers" / "long pants" for jeans and track pants, "three-point shorts" for any
  shorts, "lattice" for checks and gingham, "stand" for a mandarin collar, "lapel" for shirt and polo collars,
  "color block" for a colour-blocked tee and for stripes across the shoulders.
- pronoun: "The lady", "This lady", "her", "she" on a Men row. "The gentleman", "This man", "his" and "the person"
  are correct. No pronoun is labelled on the row that lacks gender.
- non_answer: a one-word answer to an open question even when the word is true ("yellow" to "What is he wearing?",
  "checks", "polo", "white"), "yes" to a details question, and answers that only give the question's noun back
  ("it is a t-shirt", "a t-shirt"). restated: a whole sentence that turns the question around and says nothing
  ("The t-shirt details are the details of the t-shirt.").
- A true template sentence given as the answer to "What is he wearing?" is correct; the template given to a color
  question and run to the limit is cut.
- Sleeves rolled to the elbow on a long-sleeve shirt: "long" is correct; "short" on a long-sleeve shirt or henley is
  a contradiction. For a tee under an open long-sleeve shirt the closed sleeve answer is about the tee.
- unsupported: invented accessories or details (a cap, a coffee cup, sunglasses on the head, a hood, a zip, a chest
  pocket, epaulettes, a logo on the back that the front view cannot show, "an accessory on his wrist" with bare
  wrists). Accessories in the photo (watch, fitness band, chain, belt, cap, backpack, sunglasses) are correct.
- Vague but true answers ("a t-shirt and pants" for a back view) are correct.
- Three rows lack a column as real feeds do: 035 has no color, 038 no category, 044 no gender.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

garment_type = BLIND_QUESTIONS.garment_type
color = BLIND_QUESTIONS.color
pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length
material = BLIND_QUESTIONS.material


def color_open(garment, text, failure=None, hit_limit=False):
    """The experiments' color question, answered by free generation."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1152 = [
    # photo: plain white crew-neck short-sleeve tee, mid-blue jeans, black strap watch on the left wrist, white
    #   backdrop, front view. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X1152-001",
        caption(
            "This gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "solid color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a white t-shirt and blue jeans", who="he"),
        color_open("t-shirt", "blue", "other_garment_color"),
        color_open("jeans", "blue"),
        details("t-shirt", "the t-shirt has a pocket on the chest", "unsupported"),
        color("white"),
        sleeves("short"),
        title="Roadster Men White Solid Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: blue-and-white gingham check shirt, long sleeves rolled to the elbows, one chest pocket, button front,
    #   untucked over black slim jeans, light grey backdrop, front view. Caption/open: adapter e3; closed: reference.
    case(
        "X1152-002",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns."
        ),
        wearing("a black shirt and black jeans", "other_garment_color", who="the man"),
        color_open("shirt", "blue and white"),
        color_open("jeans", "blue", "contradiction"),
        pattern("checked"),
        details("shirt", "the shirt has a pocket on the chest and a zipper on the front", "unsupported"),
        title="Highlander Men Blue & White Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: black crew tee with a large white Puma cat logo and "PUMA" text on the chest, grey track pants with a
    #   black side stripe, white sneakers, white backdrop, front view (the back is not shown). Caption/open: adapter
    #   e3; closed: reference engine.
    case(
        "X1152-003",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and solid color "
            "patterns.",
            "pronoun",
        ),
        wearing("he is wearing a black t-shirt and grey track pants", who="he"),
        color_open("t-shirt", "black with a white logo"),
        color_open("track pants", "black", "contradiction"),
        garment_type("t-shirt"),
        is_a("t-shirt", "yes"),
        details("t-shirt", "the t-shirt has a puma logo on the front and the word puma on the back", "unsupported"),
        material("cotton"),
        title="Puma Men Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: light pink long-sleeve shirt, cuffs buttoned, one chest pocket, tucked into dark indigo jeans with a
    #   brown leather belt, white backdrop, front view. Caption/open: adapter e3; closed: reference engine.
    case(
        "X1152-004",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The trousers are with denim fabric and solid color patterns. There is a belt."
        ),
        wearing("a pink shirt and blue jeans", who="he"),
        color_open("shirt", "pink"),
        details(
            "shirt",
            "the shirt has long sleeves, a collar, buttons down the front, a pocket on the chest and the cuffs have "
            "buttons on the",
            "cut",
            hit_limit=True,
        ),
        sleeves("long"),
        color("red", "contradiction"),
        material("cotton Question: What is the color of the belt? Answer: brown", "leak"),
        title="Peter England Men Pink Solid Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: olive green long-sleeve henley with a three-button placket, khaki cotton shorts, sunglasses held in the
    #   right hand, white backdrop, front view. Caption/open: adapter e3; closed: reference engine.
    case(
        "X1152-005",
        caption(
            "This man wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. This man wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns."
        ),
        wearing(
            "a green shirt and khaki shorts Question: What is the man holding? Answer: sunglasses",
            "leak",
            who="the man",
        ),
        color_open("t-shirt", "olive green"),
        color_open("shorts", "khaki"),
        details("t-shirt", "The t-shirt details are the details of the t-shirt.", "restated"),
        material("cotton"),
        sleeves("short", "contradiction"),
        title="WROGN Men Olive Green Solid Henley T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: navy crew tee with "BEING HUMAN" text printed in white and orange on the chest, light-wash blue ripped
    #   jeans, white backdrop, front view; no hood. Caption/open: adapter e3; closed: reference engine.
    case(
        "X1152-006",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The "
            "T-shirt is with cotton fabric. The T-shirt is with cotton fabric. The T-shirt is with cotton fabric. The "
            "T-shirt is",
            "loop",
            hit_limit=True,
        ),
        wearing("a navy blue t-shirt with a print and ripped jeans", who="he"),
        color_open("t-shirt", "blue"),
        color_open("jeans", "light blue"),
        pattern("printed"),
        details("t-shirt", "the t-shirt has being human written on the front and a hood", "unsupported"),
        title="Being Human Men Navy Blue Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: red pique polo, red collar, two red tonal buttons, small white embroidered logo on the chest,
    #   light-blue knee-length denim shorts, white backdrop, three-quarter view. Caption/open: adapter e3; closed:
    #   reference engine.
    case(
        "X1152-007",
        caption(
            "This lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is lapel. This lady wears a three-point shorts. The shorts are with denim fabric and solid "
            "color patterns.",
            "pronoun",
        ),
        wearing("a red polo shirt and blue denim shorts", who="he"),
        color_open("t-shirt", "red"),
        color_open("shorts", "red", "contradiction"),
        garment_type("polo shirt"),
        details("t-shirt", "a collar with two buttons and a small white logo on the chest"),
        describe("t-shirt", "a red polo shirt with a white collar and white buttons", "unsupported"),
        title="U.S. Polo Assn. Men Red Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: heathered grey crew tee, black polyester track pants with white side stripes, black sneakers, white
    #   backdrop, front view. Caption/open: adapter e3; closed: reference engine.
    case(
        "X1152-008",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman wears a long pants. The pants are with denim fabric and solid "
            "color patterns.",
            "contradiction",
        ),
        wearing("a grey t-shirt and black track pants", who="he"),
        color_open("t-shirt", "black", "other_garment_color"),
        color_open("track pants", "black with white stripes"),
        details(
            "t-shirt",
            "Question: What are the t-shirt details? Answer: round neck, short sleeves Question: What are the track "
            "pants",
            "leak",
            hit_limit=True,
        ),
        color("grey"),
        pattern("solid"),
        sleeves("short"),
        title="Mast & Harbour Men Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: mid-blue denim shirt with two flap chest pockets and snap buttons, worn open over a white crew tee,
    #   black jeans, bare wrists, white backdrop, front view. Caption/open: adapter e3; closed: reference engine.
    case(
        "X1152-009",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its "
            "neckline is lapel. The trousers are long with denim fabric. There is an accessory on his wrist.",
            "unsupported",
        ),
        wearing("a denim shirt over a white t-shirt and black jeans", who="he"),
        color_open("shirt", "white", "other_garment_color"),
        color_open("jeans", "black"),
        details("shirt", "two pockets on the chest with flaps and snap buttons"),
        material("denim"),
        is_a("shirt", "no", "contradiction"),
        title="Wrangler Men Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: mustard-yellow crew tee with a black "HRX" graphic print, black joggers with cuffed ankles, black
    #   running shoes, white backdrop, front view. Caption/open: adapter e3; closed: reference engine.
    case(
        "X1152-010",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The gentleman wears a long pants. The pants are with cotton fabric and solid color "
            "patterns."
        ),
        wearing("yellow", "non_answer", who="he"),
        color_open(
            "t-shirt",
            "yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow",
            "loop",
            hit_limit=True,
        ),
        color_open("track pants", "black"),
        garment_type("t-shirt"),
        pattern("printed"),
        material(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The",
            "cut",
            hit_limit=True,
        ),
        title="HRX by Hrithik Roshan Men Yellow Printed Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: white linen long-sleeve shirt, sleeves rolled, top two buttons open, untucked over light stone-wash
    #   jeans, sunglasses hooked on the placket, light grey backdrop, front view. Caption/open: adapter e3; closed:
    #   reference engine.
    case(
        "X1152-011",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with denim fabric and solid "
            "color patterns. There are",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and jeans", who="he"),
        color_open("shirt", "white"),
        color_open("jeans", "light blue"),
        material("cotton", "contradiction"),
        sleeves("long"),
        details("shirt", "the top buttons are open and the sleeves are rolled up"),
        describe("shirt", "white", "non_answer"),
        title="Arrow Sport Men White Linen Slim Fit Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: charcoal grey training tee with a small white Nike swoosh on the left chest, black running shorts,
    #   white backdrop, side view. Caption/open: adapter e3; closed: reference engine.
    case(
        "X1152-012",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman wears a three-point shorts. The shorts are with cotton fabric "
            "and pure color patterns."
        ),
        wearing("a grey nike t-shirt and black shorts", who="the man"),
        color_open("t-shirt", "grey"),
        color_open("shorts", "grey", "contradiction"),
        material("polyester"),
        details(
            "t-shirt",
            "it has a nike logo on the chest and a nike logo on the sleeve and a nike logo on the back and a nike logo "
            "on the",
            "loop",
            hit_limit=True,
        ),
        title="Nike Men Charcoal Grey Training T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: red-and-black buffalo check flannel shirt with two chest pockets, worn open over a black crew tee,
    #   dark grey jeans, white backdrop, front view. Caption/open: adapter e3; closed: reference engine.
    case(
        "X1152-013",
        caption(
            "This man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. This man wears a long trousers. The trousers are with denim fabric and solid color "
            "patterns."
        ),
        wearing("a red and black plaid shirt over a black t-shirt and grey jeans", who="he"),
        color_open("shirt", "red and black"),
        color("red"),
        pattern("solid", "contradiction"),
        color_open("jeans", "grey"),
        details(
            "shirt",
            "checkered with two pockets Question: What are the jeans details? Answer: they are slim fit Question: What "
            "is the color of the",
            "leak",
            hit_limit=True,
        ),
        title="Levis Men Red & Black Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: white crew tee with a large multicolor Avengers graphic (red, blue, gold), olive cargo shorts, white
    #   backdrop, front view. Caption/open: adapter e3; closed: reference engine.
    case(
        "X1152-014",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns. The shorts",
            "cut",
            hit_limit=True,
        ),
        wearing("a white t-shirt with a superhero print and green shorts", who="he"),
        color_open("t-shirt", "red", "contradiction"),
        color_open("shorts", "olive green"),
        details("t-shirt", "the t-shirt has a print of the avengers on the front"),
        pattern("printed"),
        sleeves("long", "contradiction"),
        title="Kook N Keech Marvel Men White Avengers Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: navy short-sleeve shirt with thin white vertical stripes, one chest pocket, striped collar, beige chino
    #   shorts, brown loafers, white backdrop, front view. Caption/open: adapter e3; closed: reference engine.
    case(
        "X1152-015",
        caption(
            "The gentleman wears a short-sleeve shirt with striped patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns."
        ),
        wearing("he is wearing a blue striped shirt and beige shorts", who="he"),
        color_open("shirt", "beige", "other_garment_color"),
        color_open("shorts", "beige"),
        sleeves("long", "contradiction"),
        pattern("striped"),
        is_a("shirt", "yes"),
        details("shirt", "the shirt has a pocket and a white collar with a red trim", "unsupported"),
        title="Van Heusen Sport Men Navy & White Striped Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black polo with a three-button placket and a small tonal logo, blue jeans, silver watch on the left
    #   wrist, no headwear, white backdrop, front view. Caption/open: adapter e3; closed: reference engine.
    case(
        "X1152-016",
        caption(
            "His T-shirt has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The lower "
            "clothing is of long length. The fabric is denim and it has solid color patterns. There is an accessory "
            "on his wrist."
        ),
        wearing("a black polo shirt, jeans and a black cap", "unsupported", who="he"),
        color("black"),
        color_open("jeans", "black", "contradiction"),
        garment_type("polo shirt"),
        details(
            "t-shirt",
            "it has a collar, buttons and a logo and a collar, buttons and a logo and a collar, buttons and a logo and "
            "a",
            "loop",
            hit_limit=True,
        ),
        material("cotton"),
        title="Jack & Jones Men Black Solid Polo T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: royal blue tee with three white stripes across the shoulders and a small logo on the chest, black
    #   track pants with three white side stripes, white backdrop, front view. Caption/open: adapter e3; closed:
    #   reference engine.
    case(
        "X1152-017",
        caption(
            "The gentleman wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The pants are long with cotton fabric and striped patterns."
        ),
        wearing("he is wearing a blue adidas t-shirt and black adidas track pants", who="he"),
        color_open("t-shirt", "blue and white"),
        color_open("track pants", "blue", "contradiction"),
        details("t-shirt", "three white stripes on the shoulders and a zip pocket on the chest", "unsupported"),
        pattern("striped"),
        sleeves("short"),
        material("polyester"),
        title="ADIDAS Men Blue 3-Stripes Training T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: beige long-sleeve shirt, cuffs buttoned, tucked into dark blue jeans with a brown belt, white backdrop,
    #   front view. Caption/open: adapter e3; closed: reference engine.
    case(
        "X1152-018",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long trousers. The trousers are with denim fabric and solid color "
            "patterns.",
            "pronoun",
        ),
        wearing("a beige shirt tucked into blue jeans with a brown belt", who="he"),
        color_open("shirt", "blue", "other_garment_color"),
        color("beige"),
        details("shirt", "the shirt has a collar and buttons and it is tucked in"),
        material("denim", "unsupported"),
        title="Basics Men Beige Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Beige",
        gender="Men",
    ),
    # photo: maroon crew tee with "CHAI" printed in white letters on the chest, light grey track pants, white
    #   sneakers, white backdrop, front view. Caption/open: adapter e3; closed: reference engine.
    case(
        "X1152-019",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. This gentleman wears a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("a maroon t-shirt and grey sweatpants", who="he"),
        color_open("t-shirt", "red"),
        color_open("track pants", "grey Question: What is the color of the shoes? Answer: white", "leak"),
        details("t-shirt", "the t-shirt has a print on the front that says chai in white letters"),
        sleeves("short"),
        describe("t-shirt", "it is a t-shirt", "non_answer"),
        title="Tantra Men Maroon Printed Round Neck T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: green-and-navy tartan check short-sleeve shirt, stone-colored chino shorts, a backpack on one shoulder,
    #   white backdrop, front view. Caption/open: adapter e3; closed: reference engine.
    case(
        "X1152-020",
        caption(
            "This man wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. This man wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns. He carries a",
            "cut",
            hit_limit=True,
        ),
        wearing("a green plaid shirt, shorts and a backpack", who="he"),
        color_open("shirt", "green and blue"),
        pattern("checked"),
        sleeves("short"),
        color_open("shorts", "green", "contradiction"),
        details("shirt", "the shirt details are the shirt's details", "restated"),
        title="Indian Terrain Men Green Tartan Checked Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: back view of a sea green crew tee, plain back, navy track pants with white piping, white backdrop.
    #   Caption/open: adapter e3; closed: reference engine.
    case(
        "X1152-021",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The gentleman wears a long pants. "
            "The gentleman wears a long pants. The gentleman wears a long pants. The gentleman wears a long pants. The "
            "gentleman",
            "loop",
            hit_limit=True,
        ),
        wearing("a t-shirt and pants", who="he"),
        color_open("t-shirt", "navy blue", "other_garment_color"),
        color_open("track pants", "blue"),
        color("green"),
        garment_type("t-shirt"),
        describe("t-shirt", "green", "non_answer"),
        title="Proline Men Sea Green Solid Round Neck T-shirt",
        category="Tshirts",
        color="Sea Green",
        gender="Men",
    ),
    # photo: mustard-yellow long-sleeve shirt with a mandarin collar, sleeves rolled, black ripped jeans, white
    #   backdrop, front view. Caption/open: adapter e3; closed: reference engine.
    case(
        "X1152-022",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is stand. The gentleman wears a long trousers. The trousers are with denim fabric and solid "
            "color patterns."
        ),
        wearing("she is wearing a yellow shirt and black jeans", "pronoun", who="he"),
        color_open("shirt", "yellow"),
        color_open("jeans", "black"),
        details("shirt", "Question: What are the shirt details? Answer: the shirt has a mandarin collar", "leak"),
        describe(
            "shirt",
            "the shirt is a shirt with a collar and buttons and the shirt is a shirt with a collar and buttons and the "
            "shirt",
            "loop",
            hit_limit=True,
        ),
        title="Mufti Men Mustard Solid Mandarin Collar Casual Shirt",
        category="Shirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: charcoal grey v-neck tee, light-blue jeans, thin silver chain necklace, white backdrop, front view.
    #   Caption/open: adapter e3; closed: reference engine.
    case(
        "X1152-023",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is V-shape. The trousers are with denim fabric and solid color patterns. There is a "
            "necklace on his neck."
        ),
        wearing("a grey v-neck t-shirt and blue jeans", who="he"),
        color_open("t-shirt", "blue", "other_garment_color"),
        color_open("jeans", "blue"),
        color("grey"),
        sleeves("short"),
        details("t-shirt", "the t-shirt has a v-neck and short sleeves"),
        material("The material of the garment is the garment material.", "restated"),
        title="Spykar Men Charcoal Grey Solid V-Neck T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: navy short-sleeve camp-collar shirt with a white and pink tropical leaf print, white shorts,
    #   sunglasses worn, white backdrop, front view. Caption/open: adapter e3; closed: reference engine.
    case(
        "X1152-024",
        caption(
            "This lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. This lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        wearing("a blue floral shirt, white shorts and sunglasses", who="he"),
        color_open("shirt", "white", "other_garment_color"),
        pattern("floral"),
        details("shirt", "the shirt has a tropical leaf print, a camp collar and short sleeves"),
        color_open("shorts", "white"),
        material(
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The",
            "cut",
            hit_limit=True,
        ),
        title="HERE&NOW Men Navy Blue Tropical Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black crew tee with a large yellow bat logo, blue denim shorts, white backdrop, front view.
    #   Caption/open: adapter e3; closed: reference engine.
    case(
        "X1152-025",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The gentleman wears a three-point shorts. The shorts are with denim fabric and "
            "solid color patterns. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a black batman t-shirt and denim shorts", who="he"),
        color_open("t-shirt", "yellow", "contradiction"),
        color_open("shorts", "blue"),
        details(
            "t-shirt",
            "the batman logo on the front of the t-shirt is the batman logo on the front of the t-shirt is the batman "
            "logo",
            "loop",
            hit_limit=True,
        ),
        garment_type("t-shirt"),
        is_a("t-shirt", "yes"),
        title="Bewakoof Men Black Batman Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: light blue oxford button-down shirt, long sleeves, one chest pocket, untucked over white jeans, white
    #   backdrop, front view. Caption/open: adapter e3; closed: reference engine.
    case(
        "X1152-026",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with denim fabric and solid "
            "color patterns."
        ),
        wearing("she is wearing a light blue shirt and white jeans", "pronoun", who="he"),
        color_open("shirt", "light blue"),
        color_open("jeans", "blue", "contradiction"),
        details("shirt", "button-down collar, a chest pocket and long sleeves"),
        material("cotton"),
        pattern("striped", "contradiction"),
        title="Peter England Casuals Men Light Blue Solid Oxford Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: colour-blocked tee, grey body with black shoulders and sleeves, no logo, black track pants, white
    #   backdrop, front view. Caption/open: adapter e3; closed: reference engine.
    case(
        "X1152-027",
        caption(
            "The gentleman wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns."
        ),
        wearing("a grey and black t-shirt and black track pants", who="he"),
        color_open(
            "t-shirt",
            "The gentleman wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric "
            "and its neckline is",
            "cut",
            hit_limit=True,
        ),
        pattern("color block"),
        color_open("track pants", "black"),
        sleeves("short"),
        details(
            "t-shirt",
            "the t-shirt has a grey body and black sleeves and shoulders with a black logo on the chest",
            "unsupported",
        ),
        title="Roadster Men Grey & Black Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: orange crew tee with a large white "FM" print across the chest, dark indigo jeans, white sneakers, no
    #   eyewear, white backdrop, front view. Caption/open: adapter e3; closed: reference engine.
    case(
        "X1152-028",
        caption(
            "The gentleman wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The gentleman wears a long trousers. The trousers are with denim fabric and solid "
            "color patterns.",
            "contradiction",
        ),
        wearing("an orange t-shirt and jeans", who="he"),
        color_open("t-shirt", "orange"),
        color_open("jeans", "dark blue"),
        details("t-shirt", "it has a large print on the chest"),
        pattern("printed"),
        describe(
            "t-shirt",
            "the man is wearing an orange t-shirt with a white print on the chest and a pair of black sunglasses on "
            "his head",
            "unsupported",
        ),
        title="Flying Machine Men Orange Printed Round Neck T-shirt",
        category="Tshirts",
        color="Orange",
        gender="Men",
    ),
    # photo: black-and-grey small check shirt worn open over a grey crew tee, blue jeans, white backdrop, front
    #   view. Caption/open: adapter e3; closed: reference engine.
    case(
        "X1152-029",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with denim fabric and solid "
            "color patterns."
        ),
        wearing("a black and grey checked shirt over a grey t-shirt with blue jeans", who="he"),
        color_open("shirt", "blue", "other_garment_color"),
        pattern("checked"),
        details("shirt", "The details of the shirt are the shirt details.", "restated"),
        garment_type("shirt"),
        describe("shirt", "checks", "non_answer"),
        title="Locomotive Men Black & Grey Checked Slim Fit Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: lavender crew tee, plain, no pocket, light grey melange joggers, white backdrop, front view.
    #   Caption/open: adapter e3; closed: reference engine.
    case(
        "X1152-030",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman wears a long pants. The pants are with cotton fabric. The pants "
            "are with cotton fabric. The pants are",
            "loop",
            hit_limit=True,
        ),
        wearing("a purple t-shirt and grey joggers", who="he"),
        color_open("t-shirt", "pink", "contradiction"),
        color_open("track pants", "grey"),
        sleeves("short"),
        details("t-shirt", "the t-shirt has a pocket on the left side of the chest", "unsupported"),
        material("cotton"),
        title="Campus Sutra Men Lavender Solid Round Neck T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: plain mid-grey long-sleeve shirt, cuffs buttoned, no pockets or epaulettes, tucked into black jeans
    #   with a black belt, white backdrop, front view. Caption/open: adapter e3; closed: reference engine.
    case(
        "X1152-031",
        caption(
            "This man wears a long-sleeve shirt with solid color patterns. The shirt is with cotton fabric and it has "
            "a lapel neckline. The pants this man wears is of long length. The pants are with denim fabric and solid "
            "color patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        wearing("This man wears a long-sleeve shirt with solid color patterns and a long trousers.", who="he"),
        color_open("shirt", "grey"),
        color_open("jeans", "grey", "contradiction"),
        sleeves("long"),
        garment_type("shirt"),
        details("shirt", "the shirt has epaulettes on the shoulders and two flap pockets", "unsupported"),
        title="John Players Men Grey Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: bright navy tee (clearly blue under the studio light) with a small red Reebok delta logo on the chest,
    #   black training shorts, black fitness band on the wrist, white backdrop, front view. Caption/open: adapter e3;
    #   closed: reference engine.
    case(
        "X1152-032",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman wears a three-point shorts. There is an accessory on his wrist."
        ),
        wearing("blue shirt black shorts", who="he"),
        color_open("t-shirt", "black", "other_garment_color"),
        color_open("shorts", "black"),
        color("navy blue"),
        details("t-shirt", "yes", "non_answer"),
        describe(
            "t-shirt",
            "a blue t-shirt with a red reebok logo on the chest and reebok written on the back",
            "unsupported",
        ),
        title="Reebok Men Navy Blue Workout T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: off-white long-sleeve shirt with a mandarin collar and one chest pocket, sleeves rolled, navy chino
    #   shorts, the model sits on a wooden stool, nothing in his hands, white backdrop. Caption/open: adapter e3;
    #   closed: reference engine.
    case(
        "X1152-033",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is stand. The gentleman wears a three-point shorts. The shorts are with cotton fabric and solid "
            "color patterns."
        ),
        wearing(
            "a white shirt and blue shorts and he is sitting on a chair with a cup of coffee", "unsupported", who="he"
        ),
        color_open("shirt", "blue", "other_garment_color"),
        color("white"),
        details(
            "shirt",
            "the shirt has a mandarin collar and a pocket on the chest and the sleeves are rolled up to the elbow and "
            "the shirt",
            "cut",
            hit_limit=True,
        ),
        sleeves("long"),
        title="Numero Uno Men Off White Solid Mandarin Collar Casual Shirt",
        category="Shirts",
        color="Off White",
        gender="Men",
    ),
    # photo: white polo with navy-and-red tipping on the collar and sleeve hems, navy track pants with a white side
    #   stripe, white backdrop, front view. Caption/open: adapter e3; closed: reference engine.
    case(
        "X1152-034",
        caption(
            "This lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is lapel. This lady wears a long pants. The pants are with cotton fabric and solid color "
            "patterns.",
            "pronoun",
        ),
        wearing("a white polo shirt and blue track pants", who="he"),
        color_open("t-shirt", "blue", "other_garment_color"),
        color_open("track pants", "navy blue"),
        garment_type("polo shirt"),
        details("t-shirt", "red and blue stripes on the collar and the sleeves"),
        describe("t-shirt", "the t-shirt is the t-shirt the man is wearing", "restated"),
        title="FILA Men White Solid Polo Collar T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: blue-and-white horizontal breton stripe crew tee, no pocket, beige chino shorts, white backdrop, front
    #   view. The feed row has no color. Caption/open: adapter e3; closed: reference engine.
    case(
        "X1152-035",
        caption(
            "The gentleman wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a striped t-shirt and shorts", who="he"),
        color_open("t-shirt", "blue and white"),
        pattern("solid", "contradiction"),
        color_open("shorts", "beige"),
        details(
            "t-shirt",
            "the t-shirt has horizontal stripes and a round neck and short sleeves and a pocket on the chest",
            "unsupported",
        ),
        is_a("t-shirt", "yes"),
        title="Classic Polo Men Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        gender="Men",
    ),
    # photo: bright green crew tee with a white Puma "No. 1 Logo" print, grey melange track pants, black baseball
    #   cap, white backdrop, front view. Caption/open: adapter e3; closed: reference engine.
    case(
        "X1152-036",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The gentleman wears a long pants. He wears a hat."
        ),
        wearing("green t-shirt, grey track pants and a black cap", who="he"),
        color_open("t-shirt", "grey", "other_garment_color"),
        color_open("track pants", "black", "contradiction"),
        material("cotton Question: What is the color of the cap? Answer: black Question: What", "leak"),
        garment_type("t-shirt"),
        sleeves("short"),
        title="Puma Men Green No. 1 Logo Printed T-shirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: brown-and-cream check flannel shirt, long sleeves, two chest pockets, untucked over blue jeans, hands
    #   in the jeans pockets, white backdrop, front view. Caption/open: adapter e3; closed: reference engine.
    case(
        "X1152-037",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. The shirt "
            "is with cotton fabric. The shirt is with cotton fabric. The shirt is with cotton fabric. The shirt is "
            "with cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("her shirt is brown plaid and she wears blue jeans", "pronoun", who="he"),
        color_open("shirt", "brown and white"),
        color_open("jeans", "blue"),
        color("blue", "contradiction"),
        details("shirt", "It has a collar, buttons down the front and two chest pockets"),
        title="Roadster Men Brown & Cream Checked Flannel Casual Shirt",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: black crew tee with a red-and-white Levi's batwing logo on the front only, light blue jeans, white
    #   backdrop, front view. The feed row has no category. Caption/open: adapter e3; closed: reference engine.
    case(
        "X1152-038",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The gentleman wears a long trousers. The trousers are with denim fabric and solid "
            "color patterns."
        ),
        wearing("black levis t-shirt and blue jeans", who="he"),
        color_open("t-shirt", "black with a red and white logo"),
        color_open("jeans", "light blue"),
        details(
            "t-shirt", "the levis logo is on the front and the back of the t-shirt and on the sleeve", "unsupported"
        ),
        describe("t-shirt", "The t-shirt is a t-shirt that is a t-shirt.", "restated"),
        sleeves("short"),
        title="Levis Men Black Batwing Logo Printed T-shirt",
        color="Black",
        gender="Men",
    ),
    # photo: rust-orange plain crew tee, olive joggers, white sneakers, white backdrop, front view. Caption/open:
    #   adapter e3; closed: reference engine.
    case(
        "X1152-039",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman wears a long pants. The pants are with cotton fabric and solid "
            "color patterns."
        ),
        wearing(
            "an orange t-shirt and olive green joggers Question: What is the color of the shoes? Answer:",
            "leak",
            who="he",
        ),
        color_open("t-shirt", "green", "other_garment_color"),
        color_open("track pants", "olive"),
        color("orange"),
        details(
            "t-shirt",
            "the t-shirt has a round neck and short sleeves and it is made of cotton and polyester blend fabric with a",
            "cut",
            hit_limit=True,
        ),
        title="HERE&NOW Men Rust Solid Round Neck T-shirt",
        category="Tshirts",
        color="Rust",
        gender="Men",
    ),
    # photo: black long-sleeve cotton shirt, matte, top button open, untucked over light grey jeans, silver watch,
    #   white backdrop, front view. Caption/open: adapter e3; closed: reference engine.
    case(
        "X1152-040",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The trousers are long with denim fabric. There is an accessory on his wrist."
        ),
        wearing("black shirt and grey jeans with a watch", who="he"),
        color_open("shirt", "grey", "other_garment_color"),
        color_open("jeans", "light grey"),
        color("black"),
        pattern("checked", "contradiction"),
        details(
            "shirt",
            "Answer: the shirt has buttons on the front and a collar Question: What are the jeans details? Answer:",
            "leak",
        ),
        material("satin", "unsupported"),
        title="Highlander Men Black Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: white crew tee with a black Adidas trefoil logo on the chest, black track pants with three white side
    #   stripes, white sneakers, white backdrop, front view. Caption/open: adapter e3; closed: reference engine.
    case(
        "X1152-041",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. Her T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and striped patterns.",
            "pronoun",
        ),
        wearing("white t-shirt, black adidas track pants and white sneakers", who="he"),
        color_open("t-shirt", "black", "other_garment_color"),
        color_open("track pants", "black with white stripes"),
        pattern("printed"),
        is_a("t-shirt", "yes"),
        details("t-shirt", "the details of the t-shirt are on the t-shirt", "restated"),
        title="Adidas Originals Men White Trefoil Printed T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: peach short-sleeve polo with a small embroidered logo, light blue denim shorts, white backdrop, front
    #   view. Caption/open: adapter e3; closed: reference engine.
    case(
        "X1152-042",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is lapel. The gentleman wears a three-point shorts. The shorts are with denim fabric and "
            "solid color patterns."
        ),
        wearing("a pink polo shirt and denim shorts", who="he"),
        color_open("t-shirt", "pink"),
        color_open("shorts", "blue"),
        details(
            "t-shirt",
            "the t-shirt has a collar and a logo and a logo and a logo and a logo and a logo and a logo and a logo and",
            "loop",
            hit_limit=True,
        ),
        garment_type("t-shirt"),
        sleeves("sleeveless", "contradiction"),
        describe("t-shirt", "polo", "non_answer"),
        title="Mast & Harbour Men Peach Solid Polo T-shirt",
        category="Tshirts",
        color="Peach",
        gender="Men",
    ),
    # photo: navy long-sleeve shirt with a tiny white dot micro print all over, dark blue jeans, white backdrop,
    #   front view. Caption/open: adapter e3; closed: reference engine.
    case(
        "X1152-043",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with denim fabric and solid "
            "color patterns.",
            "contradiction",
        ),
        wearing("a blue shirt and blue jeans", who="he"),
        color_open("shirt", "navy blue"),
        color_open("jeans", "blue"),
        pattern("printed"),
        details("shirt", "small white dots all over the shirt"),
        sleeves("short", "contradiction"),
        material("cotton"),
        title="Parx Men Navy Blue Slim Fit Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: burgundy plain crew tee, black jeans, white backdrop, front view. The feed row has no gender.
    #   Caption/open: adapter e3; closed: reference engine.
    case(
        "X1152-044",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "solid color patterns. The trousers",
            "cut",
            hit_limit=True,
        ),
        wearing("a maroon shirt and black jeans", who="the person"),
        color_open("t-shirt", "black", "other_garment_color"),
        color_open("jeans", "black"),
        color("red"),
        material("wool", "unsupported"),
        title="Moda Rapido Men Burgundy Solid Round Neck T-shirt",
        category="Tshirts",
        color="Burgundy",
    ),
    # photo: white crew tee (the product) worn under an open red check long-sleeve shirt, blue jeans, white
    #   backdrop, front view. Caption/open: adapter e3; closed: reference engine.
    case(
        "X1152-045",
        caption(
            "This gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. He wears an outer clothing with lattice patterns. The trousers are long with "
            "denim fabric."
        ),
        wearing("a white t-shirt under a red plaid shirt and blue jeans", who="he"),
        color_open("t-shirt", "red", "other_garment_color"),
        color("white"),
        garment_type("shirt", "contradiction"),
        sleeves("short"),
        is_a("t-shirt", "yes"),
        title="Jack & Jones Men White Solid Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: turquoise short-sleeve polo with a small embroidered sailboat logo, no other pockets or zips, grey
    #   shorts, light grey backdrop, front view. Caption/open: adapter e3; closed: reference engine.
    case(
        "X1152-046",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is lapel. The neckline is lapel. The neckline is lapel. The neckline is lapel. The "
            "neckline is lapel. The neckline is",
            "loop",
            hit_limit=True,
        ),
        wearing("Answer: a blue polo shirt and grey shorts", "leak", who="he"),
        color_open("t-shirt", "turquoise"),
        color_open("shorts", "grey"),
        details("t-shirt", "the t-shirt has a collar, two buttons and a zip pocket on the sleeve", "unsupported"),
        material("cotton"),
        describe("t-shirt", "a t-shirt", "non_answer"),
        title="Nautica Men Turquoise Blue Solid Polo T-shirt",
        category="Tshirts",
        color="Turquoise Blue",
        gender="Men",
    ),
]
