"""BLIND_292 (46 products; women's western and fusion wear: tops, tunics, shirts, dresses, jumpsuits, bottoms, shrugs):
written blind in the forty-third session. Measured blind at 3e625d7 (the session's rules as they stood): 97/127
failures found (76.4%) and 3/157 correct texts flagged (1.9%). The writer's notes, verbatim:

Scenario: an English feed from an Indian marketplace of women's western and fusion wear: tops (crop, peplum, lace,
wrap, ribbed, off-shoulder), tunics (printed, embroidered), shirts (solid, checked, striped, satin), dresses (wrap,
polka dot, maxi, bodycon, shirt dress), jumpsuits (utility, culotte, printed, dungarees), palazzos, jeans, skirts and
shrugs. Model shots in studios (white, grey, pink backdrops) and outdoors (streets, brick and plant walls, a beach, a
cafe, a garden, a blue car, an office desk). Most products are photographed with other garments (a tee under a shrug,
a shirt tucked into the jeans that are the product). Each row has the seller's title, category, color and gender; two
rows miss one column (one the gender, one the color), as real feeds do.

Who wrote what: captions and open answers (wearing, description, details, material, neckline) come from the untuned
base `Salesforce/blip2-opt-2.7b`: short lowercase texts that stop on their own (never hit_limit). Where the comment
says so, a text comes from the caption-only LoRA adapter of the original experiments instead: the DeepFashion
template ("The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric ..."), trained
with no end token, so it runs to its limit (50 tokens for captions, 30 for answers) with hit_limit=True and returns
the template to any question. The closed questions (garment_type, color, pattern, sleeve_length, the per-piece color
questions and "Is this a ...?") are enrich's `--engine reference` answers, chosen from candidate sets: never a loop
or a cut, but they can pick the wrong candidate (another piece's color, a print color, a wall or car color).

Labeling conventions and judgement calls:
- Shade words are correct: blue for navy or indigo, red for maroon or wine, yellow for mustard, pink for peach or
  coral, orange for coral or rust, brown for rust, green for olive or teal, white for off white or cream, purple for
  lavender, gray/grey for grey melange. Purple for a wine dress and orange for a mustard tunic are contradictions
  (the shades read red and yellow).
- Garment synonyms are correct: top, shirt, blouse or kurta for a tunic; cardigan, jacket or kimono for a shrug;
  pants or palazzo pants for palazzos; overalls for dungarees; romper for a jumpsuit (the In-shop class
  romper/jumpsuit); jumpsuit for dungarees. A jumpsuit called a dress, or "a shirt and a long pants", palazzos
  called a skirt, a shirt dress called "a denim jacket and jeans", a tunic over leggings or pants called a dress, a
  maxi dress called a saree: contradiction.
- A closed answer giving the product the color of another piece worn in the photo (the tee under the shrug, the top
  over the palazzos, the shirt tucked into the skirt) is other_garment_color; so is an open answer doing it. The
  product's own color given to another piece ("yellow" jeans under a yellow shirt, "white" pants under an off white
  shirt, "grey" jeans with a grey tee, "pink pants" with a peach top) is contradiction: the piece has no such color
  in the photo; so is any color no piece has ("black shorts" for denim shorts).
- A print color given as the garment's color (white for a black dress with white dots, white for a navy dress with
  white flowers, gold for a red dress with gold motifs) is contradiction, and so are the colors of a wall or a car.
- The reference engine answering garment_type or "Is this a ...?" with the other garment in the photo (dress for a
  shrug worn over a dress, shirt for a skirt) is contradiction; so are a pattern or sleeve length that belong to the
  other piece (striped for jeans under a striped shirt, short sleeves for dungarees over a tee, sleeveless for a
  kimono over a tank top).
- Invented items or features not in the photo (a purse, a pocket, a belt, a bow, a collar, a slit, a necklace, a
  dupatta, printed words other than the ones shown, front buttons on a plain skirt) are unsupported.
- Materials: one the title names is correct (chiffon for georgette, leather for faux leather, crochet, lace, denim,
  rayon); a plausible guess on a plain cotton-look fabric (cotton) is correct; silk for a satin shirt, a cotton
  dress, a rayon jumpsuit or a cotton tunic, denim for an olive cotton-look jumpsuit and linen for a shirt whose
  title names no fabric are unsupported.
- Adapter texts: a text that repeats a sentence of the template is loop; one that stops mid-sentence without
  repeating is cut; the template returned for the material question is restated even though it is also cut. Where
  the template misnames the garment (a jumpsuit as shirt and pants, a tunic as a dress) the misnaming is labelled
  contradiction, hit_limit kept. The template answering "What is the person wearing?" or "What are the details of the
  garment?" does describe the garment, so it is loop or cut, not restated.
- Base answers stopped early ("the dress is made of", "the top has puffy sleeves and a") are cut without hit_limit.
  An empty answer, "the skirt details" and "it is made of fabric" are non_answer. The material question answered
  with the garment's name or name and color ("a purple top", "it is a kimono") is restated.
- Base answers running on into "Question: ... Answer: ..." are leak, even where the first words are right.
- "he" or "a man" for the woman in a women's row is pronoun. An empty answer and "the neckline of the jumpsuit" are
  non_answer.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
color_shrug = question("color_shrug", "What is the color of the shrug?", "closed")
neckline = question("neckline", "What is the neckline of the garment?", "open")

BLIND_292 = [
    # photo: model in a navy blue cotton shirt, long sleeves, no pocket, tucked into white jeans; white studio
    # backdrop, front view.
    # adapter: none
    case(
        "X292-001",
        caption("a woman in a blue shirt and white jeans"),
        D.wearing("a blue shirt and white pants"),
        D.color("blue"),
        D.sleeve_length("long sleeves"),
        D.description("a white shirt with blue jeans", "other_garment_color"),
        D.details("the shirt has a collar and a pocket on the chest", "unsupported"),
        title="Women Navy Blue Solid Pure Cotton Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a mustard yellow A-line tunic with small white and rust flowers, three-quarter sleeves, round
    # neck, over white leggings; outdoors in a garden, front view.
    # caption: adapter
    case(
        "X292-002",
        caption(
            "This woman wears a medium-sleeve top with floral patterns and a long leggings. The top is with cotton "
            "fabric. It has a round neckline. The leggings are with cotton fabric and solid color patterns. There "
            "is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow top and white leggings"),
        D.color("orange", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("three-quarter sleeves"),
        D.material("silk", "unsupported"),
        is_a("dress", "no"),
        title="Women Mustard Yellow Floral Printed Cotton A-Line Tunic",
        category="Tunics",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in black high-rise skinny jeans (front pockets and button visible, no belt) with a white cropped
    # tee; grey studio backdrop, full length.
    # adapter: none
    case(
        "X292-003",
        caption("a woman in a white t-shirt and black jeans"),
        D.wearing("a white shirt and black jeans"),
        D.garment_type("jeans"),
        D.color("white", "other_garment_color"),
        color_jeans("black"),
        D.details("the jeans have a zipper, pockets and a belt", "unsupported"),
        title="Women Black Skinny Fit High-Rise Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: model in an olive green utility jumpsuit, short sleeves, shirt collar, two chest pockets, self-fabric
    # tie belt; outdoors against a red brick wall, full length.
    # caption: adapter
    case(
        "X292-004",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The pants are with cotton fabric and pure color patterns. The lady",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a green jumpsuit"),
        D.garment_type("jumpsuit"),
        D.color("green"),
        is_a("dress", "yes", "contradiction"),
        D.details("it has a belt and pockets"),
        D.material("denim", "unsupported"),
        title="Women Olive Green Solid Utility Jumpsuit",
        category="Jumpsuit",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a white sheer georgette open-front shrug, long sleeves, over a black tank top and blue jeans;
    # white studio backdrop, front view.
    # adapter: none
    case(
        "X292-005",
        caption("a woman wearing a white cardigan over a black top and jeans"),
        D.wearing("a black top, white jacket and black jeans", "contradiction"),
        D.color("black", "other_garment_color"),
        color_shrug("white"),
        is_a("shrug", "yes"),
        D.material("chiffon"),
        title="Women White Solid Open Front Sheer Georgette Shrug",
        category="Shrug",
        color="White",
        gender="Women",
    ),
    # photo: model in a maroon wrap midi dress, V neck, three-quarter sleeves, tan heels, no bag; walking on a city
    # street, full length.
    # adapter: none
    case(
        "X292-006",
        caption("a woman in a red dress walking down the street"),
        D.wearing("a red dress and a black purse", "unsupported"),
        D.color("pink", "contradiction"),
        neckline("v-neck"),
        D.sleeve_length("three-quarter sleeves"),
        D.description("he is wearing a red dress", "pronoun"),
        title="Women Maroon Solid Wrap Midi Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in light blue straight-fit jeans with a pink and white striped shirt tucked in; outdoors in front
    # of a yellow painted wall, full length.
    # adapter: none
    case(
        "X292-007",
        caption("a woman in a pink shirt and jeans standing in front of a yellow wall"),
        D.wearing("a pink and white striped shirt tucked into blue jeans"),
        color_jeans("blue"),
        D.color("yellow", "contradiction"),
        D.pattern("striped", "contradiction"),
        D.description("the jeans are light blue and have a straight leg"),
        title="Women Blue Straight Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a red and black checked shirt worn open over a white tee, long sleeves, with black jeans;
    # white studio backdrop, front view.
    # caption, wearing, material: adapter
    case(
        "X292-008",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The lady wears a long-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long pants. The",
            "cut",
            hit_limit=True,
        ),
        D.color("red"),
        D.pattern("checked"),
        color_pants("black"),
        D.details("the shirt has a white t-shirt underneath"),
        D.material(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long",
            "restated",
            hit_limit=True,
        ),
        title="Women Red & Black Checked Cotton Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Women",
    ),
    # photo: model in a peach sleeveless crop top with ruffles at the neckline, white high-waist wide-leg trousers;
    # pale pink studio backdrop, front view.
    # adapter: none
    case(
        "X292-009",
        caption("a woman in a pink top and white pants"),
        D.wearing("a pink top and pink pants", "contradiction"),
        D.color("pink"),
        D.sleeve_length("sleeveless"),
        D.details("the top has ruffles on the", "cut"),
        is_a("top", "yes"),
        title="Women Peach-Coloured Ruffled Crop Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a black fit-and-flare dress with white polka dots, round neck with no collar, short puff
    # sleeves; grey studio backdrop, full length.
    # adapter: none
    case(
        "X292-010",
        caption("a woman in a black and white polka dot dress"),
        D.color("white", "contradiction"),
        D.pattern("polka dot"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.description("a black dress with white polka dots and a white collar", "unsupported"),
        title="Women Black & White Polka Dot Print Fit and Flare Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in teal wide-leg palazzos with a white sleeveless top; outdoors on a terrace with a railing,
    # full length.
    # adapter: none
    case(
        "X292-011",
        caption("a woman in a white top and green pants on a balcony"),
        D.wearing("a white tank top and green palazzo pants"),
        D.garment_type("pants"),
        D.color("green"),
        color_pants("white", "other_garment_color"),
        D.description("the pants are white and wide", "other_garment_color"),
        title="Women Teal Solid Flared Palazzos",
        category="Palazzos",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a blue denim knee-length shirt dress, button front, long sleeves rolled to the elbow, brown
    # belt at the waist; white studio backdrop, full length.
    # caption: adapter
    case(
        "X292-012",
        caption(
            "The lady wears a long-sleeve dress with denim fabric and pure color patterns. It has a lapel neckline. "
            "The lady wears a long-sleeve dress with denim fabric and pure color patterns. It has a lapel",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue denim jacket and jeans", "contradiction"),
        D.color("blue"),
        D.material("denim"),
        D.details("it has buttons down the front and a brown belt"),
        title="Women Blue Denim Shirt Dress with Belt",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a lavender top with a small white geometric print, short sleeves, round neck, black trousers;
    # grey studio backdrop, front view.
    # adapter: none
    case(
        "X292-013",
        caption("a woman in a purple shirt and black pants"),
        D.wearing("he is wearing a purple top and black pants", "pronoun"),
        D.color("purple"),
        D.pattern("geometric"),
        color_top("black", "other_garment_color"),
        D.material("a purple top", "restated"),
        title="Women Lavender Geometric Print Regular Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a white cotton tunic with blue thread embroidery on the yoke, long sleeves, no pockets, with
    # blue jeans; white studio backdrop, front view.
    # adapter: none
    case(
        "X292-014",
        caption("a man in a white shirt with blue embroidery", "pronoun"),
        D.wearing("a white kurta and jeans"),
        D.garment_type("tunic"),
        D.color("white"),
        D.details("the top has blue embroidery on the neck and a pocket", "unsupported"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Women White Embroidered Cotton Tunic",
        category="Tunics",
        color="White",
        gender="Women",
    ),
    # photo: model in a black sleeveless halter-neck culotte jumpsuit with wide legs; grey studio backdrop, full
    # length.
    # adapter: none
    case(
        "X292-015",
        caption("a woman in a black jumpsuit"),
        D.wearing("a black dress", "contradiction"),
        D.garment_type("jumpsuit"),
        D.color("black"),
        neckline("the neckline of the jumpsuit", "non_answer"),
        D.details("the jumpsuit has a halter neck Question: what is the color of the jumpsuit? Answer: black", "leak"),
        title="Women Black Solid Culotte Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: model in a beige open-knit crochet shrug, long sleeves, over a white sleeveless midi dress, watch on
    # the wrist; white studio backdrop, front view.
    # caption: adapter
    case(
        "X292-016",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a long-sleeve",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white dress and a beige cardigan"),
        D.color("white", "other_garment_color"),
        color_shrug("beige"),
        is_a("dress", "yes", "contradiction"),
        D.material("crochet"),
        title="Women Beige Open Knit Crochet Shrug",
        category="Shrug",
        color="Beige",
        gender="Women",
    ),
    # photo: model in a plain red A-line mini skirt (no buttons) with a black top tucked in; outdoors on a sidewalk,
    # full length.
    # adapter: none
    case(
        "X292-017",
        caption("a woman in a black top and red skirt"),
        D.wearing("a black shirt and red skirt"),
        color_skirt("red"),
        D.color("black", "other_garment_color"),
        D.garment_type("skirt"),
        D.description("it is a red skirt with buttons on the front", "unsupported"),
        D.details("the skirt details", "non_answer"),
        title="Women Red Solid A-Line Mini Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: model in an oversized white shirt with black vertical stripes, long sleeves, with blue denim shorts;
    # outdoors on a beach.
    # adapter: none
    case(
        "X292-018",
        caption("a woman in a striped shirt on the beach"),
        D.wearing("a white shirt and black shorts", "contradiction"),
        D.color("white"),
        D.pattern("striped"),
        D.sleeve_length("long sleeves"),
        color_shirt("blue", "other_garment_color"),
        D.material("linen", "unsupported"),
        title="Women White & Black Striped Oversized Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a rust ribbed fitted top, long sleeves, square neck, with beige trousers; white studio
    # backdrop, front view.
    # caption, wearing, details: adapter
    case(
        "X292-019",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "knitting fabric. It has a square neckline. The trousers are with cotton fabric and pure color patterns",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "knitting fabric. It has a",
            "cut",
            hit_limit=True,
        ),
        D.color("orange"),
        D.sleeve_length("long sleeves"),
        neckline("square"),
        D.details(
            "The shirt is with knitting fabric and pure color patterns. It has a square neckline. The shirt is with "
            "knitting fabric and pure color patterns. It",
            "loop",
            hit_limit=True,
        ),
        title="Women Rust Solid Fitted Ribbed Top",
        category="Tops",
        color="Rust",
        gender="Women",
    ),
    # photo: model in a navy blue sleeveless maxi dress with a white floral print, no belt; outdoors in a grass
    # field, full length.
    # adapter: none
    case(
        "X292-020",
        caption("a woman in a blue floral dress standing in a field"),
        D.color("white", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("sleeveless"),
        D.description("a long blue dress with white flowers and a belt", "unsupported"),
        D.material("the dress is made of", "cut"),
        title="Women Navy Blue Floral Printed Maxi Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a grey melange t-shirt with a cat-face graphic and the word "MEOW", short sleeves, with black
    # jeans; white studio backdrop, front view.
    # adapter: none
    case(
        "X292-021",
        caption("a woman wearing a grey t-shirt with a picture of a cat on it"),
        D.wearing("a grey t-shirt and grey jeans", "contradiction"),
        D.color("grey"),
        D.details("the shirt has a cat on it and says hello", "unsupported"),
        color_jeans("grey", "contradiction"),
        title="Women Grey Melange Graphic Printed T-shirt",
        category="Tops",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: model in black and white geometric printed wide-leg palazzos with a black sleeveless top; white studio
    # backdrop, full length.
    # caption: adapter
    case(
        "X292-022",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. It has a round neckline. The pants are with chiffon fabric and graphic patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black top and black and white pants"),
        D.garment_type("pants"),
        D.pattern("solid", "contradiction"),
        color_pants("black"),
        is_a("skirt", "yes", "contradiction"),
        D.material("rayon"),
        title="Women Black & White Printed Rayon Wide Leg Palazzos",
        category="Palazzos",
        color="Black",
        gender="Women",
    ),
    # photo: model in a white lace top, short sleeves, scalloped hem, with blue jeans; outdoors in front of a green
    # wall of plants, front view.
    # adapter: none
    case(
        "X292-023",
        caption("a woman in a white lace top and jeans standing in front of a wall of plants"),
        D.wearing("a white blouse and white jeans", "contradiction"),
        D.color("white"),
        D.material("lace"),
        color_top("blue", "other_garment_color"),
        D.description("she is wearing a white lace top with a white belt", "unsupported"),
        title="Women White Lace Regular Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: model in a wine bodycon knee-length dress, long sleeves, round neck, no slit; grey studio backdrop,
    # front view.
    # adapter: none
    case(
        "X292-024",
        caption("a woman in a purple dress posing for a photo", "contradiction"),
        D.wearing("a red dress"),
        D.color("red"),
        D.sleeve_length("long sleeves"),
        D.description("a red bodycon dress with a slit on the side", "unsupported"),
        is_a("dress", "yes"),
        title="Women Wine Solid Bodycon Dress",
        category="Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: model in a black longline open shrug, three-quarter sleeves, over a red top and black trousers; white
    # studio backdrop, front view. The row has no gender.
    # adapter: none
    case(
        "X292-025",
        caption("a woman in a red top and black jacket"),
        D.wearing("a red shirt with a black cardigan and black pants"),
        D.color("red", "other_garment_color"),
        color_shrug("black"),
        D.sleeve_length("long sleeves", "contradiction"),
        is_a("shrug", "no", "contradiction"),
        title="Women Black Solid Longline Shrug",
        category="Shrug",
        color="Black",
    ),
    # photo: model in a pastel pink tiered maxi skirt with a white short-sleeve tee tucked in; outdoors on a
    # promenade, full length.
    # caption, material: adapter
    case(
        "X292-026",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The T-shirt is with "
            "cotton fabric. It has a round neckline. The skirt is with chiffon fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and white skirt", "contradiction"),
        color_skirt("pink"),
        D.color("pink"),
        D.details("the skirt has layers of ruffles"),
        D.material(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The T-shirt is with "
            "cotton fabric. It has a round",
            "restated",
            hit_limit=True,
        ),
        title="Women Pink Solid Tiered Maxi Skirt",
        category="Skirts",
        color="Pink",
        gender="Women",
    ),
    # photo: model in light blue boyfriend jeans with slashed knees and a black tee; outdoors leaning on a red brick
    # wall, full length.
    # adapter: none
    case(
        "X292-027",
        caption("a woman in a black shirt and ripped jeans leaning against a brick wall"),
        D.wearing("a black top and black jeans", "contradiction"),
        D.color("black", "other_garment_color"),
        color_jeans("blue"),
        D.details("the jeans have holes in the knees"),
        D.description("blue jeans with rips Question: what is the color of the shirt? Answer: black", "leak"),
        title="Women Blue Boyfriend Fit Mid-Rise Slash Knee Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a white wrap top with a green floral print, short flutter sleeves, tie at the waist, with
    # white jeans; white studio backdrop, front view.
    # adapter: none
    case(
        "X292-028",
        caption("a woman in a green and white floral top"),
        D.wearing("a white and green top and white pants"),
        D.color("white"),
        D.pattern("floral"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description("he is wearing a white top with green flowers", "pronoun"),
        title="Women White & Green Floral Print Wrap Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: model in a blue jumpsuit with a white abstract print, sleeveless, V neck, wide legs, waist tie; outdoors
    # by a pool, full length.
    # caption: adapter
    case(
        "X292-029",
        caption(
            "The lady wears a sleeveless romper with graphic patterns. The romper is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a sleeveless romper with graphic patterns. The romper is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue and white jumpsuit"),
        D.color("blue"),
        D.garment_type("dress", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.material("silk", "unsupported"),
        title="Women Blue & White Printed Rayon Basic Jumpsuit",
        category="Jumpsuit",
        color="Blue",
        gender="Women",
    ),
    # photo: model in an off white satin shirt, long sleeves, pointed collar, no bow, with black trousers; grey
    # studio backdrop, front view.
    # adapter: none
    case(
        "X292-030",
        caption("a woman in a white blouse and black pants"),
        D.wearing("a white shirt and black pants"),
        D.color("white"),
        D.material("silk", "unsupported"),
        color_pants("white", "contradiction"),
        D.details("the shirt has buttons, a collar and a bow", "unsupported"),
        title="Women Off White Solid Satin Formal Shirt",
        category="Shirts",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a red maxi dress with gold ethnic motifs, three-quarter sleeves, round neck; outdoors in a
    # courtyard with arches, full length.
    # adapter: none
    case(
        "X292-031",
        caption("a woman in a red and gold dress"),
        D.wearing("a red and gold saree", "contradiction"),
        D.color("gold", "contradiction"),
        D.pattern("printed"),
        D.sleeve_length("three-quarter sleeves"),
        D.material("silk", "unsupported"),
        title="Women Red & Golden Ethnic Motifs Print Cotton Maxi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: model in a blue denim A-line midi skirt with buttons down the front, white tee tucked in, watch on the
    # wrist; white studio backdrop, full length.
    # caption: adapter
    case(
        "X292-032",
        caption(
            "Her T-shirt has short sleeves, cotton fabric and pure color patterns. The neckline of it is round. This "
            "lady wears a long skirt, with denim fabric and pure color patterns. There is an accessory in",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and a denim skirt"),
        color_skirt("blue"),
        D.color("white", "other_garment_color"),
        D.details("the skirt has buttons down the", "cut"),
        D.material("denim"),
        title="Women Blue Denim A-Line Midi Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a coral sleeveless peplum top with blue jeans, no jewellery; sitting at a cafe table, waist
    # up.
    # adapter: none
    case(
        "X292-033",
        caption("a woman sitting at a table in a cafe wearing a pink top"),
        D.wearing("a pink top and blue jeans"),
        D.color("orange"),
        D.sleeve_length("sleeveless"),
        D.description("a pink top with a ruffle at the bottom and a gold necklace", "unsupported"),
        D.details("", "non_answer"),
        title="Women Coral Solid Peplum Top",
        category="Tops",
        color="Coral",
        gender="Women",
    ),
    # photo: model in a multicoloured floral kimono shrug with wide three-quarter sleeves over a white tank top and
    # blue jeans; outdoors on a street, full length.
    # adapter: none
    case(
        "X292-034",
        caption("a woman wearing a floral kimono over a white tank top and jeans"),
        D.wearing("a floral kimono, white top and jeans"),
        D.color("white", "other_garment_color"),
        D.pattern("floral"),
        is_a("shrug", "yes"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.material("it is a kimono", "restated"),
        title="Women Multicoloured Floral Printed Kimono Shrug",
        category="Shrug",
        color="Multi",
        gender="Women",
    ),
    # photo: model in an indigo blue block-printed cotton tunic with a mandarin collar, button placket, long
    # sleeves, over white leggings; white studio backdrop, full length.
    # caption: adapter
    case(
        "X292-035",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "stand neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue and white dress and white leggings", "contradiction"),
        D.garment_type("tunic"),
        D.color("blue"),
        neckline("mandarin collar"),
        D.pattern("checked", "contradiction"),
        title="Women Indigo Blue Printed Cotton Tunic",
        category="Tunics",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a red smocked top with short puff sleeves and white jeans; outdoors standing next to a blue
    # vintage car, full length.
    # adapter: none
    case(
        "X292-036",
        caption("a woman in a red top standing next to a blue car"),
        D.wearing("a red top and blue jeans", "contradiction"),
        D.color("blue", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.details("the top has puffy sleeves and a", "cut"),
        is_a("top", "yes"),
        title="Women Red Puff Sleeve Smocked Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: model in a black faux leather pencil skirt with a white shirt tucked in; white studio backdrop, full
    # length.
    # adapter: none
    case(
        "X292-037",
        caption("a woman in a white shirt and black leather skirt"),
        D.wearing("a white shirt and a black skirt"),
        D.color("black"),
        D.material("leather"),
        D.description("he is wearing a black leather skirt", "pronoun"),
        D.garment_type("shirt", "contradiction"),
        title="Women Black Solid Faux Leather Pencil Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in blue denim dungarees over a white short-sleeve tee; white studio backdrop, full length.
    # caption: adapter
    case(
        "X292-038",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long overalls. The T-shirt is with "
            "cotton fabric. It has a round neckline. The overalls are with denim fabric and pure color patterns",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and denim overalls"),
        D.garment_type("jumpsuit"),
        D.color("white", "other_garment_color"),
        is_a("pair of jeans", "no"),
        D.material("denim"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Women Blue Denim Dungarees",
        category="Jumpsuit",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a yellow short-sleeve shirt with a white floral print, no pocket, with blue jeans; outdoors in
    # front of a white brick wall, waist up.
    # adapter: none
    case(
        "X292-039",
        caption("a woman in a yellow floral shirt and jeans"),
        D.wearing("a yellow shirt with flowers and blue jeans"),
        D.color("yellow"),
        color_shirt("yellow"),
        color_jeans("yellow", "contradiction"),
        D.description("a yellow shirt with white flowers and a pocket on the chest", "unsupported"),
        D.material("it is made of a yellow shirt", "restated"),
        title="Women Yellow Floral Print Casual Shirt",
        category="Shirts",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in cream flared palazzos with a lace border at the hem, no pockets, with a pink straight kurti;
    # white studio backdrop, full length.
    # adapter: none
    case(
        "X292-040",
        caption("a woman in a pink top and white pants"),
        D.wearing("a pink kurta and white palazzo pants"),
        D.color("pink", "other_garment_color"),
        color_pants("white"),
        D.details("the pants have lace at the bottom and pockets", "unsupported"),
        D.garment_type("skirt", "contradiction"),
        title="Women Off-White Solid Flared Palazzos with Lace Detail",
        category="Palazzos",
        color="Cream",
        gender="Women",
    ),
    # photo: model in a blue and white floral off-shoulder top with long sleeves, white jeans; outdoors on a beach,
    # waist up.
    # caption, wearing: adapter
    case(
        "X292-041",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long pants. The pants are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.color("blue"),
        D.pattern("floral"),
        neckline("off the shoulder"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Women Blue & White Floral Print Bardot Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a pink cropped shrug with short sleeves over a black sleeveless midi dress; white studio
    # backdrop, front view. The row has no color.
    # adapter: none
    case(
        "X292-042",
        caption("a woman in a black dress and pink jacket"),
        D.wearing("a black dress with a pink shrug"),
        D.garment_type("dress", "contradiction"),
        color_shrug("pink"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("short sleeves"),
        D.material("it is made of fabric", "non_answer"),
        title="Women Pink Solid Cropped Shrug",
        category="Shrug",
        gender="Women",
    ),
    # photo: model in grey skinny jeans with a red knit sweater; white studio backdrop, full length.
    # caption: adapter
    case(
        "X292-043",
        caption(
            "This woman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a round neckline. The pants this woman wears is of long length. The pants are with denim",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red sweater and grey jeans"),
        color_jeans("black", "contradiction"),
        D.color("grey"),
        D.details(
            "the jeans have pockets and a zipper Question: what is the color of the sweater? Answer: red", "leak"
        ),
        is_a("pair of jeans", "yes"),
        title="Women Grey Skinny Fit Mid-Rise Jeans",
        category="Jeans",
        color="Grey",
        gender="Women",
    ),
    # photo: model in a green straight tunic with gold ethnic motifs, three-quarter sleeves, over white pants, no
    # dupatta; outdoors in a garden, full length.
    # adapter: none
    case(
        "X292-044",
        caption("a woman in a green dress and white pants in a garden", "contradiction"),
        D.wearing("a green and gold kurta"),
        D.color("green"),
        color_pants("white"),
        D.description("a green kurta with gold print and a dupatta", "unsupported"),
        is_a("dress", "yes", "contradiction"),
        title="Women Green Ethnic Motif Printed Straight Tunic",
        category="Tunics",
        color="Green",
        gender="Women",
    ),
    # photo: model in a black off-shoulder maxi dress with long sleeves; outdoors on stone steps, full length.
    # caption, details, material: adapter
    case(
        "X292-045",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "off-shoulder neckline. The lady wears a long-sleeve dress with pure color patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black dress"),
        D.color("black"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The dress is with cotton fabric and pure color patterns. It has a off-shoulder neckline. The dress is "
            "with cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "off-shoulder neckline. The lady",
            "restated",
            hit_limit=True,
        ),
        title="Women Black Solid Off-Shoulder Maxi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a pink and white pinstriped shirt, long sleeves, with navy trousers; sitting at a wooden desk
    # with a laptop in an office, waist up.
    # adapter: none
    case(
        "X292-046",
        caption("a woman in a pink shirt sitting at a desk with a laptop"),
        D.wearing("a pink shirt and blue pants"),
        D.color("pink"),
        D.pattern("solid", "contradiction"),
        color_pants("pink", "contradiction"),
        D.details("the shirt has a collar and buttons Question: what is the color of the pants? Answer: blue", "leak"),
        D.description("a pink and white striped shirt"),
        title="Women Pink Striped Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Women",
    ),
]
