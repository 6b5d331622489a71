"""BLIND_744 (46 products; men's jeans/chinos/shorts; base BLIP-2 zero-shot): written blind in the fifty-fifth session.
Measured blind at 77cd110 (the session's third rules): 107/126 failures found (84.9%) and 8/172 correct texts flagged
(4.7%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's bottoms (Jeans, Trousers incl. chinos and formal trousers, Shorts incl. cargo,
denim, athletic and board shorts). Every photo is a catalog shot of a male model wearing the product with a t-shirt,
polo, henley, jersey or shirt (some layered: an open shirt over a tee), mostly on a white or light grey studio
backdrop, front view unless said otherwise; props are few (sunglasses, a cap, a backpack). Catalog columns are the
feed's: title (product_name), category (article_type), color (base_colour), gender; three rows lack one column.

Who wrote what: everything comes from the untuned Salesforce/blip2-opt-2.7b, zero-shot, no adapter. Captions are
free generation with an empty prompt (short, lowercase, "a man in a ... and ..."). Open answers are free generation
from the `Question: ... Answer:` prompt, greedy, 30 new tokens. Closed answers (garment type, color, pattern, the
yes/no garment question and the closed color-of question) are the candidate the reference engine ranked first, so
they are always one clean candidate value. The base model's habits: it answers for the most salient garment (the
top) instead of the product, gives one color to every garment, echoes the question, keeps the Question/Answer
format going, answers "yes" to open questions, and when it does not stop it repeats a phrase or runs to the limit.

Labeling conventions and judgement calls:
- One label per text. Loops and cuts take precedence over what the looping or cut text says; a leak takes
  precedence over the answer inside it (the answers inside my leaks are right for the photo).
- other_garment_color only for open answers (free generation) that give the product a color of another garment in
  the photo. The same thing from a closed answer or in a caption is labelled contradiction, as is an open answer
  that gives another garment the product's color, and any pattern taken from the top (striped, checked, printed).
- A detail of another garment moved onto the product (chest pockets, collar tipping, a belt that is not there) is
  unsupported; so are backdrops, props and details not in the photo (a brick wall, a skateboard, back pockets in a
  front view where the top covers them).
- non_answer: "yes" to an open question, "i don't know", the garment's name or its bare color alone for a
  describe/details question, "they are short" for shorts. restated: the question or its words turned back as a
  sentence ("the pants are the pants", "what are the pants details").
- A color right for the photo is correct even where the seller's column says otherwise: tan chinos the seller calls
  Brown answered "khaki", washed black jeans that read dark grey answered "grey", cream trousers answered "cream".
  Maroon answered "red" and charcoal called "grey" are within their color group and counted correct.
- Pronoun failures only on rows with gender Men; rows without a gender column carry no pronoun label.
- The photos crop at mid-shin or show the shoes; "polyester" for athletic shorts, "denim" or "cotton" for jeans,
  "cotton" for chinos and "linen" for a visibly linen pair are counted correct.
- hit_limit=True on every loop and cut (the 30-token answer limit was reached); nothing else hit the limit.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_744 = [
    # photo: mid-blue skinny jeans, plain white crew-neck t-shirt, white sneakers, white backdrop, front view;
    # base model zero-shot wrote the caption and open answers, the reference engine the closed ones
    case(
        "X744-001",
        caption("a man in a white t-shirt and blue jeans"),
        wearing("a white t-shirt and blue jeans", who="he"),
        color_of("jeans", "blue"),
        color_of("t-shirt", "white", kind="open"),
        describe("jeans", "the jeans are white", "other_garment_color"),
        details("jeans", "they are skinny jeans with a flying machine patch on the back pocket", "unsupported"),
        Q.garment_type("jeans"),
        title="Flying Machine Men Skinny Jack Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: black straight-leg jeans, grey melange round-neck tee, brown boots, hands in pockets, white backdrop;
    # base model zero-shot (open, caption), reference engine (closed)
    case(
        "X744-002",
        caption("a man in a grey t-shirt and black jeans standing with his hands in his pockets"),
        wearing("grey t-shirt and black jeans", who="he"),
        color_of("jeans", "grey", "contradiction"),
        color_of("t-shirt", "grey", kind="open"),
        describe("jeans", "black jeans with white stitching and a tear on the knee", "unsupported"),
        details("jeans", "she has her hands in her pockets", "pronoun"),
        Q.material("denim"),
        title="Wrangler Men Black Millard Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: khaki slim chinos, navy blue polo t-shirt worn untucked so it covers the waistband, brown loafers,
    # white backdrop, front view; base model zero-shot (open, caption), reference engine (closed)
    case(
        "X744-003",
        caption("a man wearing a navy blue polo shirt and khaki pants"),
        wearing("a blue polo shirt and khaki pants"),
        color_of("pants", "navy blue", "other_garment_color", kind="open"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("khaki"),
        describe("pants", "the pants are khaki chinos with a slim fit"),
        details("pants", "the pants have a button and a zipper with a brown leather belt", "unsupported"),
        title="Highlander Men Classic Chinos Khaki Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: navy running shorts with white three stripes down the side and a small white logo on the left leg,
    # white adidas t-shirt, running shoes, white backdrop, three-quarter view; base model zero-shot, reference engine
    case(
        "X744-004",
        caption("a man in a white t-shirt and navy blue shorts"),
        wearing("she is wearing a white shirt and navy shorts", "pronoun"),
        color_of("shorts", "navy blue"),
        describe("shorts", "yes", "non_answer"),
        details("shorts", "the shorts have white stripes on the side and a logo on the left leg"),
        Q.material("polyester"),
        title="ADIDAS Men Rsp Ds 7in Navy Blue Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: light-wash blue jeans with faded thighs, red-and-black checked flannel shirt worn open over a black tee,
    # white backdrop, front view; base model zero-shot (open, caption), reference engine (closed)
    case(
        "X744-005",
        caption("a man in a red plaid shirt and jeans"),
        wearing("a red plaid shirt, black t-shirt and blue jeans", who="he"),
        color_of("jeans", "red", "other_garment_color", kind="open"),
        describe("jeans", "the jeans are light blue with a faded wash"),
        details(
            "jeans",
            "the jeans are a slim fit and the jeans are a slim fit and the jeans are a slim fit and the jeans are",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("checked", "contradiction"),
        is_a("pair of jeans", "yes"),
        title="Levis Men 511 Slim Fit Washed Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: charcoal grey flat-front formal trousers with a pressed crease, white formal shirt tucked in, black belt,
    # black shoes, white backdrop; base model zero-shot (open, caption), reference engine (closed)
    case(
        "X744-006",
        caption("a man wearing a white shirt and grey pants"),
        wearing("a white shirt, black belt and grey trousers"),
        Q.color("white", "contradiction"),
        describe("trousers", "Question: Describe the trousers. Answer: grey formal trousers", "leak"),
        details("trousers", "the trousers have a crease down the front and a belt"),
        color_of("shirt", "white", kind="open"),
        title="Arrow Men Wooltouch Charcoal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: beige cotton chino shorts to the knee with rolled hems, olive green t-shirt, white sneakers, sunglasses
    # held in one hand, white backdrop; base model zero-shot (open, caption), reference engine (closed)
    case(
        "X744-007",
        caption("a man in a green shirt and beige shorts holding sunglasses"),
        wearing("he is wearing a green t-shirt and khaki shorts", who="he"),
        color_of("shorts", "green", "other_garment_color", kind="open"),
        describe("shorts", "the shorts are beige with a rolled up hem"),
        details("shorts", "they are short", "non_answer"),
        is_a("pair of shorts", "yes"),
        Q.material("denim", "unsupported"),
        title="Status Quo Men Solid Beige Shorts",
        category="Shorts",
        color="Beige",
        gender="Men",
    ),
    # photo: dark indigo regular-fit jeans, white shirt with thin blue vertical stripes, sleeves rolled, untucked,
    # white backdrop; base model zero-shot (open, caption), reference engine (closed)
    case(
        "X744-008",
        caption("a man in a striped shirt and dark blue jeans"),
        wearing("a blue and white striped shirt and jeans"),
        Q.pattern("striped", "contradiction"),
        color_of("jeans", "blue"),
        describe("jeans", "she is wearing dark blue jeans", "pronoun"),
        details("jeans", "the jeans have ripped knees", "unsupported"),
        title="Spykar Men Ep Jeans Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: olive chinos with the hems rolled once, white short-sleeve henley, tan boots, white backdrop;
    # base model zero-shot (open, caption), reference engine (closed)
    case(
        "X744-009",
        caption("a man wearing olive green pants and a white shirt"),
        wearing("olive pants and a white henley"),
        color_of("pants", "olive"),
        color_of("shirt", "olive", "contradiction", kind="open"),
        describe("pants", "the pants are olive green chinos with rolled cuffs"),
        details(
            "pants",
            "olive green olive green olive green olive green olive green olive green olive green olive green olive",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("trousers"),
        title="Basics Men Olive Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: blue-and-white checked cotton shorts with a white drawstring hanging at the waist, plain white t-shirt,
    # flip-flops, white backdrop; base model zero-shot (open, caption), reference engine (closed)
    case(
        "X744-010",
        caption("a man in a white t-shirt and plaid shorts"),
        wearing("a white shirt and blue plaid shorts"),
        color_of("shorts", "blue and white", kind="open"),
        Q.pattern("solid", "contradiction"),
        describe("shorts", "Answer: the shorts are blue and white plaid", "leak"),
        details(
            "shorts",
            "the shorts have a drawstring waist, two side pockets and the checks are blue and white with a thin"
            " line of",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of shorts", "yes"),
        title="Deni Yo Men Check Blue Short",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: black slim jeans, maroon round-neck t-shirt, black sneakers, light grey studio backdrop, front view;
    # base model zero-shot (open, caption), reference engine (closed)
    case(
        "X744-011",
        caption("a man in a maroon t-shirt and black jeans standing in front of a grey wall"),
        wearing("a maroon shirt and black jeans"),
        color_of("jeans", "black", kind="open"),
        color_of("t-shirt", "red"),
        describe("jeans", "describe the jeans", "restated"),
        details("jeans", "the jeans have a belt with a silver buckle", "unsupported"),
        Q.garment_type("jeans"),
        title="Lee Men Black Chicago Fit Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: navy formal trousers, light pink formal shirt tucked in, brown belt, white backdrop;
    # base model zero-shot (open, caption), reference engine (closed)
    case(
        "X744-012",
        caption("a man wearing a pink shirt and blue pants"),
        wearing("a pink shirt and navy pants", who="he"),
        color_of("pants", "pink", "contradiction"),
        describe("pants", "pink", "other_garment_color"),
        details("pants", "The pants are navy blue. Question: What is the color of the shirt? Answer: pink", "leak"),
        is_a("pair of trousers", "yes"),
        title="Scullers Men Solid Navy Blue Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey cargo shorts with flap pockets on both thighs, black t-shirt with a large white graphic print,
    # white backdrop; base model zero-shot (open, caption), reference engine (closed)
    case(
        "X744-013",
        caption("a man in a black t-shirt and grey cargo shorts"),
        wearing("black graphic tee and grey cargo shorts"),
        color_of("shorts", "grey"),
        describe(
            "shorts",
            "the shorts are grey cargo shorts with large flap pockets on the sides and an elastic waistband with a"
            " drawstring and belt loops and a button",
            "cut",
            hit_limit=True,
        ),
        details("shorts", "the shorts have cargo pockets and a belt with a skull buckle", "unsupported"),
        Q.pattern("graphic", "contradiction"),
        Q.material("cotton"),
        title="Quiksilver Men Grey Ashland Cargo Shorts",
        category="Shorts",
        color="Grey",
        gender="Men",
    ),
    # photo: back view: mid-blue straight jeans showing the back pockets with arc stitching and a leather waist
    # patch, white t-shirt, bare head, white backdrop; base model zero-shot (open, caption), reference engine (closed)
    case(
        "X744-014",
        caption("the back of a man in blue jeans and a white t-shirt"),
        wearing("blue jeans and a white t-shirt and a black cap", "unsupported"),
        color_of("jeans", "blue"),
        describe("jeans", "the back of the jeans", "non_answer"),
        details("jeans", "the jeans have a leather patch on the back of the waist and stitching on the back pockets"),
        is_a("pair of jeans", "yes"),
        title="Wrangler Men Blue Texas Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: beige chinos, plain black t-shirt, black sneakers, white backdrop;
    # base model zero-shot (open, caption), reference engine (closed)
    case(
        "X744-015",
        caption("a man in a black shirt and beige pants"),
        wearing("she is wearing a black shirt and khaki pants", "pronoun"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        Q.color("beige"),
        describe("pants", "the pants are the pants", "restated"),
        details(
            "pants",
            "khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki khaki",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("trousers"),
        title="Highlander Men Solid Beige Trouser",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: black athletic shorts with a white swoosh on the left leg, red dri-fit t-shirt, white backdrop, standing;
    # base model zero-shot (open, caption), reference engine (closed)
    case(
        "X744-016",
        caption("a man in a red shirt and black shorts playing basketball", "unsupported"),
        wearing("red nike shirt and black shorts"),
        color_of("shorts", "black"),
        color_of("shirt", "red", kind="open"),
        describe("shorts", "red", "other_garment_color"),
        details("shorts", "the shorts have a white nike logo on the left leg"),
        Q.material("polyester"),
        title="Nike Men Solid Black Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: light-blue slim jeans with whiskering at the hips, yellow round-neck t-shirt, black backpack on one
    # shoulder, white backdrop; base model zero-shot (open, caption), reference engine (closed)
    case(
        "X744-017",
        caption("a man wearing a yellow t-shirt and jeans with a backpack"),
        wearing("a yellow shirt, jeans and a black backpack"),
        color_of("jeans", "yellow", "other_garment_color", kind="open"),
        describe("jeans", "The jeans are light blue with fading on the thighs"),
        details("jeans", "the jeans have a button fly and a zip fly", "unsupported"),
        is_a("pair of jeans", "no", "contradiction"),
        title="Highlander Men High Original Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: black formal trousers with thin grey pinstripes, flat front, plain hems, white shirt tucked in, black belt,
    # white backdrop; base model zero-shot (open, caption), reference engine (closed)
    case(
        "X744-018",
        caption("a man in a white shirt and black pants"),
        wearing("a white shirt and black striped trousers"),
        Q.pattern("striped"),
        color_of("trousers", "black"),
        describe("trousers", "the trousers", "non_answer"),
        details(
            "trousers",
            "the trousers have a pleated front and cuffed hems with a small button on the waistband and a hook and bar"
            " closure with a",
            "cut",
            hit_limit=True,
        ),
        Q.material("leather", "unsupported"),
        title="Genesis Men Stripes Black Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: white woven running shorts with a black swoosh, black t-shirt, white backdrop;
    # base model zero-shot (open, caption), reference engine (closed)
    case(
        "X744-019",
        caption("a man in a black shirt and white shorts"),
        wearing("she is wearing a black t-shirt and white shorts", "pronoun", who="he"),
        color_of("shorts", "black", "contradiction"),
        describe("shorts", "white shorts with a black logo"),
        details("shorts", "the details of the shorts are the shorts", "restated"),
        Q.garment_type("shorts"),
        title="Nike Men As Woven Shor White Shorts",
        category="Shorts",
        color="White",
        gender="Men",
    ),
    # photo: mid-wash jeans rolled at the hem, white-and-navy horizontal striped t-shirt, white sneakers, white
    # backdrop; base model zero-shot (open, caption), reference engine (closed)
    case(
        "X744-020",
        caption("a man in a striped shirt and blue jeans"),
        wearing("a striped t-shirt and rolled up jeans"),
        Q.color("blue"),
        Q.pattern("striped", "contradiction"),
        describe("jeans", "the jeans are white and navy", "other_garment_color"),
        details("jeans", "rolled up Question: What are the jeans details? Answer: rolled up", "leak"),
        Q.material("denim"),
        title="Locomotive Men Washed Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: coffee-brown cotton trousers, sky-blue shirt untucked with sleeves rolled, white backdrop, front view;
    # base model zero-shot (open, caption), reference engine (closed)
    case(
        "X744-021",
        caption("a man in a blue shirt and brown pants"),
        wearing("a light blue shirt and brown pants"),
        color_of("pants", "blue", "contradiction"),
        color_of("shirt", "light blue", kind="open"),
        describe("pants", "brown pants"),
        details("pants", "the pants have a back pocket with a button", "unsupported"),
        Q.material("cotton"),
        title="Probase Men Solid Brown Trouser",
        category="Trousers",
        color="Brown",
        gender="Men",
    ),
    # photo: grey melange knit shorts with three white stripes on the side, elastic waist with a drawstring, navy blue
    # t-shirt, white backdrop; base model zero-shot (open, caption), reference engine (closed)
    case(
        "X744-022",
        caption("a man wearing a blue t-shirt and grey shorts"),
        wearing("he is wearing a navy blue t-shirt and grey shorts", who="he"),
        color_of("shorts", "blue", "other_garment_color", kind="open"),
        describe("shorts", "grey shorts with white stripes on the sides"),
        details(
            "shorts",
            "the shorts have an elastic waistband and the shorts have an elastic waistband and the shorts have an"
            " elastic",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of shorts", "yes"),
        title="ADIDAS Men Solid Grey Shorts",
        category="Shorts",
        color="Grey",
        gender="Men",
    ),
    # photo: washed black slim jeans faded to a dark charcoal look, white shirt with a small navy all-over print,
    # white backdrop; base model zero-shot (open, caption), reference engine (closed)
    case(
        "X744-023",
        caption("a man wearing a white shirt and black jeans"),
        wearing("a white printed shirt and black jeans"),
        color_of("jeans", "grey"),
        Q.pattern("printed", "contradiction"),
        describe("jeans", "the jeans are jeans", "restated"),
        details(
            "jeans",
            "the jeans have a faded wash on the thighs, a slim fit that narrows at the ankle, five pockets and a small"
            " logo tab on the back of the",
            "cut",
            hit_limit=True,
        ),
        Q.material("denim"),
        title="Spykar Men Ep Jeans Black Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: cream linen-look relaxed trousers, navy blue linen shirt untucked, brown sandals, white backdrop;
    # base model zero-shot (open, caption), reference engine (closed)
    case(
        "X744-024",
        caption("a man in a blue shirt and white pants"),
        wearing("a navy blue shirt and cream pants"),
        Q.color("cream"),
        color_of("shirt", "white", "contradiction", kind="open"),
        describe("pants", "the pants are navy blue", "other_garment_color"),
        details("pants", "Answer: the pants are loose", "leak"),
        Q.material("linen"),
        title="Belmonte Men Solid Cream Trousers",
        category="Trousers",
        color="Cream",
        gender="Men",
    ),
    # photo: mid-blue denim shorts with a frayed hem, grey marl t-shirt, white backdrop;
    # base model zero-shot (open, caption), reference engine (closed)
    case(
        "X744-025",
        caption("a man in a grey t-shirt and denim shorts"),
        wearing("grey t-shirt and jean shorts"),
        color_of("shorts", "grey", "contradiction"),
        describe("shorts", "blue denim shorts with a frayed hem"),
        details("shorts", "shorts", "non_answer"),
        Q.material("denim"),
        Q.garment_type("t-shirt", "contradiction"),
        title="Flying Machine Men Washed Blue Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: dark blue jeans, olive green casual shirt with two flap chest pockets, untucked, white backdrop;
    # base model zero-shot (open, caption), reference engine (closed)
    case(
        "X744-026",
        caption("a man wearing a green shirt and blue jeans"),
        wearing("she is wearing a green shirt and blue jeans", "pronoun"),
        color_of("jeans", "dark blue", kind="open"),
        describe("jeans", "the jeans have two chest pockets with buttons", "unsupported"),
        details(
            "jeans",
            "the jeans are dark blue and the shirt is green and the jeans are dark blue and the shirt is green and the",
            "loop",
            hit_limit=True,
        ),
        Q.color("green", "contradiction"),
        title="United Colors of Benetton Men Washed Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: light grey formal trousers, black formal shirt tucked in, black belt, no tie, white backdrop;
    # base model zero-shot (open, caption), reference engine (closed)
    case(
        "X744-027",
        caption("a man in a black shirt and grey pants"),
        wearing("a black shirt and grey trousers with a tie", "unsupported"),
        color_of("trousers", "grey"),
        describe(
            "trousers",
            "the trousers are light grey. Question: Describe the shirt. Answer: the shirt is black",
            "leak",
        ),
        details("trousers", "grey", "non_answer"),
        is_a("pair of trousers", "yes"),
        title="Belmonte Men Solid Grey Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: black knee-length bermuda sweat shorts with a white puma cat logo on the left thigh, white t-shirt with a
    # black puma print, white backdrop; base model zero-shot (open, caption), reference engine (closed)
    case(
        "X744-028",
        caption("a man in a white puma t-shirt and black shorts"),
        wearing("a white t-shirt and white shorts", "other_garment_color"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        describe("shorts", "black bermuda shorts with a white puma logo on the leg"),
        details("shorts", "the shorts have a zipper pocket on the back and reflective stripes", "unsupported"),
        Q.pattern("solid"),
        title="Puma Men Logo Bermuda Black Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: distressed light-blue jeans ripped at both knees, black full-sleeve henley, white backdrop;
    # base model zero-shot (open, caption), reference engine (closed)
    case(
        "X744-029",
        caption("a man in a black shirt and ripped jeans"),
        wearing("a black long sleeve shirt and ripped jeans", who="he"),
        color_of("jeans", "black", "contradiction"),
        describe("jeans", "the jeans are ripped at the knees and light blue"),
        details(
            "jeans",
            "ripped ripped ripped ripped ripped ripped ripped ripped ripped ripped ripped ripped ripped ripped ripped",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim"),
        title="Deni Yo Men Washed Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: khaki flat-front chinos with plain hems, white-and-blue gingham checked shirt untucked, white backdrop;
    # base model zero-shot (open, caption), reference engine (closed); the feed row has no color
    case(
        "X744-030",
        caption("a man in a checkered shirt and khaki pants"),
        wearing("a blue checkered shirt and khaki pants"),
        Q.pattern("checked", "contradiction"),
        color_of("pants", "khaki"),
        describe("pants", "the pants are khaki with a checkered pattern", "contradiction"),
        details("pants", "the pants have pleats and a cuff at the bottom", "unsupported"),
        Q.material("what material is the garment made of", "restated"),
        title="Turtle Solid Men Khaki Trouser",
        category="Trousers",
        gender="Men",
    ),
    # photo: navy knit shorts with grey side panels and a white drawstring, white polo t-shirt, white backdrop;
    # base model zero-shot (open, caption), reference engine (closed); the feed row has no gender
    case(
        "X744-031",
        caption("a man in a white polo shirt and blue shorts"),
        wearing("a white polo and navy shorts"),
        color_of("shorts", "navy blue"),
        describe(
            "shorts",
            "the shorts are navy blue with grey panels on the sides and an elastic waistband with a white drawstring"
            " and two side pockets and a",
            "cut",
            hit_limit=True,
        ),
        details("shorts", "the shorts details are the details of the shorts", "restated"),
        color_of("shirt", "navy blue", "contradiction", kind="open"),
        title="Puma Men Solid Navy Blue Knits Panel Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # photo: black regular jeans, white shirt tucked in with sleeves rolled, brown belt, white backdrop, front view;
    # base model zero-shot (open, caption), reference engine (closed)
    case(
        "X744-032",
        caption("a man wearing a white shirt and black jeans"),
        wearing("a white shirt with a brown belt and black jeans"),
        color_of("jeans", "black", kind="open"),
        describe("jeans", "black jeans Question: What is the color of the belt? Answer: brown", "leak"),
        details(
            "jeans",
            "the jeans have a brown leather belt with a big buckle and the wrangler logo on the back pocket",
            "unsupported",
        ),
        Q.garment_type("shirt", "contradiction"),
        title="Wrangler Men Black Texas Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: olive slim chinos, white t-shirt with a black chest graphic, white backdrop, side view;
    # base model zero-shot (open, caption), reference engine (closed)
    case(
        "X744-033",
        caption("a man in a white t-shirt and green pants leaning against a car", "unsupported"),
        wearing("a white graphic t-shirt and olive pants", who="he"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        Q.color("olive"),
        describe("pants", "olive green slim fit pants"),
        details("pants", "the pants have a graphic print on the front", "contradiction"),
        Q.material("i don't know", "non_answer"),
        title="Highlander Men Solid Olive Trouser",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: beige cotton shorts above the knee with belt loops and slant side pockets, mustard yellow t-shirt,
    # white backdrop; base model zero-shot (open, caption), reference engine (closed)
    case(
        "X744-034",
        caption("a man in a yellow shirt and beige shorts"),
        wearing("she is wearing a yellow shirt and tan shorts", "pronoun"),
        color_of("shorts", "yellow", "contradiction"),
        describe("shorts", "yellow", "other_garment_color"),
        details("shorts", "the shorts have belt loops and side pockets"),
        is_a("pair of shorts", "yes"),
        title="Basics Men Solid Beige Shorts",
        category="Shorts",
        color="Beige",
        gender="Men",
    ),
    # photo: mid-blue bootcut jeans over brown cowboy boots, brown-and-cream checked shirt tucked in, brown belt,
    # white backdrop; base model zero-shot (open, caption), reference engine (closed); the feed row has no category
    case(
        "X744-035",
        caption("a man in a plaid shirt and blue jeans with cowboy boots"),
        wearing("a brown plaid shirt, blue jeans and boots"),
        color_of("jeans", "brown", "contradiction"),
        describe("jeans", "the jeans are blue and flared at the bottom over the boots"),
        details("jeans", "Answer: boot cut", "leak"),
        Q.pattern("checked", "contradiction"),
        Q.material("denim"),
        title="Lee Men Sanskrit Blue Rodeo Fit Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: black formal trousers, light grey formal shirt tucked in, black belt, white backdrop, front view;
    # base model zero-shot (open, caption), reference engine (closed)
    case(
        "X744-036",
        caption("a man in a grey shirt and black pants"),
        wearing("a grey shirt and grey trousers", "other_garment_color"),
        color_of("trousers", "grey", "other_garment_color", kind="open"),
        Q.color("black"),
        describe("trousers", "black trousers with a black belt"),
        details(
            "trousers",
            "the trousers have a slim fit, a flat front, a belt, side pockets, back pockets with buttons, a zip fly and"
            " a hook closure and",
            "cut",
            hit_limit=True,
        ),
        title="Genesis Men Black Solid Trouser",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: white football shorts with a red club crest on the left leg, no side stripe, red manchester united
    # jersey, white backdrop; base model zero-shot (open, caption), reference engine (closed)
    case(
        "X744-037",
        caption("a man in a red shirt and white shorts"),
        wearing("a red manchester united jersey and white shorts"),
        color_of("shorts", "red", "contradiction"),
        describe("shorts", "white shorts with a red logo"),
        details(
            "shorts",
            "the shorts have a manchester united logo on the left leg and a black stripe down the side",
            "unsupported",
        ),
        Q.material("polyester"),
        title="Manchester United Men Solid White Shorts",
        category="Shorts",
        color="White",
        gender="Men",
    ),
    # photo: medium-wash straight jeans faded at the knees, light blue denim shirt (double denim), white backdrop;
    # base model zero-shot (open, caption), reference engine (closed)
    case(
        "X744-038",
        caption("a man in a denim shirt and jeans"),
        wearing("a denim shirt and blue jeans"),
        color_of("jeans", "blue"),
        color_of("shirt", "light blue", kind="open"),
        describe(
            "jeans",
            "denim jeans denim jeans denim jeans denim jeans denim jeans denim jeans denim jeans denim jeans",
            "loop",
            hit_limit=True,
        ),
        details("jeans", "the jeans are faded at the knees and have a straight leg"),
        is_a("pair of jeans", "yes"),
        title="Flying Machine Men Washed Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: navy chinos, white crew-neck t-shirt under an open light-blue shirt (layered), white backdrop;
    # base model zero-shot (open, caption), reference engine (closed)
    case(
        "X744-039",
        caption("a man wearing a blue shirt over a white t-shirt and blue pants"),
        wearing("a blue shirt, a white t-shirt and navy pants", who="he"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        Q.color("navy blue"),
        describe("pants", "she is wearing navy blue pants", "pronoun"),
        details("pants", "what are the pants details", "restated"),
        Q.garment_type("shirt", "contradiction"),
        title="Highlander Men Solid Navy Blue Trouser",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey washed cotton shorts with rolled hems, white linen shirt untucked with sleeves rolled, white
    # backdrop; base model zero-shot (open, caption), reference engine (closed)
    case(
        "X744-040",
        caption("a man in a white shirt and grey shorts"),
        wearing("what is the person wearing", "restated"),
        color_of("shorts", "grey", kind="open"),
        describe("shorts", "white shorts with rolled hems", "other_garment_color"),
        details("shorts", "Question: What are the shorts details? Answer: rolled up", "leak"),
        Q.pattern("solid"),
        title="United Colors of Benetton Men Grey Washed Shorts",
        category="Shorts",
        color="Grey",
        gender="Men",
    ),
    # photo: dark blue straight jeans, white t-shirt with a navy wrangler print, a cap held in one hand, white
    # backdrop; base model zero-shot (open, caption), reference engine (closed)
    case(
        "X744-041",
        caption("a man in a white t-shirt and jeans holding a hat"),
        wearing("a white wrangler t-shirt and dark blue jeans"),
        color_of("jeans", "white", "contradiction"),
        describe("jeans", "dark blue straight jeans"),
        details("jeans", "yes", "non_answer"),
        Q.material("cotton"),
        title="Wrangler Men Blue Floyd Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: tan slim chinos (the seller calls them Brown), white polo t-shirt with navy collar tipping, brown loafers,
    # white backdrop; base model zero-shot (open, caption), reference engine (closed)
    case(
        "X744-042",
        caption("a man in a white polo shirt and tan pants"),
        wearing("a white polo shirt and brown pants"),
        color_of("pants", "khaki"),
        describe("pants", "tan chinos with a slim fit"),
        details("pants", "the pants have a navy blue stripe on the collar", "unsupported"),
        Q.garment_type("t-shirt", "contradiction"),
        title="Highlander Men Classic Chinos Brown Trousers",
        category="Trousers",
        color="Brown",
        gender="Men",
    ),
    # photo: black board shorts with a white and grey palm-leaf print, grey t-shirt, white backdrop;
    # base model zero-shot (open, caption), reference engine (closed)
    case(
        "X744-043",
        caption("a man in a grey t-shirt and black printed shorts"),
        wearing("a grey shirt and black board shorts with a palm print"),
        color_of("shorts", "black"),
        describe("shorts", "grey shorts", "other_garment_color"),
        details(
            "shorts",
            "the shorts have a floral print and a pocket with a zipper on the side and a velcro fly and a drawstring"
            " and a",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        title="Quiksilver Men Black Printed Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: black rinse jeans, solid charcoal grey shirt untucked, white backdrop;
    # base model zero-shot (open, caption), reference engine (closed)
    case(
        "X744-044",
        caption("a man in a gray shirt and black jeans"),
        wearing("he is wearing a grey shirt and black jeans", who="he"),
        color_of("jeans", "grey", "other_garment_color", kind="open"),
        describe("jeans", "a pair of black jeans"),
        details("jeans", "black Question: what color is the shirt? Answer: grey", "leak"),
        is_a("pair of jeans", "yes"),
        title="Lee Men Elvira Rinse Black Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: bottle-green chinos, black-and-white horizontal striped t-shirt, white studio backdrop, no plants;
    # base model zero-shot (open, caption), reference engine (closed)
    case(
        "X744-045",
        caption("a man in a striped shirt and green pants standing in a garden", "unsupported"),
        wearing("a black and white striped shirt and green pants"),
        color_of("pants", "green"),
        Q.pattern("striped", "contradiction"),
        describe("pants", "the pants are dark green"),
        details("pants", "the pants have black and white stripes", "other_garment_color"),
        title="Basics Men Green Trousers",
        category="Trousers",
        color="Green",
        gender="Men",
    ),
    # photo: light-blue denim shorts with rolled cuffs, red t-shirt, empty hands, white backdrop;
    # base model zero-shot (open, caption), reference engine (closed)
    case(
        "X744-046",
        caption("a man in a red shirt and blue jean shorts holding a skateboard", "unsupported"),
        wearing("a red t-shirt and denim shorts", who="he"),
        color_of("shorts", "light blue", kind="open"),
        describe("shorts", "red", "other_garment_color"),
        details("shorts", "the shorts are short", "non_answer"),
        Q.material("denim"),
        title="Palm Tree Men Washed Blue Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
]
