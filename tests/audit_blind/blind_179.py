"""BLIND_179 (44 products; men's formal and winter wear, a European department store): written blind in the thirty-sixth
session. Measured blind at d14349e: 124/140 failures found (88.6%) and 4/145 correct texts flagged (2.8%). The
writer's notes, verbatim:

Blind set 179: men's formal and winter wear from a European department-store catalog (English).

Scenario: suits (jacket and trousers sold together), blazers, dress shirts, chinos, wool trousers, overcoats, trench
coats, puffer jackets, knit sweaters, cardigans, turtlenecks and flannel shirts, mostly on models in layers (a coat
over a blazer over a shirt, a sweater over a collared shirt), ties and bow ties only worn, never sold; a few packshots
on hangers with no person. Catalog columns: gender ("Men"), category ("Suits", "Blazers", "Shirts", "Trousers",
"Coats", "Jackets", "Knitwear"), the store's color name ("Charcoal", "Camel", "Navy", "Burgundy", "Forest Green",
"Ecru", "Stone", ...) and a title. Some products lack a column (gender, category, color or title).

Which system wrote which text:
- Base model (untuned blip2-opt-2.7b): short lowercase captions and open answers that end by themselves; its errors
  are one color for every garment, wrong pronouns ("she", "a woman"), invented details (hoods, elbow patches that
  the front view cannot show, a person on a hanger packshot), restating the question, empty or empty-ish answers.
- Caption adapters (epoch 1 and epoch 3): the DeepFashion-MultiModal template ("The gentleman wears a long-sleeve
  shirt with pure color patterns. The shirt is with cotton fabric...") for the caption and for any open prompt, no
  end token, so every such text reached the limit (hit_limit=True): cut mid-sentence, or looping a sentence.
- VQA adapter: a one-word In-shop answer that runs on until the limit, either repeating the word or continuing the
  `Question: ... Answer:` format (hit_limit=True). Where it answered a closed question its raw text was kept.
- Reference engine: closed answers (garment type, color, pattern, sleeve length, color_of, is_a) ranked from
  candidates; never loops, sometimes picks another garment's color, a worn accessory or the wrong garment.
Limits: 30 new tokens for answers, 50 for captions.

Label conventions and judgement calls:
- One label per text: the failure an auditor would most plainly see against the photo described in the comment.
  An adapter text that loops is "loop" even though it was also stopped by the limit; a template that is cut
  mid-sentence without repeating is "cut" even when its content is also off (the "gentleman wears a shirt" template
  for a coat is still plainly "cut").
- A VQA run-on that continues with "Question: ... Answer:" is "leak"; one that repeats its word is "loop".
- "other_garment_color": the product's color question answered with the color of another worn garment or accessory
  (the shirt under the coat, the tie, the sweater over the shirt). A color that belongs to nothing visible, a wrong
  garment type (including a worn tie or waistcoat given as the product), a wrong pattern or sleeve length, and a
  yes/no garment answer that the photo denies are "contradiction".
- "unsupported": a detail, a material or a person the photo does not show (fur hood, elbow patches on a front
  view, a man on a hanger packshot, leather for waxed cotton).
- "non_answer": nothing, "no", or only the garment named back to a details question ("they are pants", "the pants",
  "it is a coat"), or an empty text.
  "restated": the question echoed as the answer ("the details of the garment are the details of the garment").
- "pronoun": she/her/woman/lady for a man (gender "Men").
- Store color names mapped to plain colors are correct: Camel -> brown/beige/tan, Stone -> beige/khaki,
  Ecru -> white, Charcoal -> grey, Burgundy -> red, Forest Green -> green, Navy -> blue/navy.
- A partial but true answer ("a coat" for a coat over a sweater) is correct; so is "jacket" for a suit jacket
  or a puffer, and "a suit" for a navy blazer worn with matching navy trousers.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a

BLIND_179 = [
    # Man in a single-breasted knee-length camel overcoat, long sleeves, worn open over a charcoal suit jacket, white
    # shirt and navy tie; charcoal trousers; plain grey studio backdrop.
    case(
        "CO-0101",
        caption("a man in a camel coat and a grey suit standing in front of a grey wall"),
        D.wearing("a camel coat, a suit and a tie"),
        D.garment_type("coat"),
        D.color("white", "other_garment_color"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        D.details("it is a coat", "non_answer"),
        D.material("wool"),
        gender="Men",
        category="Coats",
        color="Camel",
        title="Slim Fit Wool-Blend Overcoat in Camel",
    ),
    # Navy double-breasted overcoat, six dark horn buttons, peak lapels, long sleeves, over a grey roll-neck
    # sweater; charcoal trousers; white backdrop.
    case(
        "CO-0102",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with wool fabric "
            "and its neckline is turtleneck. The pants this gentleman wears is of long length. The pants are with "
            "cotton fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a navy coat and a grey sweater"),
        D.garment_type("coat"),
        D.color(
            "navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue "
            "navy blue navy",
            "loop",
            hit_limit=True,
        ),
        D.description("a navy double breasted coat with buttons"),
        D.details("the details of the coat are the details", "restated"),
        gender="Men",
        category="Coats",
        color="Navy",
        title="Double-Breasted Wool Overcoat in Navy",
    ),
    # Stone (beige) double-breasted trench coat, belt tied at the waist, epaulettes, storm flap, strapped cuffs, long
    # sleeves, over a navy blazer and light blue shirt; on a city street, grey stone building behind.
    case(
        "CO-0103",
        caption("a man in a trench coat walking down the street"),
        D.wearing("he is wearing a beige trench coat"),
        D.garment_type("coat"),
        D.color("beige"),
        D.details(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. The "
            "coat is with cotton fabric. The coat is",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Coats",
        color="Stone",
        title="Cotton Gabardine Trench Coat in Stone",
    ),
    # Navy two-button blazer, notch lapels, flap pockets, white pocket square, over a white dress shirt and a
    # burgundy tie; grey chinos; light grey backdrop.
    case(
        "BL-0201",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is "
            "with cotton fabric and its neckline is lapel. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue blazer, white shirt and a red tie"),
        D.garment_type("tie", "contradiction"),
        D.color("navy"),
        D.description("the blazer is navy blue with two buttons"),
        D.details(
            "blazer Question: What is the color of the blazer? Answer: navy Question: What is the color of the "
            "pants? Answer: grey Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Blazers",
        color="Navy",
        title="Slim Fit Wool Blazer in Navy",
    ),
    # Forest green herringbone tweed blazer seen from the front (no back or elbow view), over an ecru turtleneck;
    # brown corduroy trousers; wood-panelled backdrop.
    case(
        "BL-0202",
        caption("a man wearing a green jacket and a white turtleneck"),
        D.wearing("she is wearing a green jacket", "pronoun"),
        D.color("white", "other_garment_color"),
        color_of("jacket", "green"),
        D.description("a green tweed blazer with elbow patches", "unsupported"),
        D.details(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        D.material("tweed"),
        gender="Men",
        category="Blazers",
        color="Forest Green",
        title="Regular Fit Tweed Blazer in Forest Green",
    ),
    # White poplin dress shirt, long sleeves, point collar, navy tie, under an open charcoal suit jacket with matching
    # trousers; grey backdrop. The product is the shirt.
    case(
        "SH-0301",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The pants this gentleman wears is of long length. The pants are with cotton "
            "fabric and pure color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a suit and tie"),
        D.garment_type("jacket", "contradiction"),
        D.color("grey", "other_garment_color"),
        color_of("shirt", "white"),
        D.description(
            "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt "
            "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt",
            "loop",
            hit_limit=True,
        ),
        D.details("the shirt has a collar and buttons"),
        gender="Men",
        category="Shirts",
        color="White",
        title="Non-Iron Slim Fit Dress Shirt in White",
    ),
    # Light blue oxford button-down shirt, long sleeves, worn under a navy crew-neck sweater (collar and cuffs show);
    # stone chinos; white backdrop. The product is the shirt.
    case(
        "SH-0302",
        caption("a man in a blue sweater and khaki pants"),
        D.wearing("a blue sweater"),
        D.garment_type("sweater", "contradiction"),
        D.color("blue"),
        D.description("a light blue button down shirt"),
        D.details(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The sweater is with cotton fabric. The",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Sky Blue",
        title="Slim Fit Oxford Shirt in Sky Blue",
    ),
    # Charcoal flat-front wool trousers, full length, white shirt tucked in, black belt and shoes; grey backdrop.
    case(
        "TR-0401",
        caption("a man in a white shirt and grey pants"),
        D.wearing("a white shirt and grey pants"),
        D.garment_type("pants"),
        color_of("pants", "grey"),
        D.details("they are long", "non_answer"),
        D.material(
            "pants Question: What material is the garment made of? Answer: cotton Question: What is the color of "
            "the pants? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Trousers",
        color="Charcoal",
        title="Slim Fit Wool Trousers in Charcoal",
    ),
    # Stone slim chinos with turned-up hems, worn with a navy cable-knit sweater over a white shirt collar and brown
    # loafers; white backdrop.
    case(
        "TR-0402",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric and its neckline is round. The pants this gentleman wears is of long length. The pants are with "
            "cotton fabric and pure color patterns. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a blue sweater and khaki pants", "pronoun"),
        D.garment_type("pants"),
        D.color("navy", "other_garment_color"),
        color_of("pants", "beige"),
        D.details("the details of the garment are the details of the garment", "restated"),
        gender="Men",
        category="Trousers",
        color="Stone",
        title="Stretch Cotton Chinos in Stone",
    ),
    # Burgundy fine-knit crew-neck sweater, long sleeves, ribbed cuffs and hem, plain (no pattern), a white shirt
    # collar peeking out; charcoal wool trousers; grey backdrop.
    case(
        "KN-0501",
        caption("a man wearing a red sweater and grey pants"),
        D.wearing(
            "sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater "
            "sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater "
            "sweater sweater sweater sweater",
            "loop",
            hit_limit=True,
        ),
        D.color("red"),
        D.pattern("striped", "contradiction"),
        D.description("a plain burgundy sweater with a round neck"),
        D.details(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric and its neckline is round. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        D.material("the material of the garment is the material", "restated"),
        gender="Men",
        category="Knitwear",
        color="Burgundy",
        title="Merino Wool Crew-Neck Sweater in Burgundy",
    ),
    # Ecru chunky cable-knit cardigan with a shawl collar and wooden buttons, long sleeves, worn open over a
    # mid-blue denim-look shirt; dark grey trousers; white backdrop.
    case(
        "KN-0502",
        caption(
            "The gentleman wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting "
            "fabric. The cardigan is with knitting fabric. The cardigan is with knitting fabric. The cardigan is "
            "with knitting fabric. The cardigan is with knitting fabric. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white cardigan and a blue shirt"),
        D.garment_type("cardigan"),
        color_of("cardigan", "white"),
        D.description("a white cardigan with a hood", "unsupported"),
        D.details("it has buttons"),
        gender="Men",
        category="Knitwear",
        color="Ecru",
        title="Cable-Knit Wool Cardigan in Ecru",
    ),
    # Charcoal ribbed turtleneck, long sleeves, under an open camel overcoat; black trousers; beige backdrop. The
    # product is the turtleneck.
    case(
        "KN-0503",
        caption("a man in a grey turtleneck and a brown coat"),
        D.wearing("a brown coat and a grey sweater"),
        D.garment_type("coat", "contradiction"),
        D.color("brown", "other_garment_color"),
        D.description(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric and its neckline is high. The outer clothing is a coat with",
            "cut",
            hit_limit=True,
        ),
        D.details("it is a sweater", "non_answer"),
        gender="Men",
        category="Knitwear",
        color="Charcoal",
        title="Ribbed Merino Turtleneck in Charcoal",
    ),
    # Black hip-length quilted down puffer, stand collar, no hood, zip front, two zip pockets, over a grey knit
    # sweater; navy chinos; white backdrop.
    case(
        "PU-0601",
        caption("a man in a black puffer jacket"),
        D.wearing("a black jacket and blue pants"),
        D.garment_type("jacket"),
        D.color(
            "black Question: What is the color of the pants? Answer: black Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        D.description("a black puffer jacket with a fur hood", "unsupported"),
        D.details(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a stand collar. The pants this",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Black",
        title="Quilted Down Puffer Jacket in Black",
    ),
    # Forest green long hooded puffer, zip front, long sleeves, over a black turtleneck; black trousers; grey
    # backdrop. No title in the catalog.
    case(
        "PU-0602",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric "
            "and its neckline is hooded. The jacket is with cotton fabric and its neckline is hooded. The jacket is "
            "with cotton fabric and its neckline is hooded. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green jacket"),
        D.garment_type("jacket"),
        color_of("jacket", "green"),
        D.details("the jacket has a hood and a zipper"),
        gender="Men",
        category="Jackets",
        color="Forest Green",
    ),
    # Charcoal two-button wool suit (jacket and trousers), white shirt, navy tie, black shoes; grey backdrop; the
    # lining is not visible.
    case(
        "SU-0701",
        caption("a man in a suit and tie"),
        D.wearing("a woman in a suit", "pronoun"),
        D.garment_type("suit"),
        D.color("white", "other_garment_color"),
        D.pattern(
            "solid Question: What is the sleeve length of the garment? Answer: long Question: What is the",
            "leak",
            hit_limit=True,
        ),
        D.description(
            "This gentleman is wearing a long-sleeve suit with solid color patterns. The suit is with wool fabric "
            "and it has a lapel collar. The trousers",
            "cut",
            hit_limit=True,
        ),
        D.details("the suit has gold buttons and a red lining", "unsupported"),
        D.material("wool"),
        gender="Men",
        category="Suits",
        color="Charcoal",
        title="Two-Piece Wool Suit in Charcoal",
    ),
    # Navy pinstripe double-breasted suit (jacket and trousers), light blue shirt, burgundy tie; white backdrop.
    case(
        "SU-0702",
        caption(
            "The gentleman wears a long-sleeve suit with stripe patterns. The suit is with wool fabric. The suit is "
            "with wool fabric. The suit is with wool fabric. The suit is with wool fabric. The suit is with wool "
            "fabric. The suit",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue suit and a red tie"),
        D.color("navy"),
        D.pattern("solid", "contradiction"),
        D.description("a navy pinstripe suit"),
        D.material("the garment is made of material", "restated"),
        gender="Men",
        category="Suits",
        color="Navy",
        title="Slim Fit Pinstripe Suit in Navy",
    ),
    # Light grey Prince of Wales check three-piece suit (jacket worn open, waistcoat, trousers), white shirt, forest
    # green tie; grey backdrop.
    case(
        "SU-0703",
        caption("a man in a grey plaid suit"),
        D.wearing("a suit, a vest and a tie"),
        D.garment_type("vest", "contradiction"),
        D.color("green", "other_garment_color"),
        D.pattern("plaid"),
        D.description(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. The "
            "gentleman wears a long-sleeve shirt with lattice patterns. The shirt",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Suits",
        color="Grey Check",
        title="Three-Piece Prince of Wales Check Suit in Grey",
    ),
    # Stone unlined cotton blazer, two buttons, patch pockets, over a light blue shirt; navy trousers; beige
    # backdrop. No color column.
    case(
        "BL-0203",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman also wears a long-sleeve outer clothing with pure color patterns. "
            "The outer clothing is with cotton fabric. The pants",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a beige blazer and a blue shirt"),
        D.garment_type("blazer"),
        D.color("blue", "other_garment_color"),
        is_a("blazer", "no", "contradiction"),
        D.description(
            "jacket Question: Describe the jacket. Answer: jacket Question: Describe the jacket. Answer: jacket "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        D.details("the blazer has patch pockets"),
        gender="Men",
        category="Blazers",
        title="Unstructured Cotton Blazer in Stone",
    ),
    # Forest green and navy tartan flannel shirt, long sleeves, two buttoned chest pockets, no zipper, tucked into
    # stone chinos; wood backdrop.
    case(
        "SH-0303",
        caption("a man in a green plaid shirt and khaki pants"),
        D.wearing("he is wearing a green and blue plaid shirt"),
        D.color("green"),
        D.pattern("solid", "contradiction"),
        D.description(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The pants this gentleman wears is of long",
            "cut",
            hit_limit=True,
        ),
        D.details("the shirt has a pocket on the chest and a zipper", "unsupported"),
        D.material(
            "cotton Question: What is the pattern of the garment? Answer: plaid Question: What is the color",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Forest Green",
        title="Brushed Cotton Flannel Shirt in Forest Green Check",
    ),
    # Charcoal thigh-length car coat, concealed placket, long sleeves, over a burgundy V-neck sweater and white
    # shirt; grey trousers; white backdrop. No gender column.
    case(
        "CO-0104",
        caption("a man wearing a grey coat and a red sweater"),
        D.wearing("the person is wearing a grey coat"),
        D.garment_type("sweater", "contradiction"),
        D.color("grey"),
        color_of("coat", "red", "other_garment_color"),
        D.description("", "non_answer"),
        D.details(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with wool fabric "
            "and its neckline is V-shape. The gentleman",
            "cut",
            hit_limit=True,
        ),
        category="Coats",
        color="Charcoal",
        title="Wool-Cashmere Car Coat in Charcoal",
    ),
    # Camel belted wrap coat, shawl lapels, long sleeves, over a black turtleneck; black trousers; grey backdrop.
    case(
        "CO-0105",
        caption(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with wool fabric and its "
            "neckline is lapel. There is a belt. There is a belt. There is a belt. There is a belt. There is a belt. "
            "There is a belt. There",
            "loop",
            hit_limit=True,
        ),
        D.wearing("she is wearing a brown coat", "pronoun"),
        D.garment_type("coat"),
        D.color("white", "contradiction"),
        D.details("the coat has a belt"),
        D.material("what material is the garment made of? wool", "restated"),
        gender="Men",
        category="Coats",
        color="Camel",
        title="Belted Wool Wrap Coat in Camel",
    ),
    # Navy quarter-zip merino sweater, long sleeves, a white shirt collar showing; grey wool trousers; white
    # backdrop.
    case(
        "KN-0504",
        caption("a man in a blue sweater"),
        D.wearing(
            "sweater Question: What is the person wearing? Answer: sweater Question: What is the person wearing? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("sweater"),
        D.color("navy"),
        D.description(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric and its neckline is stand. The pants this",
            "cut",
            hit_limit=True,
        ),
        D.details("the sweater has a zipper at the neck"),
        gender="Men",
        category="Knitwear",
        color="Navy",
        title="Quarter-Zip Merino Sweater in Navy",
    ),
    # Packshot: mid-grey flannel pleated trousers on a clip hanger, plain (no stripes), white backdrop, no person.
    case(
        "TR-0403",
        caption("a pair of grey pants hanging on a hanger"),
        D.garment_type("pants"),
        D.color("grey"),
        D.pattern("striped", "contradiction"),
        D.description(
            "The pants this gentleman wears is of long length. The pants are with wool fabric and pure color "
            "patterns. The pants this gentleman wears is of long length. The pants are",
            "loop",
            hit_limit=True,
        ),
        D.details("the pants have pleats and belt loops"),
        D.material(
            "wool Question: What is the color of the pants? Answer: grey Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Trousers",
        color="Mid Grey",
        title="Wool Flannel Pleated Trousers in Mid Grey",
    ),
    # Pale pink poplin shirt, long sleeves, spread collar, no tie, under a navy blazer with matching navy trousers;
    # grey backdrop; plain shirt without logo. No title. The product is the shirt.
    case(
        "SH-0304",
        caption("a man in a navy blazer and pink shirt"),
        D.wearing("a blue suit"),
        D.garment_type("blazer", "contradiction"),
        color_of("shirt", "pink"),
        D.description(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "it has a lapel collar. The outer clothing",
            "cut",
            hit_limit=True,
        ),
        D.details("a pink shirt with a pocket and the logo", "unsupported"),
        gender="Men",
        category="Shirts",
        color="Pale Pink",
    ),
    # Packshot: charcoal single-breasted knee-length overcoat on a wooden hanger, notch lapels, three buttons, flap
    # pockets; white backdrop, no person.
    case(
        "CO-0106",
        caption("a grey coat hanging on a wooden hanger"),
        D.wearing("a man wearing a black coat", "unsupported"),
        D.color("grey"),
        D.description(
            "coat coat coat coat coat coat coat coat coat coat coat coat coat coat coat coat coat coat coat coat "
            "coat coat coat coat coat coat coat coat coat coat",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with wool fabric and its "
            "neckline is lapel. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.material("the garment is made of the material of the garment", "restated"),
        gender="Men",
        category="Coats",
        color="Charcoal",
        title="Single-Breasted Wool Overcoat in Charcoal",
    ),
    # Dark forest green waxed-cotton field jacket, brown corduroy collar, four flap pockets, long sleeves, over an
    # ecru cable sweater; stone chinos; grey backdrop.
    case(
        "JK-0801",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. The outer clothing is with cotton fabric. The outer clothing is with cotton fabric. The "
            "outer clothing is with cotton fabric. The outer",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green jacket and a white sweater"),
        D.garment_type("jacket"),
        D.color("green"),
        color_of("jacket", "white", "other_garment_color"),
        D.details("the jacket has a brown collar and pockets"),
        D.material("leather", "unsupported"),
        gender="Men",
        category="Jackets",
        color="Forest Green",
        title="Waxed Cotton Field Jacket in Forest Green",
    ),
    # Charcoal chunky shawl-collar cardigan, buttoned, seen from the front, over a white shirt and burgundy tie; grey
    # flannel trousers; beige backdrop.
    case(
        "KN-0505",
        caption("a man in a grey cardigan and a red tie"),
        D.wearing("a gray sweater, white shirt and a tie"),
        D.garment_type(
            "cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan cardigan "
            "cardigan cardigan cardigan cardigan",
            "loop",
            hit_limit=True,
        ),
        D.color("grey"),
        color_of("cardigan", "red", "other_garment_color"),
        is_a("cardigan", "yes"),
        D.details(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric and its neckline is lapel. It has",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Knitwear",
        color="Charcoal",
        title="Shawl-Collar Wool Cardigan in Charcoal",
    ),
    # Ecru (off-white) twill dress shirt, long sleeves, forest green knit tie, tucked into charcoal trousers; grey
    # backdrop. The product is the shirt.
    case(
        "SH-0305",
        caption("a man in a white shirt and a green tie"),
        D.wearing("a white shirt and grey pants"),
        D.garment_type("tie", "contradiction"),
        D.color("green", "other_garment_color"),
        color_of("shirt", "white"),
        D.description(
            "shirt Question: Describe the shirt. Answer: shirt Question: Describe the shirt. Answer: shirt Question:",
            "leak",
            hit_limit=True,
        ),
        D.details("the details of the garment", "restated"),
        gender="Men",
        category="Shirts",
        color="Ecru",
        title="Twill Dress Shirt in Ecru",
    ),
    # Navy slim chinos, worn with a camel crew-neck sweater over a white shirt collar and brown brogues; white
    # backdrop.
    case(
        "TR-0404",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric and its neckline is round. The pants this gentleman wears is of long length. The pants are with "
            "cotton fabric and solid color patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a tan sweater and blue pants"),
        D.garment_type("sweater", "contradiction"),
        D.color("navy"),
        D.details("they are pants", "non_answer"),
        gender="Men",
        category="Trousers",
        color="Navy",
        title="Slim Fit Chinos in Navy",
    ),
    # Navy double-breasted trench coat, belted, epaulettes and storm flap, long sleeves, over a grey suit and white
    # shirt; rainy street backdrop.
    case(
        "CO-0107",
        caption("a woman in a blue trench coat", "pronoun"),
        D.wearing("a blue trench coat and a suit"),
        D.garment_type("coat"),
        D.color("blue"),
        D.description(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It "
            "has a belt. It has a belt. It has a belt. It has a belt. It",
            "loop",
            hit_limit=True,
        ),
        D.details("the coat has epaulettes, a belt and a storm flap"),
        gender="Men",
        category="Coats",
        color="Navy",
        title="Classic Double-Breasted Trench Coat in Navy",
    ),
    # Ecru wool sweater with a navy and burgundy geometric Fair Isle yoke around the neck (no animals or snowflakes),
    # long sleeves, over a blue collared shirt; dark grey trousers; wooden cabin backdrop.
    case(
        "KN-0506",
        caption("a man wearing a white sweater with a blue and red pattern"),
        D.wearing("a sweater"),
        D.garment_type("sweater"),
        D.color("white"),
        D.pattern("solid", "contradiction"),
        D.description(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with knitting fabric "
            "and its neckline is round. The pants this gentleman",
            "cut",
            hit_limit=True,
        ),
        D.details("the sweater has a pattern of reindeer and snowflakes", "unsupported"),
        gender="Men",
        category="Knitwear",
        color="Ecru",
        title="Fair Isle Wool Sweater in Ecru",
    ),
    # Navy quilted sleeveless gilet, zip front, two pockets, over a light blue long-sleeve oxford shirt; stone chinos;
    # grey backdrop. The gilet has no sleeves.
    case(
        "JK-0802",
        caption("a man wearing a blue vest and a shirt"),
        D.wearing("she is wearing a vest", "pronoun"),
        D.garment_type("vest"),
        D.color("navy"),
        D.sleeve_length("long", "contradiction"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a vest",
            "cut",
            hit_limit=True,
        ),
        D.details("it has a zipper and two pockets"),
        gender="Men",
        category="Jackets",
        color="Navy",
        title="Quilted Down Gilet in Navy",
    ),
    # Navy suit jacket with matching trousers, white shirt, no tie; white backdrop. The product is the suit jacket.
    case(
        "SU-0704",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "it has a lapel collar. The pants this gentleman wears is of long length. The pants are with cotton "
            "fabric and pure color patterns. There is an accessory in his",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a suit"),
        D.garment_type("jacket"),
        color_of("jacket", "navy"),
        D.details(
            "jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket "
            "jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Suits",
        color="Navy",
        title="Slim Fit Stretch Wool Suit Jacket in Navy",
    ),
    # Blue-and-white Bengal stripe shirt, long sleeves, spread collar in the same stripe (no contrast collar), under a
    # navy suit jacket, no tie; white backdrop. No category column. The product is the shirt.
    case(
        "SH-0306",
        caption("a man in a blue striped shirt and a navy jacket"),
        D.wearing("a blue jacket and a striped shirt"),
        D.garment_type("jacket", "contradiction"),
        D.color("blue"),
        D.pattern("striped"),
        D.description(
            "The gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The outer",
            "cut",
            hit_limit=True,
        ),
        D.details("the shirt has stripes and a white collar", "unsupported"),
        D.material("what material is the garment made of", "restated"),
        gender="Men",
        color="Blue Stripe",
        title="Bengal Stripe Cotton Shirt in Blue",
    ),
    # Forest green lambswool V-neck sweater, long sleeves, over a white shirt and navy tie; stone chinos; white
    # backdrop.
    case(
        "KN-0507",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric and its neckline is V-shape. The sweater is with knitting fabric and its neckline is V-shape. "
            "The sweater is with knitting fabric and its neckline is V-shape. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green sweater and a tie"),
        D.garment_type("sweater"),
        D.color("green"),
        color_of(
            "sweater",
            "green Question: What is the color of the tie? Answer: blue Question: What is the color of the pants? "
            "Answer",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        D.details(
            "The sweater is with knitting fabric and its neckline is V-shape. The gentleman wears a long-sleeve "
            "shirt with pure color patterns. The shirt",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Knitwear",
        color="Forest Green",
        title="Lambswool V-Neck Sweater in Forest Green",
    ),
    # Burgundy lightweight down jacket, horizontal quilting, zip front, no hood, over a grey turtleneck; black
    # trousers; white backdrop.
    case(
        "JK-0803",
        caption("a man in a red jacket"),
        D.wearing("a red jacket and a black pants"),
        D.garment_type("jacket"),
        D.color("blue", "contradiction"),
        D.description(
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            hit_limit=True,
        ),
        D.details("the jacket", "non_answer"),
        D.material("nylon"),
        gender="Men",
        category="Jackets",
        color="Burgundy",
        title="Lightweight Down Jacket in Burgundy",
    ),
    # Burgundy velvet dinner jacket, black satin shawl lapel, one button, over a white dress shirt and black bow tie;
    # black trousers; dark backdrop.
    case(
        "BL-0204",
        caption("a man in a red velvet jacket and a bow tie"),
        D.wearing(
            "suit Question: Is this a suit? Answer: yes Question: Is this a suit? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("blazer"),
        D.color("black", "other_garment_color"),
        color_of("jacket", "red"),
        D.description(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "it has a lapel collar. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.details("she has a bow tie", "pronoun"),
        gender="Men",
        category="Blazers",
        color="Burgundy",
        title="Velvet Dinner Jacket in Burgundy",
    ),
    # Camel corduroy trousers, worn with a forest green cable crew-neck sweater and brown boots; white backdrop.
    case(
        "TR-0405",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric and its neckline is round. The pants this gentleman wears is of long length. The pants are with "
            "cotton fabric and pure color patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green sweater and brown pants"),
        D.garment_type("pants"),
        D.color("green", "other_garment_color"),
        color_of("pants", "brown"),
        D.details("the pants", "non_answer"),
        gender="Men",
        category="Trousers",
        color="Camel",
        title="Corduroy Trousers in Camel",
    ),
    # Grey herringbone wool overcoat, plain self collar (no velvet), over a navy blazer and white shirt; navy trousers;
    # grey street backdrop. No category column. The product is the overcoat.
    case(
        "CO-0109",
        caption("a man in a gray coat standing on a street"),
        D.wearing("a grey coat, a blue jacket and a white shirt"),
        D.garment_type(
            "coat Question: Is this a coat? Answer: yes Question: What is the color of the coat? Answer: grey",
            "leak",
            hit_limit=True,
        ),
        D.color("navy", "other_garment_color"),
        color_of("coat", "grey"),
        is_a("blazer", "yes", "contradiction"),
        D.description(
            "The gentleman wears a long-sleeve coat with lattice patterns. The coat is with wool fabric. The coat is "
            "with wool fabric. The coat is",
            "loop",
            hit_limit=True,
        ),
        D.details("the coat has a velvet collar", "unsupported"),
        gender="Men",
        color="Grey",
        title="Herringbone Wool Overcoat in Grey",
    ),
    # Ecru chunky roll-neck sweater, long sleeves, worn alone with dark navy trousers; white backdrop; no hat. No
    # color column.
    case(
        "KN-0508",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric and its neckline is high. The pants this gentleman wears is of long length. The pants are with "
            "cotton fabric and pure color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white sweater and blue pants"),
        D.garment_type("sweater"),
        D.color("white"),
        D.sleeve_length("short", "contradiction"),
        D.description("he is wearing a white sweater and blue pants and a hat", "unsupported"),
        D.details("", "non_answer"),
        gender="Men",
        category="Knitwear",
        title="Chunky Wool Roll-Neck Sweater in Ecru",
    ),
    # Burgundy and black buffalo-check flannel overshirt, long sleeves, two chest pockets, worn open over a charcoal
    # turtleneck; black jeans; brick wall backdrop.
    case(
        "SH-0307",
        caption("a man wearing a red and black plaid shirt"),
        D.wearing("a woman wearing a plaid shirt and black pants", "pronoun"),
        D.garment_type("shirt"),
        D.color("blue", "contradiction"),
        D.pattern("plaid"),
        D.description(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. The "
            "shirt is with cotton fabric. The shirt is with cotton fabric. The",
            "loop",
            hit_limit=True,
        ),
        D.details("the shirt has two chest pockets"),
        D.material("the material is the material of the shirt", "restated"),
        gender="Men",
        category="Shirts",
        color="Burgundy",
        title="Flannel Check Overshirt in Burgundy",
    ),
    # Packshot: forest green two-piece wool suit, jacket over trousers on one hanger; white backdrop, no person.
    case(
        "SU-0705",
        caption("a green suit on a hanger"),
        D.wearing("a man in a green suit", "unsupported"),
        D.garment_type("suit"),
        D.color("green"),
        D.description(
            "The gentleman wears a long-sleeve suit with pure color patterns. The suit is with wool fabric and it "
            "has a lapel collar. The pants this gentleman",
            "cut",
            hit_limit=True,
        ),
        D.details("it is a suit", "non_answer"),
        gender="Men",
        category="Suits",
        color="Forest Green",
        title="Two-Piece Wool Suit in Forest Green",
    ),
    # Navy wool-blend pea coat, double-breasted, plain black buttons, wide lapels, long sleeves, over an ecru
    # turtleneck; grey trousers; on a harbour dock.
    case(
        "CO-0110",
        caption("a man standing on a dock in a blue coat"),
        D.wearing("she is wearing a blue coat and a white sweater", "pronoun"),
        D.garment_type("coat"),
        D.color("navy"),
        D.description(
            "coat Question: What is the color of the coat? Answer: navy Question: What is the color of the sweater? "
            "Answer: navy",
            "leak",
            hit_limit=True,
        ),
        D.details("the details are the buttons"),
        gender="Men",
        category="Coats",
        color="Navy",
        title="Wool-Blend Pea Coat in Navy",
    ),
    # Packshot: charcoal heavy flannel shirt on a hanger, long sleeves, button front, two flap chest pockets, no hood
    # or zipper; white backdrop, no person.
    case(
        "SH-0308",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The shirt is with cotton fabric and its neckline is lapel. The shirt is with "
            "cotton fabric and its neckline is lapel. The shirt",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey shirt"),
        D.garment_type("shirt"),
        D.color("grey"),
        D.description("no", "non_answer"),
        D.details("the shirt has two pockets on the chest"),
        D.material(
            "cotton Question: What is the color of the shirt? Answer: grey Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Charcoal",
        title="Heavy Flannel Shirt in Charcoal",
    ),
]
