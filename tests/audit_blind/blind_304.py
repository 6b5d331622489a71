"""BLIND_304 (46 products; men's bottoms: jeans, chinos, trousers, cargo, track pants, joggers, shorts, lounge): written
blind in the forty-third session. Measured blind at 6744e86 (the session's rules as they stood): 100/119 failures
found (84.0%) and 2/149 correct texts flagged (1.3%). The writer's notes, verbatim:

Scenario: an English menswear catalog feed of bottoms: jeans (slim, skinny, relaxed, raw, washed, ripped), chinos,
formal and pleated trousers, corduroy and linen trousers, cargo pants, track pants with side tapes and piping,
joggers, shorts (denim, chino, cargo, sweat, swim, linen) and lounge or pyjama pants and shorts. Model shots are
cropped at the waist (the legs, the shoes, and at most the hem of a tee, a shirt tucked in, a hoodie or a belt show),
in front of studio backdrops, painted or brick walls, plants and rugs; flat-lays lie on white, wood, concrete or
bed sheets, a few with props (a cap, sunglasses, sneakers, a belt sold with the shorts). Each row has the seller's
title, category, color and gender; a few rows miss the gender, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in blue
jeans and white sneakers") or from the caption-only LoRA adapter (the DeepFashion template: "The gentleman wears a
short-sleeve T-shirt with pure color patterns and a long pants. The pants are with denim fabric ..."). The adapter
has no end token: every adapter text runs to its limit (50 new tokens for captions, 30 for answers) and carries
hit_limit=True; it names patterns, never hues, and asked a question it returns its template. Open questions
(wearing, description, details, material, closure) come from the base model unless the comment says the adapter
answered; the base model stops on its own and never has hit_limit. The closed questions (garment_type, color,
pattern, sleeve_length, the per-piece color questions and "Is this a ...?") are enrich's `--engine reference`
answers, chosen from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, indigo, dark, mid or light blue and heather blue;
  beige or khaki for khaki, stone and sand; brown for tan and for rust corduroy, orange for rust; grey for charcoal,
  grey melange and washed black denim; green for olive, teal and dark green; yellow for mustard; red for maroon;
  white for cream or off white. Mustard as orange and navy or charcoal as black are contradiction.
- Garment synonyms are correct: pants or trousers for chinos, sweatpants or joggers for track pants and joggers,
  swim trunks for swim shorts, pajama pants for lounge pants, pants for cargo joggers. Shorts answered "pants",
  chinos or denim shorts answered "yes" to "Is this a pair of jeans?", folded jeans answered "yes" to "Is this a pair
  of shorts?" and a flat-lay of jeans answered "a blue shirt" are contradiction.
- The color of a backdrop, a wall, a floor or a plant given as the garment's color is contradiction (no garment has
  it); so is the color of a side stripe, piping or a print given as the garment's color. The color of another piece
  the photo shows (the tee or hoodie hem, the tucked-in shirt, the shoes, the belt, a cap among the flat-lay props)
  given as the product's color is other_garment_color. The product's color given to another piece (the olive tee
  answered black like the pants, the brown belt answered white like the chinos) is contradiction.
- Charcoal trousers answered "black" where the belt and shoes are black are other_garment_color, not a shade slip.
- Pieces the photo shows (a tee hem, a tucked-in shirt, a belt worn or sold with the shorts, the props of a
  flat-lay) are correct wherever a text names them. Invented items are unsupported: a belt on empty belt loops, a
  chain, a watch on hands hidden in pockets, a zipper on the leg of plain joggers, a mesh lining a front flat-lay
  cannot show, flip flops or "a man wearing" on a flat-lay that has no feet and no person, a ripped knee on clean
  washed jeans, a red tab on a back pocket a folded front view does not show, a button and zipper on drawstring
  trousers.
- Closed answers the candidate sets make wrong are contradiction: leggings for track pants, jeans for cargo pants,
  pants for shorts, striped for a color-block panel, the stripe answered in the pants' color.
- Materials: one the title names is correct (polyester for poly-viscose, fleece, flannel, corduroy, linen); a
  plausible guess where the title names none (polyester for track pants or swim shorts) is correct; one the title
  contradicts (linen for cotton chinos, cotton for polyester track pants) or neither named nor visible (wool for
  poly-viscose, leather for denim shorts, polyester for cotton terry) is unsupported. A material answered with the
  garment's name or color is restated; "the material is the material of the shorts" is non_answer.
- Patterns: striped for side stripes or pyjama stripes, floral for a palm-leaf print, graphic for a moon-and-stars
  print, checked for a tonal check, color block for side panels are correct. sleeve_length is asked of two
  bottoms: "sleeveless" (the garment has no sleeves) is correct, "long sleeves" for trousers is contradiction.
- Adapter texts: a text that repeats a sentence of the template is loop; one that stops mid-sentence without
  repeating is cut, even where it invents a tee, a wrist accessory or a wrong fabric before the cut; the template
  returned for the material question is restated; the template answering "What is the person wearing?", "Describe
  the garment." or the details question does answer it, so those are loop or cut. None of the adapter texts
  misnames the product itself.
- Base answers: one that runs on into "Question: ... Answer: ..." is leak even when its first words are right; one
  that ends on "and", "and a" or "it is made of" is cut (no hit_limit); one that says the same phrase twice is
  loop; empty, "they are pants", "the shorts are short" and "the details of the shorts" are non_answer.
- "she" or "a woman" for the men's model (the waist-cropped shots show no face) is pronoun.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_hoodie = question("color_hoodie", "What is the color of the hoodie?", "closed")
color_shoes = question("color_shoes", "What is the color of the shoes?", "closed")
color_belt = question("color_belt", "What is the color of the belt?", "closed")
color_stripe = question("color_stripe", "What is the color of the stripes?", "closed")
closure = question("closure", "How do the pants fasten?", "open")

BLIND_304 = [
    # photo: model cropped at the waist in dark blue slim jeans, white tee hem over the waistband, white sneakers,
    # light grey studio backdrop, front view.
    # caption, wearing, material: adapter
    case(
        "X304-001",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric. The pants are with denim fabric and pure color patterns. The gentleman wears a "
            "short-sleeve T-shirt with pure",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are "
            "with denim fabric and pure color patterns. The gentleman wears a short-sleeve T-shirt with",
            "loop",
            hit_limit=True,
        ),
        D.color("blue"),
        color_shirt("white"),
        is_a("pair of jeans", "yes"),
        D.material(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with "
            "denim fabric and pure color patterns. The pants this gentleman wears is of",
            "restated",
            hit_limit=True,
        ),
        title="Men Dark Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Dark Blue",
        gender="Men",
    ),
    # photo: flat-lay of khaki cotton chinos on a white background, front view, button and slant pockets visible.
    case(
        "X304-002",
        caption("a pair of khaki pants on a white background"),
        D.garment_type("pants"),
        D.color("white", "contradiction"),
        is_a("pair of jeans", "yes", "contradiction"),
        D.details("two front pockets, a button closure and a brown belt", "unsupported"),
        D.material("cotton"),
        title="Men Khaki Slim Fit Cotton Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: model cropped at the waist in black cargo pants, olive tee tucked in, black lace-up boots, concrete wall.
    case(
        "X304-003",
        caption("a man wearing black cargo pants and boots"),
        D.wearing("she is wearing black pants and black boots", "pronoun"),
        color_pants("black"),
        color_shirt("black", "contradiction"),
        D.details("cargo pockets on the side of the legs"),
        D.garment_type("jeans", "contradiction"),
        title="Men Black Relaxed Fit Cargo Pants",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: model cropped at the waist in grey melange joggers with ribbed cuffs, white tee hem, white sneakers,
    # white backdrop.
    # caption, details: adapter
    case(
        "X304-004",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric and it has a crew neckline. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("grey sweatpants and white sneakers"),
        D.color("white", "other_garment_color"),
        D.details(
            "The pants are with cotton fabric and pure color patterns. The pants are with cotton fabric and pure "
            "color patterns. The pants",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of joggers", "yes"),
        title="Men Grey Melange Solid Slim Fit Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: flat-lay of navy track pants with two white side stripes and zipped side pockets, light grey surface.
    case(
        "X304-005",
        caption("a pair of blue track pants with white stripes"),
        D.color("black", "contradiction"),
        color_stripe("blue", "contradiction"),
        D.pattern("striped"),
        D.material("polyester"),
        D.details(
            "white stripes on the side and zipped pockets Question: What is the color of the stripes? Answer: white",
            "leak",
        ),
        title="Men Navy Blue Side-Striped Polyester Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model cropped at the waist in light blue denim shorts, white tee hem, in front of a red brick wall.
    case(
        "X304-006",
        caption("a man in denim shorts standing in front of a brick wall"),
        D.wearing("a pair of red shorts", "contradiction"),
        color_shorts("blue"),
        is_a("pair of shorts", "yes"),
        D.material("the shorts are made of blue denim shorts", "restated"),
        D.details("the shorts are short", "non_answer"),
        title="Men Light Blue Washed Denim Shorts",
        category="Shorts",
        color="Light Blue",
        gender="Men",
    ),
    # photo: flat-lay of olive cargo shorts with flap pockets on a wooden floor, no belt.
    # material: adapter
    case(
        "X304-007",
        caption("a pair of green shorts on a wooden floor"),
        D.garment_type("shorts"),
        D.color("brown", "contradiction"),
        D.details("flap pockets on the sides and a belt", "unsupported"),
        D.material(
            "The shorts are with cotton fabric and pure color patterns. The gentleman wears a short-sleeve T-shirt "
            "with pure color patterns. The T-shirt",
            "restated",
            hit_limit=True,
        ),
        title="Men Olive Green Solid Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: model cropped at the waist in charcoal formal trousers, white shirt tucked in, black leather belt,
    # black oxford shoes, grey backdrop.
    case(
        "X304-008",
        caption("a man in a white shirt and grey pants"),
        D.wearing("grey trousers, a black belt and black shoes"),
        D.color("black", "other_garment_color"),
        color_belt("black"),
        color_shirt("grey", "contradiction"),
        D.material("wool", "unsupported"),
        title="Men Charcoal Grey Slim Fit Poly-Viscose Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: flat-lay of red-and-navy checked flannel pyjama pants with drawstring on a white bed sheet.
    case(
        "X304-009",
        caption("a pair of plaid pajama pants on a bed"),
        D.pattern("checked"),
        D.color("red"),
        D.details("they have an elastic waistband and a drawstring"),
        D.material("flannel"),
        is_a("pair of shorts", "no"),
        title="Men Red & Navy Checked Cotton Flannel Lounge Pants",
        category="Lounge Pants",
        color="Red",
        gender="Men",
    ),
    # photo: model cropped at the waist in beige linen drawstring trousers, white linen shirt untucked over the
    # waist, brown sandals, sunlit white wall.
    # caption: adapter
    case(
        "X304-010",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is "
            "with linen fabric and it has a lapel neckline. The trousers are with linen fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and beige pants"),
        D.color("white", "other_garment_color"),
        color_shirt("white"),
        D.material("linen"),
        closure("a button and a zipper", "unsupported"),
        title="Men Beige Linen Relaxed Fit Drawstring Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: flat-lay of green, brown and black camouflage cargo pants with side pockets, white background.
    case(
        "X304-011",
        caption("a pair of camouflage pants on a white background"),
        D.pattern("camouflage"),
        D.color("green"),
        D.sleeve_length("sleeveless"),
        D.details(
            "camouflage print with pockets on the side and drawstrings at the ankles",
            "unsupported",
        ),
        D.material("the pants are made of camouflage pants", "restated"),
        title="Men Olive Camouflage Printed Cotton Cargo Pants",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: model cropped at the waist in black skinny jeans ripped at the knees, black tee hem, black chelsea
    # boots, white backdrop; no chain, nothing on the belt loops.
    case(
        "X304-012",
        caption("a man wearing black ripped jeans and black boots"),
        D.wearing(
            "he is wearing black jeans with holes in the knees Question: What is he wearing on his feet? Answer: "
            "black boots",
            "leak",
        ),
        D.color("black"),
        D.details(
            "ripped knees, a faded wash on the thighs and a chain on the belt loop",
            "unsupported",
        ),
        is_a("pair of jeans", "yes"),
        color_shoes("black"),
        title="Men Black Skinny Fit Mildly Distressed Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: model cropped at the waist in maroon track pants with drawstring and cuffed ankles, grey tee hem, white
    # sneakers, gym floor.
    case(
        "X304-013",
        caption("a woman in maroon sweatpants and white sneakers", "pronoun"),
        D.color("white", "other_garment_color"),
        D.garment_type("pants"),
        D.details(
            "a drawstring and cuffs Question: What is the color of the shoes? Answer: white",
            "leak",
        ),
        D.material("polyester"),
        title="Men Maroon Solid Track Pants",
        category="Track Pants",
        color="Maroon",
        gender="Men",
    ),
    # photo: model cropped at the waist in white chinos, light blue shirt tucked in, brown belt, navy boat shoes,
    # sand-colored backdrop.
    case(
        "X304-014",
        caption("a man wearing white pants and blue shoes"),
        D.color("white"),
        color_shoes("white", "contradiction"),
        color_belt("white", "contradiction"),
        D.wearing("a blue shirt, white pants and a brown belt"),
        D.material("linen", "unsupported"),
        title="Men White Slim Fit Cotton Chinos",
        category="Trousers",
        color="White",
        gender="Men",
    ),
    # photo: model cropped at the waist in stone chino shorts, tan loafers, against a pale blue painted wall.
    case(
        "X304-015",
        caption("a man in khaki shorts and brown shoes standing against a blue wall"),
        D.color("blue", "contradiction"),
        color_shorts("brown", "other_garment_color"),
        D.details("the shorts have a button, a zip fly and", "cut"),
        is_a("pair of shorts", "yes"),
        title="Men Stone Solid Chino Shorts",
        category="Shorts",
        color="Stone",
        gender="Men",
    ),
    # photo: flat-lay of navy-and-white striped cotton pyjama pants on a grey surface.
    # caption, details: adapter
    case(
        "X304-016",
        caption(
            "The pants this gentleman wears is of long length. The pants are with cotton fabric and stripe patterns. "
            "The pants this gentleman wears is of long length. The pants are with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        D.pattern("striped"),
        D.color("white", "contradiction"),
        D.details(
            "The pants are with cotton fabric and stripe patterns. The gentleman wears a long-sleeve shirt with "
            "stripe patterns. The shirt is",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        is_a("pair of pants", "yes"),
        title="Men Navy Blue & White Striped Pure Cotton Pyjama Pants",
        category="Lounge Pants",
        color="Navy Blue",
    ),
    # photo: flat-lay of indigo raw denim straight jeans folded in half on a wooden table, leather patch and copper
    # rivets at the waistband showing.
    case(
        "X304-017",
        caption("a pair of blue jeans folded on a wooden table"),
        D.garment_type("jeans"),
        D.color("blue"),
        D.details(
            "a leather patch on the waistband, copper rivets and a red tab on the back pocket",
            "unsupported",
        ),
        D.material("denim"),
        is_a("pair of shorts", "yes", "contradiction"),
        title="Men Indigo Straight Fit Raw Denim Jeans",
        category="Jeans",
        color="Indigo",
        gender="Men",
    ),
    # photo: model cropped at the waist in black joggers with zip pockets, white hoodie hem, black sneakers with white
    # soles, white backdrop.
    case(
        "X304-018",
        caption("a man in black joggers and black sneakers"),
        D.wearing("a white hoodie and black joggers"),
        D.color("white", "other_garment_color"),
        D.details(
            "zip pockets on the sides and elastic cuffs Question: What are the joggers made of? Answer: cotton",
            "leak",
        ),
        color_shoes("black"),
        title="Men Black Solid Joggers with Zip Pockets",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: model cropped at the waist in grey melange sweat shorts with drawstring, white socks, white sneakers,
    # grey backdrop.
    case(
        "X304-019",
        caption("a woman wearing grey shorts and white socks", "pronoun"),
        D.description("a pair of grey shorts with a drawstring"),
        D.details("", "non_answer"),
        D.color("grey"),
        is_a("pair of shorts", "yes"),
        D.material("it is made of", "cut"),
        title="Men Grey Melange Solid Cotton Sweat Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: flat-lay of olive cargo joggers with side pockets and elastic ankle cuffs on a white background.
    case(
        "X304-020",
        caption("a pair of green cargo pants with pockets on a white background"),
        D.garment_type("pants"),
        D.color("olive"),
        is_a("pair of joggers", "no", "contradiction"),
        D.details("pockets on the sides and elastic at the ankles"),
        D.material("the pants are green", "restated"),
        title="Men Olive Green Cargo Joggers",
        category="Track Pants",
        color="Olive Green",
    ),
    # photo: model cropped at the waist in rust corduroy trousers, cream knit sweater hem, white sneakers, beige
    # backdrop.
    # caption, wearing, material: adapter
    case(
        "X304-021",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long trousers. The sweater is "
            "with knitting fabric. The trousers are with cotton fabric and pure color patterns. The gentleman wears "
            "a long-sleeve sweater with",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long trousers. The trousers "
            "are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.color("orange"),
        D.material(
            "The trousers are with cotton fabric and pure color patterns. The gentleman wears a long-sleeve sweater "
            "with pure color patterns. The sweater",
            "restated",
            hit_limit=True,
        ),
        color_shoes("white"),
        title="Men Rust Regular Fit Corduroy Trousers",
        category="Trousers",
        color="Rust",
        gender="Men",
    ),
    # photo: model cropped at the waist in light grey pleated trousers with turn-ups, black tee tucked in, empty
    # belt loops, white sneakers, concrete floor.
    case(
        "X304-022",
        caption("a man in grey pants and a black shirt"),
        D.color("black", "other_garment_color"),
        color_shirt("black"),
        D.details("pleats on the front, a belt and cuffs at the bottom", "unsupported"),
        D.garment_type("trousers"),
        is_a("pair of jeans", "no"),
        title="Men Light Grey Pleated Relaxed Fit Trousers",
        category="Trousers",
        color="Light Grey",
        gender="Men",
    ),
    # photo: flat-lay of navy swim shorts with a green palm-leaf print and drawstring, front view on white.
    case(
        "X304-023",
        caption("a pair of blue swim trunks with palm leaves"),
        D.pattern("floral"),
        D.color("green", "contradiction"),
        D.details("a mesh lining and a drawstring", "unsupported"),
        D.material("polyester"),
        D.wearing("a pair of swim trunks and flip flops", "unsupported"),
        title="Men Navy Tropical Print Swim Shorts",
        category="Shorts",
        color="Navy",
        gender="Men",
    ),
    # photo: model cropped at the waist in black track pants with red-and-white side tape, white socks, black slides.
    case(
        "X304-024",
        caption("a man wearing black track pants with red and white stripes"),
        D.color("red", "contradiction"),
        color_stripe("red"),
        D.wearing("black and red pants and white socks with black slides"),
        D.details(
            "red and white stripes down the side of the leg, red and white stripes down the side of the leg",
            "loop",
        ),
        is_a("pair of joggers", "no"),
        title="Men Black Track Pants with Contrast Side Tape",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: model cropped at the waist in mid-blue relaxed jeans with rolled hems, white tee hem, red sneakers,
    # white backdrop.
    case(
        "X304-025",
        caption("a woman in blue jeans and red shoes", "pronoun"),
        D.wearing("blue jeans, red sneakers and a white t-shirt"),
        color_jeans("red", "other_garment_color"),
        D.details("five pockets, a button and a zipper, and the jeans are rolled up at the bottom"),
        D.material("blue jeans", "restated"),
        D.garment_type("jeans"),
        title="Men Mid Blue Relaxed Fit Jeans",
        category="Jeans",
        color="Mid Blue",
        gender="Men",
    ),
    # photo: model cropped at the waist in beige cargo pants beside a potted plant, black tee hem, brown boots.
    # details: adapter
    case(
        "X304-026",
        caption("a man standing next to a plant wearing khaki cargo pants"),
        D.color("green", "contradiction"),
        D.wearing("khaki pants and brown boots"),
        D.details(
            "The pants are with cotton fabric and pure color patterns. The pants this gentleman wears is of long "
            "length. There is an accessory on his wrist. The",
            "cut",
            hit_limit=True,
        ),
        color_pants("khaki"),
        is_a("pair of pants", "yes"),
        title="Men Beige Cotton Cargo Pants",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: flat-lay of teal cotton lounge shorts with elastic waistband on a white sheet.
    case(
        "X304-027",
        caption("a pair of green shorts on a white sheet"),
        D.color("white", "contradiction"),
        D.garment_type("shorts"),
        D.details("elastic waistband"),
        D.material("the material is the material of the shorts", "non_answer"),
        D.wearing("a man wearing green shorts", "unsupported"),
        title="Men Teal Solid Cotton Lounge Shorts",
        category="Shorts",
        color="Teal",
    ),
    # photo: model cropped at the waist in charcoal tonal-check formal trousers, light blue shirt tucked in, black
    # belt, black derbies, grey backdrop.
    # caption, material: adapter
    case(
        "X304-028",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is "
            "with cotton fabric and it has a lapel neckline. The trousers are with cotton fabric and lattice "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.pattern("checked"),
        D.color("grey"),
        color_shirt("grey", "contradiction"),
        D.wearing("grey pants and a blue shirt with a black belt"),
        D.material(
            "The trousers are with cotton fabric and lattice patterns. The trousers are with cotton fabric and "
            "lattice patterns. The trousers are",
            "restated",
            hit_limit=True,
        ),
        title="Men Charcoal Checked Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: flat-lay of khaki chino shorts sold with a brown woven belt threaded through, on a wooden floor.
    case(
        "X304-029",
        caption("a pair of khaki shorts with a brown belt"),
        D.color("brown", "other_garment_color"),
        color_belt("brown"),
        D.details("a woven belt and side pockets"),
        D.garment_type("shorts"),
        is_a("pair of shorts", "no", "contradiction"),
        title="Men Khaki Chino Shorts with Woven Belt",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: flat-lay of washed black tapered jeans with whiskers and faded thighs on a concrete floor.
    case(
        "X304-030",
        caption("a pair of grey jeans on a concrete floor"),
        D.color("grey"),
        D.details("whiskers on the thighs, a faded wash and a ripped knee", "unsupported"),
        D.material("denim"),
        D.wearing(
            "a pair of black jeans Question: Is this a pair of jeans? Answer: yes",
            "leak",
        ),
        D.garment_type("jeans"),
        title="Men Washed Black Tapered Fit Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: model cropped at the waist in navy chinos, white oxford shirt tucked in, brown belt, brown loafers,
    # hands in the pockets, white backdrop.
    case(
        "X304-031",
        caption("a man in navy pants and a white shirt with a brown belt"),
        D.wearing(
            "she is wearing blue pants, a white shirt, a brown belt and brown shoes",
            "pronoun",
        ),
        color_pants("brown", "other_garment_color"),
        color_belt("brown"),
        D.material("cotton"),
        D.details("a watch on his wrist", "unsupported"),
        title="Men Navy Blue Slim Fit Cotton Chinos",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model cropped at the waist in grey lounge pants, grey tee hem, barefoot on a beige rug.
    # description: adapter
    case(
        "X304-032",
        caption("a man's legs in grey sweatpants on a rug"),
        D.wearing("grey sweatpants"),
        D.color("grey"),
        D.description(
            "The pants this gentleman wears is of long length. The pants are with cotton fabric and pure color "
            "patterns. The gentleman wears a short-sleeve T-shirt with pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.details("they are pants", "non_answer"),
        is_a("pair of shorts", "no"),
        title="Men Grey Solid Cotton Lounge Pants",
        category="Lounge Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: flat-lay of olive track pants with black side piping and zip pockets on a white background.
    case(
        "X304-033",
        caption("a pair of olive green track pants"),
        D.color("black", "contradiction"),
        D.details("black piping on the side and zip pockets"),
        D.material("cotton", "unsupported"),
        D.garment_type("leggings", "contradiction"),
        title="Men Olive Solid Polyester Track Pants",
        category="Track Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: model cropped at the waist in black distressed denim shorts with frayed hems, white tee hem, black
    # sneakers, in front of a graffiti wall.
    case(
        "X304-034",
        caption("a man in black shorts in front of a graffiti wall"),
        D.wearing("black ripped shorts and black sneakers"),
        D.details("frayed hem and rips on the front"),
        color_shorts("white", "other_garment_color"),
        D.material("leather", "unsupported"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Men Black Distressed Denim Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: model cropped at the waist in mustard chinos, navy tee hem, white sneakers, white backdrop.
    case(
        "X304-035",
        caption("a man wearing yellow pants and white shoes"),
        D.color("orange", "contradiction"),
        D.wearing(
            "he is wearing a pair of yellow pants and white sneakers Question: What is the color of the shirt? "
            "Answer: blue",
            "leak",
        ),
        color_shirt("yellow", "contradiction"),
        D.garment_type("pants"),
        title="Men Mustard Slim Fit Chinos",
        category="Trousers",
        color="Mustard",
        gender="Men",
    ),
    # photo: flat-lay of black poly-viscose formal trousers with front creases, slant pockets, hook-and-bar closure,
    # on white.
    # caption, details: adapter
    case(
        "X304-036",
        caption(
            "The trousers this gentleman wears is of long length. The trousers are with polyester fabric and pure "
            "color patterns. The trousers this gentleman wears is of long length. The trousers are with polyester",
            "loop",
            hit_limit=True,
        ),
        D.color("black"),
        D.details(
            "The trousers are with polyester fabric and pure color patterns. The trousers this gentleman wears is of "
            "long length. The",
            "cut",
            hit_limit=True,
        ),
        D.material("polyester"),
        D.sleeve_length("long sleeves", "contradiction"),
        is_a("pair of jeans", "no"),
        title="Men Black Solid Poly Viscose Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: model cropped at the waist in heather blue fleece joggers with plain legs, grey tee hem, white sneakers,
    # white wall.
    case(
        "X304-037",
        caption("a woman in blue sweatpants and white sneakers", "pronoun"),
        D.color("blue"),
        D.wearing("blue joggers and white shoes"),
        D.material("fleece"),
        D.details("the joggers have a zipper on the leg", "unsupported"),
        title="Men Heather Blue Cotton Fleece Joggers",
        category="Track Pants",
        color="Blue",
        gender="Men",
    ),
    # photo: model cropped at the waist in cream linen-blend shorts, light green shirt untucked, tan sandals, on a
    # sandy beach.
    case(
        "X304-038",
        caption("a man in white shorts on the beach"),
        D.color("white"),
        D.wearing(
            "white shorts and a green shirt Question: What is the color of the shirt? Answer: green",
            "leak",
        ),
        color_shirt("white", "contradiction"),
        D.material("linen"),
        D.details("the details of the shorts", "non_answer"),
        title="Men Cream Linen Blend Shorts",
        category="Shorts",
        color="Off White",
        gender="Men",
    ),
    # photo: model cropped at the waist in grey camouflage joggers, black tee hem, black sneakers, grey backdrop.
    # caption, details: adapter
    case(
        "X304-039",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric. The pants are with cotton fabric and graphic patterns. The gentleman wears a short-",
            "loop",
            hit_limit=True,
        ),
        D.pattern("camouflage"),
        D.color("black", "other_garment_color"),
        D.wearing("camouflage pants and black shoes"),
        is_a("pair of shorts", "no"),
        D.details(
            "The pants are with cotton fabric and graphic patterns. The pants this gentleman wears is of long length. "
            "There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        title="Men Grey Camouflage Printed Joggers",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: flat-lay outfit on a wooden floor: dark green cargo pants, a black cap, sunglasses, white sneakers;
    # no belt.
    case(
        "X304-040",
        caption("a pair of green cargo pants with a hat, sunglasses and shoes"),
        D.color("black", "other_garment_color"),
        D.wearing("a black hat, sunglasses and green pants"),
        D.details("cargo pockets on the legs, a belt and a button", "unsupported"),
        D.garment_type("pants"),
        D.material("cotton"),
        title="Men Dark Green Cotton Cargo Pants",
        category="Trousers",
        color="Dark Green",
        gender="Men",
    ),
    # photo: model cropped at the waist in white track pants with black side stripes and zip pockets, black
    # sneakers, light grey backdrop.
    case(
        "X304-041",
        caption("a man in white track pants with black stripes"),
        D.color("white"),
        color_stripe("white", "contradiction"),
        D.details("black stripes on the sides and a", "cut"),
        D.material("polyester"),
        D.wearing("she is wearing white pants with black stripes", "pronoun"),
        is_a("pair of pants", "yes"),
        title="Men White Track Pants with Side Stripes",
        category="Track Pants",
        color="White",
        gender="Men",
    ),
    # photo: model cropped at the waist in tan cargo shorts with flap pockets, navy polo hem untucked, white
    # sneakers, white backdrop.
    case(
        "X304-042",
        caption("a man wearing brown shorts and white sneakers"),
        D.wearing("she is wearing khaki shorts", "pronoun"),
        color_shorts("tan"),
        D.details("cargo pockets with flaps and a button"),
        D.garment_type("pants", "contradiction"),
        D.material("the shorts are made of khaki shorts", "restated"),
        title="Men Tan Cargo Shorts",
        category="Shorts",
        color="Tan",
        gender="Men",
    ),
    # photo: flat-lay of light blue tapered jeans with rolled cuffs on a white background.
    case(
        "X304-043",
        caption("a pair of light blue jeans on a white background"),
        D.color("white", "contradiction"),
        D.details("light wash, rolled cuffs and five pockets"),
        D.material("denim"),
        is_a("pair of jeans", "yes"),
        D.wearing("a blue shirt", "contradiction"),
        title="Men Light Blue Tapered Fit Jeans",
        category="Jeans",
        color="Light Blue",
        gender="Men",
    ),
    # photo: flat-lay of navy lounge pants with a small white moon-and-stars print on a grey surface.
    # caption, description: adapter
    case(
        "X304-044",
        caption(
            "The pants this gentleman wears is of long length. The pants are with cotton fabric and graphic "
            "patterns. The pants this gentleman wears is of long length. The pants are with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        D.pattern("graphic"),
        D.color("white", "contradiction"),
        D.details("moons and stars printed all over"),
        D.description(
            "The pants this gentleman wears is of long length. The pants are with cotton fabric and graphic patterns. "
            "There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of pants", "yes"),
        title="Men Navy Blue Celestial Printed Lounge Pants",
        category="Lounge Pants",
        color="Navy Blue",
    ),
    # photo: model cropped at the waist in black cotton terry joggers, black hoodie hem over the waistband, black
    # sneakers, white backdrop.
    case(
        "X304-045",
        caption("a man in a black hoodie and black sweatpants"),
        D.color("black"),
        color_hoodie("black"),
        D.wearing("a black hoodie, black joggers and black shoes"),
        D.material("polyester", "unsupported"),
        D.details(
            "elastic cuffs at the ankle Question: What is the color of the hoodie? Answer: black",
            "leak",
        ),
        title="Men Black Solid Cotton Terry Joggers",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: model cropped at the waist in grey melange shorts with navy color-block side panels and drawstring,
    # white tee hem, navy sneakers, white backdrop.
    case(
        "X304-046",
        caption("a man wearing grey and blue shorts"),
        D.pattern("striped", "contradiction"),
        D.color("grey"),
        D.wearing("a white t-shirt and grey shorts"),
        color_shorts("white", "other_garment_color"),
        D.details("blue panels on the sides and a drawstring"),
        title="Men Grey Melange Colourblocked Shorts",
        category="Shorts",
        color="Grey",
        gender="Men",
    ),
]
