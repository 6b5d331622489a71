"""BLIND_227 (46 products; US department store women's and men's everyday wear, model shots and flat-lays): written
blind in the fortieth session. Measured blind at e5d3b07 (the session's rules as they stood): 108/142 failures found
(76.1%) and 7/176 correct texts flagged (4.0%). The writer's notes, verbatim:

Scenario: a US department store's feed of women's and men's everyday wear: knit tops (crew and v-neck tees, tanks,
polos, henleys, a graphic tee, a boat-neck top), button-down shirts (oxford, chambray, linen, flannel, gingham,
poplin), chinos and chino shorts, jeans (skinny, mom, boyfriend, slim, black), sweaters and cardigans, and everyday
dresses (wrap, shirt, t-shirt, sundress, polka dot, smocked). Model shots on studio backdrops (white, grey, beige, a
pale blue wall, brick walls, one outdoors by a tree, one with a bench) and flat-lays on white, wood and concrete.
Models usually wear a second garment (the tee with the jeans, the chinos with the shirt), often of another color.
Each row has the seller's title, category (a "Women > Tops > Shirts" path), color (the store's own words: Heather
Grey, Stone, Light Wash, Sage, Ecru...) and gender; a few rows miss the gender or the category, as real feeds do.

Who wrote what: captions come from either the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man
in a blue shirt and khaki pants") or the caption-only LoRA adapter of the original experiments (the DeepFashion
template, "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric ...").
The adapter was trained with no end-of-answer token, so every adapter text runs to its limit (50 new tokens for
captions, 30 for answers) and carries hit_limit=True; asked a question, it returns its caption template. The open
questions (wearing, description, details, material, neckline, fit) come from the base model unless the comment says
the adapter answered them; the base model stops on its own and never has hit_limit. The closed questions
(garment_type, color, pattern, sleeve_length, the per-piece color questions and the yes/no "Is this a ...?") are
enrich's `--engine reference` answers chosen from candidate sets; they never loop or hit a limit, but they pick the
wrong candidate often: the other garment's color, the wall's color, the nearest garment class.

Labeling conventions and judgement calls:
- Shade words count as correct for the seller's color: blue for navy, light indigo or light/medium/dark wash; grey
  for heather grey and charcoal; beige, tan, khaki or brown for khaki and stone; yellow for mustard; red for
  burgundy and maroon (but purple for maroon is a contradiction); white or cream for ecru and cream; green for olive,
  sage, emerald and teal, and blue for teal too; orange or pink for coral; brown for camel. Grey for sage is a
  contradiction, and so is black for a dark-rinse jean and white for a light-wash jean.
- Garment synonyms count as correct: t-shirt for a henley or a boat-neck knit top, sweater for a cardigan, pants for
  chinos or jeans, jean shorts for denim shorts, denim shirt for chambray, checkered or checked for gingham, plaid
  for buffalo check. A t-shirt dress answered "t-shirt", a cardigan or flannel shirt answered yes to "Is this a
  jacket?", shorts as "pants" or "skirt" are contradictions.
- Materials: one the title names (linen, flannel, merino, wool, seersucker, denim, ribbed, oxford) is correct;
  cotton for a plain woven or knit fabric the title does not name is a plausible guess and correct; denim for
  chambray is correct (the two look alike in a photo). A material neither named nor visible (silk for a poplin
  shirt or a printed rayon dress, cashmere for a plain ribbed sweater, polyester for a piqué polo or a smocked
  dress, wool for a cotton-blend sweater the title names) is unsupported. A material question answered with the
  color or the pattern is restated.
- Colors of walls and trees are not garments: a caption naming them is correct; the reference engine giving the
  wall's or the tree's color as the garment's is contradiction. The color of the other garment the model wears
  (the tucked-in tee, the chinos under the shirt, the shirt collar under the sweater) given as the product's color
  is other_garment_color, in a caption ("black jeans" when only the tank top is black) as in a closed answer. A
  print's color given as the garment's would be contradiction; in X227-029 the blue comes from the jeans.
- A color the base model gives the other, non-product garment that it does not have ("gray pants" for the black
  pants under a grey sweater, "gray jeans" under a charcoal one: one color for every garment) is contradiction.
  Orange for mustard, white for a light blue shirt, grey for sage and purple for maroon are contradictions too.
- Closed garment answers: yes to "Is this a t-shirt?" for a polo, "polo shirt" for a pocket tee and "jeans" for
  chinos are contradictions (the In-shop classes keep them apart); "crew neck" for a v-neck is contradiction.
- A pattern the other garment has ("striped" for jeans worn with a striped tee) is contradiction; cable knit read as
  "striped" is contradiction; "solid" for a cable-knit sweater in one color is correct.
- Invented items not in the photo (a belt on a flat-lay, sandals or a hat on a photo cropped above them, pockets
  that are not there, a leather patch on the unseen back of folded jeans, a frayed hem on a cuffed one) are
  unsupported. A necklace, a belt or sneakers that are in the photo are correct.
- Flat-lays: "What is the person wearing?" answered with the garment ("khaki pants") is correct; the adapter's "The
  lady wears ..." for a men's flat-lay is pronoun (the first thing wrong), as is "he" for a woman and "she" for a man.
- Adapter texts: a text that repeats a sentence or clause of the template is loop; one that stops mid-sentence
  without repeating is cut; the template returned for the material question is restated even where it names a
  fabric. Where the template misnames the garment itself (a shirt and a skirt for a shirt dress, long pants for
  shorts), the misnaming is labelled contradiction, hit_limit kept. Where it invents or misnames something else
  before it is cut (a lapel on a crewneck), the cut is labelled.
- A base answer that stops after a few words without ending its phrase ("a green dress with a") is cut, without
  hit_limit. An empty answer, "the details of the shirt", "the material of the shorts", "they are shorts", "it has
  details" and "nothing" for what a flat-lay's person wears are non_answer; the question read back ("what are the
  details of the shorts") is restated, and so is a details answer that only gives the garment's color ("the shorts
  are green").
- Base answers that run on into "Question: ... Answer: ..." are leak, even where the first words are right. A base
  answer that repeats one phrase three times and stops is loop.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_top = question("color_top", "What is the color of the top?", "closed")
color_sweater = question("color_sweater", "What is the color of the sweater?", "closed")
neckline = question("neckline", "What is the neckline of the top?", "open")
fit = question("fit", "What is the fit of the pants?", "open")

BLIND_227 = [
    # photo: woman in a white crew-neck short-sleeve cotton tee tucked into medium-blue jeans, grey studio backdrop,
    # front view, cropped at the knees.
    # caption: adapter
    case(
        "X227-001",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The lady wears a long denim pants. The pants are with denim fabric and solid color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and blue jeans"),
        D.garment_type("t-shirt"),
        D.color("white"),
        D.sleeve_length("short sleeves"),
        D.details("a white t-shirt with a white t-shirt", "loop"),
        D.material("cotton Question: what is the color of the t-shirt? Answer: white", "leak"),
        title="Women's Essential Crewneck Tee",
        category="Women > Tops > T-Shirts",
        color="White",
        gender="Women",
    ),
    # photo: man in a navy long-sleeve oxford button-down, sleeves rolled to the elbow, chest pocket, tucked into
    # khaki chinos with a brown belt, white backdrop, front view.
    # no adapter text
    case(
        "X227-002",
        caption("a man in a blue shirt and khaki pants"),
        D.wearing("a blue shirt, khaki pants and a watch", "unsupported"),
        color_shirt("navy"),
        color_pants("navy", "other_garment_color"),
        D.details("buttons on the front and a pocket on the chest"),
        D.material("cotton"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Men's Long-Sleeve Oxford Button-Down Shirt",
        category="Men > Shirts > Casual Button-Downs",
        color="Navy",
        gender="Men",
    ),
    # photo: flat-lay of khaki chinos, front view, on a white background, no belt.
    # no adapter text
    case(
        "X227-003",
        caption("a pair of khaki pants on a white background"),
        D.wearing("khaki pants"),
        D.garment_type("pants"),
        D.color("beige"),
        D.details("the pants have a belt", "unsupported"),
        D.material("the pants are made of", "cut"),
        is_a("pair of jeans", "no"),
        title="Men's Slim-Fit Stretch Chino Pant",
        category="Men > Pants > Chinos",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in light-wash skinny jeans with a black ribbed tank top tucked in and white sneakers, white
    # backdrop, full length.
    # no adapter text
    case(
        "X227-004",
        caption("a woman in a black tank top and black jeans", "other_garment_color"),
        D.wearing("a black tank top and black jeans", "other_garment_color"),
        color_jeans("light blue"),
        D.color("black", "other_garment_color"),
        fit("skinny"),
        D.details("the jeans have a zipper and a button"),
        title="Women's High-Rise Skinny Jean - Light Wash",
        category="Women > Jeans",
        color="Light Wash",
        gender="Women",
    ),
    # photo: woman in a heather grey crewneck long-sleeve sweater with black pants, light grey backdrop, front view.
    # caption, details: adapter
    case(
        "X227-005",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a gray sweater and gray pants", "contradiction"),
        D.color("gray"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The sweater is with knitting fabric and pure color patterns. It has a round neckline. The sweater is "
            "with knitting fabric and pure",
            "loop",
            hit_limit=True,
        ),
        D.material("wool", "unsupported"),
        title="Women's Cotton-Blend Crewneck Sweater",
        category="Women > Sweaters",
        color="Heather Grey",
        gender="Women",
    ),
    # photo: woman in a navy wrap midi dress printed with pink and white flowers, short flutter sleeves, v-neck, tie
    # at the waist, standing outdoors in front of a red brick wall.
    # no adapter text
    case(
        "X227-006",
        caption("a woman in a floral dress standing in front of a brick wall"),
        D.wearing("a floral dress"),
        D.color("red", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.description("it is a floral dress with a v neck and a tie at the waist"),
        D.material("silk", "unsupported"),
        title="Women's Floral Print Wrap Midi Dress",
        category="Women > Dresses",
        color="Navy Floral",
        gender="Women",
    ),
    # photo: man in medium-wash denim shorts with rolled cuffs and a white crew tee, grey backdrop, cropped at the
    # shins.
    # no adapter text
    case(
        "X227-007",
        caption("a man wearing a white t - shirt and denim shorts"),
        D.wearing("a white t-shirt and jean shorts"),
        color_shorts("white", "other_garment_color"),
        D.garment_type("shorts"),
        D.details("the shorts have a frayed hem", "unsupported"),
        D.material("denim Question: what color are the shorts? Answer: blue", "leak"),
        is_a("pair of shorts", "yes"),
        D.description("a pair of jean shorts with a white t-shirt and a white t-shirt", "loop"),
        title="Men's 9\" Denim Short - Medium Wash",
        category="Men > Shorts",
        color="Medium Blue",
        gender="Men",
    ),
    # photo: flat-lay of a navy and white Breton striped long-sleeve boat-neck tee on a light wood floor.
    # caption: adapter
    case(
        "X227-008",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The T-shirt is with cotton fabric. It has a round neckline. The",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("t-shirt"),
        D.color("white"),
        D.pattern("striped"),
        D.sleeve_length("long sleeves"),
        D.material(
            "the t-shirt is made of cotton and the t-shirt is made of cotton and the t-shirt",
            "loop",
        ),
        D.details("stripes"),
        title="Women's Breton Stripe Long-Sleeve Tee",
        category="Women > Tops",
        color="Navy/White",
        gender="Women",
    ),
    # photo: man in a charcoal quarter-zip pullover sweater, zip at the collar, with dark jeans, white backdrop.
    # no adapter text
    case(
        "X227-009",
        caption("a man wearing a gray sweater and jeans"),
        D.wearing("a gray sweater and gray jeans", "contradiction"),
        D.color("gray"),
        D.details("a zipper on the collar"),
        D.material("it is made of", "cut"),
        D.description("she is wearing a gray sweater with a zipper", "pronoun"),
        is_a("sweater", "yes"),
        title="Men's Quarter-Zip Pullover Sweater",
        category="Men > Sweaters",
        color="Charcoal",
        gender="Men",
    ),
    # photo: flat-lay of women's olive chino shorts with rolled cuffs, front view, on white.
    # no adapter text
    case(
        "X227-010",
        caption("a pair of green shorts on a white background"),
        D.color("green"),
        D.garment_type("pants", "contradiction"),
        D.details("what are the details of the shorts", "restated"),
        D.material("cotton"),
        D.pattern("solid"),
        D.wearing("nothing", "non_answer"),
        title="Women's Utility Chino Short 5\"",
        category="Women > Shorts",
        color="Olive",
        gender="Women",
    ),
    # photo: man in a red and black buffalo plaid flannel shirt, buttoned, two flap chest pockets, with blue jeans,
    # white backdrop, front view.
    # caption: adapter
    case(
        "X227-011",
        caption(
            "This gentleman is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The pants this gentleman wears is of long length. The pants are with denim fabric "
            "and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red and black plaid shirt and jeans"),
        color_shirt("red"),
        D.pattern("plaid"),
        D.details("the shirt has two pockets on the chest and a hood", "unsupported"),
        D.material("flannel"),
        is_a("jacket", "yes", "contradiction"),
        title="Men's Buffalo Plaid Flannel Shirt",
        category="Men > Shirts",
        color="Red/Black",
        gender="Men",
    ),
    # photo: woman in a black ribbed scoop-neck tank with white denim shorts, white backdrop, front view.
    # no adapter text
    case(
        "X227-012",
        caption("a woman in a black tank top and white shorts"),
        D.wearing("a black tank top, white shorts and a necklace", "unsupported"),
        color_top("black"),
        D.sleeve_length("sleeveless"),
        D.material("ribbed cotton"),
        D.details("he is wearing a black tank top", "pronoun"),
        D.pattern("striped", "contradiction"),
        title="Women's Ribbed Scoop-Neck Tank",
        category="Women > Tops > Tanks & Camis",
        color="Black",
        gender="Women",
    ),
    # photo: flat-lay of dark-rinse slim jeans folded in half, front up, on grey concrete.
    # no adapter text
    case(
        "X227-013",
        caption("a pair of jeans on a concrete floor"),
        color_jeans("dark blue"),
        D.color("black", "contradiction"),
        D.details("a leather patch on the back", "unsupported"),
        D.material("denim"),
        D.wearing(
            "a pair of jeans Question: what is the color of the jeans? Answer: blue",
            "leak",
        ),
        is_a("pair of jeans", "yes"),
        title="Slim-Fit Jean - Dark Rinse",
        category="Men > Jeans",
        color="Dark Rinse",
    ),
    # photo: woman in a chambray button-down, long sleeves rolled to the forearm, tucked into white jeans, beige
    # wall behind.
    # material: adapter
    case(
        "X227-014",
        caption("a woman in a blue shirt and white pants"),
        D.wearing("a denim shirt and white jeans"),
        color_shirt("light blue"),
        color_pants("light blue", "other_garment_color"),
        D.material(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The lady",
            "restated",
            hit_limit=True,
        ),
        D.sleeve_length("long sleeves"),
        D.details("the details of the shirt", "non_answer"),
        title="Women's Chambray Button-Down Shirt",
        category="Women > Tops > Shirts",
        color="Light Indigo",
        gender="Women",
    ),
    # photo: woman in an open burgundy v-neck button cardigan over a white tee, with blue jeans, white backdrop; the
    # cardigan has no pockets.
    # no adapter text
    case(
        "X227-015",
        caption("a woman wearing a red cardigan and jeans"),
        D.wearing("a red sweater, a white shirt and jeans"),
        D.color("white", "other_garment_color"),
        D.garment_type("cardigan"),
        is_a("jacket", "yes", "contradiction"),
        D.details("it has buttons down the front and pockets", "unsupported"),
        D.material(
            "it is made of wool Question: what is the color of the sweater? Answer: red",
            "leak",
        ),
        title="Women's V-Neck Cardigan",
        category="Women > Sweaters > Cardigans",
        color="Burgundy",
        gender="Women",
    ),
    # photo: man in a white long-sleeve linen shirt, untucked, with navy shorts, in front of a pale blue wall.
    # details: adapter
    case(
        "X227-016",
        caption("a man in a white shirt standing in front of a blue wall"),
        D.wearing("a white shirt and blue shorts"),
        color_shirt("white"),
        D.color("blue", "other_garment_color"),
        D.details(
            "This gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with linen fabric. "
            "It has a lapel neckline. The shorts this gentleman wears is of",
            "cut",
            hit_limit=True,
        ),
        D.material("linen"),
        D.garment_type("t-shirt", "contradiction"),
        title="Men's Long-Sleeve Linen Shirt",
        category="Men > Shirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a navy short-sleeve knee-length shirt dress with a self-tie belt, white backdrop, full length.
    # caption, material: adapter
    case(
        "X227-017",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long skirt. The skirt is with cotton fabric and pure color patterns. "
            "The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue dress"),
        D.garment_type("shirt", "contradiction"),
        D.color("navy"),
        D.sleeve_length("short sleeves"),
        D.details("buttons down the front and a belt"),
        D.material(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears",
            "restated",
            hit_limit=True,
        ),
        title="Women's Short-Sleeve Shirt Dress",
        category="Women > Dresses",
        color="Navy",
        gender="Women",
    ),
    # photo: man in a heather grey pique polo with a two-button placket, with navy chinos, grey backdrop.
    # no adapter text
    case(
        "X227-018",
        caption("a man wearing a gray polo shirt and blue pants"),
        D.wearing("a polo shirt"),
        D.color("blue", "other_garment_color"),
        D.garment_type("polo shirt"),
        D.details("a collar and two buttons"),
        D.material("polyester", "unsupported"),
        is_a("t-shirt", "yes", "contradiction"),
        title="Men's Classic Piqué Polo",
        category="Men > Tops > Polos",
        color="Grey Heather",
        gender="Men",
    ),
    # photo: flat-lay of a mustard cable-knit crewneck sweater, arms folded in, on white.
    # caption, description: adapter
    case(
        "X227-019",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The sweater is with knitting fabric. It has a round neckline. The sweater is",
            "loop",
            hit_limit=True,
        ),
        D.color("orange", "contradiction"),
        D.pattern("solid"),
        D.details("cable knit pattern on the front"),
        D.material("knit"),
        D.description(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow sweater"),
        title="Women's Cable-Knit Crewneck Sweater",
        category="Women > Sweaters",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in stone slim chinos with a light blue oxford tucked in and a brown belt, white backdrop.
    # no adapter text
    case(
        "X227-020",
        caption("a man in a blue shirt and khaki pants"),
        color_pants("blue", "other_garment_color"),
        D.color("beige"),
        D.garment_type("jeans", "contradiction"),
        D.details("the pants have belt loops and pockets"),
        fit("slim"),
        D.wearing("a blue shirt and khaki pants with a brown belt"),
        D.material("khaki", "restated"),
        title="Men's Slim Chino Pant",
        category="Men > Pants > Chinos",
        color="Stone",
        gender="Men",
    ),
    # photo: woman in pink linen drawstring shorts with a white sleeveless blouse, white backdrop, cropped at the
    # knees (no feet in the photo).
    # no adapter text
    case(
        "X227-021",
        caption("a woman in pink shorts and a white top"),
        color_shorts("pink"),
        D.color("white", "other_garment_color"),
        D.wearing("pink shorts and a white shirt and sandals", "unsupported"),
        D.details("a drawstring at the waist"),
        D.material("the shorts are pink", "restated"),
        is_a("skirt", "yes", "contradiction"),
        title="Women's Linen Drawstring Short",
        category="Women > Shorts",
        color="Pink",
        gender="Women",
    ),
    # photo: woman in a black short-sleeve knee-length t-shirt dress with white sneakers, grey backdrop.
    # no adapter text
    case(
        "X227-022",
        caption("a woman in a black t - shirt dress"),
        D.wearing("a black dress and white sneakers"),
        D.color("black"),
        D.garment_type("t-shirt", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.description(
            "a black t-shirt dress with short sleeves Question: what is the material of the dress? Answer: cotton",
            "leak",
        ),
        D.material("", "non_answer"),
        title="Women's Knit T-Shirt Dress",
        category="Women > Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: flat-lay of an olive long-sleeve waffle-knit henley with a three-button placket, on white.
    # caption, material: adapter
    case(
        "X227-023",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with cotton fabric and",
            "pronoun",
            hit_limit=True,
        ),
        D.garment_type("t-shirt"),
        D.color("green"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("three buttons at the neck"),
        D.material(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Men's Long-Sleeve Waffle Henley",
        category="Men > Tops > Henleys",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in medium-wash high-rise mom jeans with a tucked-in red and white striped tee, white backdrop.
    # no adapter text
    case(
        "X227-024",
        caption("a woman in a striped shirt and jeans"),
        D.wearing("a red and white striped shirt and blue jeans"),
        color_jeans("red", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        fit("loose"),
        D.material("blue jeans", "restated"),
        D.details("the jeans have a high waist and a button"),
        title="Women's High-Rise Mom Jean",
        category="Women > Jeans",
        color="Medium Wash",
        gender="Women",
    ),
    # photo: man in a navy merino crewneck sweater over a white collared shirt (collar and cuffs showing), grey
    # trousers, white backdrop.
    # details: adapter
    case(
        "X227-025",
        caption("a man wearing a blue sweater over a white shirt"),
        D.wearing("a sweater and a shirt"),
        D.color("white", "other_garment_color"),
        color_sweater("blue"),
        D.details(
            "This gentleman is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It has a lapel neckline. The pants this",
            "cut",
            hit_limit=True,
        ),
        D.material("merino wool"),
        is_a("cardigan", "yes", "contradiction"),
        title="Men's Merino Crewneck Sweater",
        category="Men > Sweaters",
        color="Navy",
        gender="Men",
    ),
    # photo: flat-lay of a sage green oversized long-sleeve poplin button-down, on white.
    # no adapter text
    case(
        "X227-026",
        caption("a green shirt on a white background"),
        color_shirt("gray", "contradiction"),
        D.garment_type("shirt"),
        D.sleeve_length("long sleeves"),
        D.details("", "non_answer"),
        D.material("cotton"),
        D.wearing("a green shirt and a green shirt and a green shirt", "loop"),
        title="Women's Oversized Poplin Shirt",
        category="Women > Tops > Shirts",
        color="Sage",
        gender="Women",
    ),
    # photo: flat-lay of khaki cargo shorts with side cargo pockets, on a wooden floor.
    # no adapter text
    case(
        "X227-027",
        caption("a pair of khaki shorts on a wooden floor"),
        D.color("brown"),
        D.garment_type("shorts"),
        D.details("pockets"),
        D.wearing("a pair of khaki shorts and a belt", "unsupported"),
        D.material("the shorts are khaki", "restated"),
        is_a("pair of pants", "yes", "contradiction"),
        title="Men's Cargo Short 10\"",
        category="Men > Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in a cream ribbed turtleneck sweater with camel wide trousers, beige backdrop.
    # caption: adapter
    case(
        "X227-028",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a turtle neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a white turtleneck sweater and brown pants", "pronoun"),
        D.color("brown", "other_garment_color"),
        neckline("turtleneck"),
        D.details("it has a turtleneck and ribbed cuffs"),
        D.material("cashmere", "unsupported"),
        title="Women's Ribbed Turtleneck Sweater",
        category="Women > Sweaters",
        color="Cream",
        gender="Women",
    ),
    # photo: man in a heather grey tee with a faded orange and white sunset-over-mountains print, dark jeans, white
    # backdrop.
    # no adapter text
    case(
        "X227-029",
        caption("a man wearing a gray t - shirt with a picture of mountains on it"),
        D.wearing("a t-shirt and jeans"),
        D.color("blue", "other_garment_color"),
        D.pattern("solid", "contradiction"),
        D.details("a picture of mountains and the sun"),
        D.description("the shirt is a gray t-shirt with the words", "cut"),
        title="Men's Sunset Mountains Graphic Tee",
        category="Men > Tops > Graphic Tees",
        color="Heather Grey",
        gender="Men",
    ),
    # photo: woman in a yellow sleeveless square-neck cotton midi sundress, no belt, outdoors in front of a leafy
    # green tree.
    # no adapter text
    case(
        "X227-030",
        caption("a woman in a yellow dress standing in front of a tree"),
        D.wearing("a yellow dress"),
        D.color("green", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.details("a square neckline and a belt", "unsupported"),
        D.material("cotton"),
        D.pattern("floral", "contradiction"),
        title="Women's Square-Neck Cotton Sundress",
        category="Women > Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: man in black slim jeans with a grey pullover hoodie and white sneakers, white backdrop, full length.
    # caption, details: adapter
    case(
        "X227-031",
        caption(
            "This gentleman is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton "
            "fabric. The pants this gentleman wears is of long length. The pants are with denim fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a gray hoodie and black jeans"),
        color_jeans("gray", "other_garment_color"),
        D.garment_type("jeans"),
        D.details(
            "The pants this gentleman wears is of long length. The pants are with denim fabric and pure color "
            "patterns. The pants this gentleman wears is of",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        title="Men's Slim-Fit Black Jean",
        category="Men > Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: flat-lay of blue and white seersucker striped pull-on shorts with an elastic waist, on white.
    # no adapter text
    case(
        "X227-032",
        caption("a pair of blue and white striped shorts"),
        D.color("blue"),
        D.pattern("striped"),
        D.details("they are shorts", "non_answer"),
        D.material("seersucker"),
        D.wearing("a pair of shorts"),
        D.description(
            "blue and white striped shorts with an elastic waist and a drawstring",
            "unsupported",
        ),
        title="Women's Seersucker Pull-On Short",
        category="Women > Shorts",
        color="Blue/White Stripe",
    ),
    # photo: man in a blue and white gingham long-sleeve button-down with khaki chinos, grey backdrop.
    # caption, details: adapter
    case(
        "X227-033",
        caption(
            "This gentleman is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. This gentleman is wearing a long-sleeve shirt with lattice patterns. The shirt is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue and white checkered shirt"),
        color_shirt("blue"),
        D.pattern("checked"),
        D.details(
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline. The pants this gentleman "
            "wears is of long length. The pants",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "cotton Question: what is the pattern of the shirt? Answer: checkered",
            "leak",
        ),
        D.sleeve_length("long sleeves"),
        title="Men's Gingham Button-Down Shirt",
        category="Men > Shirts",
        color="Blue Gingham",
        gender="Men",
    ),
    # photo: woman in a coral v-neck short-sleeve tee (no pocket) with light denim shorts, white backdrop.
    # no adapter text
    case(
        "X227-034",
        caption("a woman in an orange shirt and denim shorts"),
        D.wearing("an orange t-shirt and jean shorts"),
        D.color("pink"),
        neckline("crew neck", "contradiction"),
        D.details("the shirt has a v neck and a pocket on the chest", "unsupported"),
        D.material(
            "cotton Question: what is the color of the shirt? Answer: orange Question:",
            "leak",
        ),
        is_a("t-shirt", "yes"),
        title="Women's Relaxed V-Neck Tee",
        category="Women > Tops > T-Shirts",
        color="Coral",
        gender="Women",
    ),
    # photo: woman in navy wide-leg chinos with a white tee tucked in and a tan belt, white backdrop, full length.
    # no adapter text
    case(
        "X227-035",
        caption("a woman in a white shirt and blue pants"),
        color_pants("navy"),
        D.color("white", "other_garment_color"),
        D.garment_type("pants"),
        fit("wide leg"),
        is_a("pair of jeans", "yes", "contradiction"),
        D.details("he is wearing a white shirt and blue pants", "pronoun"),
        title="Women's Wide-Leg Chino Pant",
        category="Women > Pants",
        color="Navy",
        gender="Women",
    ),
    # photo: man in an ecru cable-knit fisherman crewneck sweater and mid-wash jeans, sitting on a wooden bench,
    # white backdrop.
    # no adapter text
    case(
        "X227-036",
        caption("a man sitting on a bench wearing a white sweater and jeans"),
        D.wearing("she is wearing a white sweater and blue jeans", "pronoun"),
        D.color("white"),
        D.pattern("striped", "contradiction"),
        D.material("wool"),
        D.details("the sweater has a cable knit pattern"),
        D.description("a white sweater with a hood", "unsupported"),
        title="Men's Wool-Blend Fisherman Sweater",
        category="Men > Sweaters",
        color="Ecru",
        gender="Men",
    ),
    # photo: woman in a black and white polka dot midi dress with short puff sleeves, in front of a white brick wall.
    # caption: adapter
    case(
        "X227-037",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a short-sleeve dress with graphic "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black and white polka dot dress"),
        D.color("black"),
        D.pattern("floral", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.material("polka dot", "restated"),
        title="Women's Polka Dot Puff-Sleeve Midi Dress",
        category="Women > Dresses",
        color="Black/White",
        gender="Women",
    ),
    # photo: flat-lay of a light blue oxford button-down shirt, folded, button-down collar and chest pocket, on white.
    # no adapter text
    case(
        "X227-038",
        caption("a light blue shirt folded on a white surface"),
        D.garment_type("shirt"),
        color_shirt("white", "contradiction"),
        D.details("a button down collar and a pocket"),
        D.material("oxford cotton"),
        D.wearing("a blue shirt"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description("a light blue shirt with a light blue shirt with a light blue shirt", "loop"),
        title="Men's Oxford Button-Down Shirt",
        category="Men > Shirts",
        color="Light Blue",
        gender="Men",
    ),
    # photo: woman in a teal long-sleeve boat-neck knit top with black jeans, grey backdrop.
    # no adapter text
    case(
        "X227-039",
        caption("a woman in a green top and black pants"),
        D.wearing("a blue shirt and black jeans"),
        D.color("black", "other_garment_color"),
        neckline("boat neck"),
        D.sleeve_length("long sleeves"),
        D.material("blue", "restated"),
        D.description(
            "a green top with long sleeves and a boat neck Question: what color are the jeans? Answer: black",
            "leak",
        ),
        title="Women's Boat-Neck Long-Sleeve Top",
        category="Women > Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: man in olive chino shorts with a navy polo, bare-headed, white backdrop, full length.
    # no adapter text
    case(
        "X227-040",
        caption("a man in a blue shirt and green shorts"),
        color_shorts("green"),
        D.wearing("a blue polo shirt, green shorts and a hat", "unsupported"),
        D.garment_type("shorts"),
        D.details("the shorts are green", "restated"),
        D.material("the material of the shorts", "non_answer"),
        title="Men's Chino Short 7\"",
        category="Men > Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: flat-lay of light-wash distressed boyfriend jeans with ripped knees, on white.
    # caption, material: adapter
    case(
        "X227-041",
        caption(
            "The lady wears a long denim pants. The pants are with denim fabric and solid color patterns. The lady "
            "wears a long denim pants. The pants are with denim fabric and solid color patterns. The lady",
            "loop",
            hit_limit=True,
        ),
        color_jeans("light blue"),
        D.details("rips on the knees"),
        fit("loose"),
        D.garment_type("jeans"),
        is_a("pair of shorts", "no"),
        D.color("white", "contradiction"),
        D.material(
            "The lady wears a long denim pants. The pants are with denim fabric and solid color patterns. The lady "
            "wears a long",
            "restated",
            hit_limit=True,
        ),
        title="Women's Distressed Boyfriend Jean",
        category="Women > Jeans",
        color="Light Wash",
        gender="Women",
    ),
    # photo: man in a maroon short-sleeve heavyweight pocket tee, cropped at the waist, white backdrop.
    # no adapter text
    case(
        "X227-042",
        caption("a man in a maroon t - shirt"),
        D.color("purple", "contradiction"),
        D.wearing("a red shirt"),
        D.details("a pocket on the chest"),
        D.sleeve_length("short sleeves"),
        D.garment_type("polo shirt", "contradiction"),
        D.material(
            "cotton Question: what is the color of the shirt? Answer: red Question: what",
            "leak",
        ),
        title="Men's Heavyweight Pocket Tee",
        category="Men > Tops > T-Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman in a camel v-neck long-sleeve sweater with blue jeans, in front of a white brick wall.
    # details, material: adapter
    case(
        "X227-043",
        caption("a woman wearing a brown sweater and jeans in front of a brick wall"),
        D.wearing("a brown sweater and blue jeans"),
        D.color("brown"),
        D.details(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a v-shape neckline. The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a v-shape neckline. The",
            "restated",
            hit_limit=True,
        ),
        neckline("v neck"),
        color_sweater("blue", "other_garment_color"),
        title="Women's Cashmere-Blend V-Neck Sweater",
        category="Women > Sweaters",
        color="Camel",
        gender="Women",
    ),
    # photo: woman in an emerald sleeveless smocked tiered midi dress with wide ruffled straps, plain white wall.
    # no adapter text
    case(
        "X227-044",
        caption("a woman in a green dress"),
        D.wearing("he is wearing a green dress", "pronoun"),
        D.garment_type("dress"),
        D.color("green"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("smocking on the top and ruffles"),
        D.material("polyester", "unsupported"),
        D.description("a green dress with a", "cut"),
        title="Women's Smocked Tiered Midi Dress",
        category="Women > Dresses",
        color="Emerald",
        gender="Women",
    ),
    # photo: man in grey slim chinos with a black crew tee tucked in, white backdrop, full length.
    # no adapter text
    case(
        "X227-045",
        caption("a man in a black t - shirt and black pants", "other_garment_color"),
        D.wearing("a black shirt and gray pants"),
        color_pants("gray"),
        D.color("black", "other_garment_color"),
        fit("slim"),
        D.details("it has details", "non_answer"),
        title="Men's Slim-Fit Stretch Chino",
        category="Men > Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in a white long-sleeve poplin button-down tucked into dark jeans, thin gold necklace, light grey
    # backdrop.
    # caption, details: adapter
    case(
        "X227-046",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long denim pants. The pants are with denim fabric and solid color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt, jeans and a necklace"),
        color_shirt("white"),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The lady wears a long "
            "denim pants. The pants are",
            "cut",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        title="Women's Classic Poplin Shirt",
        color="White",
        gender="Women",
    ),
]
