"""BLIND_303 (46 products; women's tops, shirts, tees, sweaters, cardigans, shrugs, jackets and dresses): written blind
in the forty-third session. Measured blind at 6744e86 (the session's rules as they stood): 106/126 failures found
(84.1%) and 3/168 correct texts flagged (1.8%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of women's western wear: tops, shirts, t-shirts, sweaters, cardigans,
shrugs, jackets and dresses, shot on a model against studio backdrops (plain grey or white, some coloured walls, a
brick wall, a potted plant, a stool or chair as props). Many photos are layered outfits (a tee under a jacket, a
camisole under a cardigan, a shirt worn open over a tee) and most show the bottoms too (jeans, trousers, skirts).
Each product has the seller's title, category, color and gender; a few rows miss the gender or the color.

Who wrote what: the run is the original experiments' setup: base `Salesforce/blip2-opt-2.7b`, with the caption
adapter (`leoreigoto/Data2_V2_Blip2_Finetune_Caption`) for some captions and some open questions, as the comment
before each case says. The questions are the experiments' own ("What is she wearing?", "What is the color of the
top/jacket?", "Describe the top.") and the default questionnaire's. The base model writes short lowercase texts and
stops on its own (never hit_limit). The adapter writes the DeepFashion template (garment, "pure color"/"striped"/
"floral" patterns, cotton/chiffon/denim/knitted fabric, neckline) with no end token, so every adapter text runs to
its limit (50 tokens for captions, 30 for answers), carries hit_limit=True and answers every question with the
template. Closed questions (garment_type, color, pattern, sleeve_length, color of the top/jacket, "Is this a ...?")
are enrich's `--engine reference` answers, picked from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy or teal, green for teal, olive or khaki, red for
  maroon, yellow for mustard, pink for peach, purple for lavender, lilac or mauve, white or cream for off white and
  ivory, grey for charcoal or melange, orange or brown for rust, tan for beige.
- Synonyms are correct: shirt or blouse for a top, shirt for a t-shirt, sweater for a cardigan (also the reference
  engine's "sweater" for a cardigan), coat for a puffer jacket, suit for a black blazer worn with black trousers,
  cardigan for a shrug. A top called a dress, a shirt dress called "a shirt and a skirt", a denim jacket called a
  T-shirt, or "no" to "Is this a shirt?" for a shirt are contradiction.
- Colors: the color of another garment in the photo (the tee under the jacket, the trousers, the camisole) given as
  the product's color is other_garment_color; the color of a wall, of a print motif, of stripes' ground that is not
  the seller's, of a contrast collar, or one no piece has is contradiction. Navy given as black is contradiction.
- A caption that names only what is visible (the dress under a sheer shrug, the inner tank under a shrug) is not a
  contradiction; for adapter texts the cut or the loop is then what the auditor sees first.
- Adapter texts: repeating a sentence of the template is loop; stopping mid-sentence without repeating is cut; the
  template returned for the material question is restated; a template that misnames the product garment is
  contradiction (hit_limit kept). Template on "What is she wearing?" or "Describe ..." answers it: cut or loop.
- Materials: the one the title names, or a plausible look-alike (chiffon for georgette, mesh for net, wool for an
  unnamed knit, cotton for a plain shirt, nylon for a puffer) is correct; one that contradicts the title (wool for
  acrylic, silk for crepe, cotton for faux fur) is unsupported. Material answered with the garment's name and color
  is restated; "the material of the garment" and an empty answer are non_answer.
- Invented details not in the photo (a turtleneck on a round neck, a slit, a bow, a hood, cuff buttons on rolled
  sleeves) are unsupported. A base answer that stops early ("it is made of", "the top has") is cut, no hit_limit.
- "he" or "a man" for the woman is pronoun. A base answer that runs on into "Question: ... Answer:" is leak.
- The reference engine's wrong closed answers (a pattern the garment lacks, ribbed as striped, sleeves it does not
  have, a shirt as t-shirt, a lace top as dress, "yes" to "Is this a cardigan?" for a pullover) are contradiction;
  "Is this a dress?" answered yes for a cardigan worn over a dress is contradiction (the product is the cardigan).
- The base model's one color for every garment ("a blue shirt and blue pants" for navy over white trousers, "a
  brown jacket and a brown t-shirt") is contradiction: the second piece gets a color no piece of its kind has.
- "i don't know", "it is black" for the details, "it is made of the same material" are non_answer.
- 3/4 sleeves answered "long sleeves" is contradiction; short cap sleeves on a shrug answered "short sleeves" is
  correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_303 = [
    # photo: model in a black round-neck short-sleeve cotton t-shirt and blue jeans, plain grey backdrop, front view.
    # adapter: none
    case(
        "X303-001",
        caption("a woman in a black t - shirt and jeans"),
        wearing("a black t-shirt and blue jeans", who="she"),
        color_of("top", "black"),
        B.garment_type("t-shirt"),
        describe("top", "a black t-shirt with a round neck and a pocket on the chest", "unsupported"),
        B.material("cotton"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Women Black Solid Round Neck Cotton T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: navy blue shirt with thin white vertical stripes, long sleeves, tucked into white trousers, white backdrop.
    # caption: adapter
    case(
        "X303-002",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a blue shirt and blue pants", "contradiction", who="she"),
        color_of("top", "white", "other_garment_color"),
        B.pattern("striped"),
        B.sleeve_length("long sleeves"),
        B.material("it is a shirt", "restated"),
        title="Women Navy Blue Striped Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard yellow cable-knit pullover with a round neck, black mini skirt, beige backdrop.
    # adapter: none
    case(
        "X303-003",
        caption("a woman in a yellow sweater and black skirt"),
        B.color("yellow"),
        B.garment_type("sweater"),
        is_a("cardigan", "yes", "contradiction"),
        B.material("wool"),
        details("sweater", "the sweater has a cable knit pattern and a turtleneck", "unsupported"),
        describe("sweater", "a yellow sweater Question: what is the color of the sweater? Answer: yellow", "leak"),
        title="Women Mustard Yellow Cable Knit Pullover",
        category="Sweaters",
        color="Mustard",
        gender="Women",
    ),
    # photo: white cotton button-down shirt tucked into blue jeans, model in front of a pastel pink wall.
    # adapter: none
    case(
        "X303-004",
        caption("a woman in a white shirt standing in front of a pink wall"),
        color_of("top", "pink", "contradiction"),
        describe("shirt", "a white button down shirt with a collar"),
        wearing("he is wearing a white shirt and jeans", "pronoun", who="she"),
        B.garment_type("shirt"),
        B.pattern("striped", "contradiction"),
        B.material("it is made of cotton Question: what is the pattern of the shirt? Answer: solid", "leak"),
        title="Women White Regular Fit Solid Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: maroon crepe wrap midi dress, full sleeves, v neck, tie at the waist, grey backdrop.
    # caption: adapter
    case(
        "X303-005",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long-sleeve dress with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a red dress with a black belt", "unsupported", who="she"),
        B.color("pink", "contradiction"),
        B.sleeve_length("long sleeves"),
        D.details("the dress has a v neck and a tie at the waist"),
        B.material("it is made of silk", "unsupported"),
        title="Women Maroon Crepe Wrap Midi Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: olive green cotton utility jacket, open, with flap chest pockets and a zip, over a white tee, black
    # jeans, white backdrop. adapter: none
    case(
        "X303-006",
        caption("a woman wearing a green jacket and black pants"),
        color_of("jacket", "white", "other_garment_color"),
        B.garment_type("jacket"),
        details("jacket", "the jacket has pockets on the front and a zipper"),
        B.material("leather", "unsupported"),
        is_a("jacket", "yes"),
        wearing("a green jacket with a hood", "unsupported", who="she"),
        title="Women Olive Green Solid Cotton Utility Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: lavender sleeveless ribbed crop top, white high-waist jeans, grey backdrop.
    # adapter: none
    case(
        "X303-007",
        caption("a woman in a purple crop top and white jeans"),
        B.color("white", "other_garment_color"),
        B.sleeve_length("sleeveless"),
        wearing("she is wearing a purple crop top and white jeans", who="she"),
        details("top", "the details of the top", "non_answer"),
        B.pattern("striped", "contradiction"),
        title="Women Lavender Ribbed Crop Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: black faux leather biker jacket with silver zips, over a grey tee, black jeans, white backdrop.
    # details: adapter
    case(
        "X303-008",
        caption("a woman in a black leather jacket and grey t - shirt"),
        wearing("a black leather jacket and a black t-shirt", "contradiction", who="she"),
        color_of("jacket", "black"),
        details(
            "jacket",
            "The outer clothing is with leather fabric and pure color patterns. It has a lapel neckline. The lady "
            "wears a short-sleeve T-shirt with pure",
            "cut",
            hit_limit=True,
        ),
        B.material("leather"),
        title="Women Black Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: white blouse with a pink and green floral print, short puff sleeves, blue jeans, white backdrop.
    # caption: adapter
    case(
        "X303-009",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        B.color("white"),
        B.pattern("floral"),
        describe("top", "a white top with pink flowers"),
        wearing("a floral top and jeans", who="she"),
        B.sleeve_length("sleeveless", "contradiction"),
        B.material(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women White Floral Print Puff Sleeve Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: red acrylic knit cardigan, open, over a white camisole, blue jeans, grey backdrop.
    # adapter: none
    case(
        "X303-010",
        caption("a woman in a red cardigan and white top"),
        B.color("red"),
        B.garment_type("sweater"),
        is_a("cardigan", "yes"),
        wearing("a red sweater and a white shirt and jeans", who="she"),
        B.material("wool", "unsupported"),
        describe("cardigan", "a red cardigan with gold buttons", "unsupported"),
        title="Women Red Solid Acrylic Open Front Cardigan",
        category="Cardigans",
        color="Red",
        gender="Women",
    ),
    # photo: white t-shirt with "PARIS" printed in black across the chest, blue denim shorts, grey backdrop.
    # adapter: none
    case(
        "X303-011",
        caption("a woman in a white t - shirt with the word paris on it"),
        B.color("black", "contradiction"),
        B.pattern("graphic"),
        B.garment_type("t-shirt"),
        wearing("he is wearing a white shirt with a print", "pronoun", who="she"),
        B.material("cotton"),
        D.details("the t-shirt has the word paris on it in black letters"),
        title="Women White Typography Printed T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: peach georgette sleeveless top with ruffles down the front, white trousers, white backdrop.
    # caption: adapter
    case(
        "X303-012",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        B.color("pink"),
        describe("top", "a pink sleeveless top with ruffles"),
        B.material("chiffon"),
        B.sleeve_length("sleeveless"),
        wearing("a pink top and white pants Question: what is the color of the top? Answer: pink", "leak", who="she"),
        D.details(
            "The tank top is with chiffon fabric and pure color patterns. It has a round neckline. The lady wears a "
            "long pants. The",
            "cut",
            hit_limit=True,
        ),
        title="Women Peach Ruffled Georgette Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: charcoal grey turtleneck sweater, black trousers, white backdrop.
    # details: adapter
    case(
        "X303-013",
        caption("a woman in a grey sweater"),
        B.color("grey"),
        wearing("she is wearing a grey turtleneck sweater and black pants", who="she"),
        details(
            "sweater",
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. It "
            "has a turtleneck. The lady wears a long-sleeve sweater with",
            "loop",
            hit_limit=True,
        ),
        B.material("a grey sweater", "restated"),
        describe("sweater", "the sweater is a sweater", "restated"),
        title="Women Charcoal Grey Turtleneck Sweater",
        category="Sweaters",
        color="Charcoal",
        gender="Women",
    ),
    # photo: light blue denim jacket over a white tee, black mini skirt, grey backdrop.
    # caption: adapter
    case(
        "X303-014",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a short skirt. The skirt is with cotton fabric and",
            "contradiction",
            hit_limit=True,
        ),
        B.garment_type("jacket"),
        color_of("jacket", "blue"),
        B.material("denim"),
        wearing("a blue jacket and a blue skirt", "contradiction", who="she"),
        details("jacket", "the jacket has buttons and pockets on the chest"),
        is_a("jacket", "yes"),
        title="Women Light Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: black sleeveless bodycon knee-length dress, no slit, model against a red wall.
    # adapter: none
    case(
        "X303-015",
        caption("a woman in a black dress standing against a red wall"),
        B.color("black"),
        D.wearing("a red dress", "contradiction"),
        B.sleeve_length("sleeveless"),
        details("dress", "the dress has a slit on the side", "unsupported"),
        describe(
            "dress",
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is",
            "cut",
            hit_limit=True,
        ),
        title="Women Black Solid Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: oversized white linen shirt, long sleeves, model sitting on a wooden stool, beige backdrop.
    # adapter: none
    case(
        "X303-016",
        caption("a woman sitting on a stool wearing a white shirt"),
        B.garment_type("shirt"),
        B.color("white"),
        B.material("linen"),
        describe(
            "shirt",
            "a white shirt with a collar and buttons Question: what is the color of the shirt? Answer: white",
            "leak",
        ),
        B.pattern("solid"),
        wearing("a white shirt and a pair of", "cut", who="she"),
        B.sleeve_length("sleeveless", "contradiction"),
        title="Women White Oversized Linen Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: teal blue round-neck top with three-quarter sleeves, black jeans, grey backdrop.
    # adapter: none
    case(
        "X303-017",
        caption("a woman in a blue top"),
        B.color("green"),
        B.sleeve_length("long sleeves", "contradiction"),
        wearing("a blue shirt and black jeans", who="she"),
        B.material("it is made of", "cut"),
        details(
            "top",
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        title="Women Teal Solid Round Neck Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: pink cropped knit shrug with short cap sleeves, open, over a white tank top, blue jeans, white backdrop.
    # caption: adapter (it names the inner tank only)
    case(
        "X303-018",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The lady wears a long pants. The pants are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("shrug"),
        B.color("white", "other_garment_color"),
        wearing("a pink shrug over a white tank top and jeans", who="she"),
        B.sleeve_length("short sleeves"),
        B.material("it is a pink shrug", "restated"),
        title="Women Pink Cropped Knitted Shrug",
        category="Shrugs",
        color="Pink",
        gender="Women",
    ),
    # photo: yellow sleeveless sundress with white polka dots, thin straps, no belt or bow, white sandals, full-length
    # shot on a white backdrop. adapter: none
    case(
        "X303-019",
        caption("a woman in a yellow polka dot dress"),
        B.pattern("polka dots"),
        B.color("white", "contradiction"),
        describe("dress", "a yellow dress with white polka dots and a bow at the waist", "unsupported"),
        wearing("a yellow dress and sandals", who="she"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Women Yellow Polka Dot Print Sundress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: black tailored blazer with two buttons and flap pockets, over a white shirt, black trousers, grey
    # backdrop. adapter: none
    case(
        "X303-020",
        caption("a woman in a black blazer and white shirt"),
        wearing("a black suit", who="she"),
        color_of("jacket", "white", "other_garment_color"),
        B.garment_type("jacket"),
        is_a("blazer", "yes"),
        details("blazer", "the blazer has two buttons and pockets"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Women Black Solid Single Breasted Tailored Blazer",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: rust orange chunky open-front cardigan over a black top, model sitting on a wooden chair, white backdrop.
    # adapter: none
    case(
        "X303-021",
        caption("a woman in an orange cardigan sitting on a chair"),
        B.color("orange"),
        wearing("she is wearing a brown sweater", who="she"),
        B.material("it is made of wool"),
        B.garment_type("cardigan"),
        D.details("the cardigan has buttons down the front", "unsupported"),
        title="Women Rust Chunky Knit Open Front Cardigan",
        category="Cardigans",
        color="Rust",
        gender="Women",
    ),
    # photo: off white sleeveless crochet top with a scalloped hem, light blue jeans, beige backdrop.
    # caption: adapter
    case(
        "X303-022",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with knitted fabric. It "
            "has a round neckline. The lady wears a sleeveless tank top with pure color patterns. The tank",
            "loop",
            hit_limit=True,
        ),
        B.color("white"),
        wearing("a white crochet top and white jeans", "contradiction", who="she"),
        D.details("the top is crocheted and has a scalloped hem"),
        B.material("cotton"),
        title="Women Off White Crochet Sleeveless Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: navy blue ribbed crew-neck sweater, blue jeans, white backdrop.
    # adapter: none
    case(
        "X303-023",
        caption("a woman in a navy blue sweater"),
        B.color("black", "contradiction"),
        wearing("a blue sweater and jeans", who="she"),
        describe("sweater", "a sweater", "restated"),
        B.garment_type("sweater"),
        D.details(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. It "
            "has a round neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        title="Women Navy Blue Ribbed Pullover",
        category="Sweaters",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black and white gingham checked shirt, sleeves rolled to the elbow, one chest pocket, model holding a
    # coffee cup, grey backdrop. adapter: none
    case(
        "X303-024",
        caption("a woman holding a cup of coffee wearing a checkered shirt"),
        B.pattern("checked"),
        B.color("black"),
        B.garment_type("t-shirt", "contradiction"),
        wearing("a black and white checkered shirt", who="she"),
        details("shirt", "the shirt has a pocket on the chest and buttons on the sleeves", "unsupported"),
        describe(
            "shirt", "a black and white shirt Question: describe the shirt. Answer: a black and white shirt", "leak"
        ),
        title="Women Black & White Gingham Checked Shirt",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: blue denim shirt dress, knee length, long sleeves, tan belt at the waist, grey backdrop.
    # caption: adapter
    case(
        "X303-025",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The lady wears a short skirt. The skirt is with denim fabric and pure",
            "contradiction",
            hit_limit=True,
        ),
        B.garment_type("dress"),
        B.color("blue"),
        B.material("denim"),
        wearing("a denim dress with a belt", who="she"),
        D.details(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The lady wears a",
            "contradiction",
            hit_limit=True,
        ),
        title="Women Blue Denim Belted Shirt Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: emerald green satin cowl-neck sleeveless top, black trousers, a potted plant beside her, white backdrop.
    # adapter: none
    case(
        "X303-026",
        caption("a woman in a green top standing next to a plant"),
        B.material("satin"),
        B.color("green"),
        D.wearing("a green top and black pants Question: what is the color of the top? Answer: green", "leak"),
        B.sleeve_length("sleeveless"),
        details("top", "the top has a bow on the back", "unsupported"),
        title="Women Emerald Green Satin Cowl Neck Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: beige cropped jacket, open, over a black top, black trousers, grey backdrop.
    # adapter: none
    case(
        "X303-027",
        caption("a woman wearing a tan jacket and black pants"),
        B.color("black", "other_garment_color"),
        wearing("he is wearing a jacket", "pronoun", who="she"),
        B.garment_type("jacket"),
        describe(
            "jacket",
            "The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with cotton "
            "fabric. It has a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        title="Women Beige Solid Cropped Jacket",
        category="Jackets",
        color="Beige",
        gender="Women",
    ),
    # photo: red and white breton striped short-sleeve t-shirt (red ground), blue jeans, grey backdrop.
    # caption, description: adapter
    case(
        "X303-028",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        B.color("red"),
        B.pattern("striped"),
        wearing("a red and white striped shirt", who="she"),
        B.material("i don't know", "non_answer"),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric and striped patterns. It has a round neckline. The T-shirt is with "
            "cotton fabric and striped patterns. It",
            "loop",
            hit_limit=True,
        ),
        title="Women Red Striped Round Neck T-shirt",
        category="Tshirts",
        color="Red",
        gender="Women",
    ),
    # photo: lilac v-neck knit cardigan, buttoned all the way, white trousers, white backdrop.
    # adapter: none
    case(
        "X303-029",
        caption("a woman in a purple cardigan"),
        B.color("purple"),
        B.garment_type("cardigan"),
        details("cardigan", "the cardigan has buttons down the front and a v neck"),
        B.material("a purple cardigan", "restated"),
        describe(
            "cardigan",
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. It "
            "has a v-shape neckline. The lady wears a long-sleeve sweater with",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a purple sweater", "pronoun", who="she"),
        title="Women Lilac V-Neck Button Cardigan",
        category="Cardigans",
        color="Lilac",
        gender="Women",
    ),
    # photo: black sheer net longline shrug with long sleeves, over a black sleeveless dress, grey backdrop.
    # adapter: none
    case(
        "X303-030",
        caption("a woman in a black dress"),
        B.garment_type("dress", "contradiction"),
        B.color("black"),
        B.sleeve_length("long sleeves"),
        B.material("mesh"),
        is_a("shrug", "yes"),
        wearing("a black dress with a sheer shrug", who="she"),
        D.details("it is black", "non_answer"),
        title="Women Black Sheer Net Longline Shrug",
        category="Shrugs",
        color="Black",
        gender="Women",
    ),
    # photo: white cotton tiered maxi dress, short sleeves, round neck, in front of a white brick wall.
    # caption: adapter
    case(
        "X303-031",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is long. There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a white dress and a white hat", "unsupported", who="she"),
        D.details("the dress has a tiered skirt and short sleeves"),
        B.color("white"),
        B.material("cotton"),
        B.pattern("floral", "contradiction"),
        title="Women White Cotton Tiered Maxi Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: coffee brown faux suede jacket with a front zip, white tee under it, blue jeans, white backdrop.
    # details: adapter
    case(
        "X303-032",
        caption("a woman in a brown jacket and jeans"),
        B.material("suede"),
        color_of("jacket", "brown"),
        B.color("white", "other_garment_color"),
        B.garment_type("jacket"),
        wearing("she is wearing a brown jacket and a brown t - shirt", "contradiction", who="she"),
        details(
            "jacket",
            "The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with leather "
            "fabric. It has a",
            "cut",
            hit_limit=True,
        ),
        title="Women Coffee Brown Faux Suede Jacket",
        category="Jackets",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: baby pink fluffy faux fur pullover, blue jeans, model sitting on the studio floor, white backdrop.
    # adapter: none
    case(
        "X303-033",
        caption("a woman in a pink sweater sitting on the floor"),
        B.color("pink"),
        B.material("it is made of cotton", "unsupported"),
        wearing("a pink sweater and white pants", "contradiction", who="she"),
        B.garment_type("sweater"),
        D.details(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with furry fabric. It has "
            "a round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        title="Women Pink Faux Fur Pullover",
        category="Sweaters",
        color="Pink",
        gender="Women",
    ),
    # photo: blue tunic top with a white paisley print, long sleeves, white trousers, grey backdrop.
    # caption: adapter
    case(
        "X303-034",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        B.pattern("floral"),
        B.color("white", "contradiction"),
        wearing("a blue and white shirt", who="she"),
        B.sleeve_length("long sleeves"),
        D.details(
            "The shirt is with cotton fabric and floral patterns. It has a round neckline. The shirt is with cotton "
            "fabric and floral patterns. The",
            "loop",
            hit_limit=True,
        ),
        title="Women Blue Paisley Print Tunic Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: black short-sleeve top with a white contrast peter pan collar, black trousers, grey backdrop.
    # adapter: none
    case(
        "X303-035",
        caption("a woman in a black and white top"),
        B.color("white", "contradiction"),
        describe("top", "a black top with a white collar"),
        wearing("she is wearing a black top and a white skirt", "contradiction", who="she"),
        B.sleeve_length("short sleeves"),
        B.material("it is made of the same material", "non_answer"),
        title="Women Black Top with Contrast Collar",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: khaki green utility shirt, two flap chest pockets, epaulettes, sleeves rolled, model leaning against a
    # red brick wall. adapter: none
    case(
        "X303-036",
        caption("a woman in a green shirt leaning against a brick wall"),
        B.color("green"),
        B.material("cotton"),
        details("shirt", "the shirt has two pockets on the front and straps on the shoulders"),
        wearing("an army green shirt", who="she"),
        is_a("shirt", "no", "contradiction"),
        describe("shirt", "a green shirt with pockets and a belt", "unsupported"),
        title="Women Khaki Utility Shirt",
        category="Shirts",
        color="Khaki",
        gender="Women",
    ),
    # photo: ivory lace blouse, full sleeves, round neck, black pencil skirt, grey backdrop.
    # caption, details: adapter
    case(
        "X303-037",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long-sleeve shirt with pure color patterns. The shirt",
            "loop",
            hit_limit=True,
        ),
        B.color("white"),
        B.material("lace"),
        B.garment_type("dress", "contradiction"),
        D.details(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a white blouse and a black skirt", who="she"),
        title="Women Ivory Lace Full Sleeve Top",
        category="Tops",
        color="Ivory",
        gender="Women",
    ),
    # photo: coral red A-line knee-length dress, short sleeves, in front of a mustard yellow wall.
    # adapter: none
    case(
        "X303-038",
        caption("a woman in a red dress in front of a yellow wall"),
        B.color("yellow", "contradiction"),
        describe("dress", "a red dress with short sleeves and a flared skirt"),
        B.material("", "non_answer"),
        wearing("a red dress", who="she"),
        B.garment_type("dress"),
        D.details(
            "The dress is with cotton fabric and pure color patterns. It has a round neckline. The dress is with "
            "cotton fabric and pure color patterns.",
            "loop",
            hit_limit=True,
        ),
        title="Women Coral Red A-Line Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: grey melange v-neck t-shirt, black joggers, white backdrop.
    # adapter: none
    case(
        "X303-039",
        caption("a man in a grey t - shirt and black pants", "pronoun"),
        B.color("black", "other_garment_color"),
        B.garment_type("t-shirt"),
        details("t-shirt", "the t-shirt has a v neck"),
        B.material("cotton"),
        wearing("he is wearing a grey shirt and black pants", "pronoun", who="she"),
        title="Women Grey Melange V-Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: white padded puffer jacket, high collar, no hood, zipped, black leggings, white backdrop.
    # adapter: none
    case(
        "X303-040",
        caption(
            "The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with cotton "
            "fabric. It has a stand neckline. The lady wears a long leggings. The leggings are with",
            "cut",
            hit_limit=True,
        ),
        color_of("jacket", "black", "other_garment_color"),
        B.color("white"),
        B.material("nylon"),
        wearing("a white coat and black leggings", who="she"),
        details("jacket", "the jacket has a hood and a zipper", "unsupported"),
        title="Women White Solid Padded Puffer Jacket",
        category="Jackets",
        color="White",
        gender="Women",
    ),
    # photo: mauve satin slip dress, midi, thin straps, grey backdrop.
    # caption: adapter
    case(
        "X303-041",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The lady wears a sleeveless dress with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        B.color("purple"),
        B.material("satin"),
        D.details("the dress has thin straps"),
        B.sleeve_length("sleeveless"),
        wearing("a pink dress Question: what is the color of the dress? Answer: pink", "leak", who="she"),
        title="Women Mauve Satin Slip Midi Dress",
        category="Dresses",
        color="Mauve",
        gender="Women",
    ),
    # photo: bottle green velvet long-sleeve top, black trousers, grey backdrop.
    # adapter: none
    case(
        "X303-042",
        caption("a woman in a green velvet top"),
        B.color("green"),
        B.material("velvet"),
        B.sleeve_length("long sleeves"),
        wearing("a green top and green pants", "contradiction", who="she"),
        details("top", "the top has", "cut"),
        is_a("dress", "yes", "contradiction"),
        title="Women Bottle Green Velvet Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: yellow shirt worn open over a white tee, blue jeans, grey backdrop.
    # description: adapter
    case(
        "X303-043",
        caption("a woman in a yellow shirt and white t - shirt"),
        B.color("white", "other_garment_color"),
        wearing("a yellow shirt over a white t-shirt and blue jeans", who="she"),
        B.garment_type("shirt"),
        B.material("denim", "unsupported"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The shirt is with "
            "cotton fabric and pure color patterns. It has a",
            "loop",
            hit_limit=True,
        ),
        title="Women Yellow Solid Casual Shirt",
        category="Shirts",
        color="Yellow",
        gender="Women",
    ),
    # photo: black ribbed tank top, white jeans, white backdrop.
    # caption, wearing, material: adapter
    case(
        "X303-044",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "black"),
        wearing(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The lady wears a",
            "cut",
            who="she",
            hit_limit=True,
        ),
        B.material(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The lady",
            "restated",
            hit_limit=True,
        ),
        B.sleeve_length("sleeveless"),
        title="Women Black Ribbed Tank Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: blue shirt dress with a small white floral print, full sleeves, collar, buttons down the front, midi,
    # white backdrop. The feed row has no color. adapter: none
    case(
        "X303-045",
        caption("a woman in a blue floral dress"),
        B.pattern("floral"),
        B.color("blue"),
        wearing("a blue dress with flowers on it", who="she"),
        details("dress", "the dress has a collar and buttons down the front"),
        B.material("the material of the garment", "non_answer"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Women Blue Floral Print Shirt Midi Dress",
        category="Dresses",
        gender="Women",
    ),
    # photo: grey longline knit cardigan, open, over a black knee-length dress, grey backdrop. The feed row has no
    # gender. adapter: none
    case(
        "X303-046",
        caption("a woman in a grey cardigan and black dress"),
        B.garment_type("cardigan"),
        B.color("black", "other_garment_color"),
        wearing("a long grey sweater and a black dress", who="she"),
        B.material("knitted"),
        is_a("dress", "yes", "contradiction"),
        D.details(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. The "
            "lady wears a long-sleeve sweater with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        title="Women Grey Longline Open Front Cardigan",
        category="Cardigans",
        color="Grey",
    ),
]
