"""BLIND_543 (46 products; Myntra women's kurtis, tops, shirts, dresses, co-ords, bottoms and layers): written blind in
the fiftieth session. Measured blind at 230bbc4 (the session's rules as they stood): 117/131 failures found (89.3%)
and 9/169 correct texts flagged (5.3%). The writer's notes, verbatim:

Scenario: the original experiments re-run on a Myntra-like English feed of women's wear: kurtis and kurta sets, tops,
shirts, dresses, co-ord sets, jeans, palazzos, skirts, shrugs and jackets, photographed on models who also wear other
clothes (a tee under the jacket, a kurti over the palazzos, a camisole under the shrug), on studio backdrops, coloured
walls, brick walls, doors, cafes and streets, sometimes holding a prop. The questions are the experiments' own, in the
product's words: "What is she wearing?", "What is the color of the top / kurti / dress / jeans ...?", "Describe the
top.", "What are the top details?", "What material is the top made of?", plus the closed garment_type, color, pattern,
sleeve_length and a yes/no "Is this a ...?". Each row has the seller's title, category, color and gender; a few rows
miss the gender or the color, as real feeds do.

Who wrote what: four producers, the comment above each case says which wrote what.
- The untuned base `Salesforce/blip2-opt-2.7b`: short, lowercase texts that stop on their own (never hit_limit). Its
  failures: a wrong or shared color, the color of another piece or of the print, "dress" for a kurti, invented
  accessories and details, "he" or "a man" for a woman, runs on into "Question: ... Answer: ...", non-answers, the
  question's words back, and now and then an early stop mid-phrase ("it is made of").
- The caption adapter (DeepFashion template, no end-of-answer token trained), epoch 3: runs to its limit (50 tokens
  for captions, 30 for answers), hit_limit=True, and returns its template to every prompt. Epoch 1: same limit, but
  its texts sometimes open with a base-like phrase ("a woman in a white kurta.") before falling into the template. The
  template has no hue names, so an adapter text never gets a color wrong.
- The VQA adapter (In-shop VQA pairs, no end token either): answers with In-shop classes or colors and repeats them
  until the limit ("blouse/shirt, pants, blouse/shirt, ...", "green-green-green-..."), hit_limit=True.
- Closed questions (garment_type, color, pattern, sleeve_length, closed per-piece colors, "Is this a ...?") are
  enrich's `--engine reference` answers chosen from candidate sets: right most of the time, never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, purple for lavender, yellow for mustard, red for
  maroon, peach or pink for peach, green for teal, olive or mint, blue for teal, white for cream or off white.
  Reference "black" for navy and "brown" for maroon are contradiction.
- The color of the print or trim given as the garment's color (gold for a maroon kurti with gold foil print, blue for
  a white dress with blue flowers, white for a black dress with white dots) is contradiction. The color of another
  piece in the photo (the jeans, the tucked tee, the camisole under the shrug, the kurti over the palazzos, the
  sneakers) given as the product's color is other_garment_color. "a white shirt and white pants" for a white shirt
  over brown trousers (one color for both) is contradiction.
- Garment synonyms are correct: kurta or tunic for a kurti, shirt for a shirt-style kurti or utility top, anarkali for
  an anarkali kurta, cardigan or kimono for a shrug, pants for palazzos, suit for a co-ord set, sweater for a
  sweatshirt. "dress" for a kurti (base or adapter) is contradiction, and so are "skirt" for palazzos and reference
  "top" for a shrug. The adapter's "long-sleeve shirt" for a kurta is tolerated (its vocabulary has no kurta), so such
  an adapter text is labelled by its cut or loop.
- Materials: the title's material, a look-alike the model cannot tell apart (chiffon for georgette, lace for crochet),
  or a plausible guess where the title names none (cotton on a printed cotton-look kurti, wool on a knit shrug) is
  correct. Another material where the title names one (cotton for linen, rayon or georgette, silk for rayon) is
  contradiction; a material the title does not name and the photo does not show (leather on a plain skirt, denim on a
  twill top, leather on a nylon bomber) is unsupported.
- Invented items (a dupatta, a belt, a handbag, a necklace, heels on a photo cropped at the knees, a pocket, a hood,
  lace trim, a bow, a zipper on a back the photo does not show, a coffee cup) are unsupported. Real props and walls
  named in a caption are correct.
- Adapter texts: one that repeats a sentence or clause of the template is loop; one that stops mid-sentence without
  repeating is cut; the template returned for the material question is restated (even where it names the right
  fabric). Where the template or an epoch-1 opening misnames the garment (dress for a kurti, skirt for palazzos),
  contradiction, hit_limit kept. Invented accessories or wrong necklines in a cut adapter text are left to the cut.
  The template answering "What is she wearing?", "Describe the ..." or "What are the ... details?" does answer it: cut
  or loop.
- VQA adapter repeats are loop, even where the repeated word is right.
- Base: "it is made of" (early stop) is cut without hit_limit; an empty answer, "no", "i don't know", "there are no
  details", "the kurti has details", "it is a shrug" (for the details), "the top has a lot of details", "they are
  jeans" and "the dress is made of the same material" are non_answer; "the top is a top", "the shirt details", "the
  palazzo details are on the palazzos" and a material question answered with the garment's name and color are
  restated; a run-on into "Question: ..." is leak even where the first words are right; "he" or "a man" for a woman is
  pronoun.
- Co-ord sets named piece by piece in their own colors are correct; reference "yes" to "Is this a dress?" for a
  shirt-and-shorts co-ord is contradiction.
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


def she(text: str, failure: str | None = None, hit_limit: bool = False):
    """The experiments' "What is she wearing?"."""
    return wearing(text, failure, who="she", hit_limit=hit_limit)


