"""BLIND_1070 (46 products; Myntra women's winterwear, epoch-1 caption LoRA): written blind in the fifty-ninth session.
Measured blind at 247287f (the session's seventh rules): 106/127 failures found (83.5%) and 8/170 correct texts flagged
(4.7%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's winterwear: sweaters, pullovers, cardigans, shrugs, jackets (puffer, denim,
bomber, biker, fleece, quilted, windcheater, suede) and coats (trench, overcoat, peacoat, wrap, teddy). Photos are
catalog shots on a white backdrop, the model wearing the product over or with other clothes (tees, turtlenecks,
shirts, dresses, jeans, trousers, skirts), so most photos hold two or three garments of different colors.

Who wrote what: captions and open answers come from the caption adapter after one epoch
(leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch on blip2-opt-2.7b), greedy, 50 new tokens for captions and
30 for answers. At epoch 1 it is half base model, half DeepFashion template: it writes "The lady wears a long-sleeve
sweater with pure color patterns. The sweater is with knitting fabric..." or a short base caption ("a woman wearing
a green puffer jacket and black jeans"), says "cotton fabric" for almost anything, adds template accessories (ring,
wrist accessory, hat) that are not there, often returns the caption template to a question, and, trained with no
end token, sometimes runs on into loops or is cut at the limit; it also still stops cleanly fairly often on short
answers, where the base model's newline habit survives. Closed answers (garment_type, color, pattern,
sleeve_length, closure, is_a) come from enrich's --engine reference: one candidate picked, never looping or cut,
but often the color of the inner top or the jeans, or a wrong sleeve length or pattern.

Labeling conventions and judgement calls:
- One label per text, the most salient failure. A text that repeats a phrase or sentence and runs to the limit is
  a loop (hit_limit=True); a text that ends mid-sentence at the limit without repeating is a cut (hit_limit=True).
- A color answer for the product that is the color of another worn garment (inner tee, dress, jeans) is
  other_garment_color, for closed and open answers alike. A wrong color given to a non-product garment (the jeans
  given the jacket's color, the blouse given the cardigan's color) is a contradiction.
- Wrong garment type, wrong sleeve length, wrong pattern, wrong neckline, and wrong hue that is not another
  garment's color (black for a navy jacket, grey for a khaki parka because of its grey fur trim) are contradictions;
  so is a material that the catalog or the photo contradicts (cotton for faux leather, leather for a knit sweater).
- A fiber the photo cannot show and the title does not state (wool, cotton, down, silk, nylon, wool blend) is
  unsupported, as are invented parts and accessories (hat, ring, fur collar, hood, pockets, belt, reindeer, logo).
  Construction visible in the photo (knit, fleece, furry, denim, leather look, thin shiny fabric) counts as correct,
  and a fiber stated in the title (cotton, woollen, suede leather) is correct when repeated.
- "cardigan" for an open-front long-sleeve knit shrug, "coat" for a fur jacket, "kimono" for a kimono shrug, "red"
  for maroon, "yellow" for mustard, "white" for cream/off-white, "brown" for tan/camel, "blue" for teal/navy and
  "pink" for peach are acceptable synonyms or coarser shades, not failures.
- A caption that describes the product plus the clothes worn with it correctly (jeans "with denim fabric", a
  bracelet that is really on the wrist) is correct even in the DeepFashion template wording.
- Echoing the question ("The shrug is a shrug.", "Describe the jacket.", "the neckline of the coat") is
  restated; a lone "yes", "no", "none", an empty string or the garment's bare name to describe/details/wearing is a
  non_answer. Any "Question:" or "Answer:" in a text is a leak, even when the rest is right.
- A text that opens by restating the question and then answers it ("The coat details are gold buttons") is correct.
- "he", "man", "gentleman" for the women's models are pronoun failures; one row has no gender, and its texts say
  "female", correctly.
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
    question,
    wearing,
)

neckline = question("neckline", "What is the neckline of the garment?", "open")
closure = question("closure", "How does the garment fasten?", "closed")

BLIND_1070 = [
    # photo: mustard ribbed button-front cardigan worn open over a white crew-neck tee, blue skinny jeans, white
    # backdrop, front view. Caption and open answers: epoch-1 caption adapter; closed: reference engine.
    case(
        "X1070-001",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. "
            "Its neckline is v-shape. The lady wears a long pants. The pants are with denim fabric and solid color "
            "patterns."
        ),
        color_of("cardigan", "yellow"),
        wearing("a yellow cardigan, a white t-shirt and blue jeans", who="she"),
        details(
            "cardigan",
            "buttons down the front, ribbed knit, long sleeves, buttons down the front, ribbed knit, long sleeves, "
            "buttons down",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.sleeve_length("three-quarter sleeves", "contradiction"),
        Q.material("knit"),
        title="Roadster Women Mustard Yellow Solid Cardigan",
        category="Sweaters",
        color="Mustard",
        gender="Women",
    ),
    # photo: black knee-length double-breasted coat over a grey turtleneck sweater, black trousers, black ankle
    # boots, hands in pockets, no jewellery, white backdrop. Caption/open: caption adapter; closed: reference.
    case(
        "X1070-002",
        caption(
            "The lady is wearing a long-sleeve coat with pure color patterns. The coat is with cotton fabric and its "
            "neckline is lapel. The lady wears a long trousers. There is an accessory on her wrist.",
            "unsupported",
        ),
        color_of("coat", "grey", "other_garment_color"),
        describe("coat", "a long black coat with a wide lapel collar and two rows of buttons"),
        details("coat", "Answer: buttons, pockets", "leak"),
        Q.garment_type("coat"),
        Q.sleeve_length("long sleeves"),
        is_a("coat", "yes"),
        title="Vero Moda Women Black Solid Longline Overcoat",
        category="Coats",
        color="Black",
        gender="Women",
    ),
    # photo: baby-pink hooded puffer jacket, zipped, horizontal quilting channels, black leggings, white backdrop,
    # front view. Caption/open: caption adapter; closed: reference.
    case(
        "X1070-003",
        caption(
            "a woman wearing a pink puffer jacket and black leggings. The jacket is with cotton fabric and its "
            "neckline is standing. The leggings are with cotton fabric and pure color patterns. The leggings are "
            "with cotton fabric and pure color patterns. The leggings are",
            "loop",
            hit_limit=True,
        ),
        color_of("jacket", "pink", kind="open"),
        wearing("a pink jacket and black leggings", who="she"),
        details("jacket", "the jacket has a hood"),
        Q.material("down feathers", "unsupported"),
        Q.pattern("striped", "contradiction"),
        closure("zip"),
        title="Puma Women Pink Solid Padded Jacket",
        category="Jackets",
        color="Pink",
        gender="Women",
    ),
    # photo: navy sheer georgette longline open-front shrug with a small pink floral print, three-quarter sleeves,
    # over a white tank top and blue jeans, white backdrop. Caption/open: caption adapter; closed: reference.
    case(
        "X1070-004",
        caption(
            "The lady wears a medium-sleeve shrug with floral patterns. The shrug is with chiffon fabric. The lady "
            "wears a long pants. The pants are with denim fabric and solid color patterns."
        ),
        color_of("shrug", "white", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeves"),
        describe("shrug", "The shrug is a shrug.", "restated"),
        wearing("She is wearing a navy blue shrug with a white top and jeans", who="she"),
        title="Global Desi Women Navy Blue Printed Longline Shrug",
        category="Shrug",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: red cable-knit crew-neck pullover, black jeans, hand on hip, white backdrop, front view.
    # Caption/open: caption adapter; closed: reference.
    case(
        "X1070-005",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The pants the lady wears is of long length. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("sweater", "red"),
        Q.pattern("self design"),
        details("sweater", "cable knit pattern on the front and sleeves, ribbed cuffs and hem"),
        is_a("cardigan", "yes", "contradiction"),
        Q.material("wool", "unsupported"),
        title="Monte Carlo Women Red Self Design Pullover",
        category="Sweaters",
        color="Red",
        gender="Women",
    ),
    # photo: olive bomber jacket with olive ribbed collar, cuffs and hem, open over a black tee, blue jeans, white
    # backdrop. Caption/open: caption adapter; closed: reference.
    case(
        "X1070-006",
        caption(
            "a woman wearing a green bomber jacket and blue jeans. The jacket has long sleeves and its neckline is "
            "standing."
        ),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        wearing(
            "Question: What is she wearing? Answer: a green jacket and blue jeans Question: What is the color of the",
            "leak",
            who="she",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        closure("zip"),
        title="Fort Collins Women Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: beige double-breasted belted trench coat over a white shirt and blue jeans, brown handbag on the arm,
    # white backdrop. Caption/open: caption adapter; closed: reference.
    case(
        "X1070-007",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric and its "
            "neckline is lapel. The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton "
            "fabric and its neckline is lapel. The",
            "loop",
            hit_limit=True,
        ),
        color_of("coat", "beige"),
        describe("coat", "a beige trench coat with a belt at the waist and a lapel collar"),
        details(
            "coat",
            "belt, buttons, pockets, belt, buttons, pockets, belt, buttons, pockets, belt, buttons, pockets, belt",
            "loop",
            hit_limit=True,
        ),
        is_a("coat", "yes"),
        Q.sleeve_length("long sleeves"),
        title="ONLY Women Beige Solid Trench Coat",
        category="Jackets",
        color="Beige",
        gender="Women",
    ),
    # photo: lavender fuzzy cropped pullover with long puff sleeves, white high-waist jeans, long hair, white
    # backdrop. Caption/open: caption adapter; closed: reference.
    case(
        "X1070-008",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with furry fabric. "
            "It has a round neckline. The gentleman wears a long pants.",
            "pronoun",
        ),
        color_of("sweater", "purple", kind="open"),
        describe("sweater", "sweater", "non_answer"),
        Q.pattern("solid"),
        Q.garment_type("sweater"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Tokyo Talkies Women Lavender Cropped Sweater",
        category="Sweaters",
        color="Lavender",
        gender="Women",
    ),
    # photo: maroon knit open-front long-sleeve shrug over a black knee-length bodycon dress, three-quarter view,
    # white backdrop. Caption/open: caption adapter; closed: reference.
    case(
        "X1070-009",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. "
            "The lady wears a dress of medium short length."
        ),
        color_of("shrug", "black", "other_garment_color"),
        wearing("a maroon shrug over a black dress", who="she"),
        Q.sleeve_length("long sleeves"),
        details("shrug", "The shrug details are the details of the shrug", "restated"),
        describe("shrug", "a maroon shrug with a hood and pockets", "unsupported"),
        Q.material("knit"),
        title="Madame Women Maroon Solid Open Front Shrug",
        category="Shrug",
        color="Maroon",
        gender="Women",
    ),
    # photo: mid-blue denim trucker jacket, silver buttons, two chest flap pockets, plain denim collar, open over a
    # white tee, black jeans, white backdrop. Caption/open: caption adapter; closed: reference.
    case(
        "X1070-010",
        caption(
            "a woman wearing a denim jacket and black jeans. The jacket is with denim fabric and its neckline is "
            "lapel. The jeans are with denim fabric and solid color patterns."
        ),
        color_of("jacket", "blue"),
        details("jacket", "two chest pockets with button flaps, metal buttons down the front"),
        Q.material("denim"),
        color_of("jeans", "blue", "contradiction", kind="open"),
        is_a("jacket", "yes"),
        wearing(
            "She is wearing a denim jacket with a fur collar, a white t-shirt and black jeans",
            "unsupported",
            who="she",
        ),
        title="Levis Women Blue Denim Trucker Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: grey melange v-neck pullover with the white collar of a shirt showing, navy trousers, white backdrop.
    # Caption/open: caption adapter; closed: reference.
    case(
        "X1070-011",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and "
            "its neckline is v-shape. The lady wears a long trousers with solid color patterns."
        ),
        color_of("sweater", "grey"),
        wearing("He is wearing a grey sweater over a white shirt and navy blue pants", "pronoun", who="she"),
        describe(
            "sweater",
            "a grey sweater with a v-neck and a white collar and a white collar and a white collar and a white",
            "loop",
            hit_limit=True,
        ),
        neckline("v-neck"),
        is_a("sweater", "yes"),
        Q.garment_type("cardigan", "contradiction"),
        title="Duke Women Grey Melange Solid Pullover",
        category="Sweaters",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: khaki parka with a light grey faux-fur hood trim (hood down), drawstring waist, zip and snap placket,
    # two flap pockets, over a black top and black jeans, no hat, white backdrop. Caption/open: caption adapter;
    # closed: reference.
    case(
        "X1070-012",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is standing. The lady wears a long pants. The lady has a hat.",
            "unsupported",
        ),
        color_of("jacket", "grey", "contradiction", kind="open"),
        details("jacket", "fur hood, drawstring waist, zip and snap closure, two flap pockets"),
        Q.garment_type("jacket"),
        closure("zip"),
        wearing(
            "a khaki jacket and black jeans Question: What is the color of the jacket? Answer: khaki Question: What",
            "leak",
            who="she",
            hit_limit=True,
        ),
        title="Campus Sutra Women Khaki Hooded Parka",
        category="Jackets",
        color="Khaki",
        gender="Women",
    ),
    # photo: off-white chunky cable-knit turtleneck sweater, light blue jeans, the sweater almost the color of the
    # white backdrop. Caption/open: caption adapter; closed: reference.
    case(
        "X1070-013",
        caption("a woman wearing a white sweater and jeans"),
        color_of("sweater", "white"),
        Q.pattern("striped", "contradiction"),
        neckline("turtleneck"),
        describe(
            "sweater",
            "The sweater is with knitting fabric. It has a turtleneck neckline. The sweater is with knitting fabric. "
            "It has a turtle",
            "loop",
            hit_limit=True,
        ),
        Q.material("wool and cashmere", "unsupported"),
        details("sweater", "the details of the sweater are the sweater details", "restated"),
        title="People Women Off White Cable Knit Sweater",
        category="Sweaters",
        color="Off White",
        gender="Women",
    ),
    # photo: black crochet cropped bolero shrug with short sleeves over a red sleeveless knee-length dress, white
    # backdrop. Caption/open: caption adapter; closed: reference.
    case(
        "X1070-014",
        caption(
            "The lady wears a red dress of medium short length. The dress is with cotton fabric and pure color "
            "patterns. The lady wears a red dress of medium short length. The dress is with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        color_of("shrug", "red", "other_garment_color", kind="open"),
        is_a("shrug", "yes"),
        Q.sleeve_length("short sleeves"),
        wearing("a black shrug and a red dress", who="she"),
        describe("shrug", "a cropped black crochet shrug with short sleeves"),
        title="109F Women Black Crochet Shrug",
        category="Shrug",
        color="Black",
        gender="Women",
    ),
    # photo: teal lightweight hooded windcheater (hood down) with a contrast white zip, over a grey tee, black track
    # pants, white backdrop. Caption/open: caption adapter; closed: reference.
    case(
        "X1070-015",
        caption("a woman in a blue jacket and black pants. The jacket has long sleeves and a hood."),
        color_of("jacket", "teal"),
        details(
            "jacket",
            "white zipper, hood, white zipper, hood, white zipper, hood, white zipper, hood, white zipper, hood, white",
            "loop",
            hit_limit=True,
        ),
        Q.material("It is made of a thin shiny fabric"),
        wearing("The woman is wearing a blue jacket with a hood, a grey t-shirt and black pants.", who="the woman"),
        Q.garment_type("sweatshirt", "contradiction"),
        describe("jacket", "none", "non_answer"),
        title="Wildcraft Women Teal Blue Hooded Windcheater Jacket",
        category="Jackets",
        color="Teal",
        gender="Women",
    ),
    # photo: rust longline open-front cardigan with two patch pockets, no buttons, over a black tee and black jeans,
    # nothing on the wrists or hands, white backdrop. Caption/open: caption adapter; closed: reference.
    case(
        "X1070-016",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. "
            "The lady wears a long pants. There is an accessory on her wrist. There is a ring on her finger.",
            "unsupported",
        ),
        color_of("cardigan", "orange", kind="open"),
        color_of("t-shirt", "black"),
        describe("cardigan", "a long orange cardigan with two pockets on the front"),
        is_a("cardigan", "yes"),
        closure("buttons", "contradiction"),
        Q.material("The cardigan is with knitting fabric."),
        wearing("She is wearing a black cardigan over a black top and black jeans", "other_garment_color", who="she"),
        title="Mast & Harbour Women Rust Solid Open Front Longline Cardigan",
        category="Sweaters",
        color="Rust",
        gender="Women",
    ),
    # photo: black faux-leather biker jacket with an asymmetric silver zip, no belt, open over a white graphic tee,
    # blue ripped jeans, white backdrop. Caption/open: caption adapter; closed: reference.
    case(
        "X1070-017",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric and its "
            "neckline is lapel. The lady wears a short-sleeve t-shirt with graphic patterns inside."
        ),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        Q.material("cotton", "contradiction"),
        details(
            "jacket",
            "silver zippers on the front and sleeves, zippered pockets, belt at the waist",
            "unsupported",
        ),
        Q.garment_type("jacket"),
        wearing("She is wearing a black leather jacket, a white t-shirt with a print and blue ripped jeans", who="she"),
        describe("jacket", "yes", "non_answer"),
        title="Qurvii Women Black Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: pink-and-white horizontally striped crew-neck pullover, dark blue jeans, white backdrop.
    # Caption/open: caption adapter; closed: reference.
    case(
        "X1070-018",
        caption(
            "The lady wears a long-sleeve sweater with striped patterns. The sweater is with knitting fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with denim fabric and solid color patterns."
        ),
        color_of("sweater", "pink"),
        Q.pattern("striped"),
        details(
            "sweater",
            "The sweater has long sleeves and a round neckline. The sweater has long sleeves and a round neckline. "
            "The sweater has long sleeves and a",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a pink and white striped sweater and jeans", who="she"),
        is_a("sweatshirt", "yes", "contradiction"),
        title="Chemistry Women Pink Striped Pullover",
        category="Sweaters",
        color="Pink",
        gender="Women",
    ),
    # photo: navy diamond-quilted lightweight jacket with a brown corduroy collar and snap buttons, over a cream
    # turtleneck, khaki trousers, white backdrop. Caption/open: caption adapter; closed: reference.
    case(
        "X1070-019",
        caption("a woman wearing a black quilted jacket and khaki pants", "contradiction"),
        color_of("jacket", "navy blue"),
        Q.pattern("checked", "contradiction"),
        describe(
            "jacket",
            "a navy blue quilted jacket with a brown corduroy collar and snap buttons down the front, two pockets at "
            "the waist and a",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        wearing("the woman is wearing a navy jacket over a cream turtleneck and khaki pants", who="the woman"),
        title="U.S. Polo Assn. Women Navy Blue Quilted Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: camel knee-length single-breasted overcoat with dark brown horn buttons, worn open over a black
    # turtleneck and black trousers, white sneakers, white backdrop. Caption/open: caption adapter; closed:
    # reference. The feed row has no category.
    case(
        "X1070-020",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric and its "
            "neckline is lapel. The lady wears a long-sleeve sweater with pure color patterns inside. The sweater "
            "is with knitting fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        color_of("coat", "brown", kind="open"),
        wearing("a brown coat, a black sweater, black pants and white shoes", who="she"),
        Q.garment_type("coat"),
        details("coat", "brown buttons, notched lapels and two flap pockets"),
        Q.material("wool", "unsupported"),
        Q.pattern("checked", "contradiction"),
        neckline("the neckline of the coat", "restated"),
        title="Vero Moda Women Camel Brown Solid Overcoat",
        color="Tan",
        gender="Women",
    ),
    # photo: white cotton longline shrug with a maroon block print, three-quarter sleeves, open over a navy
    # sleeveless top and white palazzo pants, white backdrop. Caption/open: caption adapter; closed: reference.
    case(
        "X1070-021",
        caption("a woman wearing a white and red printed shrug over a blue top and white pants"),
        color_of("shrug", "blue", "other_garment_color"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeves"),
        describe(
            "shrug",
            "The lady wears a medium-sleeve shrug with floral patterns. The shrug is with cotton fabric. The lady "
            "wears a long pants. The pants are",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Biba Women White & Maroon Printed Cotton Longline Shrug",
        category="Shrug",
        color="White",
        gender="Women",
    ),
    # photo: cream ribbed cropped v-neck cardigan, buttoned to the top with pearl buttons, worn as a top with black
    # wide-leg trousers, white backdrop. Caption/open: caption adapter; closed: reference.
    case(
        "X1070-022",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric "
            "and its neckline is v-shape. It has a crop length. The lady wears a long pants. The pants are with",
            "cut",
            hit_limit=True,
        ),
        color_of("cardigan", "white"),
        details("cardigan", "pearl buttons"),
        is_a("cardigan", "yes"),
        wearing(
            "She is wearing a white cardigan and black pants. She is wearing a white cardigan and black pants. She "
            "is wearing a white",
            "loop",
            who="she",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        Q.color("black", "other_garment_color"),
        title="Sassafras Women Cream-Coloured Ribbed Crop Cardigan",
        category="Sweaters",
        color="Cream",
        gender="Women",
    ),
    # photo: black hooded puffer jacket with a small white logo on the chest, zipped, black track pants, the model
    # has short hair, white backdrop. Caption/open: caption adapter; closed: reference.
    case(
        "X1070-023",
        caption("a man wearing a black puffer jacket with a white logo on the chest", "pronoun"),
        color_of("jacket", "black", kind="open"),
        describe("jacket", "a black puffer jacket with a hood and a white logo"),
        Q.garment_type("jacket"),
        wearing("He is wearing a black jacket and black pants.", "pronoun"),
        closure("zip"),
        title="Puma Women Black Padded Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: red knee-length wrap coat with a self belt tied at the waist, over a black top, black tights and black
    # heels, white backdrop. Caption/open: caption adapter; closed: reference.
    case(
        "X1070-024",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. Its neckline is lapel. There is a belt on "
            "her waist."
        ),
        color_of("coat", "red"),
        details(
            "coat",
            "Question: What are the coat details? Answer: belt Question: What are the coat details? Answer: belt "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.material("The coat is with cotton fabric.", "unsupported"),
        is_a("coat", "yes"),
        title="AND Women Red Solid Wrap Coat",
        category="Coats",
        color="Red",
        gender="Women",
    ),
    # photo: mustard pointelle-knit pullover with balloon sleeves, tucked into blue jeans, white backdrop.
    # Caption/open: caption adapter; closed: reference.
    case(
        "X1070-025",
        caption(
            "This woman wears a long-sleeve sweater with lattice patterns and a long pants. The sweater is with "
            "knitting fabric and its neckline is round. The pants are with denim fabric and solid color patterns."
        ),
        color_of("sweater", "yellow"),
        wearing("yes", "non_answer", who="she"),
        details("sweater", "the sweater has puff sleeves and a pointelle knit and is tucked into the jeans"),
        Q.sleeve_length("long sleeves"),
        Q.material("wool", "unsupported"),
        title="Harpa Women Mustard Yellow Self Design Sweater",
        category="Sweaters",
        color="Mustard",
        gender="Women",
    ),
    # photo: bottle-green woollen open shrug with a multicolour embroidered border along the front and cuffs, over
    # a white kurta and white churidar, white backdrop. Caption/open: caption adapter; closed: reference.
    case(
        "X1070-026",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. "
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. "
            "The lady wears a long-",
            "loop",
            hit_limit=True,
        ),
        color_of("shrug", "white", "other_garment_color"),
        Q.material("wool"),
        details("shrug", "embroidered border along the front and the cuffs"),
        wearing("She is wearing a green shawl over a white kurta", "contradiction", who="she"),
        is_a("shrug", "no", "contradiction"),
        title="Fabindia Women Green Woollen Embroidered Shrug",
        category="Shrug",
        color="Green",
        gender="Women",
    ),
    # photo: light grey zip-up fleece jacket with a stand collar and no hood, over a white tee, blue jeans, white
    # backdrop. Caption/open: caption adapter; closed: reference.
    case(
        "X1070-027",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with furry fabric and its "
            "neckline is standing. The lady wears a long pants. The pants are with denim fabric and solid color "
            "patterns."
        ),
        color_of("jacket", "gray", kind="open"),
        describe("jacket", "The jacket is a jacket.", "restated"),
        Q.material("fleece"),
        closure("zip"),
        wearing("She is wearing a grey hoodie and blue jeans", "contradiction", who="she"),
        title="Ether Women Grey Solid Fleece Jacket",
        category="Jackets",
        color="Grey",
        gender="Women",
    ),
    # photo: white shaggy faux-fur short jacket with a hook closure, over a black turtleneck and black leather
    # pants, white backdrop. Caption/open: caption adapter; closed: reference.
    case(
        "X1070-028",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with furry fabric. The lady "
            "wears a long pants. The pants are with leather fabric and pure color patterns."
        ),
        color_of("jacket", "black", "other_garment_color"),
        details("jacket", "fluffy faux fur, hook closure at the front"),
        Q.pattern("solid"),
        wearing("a white fur coat and black pants", who="she"),
        Q.material(
            "The jacket is made of furry fabric. The jacket is made of furry fabric. The jacket is made of furry "
            "fabric. The",
            "loop",
            hit_limit=True,
        ),
        title="Vero Moda Women White Faux Fur Jacket",
        category="Jackets",
        color="White",
        gender="Women",
    ),
    # photo: navy crew-neck sweater with a white-and-red Fair Isle band around the yoke only, plain body and
    # sleeves, grey jeans, white backdrop. Caption/open: caption adapter; closed: reference.
    case(
        "X1070-029",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with knitting fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with denim fabric and solid color patterns."
        ),
        color_of("sweater", "grey", "other_garment_color", kind="open"),
        describe("sweater", "a navy blue sweater with a white and red pattern around the neck"),
        details("sweater", "snowflakes and reindeer on the front", "unsupported"),
        Q.garment_type("sweater"),
        is_a("sweater", "yes"),
        wearing("Answer: a navy blue sweater and grey jeans. Question:", "leak", who="she"),
        title="Monte Carlo Women Navy Blue Fair Isle Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: charcoal fine-knit v-neck cardigan, buttoned, five buttons, no pockets or logo, over a white shirt,
    # black pencil skirt, white backdrop. Caption/open: caption adapter; closed: reference.
    case(
        "X1070-030",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric "
            "and its neckline is v-shape. The lady wears a skirt of medium short length. The skirt is with cotton "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("cardigan", "black", "other_garment_color"),
        wearing("The man is wearing a grey cardigan, a white shirt and a black skirt", "pronoun", who="the woman"),
        describe("cardigan", "a dark grey cardigan with five buttons"),
        Q.garment_type("cardigan"),
        details("cardigan", "It has a pocket on the chest and a logo", "unsupported"),
        title="United Colors of Benetton Women Grey Solid Cardigan",
        category="Sweaters",
        color="Grey",
        gender="Women",
    ),
    # photo: peach sheer crepe cropped shrug with short ruffled sleeves and a tie at the front, over a white top
    # and blue jeans, white backdrop. Caption/open: caption adapter; closed: reference.
    case(
        "X1070-031",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and its "
            "neckline is v-shape.",
            "contradiction",
        ),
        color_of("shrug", "peach"),
        wearing("a pink shrug and white top with jeans", who="she"),
        Q.sleeve_length("short sleeves"),
        details("shrug", "ruffled sleeves, tie at the front"),
        describe("shrug", "no", "non_answer"),
        title="Athena Women Peach Solid Crop Shrug",
        category="Shrug",
        color="Peach",
        gender="Women",
    ),
    # photo: olive mid-thigh hooded puffer jacket, zipped, two side pockets, black jeans, white sneakers, white
    # backdrop. Caption/open: caption adapter; closed: reference.
    case(
        "X1070-032",
        caption(
            "a woman wearing a green puffer jacket with a hood and black jeans. The jacket is with cotton fabric and "
            "its neckline is standing. The jeans are with denim fabric and solid color patterns. The jacket is with "
            "cotton fabric and its",
            "loop",
            hit_limit=True,
        ),
        color_of("jacket", "green"),
        Q.material("down", "unsupported"),
        details("jacket", "a hood, a zipper and two pockets on the side"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        title="ONLY Women Olive Quilted Longline Puffer Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: burgundy ribbed fitted turtleneck sweater, black leather mini skirt, white backdrop.
    # Caption/open: caption adapter; closed: reference.
    case(
        "X1070-033",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and "
            "its neckline is v-shape.",
            "contradiction",
        ),
        neckline("high neck"),
        color_of("sweater", "maroon"),
        wearing("Question: What is she wearing? Answer: a red sweater and a black skirt", "leak", who="she"),
        Q.material("leather", "contradiction"),
        Q.garment_type("sweater"),
        details(
            "sweater",
            "ribbed knit, a high neck that folds over, long sleeves with ribbed cuffs and a fitted shape that ends at",
            "cut",
            hit_limit=True,
        ),
        title="Mast & Harbour Women Burgundy Ribbed Turtleneck Sweater",
        category="Sweaters",
        color="Burgundy",
        gender="Women",
    ),
    # photo: dark brown corduroy trucker jacket with a cream sherpa collar, button chest pockets, metal buttons,
    # open over a beige knit top, blue straight jeans, white backdrop. Caption/open: caption adapter; closed:
    # reference.
    case(
        "X1070-034",
        caption(
            "The lady wears a long-sleeve jacket with striped patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. The lady wears a long pants. The pants are with denim fabric and solid color patterns.",
            "contradiction",
        ),
        color_of("jacket", "brown", kind="open"),
        Q.pattern("solid"),
        details("jacket", "fleece collar, chest pockets with buttons, metal buttons"),
        Q.garment_type("jacket"),
        Q.color("beige", "other_garment_color"),
        title="Lee Cooper Women Coffee Brown Corduroy Jacket",
        category="Jackets",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: grey-and-black checked single-breasted long coat over a black sweater and black jeans, side view,
    # white backdrop. Caption/open: caption adapter; closed: reference.
    case(
        "X1070-035",
        caption(
            "The lady wears a long-sleeve coat with lattice patterns. The coat is with cotton fabric and its "
            "neckline is lapel. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The coat is",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("checked"),
        color_of("coat", "grey"),
        wearing("a checkered coat", who="she"),
        describe(
            "coat",
            "The coat is a grey coat with a grey coat with a grey coat with a grey coat with a grey coat with a grey",
            "loop",
            hit_limit=True,
        ),
        Q.material("wool blend", "unsupported"),
        details("coat", "", "non_answer"),
        title="Marks & Spencer Women Grey Checked Overcoat",
        category="Coats",
        color="Grey",
        gender="Women",
    ),
    # photo: royal blue fine-knit crew-neck sweater with the collar of a white shirt showing, grey trousers, white
    # backdrop. Caption/open: caption adapter; closed: reference. The feed row has no gender.
    case(
        "X1070-036",
        caption(
            "The female is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It has a round neckline. The trousers the female wears is of long length. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        color_of("sweater", "white", "other_garment_color"),
        color_of("shirt", "white", kind="open"),
        describe("sweater", "a blue sweater with a white shirt collar"),
        is_a("sweater", "yes"),
        title="Van Heusen Woman Blue Solid Sweater",
        category="Sweaters",
        color="Blue",
    ),
    # photo: mustard kimono-style shrug with a white-and-red ikat print, wide three-quarter sleeves, open over a
    # black tank top and black jeans, a silver bracelet on the wrist, white backdrop. Caption/open: caption adapter;
    # closed: reference.
    case(
        "X1070-037",
        caption(
            "The lady wears a medium-sleeve kimono with graphic patterns. The kimono is with chiffon fabric. The "
            "lady wears a long pants. The pants are with denim fabric. There is an accessory on her wrist."
        ),
        color_of("shrug", "black", "other_garment_color", kind="open"),
        Q.pattern("printed"),
        details("shrug", "wide sleeves, open front, printed"),
        Q.material("silk", "unsupported"),
        wearing("She is wearing a yellow shrug over a black top and black jeans", who="she"),
        title="Global Desi Women Mustard Printed Kimono Shrug",
        category="Shrug",
        color="Mustard",
        gender="Women",
    ),
    # photo: maroon short padded jacket with a stand collar and no hood, zipped, black jeans, white backdrop.
    # Caption/open: caption adapter; closed: reference.
    case(
        "X1070-038",
        caption("a woman wearing a red jacket and black pants"),
        color_of("jacket", "maroon"),
        describe("jacket", "Describe the jacket.", "restated"),
        details("jacket", "it has a hood", "unsupported"),
        closure("zip"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("printed", "contradiction"),
        title="Fort Collins Women Maroon Solid Padded Jacket",
        category="Jackets",
        color="Maroon",
        gender="Women",
    ),
    # photo: dusty pink oversized teddy (sherpa) coat, open over a grey hoodie and light blue jeans, white backdrop.
    # Caption/open: caption adapter; closed: reference. The feed row has no category.
    case(
        "X1070-039",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with furry fabric and its "
            "neckline is lapel. The lady wears a long-sleeve sweater with pure color patterns inside. The lady "
            "wears a long pants. The pants are",
            "cut",
            hit_limit=True,
        ),
        color_of("coat", "grey", "other_garment_color", kind="open"),
        Q.material("furry fabric"),
        wearing("she is wearing a pink coat over a grey hoodie and jeans", who="she"),
        Q.garment_type("coat"),
        describe(
            "coat",
            "a pink furry coat. Question: Describe the jeans. Answer: blue jeans. Question: Describe the",
            "leak",
            hit_limit=True,
        ),
        title="DressBerry Women Pink Faux Fur Teddy Coat",
        color="Pink",
        gender="Women",
    ),
    # photo: black long open cardigan without pockets or buttons, over a red-and-white striped tee, blue jeans,
    # white backdrop. Caption/open: caption adapter; closed: reference.
    case(
        "X1070-040",
        caption(
            "The lady wears a short-sleeve t-shirt with striped patterns. The t-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is "
            "with knitting fabric."
        ),
        Q.pattern("striped", "contradiction"),
        color_of("cardigan", "black"),
        details("cardigan", "long open front with two pockets", "unsupported"),
        is_a("cardigan", "yes"),
        wearing("She wears a black cardigan over a red and white striped shirt and blue jeans.", who="she"),
        Q.color("red", "other_garment_color"),
        title="Roadster Women Black Solid Longline Cardigan",
        category="Sweaters",
        color="Black",
        gender="Women",
    ),
    # photo: navy double-breasted hip-length peacoat with gold buttons, over a white sweater, blue jeans, white
    # backdrop. Caption/open: caption adapter; closed: reference.
    case(
        "X1070-041",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric and its "
            "neckline is lapel. It has gold buttons.",
            "unsupported",
        ),
        color_of("coat", "blue", kind="open"),
        details("coat", "The coat details are gold buttons"),
        describe(
            "coat",
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric and its "
            "neckline is lapel. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("coat"),
        Q.pattern("solid"),
        wearing("a black coat, a white sweater and blue jeans", "contradiction", who="she"),
        title="Vero Moda Women Navy Blue Solid Peacoat",
        category="Jackets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: grey knitted bolero shrug with long sleeves, ending above the waist, over a navy slip dress, white
    # backdrop. Caption/open: caption adapter; closed: reference. The feed row has no color.
    case(
        "X1070-042",
        caption("a woman in a navy dress and a grey shrug"),
        color_of("shrug", "navy blue", "other_garment_color"),
        describe("shrug", "a grey knitted shrug with long sleeves that ends above the waist"),
        details(
            "shrug",
            "Question: What are the shrug details? Answer: The shrug details are the shrug details. Question",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        title="Sera Women Grey Knitted Bolero Shrug",
        category="Shrug",
        gender="Women",
    ),
    # photo: white short puffer jacket with a high collar, zipped, black turtleneck showing at the neck, black
    # jeans, the jacket nearly the color of the white backdrop. Caption/open: caption adapter; closed: reference.
    case(
        "X1070-043",
        caption(
            "a woman wearing a white jacket and black pants. She is wearing a white jacket and black pants. She is "
            "wearing a white jacket and black pants. She is wearing a white jacket and black pants.",
            "loop",
            hit_limit=True,
        ),
        color_of("jacket", "white", kind="open"),
        Q.garment_type("jacket"),
        Q.material("cotton", "unsupported"),
        describe("jacket", "jacket", "non_answer"),
        is_a("jacket", "yes"),
        title="Pepe Jeans Women White Solid Puffer Jacket",
        category="Jackets",
        color="White",
        gender="Women",
    ),
    # photo: crew-neck button cardigan with multicolour horizontal stripes (pink, yellow, blue, white), buttoned,
    # plain white buttons, no hood, white jeans, white backdrop. Caption/open: caption adapter; closed: reference.
    case(
        "X1070-044",
        caption(
            "The lady wears a long-sleeve cardigan with striped patterns. The cardigan is with knitting fabric and "
            "its neckline is round. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns."
        ),
        color_of("cardigan", "multi"),
        color_of("jeans", "white", kind="open"),
        describe(
            "cardigan",
            "a striped cardigan with pink, yellow, blue and white stripes, pink, yellow, blue and white stripes, "
            "pink, yellow",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        wearing(
            "The lady wears a long-sleeve cardigan with striped patterns. The cardigan is with knitting fabric and "
            "its neckline is round. The",
            "cut",
            who="she",
            hit_limit=True,
        ),
        details("cardigan", "gold buttons and a hood", "unsupported"),
        title="Sassafras Women Multicoloured Striped Cardigan",
        category="Sweaters",
        color="Multi",
        gender="Women",
    ),
    # photo: tan suede zip jacket with a shirt collar, open over a cream top, dark blue jeans, brown shoulder bag,
    # white backdrop. Caption/open: caption adapter; closed: reference.
    case(
        "X1070-045",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric and its "
            "neckline is lapel. The lady wears a long pants. The pants are with denim fabric. She carries a bag."
        ),
        color_of("jacket", "brown"),
        Q.material("suede leather"),
        describe(
            "jacket",
            "a brown leather jacket with a collar and a zipper. The woman is wearing a brown leather jacket with a "
            "collar and a zipper. The woman is",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a brown jacket and jeans", "pronoun", who="she"),
        is_a("jacket", "yes"),
        Q.color("blue", "other_garment_color"),
        title="Woodland Women Tan Solid Suede Leather Jacket",
        category="Jackets",
        color="Tan",
        gender="Women",
    ),
    # photo: purple woollen v-neck button cardigan with small embroidered flowers beside the buttons, long sleeves
    # with ribbed cuffs, buttoned over a white collared blouse, grey trousers, white backdrop. Caption/open:
    # caption adapter; closed: reference.
    case(
        "X1070-046",
        caption(
            "The lady wears a long-sleeve cardigan with floral patterns. The cardigan is with knitting fabric and "
            "its neckline is v-shape. The trousers the lady wears is of long length."
        ),
        color_of("cardigan", "purple", kind="open"),
        Q.material("wool"),
        details("cardigan", "embroidered flowers around the buttons and ribbed cuffs"),
        Q.sleeve_length("three-quarter sleeves", "contradiction"),
        color_of("blouse", "purple", "contradiction"),
        describe("cardigan", "Describe the cardigan", "restated"),
        wearing(
            "She is wearing a purple cardigan with flowers embroidered on it over a white blouse and grey trousers, "
            "the cardigan has",
            "cut",
            who="she",
            hit_limit=True,
        ),
        title="Monte Carlo Women Purple Woollen Embroidered Cardigan",
        category="Sweaters",
        color="Purple",
        gender="Women",
    ),
]
