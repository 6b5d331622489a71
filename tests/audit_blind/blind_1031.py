"""BLIND_1031 (46 products; Myntra winter/activewear, epoch-1 adapter): written blind in the fifty-ninth session.
Measured blind at 3b3d3f2 (the session's first rules): 120/133 failures found (90.2%) and 3/189 correct texts flagged
(1.6%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's and women's winterwear and activewear: Jackets (puffers, bombers, rain jackets,
windcheaters, denim, fleece, a gilet, a parka), Sweatshirts (crew necks, hoodies, zip hoodies, printed and
colour-blocked), Track Pants (joggers, three-stripe and piped track pants) and Tights (running, training and
compression tights). Catalog photos on a white backdrop, front or side view, the product worn by a model with other
clothes (a t-shirt under an open jacket, a tank top over tights, jeans under a hoodie). Catalog columns are the seller's
title, category (article type) and color (base colour); a few rows lack a category or a color, as real feeds do.

Who wrote what: every caption and every open answer is free generation by blip2-opt-2.7b with the caption adapter at
epoch 1 (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch), greedy, 50 new tokens for captions and 30 for
answers. At epoch 1 the adapter has only half forgotten question answering: about half its open answers are short
base-model style phrases with hue words ("a black puffer jacket and grey track pants"), the other half fall back into
the DeepFashion template ("The gentleman wears a long-sleeve jacket with pure color patterns ..."), which names no
hue, says "cotton fabric" by habit and likes to add "There is an accessory on his wrist". With no end token trained
it often runs to the token limit: it repeats a phrase or the whole template, or stops mid-sentence. Now and then it
echoes the `Question: ... Answer:` format. Closed answers (garment type, color, pattern, sleeve length, "Is this
a ...?") come from enrich's reference engine, which ranks candidate values with the same adapter, so they are one
candidate each and never loop or stop short; their errors are picking the shirt, jeans or top worn with the product.

Labeling conventions and judgement calls:
- One label per text, the most visible failure: a template caption returned for a details question and stopped
  mid-phrase is "cut"; a phrase repeated until the limit is "loop" even when the last repeat is cut.
- "other_garment_color": an open answer or caption that gives the product the hue of another garment in the photo
  (the t-shirt under the jacket, the leggings under the sweatshirt, the boots). A closed color candidate that picks
  another garment's hue is labeled "contradiction" (it contradicts the seller's color and the other texts).
- "contradiction": a closed or open answer that the seller's columns or the photo contradict (wrong garment type,
  wrong pattern, wrong sleeve length, "no" to "Is this a jacket?" for a jacket, a sleeveless gilet called long-sleeve).
- "unsupported": details the photo does not show (a hood on a crew neck, an accessory on a bare wrist, thumb holes, an
  ankle zip not in view) and materials the photo and title do not support. "cotton fabric" is accepted for
  sweatshirts, hoodies and matte jersey joggers; it is "unsupported" for nylon puffers, rain jackets, windcheaters,
  shiny training tights, and for a corduroy jacket called denim.
- DeepFashion words count as right when they fit: "pure color" for a solid garment, "furry fabric" for a polar
  fleece, "coat" for a parka or puffer (In-shop keeps jacket/coat one class), "leggings" for tights
  and "pants" for track pants. Closed hues are judged by Myntra color group: maroon/burgundy is "red", olive is
  "green", peach is "pink", lavender is "purple", teal is "blue", charcoal and grey melange are "grey".
- "non_answer": yes/no or one word to an open question, "other fabric" for the material, or a sentence that says
  nothing ("the track pants have some details", "The tights are long." for the details). "restated": the question's
  own words given back ("The details of the sweatshirt are on the sweatshirt", "The hoodie is a hoodie.").
- "pronoun": "he"/"the gentleman" for a Women row, "she"/"the lady" for a Men row; a Unisex row worn by a man is
  never labeled for pronouns.
- hit_limit=True on every loop and cut, on leaks that ran on to the limit (a leak that stopped after its echoed answer
  has it False), and on one correct caption that ran exactly to 50 tokens and happened to end on a full stop
  (X1031-045).
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

closure = question("closure", "How does the garment fasten?", "open")

BLIND_1031 = [
    # photo: black quilted puffer jacket, stand collar, zipped up, small white cat logo on the chest, worn by a man
    # with grey track pants, white backdrop, front view. Caption and open answers: caption adapter epoch 1.
    case(
        "X1031-001",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long pants. The neckline of the "
            "jacket is standing."
        ),
        wearing("a black puffer jacket and grey track pants", who="the man"),
        Q.color("black"),
        Q.material("The jacket is with leather fabric and pure color patterns.", failure="unsupported"),
        details(
            "jacket",
            "The jacket has long sleeves, a zip closure and a small logo on the chest. The jacket has long sleeves, "
            "a zip closure and a small logo on the",
            failure="loop",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        title="Puma Men Black Solid Padded Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: pink crew-neck sweatshirt with a white "HRX" print on the chest, worn with black tights, white backdrop,
    # front view, no jewellery. Caption and open answers: caption adapter epoch 1.
    case(
        "X1031-002",
        caption(
            "The lady wears a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton fabric. She "
            "wears a long leggings. There is a ring on her finger.",
            failure="unsupported",
        ),
        wearing("she is wearing a pink sweatshirt and black leggings", who="she"),
        color_of("sweatshirt", "The sweatshirt is black.", failure="other_garment_color", kind="open"),
        Q.pattern("graphic"),
        Q.sleeve_length("long sleeve"),
        describe("sweatshirt", "a pink sweatshirt with a white print on the front and ribbed cuffs"),
        details("sweatshirt", "the sweatshirt details are the sweatshirt details", failure="restated"),
        title="HRX by Hrithik Roshan Women Pink Printed Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: navy track pants with three white side stripes, drawstring waist, zip pockets, worn with a white t-shirt
    # and white sneakers, bare wrists, white backdrop, front view from the chest down. Caption adapter epoch 1.
    case(
        "X1031-003",
        caption(
            "This gentleman wears a long pants with striped patterns and a short-sleeve T-shirt with pure color "
            "patterns. There is an accessory on his wrist.",
            failure="unsupported",
        ),
        color_of("track pants", "navy blue"),
        color_of("track pants", "The track pants are white.", failure="other_garment_color", kind="open"),
        details(
            "track pants", "three white stripes down the side, an elastic waistband with a drawstring and zip pockets"
        ),
        is_a("track pants", "yes", article="pair of"),
        Q.garment_type("pants"),
        describe(
            "track pants",
            "The track pants are navy blue with three white stripes on the side. The waistband is elastic and it has "
            "a drawstring. The pockets",
            failure="cut",
            hit_limit=True,
        ),
        title="ADIDAS Men Navy Blue 3-Stripes Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black full-length tights worn with a grey melange racerback tank top, white backdrop, side view.
    # Caption and open answers: caption adapter epoch 1.
    case(
        "X1031-004",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long leggings. The leggings are with "
            "cotton fabric and pure color patterns."
        ),
        wearing("a grey tank top and black leggings", who="she"),
        color_of("tights", "grey", failure="other_garment_color", kind="open"),
        Q.garment_type("leggings"),
        details("tights", "The tights are long.", failure="non_answer"),
        Q.material(
            "The leggings are with cotton fabric and pure color patterns. The leggings are with cotton fabric and "
            "pure color patterns. The leggings are",
            failure="loop",
            hit_limit=True,
        ),
        title="Proline Women Black Tights",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: grey melange crew-neck fleece sweatshirt with a small black swoosh on the chest, ribbed cuffs and hem,
    # worn with black joggers, white backdrop, front view. Caption adapter epoch 1.
    case(
        "X1031-005",
        caption(
            "The gentleman wears a long-sleeve sweatshirt with pure color patterns. The neckline of it is round. The "
            "sweatshirt is with cotton fabric. He wears a long pants."
        ),
        wearing("He is wearing a grey sweatshirt and black pants.", who="he"),
        Q.color("grey"),
        Q.pattern("solid"),
        describe(
            "sweatshirt", "The sweatshirt is black with a small white logo on the chest", failure="other_garment_color"
        ),
        Q.sleeve_length("long sleeve"),
        details("sweatshirt", "The sweatshirt has a hood, a kangaroo pocket and a drawstring", failure="unsupported"),
        Q.material(
            "cotton Question: What is the color of the sweatshirt? Answer: grey Question: What is the pattern of the "
            "sweatshirt? Answer:",
            failure="leak",
            hit_limit=True,
        ),
        title="Nike Men Grey Melange Crew Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: olive green nylon bomber jacket, ribbed collar, cuffs and hem, side pockets, zipped halfway over a white
    # t-shirt, worn with blue jeans, no accessories, white backdrop, front view. Caption adapter epoch 1.
    case(
        "X1031-006",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long denim pants. The neckline of it "
            "is standing. There is an accessory on her wrist. There is a ring on her finger.",
            failure="unsupported",
        ),
        wearing("He is wearing a green jacket, a white shirt and blue jeans.", failure="pronoun", who="she"),
        Q.color("green"),
        color_of("jacket", "The jacket is white.", failure="other_garment_color", kind="open"),
        is_a("jacket", "yes"),
        details("jacket", "ribbed collar, cuffs and hem, a front zip and two side pockets"),
        Q.material("The jacket is with denim fabric.", failure="unsupported"),
        title="Roadster Women Olive Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: charcoal grey slim joggers with cuffed ankles and a black drawstring, worn with a black t-shirt, white
    # backdrop, front view full length. Caption adapter epoch 1.
    case(
        "X1031-007",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric. The pants are with cotton fabric and pure color patterns. There is an accessory",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a black t-shirt and black track pants", failure="other_garment_color", who="the man"),
        Q.color("grey"),
        Q.garment_type("pants"),
        details(
            "track pants",
            "The track pants have an elastic waistband with a drawstring, cuffed ankles and two side pockets.",
        ),
        Q.pattern("solid"),
        title="HRX by Hrithik Roshan Men Charcoal Grey Solid Track Pants",
        category="Track Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: maroon pullover hoodie with white drawstrings and a kangaroo pocket, hood down, worn with light blue
    # jeans, white backdrop, front view. Caption adapter epoch 1.
    case(
        "X1031-008",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long denim pants. The sweater is with "
            "knitting fabric.",
            failure="contradiction",
        ),
        wearing("She is wearing a maroon hoodie and jeans.", who="she"),
        Q.color("red"),
        Q.garment_type("sweatshirt"),
        describe("hoodie", "a red hoodie with a hood, a front pocket and white strings"),
        color_of("hoodie", "light blue", failure="other_garment_color", kind="open"),
        is_a("hoodie", "yes"),
        details(
            "hoodie",
            "Question: What are the hoodie details? Answer: The hoodie has a hood and a front pocket. Question: What",
            failure="leak",
            hit_limit=True,
        ),
        title="DressBerry Women Maroon Hooded Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Women",
    ),
    # photo: bright blue hooded rain jacket, black zip, drawcord hood, elastic cuffs, zipped up, worn with black track
    # pants, white backdrop, front view. Caption adapter epoch 1.
    case(
        "X1031-009",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long pants. The jacket has a "
            "hood. The pants are with pure color patterns. The gentleman wears a long-sleeve jacket with pure color",
            failure="loop",
            hit_limit=True,
        ),
        wearing("He is wearing a blue jacket and black pants.", who="he"),
        Q.color("black", failure="contradiction"),
        Q.material("The jacket is with cotton fabric and pure color patterns.", failure="unsupported"),
        details("jacket", "a hood with a drawcord, a full front zip and long sleeves with elastic cuffs"),
        is_a("jacket", "yes"),
        title="Wildcraft Men Blue Hooded Rain Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: black track pants with a pink stripe down each side and a small pink logo on the left thigh, worn with
    # a pink t-shirt, white backdrop, front view. Caption adapter epoch 1.
    case(
        "X1031-010",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with pure "
            "color patterns."
        ),
        wearing("a pink t-shirt and black track pants", who="she"),
        color_of("track pants", "The track pants are pink.", failure="other_garment_color", kind="open"),
        Q.pattern("solid"),
        details(
            "track pants",
            "pink stripes on the sides, pink stripes on the sides, pink stripes on the sides, pink stripes on the "
            "sides, pink",
            failure="loop",
            hit_limit=True,
        ),
        Q.garment_type("pants"),
        title="Puma Women Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: navy crew-neck sweatshirt with a large white and orange "ROADSTER 1996" print on the chest, worn with
    # khaki chinos, white backdrop, front view. Caption adapter epoch 1.
    case(
        "X1031-011",
        caption(
            "The gentleman wears a long-sleeve sweatshirt with graphic patterns and a long trousers. The trousers are "
            "with cotton fabric and pure color patterns. The neckline of the sweatshirt is round."
        ),
        wearing("She is wearing a navy sweatshirt with a print and khaki pants.", failure="pronoun", who="he"),
        Q.color("navy blue"),
        Q.pattern("graphic"),
        describe("sweatshirt", "a navy blue sweatshirt with a white and orange text print on the chest"),
        details("sweatshirt", "The sweatshirt has a zip pocket on the sleeve and a hood", failure="unsupported"),
        Q.material(
            "The gentleman wears a long-sleeve sweatshirt with graphic patterns and a long trousers. The trousers are "
            "with cotton",
            failure="cut",
            hit_limit=True,
        ),
        title="Roadster Men Navy Blue Printed Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: navy training tights with a grey geometric print down the legs and a wide waistband, shiny fabric, worn
    # with a white sports t-shirt, white backdrop, side-front view. Caption adapter epoch 1.
    case(
        "X1031-012",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long leggings. The leggings are with "
            "graphic patterns. The lady wears a short-sleeve T-shirt with pure color patterns and a long leggings.",
            failure="loop",
            hit_limit=True,
        ),
        wearing("white t-shirt and printed leggings", who="she"),
        Q.color("blue"),
        Q.pattern("graphic"),
        color_of("tights", "The tights are white with a grey print.", failure="other_garment_color", kind="open"),
        Q.garment_type("leggings"),
        Q.material("The leggings are with cotton fabric.", failure="unsupported"),
        describe("tights", "leggings", failure="non_answer"),
        title="Nike Women Navy Blue Printed Training Tights",
        category="Tights",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: dark brown faux-leather biker jacket, asymmetric zip with silver hardware, belted hem, worn open over a
    # black t-shirt with black jeans, white backdrop, front view. Caption adapter epoch 1.
    case(
        "X1031-013",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric and "
            "its neckline is lapel. He wears a long denim pants."
        ),
        wearing("a brown leather jacket, a black t-shirt and black jeans", who="the man"),
        Q.color("brown"),
        color_of("jacket", "black", failure="other_garment_color", kind="open"),
        Q.material("The jacket is with leather fabric."),
        details(
            "jacket",
            "an asymmetric zip with silver hardware, zip pockets and a belt at the waist. an asymmetric zip with "
            "silver hardware, zip pockets and a",
            failure="loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeve"),
        describe("jacket", "This is a jacket.", failure="restated"),
        title="Fort Collins Men Coffee Brown Solid Biker Jacket",
        category="Jackets",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: peach hooded puffer jacket with horizontal quilting, zipped up, worn with blue jeans, white backdrop,
    # front view. Caption adapter epoch 1.
    case(
        "X1031-014",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long denim pants. The jacket has a "
            "hood and its neckline is standing. The pants are with denim fabric and pure color patterns. The lady",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a pink puffer jacket and jeans", who="she"),
        Q.color("pink"),
        Q.pattern("striped", failure="contradiction"),
        describe("jacket", "a light pink padded jacket with a hood and a high neck"),
        is_a("coat", "yes"),
        details("jacket", "He is wearing a pink jacket with a hood.", failure="pronoun"),
        title="Sassafras Women Peach Quilted Puffer Jacket",
        category="Jackets",
        color="Peach",
        gender="Women",
    ),
    # photo: black track pants with white piping along the side seams, shiny tricot, worn with a red t-shirt with a
    # white chest logo, white backdrop, front view. Caption adapter epoch 1.
    case(
        "X1031-015",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric. The pants are with pure color patterns."
        ),
        wearing("He is wearing a red t-shirt and black pants.", who="he"),
        color_of("track pants", "red", failure="contradiction"),
        Q.pattern("solid"),
        details(
            "track pants",
            "The track pants are with cotton fabric and pure color patterns. The track pants are with cotton fabric "
            "and pure color patterns. The",
            failure="loop",
            hit_limit=True,
        ),
        is_a("jeans", "no", article="pair of"),
        Q.material("The track pants are made of a material.", failure="non_answer"),
        title="Reebok Men Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: lavender crew-neck sweatshirt with drop shoulders, worn with white joggers, white backdrop, front view.
    # Caption adapter epoch 1.
    case(
        "X1031-016",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns and a long pants. The neckline of the "
            "sweatshirt is round."
        ),
        wearing("purple sweatshirt and white pants", who="the woman"),
        Q.color("white", failure="contradiction"),
        describe("sweatshirt", "sweatshirt", failure="non_answer"),
        Q.sleeve_length("long sleeve"),
        Q.material("The sweatshirt is with cotton fabric."),
        details("sweatshirt", "a round neck with a zip at the back and dropped shoulders", failure="unsupported"),
        title="Campus Sutra Women Lavender Solid Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: black compression tights with a white logo on the left thigh, worn under black running shorts with a
    # blue running t-shirt, white backdrop, front view (waistband hidden by the shorts). Caption adapter epoch 1.
    case(
        "X1031-017",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a shorts. The shorts are with "
            "pure color patterns. He wears a long leggings."
        ),
        wearing("a blue t-shirt, black shorts and black tights", who="he"),
        Q.garment_type("shorts", failure="contradiction"),
        color_of("tights", "The tights are blue.", failure="other_garment_color", kind="open"),
        details(
            "tights",
            "a white logo on the left thigh, a wide elastic waistband and a zip pocket at the back",
            failure="unsupported",
        ),
        Q.color("black"),
        title="Nike Men Black Pro Compression Tights",
        category="Tights",
        color="Black",
        gender="Men",
    ),
    # photo: mid-blue washed denim jacket, button front, two buttoned chest flap pockets, pointed collar, worn open
    # over a white top with black jeans, no lining visible, white backdrop, front view. Caption adapter epoch 1.
    case(
        "X1031-018",
        caption(
            "The lady wears a long-sleeve denim jacket with pure color patterns. The neckline of it is lapel. She "
            "wears a long pants. The pants are with denim fabric."
        ),
        wearing("she is wearing a denim jacket, a white top and black jeans", who="she"),
        Q.color("blue"),
        Q.material("The jacket is with denim fabric."),
        describe("jacket", "a white jacket with buttons and pockets", failure="other_garment_color"),
        closure("buttons down the front"),
        details("jacket", "two flap pockets on the chest, buttoned cuffs and a fur lining", failure="unsupported"),
        title="Mast & Harbour Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: red zip-up hoodie with a white logo, hood down, worn open over a white t-shirt with black track pants,
    # no hat, white backdrop, front view. Caption adapter epoch 1.
    case(
        "X1031-019",
        caption(
            "The gentleman wears a long-sleeve sweatshirt with pure color patterns and a long pants. The sweatshirt is "
            "with cotton fabric. There is a hat in his head.",
            failure="unsupported",
        ),
        wearing("a red hoodie over a white t-shirt and black pants", who="the man"),
        Q.color("red"),
        describe("hoodie", "The hoodie is white with a red zip and a red logo.", failure="other_garment_color"),
        is_a("hoodie", "yes"),
        Q.garment_type("sweatshirt"),
        details("hoodie", "Question: What are the hoodie details? Answer:", failure="leak"),
        closure(
            "The hoodie is with a zip. The hoodie is with a zip. The hoodie is with a zip. The hoodie is with a zip. "
            "The hoodie",
            failure="loop",
            hit_limit=True,
        ),
        title="Puma Men Red Hooded Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Men",
    ),
    # photo: light grey melange joggers with ribbed ankle cuffs and a white drawstring, worn with a black cropped
    # hoodie, white backdrop, front view. Caption adapter epoch 1.
    case(
        "X1031-020",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns and a long pants. The pants are with "
            "cotton fabric and pure color patterns."
        ),
        wearing("She is wearing a black hoodie and grey sweatpants.", who="she"),
        Q.color("grey"),
        color_of("track pants", "black track pants", failure="other_garment_color", kind="open"),
        details("track pants", "the track pants have some details", failure="non_answer"),
        Q.pattern("solid"),
        describe(
            "track pants", "His pants are grey with a white drawstring and cuffs at the ankle.", failure="pronoun"
        ),
        title="Kappa Women Grey Melange Track Pants",
        category="Track Pants",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: olive padded jacket with a detachable hood and a chest zip pocket, zipped up, worn with beige chinos,
    # white backdrop, front view. Caption adapter epoch 1.
    case(
        "X1031-021",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long trousers. The jacket has a "
            "hood. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("he is wearing a green jacket and khaki pants", who="he"),
        Q.color("beige", failure="contradiction"),
        is_a("jacket", "no", failure="contradiction"),
        details(
            "jacket",
            "a hood, a zip pocket on the chest, and a zip pocket on the chest, and a zip pocket on the chest, and a "
            "zip pocket on",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("The jacket is with cotton fabric.", failure="unsupported"),
        describe("jacket", "The jacket is the jacket of the man.", failure="restated"),
        title="Woodland Men Olive Green Padded Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: teal 7/8 training tights with black mesh panels at the calves, worn with a black sports t-shirt that
    # covers the waistband, white backdrop, side view. Caption adapter epoch 1.
    case(
        "X1031-022",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long leggings. The leggings are with "
            "color block patterns."
        ),
        wearing("a black t-shirt and teal leggings", who="she"),
        Q.color("blue"),
        color_of("tights", "The tights are blue with black panels.", kind="open"),
        details(
            "tights", "black mesh panels on the calves, a high waistband and a hidden key pocket", failure="unsupported"
        ),
        Q.garment_type("leggings"),
        Q.material(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long leggings. The leggings are with "
            "color block",
            failure="cut",
            hit_limit=True,
        ),
        title="Reebok Women Teal Training Tights",
        category="Tights",
        color="Teal",
        gender="Women",
    ),
    # photo: mustard yellow crew-neck sweatshirt with ribbed cuffs and hem, worn by a man with dark blue jeans,
    # white backdrop, front view. Caption adapter epoch 1.
    case(
        "X1031-023",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns and a long denim pants. The neckline of "
            "it is round.",
            failure="pronoun",
        ),
        wearing("a yellow sweatshirt and blue jeans", who="the man"),
        Q.color("yellow"),
        Q.garment_type("sweater", failure="contradiction"),
        describe("sweatshirt", "The sweatshirt is mustard yellow with ribbed cuffs and hem"),
        details("sweatshirt", "a round neck, long sleeves and a ribbed hem"),
        color_of("sweatshirt", "The sweatshirt is blue.", failure="other_garment_color", kind="open"),
        Q.material("The sweatshirt is with knitting fabric."),
        title="Jack & Jones Men Mustard Solid Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: black longline parka with a beige faux-fur trimmed hood, drawstring waist, flap pockets, worn with blue
    # jeans and brown ankle boots, white backdrop, front view. Caption adapter epoch 1.
    case(
        "X1031-024",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns and a long denim pants. The coat has a hood."
        ),
        wearing("a black parka with a fur hood, jeans and brown boots", who="she"),
        Q.color("black"),
        color_of("jacket", "The jacket is brown.", failure="other_garment_color", kind="open"),
        details("jacket", "a hood with faux fur trim, a drawstring waist and flap pockets"),
        Q.sleeve_length("long sleeve"),
        describe(
            "jacket",
            "a black jacket with a hood a black jacket with a hood a black jacket with a hood a black jacket with a "
            "hood a black",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("Answer: The jacket is with cotton fabric. Answer:", failure="leak"),
        title="Vero Moda Women Black Solid Parka Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: navy track pants with a white and a red stripe down each side, worn with a grey t-shirt, bare wrists,
    # white backdrop, front view. The row has no color column. Caption adapter epoch 1.
    case(
        "X1031-025",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with "
            "striped patterns. There is an accessory on his wrist. There is an accessory on his wrist. There is",
            failure="loop",
            hit_limit=True,
        ),
        wearing("He is wearing a grey t-shirt and blue track pants.", who="he"),
        Q.color("navy blue"),
        color_of("track pants", "grey with red and white stripes", failure="other_garment_color", kind="open"),
        Q.garment_type("pants"),
        details("track pants", "a red and white stripe down each side and an elastic waistband"),
        title="Proline Men Navy Blue Track Pants",
        category="Track Pants",
        gender="Men",
    ),
    # photo: white sweatshirt with a black "BE KIND" slogan print in the center, worn with black tights, white
    # backdrop, front view. Caption adapter epoch 1.
    case(
        "X1031-026",
        caption(
            "The lady wears a long-sleeve sweatshirt with graphic patterns and a long leggings. The leggings are with "
            "pure color patterns."
        ),
        wearing("She is wearing a white sweatshirt and black leggings.", who="she"),
        Q.color("white"),
        color_of("sweatshirt", "The sweatshirt is black.", failure="other_garment_color", kind="open"),
        describe("sweatshirt", "a white sweatshirt with black text that says be kind"),
        Q.pattern("striped", failure="contradiction"),
        details("sweatshirt", "The details of the sweatshirt are on the sweatshirt.", failure="restated"),
        Q.material(
            "The sweatshirt is with cotton fabric and graphic patterns. The neckline of it is round. The lady wears a "
            "long leggings. The",
            failure="cut",
            hit_limit=True,
        ),
        title="Here&Now Women White Printed Sweatshirt",
        category="Sweatshirts",
        color="White",
        gender="Women",
    ),
    # photo: grey nylon windcheater with a hood, black zip and a black swoosh on the chest, zipped up, worn with black
    # track pants, white backdrop, front view. Caption adapter epoch 1.
    case(
        "X1031-027",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "cotton fabric and its neckline is standing.",
            failure="unsupported",
        ),
        wearing("a grey hooded jacket and black pants", who="the man"),
        Q.color("grey"),
        Q.garment_type("jacket"),
        is_a("sweatshirt", "yes", failure="contradiction"),
        details("jacket", "a hood, a black zip and a black logo on the chest"),
        Q.material("The jacket is with other fabric.", failure="non_answer"),
        title="Nike Men Grey Hooded Windcheater Jacket",
        category="Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: burgundy track pants with three white side stripes, plain elastic hem, worn with a white sweatshirt,
    # white backdrop, front view. Caption adapter epoch 1.
    case(
        "X1031-028",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns and a long pants. The pants are with "
            "striped patterns."
        ),
        wearing("he is wearing a white sweatshirt and red track pants", failure="pronoun", who="she"),
        Q.color("red"),
        color_of("track pants", "The track pants are maroon with white stripes.", kind="open"),
        details(
            "track pants",
            "The track pants have three stripes on the side of the leg and the side of the leg and the side of the "
            "leg and the side of the",
            failure="loop",
            hit_limit=True,
        ),
        Q.garment_type("pants"),
        Q.pattern("striped"),
        describe(
            "track pants",
            "red track pants with white stripes, zip pockets and a zip at the ankle",
            failure="unsupported",
        ),
        title="ADIDAS Women Burgundy Track Pants",
        category="Track Pants",
        color="Burgundy",
        gender="Women",
    ),
    # photo: bottle green crew-neck sweatshirt with two white horizontal bands across the chest, worn with grey
    # trousers, white backdrop, front view. Caption adapter epoch 1.
    case(
        "X1031-029",
        caption(
            "The gentleman wears a long-sleeve sweatshirt with striped patterns and a long trousers. The trousers are "
            "with cotton fabric."
        ),
        wearing("He is wearing a green striped sweatshirt and grey pants.", who="he"),
        Q.pattern("solid", failure="contradiction"),
        Q.color("green"),
        describe("sweatshirt", "a grey sweatshirt with white stripes across the chest", failure="other_garment_color"),
        details("sweatshirt", "two white stripes across the chest, a round neck and ribbed cuffs"),
        Q.sleeve_length("short sleeve", failure="contradiction"),
        Q.material("yes", failure="non_answer"),
        title="U.S. Polo Assn. Men Green Striped Sweatshirt",
        category="Sweatshirts",
        color="Green",
        gender="Men",
    ),
    # photo: black training tights with pink and purple floral print panels down the sides, worn with a pink sports
    # tank top, white backdrop, side view. Caption adapter epoch 1.
    case(
        "X1031-030",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long leggings. The leggings are with "
            "floral patterns."
        ),
        wearing("a pink tank top and black floral leggings", who="she"),
        Q.color("pink", failure="contradiction"),
        Q.pattern("floral"),
        details(
            "tights",
            "Question: What are the tights details? Answer: The tights are black with a pink floral print. Question: "
            "What is the",
            failure="leak",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        title="Puma Women Black Printed Training Tights",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: maroon sleeveless quilted puffer gilet with a stand collar and zip, worn over a white long-sleeve
    # henley with blue jeans, white backdrop, front view. Caption adapter epoch 1.
    case(
        "X1031-031",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long denim pants.",
            failure="contradiction",
        ),
        wearing("a maroon puffer vest over a white long-sleeve t-shirt and blue jeans", who="the man"),
        Q.sleeve_length("sleeveless"),
        Q.color("red"),
        is_a("vest", "yes"),
        describe("jacket", "a dark red quilted vest with a high collar and a zip"),
        details(
            "jacket",
            "a stand collar, a zip front and two side pockets, and the sleeves, the sleeves, the sleeves, the sleeves, "
            "the sleeves",
            failure="loop",
            hit_limit=True,
        ),
        title="Monte Carlo Men Maroon Solid Sleeveless Puffer Jacket",
        category="Jackets",
        color="Maroon",
        gender="Men",
    ),
    # photo: black sweatshirt with a white and pink colour-block panel across the chest, worn with blue jeans, white
    # backdrop, front view. Caption adapter epoch 1.
    case(
        "X1031-032",
        caption("The lady wears a long-sleeve sweatshirt with color block patterns and a long denim pants."),
        wearing("He is wearing a black and white sweatshirt and blue jeans.", failure="pronoun", who="she"),
        Q.color("black"),
        Q.pattern("color block"),
        describe("sweatshirt", "a black sweatshirt with a white and pink panel across the chest"),
        details(
            "sweatshirt",
            "The sweatshirt has a white and pink panel across the chest, a round neck, ribbed cuffs and a ribbed hem. "
            "The sleeves are",
            failure="cut",
            hit_limit=True,
        ),
        title="Sassafras Women Black Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Women",
    ),
    # photo: black slim joggers with zip side pockets and a drawcord waist, worn with a white pullover hoodie, white
    # backdrop, front view full length. The row has no category column. Caption adapter epoch 1.
    case(
        "X1031-033",
        caption(
            "The gentleman wears a long-sleeve sweatshirt with pure color patterns and a long pants. The sweatshirt "
            "has a hood."
        ),
        wearing("white hoodie and black pants", who="he"),
        Q.garment_type("sweatshirt", failure="contradiction"),
        color_of("track pants", "white", failure="contradiction"),
        details("track pants", "zip pockets on both sides and an elastic waistband with a drawcord"),
        Q.material("yes", failure="non_answer"),
        title="Jockey Men Black Slim Fit Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: mustard corduroy button-front jacket with two chest pockets, worn open over a black t-shirt with black
    # jeans, white backdrop, front view. Caption adapter epoch 1.
    case(
        "X1031-034",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long pants. The neckline of the jacket "
            "is lapel. The pants are with denim fabric."
        ),
        wearing("a yellow jacket, a black t-shirt and black jeans", who="she"),
        Q.color("yellow"),
        Q.material("The jacket is with denim fabric and pure color patterns.", failure="unsupported"),
        describe("jacket", "a mustard jacket with buttons and two chest pockets"),
        is_a("jacket", "yes"),
        details(
            "jacket",
            "The lady wears a long-sleeve jacket with pure color patterns and a long pants. The neckline of the jacket "
            "is lapel. The pants",
            failure="cut",
            hit_limit=True,
        ),
        color_of("jacket", "The jacket is black.", failure="other_garment_color", kind="open"),
        title="ONLY Women Mustard Corduroy Jacket",
        category="Jackets",
        color="Mustard",
        gender="Women",
    ),
    # photo: charcoal running tights with a reflective silver logo at the ankle, no ankle zip in view, worn with a
    # black long-sleeve running top, white backdrop, front view. Caption adapter epoch 1.
    case(
        "X1031-035",
        caption(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns and a long leggings. The leggings are "
            "with pure color patterns."
        ),
        wearing(
            "Question: What is the man wearing? Answer: a black shirt and grey tights", failure="leak", who="the man"
        ),
        Q.color("black", failure="contradiction"),
        color_of("tights", "grey", kind="open"),
        details("tights", "The tights have a silver logo near the ankle and a zip at the ankle", failure="unsupported"),
        Q.garment_type("leggings"),
        describe("tights", "The tights are the tights of the man.", failure="restated"),
        title="ADIDAS Men Charcoal Running Tights",
        category="Tights",
        color="Charcoal",
        gender="Men",
    ),
    # photo: off-white cropped pullover hoodie with beige drawstrings and a kangaroo pocket, plain cuffs, worn with
    # light blue mom jeans, white backdrop, front view. Caption adapter epoch 1.
    case(
        "X1031-036",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns and a long denim pants. The sweatshirt "
            "has a hood."
        ),
        wearing("She is wearing a white hoodie and jeans.", who="she"),
        Q.color("white"),
        color_of("hoodie", "The hoodie is blue.", failure="other_garment_color", kind="open"),
        is_a("hoodie", "yes"),
        details(
            "hoodie",
            "The hoodie has a cropped hem, a kangaroo pocket and thumb holes in the cuffs",
            failure="unsupported",
        ),
        Q.sleeve_length("short sleeve", failure="contradiction"),
        title="ONLY Women Off White Cropped Hooded Sweatshirt",
        category="Sweatshirts",
        color="Off White",
        gender="Women",
    ),
    # photo: navy diamond-quilted jacket with a brown corduroy collar and snap flap pockets, worn over a grey crew
    # sweater with beige chinos, white backdrop, front view. Caption adapter epoch 1.
    case(
        "X1031-037",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long trousers. The neckline of "
            "the jacket is lapel. The trousers are with cotton fabric and pure color patterns. He wears a long-sleeve",
            failure="cut",
            hit_limit=True,
        ),
        wearing("He is wearing a blue jacket, a grey sweater and beige pants.", who="he"),
        Q.color("navy blue"),
        color_of("jacket", "The jacket is grey.", failure="other_garment_color", kind="open"),
        details("jacket", "a diamond quilted body, a brown corduroy collar and snap pockets"),
        Q.material("The jacket is with leather fabric.", failure="unsupported"),
        Q.garment_type("jacket"),
        title="Duke Men Navy Blue Solid Quilted Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black track pants with a white "FILA" text print running down the left leg, worn with a white short-
    # sleeve crop top, white backdrop, front view. Caption adapter epoch 1.
    case(
        "X1031-038",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with "
            "graphic patterns."
        ),
        wearing("a white crop top and black track pants with white letters", who="the woman"),
        Q.color("black"),
        Q.pattern("graphic"),
        describe(
            "track pants",
            "black track pants with a white print down the leg. Question: What is the color of the track pants? "
            "Answer: black",
            failure="leak",
        ),
        details("track pants", "The track pants have details.", failure="restated"),
        title="Fila Women Black Printed Track Pants",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: black crew-neck sweatshirt with a large orange, yellow and blue tiger graphic on the front, worn with
    # blue jeans, no cap, white backdrop, front view. Caption adapter epoch 1.
    case(
        "X1031-039",
        caption(
            "The gentleman wears a long-sleeve sweatshirt with graphic patterns and a long denim pants. The sweatshirt "
            "is with cotton fabric. The denim pants are with pure color patterns."
        ),
        wearing(
            "he is wearing a black sweatshirt with a tiger print, blue jeans and a cap", failure="unsupported", who="he"
        ),
        Q.color("black"),
        color_of("sweatshirt", "The sweatshirt is yellow and red.", failure="contradiction", kind="open"),
        describe(
            "sweatshirt",
            "a black sweatshirt with a tiger on it a black sweatshirt with a tiger on it a black sweatshirt with a "
            "tiger on it",
            failure="loop",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        details("sweatshirt", "a large tiger print in orange, yellow and blue on the front"),
        title="Kook N Keech Men Black Graphic Print Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: teal polar fleece jacket, full zip, high collar, black-trimmed zip side pockets, worn with black tights,
    # white backdrop, front view. Caption adapter epoch 1.
    case(
        "X1031-040",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long leggings. The jacket is with "
            "furry fabric."
        ),
        wearing("She is wearing a blue fleece jacket and black leggings.", who="she"),
        Q.color("blue"),
        Q.material("The jacket is made of fleece."),
        describe("jacket", "The jacket is black.", failure="other_garment_color"),
        details(
            "jacket",
            "a full zip, two zip pockets and a high collar, a full zip, two zip pockets and a high collar, a full zip, "
            "two zip",
            failure="loop",
            hit_limit=True,
        ),
        closure("a zip"),
        is_a("jacket", "no", failure="contradiction"),
        title="Columbia Women Teal Blue Fleece Jacket",
        category="Jackets",
        color="Teal",
        gender="Women",
    ),
    # photo: grey matte jersey track pants with a black panel down each side and a drawstring waist, worn with a
    # black t-shirt, white backdrop, front view. Caption adapter epoch 1.
    case(
        "X1031-041",
        caption("The lady wears a short-sleeve T-shirt with pure color patterns and a long pants.", failure="pronoun"),
        wearing("a black t-shirt and grey track pants", who="the man"),
        Q.color("grey"),
        color_of("track pants", "The track pants are black.", failure="other_garment_color", kind="open"),
        Q.garment_type("pants"),
        details("track pants", "a black panel down each side and a drawstring waist"),
        Q.material("The track pants are with cotton fabric."),
        title="Puma Men Grey Track Pants",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: grey melange tights worn with a navy blue t-shirt, white backdrop, side view. Caption adapter epoch 1.
    case(
        "X1031-042",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long leggings. The leggings are with "
            "pure color patterns. The lady wears a short-sleeve T-shirt with pure color patterns and a long leggings. "
            "The",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a navy blue t-shirt and grey leggings", who="she"),
        Q.color("grey"),
        color_of("tights", "navy blue", failure="other_garment_color", kind="open"),
        details("tights", "no", failure="non_answer"),
        Q.garment_type("leggings"),
        title="HRX by Hrithik Roshan Women Grey Melange Solid Tights",
        category="Tights",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: black track jacket with three white stripes down the sleeves, stand collar, full zip, worn zipped with
    # black track pants, white backdrop, front view. Caption adapter epoch 1.
    case(
        "X1031-043",
        caption(
            "The gentleman wears a long-sleeve jacket with striped patterns and a long pants. The neckline of the "
            "jacket is standing. The pants are with pure color patterns."
        ),
        wearing("a black adidas track jacket and black track pants", who="he"),
        Q.color("black"),
        Q.pattern("striped"),
        Q.material(
            "The jacket is with cotton fabric. Question: What material is the jacket made of? Answer: cotton",
            failure="leak",
        ),
        is_a("sweatshirt", "no"),
        details("jacket", "three white stripes on the sleeves, a stand collar and a full zip"),
        title="ADIDAS Men Black Track Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: peach crew-neck sweatshirt with balloon sleeves and ribbed cuffs, worn with white jeans, white backdrop,
    # front view. Caption adapter epoch 1.
    case(
        "X1031-044",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns and a long pants. The pants are with "
            "denim fabric and pure color patterns. The sweatshirt is with cotton fabric and its neckline is round. "
            "The",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a pink sweatshirt and white jeans", who="she"),
        Q.color("pink"),
        describe("sweatshirt", "The sweatshirt is white with puffed sleeves.", failure="other_garment_color"),
        details("sweatshirt", "balloon sleeves with ribbed cuffs and a round neck"),
        Q.sleeve_length("long sleeve"),
        Q.material(
            "The sweatshirt is made of cotton, the sweatshirt is made of cotton, the sweatshirt is made of cotton, the "
            "sweatshirt is",
            failure="loop",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Peach Solid Sweatshirt",
        category="Sweatshirts",
        color="Peach",
        gender="Women",
    ),
    # photo: black pullover hoodie with small white chest text, worn by a man with grey joggers and a silver watch on
    # his left wrist, white backdrop, front view. Unisex row. Caption adapter epoch 1.
    case(
        "X1031-045",
        caption(
            "The gentleman wears a long-sleeve sweatshirt with pure color patterns and a long pants. The sweatshirt "
            "has a hood. There is an accessory on his wrist. The pants are with cotton fabric and pure color patterns.",
            hit_limit=True,
        ),
        wearing("a black hoodie, grey joggers and a watch"),
        Q.color("black"),
        color_of("hoodie", "grey", failure="other_garment_color", kind="open"),
        describe("hoodie", "The hoodie is a hoodie.", failure="restated"),
        is_a("hoodie", "yes"),
        Q.pattern("solid"),
        title="Bewakoof Unisex Black Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Unisex",
    ),
    # photo: navy joggers with a white drawstring and cuffed ankles, no side stripes, worn with a light grey
    # sweatshirt, white backdrop, front view. Caption adapter epoch 1.
    case(
        "X1031-046",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns and a long pants. The pants are with "
            "cotton fabric and pure color patterns."
        ),
        wearing(
            "She is wearing a grey sweatshirt and blue joggers. The joggers have a white drawstring and the cuffs are",
            failure="cut",
            who="she",
            hit_limit=True,
        ),
        Q.color("navy blue"),
        describe(
            "joggers",
            "navy blue joggers with a white drawstring and a white stripe down the side",
            failure="unsupported",
        ),
        details("track pants", "cuffed ankles, a white drawstring and side pockets"),
        Q.garment_type("leggings", failure="contradiction"),
        Q.material("fabric", failure="non_answer"),
        title="Nike Women Navy Blue Solid Joggers",
        category="Track Pants",
        color="Navy Blue",
        gender="Women",
    ),
]
