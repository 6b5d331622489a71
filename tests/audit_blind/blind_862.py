"""BLIND_862 (46 products; older Myntra feed, short names: men's and women's bottoms, caption adapter epoch 3): written
blind in the fifty-sixth session. Measured blind at 2733ff7 (the session's final rules): 119/136 failures found (87.5%)
and 0/196 correct texts flagged (0.0%). The writer's notes, verbatim:

Scenario: the older Myntra feed of the shared photos' kind, with short product names ("Locomotive Men Blue Jeans"):
men's and women's jeans, trousers, shorts, track pants, skirts, capris, leggings and jeggings. Product shots on a
white backdrop, mostly worn by a model with a top, a shirt, a kurta or a jacket over the product; one back view and
one crop from the waist down. Some rows lack the color or the category column, as old feeds do.

Who wrote what: captions and open answers come from the caption adapter at epoch 3
(leoreigoto/Data2_V2_Blip2_Finetune_Caption on blip2-opt-2.7b), free generation, greedy, 50 new tokens for captions
and 30 for answers. Its habits: it answers almost every prompt with the DeepFashion-MultiModal template ("The pants
are with denim fabric and pure color patterns"), names patterns rather than hues, invents accessories from the
template ("There is an accessory on his wrist", "The lady wears a ring on her finger"), calls a man "the lady" when
the photo shows little more than legs, and, trained without an end token, sometimes loops or is cut at the limit;
a few short answers still carry a hue from the base model, often the top's hue. Closed answers (garment type, color,
pattern, the yes/no garment question) come from enrich's --engine reference, one candidate value each; they never
loop or stop short, but the candidate ranking often picks the top's color or type, since the top fills the frame.

Labeling conventions and judgement calls:
- One label per text: where a text both runs to its limit and makes another failure (an invented accessory, a wrong
  pronoun, a leak), it carries the other failure and hit_limit=True; "cut" is only for text that is otherwise right.
- A loop is labeled loop and marked hit_limit=True, since a loop runs until the token limit stops it.
- A closed answer that gives the product the top's or jacket's color or type is labeled contradiction (the seller's
  color or category contradicts it); other_garment_color is kept for open answers that give the product the color of
  another garment in the photo, including "a red shirt and red pants" in a wearing answer.
- A material or length the photo or the catalog rules out (denim track pants, leather jeans, "three-point" trousers,
  long shorts) is a contradiction; an accessory, pocket, rip or detail that the photo does not show (a ring, a hat,
  back pockets in a front view, socks over bare feet) is unsupported.
- A usual material for the category that the photo cannot show (polyester track pants, cotton chinos) is counted
  correct; the seller rarely states it and it is not invented detail.
- non_answer: an open answer that says nothing: yes/no, a lone garment word, "The shorts are short", or a template
  sentence with only a pattern ("pure color patterns") given to a color question.
- restated: an answer that echoes the question's own wording ("What is the color of the jeans?", "the trousers
  details"), with or without a few words after it; a leak needs the "Question:" or "Answer:" format words.
- Seller color shades count as right for their family: cream answered "white", olive "green", khaki "beige",
  charcoal "grey", navy blue "navy". Capris and jeggings answered "capris" and "leggings" are right.
- "pure color" and "solid" for faded or whiskered denim, and "striped" for track pants with side stripes, are right.
- Template wording that is odd English but true for the photo ("a long trousers", "a medium short skirt") is right;
  a kurta called "a long-sleeve dress" in a caption is right (the template has no kurta).
"""

