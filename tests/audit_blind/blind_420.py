"""BLIND_420 (46 products; men's and women's everyday apparel, model shots and flat-lays, one night's run): written
blind in the forty-sixth session. Measured blind at 0917e5c (the session's rules as they stood): 103/119 failures
found (86.6%) and 3/151 correct texts flagged (2.0%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed for men and women, drawn at random from one night's run: tshirts, shirts,
kurtas, tops, dresses, jeans, trousers, track pants, co-ord sets, tracksuits, jackets and sweatshirts. Most photos
are model shots on studio backdrops (plain grey or white, a few coloured walls, a brick wall, a street, a terrace with
plants, props such as a chair, a surfboard or sunglasses); about a fifth are flat-lays on a floor, table or sheet.
Model shots show the other garments of the outfit (jeans under a tee, a tee under a jacket, palazzos under a kurta).
Each row has the seller's title, category, color and gender; a few rows miss the color or the gender.

Who wrote what: every caption comes from the caption-only LoRA adapter of the original experiments (DeepFashion
template, "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric.
..."). It was trained with no end-of-answer token, so each caption runs to its 50-token limit (hit_limit=True) and
ends cut mid-sentence or after repeating a sentence of its template. The open answers (wearing, description, details,
material, neckline, print) come from the untuned base `Salesforce/blip2-opt-2.7b`: short, lowercase, stopped on its
own, never hit_limit. The closed answers (garment_type, color, pattern, sleeve_length, the per-piece colors and the
yes/no "Is this a ...?") are enrich's `--engine reference` choices from candidate sets: never a loop or a cut, but
sometimes the wrong candidate.

Labeling conventions and judgement calls:
- Adapter captions: one that repeats a sentence of the template is loop; one that stops mid-sentence without
  repeating is cut. Where the first sentence misnames the product itself (a kurta as a "dress" or a "shirt", a puffer
  jacket as a "sweater", a denim jacket as a "shirt") or gives it the wrong pattern ("pure color" for a checked
  shirt), that misnaming is what an auditor sees first: contradiction, hit_limit kept. A template that invents
  other garments or accessories further on (a tee on a flat-lay of jeans, "an accessory on her wrist") is still
  labelled by its end (cut or loop). "sweater" for a knit track jacket or a velour tracksuit top is taken as the
  template's nearest class, not a misnaming. The template's "The lady/gentleman wears" on a flat-lay is not a
  failure of its own.
- Shade words are correct: blue for navy, sky blue or teal, green for olive or teal, red for maroon, yellow for
  mustard, purple for lavender or lilac, pink for peach, white for off-white, grey for charcoal or melange, brown or
  orange for rust. A seller "Multi" answered with one of its stripe colors is correct.
- Synonyms are correct: hoodie for a hooded sweatshirt, sweatpants or pants for track pants or joggers, plaid for
  checked, pants for trousers or chinos, khaki pants for beige chinos, hawaiian shirt for a tropical resort shirt,
  t-shirt for a polo, shirt for a shirt-style top, floral for a leaf print, velvet for velour, leather for faux
  leather, ruffles for tiers, polka dots for a dot print, "striped" for track pants with side stripe tape.
- A color that belongs to another garment in the photo given to a garment that lacks it (the tee's white for the
  jacket, the top's white for the jeans, the kurta's black for the white churidar, "grey pants" under a grey hoodie
  when the pants are black, "red pants" under a red puffer) is other_garment_color. A color seen on no garment
  (the wall, the plants) or the print's color given as the garment's color is contradiction; so is a wrong shade that
  leaves the color family (black for navy, pink for maroon, yellow for a blue denim jacket). The base model's
  "shirt" for a kurta is contradiction, as the adapter's is; three-quarter sleeves answered "long sleeves" too.
- Layered and outfit answers are correct when every color sits on the right garment ("a brown jacket over a white
  shirt"); walls and props named in a description ("a black dress against a red wall") are correct.
- Materials: one the title names, or a plausible one the photo shows (denim, cotton on a plain tee, nylon on a shiny
  puffer, satin on a sheen) is correct. A material the title contradicts (silk for a pure cotton kurta, cotton for a
  linen shirt) is contradiction; a material neither named nor visible (silk on a plain cotton-look kurta, leather on a
  matte bomber, wool on a fleece hoodie) is unsupported. A material question answered with the color or the
  garment ("the pants are grey") is restated; "the material of the garment" is non_answer.
- Invented details the photo does not show (a chest pocket that is not there, a belt, a hood, a logo, a cat print, a
  necklace, fur trim, a front pocket on a back-view photo) are unsupported.
- Base answers that stop short ("it is made of", "it has a") are cut, without hit_limit. An empty answer and "the
  details of the garment" are non_answer. Answers that run on into "Question: ... Answer: ..." are leak even when the
  first words are right. "he" for a woman or "she" for a man is pronoun.
- Wrong closed answers are contradiction (a shirt dress as "shirt", solid for a graphic tee, sleeve lengths swapped
  either way, "no" to "Is this a kurta?" on a kurta) unless the answer is another garment's color (other_garment_color).
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question

neckline = question("neckline", "What is the neckline of the garment?", "open")
print_of = question("print", "What is printed on the garment?", "open")

BLIND_420 = [
    # photo: man in a black round-neck tee with a white-and-orange tiger graphic on the chest, blue jeans, plain grey
    # studio backdrop, front view, cropped at the thighs.
    # caption: adapter
    case(
        "X420-001",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long pants. The pants are with denim fabric and solid color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black t-shirt and blue jeans"),
        D.color("black"),
        D.pattern("solid", "contradiction"),
        print_of("a tiger"),
        title="Men Black Graphic Printed Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: flat-lay of a white oversized tee with dropped shoulders and short sleeves on a light wooden floor.
    # caption: adapter
    case(
        "X420-002",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("t-shirt"),
        D.color("white"),
        D.description("a white t-shirt on a wooden floor"),
        D.details("it has a pocket on the chest", "unsupported"),
        D.material("the t-shirt is white", "restated"),
        title="Women White Solid Oversized Drop-Shoulder T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: man in an olive-and-black checked shirt, sleeves rolled to the elbow, khaki chinos, white brick wall.
    # caption: adapter
    case(
        "X420-003",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a green plaid shirt and khaki pants"),
        D.color("green"),
        D.pattern("checked"),
        color_of("pants", "green", "other_garment_color"),
        D.details("the sleeves are rolled up"),
        title="Men Olive Green & Black Checked Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a pink straight kurta with small blue and green flowers, three-quarter sleeves, white palazzos,
    # plain beige backdrop, full length.
    # caption: adapter
    case(
        "X420-004",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a pink kurta and white pants"),
        D.garment_type("kurta"),
        D.color("pink"),
        D.pattern("floral"),
        D.material("silk", "contradiction"),
        title="Women Pink Floral Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a white chikankari kurta (white-on-white embroidery down the placket), white pyjama, beige mojaris,
    # beige wall with a potted plant beside him.
    # caption: adapter
    case(
        "X420-005",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a stand neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The gentleman",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a white shirt and white pants", "contradiction"),
        D.color("white"),
        D.details("embroidery on the front"),
        D.material("silk", "unsupported"),
        is_a("kurta", "yes"),
        title="Men White Chikankari Embroidered Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: woman in a mustard yellow sleeveless ribbed crop top with a square neck, blue high-waist jeans, pastel
    # pink wall behind her.
    # caption: adapter
    case(
        "X420-006",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with knitting fabric. It has a square "
            "neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow top and jeans"),
        D.color("yellow"),
        D.description("a pink crop top", "contradiction"),
        D.sleeve_length("sleeveless"),
        neckline("a square neckline Question: what is the color of the top? Answer: yellow", "leak"),
        title="Women Mustard Yellow Ribbed Square Neck Crop Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: woman in a maroon georgette fit-and-flare midi dress, short flutter sleeves, self-fabric tie belt, on a
    # terrace with green potted plants behind her.
    # caption: adapter
    case(
        "X420-007",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. There is an accessory on her wrist. The lady wears a short-sleeve dress with pure "
            "color patterns.",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red dress"),
        D.color("pink", "contradiction"),
        D.details("a belt at the waist"),
        D.material("chiffon"),
        D.description("she is wearing a green dress", "contradiction"),
        title="Women Maroon Georgette Fit and Flare Midi Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: cropped at the waist: mid-blue slim jeans with light whiskering, white sneakers, the hem of a grey tee
    # showing at the top, white backdrop.
    # caption: adapter
    case(
        "X420-008",
        caption(
            "The gentleman wears a long pants. The pants are with denim fabric and pure color patterns. The gentleman "
            "wears a long pants. The pants are with denim fabric and pure color patterns. The gentleman wears a",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("jeans"),
        D.color("blue"),
        D.description("a pair of grey jeans", "other_garment_color"),
        D.details("the jeans are faded"),
        title="Men Blue Slim Fit Mid-Rise Light Fade Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: flat-lay of black high-rise wide-leg jeans on white, front view, five pockets, button and zip fly.
    # caption: adapter
    case(
        "X420-009",
        caption(
            "The lady wears a long trousers. The trousers are with denim fabric and pure color patterns. The lady "
            "wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has a round",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("jeans"),
        D.color("black"),
        D.wearing("a pair of black jeans"),
        D.details("a belt", "unsupported"),
        title="Women Black Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: man in beige chinos, a navy tee tucked in, brown belt, brown loafers, grey backdrop, full length.
    # caption: adapter
    case(
        "X420-010",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a blue shirt and khaki pants", "pronoun"),
        color_of("pants", "blue", "other_garment_color"),
        D.garment_type("trousers"),
        D.details("a belt"),
        D.material("cotton"),
        title="Men Beige Regular Fit Cotton Chinos",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: woman in grey melange joggers with a white drawstring, white tee, white sneakers, light blue backdrop.
    # caption: adapter
    case(
        "X420-011",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and grey sweatpants"),
        D.color("grey"),
        D.details("a drawstring at the waist"),
        D.description("he is wearing grey pants", "pronoun"),
        D.material("the pants are grey", "restated"),
        title="Women Grey Melange Solid Joggers Track Pants",
        category="Track Pants",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: flat-lay of navy track pants with white side stripe tape on a grey concrete floor.
    # caption: adapter
    case(
        "X420-012",
        caption(
            "The gentleman wears a long pants. The pants are with cotton fabric and striped patterns. The gentleman "
            "wears a long pants. The pants are with cotton fabric and striped patterns. The gentleman wears a long",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("track pants"),
        D.color("black", "contradiction"),
        D.pattern("striped"),
        D.details("white stripes on the sides"),
        D.material("track pants", "restated"),
        title="Men Navy Blue Solid Track Pants with Side Stripes",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a lavender co-ord: short-sleeve button-up shirt and matching shorts, white sneakers, white
    # backdrop.
    # caption: adapter
    case(
        "X420-013",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a shorts. The shorts are with cotton fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple shirt and shorts"),
        color_of("shirt", "purple"),
        color_of("shorts", "purple"),
        D.material("linen"),
        D.details("the details of the garment", "non_answer"),
        title="Women Lavender Linen Blend Shirt with Shorts Co-Ords",
        category="Co-Ords",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in a black tracksuit (zip track jacket with white piping on the sleeves, joggers), a white tee under
    # the half-open jacket, white sneakers, grey backdrop. No hood.
    # caption: adapter
    case(
        "X420-014",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black tracksuit"),
        color_of("jacket", "white", "other_garment_color"),
        color_of("pants", "black"),
        D.details("a hood", "unsupported"),
        D.description("a black jacket with a white shirt"),
        title="Men Black Solid Tracksuit",
        category="Tracksuits",
        color="Black",
        gender="Men",
    ),
    # photo: man in an olive green bomber jacket (rib-knit collar, cuffs and hem, front zip) open over a white tee,
    # black jeans, on a street with a parked car behind.
    # caption: adapter
    case(
        "X420-015",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with denim fabric and pure "
            "color patterns. His outer",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green jacket and black jeans"),
        D.color("white", "other_garment_color"),
        D.garment_type("jacket"),
        D.details("a zipper and ribbed cuffs"),
        D.material("leather", "unsupported"),
        title="Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a mid-blue denim jacket (flap chest pockets, metal buttons) open over a black top, blue jeans,
    # in front of a bright yellow wall.
    # caption: adapter
    case(
        "X420-016",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a denim jacket, a black top and jeans"),
        D.color("yellow", "contradiction"),
        D.garment_type("jacket"),
        D.description("a blue denim jacket in front of a yellow wall"),
        D.material("denim"),
        title="Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a grey melange hooded sweatshirt, hood down, kangaroo pocket, black joggers, white backdrop.
    # caption: adapter
    case(
        "X420-017",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The gentleman wears a long pants. The pants are with cotton fabric and pure color patterns. The "
            "gentleman wears a long pants.",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey hoodie and grey pants", "other_garment_color"),
        D.garment_type("sweatshirt"),
        D.color("grey"),
        D.details("a hood and a pocket in the front"),
        D.material("wool", "unsupported"),
        title="Men Grey Melange Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: flat-lay of a peach sweatshirt with "PARIS" in white letters and a small Eiffel tower, on a white sheet.
    # caption: adapter
    case(
        "X420-018",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton "
            "fabric.",
            "loop",
            hit_limit=True,
        ),
        D.color("pink"),
        D.pattern("graphic"),
        print_of("paris"),
        D.description("a pink sweatshirt with the word paris on it"),
        D.details("a picture of a cat", "unsupported"),
        title="Women Peach Typography Printed Sweatshirt",
        category="Sweatshirts",
        color="Peach",
        gender="Women",
    ),
    # photo: man in a white formal shirt with one chest pocket, tucked into black trousers, black belt, grey backdrop.
    # caption: adapter
    case(
        "X420-019",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and black pants"),
        D.color("white"),
        D.description("a black shirt with long sleeves", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.details("a tie", "unsupported"),
        title="Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a red A-line kurta with a small gold block print, mandarin collar, three-quarter sleeves, white
    # churidar leggings, white backdrop.
    # caption: adapter
    case(
        "X420-020",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "stand neckline. The lady wears a leggings. The leggings are with cotton fabric and pure color patterns. "
            "There",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a red kurta and white leggings"),
        D.color("yellow", "contradiction"),
        D.pattern("printed"),
        D.sleeve_length("long sleeves", "contradiction"),
        is_a("kurta", "yes"),
        title="Women Red Ethnic Motifs Printed A-Line Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: man in a yellow polo tee with thin navy horizontal stripes, collar, two-button placket, no pocket, khaki
    # shorts, outdoors by a hedge.
    # caption: adapter
    case(
        "X420-021",
        caption(
            "The gentleman wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a shorts. The shorts are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow and blue striped shirt Question: what is the color of the shorts? Answer: khaki", "leak"),
        D.color("yellow"),
        D.pattern("striped"),
        D.details("a pocket on the chest", "unsupported"),
        title="Men Yellow Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: woman in a navy wrap top with white polka dots, short flutter sleeves, tie at the waist, white jeans,
    # beige backdrop.
    # caption: adapter
    case(
        "X420-022",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue polka dot top and white pants"),
        D.color("blue"),
        D.description("a white top with black polka dots", "contradiction"),
        D.pattern("polka dots"),
        D.details("a tie at the waist"),
        title="Women Navy Blue Polka Dot Print Wrap Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in an emerald green sleeveless tiered maxi dress with a V neck, no belt, studio with a rattan chair
    # and a potted plant.
    # caption: adapter
    case(
        "X420-023",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. There is an accessory on her wrist. The lady wears a sleeveless dress with pure color "
            "patterns.",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green dress"),
        D.color("green"),
        D.sleeve_length("sleeveless"),
        D.description("a long green dress with ruffles"),
        D.material("the dress is green", "restated"),
        D.details("the dress has a belt", "unsupported"),
        title="Women Green Solid Tiered Maxi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: flat-lay of charcoal grey formal trousers folded on a white table, belt loops and a side pocket visible.
    # caption: adapter
    case(
        "X420-024",
        caption(
            "The gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns. The "
            "gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns. The "
            "gentleman",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("trousers"),
        D.color("grey"),
        D.description("a pair of grey pants"),
        D.material("it is made of", "cut"),
        D.details("belt loops and pockets"),
        title="Men Charcoal Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a teal co-ord with a white leaf print: sleeveless crop top and wide palazzos, white backdrop.
    # caption: adapter
    case(
        "X420-025",
        caption(
            "The lady wears a sleeveless tank top with floral patterns. The tank top is with chiffon fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with chiffon fabric and floral "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue top and pants"),
        color_of("top", "green"),
        color_of("pants", "white", "contradiction"),
        D.pattern("floral"),
        D.details("the top has a knot in the front", "unsupported"),
        title="Women Teal Leaf Printed Crop Top with Palazzos Co-Ords",
        category="Co-Ords",
        color="Teal",
        gender="Women",
    ),
    # photo: woman in a maroon velour tracksuit (zip jacket and joggers), white sneakers, cream backdrop.
    # caption: adapter
    case(
        "X420-026",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a stand neckline. The lady wears a long pants. The pants are with knitting fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red tracksuit"),
        color_of("jacket", "maroon"),
        color_of("pants", "maroon"),
        D.material("velvet"),
        D.description(
            "she is wearing a red jacket and red pants Question: what is the color of the shoes? Answer: white",
            "leak",
        ),
        title="Women Maroon Velour Tracksuit",
        category="Tracksuits",
        color="Maroon",
        gender="Women",
    ),
    # photo: man in khaki cargo joggers (side cargo pockets, elastic cuffs), black tee, in front of a red brick wall.
    # caption: adapter
    case(
        "X420-027",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black shirt and khaki pants"),
        D.color("black", "other_garment_color"),
        D.garment_type("track pants"),
        D.details("pockets on the sides"),
        D.description("a pair of brown pants with a brick wall", "contradiction"),
        title="Men Khaki Solid Cargo Joggers",
        category="Track Pants",
        color="Khaki",
        gender="Men",
    ),
    # photo: man in a washed mid-blue denim shirt, two flap chest pockets, sleeves rolled, beige chinos, white wall
    # with a framed picture.
    # caption: adapter
    case(
        "X420-028",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a denim shirt and khaki pants"),
        D.color("blue"),
        D.details("two pockets on the chest"),
        D.description(
            "a blue denim shirt with buttons Question: what is the man wearing? Answer: a denim shirt", "leak"
        ),
        title="Men Blue Washed Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in an off-white kurta with pink thread embroidery at the yoke, long sleeves, matching off-white
    # trousers, pink wall behind.
    # caption: adapter
    case(
        "X420-029",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a pink kurta and white pants", "contradiction"),
        color_of("kurta", "white"),
        color_of("pants", "pink", "contradiction"),
        D.details("pink embroidery on the neck"),
        D.sleeve_length("long sleeves"),
        title="Women Off White Yoke Design Thread Work Kurta with Trousers",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: man in a red quilted puffer jacket with a hood (no fur), front zip, black tee, blue jeans, on a city
    # street.
    # caption: adapter
    case(
        "X420-030",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns.",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a red jacket and red pants", "other_garment_color"),
        D.garment_type("jacket"),
        D.color("red"),
        D.material("nylon"),
        D.details("a fur trim on the hood", "unsupported"),
        title="Men Red Solid Quilted Puffer Jacket",
        category="Jackets",
        color="Red",
        gender="Men",
    ),
    # photo: woman in a black sweatshirt with "NEW YORK" in white letters, blue jeans, grey backdrop.
    # caption: adapter
    case(
        "X420-031",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black sweatshirt and jeans"),
        D.color("black"),
        print_of("new york"),
        D.description("he is wearing a black sweatshirt with white letters", "pronoun"),
        D.material("the material of the garment", "non_answer"),
        title="Women Black Typography Printed Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Women",
    ),
    # photo: flat-lay of a sky blue linen shirt with a button-down collar, long sleeves, on a wooden table beside a
    # pair of sunglasses.
    # caption: adapter
    case(
        "X420-032",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. There is an accessory on his wrist. The gentleman wears a long-sleeve shirt with pure "
            "color",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("shirt"),
        D.color("blue"),
        D.description("a blue shirt and sunglasses on a table"),
        D.material("cotton", "contradiction"),
        title="Men Sky Blue Pure Linen Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a rust satin shirt-style top (lapel collar, long sleeves with cuffs), black trousers, grey
    # backdrop.
    # caption: adapter
    case(
        "X420-033",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("an orange shirt and black pants"),
        D.color("brown"),
        D.material("satin"),
        D.garment_type("shirt"),
        D.details("it has a", "cut"),
        title="Women Rust Satin Shirt Style Top",
        category="Tops",
        color="Rust",
        gender="Women",
    ),
    # photo: cropped at the chest: light grey slim jeans with rips at both knees, a black tee, white sneakers, white
    # backdrop.
    # caption: adapter
    case(
        "X420-034",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with denim fabric and pure "
            "color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black t-shirt and ripped jeans"),
        D.color("grey"),
        D.details("holes in the knees"),
        D.description("a pair of black jeans", "other_garment_color"),
        is_a("pair of jeans", "yes"),
        title="Men Light Grey Slim Fit Distressed Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in a white schiffli-embroidered top with short puff sleeves, blue jeans, a brown sling bag across
    # her body, white backdrop.
    # caption: adapter
    case(
        "X420-035",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white top and blue jeans and a bag"),
        D.color("white"),
        D.sleeve_length("short sleeves"),
        D.details("embroidery and puff sleeves"),
        D.material("a white top", "restated"),
        title="Women White Schiffli Embroidered Puff Sleeve Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: woman in a navy-and-green tartan shirt dress, collar, button front, long sleeves, self belt, white
    # backdrop.
    # caption: adapter
    case(
        "X420-036",
        caption(
            "The lady wears a long-sleeve dress with lattice patterns. The dress is with cotton fabric. It has a lapel "
            "neckline. There is an accessory on her wrist. The lady wears a long-sleeve dress with lattice patterns. "
            "The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a plaid dress"),
        D.color("blue"),
        D.pattern("checked"),
        D.garment_type("shirt", "contradiction"),
        D.details("it has buttons on the", "cut"),
        title="Women Navy Blue & Green Checked Shirt Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in a black kurta with a mandarin collar and a short button placket, white churidar, dark wooden door
    # behind.
    # caption: adapter
    case(
        "X420-037",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a stand neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The gentleman",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black kurta and white pants"),
        D.color("black"),
        color_of("pants", "black", "other_garment_color"),
        is_a("kurta", "no", "contradiction"),
        D.details("a high collar and buttons"),
        title="Men Black Solid Mandarin Collar Straight Kurta",
        category="Kurtas",
        color="Black",
        gender="Men",
    ),
    # photo: man in an olive resort shirt and matching shorts with a white-and-green tropical leaf print, studio with
    # a surfboard leaning on the wall.
    # caption: adapter
    case(
        "X420-038",
        caption(
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a shorts. The shorts are with cotton fabric and floral patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green shirt and shorts"),
        color_of("shorts", "white", "contradiction"),
        D.pattern("floral"),
        D.description("a man in a hawaiian shirt and shorts with a surfboard"),
        D.details("the details of the shirt", "non_answer"),
        title="Men Olive Green Tropical Printed Shirt with Shorts Co-Ords",
        category="Co-Ords",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in light blue high-waist mom jeans, a white crop top tucked in, brown belt, on a street.
    # caption: adapter
    case(
        "X420-039",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white top and blue jeans"),
        D.color("white", "other_garment_color"),
        D.garment_type("jeans"),
        D.details("a belt and pockets"),
        D.description("a pair of light blue high waisted jeans"),
        title="Women Light Blue Mom Fit High-Rise Jeans",
        category="Jeans",
        color="Light Blue",
        gender="Women",
    ),
    # photo: flat-lay of a plain navy crew-neck sweatshirt with ribbed cuffs and hem, no logo, on a grey backdrop.
    # caption: adapter
    case(
        "X420-040",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("sweatshirt"),
        D.color("blue"),
        D.sleeve_length("long sleeves"),
        D.details("a logo on the chest", "unsupported"),
        D.material("", "non_answer"),
        title="Men Navy Blue Solid Round Neck Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a brown faux-leather biker jacket (asymmetric zip, zipped pockets) open over a white tee, black
    # jeans, white brick wall.
    # caption: adapter
    case(
        "X420-041",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears an outer clothing with leather fabric. The lady wears a long trousers. "
            "The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a brown leather jacket and black jeans"),
        D.color("brown"),
        D.material("leather"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description("a brown jacket over a white shirt"),
        title="Women Brown Faux Leather Biker Jacket",
        category="Jackets",
        color="Brown",
        gender="Women",
    ),
    # photo: flat-lay of lilac joggers with a drawstring and elastic ankle cuffs on white.
    # caption: adapter
    case(
        "X420-042",
        caption(
            "The lady wears a long pants. The pants are with cotton fabric and pure color patterns. The lady wears a "
            "long pants. The pants are with cotton fabric and pure color patterns. The lady wears a long",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("track pants"),
        D.color("purple"),
        D.description("a pair of purple pants Question: what is the material of the pants? Answer: cotton", "leak"),
        D.details("elastic at the ankles and a drawstring"),
        title="Women Lilac Solid Joggers",
        category="Track Pants",
        color="Lilac",
    ),
    # photo: back view: man in a white oversized tee with a large black-and-red dragon printed on the back, black
    # cargo pants, grey backdrop.
    # caption: adapter
    case(
        "X420-043",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt with a dragon on the back"),
        D.color("white"),
        print_of("a dragon"),
        D.description("a red t-shirt with a dragon", "contradiction"),
        D.details("a pocket on the front", "unsupported"),
        title="Men White Graphic Printed Oversized T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a red, white and navy horizontally striped short-sleeve tee, denim shorts, white backdrop.
    # caption: adapter
    case(
        "X420-044",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a shorts. The shorts are with denim fabric and pure color patterns. There "
            "is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a striped shirt and denim shorts"),
        D.color("red"),
        D.pattern("striped"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description("he is wearing a red and white striped shirt", "pronoun"),
        title="Women Multicolour Striped Round Neck T-shirt",
        category="Tshirts",
        color="Multi",
        gender="Women",
    ),
    # photo: flat-lay of a grey melange tracksuit (crew-neck sweatshirt and joggers) laid side by side on white.
    # caption: adapter
    case(
        "X420-045",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        color_of("sweatshirt", "grey"),
        color_of("pants", "grey"),
        D.description("a grey sweatshirt and grey pants"),
        D.details("", "non_answer"),
        D.material("grey", "restated"),
        title="Men Grey Melange Solid Tracksuit",
        category="Tracksuits",
        gender="Men",
    ),
    # photo: woman in a black sleeveless square-neck bodycon knee-length dress, no jewellery, against a red wall.
    # caption: adapter
    case(
        "X420-046",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. There is an accessory on her wrist. The lady wears a sleeveless dress with pure color "
            "patterns.",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red dress", "contradiction"),
        D.color("black"),
        D.description("a black dress against a red wall"),
        D.details("she is wearing a necklace", "unsupported"),
        D.sleeve_length("sleeveless"),
        title="Women Black Solid Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
]
