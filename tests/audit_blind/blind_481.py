"""BLIND_481 (46 products; Myntra kids' wear: boys' tees to track pants, girls' frocks to kurta sets): written blind in
the forty-ninth session. Measured blind at a62007b (the session's rules as they stood): 102/122 failures found
(83.6%) and 3/153 correct texts flagged (2.0%). The writer's notes, verbatim:

Scenario: a Myntra-style English catalog feed of kids' wear. Boys' t-shirts (graphic, typography, striped, polo),
casual shirts (checked, striped, denim, linen, printed), shorts (denim, cargo, chino), jeans and track pants/joggers;
girls' frocks (fit and flare, tiered, tulle party frocks, pinafores), tops, skirts (denim, tutu, pleated, flared),
leggings and kurta sets (kurta with palazzos, sharara or leggings, often with a dupatta). Most photos show a child
modelling the product in a studio (plain backdrops, a few coloured walls, props: a teddy bear, balloons, a toy car,
a stool, a chair, a plant) with the rest of the outfit visible (tees under shirts, shorts with tees); some are
flat-lays on a white surface. Each row has the seller's title, category (Myntra article type), color and gender; a
few rows miss the gender or the color, as real feeds do.

Who wrote what: open texts (caption, "What is the boy / girl wearing?", "Describe the ...", "What are the ...
details?", the material question, "What is printed on the t-shirt?", and the color questions marked open) come from
the untuned base `Salesforce/blip2-opt-2.7b` unless the comment above the case names the caption adapter. The base
model writes short lowercase texts and stops on its own (never hit_limit). The caption-only LoRA adapter (the
DeepFashion template, "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton
fabric...") has no end token: every adapter text runs to its limit (50 tokens for captions, 30 for answers),
carries hit_limit=True and returns its template whatever the question. Closed texts (garment_type, color, pattern,
sleeve_length, the per-piece color questions left closed, "Is this a frock?") are enrich's `--engine reference`
answers, chosen from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct: blue or dark blue for navy, green for olive, teal or mint, yellow for mustard or lemon,
  red for maroon, pink for peach or fuchsia, purple for lavender, white or cream for off white, grey for charcoal or
  grey melange, khaki or tan for beige. Orange for mustard, purple for pink and white for grey melange are
  contradiction.
- The color of a print, a foil, polka dots, a wall or a prop given as the garment's color is contradiction (green
  for a navy tee with a green dinosaur, pink for a yellow frock in front of a pink wall, gold for a teal frock with
  gold foil print). The color of another piece of the outfit (the shorts, the tee under a shirt, the palazzos, the
  blouse under a pinafore, the belt sold with the shorts) given as the product's color is other_garment_color; when
  the wrong color is both another piece's and the print's, other_garment_color wins.
- "a grey t-shirt and grey pants" for a black tee over grey track pants (one color for both pieces) is contradiction.
- Synonyms are correct: dress for frock, tutu for a tulle skirt, sweatpants or joggers for track pants, tights for
  leggings, khaki pants/shorts for chinos, jean shirt for denim shirt, plaid for checked, crown for tiara, scarf for
  dupatta, pants for palazzos, sharara or churidar leggings, "indian outfit" or "indian dress" for a kurta set in a
  caption, and "dress" in an open text for a knee-length kurta worn over leggings. The closed garment_type "dress"
  for a kurta set is contradiction (it names the product another article type), as are "jeans" for denim shorts, a
  denim shirt or a denim skirt, "pants" for shorts (caption or closed), "a pair of blue jeans" describing denim
  shorts, and "jacket" for track pants photographed under a hoodie.
- Closed pattern answers that misread the garment are contradiction: floral for polka dots, striped for checked,
  solid for a typography tee, polka dots for a tutu with scattered sequins. "colourblocked" for a raglan tee with
  contrast sleeves is correct.
- "a red shirt and red jeans" for a red tee over navy jeans gives the product the tee's color and is labelled
  contradiction (one color for both pieces), like the grey-and-grey answer above.
- Rolled-up long sleeves are long sleeves. A pinafore answered "short sleeves" (the blouse under it has them) is
  contradiction; so are long sleeves for puff or raglan short sleeves.
- Invented items or details (a pocket, a hood, a side stripe and zip pocket, a belt on jeans the tee hides, wings, a
  bow, a necklace, the color of a sequin heart) are unsupported; so is a material the title contradicts (denim for
  cotton cargo shorts, silk for a cotton kurta set, polyester for a pure-cotton tee).
- Adapter texts are all failures. One that repeats a sentence (or a clause) of its template is loop; one that stops
  mid-sentence without repeating is cut, even where it invents an accessory or a fabric on the way; the template
  returned to the material question is restated, unless it repeats itself (loop). The template calling a kurta "a
  long-sleeve shirt" is not labelled on its own: the text is cut.
- A base answer that stops mid-phrase ("a navy blue dress with a white") is cut without hit_limit. Base answers that
  run on into "Question: ... Answer: ..." are leak, even where the first part is right.
- "they are shorts", "it is a t-shirt", "the track pants details", an empty answer and "nothing" (asked what the
  person wears in a flat-lay) are non_answer; the material question answered with the garment's color and name is
  restated.
- "she" for a boy, "he" for a girl, and a caption calling a boy "a girl" are pronoun.
- Per-piece color questions (color of the shorts, palazzos, dupatta, leggings) are judged against that piece.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

printed = question("print", "What is printed on the t-shirt?", "open")

BOY = "the boy"
GIRL = "the girl"

BLIND_481 = [
    # photo: boy in a navy blue short-sleeve round-neck t-shirt with a large green dinosaur print, light blue denim
    # shorts, plain white studio backdrop, front view.
    # adapter: none
    case(
        "X481-001",
        caption("a young boy wearing a blue t-shirt with a dinosaur on it"),
        wearing("a green t-shirt and blue shorts", "contradiction", who=BOY),
        color_of("t-shirt", "green", "contradiction", kind="open"),
        printed("a dinosaur"),
        B.pattern("printed"),
        B.sleeve_length("short sleeves"),
        title="HRX by Hrithik Roshan Boys Navy Blue Dinosaur Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: boy in a white full-sleeve shirt with thin blue vertical stripes, buttoned, no pocket, beige chinos,
    # light grey studio backdrop.
    # caption: adapter
    case(
        "X481-002",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and khaki pants", who=BOY),
        color_of("shirt", "white"),
        B.pattern("striped"),
        details("shirt", "the shirt has a pocket on the chest", "unsupported"),
        describe("shirt", "a white shirt with blue stripes and a tie", "unsupported"),
        title="Allen Solly Junior Boys White & Blue Striped Pure Cotton Casual Shirt",
        category="Shirts",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a sleeveless yellow fit-and-flare frock with small white flowers, knee length, standing in
    # front of a pink painted wall.
    # adapter: none
    case(
        "X481-003",
        caption("a little girl in a yellow dress standing in front of a pink wall"),
        wearing("a yellow dress with flowers", who=GIRL),
        color_of("frock", "pink", "contradiction", kind="open"),
        is_a("frock", "yes"),
        B.sleeve_length("sleeveless"),
        B.material("cotton"),
        details("frock", "the dress has a bow at the waist", "unsupported"),
        title="Hopscotch Girls Yellow Floral Printed Pure Cotton Fit and Flare Dress",
        category="Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: flat-lay of olive green cotton cargo shorts with flap side pockets, on a white surface.
    # adapter: none
    case(
        "X481-004",
        caption("a pair of green shorts on a white background"),
        color_of("shorts", "green"),
        details("shorts", "they are shorts", "non_answer"),
        B.garment_type("pants", "contradiction"),
        B.material("denim", "unsupported"),
        title="Gini and Jony Boys Olive Green Solid Cotton Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Boys",
    ),
    # photo: boy in grey melange track pants with a thin black side stripe, a plain black t-shirt, white sneakers,
    # white studio backdrop, full length.
    # adapter: none
    case(
        "X481-005",
        caption("a boy in a black shirt and grey pants"),
        wearing("a grey t-shirt and grey pants", "contradiction", who=BOY),
        color_of("pants", "black", "other_garment_color", kind="open"),
        B.garment_type("track pants"),
        B.pattern("solid"),
        title="Boys Grey Melange Solid Track Pants with Side Stripes",
        category="Track Pants",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: girl in a pink short-sleeve top with a white-and-gold unicorn print, blue denim jeggings, light grey
    # studio backdrop.
    # caption: adapter
    case(
        "X481-006",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with denim fabric and solid color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a pink shirt with a unicorn on it Question: what is the color of the pants? Answer: blue",
            "leak",
            who=GIRL,
        ),
        color_of("top", "blue", "other_garment_color"),
        details("top", "she has a unicorn on her shirt"),
        B.pattern("printed"),
        title="Cutecumber Girls Pink Unicorn Printed Cotton Top",
        category="Tops",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a red and black checked flannel shirt worn open over a plain white t-shirt, blue jeans, light
    # grey backdrop; no hood.
    # adapter: none
    case(
        "X481-007",
        caption("a boy wearing a plaid shirt and jeans"),
        wearing("a red plaid shirt, a white t-shirt and blue jeans", who=BOY),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        B.pattern("checked"),
        describe("shirt", "it is a red and black plaid shirt with a hood", "unsupported"),
        B.sleeve_length("long sleeves"),
        title="Roadster Boys Red & Black Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Boys",
    ),
    # photo: girl in a navy blue A-line denim skirt with a button front and two patch pockets, a white t-shirt
    # tucked in, white studio backdrop.
    # adapter: none
    case(
        "X481-008",
        caption("a girl in a white shirt and a blue skirt"),
        wearing("a white t-shirt and a denim skirt", who=GIRL),
        color_of("skirt", "navy"),
        details(
            "skirt",
            "the skirt has buttons on the front and a pocket Question: what is the color of the skirt? Answer: blue",
            "leak",
        ),
        B.garment_type("jeans", "contradiction"),
        B.material("denim"),
        title="YK Girls Navy Blue Solid Denim A-Line Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: flat-lay of plain black ankle-length leggings on a white surface.
    # caption: adapter
    case(
        "X481-009",
        caption(
            "The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. The lady "
            "wears a long leggings. The leggings are with cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        wearing("nothing", "non_answer"),
        B.garment_type("leggings"),
        color_of("leggings", "black"),
        B.material("cotton"),
        title="Girls Black Solid Cotton Lycra Ankle-Length Leggings",
        category="Leggings",
        color="Black",
        gender="Girls",
    ),
    # photo: girl in a maroon straight kurta with a gold block print, cream palazzos and a cream dupatta over one
    # shoulder, beige studio backdrop.
    # adapter: none
    case(
        "X481-010",
        caption("a little girl in a red and gold indian outfit"),
        wearing("a red kurta and white pants", who=GIRL),
        color_of("kurta", "maroon"),
        color_of("palazzos", "maroon", "other_garment_color"),
        color_of("dupatta", "cream"),
        B.garment_type("dress", "contradiction"),
        describe("kurta", "it is a kurta", "non_answer"),
        title="Biba Girls Maroon & Cream Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Girls",
    ),
    # photo: boy in mid-blue slim-fit jeans with a light fade, a white t-shirt with a small black graphic left
    # untucked, white studio backdrop.
    # caption: adapter
    case(
        "X481-011",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The trousers are with denim fabric and solid color patterns. The trousers are with "
            "denim fabric and",
            "loop",
            hit_limit=True,
        ),
        wearing("a white t-shirt and blue jeans", who=BOY),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        details("jeans", "the jeans are faded and have pockets"),
        describe("jeans", "blue jeans with a white", "cut"),
        B.garment_type("jeans"),
        title="Boys Blue Slim Fit Light Fade Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a peach tiered frock with lace trim at each tier and short puff sleeves, holding a brown teddy
    # bear, white studio backdrop.
    # details: adapter
    case(
        "X481-012",
        caption("a little girl holding a teddy bear in a pink dress"),
        wearing("a pink dress", who=GIRL),
        describe("dress", "it is a pink dress with lace and ruffles"),
        color_of("frock", "peach"),
        details(
            "frock",
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves", "contradiction"),
        B.pattern("solid"),
        title="Peppermint Girls Peach-Coloured Tiered Fit & Flare Dress with Lace Detail",
        category="Dresses",
        color="Peach",
        gender="Girls",
    ),
    # photo: flat-lay of a white short-sleeve round-neck t-shirt with "LITTLE BOSS" printed in large black letters.
    # adapter: none
    case(
        "X481-013",
        caption("a white t-shirt with the words little boss on it"),
        printed("little boss"),
        color_of("t-shirt", "black", "contradiction"),
        B.pattern("solid", "contradiction"),
        wearing("a white t-shirt"),
        B.material("a white t-shirt", "restated"),
        title="Boys White Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Boys",
    ),
    # photo: boy in a sky blue polo t-shirt with navy tipping on the collar and a small embroidered logo on the
    # chest, navy shorts, light grey studio backdrop.
    # adapter: none
    case(
        "X481-014",
        caption("a young boy in a blue polo shirt and blue shorts"),
        wearing("a polo shirt and shorts", who=BOY),
        color_of("t-shirt", "navy blue", "other_garment_color", kind="open"),
        details("t-shirt", "it has a collar and buttons and a logo on the chest"),
        describe("t-shirt", "she is wearing a blue polo shirt", "pronoun"),
        B.garment_type("t-shirt"),
        title="U.S. Polo Assn. Kids Boys Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a lavender top with ruffled short sleeves, white cotton shorts, white studio backdrop.
    # caption: adapter
    case(
        "X481-015",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a purple top and white shorts", who=GIRL),
        color_of("top", "white", "other_garment_color", kind="open"),
        details("top", "ruffles on the sleeves"),
        B.color("purple"),
        B.sleeve_length("sleeveless", "contradiction"),
        title="Girls Lavender Solid Ruffle Sleeve Top",
        category="Tops",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy in plain black joggers with a white drawstring and ribbed cuffs (no side stripe, slip pockets
    # only), a yellow t-shirt, white studio backdrop.
    # adapter: none
    case(
        "X481-016",
        caption("a boy in a yellow shirt and blue pants", "contradiction"),
        wearing("a yellow t-shirt and black joggers", who=BOY),
        color_of("pants", "black"),
        describe(
            "track pants",
            "the track pants are black and white with a zip pocket and a stripe down the side",
            "unsupported",
        ),
        B.material("cotton"),
        title="Boys Black Solid Pure Cotton Joggers",
        category="Track Pants",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a red A-line frock with white polka dots, white Peter Pan collar, short sleeves, in front of a
    # light blue wall.
    # adapter: none
    case(
        "X481-017",
        caption("a little girl in a red and white polka dot dress"),
        wearing("a red dress with white polka dots", who=GIRL),
        color_of("frock", "red", kind="open"),
        B.pattern("floral", "contradiction"),
        is_a("frock", "no", "contradiction"),
        describe("dress", "he is wearing a red dress with white dots", "pronoun"),
        title="Girls Red & White Polka Dot Print Peter Pan Collar A-Line Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: flat-lay of light blue washed denim shorts with a rolled hem, on a white surface.
    # caption: adapter
    case(
        "X481-018",
        caption(
            "The gentleman wears a three-point shorts. The shorts are with denim fabric and solid color patterns. The "
            "gentleman wears a three-point shorts. The shorts are with denim fabric and solid color patterns. The",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("jeans", "contradiction"),
        color_of("shorts", "blue"),
        details("shorts", "the shorts are rolled up at the bottom"),
        describe("shorts", "a pair of blue jeans", "contradiction"),
        title="Boys Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # photo: boy in an olive green linen shirt with a mandarin collar, long sleeves rolled up to the elbow, beige
    # shorts, against a white wall.
    # adapter: none
    case(
        "X481-019",
        caption("a boy in a green shirt and tan shorts standing against a white wall"),
        wearing("a green shirt and khaki shorts", who=BOY),
        color_of("shirt", "green"),
        B.material("linen"),
        B.sleeve_length("short sleeves", "contradiction"),
        details(
            "shirt",
            "the shirt has a mandarin collar and buttons Question: what is the boy wearing? Answer: a green shirt",
            "leak",
        ),
        title="Boys Olive Green Solid Mandarin Collar Linen Shirt",
        category="Shirts",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl in a white short-sleeve cotton top with white schiffli embroidery on the yoke, blue jeans, light
    # grey studio backdrop.
    # caption, details: adapter
    case(
        "X481-020",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a white top and jeans", who=GIRL),
        details(
            "top",
            "The shirt is with cotton fabric. It has a round neckline. The shirt is with cotton fabric. It has a "
            "round neckline. The shirt",
            "loop",
            hit_limit=True,
        ),
        color_of("top", "white"),
        B.material("cotton Question: what is the girl wearing? Answer: a white top", "leak"),
        title="Girls White Schiffli Embroidered Pure Cotton Top",
        category="Tops",
        color="White",
        gender="Girls",
    ),
    # photo: boy in a mustard yellow round-neck t-shirt with a navy chest pocket, navy track pants, short hair,
    # white studio backdrop.
    # adapter: none
    case(
        "X481-021",
        caption("a girl in a yellow shirt and blue pants", "pronoun"),
        wearing("a yellow shirt with a pocket and blue pants", who=BOY),
        color_of("t-shirt", "orange", "contradiction"),
        details("t-shirt", "the t-shirt has a pocket"),
        color_of("pants", "yellow", "other_garment_color"),
        B.garment_type("t-shirt"),
        title="Boys Mustard Yellow Solid Round Neck T-shirt with Pocket",
        category="Tshirts",
        color="Mustard",
        gender="Boys",
    ),
    # photo: girl in a sleeveless teal green fit-and-flare frock with an all-over gold foil print, no belt, a white
    # headband, white studio backdrop.
    # adapter: none
    case(
        "X481-022",
        caption("a little girl in a green dress with a gold pattern"),
        wearing("a green and gold dress and a necklace", "unsupported", who=GIRL),
        color_of("frock", "gold", "contradiction"),
        B.pattern("printed"),
        describe("dress", "it is a green dress with a gold pattern and a belt", "unsupported"),
        B.sleeve_length("sleeveless"),
        title="Girls Teal Green Foil Printed Fit and Flare Dress",
        category="Dresses",
        color="Teal",
        gender="Girls",
    ),
    # photo: flat-lay of a black layered tulle tutu skirt with scattered silver sequins and an elastic waistband,
    # no bow, on a white surface.
    # adapter: none
    case(
        "X481-023",
        caption("a black tutu on a white background"),
        B.garment_type("skirt"),
        color_of("skirt", "black"),
        B.material("tulle"),
        B.pattern("polka dots", "contradiction"),
        details("skirt", "the skirt has sequins and a bow", "unsupported"),
        title="Girls Black Embellished Tulle Tutu Skirt",
        category="Skirts",
        gender="Girls",
    ),
    # photo: boy in a navy and white horizontally striped round-neck t-shirt, red shorts, white studio backdrop.
    # adapter: none
    case(
        "X481-024",
        caption("a boy in a red and white striped shirt and red shorts", "other_garment_color"),
        wearing("a striped shirt and red shorts", who=BOY),
        color_of("t-shirt", "red", "other_garment_color", kind="open"),
        B.pattern("striped"),
        color_of("shorts", "red"),
        describe("t-shirt", "it is a t-shirt", "non_answer"),
        title="Boys Navy Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a mint green three-quarter-sleeve kurta with white thread embroidery at the neckline, white
    # palazzos, a white dupatta, light beige backdrop.
    # caption, details: adapter
    case(
        "X481-025",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a green kurta with white pants and a white scarf", who=GIRL),
        color_of("kurta", "green"),
        color_of("palazzos", "white"),
        color_of("dupatta", "green", "other_garment_color"),
        details(
            "kurta",
            "The shirt is with cotton fabric. It has a round neckline. The shirt is with cotton fabric. It has a "
            "round neckline. The",
            "loop",
            hit_limit=True,
        ),
        B.material("silk", "unsupported"),
        title="Girls Mint Green Embroidered Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Girls",
    ),
    # photo: boy in a charcoal grey t-shirt with "GAME ON" printed in orange, black shorts, white studio backdrop.
    # adapter: none
    case(
        "X481-026",
        caption("a boy in a grey shirt that says game on"),
        wearing("a grey t-shirt and black shorts", who=BOY),
        color_of("t-shirt", "black", "other_garment_color"),
        printed("game on"),
        describe("t-shirt", "a grey t-shirt with orange letters and a hood", "unsupported"),
        B.material("it is made of cotton Question: what is the color of the t-shirt? Answer: grey", "leak"),
        title="Boys Charcoal Grey Typography Printed T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Boys",
    ),
    # photo: girl in a white A-line frock with a pink and green floral print, holding three pink balloons, white
    # studio backdrop.
    # adapter: none
    case(
        "X481-027",
        caption("a little girl holding pink balloons in a white dress with flowers"),
        wearing("a white dress with pink flowers", who=GIRL),
        color_of("frock", "pink", "contradiction", kind="open"),
        B.pattern("floral"),
        is_a("frock", "yes"),
        describe("dress", "he is wearing a white dress with flowers", "pronoun"),
        title="Girls White & Pink Floral Print Cotton A-Line Dress",
        category="Dresses",
        color="White",
        gender="Girls",
    ),
    # photo: flat-lay of maroon track pants with white piping down the sides, on a white surface.
    # adapter: none
    case(
        "X481-028",
        caption("a pair of red sweatpants on a white background"),
        B.garment_type("track pants"),
        B.color("red"),
        details("track pants", "the track pants details", "non_answer"),
        B.material("red track pants", "restated"),
        title="Boys Maroon Solid Track Pants",
        category="Track Pants",
        color="Maroon",
        gender="Boys",
    ),
    # photo: girl in a black and white checked pleated skirt, a plain black short-sleeve top, no bracelet or
    # watch, white studio backdrop.
    # caption, material: adapter
    case(
        "X481-029",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The lady wears a short skirt. The skirt "
            "is with cotton fabric and lattice patterns. There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a black shirt and a plaid skirt", who=GIRL),
        color_of("skirt", "black"),
        B.pattern("striped", "contradiction"),
        details("skirt", "pleats"),
        B.material(
            "The lady wears a short skirt. The skirt is with cotton fabric and lattice patterns. The lady wears a "
            "short skirt. The skirt is with",
            "loop",
            hit_limit=True,
        ),
        title="Girls Black & White Checked Pleated Skirt",
        category="Skirts",
        color="Black",
        gender="Girls",
    ),
    # photo: boy in a light blue denim shirt with two flap chest pockets, buttoned, black jeans, white studio
    # backdrop.
    # adapter: none
    case(
        "X481-030",
        caption("a young boy wearing a denim shirt and black jeans"),
        wearing("a black shirt and black jeans", "other_garment_color", who=BOY),
        color_of("shirt", "blue", kind="open"),
        B.material("denim"),
        describe("shirt", "a blue denim shirt with two pockets and a collar"),
        B.garment_type("jeans", "contradiction"),
        title="Boys Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in fuchsia pink ankle-length leggings, a white t-shirt worn untucked, white studio backdrop.
    # adapter: none
    case(
        "X481-031",
        caption("a girl in a white t-shirt and red leggings", "contradiction"),
        wearing("a white top and pink tights", who=GIRL),
        color_of("leggings", "pink"),
        B.garment_type("leggings"),
        details("leggings", "they are leggings", "non_answer"),
        describe("leggings", "he is wearing pink leggings", "pronoun"),
        title="Girls Fuchsia Solid Ankle Length Leggings",
        category="Leggings",
        color="Fuchsia",
        gender="Girls",
    ),
    # photo: boy in dark navy slim-fit jeans with rips at both knees, a red t-shirt covering the waistband, white
    # studio backdrop.
    # caption: adapter
    case(
        "X481-032",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a red shirt and red jeans", "contradiction", who=BOY),
        color_of("jeans", "blue"),
        details("jeans", "the jeans have rips on the knees and a belt", "unsupported"),
        B.garment_type("jeans"),
        title="Boys Navy Blue Slim Fit Mildly Distressed Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: flat-lay of a lemon yellow short-sleeve top with a silver sequin heart on the front.
    # adapter: none
    case(
        "X481-033",
        caption("a yellow shirt with a heart on it"),
        color_of("top", "yellow"),
        details("top", "a heart made of sequins"),
        B.sleeve_length("short sleeves"),
        wearing("a yellow shirt with a pink heart", "unsupported"),
        B.material("yellow top", "restated"),
        title="Girls Yellow Embellished Sequin Heart Top",
        category="Tops",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy in a green t-shirt with white short raglan sleeves, grey shorts, white studio backdrop.
    # adapter: none
    case(
        "X481-034",
        caption("a young boy in a green and white shirt and gray shorts"),
        wearing(
            "a green shirt and grey shorts Question: what is the color of the shorts? Answer: grey",
            "leak",
            who=BOY,
        ),
        color_of("t-shirt", "green"),
        color_of("shorts", "green", "other_garment_color"),
        B.pattern("colourblocked"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Boys Green & White Colourblocked Raglan Sleeve T-shirt",
        category="Tshirts",
        color="Green",
        gender="Boys",
    ),
    # photo: girl in a sleeveless navy blue pinafore frock worn over a white short-sleeve blouse, white socks,
    # white studio backdrop.
    # adapter: none
    case(
        "X481-035",
        caption("a little girl in a navy blue dress and white shirt"),
        wearing("a blue dress and a white shirt", who=GIRL),
        color_of("frock", "white", "other_garment_color", kind="open"),
        B.sleeve_length("short sleeves", "contradiction"),
        is_a("frock", "yes"),
        B.color("navy"),
        describe("dress", "it is a navy blue dress with a white", "cut"),
        title="Girls Navy Blue Solid Pinafore Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy in a short-sleeve blue and white checked shirt with one chest pocket, cream shorts, standing next
    # to a wooden chair, white studio backdrop.
    # caption, wearing: adapter
    case(
        "X481-036",
        caption(
            "The gentleman wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The gentleman wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a short-sleeve shirt with lattice",
            "loop",
            who=BOY,
            hit_limit=True,
        ),
        color_of("shirt", "blue"),
        B.pattern("checked"),
        B.sleeve_length("long sleeves", "contradiction"),
        details("shirt", "the shirt has short sleeves and a pocket"),
        title="Boys Blue & White Checked Short Sleeves Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a yellow flared kurta with green ethnic motifs, green sharara, a green dupatta over one
    # shoulder, light pink studio backdrop.
    # adapter: none
    case(
        "X481-037",
        caption("a girl in a yellow and green indian dress"),
        wearing("a yellow kurta and green pants", who=GIRL),
        color_of("kurta", "green", "other_garment_color"),
        color_of("pants", "green"),
        B.material("yellow kurta", "restated"),
        describe(
            "kurta",
            "it is a yellow kurta with a green pattern Question: what is the girl wearing? Answer: a yellow kurta",
            "leak",
        ),
        title="Girls Yellow & Green Ethnic Motifs Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy in a red short-sleeve t-shirt with a Spider-Man graphic, blue jeans, in front of a blue wall.
    # adapter: none
    case(
        "X481-038",
        caption("a boy wearing a spiderman t-shirt standing in front of a blue wall"),
        wearing("a spiderman shirt and jeans", who=BOY),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        printed("spiderman"),
        B.color("red"),
        B.material("polyester", "unsupported"),
        describe("t-shirt", "she is wearing a red spiderman shirt", "pronoun"),
        title="Boys Red Spider-Man Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: flat-lay of beige chino shorts with a brown canvas belt through the loops (the belt is sold with
    # them), on a white surface.
    # adapter: none
    case(
        "X481-039",
        caption("a pair of khaki pants with a brown belt", "contradiction"),
        B.garment_type("shorts"),
        color_of("shorts", "brown", "other_garment_color"),
        details("shorts", "a belt and pockets"),
        B.pattern("solid"),
        title="Boys Beige Solid Chino Shorts with Belt",
        category="Shorts",
        color="Beige",
        gender="Boys",
    ),
    # photo: girl in an off white full-sleeve top with a lace yoke, black jeggings, grey studio backdrop.
    # details: adapter
    case(
        "X481-040",
        caption("a little girl in a white blouse and black pants"),
        wearing("a white shirt and black leggings", who=GIRL),
        color_of("top", "cream", kind="open"),
        details(
            "top",
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with lace fabric. It has a "
            "round neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves"),
        B.material("lace and cotton"),
        color_of("pants", "white", "other_garment_color"),
        title="Girls Off White Lace Yoke Top",
        category="Tops",
        color="Off White",
        gender="Girls",
    ),
    # photo: boy in navy track pants with an orange side stripe, a grey hoodie, white sneakers, white backdrop.
    # caption: adapter
    case(
        "X481-041",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The gentleman wears a long trousers. The trousers are with cotton fabric. The trousers are with cotton "
            "fabric",
            "loop",
            hit_limit=True,
        ),
        wearing("a grey hoodie and blue sweatpants", who=BOY),
        color_of("pants", "grey", "other_garment_color"),
        describe("track pants", "they are blue pants with an orange stripe on the side"),
        details("track pants", "stripes"),
        B.garment_type("jacket", "contradiction"),
        title="Boys Navy Blue Track Pants with Contrast Side Stripe",
        category="Track Pants",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a pink layered tulle party frock with a sequinned unicorn on the bodice (no wings), a silver
    # tiara, pale pink backdrop.
    # adapter: none
    case(
        "X481-042",
        caption("a little girl in a pink tutu dress with a unicorn on it"),
        wearing("a pink dress and a crown", who=GIRL),
        color_of("frock", "purple", "contradiction"),
        describe("dress", "it is a pink dress with a unicorn, a tutu and wings", "unsupported"),
        B.material("silk", "unsupported"),
        is_a("frock", "yes"),
        title="Girls Pink Unicorn Embellished Tulle Party Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a white short-sleeve shirt with a small navy anchor print, no pocket, navy shorts, white
    # studio backdrop.
    # adapter: none
    case(
        "X481-043",
        caption("a boy in a white shirt with anchors on it"),
        wearing("a white shirt and blue shorts", who=BOY),
        color_of("shirt", "navy", "other_garment_color"),
        B.pattern("printed"),
        describe("shirt", "it is a white shirt with blue anchors and a pocket", "unsupported"),
        B.material("", "non_answer"),
        title="Boys White Conversational Printed Cotton Casual Shirt",
        category="Shirts",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a knee-length red kurta with a small white floral print, three-quarter sleeves, white churidar
    # leggings, no dupatta, white studio backdrop.
    # caption, details: adapter
    case(
        "X481-044",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a round "
            "neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. "
            "The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        wearing("a red dress and white leggings", who=GIRL),
        color_of("kurta", "red"),
        color_of("leggings", "red", "other_garment_color"),
        B.pattern("floral"),
        B.garment_type("kurta"),
        details(
            "kurta",
            "The shirt is with cotton fabric and floral patterns. It has a round neckline. The shirt is with cotton "
            "fabric and floral patterns",
            "loop",
            hit_limit=True,
        ),
        title="Girls Red Floral Printed Pure Cotton Kurta with Leggings",
        category="Kurta Sets",
        color="Red",
        gender="Girls",
    ),
    # photo: boy in a grey melange short-sleeve t-shirt with a blue race-car print, blue denim shorts, sitting on a
    # wooden stool and holding a red toy car, white studio backdrop.
    # adapter: none
    case(
        "X481-045",
        caption("a little boy sitting on a stool holding a toy car"),
        wearing("a gray t-shirt with a car on it and blue shorts", who=BOY),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        printed("a car Question: what color is the car on the t-shirt? Answer: blue", "leak"),
        B.sleeve_length("short sleeves"),
        B.color("white", "contradiction"),
        describe("t-shirt", "it is a gray t-shirt with a car on the front"),
        title="Boys Grey Melange Graphic Printed T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # photo: girl in a mustard yellow flared skirt with a small white floral print, a plain white top tucked in,
    # no jewellery, standing next to a potted plant, white studio backdrop.
    # material: adapter
    case(
        "X481-046",
        caption("a little girl standing next to a plant in a yellow skirt and white shirt"),
        wearing("a white top and a yellow floral skirt", who=GIRL),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        B.pattern("floral"),
        B.material(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a",
            "restated",
            hit_limit=True,
        ),
        details("skirt", "the skirt is yellow and has flowers on it and she is wearing a necklace", "unsupported"),
        title="Girls Mustard Yellow Floral Print Flared Skirt",
        category="Skirts",
        color="Mustard",
        gender="Girls",
    ),
]
