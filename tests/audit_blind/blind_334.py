"""BLIND_334 (46 products; men's bottoms: jeans, chinos, formal trousers, cargos, joggers, shorts, track pants): written
blind in the forty-fourth session. Measured blind at e86e9a1 (the session's rules as they stood): 97/125 failures
found (77.6%) and 10/157 correct texts flagged (6.4%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of men's bottoms: jeans (skinny, slim, straight, tapered, bootcut;
light, stone, dark and black washes, some distressed), chinos, formal trousers, corduroy and linen trousers, cargo
pants (one camouflage print), joggers and track pants (some with side stripes), chino, denim, cargo, linen, swim and
lounge shorts (one pack of two). Most photos are model shots, the bottoms worn with a t-shirt or a shirt (plain,
striped, checked, printed, sometimes the same color as the bottoms); some are back views and some flat-lays with
props (a belt, boots, sunglasses, a phone, a folded tee) on floors, tables, beds or colored backgrounds. Each row
has the seller's title, category, color and gender; a few rows miss the gender or the color, as real feeds do.

Who wrote what: captions and open answers come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase,
"a man in a white t-shirt and blue jeans"), which stops on its own and never has hit_limit, except where the
comment above a case says the caption adapter wrote them. The caption adapter (DeepFashion template: "The gentleman
wears a long-sleeve shirt with pure color patterns ...") was trained with no end token: it runs to its limit (50
new tokens for captions, 30 for answers), carries hit_limit=True and returns its template to any question. The
closed questions (garment_type, color, pattern, sleeve_length, fit, the per-piece colors and "Is this a pair of
...?") are enrich's `--engine reference` answers, chosen from candidate sets: never a loop or a cut. Rise and wash
are open questions answered by the base model.

Labeling conventions and judgement calls:
- The product is the bottoms. Shade words count as correct: blue for navy or teal, green for olive or teal, khaki,
  tan or beige for one another, brown for tan, grey for charcoal or grey melange, white for off white or cream,
  red for maroon. Black for a dark indigo jean whose model wears a black tee is other_garment_color (the tee's).
- The color of the shirt or tee worn with the bottoms, or of a prop that is a garment or accessory in the photo (a
  belt, boots), given as the product's color is other_garment_color; the color of a wall or a background given as
  the product's color is contradiction. Per-piece color questions asked of the shirt answered with the shirt's
  own color are correct.
- The pattern of the shirt (stripes, checks, a graphic) given as the bottoms' pattern, the shirt's sleeve length
  given for the bottoms, and the shirt or tee given as the garment_type are contradiction. Side stripes on track
  pants answered "striped" are correct; a palm-leaf print answered "floral" is correct.
- Garment synonyms are correct: pants or trousers for chinos, sweatpants for joggers, track pants for joggers, camo
  for camouflage. Chinos called denim pants by the adapter is contradiction (hit_limit kept); denim shorts called
  jeans is contradiction; "a pair of" for a pack of two is contradiction; "yes" to "Is this a pair of shorts?" for
  track pants is contradiction, and so is "no" to "Is this a pair of jeans / chinos / cargo pants?" for that very
  product.
- Fit: slim/skinny/tapered/regular/straight as the title says are correct; a fit the title contradicts (skinny for
  bootcut, slim for relaxed) is contradiction. Rise the title contradicts (low rise for mid-rise) is contradiction;
  an acid wash for a jean titled clean look is contradiction.
- Materials: one the title names (linen, corduroy, fleece, poly viscose, cotton, polyester) is correct; denim for
  jeans and cotton for chinos or cotton twill cargos are correct; polyester for plain track pants is a plausible
  guess, correct. A material neither named nor visible (wool for poly viscose, denim for cotton cargos) or the
  material of a prop (the belt's leather, the floor's wood) is unsupported. The material question answered with the
  garment's name, color or pattern ("black pants", "camouflage") is restated.
- Invented items or details not in the photo (sneakers on a photo cropped at the knees, a hat, a belt hidden under an
  untucked shirt or on beltless trousers, a tie, a chain, a pocket tab, piping, a fly zipper on joggers, pleats on
  flat-front chinos, side stripes on plain track pants or shorts, a front logo on a back view, a phone in the pocket
  when it lies beside) are unsupported. Details the photo does show (ankle drawcords, frayed hems, a leather patch
  called a tag, corduroy wales called a ribbed texture, bootcut called flared) are correct.
- Base answers that run on into "Question: ... Answer: ..." are leak even where the first words are right. "she"
  for a man is pronoun; so is the adapter's "The lady wears ..." for a men's product (seen before the cut).
- Adapter texts: a repeated sentence or fragment is loop; a text stopping mid-sentence without repeating is cut;
  the template returned for the material question is restated (even though cut). An adapter text that invents an
  accessory or a wrong fabric before it is cut is labelled cut.
- A base answer stopping early mid-phrase ("it is made of", "the pants are") is cut without hit_limit; an empty
  answer, "no" to an open question, "it is made of fabric" and "the shorts have details" are non_answer; "the rise
  of the jeans" and details answered with the garment's color are restated. A base answer repeating one word or
  phrase is loop.
- sleeve_length for bottoms: "sleeveless" would be true but was not asked; "short sleeves" (the shirt's) is
  contradiction.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

fit = question("fit", "What is the fit of the pants?", "closed")
rise = question("rise", "What is the rise of the pants?", "open")
wash = question("wash", "What is the wash of the jeans?", "open")
color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")

BLIND_334 = [
    # photo: model, front view, light blue slim jeans, plain white crew-neck t-shirt untucked over the
    # waist, grey studio backdrop.
    # adapter: none
    case(
        "X334-001",
        caption("a man in a white t-shirt and blue jeans"),
        D.wearing("he is wearing a white t-shirt and jeans with a black belt", "unsupported"),
        B.garment_type("jeans"),
        B.color("white", "other_garment_color"),
        fit("slim"),
        wash("light blue"),
        title="Men Light Blue Slim Fit Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: model, front view, beige chinos, navy polo shirt tucked in, white backdrop.
    # adapter: caption
    case(
        "X334-002",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a long pants. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue polo shirt and khaki pants"),
        B.color("blue", "other_garment_color"),
        is_a("chinos", "yes", article="a pair of"),
        D.material("cotton"),
        title="Men Beige Slim Fit Chinos",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: back view, model in dark indigo jeans and a black t-shirt, two plain back pockets, brown leather
    # waist patch, no pocket tab, grey backdrop. adapter: none
    case(
        "X334-003",
        caption("the back of a man's jeans"),
        D.details("two back pockets and a red tab on the pocket", "unsupported"),
        B.color("black", "other_garment_color"),
        wash("dark"),
        rise("mid rise"),
        title="Men Navy Blue Regular Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: flat-lay, olive cotton cargo pants on white, six pockets, drawcords with toggles at the ankles,
    # no belt.
    # adapter: none
    case(
        "X334-004",
        caption("a pair of green cargo pants on a white background"),
        D.description("green cargo pants with pockets and a belt", "unsupported"),
        B.garment_type("pants"),
        B.color("olive"),
        D.material("denim", "unsupported"),
        D.details("pockets on the side and a drawstring at the bottom"),
        title="Men Olive Green Solid Cotton Cargos",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: model, front view, grey melange joggers (elastic waist, no fly), black graphic-print t-shirt, white
    # sneakers, concrete wall.
    # adapter: none
    case(
        "X334-005",
        caption("a man in a black t-shirt and grey sweatpants standing against a wall"),
        D.wearing("she is wearing a black shirt and grey pants", "pronoun"),
        B.color("grey"),
        B.pattern("graphic", "contradiction"),
        D.material("cotton"),
        D.details("the pants have a zipper on the front", "unsupported"),
        is_a("joggers", "yes", article="a pair of"),
        title="Men Grey Melange Solid Cotton Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model, front view, black formal trousers, white formal shirt tucked in, black belt visible, grey backdrop.
    # adapter: caption, details
    case(
        "X334-006",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "gentleman wears a long trousers with pure color patterns. The gentleman wears a long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The trousers are with polyester fabric and pure color patterns. The gentleman wears a long-sleeve shirt "
            "with pure color patterns. The shirt is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and black pants with a belt"),
        B.color("black"),
        B.garment_type("shirt", "contradiction"),
        fit("slim"),
        title="Men Black Slim Fit Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: model outdoors, mid-blue denim shorts with frayed raw hems, white t-shirt with a small red chest print,
    # green hedge behind. adapter: none
    case(
        "X334-007",
        caption("a man in white t-shirt and blue denim shorts standing in front of a hedge"),
        D.wearing("a white shirt and white shorts", "other_garment_color"),
        color_shorts("blue"),
        D.details("the shorts have frayed edges"),
        B.pattern("solid"),
        D.material("denim"),
        B.garment_type("jeans", "contradiction"),
        title="Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: flat-lay, navy chinos folded on a wooden table, a brown leather belt threaded through the loops.
    # adapter: none
    case(
        "X334-008",
        caption("a pair of blue pants and a brown belt on a wooden table"),
        B.color("brown", "other_garment_color"),
        D.description("navy blue pants with a brown belt"),
        D.material("leather", "unsupported"),
        fit("regular"),
        title="Men Navy Blue Regular Fit Chinos",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model, front view, black track pants with two white side stripes, white t-shirt, white studio.
    # adapter: caption
    case(
        "X334-009",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a long pants. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and black track pants and black track pants and black track pants", "loop"),
        B.color("black"),
        B.pattern("striped"),
        D.material("polyester"),
        D.details("white stripes on the side"),
        title="Men Black Solid Polyester Track Pants with Side Stripes",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: model, front view, charcoal grey formal trousers, light blue formal shirt tucked in, office with a
    # bookshelf behind. adapter: none
    case(
        "X334-010",
        caption("a man in a blue shirt and grey pants standing in an office"),
        D.wearing("a blue shirt and grey pants Question: what is the color of the shirt? Answer: blue", "leak"),
        B.color("blue", "other_garment_color"),
        color_shirt("blue"),
        D.material("wool", "unsupported"),
        fit("skinny", "contradiction"),
        title="Men Charcoal Grey Regular Fit Poly Viscose Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: back view, model in black joggers with ribbed ankle cuffs and one back pocket, grey t-shirt, white wall.
    # adapter: none
    case(
        "X334-011",
        caption("the back of a man wearing black sweatpants"),
        D.details("elastic cuffs at the ankles and a back pocket"),
        B.color("grey", "other_garment_color"),
        is_a("joggers", "yes", article="a pair of"),
        D.description("black joggers with a white logo on the front", "unsupported"),
        D.material("cotton"),
        title="Men Black Solid Slim Fit Joggers",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: flat-lay, light grey chino shorts on a white floor, a folded white t-shirt and sunglasses beside them.
    # adapter: none
    case(
        "X334-012",
        caption("a pair of grey shorts, a white t-shirt and sunglasses"),
        B.garment_type("t-shirt", "contradiction"),
        color_shorts("grey"),
        D.description("a pair of grey shorts with a white shirt and sunglasses"),
        D.material("the shorts are grey", "restated"),
        D.details("the shorts have details", "non_answer"),
        title="Men Grey Solid Chino Shorts",
        category="Shorts",
        color="Grey",
    ),
    # photo: model, front view, dark blue straight jeans, red and black checked flannel shirt open over a white tee,
    # studio. adapter: caption, wearing, material
    case(
        "X334-013",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. The "
            "gentleman wears a long denim pants. The pants are with denim fabric and solid color patterns. The "
            "gentleman wears a long-sleeve shirt with lattice",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. The "
            "gentleman wears a long denim",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. The "
            "pants are with denim",
            "restated",
            hit_limit=True,
        ),
        B.color("red", "other_garment_color"),
        wash("dark blue"),
        B.pattern("checked", "contradiction"),
        title="Men Dark Blue Straight Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: model outdoors, olive flat-front chinos, white oxford shirt with rolled sleeves, red brick wall behind.
    # adapter: none
    case(
        "X334-014",
        caption("a man standing in front of a brick wall wearing a white shirt and green pants"),
        D.wearing("a white shirt and olive green pants"),
        B.color("green"),
        D.details("the pants have a pleated front and cuffs", "unsupported"),
        is_a("chinos", "no", "contradiction", article="a pair of"),
        fit("slim"),
        title="Men Olive Slim Fit Chinos",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a gym, maroon track pants with zipped side pockets, no piping,
    # black t-shirt. adapter: none
    case(
        "X334-015",
        caption("a man in a black t-shirt and red pants in a gym"),
        D.wearing("he is wearing a black t-shirt and red track pants"),
        B.color("black", "other_garment_color"),
        D.details("zip pockets on the sides and white piping down the leg", "unsupported"),
        D.material("it is made of", "cut"),
        B.garment_type("track pants"),
        title="Men Maroon Solid Track Pants",
        category="Track Pants",
        color="Maroon",
        gender="Men",
    ),
    # photo: flat-lay, black skinny jeans with rips at both knees, no chain, grey
    # concrete floor. adapter: none
    case(
        "X334-016",
        caption("a pair of black ripped jeans on the floor"),
        D.details("rips on the knees"),
        D.description("black jeans with holes in the knees and a chain", "unsupported"),
        B.color("black"),
        wash("light blue", "contradiction"),
        fit("skinny"),
        rise("low rise", "contradiction"),
        D.material("denim"),
        title="Men Black Skinny Fit Mid-Rise Distressed Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: model on a beach, beige linen relaxed trousers, white linen shirt untucked. adapter: caption, description
    case(
        "X334-017",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with linen fabric. The lady "
            "wears a long trousers. The trousers are with linen fabric and pure color patterns. There is",
            "pronoun",
            hit_limit=True,
        ),
        D.description(
            "The trousers are with linen fabric and pure color patterns. The trousers are with linen fabric and pure "
            "color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.material("linen"),
        B.color("beige"),
        D.wearing("a white shirt and white pants", "other_garment_color"),
        title="Men Beige Linen Relaxed Fit Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: model, front view, light blue heavily ripped jeans, black band-print t-shirt, studio. adapter: none
    case(
        "X334-018",
        caption("a man in a black t-shirt and ripped jeans"),
        D.wearing("a black shirt and black jeans", "other_garment_color"),
        wash("light Question: what is the rise of the jeans? Answer: mid", "leak"),
        D.details("the jeans are ripped"),
        B.pattern("solid"),
        is_a("jeans", "yes", article="a pair of"),
        D.material("denim Question: what is the fit of the jeans? Answer: slim", "leak"),
        title="Men Light Blue Slim Fit Highly Distressed Jeans",
        category="Jeans",
        color="Light Blue",
        gender="Men",
    ),
    # photo: model, front view, navy joggers with drawstring and side pockets, navy t-shirt (tonal outfit), white
    # sneakers, studio. adapter: none
    case(
        "X334-019",
        caption("a man in a blue t-shirt and blue pants"),
        D.wearing("she is wearing a blue shirt and blue pants", "pronoun"),
        B.color("navy"),
        D.details("drawstring and pockets and drawstring and pockets and drawstring and pockets", "loop"),
        D.material("cotton cotton cotton cotton cotton", "loop"),
        title="Men Navy Blue Solid Joggers",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model, front view, khaki cargo shorts, olive t-shirt, studio. adapter: caption, details
    case(
        "X334-020",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman wears a short pants. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The pants are with cotton fabric and pure color patterns. The pants are with cotton fabric and pure "
            "color patterns. The pants",
            "loop",
            hit_limit=True,
        ),
        color_shorts("green", "other_garment_color"),
        D.wearing("a green shirt and khaki shorts"),
        B.garment_type("pants", "contradiction"),
        title="Men Khaki Solid Cargo Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: flat-lay, back of light wash jeans on a white sheet, stitched back pockets, leather patch on the
    # waistband. adapter: none
    case(
        "X334-021",
        caption("the back of a pair of blue jeans"),
        D.details("two pockets on the back"),
        wash("light wash"),
        D.description("blue jeans with a tag on the back"),
        is_a("shorts", "no", article="a pair of"),
        D.material("it is made of fabric", "non_answer"),
        title="Men Blue Light Fade Straight Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: model by the sea, white chinos, navy and white horizontally striped t-shirt. adapter: none
    case(
        "X334-022",
        caption("a man in a striped shirt and white pants standing by the sea"),
        B.pattern("striped", "contradiction"),
        B.color("white"),
        D.wearing(
            "a striped shirt and white pants Question: what is the man wearing? Answer: a striped shirt and white "
            "pants",
            "leak",
        ),
        D.material("cotton"),
        D.details("the pants are white", "restated"),
        title="Men White Slim Fit Chinos",
        category="Trousers",
        color="White",
        gender="Men",
    ),
    # photo: model, front view, brown corduroy relaxed trousers, cream shirt tucked in, no belt (side
    # adjusters), beige studio backdrop.
    # adapter: none
    case(
        "X334-023",
        caption("a man in a white shirt and brown pants"),
        B.color("brown"),
        D.material("corduroy"),
        D.details("the pants have a ribbed texture"),
        D.wearing("a white shirt and brown pants with a brown belt", "unsupported"),
        fit("slim", "contradiction"),
        title="Men Brown Relaxed Fit Corduroy Trousers",
        category="Trousers",
        color="Brown",
        gender="Men",
    ),
    # photo: black formal trousers on a hanger against a white wall, front crease visible. adapter: none
    case(
        "X334-024",
        caption("a pair of black pants hanging on a white wall"),
        B.garment_type("trousers"),
        B.color("white", "contradiction"),
        D.details("the pants have a crease down the front"),
        D.material("black pants", "restated"),
        fit("skinny", "contradiction"),
        title="Men Black Regular Fit Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: model, plain grey melange sweat shorts, black t-shirt, white backdrop, cropped just below the knees.
    # adapter: none
    case(
        "X334-025",
        caption("a man in a black t-shirt and grey shorts"),
        D.wearing("a black t-shirt and grey shorts with white sneakers", "unsupported"),
        color_shorts("grey"),
        D.material("cotton"),
        D.description("grey shorts with black stripes on the side", "unsupported"),
        D.details("", "non_answer"),
        title="Men Grey Melange Cotton Sweat Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model, front view, stone-wash blue jeans, white shirt untucked, studio. adapter: wearing, material
    case(
        "X334-026",
        caption("a man in a white shirt and blue jeans"),
        D.wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman",
            "restated",
            hit_limit=True,
        ),
        color_jeans("white", "other_garment_color"),
        color_shirt("white"),
        wash("stone wash"),
        rise("mid"),
        title="Men Blue Stone Wash Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: model among trees, green camouflage cargo trousers with leg pockets, black t-shirt, bare head.
    # adapter: none
    case(
        "X334-027",
        caption("a man in camouflage pants and a black t-shirt in the woods"),
        B.pattern("camouflage"),
        B.color("green"),
        D.details("camo print and pockets on the legs"),
        D.wearing("a black shirt and camo pants with a black hat", "unsupported"),
        D.material("camouflage", "restated"),
        is_a("cargo pants", "no", "contradiction", article="a pair of"),
        title="Men Green Camouflage Print Cargo Trousers",
        category="Trousers",
        color="Green",
        gender="Men",
    ),
    # photo: flat-lay, two lounge shorts side by side (navy, grey), drawstring waists, white background.
    # adapter: none
    case(
        "X334-028",
        caption("two pairs of shorts on a white background"),
        D.description("a pair of blue shorts", "contradiction"),
        color_shorts("blue"),
        D.material("cotton"),
        D.details("drawstring waist"),
        title="Men Pack of 2 Cotton Lounge Shorts",
        category="Shorts",
        color="Navy Blue & Grey",
        gender="Men",
    ),
    # photo: model, front view, grey slim chinos, light blue denim shirt untucked, studio. adapter: caption
    case(
        "X334-029",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. The "
            "gentleman wears a long denim pants. The pants are with denim fabric and pure color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue denim shirt and grey pants"),
        B.color("blue", "other_garment_color"),
        is_a("jeans", "no", article="a pair of"),
        D.material("it is made of cotton and", "cut"),
        title="Men Grey Slim Fit Cotton Chinos",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: model at a skate park, full length, black skinny jeans, white t-shirt, white sneakers. adapter: none
    case(
        "X334-030",
        caption("a man in black jeans and white sneakers at a skate park"),
        D.wearing("a white shirt, black jeans and white shoes"),
        color_jeans("black"),
        fit("skinny"),
        wash("black"),
        rise("the rise of the jeans", "restated"),
        D.details("the jeans have", "cut"),
        title="Men Black Skinny Fit Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: model on a beach with palm trees, tan chino shorts with belt loops and slant pockets, light pink
    # short-sleeve shirt. adapter: none
    case(
        "X334-031",
        caption("a man in a pink shirt and tan shorts on the beach"),
        D.wearing("a pink shirt and pink shorts", "other_garment_color"),
        color_shorts("brown"),
        D.details("the shorts have a belt loop and pockets"),
        B.sleeve_length("short sleeves", "contradiction"),
        D.description("tan shorts Question: what is the color of the shirt? Answer: pink", "leak"),
        title="Men Tan Solid Chino Shorts",
        category="Shorts",
        color="Tan",
        gender="Men",
    ),
    # photo: model, front view, grey formal trousers, white formal shirt tucked in, no tie, no watch,
    # studio.
    # adapter: caption, details
    case(
        "X334-032",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The trousers are with polyester fabric and pure color patterns. There is an accessory on his wrist. The "
            "gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        B.color("grey"),
        B.garment_type("trousers"),
        D.material("polyester"),
        D.wearing("a white shirt and grey pants and a grey tie", "unsupported"),
        title="Men Grey Slim Fit Poly Viscose Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: flat-lay, off-white fleece joggers with a drawstring, on a pastel pink background. adapter: none
    case(
        "X334-033",
        caption("a pair of white sweatpants on a pink background"),
        B.color("pink", "contradiction"),
        D.description("white sweatpants with a drawstring"),
        D.material("fleece"),
        D.details("drawstring drawstring drawstring drawstring drawstring", "loop"),
        is_a("joggers", "yes", article="a pair of"),
        title="Men Off White Fleece Joggers",
        category="Track Pants",
        color="Off White",
        gender="Men",
    ),
    # photo: model, front view, light grey clean-look slim jeans, navy henley t-shirt, studio. adapter: none
    case(
        "X334-034",
        caption("a man in a blue shirt and grey jeans"),
        D.wearing("a blue shirt and blue jeans", "other_garment_color"),
        color_jeans("grey"),
        wash("acid wash", "contradiction"),
        D.details("", "non_answer"),
        B.pattern("solid"),
        title="Men Grey Slim Fit Clean Look Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: back view, model in khaki chinos with buttoned back pockets, beige shirt tucked in, brown belt, grey
    # backdrop. adapter: none
    case(
        "X334-035",
        caption("a man in a beige shirt and khaki pants from behind"),
        B.color("beige"),
        D.details("back pockets with buttons"),
        D.description("khaki pants with a brown belt"),
        fit("regular"),
        rise("mid rise"),
        D.wearing("she is wearing khaki pants and a beige shirt", "pronoun"),
        title="Men Khaki Regular Fit Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: model, front view, black cargo trousers, black t-shirt (all black), studio.
    # adapter: caption, description, material
    case(
        "X334-036",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a long trousers. The trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "The trousers are with cotton fabric and pure color patterns. The man wears a long trousers. The trousers "
            "are with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round.",
            "restated",
            hit_limit=True,
        ),
        B.color("black"),
        B.garment_type("pants"),
        D.wearing("a black shirt and black cargo pants"),
        title="Men Black Solid Cargo Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: model by a pool, navy swim shorts with a white and green palm-leaf print, plain white t-shirt.
    # adapter: none
    case(
        "X334-037",
        caption("a man in a white shirt and blue shorts by the pool"),
        B.pattern("floral"),
        color_shorts("white", "other_garment_color"),
        D.details("the shorts have a palm leaf print"),
        D.wearing(
            "a white shirt and shorts with a palm leaf print Question: what color are the shorts? Answer:", "leak"
        ),
        D.material("polyester"),
        title="Men Navy Blue Tropical Print Polyester Swim Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: flat-lay on a wooden floor, dark blue jeans, a folded white t-shirt and brown leather boots as props.
    # adapter: none
    case(
        "X334-038",
        caption("a pair of jeans, a white t-shirt and brown boots on a wooden floor"),
        B.color("brown", "other_garment_color"),
        wash("dark blue Question: what is the fit of the jeans? Answer: straight", "leak"),
        D.details("the jeans are blue", "restated"),
        is_a("jeans", "yes", article="a pair of"),
        D.material("wood", "unsupported"),
        title="Men Navy Blue Straight Fit Jeans",
        category="Jeans",
        color="Navy Blue",
    ),
    # photo: model, front view, plain teal track pants (no stripes), white t-shirt, studio. adapter: none
    case(
        "X334-039",
        caption("a man in a white t-shirt and green track pants"),
        D.wearing("a white shirt and white pants", "other_garment_color"),
        B.color("blue"),
        D.details("white stripes down the side", "unsupported"),
        D.material("polyester"),
        D.description("the pants are green and the pants are green and the pants are green", "loop"),
        title="Men Teal Solid Track Pants",
        category="Track Pants",
        color="Teal",
        gender="Men",
    ),
    # photo: model, front view, black slim formal trousers, black shirt untucked covering the waist, grey backdrop.
    # adapter: none
    case(
        "X334-040",
        caption("a man in a black shirt and black pants"),
        D.wearing("a black shirt and black pants"),
        B.color("black"),
        D.details("the pants have a belt and a crease", "unsupported"),
        fit("slim"),
        rise("no", "non_answer"),
        D.material("fabric", "non_answer"),
        title="Men Slim Fit Formal Trousers",
        category="Trousers",
        gender="Men",
    ),
    # photo: model, front view, mid-blue tapered jeans, grey t-shirt with a small white logo, studio. adapter: caption
    case(
        "X334-041",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The gentleman wears a long denim pants. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a gray t-shirt and blue jeans"),
        B.color("grey", "other_garment_color"),
        is_a("jeans", "no", "contradiction", article="a pair of"),
        rise("mid rise"),
        fit("tapered"),
        D.material("jeans", "restated"),
        title="Men Blue Tapered Fit Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: model, side view, stone-beige low-rise chinos, black t-shirt, studio. adapter: none
    case(
        "X334-042",
        caption("a man in a black shirt and beige pants"),
        D.wearing("a black shirt and tan pants"),
        B.color("black", "other_garment_color"),
        D.details("the pants are", "cut"),
        D.material("cotton Question: what is the fit of the pants? Answer: slim", "leak"),
        rise("high", "contradiction"),
        title="Men Stone Beige Low-Rise Slim Fit Chinos",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: flat-lay, grey knitted joggers folded on a bed, a black phone lying beside them. adapter: none
    case(
        "X334-043",
        caption("a pair of grey pants folded on a bed next to a cell phone"),
        B.garment_type("pants"),
        B.color("grey"),
        D.description("grey sweatpants with a black phone in the pocket", "unsupported"),
        D.material("pants", "restated"),
        D.details("the details of the pants", "non_answer"),
        title="Men Grey Solid Knitted Joggers",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: model on a beach, off-white linen shorts, blue linen short-sleeve shirt. adapter: details
    case(
        "X334-044",
        caption("a man in a blue shirt and white shorts on the beach"),
        D.details(
            "The pants are with linen fabric and pure color patterns. The gentleman wears a short-sleeve shirt with "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_shorts("blue", "other_garment_color"),
        color_shirt("blue"),
        D.material("linen"),
        D.wearing("she is wearing a blue shirt and white shorts", "pronoun"),
        title="Men Off White Linen Shorts",
        category="Shorts",
        color="Off White",
        gender="Men",
    ),
    # photo: model in a desert, full length, medium blue bootcut jeans over tan boots, white shirt. adapter: none
    case(
        "X334-045",
        caption("a man in a white shirt and blue jeans standing in the desert"),
        fit("skinny", "contradiction"),
        wash("medium blue"),
        D.details("the jeans are flared at the bottom"),
        is_a("jeans", "yes", article="a pair of"),
        D.description("blue jeans with a", "cut"),
        rise("mid rise"),
        D.material("denim"),
        title="Men Blue Bootcut Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: model on a football pitch, black training track pants with a small white logo on the left thigh, grey
    # t-shirt. adapter: none
    case(
        "X334-046",
        caption("a man in a grey shirt and black pants on a soccer field"),
        D.wearing("a grey shirt and black pants"),
        B.color("black"),
        D.details("the pants have a logo on the left leg"),
        D.material("polyester Question: what is the color of the pants? Answer: black", "leak"),
        is_a("shorts", "yes", "contradiction", article="a pair of"),
        rise("", "non_answer"),
        title="Men Black Training Track Pants",
        category="Track Pants",
        color="Black",
    ),
]
