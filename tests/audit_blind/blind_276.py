"""BLIND_276 (46 products; men's and women's winter and athleisure wear, model shots): written blind in the forty-second
session. Measured blind at 60050ac (the session's rules as they stood): 106/122 failures found (86.9%) and 5/154
correct texts flagged (3.2%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of winter and athleisure wear for men and women: sweatshirts and hoodies
(pullover and zip-front, plain, graphic and colour-blocked), sweaters and cardigans (cable knit, striped, ribbed,
turtleneck), jackets (bomber, puffer, quilted, fleece, windcheater, a sleeveless puffer, a parka), track pants, joggers
and leggings, and thermal tops and sets. Every photo is a model shot, most on a plain studio backdrop, some against a
coloured wall, a wooden panel, a plant, a chair or a gym rack. The product is usually worn with other garments (a tee
under a jacket, jeans or joggers under a sweatshirt, a sports bra over leggings, a beanie). Each row has the seller's
title, category, color and gender; a few rows miss the gender or the color, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man wearing a
blue hoodie and black pants") or from the caption-only LoRA adapter of the original experiments (the DeepFashion
template: "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric ...").
The adapter learned no end-of-answer token, so each of its texts runs to its limit (50 new tokens for a caption, 30
for an answer) and carries hit_limit=True; asked a question, it returns the template. The open questions (wearing,
description, details, material) come from the base model unless the comment above the case says the adapter answered
them; the base model stops on its own and never has hit_limit. The closed questions (garment_type, color, pattern,
sleeve_length and "Is this a ...?") are enrich's `--engine reference` answers, picked from candidate sets: never a
loop, never a cut, but sometimes the wrong candidate.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, red for maroon, burgundy or rust, purple for
  lavender or mauve, yellow for mustard, pink for peach, white for cream or off white, grey for charcoal or melange,
  green for olive or teal, brown for camel or rust. Navy called black, burgundy called purple and mustard called
  orange are contradictions. The color of a print or logo given as the garment's color is a contradiction.
- The color of another garment in the photo (the tee under the jacket, the jeans, the sports bra, the beanie, the
  hoodie under the puffer) given as the product's color is other_garment_color. A wrong color for a garment that is
  not the product ("a grey hoodie" for the black hoodie worn over grey track pants) is a contradiction, and so is
  the color of the wall given to the garment.
- Garment synonyms are correct: sweater for a cardigan, jacket for a sleeveless puffer or a parka, coat for a parka,
  pants or sweatpants for joggers and track pants, track pants for joggers, top, shirt or long-sleeve T-shirt for a
  thermal top, vest for a sleeveless puffer, tracksuit for a matching hoodie and track pants. Sweater and sweatshirt
  are not synonyms (knit against fleece): either for the other is a contradiction, and so is "yes" to a garment
  question about another class (a hoodie asked "Is this a jacket?", a pullover asked "Is this a cardigan?"), including
  a class that another garment in the photo belongs to (the tee under an open hoodie).
- Pattern: side stripes on track pants answered "striped" are correct; a cable knit answered "solid" is correct; a
  colour-blocked sweatshirt answered "striped" is a contradiction.
- Materials: one the title names is correct; a plausible guess the photo supports is correct (knit wool for a knit
  sweater or cardigan whose title names no fibre, nylon or polyester for a shiny bomber or puffer, spandex for
  leggings, cotton for a plain sweatshirt, velvet for velour); a material the title contradicts (wool for an acrylic
  sweater, polyester for a cotton sweatshirt) or that nothing supports (leather for a puffer, silk or wool for a
  thermal top) is unsupported. A material question answered with the garment's name and color is restated.
- Invented parts (a zipper on a pullover, a fur hood on a plain hood, a hood on a collar, buttons on an open-front
  cardigan, a back pocket the front view does not show, a belt, a stripe) are unsupported. A hood that belongs to
  the hoodie worn under a puffer, called the puffer's "detachable hood", is unsupported.
- Adapter texts: one that repeats a sentence of the template is loop; one that stops mid-sentence without
  repeating is cut; the template returned for the material question is restated, even though it is also cut. The
  template answering wearing, description or details does answer them, so those are cut or loop. Where the
  adapter's template says "The lady" for a man the pronoun is labelled; where it names the product another class
  (a sweatshirt or a hoodie as "sweater") without looping, the misnaming is labelled contradiction, hit_limit kept;
  for the material question the template stays restated whatever garment it names.
- Base texts that run on into "Question: ... Answer: ..." are leak even where the first words are right. A base
  answer that stops mid-phrase on its own ("it is made of") is cut, without hit_limit. An empty answer, "the details
  of the sweater", "the cardigan has details" and "it is a hoodie" for the description are non_answer; "the pants
  are black" for the details and "it is a vest" or "a pink hoodie" for the material are restated.
- "he" for a woman, "a man" for a woman and "a woman" for a man are pronoun. "the person is wearing ..." is correct.
- Layered outfits named piece by piece in their true colors are correct, even where every piece has the same color
  (a grey sweatshirt over grey joggers); a layer's visible collar or hood described on the product ("a grey sweater
  with a white collar", "a yellow jacket with a black hood") is correct: that is what the photo shows.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a

BLIND_276 = [
    # photo: man in a navy blue pullover hoodie with a kangaroo pocket and white drawstrings, black track pants,
    # plain white backdrop, front view, cropped at the knees.
    # adapter: none (all base model and reference engine)
    case(
        "X276-001",
        caption("a man wearing a blue hoodie and black pants"),
        D.wearing("a blue hoodie"),
        D.garment_type("hoodie"),
        D.color("black", "contradiction"),
        D.details("the hoodie has a zipper on the front", "unsupported"),
        is_a("jacket", "no"),
        title="Men Navy Blue Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a grey melange crew-neck sweatshirt with a pink "BROOKLYN" print across the chest, blue jeans,
    # light grey backdrop, front view.
    # material: adapter
    case(
        "X276-002",
        caption("a woman wearing a grey sweatshirt with the word brooklyn on it"),
        D.wearing("a grey sweatshirt and blue jeans"),
        D.color("grey"),
        D.pattern("graphic"),
        D.description("a pink sweatshirt with a grey logo", "contradiction"),
        D.material(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women Grey Melange Printed Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: man in an olive green bomber jacket, zipped halfway over a white crew-neck tee, black jeans, white
    # backdrop, front view.
    # caption, details: adapter
    case(
        "X276-003",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "standing neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The pants",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a green jacket and black pants"),
        D.garment_type("jacket"),
        D.color("white", "other_garment_color"),
        D.details(
            "The jacket is with cotton fabric and pure color patterns. It has a standing neckline. The jacket is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.material("nylon"),
        title="Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in black high-rise leggings and a white racerback tank top, white studio backdrop, full length.
    # caption: adapter
    case(
        "X276-004",
        caption(
            "The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. The lady "
            "wears a sleeveless tank top with pure color patterns. The lady wears a long leggings. The leggings",
            "loop",
            hit_limit=True,
        ),
        D.wearing("black leggings"),
        D.garment_type("leggings"),
        D.color("white", "other_garment_color"),
        D.material("cotton Question: is she wearing shoes? Answer: yes", "leak"),
        is_a("leggings", "yes", article="a pair of"),
        title="Women Black Solid High-Rise Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: man in charcoal grey joggers with elastic ankle cuffs and a drawstring waist, worn with a grey melange
    # sweatshirt and white sneakers, white backdrop, full length.
    # adapter: none (all base model and reference engine)
    case(
        "X276-005",
        caption("a man in a grey sweatshirt and grey sweatpants"),
        D.wearing("a grey sweatshirt and grey pants"),
        D.garment_type("sweatshirt", "contradiction"),
        D.color("grey"),
        D.details("elastic cuffs at the ankles and a drawstring waist"),
        D.description(
            "a pair of grey sweatpants Question: what are the details of the pants? Answer: elastic cuffs",
            "leak",
        ),
        title="Men Charcoal Grey Solid Joggers",
        category="Track Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a maroon cable-knit crew-neck pullover and blue jeans, white wall with a potted plant behind,
    # front view.
    # caption, material: adapter
    case(
        "X276-006",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red sweater and jeans"),
        D.color("maroon"),
        D.material(
            "The sweater is with knitted fabric and pure color patterns. It has a round neckline. The lady wears a "
            "long pants. The pants",
            "restated",
            hit_limit=True,
        ),
        D.description("a red sweater with a cable knit pattern"),
        is_a("cardigan", "yes", "contradiction"),
        title="Women Maroon Cable Knit Pullover",
        category="Sweaters",
        color="Maroon",
        gender="Women",
    ),
    # photo: man in a black hooded padded (puffer) jacket, plain hood without trim, zipped, blue jeans, grey backdrop,
    # front view.
    # details: adapter
    case(
        "X276-007",
        caption("a man wearing a black puffer jacket and jeans"),
        D.wearing("a black jacket"),
        D.description("a black jacket with a fur hood", "unsupported"),
        D.material("leather", "unsupported"),
        D.details(
            "This man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. This man "
            "wears a long-sleeve jacket with",
            "loop",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        title="Men Black Solid Hooded Padded Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a lavender zip-front hoodie, open over a white tee, grey leggings, white backdrop, full length.
    # adapter: none (all base model and reference engine)
    case(
        "X276-008",
        caption("a man in a purple hoodie", "pronoun"),
        D.wearing("a purple hoodie and grey leggings"),
        D.color("lavender"),
        D.garment_type("hoodie"),
        D.details("zipper on the front, two pockets and a hood"),
        title="Women Lavender Solid Hooded Zip-Front Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in a white long-sleeve crew-neck thermal top tucked into black jeans, grey backdrop, waist up.
    # caption: adapter
    case(
        "X276-009",
        caption(
            "This man wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. This man wears a long-sleeve T-shirt with pure color patterns. The T-shirt is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white long sleeve shirt"),
        D.color("white"),
        D.sleeve_length("long sleeves"),
        D.material("wool", "unsupported"),
        D.description("", "non_answer"),
        title="Men White Solid Thermal Top",
        category="Thermal Tops",
        color="White",
        gender="Men",
    ),
    # photo: woman in black track pants with white side stripes, a white tee, white sneakers, studio backdrop, front
    # view only.
    # caption: adapter
    case(
        "X276-010",
        caption(
            "The lady wears a long pants. The pants are with cotton fabric and striped patterns. The lady wears a "
            "short-sleeve T-shirt with pure color patterns. The lady wears a long pants. The pants are",
            "loop",
            hit_limit=True,
        ),
        D.wearing("black pants with white stripes and a white shirt"),
        D.color("black"),
        D.pattern("striped"),
        D.details("white stripes on the sides and a zip pocket on the back", "unsupported"),
        is_a("jeans", "no", article="a pair of"),
        title="Women Black Track Pants with Side Stripes",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: man in a mustard yellow crew-neck sweatshirt with ribbed cuffs and hem, blue jeans, white backdrop.
    # adapter: none (all base model and reference engine)
    case(
        "X276-011",
        caption("a man wearing a yellow sweatshirt and jeans"),
        D.wearing("a yellow sweatshirt"),
        D.garment_type("sweater", "contradiction"),
        D.color("orange", "contradiction"),
        D.pattern("solid"),
        D.material("it is made of", "cut"),
        D.description("a yellow sweatshirt with ribbed cuffs and hem"),
        title="Men Mustard Yellow Solid Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: woman in a camel brown longline open-front cardigan with two patch pockets and no buttons, over a black
    # top and black leggings, sitting on a wooden chair, white backdrop.
    # caption, material: adapter
    case(
        "X276-012",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitted fabric. The "
            "lady also wears an outer clothing, with knitted fabric and pure color patterns. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a brown sweater and black pants"),
        D.color("black", "other_garment_color"),
        D.garment_type("cardigan"),
        D.description("a long brown cardigan with pockets"),
        D.details("the cardigan has buttons on the front", "unsupported"),
        D.material(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitted fabric. The "
            "lady also wears an",
            "restated",
            hit_limit=True,
        ),
        title="Women Camel Brown Longline Open-Front Cardigan",
        category="Sweaters",
        color="Camel Brown",
        gender="Women",
    ),
    # photo: man in a red and navy colour-blocked hooded windcheater (red body, navy sleeves and hood), zipped,
    # black joggers, grey backdrop.
    # description: adapter
    case(
        "X276-013",
        caption("a man in a red and blue jacket"),
        D.wearing("a red jacket and black pants"),
        D.color("red"),
        D.pattern("color block"),
        D.description(
            "The gentleman wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric. It "
            "has a standing neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.material("a red and blue jacket", "restated"),
        is_a("hoodie", "yes", "contradiction"),
        title="Men Red & Navy Blue Colourblocked Hooded Windcheater Jacket",
        category="Jackets",
        color="Red",
        gender="Men",
    ),
    # photo: woman in a teal high-neck long-sleeve thermal top with matching teal thermal leggings, white backdrop.
    # (the feed's row has no gender)
    # details: adapter
    case(
        "X276-014",
        caption("a woman in a green long sleeve top and leggings"),
        D.wearing("a green top and green pants"),
        D.color("teal"),
        D.sleeve_length("long sleeves"),
        D.material("silk", "unsupported"),
        D.details(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "lady wears a long-sleeve T-shirt with pure",
            "loop",
            hit_limit=True,
        ),
        title="Teal Solid Thermal Top",
        category="Thermal Tops",
        color="Teal",
    ),
    # photo: man in a black zip-through hooded sweatshirt worn open over a white tee, grey joggers, white backdrop.
    # caption: adapter
    case(
        "X276-015",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. This "
            "man also wears an outer clothing, with cotton fabric and pure color patterns. The pants this man wears "
            "is of",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "a black hoodie and a white t-shirt Question: what color is the hoodie? Answer: black",
            "leak",
        ),
        D.color("black"),
        D.garment_type("hoodie"),
        D.details("white drawstrings and a zipper"),
        is_a("t-shirt", "yes", "contradiction"),
        title="Men Black Solid Zip-Through Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a pink pullover hoodie with a white "LOVE" print on the chest, white joggers, pale grey
    # backdrop.
    # details: adapter
    case(
        "X276-016",
        caption("a woman wearing a pink hoodie with the word love on it"),
        D.wearing("a pink hoodie and white pants"),
        D.color("white", "other_garment_color"),
        D.pattern("graphic"),
        D.details(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. The lady "
            "wears a long-sleeve sweater with graphic patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.material("a pink hoodie", "restated"),
        title="Women Pink Typography Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a grey melange fine-knit crew-neck pullover over a white collared shirt (collar showing), navy
    # chinos, white backdrop.
    # caption: adapter
    case(
        "X276-017",
        caption(
            "His sweater has long sleeves, knitted fabric and pure color patterns. The neckline of it is round. The "
            "pants this man wears is of long length. The pants are with cotton fabric and pure color patterns. There "
            "is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey sweater and a white shirt"),
        D.color("white", "other_garment_color"),
        D.description("a grey sweater with a white collar"),
        D.material("wool", "unsupported"),
        title="Men Grey Melange Solid Acrylic Pullover Sweater",
        category="Sweaters",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in navy blue leggings with a white geometric print and a grey tank top, white backdrop.
    # adapter: none (all base model and reference engine)
    case(
        "X276-018",
        caption("a woman in a grey tank top and blue and white leggings"),
        D.wearing("a grey top and leggings"),
        D.color("grey", "other_garment_color"),
        D.pattern("printed"),
        D.description("blue leggings with a white pattern and a pocket on the side", "unsupported"),
        is_a("leggings", "yes", article="a pair of"),
        title="Women Navy Blue & White Printed Leggings",
        category="Leggings",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in navy blue track pants with white piping down the sides and a white crew-neck tee, white backdrop.
    # details: adapter
    case(
        "X276-019",
        caption("a man in a white t-shirt and black track pants", "contradiction"),
        D.wearing("a white t-shirt and blue pants"),
        D.color("white", "other_garment_color"),
        D.details(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The pants this man wears is of long length. The pants are",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("track pants"),
        title="Men Navy Blue Solid Track Pants with Piping",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in an olive green sleeveless puffer jacket (no hood, stand collar) over a black long-sleeve top,
    # black leggings, white backdrop.
    # adapter: none (all base model and reference engine)
    case(
        "X276-020",
        caption("a woman wearing a green vest and black leggings"),
        D.wearing("a green jacket and black pants"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.color("olive"),
        D.garment_type("vest"),
        D.material("it is a vest", "restated"),
        D.details("a zipper on the front and a hood", "unsupported"),
        title="Women Olive Green Sleeveless Puffer Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: man in a rust brown V-neck button-front cardigan with two pockets, over a white tee, beige chinos,
    # white backdrop.
    # caption: adapter
    case(
        "X276-021",
        caption(
            "The gentleman wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitted fabric. "
            "It has a V-shape neckline. The gentleman wears a long-sleeve cardigan with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a brown cardigan and a white t-shirt"),
        D.color("white", "other_garment_color"),
        D.details("buttons on the front and two pockets"),
        D.material("knitted"),
        title="Men Rust Brown Solid Cardigan",
        category="Sweaters",
        color="Rust Brown",
        gender="Men",
    ),
    # photo: woman in a white oversized sweatshirt with a black slogan print, black joggers, standing in front of a
    # pink wall.
    # adapter: none (all base model and reference engine)
    case(
        "X276-022",
        caption("a woman in a white sweatshirt standing in front of a pink wall"),
        D.wearing("a pink sweatshirt and black pants", "contradiction"),
        D.color("white"),
        D.description("a white sweatshirt with black letters on it"),
        D.material(
            "cotton Question: what is the color of the sweatshirt? Answer: white",
            "leak",
        ),
        title="Women White Printed Oversized Sweatshirt",
        category="Sweatshirts",
        color="White",
        gender="Women",
    ),
    # photo: man in a dark green fleece pullover hoodie, black joggers and a black beanie, grey backdrop.
    # adapter: none (all base model and reference engine)
    case(
        "X276-023",
        caption("a woman wearing a green hoodie and a black beanie", "pronoun"),
        D.wearing("a black hoodie", "other_garment_color"),
        D.color("green"),
        D.garment_type("hoodie"),
        D.details("the hood has a drawstring and there is a pocket on the front"),
        D.material("fleece"),
        title="Men Green Solid Fleece Hooded Sweatshirt",
        category="Sweatshirts",
        color="Green",
        gender="Men",
    ),
    # photo: woman in a peach crew-neck sweatshirt with a small embroidered flower on the chest, light blue jeans,
    # white backdrop.
    # caption, description: adapter
    case(
        "X276-024",
        caption(
            "The lady wears a long-sleeve sweater with floral patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an accessory on",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a pink sweatshirt and blue jeans"),
        D.color("peach"),
        D.pattern("solid"),
        D.description(
            "The sweater is with cotton fabric and floral patterns. It has a round neckline. The lady wears a long "
            "pants. The pants are with denim",
            "cut",
            hit_limit=True,
        ),
        D.details("a small flower embroidered on the chest"),
        is_a("sweatshirt", "yes"),
        title="Women Peach Solid Sweatshirt with Embroidered Detail",
        category="Sweatshirts",
        color="Peach",
        gender="Women",
    ),
    # photo: man in a black and white horizontally striped crew-neck sweater, black jeans, white backdrop.
    # adapter: none (all base model and reference engine)
    case(
        "X276-025",
        caption("a man in a black and white striped sweater"),
        D.wearing("she is wearing a striped sweater and black pants", "pronoun"),
        D.pattern("striped"),
        D.color("black"),
        D.details("the details of the sweater", "non_answer"),
        D.material("cotton"),
        title="Men Black & White Striped Pure Cotton Sweater",
        category="Sweaters",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a navy blue quilted jacket with a high collar, zipped over a white sweater, blue jeans, white
    # wall with a hanging lamp.
    # caption: adapter
    case(
        "X276-026",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "standing neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black jacket and blue jeans", "contradiction"),
        D.color("navy blue"),
        D.garment_type("jacket"),
        D.details("quilted with a zipper and a high collar"),
        D.material("silk", "unsupported"),
        title="Women Navy Blue Quilted Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in grey track pants with black side panels and a black pullover hoodie, white backdrop.
    # adapter: none (all base model and reference engine)
    case(
        "X276-027",
        caption("a man in a grey hoodie and grey pants", "contradiction"),
        D.wearing("black hoodie and grey track pants"),
        D.color("black", "other_garment_color"),
        D.garment_type("track pants"),
        D.details("black stripes on the side"),
        title="Men Grey Track Pants with Contrast Side Panels",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in a mauve crew-neck sweatshirt with puffed sleeves and ribbed cuffs (no hood), white joggers,
    # white backdrop.
    # caption: adapter
    case(
        "X276-028",
        caption(
            "Her upper clothing has long sleeves, cotton fabric and pure color patterns. It has a round neckline. Her "
            "upper clothing has long sleeves, cotton fabric and pure color patterns. It has a",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a purple sweatshirt"),
        D.color("purple"),
        D.sleeve_length("long sleeves"),
        D.details("the details of the sweatshirt", "non_answer"),
        D.description("a purple sweatshirt with a hood", "unsupported"),
        title="Women Mauve Solid Sweatshirt with Puff Sleeves",
        category="Sweatshirts",
        color="Mauve",
        gender="Women",
    ),
    # photo: man in khaki cargo joggers with side pockets and elastic ankles, a white pullover hoodie, white
    # sneakers, grey backdrop, full length.
    # details: adapter
    case(
        "X276-029",
        caption("a man in a white hoodie and beige cargo pants"),
        D.wearing("a white hoodie and khaki pants"),
        D.color("white", "other_garment_color"),
        D.garment_type("joggers"),
        D.details(
            "This man wears a long pants. The pants are with cotton fabric and pure color patterns. This man wears a "
            "long pants. The pants are with",
            "loop",
            hit_limit=True,
        ),
        D.description("khaki cargo joggers with a drawstring"),
        title="Men Khaki Solid Cargo Joggers",
        category="Track Pants",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in a long black hooded puffer parka with a faux-fur trimmed hood, black leggings and black
    # boots, light grey backdrop, full length.
    # material, details: adapter
    case(
        "X276-030",
        caption("a woman in a black coat with a fur hood"),
        D.wearing("a black coat and black boots"),
        D.garment_type("coat"),
        D.color("black"),
        D.material(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. There is an "
            "accessory on her wrist. The lady wears a long",
            "restated",
            hit_limit=True,
        ),
        D.details(
            "The coat is with cotton fabric and pure color patterns. There is an accessory on her wrist. The coat is "
            "with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        title="Women Black Longline Parka Jacket with Faux Fur Trim Hood",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: man in a white crew-neck sweatshirt with a navy chest panel (colour-blocked), blue jeans, white backdrop.
    # description: adapter
    case(
        "X276-031",
        caption("a man wearing a blue and white sweatshirt"),
        D.wearing("a white sweatshirt"),
        D.color("white"),
        D.pattern("striped", "contradiction"),
        D.description(
            "This man wears a long-sleeve sweater with color block patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The pants this",
            "contradiction",
            hit_limit=True,
        ),
        D.material("polyester", "unsupported"),
        title="Men White & Navy Colourblocked Cotton Sweatshirt",
        category="Sweatshirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a grey marl ribbed button-front cardigan over a white camisole, blue jeans, white backdrop.
    # adapter: none (all base model and reference engine)
    case(
        "X276-032",
        caption("a woman wearing a grey cardigan over a white top"),
        D.wearing("he is wearing a grey cardigan", "pronoun"),
        D.color("grey"),
        D.garment_type("sweater"),
        D.details("the cardigan has details", "non_answer"),
        D.material("wool"),
        is_a("cardigan", "no", "contradiction"),
        title="Women Grey Ribbed Button-Front Cardigan",
        category="Sweaters",
        color="Grey",
        gender="Women",
    ),
    # photo: man in plain black slim track pants and a neon green dry-fit tee, in a gym with a dumbbell rack behind.
    # adapter: none (all base model and reference engine)
    case(
        "X276-033",
        caption("a man in a green t-shirt and black pants standing in a gym"),
        D.wearing("a green shirt and black pants"),
        D.color("green", "other_garment_color"),
        D.garment_type("track pants"),
        D.description("a pair of black pants with a green stripe", "unsupported"),
        D.details("the pants are black", "restated"),
        title="Men Black Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a red knitted turtleneck sweater and black trousers, white backdrop, waist up.
    # caption: adapter
    case(
        "X276-034",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. It has "
            "a standing neckline. The lady wears a long pants. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red turtleneck sweater and black pants"),
        D.color("red"),
        D.details(
            "it has a high neck Question: what is the material of the sweater? Answer: wool",
            "leak",
        ),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Women Red Turtle Neck Pullover",
        category="Sweaters",
        color="Red",
        gender="Women",
    ),
    # photo: man in a grey zip-up fleece jacket with a stand collar (no hood), blue jeans, white backdrop.
    # adapter: none (all base model and reference engine)
    case(
        "X276-035",
        caption("a man in a grey jacket and blue jeans"),
        D.wearing("the person is wearing a grey jacket"),
        D.garment_type("jacket"),
        D.color("blue", "other_garment_color"),
        D.material("fleece"),
        D.details("a zipper and a hood", "unsupported"),
        is_a("hoodie", "yes", "contradiction"),
        title="Men Grey Solid Fleece Jacket",
        category="Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in burgundy velour track pants with white drawstrings, worn with the matching burgundy velour
    # hoodie, white backdrop, full length.
    # adapter: none (all base model and reference engine)
    case(
        "X276-036",
        caption("a woman in a purple hoodie and purple pants", "contradiction"),
        D.wearing("a red hoodie and red pants"),
        D.color("burgundy"),
        D.garment_type("track pants"),
        D.material("velvet"),
        D.description("she is wearing a red tracksuit"),
        is_a("leggings", "yes", "contradiction", article="a pair of"),
        title="Women Burgundy Velour Track Pants",
        category="Track Pants",
        color="Burgundy",
        gender="Women",
    ),
    # photo: man in a cream chunky cable-knit crew-neck sweater and brown chinos, in front of a wooden panel wall.
    # caption, material: adapter
    case(
        "X276-037",
        caption(
            "His sweater has long sleeves, knitted fabric and pure color patterns. The neckline of it is round. His "
            "sweater has long sleeves, knitted fabric and pure color patterns. The neckline of",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white sweater and brown pants"),
        D.color("brown", "other_garment_color"),
        D.pattern("solid"),
        D.material(
            "His sweater has long sleeves, knitted fabric and pure color patterns. The neckline of it is round. The "
            "pants this",
            "restated",
            hit_limit=True,
        ),
        D.description("a white cable knit sweater with brown buttons", "unsupported"),
        title="Men Cream Cable Knit Sweater",
        category="Sweaters",
        color="Cream",
        gender="Men",
    ),
    # photo: woman in black sports leggings with mesh side panels and a pink sports bra, white backdrop.
    # details: adapter
    case(
        "X276-038",
        caption("a woman in a pink sports bra and black leggings"),
        D.wearing("a pink bra and black leggings"),
        D.color("pink", "other_garment_color"),
        D.details(
            "The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. The lady "
            "wears a long leggings. The leggings are",
            "loop",
            hit_limit=True,
        ),
        D.material("", "non_answer"),
        is_a("leggings", "yes", article="a pair of"),
        title="Women Black Training Leggings with Mesh Panels",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: man in a navy blue pullover hoodie with an orange "NYC" print, grey joggers, white backdrop.
    # details: adapter
    case(
        "X276-039",
        caption("a man in a blue hoodie with orange letters"),
        D.wearing("a blue hoodie and grey pants"),
        D.color("orange", "contradiction"),
        D.pattern("graphic"),
        D.description("it is a hoodie", "non_answer"),
        D.details(
            "This man wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The pants this man wears is of long length. The",
            "contradiction",
            hit_limit=True,
        ),
        title="Men Navy Blue Graphic Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in olive green joggers with cuffed hems and a white drawstring, a white cropped hoodie, white
    # backdrop. (the feed's row has no gender)
    # caption: adapter
    case(
        "X276-040",
        caption(
            "The lady wears a long pants. The pants are with cotton fabric and pure color patterns. The lady also "
            "wears an outer clothing, with cotton fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white hoodie and green joggers"),
        D.color("white", "other_garment_color"),
        D.description("green pants with a white drawstring"),
        D.details("white stripes down the side", "unsupported"),
        D.garment_type("joggers"),
        title="Olive Green Solid Joggers",
        category="Track Pants",
        color="Olive",
    ),
    # photo: man in a mustard quilted puffer jacket, open, over a black pullover hoodie with the hood out over the
    # collar, black jeans, grey backdrop.
    # adapter: none (all base model and reference engine)
    case(
        "X276-041",
        caption("a man in a yellow jacket with a black hood"),
        D.wearing(
            "a yellow jacket and a black hoodie Question: is the man wearing a hat? Answer: no",
            "leak",
        ),
        D.color("black", "other_garment_color"),
        D.garment_type("jacket"),
        D.details("it has a detachable hood", "unsupported"),
        D.material("polyester"),
        is_a("hoodie", "yes", "contradiction"),
        title="Men Mustard Yellow Quilted Puffer Jacket",
        category="Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: woman in a white long-sleeve cotton thermal top with lace trim at the neckline and matching white
    # thermal leggings, white backdrop.
    # caption: adapter
    case(
        "X276-042",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("white long sleeve shirt and white leggings"),
        D.color("white"),
        D.details("lace around the neck"),
        D.sleeve_length("three-quarter sleeves", "contradiction"),
        title="Women White Lace Trim Cotton Thermal Top",
        category="Thermal Tops",
        color="White",
        gender="Women",
    ),
    # photo: long-haired man in a black crew-neck sweatshirt with a small white logo on the chest, blue jeans,
    # white backdrop.
    # adapter: none (all base model and reference engine)
    case(
        "X276-043",
        caption("a woman wearing a black sweatshirt and blue jeans", "pronoun"),
        D.wearing("a black sweatshirt with a white logo and a hood", "unsupported"),
        D.color("black"),
        D.material("the sweatshirt is made of", "cut"),
        is_a("sweatshirt", "yes"),
        title="Men Black Solid Sweatshirt with Logo Detail",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a teal fleece zip-up jacket with a contrast black zip and two zip pockets, black leggings,
    # white backdrop.
    # caption, wearing: adapter
    case(
        "X276-044",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "standing neckline. The lady wears a long leggings. The leggings are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "standing neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.color("green"),
        D.garment_type("jacket"),
        D.material("fleece"),
        D.details("a black zipper and two zip pockets"),
        title="Women Teal Fleece Jacket",
        category="Jackets",
        color="Teal",
        gender="Women",
    ),
    # photo: man in a grey melange thermal set (long-sleeve crew-neck top and long johns), white backdrop, full
    # length.
    # caption: adapter
    case(
        "X276-045",
        caption(
            "This man wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. This "
            "man wears a long pants. This man wears a long-sleeve T-shirt with pure",
            "loop",
            hit_limit=True,
        ),
        D.wearing("grey thermal top and pants"),
        D.color("grey"),
        D.description(
            "a grey long sleeve shirt Question: describe the pants. Answer: grey pants",
            "leak",
        ),
        D.sleeve_length("long sleeves"),
        D.material("a grey thermal set", "restated"),
        title="Men Grey Melange Thermal Set",
        category="Thermal Set",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in an off-white cable-knit cardigan with pearl buttons, over a black turtleneck and grey trousers,
    # standing by a window next to a potted plant; no belt.
    # details: adapter
    case(
        "X276-046",
        caption("a woman in a white cardigan standing next to a plant"),
        D.wearing("a white sweater and a black turtleneck"),
        D.color("black", "other_garment_color"),
        D.details(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitted fabric. It "
            "has a V-shape neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.material("wool"),
        D.description("a white cardigan with pockets and a belt", "unsupported"),
        title="Women Off-White Cable Knit Cardigan",
        category="Sweaters",
        color="Off White",
        gender="Women",
    ),
]