from tests.audit_corpus import BLIND_QUESTIONS as BQ
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_862 = [
    # photo: male model, full length, front view, white backdrop; mid-blue slim jeans, white crew-neck t-shirt,
    # brown leather shoes, bare wrists. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X862-001",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears long trousers. The trousers are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt and long denim trousers", who="he"),
        BQ.garment_type("jeans"),
        BQ.color("blue"),
        BQ.pattern("solid"),
        details(
            "jeans",
            "The trousers are with denim fabric and pure color patterns. There is an accessory on his wrist.",
            "unsupported",
        ),
        describe("jeans", "The jeans are white.", "other_garment_color"),
        BQ.material("denim"),
        title="Locomotive Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: female model, front view, white backdrop; black skinny jeans, light pink sleeveless top, nude heels, no
    # jewellery. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X862-002",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and long pants. The pants are with denim "
            "fabric and solid color patterns. The lady wears a ring on her finger.",
            "unsupported",
        ),
        wearing("a tank top and long denim pants", who="she"),
        color_of("jeans", "black"),
        describe(
            "jeans",
            "The pants are of long length. The pants are of long length. The pants are of long length. "
            "The pants are of long",
            "loop",
            hit_limit=True,
        ),
        BQ.garment_type("jeans"),
        BQ.pattern("solid"),
        is_a("skirt", "no"),
        title="Jealous 21 Women Black Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: male model, front view, white backdrop; black track pants with a white stripe down each side and a small
    # white logo on the thigh, grey t-shirt, black sneakers. Caption/open: adapter epoch 3; closed: reference engine.
    case(
        "X862-003",
        caption(
            "This gentleman wears a short-sleeve T-shirt with pure color patterns and long pants. The pants are with "
            "cotton fabric and color block patterns."
        ),
        wearing("a grey t-shirt and black pants", who="he"),
        BQ.garment_type("track pants"),
        BQ.color("grey", "contradiction"),
        details("track pants", "The pants are with denim fabric and pure color patterns.", "contradiction"),
        describe("track pants", "She wears long black pants with a white stripe.", "pronoun"),
        BQ.material("polyester"),
        title="Puma Men Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: male model, front view, white backdrop; khaki flat-front cotton trousers, light blue long-sleeve shirt
    # tucked in, brown belt, brown shoes. Caption/open: adapter epoch 3; closed: reference engine.
    case(
        "X862-004",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The trousers this man wears is of long length. The trousers are with cotton fabric",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt and long trousers. There is a belt.", who="he"),
        color_of("trousers", "The trousers are with cotton fabric and pure color patterns.", "non_answer", kind="open"),
        BQ.color("khaki"),
        BQ.garment_type("trousers"),
        is_a("jeans", "yes", "contradiction", article="a pair of"),
        BQ.material("cotton"),
        title="Scullers Men Khaki Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: female model, front view, white backdrop; navy pleated knee-length skirt, white short-sleeve blouse
    # tucked in, no belt, black flats. Caption/open: adapter epoch 3; closed: reference engine.
    case(
        "X862-005",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a medium short skirt. The skirt is with "
            "cotton fabric and pure color patterns. The lady wears a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and a navy skirt", who="she"),
        BQ.color("navy"),
        BQ.garment_type("skirt"),
        BQ.pattern("solid"),
        details(
            "skirt",
            "The skirt is of medium length. The skirt is with chiffon fabric and pure color patterns. "
            "There is a belt around her waist.",
            "unsupported",
            hit_limit=True,
        ),
        describe("skirt", "The skirt is white.", "other_garment_color"),
        title="Mango Women Navy Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: male model, front view, white backdrop; grey knee-length athletic shorts with a white logo, black
    # t-shirt, white socks and running shoes. Caption/open: adapter epoch 3; closed: reference engine.
    case(
        "X862-006",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and medium short shorts. The shorts are "
            "with cotton fabric and pure color patterns. The man wears a pair of socks."
        ),
        wearing("A black t-shirt and black shorts", "other_garment_color", who="he"),
        color_of("shorts", "grey"),
        BQ.garment_type("shorts"),
        details(
            "shorts",
            "The shorts are with cotton fabric and pure color patterns. The shorts are with cotton "
            "fabric and pure color patterns. The shorts are with cotton",
            "loop",
            hit_limit=True,
        ),
        describe("shorts", "Her shorts are grey and knee length.", "pronoun"),
        BQ.material("polyester"),
        title="Nike Men Grey Shorts",
        category="Shorts",
        color="Grey",
        gender="Men",
    ),
    # photo: male model cropped at the chin, front view, white backdrop; faded grey slim jeans with whiskering, black
    # long-sleeve shirt worn untucked over the waistband, sleeves rolled. Caption/open: adapter; closed: reference.
    case(
        "X862-007",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "gentleman wears long denim pants with solid color patterns."
        ),
        wearing("Question: What is he wearing? Answer: a long-sleeve shirt and denim pants", "leak", who="he"),
        BQ.color("black", "contradiction"),
        BQ.garment_type("jeans"),
        describe("jeans", "The lower clothing is of long length. The fabric is denim and it has solid color patterns."),
        details(
            "jeans", "The jeans are with denim fabric. There is a belt. The man wears a pair of glasses.", "unsupported"
        ),
        BQ.pattern("solid"),
        is_a("jeans", "yes", article="a pair of"),
        title="Spykar Men Grey Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: female model, side view, white backdrop; black fitted calf-length capris, purple racerback tank top,
    # barefoot, no hat. Caption/open: adapter epoch 3; closed: reference engine.
    case(
        "X862-008",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and three-quarter pants. The pants are "
            "with cotton fabric and pure color patterns."
        ),
        wearing("a purple tank top and purple pants", "other_garment_color", who="she"),
        BQ.garment_type("capris"),
        color_of("capris", "purple", "contradiction"),
        details("capris", "The pants are of three-quarter length. The lady wears a hat.", "unsupported"),
        BQ.material("cotton"),
        title="Urban Yoga Women Black Capris",
        category="Capris",
        color="Black",
        gender="Women",
    ),
    # photo: female model, front view, white backdrop; light-wash bootcut jeans, red and black checked flannel shirt,
    # brown boots. Caption/open: adapter epoch 3; closed: reference engine.
    case(
        "X862-009",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a plaid shirt and blue jeans", who="she"),
        BQ.pattern("checked", "contradiction"),
        BQ.color("blue"),
        describe("jeans", "This gentleman wears a long-sleeve shirt with lattice patterns and long pants.", "pronoun"),
        details("jeans", "The pants are with denim fabric and pure color patterns. The lady wears boots."),
        BQ.garment_type("jeans"),
        BQ.material("denim"),
        title="Wrangler Women Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: male model, front view, white backdrop; charcoal formal trousers with a pressed crease, white long-sleeve
    # shirt tucked in, black belt, black shoes. Caption/open: adapter epoch 3; closed: reference engine.
    case(
        "X862-010",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The trousers "
            "are of long length. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("a white shirt and white trousers", "other_garment_color", who="he"),
        BQ.color("grey"),
        BQ.garment_type("trousers"),
        details("trousers", "The trousers are with cotton fabric and pure color patterns. There is a belt."),
        describe("trousers", "The trousers are of three-point length.", "contradiction"),
        BQ.material("denim", "contradiction"),
        is_a("jeans", "no", article="a pair of"),
        title="Peter England Men Charcoal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: female model, front view, white backdrop; navy track pants with pink piping down the sides, white
    # t-shirt with a small pink logo, pink sneakers. Caption/open: adapter epoch 3; closed: reference engine.
    case(
        "X862-011",
        caption(
            "The female wears a short-sleeve T-shirt with graphic patterns and long pants. The pants are with cotton "
            "fabric and pure color patterns. The female wears a short-sleeve T-shirt with graphic patterns and long "
            "pants. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a white t-shirt and navy pants", who="she"),
        color_of("track pants", "navy"),
        BQ.garment_type("track pants"),
        describe("track pants", "yes", "non_answer"),
        details("track pants", "The pants have pink stripes on the sides."),
        BQ.pattern("solid"),
        title="Reebok Women Navy Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: male model, front view, white backdrop; dark indigo straight jeans, olive utility jacket worn open over a
    # grey crew-neck t-shirt, tan boots. No color column in this row. Caption/open: adapter; closed: reference.
    case(
        "X862-012",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. The lower clothing is of "
            "long length. The fabric is denim and it has solid color patterns. This man also wears an outer clothing, "
            "with",
            "cut",
            hit_limit=True,
        ),
        wearing("a green jacket, a grey t-shirt and blue jeans", who="he"),
        color_of("jeans", "The jeans are green.", "other_garment_color", kind="open"),
        BQ.color("blue"),
        BQ.garment_type("jacket", "contradiction"),
        details("jeans", "The jeans details are the details of the jeans.", "restated"),
        BQ.material("denim"),
        title="Lee Men Dark Blue Jeans",
        category="Jeans",
        gender="Men",
    ),
    # photo: male model, front view, white backdrop; red polyester sports shorts above the knee with white piping on
    # the sides, white t-shirt, white sneakers, no watch. Caption/open: adapter epoch 3; closed: reference engine.
    case(
        "X862-013",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and three-point shorts. The shorts are "
            "with cotton fabric and pure color patterns. There is an accessory on his wrist.",
            "unsupported",
        ),
        wearing("a white t-shirt and red shorts", who="he"),
        BQ.color("red"),
        BQ.garment_type("shorts"),
        details(
            "shorts",
            "The shorts are with denim fabric and pure color patterns. There is an accessory on his wrist.",
            "contradiction",
        ),
        describe("shorts", "The shorts are white with red piping.", "other_garment_color"),
        is_a("skirt", "no"),
        title="Fila Men Red Shorts",
        category="Shorts",
        color="Red",
        gender="Men",
    ),
    # photo: female model, front view, white backdrop; knee-length flared skirt with a multicolor floral print (pink,
    # green and yellow flowers on white), black short-sleeve top tucked in. Caption/open: adapter; closed: reference.
    case(
        "X862-014",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a medium short skirt. The skirt is "
            "with cotton fabric and floral patterns."
        ),
        wearing("a black t-shirt and a floral skirt", who="she"),
        BQ.pattern("floral"),
        BQ.color("black", "contradiction"),
        describe(
            "skirt",
            "The skirt is of medium length with floral patterns. The skirt is of medium length with "
            "floral patterns. The skirt is of medium length with floral",
            "loop",
            hit_limit=True,
        ),
        BQ.garment_type("skirt"),
        details("skirt", "Answer: The skirt is with cotton fabric and floral patterns.", "leak"),
        title="Vero Moda Women Printed Skirt",
        category="Skirts",
        color="Multi",
        gender="Women",
    ),
    # photo: male model, front view, white backdrop; black slim jeans, red polo t-shirt worn untucked over the
    # waistband, white sneakers. Caption/open: adapter epoch 3; closed: reference engine.
    case(
        "X862-015",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears long pants. The pants are with denim fabric and pure color "
            "patterns."
        ),
        wearing("a red polo shirt and red pants", "other_garment_color", who="he"),
        BQ.color("black"),
        BQ.garment_type("jeans"),
        BQ.pattern("solid"),
        describe("jeans", "The jeans are slim fit with a button fly and copper rivets.", "unsupported"),
        BQ.material("denim"),
        is_a("shirt", "yes", "contradiction"),
        title="Flying Machine Men Black Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: female model, front view, white backdrop; white skinny jeans, navy-and-white horizontal striped
    # long-sleeve top, tan sandals, no jewellery. Caption/open: adapter epoch 3; closed: reference engine.
    case(
        "X862-016",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns and long pants. The pants are with denim "
            "fabric and pure color patterns."
        ),
        wearing("a striped shirt and white jeans", who="she"),
        BQ.color("white"),
        BQ.pattern("striped", "contradiction"),
        color_of("jeans", "What is the color of the jeans?", "restated", kind="open"),
        describe("jeans", "The lower clothing is of long length. The fabric is denim and it has pure color patterns."),
        details("jeans", "The lady wears a ring on her finger. The lady has neckwear.", "unsupported"),
        BQ.garment_type("jeans"),
        title="Jealous 21 Women White Jeans",
        category="Jeans",
        color="White",
        gender="Women",
    ),
    # photo: male model, front view, white backdrop; beige slim cotton chinos, navy crew-neck t-shirt, white
    # sneakers. Caption/open: adapter epoch 3; closed: reference engine.
    case(
        "X862-017",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and long trousers. The trousers are with "
            "cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a t-shirt and long pants", who="he"),
        BQ.color("beige"),
        BQ.garment_type("trousers"),
        color_of("trousers", "navy", "other_garment_color", kind="open"),
        details(
            "trousers",
            "Question: What are the trousers details? Answer: The trousers are with cotton fabric and "
            "pure color patterns. Question:",
            "leak",
            hit_limit=True,
        ),
        BQ.material("cotton"),
        title="Basics Men Beige Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: male model, front view, white backdrop; navy track pants with three white stripes down the side, black
    # t-shirt with a white chest logo. Caption/open: adapter epoch 3; closed: reference engine.
    case(
        "X862-018",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns and long pants. The pants are with cotton "
            "fabric and striped patterns."
        ),
        wearing("He is wearing a black t-shirt with a white logo and navy track pants with white stripes", who="he"),
        BQ.color("black", "contradiction"),
        BQ.garment_type("track pants"),
        details(
            "track pants",
            "The pants have three stripes on the side. The pants have three stripes on the side. "
            "The pants have three stripes on the",
            "loop",
            hit_limit=True,
        ),
        describe("track pants", "pants", "non_answer"),
        BQ.pattern("striped"),
        is_a("jeans", "no", article="a pair of"),
        title="Adidas Men Navy Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: female model, front view, white backdrop; mid-blue denim shorts with a frayed hem, white tank top, white
    # sneakers. Caption/open: adapter epoch 3; closed: reference engine.
    case(
        "X862-019",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and three-point shorts. The shorts are "
            "with denim fabric and pure color patterns."
        ),
        wearing("a tank top and long denim pants", "contradiction", who="she"),
        BQ.color("blue"),
        BQ.garment_type("shorts"),
        describe("shorts", "The shorts are short.", "non_answer"),
        details("shorts", "The shorts are with denim fabric. The hem is frayed."),
        BQ.material("denim"),
        is_a("skirt", "no"),
        title="ONLY Women Blue Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: male model, back view, white backdrop; mid-blue jeans with orange contrast stitching on the two back
    # pockets and a brown leather patch at the waistband, white shirt worn untucked, no rips. Caption/open: adapter
    # epoch 3; closed: reference engine.
    case(
        "X862-020",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The lower clothing is of long "
            "length. The fabric is denim and it has solid color patterns."
        ),
        wearing("a white shirt and blue jeans", who="he"),
        BQ.color("white", "contradiction"),
        details("jeans", "The jeans have two back pockets with stitching and a patch on the waistband."),
        BQ.garment_type("jeans"),
        describe(
            "jeans",
            "The jeans are with denim fabric and pure color patterns. The jeans are ripped at the knees.",
            "unsupported",
        ),
        is_a("jeans", "yes", article="a pair of"),
        BQ.material("denim"),
        title="Numero Uno Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: female model, front view, white backdrop; black straight formal trousers, cream chiffon long-sleeve
    # blouse tucked in, black heels, no sunglasses. Caption/open: adapter epoch 3; closed: reference engine.
    case(
        "X862-021",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "lapel neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a cream blouse and black trousers", who="she"),
        BQ.color("white", "contradiction"),
        BQ.garment_type("trousers"),
        describe("trousers", "Describe the trousers. The trousers are long.", "restated"),
        details(
            "trousers",
            "The trousers are with cotton fabric and pure color patterns. The lady wears a pair of sunglasses.",
            "unsupported",
        ),
        BQ.material("polyester"),
        title="Elle Women Black Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: male model, front view, white backdrop; grey melange jogger track pants with ribbed cuffs and a
    # drawstring, navy t-shirt, black slides on bare feet. Caption/open: adapter epoch 3; closed: reference engine.
    case(
        "X862-022",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and long pants. The pants are with "
            "knitting fabric and pure color patterns. The man wears a pair of socks.",
            "unsupported",
        ),
        wearing("a navy t-shirt and grey joggers", who="he"),
        color_of("track pants", "grey"),
        BQ.garment_type("track pants"),
        details(
            "track pants",
            "The pants have ribbed cuffs and a drawstring waist. The pants are with knitting fabric "
            "and pure color patterns. The man wears a short-sleeve T-shirt with",
            "cut",
            hit_limit=True,
        ),
        describe("track pants", "The pants are navy.", "other_garment_color"),
        BQ.pattern("solid"),
        title="Proline Men Grey Melange Track Pants",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: female model, front view, white backdrop; maroon A-line mini skirt, grey long-sleeve knit sweater,
    # black tights, black ankle boots. Caption/open: adapter epoch 3; closed: reference engine.
    case(
        "X862-023",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a short skirt. The sweater is with "
            "knitting fabric. The skirt is with cotton fabric and pure color patterns."
        ),
        wearing(
            "The lady wears a long-sleeve sweater with pure color patterns and a short skirt. The lady wears a "
            "long-sleeve sweater with pure color patterns and a short skirt. The",
            "loop",
            who="she",
            hit_limit=True,
        ),
        BQ.color("maroon"),
        color_of("skirt", "grey", "other_garment_color", kind="open"),
        BQ.garment_type("sweater", "contradiction"),
        details(
            "skirt",
            "The skirt is of short length. The skirt is of short length. The skirt is of short length. "
            "The skirt is of short length. The",
            "loop",
            hit_limit=True,
        ),
        title="United Colors of Benetton Women Maroon Skirt",
        category="Skirts",
        color="Maroon",
        gender="Women",
    ),
    # photo: male model, front view, white backdrop; olive cargo shorts to the knee with flap side pockets, white
    # crew-neck t-shirt, white sneakers, a steel watch on the left wrist. Caption/open: adapter; closed: reference.
    case(
        "X862-024",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and medium short shorts. The shorts are "
            "with cotton fabric and pure color patterns. There is an accessory on his wrist. The man wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a white t-shirt and green cargo shorts", who="he"),
        BQ.color("green"),
        BQ.garment_type("shorts"),
        details("shorts", "The shorts have side pockets with flaps."),
        describe("shorts", "The shorts are white.", "other_garment_color"),
        BQ.material("cotton. Question: What is the color of the garment? Answer: green", "leak"),
        title="Pepe Jeans Men Olive Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: female model, front view, white backdrop; dark navy-wash skinny jeans, mustard yellow short-sleeve top,
    # black heels. Caption/open: adapter epoch 3; closed: reference engine.
    case(
        "X862-025",
        caption(
            "The female wears a short-sleeve top with pure color patterns and long pants. The pants are with denim "
            "fabric and pure color patterns."
        ),
        wearing("a yellow top and yellow pants", "other_garment_color", who="she"),
        BQ.color("navy"),
        BQ.garment_type("jeans"),
        describe(
            "jeans",
            "Question: Describe the jeans. Answer: The pants are with denim fabric and pure color patterns. Question:",
            "leak",
            hit_limit=True,
        ),
        BQ.pattern("solid"),
        is_a("jeans", "yes", article="a pair of"),
        title="Levis Women Navy Skinny Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: male model, front view, white backdrop; plain navy formal trousers, light blue and white pinstriped
    # long-sleeve shirt tucked in, brown belt, brown shoes, no tie. Caption/open: adapter epoch 3; closed: reference.
    case(
        "X862-026",
        caption(
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The trousers are of long length. The trousers are with cotton fabric and striped "
            "patterns.",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a striped shirt and navy trousers", who="he"),
        BQ.color("navy"),
        BQ.pattern("solid"),
        BQ.garment_type("trousers"),
        details("trousers", "The trousers are with cotton fabric and pure color patterns. There is a belt."),
        describe(
            "trousers",
            "The trousers are with cotton fabric and pure color patterns. The gentleman wears a tie.",
            "unsupported",
        ),
        title="Arrow Men Navy Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: female model, front view, white backdrop; olive green ankle-length leggings under a long white kurta
    # with a small blue block print reaching below the knee (only the lower legs show the leggings), flat sandals.
    # Caption/open: adapter epoch 3; closed: reference engine.
    case(
        "X862-027",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. The lady wears "
            "long pants. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a white dress and white leggings", "other_garment_color", who="she"),
        BQ.garment_type("dress", "contradiction"),
        BQ.color("green"),
        color_of("leggings", "The leggings are with cotton fabric and pure color patterns.", "non_answer", kind="open"),
        details("leggings", "The leggings are of three-point length.", "contradiction"),
        BQ.material("cotton"),
        title="Do U Speak Green Women Olive Leggings",
        category="Leggings",
        color="Olive",
        gender="Women",
    ),
    # photo: female model, front view, white backdrop; black running shorts with a pink waistband and a pink logo,
    # grey melange t-shirt, pink running shoes. Caption/open: adapter epoch 3; closed: reference engine.
    case(
        "X862-028",
        caption(
            "The female wears a short-sleeve T-shirt with pure color patterns and three-point shorts. The shorts are "
            "with cotton fabric and pure color patterns. The female wears a short-sleeve T-shirt with pure color",
            "loop",
            hit_limit=True,
        ),
        wearing("a grey t-shirt and black shorts", who="she"),
        BQ.color("black"),
        BQ.garment_type("shorts"),
        details("shorts", "The shorts have a pink waistband."),
        describe("shorts", "The shorts are pink with a black waistband.", "contradiction"),
        BQ.material("polyester"),
        title="Puma Women Black Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: male model, front view, white backdrop; coffee-brown flat-front trousers, cream short-sleeve linen
    # shirt untucked, tan loafers, bare head. Caption/open: adapter epoch 3; closed: reference engine.
    case(
        "X862-029",
        caption(
            "The man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The man wears long trousers. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt and long trousers. He is wearing a hat.", "unsupported", who="he"),
        BQ.color("brown"),
        BQ.garment_type("trousers"),
        color_of("trousers", "cream", "other_garment_color", kind="open"),
        details("trousers", "the trousers details", "restated"),
        BQ.material("cotton"),
        title="Indigo Nation Men Brown Trousers",
        category="Trousers",
        color="Brown",
        gender="Men",
    ),
    # photo: male model, front view, white backdrop; light-blue jeans ripped at both knees with fading on the thighs,
    # black t-shirt with a large white skull graphic, black sneakers. Caption/open: adapter; closed: reference.
    case(
        "X862-030",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears long pants. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a black graphic t-shirt and ripped blue jeans", who="he"),
        BQ.pattern("graphic", "contradiction"),
        BQ.color("blue"),
        details("jeans", "The jeans are ripped at the knees."),
        describe("jeans", "The jeans are ripped at the knees and they are black.", "other_garment_color"),
        BQ.garment_type("jeans"),
        BQ.material("denim"),
        title="Spykar Men Blue Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: female model, front view, white backdrop; beige high-waist wide-leg trousers with a self-tie belt, black
    # sleeveless top tucked in, nude heels. Caption/open: adapter epoch 3; closed: reference engine.
    case(
        "X862-031",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and long pants. The pants are with cotton "
            "fabric and pure color patterns. The lady wears a ring on her finger. The lady wears a pair of",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a black tank top and beige pants", who="she"),
        BQ.color("beige"),
        BQ.garment_type("trousers"),
        details("trousers", "The trousers have a tie belt at the waist."),
        describe("trousers", "The trousers have pockets on the back.", "unsupported"),
        color_of("trousers", "black", "other_garment_color", kind="open"),
        title="Mango Women Beige Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: male model, front view, white backdrop; black tapered track pants with a small white logo on the left
    # thigh, red t-shirt, black sneakers. Caption/open: adapter epoch 3; closed: reference engine.
    case(
        "X862-032",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and long pants. The pants are with cotton "
            "fabric and pure color patterns. This man wears a short-sleeve T-shirt with pure color patterns and long",
            "loop",
            hit_limit=True,
        ),
        wearing("The man is wearing a red t-shirt and black track pants", who="he"),
        color_of("track pants", "red", "contradiction"),
        BQ.garment_type("t-shirt", "contradiction"),
        details("track pants", "What are the track pants details? The track pants details", "restated"),
        BQ.material("polyester"),
        title="Nike Men Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: female model, front view, white backdrop; mid-blue jeggings, white long kurti with an embroidered
    # neckline covering the hips, silver sandals, no necklace or rings. Caption/open: adapter; closed: reference.
    case(
        "X862-033",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. The lady "
            "wears long pants. The pants are with denim fabric and pure color patterns. The lady has neckwear.",
            "unsupported",
        ),
        wearing("a white kurti and blue jeggings", who="she"),
        BQ.garment_type("leggings"),
        BQ.color("blue"),
        describe("jeggings", "The jeggings are white.", "other_garment_color"),
        details(
            "jeggings",
            "The jeggings are with denim fabric. The lady wears a ring on her finger. The lady wears a "
            "ring on her finger. The lady",
            "loop",
            hit_limit=True,
        ),
        BQ.material("denim"),
        title="Kraus Women Blue Jeggings",
        category="Jeggings",
        color="Blue",
        gender="Women",
    ),
    # photo: male model, front view, white backdrop; cream formal trousers, light pink long-sleeve shirt tucked in,
    # tan belt, brown shoes. Caption/open: adapter epoch 3; closed: reference engine.
    case(
        "X862-034",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The trousers are of long length. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("a pink shirt and pink trousers", "other_garment_color", who="he"),
        BQ.color("white"),
        BQ.garment_type("trousers"),
        color_of("trousers", "no", "non_answer", kind="open"),
        details(
            "trousers",
            "The trousers have a belt. The trousers have a belt. The trousers have a belt. The "
            "trousers have a belt. The trousers have",
            "loop",
            hit_limit=True,
        ),
        describe("trousers", "The trousers are of long length. There is a belt."),
        is_a("jeans", "no", article="a pair of"),
        title="John Miller Men Cream Trousers",
        category="Trousers",
        color="Cream",
        gender="Men",
    ),
    # photo: male model cropped at the chin, front view, white backdrop; black denim shorts above the knee, white
    # t-shirt with red and blue printed text, black canvas sneakers, no rings. Caption/open: adapter; closed: reference.
    case(
        "X862-035",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns and medium short shorts. The shorts are with "
            "denim fabric and pure color patterns."
        ),
        wearing("white t-shirt and black shorts", who="he"),
        BQ.color("black"),
        BQ.pattern("printed", "contradiction"),
        BQ.garment_type("shorts"),
        details(
            "shorts",
            "The shorts are with denim fabric and pure color patterns. The man wears a ring. The man "
            "wears a pair of glasses.",
            "unsupported",
        ),
        describe("shorts", "no", "non_answer"),
        BQ.material("denim"),
        title="Locomotive Men Black Denim Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: crop from the waist down, front view, white backdrop; medium-blue straight jeans worn over brown boots,
    # the hem of a checked shirt just visible at the top edge. Caption/open: adapter epoch 3; closed: reference.
    case(
        "X862-036",
        caption(
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. The lower "
            "clothing is of long length. The fabric is denim and it has pure color patterns. The lower",
            "loop",
            hit_limit=True,
        ),
        wearing("blue jeans and brown boots", who="he"),
        BQ.color("blue"),
        BQ.garment_type("jeans"),
        describe("jeans", "She is wearing long denim pants.", "pronoun"),
        details("jeans", "The jeans have a straight leg and they are tucked into the boots.", "unsupported"),
        BQ.pattern("solid"),
        BQ.material("denim"),
        title="Wrangler Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: female model, front view, white backdrop; pink cotton shorts with a turned-up hem, white sleeveless top
    # with lace trim, white sandals. Caption/open: adapter epoch 3; closed: reference engine.
    case(
        "X862-037",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and three-point shorts. The shorts are "
            "with cotton fabric and pure color patterns."
        ),
        wearing("He is wearing a white top and pink shorts", "pronoun", who="she"),
        BQ.color("pink"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        BQ.garment_type("shorts"),
        details("shorts", "The shorts have turned-up hems."),
        describe("shorts", "The shorts are of long length.", "contradiction"),
        BQ.material("cotton"),
        title="United Colors of Benetton Women Pink Shorts",
        category="Shorts",
        color="Pink",
        gender="Women",
    ),
    # photo: female model, front view, white backdrop; grey skinny jeans, black faux-leather biker jacket open over a
    # white t-shirt, black ankle boots. Caption/open: adapter epoch 3; closed: reference engine.
    case(
        "X862-038",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. The lower clothing is of "
            "long length. The fabric is denim and it has solid color patterns. This lady also wears an outer "
            "clothing, with leather",
            "cut",
            hit_limit=True,
        ),
        wearing("a black leather jacket, a white t-shirt and grey jeans", who="she"),
        BQ.color("black", "contradiction"),
        BQ.garment_type("jeans"),
        describe("jeans", "The jeans are with leather fabric.", "contradiction"),
        details("jeans", "no", "non_answer"),
        title="Flying Machine Women Grey Jeans",
        category="Jeans",
        color="Grey",
        gender="Women",
    ),
    # photo: female model, front view, white backdrop; black track pants with three white side stripes, pink
    # t-shirt, white sneakers. Caption/open: adapter epoch 3; closed: reference engine.
    case(
        "X862-039",
        caption(
            "This lady wears a short-sleeve T-shirt with pure color patterns and long pants. The pants are with cotton "
            "fabric and striped patterns. This lady wears a pair of shoes. The shoes are",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink t-shirt and black pants", who="she"),
        BQ.color("black"),
        BQ.garment_type("track pants"),
        details("track pants", "The pants have three stripes on the side and a zip pocket on the back.", "unsupported"),
        is_a("skirt", "no"),
        BQ.material("Question: What material is the garment made of? Answer: cotton", "leak"),
        title="Adidas Women Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: male model, front view, white backdrop; mid-grey formal trousers, black long-sleeve shirt tucked in,
    # black belt, black shoes, bare wrists. No category column in this row. Caption/open: adapter; closed: reference.
    case(
        "X862-040",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The trousers are of long length. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("a black shirt and black trousers", "other_garment_color", who="he"),
        BQ.color("grey"),
        BQ.garment_type("trousers"),
        describe("trousers", "The trousers are grey and straight."),
        details(
            "trousers",
            "The trousers are with cotton fabric and pure color patterns. There is an accessory on his "
            "wrist. There is an accessory on his wrist. There is",
            "loop",
            hit_limit=True,
        ),
        BQ.material("cotton"),
        title="Mark Taylor Men Grey Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: female model, front view, white backdrop; black knee-length pencil skirt, red short-sleeve fitted top,
    # black heels, no rings. Caption/open: adapter epoch 3; closed: reference engine.
    case(
        "X862-041",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a medium short skirt. The skirt is "
            "with cotton fabric and pure color patterns. The lady wears a ring on her finger.",
            "unsupported",
        ),
        wearing("a red top and a black skirt", who="she"),
        BQ.color("red", "contradiction"),
        BQ.garment_type("skirt"),
        describe("skirt", "The skirt is black and knee length."),
        details("skirt", "The details of the skirt are the skirt details.", "restated"),
        BQ.pattern("solid"),
        title="Vero Moda Women Black Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: female model, front view, white backdrop; mid-blue straight jeans with a matching mid-blue denim jacket
    # over a white t-shirt (double denim), white sneakers. Caption/open: adapter epoch 3; closed: reference engine.
    case(
        "X862-042",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. The lower clothing is of "
            "long length. The fabric is denim and it has pure color patterns. This lady also wears an outer clothing, "
            "with leather fabric.",
            "contradiction",
        ),
        wearing("a denim jacket and blue jeans", who="she"),
        BQ.color("blue"),
        color_of("jeans", "blue", kind="open"),
        BQ.garment_type("jacket", "contradiction"),
        describe("jeans", "The jeans are white.", "other_garment_color"),
        is_a("jeans", "yes", article="a pair of"),
        title="Lee Women Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: male model, front view, white backdrop; navy training shorts with a white logo, bright yellow
    # sleeveless vest, grey sneakers, bare head. Caption/open: adapter epoch 3; closed: reference engine.
    case(
        "X862-043",
        caption(
            "The man wears a sleeveless tank top with pure color patterns and long pants. The pants are with cotton "
            "fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a yellow tank top and navy shorts", who="he"),
        BQ.color("yellow", "contradiction"),
        BQ.garment_type("shorts"),
        details(
            "shorts",
            "The shorts are with cotton fabric and pure color patterns. The man wears a hat. The man wears a pair of",
            "unsupported",
            hit_limit=True,
        ),
        describe("shorts", "shorts", "non_answer"),
        BQ.material("polyester"),
        title="Reebok Men Navy Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: male model, front view, white backdrop; olive cotton chinos rolled at the ankle, white long-sleeve shirt
    # with sleeves rolled, tan loafers. Caption/open: adapter epoch 3; closed: reference engine.
    case(
        "X862-044",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears long trousers. The trousers are with cotton fabric and pure",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a white shirt and olive pants", who="he"),
        BQ.color("green"),
        color_of("trousers", "white", "other_garment_color", kind="open"),
        BQ.garment_type("trousers"),
        details("trousers", "The trousers are rolled up at the ankle."),
        BQ.material("cotton"),
        title="Wills Lifestyle Men Olive Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: female model, front view, white backdrop; bright red skinny jeans, black three-quarter-sleeve top,
    # black ballet flats. Caption/open: adapter epoch 3; closed: reference engine.
    case(
        "X862-045",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns and long pants. The pants are with denim "
            "fabric and pure color patterns."
        ),
        wearing(
            "Question: What is she wearing? Answer: a black top and red jeans. Question: What is she wearing? Answer:",
            "leak",
            who="she",
            hit_limit=True,
        ),
        BQ.color("red"),
        BQ.garment_type("jeans"),
        describe("jeans", "The jeans are blue.", "contradiction"),
        details(
            "jeans",
            "The jeans are with denim fabric and pure color patterns. The lady wears a long-sleeve "
            "T-shirt with pure color patterns. The T-shirt is with cotton fabric and its",
            "cut",
            hit_limit=True,
        ),
        is_a("jeans", "yes", article="a pair of"),
        title="Jealous 21 Women Red Jeans",
        category="Jeans",
        color="Red",
        gender="Women",
    ),
    # photo: female model, front view, white backdrop; khaki cargo capris ending below the knee with side pockets,
    # white t-shirt, white canvas shoes, bare wrists. Caption/open: adapter epoch 3; closed: reference engine.
    case(
        "X862-046",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and three-quarter pants. The pants are "
            "with cotton fabric and pure color patterns. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a white t-shirt and khaki capris", who="she"),
        BQ.color("beige"),
        BQ.garment_type("shorts", "contradiction"),
        details("capris", "The capris have pockets on the sides."),
        describe(
            "capris",
            "The capris are of three-quarter length. The capris are of three-quarter length. The "
            "capris are of three-quarter",
            "loop",
            hit_limit=True,
        ),
        BQ.material("cotton"),
        title="Scullers Women Khaki Capris",
        category="Capris",
        color="Khaki",
        gender="Women",
    ),
]
