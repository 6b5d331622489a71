"""BLIND_377 (46 products; men's tees, shirts, knits, outerwear, denim, pants, shorts and suits on white backdrops):
written blind in the forty-fifth session. Measured blind at d06d7cd (the session's rules as they stood): 93/112
failures found (83.0%) and 8/140 correct texts flagged (5.7%). The writer's notes, verbatim:

Scenario: a DeepFashion In-shop style catalog of men's clothes photographed on a plain white studio backdrop (a few
shots have a light grey wall edge or a wooden stool in frame): tees and tanks, polos, shirts, sweaters and
cardigans, hoodies and sweatshirts, jackets and coats, denim, pants, shorts and suiting, in front, side, back and
full-body views. Most models wear the product with other garments (a tee under a jacket, jeans under a polo, a
shirt under a sweater vest). Each row carries the seller's title, category, color and gender; a few rows miss the
gender or the color, as real feeds do.

Who wrote what: every caption comes from the experiments' caption LoRA adapter (the DeepFashion-MultiModal
template: "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. ..."),
which has no end-of-answer token and runs to its 50-token limit: every caption carries hit_limit=True, and the
template has no hue words. The open questions (wearing, description, details, material, neckline, fit) come from
the untuned base `Salesforce/blip2-opt-2.7b`: short, lowercase, stopping on its own, never hit_limit. The closed
questions (garment_type, color, pattern, sleeve_length, the per-piece color questions and "Is this a ...?") are
enrich's `--engine reference` answers, chosen from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- An adapter caption that ends mid-sentence at the limit is cut; one that repeats a sentence of its template is
  loop. One that happens to end on a full stop at the 50th token, with every word true of the photo, is correct
  (hit_limit=True kept: the flag says the limit was reached, not that the text is wrong). A clean-ending caption that
  invents a hat or a belt the photo lacks is unsupported.
- Where the adapter's template misnames the garment, its pattern or its sleeves ("pure color patterns" for a striped
  or dotted shirt, "long-sleeve sweater" for a sweater vest), that is what the auditor sees first: contradiction,
  even though the text is also cut. An invented wrist accessory or a wrong fabric before the cut stays cut.
- The template's garment nouns count as correct synonyms: "shirt" for a polo or an overshirt, "sweater" for a
  cardigan, a jumper or a sweatshirt, "jacket" for a blazer, a zip hoodie or a track jacket, "T-shirt" for a henley,
  "trousers"/"pants" for chinos, joggers and jeans, "three-point shorts" for any shorts; "lattice" for plaid or
  check, "floral" for a palm-leaf print, "knitting fabric" for any knit.
- Shade words are correct: blue for navy, light blue, chambray or denim blue; grey for charcoal, heather or marl;
  green for olive or forest green; brown for camel or tan; beige for khaki; red for maroon or burgundy; yellow for
  mustard. Black for charcoal or for navy, orange for mustard, white for pale pink, brown for olive are
  contradiction. The color of the print (white lettering on a black tee) given as the garment's color is
  contradiction.
- The color of another garment in the photo (the tee under a jacket, the jeans under a polo, the shirt under a
  sweater) given as the product's color is other_garment_color, in closed answers (the reference engine's "color"
  picked the other piece) and open ones ("black pants" for olive cargo pants worn with a black tee). Giving the
  product's color to another garment that does not have it ("white pants" for navy pants under a white shirt) is
  contradiction: one color for two garments.
- Layered outfits named piece by piece in their own colors are correct, even where two pieces share a hue word
  ("a blue shirt and blue pants" for a light blue shirt over navy chinos).
- Materials: one the title names, or a plausible guess the photo supports (cotton on a tee, wool on a suit or a
  knit, nylon or polyester on a puffer or a track jacket, fleece on a sweatshirt) is correct; one the photo plainly
  rules out or that nothing names (leather for a quilted nylon puffer, denim for fleece joggers or an Oxford shirt,
  silk for a cotton-look formal shirt, cashmere for a plain knit) is unsupported.
- Invented details (a pocket, a logo, a belt, a pocket square, a v-neck on a crew neck, lettering that does not
  read as the answer says) are unsupported.
- A base answer that stops early mid-phrase ("it is made of", "a pair of denim shorts with a") is cut without hit_limit.
- An empty answer, "the suit has details", "the back of the shirt" and "the shorts are short" are non_answer; the
  question echoed back or the material question answered with the garment's name ("it's a jacket", "a white
  t-shirt") is restated. "the pants are black" for the details question only gives the color back: non_answer.
- Answers that run on into "Question: ... Answer: ..." are leak even where the first words are right.
- "she", "her" or "a woman" for the men's catalog's model is pronoun.
- The reference engine's wrong closed answers are contradiction (striped for a tipped collar or a heather knit,
  short sleeves for long sleeves rolled to the elbow, long sleeves for a sweater vest, suit for a blazer worn with
  jeans, jacket for a quarter-zip sweater, hoodie for a crew sweatshirt, striped for a colour-block sweatshirt,
  solid for check shorts, "no" to "Is this a cardigan?" for a cardigan), except where the value is
  another garment's color (other_garment_color). "sweater" for a cardigan is a correct synonym.
- A back-view photo: the answers may only claim what the back shows; a detail of the front the seller's title names
  ("logo") is not claimed by any answer here.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question

neckline = question("neckline", "What is the neckline of the shirt?", "open")
fit = question("fit", "What is the fit of the pants?", "open")

BLIND_377 = [
    # photo: model in a white crew-neck cotton tee, tucked loosely into mid-blue jeans, full-body front, white backdrop.
    # caption: adapter
    case(
        "X377-001",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and blue jeans"),
        D.garment_type("t-shirt"),
        D.color("white"),
        D.material("a white t-shirt", "restated"),
        title="Men White Crew Neck Cotton T-Shirt",
        category="Tees & Tanks",
        color="White",
        gender="Men",
    ),
    # photo: navy pique polo, two-button placket, no logo, worn with khaki chinos, front view from the knees up.
    # caption: adapter
    case(
        "X377-002",
        caption(
            "The man is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The man wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue polo shirt and khaki pants"),
        D.color("black", "contradiction"),
        D.description("a navy blue polo shirt with a collar"),
        D.details("a white logo on the chest", "unsupported"),
        D.material("cotton"),
        title="Men Navy Pique Polo Shirt",
        category="Polos",
        color="Navy",
        gender="Men",
    ),
    # photo: grey marl pullover hoodie with kangaroo pocket and white drawstrings, black joggers, full-body front.
    # caption: adapter
    case(
        "X377-003",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The gentleman wears a long pants. The pants are with cotton fabric and pure color patterns. The "
            "gentleman wears a long pants. The pants are with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey hoodie and grey pants", "contradiction"),
        D.color("grey"),
        D.details("a hood and a pocket in the front"),
        title="Men Grey Melange Pullover Hoodie",
        category="Sweatshirts & Hoodies",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: light blue Oxford button-down shirt, long sleeves, buttoned, no chest pocket, navy chinos, front view to
    # mid-thigh.
    # caption: adapter (ends on a full stop at the limit)
    case(
        "X377-004",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns.",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and blue pants"),
        D.color("blue"),
        D.pattern("solid"),
        D.description("a light blue button down shirt with a pocket", "unsupported"),
        D.material("denim", "unsupported"),
        title="Men Light Blue Oxford Button-Down Shirt",
        category="Shirts",
        color="Light Blue",
        gender="Men",
    ),
    # photo: black faux-leather biker jacket, asymmetric zip, buckled belt at the hem, open over a white tee, black
    # jeans, front view. caption: adapter
    case(
        "X377-005",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black leather jacket and a white shirt"),
        D.color("black"),
        color_of("shirt", "white"),
        D.material("leather"),
        D.description(
            "a black leather jacket with a zipper Question: what is the man wearing? Answer: a black", "leak"
        ),
        title="Men Black Faux Leather Biker Jacket",
        category="Jackets & Coats",
        color="Black",
        gender="Men",
    ),
    # photo: mid-blue slim stretch jeans, clean (no rips), worn with a white tee, full-body front.
    # caption: adapter
    case(
        "X377-006",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and blue jeans"),
        color_of("jeans", "blue"),
        D.color("white", "other_garment_color"),
        is_a("pair of jeans", "yes"),
        D.details("ripped knees", "unsupported"),
        title="Men Mid Blue Slim Fit Stretch Jeans",
        category="Denim",
        color="Blue",
        gender="Men",
    ),
    # photo: red and navy checked flannel shirt, long sleeves, buttoned, over nothing, front view from the waist up.
    # caption: adapter
    case(
        "X377-007",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The shirt is with cotton fabric. It has a lapel neckline. The shirt is with cotton "
            "fabric. It has",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red and blue plaid shirt"),
        D.pattern("plaid"),
        D.description("a red and black plaid shirt", "contradiction"),
        D.material("flannel"),
        title="Men Red Checked Flannel Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: beige chino shorts above the knee, navy crew-neck tee, full-body front, white sneakers.
    # caption: adapter (ends on a full stop at the limit)
    case(
        "X377-008",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns.",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and khaki shorts"),
        color_of("shorts", "navy", "other_garment_color"),
        D.color("beige"),
        D.details("the shorts are short", "non_answer"),
        D.material("cotton"),
        title="Men Beige Chino Shorts",
        category="Shorts",
        color="Beige",
        gender="Men",
    ),
    # photo: charcoal grey two-piece suit, white shirt, navy tie, black shoes, full-body front.
    # caption: adapter
    case(
        "X377-009",
        caption(
            "This gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a suit and tie"),
        D.color("grey"),
        D.garment_type("suit"),
        color_of("shirt", "white"),
        D.description("a black suit with a white shirt and a black tie", "contradiction"),
        title="Men Charcoal Grey Slim Fit Two-Piece Suit",
        category="Suits",
        color="Charcoal",
        gender="Men",
    ),
    # photo: olive nylon bomber jacket, zipped, ribbed cuffs and hem, zip pocket on the left sleeve, side view,
    # black jeans. caption: adapter
    case(
        "X377-010",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a standing neckline. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green jacket"),
        D.color("brown", "contradiction"),
        D.details("a zipper on the front and a pocket on the sleeve"),
        D.material("it's a jacket", "restated"),
        title="Men Olive Bomber Jacket",
        category="Jackets & Coats",
        color="Olive",
        gender="Men",
    ),
    # photo: black tee with a large white mountain line print on the chest, grey jeans, full-body front.
    # caption: adapter (ends on a full stop at the limit)
    case(
        "X377-011",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns.",
            hit_limit=True,
        ),
        D.wearing("a black t-shirt with a white design Question: what color is the t-shirt? Answer: black", "leak"),
        D.color("white", "contradiction"),
        D.pattern("graphic"),
        D.description("a black shirt with a picture of a mountain on it"),
        title="Men Black Graphic Print T-Shirt",
        category="Graphic Tees",
        color="Black",
        gender="Men",
    ),
    # photo: grey merino crew-neck sweater over a white shirt whose collar shows at the neck, front, waist up.
    # caption: adapter
    case(
        "X377-012",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey sweater and a white shirt"),
        D.color("white", "other_garment_color"),
        D.material("wool"),
        D.details("a white collar"),
        D.description("a gray sweater with a v-neck", "unsupported"),
        title="Men Grey Merino Wool Crew Neck Sweater",
        category="Sweaters",
        color="Grey",
        gender="Men",
    ),
    # photo: white polo with navy tipping on the collar and sleeve bands, white shorts, front view to the knees.
    # caption: adapter
    case(
        "X377-013",
        caption(
            "The man is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The man wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns. The man wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a white polo shirt", "pronoun"),
        D.color("white"),
        D.details("a blue stripe on the collar"),
        D.pattern("striped", "contradiction"),
        D.garment_type("polo shirt"),
        title="Men White Tipped Collar Polo",
        category="Polos",
        color="White",
        gender="Men",
    ),
    # photo: dark-wash denim trucker jacket, two button-flap chest pockets, open over a grey hoodie, hood out,
    # front view, a watch on the left wrist. caption: adapter
    case(
        "X377-014",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It "
            "has a lapel neckline. There is an accessory on his wrist. The gentleman wears a long trousers. The "
            "trousers are",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a denim jacket and a grey hoodie"),
        D.color("grey", "other_garment_color"),
        color_of("jacket", "blue"),
        D.details("buttons and a fur collar", "unsupported"),
        D.material("denim"),
        title="Men Dark Blue Denim Trucker Jacket",
        category="Denim",
        color="Dark Blue",
        gender="Men",
    ),
    # photo: khaki slim chinos, light blue shirt tucked in, brown leather belt, a watch, full-body front.
    # caption: adapter (ends on a full stop at the limit)
    case(
        "X377-015",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. He wears a "
            "long pants, with cotton fabric and pure color patterns. There is an accessory on his wrist. He wears a "
            "belt.",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and khaki pants with a brown belt"),
        color_of("pants", "beige"),
        is_a("pair of jeans", "no"),
        D.details("belt loops and a belt"),
        fit("slim"),
        title="Men Khaki Slim Fit Chinos",
        category="Pants",
        color="Khaki",
    ),
    # photo: navy zip-up track jacket with two white stripes down each sleeve, grey joggers, side view.
    # caption: adapter
    case(
        "X377-016",
        caption(
            "The gentleman wears a long-sleeve jacket with striped patterns. The jacket is with cotton fabric. It has "
            "a standing neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and white jacket and blue pants", "contradiction"),
        D.pattern("striped"),
        D.color("navy"),
        D.description(
            "a blue jacket with white stripes on the sleeves Question: what is the color of the jacket? Answer: blue",
            "leak",
        ),
        title="Men Navy Track Jacket with Contrast Stripes",
        category="Sweatshirts & Hoodies",
        color="Navy",
        gender="Men",
    ),
    # photo: black formal trousers with a pressed crease, white long-sleeve shirt tucked in, full-body front.
    # caption: adapter
    case(
        "X377-017",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and black pants"),
        D.color("white", "other_garment_color"),
        color_of("pants", "black"),
        D.details("the pants are black", "non_answer"),
        title="Men Black Formal Trousers",
        category="Pants",
        color="Black",
        gender="Men",
    ),
    # photo: maroon hoodie, back view, large white block lettering "NO LIMITS" across the back, black jeans.
    # caption: adapter
    case(
        "X377-018",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. The "
            "gentleman wears a long trousers. The trousers are with denim fabric and pure color patterns. There is an "
            "accessory on his wrist. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red hoodie with writing on the back"),
        D.color("red"),
        D.pattern("graphic"),
        D.details("the word brooklyn on the back", "unsupported"),
        title="Men Maroon Back Print Hoodie",
        category="Sweatshirts & Hoodies",
        color="Maroon",
        gender="Men",
    ),
    # photo: light grey fleece jogger sweatpants with elastic cuffs, white tee, side view, full body.
    # caption: adapter
    case(
        "X377-019",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("grey sweatpants and a white t-shirt"),
        color_of("pants", "grey"),
        D.details("elastic cuffs at the ankles"),
        D.material("denim", "unsupported"),
        title="Men Light Grey Jogger Sweatpants",
        category="Pants",
        color="Light Grey",
        gender="Men",
    ),
    # photo: white linen short-sleeve shirt with a chest pocket, navy linen drawstring pants, full-body front.
    # caption: adapter
    case(
        "X377-020",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The trousers",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and white pants", "contradiction"),
        D.color("white"),
        D.material("linen"),
        D.details("a pocket on the chest and buttons"),
        title="Men White Linen Short Sleeve Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: navy cable-knit cardigan, buttons down the front, worn open over a white tee, grey chinos, front view.
    # caption: adapter (ends on a full stop at the limit)
    case(
        "X377-021",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a V-shape neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns.",
            hit_limit=True,
        ),
        D.wearing("a blue sweater and a blue shirt", "contradiction"),
        D.garment_type("sweater"),
        D.color("navy"),
        D.details("buttons down the front and a cable knit pattern"),
        is_a("cardigan", "no", "contradiction"),
        title="Men Navy Cable Knit Cardigan",
        category="Cardigans",
        color="Navy",
        gender="Men",
    ),
    # photo: black ribbed tank top, grey jersey shorts, full-body front, white backdrop.
    # caption: adapter
    case(
        "X377-022",
        caption(
            "His tank top has sleeves cut off, cotton fabric and pure color patterns. It has a round neckline. He "
            "wears a three-point shorts, with cotton fabric and pure color patterns. There is an accessory on his "
            "wrist. He",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black tank top and gray shorts"),
        D.sleeve_length("sleeveless"),
        D.material("a black tank top", "restated"),
        D.details("ribbed"),
        title="Men Black Ribbed Tank Top",
        category="Tees & Tanks",
        color="Black",
        gender="Men",
    ),
    # photo: blue and white vertical striped shirt, long sleeves rolled to the elbow, white jeans, front view.
    # caption: adapter
    case(
        "X377-023",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue and white striped shirt and white jeans"),
        D.pattern("striped"),
        D.color("blue"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("the sleeves are rolled up"),
        title="Men Blue Striped Cotton Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: camel wool-blend overcoat, single-breasted, no belt, over a black turtleneck, black trousers, full body.
    # caption: adapter
    case(
        "X377-024",
        caption(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a brown coat and black pants"),
        D.color("black", "other_garment_color"),
        color_of("coat", "brown"),
        D.description("a long brown coat with buttons"),
        D.material("wool"),
        D.details("a belt", "unsupported"),
        title="Men Camel Wool Blend Overcoat",
        category="Jackets & Coats",
        color="Camel",
        gender="Men",
    ),
    # photo: light-wash denim shorts with a frayed hem, black tee, full-body front, a wooden stool beside him.
    # caption: adapter
    case(
        "X377-025",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and its neckline is round. The shorts are with denim fabric and pure color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black shirt and blue shorts standing next to a stool"),
        color_of("shorts", "blue"),
        D.details("frayed hem"),
        D.description("a pair of denim shorts with a", "cut"),
        title="Men Light Wash Denim Shorts",
        category="Shorts",
        color="Light Blue",
        gender="Men",
    ),
    # photo: forest green quarter-zip knit pullover, ribbed cuffs, mid-blue jeans, side view.
    # caption: adapter
    case(
        "X377-026",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a standing neckline. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a green sweater and jeans"),
        D.color("green"),
        D.details("a zipper at the neck"),
        D.material("cashmere", "unsupported"),
        D.garment_type("jacket", "contradiction"),
        title="Men Green Quarter Zip Sweater",
        category="Sweaters",
        color="Forest Green",
        gender="Men",
    ),
    # photo: black quilted nylon puffer jacket with a hood, zipped, black jeans, front view.
    # caption: adapter
    case(
        "X377-027",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The "
            "gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns. The "
            "gentleman wears a long trousers. The trousers are with cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black jacket"),
        D.description("a black puffy jacket with a hood"),
        D.material("leather", "unsupported"),
        D.details("a hood and a zipper"),
        title="Men Black Hooded Puffer Jacket",
        category="Jackets & Coats",
        color="Black",
        gender="Men",
    ),
    # photo: heather blue long-sleeve henley, three-button placket, mid-blue jeans, front view.
    # caption: adapter
    case(
        "X377-028",
        caption(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a blue shirt and jeans", "pronoun"),
        D.details("three buttons"),
        D.description("a blue long sleeve shirt with buttons"),
        D.pattern("striped", "contradiction"),
        title="Men Blue Henley T-Shirt",
        category="Tees & Tanks",
        color="Blue",
    ),
    # photo: plain mustard crew-neck tee, no pocket, brown chinos, front view to the knees.
    # caption: adapter (ends on a full stop at the limit)
    case(
        "X377-029",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns.",
            hit_limit=True,
        ),
        D.wearing("a yellow t-shirt and brown pants"),
        D.color("orange", "contradiction"),
        D.description("a yellow t-shirt with a pocket", "unsupported"),
        D.material("cotton"),
        title="Men Mustard Crew Neck Tee",
        category="Tees & Tanks",
        color="Mustard",
        gender="Men",
    ),
    # photo: navy unstructured blazer, two buttons, no pocket square, white tee, light blue jeans, front, full body.
    # caption: adapter
    case(
        "X377-030",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue blazer, white shirt and jeans"),
        D.garment_type("suit", "contradiction"),
        D.color("navy"),
        D.details("two buttons and a pocket square", "unsupported"),
        D.material("wool"),
        title="Men Navy Unstructured Blazer",
        category="Blazers",
        color="Navy",
        gender="Men",
    ),
    # photo: olive cargo pants with side pockets, black tee, side view, full body.
    # caption: adapter
    case(
        "X377-031",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black t-shirt and green cargo pants"),
        color_of("pants", "green"),
        D.color("black", "other_garment_color"),
        D.details("pockets on the sides"),
        D.description("black pants with pockets", "other_garment_color"),
        title="Men Olive Cargo Pants",
        category="Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: pale pink slim formal shirt, long sleeves, grey trousers, front view to mid-thigh.
    # caption: adapter (ends on a full stop at the limit)
    case(
        "X377-032",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns.",
            hit_limit=True,
        ),
        D.wearing("a pink shirt and grey pants"),
        D.color("white", "contradiction"),
        D.description("she is wearing a pink shirt", "pronoun"),
        D.material("silk", "unsupported"),
        D.sleeve_length("long sleeves"),
        title="Men Pink Slim Fit Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: colour-block crew sweatshirt, navy body with a white chest panel and a red band, black jeans, front.
    # caption: adapter
    case(
        "X377-033",
        caption(
            "The gentleman wears a long-sleeve sweater with color block patterns. The sweater is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue, white and red sweatshirt"),
        D.pattern("striped", "contradiction"),
        D.color("navy"),
        D.details("a red stripe across the chest"),
        D.description("a sweatshirt with blue and white and red and blue and white and red and blue and white", "loop"),
        title="Men Colour Block Crew Sweatshirt",
        category="Sweatshirts & Hoodies",
        color="Navy",
        gender="Men",
    ),
    # photo: brown corduroy overshirt, two button-flap chest pockets, open over a white tee, dark jeans, front.
    # caption: adapter
    case(
        "X377-034",
        caption(
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a brown jacket and a white shirt"),
        D.material("corduroy"),
        D.color("white", "other_garment_color"),
        D.details("two chest pockets with buttons"),
        title="Men Brown Corduroy Overshirt",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: white tee, back view (plain back), grey shorts, full body; the chest logo is not visible from the back.
    # caption: adapter
    case(
        "X377-035",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The gentleman wears a three-point shorts. The shorts are with cotton fabric and pure color patterns. "
            "There is an accessory on his wrist. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and grey shorts"),
        D.details("the back of the shirt", "non_answer"),
        D.description("a white t-shirt"),
        D.material("", "non_answer"),
        title="Men White Logo T-Shirt",
        category="Tees & Tanks",
        color="White",
        gender="Men",
    ),
    # photo: navy swim shorts with a white palm-leaf print and a drawstring waist, white tee, full-body front.
    # caption: adapter (ends on a full stop at the limit)
    case(
        "X377-036",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "floral patterns.",
            hit_limit=True,
        ),
        D.wearing("a white shirt and white shorts", "contradiction"),
        D.pattern("floral"),
        D.color("white", "other_garment_color"),
        color_of("shorts", "navy"),
        title="Men Navy Palm Print Swim Shorts",
        category="Shorts",
        color="Navy",
        gender="Men",
    ),
    # photo: black skinny jeans with ripped knees, grey tee, full-body front.
    # caption: adapter
    case(
        "X377-037",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a gray shirt and black jeans"),
        D.color("grey", "other_garment_color"),
        color_of("jeans", "black"),
        D.details("ripped knees"),
        D.material("denim Question: what is the color of the jeans? Answer: black", "leak"),
        title="Men Black Ripped Skinny Jeans",
        category="Denim",
        color="Black",
        gender="Men",
    ),
    # photo: white zip-up hoodie with a black zipper, grey joggers, front; the edge of a light grey wall at the left.
    # caption: adapter
    case(
        "X377-038",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The "
            "gentleman wears a long pants. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on his wrist. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white hoodie in front of a gray wall"),
        D.color("grey", "contradiction"),
        D.details("a black zipper, a hood and a pocket on the chest", "unsupported"),
        D.description("a white hooded sweatshirt"),
        title="Men White Zip-Up Hoodie",
        category="Sweatshirts & Hoodies",
        color="White",
        gender="Men",
    ),
    # photo: light grey linen two-piece suit over a white tee, white sneakers, full-body front.
    # caption: adapter
    case(
        "X377-039",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey suit and a white t-shirt"),
        D.color("white", "other_garment_color"),
        D.material("linen"),
        D.description("a light grey suit with a white shirt"),
        D.details("the suit has details", "non_answer"),
        title="Men Light Grey Linen Suit",
        category="Suits",
        color="Light Grey",
        gender="Men",
    ),
    # photo: red pique polo with a small white embroidered logo on the chest, mid-blue jeans, front view.
    # caption: adapter
    case(
        "X377-040",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The shirt is with cotton fabric. It has a lapel neckline. The shirt is with cotton "
            "fabric. It",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red polo shirt and jeans"),
        D.color("red"),
        D.details("a white logo on the chest"),
        D.material("cotton Question: what is the color of the shirt? Answer: red", "leak"),
        title="Men Red Polo Shirt",
        category="Polos",
        color="Red",
    ),
    # photo: beige double-breasted trench coat, belted at the waist, epaulettes, side view, full body, dark trousers.
    # caption: adapter
    case(
        "X377-041",
        caption(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has "
            "a lapel neckline. There is a belt. The gentleman wears a long trousers. The trousers are with cotton "
            "fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a woman in a trench coat", "pronoun"),
        D.details("a belt and buttons"),
        D.material("it is made of", "cut"),
        D.description("a long beige coat with a belt"),
        title="Men Beige Double-Breasted Trench Coat",
        category="Jackets & Coats",
        color="Beige",
        gender="Men",
    ),
    # photo: black crew-neck fleece sweatshirt with a small white embroidered logo on the chest, black jeans, front.
    # caption: adapter (ends on a full stop at the limit)
    case(
        "X377-042",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "pure color patterns.",
            hit_limit=True,
        ),
        D.wearing("a woman wearing a black sweatshirt", "pronoun"),
        D.garment_type("hoodie", "contradiction"),
        D.details("a small logo on the chest"),
        D.material("fleece"),
        title="Men Black Crew Neck Sweatshirt",
        category="Sweatshirts & Hoodies",
        color="Black",
        gender="Men",
    ),
    # photo: navy and green tartan check shorts, white polo, full-body front, no hat.
    # caption: adapter (ends on a full stop at the limit, with an invented hat)
    case(
        "X377-043",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The gentleman wears a three-point "
            "shorts. The shorts are with cotton fabric and lattice patterns. There is an accessory on his wrist. This "
            "person wears a hat.",
            "unsupported",
            hit_limit=True,
        ),
        D.wearing("a white polo shirt and plaid shorts"),
        D.pattern("solid", "contradiction"),
        color_of("shorts", "blue"),
        D.details("the shorts are plaid"),
        title="Men Navy Check Shorts",
        category="Shorts",
        color="Navy",
        gender="Men",
    ),
    # photo: charcoal ribbed roll-neck jumper, black trousers, front view from the thighs up.
    # caption: adapter
    case(
        "X377-044",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a standing neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black turtleneck sweater", "contradiction"),
        D.color("grey"),
        D.description("a dark gray turtle neck sweater"),
        D.garment_type("sweater"),
        D.details("", "non_answer"),
        title="Men Charcoal Roll Neck Jumper",
        category="Sweaters",
        color="Charcoal",
        gender="Men",
    ),
    # photo: blue short-sleeve shirt with a white micro polka-dot print, camp collar, beige shorts, front.
    # caption: adapter
    case(
        "X377-045",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue shirt with white dots"),
        D.pattern("polka dot"),
        D.details("what are the details of the garment", "restated"),
        neckline("a collar"),
        title="Men Blue Dot Print Short Sleeve Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: brown argyle knit sweater vest over a white long-sleeve shirt, grey trousers, front view.
    # caption: adapter
    case(
        "X377-046",
        caption(
            "The gentleman wears a long-sleeve sweater with lattice patterns. The sweater is with knitting fabric. It "
            "has a V-shape neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a brown sweater vest and a white shirt"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.color("white", "other_garment_color"),
        D.material("wool"),
        D.details("a diamond pattern"),
        title="Men Brown Argyle Sweater Vest",
        category="Sweaters",
        color="Brown",
        gender="Men",
    ),
]
