"""BLIND_641 (46 products; Myntra women's winterwear layered over tops and dresses, VQA + caption adapters): written
blind in the fifty-third session. Measured blind at 02e5620 (the session's thirteenth rules): 104/125 failures found
(83.2%) and 5/171 correct texts flagged (2.9%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's winterwear: overcoats, trench and pea coats, puffer jackets, teddy and biker
jackets, cardigans, pullovers, a sweater vest, shrugs and ponchos. Catalog photos on a white or light grey backdrop,
front view, the model wearing the product open or closed over a t-shirt, turtleneck, shirt, hoodie or dress, with
jeans, trousers, leggings or skirts below; a bag or boots now and then. Seller columns: title, category (the
seller's article type: Coats, Jackets, Sweaters, Shrug, Ponchos), color (the seller's base colour), gender. Two rows
lack gender, one lacks category, as real feeds do.

Who wrote what: every caption comes from the caption adapter at epoch 3 (Data2_V2_Blip2_Finetune_Caption). It
writes the DeepFashion template ("The lady wears a long-sleeve coat with pure color patterns and a long pants...")
with patterns, not hue names; it has no end token, so many captions run to the 50-token limit and are cut or loop on
a template sentence; it invents fabrics and accessories and calls a poncho a sweater or a shirt. Every open answer
(wearing, describe, details, material, open color questions) comes from the VQA adapter (Data3_V3_BLIP2_VQA) by
free generation, 30 new tokens: short answers usually stop, longer ones loop on a word or a phrase, run on to the
limit mid-sentence, or carry on into a new "Question: ... Answer:" turn. Closed answers (garment_type, color,
pattern, sleeve_length, "Is this a ...?") come from enrich's --engine reference: one candidate value each, never
looped or cut, but often the value of the garment worn under or beside the product.

Labeling conventions and judgement calls:
- One failure kind per text, the one a reviewer would name first; the rest of such a text is kept right.
- other_garment_color: the product's color question (closed or open) answered with the color of another garment in
  the photo (the top, dress, jeans, leggings, skirt). A color that belongs to nothing in the photo, or the
  product's own color given to another garment ("red" for the jeans under a red sweater), is a contradiction.
- contradiction also covers: a closed garment type, pattern or sleeve length taken from the inner garment; "yes" to
  "Is this a dress?" for a coat worn over a dress; a caption calling a poncho a sweater or a shirt; a main color
  taken from a trim (the white sherpa collar of a blue denim jacket).
- unsupported: details that are not in the photo (a hood, a belt, a fur collar, patches, gold buttons, a necklace,
  a wrist accessory), and fabrics or fibers that neither the photo shows nor the title names (wool, cotton,
  cashmere, mohair, down, acrylic; leather for a puffer). Looks the photo shows count as supported: knit, fur for a
  faux-fur or teddy coat, leather for a faux-leather biker jacket, denim, a leather skirt, and a fiber the title
  names (wool for a "Wool Blend" coat). The fabric of a trim given as the garment's material is unsupported.
- jacket and coat are interchangeable (the In-shop class is jacket/coat); a puffer is a jacket or a coat.
- Colors: shades and group names are right (camel, tan, khaki as beige or brown; mustard as yellow; maroon and
  burgundy as red; peach as pink; teal as green or blue; cream and off-white as white; silver as grey). For a
  two-color print either of its colors is right for the garment; "purple" for a magenta coat is a contradiction.
- A single-color cable, ribbed or quilted garment is "solid"; "striped" for a ribbed knit is a contradiction.
- A knit shrug called a cardigan or a sweater is right (it is one); a poncho called a sweater or a shirt is not.
- A poncho filed under Shrug by its seller and answered "poncho" is correct: the answer fits the photo.
- non_answer: a one-word or yes/no reply to an open question, an empty reply, or only the garment's name back.
  restated: the question's words returned as the answer ("the details of the coat are the details").
- cut and loop texts ran to the token limit (hit_limit=True); one caption that ran to the limit ending on a full
  stop is still labelled cut, since the model did not stop there. Leaks that run on to the limit have hit_limit set.
- pronoun: he, his, the man or the gentleman for a Women row. Rows without gender carry no pronoun label.
- A short but true answer ("red coat", "gold buttons") is correct, not a non-answer.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

W = "Women"

BLIND_641 = [
    # photo: camel double-breasted wool-blend overcoat, notched lapels, closed, over a black turtleneck and black
    # trousers; white backdrop, front view. Caption adapter wrote the caption, VQA adapter the open answers,
    # reference engine the closed ones.
    case(
        "X641-001",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns and a long trousers. The coat is with wool "
            "fabric. It has a lapel neckline. The trousers are with pure color patterns."
        ),
        wearing("a camel coat over a black turtleneck and black pants"),
        Q.color("black", failure="other_garment_color"),
        Q.garment_type("coat"),
        describe("coat", "a long camel coat with a wide collar and two rows of buttons"),
        details("coat", "the details of the coat are the details", failure="restated"),
        Q.material("wool"),
        title="Vero Moda Women Camel Brown Solid Double-Breasted Wool Blend Overcoat",
        category="Coats",
        color="Camel Brown",
        gender=W,
    ),
    # photo: black quilted puffer jacket, horizontal channels, stand collar, zip front, no hood, over a white t-shirt
    # and blue jeans; no jewellery; white backdrop. Caption adapter caption; VQA adapter open answers; reference
    # engine closed answers.
    case(
        "X641-002",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long pants. The pants are with denim "
            "fabric and pure color patterns. There is an accessory on her wrist.",
            failure="unsupported",
        ),
        wearing("a black puffer jacket and jeans"),
        color_of("jacket", "black"),
        details("jacket", "the jacket has a hood with fur trim and a zipper", failure="unsupported"),
        is_a("puffer jacket", "yes"),
        Q.sleeve_length("long"),
        title="Roadster Women Black Solid Quilted Puffer Jacket",
        category="Jackets",
        color="Black",
        gender=W,
    ),
    # photo: mustard cable-knit cardigan, button front, worn open over a white t-shirt and light blue jeans; white
    # backdrop. Caption adapter caption (looped); VQA adapter open answers; reference engine closed answers.
    case(
        "X641-003",
        caption(
            "The female is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. The sweater is with knitting fabric. The sweater is with knitting fabric. The sweater is with "
            "knitting fabric. The",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a yellow cardigan over a white t-shirt and jeans", who="she"),
        Q.color("white", failure="other_garment_color"),
        Q.pattern("solid"),
        describe("cardigan", "a mustard yellow cardigan with cable knit and buttons down the front"),
        Q.material("wool", failure="unsupported"),
        title="Mast & Harbour Women Mustard Cable Knit Cardigan",
        category="Sweaters",
        color="Mustard",
        gender=W,
    ),
    # photo: grey melange crew-neck pullover, ribbed cuffs and hem, a white shirt collar showing at the neck, with a
    # black mini skirt; white backdrop. Caption adapter caption (cut); VQA adapter open answers; reference engine
    # closed answers.
    case(
        "X641-004",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a short skirt. The sweater is with "
            "knitting fabric and its neckline is round. The lady wears a long-sleeve shirt under the sweater. The "
            "skirt is with",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a grey sweater and a black skirt"),
        color_of("sweater", "grey", kind="open"),
        color_of("skirt", "grey", failure="contradiction"),
        details("sweater", "ribbed cuffs and hem"),
        Q.garment_type("sweater"),
        title="Marks & Spencer Women Grey Melange Solid Pullover",
        category="Sweaters",
        color="Grey Melange",
        gender=W,
    ),
    # photo: olive green parka, hood trimmed with beige faux fur, drawstring waist, zip and snap placket, over a black
    # top and black jeans; white backdrop. Caption adapter caption; VQA adapter open answers (one loops, one says
    # "he"); reference engine closed answers.
    case(
        "X641-005",
        caption(
            "The female wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has "
            "a hooded neckline. The female wears a long pants. The pants are with denim fabric.",
            failure="unsupported",
        ),
        wearing("a green jacket with a fur hood and black jeans"),
        Q.color("green"),
        describe(
            "jacket",
            "an olive jacket with a fur hood, the fur hood, the fur hood, the fur hood, the fur hood, the fur hood, "
            "the",
            failure="loop",
            hit_limit=True,
        ),
        is_a("coat", "yes"),
        details("jacket", "he is wearing a jacket with a drawstring at the waist and a zipper", failure="pronoun"),
        title="HERE&NOW Women Olive Green Solid Hooded Parka Jacket",
        category="Jackets",
        color="Olive",
        gender=W,
    ),
    # photo: off-white chunky knit poncho with a fringed hem, over a black full-sleeve top and blue jeans; white
    # backdrop. Caption adapter caption (calls it a sweater); VQA adapter open answers; reference engine closed.
    case(
        "X641-006",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "knitting fabric. The pants are with denim fabric and pure color patterns.",
            failure="contradiction",
        ),
        wearing("a white poncho over a black top and jeans"),
        color_of("poncho", "cream", kind="open"),
        Q.garment_type("poncho"),
        Q.color("black", failure="other_garment_color"),
        details("poncho", "fringe at the bottom"),
        Q.material("chunky knit"),
        title="Vero Moda Women Off-White Self Design Fringed Poncho",
        category="Ponchos",
        color="Off White",
        gender=W,
    ),
    # photo: navy blue wrap coat, wide lapels, self belt tied at the waist, over a white knit dress, nude heels;
    # white backdrop. Caption adapter caption; VQA adapter open answers (one leaks a new turn); reference engine
    # closed answers.
    case(
        "X641-007",
        caption(
            "The woman wears a long-sleeve coat with pure color patterns. It has a lapel neckline. There is a belt. "
            "The lady wears a pair of heels."
        ),
        wearing("a blue coat with a belt"),
        color_of("coat", "white", failure="other_garment_color"),
        describe(
            "coat",
            "a navy coat with a belt tied at the waist and a large collar Question: What is the color of the dress? "
            "Answer: white",
            failure="leak",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        is_a("dress", "yes", failure="contradiction"),
        title="Mango Women Navy Blue Solid Belted Wrap Coat",
        category="Coats",
        color="Navy Blue",
        gender=W,
    ),
    # photo: pink teddy faux-fur jacket, collar, button front, over a black crop top and light blue mom jeans; white
    # backdrop. Caption adapter caption; VQA adapter open answers; reference engine closed answers.
    case(
        "X641-008",
        caption(
            "The lady is wearing a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "fur fabric. The pants are with denim fabric."
        ),
        wearing("pink jacket"),
        Q.color("pink"),
        Q.material("fur"),
        details("jacket", "the jacket has a zipper", failure="unsupported"),
        describe(
            "jacket",
            "a fluffy pink jacket, pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink",
            failure="loop",
            hit_limit=True,
        ),
        title="Forever 21 Women Pink Solid Faux Fur Teddy Jacket",
        category="Jackets",
        color="Pink",
        gender=W,
    ),
    # photo: maroon ribbed turtleneck sweater tucked into a beige-and-brown checked mini skirt; light grey backdrop.
    # Caption adapter caption; VQA adapter open answers; reference engine closed answers.
    case(
        "X641-009",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a short skirt. The sweater is with "
            "knitting fabric and its neckline is standing. The skirt is with lattice patterns."
        ),
        wearing("a red sweater and a plaid skirt"),
        Q.pattern("checked", failure="contradiction"),
        color_of("sweater", "maroon", kind="open"),
        Q.sleeve_length("long"),
        details("sweater", "the sweater details are the sweater", failure="restated"),
        title="SASSAFRAS Women Maroon Ribbed Turtle Neck Sweater",
        category="Sweaters",
        color="Maroon",
        gender=W,
    ),
    # photo: black knit open-front longline shrug over a red sleeveless floral dress (white flowers), knee length;
    # white backdrop. Caption adapter caption; VQA adapter open answers; reference engine closed answers.
    case(
        "X641-010",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns and a dress. The dress is with floral "
            "patterns."
        ),
        wearing("a red floral dress and a black shrug"),
        Q.color("red", failure="other_garment_color"),
        Q.garment_type("dress", failure="contradiction"),
        is_a("shrug", "yes"),
        details("shrug", "open front and long sleeves"),
        title="Style Quotient Women Black Solid Open Front Longline Shrug",
        category="Shrug",
        color="Black",
        gender=W,
    ),
    # photo: light grey knee-length hooded puffer coat, zip front, two zip pockets, over black leggings and white
    # sneakers; white backdrop. Caption adapter caption (cut); VQA adapter open answers; reference engine closed.
    case(
        "X641-011",
        caption(
            "The female is wearing a long-sleeve jacket with pure color patterns and a long leggings. Its neckline is "
            "hooded. The leggings are with pure color patterns. The female wears a pair of",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a grey puffer coat with a hood"),
        Q.color("black", failure="other_garment_color"),
        color_of(
            "coat",
            "grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey",
            failure="loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("puffer jacket", "yes"),
        details("coat", "it has a hood and pockets on the side and a zipper in the front"),
        title="Duke Women Grey Solid Longline Hooded Puffer Jacket",
        category="Jackets",
        color="Grey",
        gender=W,
    ),
    # photo: peach fine-knit V-neck cardigan, buttoned, a white lace camisole edge at the neckline, white trousers;
    # white backdrop. Caption adapter caption ("gentleman"); VQA adapter open answers; reference engine closed.
    case(
        "X641-012",
        caption(
            "The gentleman wears a long-sleeve cardigan with pure color patterns and a long trousers. Its neckline "
            "is V-shape. The trousers are with pure color patterns.",
            failure="pronoun",
        ),
        wearing("a pink cardigan and white pants"),
        Q.color("pink"),
        describe(
            "cardigan",
            "a light pink cardigan with a v neck and buttons Question: What is the color of the pants? Answer: white",
            failure="leak",
        ),
        Q.material("cashmere", failure="unsupported"),
        details("cardigan", "", failure="non_answer"),
        title="ONLY Women Peach-Coloured Solid V-Neck Cardigan",
        category="Sweaters",
        color="Peach",
        gender=W,
    ),
    # photo: red and white Fair Isle pullover, snowflake bands across chest and sleeves, crew neck, with blue jeans;
    # white backdrop. Caption adapter caption; VQA adapter open answers (details loops); reference engine closed.
    case(
        "X641-013",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns and a long pants. The sweater is with knitting "
            "fabric and its neckline is round. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a red and white sweater with snowflakes and blue jeans"),
        Q.pattern("solid", failure="contradiction"),
        color_of("sweater", "red"),
        color_of("jeans", "red", failure="contradiction"),
        details(
            "sweater",
            "snowflake pattern, snowflake pattern, snowflake pattern, snowflake pattern, snowflake pattern, snowflake "
            "pattern, snow",
            failure="loop",
            hit_limit=True,
        ),
        title="Roadster Women Red & White Fair Isle Patterned Pullover",
        category="Sweaters",
        color="Red",
        gender=W,
    ),
    # photo: beige double-breasted belted trench coat, open, over a black-and-white Breton striped tee and black
    # jeans; tan handbag in hand; white backdrop. Caption adapter caption; VQA adapter open answers; reference engine
    # closed answers.
    case(
        "X641-014",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The lady wears a long-sleeve T-shirt with "
            "striped patterns. There is a bag in her hand."
        ),
        wearing("a beige trench coat, a striped shirt and black pants"),
        Q.color("black", failure="other_garment_color"),
        Q.pattern("striped", failure="contradiction"),
        describe("coat", "a khaki trench coat with a belt and buttons"),
        Q.material("leather", failure="unsupported"),
        title="Marks & Spencer Women Beige Solid Double-Breasted Trench Coat",
        category="Coats",
        color="Beige",
        gender=W,
    ),
    # photo: lavender oversized chunky turtleneck pullover with white wide-leg trousers; white backdrop. Caption
    # adapter caption; VQA adapter open answers (one leaks); reference engine closed answers.
    case(
        "X641-015",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long trousers. The sweater is with "
            "knitting fabric and its neckline is standing. The trousers are with pure color patterns."
        ),
        wearing("purple sweater and white pants"),
        Q.color("white", failure="other_garment_color"),
        color_of(
            "sweater",
            "lavender Question: What is the color of the pants? Answer: white Question: What is the",
            failure="leak",
            kind="open",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        is_a("cardigan", "no"),
        title="Tokyo Talkies Women Lavender Solid Turtle Neck Pullover",
        category="Sweaters",
        color="Lavender",
        gender=W,
    ),
    # photo: black faux-leather biker jacket, asymmetric zip, zip pockets, open over a grey graphic t-shirt and a black
    # mini skirt; white backdrop. Caption adapter caption; VQA adapter open answers (details loops); reference engine
    # closed answers.
    case(
        "X641-016",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a short skirt. The jacket is with "
            "leather fabric. The lady wears a short-sleeve T-shirt with graphic patterns."
        ),
        wearing("she is wearing a black leather jacket over a grey t-shirt and a black skirt"),
        Q.color("black"),
        color_of("t-shirt", "black", failure="contradiction"),
        details(
            "jacket",
            "the jacket has a zipper on the front and a zipper on the pockets and a zipper on the pockets and a "
            "zipper on the pockets and",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("leather"),
        title="Vero Moda Women Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender=W,
    ),
    # photo: teal knee-length shawl-collar cardigan with two patch pockets, open over a white t-shirt and grey
    # jeggings; white backdrop. Caption adapter caption (cut); VQA adapter open answers; reference engine closed.
    case(
        "X641-017",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns and a long leggings. The cardigan is with "
            "knitting fabric. The lady wears a short-sleeve T-shirt with pure color patterns. There is",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a green sweater"),
        Q.garment_type("cardigan"),
        Q.color("grey", failure="other_garment_color"),
        describe("cardigan", "long", failure="non_answer"),
        details("cardigan", "two pockets and a wide collar"),
        title="Kazo Women Teal Longline Shawl Collar Cardigan",
        color="Teal",
        gender=W,
    ),
    # photo: white cable-knit high-neck sweater with a brown suede mini skirt; light grey backdrop. Caption adapter
    # caption; VQA adapter open answers (describe leaks); reference engine closed answers.
    case(
        "X641-018",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a short skirt. The sweater is with "
            "knitting fabric and its neckline is standing. The skirt is with leather fabric and pure color patterns."
        ),
        wearing("a white sweater and a brown skirt in front of a grey wall"),
        Q.color("brown", failure="other_garment_color"),
        Q.pattern("solid"),
        describe(
            "sweater",
            "a white cable knit sweater with a high neck Question: Describe the skirt. Answer: a brown suede skirt",
            failure="leak",
            hit_limit=True,
        ),
        is_a("sweater", "yes"),
        Q.material("cotton", failure="unsupported"),
        title="Marks & Spencer Women White Cable Knit High Neck Sweater",
        category="Sweaters",
        color="White",
        gender=W,
    ),
    # photo: red double-breasted pea coat, gold buttons, notched collar, over a black turtleneck and black jeans;
    # white backdrop. Gender column missing in the feed. Caption adapter caption; VQA adapter open answers;
    # reference engine closed answers.
    case(
        "X641-019",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns and a long pants. It has a lapel neckline. "
            "The pants are with denim fabric and pure color patterns."
        ),
        wearing("a red coat"),
        details("coat", "gold buttons"),
        color_of("coat", "red", kind="open"),
        color_of("pants", "red", failure="contradiction"),
        Q.garment_type("jacket"),
        describe("coat", "describe the coat", failure="restated"),
        title="Tokyo Talkies Women Red Solid Double-Breasted Pea Coat",
        category="Coats",
        color="Red",
    ),
    # photo: brown-and-beige checked wool-blend longline coat, no belt, open over a cream sweater and brown trousers;
    # white backdrop. Caption adapter caption; VQA adapter open answers; reference engine closed answers.
    case(
        "X641-020",
        caption(
            "The lady wears a long-sleeve coat with lattice patterns and a long trousers. The coat is with wool "
            "fabric. The trousers are with pure color patterns."
        ),
        Q.pattern("checked"),
        Q.color("beige"),
        wearing("a plaid coat and brown pants"),
        describe("coat", "a brown and beige plaid coat with a belt", failure="unsupported"),
        Q.sleeve_length("three-quarter", failure="contradiction"),
        title="Mango Women Brown & Beige Checked Wool Blend Longline Coat",
        category="Coats",
        color="Brown",
        gender=W,
    ),
    # photo: silver metallic cropped puffer jacket with a hood, over a black bodysuit and black jeans; white backdrop.
    # Caption adapter caption; VQA adapter open answers (one loops, one says "he"); reference engine closed answers.
    case(
        "X641-021",
        caption(
            "The lady is wearing a long-sleeve jacket with pure color patterns and a long pants. Its neckline is "
            "hooded. The pants are with denim fabric."
        ),
        wearing("a silver jacket and black jeans"),
        Q.color("grey"),
        color_of("jacket", "metallic silver", kind="open"),
        details(
            "jacket",
            "the jacket is shiny and puffy and it has a hood, and it is very shiny and puffy and it has a hood, and "
            "it is very",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("leather", failure="unsupported"),
        describe("jacket", "he is wearing a silver puffer jacket with a hood", failure="pronoun"),
        title="ONLY Women Silver-Toned Solid Cropped Hooded Puffer Jacket",
        category="Jackets",
        color="Silver",
        gender=W,
    ),
    # photo: dusty pink open-knit cropped shrug with bell sleeves over a white slip dress; white backdrop. Caption
    # adapter caption (cut); VQA adapter open answers; reference engine closed answers.
    case(
        "X641-022",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long dress. The sweater is with "
            "knitting fabric. The dress is with pure color patterns. The lady wears a",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a pink shrug over a white dress"),
        Q.color("white", failure="other_garment_color"),
        Q.garment_type("shrug"),
        Q.sleeve_length("long"),
        details("shrug", "the details of the shrug are the shrug details and the shrug", failure="restated"),
        Q.material("open knit yarn"),
        title="Berrylush Women Pink Open Knit Cropped Shrug",
        category="Shrug",
        color="Pink",
        gender=W,
    ),
    # photo: navy-and-white Breton striped cardigan, crew neck, white buttons, over a white t-shirt and beige chinos;
    # white backdrop. Caption adapter caption; VQA adapter open answers; reference engine closed answers.
    case(
        "X641-023",
        caption(
            "The lady wears a long-sleeve cardigan with striped patterns and a long pants. The cardigan is with "
            "knitting fabric. The pants are with pure color patterns."
        ),
        wearing("a striped cardigan and beige pants"),
        Q.color("blue"),
        Q.pattern("striped"),
        color_of("pants", "blue", failure="contradiction"),
        describe("cardigan", "navy and white stripes with gold buttons", failure="unsupported"),
        is_a("cardigan", "yes"),
        title="Tommy Hilfiger Women Navy Blue & White Striped Cardigan",
        category="Sweaters",
        color="Navy Blue",
        gender=W,
    ),
    # photo: tan faux-shearling teddy coat, oversized, big buttons, patch pockets, over a black knee-length
    # turtleneck dress and black boots; no jewellery; white backdrop. Caption adapter caption; VQA adapter open
    # answers; reference engine closed answers.
    case(
        "X641-024",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with fur fabric. There is an "
            "accessory on her neck.",
            failure="unsupported",
        ),
        wearing("a brown teddy coat and a black dress"),
        color_of("coat", "black", failure="other_garment_color"),
        describe("coat", "a fuzzy tan coat with big buttons and pockets"),
        Q.garment_type("coat"),
        color_of("dress", "black", kind="open"),
        details("coat", "yes", failure="non_answer"),
        title="DressBerry Women Tan Solid Faux Shearling Teddy Coat",
        category="Coats",
        color="Tan",
        gender=W,
    ),
    # photo: cream fuzzy cropped cardigan with pearl buttons, long sleeves, buttoned and worn as a top with blue
    # jeans; white backdrop. Caption adapter caption (cut); VQA adapter open answers; reference engine closed.
    case(
        "X641-025",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns and a long pants. The cardigan is with "
            "knitting fabric and its neckline is V-shape. The pants are with denim fabric and pure color patterns. "
            "There is",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a white sweater and blue jeans"),
        Q.color("blue", failure="other_garment_color"),
        details("cardigan", "pearl buttons on the front"),
        Q.material("mohair", failure="unsupported"),
        Q.sleeve_length("short", failure="contradiction"),
        title="Trendyol Women Cream-Coloured Fuzzy Knit Crop Cardigan",
        category="Sweaters",
        color="Cream",
        gender=W,
    ),
    # photo: black single-breasted longline overcoat, open over a grey hoodie with its hood out over the collar, and
    # black jeans; white backdrop. Caption adapter caption; VQA adapter open answers; reference engine closed.
    case(
        "X641-026",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns and a long pants. The coat is with wool "
            "fabric.",
            failure="unsupported",
        ),
        wearing("a black coat over a grey hoodie and black jeans"),
        Q.color("grey", failure="other_garment_color"),
        details("coat", "the coat has a hood", failure="unsupported"),
        is_a("hoodie", "yes", failure="contradiction"),
        Q.garment_type("coat"),
        title="Roadster Women Black Solid Longline Overcoat",
        category="Coats",
        color="Black",
        gender=W,
    ),
    # photo: rust orange ribbed mock-neck pullover tucked into a black leather mini skirt, sleeves pushed up; white
    # backdrop. Caption adapter caption; VQA adapter open answers (one cut, one says "his"); reference engine closed.
    case(
        "X641-027",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a short skirt. The sweater is with "
            "knitting fabric and its neckline is standing. The skirt is with leather fabric and pure color patterns."
        ),
        wearing("an orange sweater and a black skirt"),
        Q.color("orange"),
        Q.pattern("striped", failure="contradiction"),
        describe(
            "sweater",
            "an orange ribbed sweater with a high neck and long sleeves, tucked into a black leather skirt, and the "
            "sleeves are pushed up to the",
            failure="cut",
            hit_limit=True,
        ),
        Q.material("ribbed knit"),
        details("sweater", "his sweater has ribbed cuffs and a high collar", failure="pronoun"),
        title="ONLY Women Rust Ribbed Mock Neck Pullover",
        category="Sweaters",
        color="Rust",
        gender=W,
    ),
    # photo: pastel blue cropped puffer jacket, stand collar, zip front, two side pockets, over a white hoodie (hood
    # out) and light jeans; white backdrop. Caption adapter caption; VQA adapter open answers (details leaks);
    # reference engine closed answers.
    case(
        "X641-028",
        caption(
            "The lady is wearing a long-sleeve jacket with pure color patterns and a long pants. The pants are with "
            "denim fabric and pure color patterns."
        ),
        wearing("a blue jacket and a white hoodie"),
        Q.color("white", failure="other_garment_color"),
        color_of("jacket", "light blue", kind="open"),
        details("jacket", "Question: What are the jacket details? Answer: zipper and pockets", failure="leak"),
        is_a("puffer jacket", "yes"),
        title="HRX by Hrithik Roshan Women Blue Solid Cropped Puffer Jacket",
        category="Jackets",
        color="Blue",
        gender=W,
    ),
    # photo: multicoloured striped crew-neck pullover (red, yellow, green, pink and white stripes) with blue jeans;
    # white backdrop. Caption adapter caption; VQA adapter open answers (details loops); reference engine closed.
    case(
        "X641-029",
        caption(
            "The lady wears a long-sleeve sweater with striped patterns and a long pants. The sweater is with "
            "knitting fabric and its neckline is round."
        ),
        wearing("a rainbow striped sweater and jeans"),
        Q.color("blue", failure="other_garment_color"),
        color_of("sweater", "red, yellow, green, pink and white stripes", kind="open"),
        Q.pattern("striped"),
        details(
            "sweater",
            "the sweater has stripes of different colors on the front and the sleeves, the front and the sleeves, the "
            "front and the sleeves, the front",
            failure="loop",
            hit_limit=True,
        ),
        title="Mast & Harbour Women Multicoloured Striped Pullover",
        category="Sweaters",
        color="Multi",
        gender=W,
    ),
    # photo: oatmeal beige knit poncho with a roll neck over black leggings and black ankle boots; white backdrop.
    # The seller filed it under Shrug. Caption adapter caption (cut); VQA adapter open answers; reference engine.
    case(
        "X641-030",
        caption(
            "The lady wears a knitted poncho with pure color patterns and a long leggings. The poncho is with "
            "knitting fabric and its neckline is standing. The leggings are with pure color patterns. The lady wears a "
            "pair of",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a beige poncho and black leggings"),
        Q.garment_type("poncho"),
        color_of("poncho", "black", failure="other_garment_color"),
        describe("poncho", "a poncho", failure="non_answer"),
        Q.material("wool", failure="unsupported"),
        title="Vero Moda Women Beige Solid Roll Neck Poncho",
        category="Shrug",
        color="Beige",
        gender=W,
    ),
    # photo: magenta pink longline coat, notched lapels, no collar trim, open over a white t-shirt and white jeans;
    # white backdrop. Caption adapter caption; VQA adapter open answers; reference engine closed answers.
    case(
        "X641-031",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns and a long pants. It has a lapel neckline. "
            "The pants are with pure color patterns."
        ),
        wearing("a pink coat and white jeans against a white background"),
        Q.color("pink"),
        color_of("coat", "purple", failure="contradiction", kind="open"),
        describe("coat", "a long pink coat with a fur collar", failure="unsupported"),
        Q.sleeve_length("long"),
        details("coat", "no", failure="non_answer"),
        title="Vero Moda Women Magenta Solid Longline Coat",
        category="Coats",
        color="Magenta",
        gender=W,
    ),
    # photo: dark green diamond-quilted jacket with a brown corduroy collar, snap front, over a cream cable sweater
    # and blue jeans; white backdrop. Gender column missing. Caption adapter caption; VQA adapter open answers (one
    # leaks); reference engine closed answers.
    case(
        "X641-032",
        caption(
            "The person wears a long-sleeve jacket with pure color patterns and a long pants. The pants are with "
            "denim fabric and pure color patterns."
        ),
        wearing("a green jacket over a white sweater"),
        Q.pattern("solid"),
        color_of("jacket", "cream", failure="other_garment_color"),
        details("jacket", "brown corduroy collar and quilted diamond stitching"),
        Q.material("corduroy", failure="unsupported"),
        color_of(
            "jeans",
            "blue Question: What is the color of the sweater? Answer: white",
            failure="leak",
            kind="open",
            hit_limit=True,
        ),
        title="Marks & Spencer Women Green Diamond Quilted Jacket",
        category="Jackets",
        color="Green",
    ),
    # photo: grey melange hooded zip-up longline knit cardigan with two pockets, over a black t-shirt, black
    # leggings, black boots; white backdrop. Caption adapter caption (loops); VQA adapter open answers; reference.
    case(
        "X641-033",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns and a long leggings. The leggings are "
            "with pure color patterns. The leggings are with pure color patterns. The leggings are with pure color "
            "patterns. The leggings",
            failure="loop",
            hit_limit=True,
        ),
        wearing("grey cardigan"),
        Q.color("grey"),
        Q.garment_type("cardigan"),
        details("cardigan", "hood, zipper, two pockets"),
        describe(
            "cardigan",
            "she is wearing a grey cardigan with a hood and a zipper and she is wearing a black shirt and black pants "
            "and she is wearing black",
            failure="cut",
            hit_limit=True,
        ),
        Q.material("the garment is made of material", failure="restated"),
        title="Fort Collins Women Grey Melange Hooded Longline Cardigan",
        category="Sweaters",
        color="Grey Melange",
        gender=W,
    ),
    # photo: white hooded puffer jacket, hood trimmed with faux fur, over a beige turtleneck and beige trousers
    # (monochrome outfit); white backdrop. Caption adapter caption; VQA adapter open answers (details leaks).
    case(
        "X641-034",
        caption(
            "The lady is wearing a long-sleeve jacket with pure color patterns and a long pants. Its neckline is "
            "hooded. The pants are with cotton fabric.",
            failure="unsupported",
        ),
        wearing("a white puffer jacket with fur hood and beige pants"),
        Q.color("beige", failure="other_garment_color"),
        color_of("jacket", "white", kind="open"),
        details(
            "jacket",
            "fur hood and zipper Question: What is the color of the pants? Answer: beige Question: What is the color",
            failure="leak",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        title="Woodland Women White Solid Hooded Puffer Jacket",
        category="Jackets",
        color="White",
        gender=W,
    ),
    # photo: navy fine-knit V-neck cardigan, buttoned, over a blue-and-white floral midi dress; white backdrop.
    # Caption adapter caption; VQA adapter open answers (describe loops); reference engine closed answers.
    case(
        "X641-035",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns and a long dress. The dress is with "
            "floral patterns. The cardigan is with knitting fabric and its neckline is V-shape."
        ),
        wearing("a blue cardigan and a floral dress"),
        Q.pattern("floral", failure="contradiction"),
        Q.color("blue"),
        describe(
            "cardigan",
            "the cardigan is blue and the dress is blue and the flowers are white and the cardigan is blue and the "
            "dress is blue and the",
            failure="loop",
            hit_limit=True,
        ),
        is_a("dress", "yes", failure="contradiction"),
        title="Marks & Spencer Women Navy Blue Solid V-Neck Cardigan",
        category="Sweaters",
        color="Navy Blue",
        gender=W,
    ),
    # photo: grey-and-black Aztec print open-front waterfall shrug over a black t-shirt and blue jeans; white
    # backdrop. Caption adapter caption; VQA adapter open answers (one says "the man"); reference engine closed.
    case(
        "X641-036",
        caption(
            "The lady wears a long-sleeve cardigan with graphic patterns and a long pants. The pants are with denim "
            "fabric and pure color patterns."
        ),
        wearing("grey printed shrug and jeans"),
        Q.pattern("printed"),
        Q.color("grey"),
        details("shrug", "aztec print and an open front"),
        Q.material("chiffon", failure="unsupported"),
        describe("shrug", "the man is wearing a grey and black printed shrug", failure="pronoun"),
        title="Rena Love Women Grey Printed Open Front Waterfall Shrug",
        category="Shrug",
        color="Grey",
        gender=W,
    ),
    # photo: coffee brown longline quilted puffer coat, self belt at the waist, high collar, over black jeans and
    # brown boots; white backdrop. Caption adapter caption; VQA adapter open answers (describe loops); reference.
    case(
        "X641-037",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. Its neckline is standing. There is a belt."
        ),
        wearing("a brown coat with a belt"),
        Q.color("brown"),
        describe(
            "coat",
            "brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown "
            "brown brown brown brown brown brown brown brown brown brown brown brown brown",
            failure="loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        is_a("puffer jacket", "no", failure="contradiction"),
        Q.material("down feathers", failure="unsupported"),
        title="SASSAFRAS Women Coffee Brown Solid Belted Longline Puffer Jacket",
        category="Jackets",
        color="Coffee Brown",
        gender=W,
    ),
    # photo: pink-and-grey colour-block crew-neck pullover (pink top half, grey lower half) with white jeans; white
    # backdrop. Caption adapter caption; VQA adapter open answers; reference engine closed answers.
    case(
        "X641-038",
        caption(
            "The lady wears a long-sleeve sweater with color block patterns and a long pants. The sweater is with "
            "knitting fabric and its neckline is round."
        ),
        wearing("pink and grey sweater and white pants"),
        Q.pattern("color block"),
        Q.color("white", failure="other_garment_color"),
        color_of("sweater", "pink and grey", kind="open"),
        details("sweater", "What are the sweater details? The sweater details are", failure="restated"),
        Q.sleeve_length("long"),
        title="Vero Moda Women Pink & Grey Colourblocked Pullover",
        category="Sweaters",
        color="Pink",
        gender=W,
    ),
    # photo: olive padded bomber jacket, ribbed collar, cuffs and hem, zip front, no patches, open over a white
    # graphic t-shirt (black lettering) and black jeans; white backdrop. Caption adapter caption; VQA adapter open
    # answers; reference engine closed answers.
    case(
        "X641-039",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long pants. The lady wears a "
            "short-sleeve T-shirt with graphic patterns. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a green jacket, a white t-shirt and black jeans"),
        Q.color("green"),
        Q.pattern("graphic", failure="contradiction"),
        details("jacket", "ribbed collar, cuffs and hem, and a zipper"),
        describe("jacket", "a green bomber jacket with patches on the sleeves and the chest", failure="unsupported"),
        title="Roadster Women Olive Green Padded Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender=W,
    ),
    # photo: red tartan blanket poncho (red, black and green check) with a fringed hem, no hood, over a black
    # turtleneck and black jeans; white backdrop. Caption adapter caption (calls it a shirt); VQA adapter open
    # answers; reference engine closed answers.
    case(
        "X641-040",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns and a long pants. The pants are with denim "
            "fabric and pure color patterns.",
            failure="contradiction",
        ),
        wearing("a plaid poncho and black jeans"),
        Q.pattern("checked"),
        Q.color("red"),
        color_of("poncho", "red, black and green", kind="open"),
        describe("poncho", "a red plaid poncho with fringe on the bottom and a hood", failure="unsupported"),
        details(
            "poncho",
            "fringe fringe fringe fringe fringe fringe fringe fringe fringe fringe fringe fringe fringe fringe fringe "
            "fringe fringe fringe fringe fringe fringe fringe fringe fringe fringe fringe fringe fringe fringe fringe",
            failure="loop",
            hit_limit=True,
        ),
        title="Ayaany Women Red & Black Checked Fringed Poncho",
        category="Ponchos",
        color="Red",
        gender=W,
    ),
    # photo: black ribbed cropped bolero shrug, long sleeves, over a white sleeveless bodycon dress; white backdrop.
    # Caption adapter caption ("the man"); VQA adapter open answers; reference engine closed answers.
    case(
        "X641-041",
        caption(
            "The man wears a long-sleeve cardigan with pure color patterns and a dress. His dress is with pure color "
            "patterns.",
            failure="pronoun",
        ),
        wearing("a black shrug and a white dress"),
        Q.color("white", failure="other_garment_color"),
        Q.garment_type("dress", failure="contradiction"),
        color_of("shrug", "black", kind="open"),
        details("shrug", "shrug", failure="non_answer"),
        Q.sleeve_length("long"),
        title="MANGO Women Black Ribbed Cropped Shrug",
        category="Shrug",
        color="Black",
        gender=W,
    ),
    # photo: mid-blue denim trucker jacket with a white sherpa collar and lining, button chest pockets, open over a
    # black sweater and black jeans; white backdrop. Caption adapter caption; VQA adapter open answers; reference.
    case(
        "X641-042",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with denim "
            "fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a denim jacket with a fur collar and black jeans"),
        Q.material("denim"),
        Q.color("white", failure="contradiction"),
        details(
            "jacket",
            "the jacket has a fur collar and button pockets on the chest Question: What is the color of the jacket? "
            "Answer:",
            failure="leak",
            hit_limit=True,
        ),
        color_of("jeans", "blue", failure="contradiction"),
        title="Levis Women Blue Sherpa Collar Trucker Jacket",
        category="Jackets",
        color="Blue",
        gender=W,
    ),
    # photo: cream-and-brown argyle V-neck sweater vest over a white long-sleeve shirt (collar out) and brown
    # trousers; white backdrop. Caption adapter caption (cut); VQA adapter open answers; reference engine closed.
    case(
        "X641-043",
        caption(
            "The lady wears a sleeveless sweater with lattice patterns and a long trousers. The lady wears a "
            "long-sleeve shirt with pure color patterns and its neckline is lapel. The trousers are with",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a sweater vest over a white shirt and brown pants"),
        Q.sleeve_length("long", failure="contradiction"),
        is_a("sweater vest", "yes"),
        color_of("sweater vest", "cream and brown argyle", kind="open"),
        describe("sweater vest", "a cream sweater vest with brown diamonds and a v neck, worn over a white shirt"),
        Q.material("cotton", failure="unsupported"),
        title="Mast & Harbour Women Cream-Coloured & Brown Argyle Sweater Vest",
        category="Sweaters",
        color="Cream",
        gender=W,
    ),
    # photo: bright yellow hooded padded jacket with a small white Puma logo on the chest, over a black top and black
    # leggings; white backdrop. Caption adapter caption; VQA adapter open answers; reference engine closed answers.
    case(
        "X641-044",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long leggings. Its neckline is "
            "hooded. The leggings are with pure color patterns."
        ),
        wearing("a yellow jacket and black leggings"),
        Q.color("yellow"),
        color_of("jacket", "black", failure="other_garment_color", kind="open"),
        details("jacket", "the details of the jacket are on the jacket", failure="restated"),
        describe("jacket", "he wears a yellow puffer jacket with a hood and a logo", failure="pronoun"),
        is_a("jacket", "yes"),
        title="Puma Women Yellow Padded Hooded Jacket",
        category="Jackets",
        color="Yellow",
        gender=W,
    ),
    # photo: burgundy chunky shawl-collar cardigan with wooden toggle buttons, open over a black t-shirt and blue
    # ripped jeans; white backdrop. Caption adapter caption (ran to the limit on a full stop); VQA adapter open
    # answers; reference engine closed answers.
    case(
        "X641-045",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns and a long pants. The cardigan is with "
            "knitting fabric. The pants are with denim fabric and pure color patterns. The lady wears a short-sleeve "
            "T-shirt with pure color patterns.",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a maroon cardigan and ripped jeans"),
        Q.color("red"),
        color_of("cardigan", "black", failure="other_garment_color", kind="open"),
        details("cardigan", "wooden toggle buttons and a shawl collar"),
        Q.material("wool and acrylic", failure="unsupported"),
        title="Roadster Women Burgundy Shawl Collar Cardigan",
        category="Sweaters",
        color="Burgundy",
        gender=W,
    ),
    # photo: black-and-white houndstooth cropped coat, black buttons, over a black turtleneck and a black mini skirt;
    # white backdrop. Caption adapter caption; VQA adapter open answers (describe leaks); reference engine closed.
    case(
        "X641-046",
        caption(
            "The lady wears a long-sleeve coat with lattice patterns and a short skirt. The skirt is with pure color "
            "patterns."
        ),
        wearing("a black and white checked jacket and a black skirt"),
        Q.pattern("checked"),
        Q.color("black"),
        describe("coat", "a houndstooth jacket with black buttons Answer: black and white", failure="leak"),
        Q.sleeve_length("long"),
        details("coat", "coat", failure="non_answer"),
        title="Athena Women Black & White Houndstooth Cropped Coat",
        category="Coats",
        color="Black",
        gender=W,
    ),
]
