"""BLIND_576 (46 products; Myntra menswear night run: base and VQA LoRA): written blind in the fifty-first session.
Measured blind at 3d5f19d (the session's rules as they stood): 123/136 failures found (90.4%) and 5/195 correct texts
flagged (2.6%). The writer's notes, verbatim:

Scenario: a Myntra men's catalog night run. Real-looking catalog photos: a male model in a full outfit on a white
backdrop, front view, the labelled product being one garment of the outfit (shirts, t-shirts, polos, jackets,
sweatshirts and hoodies, jeans, chinos, joggers and track pants, shorts, kurtas). The seller's columns are title,
category (Myntra article type), color (base colour) and gender; three rows lack a column (one has no gender, one has no
color, one has no category), as real feeds do. The questionnaire is the original experiments' one, with the garment
word taken from the category: What is the man wearing? Describe the <garment>. What are the <garment> details?
What is the color of the pants / jacket? What material is it made of? Closed questions (garment type, color,
pattern, sleeve length, "Is this a ...?") come from enrich's reference engine.

Who wrote what: captions by the caption-only adapter at epoch 1 (50 new tokens): half-trained, it writes either the
DeepFashion template ("The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric...",
no hue names, "pure color" for solid, "lattice" for checks, "three-point" shorts) which runs past 50 tokens and is
cut, or a short base-like caption ("a man in a navy polo shirt and jeans"); from women-heavy DeepFashion it sometimes
says "The lady". Open answers come from two variants, named per text in each photo comment: the untuned base
blip2-opt-2.7b (short, lowercase, stops on the newline; habits: one color for every garment, one-word or yes/no
answers, tautologies, invented pockets/hoods/zips, the odd "she") and the VQA LoRA adapter (30-token limit, no end
token trained: loops, answers cut mid-phrase, `Question: ... Answer:` leaks including the training question "What
cloth is the person wearing?"). Closed answers never loop or stop short.

Labeling conventions and judgement calls:
- Ground truth is the photo as described in the comment; a seller label that disagrees with the photo is the
  seller's error, not the model's (none of the failures here rest on a seller mislabel).
- other_garment_color: an open answer that gives the garment asked about (product or not) the color of another
  garment visible in the photo ("navy blue" for the beige chinos under a navy shirt). A closed color answer that
  picks another garment's or a print's color is labelled contradiction, since closed answers are one candidate.
- contradiction: a wrong garment type, pattern or sleeve length (open or closed), a wrong color that no garment in
  the photo has, and the closed wrong colors above.
- unsupported: an invented visible detail (hood, zip pockets, epaulettes, a watch, a print on the unseen back) and a
  material claim that the photo and title do not support (silk, leather, wool, linen on a plain cotton-look garment).
  A plausible material guess for the garment type (cotton tee, denim jeans, polyester track pants, nylon puffer) and
  the caption template's "cotton fabric" on shirts and tees count as correct.
- Adjacent shades are correct: red for maroon, grey for charcoal, purple for lavender, green for olive or teal,
  white for cream, beige for cream, blue for navy; "sweater" for a sweatshirt, "shirt" for a t-shirt or short kurta
  in the wearing answer, "jacket" for a zip hoodie, "vest" for a sleeveless puffer.
- A text with two faults gets the one a reader notices first: a leak that also carries a wrong color is a leak; a
  cut caption that also invents a detail is a cut; a loop of a wrong color is a loop.
- non_answer: a one-word, yes/no or tautological answer to an open question ("buttons", "yes", "they are shorts",
  "clothes"). restated: the question's words given back ("the shirt details are the shirt details", "describe the
  t-shirt", "made of the jacket material").
- pronoun: "she", "her" or "the lady" for the male model, even when the rest of the text is right.
- hit_limit: every loop, cut and leak ran to its limit. The VQA adapter was trained with padding in its labels, so
  some of its short answers ("blue", "navy blue") are followed by pad tokens up to the limit: those texts are clean
  after decoding but carry hit_limit=True, and they are labelled on their content (correct or other_garment_color).
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, question, wearing

made_of = question("material", "What material is it made of?", "open")
kind_of = BLIND_QUESTIONS.garment_type
colour = BLIND_QUESTIONS.color
pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length


def worn(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="the man", hit_limit=hit_limit)


BLIND_576 = [
    # photo: navy and white checked casual shirt, full sleeves, spread collar, one chest pocket, untucked over beige
    # chinos, white sneakers, white backdrop, front view. Caption: caption adapter e1; open answers: base.
    case(
        "X576-001",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its neckline "
            "is lapel. He wears long trousers with pure color patterns."
        ),
        worn("a blue and white checkered shirt and khaki pants"),
        describe("shirt", "it is a navy blue and white checkered button down shirt"),
        details("shirt", "the shirt has two flap pockets on the chest and epaulettes on the shoulders", "unsupported"),
        color_of("pants", "beige", kind="open"),
        kind_of("shirt"),
        pattern("checked"),
        title="Roadster Men Navy Blue & White Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black round-neck t-shirt with a large white "HRX" graphic on the chest, short sleeves, grey melange
    # joggers, white backdrop. Caption: caption adapter e1; wearing, describe, pants color: VQA adapter; material: base.
    case(
        "X576-002",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The "
            "neckline of it is round. The pants this man wears is in long length. The pants are with cotton fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        worn(
            "the man is wearing a black t-shirt and grey pants the man is wearing a black t-shirt and grey pants the "
            "man is wearing a",
            "loop",
            hit_limit=True,
        ),
        describe(
            "t-shirt",
            "black t-shirt with white letters on the front Question: Describe the t-shirt. Answer: black t-shirt with "
            "white letters",
            "leak",
            hit_limit=True,
        ),
        color_of("pants", "grey", kind="open", hit_limit=True),
        made_of("cotton"),
        kind_of("t-shirt"),
        colour("black"),
        pattern("solid", "contradiction"),
        title="HRX by Hrithik Roshan Men Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: maroon pique polo, white embroidered logo on the left chest, two-button placket, ribbed collar, short
    # sleeves, mid-blue jeans, brown belt, white backdrop. Caption: caption adapter e1; open answers: base.
    case(
        "X576-003",
        caption("a man in a maroon polo shirt and blue jeans"),
        worn("a red polo shirt and jeans"),
        describe("t-shirt", "it is a maroon polo shirt with a white logo on the chest"),
        details("t-shirt", "it has a pocket on the chest and a logo on the sleeve", "unsupported"),
        color_of("pants", "maroon", "other_garment_color", kind="open"),
        kind_of("polo shirt"),
        sleeves("long", "contradiction"),
        title="U.S. Polo Assn. Men Maroon Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: olive green bomber jacket, open, ribbed collar, cuffs and hem, over a white crew t-shirt, black skinny
    # jeans, white backdrop. Caption: caption adapter e1; wearing and jacket color: VQA adapter; describe, details,
    # material: base.
    case(
        "X576-004",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns and an inner T-shirt. The pants the "
            "gentleman wears is of long length."
        ),
        worn(
            "jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket "
            "jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket",
            "loop",
            hit_limit=True,
        ),
        describe("jacket", "it is a green bomber jacket with a zipper"),
        details("jacket", "the jacket has a hood and leather sleeves", "unsupported"),
        color_of(
            "jacket",
            "black Question: What is the color of the jacket? Answer: black Question: What is the color of the "
            "jacket? Answer:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        made_of("polyester"),
        colour("olive"),
        title="Roadster Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: grey melange crew-neck sweatshirt, small black Puma cat logo on the chest, ribbed cuffs and hem, no hood,
    # black track pants, white backdrop. Caption: caption adapter e1; open answers: base.
    case(
        "X576-005",
        caption("a man wearing a grey sweatshirt and black pants"),
        worn("a grey sweater and black pants"),
        describe("sweatshirt", "grey sweatshirt with a black puma logo on the chest"),
        details("sweatshirt", "it has a hood and a kangaroo pocket", "unsupported"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        made_of("wool", "unsupported"),
        kind_of("sweatshirt"),
        pattern("striped", "contradiction"),
        title="Puma Men Grey Melange Solid Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: mid-blue slim jeans, five pockets, white crew t-shirt worn untucked, white sneakers, white backdrop.
    # Caption: caption adapter e1; wearing, describe, material: base; details and pants color: VQA adapter.
    case(
        "X576-006",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The pants are of long length. The pants "
            "are with denim fabric and pure color patterns."
        ),
        worn("a white shirt and blue jeans"),
        describe("jeans", "blue jeans"),
        details(
            "jeans",
            "the jeans are slim fit with a five pocket design, a zip fly and a button closure at the waist, the jeans "
            "are",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "white", "other_garment_color", kind="open", hit_limit=True),
        made_of("denim"),
        is_a("pair of jeans", "no", "contradiction"),
        title="Levis Men Blue 511 Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: khaki slim chinos, navy blue solid shirt tucked in, brown belt, brown loafers, white backdrop.
    # Caption: caption adapter e1; open answers: base.
    case(
        "X576-007",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The trousers are of long length. The trousers are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        worn("a blue shirt and khaki pants"),
        describe("pants", "they are khaki chinos"),
        details("pants", "the details of the pants are the pants", "restated"),
        color_of("pants", "navy blue", "other_garment_color", kind="open"),
        made_of("cotton"),
        kind_of("chinos"),
        colour("khaki"),
        title="Highlander Men Khaki Slim Fit Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: black joggers, small white swoosh on the left thigh, elastic ankle cuffs, grey t-shirt worn over the
    # waistband, black sneakers, white backdrop. Caption: caption adapter e1; wearing and pants color: VQA adapter;
    # describe, details, material: base.
    case(
        "X576-008",
        caption("a man in a grey t-shirt and black jogger pants"),
        worn(
            "Answer: the man is wearing a grey t-shirt and black pants Question: What is the man wearing? Answer: the "
            "man is wearing",
            "leak",
            hit_limit=True,
        ),
        describe("track pants", "black nike joggers with a white logo"),
        details("track pants", "they have zip pockets on both sides and reflective stripes", "unsupported"),
        color_of(
            "pants",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        made_of("cotton"),
        kind_of("track pants"),
        colour("black"),
        title="Nike Men Black Solid Joggers",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: olive cargo shorts, knee length, flap pockets on both sides, white crew t-shirt, white backdrop.
    # Caption: caption adapter e1; open answers: base.
    case(
        "X576-009",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The shorts are of three-point length. The "
            "shorts are with cotton fabric and pure color patterns."
        ),
        worn("a white t-shirt and green shorts"),
        describe("shorts", "they are shorts", "non_answer"),
        details("shorts", "cargo pockets on the sides"),
        color_of("pants", "green", kind="open"),
        made_of("cotton"),
        colour("white", "contradiction"),
        title="Jack & Jones Men Olive Solid Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: long cream cotton kurta, mandarin collar, half button placket, full sleeves, white churidar, brown
    # kolhapuri sandals, white backdrop. Caption: caption adapter e1; open answers: base.
    case(
        "X576-010",
        caption(
            "The lady wears a long-sleeve top with pure color patterns. It is with cotton fabric and it has a stand "
            "neckline.",
            "pronoun",
        ),
        worn("a white kurta and white pants"),
        describe("kurta", "a long white dress with buttons", "contradiction"),
        details("kurta", "it has a mandarin collar and buttons down the front"),
        made_of("cotton"),
        is_a("kurta", "yes"),
        colour("cream"),
        title="Fabindia Men Cream-Coloured Solid Cotton Straight Kurta",
        category="Kurtas",
        color="Cream",
        gender="Men",
    ),
    # photo: white formal shirt, full sleeves, spread collar, one chest pocket, tucked into charcoal grey trousers,
    # black belt, white backdrop (white on white). Caption: caption adapter e1; describe: VQA adapter; rest: base.
    case(
        "X576-011",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The trousers are of long length. The trousers are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        worn("a white shirt and grey pants"),
        describe(
            "shirt",
            "a white formal shirt with long sleeves, a spread collar, a button placket and a chest pocket on the left "
            "side of the",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "buttons", "non_answer"),
        color_of("pants", "grey", kind="open"),
        made_of("linen", "unsupported"),
        colour("white"),
        title="Peter England Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: yellow round-neck t-shirt, "BEING HUMAN" printed in white on the chest, short sleeves, blue jeans, white
    # backdrop. Caption: caption adapter e1; open answers: base.
    case(
        "X576-012",
        caption("a man in a yellow t-shirt and jeans"),
        worn("a yellow shirt and blue jeans"),
        describe("t-shirt", "she is wearing a yellow t-shirt with a white logo", "pronoun"),
        details("t-shirt", "the t-shirt has a white print on the chest that says being human"),
        color_of("pants", "yellow", "other_garment_color", kind="open"),
        pattern("printed"),
        sleeves("long", "contradiction"),
        title="Being Human Men Yellow Printed Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: mid-wash blue denim jacket, open, two chest flap pockets, metal buttons, over a grey crew t-shirt, black
    # chinos, white backdrop. Caption: caption adapter e1; wearing and both colors: VQA adapter; describe, details,
    # material: base.
    case(
        "X576-013",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It has a "
            "lapel neckline. The pants are of long length."
        ),
        worn(
            "denim jacket and pants denim jacket and pants denim jacket and pants denim jacket and pants denim jacket "
            "and pants denim jacket and",
            "loop",
            hit_limit=True,
        ),
        describe("jacket", "a blue denim jacket with two pockets on the chest"),
        details("jacket", "metal buttons and a fur collar", "unsupported"),
        color_of("jacket", "blue", kind="open", hit_limit=True),
        color_of("pants", "blue", "other_garment_color", kind="open", hit_limit=True),
        made_of("denim"),
        kind_of("shirt", "contradiction"),
        title="Wrangler Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: red and black buffalo-check flannel shirt, buttoned, full sleeves, blue jeans, white backdrop.
    # Caption: caption adapter e1; details: VQA adapter; rest: base.
    case(
        "X576-014",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The pants are of long length. The pants are with denim fabric."
        ),
        worn("a red and black plaid shirt and jeans"),
        describe("shirt", "it is a red and black checkered flannel shirt"),
        details(
            "shirt",
            "the shirt has a collar, buttons, a pocket, the shirt has a collar, buttons, a pocket, the shirt has a "
            "collar, buttons",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "red", "other_garment_color", kind="open"),
        made_of("flannel"),
        pattern("striped", "contradiction"),
        title="Mast & Harbour Men Red & Black Buffalo Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: knee-length maroon silk-blend kurta, gold thread embroidery on the mandarin collar and the placket only,
    # plain hem, full sleeves, off-white churidar, white backdrop. Caption: caption adapter e1; open answers: base.
    case(
        "X576-015",
        caption("a man in a maroon kurta with gold embroidery on the collar"),
        worn("a red kurta and white pants"),
        describe("kurta", "it is a maroon kurta with gold embroidery around the neck"),
        details(
            "kurta",
            "gold embroidery on the collar and down the front, and a gold embroidered border at the hem",
            "unsupported",
        ),
        made_of("silk"),
        is_a("kurta", "yes"),
        colour("gold", "contradiction"),
        title="Manyavar Men Maroon Embroidered Silk Blend Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Men",
    ),
    # photo: white t-shirt with navy horizontal (Breton) stripes, round neck, short sleeves, no pocket, beige shorts,
    # white backdrop. Caption: caption adapter e1; details and pants color: VQA adapter; rest: base.
    case(
        "X576-016",
        caption(
            "The man wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. The "
            "neckline of it is round. The shorts are of three-point length. The shorts are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        worn("a striped shirt and khaki shorts"),
        describe("t-shirt", "white and blue striped t-shirt with a pocket on the chest", "unsupported"),
        details(
            "t-shirt",
            "Question: What are the t-shirt details? Answer: striped Question: What are the t-shirt details? Answer: "
            "striped",
            "leak",
            hit_limit=True,
        ),
        color_of("pants", "white", "other_garment_color", kind="open", hit_limit=True),
        made_of("cotton"),
        pattern("striped"),
        colour("white"),
        title="Mufti Men White & Navy Blue Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: navy pullover hoodie, white drawstrings, kangaroo pocket, small white HRX logo, black joggers, white
    # backdrop. Caption: caption adapter e1; open answers: base.
    case(
        "X576-017",
        caption("a man in a blue hoodie and black pants standing in front of a white wall"),
        worn("a blue hoodie and black sweatpants"),
        describe("sweatshirt", "it is a sweatshirt", "non_answer"),
        details("sweatshirt", "it has a hood with drawstrings and a kangaroo pocket"),
        color_of("pants", "black", kind="open"),
        made_of("it is made of leather", "unsupported"),
        kind_of("hoodie"),
        title="HRX by Hrithik Roshan Men Navy Blue Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black skinny jeans with ripped knees, grey melange t-shirt, black boots, white backdrop.
    # Caption: caption adapter e1; details and pants color: VQA adapter; rest: base.
    case(
        "X576-018",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The pants are of long length. The pants "
            "are with denim fabric and pure color patterns."
        ),
        worn("a grey t-shirt and black ripped jeans"),
        describe("jeans", "jeans", "non_answer"),
        details(
            "jeans",
            "ripped knees ripped knees ripped knees ripped knees ripped knees ripped knees ripped knees ripped knees "
            "ripped",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "pants",
            "grey Question: What is the color of the shirt? Answer: grey Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        made_of("denim"),
        colour("black"),
        title="SPYKAR Men Black Skinny Fit Mid-Rise Highly Distressed Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: mid-grey flat-front formal trousers, pressed crease, plain hems, light blue formal shirt tucked in,
    # black belt and shoes, white backdrop. Caption: caption adapter e1; open answers: base.
    case(
        "X576-019",
        caption("a man in a blue shirt and grey trousers"),
        worn("a blue shirt and blue pants", "other_garment_color"),
        describe("pants", "blue dress pants", "other_garment_color"),
        details("pants", "they are pleated and have cuffs at the bottom", "unsupported"),
        color_of("pants", "grey", kind="open"),
        kind_of("trousers"),
        title="Louis Philippe Men Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: white pique polo, navy tipping on the collar, small flag logo, short sleeves, navy chinos, white
    # backdrop. Caption: caption adapter e1; wearing and pants color: VQA adapter; describe, details, material: base.
    case(
        "X576-020",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a lapel neckline. The pants are of long length. The pants are with cotton fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        worn(
            "polo shirt and pants polo shirt and pants polo shirt and pants polo shirt and pants polo shirt and pants "
            "polo shirt and",
            "loop",
            hit_limit=True,
        ),
        describe("t-shirt", "a white polo shirt with navy stripes on the collar"),
        details("t-shirt", "it has a small logo on the chest and two buttons"),
        color_of("pants", "navy blue", kind="open", hit_limit=True),
        colour("navy blue", "contradiction"),
        sleeves("short"),
        title="Tommy Hilfiger Men White Solid Polo Collar T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: light pink solid formal shirt, full sleeves, spread collar, tucked into navy trousers, white backdrop.
    # The feed row has no gender. Caption: caption adapter e1; open answers: base.
    case(
        "X576-021",
        caption("a man in a pink shirt and blue pants"),
        worn("a pink shirt and blue pants"),
        describe("shirt", "light pink button up shirt"),
        details("shirt", "the shirt details are the shirt details", "restated"),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        colour("pink"),
        pattern("checked", "contradiction"),
        title="Allen Solly Men Pink Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
    ),
    # photo: black quilted padded jacket, zipped up, stand collar, white Puma logo on the chest, blue jeans, white
    # backdrop. Caption: caption adapter e1; wearing and jacket color: VQA adapter; describe, details, material: base.
    case(
        "X576-022",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric.",
            "unsupported",
        ),
        worn("black jacket and blue jeans", hit_limit=True),
        describe("jacket", "it is a black puffer jacket with a zipper"),
        details("jacket", "quilted with a high collar and a puma logo"),
        color_of(
            "jacket",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        made_of("polyester"),
        kind_of("jacket"),
        colour("blue", "contradiction"),
        title="Puma Men Black Solid Padded Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: navy track pants with three white stripes down each side, white t-shirt, white backdrop, front view.
    # Caption: caption adapter e1; open answers: base.
    case(
        "X576-023",
        caption("a man in a white t-shirt and blue track pants with white stripes"),
        worn("a white shirt and black pants", "contradiction"),
        describe("track pants", "blue track pants with white stripes on the side"),
        details("track pants", "three white stripes and a zip pocket on the back", "unsupported"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        made_of("polyester"),
        colour("navy blue"),
        title="ADIDAS Men Navy Blue Solid Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey melange knit shorts with a white drawstring, black t-shirt, white backdrop.
    # Caption: caption adapter e1; wearing and pants color: VQA adapter; rest: base.
    case(
        "X576-024",
        caption("The man wears a short-sleeve T-shirt with pure color patterns. The shorts are of three-point length."),
        worn(
            "tee and shorts Question: What cloth is the person wearing? Answer: tee and shorts Question: What cloth is",
            "leak",
            hit_limit=True,
        ),
        describe("shorts", "grey shorts with a drawstring"),
        details("shorts", "yes", "non_answer"),
        color_of("pants", "black", "other_garment_color", kind="open", hit_limit=True),
        made_of("the shorts are made of material", "restated"),
        colour("grey"),
        title="Proline Men Grey Melange Solid Knitted Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: olive long-sleeve henley t-shirt, three-button placket, black jeans, white backdrop.
    # Caption: caption adapter e1; open answers: base.
    case(
        "X576-025",
        caption("a man wearing an olive green long sleeve shirt and black jeans"),
        worn("a green shirt and black jeans"),
        describe("t-shirt", "it is a black henley t-shirt with long sleeves", "other_garment_color"),
        details("t-shirt", "button placket at the neck"),
        color_of("pants", "black", kind="open"),
        made_of("cotton"),
        sleeves("short", "contradiction"),
        title="Roadster Men Olive Green Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: black short-sleeve shirt with a white and red floral print, light blue jeans, white backdrop.
    # Caption: caption adapter e1; describe and pants color: VQA adapter; rest: base.
    case(
        "X576-026",
        caption(
            "The man wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The pants are of long length."
        ),
        worn("a black floral shirt and jeans"),
        describe(
            "shirt",
            "black shirt with white flowers black shirt with white flowers black shirt with white flowers black shirt "
            "with",
            "loop",
            hit_limit=True,
        ),
        details("shirt", "short sleeves and a floral print"),
        color_of("pants", "blue", kind="open", hit_limit=True),
        made_of("silk", "unsupported"),
        pattern("floral"),
        colour("white", "contradiction"),
        title="WROGN Men Black Slim Fit Floral Printed Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: long sky-blue kurta with a small white block print, mandarin collar, full sleeves, no visible pockets,
    # white pyjama, white backdrop. Caption: caption adapter e1; open answers: base.
    case(
        "X576-027",
        caption("a woman in a blue and white dress", "pronoun"),
        worn("a blue kurta and white pants"),
        describe("kurta", "light blue printed kurta with long sleeves"),
        details("kurta", "it has a v neck and pockets on the side", "unsupported"),
        made_of("cotton"),
        is_a("kurta", "no", "contradiction"),
        colour("blue"),
        title="Sojanya Men Blue & White Printed Straight Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: maroon crew-neck sweatshirt with a large multicolor cartoon graphic of a man on the front, blue jeans,
    # white backdrop. Caption: caption adapter e1; wearing, details, pants color: VQA adapter; describe, material: base.
    case(
        "X576-028",
        caption(
            "The man wears a long-sleeve sweater with graphic patterns. The neckline of it is round. The pants are "
            "with denim fabric."
        ),
        worn("sweatshirt and jeans", hit_limit=True),
        describe("sweatshirt", "it's a red sweatshirt with a cartoon on it"),
        details(
            "sweatshirt",
            "the sweatshirt has a picture of a man on it and the sweatshirt has a picture of a man on it and the "
            "sweatshirt has",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "maroon", "other_garment_color", kind="open", hit_limit=True),
        made_of("fleece"),
        colour("maroon"),
        title="Kook N Keech Men Maroon Printed Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: light blue stonewashed jeans with whiskering on the thighs, navy polo t-shirt, brown shoes, white
    # backdrop, front view only. Caption: caption adapter e1; open answers: base.
    case(
        "X576-029",
        caption("a man in a navy polo shirt and light blue jeans"),
        worn("a blue shirt and blue jeans"),
        describe("jeans", "light wash blue jeans with faded thighs"),
        details("jeans", "they have a button fly and a leather patch on the back", "unsupported"),
        color_of("pants", "navy blue", "other_garment_color", kind="open"),
        made_of("denim"),
        colour("blue"),
        title="Lee Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: lavender solid formal shirt, full sleeves, tucked into black trousers, white backdrop.
    # Caption: caption adapter e1; wearing: VQA adapter; rest: base.
    case(
        "X576-030",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The trousers are of long length. The trousers are with cotton fabric and pure color "
            "patterns. He",
            "cut",
            hit_limit=True,
        ),
        worn(
            "shirt and pants shirt and pants shirt and pants shirt and pants shirt and pants shirt and pants shirt and "
            "pants shirt and",
            "loop",
            hit_limit=True,
        ),
        describe("shirt", "a purple dress shirt"),
        details("shirt", "the shirt is a shirt", "restated"),
        color_of("pants", "black", kind="open"),
        made_of("cotton"),
        colour("purple"),
        title="Van Heusen Men Lavender Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: red round-neck sports t-shirt, three black stripes over the shoulders, short sleeves, black shorts,
    # white backdrop. Caption: caption adapter e1; details and pants color: VQA adapter; rest: base.
    case(
        "X576-031",
        caption("a man in a red adidas t-shirt and black shorts"),
        worn("a red shirt and black shorts"),
        describe("t-shirt", "yes", "non_answer"),
        details(
            "t-shirt",
            "Answer: short sleeve Question: What are the t-shirt details? Answer: short sleeve Question: What are the",
            "leak",
            hit_limit=True,
        ),
        color_of("pants", "black", kind="open", hit_limit=True),
        made_of("polyester"),
        pattern("striped", "contradiction"),
        sleeves("short"),
        title="ADIDAS Men Red Solid Training T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: brown faux-leather biker jacket, asymmetric zip, open, zip pockets and zipped cuffs, over a black
    # t-shirt, blue jeans, no watch or bracelet, white backdrop. Caption: caption adapter e1; open answers: base.
    case(
        "X576-032",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. There is "
            "an accessory on his wrist.",
            "unsupported",
        ),
        worn("a brown leather jacket and jeans"),
        describe("jacket", "black leather jacket with a zipper", "other_garment_color"),
        details("jacket", "zippers on the sleeves and pockets"),
        color_of("jacket", "brown", kind="open"),
        made_of("the jacket is made of the jacket material", "restated"),
        kind_of("jacket"),
        colour("brown"),
        title="Fort Collins Men Brown Solid Biker Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: olive slim chinos with turned-up hems, white shirt with sleeves rolled up, white sneakers, white
    # backdrop. Caption: caption adapter e1; describe: VQA adapter; rest: base.
    case(
        "X576-033",
        caption("a man in a white shirt and green pants"),
        worn("he is wearing a white shirt and olive pants"),
        describe(
            "pants",
            "green chinos with a slim fit, two slant pockets at the front, two welt pockets at the back and a button",
            "cut",
            hit_limit=True,
        ),
        details("pants", "they are slim fit with rolled cuffs"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        colour("olive"),
        kind_of("jeans", "contradiction"),
        title="Indian Terrain Men Olive Green Slim Fit Solid Chinos",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: light blue chambray denim shirt, two chest flap pockets, full sleeves, black chinos, white backdrop.
    # Caption: caption adapter e1; details: VQA adapter; rest: base.
    case(
        "X576-034",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its "
            "neckline is lapel. The pants are of long length. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        worn("a denim shirt and black pants"),
        describe("shirt", "a light blue denim shirt with two pockets"),
        details(
            "shirt",
            "the shirt has two flap pockets on the chest with button closures, a spread collar, full sleeves with "
            "button cuffs and a curved",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        made_of("denim"),
        pattern("solid"),
        title="Locomotive Men Blue Slim Fit Solid Chambray Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: teal round-neck training t-shirt, small white swoosh on the chest, short sleeves, black track pants,
    # white backdrop. The feed row has no color. Caption: caption adapter e1; open answers: base.
    case(
        "X576-035",
        caption("a man in a green nike shirt and black pants"),
        worn("a green t-shirt and black pants"),
        describe("t-shirt", "describe the t-shirt", "restated"),
        details("t-shirt", "the shirt has a zipper on the front and a hood", "unsupported"),
        color_of("pants", "teal", "other_garment_color", kind="open"),
        made_of("polyester"),
        colour("teal"),
        sleeves("long", "contradiction"),
        title="Nike Men Dri-FIT Legend Training T-shirt",
        category="Tshirts",
        gender="Men",
    ),
    # photo: black running shorts with side slits and a small white Puma logo, grey melange t-shirt, white
    # backdrop. Caption: caption adapter e1; wearing and describe: VQA adapter; rest: base.
    case(
        "X576-036",
        caption("The man wears a short-sleeve T-shirt with pure color patterns. The shorts are of three-point length."),
        worn(
            "the person is wearing a tee and shorts the person is wearing a tee and shorts the person is wearing a tee",
            "loop",
            hit_limit=True,
        ),
        describe(
            "shorts",
            "black shorts Question: Describe the shorts. Answer: black shorts Question: Describe the shorts. Answer: "
            "black",
            "leak",
            hit_limit=True,
        ),
        details("shorts", "they are short", "non_answer"),
        color_of("pants", "black", kind="open"),
        made_of("polyester"),
        colour("grey", "contradiction"),
        title="Puma Men Black Solid Running Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: mustard yellow straight kurta, mandarin collar, short button placket, full sleeves, side slits, white
    # pyjama, white backdrop. Caption: caption adapter e1; open answers: base.
    case(
        "X576-037",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "stand neckline.",
            "pronoun",
        ),
        worn("a yellow kurta and white pants"),
        describe("kurta", "a mustard yellow kurta with a mandarin collar"),
        details("kurta", "side slits and a short button placket"),
        made_of("cotton"),
        colour("orange", "contradiction"),
        title="Anouk Men Mustard Yellow Solid Straight Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Men",
    ),
    # photo: cream crew-neck sweatshirt, ribbed cuffs and hem, small tonal embroidered logo on the chest, olive
    # chinos, white backdrop. Caption: caption adapter e1; open answers: base.
    case(
        "X576-038",
        caption("a man in a white sweater and green pants"),
        worn("a white sweater and green pants"),
        describe("sweatshirt", "white sweatshirt"),
        details("sweatshirt", "ribbed cuffs and hem with a small logo on the chest"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        colour("beige"),
        kind_of("jacket", "contradiction"),
        title="Allen Solly Men Cream-Coloured Solid Sweatshirt",
        category="Sweatshirts",
        color="Cream",
        gender="Men",
    ),
    # photo: navy sleeveless quilted puffer jacket (gilet), zipped, over a white long-sleeve shirt, grey trousers,
    # white backdrop. Caption: caption adapter e1; wearing and jacket color: VQA adapter; rest: base.
    case(
        "X576-039",
        caption(
            "The man wears a sleeveless vest with pure color patterns. There is a shirt under the vest. The pants are "
            "of long length."
        ),
        worn(
            "vest and shirt and pants vest and shirt and pants vest and shirt and pants vest and shirt and pants vest "
            "and",
            "loop",
            hit_limit=True,
        ),
        describe("jacket", "a navy blue puffer vest"),
        details("jacket", "it has long sleeves and a hood", "contradiction"),
        color_of("jacket", "white", "other_garment_color", kind="open", hit_limit=True),
        made_of("nylon"),
        sleeves("long", "contradiction"),
        colour("navy blue"),
        title="Monte Carlo Men Navy Blue Solid Sleeveless Padded Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: bottle green polo, white tipping on the collar and the sleeve hems, beige shorts, white backdrop.
    # Caption: caption adapter e1; open answers: base.
    case(
        "X576-040",
        caption("a man in a green polo shirt and beige shorts"),
        worn("a green polo shirt and khaki shorts"),
        describe("t-shirt", "the t-shirt is a t-shirt", "restated"),
        details("t-shirt", "white stripes on the collar and sleeves"),
        color_of("pants", "green", "other_garment_color", kind="open"),
        kind_of("polo shirt"),
        pattern("striped", "contradiction"),
        title="Proline Men Green Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: dark indigo straight jeans, white shirt worn untucked, brown belt barely visible, brown boots, white
    # backdrop. Caption: caption adapter e1; wearing and pants color: VQA adapter; rest: base.
    case(
        "X576-041",
        caption("a man in a white shirt and dark blue jeans standing against a white background"),
        worn(
            "shirt and denim Question: What cloth is the person wearing? Answer: shirt and denim Question: What cloth "
            "is the",
            "leak",
            hit_limit=True,
        ),
        describe("jeans", "dark blue jeans"),
        details("jeans", "she is wearing dark blue jeans with a brown belt", "pronoun"),
        color_of("pants", "blue", kind="open", hit_limit=True),
        made_of("denim"),
        colour("navy blue"),
        title="Pepe Jeans Men Navy Blue Straight Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: olive joggers with elastic cuffs and side pockets, drawstring waist, black t-shirt, no watch, white
    # backdrop. Caption: caption adapter e1; open answers: base.
    case(
        "X576-042",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The pants are of long length. There is an "
            "accessory on his wrist.",
            "unsupported",
        ),
        worn("a black t-shirt and green joggers"),
        describe("track pants", "olive green jogger pants"),
        details("track pants", "they have a zip fly and belt loops", "unsupported"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        made_of("cotton"),
        colour("olive"),
        kind_of("jeans", "contradiction"),
        title="HRX by Hrithik Roshan Men Olive Green Solid Joggers",
        category="Track Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: white formal shirt with thin blue vertical pinstripes, full sleeves, spread collar, one patch pocket,
    # tucked into grey trousers, white backdrop. The feed row has no category. Caption: caption adapter e1;
    # describe: VQA adapter; rest: base.
    case(
        "X576-043",
        caption(
            "The man wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The trousers are of long length."
        ),
        worn("a white and blue striped shirt and grey pants"),
        describe(
            "shirt",
            "white shirt with thin blue vertical stripes, a spread collar, long sleeves with buttoned cuffs and a "
            "single patch pocket on the left",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "pinstripes and a spread collar"),
        color_of("pants", "grey", kind="open"),
        made_of("cotton"),
        pattern("checked", "contradiction"),
        title="Parx Men White & Blue Slim Fit Striped Formal Shirt",
        color="White",
        gender="Men",
    ),
    # photo: charcoal t-shirt with white "FLYING MACHINE ORIGINAL" lettering on the front, short sleeves, blue jeans,
    # white backdrop, front view only. Caption: caption adapter e1; open answers: base.
    case(
        "X576-044",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The "
            "neckline of it is round. The pants are of long length. The pants are with denim fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        worn("a grey t-shirt and blue jeans"),
        describe("t-shirt", "she is wearing a grey t-shirt with white writing", "pronoun"),
        details("t-shirt", "white text on the front and a big print on the back", "unsupported"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        colour("grey"),
        title="Flying Machine Men Charcoal Grey Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: short white kurta with a black geometric print, mandarin collar, full sleeves, worn over blue jeans,
    # white backdrop. Caption: caption adapter e1; describe: VQA adapter; rest: base.
    case(
        "X576-045",
        caption("a man wearing a white and black shirt and blue jeans"),
        worn("clothes", "non_answer"),
        describe(
            "kurta",
            "white kurta with black print Question: Describe the kurta. Answer: white kurta with black print Question: "
            "Describe",
            "leak",
            hit_limit=True,
        ),
        details("kurta", "it has a round neck and short sleeves", "contradiction"),
        made_of("cotton"),
        pattern("printed"),
        colour("black", "contradiction"),
        title="See Designs Men White & Black Printed Short Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: grey zip-up hoodie worn open over a black crew t-shirt, black joggers, white backdrop.
    # Caption: caption adapter e1; wearing: VQA adapter; rest: base.
    case(
        "X576-046",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. There is a T-shirt under the jacket. The "
            "pants are of long length."
        ),
        worn(
            "hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie "
            "hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie hoodie",
            "loop",
            hit_limit=True,
        ),
        describe("sweatshirt", "a black zip up hoodie", "other_garment_color"),
        details("sweatshirt", "it has a zipper and a hood"),
        color_of("jacket", "grey", kind="open"),
        kind_of("hoodie"),
        title="Campus Sutra Men Grey Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey",
        gender="Men",
    ),
]
