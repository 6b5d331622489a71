"""BLIND_738 (46 products; Myntra women's winterwear through the epoch-1 caption adapter): written blind in the
fifty-fifth session. Measured blind at eb48159 (the session's second rules): 109/126 failures found (86.5%) and 11/171
correct texts flagged (6.4%). The writer's notes, verbatim:

Scenario: a Myntra women's winterwear feed (pullover sweaters, cardigans, puffer, denim, biker and bomber jackets,
overcoats, trench and teddy coats, knit, lace, crochet and crepe shrugs). Catalog photos on a white or light grey
studio backdrop, worn by a model who also wears something else: a tee, shirt or turtleneck under an open layer,
jeans, trousers, skirts, leggings, a dress under a shrug, now and then a handbag. Front or three-quarter views.
The seller's columns are title, category (Sweaters, Jackets, Coats, Shrug) and color (Myntra base colours:
Navy Blue, Maroon, Mauve, Camel Brown, Grey Melange, Off White, Khaki...); two rows lack a column.

Who wrote what: the caption and every open answer (wearing, describe, details, material, open color questions)
come from the caption adapter at epoch 1 (Data2_V2_BLIP2_Finetune_Caption_First_Epoch on blip2-opt-2.7b), greedy,
50 new tokens for the caption and 30 for answers. At epoch 1 it is half base model, half DeepFashion template:
some texts are short base-style phrases with hue names ("a woman in a teal sweater and beige pants"), others
are the template ("The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting
fabric. It has a v-shape neckline..."), which still brings its habits: "gentleman"/"his" from the men's
captions, an accessory on the wrist or a ring that is not there, the same sentence over again until the limit.
Trained without an end token, it sometimes stops (the base model's newline survives at epoch 1) and sometimes
runs to the limit, cut mid-sentence, looping, or writing the next "Question: ... Answer:" itself. The closed
answers (garment_type, color, pattern, sleeve_length, neckline, is_a, closed color_of) come from enrich's
--engine reference, which picks one candidate value: they never loop or cut, but they pick the inner tee's
color, the dress under a shrug, the print of the t-shirt, or the product's color for the jeans.

Labeling conventions and judgement calls:
- One label per text. Where a text has two faults I wrote it so one dominates; a loop or a leak that also runs
  to the limit is labeled loop or leak, with hit_limit=True.
- A text that runs to its token limit and ends mid-sentence is "cut" (hit_limit=True) even when what it said
  was right.
- other_garment_color: the product is given the color of something else in the photo (inner tee, shirt,
  turtleneck, dress, jeans, a held handbag, which I count as another garment). The reverse, another garment
  given the product's color (white jeans called pink), is "contradiction", as is any other color, pattern,
  sleeve length or garment type the photo or the seller's columns contradict, including a closed garment_type
  that names the layer underneath ("dress" for a shrug worn over a dress, "shirt" for a sweater over a shirt) and
  a pattern that belongs to the tee under the product ("graphic", "printed").
- Seller shades mapped to plain hues are correct: navy -> blue or navy blue, burgundy -> red, mauve and lavender
  -> purple, rust -> orange, khaki -> beige, camel and coffee -> brown, off white and cream -> white, peach ->
  pink or peach, olive -> green. I avoided the borderline ones (teal called green, charcoal called black).
- Garment words: a cardigan called a sweater, a coat called a jacket (Myntra files coats under Jackets, the VQA
  data has one jacket/coat class), a parka called a coat, a knit shrug called a cardigan are all correct; a
  knit or lace shrug called a jacket, top or dress, a fur jacket called a sweater, a corduroy jacket called a
  shirt, a pullover called a cardigan or a sweatshirt are contradictions.
- A printed sweater's color given as the print's color (white for a navy Fair Isle) is "contradiction", not
  other_garment_color: no other garment has it. A striped sweater's "white with black stripes" is correct.
- DeepFashion template wording is correct where it fits: "pure color patterns" for a solid garment, "lattice"
  for cable knit, "knitting fabric" for a knit, "furry fabric" for faux fur, "lapel neckline" for a collar.
- Material: a plausible fibre the title does not contradict (cotton or wool for a knit, polyester for a puffer,
  leather for faux leather, fur for faux fur) is correct; a material the photo rules out (leather for a nylon
  puffer) is "unsupported", like any invented detail (hood, fur lining, belt, zipper, pockets, tie, accessory,
  ring, hat that the photo does not show).
- non_answer: a yes/no or a bare one-word answer to an open question (even a right word, "brown" to "Describe
  the cardigan"), or the template without the asked fact. restated: the question's words given back.
- pronoun: he/his/man/gentleman in any text for a Women row; the one row without a gender column has none.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

neckline = question("neckline", "What is the neckline of the garment?", "closed")

BLIND_738 = [
    # photo: plain navy crew-neck pullover (no logo), ribbed cuffs and hem, light blue skinny jeans, hands in pockets,
    # white backdrop, front view. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X738-001",
        caption("a woman wearing a navy blue sweater and jeans standing in front of a white wall"),
        wearing("a navy blue sweater with a white logo on the chest and blue jeans", "unsupported"),
        Q.garment_type("sweater"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        details(
            "sweater",
            "the sweater has a round neck, ribbed cuffs and a ribbed hem. the sweater has a round neck, ribbed cuffs "
            "and a ribbed hem. the sweater has a",
            "loop",
            hit_limit=True,
        ),
        title="Fort Collins Women Navy Blue Solid Pullover",
        category="Sweaters",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: maroon cable-knit (self design) cardigan, open, tonal buttons, over a white round-neck t-shirt, black
    # jeans, white backdrop, front view. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X738-002",
        caption(
            "The lady wears a long-sleeve cardigan with lattice patterns. The cardigan is with knitting fabric. It "
            "has a v-shape neckline. The lady wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns."
        ),
        color_of("cardigan", "white", "other_garment_color"),
        Q.garment_type("cardigan"),
        Q.pattern("cable knit"),
        describe("cardigan", "a maroon cardigan with buttons down the front and a cable knit pattern"),
        details(
            "cardigan",
            "The cardigan has a white t-shirt underneath and black jeans. The cardigan has long sleeves and a zipper "
            "on the front.",
            "unsupported",
        ),
        Q.material("wool"),
        title="Vero Moda Women Maroon Self Design Cardigan",
        category="Sweaters",
        color="Maroon",
        gender="Women",
    ),
    # photo: olive quilted puffer jacket with attached hood, zipped up, black leggings, empty hands, white backdrop,
    # front view. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X738-003",
        caption(
            "a woman in an olive green puffer jacket with a hood and black leggings holding a cup of coffee",
            "unsupported",
        ),
        wearing(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with other fabric. It has "
            "a hooded neckline. The lady wears a long leggings. The leggings are with",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("green"),
        is_a("jacket", "yes"),
        Q.material(
            "The jacket is made of polyester and has a padded lining. The jacket is made of polyester and has a "
            "padded lining. The jacket is made of",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        title="Roadster Women Olive Green Solid Padded Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: black faux-leather biker jacket, asymmetric zip, worn open over a grey printed t-shirt, blue jeans, white
    # backdrop, front view. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X738-004",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. "
            "It has a lapel neckline. The gentleman wears a long denim pants.",
            "pronoun",
        ),
        Q.color("black"),
        Q.garment_type("jacket"),
        Q.material("leather"),
        details("jacket", "zip closure, two zip pockets on the front, notched lapels and zips on the cuffs"),
        wearing("a black leather jacket, a grey t-shirt and jeans"),
        Q.pattern("printed", "contradiction"),
        title="Madame Women Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: grey melange cable-knit turtleneck pullover, black mini skirt, black tights, no jewellery, white backdrop,
    # front view. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X738-005",
        caption(
            "The lady wears a long-sleeve sweater with lattice patterns. The sweater is with knitting fabric. It has "
            "a stand neckline. The lady wears a short skirt. There is an accessory on her wrist.",
            "unsupported",
        ),
        Q.color("grey"),
        Q.pattern("cable knit"),
        Q.garment_type("sweater"),
        neckline("turtle neck"),
        describe("sweater", "a grey cable knit sweater with a turtle neck and long sleeves, worn with a black skirt"),
        is_a("cardigan", "yes", "contradiction"),
        title="ONLY Women Grey Melange Cable Knit Turtle Neck Sweater",
        category="Sweaters",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: beige longline open-front knit shrug, three-quarter sleeves, over a black sleeveless top and black
    # trousers, white backdrop, front view. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X738-006",
        caption("a woman wearing a beige long cardigan over a black top and black pants"),
        Q.garment_type("shrug"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("three-quarter sleeves"),
        wearing("a black cardigan over a black top and black pants", "other_garment_color"),
        describe("shrug", "the shrug is a shrug", "restated"),
        details("shrug", "longline, open front, no buttons, three-quarter sleeves"),
        title="Sassafras Women Beige Solid Longline Shrug",
        category="Shrug",
        color="Beige",
        gender="Women",
    ),
    # photo: camel double-breasted knee-length overcoat, plain notched lapels (no fur), self belt, flap pockets, over a
    # black turtleneck and black trousers, black ankle boots, white backdrop, front view. Caption/open: caption adapter
    # epoch 1; closed: reference engine.
    case(
        "X738-007",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with wool fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The lady wears a pair of",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("coat"),
        Q.color("brown"),
        color_of("coat", "black and brown", "other_garment_color", kind="open"),
        details(
            "coat", "double breasted with six buttons, notched lapels, a fur collar and two flap pockets", "unsupported"
        ),
        Q.material("wool blend"),
        is_a("jacket", "yes"),
        title="Mast & Harbour Women Camel Brown Solid Double-Breasted Overcoat",
        category="Coats",
        color="Camel Brown",
        gender="Women",
    ),
    # photo: red pullover with thin white horizontal stripes, crew neck, blue jeans, white backdrop, front view.
    # Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X738-008",
        caption("a woman wearing a red and white striped sweater and blue jeans"),
        Q.pattern("solid", "contradiction"),
        Q.color("red"),
        wearing(
            "The lady wears a long-sleeve sweater with striped patterns and a long pants. The sweater is with "
            "knitting fabric. It has a round",
            "cut",
            hit_limit=True,
        ),
        color_of("sweater", "red and white", kind="open"),
        details(
            "sweater",
            "striped, round neck, long sleeves Question: What is the color of the jeans? Answer: blue Question:",
            "leak",
            hit_limit=True,
        ),
        title="Monte Carlo Women Red & White Striped Pullover",
        category="Sweaters",
        color="Red",
        gender="Women",
    ),
    # photo: mustard ribbed cropped high-neck pullover, white wide-leg trousers, light grey studio backdrop, front view.
    # Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X738-009",
        caption("a woman in a yellow sweater and white pants posing for a photo"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("sweater"),
        describe(
            "sweater",
            "The sweater is a crop sweater with ribbed knit and a high neck. It is yellow in color. The sweater is a "
            "crop sweater with",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        Q.material("yes", "non_answer"),
        title="Tokyo Talkies Women Mustard Yellow Ribbed Crop Sweater",
        category="Sweaters",
        color="Mustard",
        gender="Women",
    ),
    # photo: charcoal grey quilted puffer jacket, stand collar, no hood, zipped, side hand pockets only, black jeans,
    # white backdrop, three-quarter view. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X738-010",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. It has a stand neckline. The lady wears a "
            "long denim pants. The pants are with denim fabric and pure color patterns."
        ),
        Q.color("brown", "contradiction"),
        Q.garment_type("jacket"),
        details("jacket", "The jacket has a hood, two chest pockets and a drawstring waist.", "unsupported"),
        wearing("she is wearing a grey puffer jacket and black jeans", who="she"),
        Q.material("polyester"),
        title="DUKE Women Charcoal Grey Solid Quilted Puffer Jacket",
        category="Jackets",
        color="Charcoal",
        gender="Women",
    ),
    # photo: black belted knee-length trench coat, buttoned, over a white shirt (collar out), black trousers, white
    # backdrop, front view. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X738-011",
        caption("a woman wearing a black trench coat with a belt and black pants"),
        Q.garment_type("coat"),
        Q.color("black"),
        Q.pattern("solid"),
        details(
            "coat",
            "belt, buttons, pockets, belt, buttons, pockets, belt, buttons, pockets, belt, buttons, pockets, belt, "
            "buttons,",
            "loop",
            hit_limit=True,
        ),
        describe("coat", "The coat is white with a collar.", "other_garment_color"),
        wearing("a black coat over a white shirt and black trousers"),
        title="AND Women Black Solid Longline Trench Coat",
        category="Coats",
        color="Black",
        gender="Women",
    ),
    # photo: light pink V-neck button-front cardigan worn buttoned as a top, white jeans, no jewellery, white backdrop,
    # front view. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X738-012",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. "
            "It has a v-shape neckline. The lady wears a long denim pants. The pants are with denim fabric and pure "
            "color patterns. This lady",
            "cut",
            hit_limit=True,
        ),
        Q.color("pink"),
        Q.garment_type("cardigan"),
        color_of("jeans", "pink", "contradiction"),
        wearing("a pink sweater, white jeans and a gold necklace", "unsupported"),
        Q.sleeve_length("long sleeves"),
        title="United Colors of Benetton Women Pink Solid Cardigan",
        category="Sweaters",
        color="Pink",
        gender="Women",
    ),
    # photo: sheer green chiffon shrug with a white floral print, open front, three-quarter sleeves, over a white tank
    # top, blue jeans, white backdrop, front view. Caption/open: caption adapter epoch 1; closed: reference.
    case(
        "X738-013",
        caption(
            "The lady wears a medium-sleeve shrug with floral patterns. The shrug is with chiffon fabric. The lady "
            "wears a long denim pants."
        ),
        Q.pattern("floral"),
        Q.color("green"),
        Q.garment_type("top", "contradiction"),
        describe(
            "shrug",
            "The shrug is a floral print shrug in green and white with an open front. The shrug is a floral print "
            "shrug in green and",
            "loop",
            hit_limit=True,
        ),
        Q.material("chiffon"),
        wearing(
            "she wears a green floral shrug over a white tank top with blue jeans. The shrug is with chiffon fabric "
            "and floral patterns. It has an open",
            "cut",
            who="she",
            hit_limit=True,
        ),
        title="Harpa Women Green Floral Print Sheer Shrug",
        category="Shrug",
        color="Green",
        gender="Women",
    ),
    # photo: off-white chunky cable-knit crew-neck pullover (plain back), tan trousers, white backdrop (garment blends
    # into it), front view. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X738-014",
        caption("a woman wearing a white knitted sweater and brown pants"),
        Q.color("white"),
        color_of("sweater", "brown", "other_garment_color", kind="open"),
        Q.pattern("cable knit"),
        details(
            "sweater",
            "The sweater has a round neck, long sleeves and a cable knit pattern on the front and sleeves and a zip "
            "at the back.",
            "unsupported",
        ),
        Q.material("wool"),
        is_a("sweater", "yes"),
        title="Cayman Women Off White Cable Knit Pullover",
        category="Sweaters",
        color="Off White",
        gender="Women",
    ),
    # photo: navy parka with grey faux-fur trimmed hood, drawstring waist, zip and button placket, flap pockets, over a
    # grey sweater, blue jeans, bare head, white backdrop. Caption/open: caption adapter epoch 1; closed: reference
    # engine.
    case(
        "X738-015",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has "
            "a hooded neckline. The lady wears a long denim pants. The pants are with denim fabric and pure color "
            "patterns. There is a hat",
            "cut",
            hit_limit=True,
        ),
        Q.color("grey", "other_garment_color"),
        Q.garment_type("jacket"),
        details("jacket", "faux fur hood, drawstring waist, zip and button placket, flap pockets"),
        wearing(
            "a blue parka with a fur hood and jeans Question: What is the color of the jeans? Answer: blue", "leak"
        ),
        Q.sleeve_length("long sleeves"),
        title="Fort Collins Women Navy Blue Solid Hooded Parka",
        category="Jackets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: peach lightweight knit cropped open shrug, three-quarter sleeves, over a white dress with small floral
    # print, white backdrop, front view. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X738-016",
        caption("a woman wearing a white floral dress and a pink cardigan"),
        Q.garment_type("dress", "contradiction"),
        Q.color("peach"),
        Q.pattern("floral", "contradiction"),
        wearing("What is the person wearing?", "restated"),
        describe("shrug", "yes", "non_answer"),
        title="Femella Women Peach-Coloured Solid Open Front Shrug",
        category="Shrug",
        color="Peach",
        gender="Women",
    ),
    # photo: burgundy V-neck pointelle (self design) pullover over a white collared shirt (collar out), grey trousers,
    # white backdrop, front view. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X738-017",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a v-shape neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns."
        ),
        Q.color("red"),
        color_of("sweater", "The sweater is white.", "other_garment_color", kind="open"),
        Q.garment_type("shirt", "contradiction"),
        neckline("v-neck"),
        Q.material(
            "The sweater is made of cotton and the shirt is made of cotton and the trousers are made of cotton and "
            "the shirt is made of",
            "loop",
            hit_limit=True,
        ),
        title="Allen Solly Woman Burgundy Self Design Pullover",
        category="Sweaters",
        color="Burgundy",
        gender="Women",
    ),
    # photo: black hooded puffer with a small white Puma logo on the chest, plain hood without fur, zipped, black track
    # pants, white backdrop, front view. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X738-018",
        caption("a woman in a black puma jacket with a hood and black pants"),
        Q.color("black"),
        Q.pattern("solid"),
        details(
            "jacket", "The jacket has a white logo on the chest, a hood and a fur trim on the hood.", "unsupported"
        ),
        wearing("he is wearing a black jacket and black pants", "pronoun"),
        Q.material("polyester"),
        is_a("jacket", "yes"),
        title="Puma Women Black Hooded Padded Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: mauve textured open-front longline cardigan to mid-thigh, no belt, no hood, over a black t-shirt, black
    # jeans, white backdrop, front view. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X738-019",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. "
            "It has a v-shape neckline. The lady wears a long denim pants. The cardigan is with knitting fabric. It "
            "has a v-shape neckline. The lady",
            "loop",
            hit_limit=True,
        ),
        Q.color("purple"),
        Q.garment_type("cardigan"),
        describe("cardigan", "a long purple cardigan with a belt and a hood", "unsupported"),
        wearing("a purple cardigan, a black t-shirt and black jeans"),
        color_of("jeans", "purple", "contradiction"),
        title="Madame Women Mauve Self Design Longline Cardigan",
        category="Sweaters",
        color="Mauve",
        gender="Women",
    ),
    # photo: mid-blue denim trucker jacket, button front, two chest flap pockets, over a white tee, black skinny jeans,
    # bare wrists, white backdrop, front view. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X738-020",
        caption(
            "The lady wears a long-sleeve denim jacket with pure color patterns. It has a lapel neckline. The lady "
            "wears a long denim pants. There is an accessory on her wrist.",
            "unsupported",
        ),
        Q.color("blue"),
        Q.material("denim"),
        details("jacket", "button closure, two chest flap pockets, two side pockets, button cuffs"),
        color_of("jeans", "blue", "contradiction"),
        wearing(
            "a denim jacket and black jeans Question: What is the person wearing? Answer: a denim jacket and",
            "leak",
            hit_limit=True,
        ),
        title="Levis Women Blue Solid Denim Trucker Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: teal fine-knit crew-neck pullover tucked into beige trousers, hands in pockets, white backdrop, front view.
    # Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X738-021",
        caption("a woman in a teal sweater and beige pants standing with her hands in her pockets"),
        Q.color("blue"),
        color_of("pants", "teal", "contradiction"),
        Q.garment_type("sweater"),
        details("sweater", "the sweater details are the sweater details", "restated"),
        Q.sleeve_length("long sleeves"),
        title="Vero Moda Women Teal Solid Pullover",
        category="Sweaters",
        color="Teal",
        gender="Women",
    ),
    # photo: rust corduroy tailored jacket with collar, button front and two chest flap pockets, over a black top, blue
    # mom jeans, white backdrop, front view. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X738-022",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long denim pants.",
            "contradiction",
        ),
        Q.garment_type("jacket"),
        Q.color("orange"),
        Q.material("corduroy"),
        wearing("an orange jacket, a black top and blue jeans"),
        describe(
            "jacket",
            "The jacket is a corduroy jacket with a collar and buttons. The jacket has two chest pockets with flaps. "
            "The jacket has two",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Women Rust Orange Solid Corduroy Tailored Jacket",
        category="Jackets",
        color="Rust",
        gender="Women",
    ),
    # photo: lavender crepe open shrug, three-quarter sleeves, over a white crop top, white jeans, no jewellery, white
    # backdrop, front view. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X738-023",
        caption("a woman wearing a purple shrug over a white top and white jeans"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("shrug"),
        Q.sleeve_length("three-quarter sleeves"),
        wearing(
            "The lady wears a medium-sleeve shrug with pure color patterns. The lady wears a long denim pants. There "
            "is a ring on her finger.",
            "unsupported",
        ),
        describe("shrug", "lavender, open front, no buttons"),
        title="Kassually Women Lavender Solid Open Front Shrug",
        category="Shrug",
        color="Lavender",
        gender="Women",
    ),
    # photo: black teddy (faux shearling) longline coat with a black notched collar, over a cream turtleneck sweater,
    # light blue jeans, no glasses, white backdrop, front view. Caption/open: caption adapter epoch 1; closed: reference
    # engine.
    case(
        "X738-024",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with furry fabric. It has a "
            "lapel neckline. The lady wears a long denim pants."
        ),
        Q.color("black"),
        Q.material("faux fur"),
        details("coat", "The coat is black and has a white collar.", "other_garment_color"),
        Q.garment_type("sweater", "contradiction"),
        wearing("a black fur coat, a white sweater, jeans and a pair of sunglasses", "unsupported"),
        title="Vero Moda Women Black Solid Teddy Longline Coat",
        category="Coats",
        color="Black",
        gender="Women",
    ),
    # photo: coffee brown hooded knit cardigan with a zip, zipped halfway over a beige top, blue jeans, white backdrop,
    # front view. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X738-025",
        caption("a woman wearing a brown hooded sweater and jeans"),
        Q.garment_type("cardigan"),
        Q.color("brown"),
        wearing(
            "The gentleman wears a long-sleeve cardigan with pure color patterns. His cardigan is with knitting "
            "fabric. It has a hooded neckline.",
            "pronoun",
        ),
        details("cardigan", "zipper, hood, pockets"),
        describe("cardigan", "brown", "non_answer"),
        title="Monte Carlo Women Coffee Brown Solid Hooded Cardigan",
        category="Sweaters",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: red single-breasted wool-blend coat with red tonal buttons, over a black polo neck, black trousers, a black
    # handbag held in one hand, white backdrop, front view. Caption/open: caption adapter epoch 1; closed: reference
    # engine.
    case(
        "X738-026",
        caption("a woman in a red coat holding a black handbag"),
        Q.color("red"),
        Q.material("wool"),
        is_a("coat", "yes"),
        details("coat", "The coat has a black collar and black buttons.", "other_garment_color"),
        describe(
            "coat",
            "The coat is red. Question: Describe the bag. Answer: The bag is black. Question: Describe the",
            "leak",
            hit_limit=True,
        ),
        wearing("she is wearing a red coat and black pants", who="she"),
        title="United Colors of Benetton Women Red Solid Wool Blend Coat",
        category="Jackets",
        color="Red",
        gender="Women",
    ),
    # photo: white button-front cardigan with thin black horizontal stripes, buttoned, round neck, no patches, black
    # jeans, white backdrop, front view. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X738-027",
        caption(
            "The lady wears a long-sleeve cardigan with striped patterns. The cardigan is with knitting fabric. It "
            "has a round neckline. The lady wears a long denim pants."
        ),
        Q.color("white"),
        Q.pattern("striped"),
        color_of("cardigan", "white with black stripes", kind="open"),
        details(
            "cardigan",
            "white buttons, black stripes, ribbed cuffs and hem, round neck, white buttons, black stripes, ribbed "
            "cuffs and hem,",
            "loop",
            hit_limit=True,
        ),
        wearing("a striped sweater with elbow patches and black jeans", "unsupported"),
        title="Tokyo Talkies Women White & Black Striped Cardigan",
        category="Sweaters",
        color="White",
        gender="Women",
    ),
    # photo: black glossy cropped puffer jacket, high neck, over a white crop top, high-waist blue jeans, white
    # backdrop, front view. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X738-028",
        caption("a woman wearing a black puffer jacket with jeans"),
        Q.color("black"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.pattern("solid"),
        describe(
            "jacket",
            "The jacket is a cropped black puffer jacket with a high collar. It has a shiny finish. It has a shiny "
            "finish. It has a shiny",
            "loop",
            hit_limit=True,
        ),
        Q.material("leather", "unsupported"),
        wearing("a black jacket and blue jeans"),
        title="Jealous 21 Women Black Solid Cropped Puffer Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: cream ribbed turtleneck pullover tucked into a black leather-look mini skirt, white backdrop, front view.
    # Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X738-029",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a stand neckline. The lady wears a short skirt. The skirt is with leather fabric and pure color "
            "patterns. The lady wears a pair of",
            "cut",
            hit_limit=True,
        ),
        Q.color("black", "other_garment_color"),
        Q.garment_type("sweater"),
        neckline("turtle neck"),
        Q.material("The sweater is made of cotton and the skirt is made of leather."),
        details("sweater", "his sweater has a high neck and a ribbed knit", "pronoun"),
        title="Elle Women Cream-Coloured Ribbed Turtle Neck Sweater",
        category="Sweaters",
        color="Cream",
        gender="Women",
    ),
    # photo: olive satin bomber jacket, front zip, zip pocket on the sleeve, ribbed black collar/cuffs/hem, no hood,
    # over a black t-shirt, blue jeans, white backdrop. Caption/open: caption adapter epoch 1; closed: reference.
    case(
        "X738-030",
        caption("a woman wearing a green bomber jacket, a black t-shirt and blue jeans"),
        Q.color("green"),
        color_of("jacket", "black", "other_garment_color"),
        details(
            "jacket",
            "The jacket has a zip on the sleeve, a ribbed collar and two pockets. It also has a hood and a drawstring "
            "at the hem.",
            "unsupported",
        ),
        Q.material("the material of the garment is the material of the garment", "restated"),
        Q.garment_type("jacket"),
        wearing(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with other fabric. It has a "
            "stand neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        title="Mast & Harbour Women Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: grey melange long knit shrug, open front, no buttons or pockets, long sleeves, over a black bodycon dress,
    # white backdrop, front view. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X738-031",
        caption("a woman in a black dress and grey cardigan"),
        Q.garment_type("dress", "contradiction"),
        Q.color("grey"),
        Q.sleeve_length("long sleeves"),
        describe("shrug", "a long grey cardigan with long sleeves worn open over a black dress"),
        details("shrug", "pockets, buttons", "unsupported"),
        wearing("no", "non_answer"),
        title="Roadster Women Grey Melange Solid Open Front Longline Shrug",
        category="Shrug",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: baby pink faux-fur teddy short jacket with a collar, no hood, over a white t-shirt, blue jeans, white
    # backdrop, front view. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X738-032",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with furry fabric. It has "
            "a lapel neckline. The lady wears a long denim pants. The pants are with denim fabric and pure color "
            "patterns. Her",
            "cut",
            hit_limit=True,
        ),
        Q.color("pink"),
        Q.material("fur"),
        is_a("sweater", "yes", "contradiction"),
        wearing("a pink fur coat with a hood and blue jeans", "unsupported"),
        color_of("jeans", "blue"),
        title="Okane Women Pink Solid Faux Fur Teddy Jacket",
        category="Jackets",
        color="Pink",
        gender="Women",
    ),
    # photo: black longline single-breasted overcoat, notched lapels, flap pockets, over a grey hoodie (hood out over
    # the collar), black jeans, white sneakers, white backdrop. Caption/open: caption adapter epoch 1; closed: reference
    # engine.
    case(
        "X738-033",
        caption("a woman wearing a black coat over a grey hoodie"),
        Q.color("grey", "other_garment_color"),
        Q.garment_type("sweatshirt", "contradiction"),
        details(
            "coat",
            "notched lapels, single breasted button closure, two flap pockets and a back vent. The coat is made of "
            "wool and has a notched lapel and a",
            "cut",
            hit_limit=True,
        ),
        Q.material(
            "The coat is made of wool. The hoodie is made of cotton. The jeans are made of denim. The coat is made "
            "of wool. The hoodie is",
            "loop",
            hit_limit=True,
        ),
        is_a("coat", "yes"),
        title="ONLY Women Black Solid Longline Overcoat",
        category="Coats",
        color="Black",
        gender="Women",
    ),
    # photo: navy pullover with a white snowflake Fair Isle pattern on the yoke and sleeves, crew neck, long sleeves,
    # black leggings, white backdrop, front view. Caption/open: caption adapter epoch 1; closed: reference.
    case(
        "X738-034",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with knitting fabric. It has "
            "a round neckband. The lady wears a long leggings."
        ),
        Q.pattern("printed"),
        Q.color("navy blue"),
        color_of("sweater", "white", "contradiction", kind="open"),
        describe("sweater", "a blue and white sweater with a snowflake design on the chest and sleeves"),
        Q.sleeve_length("short sleeves", "contradiction"),
        wearing("What is the person wearing? a sweater", "restated"),
        title="DUKE Women Navy Blue & White Self Design Pullover",
        category="Sweaters",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: bottle green cable-knit V-neck cardigan, buttoned, green tonal buttons, beige midi skirt, white backdrop,
    # front view. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X738-035",
        caption("a woman wearing a green sweater and a white skirt", "contradiction"),
        Q.color("green"),
        Q.pattern("cable knit"),
        describe(
            "cardigan",
            "The cardigan is green with green buttons and a cable knit pattern. It has a v-neck and long sleeves. "
            "The cardigan is green",
            "loop",
            hit_limit=True,
        ),
        details("cardigan", "Answer: v-neck, buttons, cable knit Question: What is the color of the skirt?", "leak"),
        Q.garment_type("cardigan"),
        Q.material("wool"),
        title="United Colors of Benetton Women Green Cable Knit Cardigan",
        category="Sweaters",
        color="Green",
        gender="Women",
    ),
    # photo: black lace short-sleeve cropped shrug over a red sleeveless knee-length dress, white backdrop, front view.
    # Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X738-036",
        caption("a woman in a red dress with a black lace shrug"),
        Q.color("red", "other_garment_color"),
        Q.garment_type("shrug"),
        Q.pattern("lace"),
        Q.sleeve_length("short sleeves"),
        describe(
            "shrug",
            "The shrug is made of lace and has short sleeves. The shrug is made of lace and has short sleeves. The "
            "shrug is made of",
            "loop",
            hit_limit=True,
        ),
        wearing("a red dress and a black lace shrug", who="she"),
        title="Harpa Women Black Lace Cropped Shrug",
        category="Shrug",
        color="Black",
        gender="Women",
    ),
    # photo: mustard longline ribbed cardigan with patch pockets, no elbow patches, worn open over a white t-shirt with
    # a black text print, blue jeans, white backdrop, front view. Caption/open: caption adapter epoch 1; closed:
    # reference.
    case(
        "X738-037",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric. "
            "The lady wears a long denim pants. The lady wears a t-shirt with graphic patterns."
        ),
        Q.pattern("graphic", "contradiction"),
        Q.color("yellow"),
        describe("cardigan", "The cardigan is white and has a graphic print on the front.", "other_garment_color"),
        details(
            "cardigan", "open front, ribbed knit, long length, two patch pockets, suede elbow patches", "unsupported"
        ),
        wearing("a yellow cardigan, a white t-shirt and jeans"),
        title="Sassafras Women Mustard Yellow Solid Longline Cardigan",
        category="Sweaters",
        color="Mustard",
        gender="Women",
    ),
    # photo: khaki cotton hooded parka to mid-thigh, drawstring waist, unlined hood, over a white sweater, black jeans,
    # white backdrop, front view. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X738-038",
        caption("a woman wearing a khaki parka jacket with a hood"),
        Q.color("beige"),
        details("jacket", "The jacket has a hood, a drawstring waist and a fur lining.", "unsupported"),
        Q.garment_type("coat"),
        wearing(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has "
            "a hooded neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        Q.material("The lady wears a long-sleeve jacket with pure color patterns.", "non_answer"),
        title="Wrangler Women Khaki Solid Hooded Cotton Parka",
        category="Jackets",
        color="Khaki",
        gender="Women",
    ),
    # photo: plain light grey V-neck pullover over a pink collared shirt (collar out), navy trousers, white backdrop,
    # front view. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X738-039",
        caption("a woman wearing a grey sweater over a pink shirt"),
        Q.color("pink", "other_garment_color"),
        color_of("trousers", "grey", "contradiction"),
        Q.garment_type("sweater"),
        neckline("v-neck"),
        details("sweater", "v neck, ribbed cuffs, ribbed hem, embroidered logo on the chest", "unsupported"),
        describe("sweater", "Describe the sweater.", "restated"),
        title="Cherokee Women Grey Solid V-Neck Pullover",
        category="Sweaters",
        color="Grey",
        gender="Women",
    ),
    # photo: light-wash blue denim jacket with a cream sherpa collar and lining, button front, two chest pockets, over a
    # black top, blue jeans (denim on denim), white backdrop. Caption/open: caption adapter epoch 1; closed: reference
    # engine.
    case(
        "X738-040",
        caption(
            "The lady wears a long-sleeve denim jacket with pure color patterns. It has a lapel neckline. The lady "
            "wears a long denim pants. The pants are with denim fabric and pure color patterns."
        ),
        Q.color("black", "other_garment_color"),
        Q.material("denim"),
        details("jacket", "fur collar, button front, two chest pockets"),
        color_of(
            "jacket",
            "The jacket is blue and the jeans are blue and the top is black and the jacket is blue and the jeans are "
            "blue and the",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        wearing("he is wearing a denim jacket and jeans", "pronoun"),
        title="Lee Women Blue Washed Denim Sherpa Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: beige double-breasted belted knee-length trench coat with epaulettes and a storm flap, over a white top,
    # blue jeans, a brown handbag on the arm, white backdrop. Caption/open: caption adapter epoch 1; closed: reference
    # engine. The feed row has no category.
    case(
        "X738-041",
        caption("a woman wearing a beige trench coat and jeans holding a brown bag"),
        Q.color("brown", "other_garment_color"),
        Q.garment_type("coat"),
        is_a("dress", "yes", "contradiction"),
        details("coat", "belt, double breasted buttons, epaulettes, storm flap"),
        Q.material(
            "cotton Question: What is the color of the bag? Answer: brown Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        title="Sera Women Beige Solid Double-Breasted Trench Coat",
        color="Beige",
        gender="Women",
    ),
    # photo: purple round-neck pullover with ribbed raglan sleeves, ribbed hem and cuffs, black trousers, white
    # backdrop, three-quarter view. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X738-042",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckband. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns."
        ),
        Q.color("purple"),
        Q.garment_type("sweatshirt", "contradiction"),
        wearing("The man is wearing a purple sweater and black pants.", "pronoun"),
        describe(
            "sweater",
            "The sweater is purple with a round neck and long sleeves. It has a ribbed hem and ribbed cuffs. It is "
            "made of",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        title="Monte Carlo Women Purple Solid Raglan Sleeve Pullover",
        category="Sweaters",
        color="Purple",
        gender="Women",
    ),
    # photo: black knee-length hooded puffer coat, zipped, no fur trim, black leggings, white sneakers, white backdrop,
    # front view. Caption/open: caption adapter epoch 1; closed: reference engine. The feed row has no gender column.
    case(
        "X738-043",
        caption("a woman in a long black puffer coat with a hood"),
        Q.color("black"),
        Q.garment_type("jacket"),
        details(
            "coat",
            "hood, zip, pockets, hood, zip, pockets, hood, zip, pockets, hood, zip, pockets, hood, zip, pockets, hood,",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester"),
        describe("coat", "a black long puffer coat with a hood and white fur trim", "unsupported"),
        title="Fort Collins Women Black Solid Hooded Longline Puffer Coat",
        category="Jackets",
        color="Black",
    ),
    # photo: off-white crochet open shrug with short sleeves, straight hem, no tie, over a black tank top and a black
    # skirt, white backdrop, front view. Caption/open: caption adapter epoch 1; closed: reference engine.
    case(
        "X738-044",
        caption("a woman wearing a white crochet shrug over a black top and black skirt"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("shrug"),
        Q.material("cotton"),
        describe(
            "shrug",
            "The shrug is a white crochet shrug with short sleeves and an open front. It has a tie at the front.",
            "unsupported",
        ),
        wearing("yes", "non_answer", who="she"),
        title="Mango Women Off-White Crochet Open Front Shrug",
        category="Shrug",
        color="Off White",
        gender="Women",
    ),
    # photo: royal blue lightweight quilted jacket, stand collar, snap placket, two welt pockets, over a white shirt,
    # beige chinos (waist hidden by the jacket), white backdrop, front view. Caption/open: caption adapter epoch 1;
    # closed: reference.
    case(
        "X738-045",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long trousers.",
            "pronoun",
        ),
        Q.color("blue"),
        Q.pattern("solid"),
        details("jacket", "diamond quilting, stand collar, snap button placket, two welt pockets"),
        color_of("jacket", "white", "other_garment_color"),
        wearing("a blue jacket, a white shirt, khaki pants and a brown belt", "unsupported"),
        title="Allen Solly Woman Blue Solid Quilted Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: red and black buffalo-check wool-blend overshirt jacket, collar, two chest pockets, no hood, worn open over
    # a black turtleneck, black jeans, white backdrop. Caption/open: caption adapter epoch 1; closed: reference.
    case(
        "X738-046",
        caption("a woman wearing a red and black plaid jacket and black pants"),
        Q.pattern("checked"),
        Q.color("red"),
        describe("jacket", "a red and black checked jacket with two chest pockets and buttons"),
        Q.material(
            "The jacket is made of wool. The jacket is made of wool. The jacket is made of wool. The jacket is made "
            "of wool. The jacket is",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "A red and black checkered jacket. Question: What is the color of the pants? Answer: black Question: "
            "What is",
            "leak",
            hit_limit=True,
        ),
        details("jacket", "The jacket has a hood.", "unsupported"),
        title="Roadster Women Red & Black Checked Overshirt Jacket",
        category="Jackets",
        color="Red",
        gender="Women",
    ),
]
