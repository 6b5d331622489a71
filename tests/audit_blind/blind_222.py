"""BLIND_222 (46 products; a random night of a general men's, women's and kids' apparel feed): written blind in the
fortieth session. Measured blind at e458945 (the session's rules as they stood): 89/112 failures found (79.5%) and
7/136 correct texts flagged (5.1%). The writer's notes, verbatim:

Scenario: a random sample of one nightly enrich run over a large Myntra-like English feed: men's, women's and kids'
apparel of every kind (tees, polos, shirts, jeans, chinos, joggers, kurtas and kurta sets, sarees, dresses, jackets,
hoodies, sweaters, innerwear and night suits, swimwear, sportswear, infant rompers), shot on models in studios, streets,
gyms, gardens and bedrooms, or laid flat on white, wood or concrete. Many photos show more than one garment (the
product and what it is styled with), props (belts, blankets, garlands) and coloured walls. Each product has the
seller's title, category, color and gender; three rows miss a column (two no gender, one no color), as real
feeds do.

Who wrote what: captions come either from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in a
grey hoodie", with the OPT spacing "t - shirt") or from the caption-only LoRA adapter of the experiments (the
DeepFashion template: "The gentleman wears a short-sleeve T-shirt with pure color patterns ..." or "The upper clothing
has short sleeves, cotton fabric and ..."). The adapter was trained without an end-of-answer token, so each adapter
text runs to its limit (50 new tokens for a caption, 30 for an answer), carries hit_limit=True and, asked a question,
returns its template. Open answers (wearing, description, details, material, the set's own printed/count/neckline
questions) come from the base model unless the comment above the case says the adapter answered them; the base
model stops on its own and never carries hit_limit. Closed answers (garment_type, color, pattern, sleeve_length, the
per-piece "What is the color of the ...?" and the yes/no "Is this a ...?") come from enrich's `--engine reference`,
chosen from candidate sets: they are never loops or cuts, only right or wrong values.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, red for maroon, green for olive, teal or emerald,
  purple for lavender, pink for peach, white for off white, yellow for mustard (in an open answer), grey or gray for
  charcoal and grey melange. Mustard as "orange" (closed), charcoal or navy as "black", beige as "brown", nude as
  "white" and grey melange as "black" are contradiction.
- The color of another garment in the photo (the tee under the jacket, the top over the pants, the other half of a
  set) given for the product is other_garment_color. The color of a wall, a blanket, a hedge or a print motif given as
  the garment's color is contradiction (it is no garment's color); so is a whole outfit named as one piece (top and
  palazzos as "an orange jumpsuit", a kurta with palazzos as "a red and white dress"), a wrong yes to "Is this a
  dress/skirt?", chinos as "jeans" and a round neck as "v-neck". A kurti worn over jeans called "a pink dress and
  jeans" names both pieces and is correct.
- Synonyms are correct: tee/t-shirt/shirt for a tee in an open answer, tank top for a vest, plaid for checked,
  cardigan for a shrug, hoodie for a hooded sweatshirt, pajamas for a night suit, onesie for a romper, vest for a
  Nehru jacket, dress for an anarkali or a kid's lehenga, swim trunks for swim shorts, leggings for tights, khaki
  pants for beige chinos, scarf for a dupatta. A colour of the wall or props named as the wall's ("in front of a pink
  wall") is correct.
- Rolled-up long sleeves answered "short sleeves" is contradiction (the product has long sleeves).
- Materials: one the title names is correct; a plausible guess matching what the fabric looks like (cotton on a tee,
  denim on jeans, wool on a knit, polyester on a training tee or swim shorts, nylon on a bomber) is correct; a fabric
  neither named nor visible (silk on cotton or embroidered georgette-look kurtas, lace on a smooth t-shirt bra,
  leather on a quilted puffer) is unsupported.
- Invented items or parts not in the photo (a tie, a hood on a bomber, a zip on a pullover, shorts on a waist-up shot,
  a shirt on a shirtless model, pockets and buttons on an open cardigan, embroidery on a plain kurta) are unsupported.
  Background marigolds read as flowers on a lehenga are unsupported too, and so are a brand ("nike logo"), a fur
  trim, a necklace, a bow, a belt, mirror work or a hole in the knee that the photo does not show.
- A pack of three answered "a pair of briefs", or a pack of two "a pair of blue shorts", is contradiction (count
  against the title).
- Non-answers: an empty answer, "nothing" for a flat-lay, "the details of the vest", "they are short" for the shorts'
  details. Restated: a material or details question answered only with the garment's name or color.
- Base answers that run on into "Question: ... Answer: ..." are leak, even when the first words are right. A base
  answer stopped early ("it is made of", "it has a round neck and") is cut, without hit_limit; one that stops
  after "and Question: what" is leak (the leak is what the auditor sees first).
- "a man"/"he" for a woman, "she" or "a young girl" for a boy, "a baby girl" for a boys' romper are pronoun.
- Adapter texts: one that repeats a sentence of its template is loop; one that ends mid-sentence without repeating is
  cut; its template for the material question is restated (also cut, but the question is not answered). Where the
  template misnames the garment (a saree as a long dress, a Nehru jacket as a tank top) it is contradiction, with
  hit_limit kept. Its template for "What is the person wearing?" or "Describe the garment." does answer: cut or loop.
- Multi-colour packs: the reference engine's color naming one of the pack's colors is correct.
- The adapter calls a boy "the gentleman" and a girl "the lady": its template, not a pronoun error; those texts
  are labelled for their loop or cut.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

printed = question("printed", "What is printed on the garment?", "open")
count = question("count", "How many pieces are in the pack?", "open")
neckline = question("neckline", "What is the neckline of the garment?", "open")

BLIND_222 = [
    # photo: man in a navy blue polo t-shirt with white tipping on collar and sleeve hems, beige chinos, white studio
    # backdrop, front view, full length.
    # caption: adapter
    case(
        "X222-001",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric and "
            "its neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The gentleman wears a short-sleeve T",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a navy blue polo shirt and khaki pants"),
        D.color("blue"),
        D.details("white stripes on the collar"),
        color_of("pants", "blue", "other_garment_color"),
        title="Men Navy Blue Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in black high-rise skinny jeans with a white crop top tucked in, white sneakers, grey backdrop,
    # full length.
    case(
        "X222-002",
        caption("a woman in black jeans and a white top"),
        D.wearing("black jeans and a white shirt"),
        color_of("jeans", "white", "other_garment_color"),
        details("jeans", "they are skinny jeans"),
        D.material("denim"),
        title="Women Black Skinny Fit High-Rise Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: flat-lay: men's white formal shirt, folded, chest pocket, on a light wood table, a brown leather belt
    # coiled beside it.
    case(
        "X222-003",
        caption("a white shirt on a wooden table with a belt"),
        D.color("white"),
        D.details("it has a pocket on the chest and a tie", "unsupported"),
        B.sleeve_length("long sleeves"),
        D.material("silk", "unsupported"),
        title="Men White Slim Fit Solid Pure Cotton Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a maroon straight kurta with a gold foil ethnic-motif print, white palazzos, beige wall behind,
    # front view.
    # caption: adapter
    case(
        "X222-004",
        caption(
            "The upper clothing has long sleeves, cotton fabric and graphic patterns. The neckline of it is round. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red kurta and white pants"),
        color_of("kurta", "red"),
        color_of("pants", "white"),
        D.pattern("floral", "contradiction"),
        D.description("a red and white dress", "contradiction"),
        title="Women Maroon Ethnic Motifs Printed Straight Kurta with Palazzos",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: woman in a red saree with a wide golden zari border, pallu over the left shoulder, red blouse, plain
    # cream studio backdrop.
    # description: adapter
    case(
        "X222-005",
        caption("a woman in a red sari"),
        D.wearing("a red and gold sari"),
        D.description(
            "The lady wears a long dress with graphic patterns. The dress is with chiffon fabric. It has a V-shape "
            "neckline. The lady",
            "contradiction",
            hit_limit=True,
        ),
        D.material("silk"),
        is_a("dress", "yes", "contradiction"),
        title="Women Red & Gold-Toned Zari Woven Art Silk Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: flat-lay: boys' yellow crew-neck t-shirt with a green cartoon dinosaur printed on the chest, white
    # background.
    case(
        "X222-006",
        caption("a yellow t - shirt with a dinosaur on it"),
        D.wearing(
            "a yellow t - shirt with a dinosaur on it Question: what is the color of the t - shirt? Answer: yellow",
            "leak",
        ),
        D.color("green", "contradiction"),
        printed("a dinosaur"),
        B.sleeve_length("short sleeves"),
        title="Boys Yellow Graphic Printed Cotton T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Boys",
    ),
    # photo: girl of about five in a pink cotton A-line frock with white polka dots and puff sleeves, white sandals,
    # white wall behind.
    # caption: adapter
    case(
        "X222-007",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has "
            "a round "
            "neckline. The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It "
            "has a",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink dress with white polka dots", who="the girl"),
        D.pattern("polka dot"),
        describe("dress", "a pink dress with white dots and a bow", "unsupported"),
        title="Girls Pink Polka Dot Print Cotton A-Line Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: man in an olive green bomber jacket worn open over a white crew tee, black jeans, grey backdrop.
    case(
        "X222-008",
        caption("a man in a green jacket and black jeans"),
        color_of("jacket", "green"),
        D.color("white", "other_garment_color"),
        D.details("it has a zipper and a hood", "unsupported"),
        D.material("nylon"),
        B.sleeve_length("long sleeves"),
        title="Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: man in mid-blue faded slim jeans and a grey crew tee, cropped from the chest down, white backdrop.
    # caption: adapter
    case(
        "X222-009",
        caption(
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. The upper "
            "clothing has short sleeves, cotton fabric and pure color patterns. The neckline of it is round. This "
            "gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("blue jeans and a grey shirt"),
        color_of("jeans", "grey", "other_garment_color"),
        details("jeans", "they have a hole in the knee", "unsupported"),
        is_a("pair of jeans", "yes"),
        title="Men Blue Slim Fit Mid-Rise Light Fade Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a sleeveless navy maxi dress with white and pink flowers, standing in a garden before a green
    # hedge.
    case(
        "X222-010",
        caption("a woman in a blue floral dress standing in a garden"),
        D.wearing("a green dress", "contradiction"),
        D.color("blue"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("it has white and pink flowers"),
        title="Women Navy Blue Floral Print Maxi Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in grey melange joggers with a black side stripe, untucked black tee, white sneakers, mid-stride
    # jogging pose, white backdrop.
    case(
        "X222-011",
        caption("a man in grey sweatpants and a black t - shirt"),
        color_of("pants", "black", "other_garment_color"),
        details("pants", "they have a black stripe on the side"),
        D.material("", "non_answer"),
        title="Men Grey Melange Solid Slim Fit Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in a black training tee with a small reflective logo on the chest, running on a treadmill in a gym,
    # photo cropped at the waist.
    case(
        "X222-012",
        caption("a man running on a treadmill in a gym"),
        D.wearing("a black shirt and shorts", "unsupported"),
        D.color("black"),
        D.description("", "non_answer"),
        D.details("it has a nike logo on the chest", "unsupported"),
        D.material("polyester"),
        title="Men Black Solid Rapid-Dry Training T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in black high-rise training tights and a purple sports bra, stretching on a yoga mat, wooden floor
    # studio, side view.
    # caption: adapter
    case(
        "X222-013",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a square "
            "neckline. The lady wears a leggings. The leggings are with cotton fabric and pure color patterns. There "
            "is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple top and black leggings"),
        color_of("leggings", "black"),
        D.color("purple", "other_garment_color"),
        details("leggings", "they have a pocket on the side", "unsupported"),
        title="Women Black Solid High-Rise Training Tights",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: flat-lay: three men's briefs (navy, grey, black) laid in a row on white.
    # details: adapter
    case(
        "X222-014",
        caption("three pairs of underwear on a white background"),
        D.wearing("nothing", "non_answer"),
        D.garment_type("briefs"),
        D.description("a pair of briefs", "contradiction"),
        D.details(
            "The gentleman wears a short pants. The pants are with cotton fabric and pure color patterns. The "
            "gentleman wears a short pants. The",
            "loop",
            hit_limit=True,
        ),
        count("three"),
        title="Men Pack of 3 Solid Cotton Briefs",
        category="Briefs",
        color="Multi",
        gender="Men",
    ),
    # photo: nude beige lightly padded t-shirt bra on a mannequin torso, plain white background.
    case(
        "X222-015",
        caption("a beige bra on a mannequin"),
        D.wearing("a bra"),
        D.color("white", "contradiction"),
        D.details("it has padded cups and adjustable straps"),
        D.material("lace", "unsupported"),
        title="Women Nude-Coloured Solid Non-Wired Lightly Padded T-shirt Bra",
        category="Bra",
        color="Nude",
        gender="Women",
    ),
    # photo: man in a white sleeveless ribbed cotton innerwear vest and blue jeans, grey backdrop, waist up.
    case(
        "X222-016",
        caption("a man in a white tank top and jeans"),
        D.wearing(
            "a white tank top and blue jeans Question: what is the color of the jeans? Answer: blue",
            "leak",
        ),
        D.garment_type("vest"),
        details("vest", "the details of the vest", "non_answer"),
        is_a("t-shirt", "no"),
        title="Men White Solid Pure Cotton Innerwear Vest",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: man in a red and black buffalo check flannel shirt, sleeves rolled to the elbows, open over a black tee,
    # jeans, red brick wall behind.
    # caption, details: adapter
    case(
        "X222-017",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red and black plaid shirt"),
        color_of("shirt", "red"),
        D.pattern("checked"),
        B.sleeve_length("short sleeves", "contradiction"),
        D.details(
            "The shirt is with cotton fabric and its neckline is lapel. The gentleman wears a long pants. The "
            "pants are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        title="Men Red & Black Buffalo Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: woman seated on a white stool in a mustard yellow top with ruffled sleeves and black trousers, white
    # backdrop.
    case(
        "X222-018",
        caption("a woman sitting on a stool in a yellow top"),
        D.wearing("a yellow blouse and black pants"),
        color_of("top", "orange", "contradiction"),
        D.details("it has ruffles on the sleeves"),
        D.material("the top is yellow", "restated"),
        D.description("a yellow top with ruffles and a black belt", "unsupported"),
        title="Women Mustard Yellow Ruffled Regular Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in a plain navy knee-length kurta with a button placket and white churidar, standing by a carved
    # wooden door.
    case(
        "X222-019",
        caption("a man in a blue kurta standing in front of a door"),
        D.wearing("a blue kurta and white pants"),
        color_of("kurta", "blue"),
        color_of("pyjama", "blue", "other_garment_color"),
        D.details("it has buttons on the front and embroidery on the collar", "unsupported"),
        D.material("the kurta is blue", "restated"),
        title="Men Navy Blue Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a white tee with navy horizontal stripes, round neck, blue jeans, white backdrop, waist up.
    case(
        "X222-020",
        caption("a man wearing a striped shirt and jeans", "pronoun"),
        D.wearing("a striped shirt and blue jeans"),
        D.pattern("striped"),
        D.details("it has navy blue stripes"),
        neckline("v-neck", "contradiction"),
        title="Women White & Navy Blue Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: boy of about eight in blue washed denim shorts and a white tee with a red print, white sneakers, in a
    # park with trees.
    case(
        "X222-021",
        caption("a young girl standing in a park", "pronoun"),
        wearing("a white shirt and blue shorts", who="the boy"),
        color_of("shorts", "white", "other_garment_color"),
        details("shorts", "they are short", "non_answer"),
        D.material("denim"),
        title="Boys Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # photo: flat-lay: two girls' leggings, one pink and one grey, side by side on white.
    # description: adapter
    case(
        "X222-022",
        caption("two pairs of leggings on a white background"),
        D.wearing("pink and grey leggings"),
        D.color("pink"),
        D.description(
            "The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. The lady "
            "wears a long leggings. The leggings are",
            "loop",
            hit_limit=True,
        ),
        D.details("they have an elastic waistband and Question: what", "leak"),
        title="Girls Pack of 2 Solid Cotton Leggings",
        category="Leggings",
        color="Pink & Grey",
    ),
    # photo: woman in a light blue washed denim jacket with two flap chest pockets over a white cotton midi dress,
    # brown sling bag, city street.
    # caption: adapter
    case(
        "X222-023",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It has a "
            "lapel neckline. The lady wears a long dress. The dress is with cotton fabric and pure color patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a denim jacket and a white dress"),
        color_of("jacket", "blue"),
        D.color("white", "other_garment_color"),
        D.details("it has buttons and two pockets on the chest"),
        title="Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a charcoal grey pullover hoodie with a kangaroo pocket, hood down, black joggers, white backdrop.
    case(
        "X222-024",
        caption("a man in a grey hoodie"),
        D.color("black", "contradiction"),
        D.garment_type("sweatshirt"),
        D.description("a grey hoodie with a zip", "unsupported"),
        D.details("it has a hood and a pocket in the front"),
        D.material("a grey hoodie", "restated"),
        title="Men Charcoal Grey Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in an off-white flared anarkali kurta with gold embroidery at the yoke, matching churidar and a
    # sheer off-white dupatta, pale pink backdrop.
    case(
        "X222-025",
        caption("a woman in a white dress with a pink background"),
        wearing("a white dress and a scarf", who="she"),
        color_of("kurta", "white"),
        color_of("dupatta", "pink", "contradiction"),
        D.details("gold embroidery on the neck"),
        D.material("silk", "unsupported"),
        title="Women Off White Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: man in beige slim chinos, light blue oxford shirt tucked in, brown belt and loafers, white backdrop, full
    # length.
    # details: adapter
    case(
        "X222-026",
        caption("a man in a blue shirt and khaki pants"),
        D.wearing("a blue shirt and brown pants", "contradiction"),
        color_of("pants", "blue", "other_garment_color"),
        D.garment_type("jeans", "contradiction"),
        details(
            "pants",
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper "
            "clothing has long sleeves, cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        title="Men Beige Slim Fit Solid Chinos",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: woman in an emerald green satin wrap midi dress with short flutter sleeves and a waist tie, standing
    # before a pink painted wall with a potted plant.
    case(
        "X222-027",
        caption("a woman in a green dress standing in front of a pink wall"),
        D.wearing("a pink dress", "contradiction"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details("it has a tie at the waist"),
        D.material("satin"),
        title="Women Green Satin Wrap Midi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: man in a black leather biker jacket with an asymmetric zip, grey tee, black jeans, dark grey backdrop.
    # caption, material: adapter
    case(
        "X222-028",
        caption(
            "This gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric and "
            "its neckline is lapel. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. This gentleman wears a long-sleeve jacket with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black leather jacket and a gray shirt"),
        D.color("black"),
        D.details("it has a zipper on the front and pockets"),
        D.material(
            "This gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric and "
            "its neckline is lapel. The",
            "restated",
            hit_limit=True,
        ),
        title="Men Black Solid Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a lavender cotton night suit (button-down shirt and pyjamas, small white star print), sitting
    # on a bed with white sheets.
    case(
        "X222-029",
        caption("a woman sitting on a bed in pajamas"),
        D.wearing("pajamas"),
        D.color("purple"),
        D.pattern("printed"),
        D.details("it has stars on it"),
        title="Women Lavender Star Print Cotton Night Suit",
        category="Night Suits",
        color="Lavender",
        gender="Women",
    ),
    # photo: flat-lay: men's teal round neck t-shirt on a grey concrete floor.
    # caption: adapter
    case(
        "X222-030",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. The neckline of it is round. "
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. The neckline of it is round. "
            "The upper",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey t - shirt", "contradiction"),
        D.garment_type("t-shirt"),
        D.color("green"),
        D.sleeve_length("short sleeves"),
        D.details("it has a round neck and", "cut"),
        title="Men Teal Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: woman in rust orange wide-leg palazzos with a white sleeveless top tucked in, white backdrop, full length.
    case(
        "X222-031",
        caption("a woman in orange pants and a white top"),
        D.wearing("an orange jumpsuit", "contradiction"),
        color_of("pants", "orange"),
        D.color("white", "other_garment_color"),
        D.material("cotton"),
        is_a("skirt", "yes", "contradiction"),
        title="Women Rust Orange Solid Flared Palazzos",
        category="Palazzos",
        color="Rust",
        gender="Women",
    ),
    # photo: boy of about ten in a red hooded sweatshirt with a white "NYC" print, blue jeans, grey backdrop.
    # caption: adapter
    case(
        "X222-032",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a hooded neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a red hoodie with a white logo", "pronoun"),
        D.color("red"),
        printed("nyc"),
        D.details("it has a hood"),
        title="Boys Red Typography Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: woman in a black open-front shrug with three-quarter sleeves over a red sleeveless top, blue jeans,
    # white backdrop.
    case(
        "X222-033",
        caption("a woman in a red top and a black cardigan"),
        D.color("red", "other_garment_color"),
        D.garment_type("shrug"),
        B.sleeve_length("three-quarter sleeves"),
        D.details("it is open in the front"),
        D.wearing("he is wearing a red top and a black cardigan", "pronoun"),
        title="Women Black Solid Open Front Shrug",
        category="Shrug",
        color="Black",
        gender="Women",
    ),
    # photo: shirtless man in blue swim shorts with a white hibiscus print, standing on a beach, sea behind.
    case(
        "X222-034",
        caption("a man standing on the beach in swim trunks"),
        D.wearing("a pair of blue shorts and a white shirt", "unsupported"),
        color_of("shorts", "blue"),
        D.pattern("floral"),
        details(
            "shorts",
            "the shorts have a drawstring Question: what is the color of the shorts? Answer: blue",
            "leak",
        ),
        D.material("polyester"),
        title="Men Blue Tropical Printed Swim Shorts",
        category="Swim Bottoms",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in light-wash denim shorts with frayed hems, white tank top, sunglasses pushed up on her head,
    # seaside boardwalk.
    # caption: adapter
    case(
        "X222-035",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a round neckline. The lady wears a short pants. The pants are with denim fabric and pure color patterns. "
            "The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white tank top and denim shorts and sunglasses"),
        color_of("shorts", "blue"),
        details("shorts", "they are frayed at the bottom"),
        D.description("a pair of denim shorts with a belt", "unsupported"),
        title="Women Blue Washed High-Rise Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a maroon cable-knit crew-neck pullover, a white shirt collar showing at the neck, grey trousers,
    # white backdrop.
    # description: adapter
    case(
        "X222-036",
        caption("a man in a red sweater"),
        D.wearing("a red sweater and a white shirt"),
        D.color("white", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        D.description(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with wool fabric. It "
            "has a round neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        title="Men Maroon Cable Knit Pullover Sweater",
        category="Sweaters",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman in a peach A-line kurti with white thread embroidery on the yoke, three-quarter sleeves, blue
    # jeans, white backdrop.
    # caption: adapter
    case(
        "X222-037",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink dress and jeans"),
        D.garment_type("kurta"),
        D.details("it has white embroidery and mirror work", "unsupported"),
        D.sleeve_length("three-quarter sleeves"),
        D.material("it is made of", "cut"),
        title="Women Peach-Coloured Embroidered A-Line Kurti",
        category="Kurtis",
        color="Peach",
        gender="Women",
    ),
    # photo: girl of about six in a yellow lehenga with a gota border, pink choli and pink net dupatta, marigold
    # garlands hanging in the background.
    case(
        "X222-038",
        caption("a little girl in a yellow and pink dress"),
        D.wearing("a yellow and pink lehenga with a necklace", "unsupported"),
        color_of("skirt", "yellow"),
        color_of("top", "yellow", "other_garment_color"),
        D.details("it has flowers on it", "unsupported"),
        is_a("lehenga", "yes"),
        title="Girls Yellow & Pink Embroidered Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Yellow",
        gender="Girls",
    ),
    # photo: man in olive camouflage cargo trousers with side pockets, black tee, black boots, grey backdrop.
    # caption: adapter
    case(
        "X222-039",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has graphic patterns. The upper "
            "clothing "
            "has short sleeves, cotton fabric and pure color patterns. The lower clothing is of long length. The "
            "fabric is cotton and it",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "green"),
        D.pattern("camouflage"),
        details("pants", "they have pockets on the side"),
        D.material(
            "cotton Question: what is the pattern of the pants? Answer: camouflage",
            "leak",
        ),
        title="Men Olive Green Camouflage Printed Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a white formal shirt tucked into a black pencil skirt, standing by a desk in an office.
    # material: adapter
    case(
        "X222-040",
        caption("a woman in a white shirt and black skirt in an office"),
        D.wearing("a white shirt and a black skirt"),
        color_of("shirt", "white"),
        D.color("black", "other_garment_color"),
        D.details("it has a bow at the neck", "unsupported"),
        D.material(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears",
            "restated",
            hit_limit=True,
        ),
        title="Women White Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: infant of about six months in a white cotton romper with small blue cars printed all over, lying on a
    # grey knitted blanket.
    case(
        "X222-041",
        caption("a baby girl laying on a blanket", "pronoun"),
        D.wearing("a white onesie with cars on it"),
        D.garment_type("romper"),
        D.color("grey", "contradiction"),
        D.material("a white romper", "restated"),
        is_a("dress", "no"),
        title="Infant Boys White Car Print Cotton Romper",
        category="Rompers",
        color="White",
        gender="Boys",
    ),
    # photo: man in a navy quilted hooded puffer jacket, zipped up, grey jeans, city street in winter.
    case(
        "X222-042",
        caption("a man in a blue jacket"),
        D.color("black", "contradiction"),
        D.description(
            "a blue puffer jacket Question: what is the material of the jacket? Answer: nylon",
            "leak",
        ),
        D.details("it has a hood with a fur trim", "unsupported"),
        D.material("leather", "unsupported"),
        title="Men Navy Blue Solid Hooded Padded Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in grey melange flared yoga pants and a white tee, barefoot on a yoga mat, bright studio.
    # caption: adapter
    case(
        "X222-043",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. She",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and black pants", "contradiction"),
        color_of("pants", "grey"),
        D.garment_type("trousers"),
        details("pants", "they are grey", "restated"),
        title="Women Grey Melange Flared Yoga Pants",
        category="Track Pants",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: man in a mustard sleeveless Nehru jacket with a woven pattern over a white kurta and white pyjama,
    # fairy lights behind (wedding setting).
    # description: adapter
    case(
        "X222-044",
        caption("a man in a yellow vest and white kurta"),
        D.wearing("a yellow jacket and white pants"),
        color_of("jacket", "white", "other_garment_color"),
        D.garment_type("nehru jacket"),
        D.description(
            "The gentleman wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
            "It has a round neckline. The",
            "contradiction",
            hit_limit=True,
        ),
        D.details("it has buttons on the front and a pocket"),
        title="Men Mustard Yellow Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: woman in a long grey melange open-front cardigan (no buttons) over a black top and black jeans, walking
    # on an autumn street.
    case(
        "X222-045",
        caption("a woman in a gray sweater walking down the street"),
        D.wearing("he is wearing a grey cardigan and black pants", "pronoun"),
        D.color("black", "other_garment_color"),
        D.garment_type("cardigan"),
        D.details("it has pockets and buttons", "unsupported"),
        D.material("wool"),
        title="Women Grey Melange Longline Open Front Cardigan",
        category="Cardigan",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: flat-lay: two men's woven boxers, one blue checked and one grey checked, on white.
    case(
        "X222-046",
        caption("two pairs of boxer shorts"),
        D.pattern("checked"),
        D.color("blue"),
        count("two"),
        D.details("the boxers have an elastic", "cut"),
        D.wearing("a pair of blue shorts", "contradiction"),
        title="Men Pack of 2 Checked Cotton Boxers",
        category="Boxers",
        gender="Men",
    ),
]