mat_kurti = question("material", "What material is the kurti made of?", "open")
mat_top = question("material", "What material is the top made of?", "open")
mat_shirt = question("material", "What material is the shirt made of?", "open")
mat_dress = question("material", "What material is the dress made of?", "open")
mat_jeans = question("material", "What material are the jeans made of?", "open")
mat_palazzos = question("material", "What material are the palazzos made of?", "open")
mat_skirt = question("material", "What material is the skirt made of?", "open")
mat_shrug = question("material", "What material is the shrug made of?", "open")
mat_jacket = question("material", "What material is the jacket made of?", "open")

BLIND_543 = [
    # ---------------------------------------------------------------- kurtis
    # photo: model in a navy blue A-line cotton kurti with a small white floral print, three-quarter sleeves, over
    # white leggings; plain grey backdrop, full front view. No dupatta.
    # all base; closed by reference
    case(
        "X543-001",
        caption("a woman in a blue kurti with white flowers"),
        she("a blue kurta and white leggings"),
        color_of("kurti", "blue", kind="open"),
        describe(
            "kurti",
            "a blue kurti with white flowers and a white dupatta",
            "unsupported",
        ),
        mat_kurti("cotton"),
        B.pattern("floral"),
        B.sleeve_length("three-quarter sleeves"),
        title="Women Navy Blue & White Floral Printed A-Line Cotton Kurti",
        category="Kurtis",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard yellow straight kurta with small ethnic motifs and mirror work on the yoke, long sleeves,
    # with white palazzos; beige backdrop.
    # caption, description, details: caption adapter (epoch 3)
    case(
        "X543-002",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        she("a yellow kurta and white pants"),
        color_of("kurti", "yellow"),
        describe(
            "kurti",
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. The lady "
            "wears a long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        details(
            "kurti",
            "The shirt is with cotton fabric and graphic patterns. It has a round neckline. The shirt is with cotton "
            "fabric and graphic",
            "loop",
            hit_limit=True,
        ),
        mat_kurti("cotton"),
        B.pattern("ethnic motifs"),
        title="Women Mustard Yellow Ethnic Motifs Printed Mirror Work Kurta with Palazzos",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: maroon straight rayon kurti with a gold foil print, three-quarter sleeves, worn with blue jeans; the
    # model stands in front of a white-painted brick wall.
    # all base; closed by reference
    case(
        "X543-003",
        caption("a woman standing in front of a white brick wall"),
        she("a red kurta and blue jeans"),
        color_of("kurti", "gold", "contradiction", kind="open"),
        describe("kurti", "it is a maroon kurta with gold print"),
        details("kurti", "the kurti has details", "non_answer"),
        mat_kurti("silk", "contradiction"),
        B.sleeve_length("three-quarter sleeves"),
        is_a("kurta", "yes"),
        title="Women Maroon & Gold-Toned Foil Printed Straight Rayon Kurti",
        category="Kurtis",
        color="Maroon",
        gender="Women",
    ),
    # photo: white chikankari-embroidered cotton kurta (thread work only, no mirrors), long sleeves, with white
    # straight pants; light blue backdrop.
    # caption and material: caption adapter (epoch 1); the rest base; closed by reference
    case(
        "X543-004",
        caption(
            "a woman in a white kurta with embroidery. The lady wears a long-sleeve shirt with pure color patterns. "
            "The shirt is with cotton fabric. It has a round neckline. The lady wears",
            "cut",
            hit_limit=True,
        ),
        she("a white kurta and white pants"),
        color_of("kurti", "white"),
        describe("kurti", "a white kurta with embroidery and mirror work", "unsupported"),
        details("kurti", "embroidery on the sleeves and the neck"),
        mat_kurti(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The",
            "restated",
            hit_limit=True,
        ),
        B.pattern("embroidered"),
        B.sleeve_length("long sleeves"),
        title="Women White Chikankari Embroidered Pure Cotton Straight Kurta with Trousers",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: teal green A-line kurti with a block print, short sleeves, knee length, with beige palazzos; the model
    # stands in front of a pink wall.
    # wearing and kurti color: VQA adapter; caption and description base; closed by reference
    case(
        "X543-005",
        caption("a woman in a green dress standing in front of a pink wall", "contradiction"),
        she(
            "blouse/shirt, pants, blouse/shirt, pants, blouse/shirt, pants, blouse/shirt, pants, blouse/shirt, pants",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "kurti",
            "green-green-green-green-green-green-green-green-green-green-green-green-green-green-green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe("kurti", "a teal kurti with a block print"),
        B.color("blue"),
        B.sleeve_length("short sleeves"),
        title="Women Teal Green Block Printed A-Line Kurti",
        category="Kurtis",
        color="Teal",
        gender="Women",
    ),
    # photo: long black kurti with a red floral print only along the hem, long sleeves, black leggings; white
    # backdrop.
    # all base; closed by reference
    case(
        "X543-006",
        caption("a man in a black kurta", "pronoun"),
        she("black kurta and black leggings"),
        color_of("kurti", "black"),
        details("kurti", "red flowers on the bottom"),
        mat_kurti("it is made of", "cut"),
        B.pattern("floral"),
        title="Women Black Floral Border Printed Longline Kurti",
        category="Kurtis",
        color="Black",
        gender="Women",
    ),
    # photo: peach georgette anarkali kurta, flared, floor length, sheer three-quarter sleeves, sequins on the yoke;
    # cream backdrop with a side table and a vase.
    # caption, description, material: caption adapter (epoch 3); wearing base; closed by reference
    case(
        "X543-007",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory on her wrist. The lady",
            "contradiction",
            hit_limit=True,
        ),
        she("a peach anarkali"),
        color_of("kurti", "peach"),
        describe(
            "kurti",
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline",
            "contradiction",
            hit_limit=True,
        ),
        mat_kurti(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round",
            "restated",
            hit_limit=True,
        ),
        B.sleeve_length("three-quarter sleeves"),
        is_a("dress", "no"),
        title="Women Peach-Coloured Sequinned Georgette Anarkali Kurta",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: green and white striped shirt-style kurti with a collar, a button placket and roll-up tab sleeves (worn
    # rolled down to the wrist), over blue jeans; the model sits at a cafe table. No pocket.
    # all base; closed by reference
    case(
        "X543-008",
        caption("a woman in a green and white striped shirt sitting at a table"),
        she(
            "a green striped shirt and jeans Question: what is the color of the jeans? Answer: blue",
            "leak",
        ),
        color_of("kurti", "green and white", kind="open"),
        details("kurti", "buttons on the front and a collar and a pocket", "unsupported"),
        B.pattern("striped"),
        B.sleeve_length("long sleeves"),
        title="Women Green & White Striped Shirt Style Pure Cotton Kurti",
        category="Kurtis",
        color="Green",
        gender="Women",
    ),
    # ---------------------------------------------------------------- tops
    # photo: white cotton peplum top with broderie anglaise, short sleeves, with blue jeans; grey backdrop.
    # all base; closed by reference
    case(
        "X543-009",
        caption("a woman wearing a white top and blue jeans"),
        she("a white top and blue jeans"),
        color_of("top", "blue", "other_garment_color"),
        describe("top", "a white top with ruffles"),
        details("top", "the top has a lot of details", "non_answer"),
        mat_top("cotton"),
        B.garment_type("top"),
        title="Women White Schiffli Peplum Cotton Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: black sleeveless rib-knit crop top with a square neck, with beige wide-leg trousers; white backdrop.
    # caption, wearing, details, material: caption adapter (epoch 3); top color base; closed by reference
    case(
        "X543-010",
        caption(
            "Her tank top has sleeves cut off, cotton fabric and pure color patterns. The neckline of it is square. "
            "The pants the lady wears is of long length. The pants are with cotton fabric and pure color patterns. "
            "Her tank top has sleeves cut off",
            "loop",
            hit_limit=True,
        ),
        she(
            "Her tank top has sleeves cut off, cotton fabric and pure color patterns. The neckline of it is square. "
            "The pants the lady wears is of long",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "black", kind="open"),
        details(
            "top",
            "Her tank top has sleeves cut off, cotton fabric and pure color patterns. The neckline of it is square. "
            "The pants the lady",
            "cut",
            hit_limit=True,
        ),
        mat_top(
            "Her tank top has sleeves cut off, cotton fabric and pure color patterns. The neckline of it is square. "
            "The",
            "restated",
            hit_limit=True,
        ),
        B.sleeve_length("sleeveless"),
        B.color("beige", "other_garment_color"),
        title="Women Black Solid Ribbed Square Neck Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: red georgette wrap top with white polka dots, short puff sleeves, with a white skirt; grey backdrop. No
    # bow.
    # wearing: VQA adapter; the rest base; closed by reference
    case(
        "X543-011",
        caption("a woman in a red and white polka dot top"),
        she(
            "blouse/shirt, blouse/shirt, blouse/shirt, blouse/shirt, blouse/shirt, blouse/shirt, blouse/shirt",
            "loop",
            hit_limit=True,
        ),
        color_of("top", "red and white", kind="open"),
        describe(
            "top",
            "a red top with white polka dots and a bow at the neck",
            "unsupported",
        ),
        mat_top("chiffon"),
        B.pattern("polka dots"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Women Red & White Polka Dot Print Georgette Wrap Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: lavender ribbed fitted top, long sleeves, round neck, tucked into black jeans; plain white backdrop.
    # all base; closed by reference
    case(
        "X543-012",
        caption("a woman in a purple top and black jeans"),
        she("he is wearing a purple shirt and black pants", "pronoun"),
        color_of("top", "purple"),
        describe(
            "top",
            "a purple top with long sleeves Question: what is the color of the jeans? Answer: black",
            "leak",
        ),
        details("top", "the top has a round neck and ribbed fabric"),
        mat_top("cotton"),
        title="Women Lavender Ribbed Fitted Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: olive green utility top in cotton twill, two flap chest pockets, button front, short sleeves, with white
    # jeans; light grey backdrop.
    # caption and description: caption adapter (epoch 1); the rest base; closed by reference
    case(
        "X543-013",
        caption(
            "a woman in a green shirt and white pants. The lady wears a short-sleeve shirt with pure color patterns. "
            "The shirt is with cotton fabric. It has a lapel neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        she("a green shirt and white pants"),
        color_of("top", "white", "other_garment_color", kind="open"),
        describe(
            "top",
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The shirt",
            "cut",
            hit_limit=True,
        ),
        details("top", "pockets and buttons"),
        mat_top("denim", "unsupported"),
        B.color("green"),
        title="Women Olive Green Solid Utility Shirt Style Top",
        category="Tops",
        color="Olive",
    ),
    # photo: oversized pink and blue tie-dye top, drop-shoulder short sleeves, with denim shorts; the model sits on
    # a wooden stool, hands on her knees, nothing in her hands.
    # all base; closed by reference
    case(
        "X543-014",
        caption(
            "a woman sitting on a stool wearing a tie dye shirt and holding a cup of coffee",
            "unsupported",
        ),
        she("a tie dye shirt and shorts"),
        color_of("top", "pink and blue", kind="open"),
        describe("top", "the top is a top", "restated"),
        B.pattern("tie-dye"),
        B.color("multi"),
        title="Women Pink & Blue Tie and Dye Drop-Shoulder Oversized Top",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: beige satin cowl-neck camisole top, spaghetti straps, plain hem, with black trousers; white backdrop.
    # all base; closed by reference
    case(
        "X543-015",
        caption("a woman in a beige top and black pants"),
        she("a satin top and black pants"),
        color_of("top", "beige"),
        details("top", "a cowl neck and thin straps and lace trim", "unsupported"),
        mat_top("satin Question: what is the color of the top? Answer: beige", "leak"),
        B.sleeve_length("sleeveless"),
        title="Women Beige Satin Cowl Neck Camisole Top",
        category="Tops",
        color="Beige",
        gender="Women",
    ),
    # ---------------------------------------------------------------- shirts
    # photo: blue and white checked cotton shirt, long sleeves, worn open over a white tank top, with blue jeans;
    # grey backdrop.
    # caption, wearing, details: caption adapter (epoch 3); material base; closed by reference
    case(
        "X543-016",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long denim pants. The pants are with denim fabric and solid color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        she(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. The lady "
            "wears a long-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "blue"),
        details(
            "shirt",
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline. The shirt is with cotton "
            "fabric and lattice patterns. It",
            "loop",
            hit_limit=True,
        ),
        mat_shirt("cotton"),
        B.pattern("checked"),
        title="Women Blue & White Checked Pure Cotton Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: white linen oversized shirt, long sleeves, one chest pocket, tucked into brown trousers; a potted plant
    # beside the model.
    # all base; closed by reference
    case(
        "X543-017",
        caption("a woman in a white shirt standing next to a plant"),
        she("a white shirt and white pants", "contradiction"),
        color_of("shirt", "white", kind="open"),
        describe("shirt", "a white shirt with a collar and buttons and a pocket"),
        mat_shirt("cotton", "contradiction"),
        B.sleeve_length("long sleeves"),
        is_a("shirt", "yes"),
        title="Women White Solid Oversized Pure Linen Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: black satin shirt (black collar), long sleeves, button front, with white wide-leg trousers; grey
    # backdrop.
    # all base; closed by reference
    case(
        "X543-018",
        caption("a man in a black shirt and white pants", "pronoun"),
        she("black shirt and black pants", "contradiction"),
        color_of("shirt", "black"),
        describe("shirt", "a black shirt with a white collar", "unsupported"),
        details("shirt", "buttons"),
        mat_shirt("satin"),
        B.color("black"),
        title="Women Black Satin Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: pink and white vertically striped shirt, short sleeves, with light denim shorts; outdoors, trees behind.
    # shirt color: VQA adapter; the rest base; closed by reference
    case(
        "X543-019",
        caption("a woman in a pink striped shirt and denim shorts"),
        she("she is wearing a pink shirt and shorts"),
        color_of(
            "shirt",
            "pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe("shirt", "it is a pink shirt"),
        details("shirt", "the shirt details", "restated"),
        B.pattern("striped"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Women Pink & White Striped Short Sleeves Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Women",
    ),
    # photo: mustard yellow rayon shirt with a small white floral print, long sleeves, with white jeans; beige
    # backdrop.
    # caption and description: caption adapter (epoch 3); the rest base; closed by reference
    case(
        "X543-020",
        caption(
            "The female is wearing a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. Its "
            "neckline is lapel. The female wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        she("a yellow shirt with flowers and white jeans"),
        color_of("shirt", "white", "other_garment_color"),
        describe(
            "shirt",
            "The female is wearing a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. Its "
            "neckline is lapel. The",
            "cut",
            hit_limit=True,
        ),
        mat_shirt("it is made of cotton", "contradiction"),
        B.pattern("floral"),
        title="Women Mustard Yellow Floral Printed Rayon Casual Shirt",
        category="Shirts",
        color="Mustard",
        gender="Women",
    ),
    # ---------------------------------------------------------------- dresses
    # photo: red georgette tiered maxi dress with a small white floral print, sleeveless, no belt; studio, grey
    # backdrop, nothing in her hands.
    # all base; closed by reference
    case(
        "X543-021",
        caption("a woman in a red floral dress"),
        she("a red dress with flowers and a red handbag", "unsupported"),
        color_of("dress", "red"),
        describe("dress", "a long red dress with white flowers and a belt", "unsupported"),
        mat_dress("cotton", "contradiction"),
        B.sleeve_length("sleeveless"),
        title="Women Red Floral Printed Georgette Tiered Maxi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: navy blue midi shirt dress with a fabric tie belt, long sleeves, collar; white backdrop.
    # caption, wearing, details, material: caption adapter (epoch 3); closed by reference
    case(
        "X543-022",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. The dress is of long length. The lady wears a long-sleeve dress with pure color "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        she(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. The dress",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "black", "contradiction"),
        details(
            "dress",
            "The dress is with cotton fabric and pure color patterns. It has a lapel neckline. There is an accessory "
            "on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        mat_dress(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "lapel",
            "restated",
            hit_limit=True,
        ),
        B.garment_type("dress"),
        title="Women Navy Blue Solid Shirt Midi Dress with Belt",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black knee-length wrap dress with white polka dots, short flutter sleeves, v-neck; white backdrop,
    # framed from the head to just below the knees.
    # all base; closed by reference
    case(
        "X543-023",
        caption("a woman in a black and white polka dot dress"),
        she("a black and white dress and black heels", "unsupported"),
        color_of("dress", "white", "contradiction", kind="open"),
        details("dress", "a v neck and short sleeves"),
        mat_dress("", "non_answer"),
        B.pattern("polka dots"),
        title="Women Black & White Polka Dot Printed Wrap Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: emerald green satin slip dress, sleeveless, midi; the model holds a small gold clutch, no jewellery.
    # description: caption adapter (epoch 3); the rest base; closed by reference
    case(
        "X543-024",
        caption("a woman in a green satin dress holding a clutch"),
        she("a green dress and a gold necklace", "unsupported"),
        color_of("dress", "green"),
        describe(
            "dress",
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of",
            "cut",
            hit_limit=True,
        ),
        mat_dress("satin"),
        B.sleeve_length("sleeveless"),
        title="Women Emerald Green Satin Slip Midi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: yellow cotton A-line sundress with a white embroidered hem, short sleeves, front view; the model stands
    # in front of a white door.
    # wearing: VQA adapter; the rest base; closed by reference
    case(
        "X543-025",
        caption("a woman in a yellow dress standing in front of a white door"),
        she(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "yellow", kind="open"),
        details("dress", "the dress has a zipper on the back", "unsupported"),
        mat_dress("the dress is made of the same material", "non_answer"),
        B.sleeve_length("short sleeves"),
        title="Women Yellow Pure Cotton A-Line Dress with Embroidered Hem",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: maroon velvet bodycon mini dress, long sleeves, round neck; dark grey backdrop.
    # caption and details: caption adapter (epoch 1); the rest base; closed by reference
    case(
        "X543-026",
        caption(
            "a woman in a red dress. The lady wears a long-sleeve dress with pure color patterns. The dress is with "
            "cotton fabric. It has a round neckline. The dress is of short length. The lady",
            "cut",
            hit_limit=True,
        ),
        she("he is wearing a red dress", "pronoun"),
        color_of("dress", "brown", "contradiction"),
        details(
            "dress",
            "the dress has a round neckline and long sleeves. The lady wears a long-sleeve dress with pure color "
            "patterns. The dress is with",
            "cut",
            hit_limit=True,
        ),
        mat_dress("velvet"),
        B.sleeve_length("long sleeves"),
        title="Women Maroon Velvet Bodycon Mini Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: white tiered maxi dress with a blue floral print, short puff sleeves; the model wears a straw hat;
    # outdoor, a hedge behind.
    # all base; closed by reference
    case(
        "X543-027",
        caption("a woman in a white dress and a straw hat"),
        she("a white dress with blue flowers and a hat"),
        color_of("dress", "blue", "contradiction"),
        describe(
            "dress",
            "a long white dress with blue flowers Question: what is the color of the dress? Answer: white",
            "leak",
        ),
        B.pattern("floral"),
        B.sleeve_length("short sleeves"),
        title="Women White & Blue Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # ---------------------------------------------------------------- co-ords
    # photo: pink cotton shirt and shorts co-ord with a white daisy print, short sleeves; white backdrop.
    # all base; closed by reference
    case(
        "X543-028",
        caption("a woman in a pink shirt and shorts"),
        she("a pink shirt and pink shorts"),
        color_of("top", "pink"),
        describe("top", "a pink shirt with white flowers"),
        details(
            "top",
            "buttons Question: what is the color of the shorts? Answer: pink",
            "leak",
        ),
        mat_top("cotton"),
        B.garment_type("co-ord set"),
        is_a("dress", "yes", "contradiction"),
        title="Women Pink Floral Printed Pure Cotton Shirt with Shorts Co-Ord Set",
        category="Co-Ords",
        color="Pink",
        gender="Women",
    ),
    # photo: beige knit co-ord, a sleeveless round-neck tank top and wide-leg pants; white sneakers; white backdrop.
    # caption and details: caption adapter (epoch 3); the rest base; closed by reference
    case(
        "X543-029",
        caption(
            "Her tank top has sleeves cut off, knitting fabric and pure color patterns. The neckline of it is round. "
            "The pants the lady wears is of long length. The pants are with knitting fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        she("a beige tank top and beige pants"),
        color_of("top", "white", "other_garment_color", kind="open"),
        color_of("pants", "beige"),
        details(
            "top",
            "Her tank top has sleeves cut off, knitting fabric and pure color patterns. Her tank top has sleeves cut "
            "off, knitting",
            "loop",
            hit_limit=True,
        ),
        mat_top("knit"),
        B.sleeve_length("sleeveless"),
        title="Women Beige Self-Design Knitted Top with Palazzos Co-Ord Set",
        category="Co-Ords",
        color="Beige",
        gender="Women",
    ),
    # photo: rust orange satin co-ord, a collared button-front shirt with long sleeves and straight trousers, no
    # belt; grey backdrop.
    # all base; closed by reference
    case(
        "X543-030",
        caption("a woman in an orange shirt and pants"),
        she(
            "an orange suit Question: what is the color of the pants? Answer: orange",
            "leak",
        ),
        color_of("top", "orange"),
        details("top", "buttons and a collar and a belt", "unsupported"),
        mat_top("satin"),
        B.pattern("solid"),
        title="Women Rust Satin Shirt with Trousers Co-Ord Set",
        category="Co-Ords",
        color="Rust",
        gender="Women",
    ),
    # photo: blue and white striped crop top with short sleeves and a matching striped midi skirt; beige backdrop.
    # wearing and skirt color: VQA adapter; the rest base; closed by reference
    case(
        "X543-031",
        caption("a woman in a blue and white striped top and skirt"),
        she(
            "blouse/shirt, skirt, blouse/shirt, skirt, blouse/shirt, skirt, blouse/shirt, skirt, blouse/shirt, skirt",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "skirt",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe("top", "a striped crop top with short sleeves"),
        details("top", "no", "non_answer"),
        is_a("skirt", "yes"),
        B.pattern("striped"),
        title="Women Blue & White Striped Crop Top with Skirt Co-Ord Set",
        category="Co-Ords",
        gender="Women",
    ),
    # ---------------------------------------------------------------- jeans
    # photo: light blue high-rise straight jeans; the model wears a white t-shirt tucked in and white sneakers; grey
    # backdrop.
    # all base; closed by reference
    case(
        "X543-032",
        caption("a woman in a white shirt and blue jeans"),
        she("a white t-shirt and jeans"),
        color_of("jeans", "white", "other_garment_color"),
        describe("jeans", "the jeans are blue"),
        details("jeans", "they are jeans", "non_answer"),
        mat_jeans("denim"),
        title="Women Light Blue High-Rise Straight Fit Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: black skinny jeans with distressed knees; the model wears a grey sweatshirt; white backdrop.
    # caption, description, material: caption adapter (epoch 3); the rest base; closed by reference
    case(
        "X543-033",
        caption(
            "The person wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The person wears a long denim pants. The pants are with denim fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        she("a grey sweater and black jeans"),
        color_of("jeans", "grey", "other_garment_color", kind="open"),
        describe(
            "jeans",
            "The person wears a long denim pants. The pants are with denim fabric and pure color patterns. The person "
            "wears a long denim pants. The",
            "loop",
            hit_limit=True,
        ),
        details("jeans", "ripped knees"),
        mat_jeans(
            "The person wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a round",
            "restated",
            hit_limit=True,
        ),
        B.color("black"),
        title="Women Black Skinny Fit Mid-Rise Distressed Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: mid-blue wide-leg jeans; the model wears a black crop top; she stands in front of a red brick wall.
    # all base; closed by reference
    case(
        "X543-034",
        caption("a woman standing in front of a brick wall"),
        she("he is wearing a black top and blue jeans", "pronoun"),
        color_of(
            "jeans",
            "blue Question: what is the color of the top? Answer: black",
            "leak",
            kind="open",
        ),
        describe("jeans", "wide leg jeans"),
        B.garment_type("jeans"),
        is_a("pair of jeans", "yes"),
        title="Women Blue Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: navy blue mom-fit jeans with five pockets, the model wears a mustard yellow sweater; beige backdrop.
    # wearing and jeans color: VQA adapter; the rest base; closed by reference
    case(
        "X543-035",
        caption("a woman in a yellow sweater and blue jeans"),
        she(
            "sweater, denim, sweater, denim, sweater, denim, sweater, denim, sweater, denim, sweater, denim, sweater",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "jeans",
            "navy, navy, navy, navy, navy, navy, navy, navy, navy, navy, navy, navy, navy, navy, navy",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("jeans", "there are no details", "non_answer"),
        mat_jeans("denim"),
        B.color("yellow", "other_garment_color"),
        title="Women Navy Blue Mom Fit High-Rise Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # ---------------------------------------------------------------- palazzos
    # photo: white cotton palazzos with a lace hem; the model wears a pink kurti over them; grey backdrop.
    # details: caption adapter (epoch 3); the rest base; closed by reference
    case(
        "X543-036",
        caption("a woman in a pink kurta and white pants"),
        she("a pink kurta and white palazzo pants"),
        color_of("palazzos", "pink", "other_garment_color"),
        describe("palazzos", "white pants with lace at the bottom"),
        details(
            "palazzos",
            "The pants the lady wears is of long length. The pants are with cotton fabric and pure color patterns. "
            "The pants the lady wears is of long",
            "loop",
            hit_limit=True,
        ),
        mat_palazzos("cotton"),
        B.garment_type("palazzos"),
        title="Women White Solid Pure Cotton Flared Palazzos with Lace Detail",
        category="Palazzos",
        color="White",
        gender="Women",
    ),
    # photo: black palazzos with a gold block print, flared, no pockets; the model wears a plain black top; white
    # backdrop.
    # caption: caption adapter (epoch 1); the rest base; closed by reference
    case(
        "X543-037",
        caption(
            "a woman in a black top and a long skirt. The lady wears a long-sleeve shirt with pure color patterns. "
            "The shirt is with cotton fabric. It has a round neckline. The lady",
            "contradiction",
            hit_limit=True,
        ),
        she("a black top and black pants"),
        color_of("palazzos", "gold", "contradiction", kind="open"),
        describe("palazzos", "black pants with gold print"),
        details("palazzos", "the pants have pockets on the side", "unsupported"),
        mat_palazzos("cotton"),
        B.pattern("printed"),
        title="Women Black & Gold-Toned Printed Flared Palazzos",
        category="Palazzos",
        color="Black",
    ),
    # photo: mint green rayon palazzos; the model wears a white short kurta over them; light grey backdrop.
    # all base; closed by reference
    case(
        "X543-038",
        caption("a woman in a white shirt and green pants"),
        she("a white shirt and green pants"),
        color_of("palazzos", "white", "other_garment_color", kind="open"),
        details("palazzos", "the palazzo details are on the palazzos", "restated"),
        mat_palazzos("it is a green palazzo", "restated"),
        B.color("green"),
        title="Women Mint Green Solid Rayon Palazzos",
        category="Palazzos",
        color="Mint Green",
        gender="Women",
    ),
    # ---------------------------------------------------------------- skirts
    # photo: black pleated midi skirt; the model wears a white blouse tucked in; white backdrop.
    # all base; closed by reference
    case(
        "X543-039",
        caption("a woman in a white shirt and black skirt"),
        she("he is wearing a white shirt and a black skirt", "pronoun"),
        color_of("skirt", "black"),
        describe("skirt", "a black pleated skirt"),
        mat_skirt("leather", "unsupported"),
        B.pattern("striped", "contradiction"),
        title="Women Black Solid Pleated Midi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: light blue denim mini skirt with a button front; the model wears a red short-sleeve top; grey backdrop.
    # caption, wearing, material: caption adapter (epoch 3); skirt color and details base; closed by reference
    case(
        "X543-040",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a short denim skirt. The skirt is with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        she(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "red", "other_garment_color", kind="open"),
        details("skirt", "buttons on the front"),
        mat_skirt(
            "The lady wears a short denim skirt. The skirt is with denim fabric and pure color patterns. The lady "
            "wears a short",
            "restated",
            hit_limit=True,
        ),
        B.garment_type("skirt"),
        title="Women Blue Denim Button-Front Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: cream wrap maxi skirt with a blue floral print, the wrap opening shows a slit at the side; the model
    # wears a plain blue tank top; beige backdrop.
    # all base; closed by reference
    case(
        "X543-041",
        caption("a woman in a blue top and a floral skirt"),
        she("a blue top and a blue skirt", "other_garment_color"),
        color_of("skirt", "white"),
        describe("skirt", "a long floral skirt with a slit on the side"),
        mat_skirt("i don't know", "non_answer"),
        B.pattern("floral"),
        title="Women Cream-Coloured & Blue Floral Printed Wrap Maxi Skirt",
        category="Skirts",
        color="Cream",
    ),
    # ---------------------------------------------------------------- shrugs
    # photo: white crochet shrug with short sleeves, open front, over a black tank top and blue jeans; grey backdrop.
    # all base; closed by reference
    case(
        "X543-042",
        caption("a woman in a white crochet top and jeans"),
        she("a white shrug over a black top and blue jeans"),
        color_of("shrug", "black", "other_garment_color"),
        describe("shrug", "it is white and made of lace"),
        mat_shrug("crochet"),
        B.garment_type("top", "contradiction"),
        title="Women White Crochet Open Front Shrug",
        category="Shrug",
        color="White",
        gender="Women",
    ),
    # photo: long sheer blue floral kimono shrug with elbow-length sleeves, over a white short dress; white
    # backdrop.
    # caption, wearing, details: caption adapter (epoch 3); shrug color base; closed by reference
    case(
        "X543-043",
        caption(
            "The lady wears a long-sleeve cardigan with floral patterns. The cardigan is with chiffon fabric. The "
            "lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has a",
            "cut",
            hit_limit=True,
        ),
        she(
            "The lady wears a long-sleeve cardigan with floral patterns. The cardigan is with chiffon fabric. The "
            "lady wears a long-sleeve cardigan",
            "loop",
            hit_limit=True,
        ),
        color_of("shrug", "white", "other_garment_color", kind="open"),
        details(
            "shrug",
            "The cardigan is with chiffon fabric and floral patterns. The cardigan is with chiffon fabric and floral "
            "patterns. The cardigan",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("three-quarter sleeves"),
        title="Women Blue Floral Printed Sheer Longline Kimono Shrug",
        category="Shrug",
        color="Blue",
        gender="Women",
    ),
    # photo: black cropped knit shrug, long sleeves, over a red sleeveless dress; white backdrop.
    # all base; closed by reference
    case(
        "X543-044",
        caption("a woman in a red dress and black cardigan"),
        she("he is wearing a red dress", "pronoun"),
        color_of("shrug", "black"),
        describe("shrug", "a black cardigan with long sleeves"),
        details("shrug", "it is a shrug", "non_answer"),
        mat_shrug("wool"),
        B.sleeve_length("long sleeves"),
        B.color("red", "other_garment_color"),
        title="Women Black Solid Cropped Knitted Shrug",
        category="Shrug",
        color="Black",
        gender="Women",
    ),
    # ---------------------------------------------------------------- jackets
    # photo: light blue denim jacket with button front and chest flap pockets, over a white tee and black jeans;
    # grey backdrop.
    # caption and description: caption adapter (epoch 1); jacket color: VQA adapter; the rest base; closed by
    # reference
    case(
        "X543-045",
        caption(
            "a woman in a denim jacket. The lady wears a long-sleeve denim jacket with pure color patterns. The "
            "jacket is with denim fabric. It has a lapel neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        she("a denim jacket, a white shirt and black pants"),
        color_of(
            "jacket",
            "blue, blue, white, blue, blue, white, blue, blue, white, blue, blue, white, blue, blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe(
            "jacket",
            "The lady wears a long-sleeve denim jacket with pure color patterns. The jacket is with denim fabric. It "
            "has a lapel",
            "cut",
            hit_limit=True,
        ),
        details("jacket", "buttons and pockets"),
        mat_jacket("denim"),
        B.color("white", "other_garment_color"),
        title="Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: olive green nylon bomber jacket, zip front, ribbed cuffs, no hood, over a black top and blue jeans;
    # the model stands on a city street.
    # all base; closed by reference
    case(
        "X543-046",
        caption("a woman in a green jacket standing on a street"),
        she("a green jacket and blue jeans"),
        color_of("jacket", "green"),
        describe("jacket", "a green bomber jacket with a zipper and a hood", "unsupported"),
        mat_jacket("leather", "unsupported"),
        B.garment_type("jacket"),
        B.sleeve_length("long sleeves"),
        title="Women Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
]
