"""BLIND_293 (46 products; US department store women's, men's and kids' apparel, packshots and model shots): written
blind in the forty-third session. Measured blind at 3e625d7 (the session's rules as they stood): 88/114 failures
found (77.2%) and 6/139 correct texts flagged (4.3%). The writer's notes, verbatim:

Scenario: a US department store's catalog feed for women, men and kids: dresses, blouses, sweaters and cardigans,
polos and shirts, jeans, khakis and chinos, pajama sets, and outerwear (puffers, trench and wool coats, rain jackets,
blazers, vests). Photos are either packshots on white (flat lay or ghost mannequin) or model shots on a plain studio
backdrop, a few against a white wall, a brick wall or with a potted plant. Model shots are styled outfits: the
product is worn with other garments (a tee under a blazer, a polo tucked into khakis, a sweater under a vest). Each
row has the seller's title, category, color (vendor shades: Navy, Heather Grey, Camel, Oatmeal, Dark Wash...) and
gender (Women, Men, Girls, Boys, Kids); a few rows miss one column, as real feeds do.

Who wrote what: the job ran the untuned base `Salesforce/blip2-opt-2.7b` with enrich's default questionnaire, and
the caption-only LoRA adapter of the original experiments on some items, as each case's comment says. Base texts are
short and lowercase and stop on their own (never hit_limit). The adapter writes the DeepFashion template ("The lady
wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric ..."), has no end token and
so always runs to its limit (50 new tokens for captions, 30 for answers): every adapter text has hit_limit=True, and
asked a question it returns its template. Closed questions (garment_type, color, pattern, sleeve_length, per-piece
colors, "Is this a ...?") are enrich's `--engine reference` answers chosen from candidate sets: never a loop or cut.

Labeling conventions and judgement calls:
- Shade words are correct for the vendor color: blue for navy, dark wash, indigo, chambray or light wash; grey for
  heather grey or charcoal; red for burgundy; brown or tan for camel; beige for khaki or oatmeal; white for ivory or
  cream; green for olive, emerald or sage; purple for lavender. Navy answered "black" and olive answered "brown"
  are contradictions; yellow answered "orange" is a contradiction.
- A closed or open color that belongs to another garment in the photo (the tucked-in polo, the tee under the
  blazer, the other half of a pajama set, the jeans worn with a sweater) is other_garment_color. The color of a
  print, of polka dots or of a wall given as the garment's color is contradiction.
- Garment synonyms are correct: pants or trousers for khakis and chinos, jacket for a blazer, coat for a puffer,
  raincoat for a rain jacket, sweatshirt for a hoodie, pajamas for a pajama set, polo shirt or shirt for a polo.
  A polo called a t-shirt, a sweater dress called a sweater, wide-leg trousers called a skirt are contradictions.
- Pattern: a striped top's pattern given for the jeans worn with it, pleats given as "striped", hearts given as
  "polka dot" and a Fair Isle yoke given as "striped" are contradictions; a solid cable knit as "solid" is correct.
  A vest answered "long sleeves" (the sweater under it has them) is contradiction.
- Materials: one the title names, one the garment plainly shows (denim, fleece, flannel, quilted nylon), or a
  plausible guess for the garment type (cotton on a pique polo or chinos, wool on a knit sweater or a coat,
  polyester on a performance polo or a puffer) is correct; a material neither named nor plausible from the photo
  (silk on a jersey or pleated poly dress, linen on cotton twill trousers, cashmere on a fine-gauge knit, leather
  on a quilted vest, plastic on a nylon rain jacket) is unsupported.
- Invented details not in the photo (a bow on a back the front view does not show, fur trim on a puffer without
  it, a belt, a slit, ripped knees, a tie, a pocket, a logo, a corduroy collar) are unsupported.
- Adapter texts: repeating a sentence of the template is loop; stopping mid-sentence without repeating is cut; the
  template returned for the material question is restated (even where it names a fabric), although it is also cut.
  An adapter caption that misnames the product itself (a shirt dress as a shirt with short pants) is contradiction
  (hit_limit kept); a wrong fabric or invented accessory before the cut is labelled cut.
- Base answers: a run-on into "Question: ... Answer: ..." is leak even where the first words are right; an empty
  answer, "the details of the cardigan", "the jeans have details", "the material of the garment" and "they are
  short" for the shorts' details are non_answer; a material question answered with the garment's color and name is
  restated; a base answer stopped early ("the blouse is made of") is cut without hit_limit.
- "he" for a woman or a girl and "she" for a man are pronoun. "What is the person wearing?" on a packshot answered
  with the garment ("a pair of pants") is correct.
- Walls, plants and backdrops named in a caption, and other worn garments named with their own colors, are correct.
- The base model's one color for every garment ("a red sweater and red jeans" for blue jeans, "a black vest over a
  black sweater" for a grey one, "black pants" under a black polo) gives a worn piece a color it does not have:
  contradiction. An open answer giving the product the color of another piece ("blue pants" for the grey pajama
  pants of a navy top) is other_garment_color.
- An oxford shirt answered "polo shirt" by the reference engine is contradiction; a shawl collar called a hood, and
  shorts named on a packshot of a polo alone, are unsupported.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question

details_shorts = question("details_shorts", "What are the shorts details?", "open")
neckline = question("neckline", "What is the neckline of the garment?", "open")
print_q = question("print", "What is printed on the garment?", "open")

BLIND_293 = [
    # photo: model in a navy jersey faux-wrap midi dress, three-quarter sleeves, tie waist, plain white wall.
    # no adapter texts
    case(
        "X293-001",
        caption("a woman in a navy blue wrap dress standing against a white wall"),
        D.wearing("a black dress", "contradiction"),
        D.color("blue"),
        D.sleeve_length("three-quarter sleeves"),
        D.details("the dress has a v neck and a tie at the waist"),
        D.material("silk", "unsupported"),
        title="Women's Jersey Faux-Wrap Midi Dress",
        category="Dresses",
        color="Navy",
        gender="Women",
    ),
    # photo: packshot of a heather grey pique polo, ghost mannequin, two-button placket, on white.
    # caption: adapter
    case(
        "X293-002",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is "
            "with cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey polo shirt"),
        D.garment_type("polo shirt"),
        D.color("grey"),
        D.material("cotton"),
        D.details("the shirt has a collar and a pocket on the chest", "unsupported"),
        title="Men's Classic Fit Pique Polo",
        category="Polos",
        color="Heather Grey",
        gender="Men",
    ),
    # photo: flat lay on white of a boys' pajama set: navy long-sleeve top with green and orange dinosaurs, grey
    # jogger pants with small dinosaurs. no adapter texts
    case(
        "X293-003",
        caption("a pair of pajamas with dinosaurs on them"),
        D.wearing("a blue shirt and blue pants", "other_garment_color"),
        color_of("top", "blue"),
        color_of("pants", "blue", "other_garment_color"),
        D.pattern("graphic"),
        D.description("it is a blue shirt with dinosaurs on it and grey pants"),
        print_q("green and orange dinosaurs"),
        title="Boys' 2-Piece Dinosaur Pajama Set",
        category="Pajamas",
        color="Navy",
        gender="Boys",
    ),
    # photo: model in an ivory long-sleeve blouse with ruffle trim at the placket, tucked into black trousers, light
    # grey backdrop. no adapter texts
    case(
        "X293-004",
        caption("a woman wearing a white blouse and black pants"),
        D.wearing("a white shirt and black pants"),
        D.color("black", "other_garment_color"),
        D.garment_type("blouse"),
        D.details("the blouse has ruffles on the front and a bow at the neck", "unsupported"),
        D.material("the blouse is made of", "cut"),
        title="Women's Ruffle-Trim Button Blouse",
        category="Tops",
        color="Ivory",
        gender="Women",
    ),
    # photo: packshot of folded dark wash jeans on white, back pocket and leather patch showing. no adapter texts
    case(
        "X293-005",
        caption("a pair of blue jeans on a white background"),
        D.color("blue"),
        D.description("a pair of jeans", "non_answer"),
        D.details("the jeans have a leather patch on the back and a belt", "unsupported"),
        D.material("denim"),
        title="Men's Slim Straight Jeans",
        category="Jeans",
        color="Dark Wash",
        gender="Men",
    ),
    # photo: model in khaki flat-front pants with a white polo tucked in, brown belt, white sneakers, grey backdrop.
    # no adapter texts
    case(
        "X293-006",
        caption("a man in a white shirt and khaki pants"),
        D.wearing("a white polo shirt and khaki pants"),
        D.color("white", "other_garment_color"),
        color_of("pants", "beige"),
        D.details("he is wearing a brown belt and a watch", "unsupported"),
        D.material("cotton"),
        title="Men's Classic Fit Flat Front Khaki Pants",
        category="Pants",
        color="Khaki",
        gender="Men",
    ),
    # photo: model in a burgundy cable-knit crewneck sweater and blue jeans, white backdrop.
    # caption: adapter
    case(
        "X293-007",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with wool fabric. It has a "
            "round neckline. The lady wears long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red sweater and red jeans", "contradiction"),
        D.color("red"),
        D.pattern("solid"),
        D.description("it is a red sweater with a cable knit pattern"),
        D.material("wool"),
        title="Women's Cable-Knit Crewneck Sweater",
        category="Sweaters",
        color="Burgundy",
        gender="Women",
    ),
    # photo: packshot of a red hooded puffer jacket, front zip, no fur trim, on white. no adapter texts
    case(
        "X293-008",
        caption("a red jacket with a hood on a white background"),
        D.garment_type("jacket"),
        D.color("red"),
        D.details("the jacket has a hood and a zipper and a fur trim", "unsupported"),
        D.material("nylon Question: What is the color of the jacket? Answer: red", "leak"),
        title="Kids' Hooded Puffer Jacket",
        category="Outerwear",
        color="Red",
        gender="Kids",
    ),
    # photo: model in a camel double-breasted belted trench coat, open over a black top and jeans, black ankle boots,
    # beige backdrop. no adapter texts
    case(
        "X293-009",
        caption("a woman in a tan trench coat and black boots"),
        D.wearing("he is wearing a brown coat", "pronoun"),
        D.color("black", "other_garment_color"),
        D.garment_type("coat"),
        D.description("a trench coat Question: What is the color of the coat? Answer: brown", "leak"),
        title="Women's Double-Breasted Belted Trench Coat",
        category="Coats & Jackets",
        color="Camel",
        gender="Women",
    ),
    # photo: packshot of a girls' sleeveless tiered sundress, pink with small white flowers, front view, on white.
    # no adapter texts
    case(
        "X293-010",
        caption("a pink dress with flowers on it"),
        D.wearing("a pink floral dress"),
        D.pattern("floral"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.color("white", "contradiction"),
        D.details("the dress has a bow on the back", "unsupported"),
        title="Girls' Floral Tiered Sundress",
        category="Dresses",
        color="Pink Multi",
        gender="Girls",
    ),
    # photo: packshot of a boys' navy and white striped short-sleeve polo, on white.
    # caption and details: adapter
    case(
        "X293-011",
        caption(
            "The gentleman wears a short-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a short-sleeve shirt with striped patterns. The shirt is with "
            "cotton fabric",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue and white striped shirt and blue shorts", "unsupported"),
        D.garment_type("polo shirt"),
        D.pattern("striped"),
        D.details(
            "The shirt is with cotton fabric and striped patterns. It has a lapel neckline. The shirt is with cotton "
            "fabric and striped patterns. It",
            "loop",
            hit_limit=True,
        ),
        title="Boys' Striped Short-Sleeve Polo",
        category="Polos",
        color="Navy/White",
        gender="Boys",
    ),
    # photo: model in light wash high-rise skinny jeans (no rips) with a white tee tucked in, white backdrop.
    # no adapter texts
    case(
        "X293-012",
        caption("a woman in a white t-shirt and blue jeans"),
        D.wearing("he is wearing a white shirt and jeans", "pronoun"),
        D.color("white", "other_garment_color"),
        color_of("jeans", "blue"),
        D.details("the jeans have ripped knees", "unsupported"),
        D.material("denim"),
        title="Women's High-Rise Skinny Jeans",
        category="Jeans",
        color="Light Wash",
        gender="Women",
    ),
    # photo: model in a navy quarter-zip pullover sweater over khaki pants, grey backdrop. no adapter texts
    case(
        "X293-013",
        caption("a man wearing a blue sweater and blue pants", "contradiction"),
        D.wearing("a navy sweater"),
        D.color("blue"),
        D.details("the sweater has a zipper at the neck"),
        D.material("a navy blue sweater", "restated"),
        title="Men's Quarter-Zip Pullover Sweater",
        category="Sweaters",
        color="Navy",
        gender="Men",
    ),
    # photo: model in a red plaid flannel pajama set (notch-collar button shirt and long pants), white backdrop.
    # caption and description: adapter
    case(
        "X293-014",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady wears long trousers. The trousers are with cotton fabric and lattice patterns. There "
            "is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("pajamas"),
        D.pattern("plaid"),
        D.description(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady",
            "restated",
            hit_limit=True,
        ),
        title="Women's Flannel Plaid Pajama Set",
        category="Sleepwear",
        color="Red Plaid",
        gender="Women",
    ),
    # photo: model in a medium wash denim trucker jacket over a grey hoodie, dark pants, white backdrop.
    # no adapter texts
    case(
        "X293-015",
        caption("a man wearing a denim jacket and a grey hoodie"),
        D.wearing("a denim jacket and a blue hoodie", "contradiction"),
        D.color("grey", "other_garment_color"),
        D.details("the jacket has two chest pockets and buttons"),
        D.material("the jacket is made of denim"),
        title="Men's Classic Denim Trucker Jacket",
        category="Outerwear",
        color="Medium Wash",
        gender="Men",
    ),
    # photo: model in a blue and white floral maxi dress, flutter sleeves, no belt, no slit, in front of a red brick
    # wall. no adapter texts
    case(
        "X293-016",
        caption("a woman in a floral dress standing in front of a brick wall"),
        D.wearing("a blue and white floral dress"),
        D.color("red", "contradiction"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details("the dress has a slit on the side and a belt", "unsupported"),
        title="Women's Floral Print Maxi Dress",
        category="Dresses",
        color="Blue Floral",
        gender="Women",
    ),
    # photo: packshot of a charcoal shawl-collar cardigan, five buttons, on white. no adapter texts
    case(
        "X293-017",
        caption("a grey cardigan with a hood and buttons", "unsupported"),
        D.garment_type("cardigan"),
        D.color("grey"),
        D.description("the cardigan is grey with a shawl collar and buttons down the front"),
        D.details("the details of the cardigan", "non_answer"),
        D.material("wool"),
        title="Men's Shawl-Collar Cardigan",
        category="Sweaters",
        color="Charcoal",
        gender="Men",
    ),
    # photo: packshot of a lavender puffer coat, hood with faux-fur trim, zip and snap placket, on white.
    # no adapter texts
    case(
        "X293-018",
        caption("a purple coat with a fur hood"),
        D.wearing("a purple jacket with a fur hood"),
        D.garment_type("coat"),
        D.color("purple"),
        D.details("the coat has a zipper and snaps and a belt", "unsupported"),
        title="Girls' Faux-Fur Trim Hooded Puffer Coat",
        category="Outerwear",
        color="Lavender",
        gender="Girls",
    ),
    # photo: model in an emerald satin button-front blouse, long sleeves, with a black midi skirt, grey backdrop.
    # caption and material: adapter
    case(
        "X293-019",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "lapel neckline. The lady wears a long skirt. The skirt is with cotton fabric and pure color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a green shirt and a black skirt", "pronoun"),
        D.color("green"),
        D.garment_type("blouse"),
        D.details("the blouse has buttons and a bow at the neck", "unsupported"),
        D.material(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "lapel neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women's Satin Button-Front Blouse",
        category="Tops",
        color="Emerald",
        gender="Women",
    ),
    # photo: packshot of olive slim chino pants, folded, on white. no adapter texts
    case(
        "X293-020",
        caption("a pair of green pants on a white background"),
        D.color("brown", "contradiction"),
        is_a("pair of jeans", "no"),
        D.details("the pants have pockets and a drawstring", "unsupported"),
        D.material("cotton"),
        title="Men's Slim Fit Stretch Chino Pants",
        category="Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: model in an oatmeal ribbed turtleneck sweater dress, knee length, brown knee boots, white backdrop.
    # no adapter texts
    case(
        "X293-021",
        caption("a woman in a beige sweater dress and brown boots"),
        D.wearing("a sweater dress"),
        D.garment_type("sweater", "contradiction"),
        D.color("beige"),
        D.details("the dress has a high neck and a zipper on the back", "unsupported"),
        title="Women's Ribbed Turtleneck Sweater Dress",
        category="Dresses",
        color="Oatmeal",
        gender="Women",
    ),
    # photo: flat lay on white of a boys' short pajama set: red tee with a superhero graphic, navy shorts.
    # no adapter texts
    case(
        "X293-022",
        caption("a red t-shirt and blue shorts with spiderman on it"),
        D.wearing("pajamas"),
        color_of("shirt", "red"),
        color_of("shorts", "red", "other_garment_color"),
        D.pattern("graphic"),
        D.description("a red shirt and blue shorts Question: What is the color of the shorts? Answer: blue", "leak"),
        details_shorts("they are short", "non_answer"),
        title="Boys' 2-Piece Short Pajama Set",
        category="Pajamas",
        color="Red/Navy",
        gender="Boys",
    ),
    # photo: model in a black quilted puffer vest over a grey turtleneck sweater and blue jeans, white backdrop.
    # no adapter texts
    case(
        "X293-023",
        caption("a woman wearing a black vest and a grey sweater"),
        D.wearing("she is wearing a black vest over a black sweater", "contradiction"),
        D.garment_type("vest"),
        D.color("black"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("leather", "unsupported"),
        title="Women's Quilted Puffer Vest",
        category="Outerwear",
        color="Black",
        gender="Women",
    ),
    # photo: model in a charcoal wool-blend single-breasted overcoat over a white shirt and dark trousers, grey
    # backdrop. caption: adapter
    case(
        "X293-024",
        caption(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with wool fabric. It has a "
            "lapel neckline. The gentleman wears a long-sleeve coat with pure color patterns. The coat is with wool "
            "fabric.",
            "loop",
            hit_limit=True,
        ),
        D.wearing("she is wearing a grey coat", "pronoun"),
        D.color("grey"),
        D.details("the coat has buttons and a belt", "unsupported"),
        D.material("wool"),
        title="Men's Wool-Blend Overcoat",
        category="Coats & Jackets",
        color="Charcoal",
        gender="Men",
    ),
    # photo: packshot of a white short-sleeve pique polo, ghost mannequin, on white. no adapter texts
    case(
        "X293-025",
        caption("a white polo shirt on a white background"),
        D.garment_type("t-shirt", "contradiction"),
        D.color("white"),
        is_a("polo shirt", "yes"),
        D.description("", "non_answer"),
        title="Women's Short-Sleeve Pique Polo",
        category="Tops",
        color="Bright White",
        gender="Women",
    ),
    # photo: boy in a heather grey fleece full-zip hoodie, blue jeans, white backdrop. no adapter texts
    case(
        "X293-026",
        caption("a young boy wearing a grey hoodie and jeans"),
        D.wearing("a grey sweatshirt and blue jeans"),
        D.color("blue", "other_garment_color"),
        D.details("the hoodie has a zipper and a logo on the chest", "unsupported"),
        D.material("fleece"),
        title="Boys' Fleece Full-Zip Hoodie",
        category="Outerwear",
        color="Heather Grey",
        gender="Boys",
    ),
    # photo: model in a light blue chambray long-sleeve shirt dress, knee length, brown belt, plain white wall.
    # caption and details: adapter
    case(
        "X293-027",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The lady wears short pants. The pants are with denim fabric and pure color patterns. "
            "There is a belt",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue shirt dress with a belt"),
        D.color("blue"),
        D.details(
            "The dress is with denim fabric and pure color patterns. It has a lapel neckline. The dress is with denim "
            "fabric and",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Women's Chambray Belted Shirt Dress",
        category="Dresses",
        color="Light Blue",
        gender="Women",
    ),
    # photo: model in a light blue oxford button-down shirt, untucked, navy chinos, no tie, grey backdrop.
    # no adapter texts
    case(
        "X293-028",
        caption("a man in a blue shirt and blue pants"),
        D.wearing("a blue shirt and navy pants"),
        D.color("blue"),
        D.garment_type("polo shirt", "contradiction"),
        D.details("the shirt has a button down collar and a pocket on the chest and a tie", "unsupported"),
        title="Men's Slim Fit Oxford Button-Down Shirt",
        category="Shirts",
        color="Light Blue",
        gender="Men",
    ),
    # photo: model in khaki cotton-twill high-rise wide-leg trousers with a black tank top, white backdrop.
    # no adapter texts
    case(
        "X293-029",
        caption("a woman in a black top and tan pants"),
        D.wearing("a black tank top and a long skirt", "contradiction"),
        D.color("black", "other_garment_color"),
        color_of("pants", "beige"),
        D.garment_type("pants"),
        D.material("linen", "unsupported"),
        title="Women's High-Rise Wide-Leg Cotton Twill Trousers",
        category="Pants",
        color="Khaki",
        gender="Women",
    ),
    # photo: model in a men's pajama set: heather grey crew tee and navy plaid pants, white backdrop.
    # no adapter texts; the row has no color
    case(
        "X293-030",
        caption("a man in a grey shirt and plaid pajama pants"),
        D.wearing("she is wearing pajamas", "pronoun"),
        color_of("shirt", "grey"),
        color_of("pants", "grey", "other_garment_color"),
        D.pattern("plaid"),
        D.description("a pair of pajamas with a shirt and pants Question: Describe the pants. Answer: plaid", "leak"),
        title="Men's 2-Piece Knit Tee & Plaid Pant Pajama Set",
        category="Sleepwear",
        gender="Men",
    ),
    # photo: model in a white short-sleeve peasant blouse with white embroidery at the neckline and sleeves, denim
    # shorts, white wall. caption: adapter
    case(
        "X293-031",
        caption(
            "This lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a short pants. The pants are with denim fabric and pure color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white blouse and denim shorts"),
        D.color("white"),
        D.sleeve_length("short sleeves"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a v-shape neckline. There is an "
            "accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Women's Embroidered Peasant Blouse",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: packshot of a black fine-gauge turtleneck sweater, ghost mannequin, on white. no adapter texts
    case(
        "X293-032",
        caption("a black turtleneck sweater"),
        D.color("black"),
        D.description("it is a black turtleneck sweater with a zipper on the back", "unsupported"),
        neckline("turtleneck"),
        D.material("cashmere", "unsupported"),
        title="Women's Fine-Gauge Turtleneck Sweater",
        category="Sweaters",
        color="Black",
        gender="Women",
    ),
    # photo: packshot of boys' khaki flat-front uniform pants, belt loops, on white. no adapter texts
    case(
        "X293-033",
        caption("a pair of khaki pants and a belt on a white background", "unsupported"),
        D.wearing("a pair of pants"),
        D.garment_type("pants"),
        D.color("beige"),
        D.details("the pants have pockets and belt loops"),
        title="Boys' Flat-Front Uniform Pants",
        category="Pants",
        color="Khaki",
        gender="Boys",
    ),
    # photo: model in dark indigo bootcut jeans with a navy and white striped long-sleeve top, white backdrop.
    # no adapter texts
    case(
        "X293-034",
        caption("a woman in a striped shirt and jeans"),
        D.wearing("he is wearing a striped shirt and blue jeans", "pronoun"),
        D.pattern("striped", "contradiction"),
        D.color("blue"),
        D.details("the jeans have details", "non_answer"),
        D.material("denim"),
        title="Women's Mid-Rise Bootcut Jeans",
        category="Jeans",
        color="Dark Indigo",
        gender="Women",
    ),
    # photo: model in a yellow hooded rain jacket, hood up, dark pants, grey backdrop. no adapter texts
    case(
        "X293-035",
        caption("a man in a yellow raincoat"),
        D.wearing("a yellow rain coat and yellow pants", "contradiction"),
        D.color("orange", "contradiction"),
        D.details("the jacket has a hood and a zipper"),
        D.material("plastic", "unsupported"),
        title="Men's Packable Hooded Rain Jacket",
        category="Outerwear",
        color="Yellow",
        gender="Men",
    ),
    # photo: flat lay on white of a pink fleece pajama set (long-sleeve top and pants) with small red hearts.
    # caption and material: adapter
    case(
        "X293-036",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton "
            "fabric.",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink shirt and pink pants with hearts"),
        D.garment_type("pajamas"),
        D.pattern("polka dot", "contradiction"),
        D.color("pink"),
        D.material(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "round neckline.",
            "restated",
            hit_limit=True,
        ),
        title="Women's Fleece Heart Print Pajama Set",
        category="Sleepwear",
        color="Pink",
        gender="Women",
    ),
    # photo: girl in a navy dress with white polka dots, short sleeves, tiered ruffle hem, no pockets, white
    # sneakers, white backdrop. no adapter texts
    case(
        "X293-037",
        caption("a little girl in a blue polka dot dress"),
        D.wearing("he is wearing a blue dress", "pronoun"),
        D.color("white", "contradiction"),
        D.pattern("polka dot"),
        D.sleeve_length("short sleeves"),
        D.details("the dress has a ruffled hem and a pocket", "unsupported"),
        title="Girls' Polka-Dot Tiered Dress",
        category="Dresses",
        color="Navy",
        gender="Girls",
    ),
    # photo: model in a cream crewneck sweater with a blue and red Fair Isle yoke, grey pants, grey backdrop.
    # no adapter texts
    case(
        "X293-038",
        caption("a man wearing a white sweater with a pattern"),
        D.wearing("a sweater Question: What is the pattern of the sweater? Answer: fair isle", "leak"),
        D.pattern("striped", "contradiction"),
        D.color("white"),
        D.description("a white sweater with a blue and red design on the chest"),
        D.material("wool"),
        title="Men's Fair Isle Crewneck Sweater",
        category="Sweaters",
        color="Cream Multi",
        gender="Men",
    ),
    # photo: packshot of an olive diamond-quilted jacket, self-fabric collar, snap front, on white.
    # caption and details: adapter
    case(
        "X293-039",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. The outer clothing is with cotton fabric and pure color patterns. There is an accessory "
            "on her",
            "cut",
            hit_limit=True,
        ),
        D.color("green"),
        D.description("a green jacket with a quilted pattern and a corduroy collar", "unsupported"),
        D.details(
            "The jacket is with cotton fabric and pure color patterns. It has a lapel neckline. The jacket is with "
            "cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline.",
            "restated",
            hit_limit=True,
        ),
        title="Women's Diamond-Quilted Jacket",
        category="Coats & Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a black performance polo with no logo, grey pants, grey backdrop. no adapter texts
    case(
        "X293-040",
        caption("a man in a black polo shirt and black pants", "contradiction"),
        D.wearing("a black shirt"),
        D.color("grey", "other_garment_color"),
        D.details("the shirt has a logo on the chest", "unsupported"),
        D.material("polyester"),
        title="Men's Performance Golf Polo",
        category="Polos",
        color="Black",
        gender="Men",
    ),
    # photo: model in a sage green pleated midi dress, short sleeves, white wall with a potted plant beside her.
    # no adapter texts
    case(
        "X293-041",
        caption("a woman in a green dress standing next to a plant"),
        D.wearing("a green pleated dress"),
        D.color("green"),
        D.pattern("striped", "contradiction"),
        D.material("silk", "unsupported"),
        title="Women's Pleated Midi Dress",
        category="Dresses",
        color="Sage",
        gender="Women",
    ),
    # photo: flat lay on white of a toddler pajama set: pink tee with a unicorn, purple pants with white stars.
    # no adapter texts; the row has no gender
    case(
        "X293-042",
        caption("a pink shirt with a unicorn on it and purple pants"),
        color_of("shirt", "pink"),
        color_of("pants", "pink", "other_garment_color"),
        D.description("a unicorn pajama set for girls"),
        D.details("the shirt has a unicorn on it and the pants have stars"),
        print_q("a unicorn and a rainbow", "unsupported"),
        title="Toddler Girls' 2-Piece Unicorn Pajama Set",
        category="Pajamas",
        color="Pink",
    ),
    # photo: model in black straight-fit jeans with a white crew tee, white wall.
    # caption and material: adapter
    case(
        "X293-043",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears long trousers. The trousers are with denim fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and black jeans"),
        D.color("black"),
        color_of("jeans", "blue", "contradiction"),
        D.material(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a",
            "restated",
            hit_limit=True,
        ),
        title="Men's Straight Fit Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: model in a cream cardigan with pearl buttons, open over a white cami, blue jeans, white backdrop.
    # no adapter texts
    case(
        "X293-044",
        caption("a woman wearing a white cardigan and blue jeans"),
        D.color("blue", "other_garment_color"),
        D.description("a cardigan", "non_answer"),
        D.details("the cardigan has pearl buttons and a pocket", "unsupported"),
        D.material("a white cardigan", "restated"),
        title="Women's Pearl-Button Cardigan",
        category="Sweaters",
        color="Cream",
        gender="Women",
    ),
    # photo: model in a navy double-breasted blazer with gold buttons over a white tee, white trousers, grey
    # backdrop. no adapter texts; the row has no category
    case(
        "X293-045",
        caption("a woman in a blue blazer and white shirt"),
        D.wearing("a navy blazer and a white t-shirt"),
        D.color("black", "contradiction"),
        D.garment_type("jacket"),
        D.details("the blazer has gold buttons"),
        D.material("the material of the garment", "non_answer"),
        title="Women's Double-Breasted Blazer",
        color="Navy",
        gender="Women",
    ),
    # photo: packshot of a black hooded puffer jacket, zip front, two zip pockets, on white. no adapter texts
    case(
        "X293-046",
        caption("a black puffer jacket with a hood"),
        D.garment_type("coat"),
        D.color("black"),
        D.details("the jacket has a zipper and a fur hood", "unsupported"),
        D.description("a black jacket Question: What is the material of the jacket? Answer: nylon", "leak"),
        title="Men's Hooded Puffer Jacket",
        category="Outerwear",
        color="Black",
        gender="Men",
    ),
]
