"""BLIND_1039 (46 products; Myntra men's bottoms, caption adapter at epoch 3): written blind in the fifty-ninth session.
Measured blind at c12f507 (the session's second rules): 107/136 failures found (78.7%) and 5/191 correct texts flagged
(2.6%). The writer's notes, verbatim:

Scenario: a Myntra-like men's feed of bottoms: Jeans, Track Pants, Shorts, and chinos (filed under Trousers, "Chinos"
in the title). Studio product shots, mostly a white or light grey backdrop (one yellow, one beige), the model worn
full length or from the chest down, always with a top (t-shirt, polo, shirt, hoodie, sweater, blazer, kurta), often
with shoes, sometimes a belt, a watch or a cap. One row lacks the color column, one the category, one the gender.

Who wrote what: every caption and every open answer is free generation (greedy) by BLIP-2 OPT-2.7b with the caption
adapter at epoch 3 (leoreigoto/Data2_V2_Blip2_Finetune_Caption). It writes the DeepFashion-MultiModal template
("The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with cotton fabric
..."): no hue names in captions, "lady"/"her" leaking in from a mostly female training set, a habit of adding
accessories ("There is an accessory on his wrist", a ring, a hat, glasses), and it rarely stops on its own, so long
templates are cut at 50 tokens (captions) or 30 tokens (answers) and short questions often loop. On questions it
sometimes answers like a VQA model with hue names, often gives the top's color to the bottoms, sometimes echoes the
`Question: ... Answer:` format. Closed answers (garment type, color, pattern, the color of the <garment>, "Is this
a pair of ...?") come from enrich's `--engine reference` scoring the candidates with the same adapter: one clean
value, never a loop or a cut, but often the top's color or pattern.

Labeling conventions and judgement calls:
- The product is the bottoms named by the seller's category; the top, shoes, belt and backdrop are other things.
- Giving the bottoms a color that another visible garment or accessory has (t-shirt, shirt, jacket, belt, print on
  the top) is other_garment_color; a wrong color no other garment has (the yellow backdrop, a swap of body and
  stripe colors, "dark" for a light wash) is contradiction, as is giving the bottoms the top's pattern or print.
- Shade words are correct when they name the same color: olive = green, khaki/stone = beige, cream = white,
  maroon = red, rust = orange, charcoal/grey melange = grey, indigo/dark blue = navy blue.
- The template's "pure color patterns" is correct for solid bottoms with side tape, piping or a small logo; side
  stripes on track pants may be called striped or color block. Camouflage as "graphic patterns" is accepted.
- The template's "cotton fabric" is accepted for knit track pants and shorts whose title names no material; a
  material the title or the photo contradicts (denim running shorts, cotton for linen) is contradiction; the top's
  material (linen, wool) given to plain chinos is unsupported.
- An accessory, pocket, zip, rip, pleat, drawstring or logo the photo does not show (or cannot show: the back in a
  front view) is unsupported; an accessory the photo does show (belt, watch, cap, socks) is correct.
- A hoodie called a sweater, a kurta called a long-sleeve shirt with a stand neckline, a henley called a shirt, a
  blazer called a jacket with a lapel: the template's vocabulary, correct.
- A text that ran to its token limit ends mid-phrase or in a loop, so every hit_limit text is labeled cut or loop,
  except leaks whose echoed questions ran to the limit (labeled leak). Loops that also carry a wrong color or
  material are labeled loop.
- "lady", "she", "her" for the men's model is pronoun, whatever else the text says; the row without a gender column
  has no pronoun failure.
- One word or a yes/no to an open question, an empty answer, "the shorts are short" or "the track pants are long"
  is non_answer; the question's own words given back ("the jeans details are the jeans
  details") is restated; an answer that starts "Answer:" or continues with another "Question:" is leak.
- "Is this a pair of ...?" answered "no" for the seller's own garment, and a garment type of the top, are
  contradiction.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS


def he_wears(text, failure=None, hit_limit=False):
    """The experiments' "What is he wearing?" (open)."""
    return wearing(text, failure, who="he", hit_limit=hit_limit)


def pair_of(garment, text, failure=None):
    """ "Is this a pair of jeans?" (closed yes/no)."""
    return is_a(garment, text, failure, article="a pair of")


