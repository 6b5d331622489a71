"""BLIND_404 (46 products; kids' everyday, party and ethnic wear on child models and flat-lays): written blind in the
forty-sixth session. Measured blind at 5963d24 (the session's rules as they stood): 111/134 failures found (82.8%)
and 8/167 correct texts flagged (4.8%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of kids' clothing drawn at random from a night's run: boys' t-shirts,
shirts, shorts, jeans and track pants, girls' dresses, tops, skirts and leggings, ethnic sets (kurta with pyjama or
palazzos, lehenga with blouse), night suits and t-shirt-with-shorts sets. Most photos show a child model in a full
outfit (the product worn with other pieces: a tee under an open shirt, shorts under a t-shirt, a tunic over
leggings), against studio backdrops, coloured walls, a door, a bed, a park, a Christmas tree, with props (balloons,
a plant); some are flat-lays on white. Each row has the seller's title, category, color and gender; one misses the
gender, as real feeds do.

Who wrote what: open answers (wearing, description, details, material, print) come from the untuned base
`Salesforce/blip2-opt-2.7b` unless the comment names an adapter: short lowercase texts that stop on their own (never
hit_limit), which may still run on into a new "Question: ... Answer:" (leak). The caption adapter of the original
experiments (DeepFashion template, "The gentleman wears a short-sleeve T-shirt with graphic patterns ...") was
trained with no end token: every text of it runs to its limit (50 new tokens for captions, 30 for answers,
hit_limit=True), and asked any question it returns its template. The VQA adapter (also no end token) answered a few
open color questions: it repeats its answer to the limit or starts a new "Question: ... Answer:" of its own. Closed
questions (garment_type, color, pattern, sleeve_length, per-piece colors, "Is this a ...?") are enrich's
`--engine reference` answers chosen from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words count as correct: blue for navy or light blue, green for olive, pink for peach or fuchsia, orange
  for coral, red for maroon, purple for lavender, yellow for mustard in a free answer, brown or tan for beige, grey
  for grey melange. The reference engine's "orange" for mustard is a contradiction (it had "yellow" among its
  candidates); "black" for navy is a contradiction.
- A two-color item whose title names both colors ("White & Blue Checked", "Red & White Striped") may be called by
  either color. For a pack or a "Multi" row, the color of one of its pieces is correct.
- The color of a print or logo given as the garment's color (red dinosaur on a grey tee, yellow bat logo on a black
  tee, white dots on a navy dress) is contradiction; so is the color of a wall or prop. The color of another piece
  the child wears (the shorts under the tee, the pyjama under the kurta, the tee under an open shirt) is
  other_garment_color, and so is the product's color given to another piece ("black pants and a black shirt" for
  black track pants on a grey tee, "pink" for the black skirt under a pink top): one color for two garments, where
  one of the two is right, is labelled other_garment_color, on the text that gives it.
- The reference engine's "striped" for a plain denim skirt (the twill lines), "long sleeves" for short ones,
  "short sleeves" for a sleeveless top, and "yes" to "Is this a jacket?" for a denim shirt are contradictions.
- Garment synonyms are correct: shirt for a kurta or a t-shirt in a free answer, pants or sweatpants for track pants
  or joggers, pajamas for a night suit, vest for a Nehru jacket, jacket for a hoodie worn over, dress or "indian
  dress" for an anarkali or a lehenga set, tutu for a tulle skirt, jean shorts for denim shorts. The reference
  engine's garment_type "dress" for a kurta set or a t-shirt-and-shorts set, "shirt" for a shirt dress, "jeans" or
  "track pants" for the wrong bottom, and "yes" to "Is this a pair of jeans?" for track pants are contradictions.
- One item where the title says "Pack of 2" described as a single pair or a single t-shirt is contradiction.
- Base answers stop on their own, but may start a new "Question: ... Answer:" after a right first answer (leak),
  or open with the prompt itself (leak).
- Invented things not in the photo (a chest pocket on a plain polo, rips on a clean-look jeans, a hat, a turban, a
  pocket square, a necklace, a belt, sequins, a dupatta the set does not have, a bow on a back the front view does
  not show, a beach behind a studio shot, lace at plain ankles) are unsupported. Materials: one the title names
  (linen, velvet, denim, pure cotton) or a plausible look ("cotton" on a knit tee, leggings, a printed dress) is
  correct; silk for a printed cotton-look lehenga, a kurta or a top, satin for a tiered cotton-look dress,
  polyester for cotton-look leggings, cotton for a plainly tulle tutu are unsupported.
- Adapter texts: a repeated template sentence is loop; a text that stops mid-sentence without repeating is cut; the
  template given to the material question is restated. Where the template misnames the garment itself (a dress for
  a tutu skirt worn with a tee), contradiction, hit_limit kept. "The gentleman"/"his" on a boy is the template and
  correct; "The lady ... her" on a boy is pronoun.
- VQA adapter: the same color repeated to the limit is loop; a new "Question: ... Answer:" is leak, even where its
  first word is also wrong (green, the Christmas tree's color, for a maroon dress): the leak is seen first.
- "he" for a girl, "she" or "a little girl" for a boy are pronoun. An empty answer, "they are leggings" for the
  leggings' details, "they are short" for the shorts' details, "they are shorts" to "Describe the shorts." are
  non_answer. A material question answered with the garment's color and name is restated.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
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

print_q = question("print", "What is the print on the garment?", "open")

BLIND_404 = [
    # photo: boy in a navy blue polo t-shirt with white collar tipping and no pocket, beige chino shorts, white studio
    # backdrop, full length front view.
    # color_shirt (open): VQA adapter
    case(
        "X404-001",
        caption("a young boy wearing a blue polo shirt and khaki shorts"),
        wearing("a blue shirt and shorts", who="the boy"),
        B.color("blue"),
        color_of(
            "shirt",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("shorts", "blue", "other_garment_color"),
        B.sleeve_length("short sleeves"),
        B.material("a blue shirt", "restated"),
        details("shirt", "the shirt has a pocket on the chest", "unsupported"),
        title="Boys Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a yellow A-line dress with a small white daisy print and puff sleeves, standing in front of a pink
    # wall, front view.
    # no adapter texts
    case(
        "X404-002",
        caption("a little girl in a yellow dress standing in front of a pink wall"),
        wearing("he is wearing a yellow dress with flowers", "pronoun", who="the child"),
        B.color("yellow"),
        B.pattern("floral"),
        describe("dress", "it is a pink dress with white flowers", "contradiction"),
        B.sleeve_length("short sleeves"),
        B.material("cotton"),
        details("dress", "the dress has a white collar and a belt", "unsupported"),
        title="Girls Yellow Floral Print A-Line Dress",
        category="Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: flat-lay of a boys' grey melange t-shirt with a large red dinosaur print on the chest, on white.
    # caption, material: caption adapter
    case(
        "X404-003",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-",
            "loop",
            hit_limit=True,
        ),
        describe("t-shirt", "a grey t-shirt with a dinosaur on it"),
        B.color("red", "contradiction"),
        print_q("a dinosaur"),
        B.garment_type("t-shirt"),
        B.material(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round",
            "restated",
            hit_limit=True,
        ),
        title="Boys Grey Melange Dinosaur Printed T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: boy in olive green cargo shorts with side pockets, a white printed t-shirt worn over them, sneakers,
    # light grey backdrop, full length.
    # no adapter texts
    case(
        "X404-004",
        caption("a boy in a white t-shirt and green shorts"),
        wearing("a white shirt and white shorts", "other_garment_color", who="he"),
        color_of("shorts", "white", "other_garment_color"),
        B.garment_type("shorts"),
        details("shorts", "the shorts have pockets on the sides"),
        B.material("cotton"),
        title="Boys Olive Green Solid Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl in a lavender top with short ruffled sleeves, white leggings, white backdrop, front view.
    # caption: caption adapter
    case(
        "X404-005",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a purple shirt and white pants", who="she"),
        color_of("top", "purple"),
        B.sleeve_length("sleeveless", "contradiction"),
        describe("top", "a purple top with ruffles on the sleeves"),
        B.material("a purple top", "restated"),
        title="Girls Lavender Ruffled Top",
        category="Tops",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy in mid-wash blue clean-look jeans (no rips) and a red hoodie, white sneakers, studio backdrop.
    # description: caption adapter
    case(
        "X404-006",
        caption("a boy in a red hoodie and jeans"),
        wearing("jeans and a red jacket", who="the boy"),
        color_of("jeans", "red", "other_garment_color"),
        details("jeans", "the jeans are ripped at the knees", "unsupported"),
        B.material("denim"),
        describe(
            "jeans",
            "The gentleman wears a long trousers. The trousers are with denim fabric and pure color patterns. The "
            "gentleman wears a long trousers. The",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        title="Boys Blue Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a red lehenga with a gold gota border at the hem, green short-sleeve blouse, red net dupatta over
    # one shoulder, beige backdrop; the fabric looks like printed cotton.
    # color_lehenga (open): VQA adapter
    case(
        "X404-007",
        caption("a little girl in a red and green traditional indian dress"),
        wearing("a red skirt and a green top", who="she"),
        color_of("blouse", "red", "other_garment_color"),
        color_of("dupatta", "red"),
        color_of(
            "lehenga",
            "red-red-red-red-red-red-red-red-red-red-red-red-red-red-red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("lehenga", "gold embroidery on the bottom"),
        B.material("silk", "unsupported"),
        title="Girls Red & Green Embroidered Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Girls",
    ),
    # photo: boy in black track pants with two white side stripes, a plain grey t-shirt, white backdrop.
    # caption, material: caption adapter
    case(
        "X404-008",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("black pants and a black shirt", "other_garment_color", who="he"),
        color_of("pants", "black"),
        B.pattern("solid"),
        B.material(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round",
            "restated",
            hit_limit=True,
        ),
        details("pants", "the pants have white stripes on the side"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Boys Black Solid Track Pants with Side Stripes",
        category="Track Pants",
        color="Black",
        gender="Boys",
    ),
    # photo: girl sitting on a bed with pillows in a pink and white striped night suit (short-sleeve top with a unicorn
    # print, long striped pyjama), no headwear.
    # no adapter texts
    case(
        "X404-009",
        caption("a little girl sitting on a bed in pink pajamas"),
        wearing("pajamas", who="the girl"),
        B.pattern("striped"),
        B.color("pink"),
        describe("top", "a pink shirt with a unicorn on it and a pink hat", "unsupported"),
        B.material("cotton"),
        print_q("a unicorn Question: what is the girl sitting on? Answer: a bed", "leak"),
        title="Girls Pink & White Striped Night Suit",
        category="Night Suits",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a white and blue checked short-sleeve shirt with a chest pocket, navy shorts, beige backdrop.
    # no adapter texts
    case(
        "X404-010",
        caption("a young boy in a blue and white checkered shirt"),
        wearing("a blue shirt and blue shorts", who="he"),
        color_of("shirt", "blue"),
        describe("shirt", "a blue and white plaid shirt with a collar and buttons"),
        details(
            "shirt",
            "the shirt has a collar and buttons and a pocket Question: what is the color of the shorts? Answer: blue",
            "leak",
        ),
        B.pattern("checked"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Boys White & Blue Checked Casual Shirt",
        category="Shirts",
        color="White",
        gender="Boys",
    ),
    # photo: flat-lay of plain black ankle-length leggings with an elastic waistband, on white.
    # no adapter texts
    case(
        "X404-011",
        caption("a pair of black leggings on a white background"),
        describe("leggings", "black leggings with white stripes on the side", "unsupported"),
        details("leggings", "they are leggings", "non_answer"),
        B.garment_type("leggings"),
        B.color("black"),
        B.pattern("solid"),
        B.material("black leggings", "restated"),
        title="Girls Black Solid Ankle-Length Leggings",
        category="Leggings",
        color="Black",
        gender="Girls",
    ),
    # photo: boy in a mustard yellow t-shirt with the word "CHAMPION" printed in white, navy joggers, standing against
    # a grey wall.
    # no adapter texts
    case(
        "X404-012",
        caption("a boy in a yellow shirt standing against a grey wall"),
        wearing("she is wearing a yellow t-shirt and blue pants", "pronoun", who="the child"),
        color_of("t-shirt", "orange", "contradiction"),
        B.pattern("printed"),
        print_q("the word champion"),
        B.sleeve_length("short sleeves"),
        details(
            "t-shirt",
            "a yellow shirt with the word champion on it Question: what is the boy wearing? Answer: a yellow shirt",
            "leak",
        ),
        title="Boys Mustard Yellow Typography Printed T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Boys",
    ),
    # photo: girl in a blue denim A-line skirt with a button front, a white t-shirt tucked in, white backdrop.
    # caption: caption adapter
    case(
        "X404-013",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a short skirt. The skirt is with denim fabric and solid color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and a blue skirt", who="she"),
        color_of("skirt", "white", "other_garment_color"),
        details("skirt", "the skirt has buttons down the front"),
        B.material("denim"),
        B.pattern("striped", "contradiction"),
        is_a("skirt", "yes"),
        title="Girls Blue Denim A-Line Skirt",
        category="Skirts",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in a maroon knee-length kurta with gold buttons and a white pyjama, standing in front of a carved
    # wooden door, bare-headed.
    # no adapter texts
    case(
        "X404-014",
        caption("a young boy in a red kurta standing in front of a door"),
        wearing("a red shirt and red pants", "other_garment_color", who="he"),
        color_of("kurta", "red"),
        color_of("pyjama", "red", "other_garment_color"),
        B.garment_type("kurta set"),
        B.material("silk", "unsupported"),
        describe(
            "kurta",
            "it is a red kurta with gold buttons and a red turban",
            "unsupported",
        ),
        title="Boys Maroon & White Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Maroon",
        gender="Boys",
    ),
    # photo: girl in a sleeveless peach tiered midi dress holding a bunch of balloons in a park, front view.
    # no adapter texts
    case(
        "X404-015",
        caption("a little girl in a pink dress holding balloons"),
        wearing("a pink dress", who="the girl"),
        B.color("pink"),
        B.sleeve_length("sleeveless"),
        B.material("satin", "unsupported"),
        describe("dress", "it is a pink dress with ruffles"),
        details("dress", "the dress has a bow on the back", "unsupported"),
        title="Girls Peach-Coloured Tiered Fit & Flare Dress",
        category="Dresses",
        color="Peach",
        gender="Girls",
    ),
    # photo: flat-lay of boys' navy blue joggers with a white drawstring and cuffed ankles, on white.
    # caption, details: caption adapter
    case(
        "X404-016",
        caption(
            "The gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns. The "
            "gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns.",
            "loop",
            hit_limit=True,
        ),
        describe("pants", "navy blue jogger pants with a drawstring waist"),
        B.color("black", "contradiction"),
        B.garment_type("track pants"),
        details(
            "pants",
            "The trousers are with cotton fabric and pure color patterns. The gentleman wears a long trousers. The "
            "trousers are with cotton",
            "loop",
            hit_limit=True,
        ),
        title="Boys Navy Blue Solid Joggers",
        category="Track Pants",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a yellow printed straight kurta, white palazzos and a white dupatta, white backdrop.
    # no adapter texts
    case(
        "X404-017",
        caption("a little girl in a yellow and white indian outfit"),
        wearing("he is wearing a yellow kurta and white pants", "pronoun", who="the child"),
        color_of("kurta", "yellow"),
        color_of("palazzo", "yellow", "other_garment_color"),
        B.garment_type("dress", "contradiction"),
        B.pattern("printed"),
        details(
            "kurta",
            "the kurta has a floral print and a pink border and a pink belt",
            "unsupported",
        ),
        title="Girls Yellow Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy in a navy and white striped short-sleeve t-shirt with a chest pocket, red shorts, white backdrop.
    # no adapter texts
    case(
        "X404-018",
        caption("a boy in a striped shirt and red shorts"),
        wearing("a blue and white striped shirt and red shorts", who="the boy"),
        B.color("red", "other_garment_color"),
        B.pattern("striped"),
        B.material("a striped shirt", "restated"),
        details("t-shirt", "the shirt has a pocket on the chest"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Boys Navy Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: flat-lay of two pairs of plain leggings, one black and one pink, side by side on white.
    # no adapter texts
    case(
        "X404-019",
        caption("two pairs of leggings, one black and one pink"),
        describe("leggings", "a pair of pink leggings", "contradiction"),
        B.garment_type("leggings"),
        details("leggings", "elastic waistband"),
        B.material("polyester", "unsupported"),
        title="Girls Pack of 2 Ankle-Length Leggings",
        category="Leggings",
        color="Multi",
        gender="Girls",
    ),
    # photo: boy in a green and navy checked long-sleeve flannel shirt with two chest pockets, worn open over a white
    # t-shirt, blue jeans, white backdrop.
    # caption, material: caption adapter
    case(
        "X404-020",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and solid color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a green plaid shirt over a white t-shirt and jeans", who="he"),
        color_of("shirt", "white", "other_garment_color"),
        B.pattern("checked"),
        B.sleeve_length("long sleeves"),
        B.material(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel",
            "restated",
            hit_limit=True,
        ),
        details("shirt", "the shirt has two pockets on the chest"),
        title="Boys Green & Navy Checked Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Boys",
    ),
    # photo: girl in a fuchsia short-sleeve top with a sequinned heart on the chest, black skater skirt, no jewellery,
    # white backdrop.
    # no adapter texts
    case(
        "X404-021",
        caption("a girl in a pink top and a black skirt holding a purse", "unsupported"),
        wearing("a pink shirt and a black skirt", who="she"),
        color_of("top", "pink"),
        color_of("skirt", "pink", "other_garment_color"),
        details("top", "it has a sequin heart and a pearl necklace", "unsupported"),
        title="Girls Fuchsia Embellished Top",
        category="Tops",
        color="Fuchsia",
        gender="Girls",
    ),
    # photo: boy in light blue washed denim shorts and a white polo t-shirt, plain white studio backdrop.
    # no adapter texts
    case(
        "X404-022",
        caption("a young boy standing on a beach in shorts", "unsupported"),
        wearing("a white shirt and white shorts", "other_garment_color", who="the boy"),
        color_of("shorts", "blue"),
        describe("shorts", "they are shorts", "non_answer"),
        B.material("denim"),
        is_a("pair of shorts", "yes"),
        title="Boys Light Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a navy blue short-sleeve A-line dress with white polka dots and a white Peter Pan collar, white
    # backdrop.
    # caption, material: caption adapter
    case(
        "X404-023",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue and white polka dot dress", who="she"),
        B.color("white", "contradiction"),
        B.pattern("polka dots"),
        describe("dress", "a blue dress with white polka dots and a white collar"),
        B.sleeve_length("short sleeves"),
        B.material(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Girls Navy Blue Polka Dot Print A-Line Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy in a black t-shirt with a yellow-and-black Batman logo on the chest, grey shorts, grey wall.
    # no adapter texts
    case(
        "X404-024",
        caption("a young boy wearing a batman t-shirt"),
        wearing("a black t-shirt with a batman logo", who="he"),
        color_of("t-shirt", "yellow", "contradiction"),
        B.material("cotton"),
        B.sleeve_length("long sleeves", "contradiction"),
        print_q("batman"),
        details(
            "t-shirt",
            "the t-shirt has a batman logo on the front Question: what is the color of the t-shirt? Answer: black",
            "leak",
        ),
        title="Boys Black Batman Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in plain white leggings with a plain hem and a long red tunic top, white backdrop, full length.
    # no adapter texts
    case(
        "X404-025",
        caption(
            "a girl in a red shirt and white leggings holding a teddy bear",
            "unsupported",
        ),
        wearing("a red top and white leggings", who="the girl"),
        color_of("leggings", "red", "other_garment_color"),
        B.garment_type("leggings"),
        details("leggings", "white leggings with lace at the ankles", "unsupported"),
        B.material("cotton"),
        title="Girls White Solid Cotton Leggings",
        category="Leggings",
        color="White",
        gender="Girls",
    ),
    # photo: boy in a coral round-neck t-shirt with a small embroidered logo on the chest, blue shorts, white
    # backdrop.
    # no adapter texts
    case(
        "X404-026",
        caption("a little boy in an orange shirt"),
        wearing("an orange t-shirt and shorts", who="the boy"),
        B.color("orange"),
        B.pattern("solid"),
        describe("t-shirt", "an orange t-shirt with a small logo on the chest"),
        B.sleeve_length("short sleeves"),
        title="Boys Coral Solid Round Neck T-shirt",
        category="Tshirts",
        color="Coral",
        gender="Boys",
    ),
    # photo: flat-lay of a night suit: blue short-sleeve t-shirt with a car print and grey pyjama pants with small
    # cars, on white.
    # caption, details: caption adapter
    case(
        "X404-027",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        describe("night suit", "a blue t-shirt and grey pants with cars on them"),
        color_of("t-shirt", "grey", "other_garment_color"),
        color_of("pants", "blue", "other_garment_color"),
        B.material("cotton"),
        print_q("cars"),
        details(
            "night suit",
            "The T-shirt is with cotton fabric. It has a round neckline. The T-shirt is with cotton fabric. It has a "
            "round neckline. The",
            "loop",
            hit_limit=True,
        ),
        title="Kids Blue & Grey Printed Night Suit",
        category="Night Suits",
        color="Blue",
        gender="Boys",
    ),
    # photo: boy with shoulder-length hair in black skinny jeans and a yellow t-shirt, white backdrop.
    # color_shirt (open): VQA adapter
    case(
        "X404-028",
        caption("a little boy in a yellow shirt and black pants"),
        wearing("she is wearing a yellow shirt and black jeans", "pronoun", who="the child"),
        color_of("jeans", "black"),
        details("jeans", "the jeans have rips on the knees", "unsupported"),
        B.material("denim"),
        color_of(
            "shirt",
            "yellow\nQuestion: What is the color of the jeans? Answer: yellow\nQuestion: What is the color",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        title="Boys Black Skinny Fit Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a pink t-shirt with "LITTLE STAR" in silver glitter letters, denim shorts, white backdrop.
    # details: caption adapter
    case(
        "X404-029",
        caption("a little girl in a pink shirt and jean shorts"),
        wearing("a pink shirt and blue shorts", who="she"),
        color_of("t-shirt", "blue", "other_garment_color"),
        print_q("little star"),
        B.sleeve_length("short sleeves"),
        B.material("a pink t-shirt", "restated"),
        details(
            "t-shirt",
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The",
            "cut",
            hit_limit=True,
        ),
        title="Girls Pink Typography Printed T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in grey melange knit shorts with a drawstring and a black t-shirt, white backdrop.
    # color_shorts (open): VQA adapter
    case(
        "X404-030",
        caption("a boy in a black shirt and grey shorts"),
        wearing("a black shirt and black shorts", "other_garment_color", who="he"),
        color_of(
            "shorts",
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey grey grey grey grey grey grey grey",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("shorts", "they are short", "non_answer"),
        B.material("cotton"),
        B.garment_type("track pants", "contradiction"),
        title="Boys Grey Melange Solid Regular Shorts",
        category="Shorts",
        color="Grey",
        gender="Boys",
    ),
    # photo: girl in a multicoloured floral printed cotton tiered maxi skirt and a plain white t-shirt, white
    # backdrop.
    # caption, details: caption adapter
    case(
        "X404-031",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and floral patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and a flowered skirt", who="the girl"),
        B.pattern("floral"),
        color_of("skirt", "white", "other_garment_color"),
        describe("skirt", "it is a long skirt with flowers on it"),
        B.material("cotton"),
        details(
            "skirt",
            "The skirt is with chiffon fabric and floral patterns. The lady wears a long skirt. The skirt is with "
            "chiffon fabric and",
            "loop",
            hit_limit=True,
        ),
        title="Girls Multicoloured Floral Printed Tiered Flared Skirt",
        category="Skirts",
        color="Multi",
        gender="Girls",
    ),
    # photo: boy in a white kurta and white pyjama under a navy blue Nehru jacket with gold buttons (no pocket
    # square), beige backdrop.
    # no adapter texts
    case(
        "X404-032",
        caption("a young boy in a white kurta and a blue vest"),
        wearing("a blue jacket and white pants", who="the boy"),
        color_of("kurta", "blue", "other_garment_color"),
        color_of("jacket", "white", "other_garment_color"),
        describe("jacket", "a blue vest with gold buttons and a pocket square", "unsupported"),
        B.garment_type("kurta set"),
        title="Boys White Kurta & Pyjama with Navy Blue Nehru Jacket",
        category="Kurta Sets",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a black and white checked short-sleeve shirt dress with a collar, button placket and a fabric
    # belt, white backdrop.
    # details: caption adapter
    case(
        "X404-033",
        caption("a little girl in a black and white checkered dress"),
        wearing("a black and white dress with a belt", who="she"),
        B.color("black"),
        B.pattern("checked"),
        describe("dress", "a black and white dress with a big bow on the back", "unsupported"),
        B.garment_type("shirt", "contradiction"),
        details(
            "dress",
            "The dress is with cotton fabric and lattice patterns. It has a lapel neckline. The dress is with cotton "
            "fabric and lattice patterns. It has",
            "loop",
            hit_limit=True,
        ),
        title="Girls Black & White Checked Shirt Dress with Belt",
        category="Dresses",
        color="Black",
        gender="Girls",
    ),
    # photo: boy with long curly hair in a plain red round-neck t-shirt and blue jeans, white backdrop.
    # no adapter texts
    case(
        "X404-034",
        caption("a little girl in a red shirt and blue jeans", "pronoun"),
        wearing("a red shirt and jeans", who="the child"),
        B.color("red"),
        B.material("cotton"),
        B.sleeve_length("short sleeves"),
        describe("t-shirt", "a red t-shirt with a white collar", "unsupported"),
        title="Boys Red Solid Pure Cotton T-shirt",
        category="Tshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: girl in a white sleeveless cotton top with white thread embroidery on the front, blue jeans, white
    # backdrop.
    # no adapter texts
    case(
        "X404-035",
        caption("a girl in a white top and jeans"),
        wearing("a white shirt and blue jeans", who="she"),
        color_of("top", "blue", "other_garment_color"),
        B.sleeve_length("short sleeves", "contradiction"),
        details("top", "embroidery on the front"),
        describe("top", "a white top with lace and a pink bow", "unsupported"),
        B.material("silk", "unsupported"),
        title="Girls White Embroidered Sleeveless Top",
        category="Tops",
        color="White",
        gender="Girls",
    ),
    # photo: flat-lay of grey melange track pants with a drawstring, side pockets and a small logo, on white.
    # no adapter texts
    case(
        "X404-036",
        caption("a pair of grey sweatpants on a white background"),
        describe("track pants", "grey sweatpants with a drawstring and pockets"),
        B.color("grey"),
        B.garment_type("track pants"),
        details(
            "track pants",
            "Question: What are the track pants details? Answer: the track pants have a drawstring",
            "leak",
        ),
        B.material("cotton"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Boys Grey Melange Solid Track Pants",
        category="Track Pants",
        color="Grey Melange",
    ),
    # photo: girl in a long-sleeve maroon velvet fit and flare dress with a white collar, no belt, no sequins, standing
    # next to a decorated Christmas tree.
    # color_dress (open): VQA adapter
    case(
        "X404-037",
        caption("a little girl in a red dress standing next to a christmas tree"),
        wearing("a red dress", who="the girl"),
        B.color("red"),
        B.material("velvet"),
        details(
            "dress",
            "the dress has a white collar and a gold belt and sequins on the skirt",
            "unsupported",
        ),
        B.sleeve_length("long sleeves"),
        color_of(
            "dress",
            "green\nQuestion: What is the color of the tree? Answer: green\nQuestion: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        title="Girls Maroon Velvet Fit & Flare Dress",
        category="Dresses",
        color="Maroon",
        gender="Girls",
    ),
    # photo: boy in a long-sleeve blue denim shirt with two flap pockets, khaki chinos, white backdrop.
    # caption: caption adapter
    case(
        "X404-038",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        wearing("a jean shirt and khaki pants", who="he"),
        color_of("shirt", "blue"),
        B.material("denim"),
        is_a("jacket", "yes", "contradiction"),
        details("shirt", "the shirt has two pockets on the front and buttons"),
        color_of("pants", "blue", "other_garment_color"),
        title="Boys Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a green t-shirt with a watermelon slice print and pink shorts (a set), white backdrop.
    # no adapter texts
    case(
        "X404-039",
        caption("a little girl in a green shirt and pink shorts"),
        wearing(
            "a green shirt with a watermelon on it and green shorts",
            "other_garment_color",
            who="she",
        ),
        color_of("shorts", "green", "other_garment_color"),
        color_of("t-shirt", "green"),
        print_q("watermelon"),
        B.garment_type("dress", "contradiction"),
        title="Girls Green & Pink Watermelon Printed T-shirt with Shorts",
        category="Clothing Set",
        color="Green",
        gender="Girls",
    ),
    # photo: boy in a beige short-sleeve linen shirt with a mandarin collar and a chest pocket, white trousers,
    # standing next to a potted plant.
    # no adapter texts
    case(
        "X404-040",
        caption("a young boy in a tan shirt standing next to a plant"),
        wearing("a brown shirt and white pants", who="the boy"),
        B.color("white", "other_garment_color"),
        B.material("linen"),
        describe("shirt", "it is a white shirt with a small collar", "other_garment_color"),
        details("shirt", "", "non_answer"),
        title="Boys Beige Solid Linen Casual Shirt",
        category="Shirts",
        color="Beige",
        gender="Boys",
    ),
    # photo: girl in a yellow layered tulle tutu skirt and a white t-shirt with a bunny print, white backdrop.
    # caption, details: caption adapter
    case(
        "X404-041",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The lady wears a sleeveless dress with pure color patterns. The dress",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a white shirt and a yellow tutu", who="the girl"),
        color_of("skirt", "yellow"),
        B.material("cotton", "unsupported"),
        is_a("dress", "no"),
        details(
            "skirt",
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The",
            "cut",
            hit_limit=True,
        ),
        title="Girls Yellow Tulle Tutu Skirt",
        category="Skirts",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy in blue polyester track pants with zipped side pockets, a white t-shirt, white backdrop.
    # no adapter texts
    case(
        "X404-042",
        caption("a young boy in a white t-shirt and blue pants"),
        wearing("a white t-shirt and blue sweatpants", who="he"),
        color_of("pants", "white", "other_garment_color"),
        details("pants", "the pants have a zipper on the pockets"),
        B.material("blue track pants", "restated"),
        B.garment_type("jeans", "contradiction"),
        title="Boys Blue Solid Track Pants",
        category="Track Pants",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a mustard yellow long-sleeve anarkali kurta with a red and gold ethnic print and a white churidar,
    # no dupatta, white backdrop.
    # caption, material: caption adapter
    case(
        "X404-043",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a round "
            "neckline. There is an accessory on her wrist. The lady wears a long-sleeve dress with graphic patterns.",
            "loop",
            hit_limit=True,
        ),
        wearing("a yellow dress", who="she"),
        B.color("orange", "contradiction"),
        B.sleeve_length("long sleeves"),
        B.material(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a round "
            "neckline. There",
            "restated",
            hit_limit=True,
        ),
        details("kurta", "the kurta has gold print and a matching dupatta", "unsupported"),
        title="Girls Mustard Yellow Ethnic Motifs Printed Anarkali Kurta with Churidar",
        category="Kurta Sets",
        color="Mustard",
        gender="Girls",
    ),
    # photo: flat-lay of two plain round-neck t-shirts, one blue and one white, on white.
    # details: caption adapter
    case(
        "X404-044",
        caption("two t-shirts, one blue and one white"),
        describe("t-shirts", "a blue t-shirt with a round neck", "contradiction"),
        B.color("blue"),
        B.garment_type("t-shirt"),
        B.material("cotton"),
        details(
            "t-shirts",
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        title="Boys Pack of 2 Solid Round Neck T-shirts",
        category="Tshirts",
        color="Multi",
        gender="Boys",
    ),
    # photo: girl in a red and white striped long-sleeve boat-neck top and navy shorts, white backdrop.
    # color_top (open): VQA adapter
    case(
        "X404-045",
        caption("a little girl in a red and white striped shirt"),
        wearing(
            "he is wearing a red and white striped shirt and blue shorts",
            "pronoun",
            who="the child",
        ),
        B.pattern("striped"),
        color_of(
            "top",
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves"),
        color_of("shorts", "red", "other_garment_color"),
        title="Girls Red & White Striped Top",
        category="Tops",
        color="Red",
        gender="Girls",
    ),
    # photo: flat-lay of a set: green short-sleeve t-shirt with a dinosaur print and navy blue shorts, on white.
    # caption: caption adapter
    case(
        "X404-046",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "green"),
        color_of("shorts", "green", "other_garment_color"),
        describe("t-shirt", "a green t-shirt with a dinosaur on it"),
        B.material("cotton"),
        details("shorts", "blue shorts with a dinosaur on the pocket", "unsupported"),
        title="Boys Green & Navy Blue Printed T-shirt with Shorts",
        category="Clothing Set",
        color="Green",
        gender="Boys",
    ),
]
