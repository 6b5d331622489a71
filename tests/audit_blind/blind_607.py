"""BLIND_607 (46 products; Myntra denim, light wash to black): written blind in the fifty-second session. Measured blind
at 0748eb3 (the session's twelfth rules): 119/130 failures found (91.5%) and 6/188 correct texts flagged (3.2%). The
writer's notes, verbatim:

Scenario: a Myntra feed of men's and women's denim: jeans (skinny, slim, tapered, straight, boyfriend, mom, flared,
embroidered), denim jackets, denim shirts, denim skirts, dungarees and denim shorts, in washes from ice blue through
mid and dark indigo to grey, charcoal and black. Catalog shots on a white backdrop, mostly worn by a model who also
wears other garments (t-shirts, sweaters, hoodies, coats, blouses, a dress), one flat lay and one back view.

Who wrote what: every caption is from the caption adapter at epoch 1 (Data2_V2 ... Caption_First_Epoch): the
DeepFashion template ("The pants this man wears is of long length. The pants are with denim fabric and pure color
patterns."), no hue names, no trained end token, so many captions run to the 50-token limit, are cut there or loop
on a template sentence. Open answers (wearing, describe, details, material, open color questions) are from the
untuned base blip2-opt-2.7b: short lowercase phrases, sometimes the other garment's color, invented details, a
continued "Question: ... Answer:" format, an echo of the question, a yes/no, a wrong he/she, now and then a loop.
Closed answers (garment type, color, pattern, sleeve length, wash, "Is this a ...?") are from enrich's
--engine reference: one candidate picked, never looped or cut, but often the salient other garment's value.

Labeling conventions and judgement calls:
- A text is judged against the photo, not the seller: X607-021 is listed Black but the photo shows faded charcoal
  jeans, so "grey" is correct there, and the closed "black" is accepted too.
- One label per text, the most salient failure: a loop or a cut is labeled loop or cut even when its words are
  right or also invent something; a text with "Question:" or "Answer:" in it is labeled leak even when its answer
  part is right.
- A caption that ran to the token limit but happens to end on a complete, correct sentence (X607-031) is labeled
  correct with hit_limit=True; every cut text ends mid-phrase.
- The color of another garment given to the product is other_garment_color; another garment's pattern, type or
  length (stripes of the tee on the jacket, "dress" for dungarees, "long pants" for shorts, short sleeves for a
  long-sleeve shirt) is contradiction; another garment's feature or material (the hoodie's hood on the jacket,
  "nylon" for jeans) and details not visible in the photo (back pockets in a front view, linings, fabric
  percentages) are unsupported.
- The color of a print on the product (the pink embroidery on blue jeans) given as the product's color is
  contradiction, not other_garment_color.
- Synonyms accepted as correct: overalls for dungarees, bell bottoms for flared, khaki for beige, gray for grey,
  white for a cream sweater, "cotton" as the material of denim, "graphic patterns" for a small dot print,
  "long sleeve" for sleeves rolled to the elbow, "light blue" and "navy blue" as shades of the seller's Blue/Navy.
- An ice-wash pale blue called "white" is contradiction.
- One-word or yes/no answers to open questions that say nothing about what was asked ("yes", "no", "denim" to
  "Describe the shorts.", "they are short" for details, "jeans" or "i don't know" for the material) are non_answer;
  an echo of the question ("describe the shorts", "the jeans details", "the material of the jeans") is restated.
- A closed garment type that names the other garment worn (sweater, shirt, dress, hoodie) or a wrong kind
  (leggings for skinny jeans, skirt for shorts), and a closed "no" to "Is this a pair of jeans?" on flared jeans,
  are contradiction.
- he/she/his/her or "gentleman"/"lady" against the catalog gender is pronoun, in captions as in answers.
- "a pair of jeans" for "What is the person wearing?" on a flat lay with no person is accepted as correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

wash = question("wash", "What is the wash of the denim?", "closed")

BLIND_607 = [
    # photo: man in mid-blue skinny jeans, untucked white crew-neck t-shirt, white sneakers, white backdrop, front
    # view; caption adapter ep.1 caption, base open answers, reference closed answers
    case(
        "X607-001",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The pants this man wears is of long length. The pants are with denim fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a white t-shirt and blue jeans"),
        color_of("jeans", "blue"),
        describe("jeans", "white skinny jeans", "other_garment_color"),
        details("jeans", "the jeans are slim fit and have a medium blue wash"),
        Q.material("denim Question: What is the color of the jeans? Answer: blue", "leak"),
        title="Roadster Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in dark indigo slim jeans, grey knit crew-neck sweater, brown boots, white backdrop, front view;
    # caption adapter ep.1 caption, base open answers, reference closed answers
    case(
        "X607-002",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. The pants this gentleman wears is of long length. The pants are with denim fabric and pure "
            "color patterns."
        ),
        wearing("a grey sweater and dark blue jeans"),
        color_of("jeans", "grey", "other_garment_color", kind="open"),
        Q.color("navy blue"),
        wash("dark"),
        details(
            "jeans",
            "the jeans have a button closure and five pockets with copper rivets on the back pockets",
            "unsupported",
        ),
        is_a("pair of jeans", "yes"),
        Q.garment_type("sweater", "contradiction"),
        title="Levis Men 511 Slim Fit Dark Blue Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in black slim jeans, olive green nylon bomber jacket over a black t-shirt, white backdrop, front
    # view; caption adapter ep.1 caption, base open answers, reference closed answers
    case(
        "X607-003",
        caption(
            "The upper clothing has long sleeves, cotton fabric and solid color patterns. The lower clothing is of "
            "long length. The fabric is denim and it has solid color patterns. The lower clothing is of long length. "
            "The fabric is denim and it has solid",
            "loop",
            hit_limit=True,
        ),
        wearing("a green jacket and black jeans"),
        color_of("jeans", "black"),
        describe("jeans", "black slim fit jeans"),
        details("jeans", "the jeans are olive green with a zip fly", "other_garment_color"),
        Q.material("nylon", "unsupported"),
        title="Flying Machine Men Black Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: man in grey skinny jeans, mild fading and small abrasions on the thighs, navy blue polo t-shirt, white
    # backdrop, front view; caption adapter ep.1 caption, base open answers, reference closed answers
    case(
        "X607-004",
        caption(
            "This man wears a short-sleeve polo shirt with pure color patterns. The polo shirt is with cotton "
            "fabric. It has a lapel neckline. The pants this man wears is of long length. The pants are with denim "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a navy polo shirt and grey jeans"),
        Q.color("grey"),
        color_of("jeans", "navy blue", "other_garment_color", kind="open"),
        details("jeans", "the jeans are distressed with faded thighs"),
        Q.pattern("solid"),
        describe("jeans", "blue skinny jeans", "contradiction"),
        title="Spykar Men Grey Skinny Fit Low-Rise Mildly Distressed Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: man in light blue heavily faded slim jeans with whiskering, untucked black-and-white checked shirt,
    # white backdrop, front view; caption adapter ep.1 caption, base open answers, reference closed answers
    case(
        "X607-005",
        caption(
            "This man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants this man wears is of long length. The pants are with denim fabric and pure "
            "color patterns."
        ),
        wearing("a black and white checkered shirt and light blue jeans"),
        color_of("jeans", "black", "other_garment_color"),
        wash("light"),
        describe("jeans", "light blue faded jeans with whiskers"),
        details(
            "jeans",
            "the jeans are faded at the knees and thighs the jeans are faded at the knees and thighs the jeans are "
            "faded at the knees",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("checked", "contradiction"),
        title="Mufti Men Light Blue Slim Fit Heavy Fade Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a mid-blue denim trucker jacket worn open over a white t-shirt, black jeans, white backdrop,
    # front view, plain point collar; caption adapter ep.1 caption, base open answers, reference closed answers
    case(
        "X607-006",
        caption(
            "This man wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It has a "
            "lapel neckline. This man also wears a short-sleeve T-shirt with pure color patterns. The pants this "
            "man wears is of long",
            "cut",
            hit_limit=True,
        ),
        wearing("a denim jacket, a white t-shirt and black jeans"),
        Q.garment_type("jacket"),
        Q.color("blue"),
        Q.sleeve_length("long sleeve"),
        describe("jacket", "a blue denim jacket with a fur collar", "unsupported"),
        Q.material("denim"),
        details("jacket", "yes", "non_answer"),
        title="Wrangler Men Blue Solid Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a black washed denim jacket (light fading at the seams), buttoned, grey hoodie underneath with
    # the hood out over the collar, blue jeans, white backdrop, no hat; caption adapter ep.1 caption, base open
    # answers, reference closed answers
    case(
        "X607-007",
        caption(
            "The upper clothing has long sleeves, denim fabric and pure color patterns. The lower clothing is of long "
            "length. The fabric is denim and it has pure color patterns. This man wears a hat.",
            "unsupported",
        ),
        wearing("a black denim jacket over a grey hoodie and blue jeans"),
        Q.color("black"),
        color_of("jacket", "blue", "other_garment_color", kind="open"),
        details("jacket", "the jacket has a hood and two chest pockets", "unsupported"),
        describe("jacket", "she is wearing a black denim jacket", "pronoun"),
        is_a("denim jacket", "yes"),
        title="Roadster Men Black Washed Denim Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: man in a light blue denim shirt, sleeves rolled to the elbows, two flap chest pockets, worn untucked
    # over beige chinos, white backdrop; caption adapter ep.1 caption, base open answers, reference closed answers
    case(
        "X607-008",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The pants this man wears is of long length. The pants are with cotton fabric."
        ),
        wearing("a denim shirt and khaki pants"),
        Q.garment_type("jacket", "contradiction"),
        color_of("shirt", "beige", "other_garment_color"),
        Q.sleeve_length("long sleeve"),
        details("shirt", "the shirt has two chest pockets with flaps and the sleeves are rolled up"),
        describe("shirt", "a light blue denim shirt"),
        Q.material("Question: What material is the shirt made of? Answer: denim", "leak"),
        title="Lee Men Blue Slim Fit Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in knee-length mid-blue washed denim shorts with a frayed hem, red t-shirt with a white graphic
    # print, white backdrop; caption adapter ep.1 caption, base open answers, reference closed answers
    case(
        "X607-009",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. This man wears a long pants. The pants are with denim fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a red t-shirt and denim shorts"),
        color_of("shorts", "red", "other_garment_color"),
        details("shorts", "they are short", "non_answer"),
        describe("shorts", "blue denim shorts with a frayed hem"),
        is_a("pair of shorts", "yes"),
        title="Kook N Keech Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in mid-blue skinny jeans, black sleeveless top, nude heels, white backdrop, front view;
    # caption adapter ep.1 caption, base open answers, reference closed answers
    case(
        "X607-010",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The trousers this lady wears is of long length. The trousers are with denim "
            "fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a black top and blue jeans"),
        Q.color("blue"),
        describe("jeans", "he is wearing blue skinny jeans", "pronoun"),
        details("jeans", "the jeans have a mid rise and a clean look"),
        Q.material("cotton"),
        Q.garment_type("leggings", "contradiction"),
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in black skinny jeans, white button-down shirt untucked, black ankle boots, white backdrop;
    # caption adapter ep.1 caption, base open answers, reference closed answers
    case(
        "X607-011",
        caption(
            "The female is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "The neckline of the shirt is lapel. The pants this female wears is of long length. The pants are with "
            "denim fabric and solid",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and black jeans"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        Q.color("black"),
        details("jeans", "Question: What are the jeans details? Answer: black skinny jeans", "leak"),
        Q.pattern("solid"),
        title="Levis Women 711 Skinny Fit Black Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: woman in light blue boyfriend jeans with rolled cuffs and ripped knees, pink t-shirt loosely tucked,
    # white sneakers, white backdrop; caption adapter ep.1 caption, base open answers, reference closed answers
    case(
        "X607-012",
        caption(
            "The woman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The woman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns."
        ),
        wearing("a pink shirt and ripped jeans"),
        Q.color("pink", "other_garment_color"),
        wash("light"),
        details("jeans", "ripped knees and rolled up hems"),
        describe(
            "jeans",
            "the jeans are ripped the jeans are ripped the jeans are ripped the jeans are ripped the jeans are "
            "ripped the",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim"),
        title="Mast & Harbour Women Light Blue Boyfriend Fit Mid-Rise Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in medium-wash high-rise mom jeans, cream knit sweater tucked in, brown leather belt, white
    # backdrop, front view; caption adapter ep.1 caption, base open answers, reference closed answers
    case(
        "X607-013",
        caption(
            "The upper clothing has long sleeves, knitting fabric and pure color patterns. The neckline of it is "
            "round. The lower clothing is of long length. The fabric is denim and it has pure color patterns. This "
            "lady wears a belt."
        ),
        wearing("a white sweater and blue jeans"),
        color_of("jeans", "blue"),
        describe("jeans", "high waisted jeans with a brown belt"),
        details("jeans", "the jeans have a high waist and a button fly and are made of 100% cotton", "unsupported"),
        Q.garment_type("jeans"),
        Q.material("the jeans are made of cotton and elastane for stretch", "unsupported"),
        title="HERE&NOW Women Blue Mom Fit High-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in a light blue cropped denim jacket worn open over a black-and-white striped t-shirt, black
    # jeans, white backdrop; caption adapter ep.1 caption, base open answers, reference closed answers
    case(
        "X607-014",
        caption(
            "The lady wears a long-sleeve jacket with stripe patterns. The jacket is with denim fabric. It has a "
            "lapel neckline. The trousers this lady wears is of long length. The trousers are with denim fabric.",
            "contradiction",
        ),
        wearing("a denim jacket and a striped shirt"),
        Q.color("blue"),
        Q.pattern("solid"),
        describe("jacket", "a light blue cropped denim jacket"),
        details("jacket", "the jacket is black and white striped", "other_garment_color"),
        Q.sleeve_length("long sleeve"),
        Q.material("Answer: denim", "leak"),
        title="ONLY Women Blue Solid Cropped Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in a dark indigo denim shirt, long sleeves, tucked into white jeans, white backdrop, plain front
    # with two plain buttoned chest pockets; caption adapter ep.1 caption, base open answers, reference closed
    case(
        "X607-015",
        caption(
            "The female is wearing a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. The "
            "neckline of the shirt is lapel. The female is wearing a long-sleeve shirt with pure color patterns. "
            "The shirt is with denim",
            "loop",
            hit_limit=True,
        ),
        wearing("a denim shirt and white jeans"),
        Q.color("navy blue"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        describe("shirt", "a dark blue denim shirt tucked into white pants"),
        details("shirt", "the shirt has pearl snap buttons and embroidered roses on the yoke", "unsupported"),
        Q.garment_type("shirt"),
        title="Vero Moda Women Navy Blue Regular Fit Solid Casual Denim Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a mid-blue denim A-line mini skirt with a button placket down the front, white blouse with
    # small red flowers, short sleeves, white backdrop; caption adapter ep.1 caption, base open, reference closed
    case(
        "X607-016",
        caption(
            "Her shirt has short sleeves, cotton fabric and floral patterns. It has a round neckline. The lady wears "
            "a short skirt. The skirt is with denim fabric and pure color patterns."
        ),
        wearing("a white floral blouse and a denim skirt"),
        Q.garment_type("skirt"),
        Q.color("white", "other_garment_color"),
        describe("skirt", "a blue denim mini skirt with buttons down the front"),
        details("skirt", "the skirt details are the skirt", "restated"),
        is_a("pair of shorts", "yes", "contradiction"),
        title="DressBerry Women Blue Solid Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in full-length light-to-mid blue washed denim dungarees with a bib pocket and metal-buckled
    # straps, white t-shirt underneath, white backdrop; caption adapter ep.1 caption, base open, reference closed
    case(
        "X607-017",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. The lower clothing is of "
            "long length. The fabric is denim and it has pure color patterns."
        ),
        wearing("overalls and a white t-shirt"),
        Q.garment_type("dungarees"),
        is_a("dress", "yes", "contradiction"),
        color_of("dungarees", "blue"),
        describe("dungarees", "blue denim overalls with a white t-shirt underneath"),
        details("dungarees", "the overalls have a bib pocket and adjustable straps with metal buckles"),
        Q.material(
            "denim and cotton and denim and cotton and denim and cotton and denim and cotton and denim and cotton and",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Women Blue Washed Denim Dungarees",
        category="Dungarees",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in black denim short dungarees over a mustard-and-white striped t-shirt, white backdrop;
    # caption adapter ep.1 caption, base open answers, reference closed answers
    case(
        "X607-018",
        caption(
            "The gentleman wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a short pants. The pants are with denim fabric and pure "
            "color patterns.",
            "pronoun",
        ),
        wearing("black denim overalls and a yellow striped t-shirt"),
        Q.garment_type("dress", "contradiction"),
        Q.color("yellow", "other_garment_color"),
        describe("dungarees", "black dungaree shorts"),
        is_a("pair of overalls", "yes"),
        title="SASSAFRAS Women Black Denim Short Dungarees",
        category="Dungarees",
        color="Black",
        gender="Women",
    ),
    # photo: woman in light blue high-rise denim shorts with a frayed hem, white sleeveless crop top, white
    # backdrop; caption adapter ep.1 caption, base open answers, reference closed answers
    case(
        "X607-019",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. The neckline of it is round. "
            "The lower clothing is of short length. The fabric is denim and it has pure color patterns."
        ),
        wearing("a white top and blue shorts"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        wash("light"),
        details("shorts", "frayed hem and high waist"),
        describe("shorts", "denim", "non_answer"),
        Q.material("denim"),
        Q.garment_type("skirt", "contradiction"),
        title="Tokyo Talkies Women Blue High-Rise Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: man in charcoal grey slim jeans, white shirt with thin blue stripes, tan loafers, white backdrop;
    # caption adapter ep.1 caption, base open answers, reference closed answers
    case(
        "X607-020",
        caption(
            "This gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants this gentleman wears is of long length. The pants are with denim fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a striped shirt and grey jeans"),
        Q.color("grey"),
        describe("jeans", "the jeans are white with blue stripes", "other_garment_color"),
        details("jeans", "slim fit with a clean look"),
        is_a("pair of jeans", "yes"),
        Q.material("denim. Question: Is this a pair of jeans? Answer: yes", "leak"),
        title="HIGHLANDER Men Charcoal Grey Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man in faded charcoal grey skinny jeans (the seller says Black), black leather jacket over a white
    # t-shirt, white backdrop; caption adapter ep.1 caption, base open answers, reference closed answers
    case(
        "X607-021",
        caption(
            "This man wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It has "
            "a lapel neckline. The pants this man wears is of long length. The pants are with denim fabric."
        ),
        wearing("a black leather jacket, white t-shirt and grey jeans"),
        color_of("jeans", "grey", kind="open"),
        Q.color("black"),
        details("jeans", "skinny jeans with faded knees and thighs"),
        describe("jeans", "she is wearing grey skinny jeans", "pronoun"),
        Q.material("leather", "unsupported"),
        title="Kraus Jeans Men Black Skinny Fit Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: man in mid-blue slim jeans with big rips at both knees, black pullover hoodie, hands in the hoodie
    # pocket, no chain or belt visible, white backdrop; caption adapter ep.1, base open, reference closed
    case(
        "X607-022",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "pants are with denim fabric and pure color patterns. The pants are with denim fabric and pure color "
            "patterns. The pants are",
            "loop",
            hit_limit=True,
        ),
        wearing("a black hoodie and ripped jeans"),
        Q.color("black", "other_garment_color"),
        details("jeans", "ripped knees"),
        describe("jeans", "blue ripped jeans with a chain hanging from the belt loop", "unsupported"),
        Q.pattern("solid"),
        title="Roadster Men Blue Slim Fit Mid-Rise Highly Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a light-wash trucker denim jacket with two button-flap chest pockets, worn open over a black
    # t-shirt, dark blue jeans, unlined look at the open front, white backdrop; caption adapter ep.1, base open,
    # reference closed
    case(
        "X607-023",
        caption(
            "This man wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It has a "
            "lapel neckline. The pants this man wears is of long length. The pants are with denim fabric."
        ),
        wearing("a denim jacket and jeans"),
        color_of("jacket", "light blue"),
        describe("jacket", "a light blue denim jacket with a black t-shirt"),
        details(
            "jacket",
            "the jacket has two chest pockets with button flaps and the jacket has two chest pockets with button "
            "flaps and the jacket",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeve"),
        Q.garment_type("shirt", "contradiction"),
        Q.material("the jacket is made of denim and has a sherpa lining", "unsupported"),
        title="Levis Men Light Blue Trucker Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a black denim shirt, long sleeves, buttoned, one chest pocket, grey chinos, white backdrop;
    # caption adapter ep.1 caption, base open answers, reference closed answers
    case(
        "X607-024",
        caption(
            "The man wears a short-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The pants this man wears is of long length. The pants are with cotton fabric.",
            "contradiction",
        ),
        wearing("a black shirt and grey pants"),
        color_of("shirt", "black"),
        Q.sleeve_length("long sleeve"),
        details(
            "shirt",
            "the shirt has a pocket on the chest Question: What is the color of the pants? Answer: grey",
            "leak",
        ),
        describe("shirt", "a black shirt"),
        title="Mufti Men Black Slim Fit Denim Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in light grey high-rise skinny jeans, navy blue long-sleeve top with a white floral print, white
    # backdrop, front view; caption adapter ep.1 caption, base open answers, reference closed answers
    case(
        "X607-025",
        caption(
            "Her shirt has long sleeves, cotton fabric and floral patterns. It has a round neckline. The trousers "
            "the lady wears is of long length. The trousers are with denim fabric and pure color patterns."
        ),
        wearing("a navy floral top and grey jeans"),
        Q.color("navy blue", "other_garment_color"),
        color_of("jeans", "grey", kind="open"),
        details(
            "jeans",
            "the jeans are high waisted and skinny, with two back pockets, a zip fly, a button closure, belt loops "
            "and a small coin pocket on the",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        title="Kraus Jeans Women Grey Skinny Fit High-Rise Jeans",
        category="Jeans",
        color="Grey",
        gender="Women",
    ),
    # photo: woman in black high-rise flared jeans, sheer red chiffon blouse tucked in, white backdrop; caption
    # adapter ep.1 caption, base open answers, reference closed answers
    case(
        "X607-026",
        caption(
            "The person is wearing a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. "
            "The pants this person wears is of long length. The pants are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("red blouse and black flared pants"),
        Q.color("red", "other_garment_color"),
        describe("jeans", "black bell bottom jeans"),
        details("jeans", "he is wearing black flared jeans with a high waist", "pronoun"),
        Q.garment_type("jeans"),
        is_a("pair of jeans", "no", "contradiction"),
        title="FOREVER 21 Women Black Flared High-Rise Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: man in dark indigo slim jeans with a light blue chambray denim shirt (double denim), white sneakers,
    # white backdrop; the feed row has no color; caption adapter ep.1, base open answers, reference closed
    case(
        "X607-027",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The pants this man wears is of long length. The pants are with denim fabric."
        ),
        wearing("a denim shirt and denim jeans"),
        color_of("jeans", "light blue", "other_garment_color"),
        wash("dark"),
        describe("jeans", "dark blue jeans"),
        details("jeans", "the jeans details", "restated"),
        Q.garment_type("shirt", "contradiction"),
        title="Jack & Jones Men Blue Slim Fit Jeans",
        category="Jeans",
        gender="Men",
    ),
    # photo: man in black washed denim shorts above the knee with belt loops and a button fly, white t-shirt with a
    # black graphic print, white backdrop; caption adapter ep.1 caption, base open answers, reference closed
    case(
        "X607-028",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. This man wears a three-point shorts. The shorts are with denim fabric."
        ),
        wearing("a white t-shirt and black shorts"),
        color_of("shorts", "white", "other_garment_color"),
        describe("shorts", "yes", "non_answer"),
        details("shorts", "the shorts have a drawstring waist and side pockets", "unsupported"),
        is_a("pair of shorts", "yes"),
        title="Roadster Men Black Washed Denim Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a black denim jacket worn open over a knee-length yellow floral dress, white backdrop;
    # caption adapter ep.1 caption, base open answers, reference closed answers
    case(
        "X607-029",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It has a "
            "lapel neckline. The lady wears a dress with floral patterns. The dress is of medium length and its "
            "fabric is",
            "cut",
            hit_limit=True,
        ),
        wearing("a black jacket and a yellow dress"),
        Q.garment_type("dress", "contradiction"),
        Q.color("black"),
        describe("jacket", "a black denim jacket over a yellow floral dress"),
        details("jacket", "the jacket is yellow with flowers", "other_garment_color"),
        Q.sleeve_length("long sleeve"),
        title="Roadster Women Black Solid Denim Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: man in dark navy tapered jeans with the hems cuffed, maroon crew-neck sweater, white backdrop; the
    # feed row has no category; caption adapter ep.1 caption, base open answers, reference closed answers
    case(
        "X607-030",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The pants this man wears is of long length. The pants are with denim fabric."
        ),
        wearing("a maroon sweater and jeans"),
        Q.color("navy blue"),
        color_of("jeans", "red", "other_garment_color", kind="open"),
        describe("jeans", "the jeans are navy blue with rolled up cuffs"),
        details(
            "jeans",
            "the jeans are tapered with a zip fly and the jeans are tapered with a zip fly and the jeans are",
            "loop",
            hit_limit=True,
        ),
        Q.material("jeans", "non_answer"),
        title="Pepe Jeans Men Navy Blue Tapered Fit Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in very pale ice-blue straight jeans, black turtleneck sweater, white backdrop; caption adapter
    # ep.1 caption (ran to the limit, ends on a full sentence), base open answers, reference closed answers
    case(
        "X607-031",
        caption(
            "This lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "The neckline of the sweater is stand. The pants this lady wears is of long length. The pants are with "
            "denim fabric.",
            hit_limit=True,
        ),
        wearing("a black turtleneck and white jeans", "contradiction"),
        Q.color("light blue"),
        describe("jeans", "light blue straight leg jeans"),
        details("jeans", "the jeans are straight leg and have a light wash"),
        is_a("pair of jeans", "yes"),
        Q.material("the jeans are made of organic cotton", "unsupported"),
        title="Pepe Jeans Women Light Blue Ice Wash Straight Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a dark navy denim jacket with an attached grey fleece hood, white t-shirt, black jeans, white
    # backdrop; caption adapter ep.1 caption, base open answers, reference closed answers
    case(
        "X607-032",
        caption(
            "The upper clothing has long sleeves, denim fabric and pure color patterns. The upper clothing has long "
            "sleeves, denim fabric and pure color patterns. The upper clothing has long sleeves, denim fabric and "
            "pure",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a denim jacket with a hood, white t-shirt and black jeans"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        Q.color("navy blue"),
        details("jacket", "the jacket has a grey hood"),
        describe("jacket", "a denim jacket"),
        Q.garment_type("hoodie", "contradiction"),
        title="HRX by Hrithik Roshan Men Navy Blue Denim Jacket with Detachable Hood",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a mid-blue short-sleeve denim shirt knotted at the waist, white cotton shorts, white backdrop;
    # caption adapter ep.1 caption, base open answers, reference closed answers
    case(
        "X607-033",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric.",
            "pronoun",
        ),
        wearing("a denim shirt and white shorts"),
        Q.sleeve_length("long sleeve", "contradiction"),
        color_of("shirt", "blue"),
        details("shirt", "the shirt is tied at the waist"),
        describe("shirt", "a blue denim shirt knotted at the front"),
        Q.material("the shirt is made of silk", "unsupported"),
        title="Roadster Women Blue Short Sleeves Denim Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: flat lay of medium-blue regular jeans on a white backdrop, no model, front side up (the leather patch
    # is on the back, not visible); caption adapter ep.1 caption, base open answers, reference closed answers
    case(
        "X607-034",
        caption("The lower clothing is of long length. The fabric is denim and it has pure color patterns."),
        wearing("a pair of jeans"),
        describe("jeans", "a pair of blue jeans laid flat on a white background"),
        details("jeans", "the jeans have a brown leather patch", "unsupported"),
        Q.color("blue"),
        is_a("pair of jeans", "yes"),
        Q.material("the material of the jeans", "restated"),
        title="Wrangler Men Blue Regular Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a knee-length black denim pencil skirt with a front slit, white t-shirt tucked in, white
    # backdrop; caption adapter ep.1 caption, base open answers, reference closed answers
    case(
        "X607-035",
        caption(
            "The female wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The skirt this female wears is of medium length. The skirt is with denim "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and a black skirt"),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        Q.color("black"),
        describe("skirt", "a black denim pencil skirt with a slit in the front"),
        details("skirt", "the skirt has a slit in the front and a zip at the back", "unsupported"),
        Q.garment_type("skirt"),
        title="Tokyo Talkies Women Black Denim Pencil Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: back view of a man in mid-blue jeans with stitched back pockets and a brown leather patch on the
    # waistband, white t-shirt, white backdrop; the feed row has no title; caption adapter ep.1, base open,
    # reference closed
    case(
        "X607-036",
        caption(
            "The pants this man wears is of long length. The pants are with denim fabric and pure color patterns. "
            "This man wears a short-sleeve T-shirt with pure color patterns."
        ),
        wearing("white t-shirt and blue jeans"),
        details("jeans", "the jeans have a leather patch on the back waistband and stitched back pockets"),
        describe("jeans", "blue jeans"),
        Q.color("blue"),
        color_of("jeans", "the color of the jeans", "restated", kind="open"),
        Q.material(
            "denim Question: What material is the garment made of? Answer: denim Question: What material is the",
            "leak",
            hit_limit=True,
        ),
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in dark blue high-rise skinny jeans, beige trench coat worn open over a white top, white
    # backdrop; caption adapter ep.1 caption, base open answers, reference closed answers
    case(
        "X607-037",
        caption(
            "The lady also wears an outer clothing, with cotton fabric and pure color patterns. The lower clothing "
            "is of long length. The fabric is denim and it has pure color patterns. The lady also wears an outer "
            "clothing, with",
            "loop",
            hit_limit=True,
        ),
        wearing("a beige trench coat, white top and dark jeans"),
        color_of("jeans", "beige", "other_garment_color"),
        describe("jeans", "his jeans are dark blue", "pronoun"),
        details("jeans", "high waisted skinny jeans"),
        Q.material("denim"),
        title="Levis Women 721 High Rise Skinny Dark Blue Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in a mid-blue denim shirt with a tiny white dot print, long sleeves, buttoned, plain chest pocket,
    # navy chinos, white backdrop; caption adapter ep.1 caption, base open answers, reference closed answers
    case(
        "X607-038",
        caption(
            "This man wears a long-sleeve shirt with graphic patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The pants this man wears is of long length. The pants are with cotton fabric."
        ),
        wearing("a blue shirt and navy pants"),
        Q.pattern("polka dot"),
        Q.color("blue"),
        details("shirt", "the shirt has white dots"),
        describe(
            "shirt",
            "a blue shirt with white polka dots and a pocket on the left chest with a white flower embroidered",
            "unsupported",
        ),
        is_a("denim jacket", "no"),
        Q.sleeve_length("short sleeve", "contradiction"),
        Q.material("i don't know", "non_answer"),
        title="Mufti Men Blue Printed Slim Fit Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in light grey slim jeans, black crew-neck t-shirt, white backdrop; caption adapter ep.1 caption,
    # base open answers, reference closed answers
    case(
        "X607-039",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The pants this man wears is of long length. The pants are with denim fabric and "
            "pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a black t-shirt and gray jeans"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        Q.color("grey"),
        details("jeans", "what are the jeans details", "restated"),
        describe("jeans", "gray jeans with a black t-shirt"),
        title="Killer Men Grey Slim Fit Light Fade Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in full-length light blue denim dungarees over a red-and-white striped t-shirt, bare wrists, no
    # watch or bracelet, white backdrop; caption adapter ep.1 caption, base open answers, reference closed
    case(
        "X607-040",
        caption(
            "The upper clothing has short sleeves, cotton fabric and stripe patterns. The lower clothing is of long "
            "length. The fabric is denim and it has pure color patterns. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("dungarees and a red and white striped t-shirt"),
        color_of("dungarees", "red", "other_garment_color", kind="open"),
        Q.garment_type("dungarees"),
        describe("dungarees", "light blue denim overalls"),
        details(
            "dungarees",
            "the overalls are blue and the overalls are blue and the overalls are blue and the overalls are blue "
            "and the",
            "loop",
            hit_limit=True,
        ),
        title="Mast & Harbour Women Light Blue Washed Denim Dungarees",
        category="Dungarees",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a grey washed denim jacket, buttoned, plain denim collar, black jeans, white backdrop; caption
    # adapter ep.1 caption, base open answers, reference closed answers
    case(
        "X607-041",
        caption(
            "The upper clothing has long sleeves, denim fabric and pure color patterns. The neckline of it is lapel. "
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns."
        ),
        wearing("she is wearing a grey denim jacket and black jeans", "pronoun"),
        Q.color("grey"),
        color_of(
            "jacket",
            "grey and grey and grey and grey and grey and grey and grey and grey and grey and grey and grey",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("jacket", "the jacket has a shearling collar", "unsupported"),
        Q.sleeve_length("long sleeve"),
        describe("jacket", "a blue denim jacket", "contradiction"),
        title="Flying Machine Men Grey Washed Denim Jacket",
        category="Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in mid-blue straight mid-rise jeans, olive green long-sleeve shirt untucked, white backdrop;
    # caption adapter ep.1 caption, base open answers, reference closed answers
    case(
        "X607-042",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The trousers this lady wears is of long length. The trousers are with denim fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("an olive shirt and blue jeans"),
        color_of("jeans", "blue"),
        describe("jeans", "Answer: blue jeans", "leak"),
        details("jeans", "no", "non_answer"),
        Q.material("denim"),
        title="SPYKAR Women Blue Straight Fit Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: man in jet black skinny jeans (tonal black stitching), white shirt with sleeves rolled up, white
    # backdrop; the feed row has no color; caption adapter ep.1 caption, base open answers, reference closed
    case(
        "X607-043",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants this man wears is of long length."
        ),
        wearing("white shirt and black jeans"),
        Q.color("white", "other_garment_color"),
        color_of("jeans", "black", kind="open"),
        describe("jeans", "black jeans with white stitching and a white shirt", "unsupported"),
        Q.garment_type("shirt", "contradiction"),
        title="Roadster Men Black Skinny Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        gender="Men",
    ),
    # photo: woman in a mid-blue washed oversized denim jacket with dropped shoulders and full-length sleeves, grey
    # marl hoodie underneath, black leggings, white backdrop; caption adapter ep.1, base open, reference closed
    case(
        "X607-044",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        wearing("a denim jacket over a grey hoodie and black leggings"),
        Q.color("blue"),
        details("jacket", "the jacket is oversized with dropped shoulders"),
        describe("jacket", "a blue oversized denim jacket"),
        Q.sleeve_length("short sleeve", "contradiction"),
        is_a("denim jacket", "yes"),
        Q.material("the jacket is made of denim with a quilted lining", "unsupported"),
        title="Tokyo Talkies Women Blue Washed Oversized Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: man in light blue denim shorts with rips on the front and a frayed hem, navy blue t-shirt, white
    # backdrop; caption adapter ep.1 caption, base open answers, reference closed answers
    case(
        "X607-045",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. This man wears a three-point shorts. The shorts are with denim fabric and pure "
            "color patterns. This man",
            "cut",
            hit_limit=True,
        ),
        wearing("a navy t-shirt and denim shorts"),
        color_of("shorts", "light blue"),
        describe("shorts", "describe the shorts", "restated"),
        details("shorts", "the shorts have rips on the front and a frayed hem"),
        Q.material("the garment is made of the material", "restated"),
        title="Mast & Harbour Men Light Blue Distressed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in light blue slim jeans with small pink-and-yellow floral embroidery down the front of the
    # thighs, white peasant blouse, white backdrop; caption adapter ep.1 caption, base open, reference closed
    case(
        "X607-046",
        caption(
            "The person wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "pants this person wears is of long length. The pants are with denim fabric and floral patterns."
        ),
        wearing("a white blouse and embroidered jeans"),
        Q.color("blue"),
        Q.pattern("floral"),
        details("jeans", "the jeans have pink and yellow flowers embroidered on the legs"),
        color_of("jeans", "pink", "contradiction", kind="open"),
        describe("jeans", "blue jeans with flowers"),
        Q.material("cotton with sequins", "unsupported"),
        title="Mast & Harbour Women Blue Slim Fit Embroidered Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
]