BLIND_1039 = [
    # photo: mid-blue washed skinny jeans with whiskering at the thighs, white crew-neck t-shirt untucked, white
    #   sneakers, white backdrop, front view from the chest down; caption adapter ep3 (caption, open), reference
    case(
        "X1039-001",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with denim fabric and solid color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        he_wears("He wears a white T-shirt and a pair of blue jeans."),
        color_of("jeans", "blue"),
        details("jeans", "The jeans are of long length. The fabric is denim and it has faded whiskers on the thighs."),
        describe("jeans", "The jeans are white with denim fabric and pure color patterns.", "other_garment_color"),
        Q.garment_type("jeans"),
        Q.material("The jeans are made of the material of the jeans.", "restated"),
        title="Roadster Men Blue Skinny Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: black slim jeans, grey melange full-sleeve henley, black leather shoes, no watch, white backdrop, front
    #   three-quarter view; caption adapter ep3 (caption, open), reference engine (closed)
    case(
        "X1039-002",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns and a long denim trousers. The "
            "trousers are with denim fabric and pure color patterns. There is an accessory on his wrist.",
            "unsupported",
        ),
        he_wears("The man wears a grey long-sleeve shirt and black denim pants."),
        color_of("jeans", "grey", "other_garment_color"),
        details("jeans", "The jeans have a button closure, belt loops and a zip fly."),
        describe(
            "jeans",
            "The jeans are black, black, black, black, black, black, black, black, black, black, black, black",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim"),
        pair_of("jeans", "yes"),
        title="HIGHLANDER Men Black Slim Fit Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: navy matte fleece track pants with two thin white side stripes, drawstring waist, white Puma t-shirt
    #   with a red logo, black sneakers, white backdrop, full length front; caption adapter ep3, reference (closed)
    case(
        "X1039-003",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns and a long pants. The pants are with "
            "cotton fabric and pure color patterns. The T-shirt is with cotton fabric and its neckline is round."
        ),
        he_wears("He is wearing a white T-shirt and navy blue track pants with white stripes."),
        color_of("track pants", "navy blue"),
        details("track pants", "The pants have white stripes on the sides and an elastic waistband with a drawstring."),
        describe(
            "track pants",
            "The track pants are navy blue with zip pockets and a reflective logo on the back.",
            "unsupported",
        ),
        Q.material("", "non_answer"),
        pair_of("track pants", "yes"),
        title="Puma Men Navy Blue Solid Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: beige cotton chino shorts to the knee, navy polo t-shirt untucked, brown loafers, white backdrop, front;
    #   caption adapter ep3 (caption, open), reference engine (closed)
    case(
        "X1039-004",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a medium short shorts. The shorts "
            "are with cotton fabric and pure color patterns. The T-shirt is with cotton fabric and its neckline is "
            "lapel.",
            "pronoun",
        ),
        he_wears("He is wearing a navy blue polo shirt and beige shorts."),
        color_of("shorts", "navy blue", "other_garment_color"),
        details("shorts", "The shorts have side pockets, belt loops and a button closure."),
        describe(
            "shorts", "The shorts are of medium short length. The fabric is cotton and it has pure color patterns."
        ),
        Q.pattern("solid"),
        pair_of("shorts", "yes"),
        title="United Colors of Benetton Men Beige Solid Regular Fit Shorts",
        category="Shorts",
        color="Beige",
        gender="Men",
    ),
    # photo: olive slim chinos, white oxford shirt tucked in, brown leather belt, tan desert boots, light grey
    #   backdrop, full length front; caption adapter ep3 (caption, open), reference engine (closed)
    case(
        "X1039-005",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. "
            "He wears a belt."
        ),
        he_wears("The man is wearing a white shirt, a brown belt and olive green pants."),
        color_of("pants", "green"),
        details(
            "pants",
            "The pants are of long length with cotton fabric and pure color patterns. The pants have a belt and",
            "cut",
            hit_limit=True,
        ),
        describe("pants", "The pants are olive green with a slim fit and a brown belt."),
        Q.garment_type("trousers"),
        Q.material("cotton Question: What is the color of the shirt? Answer: white", "leak"),
        title="Mast & Harbour Men Olive Slim Fit Solid Chinos",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: black dri-fit track pants with one neon green stripe down each side, elastic ankle cuffs, black Nike
    #   t-shirt with a green swoosh, black sneakers, no watch, no hat, white backdrop; caption adapter ep3, reference
    case(
        "X1039-006",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with "
            "cotton fabric and pure color patterns. There is an accessory on his wrist. The man wears a hat.",
            "unsupported",
        ),
        he_wears("The man is wearing a black T-shirt and black track pants with a green stripe."),
        color_of("track pants", "black"),
        details("track pants", "The track pants details are the details of the track pants", "restated"),
        describe("track pants", "The pants are green with a black stripe.", "contradiction"),
        Q.material("polyester"),
        pair_of("track pants", "yes"),
        title="Nike Men Black Dri-FIT Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: light blue ripped skinny jeans, torn knees, frayed hems, black t-shirt with a white skull print, black
    #   boots, white backdrop, front; caption adapter ep3 (caption, open), reference engine (closed)
    case(
        "X1039-007",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns and a long denim pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns."
        ),
        he_wears("She is wearing a black graphic t-shirt and ripped light blue jeans.", "pronoun"),
        color_of("jeans", "black", "other_garment_color"),
        details("jeans", "The jeans have ripped knees and frayed hems."),
        describe("jeans", "The jeans are light blue with rips on the knees and a faded wash."),
        Q.garment_type("jeans"),
        Q.material("denim with stretch lycra", "unsupported"),
        pair_of("jeans", "yes"),
        title="Roadster Men Blue Skinny Fit Mid-Rise Highly Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: mid-blue denim shorts above the knee, rolled hems, no drawstring, white-and-red horizontal striped
    #   t-shirt, white canvas sneakers, white backdrop, front; caption adapter ep3 (caption, open), reference (closed)
    case(
        "X1039-008",
        caption(
            "The man wears a short-sleeve T-shirt with striped patterns and a medium short shorts. The shorts are "
            "with denim fabric and pure color patterns. The T-shirt is with cotton fabric and its neckline is "
            "round. There is",
            "cut",
            hit_limit=True,
        ),
        he_wears("He is wearing a striped T-shirt and blue denim shorts."),
        color_of("shorts", "red", "other_garment_color"),
        details("shorts", "The shorts have rolled up hems, front pockets and a button closure."),
        describe("shorts", "The shorts are blue denim with rolled up hems and a white drawstring.", "unsupported"),
        Q.pattern("striped", "contradiction"),
        Q.material("denim"),
        title="Flying Machine Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: navy slim chinos, light pink linen shirt untucked with rolled sleeves, white sneakers, white backdrop,
    #   front; caption adapter ep3 (caption, open), reference engine (closed)
    case(
        "X1039-009",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "linen fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns."
        ),
        he_wears("The man is wearing a pink shirt and navy blue pants."),
        color_of("pants", "navy blue"),
        details(
            "pants",
            "the pants are navy blue, the pants are navy blue, the pants are navy blue, the pants are navy",
            "loop",
            hit_limit=True,
        ),
        describe(
            "pants",
            "Question: Describe the pants. Answer: The pants are of long length. The fabric is cotton and",
            "leak",
            hit_limit=True,
        ),
        Q.color("pink", "other_garment_color"),
        pair_of("chinos", "yes"),
        title="HIGHLANDER Men Navy Blue Slim Fit Chinos",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey melange jogger track pants, black drawstring, ribbed ankle cuffs, plain slant pockets, black hoodie,
    #   black sneakers, white backdrop, full length; caption adapter ep3 (caption, open), reference engine (closed)
    case(
        "X1039-010",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns and a medium short shorts. The sweater is "
            "with cotton fabric and its neckline is hooded.",
            "contradiction",
        ),
        he_wears("He is wearing a black hoodie and grey joggers."),
        color_of("track pants", "black", "other_garment_color"),
        details(
            "track pants",
            "The track pants have an elastic waistband, zip pockets and a printed logo on the left leg.",
            "unsupported",
        ),
        describe("track pants", "track pants", "non_answer"),
        Q.material("cotton"),
        Q.garment_type("track pants"),
        title="HRX by Hrithik Roshan Men Grey Melange Solid Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: dark indigo straight jeans, maroon-and-navy checked flannel shirt untucked over the waist (belt hidden),
    #   brown boots, white backdrop, front; caption adapter ep3 (caption, open), reference engine (closed)
    case(
        "X1039-011",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns and a long denim pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with denim fabric and solid color patterns."
        ),
        he_wears("The man wears a checked shirt, dark blue jeans and a brown leather belt.", "unsupported"),
        color_of("jeans", "navy blue"),
        details("jeans", "The jeans have a lattice pattern with a button closure and belt loops.", "contradiction"),
        describe("jeans", "The jeans are dark blue with a straight fit."),
        Q.pattern("solid"),
        pair_of("jeans", "no", "contradiction"),
        title="Levis Men 511 Dark Blue Slim Fit Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black-and-grey color-block polyester running shorts with mesh side panels, elastic waist, fluorescent
    #   orange sleeveless training vest, black running shoes, white backdrop; caption adapter ep3, reference (closed)
    case(
        "X1039-012",
        caption(
            "The man wears a tank top with no sleeves and a medium short shorts. The tank top is with cotton fabric "
            "and pure color patterns. The shorts are with cotton fabric and color block patterns."
        ),
        he_wears("The man wears a orange tank top and black shorts."),
        color_of("shorts", "orange", "other_garment_color"),
        details("shorts", "The shorts have mesh panels on the sides and an elastic waistband."),
        describe(
            "shorts",
            "The shorts are of medium short length. The shorts are of medium short length. The shorts are of medium",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("color block"),
        Q.material("The shorts are made of denim.", "contradiction"),
        title="Reebok Men Black Running Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: khaki chinos with turned-up hems, navy crew-neck t-shirt tucked in, tan belt, white sneakers, white
    #   backdrop, front; caption adapter ep3 (caption, open), reference engine (closed)
    case(
        "X1039-013",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is with "
            "cotton fabric and its neckline is round. The trousers are with cotton fabric and pure color patterns. "
            "He wears a belt."
        ),
        he_wears("He wears a navy t-shirt tucked into khaki pants with a brown belt."),
        color_of("pants", "beige"),
        details(
            "pants", "The pants have turned up hems, belt loops and a coin pocket with copper rivets.", "unsupported"
        ),
        describe("pants", "The lady wears a long trousers with cotton fabric and pure color patterns.", "pronoun"),
        Q.color("beige"),
        pair_of("chinos", "yes"),
        title="Basics Men Khaki Slim Fit Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: maroon tricot track pants with three white stripes down the sides, zips at the ankles, white t-shirt,
    #   white sneakers, no watch, white backdrop; caption adapter ep3 (caption, open), reference engine (closed)
    case(
        "X1039-014",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with "
            "cotton fabric and striped patterns. There is an accessory on his wrist.",
            "unsupported",
        ),
        he_wears("She is wearing a white t-shirt and maroon track pants with white stripes.", "pronoun"),
        color_of("track pants", "red"),
        details("track pants", "The pants have three white stripes on the sides and zippers at the ankles."),
        describe(
            "track pants",
            "The pants are of long length. The fabric is cotton and it has striped patterns. The pants are of long "
            "length. The",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        Q.material("polyester"),
        title="Adidas Men Maroon 3-Stripes Track Pants",
        category="Track Pants",
        color="Maroon",
        gender="Men",
    ),
    # photo: charcoal grey slim jeans, white shirt untucked, black shoes, no rings visible, light grey backdrop,
    #   front; caption adapter ep3 (caption, open), reference engine (closed)
    case(
        "X1039-015",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns. This "
            "man wears a ring.",
            "unsupported",
        ),
        he_wears("Answer: He is wearing a white shirt and grey jeans.", "leak"),
        color_of("jeans", "grey"),
        details("jeans", "grey", "non_answer"),
        describe("jeans", "The jeans are charcoal grey with a slim fit and a faded wash on the thighs."),
        pair_of("jeans", "yes"),
        Q.pattern("solid"),
        title="Wrangler Men Grey Skanders Slim Fit Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: olive cargo shorts to the knee with flap pockets on the thighs, plain hems, black t-shirt, black
    #   sandals, white backdrop, front; caption adapter ep3 (caption, open), reference engine (closed)
    case(
        "X1039-016",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long trousers. The trousers are "
            "with cotton fabric and pure color patterns. The T-shirt is with cotton fabric and its neckline is round.",
            "contradiction",
        ),
        he_wears("The man is wearing a black t-shirt and olive green cargo shorts."),
        color_of("shorts", "black", "other_garment_color"),
        details("shorts", "The shorts have flap pockets on the sides and belt loops."),
        describe("shorts", "The shorts are olive green cargo shorts with drawstring hems.", "unsupported"),
        Q.material("cotton"),
        Q.garment_type("shorts"),
        title="Roadster Men Olive Green Solid Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: stone beige chinos, navy blazer over a white t-shirt, silver wristwatch, brown loafers, white backdrop,
    #   full length front; caption adapter ep3 (caption, open), reference engine (closed)
    case(
        "X1039-017",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns and a long trousers. The jacket is with "
            "cotton fabric and its neckline is lapel. There is an accessory on his wrist. The trousers are with "
            "cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        he_wears("He is wearing a navy blazer over a white t-shirt and beige pants."),
        color_of("pants", "beige"),
        details("pants", "The pants have slant pockets and a button closure with belt loops."),
        describe("pants", "Question: Describe the pants. Answer: The pants are beige.", "leak"),
        Q.color("navy blue", "other_garment_color"),
        pair_of("chinos", "yes"),
        title="Jack & Jones Men Beige Slim Fit Chinos",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: royal blue track pants with white piping down the sides, drawstring waist, grey melange t-shirt with a
    #   blue printed chest logo, white sneakers, white backdrop; caption adapter ep3 (caption, open), reference
    case(
        "X1039-018",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        he_wears("The man is wearing a grey t-shirt with blue track pants."),
        color_of("track pants", "grey", "other_garment_color"),
        details(
            "track pants",
            "The pants are blue with white piping on the sides and an elastic waist with a drawstring.",
        ),
        describe("track pants", "The track pants are the track pants of the man.", "restated"),
        Q.garment_type("track pants"),
        pair_of("track pants", "no", "contradiction"),
        title="Proline Men Blue Track Pants",
        category="Track Pants",
        color="Blue",
        gender="Men",
    ),
    # photo: mid-blue slim jeans, black leather biker jacket open over a grey t-shirt, black boots, no watch, white
    #   backdrop, front; caption adapter ep3 (caption, open), reference engine (closed)
    case(
        "X1039-019",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns and a long denim pants. The jacket is with "
            "leather fabric and its neckline is lapel. There is an accessory on his wrist.",
            "unsupported",
        ),
        he_wears("He is wearing a black leather jacket, a grey t-shirt and blue jeans."),
        color_of("jeans", "blue"),
        details(
            "jeans",
            "The jeans are made of black leather with a zipper on the front and a lapel collar.",
            "other_garment_color",
        ),
        describe(
            "jeans",
            "The jeans are blue and the jacket is black. The jeans are blue and the jacket is black. The jeans are",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim"),
        Q.pattern("solid"),
        title="Jack & Jones Men Blue Slim Fit Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: navy shorts with an all-over white palm-leaf print, drawstring waist, plain white t-shirt, flip-flops,
    #   white backdrop, front; caption adapter ep3 (caption, open), reference engine (closed)
    case(
        "X1039-020",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a medium short shorts. The shorts are "
            "with cotton fabric and floral patterns."
        ),
        he_wears("He wears a white t-shirt and navy shorts with a white leaf print."),
        color_of("shorts", "navy blue"),
        details(
            "shorts",
            "The shorts have a floral print, a drawstring waist and a zip pocket on the back.",
            "unsupported",
        ),
        describe("shorts", "The shorts are of pure color patterns with cotton fabric.", "contradiction"),
        Q.pattern("floral"),
        Q.material("", "non_answer"),
        pair_of("shorts", "yes"),
        title="Locomotive Men Navy Blue Tropical Printed Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: light grey chinos, blue-and-white vertical striped shirt tucked in, black belt, black shoes, white
    #   backdrop, front; caption adapter ep3 (caption, open), reference engine (closed)
    case(
        "X1039-021",
        caption(
            "The man wears a long-sleeve shirt with striped patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is lapel. The trousers are with cotton fabric and striped patterns.",
            "contradiction",
        ),
        he_wears("The man is wearing a blue and white striped shirt and grey pants."),
        color_of("pants", "grey"),
        details("pants", "yes", "non_answer"),
        describe("pants", "The pants are light grey chinos with a slim fit."),
        Q.pattern("striped", "contradiction"),
        Q.color("blue", "other_garment_color"),
        title="Peter England Casuals Men Grey Slim Fit Chinos",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: olive-and-brown camouflage jogger track pants, ribbed cuffs, plain side seams (no cargo pockets), black
    #   t-shirt, white sneakers, white backdrop; caption adapter ep3 (caption, open), reference engine (closed)
    case(
        "X1039-022",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with "
            "cotton fabric and graphic patterns. The T-shirt is with cotton fabric and its neckline is round."
        ),
        he_wears("She wears a black t-shirt and camouflage pants.", "pronoun"),
        color_of("track pants", "green"),
        details(
            "track pants",
            "The track pants have a camouflage print, ribbed cuffs and cargo pockets on the thighs.",
            "unsupported",
        ),
        describe("track pants", "The track pants are black.", "other_garment_color"),
        Q.pattern("printed"),
        Q.material("cotton"),
        title="Alcis Men Olive Camouflage Print Joggers",
        category="Track Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: black skinny jeans under a long white cotton kurta with a stand collar covering the thighs, brown
    #   sandals, white backdrop, full length; caption adapter ep3 (caption, open), reference engine (closed)
    case(
        "X1039-023",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "cotton fabric and its neckline is stand. The pants are with denim fabric and pure color patterns."
        ),
        he_wears("The man wears a white kurta over black jeans."),
        color_of("jeans", "white", "other_garment_color"),
        details("jeans", "The jeans details are the jeans details.", "restated"),
        describe("jeans", "The jeans are black skinny jeans that end at the ankle."),
        Q.garment_type("kurta", "contradiction"),
        pair_of("jeans", "yes"),
        title="Mufti Men Black Skinny Fit Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: grey melange sweat shorts, drawstring, small printed logo on the left leg, maroon t-shirt, white socks
    #   and white sneakers, white backdrop; caption adapter ep3 (caption, open), reference engine (closed)
    case(
        "X1039-024",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a medium short shorts. The shorts are "
            "with cotton fabric and pure color patterns. The man wears socks. The T-shirt is with cotton fabric and "
            "its",
            "cut",
            hit_limit=True,
        ),
        he_wears("He is wearing a maroon t-shirt and black shorts.", "contradiction"),
        color_of("shorts", "grey"),
        details("shorts", "The shorts have a drawstring waist and a small logo on the left leg."),
        describe("shorts", "The shorts are grey melange with a drawstring and cotton fabric."),
        Q.material("cotton"),
        pair_of("shorts", "yes"),
        title="Puma Men Grey Melange Solid Sweat Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: black flat-front slim chinos, plain hems, grey marl crew-neck sweater over a white shirt collar, black
    #   shoes, white backdrop, front; caption adapter ep3 (caption, open), reference engine (closed)
    case(
        "X1039-025",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns and a long trousers. The sweater is with "
            "knitting fabric and its neckline is round. The trousers are with cotton fabric and pure color patterns."
        ),
        he_wears("The man is wearing a grey sweater over a white shirt and black pants."),
        color_of("pants", "black"),
        details(
            "pants",
            "The pants have a button closure, belt loops and side pockets. The pants have a button closure, belt",
            "loop",
            hit_limit=True,
        ),
        describe("pants", "The pants are black with pleats at the front and cuffed hems.", "unsupported"),
        Q.color("black"),
        pair_of("chinos", "yes"),
        title="Arrow Sport Men Black Slim Fit Chinos",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: white track pants with a black side stripe and ankle zips, black zip-up track jacket, black sneakers,
    #   white backdrop (the pants look pale grey in shadow); caption adapter ep3 (caption, open), reference (closed)
    case(
        "X1039-026",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with cotton "
            "fabric and its neckline is stand. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory",
            "cut",
            hit_limit=True,
        ),
        he_wears("He is wearing a black jacket and white pants."),
        color_of("track pants", "black", "other_garment_color"),
        details("track pants", "The pants have a black stripe down the side."),
        describe("track pants", "The pants are white with a black stripe on the side and a zip at the ankle."),
        Q.color("grey", "contradiction"),
        Q.material("The material of the garment.", "restated"),
        title="Kappa Men White Track Pants",
        category="Track Pants",
        color="White",
        gender="Men",
    ),
    # photo: mid-wash blue regular jeans, yellow t-shirt with a big black "NYC" text print, black baseball cap, white
    #   sneakers, white backdrop, front; caption adapter ep3 (caption, open), reference engine (closed)
    case(
        "X1039-027",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns and a long denim pants. The T-shirt is with "
            "cotton fabric and its neckline is round. This man wears a hat."
        ),
        he_wears("He is wearing a yellow t-shirt, a black cap and blue jeans."),
        color_of("jeans", "yellow", "other_garment_color"),
        details("jeans", "The jeans have a letter print on the front.", "contradiction"),
        describe(
            "jeans",
            "The man wears a long denim pants. The man wears a long denim pants. The man wears a long denim pants.",
            "loop",
            hit_limit=True,
        ),
        pair_of("jeans", "yes"),
        Q.pattern("solid"),
        title="Spykar Men Blue Regular Fit Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: white linen drawstring shorts, light blue short-sleeve linen shirt, brown sandals, beige backdrop,
    #   front; the feed has no color column here; caption adapter ep3 (caption, open), reference engine (closed)
    case(
        "X1039-028",
        caption(
            "The man wears a short-sleeve shirt with pure color patterns and a medium short shorts. The shirt is "
            "with linen fabric and its neckline is lapel. The shorts are with linen fabric and pure color patterns."
        ),
        he_wears("The man wears a light blue shirt and white shorts."),
        color_of("shorts", "white"),
        details(
            "shorts",
            "The shorts have a drawstring waist, side pockets and a button-down back pocket.",
            "unsupported",
        ),
        describe("shorts", "The shorts are light blue with linen fabric.", "other_garment_color"),
        Q.material("cotton", "contradiction"),
        Q.garment_type("shorts"),
        title="Marks & Spencer Men White Pure Linen Shorts",
        category="Shorts",
        gender="Men",
    ),
    # photo: mustard yellow chinos with cuffed hems, white t-shirt under an open mid-blue denim jacket, white
    #   sneakers, white backdrop; caption adapter ep3 (caption, open), reference engine (closed)
    case(
        "X1039-029",
        caption(
            "The man wears a long-sleeve denim jacket with pure color patterns and a long trousers. The jacket is "
            "with denim fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns."
        ),
        he_wears("She is wearing a denim jacket over a white t-shirt and mustard pants.", "pronoun"),
        color_of("pants", "yellow"),
        details(
            "pants",
            "The pants are with denim fabric and pure color patterns. The pants are with denim fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        describe("pants", "The pants are mustard yellow with a slim fit and cuffed hems."),
        Q.color("blue", "other_garment_color"),
        Q.material("denim", "contradiction"),
        title="Roadster Men Mustard Yellow Slim Fit Chinos",
        category="Trousers",
        color="Mustard",
        gender="Men",
    ),
    # photo: navy jogger track pants with a red-and-white tape along the sides, red t-shirt, white sneakers, white
    #   backdrop, full length; caption adapter ep3 (caption, open), reference engine (closed)
    case(
        "X1039-030",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. Her pants are with "
            "cotton fabric and pure color patterns.",
            "pronoun",
        ),
        he_wears("He is wearing a red t-shirt and navy blue pants."),
        color_of("track pants", "navy blue"),
        details("track pants", "Answer: The track pants have a red and white stripe on the side.", "leak"),
        describe(
            "track pants",
            "The pants are navy blue with a red stripe on the side. The pants are navy blue with a red stripe on the",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        pair_of("track pants", "yes"),
        title="U.S. Polo Assn. Men Navy Blue Solid Joggers",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: ice blue light-wash slim jeans without rips, navy sweatshirt with a white varsity text print, white
    #   sneakers, white backdrop, front; caption adapter ep3 (caption, open), reference engine (closed)
    case(
        "X1039-031",
        caption(
            "The man wears a long-sleeve sweater with graphic patterns and a long denim pants. The sweater is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns."
        ),
        he_wears("He is wearing a navy sweatshirt and dark blue jeans.", "contradiction"),
        color_of("jeans", "navy blue", "other_garment_color"),
        details("jeans", "The jeans are light blue with a faded wash."),
        describe("jeans", "The jeans are light blue with rips on both knees.", "unsupported"),
        Q.pattern("solid"),
        Q.material("denim"),
        title="Pepe Jeans Men Light Blue Slim Fit Low-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: navy chino shorts, brown woven belt, white polo t-shirt tucked in, white sneakers, white backdrop, front;
    #   caption adapter ep3 (caption, open), reference engine (closed)
    case(
        "X1039-032",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a medium short shorts. The T-shirt is "
            "with cotton fabric and its neckline is lapel. The shorts are with cotton fabric and pure color patterns. "
            "He wears a belt."
        ),
        he_wears("The man is wearing a white polo shirt, navy shorts and a brown belt."),
        color_of("shorts", "navy blue"),
        details(
            "shorts", "Question: What are the shorts details? Answer: The shorts are of medium short length", "leak"
        ),
        describe("shorts", "The shorts are brown.", "other_garment_color"),
        Q.pattern("solid"),
        pair_of("shorts", "yes"),
        title="Nautica Men Navy Blue Solid Chino Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: rust orange cotton chinos, white linen shirt untucked, brown loafers, no watch, white backdrop, side
    #   view; caption adapter ep3 (caption, open), reference engine (closed)
    case(
        "X1039-033",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with linen "
            "fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns."
        ),
        he_wears("The man wears a white shirt and orange pants."),
        color_of("pants", "orange"),
        details(
            "pants",
            "The pants are of long length. The fabric is cotton and it has pure color patterns. There is an accessory "
            "on his",
            "cut",
            hit_limit=True,
        ),
        describe("pants", "The pants are white with linen fabric and lapel neckline.", "other_garment_color"),
        Q.color("orange"),
        Q.material("linen", "unsupported"),
        title="Celio Men Rust Slim Fit Chinos",
        category="Trousers",
        color="Rust",
        gender="Men",
    ),
    # photo: black track pants with a small white logo on the left thigh, slant pockets without zips, matching black
    #   hoodie, white sneakers, white backdrop; caption adapter ep3 (caption, open), reference engine (closed)
    case(
        "X1039-034",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric and its neckline is hooded. The pants are with cotton fabric and pure color patterns. The "
            "man wears a",
            "cut",
            hit_limit=True,
        ),
        he_wears("He is wearing a black hoodie and black track pants."),
        color_of("track pants", "black"),
        details("track pants", "The pants have a white Puma logo on the left thigh and zip pockets.", "unsupported"),
        describe("track pants", "The pants are black with a white logo on the thigh."),
        Q.garment_type("track pants"),
        pair_of("track pants", "yes"),
        Q.material("The material of the garment is the material of the garment.", "restated"),
        title="Puma Men Black Solid Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: dark blue jeans, light blue denim shirt (double denim), brown boots, white backdrop, front; the feed has
    #   no gender column here; caption adapter ep3 (caption, open), reference engine (closed)
    case(
        "X1039-035",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long denim pants. The man wears a "
            "long-sleeve shirt with pure color patterns and a long denim pants. The man wears a long-sleeve",
            "loop",
            hit_limit=True,
        ),
        he_wears("The man wears a denim shirt and jeans."),
        color_of("jeans", "navy blue"),
        details("jeans", "The jeans have a dark wash, belt loops and a button fly."),
        describe("jeans", "jeans", "non_answer"),
        Q.garment_type("shirt", "contradiction"),
        Q.pattern("solid"),
        title="Lee Men Dark Blue Regular Fit Jeans",
        category="Jeans",
        color="Navy Blue",
    ),
    # photo: red polyester board shorts with a white side stripe and a lace-up fly, white t-shirt, barefoot, no
    #   sunglasses, white backdrop; caption adapter ep3 (caption, open), reference engine (closed)
    case(
        "X1039-036",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a medium short shorts. The shorts are "
            "with cotton fabric and color block patterns. This man wears a pair of sunglasses.",
            "unsupported",
        ),
        he_wears(
            "he is wearing a white t-shirt and red shorts Question: What is the color of the shorts? Answer: red",
            "leak",
            hit_limit=True,
        ),
        color_of("shorts", "red"),
        details("shorts", "The shorts have a white stripe on the side and a lace-up drawstring at the front."),
        describe("shorts", "The shorts are short.", "non_answer"),
        Q.material("polyester"),
        Q.garment_type("shorts"),
        title="Quiksilver Men Red Solid Board Shorts",
        category="Shorts",
        color="Red",
        gender="Men",
    ),
    # photo: bottle green chinos, cream cable-knit wool sweater, brown boots, white backdrop, front; caption adapter
    #   ep3 (caption, open), reference engine (closed)
    case(
        "X1039-037",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long trousers. The sweater is with "
            "knitting fabric and its neckline is round. The trousers are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        he_wears("The man is wearing a cream sweater and dark green pants."),
        color_of("pants", "white", "other_garment_color"),
        details("pants", "The pants have a button closure and belt loops."),
        describe("pants", "The pants are dark green with a cable knit pattern.", "contradiction"),
        Q.color("green"),
        Q.material("wool", "unsupported"),
        pair_of("chinos", "yes"),
        title="Indian Terrain Men Green Slim Fit Chinos",
        category="Trousers",
        color="Green",
        gender="Men",
    ),
    # photo: charcoal track pants with black side panels, drawstring waist, white t-shirt with a big orange-and-purple
    #   sunset photo print, grey sneakers, white backdrop; caption adapter ep3 (caption, open), reference (closed)
    case(
        "X1039-038",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and color block patterns. There is",
            "cut",
            hit_limit=True,
        ),
        he_wears("He wears a white graphic t-shirt and charcoal grey track pants."),
        color_of("track pants", "grey"),
        details("track pants", "The track pants are long.", "non_answer"),
        describe("track pants", "The pants are orange and purple with a sunset print.", "other_garment_color"),
        Q.pattern("color block"),
        Q.material("cotton"),
        title="Fila Men Charcoal Grey Colourblocked Track Pants",
        category="Track Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: mid-blue slim jeans, light pink shirt tucked in, black belt with a silver buckle, black shoes, white
    #   backdrop, front; caption adapter ep3 (caption, open), reference engine (closed)
    case(
        "X1039-039",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "cotton fabric and its neckline is lapel. He wears a belt. The pants are with denim fabric and pure color "
            "patterns."
        ),
        he_wears("The man is wearing a pink shirt, a black belt and blue jeans."),
        color_of("jeans", "pink", "other_garment_color"),
        details(
            "jeans",
            "Question: What are the jeans details? Answer: blue Question: What is the color of the shirt? Answer:",
            "leak",
            hit_limit=True,
        ),
        describe("jeans", "The jeans are blue with a slim fit, worn with a black belt."),
        pair_of("jeans", "yes"),
        title="Lee Men Blue Powell Slim Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: khaki cargo shorts, blue-and-white floral print short-sleeve shirt, brown sandals, no hat, white
    #   backdrop, front; caption adapter ep3 (caption, open), reference engine (closed)
    case(
        "X1039-040",
        caption(
            "The man wears a short-sleeve shirt with floral patterns and a medium short shorts. The shirt is with "
            "cotton fabric and its neckline is lapel. The shorts are with cotton fabric and floral patterns.",
            "contradiction",
        ),
        he_wears("He is wearing a floral shirt, khaki shorts and a straw hat.", "unsupported"),
        color_of("shorts", "beige"),
        details("shorts", "The shorts have cargo pockets on the sides and a zip fly."),
        describe("shorts", "The shorts are blue and white floral.", "other_garment_color"),
        Q.pattern("floral", "contradiction"),
        Q.garment_type("shorts"),
        title="Wrangler Men Khaki Solid Cargo Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: navy slim chinos, grey t-shirt under an open red-and-black buffalo check shirt, white sneakers, white
    #   backdrop, front; the feed has no category column here; caption adapter ep3 (caption, open), reference
    case(
        "X1039-041",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns."
        ),
        he_wears(
            "She is wearing a red and black checked shirt over a grey t-shirt with navy pants.",
            "pronoun",
        ),
        color_of("pants", "navy blue"),
        details("pants", "The details of the pants are the pants.", "restated"),
        describe("pants", "The pants are navy blue chinos with a slim fit."),
        Q.color("navy blue"),
        pair_of("chinos", "yes"),
        title="Roadster Men Navy Blue Slim Fit Chinos",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: olive green cotton track pants with zip side pockets and ribbed cuffs, white t-shirt with a small green
    #   chest logo, black sneakers, white backdrop; caption adapter ep3 (caption, open), reference engine (closed)
    case(
        "X1039-042",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with "
            "cotton fabric and pure color patterns. The T-shirt is with cotton fabric and its neckline is round. The "
            "pants are",
            "cut",
            hit_limit=True,
        ),
        he_wears("A man in a white t-shirt and olive green track pants."),
        color_of("track pants", "green"),
        details("track pants", "none", "non_answer"),
        describe(
            "track pants",
            "olive olive olive olive olive olive olive olive olive olive olive olive olive olive olive olive olive",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        Q.material("cotton"),
        title="HRX by Hrithik Roshan Men Olive Green Solid Track Pants",
        category="Track Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: faded black slim jeans, white t-shirt with a black graphic print, black sneakers, no ring, bright yellow
    #   studio backdrop, front; caption adapter ep3 (caption, open), reference engine (closed)
    case(
        "X1039-043",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns and a long denim pants. The T-shirt is with "
            "cotton fabric and its neckline is round. There is a ring on his finger.",
            "unsupported",
        ),
        he_wears("He wears a white graphic t-shirt and black jeans, standing in front of a yellow wall."),
        color_of("jeans", "yellow", "contradiction"),
        details("jeans", "The jeans are faded black with a slim fit."),
        describe("jeans", "The jeans are black with a white graphic print on the front.", "other_garment_color"),
        pair_of("jeans", "yes"),
        Q.pattern("solid"),
        title="WROGN Men Black Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: navy shorts with thin white vertical pinstripes and a white drawstring, plain navy t-shirt, white
    #   sneakers, white backdrop, front; caption adapter ep3 (caption, open), reference engine (closed)
    case(
        "X1039-044",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a medium short shorts. The shorts are "
            "with cotton fabric and striped patterns."
        ),
        he_wears("He wears a navy t-shirt and navy striped shorts."),
        color_of("shorts", "navy blue"),
        details(
            "shorts",
            "The shorts are of medium short length. The fabric is cotton and it has striped patterns. The drawstring "
            "is white and the",
            "cut",
            hit_limit=True,
        ),
        describe(
            "shorts",
            "The shorts are of pure color patterns. The shorts are of pure color patterns. The shorts are of pure "
            "color",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid", "contradiction"),
        Q.material("cotton"),
        title="Mast & Harbour Men Navy Blue Striped Regular Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: cream chinos, navy polo t-shirt tucked in, brown belt, tan loafers, no glasses, white backdrop, front;
    #   caption adapter ep3 (caption, open), reference engine (closed)
    case(
        "X1039-045",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is with "
            "cotton fabric and its neckline is lapel. This man wears a pair of glasses.",
            "unsupported",
        ),
        he_wears("The man is wearing a navy blue polo shirt and cream pants."),
        color_of("pants", "white"),
        details("pants", "The pants have belt loops, a button closure and a brown belt."),
        describe(
            "pants",
            "The pants are of long length. The fabric is cotton and it has pure color patterns. The pants are of long",
            "loop",
            hit_limit=True,
        ),
        Q.color("navy blue", "other_garment_color"),
        Q.garment_type("shorts", "contradiction"),
        pair_of("chinos", "yes"),
        title="Blackberrys Men Cream Slim Fit Chinos",
        category="Trousers",
        color="Cream",
        gender="Men",
    ),
    # photo: red track pants with a black side stripe and a back pocket, black t-shirt, white backdrop, back view
    #   (the model from behind); caption adapter ep3 (caption, open), reference engine (closed)
    case(
        "X1039-046",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with "
            "cotton fabric and pure color patterns. The T-shirt is with cotton fabric and its neckline is round."
        ),
        he_wears("He is wearing a black t-shirt and red track pants."),
        color_of("track pants", "red"),
        details("track pants", "The pants have a back pocket and a black stripe on the side."),
        describe("track pants", "The pants are red with a logo on the front.", "unsupported"),
        Q.garment_type("track pants"),
        Q.material("denim", "contradiction"),
        pair_of("track pants", "yes"),
        title="Puma Men Red Solid Track Pants",
        category="Track Pants",
        color="Red",
        gender="Men",
    ),
]
