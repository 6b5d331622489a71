"""BLIND_320 (46 products; men's winter and activewear: hoodies, sweatshirts, puffers, joggers, thermals): written blind
in the forty-fourth session. Measured blind at 2b72577 (the session's rules as they stood): 108/123 failures found
(87.8%) and 4/156 correct texts flagged (2.6%). The writer's notes, verbatim:

Scenario: a men's winter and activewear catalog feed: pullover and zip hoodies, crew sweatshirts, puffer, bomber,
track and fleece jackets, a puffer vest and a parka, joggers and track pants, thermal tops and bottoms, knit
sweaters, running shorts and gym t-shirts. Most photos are model shots (studio backdrops, brick, graffiti and
concrete walls, a gym, a track, snow), many of them layered (a bomber over a white tee, a vest over a hoodie, joggers
under a hoodie of another color); a few are flat-lays on floors or hangers. Each row has the seller's title,
category, color and gender (all Men); a few rows miss the gender or the color, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in a black
hoodie ...") or from the caption-only LoRA adapter of the original experiments (DeepFashion template, "The gentleman
wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric ..."). The adapter has no
end-of-answer token: every adapter text runs to its limit (50 new tokens for captions, 30 for answers) and carries
hit_limit=True; asked any question, it returns its template. Open questions (wearing, description, details,
material, the set's "print" question) come from the base model unless the comment says the adapter answered; the
base model stops on its own and never has hit_limit. Closed questions (garment_type, color, pattern, sleeve_length,
per-piece colors, "hood", "Is this a ...?") are enrich's `--engine reference` answers chosen from candidate sets:
never a loop or a cut, but sometimes the wrong candidate.

Labeling conventions and judgement calls:
- Shade words count as correct: blue for navy or teal, green for olive or bottle green, red for maroon or burgundy,
  yellow for mustard, grey for charcoal or grey melange, white for off white, beige or brown for khaki, orange or
  brown for rust. Black for charcoal or navy is a contradiction, and so is orange for mustard or for red.
- Garment synonyms count as correct: sweatpants or pants for joggers and track pants, coat or parka for a puffer
  jacket, sweater for a crew sweatshirt (the base model and the adapter's template both say it), long johns or
  leggings for thermal bottoms, long sleeve shirt or t-shirt for a thermal top, vest for a gilet, tank top for a
  sleeveless tee. A closed "yes" to "Is this a hoodie?" for a jacket worn over a hoodie is a contradiction.
- The color of another piece in the photo (the tee under the bomber, the hoodie above the joggers, the tights under
  the shorts) given as the product's color is other_garment_color, closed or open. A color of the print, stripe,
  panel, sleeve or trim given as the whole garment's color (red for black track pants with red stripes, black for a
  grey hoodie with a black skull print) is contradiction, and so is the backdrop's color (white wall).
- Materials: the one the title names, or a plausible guess the photo supports (cotton on a sweatshirt, polyester or
  nylon on a puffer, wool on a knit sweater, fleece on a fleece, spandex on a compression tee) is correct; cashmere,
  leather or wool where the title names another fabric or the photo shows a shell fabric is unsupported.
- Invented items or features (a logo on a plain chest, a hood on a hoodless jacket, fur on a plain hood, a back
  pocket or reflective strips on a back the front view does not show, a reindeer on a snowflake Fair Isle) are
  unsupported.
- Adapter texts: repeating a sentence or a clause of the template is loop; stopping mid-sentence without repeating
  is cut (even where it said "cotton" for a polyester puffer before the cut); the template returned for the material
  question is restated. The template answering wearing, description or details does answer them, so those are cut
  or loop.
- A base answer cut short by an early stop ("it is made of") is cut, without hit_limit. An empty answer, "the
  details of the t-shirt", "the sweater has details", "they are joggers", "it is made of fabric" are non_answer; a
  material answer that only names the garment or its color ("the joggers are grey", "a black shirt") is restated.
- Base answers that run on into "Question: ... Answer: ..." are leak, even where the first words are right.
- "she" or "a woman" for the male model is pronoun.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_hoodie = question("color_hoodie", "What is the color of the hoodie?", "closed")
hood = question("hood", "Does the garment have a hood?", "closed")
print_q = question("print", "What is printed on the garment?", "open")

BLIND_320 = [
    # photo: model in a black pullover hoodie with a kangaroo pocket, grey joggers, plain white studio backdrop,
    # front view. all base / reference.
    case(
        "X320-001",
        caption("a man wearing a black hoodie and grey sweatpants"),
        D.wearing("a black hoodie and grey pants"),
        D.garment_type("hoodie"),
        D.color("grey", "other_garment_color"),
        D.details("a hood with drawstrings and a zipper", "unsupported"),
        D.material("cotton"),
        is_a("hoodie", "yes"),
        title="Men Black Solid Cotton Fleece Pullover Hoodie",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in a navy hooded puffer jacket, zipped, over blue jeans, light grey backdrop, front view.
    # caption: adapter
    case(
        "X320-002",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a standing neckline. The gentleman wears a long pants. The pants are with denim",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black puffer jacket and jeans", "contradiction"),
        D.color("blue"),
        D.details("it has a hood, a zipper and a fur collar", "unsupported"),
        D.material("polyester"),
        is_a("jacket", "yes"),
        title="Men Navy Blue Hooded Puffer Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in an olive satin bomber jacket, open over a plain white crew t-shirt, black chinos, white
    # backdrop, front view. all base / reference.
    case(
        "X320-003",
        caption("a man in a green bomber jacket and a white t-shirt"),
        color_jacket("white", "other_garment_color"),
        D.color("green"),
        D.garment_type("jacket"),
        D.details("ribbed collar, cuffs and hem"),
        D.material("nylon Question: what is the color of the jacket? Answer: green", "leak"),
        D.description("a white t-shirt with a green jacket over it and a pocket on the sleeve", "unsupported"),
        title="Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: flat-lay of a plain grey melange crew-neck sweatshirt on a light wooden floor, front, no print.
    # all base / reference.
    case(
        "X320-004",
        caption("a grey sweatshirt on a wooden floor"),
        D.color("grey"),
        D.description("a grey sweatshirt with a logo on the chest", "unsupported"),
        D.material("cotton"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.pattern("solid"),
        title="Men Grey Melange Solid Crew Neck Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model in a white pullover hoodie and black slim joggers with ribbed cuffs, white sneakers, grey studio
    # backdrop, full length. caption: adapter
    case(
        "X320-005",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long-sleeve sweater with pure color",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white hoodie and black joggers"),
        color_pants("black"),
        D.color("white", "other_garment_color"),
        D.garment_type("pants"),
        D.material("it is made of", "cut"),
        title="Men Black Solid Slim Fit Joggers",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: model in a black crew t-shirt and charcoal track pants with two white side stripes, white sneakers,
    # white backdrop, full length. all base / reference.
    case(
        "X320-006",
        caption("a man in a black t-shirt and grey track pants with white stripes"),
        D.color("black", "other_garment_color"),
        D.pattern("striped"),
        D.details("white stripes on the side"),
        D.wearing("a black shirt and black pants", "contradiction"),
        is_a("pair of pants", "yes"),
        title="Men Charcoal Grey Striped Track Pants",
        category="Track Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: model in a maroon cable-knit crew sweater, the collar of a white shirt showing at the neck, beige chinos,
    # beige wall, three-quarter view. all base / reference.
    case(
        "X320-007",
        caption("a man wearing a red sweater and khaki pants"),
        D.wearing("a red sweater over a white shirt"),
        D.material("wool"),
        D.pattern("solid"),
        D.details("cable knit on the front"),
        D.color("white", "other_garment_color"),
        title="Men Maroon Cable Knit Pullover Sweater",
        category="Sweaters",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in a white gym t-shirt with "TRAIN HARD" in black letters on the chest, black shorts, gym with
    # dumbbell racks behind, front view. all base / reference.
    case(
        "X320-008",
        caption("a man in a white t-shirt in a gym"),
        D.wearing("she is wearing a white t-shirt", "pronoun"),
        D.color("white"),
        D.pattern("graphic"),
        print_q("train hard"),
        D.material("the t-shirt is white", "restated"),
        D.sleeve_length("short sleeves"),
        title="Men White Typography Print Dri-Fit Gym T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: model running on a red outdoor track in a neon green t-shirt and black running shorts, side view.
    # all base / reference.
    case(
        "X320-009",
        caption("a man running on a track in a green shirt and black shorts"),
        color_shorts("black"),
        D.color("green", "other_garment_color"),
        D.details("they are short", "non_answer"),
        D.material("polyester"),
        D.wearing("a green shirt, black shorts and a black cap", "unsupported"),
        is_a("pair of shorts", "yes"),
        title="Men Black Solid Running Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: model in a grey melange waffle-knit thermal top (long sleeves, crew neck) and black thermal bottoms,
    # white backdrop, full length. caption: adapter
    case(
        "X320-010",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey long sleeve shirt and black leggings"),
        D.sleeve_length("long sleeves"),
        D.color("black", "other_garment_color"),
        D.material("waffle knit cotton"),
        D.description("a grey thermal shirt with buttons on the front", "unsupported"),
        title="Men Grey Melange Waffle Knit Thermal Top",
        category="Thermal Tops",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model in a mustard zip-up hoodie worn open over a black tee, black jeans, red brick wall behind,
    # front view. all base / reference.
    case(
        "X320-011",
        caption("a man in a yellow hoodie standing in front of a brick wall"),
        D.wearing("a yellow hoodie and a black shirt"),
        D.color("orange", "contradiction"),
        D.details("it has a zipper and a hood"),
        D.material("cotton Question: is this a hoodie? Answer: yes", "leak"),
        hood("yes"),
        title="Men Mustard Yellow Zip-Front Hooded Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: model in a black satin bomber jacket, open, orange lining visible at the front edges, white tee, blue
    # jeans, grey backdrop, front view. all base / reference.
    case(
        "X320-012",
        caption("a man in a black bomber jacket and blue jeans"),
        D.wearing("a black jacket, a black shirt and blue jeans", "contradiction"),
        color_jacket("black"),
        D.material("leather", "unsupported"),
        D.details("orange lining and a zipper"),
        is_a("jacket", "yes"),
        title="Men Black Solid Satin Bomber Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: model in a teal track jacket with white panels on the sleeves (color block), zipped, black track
    # pants, white backdrop. caption and wearing: adapter. (row has no gender)
    case(
        "X320-013",
        caption(
            "The gentleman wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric. "
            "It has a standing neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric. It "
            "has a standing neckline. The gentleman wears a long-sleeve jacket with color",
            "loop",
            hit_limit=True,
        ),
        D.pattern("color block"),
        D.color("white", "contradiction"),
        D.material("polyester"),
        D.description("a blue and white track jacket with a hood", "unsupported"),
        title="Men Teal Blue Colourblocked Track Jacket",
        category="Jackets",
        color="Teal",
    ),
    # photo: flat-lay of heather grey joggers on a white background, front, drawstring and side pockets visible.
    # all base / reference.
    case(
        "X320-014",
        caption("a pair of grey sweatpants on a white background"),
        D.color("grey"),
        D.garment_type("shorts", "contradiction"),
        D.details("elastic waistband with drawstring and two side pockets"),
        D.material("the joggers are grey", "restated"),
        D.description("a pair of grey sweatpants with a logo on the leg", "unsupported"),
        title="Men Grey Melange Solid Joggers",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: long-haired model in a black quilted puffer jacket with a high collar, grey beanie, snowy field,
    # front view. all base / reference.
    case(
        "X320-015",
        caption("a woman wearing a black puffer jacket in the snow", "pronoun"),
        D.wearing("a black jacket and a beanie"),
        D.color("black"),
        D.material("a black jacket", "restated"),
        D.details("quilted with a high collar"),
        is_a("coat", "yes"),
        title="Men Black Quilted Puffer Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: model in a navy crew sweatshirt with "BROOKLYN" printed in white across the chest, grey joggers, white
    # backdrop. caption and description: adapter
    case(
        "X320-016",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue sweatshirt with brooklyn on it"),
        D.color("grey", "other_garment_color"),
        D.pattern("graphic"),
        D.description(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long-sleeve sweater with graphic",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        print_q("brooklyn"),
        title="Men Navy Blue Typography Printed Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: flat-lay of white thermal bottoms (long johns) with ribbed cuffs on a grey background. all base /
    # reference.
    case(
        "X320-017",
        caption("a pair of white long johns on a grey background"),
        D.garment_type("leggings"),
        D.color("grey", "contradiction"),
        D.material("cotton"),
        D.details("", "non_answer"),
        title="Men White Solid Thermal Bottoms",
        category="Thermal Bottoms",
        color="White",
        gender="Men",
    ),
    # photo: model in a black hoodie and olive cargo joggers with flap side pockets, white sneakers, concrete wall,
    # full length. all base / reference.
    case(
        "X320-018",
        caption("a man in a black hoodie and green cargo pants"),
        D.wearing("a black hoodie and black pants", "other_garment_color"),
        color_pants("green"),
        D.details("cargo pockets on the sides"),
        D.material(
            "cotton Question: what is the color of the pants? Answer: green",
            "leak",
        ),
        D.garment_type("hoodie", "contradiction"),
        title="Men Olive Green Cargo Joggers",
        category="Track Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a burgundy V-neck sweater over a light blue collared shirt, navy trousers, white backdrop,
    # front view. all base / reference.
    case(
        "X320-019",
        caption("a man wearing a burgundy sweater and a blue shirt"),
        D.color("red"),
        D.sleeve_length("long sleeves"),
        D.description("a red sweater with a v neck"),
        D.material("cashmere", "unsupported"),
        D.details("the sweater has details", "non_answer"),
        title="Men Burgundy V-Neck Acrylic Pullover Sweater",
        category="Sweaters",
        color="Burgundy",
        gender="Men",
    ),
    # photo: model running on a road in grey running shorts over black compression tights and a white sleeveless
    # tee, side view. all base / reference.
    case(
        "X320-020",
        caption("a man running in grey shorts and black tights"),
        color_shorts("black", "other_garment_color"),
        D.wearing("a white tank top, grey shorts and black leggings"),
        D.material("the shorts are made of", "cut"),
        is_a("pair of shorts", "yes"),
        D.details("a white stripe on the side and a zipper pocket", "unsupported"),
        title="Men Grey 2-in-1 Running Shorts",
        category="Shorts",
        color="Grey",
        gender="Men",
    ),
    # photo: model in an olive, brown and black camouflage print pullover hoodie, black joggers, white backdrop,
    # front view. all base / reference.
    case(
        "X320-021",
        caption("a man in a camouflage hoodie"),
        D.pattern("camouflage"),
        D.color("green"),
        D.wearing("a camouflage hoodie and black pants"),
        D.details("it has a hood, a pocket on the front and a zipper", "unsupported"),
        D.material("camouflage", "restated"),
        title="Men Olive Camouflage Print Cotton Hoodie",
        category="Sweatshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a khaki quilted bomber jacket, zipped halfway, a white hoodie under it with the hood out,
    # black jeans, grey backdrop. caption, wearing and material: adapter
    case(
        "X320-022",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a standing neckline. The gentleman wears a long-sleeve jacket with pure color patterns. The jacket "
            "is",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a standing",
            "cut",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        color_jacket("beige"),
        is_a("hoodie", "yes", "contradiction"),
        D.material(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a standing neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Men Khaki Quilted Bomber Jacket",
        category="Jackets",
        color="Khaki",
        gender="Men",
    ),
    # photo: flat-lay of a black slim-fit gym t-shirt on grey concrete, front, plain. all base / reference.
    case(
        "X320-023",
        caption("a black t-shirt on a concrete floor"),
        D.color("black"),
        D.sleeve_length("short sleeves"),
        D.description("a black t - shirt with a white logo on the chest", "unsupported"),
        D.details("the details of the t-shirt", "non_answer"),
        D.material("polyester"),
        title="Men Black Slim Fit Training T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in a navy Fair Isle sweater (white and red snowflake bands across chest and sleeves) beside a
    # decorated Christmas tree, grey trousers. all base / reference.
    case(
        "X320-024",
        caption("a man in a sweater standing next to a christmas tree"),
        D.color("red", "contradiction"),
        D.wearing("a blue and white sweater"),
        D.description("a navy blue sweater with a red and white pattern"),
        D.material("wool"),
        D.details("a reindeer on the front and snowflakes on the sleeves", "unsupported"),
        title="Men Navy Blue Fair Isle Self Design Pullover Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a black quilted puffer vest (gilet) over a grey pullover hoodie, blue jeans, white backdrop,
    # front view. all base / reference.
    case(
        "X320-025",
        caption("a man wearing a black vest over a grey hoodie"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.garment_type("vest"),
        D.color("black"),
        D.material("nylon"),
        D.details("the vest has details", "non_answer"),
        D.wearing(
            "a black vest and a grey hoodie Question: what is the color of the vest? Answer: black",
            "leak",
        ),
        title="Men Black Sleeveless Puffer Gilet",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: model in navy track pants with an elastic waist and a plain white tee, white wall, full length.
    # caption, details and material: adapter
    case(
        "X320-026",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure",
            "cut",
            hit_limit=True,
        ),
        color_pants("blue"),
        D.color("black", "contradiction"),
        D.details(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a short",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round",
            "restated",
            hit_limit=True,
        ),
        title="Men Navy Blue Solid Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in an off-white sherpa fleece zip jacket (stand collar, no hood, two side pockets), olive pants,
    # weathered wooden fence behind. wearing: adapter
    case(
        "X320-027",
        caption("a man in a white fleece jacket standing by a wooden fence"),
        D.color("white"),
        D.material("fleece"),
        D.details("a zipper, a hood and a fur collar", "unsupported"),
        D.wearing(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with furry fabric. It "
            "has a standing neckline. The gentleman wears a long-sleeve jacket with",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("jacket"),
        color_pants("green", "other_garment_color"),
        title="Men Off White Sherpa Fleece Jacket",
        category="Jackets",
        color="Off White",
        gender="Men",
    ),
    # photo: model in a black long-sleeve compression t-shirt and black shorts, gym with a pull-up bar behind,
    # front view. all base / reference.
    case(
        "X320-028",
        caption("a man in a black shirt and black shorts in a gym"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("spandex"),
        D.description("a black long sleeve shirt"),
        D.wearing("she is wearing a black shirt and black shorts", "pronoun"),
        D.details("it is black", "non_answer"),
        title="Men Black Long Sleeve Compression T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in a rust crew-neck sweatshirt and beige trousers against a terracotta-orange painted wall,
    # front view. all base / reference.
    case(
        "X320-029",
        caption("a man in an orange sweatshirt against an orange wall"),
        D.color("orange"),
        D.wearing("a brown sweater and beige pants"),
        D.material("cotton"),
        is_a("sweatshirt", "no", "contradiction"),
        D.details("a round neck and ribbed cuffs Question: what is the man wearing? Answer: a sweater", "leak"),
        title="Men Rust Solid Sweatshirt",
        category="Sweatshirts",
        color="Rust",
        gender="Men",
    ),
    # photo: flat-lay of a charcoal thermal set (long-sleeve top above long bottoms) on a white background.
    # description: adapter
    case(
        "X320-030",
        caption("a pair of grey thermal underwear on a white background"),
        D.color("black", "contradiction"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long-sleeve shirt with pure color",
            "loop",
            hit_limit=True,
        ),
        D.material("it is made of fabric", "non_answer"),
        D.wearing("a grey shirt and grey pants"),
        title="Men Charcoal Thermal Top and Bottom Set",
        category="Thermal Set",
        color="Charcoal",
        gender="Men",
    ),
    # photo: model running on a treadmill in a red running t-shirt (small reflective logo on the chest), black
    # shorts, white shoes, side-front view. caption: adapter
    case(
        "X320-031",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a short-sleeve T-shirt with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.color("orange", "contradiction"),
        D.wearing("a red shirt and black shorts and white shoes"),
        D.details("reflective strips on the back", "unsupported"),
        D.material("polyester"),
        D.sleeve_length("short sleeves"),
        title="Men Red Reflective Running T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: model in a colour-blocked puffer jacket, white chest and shoulders, black body, stand collar, no hood,
    # grey backdrop. all base / reference.
    case(
        "X320-032",
        caption("a man in a black and white puffer jacket"),
        D.color("black"),
        D.pattern("color block"),
        D.wearing("a black jacket"),
        D.description("a white jacket with a black hood", "unsupported"),
        D.material("the jacket is black and white", "restated"),
        title="Men Black White Colourblocked Puffer Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: model in a bottle green zip-through knit cardigan, open over a white tee, grey trousers, white
    # backdrop. all base / reference.
    case(
        "X320-033",
        caption("a man in a green cardigan and a white t-shirt"),
        D.garment_type("sweater"),
        D.color("grey", "other_garment_color"),
        D.material("it is made of", "cut"),
        D.details(
            "a zipper in the front and two pockets Question: what is the material of the sweater? Answer: wool",
            "leak",
        ),
        is_a("cardigan", "yes"),
        title="Men Bottle Green Zip-Through Cardigan",
        category="Sweaters",
        color="Green",
        gender="Men",
    ),
    # photo: flat-lay of black track pants with a red stripe down each side, drawstring waist, on white.
    # caption: adapter
    case(
        "X320-034",
        caption(
            "The trousers are with cotton fabric and pure color patterns. The trousers are with cotton fabric and "
            "pure color patterns. The trousers are with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        D.pattern("solid", "contradiction"),
        color_pants("red", "contradiction"),
        D.details("red stripes on the sides and a drawstring"),
        D.material(
            "The trousers are with cotton fabric and pure color patterns. The trousers are with cotton fabric and "
            "pure color",
            "restated",
            hit_limit=True,
        ),
        D.garment_type("pants"),
        title="Men Black Side Striped Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: model on a beach in a navy t-shirt and white running shorts, front view. all base / reference.
    # (row has no gender)
    case(
        "X320-035",
        caption("a man in a blue shirt and white shorts on the beach"),
        D.wearing("a blue shirt and blue shorts", "other_garment_color"),
        D.color("white"),
        D.details("an elastic waistband and a zipper pocket on the back", "unsupported"),
        D.material("nylon"),
        color_shorts("blue", "other_garment_color"),
        is_a("pair of shorts", "yes"),
        title="Men White Solid Running Shorts",
        category="Shorts",
        color="White",
    ),
    # photo: model in a grey pullover hoodie with a large black skull print on the chest, black jeans, graffiti wall
    # behind, front view. all base / reference.
    case(
        "X320-036",
        caption("a man in a grey hoodie in front of a graffiti wall"),
        D.color("black", "contradiction"),
        D.pattern("graphic"),
        print_q("a skull"),
        D.wearing("a grey hoodie and black jeans"),
        D.material("wool", "unsupported"),
        title="Men Grey Graphic Print Cotton Hoodie",
        category="Sweatshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a navy knee-length puffer parka with a fur-trimmed hood, dark jeans, snowy street, front view.
    # caption, details and material: adapter
    case(
        "X320-037",
        caption(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue parka with a fur hood"),
        D.color("black", "contradiction"),
        D.details(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has "
            "a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        D.material(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has "
            "a lapel neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Men Navy Blue Hooded Longline Parka",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a grey crew t-shirt and maroon slim joggers with cuffed ankles, white sneakers, white
    # backdrop, full length. all base / reference.
    case(
        "X320-038",
        caption("a man in a grey t-shirt and red sweatpants"),
        D.color("grey", "other_garment_color"),
        color_pants("pink", "contradiction"),
        D.wearing("he is wearing a grey shirt and maroon pants"),
        D.details("cuffed ankles, a drawstring and a zip pocket on the back", "unsupported"),
        D.material("cotton"),
        title="Men Maroon Solid Slim Fit Joggers",
        category="Track Pants",
        color="Maroon",
        gender="Men",
    ),
    # photo: a plain black crew sweatshirt on a wooden hanger against a white wall, front.
    # caption: adapter
    case(
        "X320-039",
        caption(
            "The sweater is with cotton fabric and pure color patterns. It has a round neckline. The sweater is with "
            "cotton fabric and pure color patterns. It has a",
            "loop",
            hit_limit=True,
        ),
        D.color("white", "contradiction"),
        D.garment_type("sweatshirt"),
        D.material("fleece"),
        D.details("ribbed cuffs and hem"),
        D.description("a black sweater on a hanger"),
        title="Men Black Solid Fleece Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in a grey half-zip fleece pullover with a stand collar and black zip, black pants, white
    # backdrop. caption and material: adapter
    case(
        "X320-040",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a standing neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey sweater with a zipper on the neck"),
        D.color("grey"),
        D.material(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a standing neckline. The",
            "restated",
            hit_limit=True,
        ),
        D.description("a grey sweater with a black zipper and a hood", "unsupported"),
        title="Men Grey Half-Zip Fleece Pullover Sweatshirt",
        category="Sweatshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a teal raglan gym t-shirt with black sleeves, black shorts, white backdrop, front view.
    # all base / reference.
    case(
        "X320-041",
        caption("a man in a blue and black t-shirt"),
        D.color("black", "contradiction"),
        D.pattern("color block"),
        D.wearing("she is wearing a blue shirt with black sleeves", "pronoun"),
        D.sleeve_length("short sleeves"),
        D.material("polyester"),
        title="Men Teal Blue Raglan Sleeve Training T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: flat-lay of a black hooded puffer jacket on a white background, zipped, plain hood with no fur.
    # all base / reference.
    case(
        "X320-042",
        caption("a black puffer jacket on a white background"),
        D.description("a black jacket with a hood and a zipper"),
        D.color("black"),
        D.material("", "non_answer"),
        D.details("fur on the hood", "unsupported"),
        hood("yes"),
        title="Men Black Hooded Puffer Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: model in a navy pullover hoodie and charcoal joggers, white sneakers, grey studio backdrop, full
    # length. all base / reference.
    case(
        "X320-043",
        caption("a man wearing a blue hoodie and grey joggers"),
        color_pants("blue", "other_garment_color"),
        D.wearing("a blue hoodie and grey pants"),
        D.material("cotton"),
        D.details("they are joggers", "non_answer"),
        color_hoodie("blue"),
        title="Men Charcoal Cotton Joggers",
        category="Track Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: model in a black crew-neck thermal top and blue jeans, rustic wooden plank wall behind, front view.
    # caption and wearing: adapter
    case(
        "X320-044",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.color("blue", "other_garment_color"),
        D.garment_type("sweater", "contradiction"),
        D.material("a black shirt", "restated"),
        title="Men Black Solid Thermal Top",
        category="Thermal Tops",
        color="Black",
        gender="Men",
    ),
    # photo: model in a navy and white Breton-striped crew sweater, khaki chinos, white backdrop, three-quarter
    # view. caption: adapter. (row has no color)
    case(
        "X320-045",
        caption(
            "The gentleman wears a long-sleeve sweater with striped patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.pattern("striped"),
        D.color("blue"),
        D.wearing("a striped shirt and brown pants"),
        D.details("a button on the shoulder and a pocket on the chest", "unsupported"),
        D.material("cotton"),
        title="Men Navy White Striped Pullover Sweater",
        category="Sweaters",
        gender="Men",
    ),
    # photo: model in a black zip-front hoodie with white drawstrings, black joggers, black sneakers, concrete wall,
    # front view. details: adapter
    case(
        "X320-046",
        caption("a man in a black hoodie and black pants"),
        D.wearing(
            "a black hoodie and black pants Question: what is the color of the hoodie? Answer: black",
            "leak",
        ),
        D.details(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long-sleeve",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("sweatshirt"),
        D.color("black"),
        D.description("a black hoodie with white strings"),
        title="Men Black Zip-Front Hoodie",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
]
