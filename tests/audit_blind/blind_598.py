"""BLIND_598 (46 products; Myntra men's shirts and tees, shirt/pants colors): written blind in the fifty-second session.
Measured blind at 902cbd0 (the session's ninth rules): 104/124 failures found (83.9%) and 6/181 correct texts flagged
(3.3%). The writer's notes, verbatim:

Scenario: a Myntra men's topwear feed (Shirts and Tshirts: casual, formal, polo, henley, printed, checked, striped)
run overnight. Catalog photos at 224x224, mostly on a white backdrop (one light grey), a male model wearing the
product with trousers, jeans, chinos, joggers or shorts; three products are flat lays with no model and no other
garment. The questionnaire is the experiments' per-garment one: "What is the color of the shirt?" and "What is the
color of the pants?" (closed), "What is the shirt color?", "What is he wearing?", "Describe the shirt.", "What are
the shirt details?" (open), plus some closed yes/no "Is this a ...?", pattern, sleeve length and garment type
questions and the open material question.

Who wrote what: captions come from the caption adapter at epoch 3 (leoreigoto/Data2_V2_Blip2_Finetune_Caption), which
writes the DeepFashion-MultiModal template ("The man wears a short-sleeve T-shirt with pure color patterns. The
T-shirt is with cotton fabric ..."), never a hue, only pattern words (pure color, stripe, lattice, floral, graphic,
color block) and DeepFashion fabrics (cotton, denim, knitted); it has no end token, so many captions run to the
50-token limit and stop mid-sentence or fall into repeating one template sentence, and it always assumes a person
wearing long pants even in flat lays. Open answers come from the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA): short
color answers, "a ... and ..." outfit answers, loops up to the 30-token limit, and leaks of the next
"Question: ... Answer:" turn. Closed answers come from enrich's --engine reference picking one candidate over the
VQA adapter, so they never loop or stop short, but they do pick the pants' or the tie's color for the shirt, the
shirt's color for the pants, or a pants color in a photo with no pants.

Labeling conventions and judgement calls:
- The photo is the truth. Where the seller's color is off (a "Brown" shirt that is plainly maroon) the answer that
  matches the photo is correct. Shades and group-mates of the seller color are correct (charcoal = dark grey,
  cream = white, peach = pink, lavender = light purple, burgundy = maroon, khaki = beige, teal named as teal).
- For a checked, striped or printed product, naming a color that covers a large share of the garment (green in a
  navy/green tartan, "blue and white" for a blue micro-check) is correct; naming a color only another garment has
  (the jeans, the trousers, the tie, the t-shirt under an open shirt) is other_garment_color.
- Direction of color mix-ups: the product (shirt/tee) given another garment's color is other_garment_color; the
  pants given the product's color (one color for the whole outfit) is contradiction. An all-black outfit answered
  "black" for both is correct.
- A pants color, a person, sunglasses, a cap, a watch, a pocket, a hood or a fabric the photo does not show is
  unsupported; a fabric the seller's title names otherwise (caption "cotton" for a "Pure Linen" shirt) is
  contradiction. "cotton" for a Dri-FIT tee is unsupported (the title does not name the fabric).
- Wrong sleeve length, wrong neckline against the title, "pure color" for a checked title, wrong closed pattern or
  garment type, and "no" to "Is this a shirt/polo shirt/t-shirt?" for that product are contradiction.
- A one-word or yes/no answer to an open describe/details/wearing question is non_answer; a one-word color to an
  open color question is a correct answer. Echoing the question or "the shirt is a shirt" is restated.
- A text that loops until the limit is loop even if its last repetition is cut; cut is a text that stops
  mid-phrase at the limit without repeating. A leak that also ran to the limit is labeled leak, with hit_limit.
- hit_limit=True only where the text visibly ran to the token limit; complete texts stopped on the newline.
- "she"/"her"/"the lady" for a Men product is pronoun; products without a gender column have no pronoun label.
- One label per text: the most visible failure.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, question, wearing

shirt_color = question("shirt_color", "What is the shirt color?", "open")
pattern = BLIND_QUESTIONS.pattern
sleeve = BLIND_QUESTIONS.sleeve_length
garment_type = BLIND_QUESTIONS.garment_type
material = BLIND_QUESTIONS.material


def shirt(text, failure=None):
    return color_of("shirt", text, failure)


def pants(text, failure=None):
    return color_of("pants", text, failure)


def he(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="he", hit_limit=hit_limit)


def person(text, failure=None, hit_limit=False):
    return wearing(text, failure, hit_limit=hit_limit)


BLIND_598 = [
    # photo: navy polo with white tipped collar and a small red logo, beige chinos, white backdrop, front view, hands
    # in pockets. Caption: caption adapter epoch 3; answers: VQA adapter (open), reference engine (closed).
    case(
        "X598-001",
        caption(
            "The man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The pants this man wears is of long length. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        shirt("navy blue"),
        pants("navy blue", "contradiction"),
        he("a navy blue polo shirt and khaki pants"),
        is_a("polo shirt", "yes"),
        details("shirt", "the shirt has a collar with white tipping and a small logo on the chest"),
        title="U.S. Polo Assn. Men Solid Navy Blue Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white formal shirt with thin blue pinstripes, tucked into charcoal trousers, black belt, white backdrop,
    # front view. Caption: caption adapter epoch 3; answers: VQA adapter (open), reference engine (closed).
    case(
        "X598-002",
        caption(
            "The man is wearing a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        shirt("grey", "other_garment_color"),
        pants("grey"),
        shirt_color("white with blue stripes"),
        describe(
            "shirt",
            "the shirt is a white shirt with blue stripes and a white shirt with blue stripes and a white shirt with "
            "blue stripes and a white",
            "loop",
            hit_limit=True,
        ),
        pattern("striped"),
        garment_type("tee", "contradiction"),
        title="Arrow Men White & Blue Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: red and black buffalo check shirt, one chest pocket, sleeves rolled to the elbow, untucked over blue
    # jeans, brown boots, white backdrop. Caption: caption adapter epoch 3; answers: VQA adapter / reference engine.
    case(
        "X598-003",
        caption(
            "This gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        shirt("red"),
        pants("blue"),
        he("a red and black plaid shirt and blue jeans"),
        details(
            "shirt",
            "the shirt has a button down collar and a pocket on the chest and a pocket on the chest and a pocket on "
            "the chest and a",
            "loop",
            hit_limit=True,
        ),
        describe("shirt", "describe the shirt", "restated"),
        is_a("shirt", "yes"),
        pattern("checked"),
        title="Roadster Men Red & Black Buffalo Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: black crew-neck tee with a white skull graphic on the chest, blue jeans, white backdrop, front view.
    # Caption: caption adapter epoch 3; answers: VQA adapter (open), reference engine (closed).
    case(
        "X598-004",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and it has "
            "a crew neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        shirt("blue", "other_garment_color"),
        pants("blue"),
        shirt_color("black with a white skull print"),
        he(
            "he is wearing a black t-shirt with a skull on it Question: What is the color of the pants? Answer: blue",
            "leak",
        ),
        is_a("t-shirt", "yes"),
        title="Flying Machine Men Printed Black Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: olive full-sleeve henley with a three-button placket, black jeans, no watch or jewellery, white backdrop.
    # Caption: caption adapter epoch 3; answers: VQA adapter (open), reference engine (closed).
    case(
        "X598-005",
        caption(
            "His T-shirt has long sleeves, cotton fabric and pure color patterns. The neckline of it is round. There "
            "is an accessory on his wrist.",
            "unsupported",
        ),
        shirt("olive"),
        pants("black"),
        shirt_color("green"),
        details("shirt", "it has three buttons at the neck and long sleeves"),
        describe("shirt", "shirt", "non_answer"),
        title="Highlander Men Olive Solid Henley Neck Full Sleeve T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: light blue slim-fit formal shirt tucked into navy trousers, brown belt, white backdrop, front view.
    # Caption: caption adapter epoch 3; answers: VQA adapter (open), reference engine (closed).
    case(
        "X598-006",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The man",
            "cut",
            hit_limit=True,
        ),
        shirt("light blue"),
        pants("light blue", "contradiction"),
        he("a blue shirt and blue pants"),
        details("shirt", "the shirt details are the shirt details", "restated"),
        sleeve("long"),
        title="Peter England Men Light Blue Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: grey melange round-neck tee, black joggers, white sneakers, white backdrop, full-length front view.
    # Caption: caption adapter epoch 3; answers: VQA adapter (open), reference engine (closed).
    case(
        "X598-007",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and it "
            "has a V-shape neckline. The man wears a long pants. The pants are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        shirt("black", "other_garment_color"),
        pants("black"),
        shirt_color(
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey grey grey grey grey grey grey grey",
            "loop",
            hit_limit=True,
        ),
        he("a grey t-shirt and black sweatpants"),
        material("cotton"),
        title="HRX by Hrithik Roshan Men Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: mustard and navy checked shirt worn open over a white crew-neck tee, sleeves rolled up, blue jeans,
    # white backdrop. Caption: caption adapter epoch 3; answers: VQA adapter (open), reference engine (closed).
    case(
        "X598-008",
        caption(
            "The man is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has "
            "a lapel neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        shirt("white", "other_garment_color"),
        pants("blue"),
        shirt_color("yellow and blue plaid"),
        he("a yellow plaid shirt over a white t-shirt and blue jeans"),
        describe(
            "shirt",
            "the shirt is a yellow and blue plaid shirt with a collar and buttons, the sleeves are rolled up and the "
            "shirt is open and the",
            "cut",
            hit_limit=True,
        ),
        pattern("checked"),
        title="Wrangler Men Mustard & Navy Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: yellow polo with a black cat logo, white shorts, white sneakers, white backdrop, full-length view.
    # Caption: caption adapter epoch 3; answers: VQA adapter (open), reference engine (closed).
    case(
        "X598-009",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a short pants. The T-shirt is with "
            "cotton fabric and it has a lapel neckline. The pants are with cotton fabric and pure color patterns."
        ),
        shirt("yellow"),
        pants("yellow", "contradiction"),
        he("he is wearing a yellow polo shirt and white shorts"),
        details(
            "shirt",
            "the shirt has a collar, two buttons, a logo on the chest, the sleeves, the collar, the buttons, the "
            "logo, the sleeves, the collar",
            "loop",
            hit_limit=True,
        ),
        is_a("polo shirt", "no", "contradiction"),
        title="Puma Men Yellow Solid Polo T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: maroon short-sleeve shirt with a small white floral print, regular collar, no pocket, khaki chinos,
    # white backdrop. Caption: caption adapter epoch 3; answers: VQA adapter (open), reference engine (closed).
    case(
        "X598-010",
        caption(
            "This gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        shirt("maroon"),
        pants("beige"),
        shirt_color("red with white flowers"),
        he("she is wearing a red shirt with white flowers and khaki pants", "pronoun"),
        sleeve("long", "contradiction"),
        details("shirt", "the shirt has a floral print, a chest pocket and a button down collar", "unsupported"),
        title="Mast & Harbour Men Maroon & White Printed Casual Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: pink and white vertical stripe formal shirt tucked into grey trousers, black belt, white backdrop.
    # Caption: caption adapter epoch 3; answers: VQA adapter (open), reference engine (closed).
    case(
        "X598-011",
        caption(
            "His shirt has long sleeves, cotton fabric and stripe patterns. The neckline of it is lapel. The gentleman "
            "wears a long trousers. The trousers are with cotton fabric and pure color patterns. He wears a",
            "cut",
            hit_limit=True,
        ),
        shirt("pink"),
        pants("grey"),
        shirt_color("grey", "other_garment_color"),
        describe(
            "shirt",
            "the shirt is pink and white striped with a collar and long sleeves and it is made of silk",
            "unsupported",
        ),
        he("a pink shirt"),
        title="Van Heusen Men Pink & White Striped Slim Fit Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: red crew-neck sports tee with a small white swoosh, black shorts, white backdrop, full-length view.
    # Caption: caption adapter epoch 3; answers: VQA adapter (open), reference engine (closed).
    case(
        "X598-012",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a short pants. The T-shirt is with "
            "cotton fabric and it has a crew neckline. The pants are with cotton fabric and pure color patterns. The "
            "pants are with cotton fabric and pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        shirt("red"),
        pants("black"),
        material("cotton", "unsupported"),
        he("a red t-shirt and black shorts"),
        is_a("t-shirt", "yes"),
        describe("shirt", "it is a shirt", "restated"),
        title="Nike Men Red Dri-FIT Solid Training T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: mid-blue chambray denim shirt with two flap chest pockets and snap buttons, beige chinos, white
    # backdrop. Caption: caption adapter epoch 3; answers: VQA adapter (open), reference engine (closed).
    case(
        "X598-013",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its "
            "neckline is lapel. The man wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        shirt("blue"),
        pants("blue", "contradiction"),
        material("denim"),
        details("shirt", "two pockets with flaps on the chest and snap buttons"),
        describe(
            "shirt",
            "a blue denim shirt Question: What are the shirt details? Answer: the shirt has two pockets",
            "leak",
        ),
        title="Levis Men Blue Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: black solid shirt and black trousers (all-black outfit), black shoes, white backdrop, front view.
    # Caption: caption adapter epoch 3; answers: VQA adapter (open), reference engine (closed).
    case(
        "X598-014",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        shirt("black"),
        pants("black"),
        he("a black shirt and black pants"),
        shirt_color("black"),
        details("shirt", "buttons", "non_answer"),
        title="John Players Men Black Solid Slim Fit Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: white polo with navy and red tipping on collar and cuffs, small flag logo, solid navy shorts, white
    # sneakers, no socks visible, white backdrop. Caption: caption adapter epoch 3; answers: VQA adapter / reference.
    case(
        "X598-015",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a short pants. The T-shirt is with "
            "cotton fabric and it has a lapel neckline. The pants are with cotton fabric and stripe patterns.",
            "unsupported",
        ),
        shirt("navy blue", "other_garment_color"),
        pants("navy blue"),
        shirt_color("white"),
        is_a("polo shirt", "yes"),
        he(
            "white polo shirt and navy shorts and white sneakers and white socks and white sneakers and white socks "
            "and white sneakers and",
            "loop",
            hit_limit=True,
        ),
        title="Tommy Hilfiger Men White Solid Polo Collar T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: beige crew-neck tee with brown text print on the chest, olive cargo pants with side pockets, bare head,
    # white backdrop. Caption: caption adapter epoch 3; answers: VQA adapter (open), reference engine (closed).
    case(
        "X598-016",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and it has "
            "a round neckline. The man wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        shirt("olive", "other_garment_color"),
        pants("olive"),
        shirt_color("beige"),
        describe("shirt", "it is a beige t-shirt with brown letters printed on the front"),
        details("pants", "the pants have pockets on the sides"),
        is_a("t-shirt", "no", "contradiction"),
        he("a beige t-shirt, olive cargo pants and a cap", "unsupported"),
        title="Tantra Men Beige Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Beige",
        gender="Men",
    ),
    # photo: flat lay, a lavender slim-fit shirt laid buttoned on white, sleeves folded behind, no model, no other
    # garment. Caption: caption adapter epoch 3; answers: VQA adapter (open), reference engine (closed).
    case(
        "X598-017",
        caption(
            "The person wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "person wears a long pants. The pants are with denim fabric and pure color patterns.",
            "unsupported",
        ),
        shirt("purple"),
        pants("blue", "unsupported"),
        person("a purple shirt and blue jeans", "unsupported"),
        shirt_color("light purple"),
        is_a("shirt", "yes"),
        title="Basics Men Lavender Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: teal half-sleeve henley with a two-button placket, grey jeans, white backdrop, front view.
    # Caption: caption adapter epoch 3; answers: VQA adapter (open), reference engine (closed).
    case(
        "X598-018",
        caption(
            "His T-shirt has short sleeves, cotton fabric and pure color patterns. The neckline of it is round. The "
            "gentleman wears a long pants. The pants are with denim fabric and pure color patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        shirt("teal"),
        pants("grey"),
        he("he is wearing a teal henley and grey jeans"),
        details(
            "shirt",
            "a henley with buttons at the neck, the buttons, the buttons, the buttons, the buttons, the buttons, the "
            "buttons, the buttons",
            "loop",
            hit_limit=True,
        ),
        sleeve("short"),
        title="Jack & Jones Men Teal Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: cream finely textured formal shirt (solid), black trousers, white backdrop, front view.
    # Caption: caption adapter epoch 3; answers: VQA adapter (open), reference engine (closed).
    case(
        "X598-019",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        shirt("white"),
        pants("black"),
        shirt_color("black", "other_garment_color"),
        describe(
            "shirt",
            "the shirt is a cream colored shirt with a collar Question: Describe the pants. Answer: the pants are "
            "black",
            "leak",
        ),
        he("a cream shirt and black pants"),
        pattern("checked", "contradiction"),
        title="Louis Philippe Men Cream Solid Textured Slim Fit Formal Shirt",
        category="Shirts",
        color="Cream",
        gender="Men",
    ),
    # photo: colour-blocked tee, navy body and sleeves, white chest panel, red band below it, blue jeans, white
    # backdrop. Caption: caption adapter epoch 3; answers: VQA adapter (open), reference engine (closed).
    case(
        "X598-020",
        caption(
            "The man wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric and it "
            "has a round neckline. The man wears a long pants. The pants are with denim fabric and pure color "
            "patterns."
        ),
        shirt("navy blue"),
        pants("blue"),
        shirt_color("blue white and red"),
        pattern("solid", "contradiction"),
        describe(
            "shirt",
            "the t-shirt is a navy blue t-shirt with a white band across the chest and a red stripe below it, the "
            "sleeves are navy blue and the",
            "cut",
            hit_limit=True,
        ),
        he("she is wearing a navy blue t-shirt and blue jeans", "pronoun"),
        title="Campus Sutra Men Navy Blue Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: green and white gingham long-sleeve shirt, chest pocket with no logo, navy chinos, brown belt, white
    # backdrop. Caption: caption adapter epoch 3; answers: VQA adapter (open), reference engine (closed).
    case(
        "X598-021",
        caption(
            "This gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        shirt("navy blue", "other_garment_color"),
        pants("navy blue"),
        shirt_color("green and white checkered"),
        he("a green checkered shirt and navy blue pants and a brown belt"),
        pattern("checked"),
        sleeve("short", "contradiction"),
        details("shirt", "the shirt has a pocket on the chest and a logo on the pocket", "unsupported"),
        title="Indian Terrain Men Green & White Gingham Checked Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: navy and white horizontal stripe polo, no pocket, white trousers, white backdrop, front view.
    # Caption: caption adapter epoch 3; answers: VQA adapter (open), reference engine (closed).
    case(
        "X598-022",
        caption(
            "The man wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric and it has a "
            "lapel neckline. The man wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        shirt("navy blue"),
        pants("navy blue", "contradiction"),
        shirt_color("blue and white striped"),
        he("striped", "non_answer"),
        details(
            "shirt",
            "the shirt has a collar and a pocket and a logo and a pocket and a logo and a pocket and a logo and a "
            "pocket and a logo",
            "loop",
            hit_limit=True,
        ),
        is_a("polo shirt", "yes"),
        title="United Colors of Benetton Men Navy Blue & White Striped Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white tee with a multicolour bicycle print on the front, grey jeans, light grey backdrop, front view; the
    # feed row has no category. Caption: caption adapter epoch 3; answers: VQA adapter / reference engine.
    case(
        "X598-023",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and it has "
            "a crew neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        shirt("white"),
        pants("grey"),
        shirt_color("white with a colorful bicycle on the front"),
        he("a white t-shirt with a bicycle print and grey jeans"),
        describe("shirt", "white", "non_answer"),
        details("shirt", "the shirt has a bicycle print on the front and a pocket on the sleeve", "unsupported"),
        title="Being Human Men White Printed Round Neck Pure Cotton T-shirt",
        color="White",
        gender="Men",
    ),
    # photo: charcoal formal shirt with one chest pocket, tucked into black trousers, steel watch on the left wrist,
    # white backdrop. Caption: caption adapter epoch 3; answers: VQA adapter (open), reference engine (closed).
    case(
        "X598-024",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. There "
            "is an accessory on his wrist. The trousers are with cotton fabric and pure color patterns."
        ),
        shirt("black", "other_garment_color"),
        pants("black"),
        shirt_color("dark grey"),
        sleeve("long"),
        describe(
            "shirt",
            "the shirt is a dark grey shirt with long sleeves and a collar and a pocket on the chest and the shirt is "
            "tucked into the black",
            "cut",
            hit_limit=True,
        ),
        he("clothes", "non_answer"),
        title="Blackberrys Men Charcoal Grey Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: solid shirt the seller calls brown that is plainly maroon, untucked over blue jeans, white backdrop.
    # Caption: caption adapter epoch 3; answers: VQA adapter (open), reference engine (closed).
    case(
        "X598-025",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns."
        ),
        shirt("maroon"),
        pants("blue"),
        shirt_color("red"),
        he(
            "he is wearing a maroon shirt and blue jeans and he is wearing a maroon shirt and blue jeans and he is "
            "wearing a maroon shirt",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "no", "contradiction"),
        title="Genesis Men Solid Brown Shirts",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: orange V-neck tee, navy shorts, white backdrop, full-length view.
    # Caption: caption adapter epoch 3; answers: VQA adapter (open), reference engine (closed).
    case(
        "X598-026",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a short pants. The T-shirt is with "
            "cotton fabric and it has a V-shape neckline. The pants are with cotton fabric and pure color patterns."
        ),
        shirt("orange"),
        pants("orange", "contradiction"),
        he("an orange t-shirt and blue shorts"),
        describe("shirt", "the shirt is a shirt", "restated"),
        details("shirt", "it has a round neck", "contradiction"),
        title="Proline Men Orange Solid V-Neck T-shirt",
        category="Tshirts",
        color="Orange",
        gender="Men",
    ),
    # photo: blue and white micro-check formal shirt tucked into black trousers, no tie, white backdrop.
    # Caption: caption adapter epoch 3; answers: VQA adapter (open), reference engine (closed).
    case(
        "X598-027",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        shirt("blue"),
        pants("black"),
        pattern("checked"),
        shirt_color("blue and white"),
        details("shirt", "the shirt details are on the shirt", "restated"),
        he("a blue checked shirt, black trousers and a red tie", "unsupported"),
        title="Raymond Men Blue & White Micro Checked Slim Fit Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: olive military shirt with epaulettes, two flap chest pockets, sleeves rolled and held by tabs, black
    # jeans, white backdrop. Caption: caption adapter epoch 3; answers: VQA adapter (open), reference engine (closed).
    case(
        "X598-028",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. The "
            "gentleman wears a long pants. The pants are with denim fabric and pure color patterns. The gentleman "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        shirt("olive"),
        pants("black"),
        details("shirt", "two pockets with flaps on the chest, shoulder straps and roll up sleeves"),
        describe("shirt", "an olive green military style shirt with epaulettes and two chest pockets"),
        he("she is wearing an olive shirt and black jeans", "pronoun"),
        material("leather", "unsupported"),
        title="Spykar Men Olive Slim Fit Solid Military Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: white tee with three black stripes over each shoulder and a small black logo, no pockets, black track
    # pants with white side stripes, white backdrop. Caption: caption adapter epoch 3; answers: VQA adapter / reference.
    case(
        "X598-029",
        caption(
            "The man wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric and it has "
            "a crew neckline. The man wears a long pants. The pants are with cotton fabric and stripe patterns."
        ),
        shirt("black", "other_garment_color"),
        pants("black"),
        shirt_color("white with black stripes on the shoulders"),
        he(
            "a white t-shirt and black track pants Question: What is he wearing? Answer: a white t-shirt and black "
            "track pants Question:",
            "leak",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        details("shirt", "the shirt has three stripes on the shoulders and a zip pocket", "unsupported"),
        title="ADIDAS Men White 3-Stripes Essentials T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: rust full-sleeve waffle-knit henley with a button placket, no hood, blue jeans, brown boots, white
    # backdrop. Caption: caption adapter epoch 3; answers: VQA adapter (open), reference engine (closed).
    case(
        "X598-030",
        caption(
            "This gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with knitted fabric "
            "and it has a round neckline. The gentleman wears a long pants. The pants are with denim fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        shirt("orange"),
        pants("blue"),
        shirt_color("rust"),
        describe(
            "shirt",
            "a rust colored henley with a button placket and long sleeves and a button placket and long sleeves and a "
            "button placket and long",
            "loop",
            hit_limit=True,
        ),
        details("shirt", "the shirt has a hood", "unsupported"),
        title="Roadster Men Rust Solid Waffle Knit Henley Neck T-shirt",
        category="Tshirts",
        color="Rust",
        gender="Men",
    ),
    # photo: white formal shirt under an open navy blazer, grey trousers, no tie, white backdrop, front view.
    # Caption: caption adapter epoch 3; answers: VQA adapter (open), reference engine (closed).
    case(
        "X598-031",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. There is a jacket outside. The jacket is with cotton fabric and pure color patterns. "
            "The man",
            "cut",
            hit_limit=True,
        ),
        shirt("navy blue", "other_garment_color"),
        pants("grey"),
        he("a white shirt, a navy blazer and grey trousers"),
        shirt_color("white"),
        is_a("shirt", "yes"),
        describe("shirt", "her shirt is white with a collar and long sleeves", "pronoun"),
        title="Arrow Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: mustard-yellow tee with a black cartoon print, black jeans, white backdrop, front view.
    # Caption: caption adapter epoch 3; answers: VQA adapter (open), reference engine (closed).
    case(
        "X598-032",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and it has "
            "a round neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        shirt("yellow"),
        pants("yellow", "contradiction"),
        shirt_color("black", "other_garment_color"),
        he("a yellow t-shirt with a cartoon on it and black jeans"),
        describe("shirt", "Question: Describe the shirt. Answer: a yellow t-shirt with a cartoon", "leak"),
        title="Bewakoof Men Yellow Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: peach solid formal shirt with spread collar and buttoned cuffs, navy trousers, white backdrop.
    # Caption: caption adapter epoch 3; answers: VQA adapter (open), reference engine (closed).
    case(
        "X598-033",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        shirt("pink"),
        pants("navy blue"),
        shirt_color("peach"),
        describe("shirt", "a peach colored formal shirt with long sleeves, a spread collar and buttoned cuffs"),
        he(
            "he is wearing a pink shirt and blue pants Question: What is the color of the shirt? Answer: pink "
            "Question: What is the",
            "leak",
            hit_limit=True,
        ),
        pattern("striped", "contradiction"),
        title="Park Avenue Men Peach Solid Slim Fit Formal Shirt",
        category="Shirts",
        color="Peach",
        gender="Men",
    ),
    # photo: multicolour vertical stripe shirt (navy, white, red, yellow), beige chinos, white backdrop.
    # Caption: caption adapter epoch 3; answers: VQA adapter (open), reference engine (closed).
    case(
        "X598-034",
        caption(
            "His shirt has long sleeves, cotton fabric and stripe patterns. The neckline of it is lapel. The gentleman "
            "wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        shirt("beige", "other_garment_color"),
        pants("beige"),
        shirt_color("blue white red and yellow stripes"),
        pattern("striped"),
        details("shirt", "stripes", "non_answer"),
        title="Allen Solly Men Multicoloured Striped Casual Shirt",
        category="Shirts",
        color="Multi",
        gender="Men",
    ),
    # photo: black polo with white tipping on the collar, two-button placket, short sleeves, grey chinos, white
    # backdrop. Caption: caption adapter epoch 3; answers: VQA adapter (open), reference engine (closed).
    case(
        "X598-035",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and it "
            "has a lapel neckline. The man wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The man wears a",
            "cut",
            hit_limit=True,
        ),
        shirt("black"),
        pants("grey"),
        he("black", "non_answer"),
        is_a("polo shirt", "yes"),
        details("shirt", "the shirt has a collar with white stripes and two buttons"),
        sleeve("long", "contradiction"),
        title="Celio Men Black Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: flat lay, a royal blue tee with a white logo print, laid on white, no model, no other garment.
    # Caption: caption adapter epoch 3; answers: VQA adapter (open), reference engine (closed).
    case(
        "X598-036",
        caption(
            "The person wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and it "
            "has a crew neckline. The person wears a long pants. The pants are with denim fabric and pure color "
            "patterns.",
            "unsupported",
        ),
        shirt("blue"),
        pants("blue", "unsupported"),
        shirt_color("blue with white print"),
        is_a("t-shirt", "yes"),
        details("shirt", "a white puma logo print on the front"),
        title="Puma Men Blue Printed Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: grey and white horizontal stripe half-sleeve henley, khaki shorts, bare wrists, white backdrop.
    # Caption: caption adapter epoch 3; answers: VQA adapter (open), reference engine (closed).
    case(
        "X598-037",
        caption(
            "The man wears a short-sleeve T-shirt with stripe patterns and a short pants. The T-shirt is with cotton "
            "fabric and it has a round neckline. The pants are with cotton fabric and pure color patterns."
        ),
        shirt("khaki", "other_garment_color"),
        pants("khaki"),
        shirt_color("grey and white striped"),
        he("a striped henley and khaki shorts and a watch", "unsupported"),
        pattern("striped"),
        details("shirt", "the details of the shirt are the shirt details", "restated"),
        title="Wrangler Men Grey & White Striped Henley Neck T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: white formal shirt with a navy tie, tucked into black trousers, white backdrop, front view.
    # Caption: caption adapter epoch 3; answers: VQA adapter (open), reference engine (closed).
    case(
        "X598-038",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        shirt("white"),
        pants("black"),
        shirt_color("navy", "other_garment_color"),
        he("a white shirt with a blue tie and black pants"),
        describe("shirt", "the shirt is white with a collar and a tie and it is tucked in"),
        title="Zodiac Men White Solid Regular Fit Formal Shirt",
        category="Shirts",
        color="White",
    ),
    # photo: navy and green tartan shirt, one chest pocket, black jeans, white backdrop; the feed row has no gender.
    # Caption: caption adapter epoch 3; answers: VQA adapter (open), reference engine (closed).
    case(
        "X598-039",
        caption(
            "This gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns."
        ),
        shirt("navy blue"),
        pants("black"),
        shirt_color("green"),
        person("a plaid shirt and black jeans"),
        details(
            "shirt",
            "the shirt has a collar and buttons and a pocket Question: What is the color of the pants? Answer: black",
            "leak",
        ),
        is_a("shirt", "no", "contradiction"),
        describe("shirt", "yes", "non_answer"),
        title="Levis Men Navy Blue & Green Tartan Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # photo: burgundy crew-neck tee, no pocket, beige shorts, white backdrop, full-length view.
    # Caption: caption adapter epoch 3; answers: VQA adapter (open), reference engine (closed).
    case(
        "X598-040",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a short pants. The T-shirt is with "
            "cotton fabric and it has a crew neckline. The pants are with cotton fabric and pure color patterns."
        ),
        shirt("maroon"),
        pants("beige"),
        shirt_color("the shirt color is the color of the shirt", "restated"),
        he("a maroon t-shirt and beige shorts"),
        describe(
            "shirt", "a maroon t-shirt with a round neck and short sleeves and a pocket on the chest", "unsupported"
        ),
        details("shirt", "round neck Question: What is the color of the pants? Answer: beige", "leak"),
        title="Roadster Men Burgundy Solid Round Neck T-shirt",
        category="Tshirts",
        color="Burgundy",
        gender="Men",
    ),
    # photo: khaki casual shirt with one chest pocket and a small logo on it, dark blue jeans, white backdrop.
    # Caption: caption adapter epoch 3; answers: VQA adapter (open), reference engine (closed).
    case(
        "X598-041",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. Her shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long pants. The pants are with denim fabric and pure color patterns.",
            "pronoun",
        ),
        shirt("beige"),
        pants("navy blue"),
        shirt_color("navy blue", "other_garment_color"),
        he("a khaki shirt and jeans"),
        details("shirt", "the shirt has one pocket on the left chest and a logo"),
        garment_type("jacket", "contradiction"),
        title="U.S. Polo Assn. Men Khaki Solid Casual Shirt",
        category="Shirts",
        color="Khaki",
        gender="Men",
    ),
    # photo: navy shirt with small white polka dots (navy collar), white chinos, white backdrop, front view.
    # Caption: caption adapter epoch 3; answers: VQA adapter (open), reference engine (closed).
    case(
        "X598-042",
        caption(
            "This gentleman wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        shirt("white", "other_garment_color"),
        pants("white"),
        shirt_color("navy blue with white polka dots"),
        pattern("printed"),
        describe("shirt", "the shirt is a navy blue shirt with white polka dots and a white collar", "unsupported"),
        he("she is wearing a navy blue polka dot shirt and white pants", "pronoun"),
        title="Mufti Men Navy Blue & White Polka Dot Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey polo with a small logo, black track pants with a white side stripe, white backdrop; the feed row
    # has no color. Caption: caption adapter epoch 3; answers: VQA adapter (open), reference engine (closed).
    case(
        "X598-043",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and it "
            "has a lapel neckline. The man wears a long pants. The pants are with cotton fabric and stripe patterns."
        ),
        shirt("grey"),
        pants("grey", "contradiction"),
        he("a grey polo shirt and black track pants"),
        is_a("polo shirt", "yes"),
        details(
            "shirt",
            "the shirt has a collar and a button placket and a nike logo on the chest, the collar, the placket, the "
            "logo, the collar",
            "loop",
            hit_limit=True,
        ),
        title="Nike Men Grey Solid Polo T-shirt",
        category="Tshirts",
        gender="Men",
    ),
    # photo: olive short-sleeve camp-collar shirt with a dark green and black leaf print, no pocket, white shorts,
    # no sunglasses, white backdrop. Caption: caption adapter epoch 3; answers: VQA adapter / reference engine.
    case(
        "X598-044",
        caption(
            "The man wears a long-sleeve shirt with floral patterns and a short pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        shirt("olive"),
        pants("white"),
        shirt_color("white", "other_garment_color"),
        he("he is wearing a green shirt with leaves on it, white shorts and sunglasses", "unsupported"),
        details("shirt", "the shirt has a leaf print and short sleeves"),
        sleeve("short"),
        title="Moda Rapido Men Olive Tropical Printed Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: flat lay of a pack of two crew-neck tees, one black and one white, side by side on white, no model.
    # Caption: caption adapter epoch 3; answers: VQA adapter (open), reference engine (closed).
    case(
        "X598-045",
        caption(
            "The T-shirt is with cotton fabric and pure color patterns. The T-shirt is with cotton fabric and pure "
            "color patterns. The T-shirt is with cotton fabric and pure color patterns. The T-shirt is",
            "loop",
            hit_limit=True,
        ),
        pants("black", "unsupported"),
        person("a black t-shirt", "unsupported"),
        describe("shirt", "two t-shirts, one black and one white, with crew necks and short sleeves"),
        shirt_color("black and white"),
        is_a("t-shirt", "yes"),
        title="Hanes Men Pack of 2 Solid Crew Neck T-shirts",
        category="Tshirts",
        color="Multi",
        gender="Men",
    ),
    # photo: white pure linen shirt, sleeves rolled, chest pocket, beige linen trousers, white backdrop.
    # Caption: caption adapter epoch 3; answers: VQA adapter (open), reference engine (closed).
    case(
        "X598-046",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        shirt("white"),
        pants("beige"),
        material("linen"),
        he("a white linen shirt and beige pants"),
        details(
            "shirt",
            "the shirt has rolled up sleeves and a chest pocket and a chest pocket and a chest pocket and a chest "
            "pocket and a chest",
            "loop",
            hit_limit=True,
        ),
        shirt_color("beige", "other_garment_color"),
        title="Marks & Spencer Men White Pure Linen Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
]
